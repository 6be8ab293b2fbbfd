"""How right kabar's discrepancies are: do two articles of one event really disagree where kabar says so?

    .venv/bin/python eval/discrepancies.py eval/data/discrepancies_id.jsonl \
        --detik ../shared/data/news/detik1000/data_berita.csv \
        --indosum ../shared/data/summarization/indosum/indosum_dev_pool.jsonl [--show]

Every event of ``eval/data/cluster_id.json`` (split ``dev``) and ``cluster_id_heldout.json``
(split ``test``) with two or more articles is read as a dossier reads a story (kabar's extractor,
the page date from the record, annotation, claim alignment; every article counts as its own
outlet, so detik1000's desks are compared with each other) and its number, date, person and place
discrepancies are found again. Each is looked up in the labelled file by its signature (event,
kind, articles, the values it names) — ``eval/data/discrepancies_id.md`` says how the labels were
made. Printed per split and kind: how many kabar reports, how many of them are labelled, and the
precision (a real disagreement, ``conflict``, among the labelled ones); a number kabar reports as an
update (``number_update``) counts as right when labelled ``update``. Discrepancies the labelled
file does not hold are counted as unlabelled (``--show`` prints them).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "data"))
sys.path.insert(0, str(HERE))

from claims import article, extracted  # noqa: E402
from loaders import load_detik, load_indosum  # noqa: E402

from kabar.nlp.annotate import annotate  # noqa: E402
from kabar.records import Article  # noqa: E402
from kabar.story.claims import align_claims, scored_sentences  # noqa: E402
from kabar.story.counts import counts  # noqa: E402
from kabar.story.discrepancies import Discrepancy, claim_discrepancies, number_discrepancies  # noqa: E402

SPLITS = (("dev", HERE / "data" / "cluster_id.json"), ("test", HERE / "data" / "cluster_id_heldout.json"))
RIGHT = {"number": {"conflict"}, "number_update": {"update"}, "date": {"conflict"}, "person": {"conflict"},
         "place": {"conflict"}}


def events(data: dict) -> list[tuple[str, str, str, list]]:
    """(split, dataset, event, record ids) of every event with two or more articles."""
    members: dict[tuple[str, str, str], list] = {}
    for split, path in SPLITS:
        for rec in json.loads(path.read_text(encoding="utf-8")):
            if rec["event"]:
                members.setdefault((split, rec["dataset"], rec["event"]), []).append(rec["id"])
    return [(*k, ids) for k, ids in sorted(members.items()) if len(ids) >= 2]


def story_articles(dataset: str, ids: list, data: dict) -> list[Article]:
    out = []
    for i in ids:
        art = extracted(article(dataset, i, data))
        when = data[dataset][int(i) if dataset == "detik1000" else i]["date"]
        art.published_at = (when.isoformat() if hasattr(when, "isoformat") else str(when))[:19].replace(" ", "T")
        out.append(art)
    return out


def find(arts: list[Article]) -> list[Discrepancy]:
    """The discrepancies a dossier of these articles shows (less the page-date ones)."""
    anns = {a.id: annotate(a) for a in arts}
    claims = align_claims(arts)
    return number_discrepancies(scored_sentences(claims), anns, arts) + claim_discrepancies(claims, anns, arts)


_QUOTED = re.compile(r"“[^”]*”")


def signature(event: str, d: Discrepancy) -> str:
    """Dates, people, places: event, kind, articles and the values the detail names (the claim's
    text before " — " left out)."""
    detail = _QUOTED.sub("", d.detail)
    if " — " in detail:
        detail = detail.rsplit(" — ", 1)[1]
    return json.dumps([event, d.kind, sorted(d.article_ids), sorted(set(re.findall(r"[\w.,/-]+", detail)))],
                      ensure_ascii=False)


def locate(raw_body: str, sentence: str) -> int | None:
    """Where a sentence (as kabar holds it, or the first 100 characters a detail shows) starts in the
    raw body: its first 40 characters, then its first 25 (the extractor may have mended what follows)."""
    for n in (40, 25):
        at = raw_body.find(sentence[:n])
        if at >= 0:
            return at
    return None


def readings_of(shown: str) -> list[float]:
    """The values a figure as written may mean ("Rp 31,542 triliun": 31.542 or 31,542 trillion)."""
    found = counts(shown if re.search(r"[A-Za-z%]", shown) else f"Rp {shown}")
    return sorted({v for c in found[:1] for v, _ in c.readings})


def sides(d: Discrepancy, raw: dict[str, str]) -> list[tuple[str, int | None, list[float]]]:
    return [(aid, locate(raw[aid], sent), readings_of(val))
            for aid, sent, val in zip(d.article_ids, d.sentences, d.values, strict=True)]


def same_sides(a: list, b: list) -> bool:
    """Two number discrepancies between the same sentences over the same figures (any reading)."""
    def close(x: list[float], y: list[float]) -> bool:
        return any(abs(u - v) <= 1e-6 * max(abs(u), abs(v), 1.0) for u in x for v in y)
    return {(x[0], x[1]) for x in a} == {(y[0], y[1]) for y in b} and all(
        close(x[2], y[2]) for x in a for y in b if (x[0], x[1]) == (y[0], y[1]))


def load_labels(path: Path) -> dict:
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    return {"rows": rows, "signature": {r["signature"]: r for r in rows if "signature" in r},
            "numbers": [r for r in rows if "sides" in r]}


def identity(event: str, d: Discrepancy, raw: dict[str, str]) -> dict:
    """What a label is looked up by: the sides (article, where its sentence starts in the raw body,
    the figure's readings) of a number discrepancy, the signature of any other."""
    if d.kind.startswith("number"):
        return {"sides": [list(x) for x in sides(d, raw)]}
    return {"signature": signature(event, d)}


def labelled(labels: dict, event: str, d: Discrepancy, raw: dict[str, str]) -> dict | None:
    if d.kind.startswith("number"):
        here = sides(d, raw)
        return next((r for r in labels["numbers"] if r["event"] == event
                     and same_sides(here, [tuple(x) for x in r["sides"]])), None)
    return labels["signature"].get(signature(event, d))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("labels", type=Path)
    ap.add_argument("--detik", type=Path, required=True)
    ap.add_argument("--indosum", type=Path, required=True)
    ap.add_argument("--show", action="store_true", help="print the unlabelled and the wrong discrepancies")
    args = ap.parse_args()
    data = {"detik1000": load_detik(args.detik), "indosum": load_indosum(args.indosum)}
    labels = load_labels(args.labels)
    found: Counter[tuple[str, str, str]] = Counter()
    seen: set[int] = set()
    for split, ds, event, ids in events(data):
        arts = story_articles(ds, ids, data)
        raw = {a.id: a.body for a in (article(ds, i, data) for i in ids)}
        for d in find(arts):
            row = labelled(labels, event, d, raw)
            if row is not None:
                seen.add(id(row))
            label = row["label"] if row else None
            verdict = "unlabelled" if label is None else ("right" if label in RIGHT[d.kind] else label)
            found[(split, d.kind, verdict)] += 1
            if args.show and verdict != "right":
                print(f"  [{split} {d.kind} → {verdict}] {event}: {d.detail}")
    labels = labels["rows"]
    print(f"discrepancies of the events of cluster_id.json (dev) and cluster_id_heldout.json (test); "
          f"{len(labels)} labelled, {len(labels) - len(seen)} of them no longer reported")
    for split in ("dev", "test"):
        for kind in ("number", "number_update", "date", "person", "place"):
            tally = {v: n for (s, k, v), n in found.items() if s == split and k == kind}
            if not tally:
                continue
            n_labelled = sum(n for v, n in tally.items() if v != "unlabelled")
            right = tally.get("right", 0)
            wrong = ", ".join(f"{v} {n}" for v, n in sorted(tally.items()) if v not in ("right", "unlabelled"))
            print(f"  {split} {kind}: {sum(tally.values())} reported, {n_labelled} labelled: precision "
                  f"{right / max(n_labelled, 1):.3f} ({right}/{n_labelled}){'; wrong: ' + wrong if wrong else ''}")
        reported = sum(n for (s, _, _), n in found.items() if s == split)
        right = sum(n for (s, _, v), n in found.items() if s == split and v == "right")
        n_labelled = sum(n for (s, _, v), n in found.items() if s == split and v != "unlabelled")
        print(f"  {split} all kinds: {reported} reported, precision {right / max(n_labelled, 1):.3f} ({right}/{n_labelled})")
        for label in ("conflict", "update"):
            known = [r for r in labels if r["split"] == split and r["label"] == label]
            if known:
                print(f"  {split}: labelled {label}s still reported {sum(id(r) in seen for r in known)}/{len(known)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
