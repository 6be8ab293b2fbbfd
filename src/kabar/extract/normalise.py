"""Normalise text for NLP, with a map from normalised offsets back to the original text.

Article bodies keep the outlet's own spelling (auditable); NLP stages run on
``normalise_with_map(article.body).text`` and map their spans back with ``.to_original``.

What changes: curly quotes → straight, en/em dashes → "-", NBSP/tabs/space runs → one space,
zero-width characters removed, CRLF → LF, and Indonesian affixes/clitics split by a stray hyphen
are joined ("di-jadwalkan" → "dijadwalkan", "sebelum-nya" → "sebelumnya"), while reduplication and
real compounds keep theirs ("kupu-kupu", "Bangsa-Bangsa", "ke-2", "se-Indonesia").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_CHAR_MAP = str.maketrans({
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2015": "-", "\u2212": "-",
})

# Prefixes written with a stray hyphen in scraped Indonesian ("di-temani", "ter-buka"). Joined
# only before a lower-case stem of 3+ letters, so "ke-2", "se-Indonesia", "di-PHK" stay.
_PREFIXES = r"di|ke|se|ter|ber|me|mem|men|meng|meny|pe|pem|pen|peng|per"
# Enclitics and particles: "pribadi-nya", "sebelum-nya", "dia-lah", "apa-kah", "walau-pun".
_CLITICS = r"nya|lah|kah|pun|ku|mu"

_PATTERN = re.compile(
    r"(?P<crlf>\r\n?)"
    r"|(?P<ws>[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000])"
    rf"|\b(?P<pre>(?i:{_PREFIXES}))-(?=[a-z]{{3,}}\b)"
    rf"|(?<=[A-Za-z]{{2}})(?P<cl>-)(?=(?i:{_CLITICS})\b)"
)


@dataclass(frozen=True, slots=True)
class Normalised:
    """Normalised ``text`` and, for each of its offsets (and its end), the original offset."""

    text: str
    offsets: list[int]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of ``text`` back to a span of the original string."""
        if start == end:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1


# zero-width space, word joiner, BOM, soft hyphen; ZWJ/ZWNJ stay (Indic scripts and emoji need them)
_ZW_RE = re.compile(r"[\u200b\u2060\ufeff\u00ad]+")


def normalise_with_map(text: str) -> Normalised:
    # pass 1: drop zero-width characters (so "a \u200b b" has two spaces for pass 2 to join)
    first = _ZW_RE.sub("", text)
    if len(first) == len(text):
        return _normalise(first, list(range(len(text) + 1)))
    keep = [i for i, ch in enumerate(text) if not _ZW_RE.match(ch)] + [len(text)]
    return _normalise(first, keep)


def _normalise(text: str, base: list[int]) -> Normalised:
    """Pass 2 over zero-width-free ``text``; ``base`` maps its offsets to the caller's string."""
    text_t = text.translate(_CHAR_MAP)  # one-to-one: offsets unchanged
    out: list[str] = []
    offsets: list[int] = []
    pos = 0
    for m in _PATTERN.finditer(text_t):
        _copy(text_t, pos, m.start(), out, offsets)
        kind = m.lastgroup
        if kind == "crlf":
            out.append("\n")
            offsets.append(m.start())
        elif kind == "ws":
            out.append(" ")
            offsets.append(m.start())
        elif kind == "pre":
            _copy(text_t, m.start(), m.end() - 1, out, offsets)
        # "cl": the hyphen is removed
        pos = m.end()
    _copy(text_t, pos, len(text_t), out, offsets)
    offsets.append(len(text))
    return Normalised("".join(out), [base[i] for i in offsets])


def _copy(src: str, start: int, end: int, out: list[str], offsets: list[int]) -> None:
    out.append(src[start:end])
    offsets.extend(range(start, end))


def normalise_for_nlp(text: str) -> str:
    """The normalised text alone (see :func:`normalise_with_map` for offsets)."""
    return normalise_with_map(text).text


def clean_text(text: str) -> str:
    """Whole-document cleanup kept in Article bodies: Unicode NFC (composed characters, as
    trafilatura's own text output has them), zero-width and control characters (not newlines)."""
    return _CTRL_RE.sub("", unicodedata.normalize("NFC", _ZW_RE.sub("", text)))


def clean_whitespace(text: str) -> str:
    """One line's cleanup: NBSP and space runs to one space, trimmed (after :func:`clean_text`)."""
    return _SPACES_RE.sub(" ", text).strip()


_CTRL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES_RE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
