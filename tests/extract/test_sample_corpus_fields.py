"""Metadata fields on the bundled sample corpus (samples/corpus) against its gold labels.

Each field is compared as the report check does: the first 16 characters, case-folded. The floors
pin what extraction reaches now (all 32 documents right on every field below); a drop fails.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kabar.extract import extract
from kabar.ingest.readers import read_inputs
from kabar.records import RawDoc

CORPUS = Path(__file__).resolve().parents[2] / "samples" / "corpus"
LABELS = json.loads((CORPUS / "LABELS.json").read_text(encoding="utf-8"))
FLOORS = {"title": 1.0, "outlet": 1.0, "published_at": 1.0, "authors": 1.0, "editors": 1.0}


def _key(source: str) -> str:
    path, _, rec = source.partition("#")
    key = Path(path).resolve().relative_to(CORPUS).as_posix()
    return f"{key}#{rec}" if rec else key


@pytest.fixture(scope="module")
def articles() -> dict[str, object]:
    out = {}
    for doc in read_inputs([str(CORPUS)]):
        if isinstance(doc, RawDoc):
            out[_key(doc.source)] = extract(doc)
    return out


def _same(got: object, gold: object) -> bool:
    return str(got or "")[:16].casefold() == str(gold or "")[:16].casefold()


def test_every_labelled_document_is_extracted(articles: dict[str, object]) -> None:
    assert set(articles) == set(LABELS)


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_field_accuracy_floor(articles: dict[str, object], field: str) -> None:
    wrong = [(k, getattr(a, field), LABELS[k][field]) for k, a in articles.items()
             if not _same(getattr(a, field), LABELS[k][field])]
    accuracy = 1 - len(wrong) / len(articles)
    assert accuracy >= FLOORS[field], wrong
