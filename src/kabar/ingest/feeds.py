"""A URL to documents: a page is one document; an RSS/Atom feed or a sitemap brings in the article
each of its entries links to.

With a :class:`SourceMemory` (``kabar watch`` keeps one per sources file) only what is new is
fetched: the feed itself with conditional GET, and only entries not fetched before. A feed's
validators are remembered only when all its entries came in, so an entry that failed is tried
again on the next poll.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Protocol
from urllib.parse import urljoin

from kabar.ingest.fetch import Fetcher, Response, page_docs
from kabar.records import DocError, RawDoc

FEED_ACCEPT = ("application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, "
               "text/html;q=0.8, */*;q=0.5")
MAX_SITEMAP_DEPTH = 2  # a sitemap index may list sitemaps, which list pages; no deeper


class SourceMemory(Protocol):
    """What a poller remembers between polls (kabar.ingest.watch.SourceState keeps it in a file)."""

    def validators(self, url: str) -> tuple[str | None, str | None]: ...
    def remember(self, url: str, etag: str | None, last_modified: str | None) -> None: ...
    def seen(self, url: str) -> bool: ...
    def mark_seen(self, url: str) -> None: ...


def classify(resp: Response) -> str:
    """``feed``, ``sitemap``, ``sitemapindex`` or ``page``, from the content type and the first tag."""
    ctype = resp.content_type.lower()
    if "rss" in ctype or "atom" in ctype:
        return "feed"
    head = resp.body[:2048].lstrip().lower()
    if "html" in ctype and not head.startswith(b"<?xml"):
        return "page"
    if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
        return "feed"
    if b"<urlset" in head:
        return "sitemap"
    if b"<sitemapindex" in head:
        return "sitemapindex"
    return "page"


def feed_links(resp: Response) -> list[str] | DocError:
    """The article links of an RSS or Atom feed, in feed order, made absolute."""
    try:
        import feedparser
    except ImportError:
        return DocError(resp.url, "reading feeds needs the optional package 'feedparser': pip install feedparser")
    parsed = feedparser.parse(resp.body)  # bytes: feedparser never goes to the network for these
    links = [urljoin(resp.url, e.get("link")) for e in parsed.entries if e.get("link")]
    if not links and parsed.get("bozo"):
        return DocError(resp.url, f"not a readable feed ({parsed.get('bozo_exception')})")
    return list(dict.fromkeys(links))


def sitemap_links(resp: Response) -> list[str] | DocError:
    """The ``<loc>`` URLs of a sitemap or sitemap index, in document order."""
    try:
        root = ET.fromstring(resp.body)
    except ET.ParseError as exc:
        return DocError(resp.url, f"not a readable sitemap ({exc})")
    locs = [el.text.strip() for el in root.iter() if el.tag.rsplit("}", 1)[-1] == "loc" and el.text]
    return list(dict.fromkeys(urljoin(resp.url, u) for u in locs))


def docs_from_url(url: str, fetcher: Fetcher, memory: SourceMemory | None = None,
                  depth: int = 0) -> Iterator[RawDoc | DocError]:
    """Every new document behind ``url``; a DocError naming the URL for each thing that failed."""
    etag, modified = memory.validators(url) if memory else (None, None)
    resp = fetcher.get(url, etag, modified, accept=FEED_ACCEPT)
    if isinstance(resp, DocError):
        yield resp
        return
    if resp.status == 304:
        return  # unchanged since the last poll
    kind = classify(resp)
    if kind == "page":
        yield from page_docs(url, resp)
        if memory:
            memory.remember(url, resp.etag, resp.last_modified)
        return
    links = feed_links(resp) if kind == "feed" else sitemap_links(resp)
    if isinstance(links, DocError):
        yield links
        return
    complete = True
    for link in links:
        if memory and memory.seen(link):
            continue
        if kind == "sitemapindex":
            if depth >= MAX_SITEMAP_DEPTH:
                continue
            for doc in docs_from_url(link, fetcher, memory, depth + 1):
                complete = complete and not isinstance(doc, DocError)
                yield doc
            continue
        page = fetcher.get(link)
        if isinstance(page, DocError):
            complete = False
            yield page
            continue
        yield from page_docs(link, page)
        if memory:
            memory.mark_seen(link)
    if memory and complete:
        memory.remember(url, resp.etag, resp.last_modified)
