"""The operations users run, as library calls: the CLI and the web app are thin layers over these."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, BinaryIO

from kabar.config import Settings
from kabar.ingest.readers import read_inputs
from kabar.pipeline import RunStats, run
from kabar.records import Article, DocError, RawDoc
from kabar.store.base import open_store
from kabar.story.dossier import build_dossier, dossier_key, load_story

log = logging.getLogger(__name__)


def ingest(paths: Iterable[str], store, settings: Settings,
           on_progress: Callable[[int, str], None] | None = None, stdin: BinaryIO | None = None,
           mapper=None) -> RunStats:
    """Run the pipeline over ``paths``, then build and store the dossiers of the stories it changed
    (:func:`refresh_dossiers`), so that a story's first view reads its dossier."""
    docs = read_inputs(paths, max_bytes=settings.max_bytes, stdin=stdin)
    return ingest_docs(docs, store, settings, on_progress=on_progress, mapper=mapper)


def ingest_docs(docs: Iterable[RawDoc | DocError], store, settings: Settings,
                on_progress: Callable[[int, str], None] | None = None, mapper=None) -> RunStats:
    """Every ingest path (files, live sources, HTTP): the pipeline over ``docs``, then the dossiers
    of the stories it changed stored (:func:`refresh_dossiers`) unless ``settings.store_dossiers``
    is off, in which case they stay marked for a later ingest. With ``settings.annotate`` off the
    documents are stored unannotated and the dossiers deferred too (they need the annotations:
    :func:`annotate` makes both later)."""
    stats = run(docs, store, settings, on_progress=on_progress, mapper=mapper)
    if settings.store_dossiers and settings.annotate:
        from kabar.annotate_later import annotate_pending

        # what an earlier ingest deferred: the dossiers need it (after a bulk load, the pass is most of
        # the run: it reports its progress as the ingest's)
        stats.annotated, _failed = annotate_pending(store, mapper=mapper, on_progress=on_progress, ner=settings.ner)
        refresh_dossiers(store, settings)
    return stats


def annotate(store, settings: Settings, mapper=None,
             on_progress: Callable[[int, str], None] | None = None) -> tuple[int, list[tuple[str, str]], int]:
    """Annotate the articles an ingest stored unannotated (``--defer-annotation``), then store the
    dossiers of the stories changed since theirs were (unless ``settings.store_dossiers`` is off):
    how many articles were annotated, those that failed (id, reason), how many dossiers were stored."""
    from kabar.annotate_later import annotate_pending

    done, failed = annotate_pending(store, mapper=mapper, on_progress=on_progress, ner=settings.ner)
    stored = refresh_dossiers(store, settings) if settings.store_dossiers else 0
    return done, failed, stored


def refresh_dossiers(store, settings: Settings) -> int:
    """Build and store the dossier of every story changed since its dossier was stored (the store
    marks them as ingest writes); how many were stored. An article still unannotated gets its
    annotations made in memory (kabar.annotate_later): the callers annotate pending articles first.

    Each dossier is stored under the ``story_version`` it was built from and the code that built it
    (:func:`kabar.story.dossier.dossier_key`), and only if the story is still at that version, so a
    reader never gets a stale one: a story changed meanwhile keeps its mark for the next refresh,
    and its page builds the dossier until then. Dossiers an older kabar stored (another builder) are
    marked the first time a new kabar refreshes, and rebuilt then. Stores without stored dossiers are
    left alone. The cost is one dossier build per changed story per ingest run, at
    ingest time instead of at the story's first view.
    """
    if not hasattr(store, "dirty_stories"):
        return 0
    from kabar.errors import NotFound
    from kabar.story.dossier import builder_id

    with store.batch():  # after an upgrade, every dossier the older code stored is rebuilt here once
        store.mark_stale_dossiers(builder_id())

    done = 0
    for sid in store.dirty_stories():
        try:
            live = store.resolve_story(sid) == sid
        except NotFound:
            live = False
        if not live:  # merged into another story (marked itself) or gone
            with store.batch():
                store.forget_dirty(sid)
            continue
        version = store.story_version(sid)
        try:
            d = build_dossier(load_story(store, sid), settings.summary_sentences)
        except Exception as exc:  # noqa: BLE001 - the articles are stored; the page builds it (or says why)
            log.warning("could not build the dossier of story %s: %s", sid, exc)
            continue
        with store.batch():
            done += store.save_dossier(sid, version, dossier_key(version), d)
    return done


def dossier(store, story_id: str, settings: Settings) -> dict[str, Any]:
    """The dossier of an unmerged story: the stored one when it is current, else built."""
    stored = getattr(store, "stored_dossier", None)
    if stored is not None:
        sid = store.resolve_story(story_id)
        d = stored(sid, dossier_key(store.story_version(sid)))
        if d is not None:
            return d
    return build_dossier(load_story(store, story_id), settings.summary_sentences)


def with_related(store, d: dict[str, Any], settings: Settings) -> dict[str, Any]:
    """The dossier with its ``related`` stories (kabar.story.related): read from the store when the
    dossier is shown, not stored with it, as they change whenever another story does."""
    from kabar.story.related import related_stories

    return {**d, "related": related_stories(store, d["id"], threshold=settings.cluster_threshold)}


def story_rows(store, limit: int | None = None, page: int = 500) -> list[dict[str, Any]]:
    """One row per story for listings, newest first: id, title, outlets, article count, first and
    last seen — the web app's rows (the title is the dossier's), read a page at a time instead of
    loading every article of every story."""
    rows: list[dict[str, Any]] = []
    while limit is None or len(rows) < limit:
        n = page if limit is None else min(page, limit - len(rows))
        batch = store.story_list(limit=n, offset=len(rows))
        rows.extend(batch)
        if len(batch) < n:
            break
    return rows


def render(d: dict[str, Any], fmt: str) -> str:
    import json

    from kabar.report.html import render_html
    from kabar.report.markdown import render_markdown

    if fmt == "json":
        return json.dumps(d, ensure_ascii=False, indent=2)
    if fmt in ("md", "markdown"):
        return render_markdown(d)
    if fmt == "html":
        return render_html(d)
    raise ValueError(f"unknown dossier format {fmt!r}: json, md (or markdown) or html")


def all_dossiers(store, settings: Settings) -> list[dict[str, Any]]:
    return [dossier(store, s.id, settings) for s in store.stories()]


def report(paths: Iterable[str], settings: Settings, stdin: BinaryIO | None = None,
           on_progress: Callable[[int, str], None] | None = None) -> tuple[list[dict[str, Any]], RunStats]:
    """One shot: ingest into a throw-away in-memory store and build every story's dossier."""
    store = open_store("sqlite://")
    try:
        stats = ingest(paths, store, settings, on_progress=on_progress, stdin=stdin)
        return [with_related(store, d, settings) for d in all_dossiers(store, settings)], stats
    finally:
        store.close()


def extract_only(paths: Iterable[str], settings: Settings, stdin: BinaryIO | None = None
                 ) -> Iterable[Article | DocError]:
    """Extraction alone, document by document (``kabar extract``)."""
    from kabar.errors import InputError
    from kabar.extract import extract

    for doc in read_inputs(paths, max_bytes=settings.max_bytes, stdin=stdin):
        if isinstance(doc, DocError):
            yield doc
            continue
        try:
            yield extract(doc)
        except InputError as exc:
            yield DocError(doc.source, exc.reason)
        except Exception as exc:  # one bad document never stops a run
            yield DocError(doc.source, f"could not extract ({type(exc).__name__}: {exc})")


def write_reports(dossiers: list[dict[str, Any]], out_dir: Path, formats: Iterable[str] = ("md", "html")
                  ) -> list[Path]:
    """Write each dossier as ``<story id>.<fmt>`` plus an ``index.html`` listing them."""
    import json

    from kabar.report.html import render_html, render_index
    from kabar.report.markdown import render_markdown

    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    renderers = {"md": render_markdown, "html": render_html}
    # related stories link to the files written beside each one
    files = {fmt: {d["id"]: f"{d['id']}.{fmt}" for d in dossiers} for fmt in formats}
    for d in dossiers:
        for fmt in formats:
            p = out_dir / files[fmt][d["id"]]
            text = json.dumps(d, ensure_ascii=False, indent=2) if fmt == "json" else renderers[fmt](d, files[fmt])
            p.write_text(text, encoding="utf-8")
            written.append(p)
    if "html" in formats:
        index = out_dir / "index.html"
        index.write_text(render_index(dossiers, files["html"]), encoding="utf-8")
        written.append(index)
    return written


__all__ = ["ingest", "annotate", "dossier", "all_dossiers", "report", "extract_only", "write_reports", "RawDoc"]
