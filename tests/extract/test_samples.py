"""One test per sample scrape in tests/fixtures/extract: its expected Article beside it.

The samples are written by us in the shapes of real Indonesian and English pages. To refresh an
expected file after an intended change: KABAR_REGEN=1 pytest tests/extract/test_samples.py, then
read the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from kabar.extract import extract
from kabar.records import RawDoc

SAMPLES = Path(__file__).resolve().parent.parent / "fixtures" / "extract"
KINDS = {".txt": "text", ".html": "html"}
FILES = sorted(p for p in SAMPLES.iterdir() if p.suffix in KINDS)


def _summary(path: Path) -> dict:
    raw = RawDoc.make(str(path), path.read_bytes(), KINDS[path.suffix], "2026-01-01T00:00:00Z")
    art = extract(raw)
    return {
        "title": art.title, "outlet": art.outlet, "url": art.url, "published_at": art.published_at,
        "authors": art.authors, "editors": art.editors, "wire_sources": art.wire_sources,
        "dateline": art.dateline, "lang": art.lang, "date_flags": [f.kind for f in art.date_flags],
        "paragraphs": art.paragraphs,
        "dropped": [[d.line_no, d.reason] for d in art.dropped],
    }


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_sample(path: Path) -> None:
    expected_path = path.with_suffix(".expected.json")
    got = _summary(path)
    if os.environ.get("KABAR_REGEN"):
        expected_path.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    for key in expected:
        assert got[key] == expected[key], key
