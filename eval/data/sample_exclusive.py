"""Draw the sample of claims kabar lists as "reported by one outlet only", for labelling.

    .venv/bin/python eval/data/sample_exclusive.py --detik ../shared/data/news/detik1000/data_berita.csv \
        --indosum ../shared/data/summarization/indosum/indosum_dev_pool.jsonl --out DIR

Every event of ``cluster_id.json`` (split ``dev``) and ``cluster_id_heldout.json`` (split
``test``) is aligned as a dossier aligns a story (its articles read by kabar's extractor first,
``eval/claims.py:extracted``); up to ``--per-event`` of the claims kabar then calls single-source
are drawn at random (seeded). Written: ``DIR/sample.jsonl`` (ids and raw-body offsets only: the
text stays in ../shared) and one labelling packet per event, ``DIR/packets/<event>.md``, holding
the sampled claims and the full text of the event's *other* articles, nothing of kabar's scores.
The sample was drawn with the code of commit 54fd0a7 (2026-12-01, before ``claims.EXCLUSIVE_NEAR``
took claims off the list; run it there to draw the same sample); ``claims_exclusive.md`` says how it
was labelled.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from claims import article, extracted  # noqa: E402
from loaders import event_members, load_detik, load_indosum  # noqa: E402

from kabar.story.claims import align_claims  # noqa: E402


def raw_span(raw_body: str, text: str) -> tuple[int, int] | None:
    """Where the extracted unit ``text`` lies in the raw body (whitespace may differ)."""
    start = raw_body.find(text)
    if start >= 0:
        return start, start + len(text)
    head, tail = text[:40], text[-40:]
    s = raw_body.find(head)
    e = raw_body.find(tail, max(s, 0))
    if s >= 0 and e >= 0:
        return s, e + len(tail)
    return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--detik", type=Path, required=True)
    ap.add_argument("--indosum", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--per-event", type=int, default=2)
    ap.add_argument("--seed", type=int, default=15)
    args = ap.parse_args()
    data = {"detik1000": load_detik(args.detik), "indosum": load_indosum(args.indosum)}
    rng = random.Random(args.seed)
    (args.out / "packets").mkdir(parents=True, exist_ok=True)
    rows = []
    for split, path in (("dev", HERE / "cluster_id.json"), ("test", HERE / "cluster_id_heldout.json")):
        for (ds, event), ids in sorted(event_members(path).items()):
            if len(ids) < 2:
                continue
            raw = {a.id: a for a in (article(ds, i, data) for i in ids)}
            arts = [extracted(a) for a in raw.values()]
            single = [c for c in align_claims(arts) if c.single_source]
            picked = rng.sample(single, min(args.per_event, len(single)))
            lines = [f"# Event {event}", ""]
            for k, claim in enumerate(picked):
                s = claim.sentences[0]
                span = raw_span(raw[s.article_id].body, s.text)
                if span is None:
                    continue
                key = f"{event}#{k}"
                rows.append({"key": key, "split": split, "dataset": ds, "event": event,
                             "article": s.article_id, "start": span[0], "end": span[1]})
                lines += [f"## Claim {key} (from article {s.article_id})", "", s.text, ""]
                others = [a for a in arts if a.id != s.article_id]
                lines += ["### The event's other articles", ""]
                for a in others:
                    lines += [f"#### Article {a.id}: {a.title}", ""]
                    lines += [f"[{i}] {p}" for i, p in enumerate(a.paragraphs)]
                    lines.append("")
            if len(lines) > 2:
                (args.out / "packets" / f"{event}.md").write_text("\n".join(lines), encoding="utf-8")
    with (args.out / "sample.jsonl").open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} claims from {len({r['event'] for r in rows})} events → {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
