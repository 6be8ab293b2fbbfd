"""Header and footer furniture that misled the metadata: menus, top-bar dates, bare bylines, outlets.

Every page here is a short one of our own, written in the shapes such pages have.
"""

from __future__ import annotations

import pytest

from kabar.extract.bylines import parse_byline
from kabar.extract.dateline import match_dateline
from kabar.extract.dates import page_date
from kabar.extract.outlets import outlet_from_copyright, printed_form
from kabar.extract.rules import is_menu, rule_reason
from kabar.extract.text import extract_text

LEDE = ("Pemerintah kota memutuskan menutup sementara jembatan penghubung dua kecamatan itu setelah "
        "retakan baru ditemukan pada Senin pagi.")
BODY = ("Kepala dinas mengatakan perbaikan diperkirakan memakan waktu dua pekan dan warga diminta "
        "memakai jalur alternatif selama pengerjaan berlangsung.")


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


@pytest.mark.parametrize("line", [
    "Beranda Nasional Daerah Ekonomi Dunia Olahraga Foto Video",
    "Home  Berita  Bisnis  Otomotif  Sport  Lifestyle",
    "Pasar | Keuangan | Ekonomi | Properti | Teknologi | Premium",
    "World | Asia | Business | Climate",
    "Home > Keuangan > Perbankan",
])
def test_menu_bars_are_navigation(line: str) -> None:
    assert rule_reason(line) == "navigation"


@pytest.mark.parametrize("line", [
    "Harga Beras Naik Lagi Jelang Akhir Tahun",
    "Jembatan Kali Bening Retak, Warga Diminta Memutar",
    "Rabu, 22 Oktober 2025 | 15:10 WIB",
    "Penulis: Sari Wulandari | Editor: Bima Putra",
])
def test_headlines_dates_and_bylines_are_no_menu(line: str) -> None:
    assert not is_menu(line)


def test_the_headline_below_a_menu_bar_is_the_title() -> None:
    res = extract_text(_page(
        "WARTA KOTA KITA",
        "Beranda Nasional Daerah Ekonomi Dunia Olahraga Foto Video English",
        "Daerah",
        "Jembatan Kali Bening retak, warga diminta memutar",
        "Senin, 3 Maret 2025 10:20 WIB",
        "Kali Bening, Kota Kita (WKK) - " + LEDE, BODY))
    assert res.title == "Jembatan Kali Bening retak, warga diminta memutar"


def test_the_date_line_under_the_headline_beats_the_top_bar_date() -> None:
    res = extract_text(_page(
        "KOTAKITA.COM",
        "Selasa, 4 Maret 2025",
        "Jembatan Kali Bening Retak, Warga Diminta Memutar Lewat Jalan Desa",
        "Senin, 3 Maret 2025 | 16:05 WIB",
        "Penulis : Sari Wulandari",
        LEDE, BODY))
    assert res.published_at == "2025-03-03T16:05:00+07:00"


def test_a_top_bar_date_stays_when_it_is_the_only_one() -> None:
    res = extract_text(_page("Selasa, 4 Maret 2025", "Jembatan Kali Bening Retak, Warga Diminta Memutar",
                             LEDE, BODY))
    assert res.published_at == "2025-03-04"


@pytest.mark.parametrize("line, iso", [
    ("Senin, 3 Maret 2025 | 16.05 WIB", "2025-03-03T16:05:00+07:00"),
    ("March 3, 2025 9:45 AM GMT Updated 3 hours ago", "2025-03-03T09:45:00+00:00"),
    ("Mar 3, 2025 09:45 GMT", "2025-03-03T09:45:00+00:00"),
])
def test_page_date_lines_keep_their_time(line: str, iso: str) -> None:
    d = page_date(line)
    assert d and d.iso == iso


def test_a_bare_name_under_the_date_line_is_the_author() -> None:
    res = extract_text(_page(
        "Jembatan Kali Bening Retak, Warga Diminta Memutar",
        "Senin, 3 Maret 2025 | 16:05 WIB",
        "Sari Wulandari",
        "Editor: Bima Putra",
        LEDE, BODY))
    assert (res.authors, res.editors) == (["Sari Wulandari"], ["Bima Putra"])


def test_a_section_name_above_the_headline_is_no_author() -> None:
    res = extract_text(_page(
        "Senin, 3 Maret 2025",
        "Infrastruktur Daerah",
        "Jembatan Kali Bening Retak, Warga Diminta Memutar",
        "Penulis: Sari Wulandari",
        LEDE, BODY))
    assert res.authors == ["Sari Wulandari"]


def test_wire_closing_credits_and_camel_case_desks() -> None:
    b = parse_byline("(Reporting by Lee Ji-woo in Busan and Tom Baker; Editing by Nora Field)")
    assert b and (b.authors, b.editors) == (["Lee Ji-woo", "Tom Baker"], ["Nora Field"])
    b = parse_byline("(Writing by Tom Baker; Additional reporting by Ana Putri in Medan; Editing by Nora Field)")
    assert b and (b.authors, b.editors) == (["Tom Baker"], ["Nora Field"])
    b = parse_byline("Sari Wulandari - warnaJatim")
    assert b and b.authors == ["Sari Wulandari"] and b.outlet_tag is None


@pytest.mark.parametrize("line, outlet", [
    ("Warta Kita © Copyright 2025. All Rights Reserved", "Warta Kita"),
    ("Warta Kita © 2025 PT Media Warta Kita Nusantara. Hak Cipta Dilindungi.", "Warta Kita"),
    ("© Copyright 2025 KotaKita.com. All Right Reserved", "KotaKita.com"),
    ("Copyright © 2025 KOTAKITA.COM - bagian dari Kita Network", "KOTAKITA.COM"),
])
def test_copyright_lines(line: str, outlet: str) -> None:
    assert outlet_from_copyright(line) == outlet


def test_a_domain_before_the_place_is_the_outlet_tag() -> None:
    dl = match_dateline("KOTAKITA.COM, SUKAMAJU - " + LEDE)
    assert dl and dl.place == "SUKAMAJU" and dl.outlet == "Kotakita.com"


def test_printed_form_prefers_the_page_s_own_spelling() -> None:
    page = "KOTA KITA\nFoto: Dok. Kota Kita\n© 2025 KotaKita.com"
    assert printed_form("Kotakita.com", page) == "Kota Kita"
    assert printed_form("Kotakita.com", "KOTAKITA.COM\n© 2025 KotaKita.com") == "KotaKita.com"
    assert printed_form("Harian Pagi", "The Harian Pagi\n© 2025 The Harian Pagi") == "The Harian Pagi"
    assert printed_form("WKK", "WKK WARTA KOTA KITA\nWarta Kota Kita - Jl. Mawar 1") == "Warta Kota Kita"
    assert printed_form("Kompas.com", "KOMPAS.COM") == "Kompas.com"  # a known outlet keeps its name


def test_a_syndicated_copy_keeps_its_own_outlet() -> None:
    res = extract_text(_page(
        "KotaKita.com",
        "Jembatan Kali Bening Retak, Warga Diminta Memutar",
        "Senin, 3 Maret 2025 16:05 WIB",
        "WARTAPUSAT.COM - " + LEDE, BODY,
        "(WartaPusat.com/Sari Wulandari)",
        "Artikel ini telah tayang di WartaPusat.com dengan judul Jembatan Kali Bening Retak",
        "© 2025 KotaKita.com, Kita Network. All Right Reserved"))
    assert res.outlet == "KotaKita.com"
    assert res.extra["source_outlet"] == "WartaPusat.com"


def test_a_place_then_a_domain_and_the_place_is_no_outlet() -> None:
    res = extract_text(_page(
        "Jembatan Kali Bening Retak, Warga Diminta Memutar",
        "Senin, 3 Maret 2025 16:05 WIB",
        "KOTAKITA.COM, SUKAMAJU - " + LEDE, BODY,
        "(KotaKita.com/Sari Wulandari)"))
    assert res.outlet == "KotaKita.com"


def test_a_tag_in_capitals_that_the_photo_credit_names_is_the_outlet() -> None:
    res = extract_text(_page(
        "Jembatan Kali Bening Retak, Warga Diminta Memutar",
        "- 3 Maret 2025, 16:05 WIB",
        "Jembatan Kali Bening yang retak. /WARTA SUKAMAJU/Sari Wulandari/",
        "WARTA SUKAMAJU - " + LEDE, BODY))
    assert res.outlet == "Warta Sukamaju"


def test_the_masthead_names_the_outlet_when_nothing_else_does() -> None:
    res = extract_text(_page("Kabarkita.id", "Jembatan Kali Bening Retak, Warga Diminta Memutar",
                             "Senin, 3 Maret 2025 16:05 WIB", LEDE, BODY))
    assert res.outlet == "Kabarkita.id"


@pytest.mark.parametrize("line, text, place, outlet", [
    ("BUSAN, Mar 3 (NW) - A ferry carrying 200 passengers ran aground off the southern coast on Monday.",
     "BUSAN, Mar 3 (NW)", "BUSAN", "NW"),
    ("MEDAN, North Sumatra — The river burst its banks before dawn, flooding hundreds of homes nearby.",
     "MEDAN, North Sumatra", "MEDAN", None),
])
def test_wire_and_region_datelines(line: str, text: str, place: str, outlet: str | None) -> None:
    dl = match_dateline(line)
    assert dl is not None and (dl.text, dl.place, dl.outlet) == (text, place, outlet)


def test_a_headline_with_an_acronym_and_a_colon_is_no_dateline() -> None:
    assert match_dateline("BPBD: Tiga Kecamatan Masih Terendam Banjir Hingga Sore Ini") is None
    dl = match_dateline("SINGAPORE: A man was arrested on Monday after a car crashed into a bus stop.")
    assert dl is not None and dl.place == "SINGAPORE"


def test_agencies_named_but_not_cited() -> None:
    from kabar.extract.wire import cited_sources

    assert cited_sources("Berdasarkan data Bloomberg, rupiah ditutup melemah ke Rp16.500.") == []
    assert cited_sources("Seperti dilaporkan Bloomberg, bank itu menunda penawaran saham.") == ["Bloomberg"]
    assert cited_sources("Hingga sore, kantor berita Xinhua belum memberikan keterangan.") == []
    assert cited_sources("Xinhua melaporkan banjir itu. Xinhua belum merilis jumlah korban.") == ["Xinhua"]


def test_an_html_body_opening_with_breadcrumb_headline_and_deck_starts_at_the_dateline() -> None:
    title = "Ferry runs aground off Busan, all passengers rescued"
    body = "\n".join([
        "World / Asia", title, "Coast guard boats reached the vessel within an hour of the distress call.",
        "BUSAN, South Korea — A ferry carrying 200 passengers ran aground off the southern coast on Monday.",
        "All passengers were taken ashore by coast guard boats, officials said."])
    res = extract_text(body, body_only=True, title=title)
    assert res.paragraphs[0].startswith("A ferry carrying")
    assert res.extra["dateline_place"] == "BUSAN"


def test_an_html_body_opening_with_breadcrumb_and_headline_starts_after_them() -> None:
    title = "Snapped cable strands commuters for hours"
    body = "\n".join([
        "City / Transport", title,
        "Thousands of commuters were stranded on Thursday after an overhead cable snapped near the station.",
        "Trains resumed in the afternoon, the operator said."])
    res = extract_text(body, body_only=True, title=title)
    assert res.paragraphs[0].startswith("Thousands of commuters")
    # a sentence above the headline is no breadcrumb: the body is left as it is
    body = "\n".join(["Thousands of commuters were stranded on Thursday morning.", title, "Trains resumed."])
    assert extract_text(body, body_only=True, title=title).paragraphs[0].startswith("Thousands")


def test_masthead_lines() -> None:
    from kabar.extract.outlets import brand_line

    assert brand_line("KotaKita.com") == "KotaKita.com"
    assert brand_line("WARTA KOTA KITA") == "WARTA KOTA KITA"
    assert brand_line("The Harian Pagi") == "The Harian Pagi"
    assert brand_line("BREAKING NEWS") is None
    assert brand_line("Jembatan Kali Bening Retak") is None
    assert outlet_from_copyright("All Rights Reserved © 2025 KotaKita.com") == "KotaKita.com"


@pytest.mark.parametrize(("line", "reason"), [
    ("Our Standards: The Archipelago Wire Trust Principles.", "footer"),
    ("A version appeared on p23 of the Main section section of the Daily Ledger on Wednesday 23 June 2010.", "footer"),
    ("A version of this article appears in print on June 29, 2010, on page A1 of the Metro edition.", "footer"),
    ("This article appeared on p4 of the Money section.", "footer"),
    ("A version of the plan appeared on page 3 of the draft, he said.", None),
    ("We welcome comments that advance the story through relevant opinion, anecdotes, links and data.", "ad"),
    ("Views expressed in the comments do not represent those of Reuters.", "ad"),
])
def test_wire_page_furniture(line: str, reason: str) -> None:
    assert rule_reason(line) == reason


@pytest.mark.parametrize(("line", "reason"), [
    ('Rina Marlina "src="https://cdn.kotakita.example/foto/rina_2025.jpg" style="height: 234 px; width: 468 px; "/>',
     "markup"),
    ('<img src="/foto/banjir.jpg" alt="Banjir di Baleendah">', "markup"),
    ('Warga menulis "x = 5" di papan tulis sekolah.', None),
    ("Tinggi (height) gedung itu 180 meter menurut pengelola.", None),
])
def test_left_over_markup_is_furniture(line: str, reason: str | None) -> None:
    assert rule_reason(line) == reason
