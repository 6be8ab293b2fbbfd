"""The patterns :mod:`kabar.nlp.timexpr` scans for, and the word tables it resolves them with.

Each pattern names its kind; :func:`kabar.nlp.timexpr.find_times` keeps the longest non-overlapping
matches (ties go to the earlier pattern in ``PATTERNS``) and resolves them by kind.
"""

from __future__ import annotations

import re

from kabar.lang.calendar import MONTH_PATTERN, WEEKDAY_PATTERN

NUM_WORDS = {
    "se": 1, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "a": 1, "an": 1, "one": 1, "two": 2,
    "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}
UNITS = {
    "hari": "day", "day": "day", "days": "day", "pekan": "week", "minggu": "week", "week": "week",
    "weeks": "week", "bulan": "month", "month": "month", "months": "month", "tahun": "year",
    "year": "year", "years": "year",
}
_NUM = r"\d{1,3}|" + "|".join(sorted((w for w in NUM_WORDS if w != "se"), key=len, reverse=True))
_UNIT = "|".join(sorted(UNITS, key=len, reverse=True))
# a full stop belongs to a month only when it abbreviates it ("Agt.", "Sept."), never "Oktober."
_MON = rf"(?:{MONTH_PATTERN})(?:(?<=\b\w{{3}})\.|(?<=\b\w{{4}})\.)?"
WD = rf"(?:{WEEKDAY_PATTERN})"
_NUMDATE = r"(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})(?:[/.-](?P<y>\d{4}|\d{2}))?(?![\d/])"
_FEAST = (r"(?:Hari\s+Raya\s+)?(?:Lebaran(?:\s+(?:Idul\s?Fitri|Idulfitri|Idul\s?Adha|Iduladha|Haji|Kurban))?|"
          r"Idul\s?Fitri|Idulfitri|Idul\s?Adha|Iduladha|Imlek|Nyepi|Waisak|Ramadh?an)")
# the month ends its word: "5 Jangan" (five don'ts) is no "5 Jan"
# holidays on a fixed day (month, day), named with a year: "Natal 2025", "Hari Pahlawan 2024".
# Keys are lower case; the names match as written in title case ("Hari Anak Nasional").
FIXED_DAYS = {
    "natal": (12, 25), "christmas": (12, 25), "tahun baru": (1, 1), "new year": (1, 1),
    "new year's day": (1, 1), "hari kartini": (4, 21), "hari buruh": (5, 1), "hari pendidikan nasional": (5, 2),
    "hari kebangkitan nasional": (5, 20), "hari lahir pancasila": (6, 1), "hari bhayangkara": (7, 1),
    "hari anak nasional": (7, 23), "hari kemerdekaan": (8, 17), "hari perhubungan nasional": (9, 17),
    "hari kesaktian pancasila": (10, 1), "hari batik nasional": (10, 2), "hari santri": (10, 22),
    "hari santri nasional": (10, 22), "hari sumpah pemuda": (10, 28), "hari pahlawan": (11, 10),
    "hari guru nasional": (11, 25), "hari ibu": (12, 22),
}
_FIXED = "|".join(r"\s+".join(re.escape(w[0].upper() + w[1:]) for w in k.split())
                  for k in sorted(FIXED_DAYS, key=len, reverse=True))
# "October 20, 2010" after a weekday ("Wednesday, October 20, 2010")
_USDATE = rf"(?P<um>{_MON})\s+(?P<ud>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?P<uy>\d{{4}}))?(?!\d)"
# (the year may follow "tahun" or "pada": "17 Agustus tahun 1945", "30 September pada 2009 silam")
_TEXTDATE = rf"(?P<td>\d{{1,2}})\s+(?P<tm>{_MON})(?![^\W\d_])(?:,?\s+(?:(?:tahun|pada)\s+)?(?P<ty>\d{{4}}))?(?!\d)"

# counts that name no number ("beberapa hari lalu", "puluhan tahun lalu"): an expression with no date
VAGUE_COUNTS = ("beberapa", "belasan", "puluhan", "ratusan", "ribuan")

FUTURE_BEFORE = re.compile(
    # ("Diperkirakan di Oktober ini sampai di awal November": a forecast, "ditargetkan rampung Desember")
    r"\b(akan|hendak|bakal|rencananya|berencana|dijadwalkan|direncanakan|diperkirakan|diprakirakan|diprediksi|"
    r"diproyeksikan|ditargetkan|will|shall|scheduled|"
    r"plans?\s+to|is\s+to|are\s+to|expected\s+to|set\s+for|would\s+(?:start|begin|resume|open|close|end|take\s+place|be\s+held|arrive|meet|visit)|"
    r"(?:delayed|postponed|put\s+off|pushed\s+back|adjourned|deferred)\s+(?:until|till|to)|(?:likely|set|poised|going)\s+to\s+[a-z]+|due\s+to\s+(?:be|take|meet|hold|vote|visit|start|begin|open|resume|announce|hear|sign|arrive|return)|upcoming)\b", re.I)

_I = re.I
# Each pattern names its kind; the order is the priority among matches of equal length.
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "Rabu (30/8)", "Selasa, (12/09/23)", "Jumat, 22 Agustus 2025", "hari Minggu (11/09/23) lalu"
    ("wd_date", re.compile(
        # ("Senin esok (15/5)": a word of tense between the weekday and its date)
        rf"(?:\b(?:pada|on|sejak|hingga|sampai)\s+)?(?:\bhari\s+)?\b(?P<wd>{WD})\b,?\s*"
        r"(?:(?:esok|besok|depan|nanti|lalu|kemarin)\s+(?=\())?(?:tanggal\s+)?"
        rf"(?:\(?\s*{_NUMDATE}\s*\)?|\(?{_TEXTDATE}\)?|{_USDATE})", _I)),
    # "the week beginning 6 September", "the week of Oct. 4": a week, given by a day in it
    ("week_of", re.compile(
        rf"\b(?:the\s+)?week\s+(?:beginning|starting|commencing|of)\s+(?:(?:on\s+)?{WD},?\s+)?"
        rf"(?:{_TEXTDATE}|{_USDATE})", _I)),
    # "between 2005 and 2008", "from 1999 to 2003", "antara 2019 dan 2021": one span, its first year
    ("year_range", re.compile(r"\b(?:between|antara|from|dari)\s+(?P<y>(?:19|20)\d{2})\s+(?:and|dan|to|hingga|sampai)\s+"
                              r"(?:19|20)\d{2}(?![\d%]|[.,]\d|s\b)", _I)),
    # "mulai 2022 hingga 2045", "dari tahun 2023 hingga 2024": the two years, one item with its first
    ("year_range", re.compile(r"(?<![\d/.,:-])(?P<y>(?:19|20)\d{2})\s+(?:hingga|sampai)\s+(?:tahun\s+)?(?:19|20)\d{2}"
                              r"(?![\d%]|[.,]\d|s\b)", _I)),
    # "2006 - 2010", "2022/2023", "2011/12": a span of years, one item with its first year
    ("year_range", re.compile(r"(?<![\d/.,:-])(?P<y>(?:19|20)\d{2})\s*(?:[-–]\s*(?:19|20)\d{2}|/(?:(?:19|20)\d{2}|\d{2}))"
                              r"(?![\d%/]|[.,]\d|s\b|-?an\b)")),
    # "Kemarin (19/10)", "hari ini tanggal 14 Mei 2025", "Kemarin, hari Minggu tanggal 4 Mei": the
    # explicit date decides (a quote's "kemarin" is the speaker's, not the paper's)
    ("deictic_date", re.compile(
        rf"\b(?:kemarin|hari\s+ini|besok|tadi\s+malam)\s*,?\s*(?:(?:hari\s+)?{WD}\s*,?\s*)?(?:tanggal\s+)?"
        rf"(?:\(\s*{_NUMDATE}\s*\)|{_TEXTDATE})", _I)),
    ("iso", re.compile(r"(?<![\d/])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)")),
    ("text_date", re.compile(rf"(?<![\d/]){_TEXTDATE}", _I)),
    # "15-17 Oktober", "13 hingga 17 Oktober 2025", "22 dan 23 April": the range starts the day it names
    # first ("7 dan 28 Desember" is two days: timexpr leaves it to text_date)
    ("range", re.compile(rf"(?<![\d/])(?P<d>\d{{1,2}})(?:\s*[-–]\s*|\s+(?P<conj>hingga|sampai|s\.?d\.?|dan)\s+)"
                         rf"(?P<d2>\d{{1,2}})\s+(?P<m>{_MON})(?![^\W\d_])(?:\s+(?P<y>\d{{4}}))?(?!\d)", _I)),
    ("month_day", re.compile(
        rf"\b(?P<m>{_MON})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?P<y>\d{{4}}))?(?!\d)", _I)),
    ("num_date", re.compile(
        rf"(?:\b(?P<cue>tanggal|tgl\.?|pada|on|sejak|hingga)\s+)?(?<![\w/.,-])(?P<open>\()?\s*{_NUMDATE}"
        r"\s*(?(open)\))", _I)),
    # ("Desember (2017)": the year in brackets)
    ("month_year", re.compile(rf"(?:\bbulan\s+)?\b(?P<m>{_MON})\s+(?:tahun\s+|\((?=\d{{4}}\)))?(?P<y>\d{{4}})(?!\d)\)?", _I)),
    # "Juli tahun lalu": a month of another year, named by the year's offset
    ("month_rel_year", re.compile(rf"(?:\bbulan\s+)?\b(?P<m>{_MON})\s+tahun\s+(?P<rel>lalu|kemarin|ini|depan|mendatang)\b",
                                  _I)),
    # "kuartal III-2025", "triwulan IV 2025", "semester I 2026": the first month of the period
    ("quarter", re.compile(r"\b(?P<unit>kuartal|triwulan|semester|quarter|Q)\s*(?P<q>IV|III|II|I|[1-4]|pertama|kedua|ketiga|"
                           r"keempat)\b\s*[-–]?\s*"
                           r"(?:tahun\s+)?(?P<y>(?:19|20)\d{2})(?!\d)", _I)),
    # "kuartal ketiga tahun ini", "triwulan II tahun lalu", a bare "kuartal ketiga": a quarter of the page's
    # year (or the year named relative to it), its first month (not "semester kedua": a student's)
    # (the number also spelled or written apart: "triwulan empat", "triwulan ke empat", "kuartal ke-4")
    ("quarter_rel", re.compile(r"\b(?P<unit>kuartal|triwulan)\s+(?P<q>pertama|kedua|ketiga|keempat|IV|III|II|I|[1-4]|"
                               r"(?:ke\s*-?\s*)?(?:satu|dua|tiga|empat)|ke\s*-?\s*[1-4])\b"
                               r"(?:\s+tahun\s+(?P<rel>lalu|kemarin|ini|depan|mendatang)\b)?", _I)),
    # "Natal 2025", "Hari Anak Nasional 2025": holidays on a fixed day, FIXED_DAYS (Lebaran moves: not here)
    ("holiday", re.compile(rf"\b(?P<h>{_FIXED})(?:\s+\([^()]{{1,20}}\))?\s+(?P<y>(?:19|20)\d{{2}})(?!\d)")),
    # "HUT ke-72 RI", "HUT ke - 72 Republik Indonesia", "HUT RI ke-80": Independence Day of the year 1945 + n
    ("hut_ri", re.compile(r"\bHUT\s+(?:ke\s*-\s*(?P<n>\d{1,3})\s+)?(?:RI|Republik\s+Indonesia|Kemerdekaan\s+RI)\b"
                          r"(?:\s+ke\s*-\s*(?P<n2>\d{1,3}))?")),
    # "Lebaran 2025", "H-7 Lebaran", "Idul Adha 1446 H", "Lebaran tahun lalu", "Imlek mendatang": a moving
    # feast, dated by the table of kabar.nlp.feasts
    ("feast", re.compile(
        rf"(?:\b(?-i:H)\s?(?P<sign>[-+])\s?(?P<hn>\d{{1,2}})\s+(?:(?:jelang|menjelang|sebelum|setelah|sesudah)\s+)?)?"
        rf"\b(?P<f>{_FEAST})\b(?:\s+(?:(?:tahun\s+)?(?P<y>(?:19|20)\d{{2}})(?!\d)|(?P<hy>14\d{{2}})\s?"
        r"(?:H\b|Hijriah|Hijriyah)|(?:yang\s+)?(?P<rel>lalu|kemarin|silam|depan|mendatang|nanti|akan\s+datang)\b|"
        r"tahun\s+(?P<rely>lalu|kemarin|ini|depan|mendatang)\b))?", _I)),
    # "tahun yang sama", "pada hari yang sama", "the same year": the year (day …) of the expression before
    ("same", re.compile(
        r"\b(?:(?P<unit>tahun|bulan|hari|pekan|minggu)\s+yang\s+sama(?:\s+tahun\s+(?P<prev>lalu|sebelumnya))?|"
        r"(?:the|that)\s+same\s+(?P<en>year|month|week|day))\b", _I)),
    # "sekira pukul 15.00 WIB, tadi": earlier on the day of publication
    ("clock_tadi", re.compile(r"\bpukul\s+(?P<hh>\d{1,2})[.:]\d{2}(?:\s*(?:WIB|WITA|WIT))?,?\s+tadi\b", _I)),
    ("rel_n", re.compile(
        # (or a vague count: "puluhan tahun lalu", "ratusan tahun silam", "bertahun-tahun lalu": no date)
        rf"\b(?:(?P<n>{_NUM}|{'|'.join(VAGUE_COUNTS)})\s+|(?P<se>se)|(?P<ber>ber)(?=(?P<rep>\w+)-(?P=rep)\b))"
        rf"(?P<unit>{_UNIT})(?:-(?P=unit))?(?:\s+yang)?\s+"
        r"(?P<dir>lalu|silam|ago|lagi|mendatang|ke\s+depan|from\s+now|terakhir)\b", _I)),
    # "satu bulan kemudian", "Setahun berselang", "seminggu setelahnya": counted from the time named before
    ("rel_after", re.compile(
        rf"\b(?:(?P<n>{_NUM})\s+|(?P<se>se))(?P<unit>{_UNIT})\s+(?:kemudian|berselang|setelahnya|sesudahnya|"
        r"setelah\s+itu|sesudah\s+itu)\b", _I)),
    # "Menjelang akhir tahun", "awal tahun": a part of the page's year, no year written
    ("pos_year", re.compile(r"\b(?P<pos>awal|akhir|pertengahan|penghujung)\s+tahun\b(?!\s*(?:\d|lalu|kemarin|ini|depan|"
                            r"mendatang|berikutnya|silam|sebelumnya|ke\b|yang|anggaran|ajaran|pelajaran|buku|fiskal))", _I)),
    ("rel_unit", re.compile(
        r"\b(?:(?P<pos>awal|akhir|pertengahan|penghujung|early|late|earlier|later|end\s+of|"
        r"beginning\s+of)\s+)?(?:(?P<en>last|next|this|past)\s+)?"
        r"(?P<unit>pekan|minggu|bulan|tahun|week|month|year)\b"
        # ("akhir pekan nanti": the coming weekend, of the page's week)
        r"(?(en)|\s+(?P<rel>lalu|kemarin|ini|depan|mendatang|berikutnya|silam|sebelumnya|(?<=pekan\s)nanti))", _I)),
    ("wd", re.compile(
        rf"(?:\b(?:pada|on|sejak|hingga|sampai)\s+)?(?:\b(?P<pre>last|next|this)\s+)?"
        rf"(?:\b(?P<malam>malam)\s+)?(?:\bhari\s+)?\b(?P<wd>{WD})\b(?:\s+(?P<mod>lalu|kemarin|depan|mendatang|ini|nanti|"
        r"pekan\s+depan|minggu\s+depan|pekan\s+lalu|minggu\s+lalu))?", _I)),
    ("deictic", re.compile(
        r"\b(?:kemarin\s+lusa|kemarin(?:\s+(?:pagi|siang|sore|malam))?|hari\s+ini|besok(?:\s+(?:pagi|"
        r"siang|sore|malam))?|esok\s+hari|lusa|tadi\s+(?:pagi|siang|sore|malam)|(?:dini\s+hari|pagi|siang|sore|"
        r"subuh|malam)\s+tadi|(?:pagi|siang|sore|malam)\s+ini|nanti\s+(?:pagi|siang|sore|malam)|"
        r"(?:siang|sore|malam)\s+nanti|semalam|"
        r"yesterday|today|tomorrow|tonight|last\s+night)\b", _I)),
    # "Tadi saya sampaikan", "yang tadi telah disampaikan": earlier today (timexpr keeps only these
    # uses; "uang yang masuk tadi" is "the money just mentioned")
    ("tadi", re.compile(r"\btadi\b", _I)),
    ("month", re.compile(
        # "inflasi Juli", "periode September": a noun that a month dates (left out of the span)
        rf"(?:\b(?P<noun>inflasi|deflasi|data|periode|sepanjang|selama|pertemuan|dibandingkan|dibanding)\s+)?"
        rf"(?:\b(?P<pre>pada|bulan|sejak|hingga|sampai|awal|akhir|pertengahan|mulai|per|in|since|until|"
        rf"by|early|late|mid-?)\s*)?\b(?P<m>{MONTH_PATTERN})\b(?:\s+(?P<mod>lalu|silam|depan|mendatang|ini|"
        # ("akhir September 2025": the written year, after a part of the month)
        r"nanti|kemarin)|(?<=[a-z])\s+(?P<y>(?:19|20)\d{2})(?![\d%/]|[.,]\d))?", _I)),
    ("year", re.compile(
        r"(?:\b(?:tahun|pada\s+tahun|in|since)\s+)?(?:(?<=\bH/)|(?<![\d.,/:-]))(?<!Rp\s)(?<!Rp)(?<![×*])(?<!\dx)(?P<y>(?:19|20)\d{2})"
        # "1990s", "1990-an": a decade, not a year
        r"(?![\d%]|[.,]\d|s\b|-?an\b|\s*(?:orang|unit|ton|kg|km|meter|hektare|ha|rumah|warga|jiwa|personel|"
        r"peserta|kasus|people|buah|ekor|kali|m)\b)")),
]
LEAD = re.compile(r"(?:(?:pada|on|sejak|hingga|sampai|mulai|per|in|since|until|tanggal|tgl\.?)\s+)?"
                   r"(?:(?:hari|tahun)\s+(?=(?-i:[A-Z0-9]))|bulan\s+(?=(?-i:[A-Z])))?", re.I)
DEICTIC = {"kemarin lusa": -2, "kemarin": -1, "hari ini": 0, "besok": 1, "esok hari": 1, "lusa": 2,
            "semalam": -1, "yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "last night": -1}
REL_DIR = {"lalu": -1, "kemarin": -1, "silam": -1, "last": -1, "past": -1, "ini": 0, "nanti": 0, "this": 0,
            "depan": 1, "mendatang": 1, "berikutnya": 1, "next": 1}
