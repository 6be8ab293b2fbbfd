"""Ingest live sources, once (``kabar ingest URL``) or again and again (``kabar watch SOURCES.txt``).

A poll fetches each source, ingests what is new, and only then saves what it learnt (validators,
entries fetched) to a small JSON state file beside the sources file: a poll killed half-way
forgets its progress and the next one fetches those entries again, which the store's content ids
make harmless. The state names the store it belongs to; pointed at another store it starts afresh.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kabar.config import Settings
from kabar.errors import KabarError
from kabar.ingest.feeds import SourceMemory, docs_from_url
from kabar.ingest.fetch import Fetcher
from kabar.ingest.readers import read_inputs
from kabar.pipeline import RunStats
from kabar.records import DocError, RawDoc

MAX_SEEN = 20_000  # entry URLs remembered per state file, newest kept
_EVERY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNIT = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_every(text: str) -> float:
    """``90``, ``90s``, ``15m``, ``2h``, ``1d`` → seconds."""
    m = _EVERY.match(text.lower())
    if not m or float(m.group(1)) <= 0:
        raise KabarError(f"cannot read interval {text!r}: use e.g. 90s, 15m, 2h")
    return float(m.group(1)) * _UNIT[m.group(2)]


def read_sources(path: Path) -> list[str]:
    """One source per line (URL, file or folder); blank lines and ``#`` comments skipped."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise KabarError(f"cannot read sources file {path}: {exc.strerror}") from exc
    out = []
    for line in lines:
        item = re.split(r"\s#", line, maxsplit=1)[0].strip()  # a URL's own #fragment stays
        if item and not item.startswith("#"):
            out.append(item)
    return out


@dataclass
class SourceState:
    """Validators per source and entry URLs already fetched; implements feeds.SourceMemory."""

    path: Path | None = None
    store: str = ""
    sources: dict[str, dict[str, str | None]] = field(default_factory=dict)
    fetched: dict[str, None] = field(default_factory=dict)  # an ordered set

    @classmethod
    def load(cls, path: Path, store: str) -> SourceState:
        if not path.is_file():
            return cls(path, store)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise KabarError(f"cannot read state file {path} ({exc}); delete it to start afresh") from exc
        if data.get("store") != store:
            return cls(path, store)
        return cls(path, store, data.get("sources", {}), dict.fromkeys(data.get("fetched", [])))

    def save(self) -> None:
        if self.path is None:
            return
        fetched = list(self.fetched)[-MAX_SEEN:]
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps({"store": self.store, "sources": self.sources, "fetched": fetched},
                                  ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, self.path)

    def validators(self, url: str) -> tuple[str | None, str | None]:
        v = self.sources.get(url, {})
        return v.get("etag"), v.get("last_modified")

    def remember(self, url: str, etag: str | None, last_modified: str | None) -> None:
        self.sources[url] = {"etag": etag, "last_modified": last_modified}

    def seen(self, url: str) -> bool:
        return url in self.fetched

    def mark_seen(self, url: str) -> None:
        self.fetched.pop(url, None)
        self.fetched[url] = None


def source_docs(inputs: Iterable[str], fetcher: Fetcher, memory: SourceMemory | None = None,
                max_bytes: int = 20_000_000) -> Iterator[RawDoc | DocError]:
    """Documents from URLs (pages, feeds, sitemaps) and from files, folders or ``-``, in input order."""
    for item in inputs:
        if item.startswith(("http://", "https://")):
            yield from docs_from_url(item, fetcher, memory)
        else:
            yield from read_inputs([item], max_bytes=max_bytes)


def ingest_inputs(inputs: Iterable[str], store, settings: Settings,
                  on_progress: Callable[[int, str], None] | None = None, mapper=None,
                  memory: SourceState | None = None, fetcher: Fetcher | None = None) -> RunStats:
    """Ingest files, folders and URLs into ``store``; with ``memory``, only what is new, and what
    was learnt is saved once the documents are stored. Then the dossiers of the stories that changed
    are built and stored (:func:`kabar.service.refresh_dossiers`)."""
    fetcher = fetcher or Fetcher.from_settings(settings)
    docs = source_docs(inputs, fetcher, memory, settings.max_bytes)
    from kabar.service import ingest_docs  # here: kabar.service imports the readers this module uses

    stats = ingest_docs(docs, store, settings, on_progress=on_progress, mapper=mapper)
    if memory is not None:
        memory.save()
    return stats


@dataclass(slots=True)
class Poll:
    number: int
    started: float
    stats: RunStats


def watch(sources_file: Path, store, settings: Settings, every: float, polls: int | None = None,
          on_poll: Callable[[Poll], None] | None = None, state_file: Path | None = None,
          mapper=None, sleep: Callable[[float], None] = time.sleep, fetcher: Fetcher | None = None) -> int:
    """Poll the sources every ``every`` seconds (``polls`` times, or until interrupted); the sources
    file is re-read before each poll, so sources can be added while it runs. Returns polls done."""
    state = SourceState.load(state_file or sources_file.with_name(sources_file.name + ".state.json"),
                             settings.db)
    fetcher = fetcher or Fetcher.from_settings(settings)  # one client: robots and host timing persist
    done = 0
    while polls is None or done < polls:
        started = time.monotonic()
        stats = ingest_inputs(read_sources(sources_file), store, settings, mapper=mapper, memory=state,
                              fetcher=fetcher)
        done += 1
        if on_poll:
            on_poll(Poll(done, started, stats))
        if polls is not None and done >= polls:
            break
        sleep(max(0.0, every - (time.monotonic() - started)))
    return done
