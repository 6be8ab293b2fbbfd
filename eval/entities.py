"""Article-level entities against a hand-made gold list: what a dossier's "Who and where" table
shows, scored entity by entity. Two sets: English news (``eval/data/entities_en.jsonl``, the
default) and Indonesian news (``eval/data/entities_id.jsonl``, detik1000 articles; ``entities_id.md``).

    .venv/bin/python eval/entities.py --data eval/data/entities_en.jsonl \
        --mmds ../shared/data/clustering/mmds2025/mds_ac_dev_final.json \
        --t17 ../shared/data/timelines/t17 [--split dev|dev2|test|all] [--errors]
    .venv/bin/python eval/entities.py --data eval/data/entities_id.jsonl \
        --detik ../shared/data/news/detik1000/data_berita.csv [--split dev|dev2|dev3|dev4|test|all] [--errors]
    .venv/bin/python eval/entities.py --data eval/data/entities_indosum.jsonl --split indosum \
        --indosum ../shared/data/summarization/indosum/indosum_dev_pool.jsonl [--errors]

Each line of the gold file is one article (a Clust-McMs article by ID, or a Timeline17 article by
topic and uid: the articles and dev/test split of ``eval/data/quotes``'s English sets, and 30
more Clust-McMs articles in dev; 15 more, annotated blind, in dev2) with every person, organisation and place it names: a name, a type (PER/ORG/LOC) and the surface
forms the article uses (without titles, "the" or "'s"). The annotation guide is
``eval/data/entities_en.md``. Bodies are read from ../shared at run time, as in eval/quotes.py.

``find_entities(body, "en")`` gives the predicted entities. An entity's forms are its name, its
aliases and its mentions' texts, normalised (lower case, no dots, no leading "the", honorifics or
"'s"). A predicted entity matches a gold one when they share a form; pairs are taken one to one,
most shared forms first. Scores:
- ``typed``   a match counts when the types agree too (the primary figure);
- ``untyped`` any match;
- ``lenient`` as untyped, and a form may also be a whole-word part of the other's ("Lim Gek" ~
  "Lim Gek Meng"): names found but cut or run on.
Extra predicted entities that match an already matched gold entity (one person listed twice) are
counted apart as ``split``; they are false positives in every score.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quotes import t17_body  # noqa: E402

from kabar.nlp.entities import find_entities  # noqa: E402

TYPES = ("PER", "ORG", "LOC")
DEFAULT_DATA = Path(__file__).resolve().parent / "data" / "entities_en.jsonl"
# English honorifics, and Indonesian ones that cannot open a name themselves ("Ibu Kota …" can)
_HONORIFIC = re.compile(r"^(?:mr|mrs|ms|mdm|madam|dr|sir|dame|pak|bu|bung|gus|prof|drs|hj|h)\s+")


def norm(form: str) -> str:
    """A surface form for comparison: "the U.S.'s" → "us"; "Mr Wong" → "wong"."""
    s = form.lower().replace("’", "'").replace(".", "")
    s = re.sub(r"'s$", "", s.strip())
    s = re.sub(r"[^\w&' -]+", " ", s)
    s = " ".join(s.split())
    s = re.sub(r"^the\s+", "", s)
    return _HONORIFIC.sub("", s)


def _contains(a: str, b: str) -> bool:
    return f" {b} " in f" {a} "


def detik_body(rec: dict, article_id: str) -> str:
    """A detik1000 article as a dossier holds it: its text read by kabar's extractor as ingest
    reads a record (the "SCROLL TO CONTINUE WITH CONTENT" and "Baca juga" lines gone); the
    Indonesian gold set was annotated on exactly this text."""
    from kabar.extract.core import extract
    from kabar.records import RawDoc

    raw = RawDoc(id=article_id, source=article_id, content=rec["body"].encode("utf-8"), kind="record",
                 fetched_at="", meta={"format": "text", "title": rec["title"]})
    return "\n\n".join(extract(raw).paragraphs)


def load(data: Path, mmds: Path | None, t17: Path | None, split: str,
         detik: Path | None = None, indosum: Path | None = None) -> list[tuple[str, str, list[dict]]]:
    """(key, body, gold entities) for the articles of ``split``; a key names its language first
    ("en mmds 17", "id detik 401")."""
    lines = [json.loads(x) for x in data.read_text(encoding="utf-8").splitlines() if x.strip()]
    lines = [g for g in lines if split in ("all", g["split"])]
    by_id = {}
    if any(g["dataset"] == "detik1000" for g in lines):
        sys.path.insert(0, str(Path(__file__).resolve().parent / "data"))
        from loaders import load_detik

        detik_rows = load_detik(detik)
    if any(g["dataset"] == "mmds2025-dev" for g in lines):
        by_id = {a["ID"]: a for a in json.loads(Path(mmds).read_text(encoding="utf-8"))["articles"]}
    if any(g["dataset"] == "indosum" for g in lines):
        sys.path.insert(0, str(Path(__file__).resolve().parent / "data"))
        from loaders import load_indosum

        indosum_rows = load_indosum(indosum)
    topics: dict[str, dict] = {}
    out = []
    for g in lines:
        if g["dataset"] == "t17":
            if g["topic"] not in topics:
                arts = json.loads((Path(t17) / g["topic"] / "articles.json").read_text(encoding="utf-8"))
                topics[g["topic"]] = {a["uid"]: a for a in arts}
            body = t17_body(topics[g["topic"]][g["article_id"]]["text"])
            key = f"en t17 {g['topic']}/{g['article_id']}"
        elif g["dataset"] == "indosum":  # the loader's sentences as eval/quotes.py joins them (no extractor)
            body = "\n\n".join(" ".join(p) for p in indosum_rows[g["article_id"]]["body_paragraphs"])
            key = f"id indosum {g['article_id']}"
        elif g["dataset"] == "detik1000":
            body = detik_body(detik_rows[int(g["article_id"])], str(g["article_id"]))
            key = f"id detik {g['article_id']}"
        else:
            body = "\n\n".join(s["content"] for s in by_id[g["article_id"]]["sentences"])
            key = f"en mmds {g['article_id']}"
        out.append((key, body, g["entities"]))
    return out


def match(pred: list[tuple[set[str], str]], gold: list[tuple[set[str], str]], lenient: bool = False
          ) -> tuple[list[tuple[int, int]], list[int]]:
    """One-to-one pairs (pred index, gold index), most shared forms first; and the predicted
    entities left over that share a form with a gold entity already taken (split entities)."""
    def shared(p: set[str], g: set[str]) -> int:
        n = len(p & g)
        if not n and lenient:
            n = int(any(_contains(a, b) or _contains(b, a) for a in p for b in g))
        return n

    cands = sorted(((shared(p, g), -i, -j) for i, (p, _) in enumerate(pred) for j, (g, _) in enumerate(gold)
                    if shared(p, g)), reverse=True)
    used_p, used_g, pairs = set(), set(), []
    for _, i, j in cands:
        i, j = -i, -j
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    split = sorted({-i for _, i, _ in cands if -i not in used_p})
    return pairs, split


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# the Indonesian tagger find_entities uses (None: the shipped CRF); --accurate sets the accurate mode's
TAGGER = None


_SEEN: dict[tuple[str, str], object] = {}


def entities_of(body: str, lang: str):
    """find_entities as kabar runs it, with :data:`TAGGER` for Indonesian text (with the accurate
    tagger each body's result is kept: eval/splits.py asks twice, for entities and for roles)."""
    if TAGGER is None or lang == "en":
        return find_entities(body, lang)
    key = (body, lang)
    if key not in _SEEN:
        _SEEN[key] = find_entities(body, lang, tagger=TAGGER)
    return _SEEN[key]


def use_accurate() -> None:
    """Score the accurate NER mode (kabar.nlp.ner_e5) instead of the CRF."""
    global TAGGER
    from kabar.nlp.ner_e5 import NEEDS, load_accurate_tagger

    TAGGER = load_accurate_tagger() or sys.exit(NEEDS)


def evaluate(articles: list[tuple[str, str, list[dict]]], errors: bool = False) -> dict:
    c: Counter = Counter()
    for key, body, gold_ents in articles:
        res = entities_of(body, key.split()[0])
        forms_of: dict[str, set[str]] = {}
        for e in res.entities:
            forms_of[e.key] = {norm(f) for f in (e.name, *e.aliases)} - {""}
        for m in res.mentions:
            forms_of[m.key].add(norm(m.text))
        pred = [(forms_of[e.key], e.type) for e in res.entities]
        names = [e.name for e in res.entities]
        gold = [({norm(v) for v in (g["name"], *g["variants"])} - {""}, g["type"]) for g in gold_ents]
        c["pred"] += len(pred)
        c["gold"] += len(gold)
        for t in TYPES:
            c[f"pred {t}"] += sum(tp == t for _, tp in pred)
            c[f"gold {t}"] += sum(tg == t for _, tg in gold)
        pairs, split = match(pred, gold)
        c["untyped"] += len(pairs)
        c["split"] += len(split)
        for i, j in pairs:
            if pred[i][1] == gold[j][1]:
                c["typed"] += 1
                c[f"typed {gold[j][1]}"] += 1
        lpairs, _ = match(pred, gold, lenient=True)
        c["lenient"] += len(lpairs)
        if errors:
            hit_p = {i for i, _ in pairs}
            hit_g = {j for _, j in pairs}
            out = []
            out += [f"  missed  {g['type']} {g['name']}" for j, g in enumerate(gold_ents) if j not in hit_g]
            out += [f"  extra   {pred[i][1]} {names[i]}" + ("  (split)" if i in split else "")
                    for i in range(len(pred)) if i not in hit_p]
            out += [f"  type    {names[i]}: {pred[i][1]}, gold {gold[j][1]}"
                    for i, j in pairs if pred[i][1] != gold[j][1]]
            if out:
                print(key)
                print("\n".join(out))
    return c


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--mmds", type=Path, default=Path("../shared/data/clustering/mmds2025/mds_ac_dev_final.json"))
    ap.add_argument("--t17", type=Path, default=Path("../shared/data/timelines/t17"))
    ap.add_argument("--detik", type=Path, default=Path("../shared/data/news/detik1000/data_berita.csv"),
                    help="the detik1000 CSV (for eval/data/entities_id.jsonl)")
    ap.add_argument("--indosum", type=Path, default=Path("../shared/data/summarization/indosum/indosum_dev_pool.jsonl"),
                    help="IndoSum JSONL (for eval/data/entities_indosum.jsonl)")
    ap.add_argument("--split", default="dev", help="a split of --data (dev, dev2, test, indosum3, …) or all; a name the file does not hold stops with the list it has")
    ap.add_argument("--errors", action="store_true", help="list each article's misses, extras and type errors")
    ap.add_argument("--accurate", action="store_true", help="the accurate NER mode (kabar.nlp.ner_e5) for Indonesian")
    args = ap.parse_args(argv)
    if args.accurate:
        use_accurate()
    sys.path.insert(0, str(Path(__file__).resolve().parent / "data"))
    from loaders import require_split
    require_split(ap, args.data, args.split)
    articles = load(args.data, args.mmds, args.t17, args.split, args.detik, args.indosum)
    c = evaluate(articles, args.errors)
    print(f"{len(articles)} articles ({args.split}), {c['gold']} gold entities, {c['pred']} predicted")
    for label in ("typed", "untyped", "lenient"):
        p, r, f = prf(c[label], c["pred"], c["gold"])
        print(f"{label:8s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    for t in TYPES:
        p, r, f = prf(c[f"typed {t}"], c[f"pred {t}"], c[f"gold {t}"])
        print(f"  {t}  P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (gold {c[f'gold {t}']}, predicted {c[f'pred {t}']})")
    print(f"split entities (a gold entity listed twice or more): {c['split']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
