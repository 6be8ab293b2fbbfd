from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def shared_dir() -> Path:
    """../shared (present in CI, absent on a user's machine): tests that use it skip without it."""
    if not SHARED.is_dir():
        pytest.skip("../shared is absent")
    return SHARED


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture
def postgres_url():
    """A fresh schema in the PostgreSQL server named by KABAR_TEST_POSTGRES (.ci/postgres.sh starts one).

    Skips when the variable is unset or psycopg is not installed; fails when it is set and the server
    cannot be reached (a CI set-up error should not pass silently).
    """
    import os
    import uuid

    base = os.environ.get("KABAR_TEST_POSTGRES")
    if not base:
        pytest.skip("no PostgreSQL: set KABAR_TEST_POSTGRES (source <(.ci/postgres.sh))")
    psycopg = pytest.importorskip("psycopg")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True, connect_timeout=5) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in base else "?"
    yield f"{base}{sep}options=-csearch_path%3D{schema}"
    with psycopg.connect(base, autocommit=True, connect_timeout=5) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request, tmp_path) -> str:
    """A store URL for each backend: an SQLite file in tmp_path, and a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'kabar.db'}"
    return request.getfixturevalue("postgres_url")


class Site:
    """A web site on loopback for fetch tests: ``pages[path] = (status, content_type, body, headers)``.

    Answers ``If-None-Match`` with 304 when the page's ETag header matches, counts requests per path
    in ``hits`` and keeps each request's headers in ``seen_headers``. Never reaches outside 127.0.0.1.
    """

    def __init__(self, base: str):
        self.base = base
        self.pages: dict[str, tuple[int, str, bytes, dict[str, str]]] = {}
        self.hits: dict[str, int] = {}
        self.seen_headers: dict[str, dict[str, str]] = {}

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, body: str | bytes, content_type: str = "text/html; charset=utf-8",
            status: int = 200, **headers: str) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.pages[path] = (status, content_type, data, {k.replace("_", "-"): v for k, v in headers.items()})
        return self.url(path)


@pytest.fixture
def http_site():
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    site: Site

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's name
            path = self.path
            site.hits[path] = site.hits.get(path, 0) + 1
            site.seen_headers[path] = dict(self.headers)
            status, ctype, body, headers = site.pages.get(path, (404, "text/plain", b"not found", {}))
            if headers.get("ETag") and self.headers.get("If-None-Match") == headers["ETag"]:
                status, body = 304, b""
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for k, v in headers.items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    site = Site(f"http://127.0.0.1:{server.server_address[1]}")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield site
    server.shutdown()
    server.server_close()
