"""Fit the summary's sentence-relevance weights (kabar.story.summary.WEIGHTS) on IndoSum.

    python train/summary_weights.py ../shared/data/summarization/indosum/indosum_dev_pool.jsonl

A logistic regression predicts IndoSum's gold extractive labels from the features kabar computes
for every claim (kabar.story.summary.features). It is fitted on the first half of the dev pool
only; eval/summary.py reports ROUGE on the second half (--skip), which the fit never saw.
Prints the weights to paste into kabar/story/summary.py.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))

from summary import article_of  # noqa: E402

from kabar.story.claims import align_claims  # noqa: E402
from kabar.story.summary import FEATURES, centroid_of, features  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", type=Path)
    ap.add_argument("--half", type=int, default=1356, help="articles to fit on (the first half of 2,713)")
    args = ap.parse_args()
    X, y = [], []
    with args.data.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= args.half:
                break
            d = json.loads(line)
            art, sents, labels = article_of(d)
            claims = align_claims([art])
            if not claims:
                continue
            centre = centroid_of(claims)
            gold = [t for t, lab in zip(sents, labels, strict=False) if lab]
            for c in claims:
                text = c.sentences[0].text
                X.append(features(c, centre))
                y.append(any(text in g or g in text for g in gold))
    model = LogisticRegression(max_iter=2000).fit(np.array(X, dtype=float), np.array(y))
    print(f"fitted on {len(y)} sentences of {args.half} articles (positives {np.mean(y):.3f})")
    weights = {name: round(float(w), 3) for name, w in zip(FEATURES, model.coef_[0], strict=True)}
    print(f"WEIGHTS = {weights}")
    print(f"BIAS = {round(float(model.intercept_[0]), 3)}")


if __name__ == "__main__":
    main()
