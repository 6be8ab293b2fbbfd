"""Sentence splitting on our own sentences: abbreviations and initialisms do not end a sentence."""

from __future__ import annotations

import pytest

from kabar.nlp.tokens import split_sentences


@pytest.mark.parametrize(("text", "sentences"), [
    ("The launch came at 7:10 a.m. (2210 GMT on Sunday) near the capital. Nobody was hurt.", 2),
    ("Diplomats want the U.N. Security Council to meet. A vote may follow.", 2),
    ("Rapat dipimpin Prof. Siti Aminah di Jl. Merdeka. Warga hadir.", 2),
    ("It ended at 9 p.m. The crowd left.", 2),
    ("Hujan turun sejak pagi.\n\nJalan tergenang.", 2),
])
def test_sentence_count(text, sentences):
    spans = split_sentences(text)
    assert len(spans) == sentences, [s.text for s in spans]
    assert all(text[s.start:s.end] == s.text for s in spans)
