"""Untrusted text never reaches a page unescaped; every response carries the security headers."""

from __future__ import annotations

import pytest

from kabar.web.render import highlight
from kabar.web.security import CSP, token_ok

SCRIPT = "<script>alert(1)</script>"  # the payloads conftest.py puts in titles, bodies and outlets
IMG = '"><img src=x onerror=alert(1)>'

RAW = (SCRIPT, "<script", "<img src=x", "\"><img")  # the payloads, or any part that opens an element


def pages(api):
    return ["/", f"/stories/{api['hostile_story']}", f"/articles/{api['hostile_scrape']}",
            f"/articles/{api['hostile_record']}", "/search?q=alert", "/search?q=Bekasi", "/search?q=onerror",
            "/?outlet=" + "Evil " + IMG.replace(" ", "+") + "+News", "/?entity=%3Cscript%3E",
            "/search?q=%3Cscript%3Ealert(1)%3C/script%3E", "/stories/%3Cscript%3E", "/articles/%22%3E%3Cimg"]


def test_hostile_text_is_escaped_everywhere(client, api):
    for url in pages(api):
        html = client.get(url).text
        for raw in RAW:
            assert raw not in html, f"{url} lets {raw!r} through"
    story = client.get(f"/stories/{api['hostile_story']}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in story  # shown as text, not dropped
    article = client.get(f"/articles/{api['hostile_scrape']}").text
    assert article.count("&lt;script&gt;") >= 3  # title, body, the removed 'Baca Juga' line


def test_search_marks_only_matches_and_escapes_first(client):
    html = client.get("/search", params={"q": "alert"}).text
    assert "<mark>alert</mark>" in html
    for raw in RAW:
        assert raw not in html


@pytest.mark.parametrize(("snippet", "expected"), [
    ("a [b] c", "a <mark>b</mark> c"),
    ("<script>[x]</script>", "&lt;script&gt;<mark>x</mark>&lt;/script&gt;"),
    ("[open only", "<mark>open only</mark>"),
    ("stray ] and [[x]]", "stray ] and <mark>[x</mark>]"),
    ("", ""),
    (None, ""),
])
def test_highlight(snippet, expected):
    assert str(highlight(snippet)) == expected


def test_security_headers_on_every_response(client, api):
    urls = [*pages(api), "/static/kabar.css", "/api/stories", "/api/openapi.json", "/api/articles/nope", "/nope"]
    for url in urls:
        r = client.get(url)
        assert r.headers["content-security-policy"] == CSP, url
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["referrer-policy"] == "no-referrer"
        assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
    r = client.post("/api/documents", content=b"{}")
    assert r.headers["content-security-policy"] == CSP


def test_pages_have_no_scripts_or_inline_styles(client, api):
    for url in pages(api):
        html = client.get(url).text
        assert "<script" not in html and "style=" not in html and "<style" not in html, url
    assert "script-src" not in CSP and "unsafe-inline" not in CSP


def test_token_compare():
    assert token_ok("s3cret", "s3cret")
    assert not token_ok("s3cre", "s3cret") and not token_ok("", "") and not token_ok(None, "x")
    assert not token_ok("x", "")


def test_a_bug_still_answers_with_the_security_headers(web_db):
    from fastapi.testclient import TestClient

    from kabar.config import Settings
    from kabar.web.app import create_app

    app = create_app(Settings(db=f"sqlite:///{web_db}", warm_stories=0))

    def broken():
        raise RuntimeError("a bug")

    app.add_api_route("/broken", broken)
    r = TestClient(app, raise_server_exceptions=False).get("/broken")
    assert r.status_code == 500 and r.headers["content-security-policy"] == CSP
    assert "a bug" not in r.text  # no internals in the answer
