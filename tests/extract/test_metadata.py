"""Dates, bylines, datelines, outlets and wire sources in the forms Indonesian pages write them."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kabar.extract.bylines import parse_byline, parse_credit
from kabar.extract.dateflags import date_flags
from kabar.extract.dateline import match_dateline
from kabar.extract.dates import find_dates, page_date
from kabar.extract.outlets import outlet_from_copyright, outlet_from_tag, outlet_from_url
from kabar.extract.wire import cited_sources, sources_in_list


@pytest.mark.parametrize("line, iso", [
    ("Jumat, 15 Agustus 2025", "2025-08-15"),
    ("- 7 September 2023, 21:15 WIB", "2023-09-07T21:15:00+07:00"),
    ("KAMIS, 24 AGUSTUS 2023 | 08:45 WIB", "2023-08-24T08:45:00+07:00"),
    ("Senin, 4 Des 2023 07:05 WITA", "2023-12-04T07:05:00+08:00"),
    ("12 Nop 2022 | 18.30 WIT", "2022-11-12T18:30:00+09:00"),
    ("3 Agt 2023", "2023-08-03"),
    ("Sept. 5, 2023", "2023-09-05"),
    ("October 2, 2023 at 3:15 p.m. GMT", "2023-10-02T15:15:00+00:00"),
    ("Kompas.com - 14/03/2024, 09:15 WIB", "2024-03-14T09:15:00+07:00"),
    ("Diperbarui: 2024-01-09T10:00:00+0700", "2024-01-09T10:00:00+07:00"),
    ("Selasa, (12/09/23)", "2023-09-12"),
])
def test_page_date_forms(line: str, iso: str) -> None:
    found = page_date(line)
    assert found is not None and found.iso == iso


def test_prose_is_no_page_date() -> None:
    assert page_date("Ia menyebut rapat digelar pada 5 Mei 2023 di gedung parlemen bersama para menteri.") is None


def test_short_years_are_this_century_and_yearless_dates_take_the_page_year() -> None:
    found = find_dates("tiba Selasa, (12/09/23) pagi, lalu Rabu (30/8) kembali", ref=date(2023, 9, 14))
    assert [f.value for f in found] == [date(2023, 9, 12), date(2023, 8, 30)]
    # a yearless December date read in January belongs to last year
    assert find_dates("pada Jumat (29/12)", ref=date(2024, 1, 3))[0].value == date(2023, 12, 29)


@pytest.mark.parametrize("line, authors, editors", [
    ("Penulis: Rina Wulan", ["Rina Wulan"], []),
    ("Penulis: Agus Salim | Editor: Hadi Hakim", ["Agus Salim"], ["Hadi Hakim"]),
    ("SELASA, 12 MARET 2024 | 09:05 WIB | LAPORAN: SARI MELATI PUTRI", ["Sari Melati Putri"], []),
    ("|Text: A.B.C", ["A.B.C"], []),
    ("Reporter: Ani Lestari / Editor: Budi Hartono", ["Ani Lestari"], ["Budi Hartono"]),
    ("Oleh Budi Santoso", ["Budi Santoso"], []),
    ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"], []),
    ("Pewarta: Nadia Putri", ["Nadia Putri"], []),
])
def test_bylines(line: str, authors: list[str], editors: list[str]) -> None:
    b = parse_byline(line)
    assert b is not None and (b.authors, b.editors) == (authors, editors)


def test_prose_starting_with_oleh_is_no_byline() -> None:
    assert parse_byline("Oleh karena itu, pemerintah menunda rencana tersebut hingga tahun depan.") is None


def test_end_credits() -> None:
    assert parse_credit("(Tribunnews.com/Dewi Lestari)") == ("Tribunnews.com", ["Dewi Lestari"])
    assert parse_credit("(Serambinews.com, Agus Salim)") == ("Serambinews.com", ["Agus Salim"])


@pytest.mark.parametrize("line, text, place, outlet", [
    ("JAKARTA, KOMPAS.com - Pemerintah menetapkan jadwal baru penyaluran bantuan.", "JAKARTA, KOMPAS.com", "JAKARTA", "Kompas.com"),
    ("PR DEPOK - Warga mengeluhkan jalan rusak di sekitar kawasan industri kota.", "PR DEPOK", None, "Pikiran Rakyat Depok"),
    ("Jakarta (ANTARA) - Menteri bertemu para mitranya dari negara-negara tetangga.", "Jakarta (ANTARA)", "Jakarta", "Antara"),
    ("Liputan6.com, Jakarta - Harga emas turun tipis pada perdagangan pagi ini.", "Liputan6.com, Jakarta", "Jakarta", "Liputan6"),
    ("Jakarta - Presiden meminta para menteri menjaga harga pangan tetap stabil.", "Jakarta", "Jakarta", None),
    ("Bisnis Harian, JAKARTA — Bank sentral memangkas suku bunga acuan seperempat poin.", "Bisnis Harian, JAKARTA",
     "JAKARTA", "Bisnis Harian"),
])
def test_datelines(line: str, text: str, place: str | None, outlet: str | None) -> None:
    dl = match_dateline(line)
    assert dl is not None and (dl.text, dl.place, dl.outlet) == (text, place, outlet)


def test_a_dash_inside_prose_is_no_dateline() -> None:
    assert match_dateline("Rapat itu - kata dia - berlangsung hingga malam hari di gedung dewan") is None
    assert match_dateline("Menurut Budi, JAKARTA - Kota itu tenggelam lebih cepat dari perkiraan para ahli") is None


@pytest.mark.parametrize("url, outlet", [
    ("https://www.tribunnews.com/internasional/2023/09/05/x", "Tribunnews"),
    ("https://depok.pikiran-rakyat.com/internasional/pr-1/x", "Pikiran Rakyat Depok"),
    ("https://news.detik.com/berita/d-1/x", "detikcom"),
    ("https://www.cnnindonesia.com/internasional/x", "CNN Indonesia"),
    ("https://aceh.tribunnews.com/2023/09/13/x", "Tribunnews"),
])
def test_outlet_from_url(url: str, outlet: str) -> None:
    assert outlet_from_url(url) == outlet


def test_outlet_tags_and_copyright_lines() -> None:
    assert outlet_from_tag("Serambinews.com") == "Serambinews"
    assert outlet_from_tag("PR BEKASI") == "Pikiran Rakyat Bekasi"
    assert outlet_from_copyright("© 2024 TribunNews.com, a subsidiary of KG Media.") == "Tribunnews"


def test_wire_sources_cited_in_text_but_not_photo_credits() -> None:
    text = ("Menteri tiba di Tokyo, demikian dilaporkan oleh New York Times. Kantor Berita Interfax "
            "mengutip menteri itu. (Foto: Reuters) Seorang pejabat berbicara, seperti dimuat "
            "Associated Press. /KCNA via REUTERS/")
    assert cited_sources(text) == ["New York Times", "Interfax", "Associated Press"]
    assert sources_in_list("Sumber Literasi: Reuters, Kyodo News, Kemenhan") == ["Reuters", "Kyodo"]
    assert cited_sources("Menurut The Guardian, rapat itu ditunda.") == ["The Guardian"]


def test_page_date_mismatch_flag() -> None:
    body = "Gempa terjadi pada Rabu (6/9/2023) sore.\n\nHingga Kamis, 7 September 2023, belum ada kerusakan."
    flags = date_flags("2025-08-22", body)
    assert [f.kind for f in flags] == ["page_date_mismatch"]
    assert "2023-09-07" in flags[0].detail
    # a body with one old reference among current ones is not flagged
    assert date_flags("2023-09-08", body + "\n\nGempa serupa terjadi pada 25 April 2019.") == []
    assert date_flags("2025-08-22", "Tidak ada tanggal di sini.") == []


def test_weekday_mismatch_flag() -> None:
    flags = date_flags("2023-09-12", "Ia berangkat pada hari Minggu, (11/09/23), dengan kereta.")
    assert [f.kind for f in flags] == ["weekday_mismatch"]


def test_a_year_typo_is_named_and_is_no_page_date_evidence() -> None:
    # 7/10/2025 was a Tuesday: "Selasa (7/10/2024)" on a 2025 page is last year's number typed
    flags = date_flags("2025-10-07", "Rapat digelar Selasa (7/10/2024) di gedung DPR.")
    assert [f.kind for f in flags] == ["weekday_mismatch"]
    assert "2025-10-07" in flags[0].detail and "typo" in flags[0].detail


def test_a_lone_historical_date_is_no_page_date_mismatch() -> None:
    assert date_flags("2025-08-17", "Proklamasi dibacakan pada 17 Agustus 1945 di Jakarta.") == []


_DATE_BITS = ["22 Agustus 2025", "Sept. 5, 2023", "September 5th, 2023 at 10:00 a.m.", "Rabu (13/9/2023)",
              "(30/8)", "12/09/2023 14:05", "22-08-2025", "2023-08-31T12:34:00+07:00", "2023-08-31",
              "1-2-2024", "5 Sep 2023, 20:37 WIB", " ", ", ", "-", "/", "(", ")", "12", "2024", "Jakarta",
              "Selasa", "pukul", "x1", "Mei"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_DATE_BITS), max_size=12))
def test_find_dates_gates_change_nothing(bits):
    """Each pattern's cheap gate only skips texts the pattern cannot match."""
    from kabar.extract import dates

    text = "".join(bits)
    ref = date(2024, 1, 15)
    gated = dates.find_dates(text, ref)
    saved = dates._GATES
    try:
        dates._GATES = [re.compile("")] * len(saved)
        assert dates.find_dates(text, ref) == gated
    finally:
        dates._GATES = saved
