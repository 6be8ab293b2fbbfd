from __future__ import annotations

from kabar.records import Article
from kabar.story.claims import align_claims
from kabar.story.summary import summarise


def _art(aid, outlet, *paragraphs, lang="id"):
    return Article(id=aid, source=aid, paragraphs=list(paragraphs), outlet=outlet, lang=lang)


INDONESIAN = [
    ("Gempa bermagnitudo 6,2 mengguncang Kabupaten Poso pada Selasa dini hari dan menewaskan 12 orang.",
     "Gempa bermagnitudo 6,2 mengguncang Kabupaten Poso, Selasa dini hari, menewaskan 12 orang warga."),
    ("BMKG mencatat pusat gempa berada di darat sekitar 18 kilometer barat daya Kota Poso.",
     "Pusat gempa berada di darat, sekitar 18 kilometer barat daya Kota Poso, menurut BMKG."),
    ("Sebanyak 1.240 rumah rusak dan 310 di antaranya rusak berat akibat guncangan itu.",
     "Guncangan itu merusak 1.240 rumah, 310 di antaranya rusak berat."),
]


def test_a_story_in_two_languages_is_summarised_in_its_main_one():
    a = _art("a", "Kabar A", *(x for x, _ in INDONESIAN))
    b = _art("b", "Kabar B", *(y for _, y in INDONESIAN))
    wire = _art("w", "Wire", "A magnitude 6.2 earthquake struck Poso in Central Sulawesi early on Tuesday, killing 12.",
                "Rescuers were searching collapsed houses in hillside villages on Tuesday afternoon.", lang="en")
    summary = summarise(align_claims([a, b, wire]), max_sentences=3)
    assert len(summary) == 3 and all("w" not in s.article_ids for s in summary)
    # short of Indonesian claims, the other language fills in
    summary = summarise(align_claims([a, b, wire]), max_sentences=6)
    assert any(s.article_ids == ["w"] for s in summary)


def test_every_summary_sentence_cites_the_articles_carrying_it():
    a = _art("a", "Kabar A", *(x for x, _ in INDONESIAN))
    b = _art("b", "Kabar B", *(y for _, y in INDONESIAN))
    summary = summarise(align_claims([a, b]), max_sentences=3)
    assert summary and all(s.article_ids == ["a", "b"] for s in summary)
