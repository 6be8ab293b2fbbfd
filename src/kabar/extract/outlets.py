"""Which outlet published a page: from its URL, a dateline tag, a credit or a copyright line.

A table of Indonesian outlets and networks (and the big international ones) keyed by domain; the
display name is what dossiers show. Sub-sites of a network keep their own name ("Serambinews",
"Pikiran Rakyat Depok") and carry the network in :func:`network_of`.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# domain (without "www.") → (display name, network or None)
OUTLETS: dict[str, tuple[str, str | None]] = {
    "tribunnews.com": ("Tribunnews", "Tribun Network"),
    "serambinews.com": ("Serambinews", "Tribun Network"),
    "tribunsolo.com": ("TribunSolo", "Tribun Network"),
    "tribunjatim.com": ("TribunJatim", "Tribun Network"),
    "tribunjabar.id": ("TribunJabar", "Tribun Network"),
    "tribunmedan.com": ("TribunMedan", "Tribun Network"),
    "tribunbatam.id": ("TribunBatam", "Tribun Network"),
    "tribunjogja.com": ("TribunJogja", "Tribun Network"),
    "tribunkaltim.co": ("TribunKaltim", "Tribun Network"),
    "tribun-bali.com": ("Tribun Bali", "Tribun Network"),
    "tribun-timur.com": ("Tribun Timur", "Tribun Network"),
    "tribunmanado.co.id": ("Tribun Manado", "Tribun Network"),
    "surya.co.id": ("Surya", "Tribun Network"),
    "bangkapos.com": ("Bangka Pos", "Tribun Network"),
    "kompas.com": ("Kompas.com", "KG Media"),
    "bolasport.com": ("BolaSport.com", "KG Media"),
    "poskotanews.com": ("Pos Kota", None),
    "dailysocial.id": ("DailySocial", None),
    "rimanews.com": ("Rimanews", None),
    "goal.com": ("Goal Indonesia", None),
    "kompas.id": ("Kompas", "KG Media"),
    "kompas.tv": ("Kompas TV", "KG Media"),
    "kontan.co.id": ("Kontan", "KG Media"),
    "grid.id": ("Grid.ID", "KG Media"),
    "detik.com": ("detikcom", "Trans Media"),
    "cnbcindonesia.com": ("CNBC Indonesia", "Trans Media"),
    "cnnindonesia.com": ("CNN Indonesia", "Trans Media"),
    "antaranews.com": ("Antara", None),
    "tempo.co": ("Tempo", None),
    "liputan6.com": ("Liputan6", "Emtek"),
    "kapanlagi.com": ("KapanLagi", "Emtek"),
    "merdeka.com": ("Merdeka", "Emtek"),
    "okezone.com": ("Okezone", "MNC"),
    "sindonews.com": ("Sindonews", "MNC"),
    "inews.id": ("iNews", "MNC"),
    "suara.com": ("Suara.com", None),
    "republika.co.id": ("Republika", None),
    "mediaindonesia.com": ("Media Indonesia", "Media Group"),
    "metrotvnews.com": ("Metro TV", "Media Group"),
    "jpnn.com": ("JPNN", "Jawa Pos Group"),
    "jawapos.com": ("Jawa Pos", "Jawa Pos Group"),
    "idntimes.com": ("IDN Times", None),
    "kumparan.com": ("kumparan", None),
    "viva.co.id": ("VIVA", None),
    "rmol.id": ("RMOL", None),
    "bisnis.com": ("Bisnis.com", None),
    "beritasatu.com": ("Beritasatu", None),
    "pikiran-rakyat.com": ("Pikiran Rakyat", "Pikiran Rakyat Media Network"),
    "kupang.times.id": ("Kupang Times", "Times Indonesia"),
    "timesindonesia.co.id": ("Times Indonesia", "Times Indonesia"),
    "thejakartapost.com": ("The Jakarta Post", None),
    "voaindonesia.com": ("VOA Indonesia", None),
    "bbc.com": ("BBC", None),
    "reuters.com": ("Reuters", None),
    "apnews.com": ("Associated Press", None),
    "nytimes.com": ("New York Times", None),
    "theguardian.com": ("The Guardian", None),
    "cnn.com": ("CNN", None),
    "aljazeera.com": ("Al Jazeera", None),
    "straitstimes.com": ("The Straits Times", None),
    "channelnewsasia.com": ("CNA", None),
}

# Outlet tags as they appear in datelines, credits and footers (lower-case, without ".com" etc.)
_TAGS: dict[str, str] = {
    "tribunnews": "Tribunnews", "serambinews": "Serambinews", "tribunsolo": "TribunSolo",
    "tribunjatim": "TribunJatim", "tribunjabar": "TribunJabar", "kompas": "Kompas.com",
    "kompas.com": "Kompas.com", "kompas tv": "Kompas TV", "detikcom": "detikcom", "detik": "detikcom",
    "detiknews": "detikcom", "antara": "Antara", "antaranews": "Antara", "tempo": "Tempo",
    "tempo.co": "Tempo", "cnn indonesia": "CNN Indonesia", "cnnindonesia": "CNN Indonesia",
    "cnbc indonesia": "CNBC Indonesia", "liputan6": "Liputan6", "okezone": "Okezone",
    "sindonews": "Sindonews", "suara": "Suara.com", "republika": "Republika", "jpnn": "JPNN",
    "jawapos": "Jawa Pos", "idn times": "IDN Times", "idntimes": "IDN Times", "kumparan": "kumparan",
    "viva": "VIVA", "rmol": "RMOL", "merdeka": "Merdeka", "bisnis": "Bisnis.com", "inews": "iNews",
    "pr": "Pikiran Rakyat", "pikiranrakyat": "Pikiran Rakyat", "pikiran rakyat": "Pikiran Rakyat",
    "kupang times": "Kupang Times", "times indonesia": "Times Indonesia", "beritasatu": "Beritasatu",
    "media indonesia": "Media Indonesia", "grid.id": "Grid.ID", "kontan": "Kontan",
    "pos kota": "Pos Kota", "poskota": "Pos Kota", "poskotanews": "Pos Kota", "juara.net": "Juara.net",
    "juara": "Juara.net", "bolasport": "BolaSport.com", "bolasport.com": "BolaSport.com",
    "rimanews": "Rimanews", "dailysocial": "DailySocial", "dailysocial.id": "DailySocial",
    "goal": "Goal Indonesia", "goal indonesia": "Goal Indonesia", "merdeka.com": "Merdeka",
    "suara.com": "Suara.com", "antara news": "Antara", "cnnindonesia.com": "CNN Indonesia",
    "kompas cyber": "Kompas.com", "kompas cyber media": "Kompas.com", "detik.com": "detikcom",
    # English-language outlets, as page titles end with them ("… | Reuters", "… - BBC News")
    "reuters": "Reuters", "bbc": "BBC", "bbc news": "BBC", "ap news": "Associated Press",
    "associated press": "Associated Press", "the guardian": "The Guardian", "cnn": "CNN",
    "al jazeera": "Al Jazeera", "the jakarta post": "The Jakarta Post", "jakarta post": "The Jakarta Post",
    "the straits times": "The Straits Times", "cna": "CNA", "the new york times": "New York Times",
    "new york times": "New York Times", "voa indonesia": "VOA Indonesia",
}

_NETWORKS = {name: net for name, net in OUTLETS.values() if net}


def outlet_from_url(url: str | None, fallback: bool = True) -> str | None:
    """The outlet a URL belongs to; with ``fallback``, an unknown domain gives its bare name."""
    if not url:
        return None
    host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
    host = host.removeprefix("www.").removeprefix("m.").removeprefix("amp.")
    parts = host.split(".")
    for i in range(len(parts) - 1):
        name = OUTLETS.get(".".join(parts[i:]))
        if name:
            # Pikiran Rakyat network sites live on sub-domains: depok.pikiran-rakyat.com
            if name[0] == "Pikiran Rakyat" and i == 1:
                return f"Pikiran Rakyat {parts[0].capitalize()}"
            return name[0]
    if fallback and len(parts) >= 2:
        return parts[-3] if parts[-2] in {"co", "or", "ac", "go"} and len(parts) >= 3 else parts[-2]
    return None


def outlet_from_tag(tag: str) -> str | None:
    """'KOMPAS.com' → 'Kompas.com', 'PR DEPOK' → 'Pikiran Rakyat Depok', 'TribunNews.com' → ..."""
    t = re.sub(r"\s+", " ", tag.strip().lower())
    t = re.sub(r"\.(com|co\.id|co|id|net|tv)$", "", t) if t not in _TAGS else t
    if t in _TAGS:
        return _TAGS[t]
    m = re.fullmatch(r"pr ([a-z ]+)", t)  # Pikiran Rakyat network: "PR DEPOK", "PR BEKASI"
    if m:
        return f"Pikiran Rakyat {m.group(1).title()}"
    m = re.fullmatch(r"pikiranrakyat-([a-z]+)", t)
    if m:
        return f"Pikiran Rakyat {m.group(1).title()}"
    m = re.fullmatch(r"tribun ?([a-z]+)", t)
    if m:
        return "Tribun" + m.group(1).capitalize() if m.group(1) != "news" else "Tribunnews"
    return None


def network_of(outlet: str | None) -> str | None:
    if not outlet:
        return None
    if outlet.startswith("Pikiran Rakyat"):
        return "Pikiran Rakyat Media Network"
    if outlet.startswith("Tribun"):
        return "Tribun Network"
    return _NETWORKS.get(outlet)


_COPYRIGHT_RE = re.compile(
    r"(?:(?:©|\(c\)|copyright|hak cipta)\s*)+(?:\d{4}(?:\s*-\s*\d{4})?)?\s*,?\s*"
    r"(?P<name>[A-Za-z][\w.\-]*(?:\s[A-Z][\w.\-]*){0,2})", re.I)


# the brand before the mark: "Bisnis Harian © 2025 PT Media Bisnis Harian" (the company after it)
_BRAND_FIRST_RE = re.compile(r"\s*(?P<name>[A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*){0,3})\s*(?:©|\([cC]\)|(?i:copyright))")


def outlet_from_copyright(line: str) -> str | None:
    m = _BRAND_FIRST_RE.match(line)
    if m and not re.search(r"(?i)copyright|hak cipta|rights|reserved|foto|photo|konten|content", m.group("name")):
        return outlet_from_tag(m.group("name")) or m.group("name")
    m = _COPYRIGHT_RE.search(line)
    if not m:
        return None
    name = re.sub(r"^PT\.?\s+", "", m.group("name"))
    name = re.split(r"\.\s", name)[0]  # "DailySocial. Hak cipta" → "DailySocial"
    name = re.split(r"\s+(?:network|all|a|is|,)\b", name, flags=re.I)[0].rstrip(".,")
    if name.lower() in {"pt", "pt."}:
        return None
    return outlet_from_tag(name) or (name if "." in name or name[:1].isupper() else None)


_KNOWN = {name for name, _ in OUTLETS.values()} | set(_TAGS.values())
_SUFFIX = r"(?:\.(?:com|co\.id|id|co|net|tv))"
# a site's own name on a line of its own: "KabarSolo.com", "SUARA TIMUR", "The Jakarta Chronicle"
_BRAND_LINE_RE = re.compile(rf"[A-Za-z][\w\-]*{_SUFFIX}|[A-Z][A-Z\-]+(?: [A-Z][A-Z\-]+){{1,3}}|The(?: [A-Z][a-z]+){{1,3}}")


def brand_line(line: str) -> str | None:
    """The outlet a masthead line names, when the whole line looks like a site's name."""
    s = line.strip()
    if not _BRAND_LINE_RE.fullmatch(s) or set(s.lower().split()) <= _NOT_BRAND:
        return None
    return s


_NOT_BRAND = frozenset("breaking news live update terkini terbaru headline exclusive eksklusif berita "
                       "utama nasional internasional foto video opini opinion".split())


def _key(name: str) -> str:
    return re.sub(r"[^a-z]", "", re.sub(rf"(?i)^the\s+|{_SUFFIX}$", "", name.strip()).lower())


def same_outlet(a: str | None, b: str | None) -> bool:
    return bool(a and b) and _key(a) == _key(b)  # type: ignore[arg-type]


def printed_form(name: str, text: str) -> str:
    """An outlet we have no display name for, as the page prints it best: mixed case over capitals,
    the spaced name over the domain ("Suara Timur" over "SUARATIMUR.COM"), "The Jakarta Chronicle"
    over "Jakarta Chronicle"; an acronym tag ("KBN") spelled out where the page expands it."""
    if name in _KNOWN:
        return name
    key = _key(name)
    if not key:
        return name
    if name.isupper() and 2 <= len(key) <= 5:  # "KBN" → "KBN KANTOR BERITA NUSANTARA", "Kantor Berita Nusantara"
        for lower in ("[a-z]", "[A-Z]"):
            m = re.search(r"\b" + r"\s+".join(rf"{c.upper()}{lower}+" for c in key) + r"\b", text)
            if m:
                return m.group() if lower == "[a-z]" else m.group().title()
    rx = re.compile(r"(?<![\w.])(?:the\s+)?" + r"[\s\-]?".join(key) + rf"{_SUFFIX}?(?![\w])", re.I)
    forms = {m.group() for m in rx.finditer(text)}
    if not forms:
        return name
    best = max(forms, key=lambda f: (not f.isupper(), " " in f, len(f)))
    return best.title() if best.isupper() and " " in best else best
