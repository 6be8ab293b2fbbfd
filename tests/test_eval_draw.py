"""The blind-batch draw of eval/draw_indosum.py: unused articles of the right length, no near-copies, one order a
seed."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))

from draw_indosum import draw, named_ids  # noqa: E402


def _row(text: str) -> dict:
    return {"body_paragraphs": [[text]], "source": "test"}


def _rows() -> dict[str, dict]:
    rows = {f"17000000{i:02d}-artikel-{i}": _row(" ".join(f"kata{i}x{k}" for k in range(120)))
            for i in range(20)}
    rows["1700000099-pendek"] = _row("terlalu pendek")  # under 800 characters
    first = next(iter(rows))
    rows["1700000098-salinan"] = _row(rows[first]["body_paragraphs"][0][0] + " tambahan")  # a near-copy
    return rows


def test_a_draw_skips_used_short_and_near_copied_articles_and_repeats_with_its_seed(tmp_path):
    rows = _rows()
    used = {"1700000003-artikel-3"}
    batch = draw(rows, used, seed=7, count=8)
    assert len(batch) == 8 and len(set(batch)) == 8
    assert "1700000003-artikel-3" not in batch and "1700000099-pendek" not in batch
    assert not ({"1700000098-salinan", "1700000000-artikel-0"} <= set(batch))  # never both the article and its copy
    assert draw(rows, used, seed=7, count=8) == batch and draw(rows, used, seed=8, count=8) != batch
    (tmp_path / "a.jsonl").write_text('{"article_id": "1700000005-artikel-5"}\n', encoding="utf-8")
    assert named_ids([tmp_path / "a.jsonl"]) == {"1700000005-artikel-5"}
