"""Draw a blind batch of IndoSum articles for a new entity/role gold split (how `indosum105` on were drawn).

    .venv/bin/python eval/draw_indosum.py --seed 1065 --split indosum183 --out /tmp/batch \
        [--indosum ../shared/data/summarization/indosum/indosum_dev_pool.jsonl] [--also /tmp/batch/ids_*.txt]

The pool's articles of 800–5,000 characters (``--min-chars``/``--max-chars``) (the body as ``eval/entities.py`` reads it) that no file of
``eval/data`` names, nor any ``--also`` file (batches drawn but not yet committed), sorted by id and shuffled with
``random.Random(seed)``; the first ``--count`` that are no near-copy (word Jaccard ≥ 0.5) of an article named so far or
drawn before them. Writes ``<out>/ids_<split>.txt`` (one id a line) and ``<out>/art_<split>.txt`` (each article after
an ``=== article_id: <id>`` line, for the annotators), and prints each article's outlet. Annotation guide and calls:
``eval/data/entities_id.md``; the gold is committed before kabar runs on the batch.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "data"))

from loaders import INDOSUM_PATH, load_indosum  # noqa: E402

_ARTICLE_ID = re.compile(r"\d{10}-[a-z0-9-]+")


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def named_ids(paths: list[Path]) -> set[str]:
    """Every IndoSum article id the given files name."""
    ids: set[str] = set()
    for path in paths:
        try:
            ids.update(_ARTICLE_ID.findall(path.read_text(encoding="utf-8")))
        except (UnicodeDecodeError, IsADirectoryError):
            continue
    return ids


def draw(rows: dict[str, dict], used: set[str], seed: int, count: int = 8,
         min_chars: int = 800, max_chars: int = 5000) -> list[str]:
    """The batch's article ids, in drawing order."""
    def body(aid: str) -> str:
        return "\n\n".join(" ".join(p) for p in rows[aid]["body_paragraphs"])

    candidates = sorted(a for a in rows if a not in used and min_chars <= len(body(a)) <= max_chars)
    seen = [_words(body(a)) for a in sorted(used) if a in rows]
    random.Random(seed).shuffle(candidates)
    picked: list[str] = []
    for aid in candidates:
        words = _words(body(aid))
        if any(len(words & s) / len(words | s) >= 0.5 for s in seen):
            continue  # a near-copy of an article named or drawn already
        picked.append(aid)
        seen.append(words)
        if len(picked) == count:
            break
    return picked


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--split", required=True, help="the new split's name (indosum183, …)")
    ap.add_argument("--out", type=Path, required=True, help="folder for ids_<split>.txt and art_<split>.txt")
    ap.add_argument("--indosum", type=Path, default=INDOSUM_PATH)
    ap.add_argument("--count", type=int, default=8)
    ap.add_argument("--min-chars", type=int, default=800, help="shortest body drawn (800 for indosum105-189)")
    ap.add_argument("--max-chars", type=int, default=5000,
                    help="longest body drawn (5,000 for indosum105-189; 8,000 from indosum190, the shorter pool spent)")
    ap.add_argument("--also", type=Path, nargs="*", default=[], help="more files whose article ids are taken")
    args = ap.parse_args(argv)
    rows = load_indosum(args.indosum)
    used = named_ids([p for p in (HERE / "data").rglob("*") if p.is_file()] + list(args.also)) & set(rows)
    picked = draw(rows, used, args.seed, args.count, args.min_chars, args.max_chars)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / f"ids_{args.split}.txt").write_text("".join(f"{a}\n" for a in picked), encoding="utf-8")
    with open(args.out / f"art_{args.split}.txt", "w", encoding="utf-8") as fh:
        for aid in picked:
            fh.write(f"=== article_id: {aid}\n" + "\n\n".join(" ".join(p) for p in rows[aid]["body_paragraphs"]) + "\n\n")
    print(args.split, len(picked), "articles:", ", ".join(str(rows[a]["source"]) for a in picked))
    return 0


if __name__ == "__main__":
    sys.exit(main())
