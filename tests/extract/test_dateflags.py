"""Date flags: a page date that the article's own text contradicts."""

from __future__ import annotations

from kabar.extract.dateflags import date_flags


def kinds(published_at, body):
    return [f.kind for f in date_flags(published_at, body)]


def test_a_republished_page_is_flagged_by_its_own_dates():
    body = ("Gempa mengguncang Palu pada Jumat (28/9/2018) petang. Hingga Minggu (30/9/2018) BNPB mencatat "
            "832 korban meninggal.")
    assert kinds("2018-10-01T08:00:00", body) == []
    assert kinds("2025-07-16T20:15:00", body) == ["page_date_mismatch"]


def test_a_page_date_well_before_what_the_text_reports_is_flagged():
    body = "Rapat digelar Senin (20/10/2025) di Jakarta. Keputusan diumumkan Rabu (22/10/2025) malam."
    assert kinds("2025-10-22T21:00:00", body) == []
    assert kinds("2023-10-22T21:00:00", body) == ["body_date_after_page_date"]


def test_contracts_and_releases_run_years_ahead_without_a_flag():
    assert kinds("2017-07-25T23:30:00", "Pemain itu dikontrak hingga 30 Juni 2022 oleh klub barunya.") == []
    assert kinds("2018-01-27T21:31:00", "Film itu akan dirilis pada 8 Maret 2019 di seluruh dunia.") == []
    # a plan among reports of the day: most of what the text dates is not ahead
    body = ("Menteri meninjau proyek itu Senin (20/10/2025) dan Selasa (21/10/2025). Tol itu direncanakan "
            "beroperasi 1 Januari 2028.")
    assert kinds("2025-10-21T18:00:00", body) == []


def test_a_weekday_that_does_not_fit_its_date_is_flagged_with_the_likely_typo():
    flags = date_flags("2023-09-13T10:00:00", "Banjir terjadi Rabu (13/9/2022) pagi.")
    assert [f.kind for f in flags] == ["weekday_mismatch"] and "year typo" in flags[0].detail
