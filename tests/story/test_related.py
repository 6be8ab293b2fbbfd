"""Related stories: other stories of a story's days that read alike (kabar.story.related)."""

from __future__ import annotations

from pathlib import Path

from kabar.config import Settings
from kabar.service import all_dossiers, ingest, with_related
from kabar.store.base import open_store
from kabar.story.related import MIN_SCORE, related_stories

CORPUS = Path(__file__).resolve().parents[2] / "samples" / "corpus"


def test_a_follow_up_angle_kept_apart_is_listed_as_related(store_url):
    store = open_store(store_url)
    try:
        ingest([str(CORPUS)], store, Settings())
        dossiers = [with_related(store, d, Settings()) for d in all_dossiers(store, Settings())]
        by_title = {d["title"]: d for d in dossiers}
        # the BI rate cut's effect on mortgages stays a story of its own at the clustering threshold
        kpr = next(d for t, d in by_title.items() if "KPR" in t)
        rate = next(d for d in dossiers if d["id"] != kpr["id"] and "4,50 persen" in d["title"])
        assert rate["id"] in [r["id"] for r in kpr["related"]] and kpr["id"] in [r["id"] for r in rate["related"]]
        listed = next(r for r in kpr["related"] if r["id"] == rate["id"])
        assert listed["title"] == rate["title"] and listed["articles"] == len(rate["articles"])
        for d in dossiers:
            scores = [r["score"] for r in d["related"]]
            assert d["id"] not in [r["id"] for r in d["related"]]
            assert scores == sorted(scores, reverse=True) and all(s >= MIN_SCORE for s in scores)
        # two quakes seven years apart are never neighbours, however alike their words
        poso = next(d for t, d in by_title.items() if "Poso" in t)
        assert not any("Palu" in r["title"] for r in poso["related"])
        assert related_stories(store, "s-no-such-story") == []
        # the store reads the vectors of stories in other languages only, when asked to
        every = {sid: langs for sid, _v, _f, _l, langs in store.story_vectors(None, None)}
        english = {sid for sid, _v, _f, _l, _langs in store.story_vectors(None, None, other_than=["id"])}
        assert english and english == {sid for sid, langs in every.items() if "id" not in langs}
    finally:
        store.close()


def test_related_stories_render_and_link_to_the_files_written_beside(tmp_path):
    from kabar.report.html import render_html
    from kabar.report.markdown import render_markdown
    from kabar.service import write_reports

    d = {"id": "s1", "title": "Banjir Baleendah", "first_seen": None, "last_seen": None, "outlets": [],
         "articles": [], "timeline": [], "quotes": [], "claims": [], "discrepancies": [], "entities": [],
         "summary": [], "related": [{"id": "s2", "title": "Pengungsi Baleendah", "articles": 3,
                                     "first_seen": "2025-03-04", "last_seen": "2025-03-05", "score": 0.52}]}
    other = {**d, "id": "s2", "title": "Pengungsi Baleendah", "related": []}
    assert "- Pengungsi Baleendah (`s2`) · 3 articles · 2025-03-04 → 2025-03-05" in render_markdown(d)
    assert "Related stories" in render_html(d) and 'href="s2.html"' not in render_html(d)
    write_reports([d, other], tmp_path)
    assert "[Pengungsi Baleendah](s2.md)" in (tmp_path / "s1.md").read_text(encoding="utf-8")
    assert '<a href="s2.html">Pengungsi Baleendah</a>' in (tmp_path / "s1.html").read_text(encoding="utf-8")
    assert "Related stories" not in (tmp_path / "s2.md").read_text(encoding="utf-8")
