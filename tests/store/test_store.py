"""The store contract, run on every backend: SQLite always, PostgreSQL when KABAR_TEST_POSTGRES is set."""

from __future__ import annotations

import pytest

from kabar.config import Settings
from kabar.errors import NotFound, StoreError
from kabar.service import all_dossiers, ingest
from kabar.store.base import fts_query, open_store


@pytest.fixture
def store(store_url):
    s = open_store(store_url)
    yield s
    s.close()


def test_ingest_is_idempotent(store, fixtures_dir):
    first = ingest([str(fixtures_dir / "mini")], store, Settings())
    again = ingest([str(fixtures_dir / "mini")], store, Settings())
    assert first.added == 5 and first.failed == 0
    assert again.added == 0 and again.already == 5
    assert store.count("articles") == 5 and store.count("raw_docs") == 5


def test_interrupted_batch_leaves_nothing_half_stored(store_url, fixtures_dir, monkeypatch):
    settings = Settings(db=store_url, batch_size=2)
    import kabar.pipeline as pipeline

    real = pipeline.store_processed
    calls = {"n": 0}

    def dying(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 4:  # second document of the second batch
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "store_processed", dying)
    s = open_store(store_url)
    with pytest.raises(KeyboardInterrupt):
        ingest([str(fixtures_dir / "mini")], s, settings)
    s.close()
    s = open_store(store_url)
    assert s.count("articles") == 2 and s.count("raw_docs") == 2  # only the first batch
    monkeypatch.setattr(pipeline, "store_processed", real)
    stats = ingest([str(fixtures_dir / "mini")], s, settings)
    assert stats.added == 3 and stats.already == 2
    ids = [r[0] for r in s.conn.execute("SELECT id FROM articles")]
    assert len(ids) == len(set(ids)) == 5
    s.close()


def test_search_finds_and_highlights(store, fixtures_dir):
    ingest([str(fixtures_dir / "mini")], store, Settings())
    hits = store.search("perahu karet")
    assert hits and all("[" in h["snippet"] and "]" in h["snippet"] for h in hits)
    assert all(h["story_id"] for h in hits)
    assert store.search("perahu kar")  # the last word is a prefix
    assert store.search('"; DROP TABLE articles; --') == []
    assert store.search("***") == []
    assert store.count("articles") == 5


def test_unknown_ids(store):
    with pytest.raises(NotFound):
        store.story("nope")
    with pytest.raises(NotFound):
        store.article("nope")
    assert store.article_meta("nope") is None


def test_bad_urls(tmp_path):
    with pytest.raises(StoreError):
        open_store(f"sqlite:///{tmp_path}/no/such/dir/k.db")
    with pytest.raises(StoreError):
        open_store("mysql://x")


def test_fts_query_quotes_every_word():
    assert fts_query('Korea "Utara') == '"Korea" AND "Utara"*'
    assert fts_query("***") == '""'


def test_backends_give_the_same_stories(store_url, fixtures_dir):
    """What a store holds after ingesting does not depend on the backend: same stories, links, dossiers."""
    ref, other = open_store("sqlite://"), open_store(store_url)
    for s in (ref, other):
        ingest([str(fixtures_dir / "mini")], s, Settings())

    def shape(s):
        return sorted((st.id, tuple(st.article_ids)) for st in s.stories())

    assert shape(other) == shape(ref)
    assert [d["summary"] for d in all_dossiers(other, Settings())] == \
        [d["summary"] for d in all_dossiers(ref, Settings())]
    for st in ref.stories():
        for a in st.article_ids:
            assert other.article(a).to_dict() == ref.article(a).to_dict()
            assert other.annotations(a).to_dict() == ref.annotations(a).to_dict()
    assert other.count("stories") == ref.count("stories")
    ref.close()
    other.close()


def test_errors_are_recorded(store, tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    stats = ingest([str(bad)], store, Settings())
    assert stats.failed == 1 and store.count("errors") == 1


def test_web_queries_agree_with_sqlite(store_url, fixtures_dir):
    """Every query of the Store protocol gives the same rows on each backend (snippets aside)."""
    ref, other = open_store("sqlite://"), open_store(store_url)
    for s in (ref, other):
        ingest([str(fixtures_dir / "mini")], s, Settings())
    try:
        assert other.story_list() == ref.story_list()
        assert other.story_list(limit=1, offset=1) == ref.story_list(limit=1, offset=1)
        outlet = ref.outlet_counts()[0]["outlet"]
        assert other.outlet_counts() == ref.outlet_counts()
        for kw in ({"outlet": outlet}, {"entity": "Bekasi"}, {"date_from": "2025-02-04"},
                   {"date_to": "2025-02-03"}, {"entity": "no such name"},
                   {"ids": [st.id for st in ref.stories()][::2]}, {"ids": []}):
            assert other.story_list(**kw) == ref.story_list(**kw), kw
            assert other.story_count(**kw) == ref.story_count(**kw), kw
        ids = [a for st in ref.stories() for a in st.article_ids]
        assert other.article_briefs([*reversed(ids), "nope"]) == ref.article_briefs([*reversed(ids), "nope"])
        assert other.article_briefs([]) == []

        def hits(rows):
            return sorted((r["id"], r["title"], r["outlet"], r["published_at"], r["story_id"]) for r in rows)

        assert hits(other.search_page("banjir")) == hits(ref.search_page("banjir"))
        assert any("[banjir]" in r["snippet"].lower() for r in other.search_page("banjir"))
        assert len(other.search_page("banjir", limit=1, offset=1)) == 1
        before = other.data_version()
        assert before == other.data_version()
        for st in ref.stories():
            assert other.story_version(st.id) == ref.story_version(st.id)
    finally:
        ref.close()
        other.close()


def test_a_listed_story_is_titled_in_the_language_most_of_its_pages_are_in(store, fixtures_dir):
    ingest([str(fixtures_dir / "mini")], store, Settings())
    story = next(s for s in store.stories() if len(s.article_ids) == 3)
    first, *rest = sorted(story.article_ids, key=lambda a: store.article(a).published_at or "")
    ph = "?" if store.url.startswith("sqlite") else "%s"

    def set_lang(aid: str, lang: str, title: str) -> None:
        store.conn.execute(f"UPDATE articles SET lang={ph}, title={ph} WHERE id={ph}", (lang, title, aid))

    def listed() -> str:
        return next(r["title"] for r in store.story_list(limit=100) if r["id"] == story.id)

    set_lang(first, "en", "An English wire page")
    set_lang(rest[0], "id", "Halaman pertama")
    set_lang(rest[1], "id", "Halaman kedua")
    assert listed() in ("Halaman pertama", "Halaman kedua")  # the earliest page is English: not the title
    set_lang(rest[0], "en", "A second English page")
    assert listed() == "An English wire page"


def test_data_version_changes_when_articles_arrive(store, fixtures_dir):
    before = store.data_version()
    ingest([str(fixtures_dir / "mini" / "banjir_1.txt")], store, Settings())
    middle = store.data_version()
    ingest([str(fixtures_dir / "mini" / "banjir_1.txt")], store, Settings())
    assert store.data_version() == middle != before
    ingest([str(fixtures_dir / "mini" / "kereta_1.txt")], store, Settings())
    assert store.data_version() != middle


def test_signatures_of_an_older_fingerprint_version_are_remade_at_the_next_ingest(store, fixtures_dir):
    from kabar.dedup import FINGERPRINT_VERSION, band_keys, fingerprint, refresh_fingerprints
    from kabar.records import Article, Fingerprint

    ingest([str(fixtures_dir / "mini")], store, Settings())
    ids = sorted(r[0] for r in store.conn.execute("SELECT id FROM articles"))
    olds = {}
    with store.batch():  # what an older kabar would have left: another version, other signatures and bands
        for aid in ids:
            art = store.article(aid)
            now = store.signature(aid)
            old = fingerprint(Article(aid, art.source, [" ".join(reversed(art.body.split()))])).minhash
            olds[aid] = old
            store.replace_fingerprint(Fingerprint(aid, "x", old, "fp0-test"), band_keys(old), band_keys(now))
    assert all(store.signature(aid) is None for aid in ids)  # stale: never compared
    assert sorted(a for a, _ in store.stale_fingerprints(FINGERPRINT_VERSION)) == ids

    assert ingest([str(fixtures_dir / "mini")], store, Settings()).already == 5  # the refresh runs anyway
    assert store.stale_fingerprints(FINGERPRINT_VERSION) == []
    for aid in ids:
        sig = fingerprint(store.article(aid)).minhash
        assert store.signature(aid) == sig
        assert aid in store.by_bands(band_keys(sig)) and aid not in store.by_bands(band_keys(olds[aid]))
        assert store.by_exact(fingerprint(store.article(aid)).exact).count(aid) == 1
    assert refresh_fingerprints(store) == 0


def test_story_vectors_and_lookup_by_id_see_live_stories_in_the_window(store):
    import numpy as np

    from kabar.cluster import StoryState

    def story(sid, first, last, emb):
        return StoryState(sid, sid, first, last, 1, {"kata": 1.0, "lang:id": 0.0},
                          None if emb is None else np.asarray(emb, dtype=np.float32))

    with store.batch():
        store.save_story(story("s-march", "2025-03-01T08:00", "2025-03-03T09:00", [1, 0]))
        store.save_story(story("s-january", "2025-01-01T08:00", "2025-01-02T08:00", [0, 1]))
        store.save_story(story("s-novec", "2025-03-01T08:00", "2025-03-01T08:00", None))
        store.save_story(story("s-gone", "2025-03-01T08:00", "2025-03-01T08:00", [1, 1]))
        store.merge_story("s-gone", "s-march")
    got = {sid: (list(v), first, list(langs)) for sid, v, first, _, langs in store.story_vectors("2025-02-20", "2025-03-10")}
    assert got == {"s-march": ([1.0, 0.0], "2025-03-01T08:00", ["id"])}
    assert {sid for sid, *_ in store.story_vectors(None, None)} == {"s-march", "s-january"}
    assert sorted(s.id for s in store.stories_by_ids(["s-march", "s-gone", "s-none", "s-novec"])) == ["s-march", "s-novec"]


def test_story_lookups_read_what_is_stored_whoever_wrote_it(store, store_url):
    """Stories read by id come from a cache of decoded states while their row keeps the size they
    were cached at: what another connection or a rolled-back batch changed is what comes back."""
    import numpy as np

    from kabar.cluster import StoryState

    with store.batch():
        store.save_story(StoryState("s-a", "A", "2025-03-01", "2025-03-01", 1, {"banjir": 1.0},
                                    np.asarray([1, 0], dtype=np.float32)))
    first = store.stories_by_ids(["s-a"])[0]
    first.size, first.last_seen = 9, "2025-03-09"  # a caller sets its own state's fields before saving
    again = store.stories_by_ids(["s-a"])[0]
    assert (again.size, again.last_seen) == (1, "2025-03-01")
    assert again.centroid == {"banjir": 1.0} and list(again.embedding) == [1.0, 0.0]

    other = open_store(store_url)  # another writer grows the story
    try:
        with other.batch():
            other.save_story(StoryState("s-a", "A2", "2025-03-01", "2025-03-02", 2, {"banjir": 1.5, "bekasi": 0.5},
                                        np.asarray([1, 1], dtype=np.float32)))
    finally:
        other.close()
    got = store.stories_by_ids(["s-a"])[0]
    assert (got.title, got.size, got.last_seen, got.centroid) == ("A2", 2, "2025-03-02", {"banjir": 1.5, "bekasi": 0.5})
    assert list(got.embedding) == [1.0, 1.0]

    with pytest.raises(RuntimeError), store.batch():  # a batch that fails stores nothing, cached or not
        store.save_story(StoryState("s-a", "A3", "2025-03-01", "2025-03-03", 2, {"gempa": 1.0}))
        raise RuntimeError("interrupted")
    got = store.stories_by_ids(["s-a"])[0]
    assert (got.title, got.size, got.centroid) == ("A2", 2, {"banjir": 1.5, "bekasi": 0.5})


def test_copy_members_read_what_linking_needs_from_memory_or_the_stored_json(store, store_url):
    """Copy linking reads a group's members through copy_members: the link columns as stored now,
    and the facts fixed at storing (cited source, unfit date) from memory or, on a connection that
    did not store them, from the article's JSON; signatures() agrees with signature()."""
    from kabar.dedup import CopyFacts, band_keys, fingerprint
    from kabar.records import Article, DateFlag

    arts = [Article("c1", "s1", ["Teks pertama tentang banjir."], outlet="Kompas", published_at="2025-08-22",
                    extra={"source_outlet": "Antara"}),
            Article("c2", "s2", ["Teks kedua tentang banjir."], outlet="Antara", published_at="2025-08-21",
                    date_flags=[DateFlag("page_date_mismatch", "page 21/8, body 20/8")]),
            Article("c3", "s3", ["Teks ketiga."], date_flags=[DateFlag("weekday_mismatch", "Senin")])]
    with store.batch():
        for a in arts:
            fp = fingerprint(a)
            store.put_article(a, None, fp, band_keys(fp.minhash))
        store.set_links("c1", None, "c2")
    other = open_store(store_url)
    try:
        for s in (store, other):
            got = s.copy_members(["c3", "c1", "missing", "c2"])
            assert [m.id for m in got] == ["c3", "c1", "c2"]
            by = {m.id: m for m in got}
            assert (by["c1"].outlet, by["c1"].published_at, by["c1"].facts) == ("Kompas", "2025-08-22",
                                                                               CopyFacts("Antara", False))
            assert (by["c1"].duplicate_of, by["c1"].syndicated_from) == (None, "c2")
            assert by["c2"].facts == CopyFacts(None, True)  # an unfit page date
            assert by["c3"].facts == CopyFacts(None, False) and by["c3"].outlet is None  # a weekday typo is fit
            assert by["c1"].seq < by["c2"].seq < by["c3"].seq
            sigs = s.signatures(["c1", "c3", "missing"])
            assert sigs == {"c1": s.signature("c1"), "c3": s.signature("c3")} and len(sigs["c1"]) == 128
        with other.batch():  # links another writer changes are read as they are now
            other.set_links("c1", "c3", None)
    finally:
        other.close()
    (c1,) = store.copy_members(["c1"])
    assert (c1.duplicate_of, c1.syndicated_from) == ("c3", None)


def test_stories_by_terms_ranks_live_stories_by_shared_terms_at_any_date(store):
    from kabar.cluster import StoryState

    def story(sid, day, terms):
        return StoryState(sid, sid, day, day, 1, {t: 1.0 for t in terms})

    with store.batch():
        store.save_story(story("s-two", "2020-01-01", ["banjir", "bekasi", "hujan"]))
        store.save_story(story("s-three", "2025-06-01", ["banjir", "bekasi", "tanggul"]))
        store.save_story(story("s-one", "2025-06-02", ["bekasi", "kereta"]))
        store.save_story(story("s-gone", "2025-06-02", ["banjir", "bekasi", "tanggul", "hujan"]))
        store.merge_story("s-gone", "s-three")
    terms = ["banjir", "bekasi", "tanggul", "hujan"]
    assert [s.id for s in store.stories_by_terms(terms, limit=5)] == ["s-three", "s-two", "s-one"]
    assert [s.id for s in store.stories_by_terms(terms, limit=2)] == ["s-three", "s-two"]
    got = store.stories_by_terms(["kereta"], limit=5)
    assert [(s.id, s.first_seen, s.centroid) for s in got] == [("s-one", "2025-06-02", {"bekasi": 1.0, "kereta": 1.0})]
    assert store.stories_by_terms([], limit=5) == []


def test_candidate_stories_are_the_window_s_stories_sharing_the_most_terms(store):
    from kabar.cluster import StoryState

    def story(sid, first, last, terms):
        return StoryState(sid, sid, first, last, 1, {t: 1.0 for t in terms})

    with store.batch():
        store.save_story(story("s-in-3", "2025-03-01T08:00", "2025-03-04T10:00", ["banjir", "bekasi", "tanggul"]))
        store.save_story(story("s-in-1", "2025-03-02T08:00", "2025-03-02T08:00", ["bekasi", "kereta"]))
        store.save_story(story("s-spans", "2025-01-10T08:00", "2025-04-01T08:00", ["banjir"]))
        store.save_story(story("s-old", "2024-01-01T08:00", "2024-01-02T08:00", ["banjir", "bekasi", "tanggul"]))
        store.save_story(story("s-later", "2025-06-01T08:00", "2025-06-02T08:00", ["banjir", "bekasi"]))
        store.save_story(story("s-undated", None, None, ["tanggul"]))
        store.save_story(story("s-gone", "2025-03-01T08:00", "2025-03-01T08:00", ["banjir", "bekasi", "tanggul"]))
        store.merge_story("s-gone", "s-in-3")
    terms = ["banjir", "bekasi", "tanggul"]
    got = [s.id for s in store.candidate_stories(terms, "2025-02-20", "2025-03-10", limit=10)]
    assert got == ["s-in-3", "s-in-1", "s-spans", "s-undated"]
    assert [s.id for s in store.candidate_stories(terms, "2025-02-20", "2025-03-10", limit=2)] == ["s-in-3", "s-in-1"]
    # a window ending the day a story starts still meets it
    assert "s-later" in {s.id for s in store.candidate_stories(terms, "2025-05-20", "2025-06-01", limit=10)}
    # no window: every live story, ranked
    assert [s.id for s in store.candidate_stories(terms, None, None, limit=3)] == ["s-in-3", "s-old", "s-later"]
    # a story's span moves with it: saved again later, it leaves the old window
    with store.batch():
        store.save_story(story("s-in-1", "2025-03-02T08:00", "2025-05-30T08:00", ["bekasi", "kereta"]))
    assert "s-in-1" in {s.id for s in store.candidate_stories(["kereta"], "2025-05-25", "2025-06-05", limit=10)}


def test_postgres_keeps_the_redirect_index_partial_as_sqlite_does(postgres_url):
    """A store an older kabar made has the full index on merged_into; opening it replaces that with
    the partial redirect index and the live stories' newest-first index."""
    from kabar.store.postgres import PostgresStore

    s = PostgresStore(postgres_url)
    s.conn.execute("DROP INDEX stories_redirects")
    s.conn.execute("CREATE INDEX stories_merged ON stories(merged_into)")  # as kabar wrote it before
    s.close()
    s = PostgresStore(postgres_url)
    rows = s.conn.execute("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'stories'").fetchall()
    defs = dict(rows)
    s.close()
    assert "stories_merged" not in defs
    assert "WHERE (merged_into IS NOT NULL)" in defs["stories_redirects"]
    assert "WHERE (merged_into IS NULL)" in defs["stories_live_recent"]


def test_articles_stored_unannotated_are_listed_until_annotated(store, fixtures_dir):
    from kabar.annotate_later import annotate_pending

    stats = ingest([str(fixtures_dir / "mini")], store, Settings(annotate=False))
    assert stats.added == 5 and store.count("stories") >= 2
    pending = store.unannotated()
    assert len(pending) == 5 and store.unannotated(limit=2) == pending[:2]
    assert all(store.annotations(a) is None for a in pending)
    # the dossiers are deferred with the annotations: every story stays marked for them
    assert {st.id for st in store.stories()} <= set(store.dirty_stories())
    done, failed = annotate_pending(store)
    assert (done, failed) == (5, [])
    assert store.unannotated() == []
    persons = {e.name for a in pending for e in store.annotations(a).entities if e.type == "PER"}
    assert persons  # the mini corpus names people
    again = ingest([str(fixtures_dir / "mini")], store, Settings(annotate=False))
    assert again.added == 0 and store.unannotated() == []


def test_a_store_from_before_the_pending_list_lists_its_unannotated_articles(store_url, fixtures_dir):
    s = open_store(store_url)
    ingest([str(fixtures_dir / "mini")], s, Settings(annotate=False))
    pending = s.unannotated()
    s.conn.execute("DROP TABLE annotation_pending")  # as a store written before the list existed
    s.close()
    s = open_store(store_url)
    try:
        assert s.unannotated() == pending and len(pending) == 5
    finally:
        s.close()


def test_a_story_saved_again_is_found_by_its_new_terms_and_span_only(store):
    from kabar.cluster import StoryState
    from kabar.store import sqlite

    def save(first, last, size, weights):
        with store.batch():
            store.save_story(StoryState("s-a", "A", first, last, size, weights))

    def found(terms, lo=None, hi=None):
        return [s.id for s in store.candidate_stories(terms, lo, hi, limit=5)]

    save(None, None, 1, {"banjir": 3.0, "bekasi": 2.0, "tanggul": 1.0})
    assert found(["tanggul"], "2025-03-01", "2025-03-02") == ["s-a"]  # undated: every window
    # a term drops out, one comes in, the span is set: old rows go, the rest carry the span
    save("2025-03-01", "2025-03-01", 2, {"banjir": 3.0, "bekasi": 2.5, "kereta": 2.0, "tanggul": 0.5})
    assert found(["kereta"], "2025-02-20", "2025-03-05") == ["s-a"]
    assert found(["banjir"], "2025-04-01", "2025-04-05") == []  # dated now: outside this window
    # the span moves on and only the strongest INDEX_TERMS terms are indexed
    weights = {f"t{i:03d}": 1000.0 - i for i in range(sqlite.INDEX_TERMS + 5)}
    save("2025-03-01", "2025-03-09", 3, weights)
    assert found(["banjir", "bekasi", "kereta"], None, None) == []
    assert found(["t000"], "2025-03-08", "2025-03-12") == ["s-a"]
    assert found([f"t{sqlite.INDEX_TERMS + 1:03d}"], None, None) == []
    assert found([f"t{sqlite.INDEX_TERMS - 1:03d}"], "2025-03-09", "2025-03-09") == ["s-a"]
    # saved again unchanged: the same rows
    save("2025-03-01", "2025-03-09", 3, weights)
    assert [s.id for s in store.stories_by_terms(["t000", "t001"], limit=5)] == ["s-a"]


def test_story_terms_change_rewrites_only_what_differs():
    from kabar.store.base import story_terms_change

    stored = [("banjir", "2025-03-01", "2025-03-01"), ("bekasi", "2025-03-01", "2025-03-01"), ("hujan", "2025-03-01", "2025-03-01")]
    assert story_terms_change(stored, ["banjir", "bekasi", "hujan"], "2025-03-01", "2025-03-01") == ([], [], False)
    assert story_terms_change(stored, ["kereta", "banjir", "bekasi"], "2025-03-01", "2025-03-01") == (["hujan"], ["kereta"], False)
    assert story_terms_change(stored, ["banjir"], "2025-03-02", "2025-03-01") == (["bekasi", "hujan"], [], True)
    assert story_terms_change([], ["banjir"], None, None) == ([], ["banjir"], False)
    assert story_terms_change([("banjir", None, None)], ["banjir"], "2025-03-02", "2025-03-01") == ([], [], True)
    # only dropped rows had another span: nothing left to respan
    assert story_terms_change([("banjir", "2025-03-02", "2025-03-01"), ("hujan", "2025-01-01", None)], ["banjir"],
                              "2025-03-02", "2025-03-01") == (["hujan"], [], False)


def test_stories_by_terms_leaves_out_known_stories_but_ranks_with_them(store):
    from kabar.cluster import StoryState

    def story(sid, terms):
        return StoryState(sid, sid, "2025-06-01", "2025-06-01", 1, {t: 1.0 for t in terms})

    with store.batch():
        store.save_story(story("s-three", ["banjir", "bekasi", "tanggul"]))
        store.save_story(story("s-two", ["banjir", "bekasi"]))
        store.save_story(story("s-one", ["banjir"]))
    terms = ["banjir", "bekasi", "tanggul"]
    # the known story still takes its place among the two strongest: only s-two is left to read
    assert [s.id for s in store.stories_by_terms(terms, limit=2, known={"s-three"})] == ["s-two"]
    assert [s.id for s in store.stories_by_terms(terms, limit=3, known={"s-three", "s-one"})] == ["s-two"]
    assert store.stories_by_terms(terms, limit=1, known={"s-three"}) == []
    assert [s.id for s in store.candidate_stories(terms, "2025-05-30", "2025-06-02", 3, known={"s-two"})] == ["s-three", "s-one"]
