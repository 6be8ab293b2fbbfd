"""The SQLite store's LSH band index: rows enter the small ``lsh_recent`` and move to ``lsh_main`` in
bulk; lookups, re-fingerprinting and a rolled-back batch give what one plain table would, and a schema 2
store's text band rows are carried over."""

from __future__ import annotations

import pytest

from kabar.dedup import band_id, band_keys, fingerprint
from kabar.records import Article
from kabar.store import sqlite as sqlite_store
from kabar.store.base import open_store

WORDS = ("banjir bandang melanda kota bekasi warga mengungsi ke masjid terdekat petugas mendata kerugian "
         "gempa berkekuatan magnitudo guncang lombok rumah rusak sekolah diliburkan bantuan datang").split()


def _articles(n: int) -> list[Article]:
    out = []
    for i in range(n):
        words = [WORDS[(i * 7 + k * (i % 5 + 1)) % len(WORDS)] for k in range(60)] + [f"kata{i}"]
        out.append(Article(f"b{i:03d}", f"t:{i}", [" ".join(words)], outlet="Contoh", published_at="2025-01-02"))
    return out


def _reference(arts: list[Article], keys: list[str]) -> set[str]:
    """Articles with any of ``keys`` among their bands, as one plain table of (key, article) would give."""
    wanted = set(keys)
    return {a.id for a in arts if wanted & set(band_keys(fingerprint(a).minhash))}


def _put(store, arts: list[Article]) -> None:
    """Store ``arts`` with their fingerprints and band keys (inside the caller's batch, if any)."""
    for a in arts:
        fp = fingerprint(a)
        store.put_article(a, None, fp, band_keys(fp.minhash))


def _rows(store, table: str) -> int:
    return store.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_band_ids_keep_the_band_apart_and_fit_a_signed_64_bit_integer():
    keys = band_keys(fingerprint(_articles(1)[0]).minhash)
    ids = [band_id(k) for k in keys]
    assert [i >> 58 for i in ids] == list(range(len(keys)))
    assert all(0 <= i < 2 ** 63 for i in ids)
    assert band_id("31:" + "f" * 16) == 2 ** 63 - 1 and band_id("0:" + "0" * 16) == 0


def test_rows_move_to_the_main_table_in_bulk_and_lookups_see_both(tmp_path, monkeypatch):
    monkeypatch.setattr(sqlite_store, "LSH_RECENT_ROWS", 100)  # a move every fourth article (32 bands each)
    store = open_store(f"sqlite:///{tmp_path / 'k.db'}")
    arts = _articles(30)
    try:
        for start in range(0, 30, 7):
            with store.batch():
                _put(store, arts[start:start + 7])
        assert _rows(store, "lsh_main") + _rows(store, "lsh_recent") == 30 * 32
        assert 0 < _rows(store, "lsh_recent") < 100 and _rows(store, "lsh_main") >= 28 * 32
        for a in arts:
            keys = band_keys(fingerprint(a).minhash)
            assert set(store.by_bands(keys)) == _reference(arts, keys) and a.id in store.by_bands(keys)
        # a rolled-back batch leaves neither table changed, and the count starts again from the table
        before = (_rows(store, "lsh_main"), _rows(store, "lsh_recent"))
        extra = _articles(40)[30:]
        with pytest.raises(RuntimeError), store.batch():
            _put(store, extra)
            raise RuntimeError("interrupted")
        assert (_rows(store, "lsh_main"), _rows(store, "lsh_recent")) == before
        for a in extra:  # the stored articles only (these texts repeat the first ones' word patterns)
            keys = band_keys(fingerprint(a).minhash)
            assert a.id not in store.by_bands(keys) and set(store.by_bands(keys)) == _reference(arts, keys)
    finally:
        store.close()


def test_a_new_signature_replaces_the_old_band_rows_in_either_table(tmp_path, monkeypatch):
    monkeypatch.setattr(sqlite_store, "LSH_RECENT_ROWS", 64)
    store = open_store(f"sqlite:///{tmp_path / 'k.db'}")
    arts = _articles(5)
    try:
        with store.batch():
            _put(store, arts)
        in_main = store.conn.execute("SELECT COUNT(*) FROM lsh_main l JOIN articles a ON a.seq = l.seq "
                                     "WHERE a.id = 'b000'").fetchone()[0]
        assert in_main == 32  # the first article's rows had moved
        old = fingerprint(arts[0])
        new = fingerprint(arts[4])  # another text's signature as the first article's new one
        with store.batch():
            store.replace_fingerprint(type(old)("b000", new.exact, new.minhash, old.version),
                                      band_keys(new.minhash), band_keys(old.minhash))
        assert "b000" not in store.by_bands(band_keys(old.minhash))
        assert {"b000", "b004"} <= set(store.by_bands(band_keys(new.minhash)))
        assert _rows(store, "lsh_main") + _rows(store, "lsh_recent") == 5 * 32
        assert store._lsh_recent == _rows(store, "lsh_recent")  # the count that triggers a move stays exact
    finally:
        store.close()


def test_a_schema_2_store_keeps_its_band_rows(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    store = open_store(url)
    arts = _articles(12)
    with store.batch():
        _put(store, arts)
    # as schema 2 stored them: one text row per band and article, no integer tables filled
    store.conn.execute("CREATE TABLE lsh_bands (key TEXT, article_id TEXT)")
    store.conn.executemany("INSERT INTO lsh_bands VALUES (?,?)",
                           [(k, a.id) for a in arts for k in band_keys(fingerprint(a).minhash)])
    store.conn.execute("DELETE FROM lsh_recent")
    store.conn.execute("DELETE FROM lsh_main")
    store.conn.execute("UPDATE meta SET value='2' WHERE key='schema'")
    store.close()
    store = open_store(url)
    try:
        assert store.conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone()[0] == str(sqlite_store.SCHEMA_VERSION)
        assert store.conn.execute("SELECT 1 FROM sqlite_master WHERE name='lsh_bands'").fetchone() is None
        assert _rows(store, "lsh_main") == 12 * 32
        for a in arts:
            keys = band_keys(fingerprint(a).minhash)
            assert set(store.by_bands(keys)) == _reference(arts, keys)
    finally:
        store.close()


def test_signatures_are_stored_packed_and_json_ones_from_before_still_read(tmp_path):
    from kabar.store.sqlite import _pack_signature, _unpack_signature

    assert _unpack_signature(_pack_signature([0, 7, 2 ** 32 - 1])) == [0, 7, 2 ** 32 - 1]
    assert isinstance(_pack_signature([1, 2 ** 32]), str) and isinstance(_pack_signature([-1, 2]), str)
    assert _unpack_signature(_pack_signature([2 ** 40, 3])) == [2 ** 40, 3]
    url = f"sqlite:///{tmp_path / 'k.db'}"
    store = open_store(url)
    arts = _articles(3)
    try:
        with store.batch():
            _put(store, arts)
        stored = store.conn.execute("SELECT minhash FROM fingerprints WHERE article_id='b000'").fetchone()[0]
        assert isinstance(stored, bytes) and len(stored) == 4 * 128
        # b001 as an older kabar stored it
        import json
        store.conn.execute("UPDATE fingerprints SET minhash=? WHERE article_id='b001'",
                           (json.dumps(fingerprint(arts[1]).minhash),))
    finally:
        store.close()
    store = open_store(url)  # a new connection: the signatures come from the file, not the writer's memory
    try:
        assert store.signatures(["b000", "b001"]) == {a.id: fingerprint(a).minhash for a in arts[:2]}
    finally:
        store.close()


def test_signatures_held_in_memory_are_the_stored_ones_and_a_rolled_back_batch_leaves_none(tmp_path):
    url = f"sqlite:///{tmp_path / 'k.db'}"
    store = open_store(url)
    arts = _articles(12)
    try:
        with store.batch():
            _put(store, arts[:10])
        ids = [a.id for a in arts]
        mine = store.signatures(ids)  # from the writer's memory
        with pytest.raises(RuntimeError):
            with store.batch():
                _put(store, arts[10:])
                assert set(store.signatures(ids)) == set(ids)
                raise RuntimeError("batch fails")
        other = open_store(url)  # reads them from the file
        try:
            assert mine == other.signatures(ids) == store.signatures(ids)
            assert mine == {a.id: fingerprint(a).minhash for a in arts[:10]}
        finally:
            other.close()
    finally:
        store.close()
