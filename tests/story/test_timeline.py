from __future__ import annotations

from kabar.nlp.annotate import annotate
from kabar.records import Article
from kabar.story.timeline import build_timeline


def _timeline(*texts: str, date: str = "2017-08-10"):
    art = Article(id="a", source="a", paragraphs=list(texts), outlet="Kabar A", published_at=date)
    return build_timeline([art], {"a": annotate(art)})


def test_a_written_date_dates_the_sentence_before_a_word_counted_from_publication():
    # said on Wednesday 9 August, published the next day: "hari ini" is the 9th, not the 10th
    [entry] = _timeline('"Hari ini kami menetapkan tiga tersangka baru," kata Asep di Bekasi, Rabu (9/8).')
    assert (entry.date, entry.granularity) == ("2017-08-09", "day")


def test_the_finest_granularity_still_wins():
    [entry] = _timeline("Pada Agustus 2017 polisi mulai menyelidiki, dan kemarin tersangka ditangkap.")
    assert (entry.date, entry.granularity) == ("2017-08-09", "day")


def test_a_misdated_article_keeps_only_dates_that_state_their_year():
    art = Article(id="a", source="a", outlet="Kabar A", published_at="2025-08-22", paragraphs=[
        "Gedung Putih mengatakan pekan lalu bahwa kedua pemimpin bertukar surat.",
        "Kunjungan itu berlangsung pada 13 September 2023 di Amur."])
    anns = {"a": annotate(art)}
    assert {e.date for e in build_timeline([art], anns)} == {"2025-08-11", "2023-09-13"}
    assert [e.date for e in build_timeline([art], anns, misdated={"a"})] == ["2023-09-13"]


def test_the_year_a_story_is_reported_in_is_no_timeline_entry_other_years_are():
    entries = _timeline("Kabupaten itu hasil pemekaran pada 2012 dan kini berpenduduk 430 ribu jiwa.",
                        "Proyek jalan itu dibiayai anggaran tahun 2017.", "Polisi menahan tersangka kemarin.")
    assert [(e.date, e.granularity) for e in entries] == [("2012", "year"), ("2017-08-09", "day")]


def test_an_entry_cut_inside_a_quote_shows_the_whole_quote_and_its_speaker():
    body = ("MATARAM — For three days, Sari Wulandari has not opened her stall.\n\n"
            "“The water reached the counter within minutes. We carried out what we could,” "
            "the 42-year-old said on Friday.\n\n"
            "\"Air naik sangat cepat. Kami baru bisa kembali kemarin,\" kata Hendra, Kamis pagi.")
    art = Article(id="a", source="a", paragraphs=body.split("\n\n"), lang="en",
                  published_at="2025-02-07T09:00:00+07:00")
    texts = [e.text for e in build_timeline([art], {"a": annotate(art)})]
    assert "“The water reached the counter within minutes. We carried out what we could,” " \
           "the 42-year-old said on Friday." in texts
    assert "\"Air naik sangat cepat. Kami baru bisa kembali kemarin,\" kata Hendra, Kamis pagi." in texts
    assert not any(t.startswith(("We carried", "Kami baru")) for t in texts)


def test_sentences_of_one_day_stating_other_figures_are_two_entries():
    a = Article(id="a", source="a", outlet="A", published_at="2025-05-05T20:00:00+07:00",
                paragraphs=["Banjir bandang menerjang Kabupaten Luwu pada Senin (5/5/2025) dan menewaskan 8 orang."])
    b = Article(id="b", source="b", outlet="B", published_at="2025-05-06T09:00:00+07:00",
                paragraphs=["Banjir bandang yang menerjang Kabupaten Luwu pada Senin (5/5/2025) menewaskan 11 orang."])
    c = Article(id="c", source="c", outlet="C", published_at="2025-05-06T10:00:00+07:00",
                paragraphs=["Banjir bandang menerjang Kabupaten Luwu pada Senin (5/5/2025) hingga menewaskan 8 orang warga."])
    entries = build_timeline([a, b, c], {x.id: annotate(x) for x in (a, b, c)})
    assert sorted(e.article_ids for e in entries if e.date == "2025-05-05") == [["a", "c"], ["b"]]
