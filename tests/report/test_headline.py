"""Articles without a title are shown by their lead, never by their id."""

from __future__ import annotations

from kabar.headline import headline, lead_title
from kabar.records import Article
from kabar.report.html import render_html
from kabar.report.markdown import render_markdown

LEAD = ("Presiden Korea Utara tiba di Vladivostok dengan kereta lapis baja pada Selasa pagi, "
        "disambut pejabat tinggi Rusia di stasiun.\n\nParagraf kedua.")


def test_a_long_lead_is_cut_at_a_word_with_an_ellipsis():
    cut = lead_title(LEAD)
    assert cut.endswith("…") and len(cut) <= 100
    assert LEAD.startswith(cut[:-1]) and not cut[:-1].endswith((" ", ","))
    assert lead_title("Pendek saja.\n\nLain.") == "Pendek saja."
    assert lead_title("") == ""


def test_headline_prefers_the_title_then_the_lead_then_the_id():
    assert headline({"id": "a1", "title": "Judul", "body": LEAD}) == "Judul"
    assert headline({"id": "a1", "title": None, "body": "Isi singkat."}) == "(no title) Isi singkat."
    assert headline({"id": "a1", "title": "", "body": ""}) == "a1"
    art = Article(id="a2", source="x.txt", paragraphs=["Banjir di Demak."])
    assert headline(art) == "(no title) Banjir di Demak."


def test_reports_show_an_untitled_article_by_its_lead():
    art = {"id": "a1", "source": "x.txt", "url": None, "outlet": "Kompas", "title": None,
           "published_at": "2025-01-02", "authors": [], "editors": [], "wire_sources": [], "dateline": None,
           "lang": "id", "body": "Banjir merendam Demak.", "duplicate_of": None, "syndicated_from": None,
           "date_flags": []}
    d = {"id": "s1", "title": "Banjir", "first_seen": "2025-01-02", "last_seen": "2025-01-02",
         "outlets": ["Kompas"], "articles": [art], "entities": [], "quotes": [], "timeline": [], "claims": [],
         "discrepancies": [], "summary": []}
    assert "[^1]: (no title) Banjir merendam Demak." in render_markdown(d)
    assert "<strong>(no title) Banjir merendam Demak.</strong>" in render_html(d)

