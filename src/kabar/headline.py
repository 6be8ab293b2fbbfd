"""What to call an article or story that has no title.

Scrapes without a headline are common (a print edition's page, a feed item with the body only).
Showing the article id instead tells a reader nothing; the lead does. The record's ``title`` stays
empty — what the page gave — and only what is displayed falls back to the lead.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

LIMIT = 100
NO_TITLE = "(no title)"


def lead_title(body: str, limit: int = LIMIT) -> str:
    """The body's first paragraph, cut at a word before ``limit`` characters with "…" ("" if none)."""
    first = body.lstrip().split("\n\n", 1)[0].strip()
    if len(first) <= limit:
        return first
    cut = first[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:-–—")
    return cut + "…"


def headline(article: Mapping[str, Any] | Any) -> str:
    """An article's title; without one, ``(no title)`` and its lead; without a body, its id."""
    get = article.get if isinstance(article, Mapping) else lambda k: getattr(article, k, None)
    if title := get("title"):
        return title
    if lead := lead_title(get("body") or ""):
        return f"{NO_TITLE} {lead}"
    return get("id") or NO_TITLE
