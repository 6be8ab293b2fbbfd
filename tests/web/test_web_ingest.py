"""POST /api/documents: off without a token, 401/403 on bad tokens, 413 on big bodies, and it ingests."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from kabar.config import Settings
from kabar.web.app import create_app

TOKEN = "test-token-4f2c"
RECORD = {"id": "api-1", "url": "https://example.com/berita/1", "title": "Gempa Magnitudo 5,1 Guncang Sukabumi",
          "text": "SUKABUMI - Gempa bumi magnitudo 5,1 mengguncang Kabupaten Sukabumi, Jawa Barat, pada Kamis "
                  "(6/11/2025) pagi. BMKG menyebut gempa tidak berpotensi tsunami.\n\nWarga sempat berhamburan "
                  "keluar rumah, kata Kepala BPBD Sukabumi Deden Sumpena.",
          "published_at": "2025-11-06T08:10:00+07:00", "outlet": "Kabar Uji"}


@pytest.fixture
def app_client(db_copy):
    settings = Settings(db=f"sqlite:///{db_copy}", api_token=TOKEN, max_request_bytes=20_000)
    with TestClient(create_app(settings)) as c:
        yield c


def auth(token=TOKEN):
    return {"Authorization": f"Bearer {token}"}


def test_ingest_is_off_without_a_configured_token(client):
    r = client.post("/api/documents", json=RECORD, headers=auth())
    assert r.status_code == 403 and "KABAR_API_TOKEN" in r.json()["detail"]


def test_missing_and_wrong_tokens(app_client):
    r = app_client.post("/api/documents", json=RECORD)
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    assert app_client.post("/api/documents", json=RECORD, headers=auth("nope")).status_code == 403
    assert app_client.post("/api/documents", json=RECORD, headers={"Authorization": TOKEN}).status_code == 403


def test_too_large_bodies_get_413(app_client):
    big = dict(RECORD, text="kata " * 10_000)
    assert app_client.post("/api/documents", json=big, headers=auth()).status_code == 413

    def chunks():  # no Content-Length: the limit holds while streaming
        for _ in range(30):
            yield b"x" * 1000

    assert app_client.post("/api/documents", content=chunks(), headers=auth()).status_code == 413


def test_ingest_adds_records_and_refreshes_dossiers(app_client):
    before = app_client.get("/api/stories").json()["total"]
    r = app_client.post("/api/documents", json=[RECORD], headers=auth())
    assert r.status_code == 200, r.text
    assert r.json()["added"] == 1 and r.json()["failed"] == 0
    hits = app_client.get("/api/search", params={"q": "Sumpena"}).json()["results"]
    assert hits and hits[0]["title"] == RECORD["title"]
    story = app_client.get(f"/api/stories/{hits[0]['story_id']}").json()
    assert hits[0]["id"] in [a["id"] for a in story["articles"]]
    assert app_client.get("/api/stories").json()["total"] >= before
    again = app_client.post("/api/documents", content=json.dumps(RECORD), headers=auth())
    assert again.status_code == 200 and again.json()["already"] == 1


def test_unusable_bodies_are_client_errors(app_client):
    assert app_client.post("/api/documents", content=b"", headers=auth()).status_code == 400
    assert app_client.post("/api/documents", content=b"\xff\xfe\x00bad", headers=auth()).status_code in (400, 422)
    r = app_client.post("/api/documents", content=b"{not json", headers=auth())
    assert r.status_code == 422 and r.json()["errors"]
    r = app_client.post("/api/documents", json={"id": "x", "title": "no text"}, headers=auth())
    assert r.status_code == 422 and "text" in r.json()["errors"][0]["reason"]
