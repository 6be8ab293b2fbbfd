"""HTML pages → body text and page metadata.

trafilatura finds the body (and, with htmldate, the date); we read JSON-LD and meta tags first for
what trafilatura flattens away (a publish time with its offset, several authors, the section),
then hand the same parsed tree to trafilatura so the page is parsed once.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from kabar.extract.normalise import clean_whitespace
from kabar.extract.outlets import outlet_from_tag, outlet_from_url


@dataclass(slots=True)
class HtmlResult:
    text: str
    title: str | None = None
    published_at: str | None = None
    authors: list[str] = field(default_factory=list)
    outlet: str | None = None
    url: str | None = None
    section: str | None = None
    description: str | None = None
    tags: list[str] = field(default_factory=list)
    lang: str | None = None


_META_DATE = ("article:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
              "content_publisheddate", "dc.date.issued", "dc.date", "date", "og:published_time",
              "article:published", "sailthru.date", "parsely-pub-date")
_META_AUTHOR = ("author", "article:author", "content_author", "dc.creator", "parsely-author", "byl")
_META_SECTION = ("article:section", "content_category", "section")


def extract_html(content: bytes | str, url: str | None = None) -> HtmlResult | None:
    import trafilatura
    from trafilatura.utils import load_html

    tree = load_html(content)
    if tree is None:
        return None
    meta = _read_meta(tree)
    doc = trafilatura.bare_extraction(
        tree, url=url, with_metadata=True, include_comments=False, include_tables=True,
        date_extraction_params={"extensive_search": True, "original_date": True})
    if doc is None:
        return None
    text = doc.text or ""
    res = HtmlResult(text=text)
    res.title = clean_whitespace(meta.get("title") or doc.title or "") or None
    res.published_at = meta.get("date") or doc.date
    res.authors = meta.get("authors") or _split_authors(doc.author)
    res.url = meta.get("url") or doc.url or url
    site = meta.get("site")
    res.outlet = ((outlet_from_tag(site) if site else None) or outlet_from_url(res.url, fallback=False)
                  or site or doc.sitename)
    res.section = meta.get("section") or (doc.categories[0] if doc.categories else None)
    res.description = doc.description
    res.tags = list(doc.tags or [])
    res.lang = meta.get("lang")
    return res


def _split_authors(s: str | None) -> list[str]:
    if not s:
        return []
    return [a.strip() for a in re.split(r";|\s+and\s+|\s+dan\s+|,", s) if a.strip() and len(a) < 60]


def _read_meta(tree: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for node in tree.iterfind(".//script[@type='application/ld+json']"):
        try:
            data = json.loads(node.text or "")
        except (ValueError, TypeError):
            continue
        for item in _ld_items(data):
            _from_ld(item, out)
    for m in tree.iterfind(".//meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").lower()
        val = (m.get("content") or "").strip()
        if not key or not val:
            continue
        if key in _META_DATE and "date" not in out:
            out["date"] = _iso(val)
        elif key in _META_AUTHOR and "authors" not in out and not val.startswith("http"):
            out["authors"] = _split_authors(val)
        elif key in _META_SECTION and "section" not in out:
            out["section"] = val
        elif key == "og:site_name" and "site" not in out:
            out["site"] = val
        elif key == "og:title" and "title" not in out:
            out["title"] = val
        elif key == "og:url" and "url" not in out:
            out["url"] = val
    html_lang = tree.get("lang") if hasattr(tree, "get") else None
    if html_lang:
        out["lang"] = html_lang.split("-")[0].lower()
    return {k: v for k, v in out.items() if v}


def _ld_items(data: Any) -> list[dict[str, Any]]:
    items = data if isinstance(data, list) else [data]
    out = []
    for it in items:
        if isinstance(it, dict):
            out.append(it)
            graph = it.get("@graph")
            if isinstance(graph, list):
                out.extend(g for g in graph if isinstance(g, dict))
    return out


def _from_ld(item: dict[str, Any], out: dict[str, Any]) -> None:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    if not any(isinstance(k, str) and ("Article" in k or k in ("Report", "BlogPosting")) for k in kinds):
        return
    if item.get("datePublished") and "date" not in out:
        out["date"] = _iso(str(item["datePublished"]))
    if item.get("headline") and "title" not in out:
        out["title"] = str(item["headline"])
    if item.get("articleSection") and "section" not in out:
        sec = item["articleSection"]
        out["section"] = sec[0] if isinstance(sec, list) and sec else str(sec)
    authors = item.get("author")
    if authors and "authors" not in out:
        names = []
        for a in authors if isinstance(authors, list) else [authors]:
            name = a.get("name") if isinstance(a, dict) else a
            if isinstance(name, str) and name.strip():
                names.append(name.strip())
        out["authors"] = names
    pub = item.get("publisher")
    if isinstance(pub, dict) and pub.get("name") and "site" not in out:
        out["site"] = pub["name"]


def _iso(val: str) -> str | None:
    """'2023-08-31T12:34:00+0700' → '2023-08-31T12:34:00+07:00'; a bare date stays a date."""
    m = re.match(r"(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?", val.strip())
    if not m:
        return None
    day, hm, sec, off = m.groups()
    if not hm:
        return day
    iso = f"{day}T{hm}:{sec or '00'}"
    if off:
        iso += "+00:00" if off == "Z" else (off if ":" in off else off[:3] + ":" + off[3:])
    return iso
