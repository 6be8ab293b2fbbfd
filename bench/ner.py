"""NER speed: tokens per second on one core, features included (model loading excluded).

    .venv/bin/python bench/ner.py ../shared/data/ner/idner-news-2k/dev.txt \\
        [../shared/data/ner/nerp/valid_preprocess.txt] [--repeat 3] [--batch 22] [--articles ../shared/seeds/*.txt]

Tags every sentence of the given CoNLL files ``--repeat`` times and prints the first (cold
feature cache) and the best rate per file, by wall clock and by CPU time (what one core spends,
steadier on a shared machine). The tagger is single-threaded; ``taskset -c 0`` pins it.
``--batch N`` hands the tagger N sentences at a time, as entity finding does with an article's
sentences (22 on average in the scale corpus); the default, 1, is a sentence at a time.
With ``--articles``, also times ``find_entities`` end to end on plain-text articles; with
``--lang en`` too, as English (spaCy's recogniser, ``kabar.nlp.ner_en``, against the Indonesian
tagger on the same articles). ``--accurate`` times the accurate mode (kabar.nlp.ner_e5: the CRF
and the fine-tuned e5 nets; one thread, as the default tagger).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from kabar.nlp.entities import find_entities
from kabar.nlp.ner import load_tagger, read_conll
from kabar.nlp.ner_en import load_english_tagger
from kabar.nlp.tokens import tokenize


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", type=Path, nargs="+")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--batch", type=int, default=1, help="sentences decoded together")
    ap.add_argument("--articles", type=Path, nargs="*", default=[],
                    help="plain-text articles to time find_entities on (tokenize, tag, resolve)")
    ap.add_argument("--lang", choices=("id", "en"), default="id", help="the articles' language")
    ap.add_argument("--accurate", action="store_true", help="the accurate mode (needs kabar[accurate])")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    tagger = load_tagger()
    if args.accurate:
        from threadpoolctl import threadpool_limits

        from kabar.nlp.ner_e5 import NEEDS, load_accurate_tagger

        threadpool_limits(1)  # numpy's BLAS: one core, as the CRF
        tagger = load_accurate_tagger() or sys.exit(NEEDS)
    tagger.tag(["Memuat", "model", "."])
    print(f"model load: {time.perf_counter() - t0:.2f}s")
    for path in args.files:
        with path.open(encoding="utf-8") as fh:
            sents = [[cols[0] for cols in s] for s in read_conll(fh)]
        n = sum(len(s) for s in sents)
        wall, cpu = [], []
        for _ in range(args.repeat):
            t, c = time.perf_counter(), time.process_time()
            for i in range(0, len(sents), args.batch):
                tagger.tag_many([(s, False) for s in sents[i:i + args.batch]])
            wall.append(time.perf_counter() - t)
            cpu.append(time.process_time() - c)
        # The first pass fills the per-word feature cache; later passes show the warm rate.
        # CPU time is what one core spends, unaffected by other work on a shared machine.
        print(f"{path.name}: {len(sents)} sentences, {n} tokens, {args.batch} at a time\n"
              f"  first pass {n / wall[0]:,.0f} tokens/s wall, {n / cpu[0]:,.0f} tokens/CPU-s\n"
              f"  best       {n / min(wall):,.0f} tokens/s wall, {n / min(cpu):,.0f} tokens/CPU-s")
    if args.articles:
        bodies = [p.read_text("utf-8") for p in args.articles]
        n = sum(len(tokenize(b)) for b in bodies)
        taggers = [("kabar accurate" if args.accurate else "kabar CRF", tagger)]
        if args.lang == "en":
            t0 = time.perf_counter()
            english = load_english_tagger()
            if english is not None:
                english.spans("Warm up.")
                print(f"English model load ({english.name}): {time.perf_counter() - t0:.2f}s")
                taggers.append(("spaCy", english))
        for label, tg in taggers:
            c = time.process_time()
            for _ in range(args.repeat):
                for b in bodies:
                    find_entities(b, lang=args.lang, tagger=tg)
            c = time.process_time() - c
            print(f"find_entities ({args.lang}, {label}): {len(bodies)} articles, {n} tokens: "
                  f"{args.repeat * len(bodies) / c:,.0f} articles/CPU-s, {args.repeat * n / c:,.0f} tokens/CPU-s, "
                  f"{1000 * c / (args.repeat * len(bodies)):.1f} ms/article")
    return 0


if __name__ == "__main__":
    sys.exit(main())
