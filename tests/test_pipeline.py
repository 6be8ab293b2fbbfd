from __future__ import annotations

import pytest

from kabar.config import Settings
from kabar.records import RawDoc
from kabar.service import all_dossiers, ingest, render
from kabar.store.base import open_store


def _stories(store):
    return sorted(sorted(store.article(a).source.rsplit("/", 1)[-1] for a in s.article_ids) for s in store.stories())


def test_mini_corpus_forms_two_stories_with_the_copy_linked(fixtures_dir):
    store = open_store("sqlite://")
    stats = ingest([str(fixtures_dir / "mini")], store, Settings())
    assert stats.failed == 0
    assert _stories(store) == [["banjir_1.txt", "banjir_2.txt", "banjir_2_copy.txt"], ["kereta_1.txt", "kereta_2.txt"]]
    by_name = {store.article(a).source.rsplit("/", 1)[-1]: store.article(a)
               for s in store.stories() for a in s.article_ids}
    assert by_name["banjir_2_copy.txt"].duplicate_of == by_name["banjir_2.txt"].id
    assert by_name["banjir_1.txt"].duplicate_of is None


def test_order_of_arrival_does_not_change_the_stories(fixtures_dir):
    files = sorted((fixtures_dir / "mini").glob("*.txt"))
    a, b = open_store("sqlite://"), open_store("sqlite://")
    ingest([str(f) for f in files], a, Settings())
    ingest([str(f) for f in reversed(files)], b, Settings())
    assert _stories(a) == _stories(b)


def test_a_document_that_breaks_a_stage_is_recorded_and_the_run_goes_on(fixtures_dir, monkeypatch):
    import kabar.pipeline as pipeline

    real = pipeline.annotate

    def flaky(article, ner="crf"):
        if "Whoosh" in (article.title or ""):
            raise RuntimeError("boom")
        return real(article, ner)

    monkeypatch.setattr(pipeline, "annotate", flaky)
    store = open_store("sqlite://")
    stats = ingest([str(fixtures_dir / "mini")], store, Settings())
    assert stats.added == 4 and stats.failed == 1
    assert "kereta_2.txt" in stats.errors[0].source and "RuntimeError: boom" in stats.errors[0].reason
    assert store.count("errors") == 1


def test_dossier_has_every_contract_field(fixtures_dir):
    store = open_store("sqlite://")
    ingest([str(fixtures_dir / "mini")], store, Settings())
    dossiers = all_dossiers(store, Settings())
    assert len(dossiers) == 2
    for d in dossiers:
        assert {"id", "title", "first_seen", "last_seen", "articles", "entities", "quotes", "timeline", "claims",
                "discrepancies", "summary"} <= set(d)
        for a in d["articles"]:
            assert {"id", "source", "url", "outlet", "title", "published_at", "authors", "editors", "wire_sources",
                    "dateline", "lang", "body", "duplicate_of", "syndicated_from", "date_flags"} <= set(a)
        ids = {a["id"] for a in d["articles"]}
        for key in ("entities", "quotes", "timeline", "claims", "summary", "discrepancies"):
            for item in d[key]:
                assert item["article_ids"] and set(item["article_ids"]) <= ids
        assert d["summary"]
    d = dossiers[0]
    assert render(d, "markdown") == render(d, "md") and render(d, "md").startswith(f"# {d['title']}")
    with pytest.raises(ValueError, match="'pdf'"):
        render(d, "pdf")  # an unknown format is an error, not an HTML page


def test_numbers_that_differ_between_outlets_are_a_discrepancy(fixtures_dir):
    store = open_store("sqlite://")
    ingest([str(fixtures_dir / "mini")], store, Settings())
    banjir = next(d for d in all_dossiers(store, Settings()) if len(d["articles"]) == 3)
    numbers = [x for x in banjir["discrepancies"] if x["kind"] == "number"]
    assert any("420" in x["detail"] and "450" in x["detail"] for x in numbers), banjir["discrepancies"]


def test_rawdoc_ids_ignore_the_path():
    a = RawDoc.make("a.txt", b"x", "text", "t")
    b = RawDoc.make("b/c.txt", b"x", "text", "t2")
    assert a.id == b.id


def test_a_mapper_with_submit_gets_the_next_batch_before_this_one_is_stored(fixtures_dir):
    from kabar.ingest.readers import read_inputs
    from kabar.pipeline import run

    events: list[str] = []

    class Prefetching:  # like the process pool's mapper, run in this process
        def submit(self, f, items):
            events.append(f"submit {len(items)}")
            return lambda: [f(x) for x in items]

    store = open_store("sqlite://")
    stats = run(read_inputs([str(fixtures_dir / "mini")]), store, Settings(batch_size=2), mapper=Prefetching(),
                on_progress=lambda n, _src: events.append(f"stored {n}"))
    # five documents in batches of 2, 2, 1: batch 2 is handed out before batch 1 is stored
    assert events == ["submit 2", "submit 2", "stored 2", "submit 1", "stored 2", "stored 1"]
    assert stats.added == 5
    plain = open_store("sqlite://")
    run(read_inputs([str(fixtures_dir / "mini")]), plain, Settings(batch_size=2))
    assert _stories(store) == _stories(plain)


def test_story_rows_page_through_every_story_once(tmp_path):
    from pathlib import Path

    from kabar import service

    root = Path(__file__).resolve().parent.parent
    store = open_store(f"sqlite:///{tmp_path / 'k.db'}")
    try:
        ingest([str(root / "samples" / "corpus")], store, Settings())
        every = service.story_rows(store)
        assert [r["id"] for r in service.story_rows(store, page=2)] == [r["id"] for r in every]
        assert service.story_rows(store, limit=3, page=2) == every[:3]
        assert len(every) == store.story_count() >= 10
    finally:
        store.close()


def test_deferred_annotation_gives_the_same_stories_and_dossiers_on_the_mini_corpus(fixtures_dir):
    from kabar.annotate_later import annotate_pending

    full, later = open_store("sqlite://"), open_store("sqlite://")
    ingest([str(fixtures_dir / "mini")], full, Settings())
    stats = ingest([str(fixtures_dir / "mini")], later, Settings(annotate=False))
    assert stats.failed == 0
    assert _stories(later) == _stories(full)  # words alone are enough here
    # before the annotation pass a dossier is built from annotations made in memory ...
    before = {d["id"]: d for d in all_dossiers(later, Settings())}
    assert later.unannotated()  # ... and nothing was written meanwhile
    annotate_pending(later)
    after = {d["id"]: d for d in all_dossiers(later, Settings())}
    assert before == after
    # the same annotations as annotating at ingest
    for st in full.stories():
        for aid in st.article_ids:
            assert later.annotations(aid).to_dict() == full.annotations(aid).to_dict()
    assert any(d["entities"] for d in after.values())


def test_deferred_annotation_runs_in_a_process_pool_with_the_same_result(fixtures_dir):
    from kabar.annotate_later import annotate_pending
    from kabar.distributed import open_executor

    local, pooled = open_store("sqlite://"), open_store("sqlite://")
    ingest([str(fixtures_dir / "mini")], local, Settings(annotate=False))
    with open_executor("processes", 2) as mapper:
        ingest([str(fixtures_dir / "mini")], pooled, Settings(annotate=False), mapper=mapper)
        assert pooled.unannotated()
        done, failed = annotate_pending(pooled, mapper=mapper)
    annotate_pending(local)
    assert done == 5 and not failed
    assert _stories(pooled) == _stories(local)
    for aid in [a for st in pooled.stories() for a in st.article_ids]:
        assert pooled.annotations(aid).to_dict() == local.annotations(aid).to_dict()


def test_an_article_that_cannot_be_annotated_later_is_reported_and_the_pass_goes_on(fixtures_dir, monkeypatch):
    import kabar.annotate_later as later_mod
    from kabar.annotate_later import annotate_pending

    store = open_store("sqlite://")
    ingest([str(fixtures_dir / "mini")], store, Settings(annotate=False))
    real = later_mod.annotate

    def flaky(article, ner="crf"):
        if "kereta" in article.source:
            raise RuntimeError("tagger broke")
        return real(article, ner)

    monkeypatch.setattr(later_mod, "annotate", flaky)
    done, failed = annotate_pending(store)
    assert done == 3 and len(failed) == 2
    assert all("tagger broke" in reason for _, reason in failed)
    assert sorted(store.unannotated()) == sorted(aid for aid, _ in failed)


def test_an_ingest_that_stores_dossiers_first_annotates_what_an_earlier_one_deferred(fixtures_dir):
    store = open_store("sqlite://")
    files = sorted((fixtures_dir / "mini").glob("*.txt"))
    first = ingest([str(f) for f in files[:3]], store, Settings(annotate=False))
    assert len(store.unannotated()) == 3 and first.annotated == 0
    ticks = []
    second = ingest([str(f) for f in files[3:]], store, Settings(), on_progress=lambda n, src: ticks.append(n))
    assert store.unannotated() == [] and store.dirty_stories() == []
    assert (second.added, second.annotated) == (2, 3)
    assert sum(ticks) == 2 + 3  # the annotation pass reports its progress too


def test_with_annotation_deferred_the_driver_does_the_first_batch_while_the_pool_starts_the_next(fixtures_dir):
    from kabar.ingest.readers import read_inputs
    from kabar.pipeline import run

    submitted: list[list[str]] = []

    class Recording:
        """A pool that runs each batch at once, recording what it was given."""

        def __call__(self, f, items):
            return [f(x) for x in items]

        def submit(self, f, items):
            submitted.append([d.id for d in items])
            out = [f(x) for x in items]
            return lambda: out

    paths = [str(fixtures_dir / "mini")]
    ids = [d.id for d in read_inputs(paths)]
    local = open_store("sqlite://")
    run(read_inputs(paths), local, Settings(annotate=False, batch_size=2))
    pooled = open_store("sqlite://")
    stats = run(read_inputs(paths), pooled, Settings(annotate=False, batch_size=2), mapper=Recording())
    assert stats.added == len(ids) == 5
    assert submitted == [ids[2:4], ids[4:]]  # the first batch never went to the pool
    assert _stories(pooled) == _stories(local)
    # a single batch is done in the driver; annotating at ingest, every batch goes to the pool
    submitted.clear()
    assert run(read_inputs(paths), open_store("sqlite://"), Settings(annotate=False), mapper=Recording()).added == 5
    assert submitted == []
    run(read_inputs(paths), open_store("sqlite://"), Settings(batch_size=2), mapper=Recording())
    assert submitted == [ids[:2], ids[2:4], ids[4:]]


def test_batch_size_is_the_settings_or_the_modes(monkeypatch, fixtures_dir):
    from kabar import pipeline
    from kabar.ingest.readers import read_inputs

    assert pipeline.batch_size(Settings(batch_size=7)) == pipeline.batch_size(Settings(batch_size=7, annotate=False)) == 7
    assert pipeline.batch_size(Settings()) == pipeline.ANNOTATED_BATCH
    assert pipeline.batch_size(Settings(annotate=False)) == pipeline.DEFERRED_BATCH > pipeline.ANNOTATED_BATCH
    # the run cuts its input at that size: one transaction each
    monkeypatch.setattr(pipeline, "DEFERRED_BATCH", 2)
    store = open_store("sqlite://")
    commits = []
    batch = store.batch

    def counted():
        commits.append(1)
        return batch()

    store.batch = counted
    assert pipeline.run(read_inputs([str(fixtures_dir / "mini")]), store, Settings(annotate=False)).added == 5
    assert len(commits) == 3


def test_the_ner_setting_picks_the_entity_tagger_at_ingest_and_later(fixtures_dir, monkeypatch):
    from kabar.annotate_later import annotate_pending
    from kabar.nlp import ner_e5
    from kabar.nlp.ner import load_tagger

    class Counting:  # the CRF, counting the sentences it is handed as the accurate tagger
        def __init__(self):
            self.sentences = 0

        def tag_many(self, sentences):
            self.sentences += len(sentences)
            return load_tagger().tag_many(sentences)

    stub = Counting()
    monkeypatch.setattr(ner_e5, "accurate_tagger", lambda: stub)
    store = open_store("sqlite://")
    ingest([str(fixtures_dir / "mini")], store, Settings())
    assert stub.sentences == 0
    accurate = open_store("sqlite://")
    ingest([str(fixtures_dir / "mini")], accurate, Settings(ner="accurate"))
    at_ingest = stub.sentences
    assert at_ingest > 0
    assert _stories(accurate) == _stories(store)
    later = open_store("sqlite://")
    ingest([str(fixtures_dir / "mini")], later, Settings(annotate=False))
    annotate_pending(later, ner="accurate")
    assert stub.sentences == 2 * at_ingest
