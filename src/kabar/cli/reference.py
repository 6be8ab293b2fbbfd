"""Write the CLI reference (docs/CLI.md) from the commands' own --help texts.

`make docs` regenerates it; tests/cli/test_reference.py fails when docs/CLI.md is stale.
"""

from __future__ import annotations

import typer.main
from typer.testing import CliRunner

from kabar.cli.main import app

ENV = {"NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "100"}


def _help(args: list[str]) -> str:
    result = CliRunner().invoke(app, [*args, "--help"], env=ENV, terminal_width=100)
    lines = [line.rstrip() for line in result.output.splitlines()]
    return "\n".join(lines).strip("\n")


def reference() -> str:
    group = typer.main.get_command(app)
    parts = ["# kabar command reference", "",
             "Generated from `kabar --help` by `make docs` (`python -m kabar.cli.reference`); do not edit by hand.",
             "", "```text", _help([]), "```", ""]
    for name in sorted(group.commands):  # type: ignore[attr-defined]
        parts += [f"## kabar {name}", "", "```text", _help([name]), "```", ""]
    return "\n".join(parts)


if __name__ == "__main__":
    print(reference(), end="")
