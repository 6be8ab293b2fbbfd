"""The line under a dossier's title: how many articles, from how many outlets, over which days."""

from __future__ import annotations

from typing import Any


def _n(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def coverage_line(d: dict[str, Any], width: int = 10) -> str:
    """"5 articles from 4 outlets (1 of unknown outlet) · 2023-08-31 → 2023-09-05": articles without
    a known outlet (a plain-text file with no masthead) are counted apart, not as "0 outlets"."""
    articles = d.get("articles", [])
    outlets = d.get("outlets") or sorted({a["outlet"] for a in articles if a.get("outlet")})
    unknown = sum(1 for a in articles if not a.get("outlet"))
    if not outlets:
        where = f"{_n(len(articles), 'article')}, outlet{'' if len(articles) == 1 else 's'} unknown"
    else:
        where = f"{_n(len(articles), 'article')} from {_n(len(outlets), 'outlet')}"
        if unknown:
            where += f" ({unknown} of unknown outlet)"
    first, last = (d.get("first_seen") or "?")[:width], (d.get("last_seen") or "?")[:width]
    return f"{where} · {first} → {last}"
