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
    assert [(t.text, t.value) for t in found] == [("Lebaran tahun ini", "2024-04-10"), ("10 April", "2024-04-10")]
    found = find_times("Tahun ini panen raya datang pada 10 Januari.", date(2024, 3, 4))
    assert [(t.text, t.value) for t in found] == [("Tahun ini", "2024"), ("10 Januari", "2024-01-10")]


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


# moving feasts: the day comes from kabar.nlp.feasts' table (government calendar)
@pytest.mark.parametrize(("text", "anchor", "value"), [
    ("Tarif tol didiskon selama mudik Lebaran 2025.", date(2025, 10, 21), "2025-03-31"),
    ("Pemudik pulang kampung saat Idul Fitri 2023.", ANCHOR, "2023-04-22"),
    ("Antrean di gerbang tol memanjang pada H-7 Lebaran 2024.", ANCHOR, "2024-04-03"),
    ("Arus balik memuncak H+3 Lebaran tahun lalu.", ANCHOR, "2022-05-05"),
    ("Harga daging naik menjelang Iduladha 2019.", ANCHOR, "2019-08-11"),
    ("Masjid itu menggelar salat Idul Adha 1446 H di lapangan.", ANCHOR, "2025-06-06"),
    ("Sapi kurban dijual jelang Lebaran Haji 2021.", ANCHOR, "2021-07-20"),
    ("Vihara itu ramai pada perayaan Waisak 2023.", ANCHOR, "2023-06-04"),
    ("Pantai sepi saat Nyepi 2016.", ANCHOR, "2016-03-09"),
    ("Lampion dipasang untuk Imlek 2024.", ANCHOR, "2024-02-10"),
    ("Pasar takjil buka sepanjang bulan Ramadan 2024.", ANCHOR, "2024-03-12"),
])
def test_a_feast_with_its_year_is_its_day(text, anchor, value):
    t = one(text, anchor)
    assert (t.value, t.granularity) == (value, "day")


@pytest.mark.parametrize(("text", "anchor", "value"), [
    # no year: the feast nearest the publish date, either side
    ("Harga cabai naik tajam sebelum Lebaran.", date(2025, 5, 27), "2025-03-31"),
    ("Pemerintah menyiapkan posko mudik Lebaran.", date(2026, 1, 10), "2026-03-20"),
    # "lalu" the last one, "mendatang" the next one, even when the other is nearer
    ("Penumpang naik 10 persen dibanding Lebaran yang lalu.", date(2025, 12, 1), "2025-03-31"),
    ("Tiket untuk Idul Fitri mendatang sudah dijual.", date(2025, 4, 20), "2026-03-20"),
    ("Penjualan sapi turun dibanding Idul Adha tahun lalu.", date(2024, 7, 1), "2023-06-29"),
    ("Kereta tambahan disiapkan untuk H-3 Imlek.", date(2025, 1, 20), "2025-01-26"),
])
def test_a_feast_without_a_year_is_the_nearest_in_its_direction(text, anchor, value):
    assert one(text, anchor).value == value


@pytest.mark.parametrize("text", [
    "Ramadhan Sebayang mengatakan kegiatan itu berjalan lancar.",  # a first name
    "Aktivis Ramadhan Hidayat hadir.",
    "Suasana lebaran terasa di kampung itu.",  # lower case: the season in general
])
def test_a_feast_name_that_dates_nothing(text):
    assert [t.value for t in find_times(text, ANCHOR) if t.value] == []


def test_a_feast_outside_the_table_is_found_but_unresolved():
    t = one("Pemerintah menetapkan libur Lebaran 2031.")
    assert (t.text, t.value) == ("Lebaran 2031", None)


def test_feast_table():
    from kabar.nlp.feasts import feast_date, feast_kind, hijri_to_year, nearest_feast

    assert feast_kind("Hari Raya Idul Fitri") == feast_kind("Lebaran") == "idulfitri"
    assert feast_kind("Iduladha") == feast_kind("Lebaran Haji") == "iduladha"
    assert feast_date("idulfitri", 2024) == date(2024, 4, 10)
    assert feast_date("ramadan", 2030) is None  # not in the table: no guess
    assert hijri_to_year("idulfitri", 1445) == 2024 and hijri_to_year("imlek", 2575) is None
    assert nearest_feast("imlek", date(2025, 9, 1), "nearest") == date(2026, 2, 17)
    assert nearest_feast("imlek", date(2025, 9, 1), "past") == date(2025, 1, 29)


# "the same year/month/day": the value of the nearest expression before it that is that fine
@pytest.mark.parametrize(("text", "want"), [
    ("Pabrik itu dibangun pada 2019. Pada tahun yang sama, gudangnya terbakar.",
     [("2019", "2019"), ("tahun yang sama", "2019")]),
    ("Gempa terjadi Selasa (5/9). Di hari yang sama, warga mengungsi.",
     [("Selasa (5/9)", "2023-09-05"), ("hari yang sama", "2023-09-05")]),
    ("Inflasi Agustus 2023 lebih rendah dari bulan yang sama tahun lalu.",
     [("Agustus 2023", "2023-08"), ("bulan yang sama tahun lalu", "2022-08")]),
    # a year does not date a day: "hari yang sama" skips it for the day before
    ("Ia ditangkap 2 Juni 2021 dan dibebaskan pada 2022. Pada hari yang sama ia diperiksa.",
     [("2 Juni 2021", "2021-06-02"), ("2022", "2022"), ("hari yang sama", "2021-06-02")]),
    ("The plant opened in March 2010. That same year it was sold.",
     [("March 2010", "2010-03"), ("That same year", "2010")]),
])
def test_the_same_year_month_or_day(text, want):
    assert [(t.text, t.value) for t in find_times(text, ANCHOR)] == want


def test_the_same_day_with_nothing_before_is_unresolved():
    assert [(t.value, t.granularity) for t in find_times("Pemilu digelar pada hari yang sama.", ANCHOR)] \
        == [(None, "unknown")]


@pytest.mark.parametrize(("text", "anchor", "span", "value"), [
    ("Inflasi Juli tercatat 2,4 persen.", date(2025, 8, 5), "Juli", "2025-07"),
    ("Data Oktober belum dirilis.", date(2025, 8, 5), "Oktober", "2024-10"),  # past tense: the last October
    # (a range of months is one item, its first month)
    ("Ekspor naik sepanjang Januari-Agustus 2025.", date(2025, 10, 1), "Januari-Agustus 2025", "2025-01"),
    ("Bantuan disalurkan untuk periode Oktober hingga Desember.", date(2025, 10, 20), "Oktober hingga Desember",
     "2025-10"),
    ("Harga turun dibandingkan Agustus.", date(2025, 9, 2), "Agustus", "2025-08"),
])
def test_a_month_after_a_noun_it_dates(text, anchor, span, value):
    t = one(text, anchor)  # the noun stays out of the span
    assert (t.text, t.value, t.granularity) == (span, value, "month")


@pytest.mark.parametrize("text", [
    "Pernyataan itu disampaikan Menteri Raja Juli Antoni.",
    "Sikap itu dikritik sejak Juli Antoni menjabat.",  # a cue, but a name follows
    "Bantuan diserahkan pada Mei Linda, warga setempat.",
    "Data Agustus Sani menunjukkan hal lain.",
])
def test_a_month_that_is_a_name_is_no_date(text):
    assert [t.value for t in find_times(text, ANCHOR) if t.granularity == "month"] == []


@pytest.mark.parametrize(("anchor", "value"), [
    (datetime(2025, 9, 17, 21, 3), "2025-09-17"),
    (datetime(2025, 9, 17, 9, 0), "2025-09-16"),  # 15.00 has not come yet at 09:00: yesterday's
])
def test_a_clock_time_then_tadi_is_earlier_that_day(anchor, value):
    t = one("Dua pengendara ditilang sekira pukul 15.00 WIB, tadi.", anchor)
    assert (t.value, t.granularity) == (value, "day")


def test_a_lone_tadi_is_a_reference_not_a_date():
    assert find_times("Seperti yang saya sampaikan tadi, target itu tercapai.", ANCHOR) == []


# --- session 17, from timex_detik2 (eval/data/timex_detik2.md) ---

def test_a_month_abbreviation_does_not_run_into_a_word():
    # "5 Jangan" is "five don'ts", "Pasal 1 juncto" a law: no "5 Jan", no "1 Jun"
    assert find_times("Warga diingatkan 5 Jangan, dan Pasal 1 juncto Pasal 18 dikenakan.", ANCHOR) == []


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Pameran berlangsung dari 13 hingga 17 Oktober 2025 di Bandung.", "13 hingga 17 Oktober 2025", "2025-10-13"),
    ("Rapat dewan digelar pada 22 dan 23 April 2025.", "22 dan 23 April 2025", "2025-04-22"),
    ("Pelatihan diadakan 4 sampai 6 September.", "4 sampai 6 September", "2023-09-04"),
    # not consecutive: two days, the second one written out
    ("Rapat koordinasi digelar tanggal 7 dan 28 Desember 2015.", "28 Desember 2015", "2015-12-28"),
])
def test_a_range_of_days_in_words_starts_on_its_first_day(text, span, value):
    t = one(text)
    assert (t.text, t.value, t.granularity) == (span, value, "day")


@pytest.mark.parametrize(("text", "span", "value"), [
    ('"Kemarin, hari Minggu tanggal 3 September 2023, kami melapor," ujarnya.',
     "Kemarin, hari Minggu tanggal 3 September 2023", "2023-09-03"),
    ("Mereka datang pada hari ini tanggal 1 Mei 2023 ke kantor polisi.", "hari ini tanggal 1 Mei 2023", "2023-05-01"),
    ("Rapat dijadwalkan besok, Kamis (14/9).", "besok, Kamis (14/9)", "2023-09-14"),
])
def test_a_deictic_word_with_its_own_date_takes_the_date(text, span, value):
    found = find_times(text, ANCHOR)
    assert [(t.text, t.value) for t in found] == [(span, value)]


def test_a_weekday_picks_the_year_of_a_date_without_one():
    # past tense would give 18 September 2022, a Sunday; the Monday is 18 September 2023
    t = one('"Sidang lanjutan Senin tanggal 18 September," kata hakim.')
    assert (t.text, t.value) == ("Senin tanggal 18 September", "2023-09-18")


@pytest.mark.parametrize(("text", "anchor", "want"), [
    ("Bantuan dicairkan untuk Oktober, November, dan Desember.", date(2023, 10, 5),
     [("Oktober", "2023-10"), ("November", "2023-11"), ("Desember", "2023-12")]),
    # the list runs into the next year
    ("Program berjalan November, Desember, dan Januari.", date(2023, 11, 2),
     [("November", "2023-11"), ("Desember", "2023-12"), ("Januari", "2024-01")]),
    # a year after the last month dates the whole range, one item from its first month
    ("Penjualan Januari-Agustus 2022 naik tipis.", ANCHOR, [("Januari-Agustus 2022", "2022-01")]),
    ("Banjir melanda pada September, Oktober, November di 2020.", ANCHOR,
     [("September", "2020-09"), ("Oktober", "2020-10"), ("November", "2020-11"), ("2020", "2020")]),
])
def test_months_in_a_list_or_range(text, anchor, want):
    assert [(t.text, t.value) for t in find_times(text, anchor) if t.value] == want


@pytest.mark.parametrize(("text", "want"), [
    ("Timnas gagal melaju ke Piala Dunia 2026.", []),
    ("Dana itu dibahas di Forum Ekonomi Nusantara 2025 kemarin.", [("kemarin", "2023-09-12")]),
    # a span of years, a sentence's first word, a fiscal year and a Roman numeral stay dates
    ("Ia menjabat Direktur PT Maju 2016-2019.", [("2016-2019", "2016")]),
    ("Hingga 2025, proyek itu belum rampung.", [("2025", "2025")]),
    ("Dana masuk APBD Provinsi Tahun Anggaran 2026.", [("2026", "2026")]),
    ("Opini WTP diraih untuk Semester I dan II 2022.", [("2022", "2022")]),
])
def test_a_year_after_a_capitalised_word_is_part_of_a_name(text, want):
    assert [(t.text, t.value) for t in find_times(text, ANCHOR) if t.value] == want


def test_a_hijri_and_gregorian_year_pair_gives_the_gregorian_year():
    assert [(t.text, t.value) for t in find_times("Ia petugas haji 1444 H/2023 M di Madinah.", ANCHOR)] \
        == [("2023", "2023")]


@pytest.mark.parametrize(("text", "value"), [
    ("Peringatan Hari Pahlawan 2022 digelar di alun-alun.", "2022-11-10"),
    ("Dalam peringatan Hari Anak Nasional 2023 ini, sekolah libur.", "2023-07-23"),
    ("Diskon berlaku hingga Natal 2023.", "2023-12-25"),
])
def test_a_national_day_with_a_year_is_its_fixed_day(text, value):
    t = one(text)
    assert (t.value, t.granularity) == (value, "day")


@pytest.mark.parametrize(("text", "want"), [
    ('"Tadi saya sudah sampaikan kepada warga," katanya.', ["2023-09-13"]),
    ("Menurutnya, hal yang tadi disampaikan menteri sudah jelas.", ["2023-09-13"]),
    # "the money just mentioned": a reference back in the text
    ("Uang yang masuk tadi tidak langsung hilang.", []),
])
def test_a_lone_tadi_before_a_verb_is_earlier_today(text, want):
    assert [t.value for t in find_times(text, ANCHOR)] == want


def test_a_weekday_before_a_us_date_is_one_span():
    found = find_times("Thursday, September 7, 2023; 5:10 PM The council met.", ANCHOR, "en")
    assert [(t.text, t.value) for t in found] == [("Thursday, September 7, 2023", "2023-09-07")]


@pytest.mark.parametrize(("text", "value"), [
    ("Repairs will begin in the week beginning 18 September.", "2023-09-18"),
    ("The hearing is set for the week of Sept. 25, lawyers say.", "2023-09-25"),
])
def test_the_week_beginning_a_date_is_that_week(text, value):
    t = one(text, lang="en")
    assert (t.value, t.granularity) == (value, "week")


@pytest.mark.parametrize("text", [
    "No tickets were sold between 2015 and 2019, the club said.",
    "Ekspor turun antara 2015 dan 2019.",
])
def test_a_range_of_years_is_one_expression_with_its_first_year(text):
    assert [(t.value, t.granularity) for t in find_times(text, ANCHOR, "en")] == [("2015", "year")]


def test_a_month_after_until_and_a_position_word_is_the_nearest_one():
    # on 13 September 2023, "until early November" is this year's, not last year's
    t = one("The vote has been put off until early November, officials say.", lang="en")
    assert (t.value, t.granularity) == ("2023-11", "month")
    t = one("Penutupan jalan berlangsung hingga akhir Oktober.")
    assert t.value == "2023-10"


@pytest.mark.parametrize(("text", "value"), [
    ("The union set a Friday deadline for an answer.", "2023-09-15"),
    ("Talks collapsed after a Monday deadline passed.", "2023-09-11"),
])
def test_a_weekday_deadline_is_the_nearest_such_day(text, value):
    assert one(text, lang="en").value == value


def test_a_day_just_behind_the_page_date_keeps_its_year():
    # an "upcoming" date kept in a copy filed a day after it is that year's, not next year's
    assert one("Ia diundang ke konferensi di Washington pada 23 - 24 Oktober mendatang.", date(2017, 10, 24)).value \
        == "2017-10-23"
    # a page dated in UTC can be a day behind the WIB date its text gives
    assert one("Stasiun memberangkatkan 27 ribu pemudik hari ini, Jumat (23/6).", date(2017, 6, 22)).value == "2017-06-23"
    # further off, the tense still decides
    assert one("Pameran digelar pada 10 Oktober mendatang.", date(2017, 10, 30)).value == "2018-10-10"
    assert one("Pameran digelar pada 5 November lalu.", date(2017, 10, 30)).value == "2016-11-05"


def test_a_stretch_of_time_ahead_is_a_duration_not_a_date():
    anchor = date(2017, 6, 26)
    for text in ("Ia kembali terpilih menjadi ketua untuk periode lima tahun mendatang.",
                 "Ketiga tersangka ditahan untuk 20 hari ke depan.",
                 "Ia menjabat untuk masa lima tahun ke depan."):
        assert one(text, anchor).value is None, text
    assert one("Proyek itu rampung lima tahun mendatang.", anchor).value == "2022"


def test_an_unmarked_day_days_ahead_is_this_years_not_last_years():
    anchor = date(2009, 4, 27)
    assert one("The ECB meets on May 7 and markets expect a cut.", anchor, "en").value == "2009-05-07"
    assert one("Rapat digelar pada 5 Mei di Jakarta.", anchor).value == "2009-05-05"
    # said to be past, or further ahead: the past
    assert one("Rapat digelar pada 5 Mei lalu di Jakarta.", anchor).value == "2008-05-05"
    assert one("Rapat digelar pada 5 Juli di Jakarta.", anchor).value == "2008-07-05"
    assert one("Banjir terjadi pada 20 April.", anchor).value == "2009-04-20"


def test_a_wrong_weekday_on_a_date_days_from_the_page_keeps_the_pages_year():
    # 9 August 2017 was a Wednesday: "Selasa (9/8)" in a paper of 10 August 2017 is a slip, not 2016
    (t,) = [t for t in find_times("Hal itu dikatakan Asep, Selasa (9/8).", date(2017, 8, 10)) if "9/8" in t.text]
    assert t.value == "2017-08-09"
    # far from the page, the weekday still picks the year: the coming Monday 27 October
    (t,) = [t for t in find_times("Rapat digelar Senin tanggal 27 Oktober.", date(2025, 10, 21)) if "27" in t.text]
    assert t.value == "2025-10-27"


def _found(text: str, anchor: date) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in find_times(text, anchor)]


def test_a_year_before_a_word_opening_like_a_unit_is_a_year():
    # "hanya" opens like "ha" (hectares): the unit must be a whole word
    assert _found("Pada 2017 hanya ada satu kompetisi.", date(2017, 12, 12)) == [("2017", "2017")]
    assert _found("Lahan 2017 ha itu dibuka.", date(2017, 12, 12)) == []


def test_a_number_before_tahun_ini_makes_it_an_age_not_this_year():
    anchor = date(2017, 1, 3)
    assert _found("kata pelatih berusia 46 tahun ini.", anchor) == []
    assert _found("Pria berusia tiga puluh tahun ini ditangkap.", anchor) == []
    assert _found("Pendapatan tahun ini naik.", anchor) == [("tahun ini", "2017")]
    # a number glued to a name is no age: "Presidensi G20 tahun ini"
    assert _found("Afrika Selatan memegang Presidensi G20 tahun ini.", anchor) == [("tahun ini", "2017")]


def test_kemarin_after_a_date_is_part_of_the_date():
    assert _found("Pada 2 Februari kemarin Caca datang.", date(2017, 3, 21)) == [("2 Februari kemarin", "2017-02-02")]
    assert _found("Kemarin dia datang.", date(2017, 3, 21)) == [("Kemarin", "2017-03-20")]


def test_a_year_after_a_numbered_name_or_in_a_list_of_editions_is_part_of_the_name():
    anchor = date(2017, 6, 30)
    text = ("Pemain itu tampil di Liga 1 2017, lalu di SEA Games ke - 29 2017 dan Piala AFC U - 22 2018. "
            "Matius kalah pada SEA Games 2009 dan 2011.")
    assert _found(text, anchor) == []
    # a span of years after a firm is a tenure (one item, its first year, as the gold writes a range),
    # and years after "pada" date things
    assert _found("Dia menjabat Komisaris PT IAE 2006 sampai 2023.", anchor) == [("2006 sampai 2023", "2006")]
    assert _found("Harga naik pada 2016 dan 2017.", anchor) == [("2016", "2016"), ("2017", "2017")]
    assert _found("Harga naik pada 1 Juni 2017.", anchor) == [("1 Juni 2017", "2017-06-01")]


def test_a_part_of_the_day_with_ini_is_the_page_day():
    anchor = date(2017, 12, 12)
    assert _found("Para perwira siang ini dipanggil menghadap Presiden.", anchor) == [("siang ini", "2017-12-12")]
    assert _found("Pertunjukan malam ini dibatalkan.", anchor) == [("malam ini", "2017-12-12")]
    # after a weekday or a date it is that day's part, no second expression
    assert _found("Rapat digelar Senin (11/12) siang ini.", anchor) == [("Senin (11/12)", "2017-12-11")]


def test_spans_of_years_and_ranges_of_months_are_one_item_and_yearly_dates_none():
    anchor = date(2017, 10, 5)
    assert _found("Dia menangani Brasil pada 2006 - 2010.", anchor) == [("2006 - 2010", "2006")]
    assert _found("Pada musim 2011/12 dia juara.", anchor) == [("2011/12", "2011")]
    assert _found("Nilai perdagangan periode Januari - Juni 2017 naik.", anchor) == [("Januari - Juni 2017", "2017-01")]
    # a list of months stays one item a month; a date every year is no date
    assert [t for t, _ in _found("Oktober, November, dan Desember 2017 ramai.", anchor)] == [
        "Oktober", "November", "Desember 2017"]
    assert _found("Festival itu digelar setiap 24 Desember.", anchor) == []


@pytest.mark.parametrize(("text", "value", "gran"), [
    ("Proklamasi dibacakan pada 17 Agustus tahun 1945 di Jakarta.", "1945-08-17", "day"),  # the year after "tahun"
    ("Gempa itu terjadi pada 30 September pada 2009 silam.", "2009-09-30", "day"),  # … or after "pada"
    ("Terakhir kali mereka bertemu Desember (2017).", "2017-12", "month"),  # the month's year in brackets
])
def test_a_date_whose_year_follows_a_word_or_a_bracket(text, value, gran):
    t = one(text)
    assert (t.value, t.granularity) == (value, gran)


def test_a_series_of_dates_after_a_future_one_stays_in_the_future():
    body = ("Tur itu dimulai 11 November mendatang di Singapura. Kemudian ia melanjutkannya pada 14 November di Kuala "
            "Lumpur dan pada 23 November di Dubai.")
    times = find_times(body, date(2017, 5, 6))
    assert [(t.text, t.value) for t in times] == [("11 November", "2017-11-11"), ("14 November", "2017-11-14"),
                                                 ("23 November", "2017-11-23")]


@pytest.mark.parametrize(("body", "text", "value", "gran"), [
    ("Surat itu akan diterbitkan Senin esok (15/5).", "Senin esok (15/5)", "2017-05-15", "day"),
    ("Puncaknya pada perayaan Hari Buruh (May Day) 2018 mendatang.", "Hari Buruh (May Day) 2018", "2018-05-01", "day"),
    ("Mereka ikut upacara HUT ke - 72 Republik Indonesia di kampus.", "HUT ke - 72 Republik Indonesia", "2017-08-17",
     "day"),
    ("Menjelang akhir tahun, Bakamla menyiagakan kapal.", "akhir tahun", "2017", "year"),
])
def test_named_days_and_parts_of_the_year(body, text, value, gran):
    [t] = find_times(body, date(2017, 5, 14))
    assert (t.text, t.value, t.granularity) == (text, value, gran)


@pytest.mark.parametrize("body", [
    "Beberapa tahun ini, fans dari negara lain juga datang.",  # vague
    "Ia berbicara di Universitas 17 Agustus 1945 Surabaya.",  # a name
    "Hal itu dikatakan Foxx kepada Entertainment Tonight.",  # a programme
    "Setiap akhir tahun mereka berlibur.",  # every year
])
def test_no_calendar_expression(body):
    assert find_times(body, date(2017, 5, 14)) == []


def test_the_unit_before_the_last_one_named():
    body = ("Jumlah turis pada Maret naik 6,68 persen dibandingkan dengan bulan sebelumnya dan naik 15 persen "
            "dibanding periode yang sama tahun sebelumnya.")
    assert [(t.text, t.value) for t in find_times(body, date(2017, 5, 3))] == [
        ("Maret", "2017-03"), ("bulan sebelumnya", "2017-02"), ("tahun sebelumnya", "2016")]


def test_a_feast_every_year_and_a_date_naming_a_stadium_or_street_are_no_time():
    body = ("Persib bertemu Barito di Stadion 17 Mei, Banjarmasin. Biasanya setiap Lebaran tiba, keluarga berkumpul. "
            "Mereka sungkem di setiap Hari raya Idul Fitri. Lebaran tahun ini jatuh pada Minggu (25/6). "
            "Jalan 17 Agustus ditutup.")
    found = [(body[t.start:t.end], t.value) for t in find_times(body, datetime(2017, 6, 27, 10, 0), "id")]
    assert found == [("Lebaran tahun ini", "2017-06-25"), ("Minggu (25/6)", "2017-06-25")]


def test_a_quarter_named_by_its_ordinal_is_its_first_month_in_the_pages_year_or_the_one_named():
    body = ("Penjualan naik 59 persen pada kuartal ketiga. Mobil akan diluncurkan pada kuartal ketiga tahun ini. "
            "Laba triwulan II tahun lalu turun, kuartal keempat tahun 2016 naik. Mahasiswa semester kedua ikut ujian.")
    found = [(body[t.start:t.end], t.value) for t in find_times(body, datetime(2017, 4, 23, 12, 45), "id")]
    assert found == [("kuartal ketiga", "2017-07"), ("kuartal ketiga tahun ini", "2017-07"),
                     ("triwulan II tahun lalu", "2016-04"), ("kuartal keempat tahun 2016", "2016-10")]


def test_a_stretch_after_the_time_named_before():
    text = ("Piala Thomas digelar pada Juli 2018 sedangkan Asian Games dimainkan satu bulan kemudian. Pada 2016 ia juara. "
            "Namun dua tahun berselang, semuanya berbeda. Pada 8 Januari 2017 ia datang, dan seminggu setelahnya pergi.")
    found = _found(text, date(2018, 1, 2))
    assert ("satu bulan kemudian", "2018-08") in found
    assert ("dua tahun berselang", "2018") in found
    assert ("seminggu setelahnya", "2017-01-15") in found
    # nothing named before: no value
    assert _found("Tiga bulan kemudian pabrik itu tutup.", date(2018, 1, 2)) == [("Tiga bulan kemudian", None)]


def test_a_number_after_a_times_sign_is_no_year():
    assert _found("Layarnya full HD (1080×1920 piksel) atau 1080x1920.", date(2017, 8, 11)) == []


def test_a_stretch_after_a_date_written_after_it_or_far_from_the_last_date_is_not_counted():
    # "Selang tiga hari kemudian, 11 Mei": the written date is the expression
    found = _found("Tiket dijual 9 Mei mendatang. Selang tiga hari kemudian, 11 Mei, penggemar bisa membeli.",
                   date(2017, 5, 4))
    assert [t for t, _ in found] == ["9 Mei", "11 Mei"], found
    # a date three paragraphs back is not what "dua minggu kemudian" counts from
    text = "Mereka menikah pada Sabtu, 19 Februari 2017. " + "Ia bercerita panjang tentang masa lalunya. " * 9 + \
        "Dua minggu kemudian, saya ke Lelema."
    assert ("Dua minggu kemudian", None) in _found(text, date(2017, 4, 25))


def test_deictic_words_in_a_quote_count_from_the_day_the_quote_was_said():
    # the page is Thursday; the quote was given on Wednesday (26/7), as its attribution says
    body = ('"Tadi pagi saya disuruh gabung ke klub, besok ikut latihan dan lusa langsung main," kata Gavin, '
            "Rabu (26/7).\n\nKlub itu akan bertanding besok sore.")
    found = [(t.text, t.value) for t in find_times(body, datetime(2017, 7, 27, 16, 15), "id")]
    assert found == [("Tadi pagi", "2017-07-26"), ("besok", "2017-07-27"), ("lusa", "2017-07-28"),
                     ("Rabu (26/7)", "2017-07-26"), ("besok sore", "2017-07-28")], found


def test_a_quotes_own_weekday_outranks_an_earlier_written_date():
    # the page is Thursday 17/7; the quake's date is written earlier, the quote's attribution says "Kamis":
    # "pagi ini" is Thursday's morning, not Tuesday's (and a quote said on Wednesday counts from Wednesday;
    # "tadi malam" is the night of the day it was said, as from a page's date)
    body = ("Gempa utama terjadi pada Selasa (15/7) dini hari.\n\n"
            '"Sampai pagi ini ada 63 kasus diare," ujar Ribka kepada wartawan, Kamis.\n\n'
            '"Tadi malam gempa susulan terasa," kata Andi, Rabu.')
    found = [(t.text, t.value) for t in find_times(body, datetime(2025, 7, 17, 13, 22), "id")]
    assert ("pagi ini", "2025-07-17") in found and ("Tadi malam", "2025-07-16") in found, found
    # said on Wednesday morning, "tadi malam" is Tuesday night
    body = ("Gempa utama terjadi pada Selasa (15/7) dini hari.\n\n"
            '"Dua korban yang ditemukan tadi malam adalah ibu dan anak," kata Andi, Rabu pagi.')
    found = [(t.text, t.value) for t in find_times(body, datetime(2025, 7, 17, 13, 22), "id")]
    assert ("tadi malam", "2025-07-15") in found, found
    # (and on the page's own day, with a date-only anchor: "Rabu pagi" still makes it the night before)
    assert ("tadi malam", "2025-07-15") in [(t.text, t.value) for t in find_times(body, date(2025, 7, 16), "id")]


def test_nanti_with_a_part_of_the_day_is_later_today():
    body = "Posisi hilal sore nanti sudah tiga derajat. Nanti malam kami umumkan hasilnya. Tunggu saja nanti."
    found = [(t.text, t.value) for t in find_times(body, datetime(2017, 6, 24, 10, 0), "id")]
    assert found == [("sore nanti", "2017-06-24"), ("Nanti malam", "2017-06-24")], found


def test_the_coming_weekend_written_with_nanti_is_the_pages_week():
    found = _found("Barcelona menghadapi Real Madrid akhir pekan nanti. Hari Minggu nanti ada laga lain.",
                   date(2016, 12, 3))
    assert found == [("akhir pekan nanti", "2016-11-28"), ("Minggu nanti", "2016-12-04")], found


def test_two_years_joined_by_hingga_are_one_item_with_the_first():
    found = _found("Penilaian dilakukan dari tahun 2023 hingga 2024. IKN dibangun mulai 2022 hingga 2045.",
                   date(2025, 10, 1))
    assert found == [("2023 hingga 2024", "2023"), ("2022 hingga 2045", "2022")], found


def test_a_part_of_a_month_keeps_the_year_written_after_it():
    found = _found("Realisasi belanja mencapai Rp 800 triliun hingga akhir September 2025. Sejak pertengahan Agustus "
                   "2024 harga naik.", date(2025, 10, 17))
    assert found == [("akhir September 2025", "2025-09"), ("pertengahan Agustus 2024", "2024-08")], found


@pytest.mark.parametrize("text, expected", [
    # a quarter whose number is spelled, or written apart after "ke"
    ("Bantuan disalurkan pada triwulan empat untuk bulan Oktober.", [("triwulan empat", "2025-10"), ("Oktober", "2025-10")]),
    ("KPM mendapat penebalan bantuan di triwulan ke empat.", [("triwulan ke empat", "2025-10")]),
    ("Target kuartal ke-2 tahun depan naik.", [("kuartal ke-2 tahun depan", "2026-04")]),
    # a vague count of years ago gives no date (not "tahun lalu" alone)
    ("Kenangan sejak puluhan tahun lalu itu masih ada.", [("puluhan tahun lalu", None)]),
    ("Tradisi itu hidup sejak bertahun-tahun lalu.", [("bertahun-tahun lalu", None)]),
    # a forecast points ahead: the coming November, not last year's
    ("Hujan diperkirakan turun hingga awal November.", [("awal November", "2025-11")]),
])
def test_spelled_quarters_vague_counts_and_forecasts(text, expected):
    found = [(text[t.start:t.end], t.value) for t in find_times(text, datetime(2025, 10, 17, 9, 0), "id")]
    assert found == expected
