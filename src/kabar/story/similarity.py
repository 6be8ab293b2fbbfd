"""Sentence similarity for aligning what several articles say: content words, lightly stemmed."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from kabar.lang.stopwords import STOPWORDS

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


@lru_cache(maxsize=1)
def _stemmer():
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Indonesian root (Sastrawi: "merendam"/"terendam" → "rendam"); English plural -s dropped.

    Paraphrases across outlets differ mostly in affixes; without stemming, claims in the sample
    corpus that said the same thing did not align.
    """
    if word.isascii() and len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return _stemmer().stem(word) or word


def content_words(text: str) -> list[str]:
    return [stem(w) for w in _WORD.findall(text.lower()) if w not in STOPWORDS and len(w) > 1]


def idf_table(docs: Sequence[list[str]]) -> dict[str, float]:
    df: Counter[str] = Counter()
    for words in docs:
        df.update(set(words))
    n = len(docs)
    return {w: math.log((n + 1) / (c + 1)) + 1 for w, c in df.items()}


def tfidf(words: list[str], idf: dict[str, float]) -> dict[str, float]:
    counts = Counter(words)
    vec = {w: (1 + math.log(c)) * idf.get(w, 1.0) for w, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in vec.values()))
    return {w: v / norm for w, v in vec.items()} if norm else {}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(w, 0.0) for w, v in a.items())
