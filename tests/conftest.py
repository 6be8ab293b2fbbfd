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
