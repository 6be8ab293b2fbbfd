"""HTML pages → body text (trafilatura) and page metadata (:mod:`kabar.extract.htmlmeta`).

The page is parsed once: we read the metadata from the tree, then hand the same tree to
trafilatura for the body. htmldate runs only when the page's own tags give no date.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kabar.extract.htmlmeta import read_meta
from kabar.extract.normalise import clean_whitespace
from kabar.extract.outlets import outlet_from_tag, outlet_from_url


@dataclass(slots=True)
class HtmlResult:
    text: str
    title: str | None = None
    published_at: str | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    outlet: str | None = None
    url: str | None = None
    section: str | None = None
    description: str | None = None
    tags: list[str] = field(default_factory=list)
    lang: str | None = None
    next_page: str | None = None


def extract_html(content: bytes | str, url: str | None = None) -> HtmlResult | None:
    import trafilatura
    from trafilatura.utils import load_html

    tree = load_html(content)
    if tree is None:
        return None
    meta = read_meta(tree, content if isinstance(content, bytes) else None)
    date = meta.get("date")
    if not date:
        from htmldate import find_date

        # fast mode: the extensive search reads sidebar and copyright dates (OFFLINE_NLP.md)
        date = find_date(tree, extensive_search=False, original_date=True, url=url)
    doc = trafilatura.bare_extraction(tree, url=url, include_comments=False, include_tables=True)
    if doc is None:
        return None
    res = HtmlResult(text=doc.text or "")
    res.title = clean_whitespace(meta.get("title") or "") or None
    res.published_at = date
    res.authors = meta.get("authors", [])
    res.editors = meta.get("editors", [])
    res.url = meta.get("url") or url
    site = meta.get("site")
    # the bare domain is the last resort, after the text's own dateline and credits (core.py)
    res.outlet = (outlet_from_tag(site) if site else None) or outlet_from_url(res.url, fallback=False) or site
    res.section = meta.get("section")
    res.description = meta.get("description")
    res.tags = meta.get("tags", [])
    res.lang = meta.get("lang")
    res.next_page = meta.get("next_page")
    return res
