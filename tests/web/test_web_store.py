"""The store queries the web app adds (kabar.store.base.Store), on the built test store."""

from __future__ import annotations

import pytest

from kabar.store.base import open_store


@pytest.fixture(scope="module")
def store(web_db):
    st = open_store(f"sqlite:///{web_db}")
    yield st
    st.close()


def test_story_list_pages_through_every_story_once(store):
    total = store.story_count()
    seen = [r["id"] for off in range(0, total, 3) for r in store.story_list(limit=3, offset=off)]
    assert seen == [s.id for s in store.stories()]  # the same order as the CLI's list


def test_story_rows_count_articles_and_outlets(store):
    for row in store.story_list(limit=100):
        story = store.story(row["id"])
        arts = [store.article(a) for a in story.article_ids]
        assert row["articles"] == len(arts)
        assert row["outlets"] == sorted({a.outlet for a in arts if a.outlet})


def test_story_list_by_ids_gives_those_stories_rows(store):
    every = store.story_list(limit=1000)
    some = [every[-1]["id"], every[0]["id"], "no-such-story"]
    rows = store.story_list(ids=some, limit=10)
    assert rows == [every[0], every[-1]]  # the same rows, in the list's order, unknown ids left out
    assert store.story_list(ids=[], limit=10) == []
    assert store.story_count(ids=some) == 2


def test_filters_agree_with_counts(store):
    outlet = store.outlet_counts()[0]["outlet"]
    rows = store.story_list(outlet=outlet, limit=1000)
    assert rows and len(rows) == store.story_count(outlet=outlet)
    assert all(outlet in r["outlets"] for r in rows)
    assert store.story_count(entity='Henri "Lincoln') == store.story_count(entity="Henri Lincoln")  # quotes: no syntax
    assert store.story_count(entity="Henri Lincoln") >= 1
    assert store.story_count(date_from="2999-01-01") == 0


def test_outlet_counts_sum_to_articles_with_an_outlet(store):
    counts = store.outlet_counts()
    with_outlet = store.conn.execute("SELECT COUNT(*) FROM articles WHERE outlet IS NOT NULL").fetchone()[0]
    assert sum(c["articles"] for c in counts) == with_outlet


def test_search_page_pages_like_search(store):
    first = store.search("gempa", limit=10)
    paged = store.search_page("gempa", limit=5) + store.search_page("gempa", limit=5, offset=5)
    assert {r["id"] for r in paged} == {r["id"] for r in first}
    assert all("[" in r["snippet"] for r in paged)


def test_article_briefs_keep_order_and_skip_unknown(store):
    ids = [r["id"] for r in store.search_page("gempa", limit=3)]
    briefs = store.article_briefs([ids[2], "nope", ids[0]])
    assert [b["id"] for b in briefs] == [ids[2], ids[0]]


def test_versions_change_when_a_story_changes(db_copy):
    st = open_store(f"sqlite:///{db_copy}")
    try:
        a, b = [s.id for s in st.stories()][:2]
        data, va, vb = st.data_version(), st.story_version(a), st.story_version(b)
        assert st.story_version(a) == va and st.data_version() == data
        with st.batch():
            st.merge_story(a, b)
        assert st.story_version(b) != vb
    finally:
        st.close()
