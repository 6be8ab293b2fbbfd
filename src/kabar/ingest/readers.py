"""Turn paths (files, folders, ``-`` for stdin) into RawDocs, and bad inputs into DocErrors.

Readers never raise for one bad input: they yield a :class:`DocError` naming the input and the
reason, and go on with the rest.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from kabar.records import DocError, RawDoc

TEXT_EXT = {".txt", ".text", ""}
HTML_EXT = {".html", ".htm", ".xhtml"}
JSON_EXT = {".json", ".jsonl", ".ndjson"}
KNOWN_EXT = TEXT_EXT | HTML_EXT | JSON_EXT
RECORD_FIELDS = ("url", "title", "published_at", "outlet")


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def iter_paths(inputs: Iterable[str]) -> Iterator[str | DocError]:
    """Expand folders recursively (sorted, hidden files skipped); pass files, URLs and ``-``."""
    for item in inputs:
        if item == "-" or item.startswith(("http://", "https://")):
            yield item
            continue
        p = Path(item)
        if p.is_dir():
            found = False
            for f in sorted(p.rglob("*")):
                rel = f.relative_to(p)
                if f.is_file() and not any(part.startswith(".") for part in rel.parts) \
                        and f.suffix.lower() in KNOWN_EXT and f.name != "LABELS.json":
                    found = True
                    yield str(f)
            if not found:
                yield DocError(item, "folder holds no .txt, .html or .json/.jsonl files")
        elif p.is_file():
            yield str(p)
        elif p.exists():
            yield DocError(item, "not a regular file or folder")
        else:
            yield DocError(item, "no such file or folder")


def looks_binary(data: bytes) -> bool:
    head = data[:4096]
    if b"\x00" in head:
        return True
    if head.startswith((b"%PDF", b"\x89PNG", b"PK\x03\x04", b"\xff\xd8\xff", b"GIF8", b"\x1f\x8b")):
        return True
    return False


def decode(data: bytes, source: str) -> str | DocError:
    """UTF-8 (with or without BOM), then UTF-16 with BOM, then cp1252; anything else is refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return DocError(source, "undecodable UTF-16 text")
    if looks_binary(data):
        return DocError(source, "binary file, not text (expected .txt, .html, .json or .jsonl)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            return DocError(source, f"not UTF-8 text (bad byte at offset {exc.start}); re-save it as UTF-8")
        # cp1252 decodes almost anything; accept it only when the result looks like prose.
        printable = sum(ch.isprintable() or ch in "\n\r\t" for ch in text) / max(len(text), 1)
        if printable < 0.98:
            return DocError(source, f"not UTF-8 text (bad byte at offset {exc.start}); re-save it as UTF-8")
        return text


def kind_for(name: str, text: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix in HTML_EXT:
        return "html"
    if suffix in TEXT_EXT or suffix not in JSON_EXT:
        head = text.lstrip()[:200].lower()
        return "html" if head.startswith(("<!doctype html", "<html")) else "text"
    return "json"


def read_bytes(path: str, max_bytes: int, stdin: BinaryIO | None = None) -> bytes | DocError:
    if path == "-":
        stream = stdin or sys.stdin.buffer
        data = stream.read(max_bytes + 1)
    else:
        p = Path(path)
        try:
            size = p.stat().st_size
        except OSError as exc:
            return DocError(path, f"cannot read: {exc.strerror}")
        if size > max_bytes:
            return DocError(path, f"too large ({size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.0f} MB, "
                                  "set KABAR_MAX_BYTES to raise it)")
        try:
            data = p.read_bytes()
        except OSError as exc:
            return DocError(path, f"cannot read: {exc.strerror}")
    if len(data) > max_bytes:
        return DocError(path, f"too large (over {max_bytes / 1e6:.0f} MB)")
    if not data.strip():
        return DocError(path, "empty file")
    return data


def docs_from_bytes(source: str, data: bytes, fetched_at: str | None = None,
                    name: str | None = None) -> Iterator[RawDoc | DocError]:
    fetched_at = fetched_at or now_iso()
    text = decode(data, source)
    if isinstance(text, DocError):
        yield text
        return
    if not text.strip():
        yield DocError(source, "empty file")
        return
    kind = kind_for(name or source, text)
    if kind == "json":
        yield from records_from_json(source, text, fetched_at)
    else:
        yield RawDoc.make(source, text.encode("utf-8"), kind, fetched_at)


def records_from_json(source: str, text: str, fetched_at: str) -> Iterator[RawDoc | DocError]:
    """A JSON array or object, or JSON lines, of ``{id, url, title, text|html, published_at, outlet}``."""
    stripped = text.lstrip()
    items: list[tuple[str, object]] = []
    if stripped.startswith("["):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            yield DocError(source, f"malformed JSON at line {exc.lineno}: {exc.msg}")
            return
        items = [(f"item {i + 1}", rec) for i, rec in enumerate(data)]
    else:
        # JSON lines are separated by \n alone: str.splitlines() would also split inside strings
        # holding U+2028 or U+0085, which real article text does contain
        for lineno, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            try:
                items.append((f"line {lineno}", json.loads(line)))
            except json.JSONDecodeError as exc:
                if lineno == 1 and stripped.startswith("{"):
                    # maybe one pretty-printed object rather than JSON lines
                    try:
                        items = [("item 1", json.loads(text))]
                        break
                    except json.JSONDecodeError:
                        pass
                yield DocError(f"{source}:{lineno}", f"broken JSON line: {exc.msg}")
    for where, rec in items:
        doc = record_to_doc(source, where, rec, fetched_at)
        yield doc


def record_to_doc(source: str, where: str, rec: object, fetched_at: str) -> RawDoc | DocError:
    if not isinstance(rec, dict):
        return DocError(f"{source} ({where})", "a record must be a JSON object")
    rid = rec.get("id")
    src = f"{source}#{rid}" if rid not in (None, "") else f"{source} ({where})"
    body = rec.get("html") or rec.get("text") or rec.get("body") or rec.get("content")
    if not isinstance(body, str) or not body.strip():
        return DocError(src, "record has no 'text' or 'html'")
    fmt = "html" if rec.get("html") else "text"
    meta = {k: rec[k] for k in RECORD_FIELDS if rec.get(k) not in (None, "")}
    meta["format"] = fmt
    return RawDoc.make(src, body.encode("utf-8"), "record", fetched_at, meta)


def read_inputs(inputs: Iterable[str], max_bytes: int = 20_000_000,
                stdin: BinaryIO | None = None) -> Iterator[RawDoc | DocError]:
    """Every RawDoc the inputs hold, and a DocError for each one that cannot be used."""
    from kabar.ingest.fetch import fetch_url  # local: keeps the HTTP client off the import path

    for item in iter_paths(inputs):
        if isinstance(item, DocError):
            yield item
            continue
        if item.startswith(("http://", "https://")):
            yield from fetch_url(item, max_bytes=max_bytes)
            continue
        data = read_bytes(item, max_bytes, stdin)
        if isinstance(data, DocError):
            yield data
            continue
        yield from docs_from_bytes(item, data)
