"""Sentences and tokens with character offsets, for Indonesian and English news text.

A regex tokenizer: measured in ../shared/OFFLINE_NLP.md as good as spaCy's blank('id') for this
text and far lighter. Offsets always index the text passed in.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

TOKEN_RE = re.compile(
    r"""
    \d+(?:[.,:/]\d+)+%?          # numbers with separators, dates 12/09/23, times 12:34
    # a word a scrape glued to the name after it ("dilansirAntara", "dariReuters", "diMuseum"; a draw's
    # category before its player, "ganda campuranPraveen Jordan", "tunggal putraTommy Sugiarto")
    | (?:[Dd]ilansir|[Dd]ikutip|[Mm]elansir|[Mm]engutip|[Dd]ari|[Mm]enurut|kepada|di|ke|oleh|putra|putri|campuran)(?=[A-Z][A-Za-z])
    | \w+(?:[-'’]\w+)*           # words, with inner hyphens (di-jadwalkan) and apostrophes
    | [^\w\s]                    # any single punctuation mark
    """,
    re.VERBOSE | re.UNICODE,
)

# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = {
    "dr", "drs", "ir", "prof", "h", "hj", "kh", "st", "no", "mr", "mrs", "ms", "jr", "sr", "gen",
    "lt", "col", "sgt", "capt", "gov", "sen", "rep", "u.s", "u.k", "vs", "dll", "dsb", "tsb", "yth",
    "jl", "kab", "kec", "kel", "pt", "tbk", "a.n", "s.h", "m.h", "s.e", "m.si", "inc", "corp", "co",
    "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "agu", "agt", "sep", "sept", "okt", "oct", "nov",
    "nop", "des", "dec", "mt", "kol", "brigjen", "mayjen", "letjen", "jend", "kompol", "akbp", "ipda",
}


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str


_WORD_CHAR = re.compile(r"\w")


def _word_at(text: str, i: int) -> bool:
    return 0 <= i < len(text) and _WORD_CHAR.match(text, i) is not None


def find_whole(text: str, form: str, edges: str = "word") -> Iterator[tuple[int, int]]:
    r"""Non-overlapping ``(start, end)`` of ``form`` in ``text``, left to right: with ``edges="word"``
    where no word character touches it (as ``(?<!\w)FORM(?!\w)``), with ``edges="boundary"`` where
    both ends are word boundaries (as ``\bFORM\b``). Same spans as those regexes, without compiling
    one per name: an article's names compiled one pattern each were ~15% of entity finding."""
    if not form:
        return
    n, i = len(form), text.find(form)
    while i >= 0:
        end = i + n
        if edges == "word":
            ok = not _word_at(text, i - 1) and not _word_at(text, end)
        else:
            ok = _word_at(text, i - 1) != _word_at(text, i) and _word_at(text, end - 1) != _word_at(text, end)
        if ok:
            yield i, end
        i = text.find(form, end if ok else i + 1)


def tokenize(text: str) -> list[Span]:
    return [Span(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text)]


_INITIALISM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_BOUNDARY_RE = re.compile(r'([.!?…]+)(["”’\')\]]*)(\s+)(?=["“‘(\[]?[A-Z0-9À-Ý])')


# a sentence opens before this point: after its end and spaces, with an opening quote at most
# ('," Fitri said' is inside a sentence)
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:;(\n])\s*[\"“‘']?$")


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` begins: after the last line break or ". " before it, else 0
    (a cheap cut: a title's or an initial's dot ends it too)."""
    stop = text.rfind(". ", 0, pos)
    return max(text.rfind("\n", 0, pos) + 1, stop + 2 if stop >= 0 else 0)


def in_quotation(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside quotation marks opened earlier on its line (an odd count of
    straight marks before it, or a curly opening mark after the last curly closing one)."""
    line = text.rfind("\n", 0, pos) + 1
    return text.count('"', line, pos) % 2 == 1 or text.rfind("“", line, pos) > text.rfind("”", line, pos)


def opens_sentence(text: str, pos: int) -> bool:
    """Whether a word starting at ``pos`` opens a sentence (or a line)."""
    return bool(_OPENS_SENTENCE.search(text, max(0, pos - 4), pos))


def split_sentences(text: str) -> list[Span]:
    """Sentences of ``text`` with offsets; paragraph breaks (blank lines) always end a sentence."""
    return list(_sentences(text))


def lead_sentences(text: str, n: int) -> list[Span]:
    """The first ``n`` of :func:`split_sentences` (the same spans), splitting paragraphs only until
    there are ``n``: an article stored with annotation deferred has its lead split for the
    clusterer's terms alone, and splitting the whole body was ~3% of the per-document work then."""
    spans: list[Span] = []
    for para in _PARAGRAPH.finditer(text):
        _split_paragraph(spans, para)
        if len(spans) >= n:
            break
    return spans[:n]


_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")


# An article's body is split by entity finding, quotes and time expressions: split once (~1.5% of an
# article's processing time). The lead for its vector and the clusterer's terms is split apart by
# lead_sentences (a few sentences; it cannot see this cache, and with annotation deferred there is
# no whole split to reuse)
@functools.lru_cache(maxsize=64)
def _sentences(text: str) -> tuple[Span, ...]:
    spans: list[Span] = []
    for para in _PARAGRAPH.finditer(text):
        _split_paragraph(spans, para)
    return tuple(spans)


def _split_paragraph(spans: list[Span], para: re.Match[str]) -> None:
    base = para.start()
    chunk = para.group()
    start = 0
    for m in _BOUNDARY_RE.finditer(chunk):
        before = chunk[start:m.start()]
        last = re.search(r"(\S+)$", before)
        if m.group(1) == "." and last:
            # the word itself, after any glued punctuation ('terjadi,”|Dr.', '(Dr.')
            raw = re.split(r"[^\w.\-’']", last.group(1))[-1]
            word = raw.lower()
            # "Dr.", "Jl.", single initials "J." and "U.S." do not end a sentence; nor do
            # capital initialisms ("U.N. Security Council") or "7:10 a.m. (2210 GMT …)"
            if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
            if _INITIALISM.fullmatch(raw) and (raw[0].isupper() or chunk[m.end(3):m.end(3) + 1] == "("):
                continue
        end = m.end(2)
        _add(spans, chunk, base, start, end)
        start = m.end(3)
    _add(spans, chunk, base, start, len(chunk))


def _add(spans: list[Span], chunk: str, base: int, start: int, end: int) -> None:
    piece = chunk[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    lead = len(piece) - len(piece.lstrip())
    s = base + start + lead
    spans.append(Span(s, s + len(stripped), stripped))


# a line of page furniture that points to a video or another story by its title (detik's "Tonton juga
# video "…" di sini:", "Simak Video: …", "Baca juga: …"; kabar's extractor drops them, a raw scrape keeps
# them): no names are learnt there, neither mentions nor a speaker's fuller name
LINK_LINE = re.compile(r"[ \t]*(?:Tonton|Simak|Saksikan|Baca)\s+(?:[Jj]uga\s+)?(?:[Vv]ideo\b|:)")
