"""Local rules: what a single line of a plain-text scrape looks like on its own.

Each rule returns a furniture reason or None. Position-aware decisions (title, deck, captions
after a photo credit, lists after "Populer") are made in :mod:`kabar.extract.lines`.
Patterns were collected from the seeds' furniture and the furniture left inside the detik1000
bodies ("SCROLL TO CONTINUE WITH CONTENT", "ADVERTISEMENT", "Saksikan Live DetikPagi:"), then
checked not to fire on body lines of 1,000 detik + 300 indosum articles.
"""

from __future__ import annotations

import re

from kabar.extract.bylines import CREDIT_RE, INITIALS_RE, parse_byline
from kabar.extract.dates import page_date

_I = re.I

RELATED_RE = re.compile(
    r"^\s*[(\[]?\s*(?:baca\s*:|baca\s+(?:juga|pula|selengkapnya|artikel)|simak\s+juga|lihat\s+juga|artikel\s+terkait|"
    r"berita\s+terkait|read\s+(?:also|more)|see\s+also|related|also\s+read|tonton\s+juga|"
    r"saksikan\s+juga|klik\s+(?:di\s*sini|link)|ikuti\s+(?:kami|berita|update|saluran)|"
    r"simak\s+(?:berita|video|breaking)|gabung\s+(?:di\s+)?(?:grup|channel|saluran))(?:\b|(?<=:))\s*:?", _I)
LIST_HEAD_RE = re.compile(
    r"^\s*(?:berita\s+(?:terkait|terkini|terbaru|lainnya|populer|pilihan|rekomendasi)|terkait|terkini|"
    r"terpopuler|populer|terbaru|pilihan\s+redaksi|artikel\s+(?:pilihan|terkait|lainnya|populer)|"
    r"rekomendasi(?:\s+untuk\s+anda)?|most\s+(?:popular|read|viewed)|trending|headline|topik\s+pilihan|"
    r"kabar\s+daerah|update|video\s+pilihan|baca\s+berita\s+lainnya|selengkapnya|lihat\s+semua|"
    r"more\s+stories|latest(?:\s+news)?|read\s+next|popular|berita\s+utama|hot\s+topics?|"
    r"konten\s+pilihan|news\s+update|indeks\s+berita)\s*:?\s*$", _I)
POPULAR_RE = re.compile(r"populer|popular|terkini|terbaru|latest|most|trending|update|headline|hot|terhangat", _I)
TAGS_RE = re.compile(r"^\s*(?:tags?|tag\s*:|topik|topics?|kata\s+kunci|keywords?|label)\s*:?\s*(?:$|[#\w].{0,200}$)", _I)
AD_RE = re.compile(
    r"^\s*(?:scroll\s+to\s+(?:continue|resume)|advertisement|advertorial|iklan|sponsored|"
    r"ayo\s+sukseskan|saksikan\s+live|download\s+(?:aplikasi|app)|unduh\s+aplikasi|"
    r"dapatkan\s+(?:berita|informasi|update)|subscribe|berlangganan|promo\b|—?\s*ads?\s*—?$|"
    r"loading\.{0,3}$|sedang\s+memuat|content\s+continues|"
    # comment-section policy: "We welcome comments that advance the story …", "Tulis komentar"
    r"we\s+welcome\s+comments|views\s+expressed\s+in\s+the\s+comments|comments?\s+(?:are|is)\s+(?:moderated|closed)|"
    r"(?:leave|post)\s+a\s+comment|join\s+the\s+(?:conversation|discussion)|(?:tulis|kirim)\s+komentar|"
    # an outlet's self-promotion: "DailySocial.id adalah portal berita ...", "Kompas.com adalah situs ..."
    r"[\w\-]+\.(?:id|com|co\.id|net|co)\s+(?:adalah|merupakan)\s+(?:portal|situs|media)\b)", _I)
NAV_RE = re.compile(
    r"^\s*(?:halaman\s*:?\s*[\d\s]*(?:selanjutnya|berikutnya|sebelumnya|next|»)?\s*$|halaman\s+(?:selanjutnya|berikutnya|sebelumnya)|"
    r"\d+(?:\s+\d+){1,}\s*(?:selanjutnya|next|»)?\s*$|next\s*(?:page)?\s*»?$|"
    r"(?:home|beranda|index|indeks)(?:\s*[›»>/|]\s*\S.*)?$|edisi\s*:?\s*\d+|"
    r"aa\s*$|share\s*:?$|bagikan\s*:?.{0,40}$|komentar\s*$|\d+\s+komentar|tutup\s*$|"
    r"ikuti\s+kami(?:\s+di)?\s*:?.{0,40}$|follow\s+us|x\s*$|[<>«»|/•·\-–—=_*]+$|"
    r"(?:facebook|twitter|whatsapp|telegram|line|instagram|copy\s+link|salin\s+tautan)(?:\s+\w+){0,4}$|"
    r"(?:login|masuk|daftar|register|sign\s+in|cari|search)\s*$|"
    r"(?:about\s+us|tentang\s+kami|kontak|contact|redaksi|pedoman\s+media\s+siber|privacy|kebijakan\s+privasi|"
    r"info\s+iklan|karir|disclaimer|terms\s+of\s+use|syarat\s+dan\s+ketentuan)(?:\s+\S+){0,14}\s*$)", _I)
FOOTER_RE = re.compile(
    r"(?:©|\(c\)\s*\d{4}|copyright|all\s+rights?\s+reserved|hak\s+cipta\s+dilindungi|"
    r"^\s*our\s+standards\s*:|\btrust\s+principles\b|"  # a wire's "Our Standards: The … Trust Principles."
    r"a\s+subsidiary\s+of|dilarang\s+(?:keras\s+)?mengambil|isi\s+di\s+luar\s+tanggung\s+jawab|"
    # a paper's print note: "A version appeared on p23 of the Main section …", "A version of this article appears in
    # print on June 29, 2010, on page A1 of the New York edition"
    r"^\s*(?:this\s+article|a\s+version(?:\s+of\s+this\s+article)?)\s+appear(?:s|ed)\s+(?:in\s+print|on\s+p(?:age)?\s?\w+))",
    _I)
SOURCE_RE = re.compile(r"^\s*\|?\s*(?:sumber(?:\s+\w+)?|source|dikutip\s+dari|disadur\s+dari)\s*:\s*\S", _I)
PHOTO_PREFIX_RE = re.compile(
    r"^\s*\(?(?:(?:foto|photo|foto\s*/\s*video|gambar|ilustrasi|image|dok\.?|dokumentasi|video|infografis|grafis)\s*[:/]"
    r"|ilustrasi\b|foto\s+ilustrasi\b)", _I)
CREDIT_PREFIX_RE = re.compile(r"^\s*\(?(?:foto|photo|gambar|image|dok\.?|dokumentasi|video)\s*[:/]", _I)
# "(KOMPAS.com/RINA KARTIKA)", "ANTARA FOTO/Name/aww.", "(ANTARA/HO-Humas)" inside a caption
PHOTO_CREDIT_IN_RE = re.compile(
    r"\bANTARA\s+FOTO\s*/|\((?:[A-Z][\w.]*|[A-Z]+)\s*/\s*[A-Z][A-Z .'\-]+\)\s*$|\bFOTO\s*:\s*[A-Z]")
# a trailing photo credit "... di lokasi banjir. /Dok. Warga/" or ".../Net" or "(ANTARA FOTO/...)"
CREDIT_TAIL_RE = re.compile(
    r"(?:(?<=[\w.\s])/\s*(?!www\.)[A-Za-z][\w .&]{1,40}(?:\s+via\s+[A-Z]+)?\s*/?\s*$"
    r"|(?i:\((?:antara\s+foto|foto|photo|dok)\b[^)]*\))\s*$"
    r"|\b[A-Z]{2,}\s+(?:via|VIA)\s+[A-Z]{2,}\s*/?\s*$)")
# an all-caps credit line: "XINHUA VIA AFP", "NAMA FOTOGRAFER / POOL / AFP", "REUTERS/Name"
_CREDIT_LINE_RE = re.compile(r"^[A-Z][A-Z .'\-&]*(?:\s*/\s*[A-Za-z][\w .'\-&]*){1,4}$|^[A-Z .'\-]+\s+VIA\s+[A-Z/ ]+$")
_AGENCY_WORD = re.compile(r"\b(?:AFP|REUTERS|AP|ANTARA|KCNA|POOL|GETTY|EPA|XINHUA|KYODO|YONHAP|ANADOLU|SPUTNIK|TASS|DOK|NET)\b", _I)

# How prose lines end (with CJK full stops and a stray opening quote as scrapes have them);
# STRICT_TERMINAL: how a body's last line ends.
STRICT_TERMINAL = ('.', '"', '”', '“', '!', '?', '…', "'", '’', '。', '！', '？', '」', '』')
TERMINAL = STRICT_TERMINAL + (')', ':', ';')


def is_photo_credit_line(line: str) -> bool:
    s = line.strip()
    if len(s) > 80 or len(s.split()) > 10:
        return False
    if CREDIT_PREFIX_RE.match(s) and len(s.split()) <= 6 and not s.endswith("."):
        return True  # "Foto: AP", "Foto: Dok. Humas" (a credit, not a caption sentence)
    letters = [c for c in s if c.isalpha()]
    upper = sum(c.isupper() for c in letters) / max(1, len(letters))
    if not _CREDIT_LINE_RE.match(s) or upper <= 0.7:
        return False
    # "XINHUA VIA AFP" names an agency; "TRIBUNNEWS/YOGA PRATAMA" is OUTLET/PHOTOGRAPHER
    return bool(_AGENCY_WORD.search(s) or ("/" in s and len(s.split()) <= 6 and upper > 0.95))


# A menu bar: "Beranda Nasional Daerah Ekonomi Dunia Olahraga Video", "Market | Finansial | Premium",
# "Home > Finansial > Moneter". Separated items: each a short capitalised name; unseparated: a run of
# capitalised words that are mostly section names (a Title Case headline has few of them).
_MENU_SEP_RE = re.compile(r"\s*[|•·›»>]\s*")
SECTION_WORDS = frozenset(
    "beranda home menu nasional daerah regional ekonomi ekbis bisnis dunia internasional olahraga sport "
    "sports bola foto video english metro megapolitan hukum politik market markets finansial keuangan "
    "teknologi tekno properti premium korporasi news berita seleb selebriti otomotif lifestyle gaya hidup "
    "indeks opini opinion world business politics travel wisata kuliner kesehatan health pendidikan "
    "edukasi hiburan entertainment sains science tech climate newsletters infografis network "
    "jabodetabek humaniora global ragam".split())


# what is left of an HTML tag in a scrape's text: an image's alt text and attributes
# ('Cristiano Ronaldo "src="https://…/ronaldo.jpg" style="height: 234 px; "/>'), a stray link
MARKUP_RE = re.compile(r"""(?:\b(?:src|href|style|alt|class|width|height|data-[\w-]+)\s*=\s*["'].*){2}|/>\s*$|^\s*<[a-z]+\b[^>]*>?\s*$""",
                       re.I)


# Strings every match of MARKUP_RE / FOOTER_RE contains (FOOTER_RE's in the line's casefold): the two
# searches are tried at every position of a line (~7 and ~9 µs a line, half of rule_reason's time on
# bench/scale.py's corpus) and almost no line holds either, so a line without the strings skips them
_MARKUP_NEEDLES = ("=", "<", "/>")
_FOOTER_NEEDLES = ("©", "(c)", "copyright", "reserved", "dilindungi", "standards", "principles", "subsidiary",
                   "dilarang", "tanggung", "appear")


def _is_markup(s: str) -> bool:
    return any(n in s for n in _MARKUP_NEEDLES) and MARKUP_RE.search(s) is not None


def _is_footer(s: str) -> bool:
    low = s.casefold()
    return any(n in low for n in _FOOTER_NEEDLES) and FOOTER_RE.search(s) is not None


def is_menu(s: str) -> bool:
    parts = [p for p in _MENU_SEP_RE.split(s.strip()) if p]
    if len(parts) >= 3 and all(len(p.split()) <= 3 and p[:1].isupper() and not re.search(r"[\d:.,;!?\"“]", p)
                               for p in parts):
        return True
    words = s.split()
    if len(words) < 4 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    known = sum(w.lower() in SECTION_WORDS for w in words)
    return known >= 0.6 * len(words) or (words[0].lower() in ("beranda", "home") and known >= 0.4 * len(words))


def rule_reason(line: str) -> str | None:
    """A furniture reason for ``line`` judged alone, or None (undecided: body-like or header)."""
    s = line.strip()
    if not s:
        return None
    if len(s) > 240:  # long lines: only the prefix rules apply (the others are length-capped)
        return "related" if RELATED_RE.match(s) else "ad" if AD_RE.match(s) else None
    if RELATED_RE.match(s):
        return "related"
    if AD_RE.match(s):
        return "ad"
    if _is_markup(s):
        return "markup"
    if len(s) < 200 and _is_footer(s):
        return "footer"
    if SOURCE_RE.match(s):
        return "source"
    if TAGS_RE.match(s) and len(s.split()) <= 30 and not s.endswith("."):
        return "tags"
    if LIST_HEAD_RE.match(s):
        return "related"
    if NAV_RE.match(s) or is_menu(s):
        return "navigation"
    if is_photo_credit_line(s):
        return "caption"
    if len(s) < 160 and _MAY_BE_BYLINE.search(s) and parse_byline(s) and not _is_sentence_with_colon(s):
        return "byline"
    if CREDIT_RE.fullmatch(s) or INITIALS_RE.fullmatch(s):
        return "byline"
    if re.match(r"\|\s*[A-Z][\w ]{1,25}:", s) and s.count("|") <= 2 and len(s) < 120:
        return "byline"  # "| Narasi: ...", "|Text: A.B.C" trailer fields (not table rows)
    d = page_date(s)
    if d:
        return "date"
    return None


# every byline form parse_byline knows has one of these (a gate: it is called on most lines)
_MAY_BE_BYLINE = re.compile(r":|^(?:oleh|by)\s|\s-\s|^\(\s*(?:additional\s+)?(?:reporting|writing|editing)\s+by\s", re.I)


def _is_sentence_with_colon(s: str) -> bool:
    """'Oleh karena itu, ...' and 'Editor: ...' inside prose: a long line with a verb-ish tail."""
    return len(s.split()) > 14 and s.endswith(".")
