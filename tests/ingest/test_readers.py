from __future__ import annotations

import io
import json

import pytest

from kabar.ingest.readers import read_inputs
from kabar.records import DocError, RawDoc


def _read(paths, **kw):
    items = list(read_inputs([str(p) for p in paths], **kw))
    return [x for x in items if isinstance(x, RawDoc)], [x for x in items if isinstance(x, DocError)]


def test_folder_is_read_recursively_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text("Judul\n\nIsi berita pertama.", encoding="utf-8")
    (tmp_path / "b" / "c.html").write_text("<html><body><p>Halo</p></body></html>", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("rahasia", encoding="utf-8")
    docs, errors = _read([tmp_path])
    assert [d.source.rsplit("/", 1)[-1] for d in docs] == ["a.txt", "c.html"]
    assert [d.kind for d in docs] == ["text", "html"]
    assert errors == []


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary"),
        ("latin.txt", bytes(range(128, 256)) * 3, "not UTF-8"),
        ("empty.txt", b"   \n\n", "empty"),
    ],
)
def test_bad_files_get_a_named_error(tmp_path, name, content, reason):
    p = tmp_path / name
    p.write_bytes(content)
    docs, errors = _read([p])
    assert docs == []
    assert len(errors) == 1 and errors[0].source == str(p) and reason in errors[0].reason


def test_missing_path_and_oversized_file(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(50_000_000)  # a sparse 50 MB file
    docs, errors = _read([tmp_path / "nope.txt", big], max_bytes=20_000_000)
    assert docs == []
    assert "no such file" in errors[0].reason
    assert "too large" in errors[1].reason and "50.0 MB" in errors[1].reason


def test_jsonl_records_keep_their_id_and_skip_broken_lines(tmp_path):
    p = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "x1", "url": "https://contoh.id/a", "title": "A", "text": "Isi A.", "outlet": "Contoh"}),
        "{broken",
        json.dumps({"id": "x2", "html": "<p>Isi B</p>", "published_at": "2025-01-02"}),
        json.dumps({"id": "x3", "title": "tanpa isi"}),
    ]
    p.write_text("\n".join(lines), encoding="utf-8")
    docs, errors = _read([p])
    assert [d.source for d in docs] == [f"{p}#x1", f"{p}#x2"]
    assert docs[0].meta["outlet"] == "Contoh" and docs[0].meta["format"] == "text"
    assert docs[1].meta["format"] == "html"
    assert [e.source for e in errors] == [f"{p}:2", f"{p}#x3"]


def test_stdin_and_same_content_same_id(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Judul\n\nIsi.", encoding="utf-8")
    docs, _ = _read(["-", p], stdin=io.BytesIO(b"Judul\n\nIsi."))
    assert docs[0].source == "-" and docs[0].id == docs[1].id


def test_jsonl_text_may_hold_unicode_line_separators(tmp_path):
    p = tmp_path / "feed.jsonl"
    rec = {"id": "u", "text": "Paragraf satu.\u2028Masih paragraf satu.\x85Lanjut."}
    p.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    docs, errors = _read([p])
    assert errors == [] and len(docs) == 1
