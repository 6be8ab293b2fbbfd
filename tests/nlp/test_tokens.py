"""Sentence splitting on our own sentences (abbreviations and initialisms do not end a sentence);
whole-word search."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kabar.nlp.raw_mention import word_before
from kabar.nlp.tokens import find_whole, split_sentences


@pytest.mark.parametrize(("text", "sentences"), [
    ("The launch came at 7:10 a.m. (2210 GMT on Sunday) near the capital. Nobody was hurt.", 2),
    ("Diplomats want the U.N. Security Council to meet. A vote may follow.", 2),
    ("Rapat dipimpin Prof. Siti Aminah di Jl. Merdeka. Warga hadir.", 2),
    ("It ended at 9 p.m. The crowd left.", 2),
    ("Hujan turun sejak pagi.\n\nJalan tergenang.", 2),
    # a title glued to the quote before it: '…terjadi,”|Dr. Rahmat' is one sentence
    ("“Pola ini sudah berulang kali terjadi,”|Dr. Rahmat Hidayatullah (Pengamat HI Unmul)", 1),
    ("Kata Colonel Lee Sung-jun. Kepala Staf Gabungan menyebut rudal diluncurkan.", 2),
])
def test_sentence_count(text, sentences):
    spans = split_sentences(text)
    assert len(spans) == sentences, [s.text for s in spans]
    assert all(text[s.start:s.end] == s.text for s in spans)


_TEXT = st.text(alphabet="ab_ .-é1(", max_size=30)


@given(_TEXT, st.text(alphabet="ab_ .-é1(", min_size=1, max_size=4))
def test_find_whole_gives_the_spans_of_the_lookaround_and_boundary_regexes(text: str, form: str) -> None:
    word = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text)]
    bound = [m.span() for m in re.finditer(rf"\b{re.escape(form)}\b", text)]
    assert list(find_whole(text, form)) == word
    assert list(find_whole(text, form, edges="boundary")) == bound


def test_find_whole_on_names() -> None:
    text = "Peskov berkata. Kata Peskov_ dan Peskovnya; (KPK) KPK-nya"
    assert list(find_whole(text, "Peskov")) == [(0, 6)]
    assert [text[a:b] for a, b in find_whole(text, "KPK", edges="boundary")] == ["KPK", "KPK"]


def test_a_word_glued_to_the_name_after_it_is_two_tokens():
    from kabar.nlp.tokens import tokenize

    text = "kata dia dilansirAntara, dikutip dariCNA, diMuseum; DiCaprio, dijadwalkan, iPhone"
    assert [t.text for t in tokenize(text)] == [
        "kata", "dia", "dilansir", "Antara", ",", "dikutip", "dari", "CNA", ",", "di", "Museum", ";", "DiCaprio",
        ",", "dijadwalkan", ",", "iPhone"]


def test_sentence_start_cuts_at_a_line_break_or_a_full_stop():
    from kabar.nlp.tokens import sentence_start

    text = "Budi datang. Ia pulang.\nAni tidur"
    assert sentence_start(text, text.index("pulang")) == text.index("Ia")
    assert sentence_start(text, text.index("tidur")) == text.index("Ani")
    assert sentence_start(text, text.index("datang")) == 0


@given(st.text(alphabet="ab_ .-é1(“\n", max_size=60), st.integers(min_value=0, max_value=60))
def test_word_before_is_the_last_word_of_the_forty_characters_before(text: str, start: int) -> None:
    start = min(start, len(text))
    m = re.search(r"(\w+)\W*$", text[max(0, start - 40):start])
    assert word_before(text, start) == (m.group(1) if m else "")


def test_split_sentences_gives_a_new_list_each_time() -> None:
    text = "Satu dua. Tiga empat."
    first = split_sentences(text)
    first.pop()
    assert [s.text for s in split_sentences(text)] == ["Satu dua.", "Tiga empat."]


def test_lead_sentences_are_the_first_of_the_split():
    from kabar.nlp.tokens import lead_sentences

    body = ("Dr. Rina tiba di Jakarta pukul 07.00 WIB. Ia disambut warga.\n"
            "Baris yang sama berlanjut di sini.\n\n"
            "Paragraf kedua dimulai. U.S. officials said so. Kalimat terakhir?\n\n\n"
            "Paragraf ketiga.")
    full = split_sentences(body)
    assert len(full) == 7
    for n in range(0, 9):
        assert lead_sentences(body, n) == full[:n]
    assert lead_sentences("", 5) == []


@given(st.text(alphabet="ab .?!\n\"”Dr", max_size=120), st.integers(min_value=0, max_value=12))
def test_lead_sentences_match_the_split_on_any_text(text, n):
    from kabar.nlp.tokens import lead_sentences

    assert lead_sentences(text, n) == split_sentences(text)[:n]
