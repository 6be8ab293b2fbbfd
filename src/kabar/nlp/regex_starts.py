r"""Where a regex can start a match, read from the regex itself: to try it only there.

A match of ``\b(?:pada\s+)?Senin\b`` can only start where "pada" or "senin" begins a word;
one of ``\s*\d{1,2}/\d`` only at a digit or at spaces before one. :class:`StartFinder` reads
these openings (literal prefixes, a digit, spaces before a digit; a word start where the pattern
has ``\b``) from each pattern's parse tree, finds them in a case-folded copy of a text with
``str.find``, and :func:`scan` tries the pattern (``rx.match``) only there. The matches are
``rx.finditer``'s — the leftmost, then the leftmost from the end of the previous one — so nothing
changes but the time: re otherwise tries case-insensitive alternations of words at every position
of the text. Literal-prefix prefilters are what fast grep tools do; kabar uses it for the time
expressions (kabar.nlp.timexpr: 6.4-7.3 → 1.2-1.4 ms an article).

A construct the reader does not know makes that pattern run over the whole text, as before: that
costs time, never matches. The parse tree comes from ``re._parser`` (Python's own, private;
present in 3.11-3.13): without it every pattern runs over the whole text, and
tests/nlp/test_regex_starts.py fails to say so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

try:  # the parser behind re.compile, to read where a pattern's matches can start (_openings)
    from re import _constants as _sre
    from re import _parser as _sre_parser
except ImportError:  # pragma: no cover - a Python without them: each pattern runs over the whole body
    _sre = _sre_parser = None


_DIGIT, _SPACE = r"\d", r"\s"  # the classes of characters an opening can be
# the characters re.IGNORECASE takes for an ASCII letter and str.lower() does not turn into it
FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_TO_FOLD = re.compile("[\u0130\u0131\u017f\u212a]")


class _Opening(NamedTuple):
    """Where a match can start: where ``text`` (a lower-case literal prefix) or a character of the
    class ``cls`` occurs, at a word start if ``word_start`` (the pattern's ``\\b``), or where a run
    of the class ``run`` leads up to it ("\\s*\\d")."""

    text: str = ""
    cls: str | None = None
    word_start: bool = False
    run: str | None = None


def _openings(seq: list, word_start: bool = False) -> set[_Opening] | None:
    """The openings of a match of the parsed regex sequence ``seq``; None when it could start with
    anything, or match nothing. Any prefix of an opening is an opening too, so a literal run is cut
    wherever following it further would take more than a plain sequence of characters."""
    text = ""
    for i, (op, av) in enumerate(seq):
        if op is _sre.LITERAL and av < 128:
            text += chr(av).lower()
            continue
        if text:
            break
        rest = seq[i + 1:]
        if op is _sre.AT:  # \b and the like take no character
            word_start = word_start or av is _sre.AT_BOUNDARY
            continue
        if op in (_sre.ASSERT, _sre.ASSERT_NOT):  # nor do lookarounds
            continue
        if op is _sre.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if add_flags & re.ASCII:  # "(?a:...)": its \b would not be _is_word's
                return None
            return _openings(list(sub) + rest, word_start)
        if op is _sre.BRANCH:
            return _union(_openings(list(branch) + rest, word_start) for branch in av[1])
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            low, _high, item = av
            first = _openings(list(item), word_start)  # not followed into ``rest``: it may repeat
            if low:
                return first
            after = _openings(rest, word_start)
            if first and after and len(first) == 1 and not word_start and not any(a.run for a in after):
                (o,) = first
                if o.cls and o == _Opening(cls=o.cls):  # "\s*\d": a digit, or the spaces before it
                    return {a._replace(run=o.cls) for a in after}
            return _union((first, after))
        if op is _sre.IN and av == [(_sre.CATEGORY, _sre.CATEGORY_DIGIT)]:
            return {_Opening(cls=_DIGIT, word_start=word_start)}
        if op is _sre.IN and av == [(_sre.CATEGORY, _sre.CATEGORY_SPACE)]:
            return {_Opening(cls=_SPACE)}
        if op is _sre.IN and all(o is _sre.LITERAL and a < 128 for o, a in av):
            return {_Opening(chr(a).lower(), word_start=word_start and _is_word(chr(a))) for _o, a in av}
        return None
    return {_Opening(text, word_start=word_start and _is_word(text[0]))} if text else None


def _union(sets: Iterable[set[_Opening] | None]) -> set[_Opening] | None:
    out: set[_Opening] = set()
    for s in sets:
        if s is None:
            return None
        out |= s
    return out


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what \b and \w take for a word character


class Finder(NamedTuple):
    """How occurrences finds an opening in the case-folded body: ``text`` with str.find, or the
    regex ``rx`` (a class, or a short prefix at a word start, which has many occurrences inside
    words: "a", "in"); checking the word start if ``word_start``; then the ``run`` before each."""

    text: str
    rx: re.Pattern[str] | None
    word_start: bool
    run: re.Pattern[str] | None


def pattern_finders(rx: re.Pattern[str]) -> list[Finder] | None:
    """The finders of ``rx``'s openings; None to run ``rx`` over the whole body."""
    try:
        found = _openings(list(_sre_parser.parse(rx.pattern, rx.flags)))
    except Exception:  # noqa: BLE001 - no parser, or a parse tree we do not read
        return None
    if not found:
        return None
    if rx.flags & re.ASCII:  # its \b would not be _is_word's
        found = {o._replace(word_start=False) for o in found}
    # "agustus" starts where "agu" does: keep the shorter
    found = {o for o in found if not any(p != o and p.text and o.text.startswith(p.text)
                                         and p.run == o.run and (o.word_start or not p.word_start)
                                         for p in found)}
    return [_finder(o) for o in found]


def _finder(o: _Opening) -> Finder:
    run = re.compile(o.run) if o.run else None
    if o.cls:
        return Finder("", re.compile(rf"{o.cls}(?<!\w{o.cls})" if o.word_start else o.cls), False, run)
    if o.word_start and len(o.text) < 3 and all(map(_is_word, o.text)):
        # the regex checks the word start; its occurrences do not overlap (a word start lies
        # inside no run of word characters), so finditer misses none
        at = re.escape(o.text)
        return Finder(o.text, re.compile(rf"{at}(?<!\w{at})"), False, run)
    return Finder(o.text, None, o.word_start, run)


class StartFinder:
    """Where each of a list of regexes can start a match in a text: its openings, read once."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.count = len(patterns)
        # which patterns run over the whole text; each finder, and the patterns it opens (by index)
        self.everywhere: list[bool] = []
        self.opens: dict[Finder, list[int]] = {}
        for i, rx in enumerate(patterns):
            finders = pattern_finders(rx)
            self.everywhere.append(finders is None)
            for finder in finders or ():
                self.opens.setdefault(finder, []).append(i)

    def starts(self, text: str) -> list[set[int] | None]:
        """For each pattern, the positions in ``text`` where one of its openings occurs; None for a
        pattern to run over the whole text."""
        folded = fold(text)
        if len(folded) != len(text):  # only "İ" lower-cases to two characters, and FOLD maps it
            return [None] * self.count  # offsets would not line up
        starts: list[set[int] | None] = [None if every else set() for every in self.everywhere]
        for finder, which in self.opens.items():
            at = occurrences(finder, folded)
            for i in which if at else ():
                starts[i].update(at)  # type: ignore[union-attr]
        return starts


def fold(text: str) -> str:
    """``text`` lower-cased, with the characters re.IGNORECASE takes for ASCII letters made them."""
    return (text.translate(FOLD) if _TO_FOLD.search(text) else text).lower()


def scan(rx: re.Pattern[str], starts: set[int] | None, body: str) -> Iterator[re.Match[str]]:
    """``rx.finditer(body)``, trying ``rx`` only at ``starts`` (all its possible match starts)."""
    if starts is None:
        yield from rx.finditer(body)
        return
    end = 0
    for pos in sorted(starts):
        if pos >= end and (m := rx.match(body, pos)):
            end = m.end()  # never empty: a match takes at least its opening
            yield m


def occurrences(finder: Finder, folded: str) -> list[int]:
    text, rx, word_start, run = finder
    if rx:
        out = [m.start() for m in rx.finditer(folded)]
    else:
        out = []
        i = folded.find(text)
        while i >= 0:
            if not (word_start and i and _is_word(folded[i - 1])):
                out.append(i)
            i = folded.find(text, i + 1)
    for i in out[:] if run else ():
        while i and run.match(folded, i - 1):
            i -= 1
            out.append(i)
    return out


