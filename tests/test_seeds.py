"""The five real seed articles (../shared/seeds, present in CI only): one event, five outlets."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from kabar.cli.main import app

pytestmark = pytest.mark.shared

CONTRACT = {"id", "title", "first_seen", "last_seen", "articles", "entities", "quotes", "timeline", "claims",
            "discrepancies", "summary"}
ARTICLE = {"id", "source", "url", "outlet", "title", "published_at", "authors", "editors", "wire_sources",
           "dateline", "lang", "body", "duplicate_of", "syndicated_from", "date_flags"}


@pytest.fixture(scope="module")
def dossiers():
    from pathlib import Path

    seeds = Path(__file__).resolve().parents[2] / "shared" / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared is absent")
    r = CliRunner().invoke(app, ["report", str(seeds), "--format", "json"])
    assert r.exit_code == 0, r.output
    return json.loads(r.output)


def test_the_five_seeds_land_in_one_story_with_every_contract_field(dossiers):
    assert len(dossiers) == 1
    d = dossiers[0]
    assert CONTRACT <= set(d) and len(d["articles"]) == 5
    for a in d["articles"]:
        assert ARTICLE <= set(a)
    for key in ("entities", "quotes", "timeline", "claims", "summary"):
        assert d[key], key


def test_the_republished_seed_is_flagged(dossiers):
    d = dossiers[0]
    late = [a for a in d["articles"] if (a["published_at"] or "").startswith("2025")]
    assert len(late) == 1
    assert any(x["kind"] == "page_date_outlier" and x["article_ids"] == [late[0]["id"]] for x in d["discrepancies"])
    assert d["last_seen"].startswith("2023-09")  # the story's span is the event's, not the re-dated page's
