"""Roles read around a person's mentions (kabar.nlp.roles)."""

from __future__ import annotations

import pytest

from kabar.nlp.roles import apposition_after, title_before


@pytest.mark.parametrize(("text", "role"), [
    ("Juru Bicara Kementerian Luar Negeri Budi Santoso", "Juru Bicara Kementerian Luar Negeri"),
    ("Menteri Dalam Negeri Tito Karnavian", "Menteri Dalam Negeri"),
    ("Juru Bicara Kremlin Dmitry Peskov", "Juru Bicara Kremlin"),
    ("White House spokesman John Kirby", "White House spokesman"),
    ("Kapolres Garut AKBP Yusuf Firmansyah", "Kapolres Garut"),
    # another person's title before "of"/"for"; a conjunction opening the sentence
    ("Dmitry Medvedev, deputy chairman of President Vladimir Putin", "President"),
    ("a spokesman for Lithuania's President Gitanas Nauseda", "Lithuania's President"),
    ("But Judge Michael Pastor", "Judge"),
    ("EU foreign policy chief Josep Borrell", "EU foreign policy chief"),
    # an acronym in brackets inside the title
    ("kata Menteri Keuangan (Menkeu) Purbaya Yudhi", "Menteri Keuangan (Menkeu)"),
    ("Menurut Kepala Ekonom Lembaga Kajian Ekonomi Nusantara (LKEN) Faisal Rahmadi",
     "Kepala Ekonom Lembaga Kajian Ekonomi Nusantara (LKEN)"),
    ("seorang warga (34) Budi Santoso", None),
    ("said central bank governor Perry Warjiyo", "central bank governor"),
    ("Secretary of State Antony Blinken", "Secretary of State"),
    ("Minister of State for Foreign Affairs Ali Khan", "Minister of State for Foreign Affairs"),
])
def test_the_title_before_a_name_keeps_its_last_words(text, role):
    name = " ".join(text.split()[-2:])
    assert title_before(text, text.index(name)) == role


def test_a_possessive_title_loses_its_suffix():
    body = "Kementerian Luar Negeri RI, melalui Juru Bicara-nya, Budi Santoso, menyatakan sikap."
    assert title_before(body, body.index("Budi")) == "Juru Bicara"
    body = "Budi Santoso, juru bicara kementerian, mengatakan hal itu."
    assert apposition_after(body, len("Budi Santoso")) == "juru bicara kementerian"
