"""kabar.nlp.regex_starts: trying a regex only where one of its openings occurs gives the same
matches as running it over the whole text (``rx.finditer``), on any text; and every pattern of
the time expressions (kabar.nlp.timexpr) gets its openings read."""

from __future__ import annotations

import re
import sys
from datetime import date

from hypothesis import example, given, settings
from hypothesis import strategies as st

from kabar.nlp import timexpr
from kabar.nlp.regex_starts import FOLD, StartFinder, occurrences, pattern_finders, scan
from kabar.nlp.timepatterns import PATTERNS

_FINDER = StartFinder([rx for _kind, rx in PATTERNS])

# words and separators the patterns care about, upper- and lower-case, with the characters
# re.IGNORECASE takes for ASCII letters ("İ", "ı", "ſ", the Kelvin sign)
_WORDS = (
    "pada on sejak hingga sampai hari Senin senin SENIN Minggu minggu Jumat Jum'at malam last next "
    "this tahun Tahun bulan pekan lalu depan ini kemarin besok lusa tadi pagi semalam today tonight "
    "tanggal tgl tgl. Agustus Agu Agt. Sept. Mar Maret May mei Januari Rp Rp. Nomor No. a an A dua "
    "tiga beberapa se sepekan sehari yang ago from now terakhir awal akhir end of mid mid- in since "
    "until by early orang kasus 1 2 12 30 31 2019 2023 1998 20 19 2023-07-01 12/9 (30/8) (12/09/23) "
    "15-17 3/4 5th x ab İn ſejak hıngga \u212aemarin PADA"
).split()
_SEPARATORS = [" ", "  ", "\n", "\n\n", "\t", "", ",", ", ", ". ", "(", ")", "( ", "/", "-", "–", "\u00a0"]

texts = st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPARATORS)), max_size=16).map(
    lambda parts: "".join(w + s for w, s in parts))


def _spans(matches) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in matches]


@settings(max_examples=300)
@given(texts)
def test_each_pattern_finds_what_finditer_finds(text):
    possible = _FINDER.starts(text)
    for (kind, rx), starts in zip(PATTERNS, possible, strict=True):
        assert _spans(scan(rx, starts, text)) == _spans(rx.finditer(text)), kind


def test_every_pattern_has_openings():
    # a pattern whose openings cannot be read still works, over the whole body, but slowly
    everywhere = _FINDER.everywhere
    slow = [kind for (kind, _rx), every in zip(PATTERNS, everywhere, strict=True) if every]
    assert not slow, f"no openings read for {slow}: they run over the whole body"


def test_a_match_at_a_position_sees_the_text_before_it():
    # what _scan relies on: rx.match(text, pos) reads lookbehinds and \b against text[:pos]
    assert re.compile(r"(?<![\d/])\d").match("1/2", 2) is None
    assert re.compile(r"\bSenin").match("xSenin", 1) is None
    assert re.compile(r"\bSenin").match(" Senin", 1)


def test_fold_covers_every_character_ignorecase_takes_for_ascii():
    others = "".join(chr(c) for c in range(0x80, sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    taken = set(re.compile(r"[\x00-\x7f]", re.I).findall(others))
    assert {c: c.translate(FOLD).lower() for c in taken} == {
        "\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}


def test_same_times_with_spaces_dotless_i_and_long_s():
    anchor = date(2023, 9, 13)
    for text in ("Warga berkumpul Selasa,  (  12/09/23 ) pagi.", "Rapat digelar pada\n\n30 Agustus.",
                 "Ia datang ſejak Senin lalu, hıngga \u212aemarin.", "Bantuan tiba Rabu (30/8) sore."):
        plain = [m for _kind, rx in PATTERNS for m in rx.finditer(text)]
        fast = [m for (_kind, rx), starts in zip(PATTERNS, _FINDER.starts(text), strict=True)
                for m in scan(rx, starts, text)]
        assert _spans(fast) == _spans(plain), text
        assert timexpr.find_times(text, anchor)


# regexes with the constructs _openings reads (or declines to read: the whole text is scanned)
_TRICKY = [r"(?:ab)*c", r"\s*\d+", r"(?<![\d/])\d{1,2}\s+b", r"\b(?:a|an)\s+\w", r"(?a:\bab)", r"x?",
           r"(?:\bpada\s+)?(?:\bhari\s+)?\bSenin\b", r"\bse(?:hari|pekan)", r"\ba a\s*b", r"[ab]c",
           r"(?i)K\w", r"\(?\s*\d", r"(?P<o>\()?\d(?(o)\))", r"é\d", r"µ\d", r"(?:x|\d)+?y"]
_CHUNKS = ["a", "b", "ab", "c", " ", "  ", "\t", "\n", "1", "12", "(", ")", "é", "x", "y", "K", "k", "\u212a",
           "\u017f", "μ", "se", "hari", "pekan", "pada", "Senin", "an", "_", "-"]


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_CHUNKS), max_size=16).map("".join))
@example("ababc")  # a repeated group: its opening is "ab", not "abc"
@example("éab")  # an ASCII \b after a non-ASCII letter
@example("a a a b")  # "a a" at a word start, twice, overlapping
@example("μ1")  # IGNORECASE takes the Greek mu for the micro sign; lower() does not
def test_openings_of_any_regex_give_finditer_matches(text):
    folded = text.translate(FOLD).lower()
    for source in _TRICKY:
        for flags in (0, re.I):
            rx = re.compile(source, flags)
            finders = pattern_finders(rx)
            starts = None if finders is None else {i for f in finders for i in occurrences(f, folded)}
            assert _spans(scan(rx, starts, text)) == _spans(rx.finditer(text)), (source, flags)
