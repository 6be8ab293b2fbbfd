"""Time expressions: our own sentences, each with the value a careful reader would give."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kabar.nlp.timexpr import find_times, weekday_conflicts

ANCHOR = date(2023, 9, 13)  # a Wednesday


def one(text: str, anchor: date | datetime | None = ANCHOR, lang: str = "id"):
    found = find_times(text, anchor, lang)
    assert found, f"nothing found in {text!r}"
    return found[0]


@pytest.mark.parametrize(("text", "value", "gran"), [
    ("Rapat digelar pada 30 Agustus di balai kota.", "2023-08-30", "day"),
    ("Bantuan tiba Rabu (30/8) sore.", "2023-08-30", "day"),
    ("Warga berkumpul Selasa, (12/09/23) pagi.", "2023-09-12", "day"),
    ("Proyek dimulai pada September 2023.", "2023-09", "month"),
    ("Jembatan itu dibangun pada 2019.", "2019", "year"),
    ("Kesepakatan diteken Jumat, 22 Agustus 2025 di Bogor.", "2025-08-22", "day"),
    ("The deal was signed on Aug. 30 in Seoul.", "2023-08-30", "day"),
    ("Talks began on September 5, 2023.", "2023-09-05", "day"),
    ("Laporan terbit 2023-07-01 lalu.", "2023-07-01", "day"),
])
def test_absolute(text, value, gran):
    t = one(text)
    assert (t.value, t.granularity) == (value, gran)


@pytest.mark.parametrize(("text", "value", "gran"), [
    ("Polisi menangkap pelaku kemarin.", "2023-09-12", "day"),
    ("Pasar ramai hari ini.", "2023-09-13", "day"),
    ("Sidang dilanjutkan besok.", "2023-09-14", "day"),
    ("Hasilnya diumumkan lusa.", "2023-09-15", "day"),
    ("Hujan deras turun tadi malam.", "2023-09-13", "day"),
    ("Menteri berkunjung pekan lalu.", "2023-09-04", "week"),
    ("Harga naik minggu lalu.", "2023-09-04", "week"),
    ("Kebakaran terjadi sepekan lalu.", "2023-09-04", "week"),
    ("Ia tiba dua hari lalu.", "2023-09-11", "day"),
    ("Kantor itu dibuka 4 tahun lalu.", "2019", "year"),
    ("Tarif baru berlaku bulan depan.", "2023-10", "month"),
    ("Target itu tercapai awal tahun ini.", "2023", "year"),
    ("Data dirilis akhir bulan lalu.", "2023-08", "month"),
    ("Prices rose last week.", "2023-09-04", "week"),
    ("The minister resigned yesterday.", "2023-09-12", "day"),
])
def test_relative(text, value, gran):
    t = one(text)
    assert (t.value, t.granularity) == (value, gran)


@pytest.mark.parametrize(("text", "value"), [
    ("Ia menyampaikan hal itu pada hari Senin.", "2023-09-11"),
    ("Presiden akan berkunjung pada hari Senin.", "2023-09-18"),
    ("Rapat digelar Senin depan.", "2023-09-18"),
    ("Warga kerja bakti pada hari Minggu.", "2023-09-10"),
    ("The talks ended on Monday.", "2023-09-11"),
    ("Diplomats said the vote was likely to take place on Monday.", "2023-09-18"),
    ("The court is set to hear the case on Friday.", "2023-09-15"),
    ("Kami bertemu Rabu.", "2023-09-13"),
    # a reporting verb after the future marker: the weekday is the report's, in the past
    ("Kim akan bertemu Putin di Vladivostok, seperti dilaporkan Times pada hari Senin.", "2023-09-11"),
    ("The leader will travel to Moscow by train, the newspaper reported on Monday.", "2023-09-11"),
])
def test_weekdays(text, value):
    assert one(text).value == value


def test_minggu_lalu_is_a_week_not_sunday():
    t = one("Minggu lalu harga beras naik.")
    assert t.granularity == "week"


def test_two_digit_year_is_this_century():
    assert one("Ia tiba (12/09/23).").value == "2023-09-12"


def test_day_month_takes_nearest_year_before_anchor():
    assert one("Banjir melanda pada 28 Desember.", date(2024, 1, 3)).value == "2023-12-28"


def test_day_month_in_future_tense_goes_forward():
    assert one("Pemilu akan digelar 5 Januari.", date(2023, 12, 20)).value == "2024-01-05"


def test_relative_without_anchor_is_unresolved():
    t = one("Ia datang kemarin.", None)
    assert t.value is None


def test_offsets_and_sentence():
    body = "Judul berita.\n\nPelaku ditangkap Rabu (30/8) malam. Ia ditahan."
    t = one(body)
    assert body[t.start:t.end] == t.text
    assert t.sentence == "Pelaku ditangkap Rabu (30/8) malam."


@pytest.mark.parametrize(("text", "conflict"), [
    ("Ia berangkat pada hari Minggu, (11/09/23) dengan kereta.", True),  # 11/09/23 is a Monday
    ("Ia berangkat pada hari Senin, (11/09/23) dengan kereta.", False),
    ("Ia berangkat Rabu (30/8) pagi.", False),
])
def test_weekday_conflicts(text, conflict):
    found = weekday_conflicts(find_times(text, ANCHOR))
    assert bool(found) == conflict
    if conflict:
        assert found[0].named_weekday == "Minggu" and found[0].actual_weekday == 0


@pytest.mark.parametrize("text", [
    "Harga cabai Rp 2019 per ons.",
    "Sebanyak 2000 orang hadir.",
    "Skor akhir 3/4 untuk tim tamu.",
    "Mei Lin berbicara di depan kelas.",
])
def test_not_times(text):
    assert find_times(text, ANCHOR) == []


@pytest.mark.parametrize(("text", "anchor", "value", "gran"), [
    ("Bazar berlangsung 3-5 Oktober di lapangan.", date(2025, 10, 20), "2025-10-03", "day"),
    ("Ia terlihat di kafe itu pada malam Minggu.", date(2025, 10, 20), "2025-10-18", "day"),
    ("Pendaftaran dibuka hingga 31 Oktober.", date(2025, 10, 20), "2025-10-31", "day"),
    ("Kantor itu pindah Agustus silam.", date(2023, 9, 13), "2023-08", "month"),
    ("Mulai Oktober, tarif parkir naik.", date(2023, 9, 13), "2023-10", "month"),
    ("Petugas datang dini hari tadi.", date(2023, 9, 13), "2023-09-13", "day"),
])
def test_harder_forms(text, anchor, value, gran):
    t = one(text, anchor)
    assert (t.value, t.granularity) == (value, gran)


def test_some_days_ago_is_found_but_unresolved():
    t = one("Pencuri itu beraksi beberapa hari lalu.")
    assert (t.value, t.granularity) == (None, "unknown")


def test_full_month_name_does_not_take_the_full_stop():
    assert one("Rapat terakhir digelar 2 Oktober.").text == "2 Oktober"


def test_timex_set_floor():
    import importlib.util
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location("kabar_eval_timex", root / "eval" / "timex.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    r = mod.evaluate(root / "eval" / "data" / "timex_id.jsonl", with_baseline=False)
    assert r["accuracy"] >= 0.95  # today 1.000 on our own 205 sentences


@pytest.mark.shared
def test_seed_weekday_conflict_is_reported(shared_dir):
    body = next((shared_dir / "seeds").glob("004_*.txt")).read_text(encoding="utf-8")
    conflicts = weekday_conflicts(find_times(body, date(2023, 9, 12)))
    assert [(c.named_weekday, c.date, c.actual_weekday) for c in conflicts] == [("Minggu", "2023-09-11", 0)]


def test_weekday_conflicts_also_takes_the_body_first():
    body = "Ia berangkat pada hari Minggu, (11/09/23) dengan kereta."
    assert weekday_conflicts(body, find_times(body, ANCHOR)) == weekday_conflicts(find_times(body, ANCHOR))


@pytest.mark.parametrize(("text", "span"), [
    ("Harga cabai turun hari ini.", "hari ini"),
    ("Target itu tercapai tahun ini.", "tahun ini"),
    ("Pemilu digelar tahun mendatang.", "tahun mendatang"),
    ("Ia bicara pada hari Senin.", "Senin"),
    ("Aturan itu berlaku sejak tahun 2019.", "2019"),
])
def test_span_keeps_the_expression_and_drops_a_leading_preposition(text, span):
    assert one(text).text == span


def test_year_in_a_law_number_is_not_a_date():
    assert find_times("Aturan itu merujuk UU Nomor 17 Tahun 2003 tentang keuangan.", ANCHOR) == []
    assert find_times("Perpres No. 79 Tahun 2025 sudah diteken.", ANCHOR) == []


def test_this_year_in_the_sentence_fixes_the_year():
    found = find_times("Lebaran tahun ini jatuh pada 10 April.", date(2024, 3, 4))
    assert [(t.text, t.value) for t in found] == [("tahun ini", "2024"), ("10 April", "2024-04-10")]


def test_a_duration_is_found_but_not_dated():
    t = one("Harga beras naik dalam tiga pekan terakhir.")
    assert (t.value, t.granularity) == (None, "unknown")


@pytest.mark.parametrize("text", [
    "Bupati menetapkan status tanggap darurat selama 14 hari ke depan.",
    "Status siaga berlaku dalam tujuh hari ke depan.",
])
def test_how_long_is_not_when(text):
    assert (one(text).value, one(text).granularity) == (None, "unknown")


@pytest.mark.parametrize("text", ["Poso was the scene of clashes in the late 1990s.", "Kerusuhan terjadi pada tahun 1990-an."])
def test_a_decade_is_not_a_year(text):
    assert find_times(text, ANCHOR) == []



def test_a_weekday_restating_a_local_time_in_gmt_is_not_the_event_day():
    # 7:10 a.m. in Pyongyang on Monday is 2210 GMT on Sunday: the GMT weekday dates nothing
    body = ("The missile was fired at around 7:10 a.m. (2210 GMT on Sunday), the military said on Monday. "
            "Talks opened at 3 p.m. (0600 GMT, Tuesday).")
    found = find_times(body, date(2025, 10, 7), lang="en")
    assert [(t.text, t.value) for t in found] == [("Monday", "2025-10-06")]
    # in a British paper GMT is the local time, and its weekday a date; so is one after a local time
    assert [t.text for t in find_times("The telethon is screened from 0100 GMT on Saturday.",
                                       date(2025, 10, 6), lang="en")] == ["Saturday"]
    assert [(t.text, t.granularity) for t in find_times("The summit ended at 10 a.m. on Sunday.",
                                                        date(2025, 10, 6), lang="en")] == [("Sunday", "day")]


@pytest.mark.parametrize(("text", "value", "gran"), [
    ("Inflasi naik dibandingkan Juli tahun lalu sebesar 2,13%.", "2022-07", "month"),
    ("Pembangunan fase pertama dimulai pada kuartal IV 2025.", "2025-10", "month"),
    ("Realisasi belanja hingga kuartal III-2025 masih rendah.", "2025-07", "month"),
    ("Target itu dikejar pada semester II 2024.", "2024-07", "month"),
    ("Maskapai memberi potongan harga untuk libur Natal 2025.", "2025-12-25", "day"),
    ("Tiket untuk Tahun Baru 2026 sudah habis.", "2026-01-01", "day"),
])
def test_months_of_named_years_quarters_and_fixed_holidays(text, value, gran):
    t = one(text)
    assert (t.value, t.granularity) == (value, gran)


def test_a_budget_year_and_a_weekly_schedule_date_nothing():
    assert find_times("DPR mengesahkan UU APBN 2026 dalam rapat paripurna.", ANCHOR) == []
    assert find_times("Bus melayani perjalanan setiap Senin hingga Jumat dari terminal.", ANCHOR) == []
    assert [t.value for t in find_times("Bus itu berangkat Senin dari terminal.", ANCHOR)] == ["2023-09-11"]
