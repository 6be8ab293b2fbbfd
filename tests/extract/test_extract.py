"""The extract() contract: kinds, records overriding fields, errors, multi-page joins."""

from __future__ import annotations

import json

import pytest

from kabar.errors import InputError
from kabar.extract import extract, join_pages
from kabar.records import RawDoc

LEDE = "JAKARTA, KOMPAS.com - Pemerintah mengumumkan kebijakan baru tentang harga beras pada hari ini."


def _raw(content: bytes, kind: str = "text", meta: dict | None = None) -> RawDoc:
    return RawDoc.make("mem://x", content, kind, "2026-01-01T00:00:00Z", meta)


def test_record_fields_override_extracted_ones() -> None:
    meta = {"format": "text", "title": "Judul dari rekaman", "url": "https://www.tempo.co/a/b",
            "published_at": "2024-05-01", "outlet": "Tempo"}
    art = extract(_raw(LEDE.encode(), "record", meta))
    assert (art.title, art.url, art.published_at, art.outlet) == (
        "Judul dari rekaman", "https://www.tempo.co/a/b", "2024-05-01", "Tempo")
    assert art.dateline == "JAKARTA, KOMPAS.com"
    assert art.paragraphs == [LEDE.split(" - ", 1)[1]]


def test_a_record_date_the_page_contradicts_is_flagged() -> None:
    text = "Senin, 4 Maret 2024\n\n" + LEDE
    art = extract(_raw(text.encode(), "record", {"format": "text", "published_at": "2024-05-01"}))
    assert art.published_at == "2024-05-01"
    assert [f.kind for f in art.date_flags] == ["record_date_mismatch"]
    assert art.extra["page_published_at"] == "2024-03-04"


def test_html_saved_as_text_is_read_as_html() -> None:
    html = f"<!DOCTYPE html><html><body><article><p>{LEDE}</p></article></body></html>"
    art = extract(_raw(html.encode(), "text"))
    assert not any("<" in p for p in art.paragraphs) and art.paragraphs


def test_record_without_format_sniffs_html() -> None:
    html = f"<html><body><article><p>{LEDE}</p><p>{LEDE[30:]}</p></article></body></html>"
    art = extract(_raw(html.encode(), "record", {"url": "https://www.kompas.com/x"}))
    assert art.outlet == "Kompas.com" and art.paragraphs


@pytest.mark.parametrize("content, kind", [
    (b"", "text"), (b"   \n\n ", "text"), (b"\x00\x01\x02binary", "text"),
    ("Beranda\nLogin\n\u00a9 2024 Contoh".encode(), "text"), (b"<html><body></body></html>", "html"),
    (b"x", "pdf"),
])
def test_nothing_usable_raises_input_error(content: bytes, kind: str) -> None:
    with pytest.raises(InputError) as err:
        extract(_raw(content, kind))
    assert err.value.source == "mem://x"


def test_a_text_longer_than_any_news_article_is_refused_by_name() -> None:
    from kabar.extract.core import MAX_BODY_CHARS, MAX_TEXT_BYTES

    para = LEDE[30:] + "\n\n"
    n = MAX_BODY_CHARS // len(para)
    # distinct paragraphs (repeated lines are furniture), over the body limit, under the byte limit
    body = "".join(f"{i} {para}" for i in range(n + 50))
    assert len(body.encode()) < MAX_TEXT_BYTES
    for content, kind in ((("Judul Berita yang Panjang Sekali\n\n" + body).encode(), "text"),
                          (f"<html><body><article><p>{body}</p></article></body></html>".encode(), "html"),
                          (b"Kata " * (MAX_TEXT_BYTES // 5 + 1), "text")):
        with pytest.raises(InputError) as err:
            extract(_raw(content, kind))
        assert err.value.source == "mem://x" and "too long for a news article" in err.value.reason
    # just under the limit is still an article
    fits = ("Judul Berita yang Panjang Sekali\n\n" + "".join(f"{i} {para}" for i in range(n - 600))).encode()
    assert extract(_raw(fits)).paragraphs


def test_every_removed_line_is_kept_with_a_reason() -> None:
    text = "Judul Berita yang Cukup Panjang untuk Judul\n\nPenulis: Ani\n\n" + LEDE + "\n\nBaca Juga: Lain\n"
    art = extract(_raw(text.encode()))
    assert [(d.line_no, d.reason) for d in art.dropped] == [(1, "title"), (3, "byline"), (5, "dateline"),
                                                            (7, "related")]
    assert art.authors == ["Ani"]


def test_join_pages_keeps_page_one_metadata_and_all_paragraphs() -> None:
    p1 = extract(_raw(("Judul Berita Bersambung di Dua Halaman\n\n" + LEDE + "\n\nHalaman 1 2 3\n").encode()))
    p2 = extract(_raw(b"Menurut kantor berita Reuters, harga gabah juga naik di beberapa daerah.\n\n"
                      b"Pemerintah berjanji menambah stok di gudang."))
    assert p1.extra.get("paginated") is True
    joined = join_pages([p1, p2])
    assert joined.title == p1.title
    assert joined.paragraphs == p1.paragraphs + p2.paragraphs
    assert joined.wire_sources == ["Reuters"]
    assert json.loads(json.dumps(joined.to_dict()))["body"] == joined.body


def test_an_article_scraped_as_one_long_line_is_body_not_title_or_deck() -> None:
    # a scrape without paragraph breaks: the whole text on one line, a second byline under it
    sentence = "Komisi pemilihan menetapkan jadwal baru tahapan pemilu daerah setelah putusan pengadilan. "
    text = "\n\n".join(["Home | News | Regional", "Jadwal Baru Pemilu Daerah Ditetapkan", "Penulis: Tim Redaksi",
                        sentence * 30, "Penulis: Redaksi Daerah", "Copyright 2025 Kabar Contoh Network"])
    art = extract(RawDoc(id="x", source="x.txt", content=text.encode(), kind="text", fetched_at=""))
    assert art.title == "Jadwal Baru Pemilu Daerah Ditetapkan"
    assert art.paragraphs == [(sentence * 30).strip()]


def test_a_closing_numbered_list_of_records_is_body_and_a_headless_headline_list_is_not() -> None:
    # the article's own list (office holders) ends it, without an intro line ending in ":"
    body = ("Partai melantik tiga pengurus cabang baru di Bali pada Senin malam setelah pemilihan. "
            "Ketiganya dipilih langsung oleh anggota di tingkat cabang, kata ketua panitia.")
    records = ["1. Cabang Badung Ketua: Made Sudarsa Sekretaris: Wayan Arta",
               "2. Cabang Bangli Ketua: Nyoman Sedana Sekretaris: Ketut Diar",
               "3. Cabang Buleleng Ketua: Gede Supriatna Sekretaris: Ngurah Arya"]
    text = "\n\n".join(["Tiga Pengurus Cabang Dilantik", LEDE, body, *records])
    art = extract(_raw(text.encode()))
    assert art.paragraphs[-3:] == records
    # a "Baca Juga" link line between the text and its list does not end the article
    linked = "\n\n".join(["Tiga Pengurus Cabang Dilantik", LEDE, body, "Baca Juga: Harga Beras Naik Lagi", *records])
    art = extract(_raw(linked.encode()))
    assert art.paragraphs[-3:] == records and "Harga Beras" not in art.body
    # a headless "popular" list under the body: headlines, one colon at most, stay out
    popular = ["1. Djarot: Tak Ada Lagi Kawin Paksa di Partai", "2. Harga Beras Naik Lagi di Pasar Induk",
               "3. Jadwal Pemilu Daerah Ditetapkan Komisi"]
    art = extract(_raw("\n\n".join(["Tiga Pengurus Cabang Dilantik", LEDE, body, *popular]).encode()))
    assert art.paragraphs[-1].endswith("kata ketua panitia.")
    assert not any(p in art.body for p in popular)


def _double_decoded(text: str) -> bytes:
    """``text`` as a scraper that read UTF-8 as cp1252 and saved the result as UTF-8 writes it."""
    return text.encode("utf-8").decode("cp1252", errors="ignore").encode("utf-8")


def test_double_decoded_utf8_is_repaired_in_body_and_record_title() -> None:
    body = ("REYKJAVIK - Penggemar serangga Björn Hjaltason menemukan nyamuk di Kjós, kata ahli "
            "serangga Gísli Már Gíslason kepada wartawan. Suhu naik hingga 30°C—lebih tinggi dari biasanya, "
            "ujarnya di kafe Café Noir pada Senin.\n\n"
            "Para peneliti di Institut Ilmu Pengetahuan Alam Islandia akan mengamati serangga itu selama "
            "musim dingin, dan hasilnya akan diterbitkan dalam jurnal ilmiah tahun depan.")
    broken = _double_decoded(body)
    assert "BjÃ¶rn" in broken.decode("utf-8")  # the input really is mojibake
    art = extract(_raw(broken, "record", {"format": "text", "title": _double_decoded("Nyamuk di Kjós").decode()}))
    assert "Björn Hjaltason" in art.body and "Gísli Már Gíslason" in art.body and "30°C—lebih" in art.body
    assert "Ã" not in art.body and art.title == "Nyamuk di Kjós"


def test_clean_text_with_accented_capitals_is_left_as_it_is() -> None:
    # Latin-1 letters that also open mojibake runs ("Â", "Ã", "Ð") in a text that is not mojibake
    body = ("JAKARTA - Pelatih asal Portugal, João Ângelo, dan pemain Ðorđe Petrović tiba di Jakarta pada "
            "Senin. Mereka akan bergabung dengan klub selama dua musim, kata manajer tim kepada wartawan.\n\n"
            "Kedatangan keduanya disambut suporter di bandara, dan latihan pertama dijadwalkan pada Rabu.")
    art = extract(_raw(body.encode("utf-8")))
    assert "João Ângelo" in art.body and "Ðorđe Petrović" in art.body


def test_double_decoded_utf8_inside_an_html_page_is_repaired() -> None:
    paras = ["Penggemar serangga Björn Hjaltason menemukan nyamuk pertama di Kjós, Islandia, pada musim gugur "
             "ini, dan segera mengirimkannya ke institut untuk diperiksa para ahli serangga negeri itu.",
             "Ahli serangga Matthías Alfreðsson memastikan temuan itu kepada wartawan pada Senin, seraya "
             "mengatakan nyamuk tersebut kemungkinan terbawa kapal atau pesawat dari Eropa daratan."]
    page = ("<html><head><meta charset='utf-8'><title>Nyamuk di Kjós</title></head><body><article><h1>Nyamuk "
            "di Kjós</h1>" + "".join(f"<p>{p}</p>" for p in paras) + "</article></body></html>")
    art = extract(_raw(_double_decoded(page), "html"))
    assert "Björn Hjaltason" in art.body and "Matthías Alfreðsson" in art.body and "Ã" not in art.body
    assert art.title == "Nyamuk di Kjós"
