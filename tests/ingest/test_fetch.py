"""The HTTP client, against a web site on loopback (tests/conftest.py: http_site); no outside address."""

from __future__ import annotations

import pytest

import kabar.ingest.fetch as fetch
from kabar.ingest.fetch import USER_AGENT, Fetcher, Response, address_problem
from kabar.records import DocError, RawDoc

PAGE = "<html><head><title>Uji</title></head><body><article><p>Isi berita uji.</p></article></body></html>"


class FakeTime:
    def __init__(self):
        self.now = 0.0
        self.slept: list[float] = []

    def sleep(self, s: float) -> None:
        self.slept.append(round(s, 3))
        self.now += s

    def clock(self) -> float:
        return self.now


def _fetcher(**kw) -> Fetcher:
    t = FakeTime()
    kw.setdefault("host_interval", 0.0)
    return Fetcher(allow_private=True, sleep=t.sleep, clock=t.clock, timeout=5, **kw)


@pytest.mark.parametrize("url", ["http://127.0.0.1/x", "http://10.1.2.3/", "http://192.168.0.1/",
                                 "http://169.254.169.254/latest/meta-data", "http://[::1]/", "http://0.0.0.0/"])
def test_private_and_loopback_addresses_are_refused(url):
    assert "refused" in address_problem(url)
    assert address_problem(url, allow_private=True) is None


def test_public_addresses_and_schemes():
    assert address_problem("http://93.184.216.34/page") is None  # a literal: resolving it needs no network
    assert "http" in address_problem("file:///etc/passwd")
    assert "http" in address_problem("ftp://93.184.216.34/x")


def test_the_guard_stops_the_request_before_it_is_sent(http_site):
    url = http_site.add("/a", PAGE)
    got = Fetcher().get(url)
    assert isinstance(got, DocError) and got.source == url and "--allow-private" in got.reason
    assert http_site.hits == {}


def test_a_page_comes_with_our_user_agent_and_its_url(http_site):
    url = http_site.add("/berita/1", PAGE)
    docs = list(fetch.fetch_url(url, fetcher=_fetcher()))
    assert len(docs) == 1 and isinstance(docs[0], RawDoc)
    assert docs[0].kind == "html" and docs[0].meta["url"] == url and docs[0].source == url
    assert http_site.seen_headers["/berita/1"]["User-Agent"] == USER_AGENT


def test_http_errors_are_one_line_doc_errors_naming_the_url(http_site):
    url = http_site.url("/missing")
    got = _fetcher().get(url)
    assert isinstance(got, DocError) and got.source == url and got.reason == "HTTP 404 Not Found"
    assert http_site.hits["/missing"] == 1  # a 404 is not retried


def test_server_errors_are_retried_with_growing_back_off(http_site):
    url = http_site.add("/busy", "busy", "text/plain", status=503)
    f = _fetcher(retries=2, backoff=0.5)
    got = f.get(url)
    assert isinstance(got, DocError) and "HTTP 503" in got.reason and "after 3 tries" in got.reason
    assert http_site.hits["/busy"] == 3
    assert f.sleep.__self__.slept == [0.5, 1.0]


def test_retry_after_is_honoured(http_site):
    url = http_site.add("/slow-down", "later", "text/plain", status=429, Retry_After="3")
    f = _fetcher(retries=1, backoff=0.5)
    got = f.get(url)
    assert isinstance(got, DocError) and "HTTP 429" in got.reason
    assert f.sleep.__self__.slept == [3.0]


def test_an_unreachable_server_is_a_doc_error():
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now
    got = _fetcher(retries=1).get(f"http://127.0.0.1:{port}/x")
    assert isinstance(got, DocError) and got.reason.startswith("unreachable") and "2 tries" in got.reason


def test_conditional_get(http_site):
    url = http_site.add("/feed", PAGE, ETag='"v1"', Last_Modified="Mon, 03 Feb 2025 09:00:00 GMT")
    f = _fetcher()
    first = f.get(url)
    assert isinstance(first, Response) and first.status == 200 and first.etag == '"v1"'
    again = f.get(url, etag=first.etag, last_modified=first.last_modified)
    assert isinstance(again, Response) and again.status == 304 and again.body == b""
    assert http_site.seen_headers["/feed"]["If-None-Match"] == '"v1"'
    assert http_site.seen_headers["/feed"]["If-Modified-Since"] == first.last_modified


def test_robots_txt_is_obeyed(http_site):
    http_site.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
    http_site.add("/private/a", PAGE)
    ok = http_site.add("/public/a", PAGE)
    f = _fetcher()
    got = f.get(http_site.url("/private/a"))
    assert isinstance(got, DocError) and "robots.txt" in got.reason
    assert "/private/a" not in http_site.hits
    assert isinstance(f.get(ok), Response)
    assert http_site.hits["/robots.txt"] == 1  # read once per site


def test_requests_to_one_host_are_spaced(http_site):
    url = http_site.add("/p", PAGE)
    f = _fetcher(host_interval=2.0)
    f.get(url)
    f.get(url)
    assert f.sleep.__self__.slept and max(f.sleep.__self__.slept) == 2.0


def test_a_redirect_to_a_refused_address_is_not_followed(http_site, monkeypatch):
    real = fetch.address_problem
    monkeypatch.setattr(fetch, "address_problem",
                        lambda url, allow_private=False: "refused: inside" if "/inside" in url else real(url, True))
    http_site.add("/inside", PAGE)
    start = http_site.add("/start", "", status=302, Location=http_site.url("/inside"))
    got = Fetcher(allow_private=False, host_interval=0).get(start)
    assert isinstance(got, DocError) and "redirected to" in got.reason and "refused" in got.reason
    assert "/inside" not in http_site.hits
