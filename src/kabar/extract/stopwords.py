"""Stopword ratio of a line, over justext's Indonesian and English stoplists (loaded on first use)."""

from __future__ import annotations

import re
from functools import lru_cache

_WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@lru_cache(maxsize=1)
def stoplist() -> frozenset[str]:
    import justext

    return frozenset(justext.get_stoplist("Indonesian") | justext.get_stoplist("English"))


def stopword_ratio(text: str) -> float:
    words = _WORD_RE.findall(text.lower())
    if not words:
        return 0.0
    stops = stoplist()
    return sum(w in stops for w in words) / len(words)
