"""The SQLite store's faster read paths give what the plain queries give: the entity filter through
``fts_story``, search pages whose snippets come from one pass, and the schema upgrades."""

from __future__ import annotations

import sqlite3

import pytest

from kabar.cluster import StoryState
from kabar.errors import StoreError
from kabar.records import Annotations, Article, Fingerprint
from kabar.store.base import fts_query, open_store
from kabar.store.sqlite import SCHEMA_VERSION


def _article(i: int, body: str, title: str = "") -> Article:
    return Article(id=f"a{i:03d}", source=f"test:{i}", paragraphs=[p for p in body.split("\n\n") if p],
                   outlet=f"Outlet {i % 3}", title=title, published_at=f"2025-01-{1 + i % 28:02d}")


def _put(store, i: int, body: str, story: str, title: str = "") -> None:
    a = _article(i, body, title)
    store.put_article(a, Annotations(a.id), Fingerprint(a.id, f"x{i}", [], "t"), [])
    store.set_story(a.id, story)


def _reopened_as_older(path, script: str):
    """The store at ``path`` rewritten by ``script`` as an older kabar left it, opened by this one."""
    conn = sqlite3.connect(path)
    conn.executescript(script)
    conn.close()
    return open_store(f"sqlite:///{path}")


def _reference_entity_stories(store, name: str) -> set[str]:
    """The entity filter the slow way: match, then each article's row for the story it joined,
    followed through the stories' own merge redirects (not the store's redirect table)."""
    phrase = '"' + name.replace('"', '""') + '"'
    joined = store.conn.execute("SELECT a.story_id FROM articles_fts f JOIN articles a ON a.id = f.id "
                                "WHERE articles_fts MATCH ? AND a.story_id IS NOT NULL", (phrase,)).fetchall()
    return {store.resolve_story(r[0]) for r in joined}


def _reference_search(store, query: str, limit: int, offset: int) -> list[dict]:
    """search_page as it was: a query per row of the ranked page."""
    match = fts_query(query)
    page = store.conn.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank, rowid "
                              "LIMIT ? OFFSET ?", (match, limit, offset)).fetchall()
    sql = ("SELECT f.id, f.title, snippet(articles_fts, 2, '[', ']', ' … ', 16), a.outlet, a.published_at, "
           "a.story_id FROM articles_fts f JOIN articles a ON a.id = f.id WHERE articles_fts MATCH ? AND f.rowid = ?")
    rows = [store.conn.execute(sql, (match, rowid)).fetchone() for (rowid,) in page]
    return [{"id": r[0], "title": r[1], "snippet": r[2], "outlet": r[3], "published_at": r[4],
             "story_id": r[5] and store.resolve_story(r[5])} for r in rows if r]


BODIES = [
    "Gubernur Jawa Barat meninjau banjir di Bekasi.\n\nWarga mengungsi ke masjid.",
    "Banjir merendam Bekasi dan Karawang.\n\nBPBD Kabupaten Bekasi mengerahkan perahu karet.",
    "Kereta rel listrik terganggu di Manggarai.\n\nPenumpang menumpuk di stasiun Bekasi.",
    "Korea Utara meluncurkan rudal balistik.\n\nMiliter Korea Selatan memantau peluncuran.",
]


@pytest.fixture
def store():
    s = open_store("sqlite://")
    with s.batch():
        for i in range(60):  # many identical bodies: equal ranks everywhere, as with copies of a page
            _put(s, i, BODIES[i % len(BODIES)] + ("\n\nBanjir lagi." if i % 7 == 0 else ""),
                 f"s{i % 9}", title=f"Berita {i}")
        for k in range(9):
            s.save_story(StoryState(f"s{k}", f"Story {k}", "2025-01-01", f"2025-01-{10 + k}", 1))
    yield s
    s.close()


def test_fts_story_follows_articles_through_story_changes_and_merges(store):
    def consistent() -> None:
        rows = store.conn.execute("SELECT f.id, m.article_id, m.story_id, a.story_id FROM articles_fts f "
                                  "JOIN fts_story m ON m.fts_rowid = f.rowid JOIN articles a ON a.id = f.id").fetchall()
        assert len(rows) == store.count("articles")
        assert all(r[0] == r[1] and r[2] == r[3] for r in rows)

    def filters_agree() -> None:
        for name in ("Bekasi", "Korea Utara", "perahu karet", "Manggarai", "Cianjur", "tidak ada", 'Korea "Utara'):
            assert {r["id"] for r in store.story_list(entity=name, limit=100)} == _reference_entity_stories(store, name)
            assert store.story_count(entity=name) == len(_reference_entity_stories(store, name))

    _put(store, 99, "Gempa mengguncang Cianjur.", "s2", title="Gempa")
    consistent()
    store.set_story("a005", "s1")
    consistent()
    filters_agree()
    store.merge_story("s2", "s3")
    consistent()
    filters_agree()
    store.merge_story("s3", "s4")  # a second merge: the first one's articles follow to s4
    consistent()
    filters_agree()
    assert {r["id"] for r in store.story_list(entity="Cianjur")} == {"s4"}


def test_a_merge_leaves_the_article_rows_and_every_reader_finds_the_live_story(store):
    members = {k: set(store.story(k).article_ids) for k in ("s2", "s3", "s4")}
    before = {k: store.story_version(k) for k in ("s3", "s4")}
    store.merge_story("s2", "s3")
    store.merge_story("s3", "s4")
    # the rows keep the story they joined (schema 5), nothing is moved ...
    assert store.conn.execute("SELECT story_id FROM articles WHERE id='a002'").fetchone()[0] == "s2"
    # ... and what a reader sees is the live story
    assert set(store.story("s4").article_ids) == members["s2"] | members["s3"] | members["s4"]
    assert store.story("s2").id == store.story("s3").id == "s4"
    assert store.article_story("a002") == store.article_story("a003") == "s4"
    assert {b["story_id"] for b in store.article_briefs(["a002", "a003", "a004"])} == {"s4"}
    assert {h["story_id"] for h in store.search_page("Berita", limit=100)} <= {f"s{k}" for k in (0, 1, 4, 5, 6, 7, 8)}
    assert store.story_version("s4") != before["s4"]
    rows = {r["id"]: r for r in store.story_list(limit=100)}
    assert "s2" not in rows and "s3" not in rows
    assert rows["s4"]["articles"] == len(members["s2"] | members["s3"] | members["s4"])
    outlets = {a.outlet for aid in store.story("s4").article_ids for a in [store.article(aid)]}
    assert sorted(rows["s4"]["outlets"]) == sorted(outlets)
    for outlet in outlets:
        assert "s4" in {r["id"] for r in store.story_list(outlet=outlet, limit=100)}
    # an article re-assigned from a merged-away story marks the live one's dossier as changed
    store.conn.execute("DELETE FROM dossier_dirty")
    store.set_story("a002", "s5")
    assert set(store.dirty_stories()) == {"s4", "s5"}


def test_search_pages_equal_the_per_row_queries_even_with_ties(store):
    for query in ("banjir", "bekasi", "korea utara", "kar", "banjir bek", "zzz", "***"):
        for limit, offset in ((21, 0), (5, 0), (5, 5), (7, 13), (20, 40), (3, 200)):
            assert store.search_page(query, limit=limit, offset=offset) == \
                _reference_search(store, query, limit, offset), (query, limit, offset)
    assert any("[Bekasi]" in h["snippet"] for h in store.search_page("bekasi"))


def test_a_schema_1_store_is_upgraded_once(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    s = open_store(url)
    with s.batch():
        for i in range(6):
            _put(s, i, BODIES[i % len(BODIES)], f"s{i % 2}")
        for k in range(2):
            s.save_story(StoryState(f"s{k}", f"Story {k}", None, None, 1))
    # as a kabar with schema 1 left it: no fts_story rows
    s.conn.execute("DELETE FROM fts_story")
    s.conn.execute("UPDATE meta SET value='1' WHERE key='schema'")
    s.close()
    s = open_store(url)
    try:
        assert s.conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone()[0] == str(SCHEMA_VERSION)
        assert s.conn.execute("SELECT COUNT(*) FROM fts_story WHERE story_id IS NOT NULL").fetchone()[0] == 6
        assert s.story_count(entity="Bekasi") == len(_reference_entity_stories(s, "Bekasi")) > 0
    finally:
        s.close()
    s = open_store(url)
    s.conn.execute("UPDATE meta SET value='99' WHERE key='schema'")
    s.close()
    with pytest.raises(StoreError):
        open_store(url)


def test_a_store_from_before_story_term_spans_is_upgraded_and_its_old_rows_meet_any_window(tmp_path):
    path = tmp_path / "old.db"
    s = open_store(f"sqlite:///{path}")
    with s.batch():
        s.save_story(StoryState("s-old", "Old", "2020-01-01", "2020-01-02", 1, {"banjir": 1.0}))
    s.close()
    # rebuild story_terms as kabar wrote it before: (term, story_id) only
    s = _reopened_as_older(path, "DROP INDEX story_terms_window; CREATE TABLE st2 (term TEXT, story_id TEXT, "
                           "PRIMARY KEY (term, story_id)); INSERT INTO st2 SELECT term, story_id FROM story_terms; "
                           "DROP TABLE story_terms; ALTER TABLE st2 RENAME TO story_terms;")
    cols = [r[1] for r in s.conn.execute("PRAGMA table_info(story_terms)")]
    assert cols == ["term", "story_id", "last_seen", "first_seen"]
    # the old row has no span: it is found in any window until the story is saved again
    assert [x.id for x in s.candidate_stories(["banjir"], "2025-01-01", "2025-01-31", limit=5)] == ["s-old"]
    with s.batch():
        s.save_story(StoryState("s-old", "Old", "2020-01-01", "2020-01-03", 2, {"banjir": 1.0}))
    assert s.candidate_stories(["banjir"], "2025-01-01", "2025-01-31", limit=5) == []
    s.close()


def test_a_schema_3_store_gets_its_story_terms_keyed_by_story_with_the_same_rows(tmp_path):
    path = tmp_path / "old.db"
    s = open_store(f"sqlite:///{path}")
    with s.batch():
        s.save_story(StoryState("s1", "Banjir", "2025-01-02", "2025-01-05", 2, {"banjir": 1.0, "bekasi": 0.5}))
        s.save_story(StoryState("s2", "Gempa", None, None, 1, {"gempa": 1.0, "bekasi": 0.2}))
    rows = sorted(s.conn.execute("SELECT term, story_id, last_seen, first_seen FROM story_terms"))
    s.close()
    # as schema 3 kept them: a rowid table, an index on story_id
    s = _reopened_as_older(path, "CREATE TABLE st3 (term TEXT, story_id TEXT, last_seen TEXT, first_seen TEXT); "
                           "INSERT INTO st3 SELECT * FROM story_terms; DROP TABLE story_terms; "
                           "ALTER TABLE st3 RENAME TO story_terms; CREATE INDEX story_terms_story ON story_terms(story_id); "
                           "CREATE INDEX story_terms_window ON story_terms(term, last_seen, first_seen, story_id); "
                           "UPDATE meta SET value='3' WHERE key='schema';")
    try:
        assert s.conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone()[0] == str(SCHEMA_VERSION) == "5"
        table = s.conn.execute("SELECT sql FROM sqlite_master WHERE name='story_terms'").fetchone()[0]
        assert "WITHOUT ROWID" in table
        indexes = {r[0] for r in s.conn.execute("SELECT name FROM sqlite_master WHERE tbl_name='story_terms' "
                                                "AND type='index' AND sql IS NOT NULL")}
        assert indexes == {"story_terms_window"}
        assert sorted(s.conn.execute("SELECT term, story_id, last_seen, first_seen FROM story_terms")) == rows
        assert [x.id for x in s.candidate_stories(["bekasi", "banjir"], "2025-01-01", "2025-01-31", limit=5)] == ["s1", "s2"]
        with s.batch():  # saving again rewrites the story's rows in place
            s.save_story(StoryState("s1", "Banjir", "2025-01-02", "2025-01-09", 3, {"banjir": 1.0, "hujan": 0.7}))
        assert sorted(s.conn.execute("SELECT term, last_seen FROM story_terms WHERE story_id='s1'")) == [
            ("banjir", "2025-01-09"), ("hujan", "2025-01-09")]
    finally:
        s.close()


def test_the_page_cache_is_sized_for_ingest_unless_a_reader_asks_for_less():
    from kabar.store.sqlite import CACHE_KIB

    ingest_store, reader = open_store("sqlite://"), open_store("sqlite://", cache_kib=1024)
    assert ingest_store.conn.execute("PRAGMA cache_size").fetchone()[0] == -CACHE_KIB
    assert reader.conn.execute("PRAGMA cache_size").fetchone()[0] == -1024


def test_story_lookups_use_the_id_and_date_indexes_not_the_redirect_index(tmp_path):
    """A full index on merged_into made "merged_into IS NULL" walk every live story; a store that
    has it loses it on opening, and the lookups clustering makes use the id and last_seen indexes."""
    from kabar.store.sqlite import SqliteStore

    url = f"sqlite:///{tmp_path / 'old.db'}"
    s = SqliteStore(url)
    s.conn.execute("DROP INDEX stories_redirects")
    s.conn.execute("CREATE INDEX stories_merged ON stories(merged_into)")  # as kabar wrote it before
    s.close()
    s = SqliteStore(url)
    names = {r[0] for r in s.conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert "stories_merged" not in names and "stories_redirects" in names
    plans = []
    real = s.conn

    class Spy:
        def execute(self, sql, args=()):
            if sql.lstrip().upper().startswith("SELECT"):
                plans.extend(r[-1] for r in real.execute("EXPLAIN QUERY PLAN " + sql, args))
            return real.execute(sql, args)

        def __getattr__(self, name):
            return getattr(real, name)

    s.conn = Spy()
    s.stories_by_ids(["s1", "s2"])
    list(s.story_vectors("2025-03-01", "2025-03-08"))
    s.count("stories")
    s.story_count()
    s.story_list(limit=20, offset=40)
    s.story_list(date_from="2025-03-01", date_to="2025-03-08")
    s.conn = real
    # no walk over the redirect index, no scan of the story rows (a scan of an index is fine; the
    # story list's plain "SCAN s" lines read its page, the co-routine of the same name)
    assert plans and not any("stories_redirects" in p or p == "SCAN stories" for p in plans), plans
    assert plans.count("SCAN s") == plans.count("CO-ROUTINE s"), plans
    assert any("stories_live_recent" in p for p in plans)
    with s.batch():
        s.save_story(StoryState("s1", "a", "2025-03-01", "2025-03-02", 1, {"x": 1.0}))
        s.save_story(StoryState("s2", "b", "2025-03-01", "2025-03-02", 1, {"x": 1.0}))
        s.merge_story("s2", "s1")
    assert s.count("stories") == 1
    s.close()


def test_a_new_store_gets_16_kib_pages_and_an_existing_one_keeps_its_own(tmp_path):
    from kabar.store.sqlite import PAGE_SIZE

    s = open_store(f"sqlite:///{tmp_path / 'new.db'}")
    try:
        assert s.conn.execute("PRAGMA page_size").fetchone()[0] == PAGE_SIZE == 16384
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        s.close()
    old = tmp_path / "old.db"
    conn = sqlite3.connect(old)  # a store an older kabar made: SQLite's default 4 KiB pages
    conn.execute("PRAGMA page_size=4096")
    conn.execute("CREATE TABLE x (a)")
    conn.close()
    s = open_store(f"sqlite:///{old}")
    try:
        with s.batch():
            _put(s, 1, BODIES[0], "s1")
        assert s.conn.execute("PRAGMA page_size").fetchone()[0] == 4096
        assert s.article("a001").outlet == "Outlet 1"
    finally:
        s.close()


def test_centroids_written_by_orjson_or_by_older_kabar_read_back_the_same(tmp_path):
    """Story rows are written with orjson (compact, UTF-8 unescaped); rows an older kabar wrote with
    json.dumps (spaces, \\u escapes) read the same, and both keep the terms' order."""
    import json

    import numpy as np

    url = f"sqlite:///{tmp_path / 'k.db'}"
    centroid = {"banjir": 2.5, "lang:id": 0.0, "台风": 1e-05, "semarang": 0.30000000000000004}
    vector = np.asarray([0.6, 0.8], dtype=np.float32)
    store = open_store(url)
    with store.batch():
        store.save_story(StoryState("s-new", "Banjir", "2025-03-01", "2025-03-02", 2, dict(centroid), vector))
        store.conn.execute("INSERT INTO stories VALUES ('s-old', 'Lama', '2025-03-01', '2025-03-01', 1, NULL, ?, ?)",
                           (json.dumps(centroid), vector.tobytes()))
    text = store.conn.execute("SELECT centroid FROM stories WHERE id='s-new'").fetchone()[0]
    assert isinstance(text, str) and "台风" in text and ", " not in text
    store.close()
    fresh = open_store(url)  # nothing cached: both rows are decoded from their text
    try:
        got = {s.id: s.centroid for s in fresh.stories_by_ids(["s-new", "s-old"])}
        assert got == {"s-new": centroid, "s-old": centroid}
        assert [list(c) for c in got.values()] == [list(centroid)] * 2
        # the language exclusion reads the text with LIKE: it finds the key in either form
        assert {sid for sid, *_ in fresh.story_vectors(None, None, other_than=["en"])} == {"s-new", "s-old"}
        assert {sid for sid, *_ in fresh.story_vectors(None, None, other_than=["id"])} == set()
    finally:
        fresh.close()


def test_a_schema_4_store_gets_its_redirects_and_later_merges_leave_the_rows(tmp_path):
    path = tmp_path / "k.db"
    s = open_store(f"sqlite:///{path}")
    with s.batch():
        for i in range(6):
            _put(s, i, BODIES[i % len(BODIES)], f"s{i % 3}")
        for k in range(3):
            s.save_story(StoryState(f"s{k}", f"Story {k}", "2025-01-01", f"2025-01-0{k + 1}", 2))
    s.close()
    # as a kabar with schema 4 merged s0 into s1: rows moved, a redirect
    s = _reopened_as_older(path, "UPDATE articles SET story_id='s1' WHERE story_id='s0';"
                           "UPDATE fts_story SET story_id='s1' WHERE story_id='s0';"
                           "UPDATE stories SET merged_into='s1' WHERE id='s0';"
                           "DROP TABLE story_redirects; UPDATE meta SET value='4' WHERE key='schema';")
    try:
        assert s.conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone()[0] == str(SCHEMA_VERSION) == "5"
        assert s.conn.execute("SELECT id, target FROM story_redirects").fetchall() == [("s0", "s1")]
        with s.batch():
            s.merge_story("s1", "s2")
        assert s.conn.execute("SELECT id, target FROM story_redirects ORDER BY id").fetchall() == [("s0", "s2"), ("s1", "s2")]
        assert set(s.story("s0").article_ids) == {f"a{i:03d}" for i in range(6)}
        assert {s.article_story(f"a{i:03d}") for i in range(6)} == {"s2"}
        assert s.conn.execute("SELECT COUNT(*) FROM articles WHERE story_id='s2'").fetchone()[0] == 2
    finally:
        s.close()
