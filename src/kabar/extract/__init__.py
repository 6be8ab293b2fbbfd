"""Extraction: RawDoc → Article (clean body, title, outlet, date, bylines, wire sources, dateline).

``extract(raw)`` is the one entry point; ``join_pages`` merges the pages of a multi-page article.
"""

from __future__ import annotations

from kabar.extract.core import extract, join_pages

__all__ = ["extract", "join_pages"]
