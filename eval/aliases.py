"""Story-level entity merge: pairwise precision / recall / F1 on the name-variant test set.

    .venv/bin/python eval/aliases.py [eval/data/aliases.json] [--verbose]

Each scenario is one story. Its article entities are built as ``find_entities`` would build
them (``article_entity``: lexicon first) and merged with ``merge_entities``. Over every pair of
entities in a scenario: a true positive is a pair merged that the gold labels say is one entity;
precision = merged pairs that are right, recall = gold pairs that were merged.

Real stories (``eval/data/aliases_real.jsonl``, labelled blind; see aliases_real.md)::

    .venv/bin/python eval/aliases.py --real eval/data/aliases_real.jsonl \
        --indosum ../shared/data/summarization/indosum/indosum_dev_pool.jsonl \
        [--detik ../shared/data/news/detik1000/data_berita.csv] [--verbose]

Each event's articles are run as a dossier runs them: the text read by kabar's extractor
(eval/claims.py ``extracted``), ``find_entities`` on each body (lang "id"), then
``merge_entities`` over the story (lang "id"). Matching kabar's story entities to the gold
(article, form) items:

* a story entity *covers* a gold form in an article when the form equals (case and spacing
  aside) the name, an alias or a mention text of one of its member entities from that
  article. When several story entities cover it, the one with most mentions of exactly that
  text wins. Boundaries must agree: "Soekarno Hatta" is not "Bandara Soekarno Hatta".
* else (``loose``), a form is covered by the story entity that owns most of the kabar
  mentions overlapping the form's own occurrences in the body (occurrences that lie inside a
  longer gold form of another entity are not the form's own), so that kabar's
  "Kombes Asep Adi Saputra" still finds "Asep Adi Saputra". ``--strict`` turns this off.
* a gold form no story entity covers is *not found*; so is one the extractor dropped.

Over every pair of found (article, form) items of a story: a true positive is a pair kabar
put in one story entity that the gold says is one entity. Precision = pairs kabar joined that
are right, recall = gold pairs among found items that kabar joined; both also split into
pairs within one article and across articles (the story-level merge). Entity recall = gold
entities with at least one found form.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "data"))
sys.path.insert(0, str(HERE))

from kabar.nlp.entities import article_entity, find_entities, merge_entities  # noqa: E402

DEFAULT = HERE / "data" / "aliases.json"


def run_scenario(scn: dict) -> tuple[int, int, int, list[str]]:
    per_article, gold = {}, {}
    for aid, art in scn["articles"].items():
        ents = []
        for e in art["entities"]:
            ent = article_entity(e["name"], e["type"], art.get("lang", "id"), e.get("aliases"))
            ents.append(ent)
            gold[(aid, ent.key)] = (e["gold"], e["name"])
        per_article[aid] = ents
    merged = merge_entities(per_article)
    pred = {m: i for i, se in enumerate(merged) for m in se.members}
    tp = n_pred = n_gold = 0
    notes = []
    for a, b in combinations(sorted(gold), 2):
        same_gold = gold[a][0] == gold[b][0]
        same_pred = pred[a] == pred[b]
        tp += same_gold and same_pred
        n_pred += same_pred
        n_gold += same_gold
        if same_gold != same_pred:
            kind = "missed" if same_gold else "wrong"
            notes.append(f"  {kind}: {a[0]}:{gold[a][1]!r} ~ {b[0]}:{gold[b][1]!r}")
    return tp, n_pred, n_gold, notes


def _same(text: str) -> str:
    return " ".join(text.split()).casefold()


def _occurrences(body: str, form: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", body)]


def match_forms(body: str, gold: list[dict], result, story_of: dict[str, int],
                strict: bool = False) -> dict[str, tuple[int, bool]]:
    """Gold form -> (index of the story entity covering it, loose?) for one article, as the
    module docstring says. ``result``: the article's ``find_entities`` result; ``story_of``:
    article-level entity key -> story entity index."""
    texts: dict[int, Counter] = {}
    for ent in result.entities:
        cnt = texts.setdefault(story_of[ent.key], Counter())
        for name in (ent.name, *ent.aliases):
            cnt[_same(name)] += 0
    for m in result.mentions:
        if m.key in story_of:
            texts.setdefault(story_of[m.key], Counter())[_same(m.text)] += 1
    spans = {e["form"]: _occurrences(body, e["form"]) for e in gold}
    out: dict[str, tuple[int, bool]] = {}
    for e in gold:
        form = _same(e["form"])
        exact = [(cnt[form], i) for i, cnt in texts.items() if form in cnt]
        if exact:
            out[e["form"]] = (max(exact)[1], False)
            continue
        if strict:
            continue
        longer = [(s, t) for o in gold if o["gold"] != e["gold"] and len(o["form"]) > len(e["form"])
                  for s, t in spans[o["form"]]]
        own = [(s, t) for s, t in spans[e["form"]] if not any(a <= s and t <= b for a, b in longer)]
        votes = Counter(story_of[m.key] for m in result.mentions if m.key in story_of
                        and any(m.start < t and s < m.end for s, t in own))
        if votes:
            out[e["form"]] = (votes.most_common(1)[0][0], True)
    return out


def run_real(rec: dict, data: dict, strict: bool = False) -> dict:
    """Score one gold story of aliases_real.jsonl; returns counts and the error notes."""
    from claims import article, extracted

    ds = rec["dataset"]
    bodies, results = {}, {}
    for aid in rec["articles"]:
        art = extracted(article(ds, aid, data))
        bodies[aid] = art.body
        results[aid] = find_entities(art.body, lang="id")
    merged = merge_entities({aid: r.entities for aid, r in results.items()}, "id")
    items: dict[tuple[str, str], tuple[str, int]] = {}  # (article, form) -> (gold, story entity)
    c = Counter()
    for aid, gold in rec["articles"].items():
        story_of = {key: i for i, se in enumerate(merged) for a, key in se.members if a == aid}
        found = match_forms(bodies[aid], gold, results[aid], story_of, strict)
        for e in gold:
            c["forms"] += 1
            c["dropped"] += not _occurrences(bodies[aid], e["form"])
            if e["form"] in found:
                idx, loose = found[e["form"]]
                items[(aid, e["form"])] = (e["gold"], idx)
                c["found"] += 1
                c["loose"] += loose
    groups = {e["gold"] for g in rec["articles"].values() for e in g}
    c["entities"] = len(groups)
    c["entities_kept"] = len({e["gold"] for aid, g in rec["articles"].items() for e in g
                              if _occurrences(bodies[aid], e["form"])})  # named in the dossier's text
    c["entities_found"] = len({g for g, _ in items.values()})
    notes = []
    for a, b in combinations(sorted(items), 2):
        (ga, pa), (gb, pb) = items[a], items[b]
        where = "cross" if a[0] != b[0] else "within"
        same_gold, same_pred = ga == gb, pa == pb
        c[f"tp_{where}"] += same_gold and same_pred
        c[f"pred_{where}"] += same_pred
        c[f"gold_{where}"] += same_gold
        if same_gold != same_pred:
            kind = "missed" if same_gold else "over"
            notes.append(f"  {kind:6} {where:6} {a[1]!r} [{ga}] ~ {b[1]!r} [{gb}]"
                         + (f"  (kabar: {merged[pa].name!r} / {merged[pb].name!r})" if kind == "missed"
                            else f"  (kabar: {merged[pa].name!r})"))
    missing = sorted({g for g in groups} - {g for g, _ in items.values()})
    if missing:
        notes.append("  not found: " + ", ".join(missing))
    c["notes"] = notes
    return c


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    prec = tp / n_pred if n_pred else 1.0
    rec = tp / n_gold if n_gold else 1.0
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def main_real(args) -> int:
    from loaders import DETIK_PATH, INDOSUM_PATH, load_detik, load_indosum

    rows = [json.loads(line) for line in args.real.read_text("utf-8").splitlines() if line.strip()]
    need = {r["dataset"] for r in rows}
    data = {}
    if "indosum" in need:
        data["indosum"] = load_indosum(args.indosum or INDOSUM_PATH)
    if "detik1000" in need:
        data["detik1000"] = load_detik(args.detik or DETIK_PATH)
    total = Counter()
    for rec in rows:
        c = run_real(rec, data, args.strict)
        notes = c.pop("notes")
        total.update(c)
        tp = c["tp_within"] + c["tp_cross"]
        print(f"{rec['event'][:40]:40} forms {c['found']:3d}/{c['forms']:3d}  entities {c['entities_found']:3d}/"
              f"{c['entities']:3d}  merged pairs {c['pred_within'] + c['pred_cross']:4d}  right {tp:4d}  "
              f"gold pairs {c['gold_within'] + c['gold_cross']:4d}")
        if args.verbose:
            print("\n".join(notes))
    t = total
    print(f"{len(rows)} stories, {t['forms']} gold forms ({t['dropped']} gone after extraction), found {t['found']} "
          f"({t['loose']} by overlap only); entities found {t['entities_found']}/{t['entities']} "
          f"= {t['entities_found'] / max(t['entities'], 1):.3f} ({t['entities_kept']} named in the extracted text: "
          f"{t['entities_found'] / max(t['entities_kept'], 1):.3f})")
    for label, keys in (("all pairs", ("within", "cross")), ("within an article", ("within",)),
                        ("across articles", ("cross",))):
        tp, n_pred, n_gold = (sum(t[f"{k}_{w}"] for w in keys) for k in ("tp", "pred", "gold"))
        prec, rec, f1 = _prf(tp, n_pred, n_gold)
        print(f"  {label:18} merged {n_pred:4d} right {tp:4d} gold {n_gold:4d}: "
              f"pairwise precision {prec:.3f}  recall {rec:.3f}  F1 {f1:.3f}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path", type=Path, nargs="?", default=DEFAULT)
    ap.add_argument("--verbose", action="store_true", help="list the wrong and missed pairs")
    ap.add_argument("--real", type=Path, help="score real stories (aliases_real.jsonl) instead")
    ap.add_argument("--indosum", type=Path, help="IndoSum pool (with --real)")
    ap.add_argument("--detik", type=Path, help="detik1000 csv (with --real)")
    ap.add_argument("--strict", action="store_true", help="with --real: exact form matches only")
    args = ap.parse_args(argv)
    if args.real:
        return main_real(args)
    data = json.loads(args.path.read_text("utf-8"))
    tp = n_pred = n_gold = groups = 0
    for scn in data["scenarios"]:
        a, p, g, notes = run_scenario(scn)
        tp, n_pred, n_gold = tp + a, n_pred + p, n_gold + g
        groups += len({e["gold"] for art in scn["articles"].values() for e in art["entities"]})
        print(f"{scn['id']:24} merged pairs {p:3d}  right {a:3d}  gold pairs {g:3d}")
        if args.verbose:
            print("\n".join(notes))
    prec = tp / n_pred if n_pred else 1.0
    rec = tp / n_gold if n_gold else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    print(f"{len(data['scenarios'])} scenarios, {groups} entity groups: "
          f"pairwise precision {prec:.3f}  recall {rec:.3f}  F1 {f1:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
