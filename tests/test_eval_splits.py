"""The evaluation scripts take any split their gold file holds and name the ones it has otherwise."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("script, data", [
    ("eval/quotes.py", "eval/data/quotes/detik1000.jsonl"),
    ("eval/entities.py", "eval/data/entities_id.jsonl"),
    ("eval/roles.py", "eval/data/roles_en.jsonl"),
])
def test_a_split_the_gold_file_lacks_stops_with_the_splits_it_has(script, data):
    run = subprocess.run([sys.executable, script, "--data", data, "--split", "nosuch7"],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 2
    assert f"--split nosuch7: {data} has no such split" in run.stderr
    assert re.search(r"it has dev\d*, \w+", run.stderr) and run.stderr.rstrip().endswith("(or all)")
