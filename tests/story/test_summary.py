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


def test_a_summary_sentence_cites_only_the_articles_that_state_its_figures():
    a = _art("a", "Kabar A", "Sebanyak 8 orang meninggal dunia setelah banjir bandang menerjang Kabupaten Luwu, Senin (5/5/2025).")
    b = _art("b", "Kabar B", "Sebanyak 11 orang meninggal dunia setelah banjir bandang menerjang Kabupaten Luwu, Senin (5/5/2025).")
    c = _art("c", "Kabar C", "Dikutip Selasa (6/5/2025), sebanyak 8 orang meninggal dunia setelah banjir bandang "
             "menerjang Kabupaten Luwu.")
    claims = align_claims([a, b, c])
    assert len(claims) == 1 and set(claims[0].article_ids) == {"a", "b", "c"}  # one claim, other figures and all
    (s,) = summarise(claims, max_sentences=1)
    # the day a report is cited on is no figure of the claim
    assert "8 orang" in s.text and sorted(s.article_ids) == ["a", "c"] and s.other_figures == ["b"]


def test_the_dossier_names_the_articles_with_other_figures():
    from kabar.report.markdown import render_markdown
    from kabar.story.dossier import article_json

    d = {"id": "s1", "title": "Banjir Luwu", "first_seen": "2025-05-05", "last_seen": "2025-05-06", "outlets": ["A", "B"],
         "articles": [article_json(_art(i, o, "x")) for i, o in (("a", "A"), ("b", "B"))],
         "timeline": [], "quotes": [], "claims": [], "discrepancies": [],
         "entities": [], "summary": [{"text": "Delapan orang meninggal.", "article_ids": ["a"], "other_figures_in": ["b"]}]}
    md = render_markdown(d)
    assert "- Delapan orang meninggal. [^1] *(other figures in [^2])*" in md
