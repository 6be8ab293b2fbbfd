"""Train kabar's NER models (python-crfsuite) from ../shared/data/ner and write them into the package.

    .venv/bin/python train/clusters.py ../shared/data      # word classes (optional, first)
    .venv/bin/python train/ner.py ../shared/data/ner [--which both|cased|lower] [--out-dir DIR]

Training data (read at run time, never committed): idner-news-2k train (cased) and NERP train
(lower case; PPL→PER, PLC→LOC, IND→ORG, EVT/FNB dropped). Two models, chosen by measurement
(eval/ner.py, 2026-11-22):
  * ``ner.crfsuite``, for cased text: idner alone, with case features. One model over both
    corpora scored 0.740 micro F1 on idner dev against 0.815 for idner alone; truecased NERP
    added to idner still lost 3-7 points (NERP marks organisations and places differently).
  * ``ner_lower.crfsuite``, for text without case: NERP alone. Adding lower-cased idner lost
    about 1 point on NERP valid.
Features read the word clusters and capitalisation buckets that ``train/clusters.py`` writes
into the package (they were worth 2.5 points on idner dev). L1/L2 weights: cased c1=0.1, c2=0.01,
picked from a small grid on idner dev (c1 0.02-0.2, c2 0.001-0.05 all within one point);
case-free c1=0.03, c2=0.01, from c1 in {0.01, 0.03, 0.1, 0.2} on NERP valid (0.776, 0.777, 0.770,
0.763; 0.01 makes a 4.9 MB model).
Cased features added 2026-11-30 (issue #5): an office title ("presiden", "menteri", "kapolda";
``speaker_words.PERSON_TITLES``) one or two tokens before, and the 1k-cluster of the neighbours
at ±1. idner dev micro F1 0.844 → 0.854 (P 0.850→0.859, R 0.837→0.849; PER 0.913→0.918, ORG
0.809→0.815, LOC 0.786→0.808); 529 gold entities, so one point is ~5 entities and the gain is
near the noise: against the old features at the same weights it was +1.0 (c1 0.1), +0.5 (0.05),
+0.0 (0.07), +0.0 (c2 0.03), never below. Tried and not kept (with the title features, c1 0.1):
shape at ±2 0.841, cap/c256 at ±2 0.841, prefix 4 + suffix 1 0.842, shape×word pairs 0.841,
title pattern of prev/self/next 0.846, 300 iterations 0.848; c1 0.03/0.05/0.15 0.848/0.847/0.847,
c2 0.003 (c1 0.05) 0.846. The same two features (c1k±1 with BOS/EOS) in the case-free model:
NERP valid 0.777 → 0.782 (P 0.811→0.811, R 0.746→0.755; PER 0.835→0.839, ORG 0.675→0.684,
LOC 0.776→0.783; 1451 gold entities, again near the noise), 3.4 MB; 300 iterations instead of
150 without them gave 0.775.

The features read the gazetteer without its generated block of regencies and cities
(train/regions.py, which says why).

Tried 2026-12-01 (session 15) and not shipped: 1,800 IndoSum sentences (37,862 tokens, more than
idner train) tagged in idner's style by six helper agents (``train/data/ner_silver_id.jsonl``,
``--silver``; the same annotators' kind of work scores F1 0.904 against idner dev's gold,
eval/data/idner_dev_second.md): idner dev 0.854 -> 0.837 (PER 0.918 -> 0.906, ORG 0.815 -> 0.776,
LOC 0.808 -> 0.814); with each idner sentence given 2 or 3 times 0.843 / 0.844, other L1 weights (c1
0.05 / 0.2 / 0.4) 0.848 / 0.839 / 0.830; against the second
annotation of dev 0.839 -> 0.842; Indonesian entities at article level (eval/entities.py, dev)
0.872 -> 0.819. The silver sentences' news (2017, much sport and entertainment: national teams,
clubs, bands, apps) and their annotators' calls differ from idner's enough to cost more than the
extra words give.

Tried 2026-12-04 (session 41) and not shipped: ``--lower-keep-other``, NERP's events and foods
kept as kinds of their own in the case-free model's data (decoded, then reported as O) rather than
made O, so that a place inside an event's name is not taught as no place. NERP valid at c1 0.01 /
0.03 / 0.1: 0.787 / 0.786 / 0.774 against 0.783 / 0.781 / 0.775 without (1,451 gold entities: +0.0
to +0.5, the noise's size); article-level entities (eval/entities.py, 197 dev splits) 10 up and 8
down with the c1 0.03 model, and the model 4.2 MB against 3.4.

Tried 2026-12-05 (session 55) and not shipped: ``--distilled`` / ``--lower-distilled``, unlabelled
detik1000 sentences tagged by the accurate mode (``train/ner_teacher.py``) added to the data. idner
dev with its 12,200 sentences 0.853 (c1 0.1) / 0.857 (c1 0.05), with 3,000 of them 0.854 / 0.859,
against 0.854; NERP valid with the lower-cased ones 0.773 against 0.781. The CRF's features, not its
data, are what hold it under the teacher.

Deterministic (L-BFGS from zeros, fixed order of data: two runs give byte-identical models);
about 15 s (cased) and 2 min (case-free) on one idle core.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import pycrfsuite

from kabar.nlp.ner import LOWER_MODEL_FILE, MODEL_FILE, feature_maker, read_labelled

ROOT = Path(__file__).resolve().parent.parent
SILVER = ROOT / "train" / "data" / "ner_silver_id.jsonl"


def load(path: Path) -> list[tuple[list[str], list[str]]]:
    with path.open(encoding="utf-8") as fh:
        return list(read_labelled(fh))


def load_silver(path: Path, indosum: Path) -> list[tuple[list[str], list[str]]]:
    """The silver sentences: ``{"id", "para", "sent", "tokens", "spans": [[start, end, type]]}`` lines
    whose tokens are IndoSum's ``paragraphs[para][sent]`` of article ``id`` (read from the shared
    data, never committed), ``end`` exclusive."""
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    wanted = {r["id"] for r in rows}
    articles = {}
    with indosum.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rec = json.loads(line)
                if rec["id"] in wanted:
                    articles[rec["id"]] = rec["paragraphs"]
    out = []
    for r in rows:
        tokens = articles[r["id"]][r["para"]][r["sent"]]
        if len(tokens) != r["tokens"]:
            raise ValueError(f"{path}: {r['id']} {r['para']}/{r['sent']}: {len(tokens)} tokens, not {r['tokens']}")
        tags = ["O"] * len(tokens)
        for start, end, kind in r["spans"]:
            tags[start:end] = [f"B-{kind}"] + [f"I-{kind}"] * (end - start - 1)
        out.append((tokens, tags))
    print(f"silver: {len(out)} sentences, {sum(len(t) for t, _ in out)} tokens from {path.name}")
    return out


def train(data: list[tuple[list[list[str]], list[str]]], out: Path, args: argparse.Namespace,
          c1: float) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, yseq in data:
        trainer.append(xseq, yseq)
    trainer.set_params({
        "c1": c1, "c2": args.c2, "max_iterations": args.iterations,
        "feature.possible_transitions": True,
    })
    out.parent.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    trainer.train(str(out))
    print(f"{out.name}: {len(data)} sentences, {time.perf_counter() - t0:.0f}s, "
          f"{out.stat().st_size / 1e6:.1f} MB → {out}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", type=Path, help="folder holding idner-news-2k/ and nerp/")
    ap.add_argument("--out-dir", type=Path, default=ROOT / "src" / "kabar" / "models")
    ap.add_argument("--which", choices=("both", "cased", "lower"), default="both")
    # c1/c2/iterations calibrated on idner dev + NERP valid (eval/ner.py; see the commit log).
    ap.add_argument("--lower-with-idner", action="store_true",
                    help="add lower-cased idner sentences to the case-free model's data")
    ap.add_argument("--c1", type=float, default=0.1, help="L1 weight of the cased model")
    ap.add_argument("--lower-c1", type=float, default=0.03, help="L1 weight of the case-free model")
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--silver", type=Path, nargs="?", const=SILVER,
                    help=f"add IndoSum sentences tagged by annotators to the cased model's data (ids and tags only; "
                         f"the tokens are read from --indosum; default file {SILVER.relative_to(ROOT)}). Tried "
                         "2026-12-01 and not shipped: idner dev 0.854 -> 0.837 (see the module docstring)")
    ap.add_argument("--indosum", type=Path, help="IndoSum's indosum_dev_pool.jsonl (default: beside the NER data, "
                    "DATA/../summarization/indosum/)")
    ap.add_argument("--gold-copies", type=int, default=1, help="times each idner sentence is given to the cased model")
    ap.add_argument("--lower-keep-other", action="store_true",
                    help="train the case-free model on NERP's events and foods as kinds of their own (tagged O)")
    ap.add_argument("--iterations", type=int, default=150)
    ap.add_argument("--distilled", type=Path, nargs="+", default=[],
                    help="CoNLL files of unlabelled news tagged by the accurate mode (the teacher), added to the "
                         "cased model's data")
    ap.add_argument("--lower-distilled", type=Path, nargs="+", default=[],
                    help="the same, lower-cased and tagged by the accurate mode's case-free side, added to the "
                         "case-free model's data")
    args = ap.parse_args(argv)

    idner = load(args.data / "idner-news-2k" / "train.txt")
    feats = feature_maker()
    if args.which in ("both", "cased"):
        cased = idner * args.gold_copies
        if args.silver:
            indosum = args.indosum or args.data.parent / "summarization" / "indosum" / "indosum_dev_pool.jsonl"
            cased = cased + load_silver(args.silver, indosum)
        cased = cased + [pair for path in args.distilled for pair in load(path)]
        train([(feats(t, cased=True), y) for t, y in cased], args.out_dir / MODEL_FILE, args, args.c1)
    if args.which in ("both", "lower"):
        with (args.data / "nerp" / "train_preprocess.txt").open(encoding="utf-8") as fh:
            nerp = list(read_labelled(fh, keep_other=args.lower_keep_other))
        extra = (idner if args.lower_with_idner else []) + [pair for path in args.lower_distilled for pair in load(path)]
        data = [(feats([w.lower() for w in t], cased=False), y) for t, y in [*nerp, *extra]]
        train(data, args.out_dir / LOWER_MODEL_FILE, args, args.lower_c1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
