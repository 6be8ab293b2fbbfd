"""The app's caches: rebuilt when their version changes, bounded, one build for concurrent requests."""

from __future__ import annotations

import threading
import time

from kabar.web.context import VersionedCache


def test_cache_keeps_a_value_for_its_version_only():
    cache, built = VersionedCache(4), []

    def build(v):
        built.append(v)
        return f"value@{v}"

    assert cache.get("k", "1", lambda: build("1")) == "value@1"
    assert cache.get("k", "1", lambda: build("1")) == "value@1"
    assert cache.get("k", "2", lambda: build("2")) == "value@2"
    assert built == ["1", "2"] and cache.hits == 1 and cache.misses == 2


def test_cache_is_bounded_least_recently_used_first():
    cache = VersionedCache(2)
    for k in "abc":
        cache.get(k, "v", lambda k=k: k)
    rebuilt = []
    cache.get("a", "v", lambda: rebuilt.append("a") or "a")
    cache.get("c", "v", lambda: rebuilt.append("c") or "c")
    assert rebuilt == ["a"]


def test_concurrent_misses_build_once():
    cache, calls = VersionedCache(4), []
    gate = threading.Event()

    def slow():
        calls.append(1)
        gate.wait(5)
        return "done"

    results = []
    threads = [threading.Thread(target=lambda: results.append(cache.get("k", "v", slow))) for _ in range(5)]
    for t in threads:
        t.start()
    while not calls:
        time.sleep(0.01)
    gate.set()
    for t in threads:
        t.join(5)
    assert results == ["done"] * 5 and len(calls) == 1


def test_a_failed_build_lets_the_next_request_try_again():
    cache = VersionedCache(4)

    def boom():
        raise RuntimeError("no")

    try:
        cache.get("k", "v", boom)
    except RuntimeError:
        pass
    assert cache.get("k", "v", lambda: "ok") == "ok"


def test_size_zero_caches_nothing():
    cache, calls = VersionedCache(0), []
    for _ in range(3):
        cache.get("k", "v", lambda: calls.append(1))
    assert len(calls) == 3


def test_warming_builds_the_newest_story_pages(web_db):
    from fastapi.testclient import TestClient

    from kabar.config import Settings
    from kabar.web.app import create_app

    app = create_app(Settings(db=f"sqlite:///{web_db}", warm_stories=3))
    ctx = app.state.ctx
    ctx.warm()
    assert ctx.caches["page"].misses == 3
    c = TestClient(app)  # not as a context manager: no lifespan, so no second warming runs meanwhile
    newest = c.get("/api/stories", params={"limit": 1}).json()["stories"][0]["id"]
    hits = ctx.caches["page"].hits
    assert c.get(f"/stories/{newest}").status_code == 200
    assert ctx.caches["page"].hits == hits + 1


def test_a_finished_threads_store_is_released(tmp_path):
    import gc

    from kabar.web.context import StoreProvider

    provider = StoreProvider(f"sqlite:///{tmp_path / 'x.db'}")

    def use():
        with provider.store() as st:
            assert st.count("articles") == 0

    t = threading.Thread(target=use)
    t.start()
    t.join()
    gc.collect()
    assert len(provider._opened) == 0  # worker threads come and go: their connections must not pile up
    use()
    assert len(provider._opened) == 1
    provider.close()
