"""The JSON API: contract shapes, paging, errors, OpenAPI."""

from __future__ import annotations

CONTRACT = {"id", "title", "first_seen", "last_seen", "articles", "entities", "quotes", "timeline", "claims",
            "discrepancies", "summary"}
ARTICLE = {"id", "source", "url", "outlet", "title", "published_at", "authors", "editors", "wire_sources",
           "dateline", "lang", "body", "duplicate_of", "syndicated_from", "date_flags"}


def test_stories_list_and_paging(client, api):
    r = client.get("/api/stories", params={"limit": 2, "offset": 1})
    body = r.json()
    assert r.status_code == 200 and body["limit"] == 2 and body["offset"] == 1
    assert [s["id"] for s in body["stories"]] == api["stories"][1:3]
    assert set(body["stories"][0]) >= {"id", "title", "outlets", "articles", "first_seen", "last_seen"}
    assert client.get("/api/stories", params={"limit": 0}).status_code == 422
    assert client.get("/api/stories", params={"date_to": "10/10/2025"}).status_code == 422


def test_dossier_is_the_contract(client, api):
    from kabar import service
    from kabar.config import Settings
    from kabar.store.base import open_store

    sid = api["stories"][0]
    d = client.get(f"/api/stories/{sid}").json()
    assert CONTRACT <= set(d) and d["id"] == sid
    assert all(ARTICLE <= set(a) for a in d["articles"])
    store = open_store(client.app.state.ctx.settings.db)
    try:
        # the same as `kabar story ID --format json`: the stored dossier and its related stories
        assert d == service.with_related(store, service.dossier(store, sid, Settings()), Settings())
        assert isinstance(d["related"], list) and all(r["id"] != sid and r["score"] >= 0.40 for r in d["related"])
    finally:
        store.close()


def test_article_json_has_dropped_lines_and_links(client, api):
    a = client.get(f"/api/articles/{api['copy']}").json()
    assert ARTICLE <= set(a) and a["duplicate_of"] == api["original"]
    o = client.get(f"/api/articles/{api['original']}").json()
    assert api["copy"] in o["copies"] and o["story_id"] == api["copy_story"]
    h = client.get(f"/api/articles/{api['hostile_scrape']}").json()
    assert h["dropped"] and set(h["dropped"][0]) == {"line_no", "text", "reason"}


def test_search(client):
    r = client.get("/api/search", params={"q": "gempa"})
    body = r.json()
    assert r.status_code == 200 and body["results"]
    assert "[" in body["results"][0]["snippet"]
    assert set(body["results"][0]) >= {"id", "title", "snippet", "story_id", "outlet", "published_at"}
    assert client.get("/api/search").status_code == 422
    assert client.get("/api/search", params={"q": '"()*:^ NEAR AND'}).status_code == 200


def test_unknown_ids_are_404_json(client):
    for url in ("/api/stories/s000000000000", "/api/articles/nope", "/api/nothing"):
        r = client.get(url)
        assert r.status_code == 404 and r.headers["content-type"] == "application/json", url
        assert r.json()["detail"]


def test_openapi_lists_the_api(client):
    spec = client.get("/api/openapi.json").json()
    assert {"/api/stories", "/api/outlets", "/api/stories/{story_id}", "/api/articles/{article_id}", "/api/search",
            "/api/documents"} <= set(spec["paths"])
    assert "/" not in spec["paths"]  # pages are for people, not in the spec


def test_listed_titles_are_the_dossier_titles(client, api):
    for row in client.get("/api/stories", params={"limit": 200}).json()["stories"]:
        assert row["title"] == client.get(f"/api/stories/{row['id']}").json()["title"]


def test_head_is_answered_like_get_without_a_body(client, api):
    r = client.head(f"/stories/{api['stories'][0]}")
    assert r.status_code == 200 and r.content == b"" and int(r.headers["content-length"]) > 0


def test_outlets(client):
    outlets = client.get("/api/outlets").json()
    assert outlets == sorted(outlets, key=lambda o: o["outlet"]) and all(o["articles"] > 0 for o in outlets)
    listed = {o for r in client.get("/api/stories", params={"limit": 200}).json()["stories"] for o in r["outlets"]}
    assert listed == {o["outlet"] for o in outlets}


def test_api_page_describes_every_endpoint_for_people(client):
    r = client.get("/api")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    for path in client.get("/api/openapi.json").json()["paths"]:
        assert f"{path}</code>" in r.text
    assert "<script" not in r.text
