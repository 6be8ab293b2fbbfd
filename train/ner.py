"""Train kabar's NER model (python-crfsuite) from ../shared/data/ner and write it into the package.

    .venv/bin/python train/ner.py ../shared/data/ner [--out src/kabar/models/ner.crfsuite]

Training data (read at run time, never committed): idner-news-2k train (cased) and NERP train
(lower case; PPL→PER, PLC→LOC, IND→ORG, EVT/FNB dropped). Two models: the cased one
(``ner.crfsuite``) from idner alone, with case features; the case-free one
(``ner_lower.crfsuite``) from NERP alone. Chosen by measurement (eval/ner.py): one model over
both corpora lost 7 F1 points on idner dev; adding lower-cased idner to the case-free model lost
1 point on NERP valid (the two corpora annotate organisations and places differently). Word clusters come from ``train/clusters.py`` (see there) and are read
from the package, so write them first if you want them.

Deterministic (L-BFGS from zeros, fixed order of data); about two minutes on one core.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import pycrfsuite

from kabar.nlp.ner import LOWER_MODEL_FILE, MODEL_FILE, feature_maker, read_labelled

ROOT = Path(__file__).resolve().parent.parent


def load(path: Path) -> list[tuple[list[str], list[str]]]:
    with path.open(encoding="utf-8") as fh:
        return list(read_labelled(fh))


def train(data: list[tuple[list[list[str]], list[str]]], out: Path, args: argparse.Namespace) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, yseq in data:
        trainer.append(xseq, yseq)
    trainer.set_params({
        "c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
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
    ap.add_argument("--c1", type=float, default=0.1)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iterations", type=int, default=150)
    args = ap.parse_args(argv)

    idner = load(args.data / "idner-news-2k" / "train.txt")
    feats = feature_maker()
    if args.which in ("both", "cased"):
        train([(feats(t, cased=True), y) for t, y in idner], args.out_dir / MODEL_FILE, args)
    if args.which in ("both", "lower"):
        nerp = load(args.data / "nerp" / "train_preprocess.txt")
        extra = idner if args.lower_with_idner else []
        data = [(feats([w.lower() for w in t], cased=False), y) for t, y in [*nerp, *extra]]
        train(data, args.out_dir / LOWER_MODEL_FILE, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
