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
