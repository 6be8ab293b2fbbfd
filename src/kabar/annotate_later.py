"""Annotations deferred at ingest, made later.

``kabar ingest --defer-annotation`` (``settings.annotate`` off) stores each article without its
annotations (entities, quotes, time expressions) and without a sentence vector, and places it in a
story by its words alone (kabar.cluster, ``settings.cluster_threshold_words``): ingest → stories is
then several times faster (docs/BENCHMARKS.md, bench/scale.py --defer-annotation). What needs the
annotations gets them here:

- :func:`annotate_pending` annotates every article stored without them and stores the result
  (``kabar annotate``; also by an ingest that stores dossiers, before it does: kabar.service.ingest_docs);
- :func:`annotations_for` gives a reader who comes first (a story page, an article page) the stored
  annotations, making the missing ones in memory without writing.

Annotation is deterministic, so a dossier built from either is the same. The sentence vectors are not
made later: a story of deferred articles has none, and articles join it by their words.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from functools import partial

from kabar.nlp.annotate import annotate
from kabar.records import Annotations, Article

log = logging.getLogger(__name__)

BATCH = 256  # articles annotated and stored per transaction


def annotations_for(store, articles: Iterable[Article]) -> dict[str, Annotations]:
    """Each article's annotations: the stored ones, or made now (not stored) where there are none."""
    out = {}
    for a in articles:
        ann = store.annotations(a.id)
        out[a.id] = ann if ann is not None else annotate(a)
    return out


def annotate_one(article: Article, ner: str = "crf") -> Annotations | str:
    """The article's annotations, or why they could not be made (picklable, for a process pool)."""
    try:
        return annotate(article, ner)
    except Exception as exc:  # noqa: BLE001 - one bad article never stops the pass
        return f"could not annotate ({type(exc).__name__}: {exc})"


def annotate_pending(store, mapper: Callable[[Callable, list], list] | None = None,
                     on_progress: Callable[[int, str], None] | None = None,
                     ner: str = "crf") -> tuple[int, list[tuple[str, str]]]:
    """Annotate and store every article stored without annotations, in ingest order (``ner``: the
    entity tagger, kabar.config.Settings.ner); ``mapper``
    runs the annotation (default: in this process; a process pool's or Dask's, kabar.distributed).
    Gives how many were stored and, for those that failed, ``(article id, reason)``: they stay
    unannotated (a reader still gets them made in memory) and the pass goes on."""
    from kabar.pipeline import run_batch_here

    run_batch = mapper or run_batch_here
    pending = store.unannotated()  # listed once: a failed one is not tried again in this pass
    done, failed = 0, []
    for i in range(0, len(pending), BATCH):
        articles = [store.article(aid) for aid in pending[i:i + BATCH]]
        results = run_batch(partial(annotate_one, ner=ner), articles)
        with store.batch():
            for a, res in zip(articles, results, strict=True):
                if isinstance(res, Annotations):
                    store.put_annotations(a.id, res)
                    done += 1
                else:
                    log.warning("article %s (%s): %s", a.id, a.source, res)
                    failed.append((a.id, res))
        if on_progress:
            on_progress(len(articles), articles[-1].source)
    return done, failed
