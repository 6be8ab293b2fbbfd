"""Extraction on the real scrapes and annotation set in ../shared (skipped when it is absent).

The expected values are what a reader of each seed page finds in its furniture; no text of the
pages is repeated here. The boilerplate floors pin eval/boilerplate.py's dev-split figures.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from kabar.extract import extract
from kabar.records import RawDoc

pytestmark = pytest.mark.shared

# seed file prefix → (outlet, published_at, #authors, #editors, wire_sources, has dateline, #paragraphs,
# date flag kinds). 000's caption dates from years before must not flag its page date; 004 names a
# weekday its date did not fall on.
SEEDS = {
    "000": ("Tribunnews", "2025-08-22", 1, 1, [], False, 7, []),
    "001": ("Pikiran Rakyat Depok", "2023-09-05T20:37:00+07:00", 0, 1,
            ["Reuters", "New York Times", "Interfax"], True, 9, []),
    "002": ("Serambinews", None, 1, 1, [], False, 10, []),
    "003": (None, "2023-08-31T12:34:00+07:00", 1, 0, ["Associated Press"], False, 8, []),
    "004": ("Kupang Times", None, 1, 0, ["Reuters", "Kyodo"], True, 21, ["weekday_mismatch"]),
}


@pytest.mark.parametrize("prefix", sorted(SEEDS))
def test_seed_scrape(shared_dir: Path, prefix: str) -> None:
    path = next((shared_dir / "seeds").glob(f"{prefix}_*.txt"))
    art = extract(RawDoc.make(str(path), path.read_bytes(), "text", "2026-01-01T00:00:00Z"))
    outlet, published, n_auth, n_ed, wires, has_dateline, n_para, flags = SEEDS[prefix]
    assert [f.kind for f in art.date_flags] == flags
    assert (art.outlet, art.published_at) == (outlet, published)
    assert (len(art.authors), len(art.editors)) == (n_auth, n_ed)
    assert art.wire_sources == wires
    assert (art.dateline is not None) == has_dateline
    assert len(art.paragraphs) == n_para
    assert art.lang == "id"
    assert (art.title is None) == (prefix == "004")  # 004's scrape starts below its headline
    # no furniture left in the body
    for p in art.paragraphs:
        assert not p.lower().startswith(("baca juga", "editor:", "penulis:", "sumber:", "©", "berita terkait"))


def _boilerplate_eval():
    path = Path(__file__).resolve().parents[2] / "eval" / "boilerplate.py"
    spec = importlib.util.spec_from_file_location("kabar_eval_boilerplate", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_boilerplate_dev_floor(shared_dir: Path) -> None:
    scores = _boilerplate_eval().evaluate(shared_dir / "data", "dev")
    # floors a little under today's dev figures (1.000 / 1.000), at the goals
    assert scores["precision"] >= 0.97
    assert scores["recall"] >= 0.98
    fields = scores["fields"]
    assert sum(fields["published_at"]) / len(fields["published_at"]) >= 0.95
    assert sum(fields["title"]) / len(fields["title"]) >= 0.9


def test_seed_line_labels_floor(shared_dir: Path) -> None:
    scores = _boilerplate_eval().evaluate_seeds(shared_dir)
    assert scores["precision"] >= 0.97 and scores["recall"] >= 0.98, scores["errors"]
