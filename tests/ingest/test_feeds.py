"""Feeds, sitemaps and polling, against a web site on loopback (tests/conftest.py: http_site)."""

from __future__ import annotations

import html

import pytest
from typer.testing import CliRunner

from kabar.cli.main import app
from kabar.config import Settings
from kabar.ingest.fetch import Fetcher
from kabar.ingest.watch import SourceState, ingest_inputs, parse_every, read_sources, watch
from kabar.store.base import open_store

NAMES = ["banjir_1", "banjir_2", "kereta_1", "kereta_2"]


def _page(text: str) -> str:
    title, *paras = [p.strip() for p in text.split("\n\n") if p.strip()]
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paras)
    return (f"<html><head><title>{html.escape(title)}</title></head><body><article>"
            f"<h1>{html.escape(title)}</h1>{body}</article></body></html>")


def _rss(site, names: list[str]) -> str:
    items = "".join(f"<item><title>{n}</title><link>{site.url('/berita/' + n)}</link></item>" for n in names)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Uji</title>{items}</channel></rss>'


@pytest.fixture
def site(http_site, fixtures_dir):
    for n in NAMES:
        http_site.add(f"/berita/{n}", _page((fixtures_dir / "mini" / f"{n}.txt").read_text(encoding="utf-8")))
    return http_site


@pytest.fixture
def feedparser():
    return pytest.importorskip("feedparser")


def _settings(tmp_path) -> Settings:
    return Settings(db=f"sqlite:///{tmp_path / 'k.db'}", allow_private=True, host_interval=0.0, fetch_retries=0)


def test_a_feed_brings_in_every_article_it_lists(site, tmp_path, feedparser):
    site.add("/rss.xml", _rss(site, NAMES[:3]), "application/rss+xml")
    store = open_store("sqlite://")
    stats = ingest_inputs([site.url("/rss.xml")], store, _settings(tmp_path))
    assert stats.added == 3 and stats.failed == 0
    urls = sorted(store.article(a).url for st in store.stories() for a in st.article_ids)
    assert urls == sorted(site.url(f"/berita/{n}") for n in NAMES[:3])


def test_atom_feeds_and_sitemaps(site, tmp_path, feedparser):
    links = "".join(f'<entry><title>{n}</title><link href="/berita/{n}"/></entry>' for n in NAMES[:2])
    site.add("/atom.xml", f'<feed xmlns="http://www.w3.org/2005/Atom"><title>U</title>{links}</feed>',
             "application/atom+xml")
    locs = "".join(f"<url><loc>{site.url('/berita/' + n)}</loc></url>" for n in NAMES[2:])
    site.add("/sitemap.xml", f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/'
             f'sitemap/0.9">{locs}</urlset>', "application/xml")
    site.add("/index.xml", f'<sitemapindex><sitemap><loc>{site.url("/sitemap.xml")}</loc></sitemap></sitemapindex>',
             "text/xml")
    store = open_store("sqlite://")
    stats = ingest_inputs([site.url("/atom.xml"), site.url("/index.xml")], store, _settings(tmp_path))
    assert stats.added == 4 and stats.failed == 0  # relative Atom links resolved; index → sitemap → pages


def test_each_poll_ingests_only_what_is_new(site, tmp_path, feedparser):
    site.add("/rss.xml", _rss(site, NAMES[:2]), "application/rss+xml", ETag='"1"')
    sources = tmp_path / "sources.txt"
    sources.write_text(f"# test feeds\n{site.url('/rss.xml')}\n\n")
    store = open_store("sqlite://")
    settings = _settings(tmp_path)
    polls = []
    watch(sources, store, settings, every=0, polls=2, on_poll=polls.append, sleep=lambda s: None)
    assert [p.stats.added for p in polls] == [2, 0]
    assert site.hits["/rss.xml"] == 2 and site.seen_headers["/rss.xml"]["If-None-Match"] == '"1"'
    assert all(site.hits[f"/berita/{n}"] == 1 for n in NAMES[:2])  # second poll: 304, nothing fetched
    # the feed grows: the next poll fetches the new entry only
    site.add("/rss.xml", _rss(site, NAMES[:3]), "application/rss+xml", ETag='"2"')
    polls.clear()
    watch(sources, store, settings, every=0, polls=1, on_poll=polls.append)
    assert polls[0].stats.added == 1 and polls[0].stats.read == 1
    assert all(site.hits[f"/berita/{n}"] == 1 for n in NAMES[:3])
    assert store.count("articles") == 3


def test_a_failed_entry_is_reported_and_tried_again(site, tmp_path, feedparser):
    site.add("/rss.xml", _rss(site, [NAMES[0], "gone"]), "application/rss+xml", ETag='"1"')
    state = SourceState(tmp_path / "state.json", "x")
    store = open_store("sqlite://")
    stats = ingest_inputs([site.url("/rss.xml")], store, _settings(tmp_path), memory=state)
    assert stats.added == 1 and len(stats.errors) == 1
    assert stats.errors[0].source == site.url("/berita/gone") and stats.errors[0].reason == "HTTP 404 Not Found"
    site.add("/berita/gone", site.pages["/berita/" + NAMES[3]][2])
    again = ingest_inputs([site.url("/rss.xml")], store, _settings(tmp_path),
                          memory=SourceState.load(tmp_path / "state.json", "x"))
    assert again.added == 1 and again.failed == 0  # the feed was not taken as unchanged
    assert site.hits[f"/berita/{NAMES[0]}"] == 1


def test_state_belongs_to_one_store(tmp_path):
    s = SourceState(tmp_path / "st.json", "sqlite:///a.db")
    s.mark_seen("http://x/1")
    s.remember("http://x/feed", '"e"', None)
    s.save()
    assert SourceState.load(tmp_path / "st.json", "sqlite:///a.db").seen("http://x/1")
    fresh = SourceState.load(tmp_path / "st.json", "sqlite:///b.db")
    assert not fresh.seen("http://x/1") and fresh.validators("http://x/feed") == (None, None)


def test_unreachable_sources_do_not_stop_a_poll(site, tmp_path, fixtures_dir):
    store = open_store("sqlite://")
    inputs = [site.url("/nothing-here"), "http://127.0.0.1:9/closed", str(fixtures_dir / "mini" / "kereta_1.txt")]
    stats = ingest_inputs(inputs, store, _settings(tmp_path), fetcher=Fetcher(allow_private=True, retries=0,
                                                                             host_interval=0, timeout=2))
    assert stats.added == 1 and [e.source for e in stats.errors] == inputs[:2]


def test_intervals_and_sources_files(tmp_path):
    assert parse_every("15m") == 900 and parse_every("90") == 90 and parse_every("2h") == 7200
    with pytest.raises(Exception, match="interval"):
        parse_every("soon")
    f = tmp_path / "s.txt"
    f.write_text("# feeds\nhttp://a.example/rss#top  # note\n\n  /data/scrapes\n")
    assert read_sources(f) == ["http://a.example/rss#top", "/data/scrapes"]


def test_cli_refuses_loopback_unless_allowed(site, tmp_path):
    db = f"sqlite:///{tmp_path / 'k.db'}"
    url = site.url(f"/berita/{NAMES[0]}")
    refused = CliRunner().invoke(app, ["ingest", url, "--db", db])
    assert refused.exit_code == 1 and "--allow-private" in refused.output and url in refused.output
    assert site.hits == {}
    allowed = CliRunner().invoke(app, ["ingest", url, "--db", db, "--allow-private"])
    assert allowed.exit_code == 0, allowed.output
    assert "1 added" in allowed.output
