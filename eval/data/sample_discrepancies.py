"""Write the discrepancies kabar reports on the events of the two cluster sets, for labelling.

    .venv/bin/python eval/data/sample_discrepancies.py --detik ../shared/data/news/detik1000/data_berita.csv \
        --indosum ../shared/data/summarization/indosum/indosum_dev_pool.jsonl --out DIR

All of them (not a sample: there are few): ``DIR/discrepancies.jsonl`` (key, split, event, kind,
article ids and the signature ``eval/discrepancies.py`` looks labels up by) and labelling packets
``DIR/pack_<n>.md`` (the flagged detail and the full extracted text of the articles involved, with
their page dates; nothing else of kabar's). ``discrepancies_id.md`` says how they were labelled.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from claims import article  # noqa: E402
from discrepancies import events, find, identity, labelled, load_labels, story_articles  # noqa: E402
from loaders import load_detik, load_indosum  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--detik", type=Path, required=True)
    ap.add_argument("--indosum", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--packs", type=int, default=2)
    ap.add_argument("--unlabelled", type=Path, help="write only the discrepancies this labels file lacks "
                    "(a later round, after the code changed)")
    args = ap.parse_args()
    data = {"detik1000": load_detik(args.detik), "indosum": load_indosum(args.indosum)}
    args.out.mkdir(parents=True, exist_ok=True)
    known = load_labels(args.unlabelled) if args.unlabelled else None
    rows, packs = [], [[] for _ in range(args.packs)]
    for split, ds, event, ids in events(data):
        arts = {a.id: a for a in story_articles(ds, ids, data)}
        raw = {a.id: a.body for a in (article(ds, i, data) for i in ids)}
        for d in find(list(arts.values())):
            if known is not None and labelled(known, event, d, raw) is not None:
                continue
            key = f"{'E' if known is not None else 'D'}{len(rows):03d}"
            rows.append({"key": key, "split": split, "dataset": ds, "event": event, "kind": d.kind,
                         "article_ids": d.article_ids, **identity(event, d, raw)})
            lines = [f"## {key} — kind: {d.kind}", "", "What kabar reports (sentences cut at 100–120 characters):",
                     "", d.detail, ""]
            for aid in d.article_ids:
                a = arts[aid]
                lines += [f"### Article {aid} — published {a.published_at} — {a.title}", ""]
                lines += [f"[{i}] {p}" for i, p in enumerate(a.paragraphs)]
                lines.append("")
            packs[len(rows) % args.packs].append("\n".join(lines))
    with (args.out / "discrepancies.jsonl").open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for n, pack in enumerate(packs):
        (args.out / f"pack_{n}.md").write_text("\n\n".join(pack), encoding="utf-8")
    print(f"{len(rows)} discrepancies → {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
