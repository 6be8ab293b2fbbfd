r"""Tag unlabelled news with the accurate NER mode (the teacher) for distillation (issue #5).

    OMP_NUM_THREADS=1 .venv/bin/python train/ner_teacher.py ../shared/data detik --out-dir /tmp/distil \
        [--adapters /tmp/e5/teacher.npz]
    OMP_NUM_THREADS=1 .venv/bin/python train/ner_teacher.py ../shared/data indosum --out-dir /tmp/distil

The teacher is the CRF with the nets of ``--adapters`` (a ``train/ner_e5.py pack`` file; default
the shipped one); with ``--nets-only`` the nets alone, averaged and decoded as the accurate mode does
but without the CRF (a student taught so stays apart from the CRF it is averaged with). The shipped cased net learnt from both sources' ``_cased`` files, tagged by the pack with a
12-layer cased net that ``train/ner_e5.py``'s docstring makes first.

Writes ``SOURCE_cased.txt`` (the sentences as written, tagged by the accurate mode) and
``SOURCE_lower.txt`` (the same sentences lower-cased, tagged by its case-free side), both
``token<TAB>tag`` CoNLL, for ``train/ner_e5.py net --train``, ``train/ner.py --distilled /
--lower-distilled`` and ``train/ner_neural.py``. Never committed: they hold the articles' text.

Sentences come from the articles that no entity gold set of eval/ uses (detik1000 rows outside
``eval/data/entities_id.jsonl``, IndoSum articles outside ``entities_indosum.jsonl``), 3 to 120
tokens long; a sentence sharing any 8-word run with idner dev or NERP valid is dropped. detik
bodies go through kabar's sentence splitter and tokenizer; IndoSum comes tokenised (its tokens of
bare spaces dropped: the figures below were made before that, with 866 such tokens in 18,324
sentences read as sentence breaks). About 7 min
for detik (12,200 sentences, 243k tokens) and 10 for IndoSum (18,324, 356k) on 2 cores.

Figures (docs/BENCHMARKS.md, "Entities (issue 5)"): a 6-layer e5 net learns from the cased files (idner train
and them: idner dev 0.890 with the CRF, against the 12-layer teacher's 0.885; 2026-12-06, session 56, shipped);
the CRF does not learn from the teacher's tags (2026-12-05, session 55: idner dev 0.854 -> 0.853 / 0.857 at
c1 0.1 / 0.05 with detik's; NERP valid 0.781 -> 0.773); see train/ner.py and train/ner_neural.py for the students tried.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
from multiprocessing import Pool
from pathlib import Path

from clusters import detik, indosum  # train/clusters.py: the same readers of the unlabelled news

from kabar.nlp.ner import read_labelled

ROOT = Path(__file__).resolve().parent.parent


def grams(words: list[str], n: int = 8) -> set[tuple[str, ...]]:
    low = [w.lower() for w in words]
    return {tuple(low[i:i + n]) for i in range(len(low) - n + 1)}


def _gold_ids(name: str) -> frozenset[str]:
    lines = (ROOT / "eval" / "data" / name).read_text(encoding="utf-8").splitlines()
    return frozenset(json.loads(x)["article_id"] for x in lines if x.strip())


def sentences(data: Path, source: str) -> list[list[str]]:
    """The unlabelled sentences of ``source`` ("detik" or "indosum") that no eval set reads."""
    if source == "detik":
        out = list(detik(data / "news" / "detik1000" / "data_berita.csv", _gold_ids("entities_id.jsonl")))
    else:
        out = list(indosum(data / "summarization" / "indosum" / "indosum_dev_pool.jsonl",
                           _gold_ids("entities_indosum.jsonl")))
    held: set[tuple[str, ...]] = set()
    for path in (data / "ner" / "idner-news-2k" / "dev.txt", data / "ner" / "nerp" / "valid_preprocess.txt"):
        with path.open(encoding="utf-8") as fh:
            for words, _ in read_labelled(fh):
                held |= grams(words)
    out = [[w.strip() for w in s if w.strip()] for s in out]  # IndoSum has tokens of bare (no-break) spaces
    return [s for s in out if 3 <= len(s) <= 120 and not any(len(w.split()) > 1 for w in s) and not grams(s) & held]


def _tag(adapters: Path | None, nets_only: bool, chunk: list[list[str]]) -> tuple[list[list[str]], list[list[str]]]:
    from kabar.nlp.ner_e5 import accurate_tagger

    tagger = accurate_tagger(adapters)
    return (tagger.tag_many([(s, False) for s in chunk], crf=not nets_only),
            tagger.tag_many([([w.lower() for w in s], False) for s in chunk], crf=not nets_only))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", type=Path, help="../shared/data")
    ap.add_argument("source", choices=("detik", "indosum"))
    ap.add_argument("--out-dir", type=Path, required=True)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--adapters", type=Path, help="the teacher's adapter file (train/ner_e5.py pack; default: "
                    "the shipped src/kabar/models/ner_e5.npz)")
    ap.add_argument("--nets-only", action="store_true", help="tag with the nets alone, without the CRF")
    args = ap.parse_args(argv)
    sents = sentences(args.data, args.source)
    print(f"{args.source}: {len(sents)} sentences, {sum(map(len, sents))} tokens", flush=True)
    size = -(-len(sents) // args.jobs)
    with Pool(args.jobs) as pool:
        parts = pool.map(functools.partial(_tag, args.adapters, args.nets_only), [sents[i:i + size] for i in range(0, len(sents), size)])
    args.out_dir.mkdir(parents=True, exist_ok=True)
    for kind, column in (("cased", 0), ("lower", 1)):
        tags = [t for part in parts for t in part[column]]
        with (args.out_dir / f"{args.source}_{kind}.txt").open("w", encoding="utf-8") as fh:
            for words, row in zip(sents, tags, strict=True):
                fh.writelines(f"{w.lower() if column else w}\t{y}\n" for w, y in zip(words, row, strict=True))
                fh.write("\n")
    print(f"→ {args.out_dir}/{args.source}_cased.txt, _lower.txt", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
