"""Word classes for the NER features, from unlabelled Indonesian news; written into the package.

    .venv/bin/python train/clusters.py ../shared/data [--out src/kabar/models/ner_clusters.tsv]

Reads (at run time, never committed) IndoSum's articles, the detik1000 bodies, and the tokens
(not the labels) of the NER *training* splits; dev/valid text is never used. For each word seen
at least ``--min-count`` times it writes:
  * cluster ids at three granularities: k-means over PPMI-SVD context vectors (left and right
    neighbours), a cheap stand-in for Brown clusters;
  * a capitalisation bucket: how often the word is capitalised in cased text away from the start
    of a sentence — what lets the case-free model tell "manado" is a name.
Deterministic (fixed seeds); well under a minute on one core.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.cluster import KMeans
from sklearn.decomposition import TruncatedSVD

from kabar.nlp.ner import CLUSTER_FILE, cap_bucket, read_conll
from kabar.nlp.tokens import split_sentences, tokenize

ROOT = Path(__file__).resolve().parent.parent
# Granularities calibrated on idner dev / NERP valid (eval/ner.py): coarse, middle, fine.
SIZES = (64, 256, 1024)


def indosum(path: Path, skip: frozenset[str] = frozenset()) -> Iterator[list[str]]:
    """IndoSum's tokenised sentences, article after article (but the articles whose ids are in ``skip``)."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["id"] not in skip:
                for para in rec["paragraphs"]:
                    yield from para


def detik(path: Path, skip: frozenset[str] = frozenset()) -> Iterator[list[str]]:
    """detik1000's bodies as kabar splits and tokenizes them (but the rows whose ids are in ``skip``)."""
    csv.field_size_limit(1 << 30)
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if skip and str(int(row["id"])) in skip:
                continue
            body = row.get("isi_berita") or ""
            for sent in split_sentences(body):
                yield [t.text for t in tokenize(sent.text)]


def conll(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8") as fh:
        for sent in read_conll(fh):
            yield [cols[0] for cols in sent]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", type=Path, help="../shared/data")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "kabar" / "models" / CLUSTER_FILE)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--contexts", type=int, default=3000)
    ap.add_argument("--dims", type=int, default=100)
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    cased = [
        *indosum(args.data / "summarization" / "indosum" / "indosum_dev_pool.jsonl"),
        *detik(args.data / "news" / "detik1000" / "data_berita.csv"),
        *conll(args.data / "ner" / "idner-news-2k" / "train.txt"),
    ]
    lower = list(conll(args.data / "ner" / "nerp" / "train_preprocess.txt"))
    sents = [[w.lower() for w in s] for s in cased] + lower
    counts = Counter(w for s in sents for w in s)
    vocab = sorted(w for w, c in counts.items() if c >= args.min_count)
    index = {w: i for i, w in enumerate(vocab)}
    ctx_words = [w for w, _ in counts.most_common(args.contexts)]
    ctx = {w: i for i, w in enumerate(ctx_words)}
    nctx = len(ctx_words)
    rows, cols = [], []
    for s in sents:
        padded = ["<s>", *s, "</s>"]
        for i in range(1, len(padded) - 1):
            r = index.get(padded[i])
            if r is None:
                continue
            for off, slot in ((-1, 0), (1, 1), (-2, 2), (2, 3)):
                j = i + off
                c = ctx.get(padded[j]) if 0 <= j < len(padded) else None
                if c is not None:
                    rows.append(r)
                    cols.append(slot * nctx + c)
    m = sparse.coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(vocab), 4 * nctx)).tocsr()
    m.sum_duplicates()
    total = m.sum()
    pr = np.asarray(m.sum(axis=1)).ravel() / total
    pc = np.asarray(m.sum(axis=0)).ravel() / total
    m = m.tocoo()
    pmi = np.log(m.data / total / (pr[m.row] * pc[m.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape)
    vecs = TruncatedSVD(args.dims, random_state=0).fit_transform(ppmi)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-9
    labels = [KMeans(k, n_init=1, random_state=0, max_iter=50).fit_predict(vecs) for k in SIZES]

    caps: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for s in cased:
        for i, w in enumerate(s):
            if i == 0 or s[i - 1] in {".", "!", "?", '"', "“", ":"} or not w[:1].isalpha():
                continue
            low = w.lower()
            seen[low] += 1
            caps[low] += w[:1].isupper()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for i, w in enumerate(vocab):
            ids = "\t".join(str(lab[i]) for lab in labels)
            fh.write(f"{w}\t{ids}\t{cap_bucket(caps[w], seen[w])}\n")
    print(f"{len(vocab)} words from {sum(counts.values())} tokens in {time.perf_counter() - t0:.0f}s "
          f"→ {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
