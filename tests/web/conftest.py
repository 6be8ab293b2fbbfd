"""One store for the web tests, built once from the project's own fixtures plus hostile documents."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from kabar.config import Settings
from kabar.service import ingest
from kabar.store.base import open_store
from kabar.web.app import create_app

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
HOSTILE_TITLE = f"Banjir {SCRIPT} di Bekasi {IMG}"

HOSTILE_SCRAPE = f"""{HOSTILE_TITLE}

Senin, 3 Februari 2025 | 10:15 WIB

Penulis: Rina {SCRIPT} | Editor: Dodi {IMG}

BEKASI, WARTAKITA - Hujan deras {SCRIPT} membuat Sungai Cikarang [meluap] dan merendam rumah {IMG} di Bekasi.

Kepala Pelaksana BPBD Kabupaten Bekasi Henri Lincoln mengatakan ketinggian air mencapai satu meter {SCRIPT}.

"Kami sudah mengerahkan perahu karet {IMG}," kata Henri.

Baca Juga: Harga Cabai {SCRIPT} Naik {IMG}

© 2025 WartaKita. All Rights Reserved
"""

HOSTILE_RECORD = {
    "id": "evil-1", "url": "https://example.com/x?a=<script>alert(1)</script>", "title": f"Rudal {IMG} diluncurkan",
    "text": f"PYONGYANG - Korea Utara meluncurkan rudal {SCRIPT} ke Laut Jepang pada Selasa. {IMG}\n\n"
            f"Militer Korea Selatan mengatakan rudal {SCRIPT} terbang sejauh 500 kilometer.",
    "published_at": "2025-10-07T08:00:00+07:00", "outlet": f"Evil {IMG} News",
}


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: drives a real headless Chromium (skipped without one)")


@pytest.fixture(scope="session")
def web_db(tmp_path_factory) -> Path:
    """samples/corpus + tests/fixtures/mini + two hostile documents, in a SQLite file."""
    folder = tmp_path_factory.mktemp("web")
    hostile = folder / "hostile"
    hostile.mkdir()
    (hostile / "hostile_scrape.txt").write_text(HOSTILE_SCRAPE, encoding="utf-8")
    (hostile / "hostile_record.json").write_text(json.dumps(HOSTILE_RECORD), encoding="utf-8")
    db = folder / "web.db"
    store = open_store(f"sqlite:///{db}")
    try:
        stats = ingest([str(ROOT / "samples" / "corpus"), str(ROOT / "tests" / "fixtures" / "mini"), str(hostile)],
                       store, Settings())
    finally:
        store.close()
    assert stats.failed == 0, stats.errors
    return db


@pytest.fixture
def db_copy(web_db, tmp_path) -> Path:
    """A private copy of the built store, for tests that change it."""
    path = tmp_path / "copy.db"
    shutil.copy(web_db, path)
    return path


@pytest.fixture(scope="session")
def client(web_db) -> TestClient:
    with TestClient(create_app(Settings(db=f"sqlite:///{web_db}"))) as c:
        yield c


@pytest.fixture(scope="session")
def api(client) -> dict:
    """Handy ids from the built store: stories, the hostile articles, a copy and its original."""
    rows = client.get("/api/stories", params={"limit": 200}).json()["stories"]
    ids = {"stories": [r["id"] for r in rows]}
    for r in rows:
        for a in client.get(f"/api/stories/{r['id']}").json()["articles"]:
            if a["title"] and SCRIPT in a["title"]:
                ids["hostile_scrape"] = a["id"]
                ids["hostile_story"] = r["id"]
            if a["title"] and IMG in a["title"] and a["outlet"] and "Evil" in a["outlet"]:
                ids["hostile_record"] = a["id"]
            if a["duplicate_of"]:
                ids["copy"], ids["original"], ids["copy_story"] = a["id"], a["duplicate_of"], r["id"]
    return ids
