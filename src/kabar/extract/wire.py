"""Wire services and other outlets an article's text cites as its source.

Counted: a news agency named in the body ("Kantor Berita Interfax", "seperti dimuat Associated
Press", "dikutip dari Reuters", "(Antara)"), a newspaper or broadcaster named with a citation cue
("dilaporkan oleh New York Times", "according to the BBC"), and "Sumber:" lines. Not counted:
photo credits ("KCNA via REUTERS", "Foto: AP", "NAMA / POOL / AFP"): they say who took
the picture, not where the text came from; they go to ``Article.extra["photo_credits"]``.
"""

from __future__ import annotations

import re

# canonical name → alias regex. Agencies count wherever the body names them.
AGENCIES: dict[str, str] = {
    "Reuters": r"Reuters",
    "Associated Press": r"Associated\s+Press|\bAP\b(?=\s*(?:\)|,|melaporkan|reported|news|mengutip))",
    "AFP": r"\bAFP\b|Agence\s+France[- ]Presse",
    # "antara" is also the word "between": only the agency's own forms count
    "Antara": r"\bANTARA\b(?!\s+FOTO)|\(\s*Antara\s*\)|\bAntaranews\b|\bAntara\s+News\b|"
              r"(?i:kantor\s+berita|dikutip\s+dari|dilansir\s+dari|melansir|mengutip|dari|kepada)\s+Antara\b",
    "Kyodo": r"\bKyodo\b",
    "Xinhua": r"\bXinhua\b",
    "Interfax": r"\bInterfax\b",
    "TASS": r"\bTASS\b",
    "RIA Novosti": r"RIA\s+Novosti",
    "Yonhap": r"\bYonhap\b",
    "KCNA": r"\bKCNA\b|Korean\s+Central\s+News\s+Agency",
    "Bernama": r"\bBernama\b",
    "dpa": r"\bdpa\b|Deutsche\s+Presse[- ]Agentur",
    "ANSA": r"\bANSA\b",
    "EFE": r"\bEFE\b",
    # "data Bloomberg" / "Bloomberg data": market figures from its terminal, not its reporting
    "Bloomberg": r"(?<!data )(?<!Data )\bBloomberg\b(?!\s+(?:Philanthropies|School|data|Index|Terminal))",
    "Anadolu": r"\bAnadolu\b",
    "WAFA": r"\bWAFA\b",
    "Sputnik": r"\bSputnik\b(?!\s+V)",
}
# Outlets that are cited only with a cue nearby.
PAPERS: dict[str, str] = {
    "New York Times": r"New\s+York\s+Times|\bNYT\b|(?<=\boleh\s)Times\b",
    "Washington Post": r"Washington\s+Post",
    "Wall Street Journal": r"Wall\s+Street\s+Journal|\bWSJ\b",
    "The Guardian": r"\bThe\s+Guardian\b|\bGuardian\b",
    "BBC": r"\bBBC\b",
    "CNN": r"\bCNN\b(?!\s+Indonesia)",
    "Al Jazeera": r"Al\s*Jazeera",
    "South China Morning Post": r"South\s+China\s+Morning\s+Post|\bSCMP\b",
    "Financial Times": r"Financial\s+Times",
    "Nikkei": r"\bNikkei\b",
    "The Straits Times": r"Straits\s+Times",
    "NHK": r"\bNHK\b",
}
_CUE = (r"dilaporkan|melaporkan|laporan|dikutip|mengutip|kutip|dimuat|memuat|menurut|dilansir|"
        r"melansir|lansir|diberitakan|memberitakan|sumber|according|reported|reports|told|said|"
        r"quoted|via|kepada|dari")
_CUE_RE = re.compile(rf"\b(?:{_CUE})\b", re.I)
_AGENCY_RES = {k: re.compile(v) for k, v in AGENCIES.items()}
_PAPER_RES = {k: re.compile(v) for k, v in PAPERS.items()}
# A literal each name's pattern needs: a fast substring test skips the regexes of names absent
# from a body (the regexes took 15 ms a page on long HTML bodies).
_KEYS: dict[str, tuple[str, ...]] = {
    "Reuters": ("Reuters",), "Associated Press": ("Press", "AP"), "AFP": ("AFP", "France"),
    "Antara": ("ANTARA", "Antara"), "Kyodo": ("Kyodo",), "Xinhua": ("Xinhua",), "Interfax": ("Interfax",),
    "TASS": ("TASS",), "RIA Novosti": ("Novosti",), "Yonhap": ("Yonhap",), "KCNA": ("KCNA", "Korean Central"),
    "Bernama": ("Bernama",), "dpa": ("dpa", "Deutsche"), "ANSA": ("ANSA",), "EFE": ("EFE",),
    "Bloomberg": ("Bloomberg",), "Anadolu": ("Anadolu",), "WAFA": ("WAFA",), "Sputnik": ("Sputnik",),
    "New York Times": ("Times", "NYT"), "Washington Post": ("Washington",), "Wall Street Journal": ("Wall", "WSJ"),
    "The Guardian": ("Guardian",), "BBC": ("BBC",), "CNN": ("CNN",), "Al Jazeera": ("Jazeera",),
    "South China Morning Post": ("China Morning", "SCMP"), "Financial Times": ("Financial",),
    "Nikkei": ("Nikkei",), "The Straits Times": ("Straits",), "NHK": ("NHK",),
}


def _present(name: str, text: str) -> bool:
    return any(k in text for k in _KEYS[name])
# Photo credits inside body text: "(Foto: Reuters)", "REUTERS/Name", "/KCNA via REUTERS/"
_PHOTO_RE = re.compile(r"\((?i:foto|photo|dok|ilustrasi)[^)]*\)|\b[A-Z]+\s+(?:via|VIA)\s+[A-Z]+\b|\bREUTERS/\w+")


# "KCNA belum memberikan keterangan", "state media had not reported on it": named, not cited
_NOT_SAID_RE = re.compile(
    r"\W{0,3}(?:(?:belum|tidak)\s+(?:memberikan|memberi|melaporkan|merilis|menyiarkan|mengomentari|berkomentar)"
    r"|(?:had|has|did)\s+not\s+(?:yet\s+)?(?:reported|report|commented|comment))\b", re.I)


def cited_sources(text: str) -> list[str]:
    """Canonical names of wire services/outlets cited in body ``text``, in order of first mention."""
    text = _PHOTO_RE.sub(" ", text)
    hits: list[tuple[int, str]] = []
    for name, rx in _AGENCY_RES.items():
        if not _present(name, text):
            continue
        m = next((m for m in rx.finditer(text) if not _NOT_SAID_RE.match(text, m.end())), None)
        if m:
            hits.append((m.start(), name))
    for name, rx in _PAPER_RES.items():
        if not _present(name, text):
            continue
        for m in rx.finditer(text):
            window = text[max(0, m.start() - 60):m.end() + 40]
            if _CUE_RE.search(window):
                hits.append((m.start(), name))
                break
    return [n for _, n in sorted(hits)]


def sources_in_list(text: str) -> list[str]:
    """Sources named in a "Sumber: Reuters, Kyodo News" line (any known name, no cue needed)."""
    hits: list[tuple[int, str]] = []
    for name, rx in (_AGENCY_RES | _PAPER_RES | _LIST_RES).items():
        m = rx.search(text)
        if m:
            hits.append((m.start(), name))
    return [n for _, n in sorted(hits)]


# in a "Sumber:" list a bare name is enough
_LIST_RES = {"Antara": re.compile(r"\b(?:ANTARA|Antara)\b"), "Associated Press": re.compile(r"Associated\s+Press|\bAP\b")}


def photo_credit_agencies(text: str) -> list[str]:
    return sources_in_list(text)
