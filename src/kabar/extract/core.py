"""RawDoc → Article: pick the reader for the kind, then the shared metadata layer."""

from __future__ import annotations

from kabar.errors import InputError
from kabar.extract import bylines, wire
from kabar.extract.dateflags import date_flags
from kabar.extract.html import extract_html
from kabar.extract.lang import detect_lang
from kabar.extract.mojibake import repair, repair_page
from kabar.extract.outlets import network_of, outlet_from_url, same_outlet
from kabar.extract.text import TextResult, extract_text
from kabar.records import Article, DateFlag, DroppedLine, RawDoc

# Larger inputs are no news article (the biggest trafilatura-eval page is under 2 MB).
MAX_BYTES = 50_000_000
# A news article's text: the longest of detik1000's 1,000 articles has 17,734 characters. Annotation
# grows faster than the text (a name or quote is looked up across the whole body): 0.2 MB of text
# takes ~3 s, 0.8 MB ~45 s, so a longer body — a book, a dump of many articles pasted together —
# is refused with a clear error instead of holding the run for minutes.
MAX_BODY_CHARS = 200_000
# A plain-text scrape is its body plus some furniture: one ten times the body limit is refused
# before extraction (an HTML page carries markup and scripts and keeps MAX_BYTES).
MAX_TEXT_BYTES = 10 * MAX_BODY_CHARS


def extract(raw: RawDoc) -> Article:
    """The clean article in ``raw``; raises InputError when nothing usable remains."""
    meta = dict(raw.meta or {})
    fmt = raw.kind
    if raw.kind == "record":
        fmt = meta.get("format") or _sniff(raw.content)
    elif raw.kind == "text" and _sniff(raw.content) == "html":
        fmt = "html"  # an HTML page saved as .txt: its tags would otherwise become body lines
    if fmt not in ("text", "html"):
        raise InputError(raw.source, f"unknown document kind {fmt!r}: expected text, html or record")
    _check_bytes(raw, fmt)
    if fmt == "html":  # bytes: trafilatura detects the page's own encoding
        art = _from_html(raw, raw.content, meta.get("url"))
    else:
        art = _from_text(raw, extract_text(repair(_decode(raw))))
    # record fields given override extracted ones; a page date that disagrees is kept as a flag
    page_date = art.published_at
    for key in ("url", "title", "published_at", "outlet"):
        if meta.get(key):
            setattr(art, key, repair(str(meta[key])))
    if not art.outlet:
        art.outlet = outlet_from_url(art.url)
    place = art.extra.get("dateline_place")
    if place and not art.extra.get("dateline_outlet") and same_outlet(place, art.outlet):
        # "WARTA NUSANTARA - ..." on Warta Nusantara's page: the outlet's tag, not a place
        art.extra["dateline_outlet"] = art.extra.pop("dateline_place")
    net = network_of(art.outlet)
    if net:
        art.extra.setdefault("network", net)
    if not art.paragraphs:
        raise InputError(raw.source, "no article text found (empty page or only navigation/furniture)")
    body = art.body
    if len(body) > MAX_BODY_CHARS:
        raise InputError(raw.source, f"too long for a news article ({len(body):,} characters of text > "
                                     f"{MAX_BODY_CHARS:,}); split it into its articles")
    art.lang = detect_lang(body)
    art.date_flags = date_flags(art.published_at, body)
    if page_date and art.published_at and page_date[:10] != art.published_at[:10]:
        art.extra["page_published_at"] = page_date
        art.date_flags.append(DateFlag(
            "record_date_mismatch", f"the record says {art.published_at}, the page itself {page_date}"))
    return art


def _from_text(raw: RawDoc, res: TextResult) -> Article:
    return Article(
        id=raw.id, source=raw.source, paragraphs=res.paragraphs, title=res.title,
        published_at=res.published_at, authors=res.authors, editors=res.editors,
        wire_sources=res.wire_sources, dateline=res.dateline, outlet=res.outlet,
        dropped=res.dropped, extra=res.extra)


def _from_html(raw: RawDoc, content: bytes, url: str | None) -> Article:
    h = extract_html(repair_page(content), url=url)
    if h is None:
        raise InputError(raw.source, "not a readable HTML page (no document tree)")
    res = extract_text(h.text, body_only=True, title=h.title)
    art = _from_text(raw, res)
    art.url = h.url
    art.title = h.title or res.title
    art.published_at = h.published_at or res.published_at
    bylines.merge(art.authors, h.authors)
    bylines.merge(art.editors, h.editors)
    # the page's own outlet (og:site_name, publisher) wins over datelines and credits
    art.outlet = h.outlet or res.outlet
    for k, v in (("section", h.section), ("description", h.description), ("tags", h.tags),
                 ("next_page", h.next_page)):
        if v:
            art.extra.setdefault(k, v)
    return art


def _check_bytes(raw: RawDoc, fmt: str) -> None:
    data = raw.content
    if not data or not data.strip():
        raise InputError(raw.source, "empty document")
    if b"\x00" in data[:4096]:
        raise InputError(raw.source, "binary content (NUL bytes), not text or HTML")
    if len(data) > MAX_BYTES:
        raise InputError(raw.source, f"too large for a news page ({len(data):,} bytes > {MAX_BYTES:,})")
    if fmt == "text" and len(data) > MAX_TEXT_BYTES:
        raise InputError(raw.source, f"too long for a news article ({len(data):,} bytes of text > "
                                     f"{MAX_TEXT_BYTES:,}); split it into its articles")


def _decode(raw: RawDoc) -> str:
    data = raw.content
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def _sniff(content: bytes) -> str:
    head = content[:2048].lstrip().lower()
    return "html" if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head else "text"


def join_pages(articles: list[Article]) -> Article:
    """One article from its pages ("Halaman 1 2 3"), in the order given; metadata from page 1."""
    if not articles:
        raise ValueError("join_pages needs at least one page")
    first = articles[0]
    seen: set[str] = set()
    paragraphs: list[str] = []
    dropped: list[DroppedLine] = []
    dropped_page: list[int] = []  # line numbers restart on each page: which page each came from
    for page_no, art in enumerate(articles, start=1):
        for p in art.paragraphs:
            if p not in seen:  # pages often repeat the lede or a teaser
                seen.add(p)
                paragraphs.append(p)
        dropped.extend(art.dropped)
        dropped_page.extend([page_no] * len(art.dropped))
    joined = Article.from_dict(first.to_dict())
    joined.paragraphs = paragraphs
    joined.dropped = dropped
    for art in articles[1:]:
        bylines.merge(joined.authors, art.authors)
        bylines.merge(joined.editors, art.editors)
        bylines.merge(joined.wire_sources, art.wire_sources)
    bylines.merge(joined.wire_sources, wire.cited_sources(joined.body))
    joined.date_flags = date_flags(joined.published_at, joined.body)
    joined.extra["pages"] = [a.source for a in articles]
    joined.extra["dropped_page"] = dropped_page
    joined.extra.pop("paragraph_lines", None)  # page 1's map no longer fits the joined body
    return joined
