"""The blind-batch tools: eval/draw_indosum.py (unused articles of the right length, no near-copies, one order a
seed) and eval/annotation_batch.py (a batch merges only when its forms and roles are in the text)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))

from annotation_batch import brief, checked_lines  # noqa: E402
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


def test_a_batch_merges_only_when_every_form_and_role_is_in_its_article(tmp_path):
    rows = {"1700000001-a": _row("Menteri Keuangan Sri Mulyani mengunjungi Bandung.")}
    (tmp_path / "ids_x1.txt").write_text("1700000001-a\n", encoding="utf-8")
    ents = {"article_id": "1700000001-a", "entities": [
        {"name": "Sri Mulyani", "type": "PER", "variants": ["Sri Mulyani"]},
        {"name": "Bandung", "type": "LOC", "variants": ["Bandung"]}]}
    roles = {"article_id": "1700000001-a", "roles": {"Sri Mulyani": ["Menteri Keuangan"]}}
    (tmp_path / "ent_x1.jsonl").write_text(json.dumps(ents) + "\n", encoding="utf-8")
    (tmp_path / "roles_x1.jsonl").write_text(json.dumps(roles) + "\n", encoding="utf-8")
    ent_lines, role_lines = checked_lines("x1", tmp_path, rows)
    assert json.loads(ent_lines[0])["split"] == "x1" and json.loads(role_lines[0])["roles"] == roles["roles"]
    roles["roles"]["Sri Mulyani"] = ["Menteri Keuangan RI"]  # not in the text
    (tmp_path / "roles_x1.jsonl").write_text(json.dumps(roles) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="Menteri Keuangan RI"):
        checked_lines("x1", tmp_path, rows)
    roles["roles"] = {}  # a person left out of the roles
    (tmp_path / "roles_x1.jsonl").write_text(json.dumps(roles) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="keys"):
        checked_lines("x1", tmp_path, rows)
    text = brief("x1", tmp_path)
    assert "## Annotation guide" in text and "## Roles" in text and "Thirty-fifth" in text
