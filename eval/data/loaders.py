"""Loaders for the shared Indonesian news sets used by the clustering and claim evals.

The repo only stores ids, offsets and labels (eval/data/cluster_id.json,
eval/data/claims_id.jsonl); these helpers read the article text back from the shared
data at run time:

* detik1000: /work/shared/data/news/detik1000/data_berita.csv
* indosum:   /work/shared/data/summarization/indosum/indosum_dev_pool.jsonl
"""

from __future__ import annotations

import csv
import json
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"
DETIK_PATH = SHARED / "news" / "detik1000" / "data_berita.csv"
INDOSUM_PATH = SHARED / "summarization" / "indosum" / "indosum_dev_pool.jsonl"

_NO_SPACE_BEFORE = {",", ".", "!", "?", ";", ":", ")", "]", "}", "%", "...", "''", "'s"}
_NO_SPACE_AFTER = {"(", "[", "{", "``", "#", "@"}
_JOINERS = {"/"}


def detokenise(tokens: list[str]) -> str:
    """Join IndoSum tokens back into readable text.

    No space before closing punctuation, none after opening brackets, straight double
    quotes alternate between opening and closing, and '/' glues its neighbours
    ("8 / 9 / 2017" -> "8/9/2017").
    """
    out: list[str] = []
    quote_open = False
    glue_next = False
    for raw in tokens:
        tok = raw.replace("\u00a0", " ").strip()
        if not tok:
            continue
        if tok in ('"', "\u201c", "\u201d"):
            if tok == "\u201c":
                opening = True
            elif tok == "\u201d":
                opening = False
            else:
                opening = not quote_open
            if opening:
                if out:
                    out.append(" ")
                out.append('"')
                quote_open = True
                glue_next = True
            else:
                out.append('"')
                quote_open = False
                glue_next = False
            continue
        if tok in _JOINERS:
            out.append(tok)
            glue_next = True
            continue
        if out and not glue_next and tok not in _NO_SPACE_BEFORE:
            out.append(" ")
        out.append(tok)
        glue_next = tok in _NO_SPACE_AFTER
    text = "".join(out)
    return re.sub(r"\s+", " ", text).strip()


def load_detik(path: str | Path = DETIK_PATH) -> dict[int, dict]:
    """detik1000 articles by integer id: {title, url, date (datetime), body}."""
    csv.field_size_limit(sys.maxsize)
    out: dict[int, dict] = {}
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            try:
                date = datetime.strptime(row["tanggal"].strip(), "%m/%d/%Y %H:%M")
            except ValueError:
                date = None
            out[int(row["id"])] = {
                "title": row["judul"],
                "url": row["tautan"],
                "date": date,
                "body": row["isi_berita"],
            }
    return out


def load_indosum(path: str | Path = INDOSUM_PATH) -> dict[str, dict]:
    """IndoSum articles by string id.

    Each value: {title (derived from the id slug; IndoSum has no title field), source, url,
    category, date (UTC datetime from the id's unix-time prefix, or None),
    body_paragraphs: list of paragraphs, each a list of detokenised sentence strings}.
    """
    out: dict[str, dict] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            aid = rec["id"]
            head, _, slug = aid.partition("-")
            date = None
            if head.isdigit():
                date = datetime.fromtimestamp(int(head), tz=UTC)
            out[aid] = {
                "title": slug.replace("-", " ") or None,
                "source": rec.get("source"),
                "url": rec.get("source_url"),
                "category": rec.get("category"),
                "date": date,
                "body_paragraphs": [[detokenise(s) for s in para] for para in rec["paragraphs"]],
            }
    return out


def sentence_text(record: dict, datasets: dict[str, dict]) -> str:
    """Text of one side of a claim pair.

    ``record`` is {"id", "para", "sent"} (indosum) or {"id", "start", "end"} (detik1000);
    ``datasets`` maps a dataset name to its loaded dict. A pair-level record with a
    "dataset" key and the side under "a"/"b" also works if the side carries "dataset".
    """
    name = record.get("dataset")
    if name is None:
        name = "detik1000" if "start" in record else "indosum"
    data = datasets[name]
    if name == "detik1000":
        body = data[int(record["id"])]["body"]
        return body[record["start"] : record["end"]]
    paras = data[record["id"]]["body_paragraphs"]
    return paras[record["para"]][record["sent"]]


def load_all() -> dict[str, dict]:
    """Both datasets from their default shared paths."""
    return {"detik1000": load_detik(), "indosum": load_indosum()}


def event_members(*paths: Path) -> dict[tuple[str, str], list]:
    """Record ids by (dataset, event) of cluster gold files (``cluster_id.json`` and the like);
    distractors (no event) left out."""
    out: dict[tuple[str, str], list] = {}
    for path in paths:
        for rec in json.loads(Path(path).read_text(encoding="utf-8")):
            if rec["event"]:
                out.setdefault((rec["dataset"], rec["event"]), []).append(rec["id"])
    return out


def record_date(when) -> str:
    """A record's date (a datetime, or a string) as an ISO page date to the second: "2025-10-17T21:16:00"."""
    return (when.isoformat() if hasattr(when, "isoformat") else str(when))[:19].replace(" ", "T")


def require_split(parser, data: str | Path, split: str) -> None:
    """Stop ``parser`` with a clear message when ``split`` is neither "all" nor a split that
    ``data`` (a gold JSONL file) holds; the error lists the splits it has."""
    have = {json.loads(x).get("split") for x in Path(data).read_text(encoding="utf-8").splitlines() if x.strip()}
    if split != "all" and split not in have:
        names = sorted((s for s in have if s), key=lambda s: (re.sub(r"\d+$", "", s), int(re.sub(r"^\D+", "", s) or 0)))
        parser.error(f"--split {split}: {data} has no such split; it has {', '.join(names)} (or all)")
