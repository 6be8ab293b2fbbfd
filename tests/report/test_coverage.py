from __future__ import annotations

from kabar.report.coverage import coverage_line


def _d(*outlets, first="2023-08-31T12:34", last="2023-09-05T20:37"):
    return {"articles": [{"id": str(i), "outlet": o} for i, o in enumerate(outlets)], "first_seen": first,
            "last_seen": last}


def test_articles_of_unknown_outlet_are_counted_apart():
    assert coverage_line(_d("Kompas", "Tempo", None)) == (
        "3 articles from 2 outlets (1 of unknown outlet) · 2023-08-31 → 2023-09-05")
    assert coverage_line(_d(None, None, first=None, last=None)) == "2 articles, outlets unknown · ? → ?"
    assert coverage_line(_d("Antara")).startswith("1 article from 1 outlet ·")
    assert coverage_line(_d("Antara"), 16).endswith("2023-08-31T12:34 → 2023-09-05T20:37")
