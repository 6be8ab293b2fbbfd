"""NER speed: tokens per second on one core, features included (model loading excluded).

    .venv/bin/python bench/ner.py ../shared/data/ner/idner-news-2k/dev.txt \\
        [../shared/data/ner/nerp/valid_preprocess.txt] [--repeat 3]

Tags every sentence of the given CoNLL files ``--repeat`` times and prints the best rate per
file. Pin to one core yourself if the machine is busy (``taskset -c 0``); the tagger is single
threaded either way.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from kabar.nlp.ner import load_tagger, read_conll


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", type=Path, nargs="+")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    tagger = load_tagger()
    tagger.tag(["Memuat", "model", "."])
    print(f"model load: {time.perf_counter() - t0:.2f}s")
    for path in args.files:
        with path.open(encoding="utf-8") as fh:
            sents = [[cols[0] for cols in s] for s in read_conll(fh)]
        n = sum(len(s) for s in sents)
        best = float("inf")
        for _ in range(args.repeat):
            t = time.perf_counter()
            for s in sents:
                tagger.tag(s)
            best = min(best, time.perf_counter() - t)
        print(f"{path.name}: {len(sents)} sentences, {n} tokens, {n / best:,.0f} tokens/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
