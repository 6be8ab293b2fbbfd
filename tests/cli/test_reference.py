from __future__ import annotations

from pathlib import Path

from kabar.cli.reference import reference

DOC = Path(__file__).resolve().parents[2] / "docs" / "CLI.md"


def test_cli_reference_is_current():
    assert DOC.read_text(encoding="utf-8") == reference(), "docs/CLI.md is stale: run `make docs`"
