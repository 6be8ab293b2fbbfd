"""The HTML pages, in-process: story list and its filters, story, article, search, errors."""

from __future__ import annotations

import re

from kabar.config import Settings
from kabar.store.base import open_store


def test_story_list_shows_stories_newest_first_with_outlets(client, api):
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    shown = re.findall(r'href="/stories/(s[0-9a-f]+)"', r.text)
    assert shown == api["stories"][:50]
    assert "Warta Nusantara" in r.text


def test_story_list_filters_by_outlet_and_entity_and_dates(client):
    every = client.get("/api/stories", params={"limit": 200}).json()
    outlet = next(o for r in every["stories"] for o in r["outlets"] if "Evil" not in o)
    r = client.get("/", params={"outlet": outlet})
    by_outlet = client.get("/api/stories", params={"outlet": outlet, "limit": 200}).json()
    assert 0 < by_outlet["total"] < every["total"]
    assert all(outlet in s["outlets"] for s in by_outlet["stories"])
    assert re.findall(r'href="/stories/(s[0-9a-f]+)"', r.text) == [s["id"] for s in by_outlet["stories"]]

    henri = client.get("/api/stories", params={"entity": "Henri Lincoln"}).json()
    assert henri["total"] >= 1 and henri["total"] < every["total"]

    dated = client.get("/api/stories", params={"date_from": "2025-10-01", "date_to": "2025-10-31"}).json()
    assert 0 < dated["total"] < every["total"]
    for s in dated["stories"]:
        assert s["last_seen"] >= "2025-10-01" and s["first_seen"] <= "2025-10-31~"


def test_story_list_refuses_bad_dates_with_a_reason_and_reads_ranges_both_ways(client):
    r = client.get("/", params={"date_from": "yesterday"})
    assert r.status_code == 400 and "YYYY-MM-DD" in r.text
    backwards = client.get("/api/stories", params={"date_from": "2025-10-31", "date_to": "2025-10-01"}).json()
    assert backwards == client.get("/api/stories", params={"date_from": "2025-10-01", "date_to": "2025-10-31"}).json()


def test_story_list_pages(client):
    total = client.get("/api/stories").json()["total"]
    page = client.get("/", params={"page": 2})
    assert page.status_code == 200
    assert client.get("/", params={"page": 0}).status_code == 400
    if total <= 50:
        assert "/stories/" not in page.text.split("<tbody>")[-1]


def test_story_page_has_every_dossier_section(client, api):
    sid = api["stories"][0]
    d = client.get(f"/api/stories/{sid}").json()
    r = client.get(f"/stories/{sid}")
    assert r.status_code == 200
    for section in ("summary", "timeline", "quotes", "matrix", "discrepancies", "entities", "sources"):
        assert f'id="{section}"' in r.text
    for n, a in enumerate(d["articles"], start=1):
        assert f'id="a{n}"' in r.text and f'href="/articles/{a["id"]}"' in r.text
    if d["summary"]:
        assert 'class="cite"><a href="#a' in r.text
    if any(e["date"] for e in d["timeline"]):
        assert "<svg" in r.text


def test_merged_story_id_redirects(db_copy):
    from fastapi.testclient import TestClient

    from kabar.web.app import create_app

    store = open_store(f"sqlite:///{db_copy}")
    first, second = [s.id for s in store.stories()][:2]
    with store.batch():
        store.merge_story(first, second)
    store.close()
    with TestClient(create_app(Settings(db=f"sqlite:///{db_copy}"))) as c:
        r = c.get(f"/stories/{first}", follow_redirects=False)
        assert r.status_code == 301 and r.headers["location"] == f"/stories/{second}"
        r = c.get(f"/api/stories/{first}", follow_redirects=False)
        assert r.status_code == 301 and r.headers["location"] == f"/api/stories/{second}"
        assert c.get(f"/api/stories/{first}").json()["id"] == second


def test_article_page_shows_text_metadata_and_removed_lines(client, api):
    aid = api["hostile_scrape"]
    j = client.get(f"/api/articles/{aid}").json()
    r = client.get(f"/articles/{aid}")
    assert r.status_code == 200
    assert "Removed lines" in r.text and j["dropped"], "the scrape's furniture is dropped and shown"
    assert "<details>" in r.text and j["dropped"][0]["reason"] in r.text
    assert f'href="/stories/{j["story_id"]}"' in r.text


def test_article_page_links_copies_and_originals(client, api):
    copy, original = api["copy"], api["original"]
    r = client.get(f"/articles/{copy}")
    assert f'href="/articles/{original}"' in r.text and "is a copy of" in r.text
    r = client.get(f"/articles/{original}")
    assert f'href="/articles/{copy}"' in r.text and "exact copy" in r.text


def test_search_page_highlights_matches(client):
    r = client.get("/search", params={"q": "banjir"})
    assert r.status_code == 200
    assert re.search(r"<mark>banjir</mark>", r.text, re.IGNORECASE)
    assert 'href="/articles/' in r.text
    empty = client.get("/search")
    assert empty.status_code == 200 and "<mark>" not in empty.text
    none = client.get("/search", params={"q": "zzzyyyxxx"})
    assert "No article matches" in none.text


def test_unknown_ids_get_404_pages(client):
    for url in ("/stories/s000000000000", "/articles/nope", "/no/such/page"):
        r = client.get(url)
        assert r.status_code == 404 and r.headers["content-type"].startswith("text/html"), url


def test_pages_are_accessible_landmarks(client, api):
    for url in ("/", f"/stories/{api['stories'][0]}", f"/articles/{api['copy']}", "/search?q=gempa"):
        html = client.get(url).text
        assert 'class="skip" href="#main"' in html
        assert '<main id="main"' in html and "<header" in html and "<nav" in html
        assert re.search(r'<html lang="\w+"', html)
        for field in re.findall(r'<input id="([^"]+)"', html):
            assert f'for="{field}"' in html, f"{url}: input {field} has no label"


def test_an_untitled_article_is_shown_by_its_lead(db_copy, tmp_path):
    from fastapi.testclient import TestClient

    from kabar.service import ingest
    from kabar.web.app import create_app

    doc = tmp_path / "untitled.txt"
    doc.write_text("SEMARANG, WARTA JATENG - Banjir rob merendam ratusan rumah di pesisir utara Semarang "
                   "pada Rabu pagi.\n\nKepala BPBD Kota Semarang Endro Hartono mengatakan air mulai surut "
                   "menjelang siang hari.\n", encoding="utf-8")
    store = open_store(f"sqlite:///{db_copy}")
    try:
        assert ingest([str(doc)], store, Settings()).added == 1
    finally:
        store.close()
    with TestClient(create_app(Settings(db=f"sqlite:///{db_copy}"))) as c:
        found = c.get("/search", params={"q": "rob Semarang"}).text
        aid = re.search(r'href="/articles/(\w+)"', found).group(1)
        page = c.get(f"/articles/{aid}").text
        assert "<h1>(no title) Banjir rob merendam ratusan rumah" in page
        story = re.search(r'href="/stories/(\w+)"', page).group(1)
        assert "<strong>(no title) Banjir rob merendam" in c.get(f"/stories/{story}").text


def test_pages_of_articles_stored_unannotated_show_their_entities_without_writing(tmp_path, fixtures_dir):
    from fastapi.testclient import TestClient

    from kabar.nlp.annotate import annotate
    from kabar.service import ingest
    from kabar.web.app import create_app

    url = f"sqlite:///{tmp_path / 'deferred.db'}"
    store = open_store(url)
    ingest([str(fixtures_dir / "mini")], store, Settings(annotate=False))
    pending = store.unannotated()
    article = store.article(pending[0])
    story_id = store.article_story(article.id)
    names = [e.name for e in annotate(article).entities]
    store.close()
    assert names
    with TestClient(create_app(Settings(db=url))) as c:
        page = c.get(f"/articles/{article.id}")
        assert page.status_code == 200
        assert all(n in page.text for n in names[:5])
        d = c.get(f"/api/stories/{story_id}").json()
        assert {e["name"] for e in d["entities"]} & set(names)
    store = open_store(url)
    try:
        assert store.unannotated() == pending  # pages read; `kabar annotate` writes
    finally:
        store.close()
