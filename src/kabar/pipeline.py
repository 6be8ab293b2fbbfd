"""Run the stages over batches of documents: the local runner.

Per document (pure, parallelisable): extract → annotate → fingerprint. Per batch, in one store
transaction and in input order: store the document, link copies (dedup) and place it in a story
(cluster). A document that fails is recorded with its reason and the run goes on.

With ``settings.annotate`` off the annotation (and the sentence vectors) is left out: the document is
stored without annotations and placed in a story by its words (kabar.annotate_later makes them).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from itertools import islice

import numpy as np

from kabar.cluster import Clusterer, article_terms
from kabar.config import Settings
from kabar.dedup import band_keys, find_matches, fingerprint, link_group, refresh_fingerprints
from kabar.errors import InputError
from kabar.extract import extract
from kabar.nlp.annotate import annotate
from kabar.nlp.embed import embed_articles
from kabar.records import Annotations, Article, DocError, Fingerprint, RawDoc


@dataclass(slots=True)
class Processed:
    raw: RawDoc
    article: Article
    annotations: Annotations | None  # None: annotation deferred (no sentence vector either)
    fingerprint: Fingerprint
    # the clustering's term counts (kabar.cluster.article_terms), counted with the per-document work
    # so that the driver, which stores and clusters one document at a time, has less to do
    terms: Counter[str] = field(default_factory=Counter)
    embedding: np.ndarray | None = None


@dataclass(slots=True)
class RunStats:
    read: int = 0
    added: int = 0
    already: int = 0
    errors: list[DocError] = field(default_factory=list)
    annotated: int = 0  # articles an earlier ingest stored unannotated, annotated by this one (kabar.service)

    @property
    def failed(self) -> int:
        return len(self.errors)


def process(raw: RawDoc, annotated: bool = True, ner: str = "crf") -> Processed | DocError:
    """Extract, annotate (unless ``annotated`` is off; ``ner``: kabar.config.Settings.ner) and
    fingerprint one document; never raises for a bad document."""
    try:
        article = extract(raw)
        ann = annotate(article, ner) if annotated else None
        fp = fingerprint(article)
        terms = article_terms(article, ann)
    except InputError as exc:
        return DocError(raw.source, exc.reason)
    except Exception as exc:  # one bad document never stops a run: record it and go on
        return DocError(raw.source, f"could not process ({type(exc).__name__}: {exc})")
    return Processed(raw, article, ann, fp, terms)


def add_vectors(results: list[Processed | DocError]) -> None:
    """Give the annotated documents among ``results`` still without a sentence vector theirs, in one
    batched call (one whose annotation was deferred gets none: its story is found by words)."""
    todo = [r for r in results if isinstance(r, Processed) and r.annotations is not None and r.embedding is None]
    for r, emb in zip(todo, embed_articles([r.article for r in todo]), strict=True):
        r.embedding = emb


# Documents per batch when settings.batch_size leaves it to the run. Annotating, the pool's work bounds
# a run (~40 articles/s) and small batches keep the pool busy from the start. With annotation deferred
# the driver's store work bounds it, and a commit's cost is mostly the pages it writes (each index
# leaf a batch touches is written whole; at 189k articles a 256-document batch touched ~11,700): a
# page a batch shares is written once for all its documents. bench/scale.py's v3 stream, one worker:
# the commits of a 189k continuation 1.30 -> 0.57 ms an article at 256 -> 1024 (2048: 0.48), the
# store phase 5.84 -> 4.93 ms; first 10k records, interleaved: 303.7-308.5 -> 305.3-320.3 articles/s
# (a first batch of 1024 done in the driver also covers the pool's start); same stories and links.
ANNOTATED_BATCH = 64
DEFERRED_BATCH = 1024


def batch_size(settings: Settings) -> int:
    """Documents per batch: ``settings.batch_size``, or the mode's size when it is 0."""
    return settings.batch_size or (ANNOTATED_BATCH if settings.annotate else DEFERRED_BATCH)


def batched(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def store_processed(store, clusterer: Clusterer, p: Processed, threshold: float) -> None:
    """Store one processed document, link its copies and put it in a story (inside a batch)."""
    art = p.article
    matches = find_matches(p.fingerprint, store, threshold)
    store.put_article(art, p.annotations, p.fingerprint, band_keys(p.fingerprint.minhash))
    if matches:
        roots = {m.duplicate_of or m.syndicated_from or m.id for m in store.copy_members(matches)}
        ids = set(roots) | {art.id}
        for root in roots:
            ids.update(store.copies_of(root))
        group = store.copy_members(sorted(ids))  # what linking reads, not whole articles
        current = {m.id: (m.duplicate_of, m.syndicated_from) for m in group}
        for link in link_group(group, {m.id: m.seq for m in group}):
            # only the links that change: a group of hundreds of copies gains one member at a time
            if current.get(link.article_id) != (link.duplicate_of, link.syndicated_from):
                store.set_links(link.article_id, link.duplicate_of, link.syndicated_from)
        root_story = next((store.article_story(r) for r in sorted(roots) if store.article_story(r)), None)
        if root_story:
            store.set_story(art.id, store.resolve_story(root_story))
            return
    assignment = clusterer.assign(art, p.annotations, p.embedding, p.terms)
    store.set_story(art.id, assignment.story_id)


def run_batch_here(f: Callable, items: list) -> list:
    """``f`` over ``items`` in this process (the runner's mapper when none is given)."""
    return [f(x) for x in items]


def run(docs: Iterable[RawDoc | DocError], store, settings: Settings,
        on_progress: Callable[[int, str], None] | None = None,
        mapper: Callable[[Callable, list[RawDoc]], list] | None = None) -> RunStats:
    """Ingest ``docs`` into ``store``. ``mapper`` runs the per-document stages (default: in-process).

    A mapper with a ``submit(f, items)`` method (the process pool's, Dask's) gets the next batch while
    this one is stored: its workers extract and annotate batch k+1 while the driver
    de-duplicates, clusters and stores batch k. Batches are still stored one after another, in
    input order, so the stories are those of the in-process run."""
    stats = RunStats()
    refresh_fingerprints(store)  # articles an older kabar fingerprinted differently are compared again
    clusterer = Clusterer(store, settings.cluster_threshold, settings.cluster_window_days,
                          words_threshold=settings.cluster_threshold_words)
    work = partial(process, annotated=settings.annotate, ner=settings.ner)
    submit = getattr(mapper, "submit", None)
    run_batch = mapper or run_batch_here
    pending: tuple[list, Callable[[], list]] | None = None
    # With annotation deferred the per-document work is light (extract, fingerprint, terms), and the
    # driver would sit idle while the pool starts (process start, imports, the language model) and does
    # the first batch: it does the first batch itself while the pool starts on the second (first 10k
    # records of bench/scale.py's v3 stream, one worker, interleaved: the driver's wait for the pool
    # 2.7-2.8 -> 1.1 s, 297-298 -> 303-307 articles/s). Annotating would load the entity and quote
    # models in the driver too: not then. (The held batch waits as the pending one, its work run here
    # when it is stored.)
    hold_first = submit is not None and not settings.annotate
    for chunk in batched(docs, batch_size(settings)):
        todo: list[RawDoc] = []
        seen: set[str] = set()
        for d in chunk:
            stats.read += 1
            if isinstance(d, DocError):
                stats.errors.append(d)
            elif d.id in seen or store.has_raw(d.id):
                stats.already += 1
            else:
                seen.add(d.id)
                todo.append(d)
        if submit is None:
            _store_batch(store, clusterer, settings, stats, chunk, run_batch(work, todo), on_progress)
            continue
        if hold_first:
            hold_first, pending = False, (chunk, partial(run_batch_here, work, todo))
            continue
        handle = submit(work, todo)
        if pending:
            _store_batch(store, clusterer, settings, stats, pending[0], pending[1](), on_progress)
        pending = (chunk, handle)
    if pending:
        _store_batch(store, clusterer, settings, stats, pending[0], pending[1](), on_progress)
    return stats


def _store_batch(store, clusterer: Clusterer, settings: Settings, stats: RunStats, chunk: list,
                 results: list, on_progress: Callable[[int, str], None] | None) -> None:
    add_vectors(results)  # a distributed mapper may have done it already, on its workers
    with store.batch():
        for d in chunk:
            if isinstance(d, DocError):
                store.put_error(d)
        for r in results:
            if isinstance(r, DocError):
                stats.errors.append(r)
                store.put_error(r)
                continue
            # another process stored it since the check, or it came again in the batch before
            if store.has_raw(r.raw.id):
                stats.already += 1
                continue
            store.put_raw(r.raw)
            store_processed(store, clusterer, r, settings.near_dup_threshold)
            stats.added += 1
    if on_progress:
        on_progress(len(chunk), chunk[-1].source)
