"""How right kabar's discrepancies are: do two articles of one event really disagree where kabar says so?

    .venv/bin/python eval/discrepancies.py eval/data/discrepancies_id.jsonl \
        --detik ../shared/data/news/detik1000/data_berita.csv \
        --indosum ../shared/data/summarization/indosum/indosum_dev_pool.jsonl [--show] [--inject]

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

``--inject``: recall on planted disagreements (see ``injected``), per split.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "data"))
sys.path.insert(0, str(HERE))

from claims import article, extracted  # noqa: E402
from loaders import event_members, load_detik, load_indosum, record_date  # noqa: E402

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
    return [(split, *key, ids) for split, path in SPLITS for key, ids in sorted(event_members(path).items())
            if len(ids) >= 2]


def story_articles(dataset: str, ids: list, data: dict) -> list[Article]:
    out = []
    for i in ids:
        art = extracted(article(dataset, i, data))
        when = data[dataset][int(i) if dataset == "detik1000" else i]["date"]
        art.published_at = record_date(when)
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


def _altered(shown: str) -> str | None:
    """The figure as written with its value raised by about 30% (same format): "12 orang" → "16
    orang", "Rp 1,2 miliar" → "Rp 1,6 miliar"."""
    m = re.search(r"\d+(?:[.,]\d+)*", shown)
    if not m:
        return None
    digits = m.group()
    last = max(digits.rfind(","), digits.rfind("."))
    decimals = len(digits) - last - 1 if last >= 0 and len(digits) - last - 1 != 3 else 0
    value = float(digits.replace(".", "").replace(",", "")) / (10 ** decimals)
    new = value * 1.3 + (1 if value < 4 else 0)
    if decimals:
        text = f"{new:.{decimals}f}".replace(".", digits[last])
    else:
        text = str(round(new))
    return shown[:m.start()] + text + shown[m.end():]


def injected(data: dict, per_event: int = 3, show: bool = False) -> None:
    """Recall on planted disagreements: in each event, pairs of sentences kabar joins as one claim
    and that state the same count (same unit, agreeing values) get one side's figure raised ~30%
    wherever its article writes it; is a number discrepancy between the two articles, naming the
    new figure, reported? Up to ``per_event`` plants an event, one at a time. (Two lower bounds —
    "lebih dari 1,2 juta" / "lebih dari 1,6 juta" — do not contradict each other and are not
    reported: such plants count as missed.)"""
    from kabar.story.counts import counts as read_counts

    for split in ("dev", "test"):
        planted = found = 0
        for sp, ds, _, ids in events(data):
            if sp != split:
                continue
            arts = story_articles(ds, ids, data)
            done = 0
            for claim in align_claims(arts):
                if done >= per_event or len({s.article_id for s in claim.sentences}) < 2:
                    continue
                a, b = claim.sentences[0], next(s for s in claim.sentences if s.article_id != claim.sentences[0].article_id)
                pair = next(((x, y) for x in read_counts(a.text) for y in read_counts(b.text)
                             if x.unit == y.unit and x.agrees(y)), None)
                if pair is None:
                    continue
                new = _altered(pair[1].shown)
                target = next(t for t in arts if t.id == b.article_id)
                if new is None or b.text not in target.body:
                    continue
                # the other outlet reports the other figure throughout: every mention of that value
                # in its article, however written ("Rp 500 juta", "Rp500 juta"), changes
                changed = b.text.replace(pair[1].shown, new)
                paras = []
                for para in target.paragraphs:
                    for c in sorted(read_counts(para), key=lambda c: -c.start):
                        if c.unit == pair[1].unit and c.agrees(pair[1]) and (alt := _altered(c.shown)):
                            para = para[:c.start] + para[c.start:].replace(c.shown, alt, 1)
                    paras.append(para)
                if changed not in "\n\n".join(paras):
                    continue
                trial = [replace(t, paragraphs=paras) if t.id == target.id else t for t in arts]
                planted += 1
                done += 1
                hit = any(d.kind.startswith("number") and set(d.article_ids) == {a.article_id, b.article_id}
                          and new in d.values for d in find(trial))
                found += hit
                if not hit and show:
                    print(f"    missed: {pair[0].shown!r} / {new!r} (was {pair[1].shown!r}) | {a.text[:140]!r} || "
                          f"{changed[:140]!r}")
        print(f"  {split}: planted disagreements (a joined claim's shared figure raised ~30% on one side) "
              f"reported {found}/{planted} ({found / max(planted, 1):.3f})")


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
    ap.add_argument("--inject", action="store_true", help="also plant disagreements in joined claims and count "
                    "how many are reported (recall)")
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
    if args.inject:
        injected(data, show=args.show)
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
