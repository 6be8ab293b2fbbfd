"""Sentence similarity for aligning what several articles say: content words, lightly stemmed."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from kabar.lang.stem import stem
from kabar.lang.stopwords import STOPWORDS

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


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


# Figures: "1.960,3" (Indonesian), "1,960.3" (English), "13,2 triliun" / "13.2 trillion" (a scale
# word multiplies). A figure keeps its precision, so that a rounded report of the same figure
# (35,04 juta / 35 juta, 3,352 / 3,35, Rp 13.255.244.538.149 / Rp 13,2 triliun) still agrees.
_FIGURE = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)*)(?:\s*(ribu|thousand|juta|million|miliar|milyar|billion|"
                     r"triliun|trillion|kuadriliun|quadrillion)\b)?", re.IGNORECASE)
SCALES = {"ribu": 1e3, "thousand": 1e3, "juta": 1e6, "million": 1e6, "miliar": 1e9, "milyar": 1e9,
          "billion": 1e9, "triliun": 1e12, "trillion": 1e12, "kuadriliun": 1e15, "quadrillion": 1e15}


def readings(token: str) -> list[tuple[float, int]]:
    """Value and number of decimals. Two kinds of separator: the last one is the decimal mark;
    one kind repeated groups thousands; a lone separator before exactly three digits may be
    either ("1.700" people, "skor 3,225"), so both readings are kept."""
    seps = [c for c in token if c in ".,"]
    if not seps:
        return [(float(token), 0)]
    if len(set(seps)) == 2:
        mark = token[max(token.rfind("."), token.rfind(","))]
        whole, frac = token.rsplit(mark, 1)
        return [(float(whole.replace(".", "").replace(",", "") + "." + frac), len(frac))]
    if len(seps) > 1:
        return [(float(token.replace(seps[0], "")), 0)]
    whole, frac = token.split(seps[0])
    decimal = (float(f"{whole}.{frac}"), len(frac))
    return [(float(whole + frac), 0), decimal] if len(frac) == 3 else [decimal]


Figure = tuple[tuple[float, float], ...]  # its readings, each (value, last significant unit)


@lru_cache(maxsize=50_000)
def figures(text: str) -> tuple[Figure, ...]:
    """The figures a sentence states: "13,2 triliun" → ((13.2e12, 1e11),); dates and times count
    too ("20/10/2025" → 20, 10, 2025)."""
    out = []
    for m in _FIGURE.finditer(text):
        scale = SCALES.get((m.group(2) or "").lower(), 1.0)
        out.append(tuple((value * scale, 10.0 ** -decimals * scale) for value, decimals in readings(m.group(1))))
    return tuple(out)


# "Senin (20/10/2025)": a day in brackets dates the report or its citation ("Dilansir AFP, Minggu
# (19/10/2025)"), not a figure of what is reported
_BRACKETED_DAY = re.compile(r"\(\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*\)")


@lru_cache(maxsize=50_000)  # the timeline asks it of every entry for every new sentence
def stated_figures(text: str) -> tuple[Figure, ...]:
    """The figures of what a sentence reports: :func:`figures` less a day in brackets."""
    return figures(_BRACKETED_DAY.sub(" ", text))


def agree(a: Figure, b: Figure) -> bool:
    """The same figure, or the more precise one rounds (or truncates) to the other."""
    for x, ux in a:
        for y, uy in b:
            if x == y or (ux != uy and abs(x - y) < max(ux, uy) * (1 - 1e-9)):
                return True
    return False


def figure_mismatch(a: Sequence[Figure], b: Sequence[Figure]) -> float:
    """Share of the figures of the sentence stating fewer that the other does not state (0 when
    either states none): two reports of one template with other figures ("defisit 1,35% PDB" /
    "defisit 1,56% PDB") are different claims however alike their words."""
    if not a or not b:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    return 1 - sum(any(agree(x, y) for y in b) for x in a) / len(a)
