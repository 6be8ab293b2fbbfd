r"""Experiment: a small neural tagger (BiLSTM-CRF) against the CRF of ``train/ner.py`` (issue #5).

Not used by kabar: an experiment script, kept so the figures below can be re-run. Verdict
(2026-11-30, "2 vCPU shared, one thread"; load average 1-5 from other workers): a single BiLSTM-CRF
about ties the CRF (idner dev 0.861 / 0.853 over two seeds against 0.854; NERP valid
0.781 / 0.773 at 15 epochs, 0.791 at up to 30, against 0.782); averaging the per-token marginals
of two network seeds and the CRF reaches idner dev 0.872 (+1.8) and NERP valid 0.799-0.801
(+1.7-1.9), but that needs three models per case at run time (~30 MB fp32), runs under 20k tok/s,
and the combination was picked after looking at dev. Nothing was shipped.

As a student of the accurate mode (2026-12-05, session 55): trained on idner train plus 30,524
sentences the accurate mode tagged (``train/ner_teacher.py``, concatenated into one file; the same
options with ``--batch 32 --epochs 12 --patience 3``), idner dev 0.838 and, case-free on NERP plus the
lower-cased sentences, NERP valid 0.786 (stopped by hand at epoch 10): no better than the CRF.

Setup (torch and gensim are NOT project dependencies; a separate venv keeps .venv untouched):

    python3.11 -m venv /tmp/nnv && /tmp/nnv/bin/pip install torch==2.13.0
    /tmp/nnv/bin/pip install -e . gensim
    P=/tmp/nnv/bin/python; D=../shared/data; ID=$D/ner/idner-news-2k; NP=$D/ner/nerp
    $P train/ner_neural.py vectors $D --out /tmp/nn/w2v100.txt        # 5.5 min
    $P train/ner_neural.py marginals $ID/train.txt $ID/dev.txt --out /tmp/nn/marg_id.npz
    $P train/ner_neural.py marginals $NP/train_preprocess.txt $NP/valid_preprocess.txt --lower \
        --folds 0 --model src/kabar/models/ner_lower.crfsuite --out /tmp/nn/marg_nerp.npz
    $P train/ner_neural.py train $ID/train.txt $ID/dev.txt --feats --vectors /tmp/nn/w2v100.txt \
        --freeze --word-dropout 0.05 --epochs 40 --patience 8 [--seed 2] \
        --ensemble-with /tmp/nn/marg_id.npz --dump-posteriors /tmp/nn/post_id1.npz
    $P train/ner_neural.py train $NP/train_preprocess.txt $NP/valid_preprocess.txt --lower --feats \
        --vectors /tmp/nn/w2v100.txt --freeze --word-dropout 0.05 --epochs 15 --patience 4 \
        --batch 32 [--seed 2] --ensemble-with /tmp/nn/marg_nerp.npz --dump-posteriors ...
    $P train/ner_neural.py combine $ID/dev.txt /tmp/nn/post_id1.npz /tmp/nn/post_id2.npz \
        /tmp/nn/marg_id.npz

Model: word embedding (lower case; word2vec skip-gram, 100 d, window 5, min count 2, 10 epochs,
trained on IndoSum + detik1000 bodies + the tokens of the idner/NERP *train* splits: 80,696
sentences, 1.59M tokens, 33,737 words; never dev text) + char-CNN (25-d chars, 50 filters of
width 3, max-pooled over the word's own characters) + with --feats small embeddings of the case
class, the shipped capitalisation bucket and 1k word cluster (ner_clusters.tsv), the word shape
and the shipped gazetteer's BIO tag → dropout 0.5 → BiLSTM 2×100 → linear → CRF layer (Viterbi).
Adam lr 2e-3, batch 16 (NERP 32), gradient clip 5. The epoch is picked on 10% of TRAIN held out
(so the model learns from 90% of train); dev is only scored. Exact-span scorer: eval/ner.py's
``spans``. Speeds: see the table at the end (the machine's load varied 1-5 through the hour, so
the CRF was timed alongside in the same process).

idner-news-2k dev (529 gold entities; one point ≈ 5 entities), CRF (eval/ner.py) 0.859/0.849/0.854:

| model                                         | PER   | ORG   | LOC   | P     | R     | F1    |
|-----------------------------------------------|-------|-------|-------|-------|-------|-------|
| BiLSTM-CRF, random word emb, --feats          | 0.851 | 0.809 | 0.833 | 0.811 | 0.854 | 0.832 |
| + word2vec, fine-tuned (holdout-best ep 8)    | 0.833 | 0.682 | 0.807 | 0.729 | 0.822 | 0.773 |
| + word2vec, frozen, word dropout 0.05, seed 1 | 0.912 | 0.808 | 0.852 | 0.860 | 0.862 | 0.861 |
| same, seed 2                                  | 0.907 | 0.809 | 0.829 | 0.836 | 0.870 | 0.853 |
| stacked: jackknifed CRF marginals as input (*)| 0.904 | 0.787 | 0.809 | 0.828 | 0.849 | 0.838 |
| avg(NN seed 1, CRF marginals) 0.5/0.5         | 0.918 | 0.800 | 0.837 | 0.861 | 0.853 | 0.857 |
| avg(NN seed 2, CRF marginals) 0.5/0.5         | 0.933 | 0.817 | 0.817 | 0.855 | 0.870 | 0.862 |
| avg(NN seed 1, NN seed 2)                     | 0.917 | 0.827 | 0.829 | 0.851 | 0.875 | 0.863 |
| avg(NN seed 1, NN seed 2, CRF) 1/3 each       | 0.931 | 0.815 | 0.855 | 0.864 | 0.879 | 0.872 |

(*) random word embeddings + --feats; holdout-best epoch 22, run stopped by hand at 24 (dev had sat
at 0.84 for 10 epochs). NN weight 0.7 with the CRF gave 0.865 / 0.861, 0.3 gave 0.848 / 0.850;
the CRF's marginals alone (argmax, CRF refit on all of train) 0.845. Fine-tuning the word2vec
vectors over-fit: train words drifted away from the dev-only words that kept their raw vectors
(dev precision fell to ~0.70); freezing them (together with word dropout 0.05, not separated)
fixed it.
Stacking the CRF's 5-fold jackknifed marginals (train 0.811 F1 out of fold) into the network's
input did not help (~0.84): the network leaned on them, and dev marginals come from a stronger
full-train CRF than the ones it learned from.

NERP valid (1,451 gold entities), CRF 0.811/0.755/0.782:

| model                                              | PER   | ORG   | LOC   | P     | R     | F1    |
|----------------------------------------------------|-------|-------|-------|-------|-------|-------|
| BiLSTM-CRF, word2vec frozen, --feats, seed 1, 15 ep | 0.827 | 0.673 | 0.794 | 0.820 | 0.746 | 0.781 |
| same, seed 2 (best epoch 14 of 15)                 | 0.836 | 0.665 | 0.775 | 0.790 | 0.757 | 0.773 |
| seed 1, up to 30 epochs, patience 5 (best 18)      | 0.834 | 0.694 | 0.803 | 0.812 | 0.771 | 0.791 |
| avg(NN seed 1 15 ep, CRF marginals) 0.5/0.5        | 0.849 | 0.704 | 0.787 | 0.827 | 0.764 | 0.794 |
| avg(NN seed 2, CRF marginals) 0.5/0.5              | 0.859 | 0.708 | 0.783 | 0.821 | 0.774 | 0.797 |
| avg(NN seed 1 30 ep, CRF marginals) 0.5/0.5        | 0.851 | 0.714 | 0.796 | 0.827 | 0.774 | 0.800 |
| avg(NN seed 1 15 ep, NN seed 2)                    | 0.830 | 0.667 | 0.779 | 0.794 | 0.755 | 0.774 |
| avg(NN s1 15 ep, NN s2, CRF) 1/3 each              | 0.853 | 0.702 | 0.798 | 0.828 | 0.772 | 0.799 |
| avg(NN s1 30 ep, NN s2, CRF) 1/3 each              | 0.855 | 0.713 | 0.796 | 0.824 | 0.779 | 0.801 |

(The CRF here is the shipped ner_lower.crfsuite; its marginals alone, argmax, give 0.780.) No
stacking (marginals as input) run on NERP: out of time, and it had not helped on idner.

Cost (wall time under the varying load): word2vec 328 s; 5-fold CRF jackknife on idner 200 s;
idner 7-35 s/epoch, 606 s (seed 1, stopped at 28) and 680 s (seed 2, 40 epochs); NERP 27-94
s/epoch, 1166 s and 714 s for 15 epochs, 1028 s for 23. Parameters: 3.70M (idner; 3.44M of
them the 34k×100 embedding) = 14.8 MB fp32, 7.4 MB fp16; NERP 4.04M = 16.2 MB fp32. Shipping one
would need the vocabulary pruned or int8 embeddings (~4.5 MB).

Inference without torch: ``FastNumpyTagger`` is a numpy-only forward pass (input projection cached
per distinct token — word vector, char-CNN and the context-free feature embeddings go through
W_ih once per word; only the gazetteer tag is added per token — then a batched LSTM loop and a
batched Viterbi), output identical to torch's on dev. Interleaved in one process, one thread,
batch 128 sorted by length, at load average ~1-2 (tok/s; pass 1 = cold caches, then warm):

| set         | CRF features+Viterbi | CRF features+marginals | BiLSTM-CRF numpy |
|-------------|----------------------|------------------------|------------------|
| idner dev   | 27k → 49-80k         | 35k → 40-61k           | 13k → 58k        |
| NERP valid  | 35k → 64k            | 53k → 49-52k           | 26k → 58-61k     |

At load 4-5 the same numpy pass gave 7-12k cold / 22-29k warm and the CRF 7.7k / 13k. The cold
figure is bounded by the per-new-word char-CNN and projection (done one word at a time). So one
network alone would meet 20k tok/s warm; the three-model ensemble, run in sequence, would do about
1/(2/58k + 1/50k) ≈ 18k warm and ~5.5k cold on idner: under the bar.

Conclusion for issue #5 on this hardware: 0.88 / 0.85 are out of reach of a single small model
with this data (1,409 idner training sentences); the network is a second opinion worth about as
much as the CRF, and only the ensemble nears the targets (idner 0.872, NERP 0.801; selected on
dev, 3 models per case, ~18k tok/s warm and ~5k cold). Not landed.
"""

from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import argparse  # noqa: E402
import importlib.util  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

from kabar.nlp.aliases import gazetteer_tags  # noqa: E402
from kabar.nlp.ner import _shape, feature_maker, read_labelled  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TAGS = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC")
TYPES = ("PER", "ORG", "LOC")


def _eval_ner():
    spec = importlib.util.spec_from_file_location("eval_ner", ROOT / "eval" / "ner.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def load(path: Path) -> list[tuple[list[str], list[str]]]:
    with path.open(encoding="utf-8") as fh:
        return list(read_labelled(fh))


def score(gold_tags: list[list[str]], pred_tags: list[list[str]]) -> dict[str, tuple[float, float, float, int]]:
    """eval/ner.py's exact-span scoring, so the figures here and there are one measure."""
    return _eval_ner().score_tags(zip(gold_tags, pred_tags, strict=True))


def fmt(res: dict[str, tuple[float, float, float, int]]) -> str:
    return " ".join(f"{t}={res[t][2]:.3f}" for t in TYPES) + \
        " micro P/R/F1={:.3f}/{:.3f}/{:.3f}".format(*res["micro"][:3])


# ---------------------------------------------------------------- word vectors (gensim)

def unlabelled(data: Path) -> list[list[str]]:
    """Lower-cased sentences: IndoSum, detik1000 bodies, and the tokens of the NER *train* splits."""
    sys.path.insert(0, str(ROOT / "train"))
    from clusters import conll, detik, indosum  # type: ignore[import-not-found]
    out = []
    for it in (indosum(data / "summarization" / "indosum" / "indosum_dev_pool.jsonl"),
               detik(data / "news" / "detik1000" / "data_berita.csv"),
               conll(data / "ner" / "idner-news-2k" / "train.txt"),
               conll(data / "ner" / "nerp" / "train_preprocess.txt")):
        out += [[w.lower() for w in s] for s in it if s]
    return out


def train_vectors(data: Path, out: Path, dim: int, kind: str) -> None:
    from gensim.models import FastText, Word2Vec
    sents = unlabelled(data)
    print(f"{len(sents)} sentences, {sum(map(len, sents))} tokens", flush=True)
    t0 = time.perf_counter()
    cls = FastText if kind == "fasttext" else Word2Vec
    m = cls(sents, vector_size=dim, window=5, min_count=2, sg=1, negative=10, epochs=10,
            workers=1, seed=1)
    print(f"{kind}: {len(m.wv)} words, {time.perf_counter() - t0:.0f}s", flush=True)
    with out.open("w", encoding="utf-8") as fh:
        for w in m.wv.index_to_key:
            fh.write(w + " " + " ".join(f"{x:.4f}" for x in m.wv[w]) + "\n")


def read_vectors(path: Path) -> tuple[list[str], np.ndarray]:
    words, vecs = [], []
    with path.open(encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    dim = Counter(len(line.split(" ")) - 1 for line in lines[:50]).most_common(1)[0][0]
    for line in lines:
        parts = line.rsplit(" ", dim)
        if len(parts) == dim + 1 and parts[0].strip():
            words.append(parts[0])
            vecs.append(np.array(parts[1:], dtype=np.float32))
    return words, np.stack(vecs)


# ---------------------------------------------------------------- CRF marginals (stacking)

def crf_marginals(train_path: Path, dev_path: Path, out: Path, lower: bool, folds: int, c1: float,
                  model: Path | None = None) -> None:
    """Per-token CRF tag marginals: on train by k-fold jackknifing (each fold tagged by a CRF that
    never saw it), on dev by a CRF trained on all of train. Same features and weights as
    train/ner.py. Written as .npz: train_0.. and dev_0.. arrays of shape (n_tokens, 7)."""
    import pycrfsuite
    fm = feature_maker()
    tr, dv = load(train_path), load(dev_path)

    def feats(toks):
        return fm([t.lower() for t in toks], cased=False) if lower else fm(toks, cased=True)

    xtr = [feats(t) for t, _ in tr]
    xdv = [feats(t) for t, _ in dv]

    def fit(idx) -> pycrfsuite.Tagger:
        trainer = pycrfsuite.Trainer(verbose=False)
        for i in idx:
            trainer.append(xtr[i], tr[i][1])
        trainer.set_params({"c1": c1, "c2": 0.01, "max_iterations": 150,
                            "feature.possible_transitions": True})
        path = str(out) + ".tmp.crfsuite"
        trainer.train(path)
        tagger = pycrfsuite.Tagger()
        tagger.open(path)
        return tagger

    def marg(tagger, x) -> np.ndarray:
        tagger.set(x)
        labels = set(tagger.labels())
        return np.array([[tagger.marginal(t, i) if t in labels else 0.0 for t in TAGS]
                         for i in range(len(x))], dtype=np.float32)

    arrays: dict[str, np.ndarray] = {}
    t0 = time.perf_counter()
    for k in range(folds):
        held = [i for i in range(len(tr)) if i % folds == k]
        tagger = fit([i for i in range(len(tr)) if i % folds != k])
        for i in held:
            arrays[f"train_{i}"] = marg(tagger, xtr[i])
        print(f"fold {k + 1}/{folds} {time.perf_counter() - t0:.0f}s", flush=True)
    if model:  # an already trained CRF (e.g. the shipped one) for the dev marginals
        tagger = pycrfsuite.Tagger()
        tagger.open(str(model))
    else:
        tagger = fit(range(len(tr)))
    for i, x in enumerate(xdv):
        arrays[f"dev_{i}"] = marg(tagger, x)
    np.savez_compressed(out, **arrays)
    dev_pred = [[TAGS[k] for k in arrays[f"dev_{i}"].argmax(1)] for i in range(len(dv))]
    print("CRF (argmax marginals) dev: " + fmt(score([y for _, y in dv], dev_pred)))
    if folds:
        jk_pred = [[TAGS[k] for k in arrays[f"train_{i}"].argmax(1)] for i in range(len(tr))]
        print("CRF jackknife on train: " + fmt(score([y for _, y in tr], jk_pred)))


# ---------------------------------------------------------------- inputs

def case_class(tok: str) -> int:
    if tok.isupper() and len(tok) > 1:
        return 1
    if tok[:1].isupper():
        return 2
    if any(c.isdigit() for c in tok):
        return 3
    if not any(c.isalnum() for c in tok):
        return 4
    if any(c.isupper() for c in tok):
        return 5
    return 0


class Vocab:
    def __init__(self, items, min_count: int = 1) -> None:
        c = Counter(items)
        self.itos = ["<pad>", "<unk>"] + sorted(k for k, n in c.items() if n >= min_count)
        self.stoi = {s: i for i, s in enumerate(self.itos)}

    def __call__(self, s: str) -> int:
        return self.stoi.get(s, 1)

    def __len__(self) -> int:
        return len(self.itos)


class Encoder:
    """Token ids for one sentence: word (lower case), chars, case class, cap bucket, cluster, gazetteer."""

    def __init__(self, words: list[str], train_sents, lower: bool, use_feats: bool) -> None:
        self.lower, self.use_feats = lower, use_feats
        self.fm = feature_maker()
        self.word = Vocab(words)
        self.char = Vocab((c for toks, _ in train_sents for t in toks for c in t), min_count=2)
        self.cap = Vocab(["rare", "0", "lo", "mid", "hi", "all", "none"])
        self.clu = Vocab(v[2] for v in self.fm.clusters.values())
        self.gaz = Vocab(f"{p}-{t}" for p in "BI" for t in ("PER", "ORG", "LOC", "GPE", "MISC", "NORP"))
        self.shape = Vocab((_shape(t) for toks, _ in train_sents for t in toks), min_count=3)

    def encode(self, toks: list[str]):
        if self.lower:
            toks = [t.lower() for t in toks]
        lows = [t.lower() for t in toks]
        w = [self.word(t) for t in lows]
        ch = [[self.char(c) for c in t[:20]] for t in toks]
        cl = self.fm.clusters
        feats = [[case_class(t) if not self.lower else 0,
                  self.cap(cl.get(lo, ("", "", "", "none"))[3]),
                  self.clu(cl.get(lo, ("", "", "none", ""))[2]),
                  self.shape(_shape(t)) if not self.lower else 0]
                 for t, lo in zip(toks, lows, strict=True)]
        gz = [self.gaz(g) if g else 0 for g in gazetteer_tags(lows, self.fm.gazetteer)]
        for f, g in zip(feats, gz, strict=True):
            f.append(g)
        return w, ch, feats


# ---------------------------------------------------------------- model (torch)

def build_model(enc: Encoder, vectors: np.ndarray | None, args):
    import torch
    from torch import nn

    n_tags = len(TAGS)

    class Tagger(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            dim = vectors.shape[1] if vectors is not None else args.wdim
            self.wemb = nn.Embedding(len(enc.word), dim, padding_idx=0)
            if vectors is not None:
                self.wemb.weight.data[2:2 + len(vectors)] = torch.from_numpy(vectors)
                self.wemb.weight.data[0] = 0
                self.wemb.weight.requires_grad = not args.freeze
            self.cemb = nn.Embedding(len(enc.char), args.cdim, padding_idx=0)
            self.conv = nn.Conv1d(args.cdim, args.cfilters, 3, padding=1)
            fdims = [(6, 4), (len(enc.cap), 4), (len(enc.clu), 16), (len(enc.shape), 8), (len(enc.gaz), 8)]
            self.fembs = nn.ModuleList(nn.Embedding(n, d) for n, d in fdims)
            in_dim = dim + args.cfilters + (sum(d for _, d in fdims) if enc.use_feats else 0)
            in_dim += len(TAGS) if args.marginals else 0
            self.drop = nn.Dropout(args.dropout)
            self.lstm = nn.LSTM(in_dim, args.hidden, batch_first=True, bidirectional=True)
            self.out = nn.Linear(2 * args.hidden, n_tags)
            self.trans = nn.Parameter(torch.zeros(n_tags, n_tags))  # [from, to]
            self.start = nn.Parameter(torch.zeros(n_tags))
            self.end = nn.Parameter(torch.zeros(n_tags))

        def emissions(self, w, ch, f, lengths, mg=None):
            B, T = w.shape
            if self.training and args.word_dropout:
                w = w.masked_fill((torch.rand(w.shape) < args.word_dropout) & (w > 0), 1)
            x = [self.wemb(w)]
            c = self.cemb(ch.view(B * T, -1)).transpose(1, 2)  # (BT, cdim, L)
            c = torch.relu(self.conv(c))  # max over the word's own characters only
            c = c.masked_fill((ch.view(B * T, 1, -1) == 0), -1e4).max(dim=2).values
            c = c.clamp(min=0).view(B, T, -1)
            x.append(c)
            if enc.use_feats:
                x += [e(f[:, :, i]) for i, e in enumerate(self.fembs)]
            if mg is not None:
                x.append(mg)
            x = self.drop(torch.cat(x, dim=-1))
            packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
            h, _ = self.lstm(packed)
            h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=T)
            return self.out(self.drop(h))

        def nll(self, em, y, mask):
            # log partition
            B, T, K = em.shape
            alpha = self.start + em[:, 0]
            for t in range(1, T):
                nxt = torch.logsumexp(alpha.unsqueeze(2) + self.trans + em[:, t].unsqueeze(1), dim=1)
                m = mask[:, t].unsqueeze(1)
                alpha = torch.where(m, nxt, alpha)
            logz = torch.logsumexp(alpha + self.end, dim=1)
            # gold path score
            s = self.start[y[:, 0]] + em[:, 0].gather(1, y[:, :1]).squeeze(1)
            for t in range(1, T):
                step = self.trans[y[:, t - 1], y[:, t]] + em[:, t].gather(1, y[:, t:t + 1]).squeeze(1)
                s = s + step * mask[:, t]
            last = y.gather(1, (mask.sum(1) - 1).unsqueeze(1)).squeeze(1)
            s = s + self.end[last]
            return (logz - s).sum()

    return Tagger()


def batchify(items, enc_rows, torch):
    rows = [enc_rows[i] for i in items]
    B, T = len(rows), max(len(r[0]) for r in rows)
    L = max(len(c) for r in rows for c in r[1])
    w = torch.zeros(B, T, dtype=torch.long)
    ch = torch.zeros(B, T, max(L, 3), dtype=torch.long)
    f = torch.zeros(B, T, 5, dtype=torch.long)
    y = torch.zeros(B, T, dtype=torch.long)
    mask = torch.zeros(B, T, dtype=torch.bool)
    mg = torch.zeros(B, T, len(TAGS)) if rows[0][4] is not None else None
    for b, (wi, ci, fi, yi, mi) in enumerate(rows):
        n = len(wi)
        w[b, :n] = torch.tensor(wi)
        f[b, :n] = torch.tensor(fi)
        y[b, :n] = torch.tensor(yi)
        mask[b, :n] = True
        if mg is not None:
            mg[b, :n] = torch.from_numpy(mi)
        for t, cc in enumerate(ci):
            if cc:
                ch[b, t, :len(cc)] = torch.tensor(cc)
    return w, ch, f, y, mask, torch.tensor([len(r[0]) for r in rows]), mg


def viterbi(em: np.ndarray, trans: np.ndarray, start: np.ndarray, end: np.ndarray) -> list[int]:
    n, _ = em.shape
    score = start + em[0]
    back = []
    for t in range(1, n):
        cand = score[:, None] + trans
        back.append(cand.argmax(0))
        score = cand.max(0) + em[t]
    best = [int((score + end).argmax())]
    for bp in reversed(back):
        best.append(int(bp[best[-1]]))
    return best[::-1]


def _lse(a: np.ndarray, axis: int) -> np.ndarray:
    m = a.max(axis=axis, keepdims=True)
    return (m + np.log(np.exp(a - m).sum(axis=axis, keepdims=True))).squeeze(axis)


def posteriors(em: np.ndarray, trans: np.ndarray, start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """Per-token tag marginals of the CRF layer (forward-backward in log space)."""
    n, k = em.shape
    alpha = np.empty((n, k))
    beta = np.zeros((n, k))
    alpha[0] = start + em[0]
    for t in range(1, n):
        alpha[t] = _lse(alpha[t - 1][:, None] + trans, 0) + em[t]
    beta[-1] = end
    for t in range(n - 2, -1, -1):
        beta[t] = _lse(trans + (em[t + 1] + beta[t + 1])[None, :], 1)
    post = alpha + beta
    return np.exp(post - _lse(post, 1)[:, None])


def ensemble_check(model, dev_rows, dev, marg_path: Path, torch, dump: Path | None = None) -> None:
    """Average the NN's and the CRF's tag marginals on dev (fixed weights, nothing fitted on dev)."""
    marg = np.load(marg_path)
    model.eval()
    trans, start, end = (p.detach().numpy().astype(np.float64) for p in (model.trans, model.start, model.end))
    nn_post = []
    with torch.no_grad():
        for i in range(0, len(dev_rows), 256):
            idx = list(range(i, min(i + 256, len(dev_rows))))
            w, ch, f, _, _, lengths, mg = batchify(idx, dev_rows, torch)
            em = model.emissions(w, ch, f, lengths, mg).numpy().astype(np.float64)
            nn_post += [posteriors(em[b, :n], trans, start, end) for b, n in enumerate(lengths.tolist())]
    gold = [y for _, y in dev]
    if dump:
        np.savez_compressed(dump, **{f"dev_{i}": p for i, p in enumerate(nn_post)})
    for wt in (0.0, 0.3, 0.5, 0.7, 1.0):
        pred = [[TAGS[k] for k in (wt * p + (1 - wt) * marg[f"dev_{i}"]).argmax(1)]
                for i, p in enumerate(nn_post)]
        print(f"ensemble NN weight {wt}: " + fmt(score(gold, pred)), flush=True)


def predict(model, enc_rows, torch, batch: int = 256):
    model.eval()
    trans, start, end = (p.detach().numpy() for p in (model.trans, model.start, model.end))
    out = []
    with torch.no_grad():
        for i in range(0, len(enc_rows), batch):
            idx = list(range(i, min(i + batch, len(enc_rows))))
            w, ch, f, _, _, lengths, mg = batchify(idx, enc_rows, torch)
            em = model.emissions(w, ch, f, lengths, mg).numpy()
            for b, n in enumerate(lengths.tolist()):
                out.append([TAGS[k] for k in viterbi(em[b, :n], trans, start, end)])
    return out


# ---------------------------------------------------------------- numpy forward pass (no torch)

def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * (np.tanh(0.5 * x) + 1.0)


def _bilstm(proj: np.ndarray, wh: tuple[np.ndarray, np.ndarray], H: int) -> list[np.ndarray]:
    """Hidden states (B, T, H) of both LSTM directions from their input projections ``proj``
    (B, T, 8H: forward gates, then the backward ones over the reversed sentence; PyTorch's i, f, g, o
    gate order)."""
    B, T, _ = proj.shape
    outs = []
    for d in range(2):
        h = np.zeros((B, H), dtype=proj.dtype)
        c = np.zeros((B, H), dtype=proj.dtype)
        hs = np.empty((B, T, H), dtype=proj.dtype)
        p = proj[:, :, 4 * H * d:4 * H * (d + 1)]
        for t in range(T):
            g = p[:, t] + h @ wh[d]
            sg = _sigmoid(g)
            c = sg[:, H:2 * H] * c + sg[:, :H] * np.tanh(g[:, 2 * H:3 * H])
            h = sg[:, 3 * H:] * np.tanh(c)
            hs[:, t] = h
        outs.append(hs)
    return outs


class NumpyTagger:
    """The trained BiLSTM-CRF run with numpy only: what kabar would ship if the network won."""

    def __init__(self, weights: dict[str, np.ndarray], enc: Encoder, dtype=np.float32) -> None:
        self.w = {k: v.astype(dtype) for k, v in weights.items()}
        self.enc = enc
        self._char_cache: dict[str, np.ndarray] = {}
        w = self.w
        self.hidden = w["lstm.weight_hh_l0"].shape[1]
        # fold the input projection of each direction into one matrix
        self.wi = np.concatenate([w["lstm.weight_ih_l0"], w["lstm.weight_ih_l0_reverse"]]).T.copy()
        self.bi = np.concatenate([w["lstm.bias_ih_l0"] + w["lstm.bias_hh_l0"],
                                  w["lstm.bias_ih_l0_reverse"] + w["lstm.bias_hh_l0_reverse"]])
        self.wh = (w["lstm.weight_hh_l0"].T.copy(), w["lstm.weight_hh_l0_reverse"].T.copy())
        self.conv = w["conv.weight"]  # (F, C, 3)
        self.conv_flat = self.conv.transpose(2, 1, 0).reshape(-1, self.conv.shape[0])  # (3C, F)

    def _chars(self, tok: str, ids: list[int]) -> np.ndarray:
        v = self._char_cache.get(tok)
        if v is None:
            e = self.w["cemb.weight"][ids] if ids else np.zeros((0, self.conv.shape[1]), np.float32)
            L = len(ids)
            x = np.zeros((L + 2, e.shape[1]), dtype=e.dtype)
            x[1:1 + len(ids)] = e
            win = np.concatenate([x[:-2], x[1:-1], x[2:]], axis=1)  # (L, 3C)
            v = np.maximum(win @ self.conv_flat + self.w["conv.bias"], 0).max(0) if L else \
                np.zeros(self.conv.shape[0], dtype=e.dtype)
            self._char_cache[tok] = v
        return v

    def _inputs(self, toks: list[str]) -> np.ndarray:
        enc, w = self.enc, self.w
        wi, ci, fi = enc.encode(toks)
        src = [t.lower() for t in toks] if enc.lower else toks
        parts = [w["wemb.weight"][wi], np.stack([self._chars(t, c) for t, c in zip(src, ci, strict=True)])]
        if enc.use_feats:
            f = np.asarray(fi)
            parts += [w[f"fembs.{i}.weight"][f[:, i]] for i in range(f.shape[1])]
        return np.concatenate(parts, axis=1)

    def tag_batch(self, sents: list[list[str]]) -> list[list[str]]:
        H = self.hidden
        xs = [self._inputs(s) for s in sents]
        lens = [len(x) for x in xs]
        B, T = len(xs), max(lens)
        proj = np.zeros((B, T, 8 * H), dtype=self.wi.dtype)
        flat = np.concatenate(xs) @ self.wi + self.bi
        o = 0
        for b, n in enumerate(lens):
            proj[b, :n, :4 * H] = flat[o:o + n, :4 * H]
            proj[b, :n, 4 * H:] = flat[o:o + n, 4 * H:][::-1]  # reverse direction, reversed in place
            o += n
        outs = _bilstm(proj, self.wh, H)
        res = []
        W, bias = self.w["out.weight"].T, self.w["out.bias"]
        trans, start, end = self.w["trans"], self.w["start"], self.w["end"]
        for b, n in enumerate(lens):
            hcat = np.concatenate([outs[0][b, :n], outs[1][b, :n][::-1]], axis=1)
            em = hcat @ W + bias
            res.append([TAGS[k] for k in viterbi(em, trans, start, end)])
        return res

    def tag_all(self, sents: list[list[str]], batch: int = 64) -> list[list[str]]:
        order = sorted(range(len(sents)), key=lambda i: len(sents[i]))
        out: list[list[str]] = [[] for _ in sents]
        for i in range(0, len(order), batch):
            idx = order[i:i + batch]
            for j, tags in zip(idx, self.tag_batch([sents[k] for k in idx]), strict=True):
                out[j] = tags
        return out


class FastNumpyTagger(NumpyTagger):
    """NumpyTagger with the per-word part of the input projection cached by token (word vector,
    char-CNN, case/cap/cluster/shape embeddings are context-free: only the gazetteer tag is not),
    and Viterbi run over the whole batch at once."""

    def __init__(self, weights: dict[str, np.ndarray], enc: Encoder, dtype=np.float32) -> None:
        super().__init__(weights, enc, dtype)
        self._proj_cache: dict[str, np.ndarray] = {}
        gdim = self.w["fembs.4.weight"].shape[1] if enc.use_feats else 0
        self.wi_word = self.wi[:self.wi.shape[0] - gdim]
        self.gaz_proj = self.w["fembs.4.weight"] @ self.wi[self.wi.shape[0] - gdim:] if gdim else None

    def _word_proj(self, tok: str, lower_tok: str) -> np.ndarray:
        v = self._proj_cache.get(tok)
        if v is None:
            enc, w = self.enc, self.w
            wi, ci, fi = enc.encode([tok])
            src = lower_tok if enc.lower else tok
            parts = [w["wemb.weight"][wi[0]], self._chars(src, ci[0])]
            if enc.use_feats:
                parts += [w[f"fembs.{i}.weight"][fi[0][i]] for i in range(4)]
            v = self._proj_cache[tok] = np.concatenate(parts) @ self.wi_word + self.bi
        return v

    def tag_batch(self, sents: list[list[str]]) -> list[list[str]]:
        H = self.hidden
        enc = self.enc
        lens = [len(x) for x in sents]
        B, T = len(sents), max(lens)
        proj = np.zeros((B, T, 8 * H), dtype=self.wi.dtype)
        for b, toks in enumerate(sents):
            lows = [t.lower() for t in toks]
            keys = lows if enc.lower else toks
            x = np.stack([self._word_proj(k, lo) for k, lo in zip(keys, lows, strict=True)])
            if self.gaz_proj is not None:
                g = [enc.gaz(t) if t else 0 for t in gazetteer_tags(lows, enc.fm.gazetteer)]
                x = x + self.gaz_proj[g]
            n = len(toks)
            proj[b, :n, :4 * H] = x[:, :4 * H]
            proj[b, :n, 4 * H:] = x[::-1, 4 * H:]
        outs = _bilstm(proj, self.wh, H)
        rev = np.empty_like(outs[1])
        for b, n in enumerate(lens):
            rev[b, :n] = outs[1][b, :n][::-1]
        em = np.concatenate([outs[0], rev], axis=2) @ self.w["out.weight"].T + self.w["out.bias"]
        return [[TAGS[k] for k in path[:n]] for path, n in zip(batch_viterbi(
            em, np.asarray(lens), self.w["trans"], self.w["start"], self.w["end"]), lens, strict=True)]


def batch_viterbi(em: np.ndarray, lens: np.ndarray, trans, start, end) -> np.ndarray:
    B, T, K = em.shape
    score = start + em[:, 0]
    back = np.empty((T, B, K), dtype=np.int64)
    ident = np.broadcast_to(np.arange(K), (B, K))
    for t in range(1, T):
        cand = score[:, :, None] + trans  # (B, from, to)
        bp = cand.argmax(1)
        new = np.take_along_axis(cand, bp[:, None, :], 1)[:, 0] + em[:, t]
        live = (t < lens)[:, None]
        score = np.where(live, new, score)
        back[t] = np.where(live, bp, ident)
    best = np.empty((B, T), dtype=np.int64)
    cur = (score + end).argmax(1)
    best[:, T - 1] = cur
    rows = np.arange(B)
    for t in range(T - 1, 0, -1):
        cur = back[t][rows, cur]
        best[:, t - 1] = cur
    return best


def numpy_check(model, enc: Encoder, dev, dtype) -> None:
    weights = {k: v.detach().numpy() for k, v in model.state_dict().items()}
    sents = [x for x, _ in dev]
    n_tok = sum(map(len, sents))
    for cls in (NumpyTagger, FastNumpyTagger):
        nt = cls(weights, enc, dtype)
        for rep in range(2):  # pass 1 with cold caches, pass 2 warm (as in a long-running ingest)
            t0 = time.perf_counter()
            pred = nt.tag_all(sents, batch=128)
            dt = time.perf_counter() - t0
            print(f"{cls.__name__} {np.dtype(dtype).name} pass {rep + 1}: {n_tok / dt:.0f} tok/s "
                  "(incl. encoding), " + fmt(score([y for _, y in dev], pred)), flush=True)


def run(args) -> None:
    import torch
    torch.set_num_threads(1)
    torch.manual_seed(args.seed)
    random.seed(args.seed)
    train = load(args.train)
    dev = load(args.dev)
    if args.lower:
        train = [([t.lower() for t in x], y) for x, y in train]
    words, vecs = read_vectors(args.vectors) if args.vectors else ([], None)
    train_words = {t.lower() for x, _ in train for t in x}
    vocab_words = words + sorted(train_words - set(words))
    enc = Encoder([], train, args.lower, args.feats)
    enc.word.itos = ["<pad>", "<unk>"] + vocab_words
    enc.word.stoi = {s: i for i, s in enumerate(enc.word.itos)}
    if vecs is not None:
        shape = (len(vocab_words) - len(words), vecs.shape[1])
        extra = np.random.default_rng(args.seed).normal(0, vecs.std(), shape)
        vecs = np.concatenate([vecs, extra.astype(np.float32)])

    marg = np.load(args.marginals) if args.marginals else None

    def rows(data, part):
        out = []
        for i, (x, y) in enumerate(data):
            w, ch, f = enc.encode(x)
            mi = marg[f"{part}_{i}"] if marg is not None else None
            out.append((w, ch, f, [TAGS.index(t) for t in y], mi))
        return out

    order = list(range(len(train)))
    random.Random(args.seed).shuffle(order)
    n_hold = int(len(train) * args.holdout)
    hold_idx, fit_idx = order[:n_hold], order[n_hold:]
    train_rows = rows(train, "train")
    dev_rows = rows(dev, "dev")
    model = build_model(enc, vecs, args)
    opt = torch.optim.Adam(model.parameters(), lr=args.lr)
    n_params = sum(p.numel() for p in model.parameters())
    print(f"params {n_params} ({n_params * 4 / 1e6:.1f} MB fp32), emb rows {len(enc.word)}", flush=True)
    best, best_state, best_ep = -1.0, None, 0
    t_train = time.perf_counter()
    if args.load:
        model.load_state_dict(torch.load(args.load, weights_only=False)["state"])  # our own file
        args.epochs = 0
    for ep in range(1, args.epochs + 1):
        model.train()
        random.shuffle(fit_idx)
        t0, tot = time.perf_counter(), 0.0
        for i in range(0, len(fit_idx), args.batch):
            w, ch, f, y, mask, lengths, mg = batchify(fit_idx[i:i + args.batch], train_rows, torch)
            em = model.emissions(w, ch, f, lengths, mg)
            loss = model.nll(em, y, mask) / len(lengths)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            opt.step()
            tot += loss.item()
        msg = f"ep {ep} loss {tot:.1f} {time.perf_counter() - t0:.0f}s"
        if hold_idx:
            sub = [train_rows[i] for i in hold_idx]
            res = score([[TAGS[k] for k in r[3]] for r in sub], predict(model, sub, torch))
            msg += f" holdout F1 {res['micro'][2]:.3f}"
            if res["micro"][2] > best:
                best, best_ep = res["micro"][2], ep
                best_state = {k: v.clone() for k, v in model.state_dict().items()}
        if args.show_dev:
            msg += " | dev " + fmt(score([y for _, y in dev], predict(model, dev_rows, torch)))
        print(msg, flush=True)
        if hold_idx and ep - best_ep >= args.patience:
            break
    train_s = time.perf_counter() - t_train
    if best_state is not None:
        model.load_state_dict(best_state)
    print(f"train {train_s:.0f}s, best epoch {best_ep} (holdout {best:.3f})")
    t0 = time.perf_counter()
    pred = predict(model, dev_rows, torch)
    dt = time.perf_counter() - t0
    n_tok = sum(len(x) for x, _ in dev)
    print(f"DEV {args.dev.name}: " + fmt(score([y for _, y in dev], pred)))
    print(f"torch inference (encoded input, batch 256): {n_tok / dt:.0f} tok/s")
    if args.ensemble_with:
        ensemble_check(model, dev_rows, dev, args.ensemble_with, torch, args.dump_posteriors)
    if not args.marginals:
        numpy_check(model, enc, dev, np.float32)
    if args.save:
        saved_args = {k: str(v) for k, v in vars(args).items()}
        torch.save({"state": model.state_dict(), "args": saved_args}, args.save)
        # fp16 numpy size estimate
        print(f"saved {args.save}; fp16 size {n_params * 2 / 1e6:.1f} MB")
        with open(str(args.save) + ".json", "w") as fh:
            json.dump({"itos": enc.word.itos, "char": enc.char.itos}, fh)


def combine(dev_path: Path, files: list[Path], weights: list[float] | None) -> None:
    """Average the dev marginals of several models (--dump-posteriors / marginals outputs)."""
    dev = load(dev_path)
    arrays = [np.load(f) for f in files]
    weights = weights or [1 / len(files)] * len(files)
    pred = [[TAGS[k] for k in sum(w * a[f"dev_{i}"] for w, a in zip(weights, arrays, strict=True)).argmax(1)]
            for i in range(len(dev))]
    print("average of " + ", ".join(f"{w:.2f}×{f.name}" for w, f in zip(weights, files, strict=True)) + ": "
          + fmt(score([y for _, y in dev], pred)))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    v = sub.add_parser("vectors", help="train word vectors on unlabelled news")
    v.add_argument("data", type=Path, help="../shared/data")
    v.add_argument("--out", type=Path, required=True)
    v.add_argument("--dim", type=int, default=100)
    v.add_argument("--kind", choices=("word2vec", "fasttext"), default="word2vec")
    m = sub.add_parser("marginals", help="CRF marginals for stacking (k-fold on train)")
    m.add_argument("train", type=Path)
    m.add_argument("dev", type=Path)
    m.add_argument("--out", type=Path, required=True)
    m.add_argument("--lower", action="store_true")
    m.add_argument("--folds", type=int, default=5)
    m.add_argument("--c1", type=float, default=0.1)
    m.add_argument("--model", type=Path, help="use this trained CRF for the dev marginals (no refit)")
    c = sub.add_parser("combine", help="score an average of saved dev marginals")
    c.add_argument("dev", type=Path)
    c.add_argument("files", type=Path, nargs="+")
    c.add_argument("--weights", type=float, nargs="+")
    t = sub.add_parser("train", help="train a BiLSTM-CRF and score it")
    t.add_argument("train", type=Path)
    t.add_argument("dev", type=Path)
    t.add_argument("--vectors", type=Path)
    t.add_argument("--lower", action="store_true")
    t.add_argument("--feats", action="store_true", help="cap bucket, cluster, shape, gazetteer inputs")
    t.add_argument("--epochs", type=int, default=30)
    t.add_argument("--patience", type=int, default=6)
    t.add_argument("--holdout", type=float, default=0.1)
    t.add_argument("--batch", type=int, default=16)
    t.add_argument("--lr", type=float, default=2e-3)
    t.add_argument("--hidden", type=int, default=100)
    t.add_argument("--wdim", type=int, default=100)
    t.add_argument("--cdim", type=int, default=25)
    t.add_argument("--cfilters", type=int, default=50)
    t.add_argument("--dropout", type=float, default=0.5)
    t.add_argument("--seed", type=int, default=1)
    t.add_argument("--show-dev", action="store_true")
    t.add_argument("--freeze", action="store_true", help="keep the pretrained word vectors fixed")
    t.add_argument("--word-dropout", type=float, default=0.0, help="replace words by <unk> in training")
    t.add_argument("--marginals", type=Path, help="CRF marginals .npz from the marginals command")
    t.add_argument("--save", type=Path)
    t.add_argument("--ensemble-with", type=Path, help="CRF marginals .npz: also score NN+CRF averages")
    t.add_argument("--dump-posteriors", type=Path, help="with --ensemble-with: write the NN's dev marginals")
    t.add_argument("--load", type=Path, help="skip training: load a saved model (same options)")
    args = ap.parse_args(argv)
    if args.cmd == "vectors":
        train_vectors(args.data, args.out, args.dim, args.kind)
    elif args.cmd == "combine":
        combine(args.dev, args.files, args.weights)
    elif args.cmd == "marginals":
        crf_marginals(args.train, args.dev, args.out, args.lower, args.folds, args.c1, args.model)
    else:
        run(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
