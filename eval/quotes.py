"""Quote extraction and attribution against the hand-annotated detik1000 set (Indonesian) and the
English Clust-McMs set.

    python eval/quotes.py --data eval/data/quotes/detik1000.jsonl \
        --csv ../shared/data/news/detik1000/data_berita.csv [--split dev|test|…|test9|all] [--errors]
    python eval/quotes.py --data eval/data/quotes/mmds_en.jsonl \
        --mmds ../shared/data/clustering/mmds2025/mds_ac_dev_final.json [--entities]
    python eval/quotes.py --data eval/data/quotes/t17_en.jsonl --t17 ../shared/data/timelines/t17 [--entities]
    python eval/quotes.py --data eval/data/quotes/indosum.jsonl \
        --indosum ../shared/data/summarization/indosum/indosum_dev_pool.jsonl [--entities]

IndoSum's text is tokenised too; its body here is the loader's detokenised sentences, joined by a
space within a paragraph and a blank line between paragraphs (as eval/cluster.py builds it).

Timeline17's text is tokenised (Penn Treebank style: ``…'', -LRB-, "Libya 's"); ``t17_body`` turns
an article back into plain text (the offsets of t17_en.jsonl index that text).

Span matching, one-to-one per article (greedy by overlap):
- ``iou``   primary: character overlap / union ≥ 0.5, after trimming spaces and edge punctuation
- ``exact`` the trimmed spans are identical
- ``any``   any overlap at all
Speaker accuracy is over matched (iou) quotes whose gold speaker is named: ``strict`` = equal after
lower-casing and dropping punctuation; ``lenient`` = one name's tokens contain the other's
("Hendra" ~ "Hendra Nirmala"). Unnamed gold sources are reported apart. A third figure, ``same entity``,
also counts two names that kabar's curated alias lexicon (``kabar.data/aliases.tsv``) holds as one entity
("UN" ~ "United Nations", "KCNA" ~ "Korean Central News Agency"): the annotators write a body's name as the
text gives it, kabar names the body in full, and strict scoring counts that as a wrong speaker.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from kabar.nlp.aliases import load_lexicon
from kabar.nlp.quotes import find_quotes

_EDGE = " \t\n,.;:\"“”'"


def trim(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start] in _EDGE:
        start += 1
    while end > start and body[end - 1] in _EDGE:
        end -= 1
    return start, end


def iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def name_tokens(name: str | None) -> list[str]:
    return re.findall(r"\w+", (name or "").lower())


def match(gold: list[tuple[int, int]], pred: list[tuple[int, int]], ok) -> list[tuple[int, int]]:
    pairs = sorted(((iou(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)
                    if ok(g, p)), reverse=True)
    used_g, used_p, out = set(), set(), []
    for _score, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def f1(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


_PTB = [(r"-LRB-", "("), (r"-RRB-", ")"), (r"-LSB-", "["), (r"-RSB-", "]"), (r"\\/", "/"),
        (r"``\s*", "“"), (r"\s*''", "”"), (r" (n't|'s|'re|'ve|'ll|'d|'m|’s)\b", r"\1"),
        (r" ([,.;:!?%)\]”])", r"\1"), (r"([(\[$“]) ", r"\1")]


def t17_body(text: str) -> str:
    """A Timeline17 article as plain text: PTB brackets and quote marks back, no space before
    punctuation or a clitic, one paragraph (T17 keeps no breaks)."""
    for pat, sub in _PTB:
        text = re.sub(pat, sub, text)
    return text.strip()


def evaluate(data: str | Path, csv_path: str | Path | None, split: str = "all", errors: bool = False,
             with_entities: bool = False, mmds_path: str | Path | None = None,
             t17_path: str | Path | None = None, indosum_path: str | Path | None = None) -> dict:
    """Counts and scores of find_quotes on the annotated quotes of ``split`` (see the module doc).

    Lines of ``data`` name their article by CSV row (detik1000, bodies from ``csv_path``) or, with
    ``"dataset": "mmds2025-dev"``, by Clust-McMs article ID (English; bodies from ``mmds_path``).
    ``with_entities`` runs kabar.nlp.entities first and passes its entities and mentions, as the
    annotate stage does."""
    gold_by_key: dict[str, list[dict]] = defaultdict(list)
    lines = []
    with open(data, encoding="utf-8") as fh:
        for line in fh:
            g = json.loads(line)
            if split in ("all", g["split"]):
                lines.append(g)
    bodies: dict[str, tuple[str, str]] = {}  # key -> (body, language)
    if any(g.get("dataset", "detik1000") == "detik1000" for g in lines):
        csv.field_size_limit(sys.maxsize)
        with open(csv_path, encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
    if any(g.get("dataset") == "mmds2025-dev" for g in lines):
        mmds = json.loads(Path(mmds_path).read_text(encoding="utf-8"))
        by_id = {a["ID"]: a for a in mmds["articles"]}
    indosum: dict[str, dict] = {}
    if any(g.get("dataset") == "indosum" for g in lines):
        sys.path.insert(0, str(Path(__file__).resolve().parent / "data"))
        from loaders import load_indosum

        indosum = load_indosum(indosum_path)
    t17: dict[str, dict] = {}
    for topic in sorted({g["topic"] for g in lines if g.get("dataset") == "t17"}):
        for a in json.loads((Path(t17_path) / topic / "articles.json").read_text(encoding="utf-8")):
            t17[f"{topic}/{a['uid']}"] = a
    for g in lines:
        if g.get("dataset") == "t17":
            key = f"t17 {g['topic']}/{g['article_id']}"
            bodies[key] = (t17_body(t17[f"{g['topic']}/{g['article_id']}"]["text"]), "en")
        elif g.get("dataset") == "indosum":
            key = f"indosum {g['article_id']}"
            bodies[key] = ("\n\n".join(" ".join(p) for p in indosum[g["article_id"]]["body_paragraphs"]), "id")
        elif g.get("dataset") == "mmds2025-dev":
            key = f"mmds {g['article_id']}"
            bodies[key] = ("\n\n".join(s["content"] for s in by_id[g["article_id"]]["sentences"]), "en")
        else:
            key = f"row {g['row']}"
            if rows[g["row"]]["id"] != g["article_id"]:
                raise ValueError(f"row {g['row']}: id mismatch, is {csv_path} the detik1000 CSV?")
            bodies[key] = (rows[g["row"]]["isi_berita"], "id")
        if not g.get("none"):  # {"none": true}: an annotated article with no quote in it
            gold_by_key[key].append(g)

    counts: dict[str, int] = defaultdict(int)
    for key in sorted(bodies, key=lambda k: (k.split()[0], int(k.split()[1]) if k.split()[1].isdigit() else k)):
        body, lang = bodies[key]
        golds = gold_by_key.get(key, [])
        if with_entities:
            from kabar.nlp.entities import find_entities

            ents = find_entities(body, lang)
            preds = find_quotes(body, entities=ents.entities, mentions=ents.mentions, lang=lang)
        else:
            preds = find_quotes(body, lang=lang)
        _score_article(key, body, golds, preds, counts, errors)
    counts["articles"] = len(bodies)
    out: dict = dict(counts)
    for key in ("iou", "exact", "any"):
        out[f"f1_{key}"] = f1(counts[key], counts["pred"], counts["gold"])
    for kind, label in ((True, "direct"), (False, "reported")):
        out[f"f1_{label}"] = f1(counts[f"typed_{kind}"], counts[f"pred_{kind}"], counts[f"gold_{kind}"])
    named = counts["named"] or 1
    out["speaker_strict"] = counts["spk_strict"] / named
    out["speaker_lenient"] = counts["spk_lenient"] / named
    out["speaker_entity"] = counts["spk_entity"] / named
    out["flag_ok"] = counts["flag_ok"] / (counts["iou"] or 1)
    return out


def _same_entity(gold: str, pred: str | None) -> bool:
    """Whether kabar's alias lexicon holds the two names as one entity ("UN", "United Nations")."""
    if not pred:
        return False
    lex = load_lexicon()
    a, b = lex.lookup(gold), lex.lookup(pred)
    return a is not None and b is not None and a.key == b.key


def _score_article(row: str, body: str, golds: list[dict], preds: list, counts: dict, errors: bool) -> None:
    gs = [trim(body, g["start"], g["end"]) for g in golds]
    ps = [trim(body, q.start, q.end) for q in preds]
    counts["gold"] += len(gs)
    counts["pred"] += len(ps)
    for kind in (True, False):
        counts[f"gold_{kind}"] += sum(g["direct"] == kind for g in golds)
        counts[f"pred_{kind}"] += sum(q.direct == kind for q in preds)
    counts["exact"] += len(match(gs, ps, lambda a, b: a == b))
    counts["any"] += len(match(gs, ps, lambda a, b: iou(a, b) > 0))
    pairs = match(gs, ps, lambda a, b: iou(a, b) >= 0.5)
    counts["iou"] += len(pairs)
    for gi, pi in pairs:
        g, q = golds[gi], preds[pi]
        counts["flag_ok"] += g["direct"] == q.direct
        if g["direct"] == q.direct:
            counts[f"typed_{g['direct']}"] += 1
        if not g["speaker"]:
            counts["unnamed"] += 1
            counts["unnamed_ok"] += not q.speaker  # kabar also names no one
            if errors and q.speaker:
                print(f"SPEAKER {row} gold=(unnamed) pred={q.speaker!r} | {body[q.start:q.end][:80]!r}")
            continue
        gt, pt = name_tokens(g["speaker"]), name_tokens(q.speaker)
        strict = gt == pt
        lenient = bool(pt) and (set(gt) <= set(pt) or set(pt) <= set(gt))
        counts["named"] += 1
        counts["spk_strict"] += strict
        counts["spk_lenient"] += lenient
        counts["spk_entity"] += strict or _same_entity(g["speaker"], q.speaker)
        if errors and not strict:
            print(f"SPEAKER {row} gold={g['speaker']!r} pred={q.speaker!r} role={q.speaker_role!r} "
                  f"cue={q.cue!r} | {body[q.start:q.end][:80]!r}")
    if errors:
        hit_g = {gi for gi, _ in pairs}
        hit_p = {pi for _, pi in pairs}
        for gi, g in enumerate(golds):
            if gi not in hit_g:
                print(f"MISSED {row} {'D' if g['direct'] else 'R'} {body[g['start']:g['end']][:100]!r}")
        for pi, q in enumerate(preds):
            if pi not in hit_p:
                print(f"SPURIOUS {row} {'D' if q.direct else 'R'} spk={q.speaker!r} "
                      f"{body[q.start:q.end][:100]!r}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="eval/data/quotes/detik1000.jsonl")
    ap.add_argument("--csv", default="../shared/data/news/detik1000/data_berita.csv")
    ap.add_argument("--mmds", default="../shared/data/clustering/mmds2025/mds_ac_dev_final.json",
                    help="Clust-McMs dev JSON, for the English set (eval/data/quotes/mmds_en.jsonl)")
    ap.add_argument("--t17", default="../shared/data/timelines/t17",
                    help="Timeline17 folder, for the second English set (eval/data/quotes/t17_en.jsonl)")
    ap.add_argument("--indosum", default="../shared/data/summarization/indosum/indosum_dev_pool.jsonl",
                    help="IndoSum JSONL, for the Indonesian set of other outlets (eval/data/quotes/indosum.jsonl)")
    ap.add_argument("--split", default="all", help="a split of --data (dev, dev2, test, indosum3, …) or all; a name the file does not hold stops with the list it has")
    ap.add_argument("--errors", action="store_true", help="print unmatched and misattributed quotes")
    ap.add_argument("--entities", action="store_true", help="pass kabar.nlp.entities' output, as annotate does")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).resolve().parent / "data"))
    from loaders import require_split
    require_split(ap, args.data, args.split)
    r = evaluate(args.data, args.csv, args.split, args.errors, args.entities, args.mmds, args.t17, args.indosum)
    print(f"quotes eval — {args.data} split={args.split} entities={args.entities}: {r['articles']} articles, "
          f"{r['gold']} gold, "
          f"{r['pred']} predicted")
    for key, label in (("iou", "span F1 (IoU≥0.5)"), ("exact", "span F1 exact"), ("any", "span F1 any-overlap")):
        p, rec, f = r[f"f1_{key}"]
        print(f"  {label:<22} P {p:.3f}  R {rec:.3f}  F1 {f:.3f}")
    for kind, label in ((True, "direct"), (False, "reported")):
        p, rec, f = r[f"f1_{label}"]
        print(f"  {label + ' (IoU, same type)':<22} P {p:.3f}  R {rec:.3f}  F1 {f:.3f}  "
              f"(gold {r.get(f'gold_{kind}', 0)}, pred {r.get(f'pred_{kind}', 0)})")
    print(f"  direct/reported flag right on matched: {r['flag_ok']:.3f}")
    print(f"  speaker accuracy (matched, named gold {r.get('named', 0)}): strict {r['speaker_strict']:.3f}"
          f"  lenient {r['speaker_lenient']:.3f}   (unnamed gold sources matched: {r.get('unnamed', 0)}, "
          f"left unnamed by kabar: {r.get('unnamed_ok', 0)})")
    print(f"  speaker, same entity by the alias lexicon (\"UN\" ~ \"United Nations\"): {r['speaker_entity']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
