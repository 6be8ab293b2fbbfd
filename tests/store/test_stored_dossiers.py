"""Ingest stores each changed story's dossier for its version; a story's first view reads it.
A stored dossier must be the one built now, and must be refreshed when the story changes."""

from __future__ import annotations

import json

import pytest

from kabar.config import Settings
from kabar.service import dossier, ingest, refresh_dossiers
from kabar.store.base import open_store
from kabar.story.dossier import build_dossier, builder_id, dossier_key, load_story


@pytest.fixture
def store(store_url):
    s = open_store(store_url)
    yield s
    s.close()


def _built(store, sid: str) -> dict:
    return build_dossier(load_story(store, sid), Settings().summary_sentences)


def _assert_current(store) -> None:
    assert store.dirty_stories() == []
    for st in store.stories():
        stored = store.stored_dossier(st.id, dossier_key(store.story_version(st.id)))
        built = _built(store, st.id)
        assert stored == built  # the same values and shapes (no tuple comes back as a list)
        assert json.dumps(stored, ensure_ascii=False) == json.dumps(built, ensure_ascii=False)


def test_ingest_stores_every_changed_storys_dossier(store, fixtures_dir):
    ingest([str(fixtures_dir / "mini")], store, Settings())
    assert store.count("stories") >= 2
    _assert_current(store)
    st = store.stories()[0]
    assert dossier(store, st.id, Settings()) == _built(store, st.id)


def test_a_new_article_joining_a_story_refreshes_its_dossier(store, fixtures_dir):
    mini = fixtures_dir / "mini"
    ingest([str(mini / "banjir_1.txt"), str(mini / "kereta_1.txt")], store, Settings())
    _assert_current(store)
    before = {st.id: (store.story_version(st.id), len(st.article_ids)) for st in store.stories()}
    ingest([str(mini / "banjir_2.txt"), str(mini / "banjir_2_copy.txt")], store, Settings())
    _assert_current(store)
    grown = [st for st in store.stories() if st.id in before and len(st.article_ids) > before[st.id][1]]
    assert grown, "banjir_2 should join the banjir story"
    for st in grown:
        old_version = before[st.id][0]
        assert store.story_version(st.id) != old_version
        assert store.stored_dossier(st.id, dossier_key(old_version)) is None  # the old one is never served
        d = store.stored_dossier(st.id, dossier_key(store.story_version(st.id)))
        assert {a["id"] for a in d["articles"]} == set(st.article_ids)


def test_a_merge_drops_the_merged_storys_dossier_and_refreshes_the_target(store, fixtures_dir):
    ingest([str(fixtures_dir / "mini")], store, Settings())
    a, b = [st.id for st in store.stories()][:2]
    arts = set(store.story(a).article_ids) | set(store.story(b).article_ids)
    with store.batch():
        store.merge_story(b, a)
    assert store.stored_dossier(a, dossier_key(store.story_version(a))) is None  # a's articles changed: not current
    assert set(store.dirty_stories()) >= {a}
    assert refresh_dossiers(store, Settings()) == 1
    _assert_current(store)
    assert {x["id"] for x in store.stored_dossier(a, dossier_key(store.story_version(a)))["articles"]} == arts
    assert dossier(store, b, Settings())["id"] == a  # the merged id still finds the story


def test_a_dossier_built_before_a_change_is_not_stored(store, fixtures_dir):
    mini = fixtures_dir / "mini"
    ingest([str(mini / "banjir_1.txt")], store, Settings())
    sid = store.stories()[0].id
    version, d = store.story_version(sid), _built(store, sid)
    ingest([str(mini / "banjir_2.txt")], store, Settings())  # the story changes meanwhile
    with store.batch():
        assert store.save_dossier(sid, version, dossier_key(version), d) is False
    assert store.stored_dossier(sid, dossier_key(version)) is None
    _assert_current(store)


def test_links_set_later_mark_the_story(store, fixtures_dir):
    ingest([str(fixtures_dir / "mini")], store, Settings())
    st = store.stories()[0]
    with store.batch():
        store.set_links(st.article_ids[-1], None, None)
    assert store.dirty_stories() == [st.id]
    refresh_dossiers(store, Settings())
    _assert_current(store)


def test_a_dossier_that_fails_to_build_leaves_the_ingest_done_and_the_story_marked(store, fixtures_dir, monkeypatch):
    import kabar.service as service

    def broken(*args, **kwargs):
        raise ValueError("broken")

    monkeypatch.setattr(service, "build_dossier", broken)
    stats = ingest([str(fixtures_dir / "mini")], store, Settings())
    assert stats.added == 5
    marked = store.dirty_stories()
    assert marked and set(marked) >= {st.id for st in store.stories()}
    monkeypatch.undo()
    refresh_dossiers(store, Settings())
    _assert_current(store)


def test_a_dossier_stored_by_other_code_is_not_served(store, fixtures_dir, monkeypatch):
    import kabar.service as service

    ingest([str(fixtures_dir / "mini" / "banjir_1.txt")], store, Settings())
    sid = store.stories()[0].id
    version = store.story_version(sid)
    assert dossier_key(version).startswith(builder_id() + ":")
    with store.batch():
        assert store.save_dossier(sid, version, f"older-code:{version}", {"id": sid, "stale": True})
    assert store.stored_dossier(sid, dossier_key(version)) is None
    monkeypatch.setattr(service, "build_dossier", lambda *a, **k: {"id": sid, "built": True})
    assert service.dossier(store, sid, Settings()) == {"id": sid, "built": True}


def test_dossiers_an_older_kabar_stored_are_rebuilt_at_the_next_refresh(store, fixtures_dir, monkeypatch):
    import kabar.story.dossier as dossier_mod

    ingest([str(fixtures_dir / "mini")], store, Settings())
    sids = [st.id for st in store.stories()]
    assert all(store.stored_dossier(s, dossier_key(store.story_version(s))) for s in sids)
    monkeypatch.setattr(dossier_mod, "builder_id", lambda: "newer-code")  # an upgrade
    assert all(store.stored_dossier(s, dossier_key(store.story_version(s))) is None for s in sids)
    assert refresh_dossiers(store, Settings()) == len(sids)  # nothing was ingested; all rebuilt
    assert all(store.stored_dossier(s, dossier_key(store.story_version(s))) for s in sids)
    assert refresh_dossiers(store, Settings()) == 0  # once per builder
