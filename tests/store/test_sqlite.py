from __future__ import annotations

import pytest

from kabar.config import Settings
from kabar.errors import NotFound, StoreError
from kabar.service import ingest
from kabar.store.base import fts_query, open_store


@pytest.fixture
def store():
    s = open_store("sqlite://")
    yield s
    s.close()


def test_ingest_is_idempotent(store, fixtures_dir):
    first = ingest([str(fixtures_dir / "mini")], store, Settings())
    again = ingest([str(fixtures_dir / "mini")], store, Settings())
    assert first.added == 5 and first.failed == 0
    assert again.added == 0 and again.already == 5
    assert store.count("articles") == 5 and store.count("raw_docs") == 5


def test_interrupted_batch_leaves_nothing_half_stored(tmp_path, fixtures_dir, monkeypatch):
    url = f"sqlite:///{tmp_path / 'k.db'}"
    settings = Settings(db=url, batch_size=2)
    import kabar.pipeline as pipeline

    real = pipeline.store_processed
    calls = {"n": 0}

    def dying(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 4:  # second document of the second batch
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "store_processed", dying)
    s = open_store(url)
    with pytest.raises(KeyboardInterrupt):
        ingest([str(fixtures_dir / "mini")], s, settings)
    s.close()
    s = open_store(url)
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
    assert hits and all("[" in h["snippet"] for h in hits)
    assert store.search('"; DROP TABLE articles; --') == []
    assert store.count("articles") == 5


def test_unknown_ids_and_bad_urls(store, tmp_path):
    with pytest.raises(NotFound):
        store.story("nope")
    with pytest.raises(StoreError):
        open_store(f"sqlite:///{tmp_path}/no/such/dir/k.db")
    with pytest.raises(StoreError):
        open_store("mysql://x")


def test_fts_query_quotes_every_word():
    assert fts_query('Korea "Utara') == '"Korea" AND "Utara"*'
    assert fts_query("***") == '""'
