"""The web app's read-only queries (kabar.store.base.Store) for the PostgreSQL store.

Mixed into :class:`kabar.store.postgres.PostgresStore`; each method gives the same rows as its
twin in :class:`kabar.store.sqlite.SqliteStore` (tests/store/test_store.py compares them).
"""

from __future__ import annotations

import hashlib
from operator import itemgetter

from kabar.store.base import in_order

HEADLINE = "StartSel=[, StopSel=], MaxWords=24, MinWords=8, ShortWord=2, MaxFragments=2, FragmentDelimiter=\" … \""


class PostgresWebQueries:
    conn: object  # a psycopg connection, set by PostgresStore

    def _story_filter(self, entity: str | None, outlet: str | None, date_from: str | None,
                      date_to: str | None, ids: list[str] | None = None) -> tuple[str, list[str]]:
        sql, args = " WHERE s.merged_into IS NULL", []
        if ids is not None:
            sql += f" AND s.id IN ({','.join(['%s'] * len(ids)) or 'NULL'})"
            args.extend(ids)
        if outlet:
            sql += " AND s.id IN (SELECT a.story_id FROM articles a WHERE a.outlet = %s)"  # index articles_outlet
            args.append(outlet)
        if date_from:
            sql += " AND s.last_seen >= %s"
            args.append(date_from)
        if date_to:
            sql += " AND s.first_seen <= %s"
            args.append(date_to + "~")  # "~" sorts after any time of day: the whole day counts
        if entity:
            sql += (" AND s.id IN (SELECT a.story_id FROM articles a "
                    "WHERE a.tsv @@ phraseto_tsquery('simple', %s))")
            args.append(entity)
        return sql, args

    def story_list(self, entity: str | None = None, outlet: str | None = None, date_from: str | None = None,
                   date_to: str | None = None, limit: int = 50, offset: int = 0,
                   ids: list[str] | None = None) -> list[dict]:
        """One page of stories, newest first (see SqliteStore.story_list)."""
        where, args = self._story_filter(entity, outlet, date_from, date_to, ids)
        # the inner query pages and tells whether most of a story's pages are English (once a story)
        sql = ("SELECT s.id, COALESCE((SELECT a.title FROM articles a WHERE a.story_id = s.id AND a.title <> '' "
               " ORDER BY (COALESCE(a.lang, '') = 'en') <> s.english, "
               " a.duplicate_of IS NOT NULL OR a.syndicated_from IS NOT NULL, a.published_at IS NULL, "
               " COALESCE(a.published_at, ''), a.seq LIMIT 1), s.title), s.first_seen, s.last_seen, "
               "(SELECT COUNT(*) FROM articles a WHERE a.story_id = s.id), "
               "(SELECT array_agg(DISTINCT a.outlet ORDER BY a.outlet) FROM articles a "
               " WHERE a.story_id = s.id AND a.outlet IS NOT NULL) "
               "FROM (SELECT s.id, s.title, s.first_seen, s.last_seen, "
               " (SELECT 2 * COUNT(*) FILTER (WHERE b.lang = 'en') > COUNT(*) FROM articles b WHERE b.story_id = s.id) AS english "
               f" FROM stories s{where} ORDER BY COALESCE(s.last_seen, '') DESC, s.id LIMIT %s OFFSET %s) s "
               "ORDER BY COALESCE(s.last_seen, '') DESC, s.id")
        rows = self.conn.execute(sql, [*args, int(limit), int(offset)]).fetchall()
        return [{"id": r[0], "title": r[1], "outlets": list(r[5] or []), "articles": r[4],
                 "first_seen": r[2], "last_seen": r[3]} for r in rows]

    def story_count(self, entity: str | None = None, outlet: str | None = None, date_from: str | None = None,
                    date_to: str | None = None, ids: list[str] | None = None) -> int:
        where, args = self._story_filter(entity, outlet, date_from, date_to, ids)
        return self.conn.execute(f"SELECT COUNT(*) FROM stories s{where}", args).fetchone()[0]

    def outlet_counts(self) -> list[dict]:
        rows = self.conn.execute("SELECT outlet, COUNT(*) FROM articles WHERE outlet IS NOT NULL "
                                 "GROUP BY outlet ORDER BY outlet").fetchall()
        return [{"outlet": r[0], "articles": r[1]} for r in rows]

    def search_page(self, query: str, limit: int = 20, offset: int = 0) -> list[dict]:
        """Search with paging and each hit's outlet, date and story; matches marked ``[`` ``]``."""
        from kabar.store.postgres import ts_query

        q = ts_query(query)
        if not q:
            return []
        sql = ("SELECT a.id, a.title, ts_headline('simple', a.body, q, %s), a.outlet, a.published_at, a.story_id "
               "FROM articles a, to_tsquery('simple', %s) q WHERE a.tsv @@ q "
               "ORDER BY ts_rank_cd(a.tsv, q) DESC, a.id LIMIT %s OFFSET %s")
        rows = self.conn.execute(sql, (HEADLINE, q, int(limit), int(offset))).fetchall()
        return [{"id": r[0], "title": r[1], "snippet": r[2], "outlet": r[3], "published_at": r[4],
                 "story_id": r[5]} for r in rows]

    def article_briefs(self, ids: list[str]) -> list[dict]:
        """Short rows for linking to articles, in the order of ``ids`` (unknown ids left out)."""
        if not ids:
            return []
        rows = self.conn.execute("SELECT id, title, outlet, published_at, url, duplicate_of, syndicated_from, "
                                 "story_id FROM articles WHERE id = ANY(%s)", (list(ids),)).fetchall()
        keys = ("id", "title", "outlet", "published_at", "url", "duplicate_of", "syndicated_from", "story_id")
        return in_order(ids, (dict(zip(keys, r, strict=True)) for r in rows), key=itemgetter("id"))

    def data_version(self) -> str:
        """A token that changes whenever an ingest adds articles (and so stories): the newest article's
        sequence number and the number of articles clustered, both one index or row lookup."""
        r = self.conn.execute("SELECT (SELECT MAX(seq) FROM articles), "
                              "(SELECT value FROM meta WHERE key = 'docs')").fetchone()
        return f"{r[0] or 0}.{r[1] or 0}"

    def story_version(self, story_id: str) -> str:
        """A token that changes whenever ``story_id``'s dossier may change: its articles and their
        copy/syndication links (the same token SqliteStore gives for the same rows)."""
        rows = self.conn.execute("SELECT id, duplicate_of, syndicated_from FROM articles WHERE story_id = %s "
                                 "ORDER BY id", (story_id,)).fetchall()
        return hashlib.sha1(repr([tuple(r) for r in rows]).encode()).hexdigest()
