"""Opening a store by URL, and what every store shares."""

from __future__ import annotations

import re

from kabar.errors import StoreError

_TERM = re.compile(r"\w+", re.UNICODE)


def fts_query(query: str) -> str:
    """A user's words as a safe full-text query: every word must appear (prefix match on the last).

    Users type plain words, not FTS syntax; quoting each word means no input can break the query.
    """
    words = _TERM.findall(query)
    if not words:
        return '""'
    parts = [f'"{w}"' for w in words]
    parts[-1] += "*"
    return " AND ".join(parts)


def open_store(url: str):
    """``sqlite:///path.db`` (default), ``sqlite://`` or ``:memory:`` for a throw-away store,
    ``postgresql://…`` for PostgreSQL."""
    if url.startswith(("postgresql://", "postgres://")):
        try:
            from kabar.store.postgres import PostgresStore
        except ImportError as exc:
            raise StoreError(f"cannot open {url}: PostgreSQL support is not available ({exc})") from exc
        return PostgresStore(url)
    if url.startswith("sqlite:") or url == ":memory:" or "://" not in url:
        from kabar.store.sqlite import SqliteStore

        return SqliteStore(url)
    raise StoreError(f"unknown store URL {url!r}: use sqlite:///FILE.db or postgresql://…")
