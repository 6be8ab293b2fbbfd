"""A progress bar on a terminal, nothing when output is piped (CI, scripts)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)


@contextmanager
def progress_for(console: Console, label: str) -> Iterator[Callable[[int, str], None]]:
    if not console.is_terminal:
        yield lambda n, source: None
        return
    columns = (SpinnerColumn(), TextColumn(f"[bold]{label}"), BarColumn(), MofNCompleteColumn(),
               TextColumn("docs"), TimeElapsedColumn(), TextColumn("[dim]{task.description}"))
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("", total=None)

        def tick(n: int, source: str) -> None:
            bar.update(task, advance=n, description=source[-50:])

        yield tick
