"""Indonesian name patterns the tagger cuts or misses, applied to the mentions it found
(kabar.nlp.mentions.raw_mentions calls them in order): outlet channels ("detikFinance") and news
agencies ("Kantor Berita Nusantara"), schools ("SMPN 33 Banjarmasin"), bodies of the Republic and
parliament commissions ("DPR RI", "Komisi II DPR RI"), a body's office ("Kantor Kemenkeu") and a
person's government ("pemerintahan Prabowo"), office titles run into names in police and
prosecution news ("Kasi Intel Kejari Binjai Noprianto Sihombing"), and two people joined by a
hyphen ("Prabowo-Gibran"). Each was written from the errors on the dev half of
eval/data/entities_id.jsonl (docs/BENCHMARKS.md, session 13) and is tested in tests/nlp/test_entities.py.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from kabar.lang.calendar import ID_MONTH_NAMES, ID_WEEKDAY_NAMES
from kabar.lang.stem import affixed_word
from kabar.nlp.aliases import (
    BIRTH_ORDER_NAMES,
    REGIONAL_OFFICES,
    fold,
    is_honorific,
    is_loose_acronym,
    known_type,
    load_gazetteer,
    load_lexicon,
    school_form,
    world_place,
)
from kabar.nlp.arts_and_sports import LEAGUE_BEFORE_CLUB
from kabar.nlp.ner import name_like, rarely_seen, usually_lower
from kabar.nlp.raw_mention import RawMention, joined_with_next, word_before
from kabar.nlp.roles import LIST_LABELS, ROLE_WORDS, SHARED_OCCUPATIONS
from kabar.nlp.speaker_words import (
    CANDIDATE_TITLE,
    ORG_HEADS,
    is_degree,
    is_office_abbreviation,
    is_role_word,
)
from kabar.nlp.tokens import opens_sentence

# Indonesian schools by their kind's acronym, a number and/or the place: "SMPN 33 Banjarmasin",
# "SD Negeri 2 Kadungora", "MTs NU Trate", "SDNU 1 Trate", "MINU Trate Putra". The tagger cuts them
# anywhere (a place "33 Banjarmasin", a person "Trate"); "siswa SMK" alone is a kind, no name. The
# Sekolah Rakyat of 2025 go by SRMA, SRMP and SRT ("SRMA 33 Tangerang Selatan").
_SCHOOL = re.compile(
    r"\b(?P<head>(?:SRMA|SRMP|SRT|SD|SMP|SMA|SMK|SLB|MI|MTs|MA|TK)(?P<suffix>NU|N|IT|LB)?)(?![A-Za-z])"
    r"(?P<quals>(?:\s+(?:Negeri|Swasta|NU|IT|Islam|Terpadu|Muhammadiyah|Kristen|Katolik|PGRI|Plus))*)"
    r"(?P<num>\s+\d{1,3}(?![\d.,/]))?"
    r"(?P<words>(?:\s+[A-Z][A-Za-z'’-]+){0,3})")
# Indonesian weekdays and months: they end a school's name, and are no name alone
_CALENDAR_WORDS = frozenset(ID_WEEKDAY_NAMES + ID_MONTH_NAMES)
_WEEKDAYS_WRITTEN = frozenset(w.capitalize() for w in ID_WEEKDAY_NAMES)


def schools(body: str, raws: list[RawMention]) -> list[RawMention]:
    """Schools (:data:`_SCHOOL`) as organisations, replacing the tagged spans they overlap. Words
    after the number are the school's place, except after an office ("Kepala SMPN 33 | Sumiyati":
    the head's name) unless the gazetteer or the article knows them as a place."""
    if not any(h in body for h in ("SD", "SM", "MI", "MTs", "MA", "TK", "SLB", "SR")):
        return raws
    gaz = load_gazetteer()
    places = {r.text for r in raws if r.type == "LOC"}
    found: list[tuple[int, int, str]] = []
    for m in _SCHOOL.finditer(body):
        words = m.group("words").split()
        # "Kepala (Sekolah) SMPN 33 | Sumiyati"
        office = any(w.lower() in ROLE_WORDS for w in body[max(0, m.start() - 30):m.start()].split()[-2:])
        keep = 0
        for k, w in enumerate(words):
            if w.lower() in _CALENDAR_WORDS or (w.lower() in ROLE_WORDS and w.lower() not in ("putra", "putri")):
                break
            rest = " ".join(words[k:])
            if office and not (gaz.get(tuple(rest.lower().split())) == "LOC" or rest in places
                               or gaz.get((w.lower(),)) == "LOC" or w in places):
                break
            keep = k + 1
        if m.group("num") and re.match(r"\s*(?:tahun|th)\b", body[m.end("num"):], re.I):
            continue  # "saudara SD 27 tahun": initials and an age, no school
        named = bool(m.group("num") or m.group("quals").strip() or (m.group("suffix") and keep))
        if not named or (m.group("head") in ("MA", "MI", "TK") and not (m.group("num") or m.group("quals").strip())):
            continue  # "MA" alone is the Supreme Court; "MI Trate" too weak without a number
        end = m.end("num") if m.group("num") else m.end("quals") if m.group("quals") else m.end("head")
        if keep:
            end = m.start("words") + list(re.finditer(r"\S+", m.group("words")))[keep - 1].end()
            if not m.group("num") and (num := re.match(r" \d{1,3}(?![\d.,/])", body[end:end + 5])):
                end += num.end()  # "SDN Karangrejek 2": the number after the village's name
        found.append((m.start(), end, body[m.start():end]))
    if not found:
        return raws
    out = []
    for r in raws:
        hit = next(((a, b) for a, b, _ in found if r.start < b and a < r.end), None)
        if hit is None:
            out.append(r)
        elif r.end > hit[1] and body[hit[1]:r.end].strip()[:1].isupper():
            # "SMAN 1 Tabanan | Agung Harry": the rest of the tagged span after the school stays
            lead = len(body[hit[1]:r.end]) - len(body[hit[1]:r.end].lstrip())
            out.append(RawMention(hit[1] + lead, r.end, body[hit[1] + lead:r.end], r.type))
    # "SMPN 33" after "SMPN 33 Banjarmasin" is the same school: one group (a key of the fullest
    # form); without a number the shorter is another school ("MINU Trate" / "MINU Trate Putri")
    texts = sorted({t for _, _, t in found}, key=len, reverse=True)
    for a, b, text in found:
        full = next((t for t in texts if t.startswith(text + " ") and text[-1].isdigit()), text)
        # "SMP Negeri 1 Cisarua" is "SMPN 1 Cisarua"
        out.append(RawMention(a, b, text, "ORG", f"ORG:{fold(school_form(full))}"))
    return out


_OFFICE_OF = re.compile(r"Kantor(?: Pusat)? ")
_ERA_OF = frozenset("pemerintahan era rezim".split())


def office_of_body(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"Kantor (Pusat) Kemenkeu": the offices of a body the lexicon knows are a mention of the body
    (an analyst follows the ministry, not its building); "Ketua KPU | Affifuddin": a known body's
    acronym after an office, then a name the lexicon and gazetteer do not know, is the body and a
    person; "pemerintahan Prabowo", "era Jokowi": a person the article or lexicon knows, no body."""
    lex, gaz = load_lexicon(), load_gazetteer()
    people = {w for x in raws if x.type == "PER" for w in (x.text, *x.text.split())}
    out: list[RawMention] = []
    for r in raws:
        head, _, rest = r.text.partition(" ")
        if r.type != "PER" and head.lower() in _ERA_OF and rest[:1].isupper() and (
                rest in people or ((e := lex.lookup(rest)) is not None and e.type == "PER")):
            # "pemerintahan Prabowo", "era Jokowi": the person, not a body
            out.append(RawMention(r.end - len(rest), r.end, rest, "PER"))
            continue
        m = _OFFICE_OF.match(r.text)
        entry = lex.lookup(r.text[m.end():]) if m else None
        if entry is not None and entry.type == "ORG":
            out.append(RawMention(r.start + m.end(), r.end, r.text[m.end():], "ORG"))
            continue
        words = r.text.split(" ")
        if (r.type == "ORG" and len(words) == 2 and words[0].isupper() and words[1][:1].isupper()
                and not words[1].isupper() and (head := lex.lookup(words[0])) is not None and head.type == "ORG"
                and lex.lookup(words[1]) is None and gaz.get((words[1].lower(),)) is None
                and lex.lookup(r.text) is None  # ("penggawa PSV Eindhoven": the club's whole name)
                and word_before(body, r.start).lower() in ROLE_WORDS):
            out.append(RawMention(r.start, r.start + len(words[0]), words[0], "ORG"))
            out.append(RawMention(r.end - len(words[1]), r.end, words[1], "PER"))
            continue
        out.append(r)
    return out


_COMMISSION_BEFORE = re.compile(r"\bKomisi\s+(?:[IVX]{1,4}|[A-K]|\d{1,2})\s+$")
_PARLIAMENTS = ("DPR", "DPRD", "DPD", "MPR")


def parliament_and_country_suffix(body: str, raws: list[RawMention]) -> list[RawMention]:
    """Indonesian bodies the tagger cuts: "DPR | RI" (a body "of the Republic of Indonesia" keeps
    its RI; any tagged "RI" there goes), "Komisi II | DPR RI" (a parliament's commission is a body of
    its own), "DPR RI-DPD RI" (two bodies the lexicon knows, joined by a hyphen)."""
    if not any(r.type == "ORG" for r in raws):
        return raws
    lex = load_lexicon()
    drop: set[int] = set()
    out: list[RawMention] = []
    for r in raws:
        if r.type == "ORG" and "-" in r.text and " " in r.text:
            left, _, right = r.text.partition("-")
            a, b = lex.lookup(left), lex.lookup(right)
            if a is not None and b is not None and a is not b and a.type == b.type == "ORG":
                out.append(RawMention(r.start, r.start + len(left), left, "ORG"))
                r = RawMention(r.end - len(right), r.end, right, "ORG")
        if r.type == "ORG" and body[r.end:r.end + 3] == " RI" and not body[r.end + 3:r.end + 4].isalnum() \
                and not r.text.endswith(" RI"):
            drop.update(k for k, x in enumerate(raws) if x.start == r.end + 1 and x.end == r.end + 3)
            r = RawMention(r.start, r.end + 3, body[r.start:r.end + 3], r.type)
        if r.type == "ORG" and r.text.split()[0] in _PARLIAMENTS and (m := _COMMISSION_BEFORE.search(
                body, max(0, r.start - 20), r.start)):
            r = RawMention(m.start(), r.end, body[m.start():r.end], "ORG")
        out.append(r)
    if drop:
        gone = {(raws[k].start, raws[k].end) for k in drop}
        out = [r for r in out if (r.start, r.end) not in gone]
    return out


_NEWS_AGENCY = re.compile(r"\b[Kk]antor [Bb]erita ((?:[A-Z][\w'’-]*)(?: [A-Z][\w'’-]*){0,2})")


def news_agencies(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"dikutip dari Kantor Berita Nusantara", "kantor berita Antara": a news agency is one
    organisation with its name, not a place "Nusantara" after an office. A name the lexicon knows
    on its own keeps its own mention ("kantor berita Reuters", "Kantor Berita Interfax": the agency).
    A country the lexicon knows after the words is the agency's country, no part of a name ("Kantor
    Berita Jepang, Kyodo News": Japan, then the agency; "kantor berita Rusia RIA Novosti")."""
    found: list[tuple[int, int, str]] = []
    lex = load_lexicon()
    for m in _NEWS_AGENCY.finditer(body):
        words = m.group(1).split()
        while words and (words[-1].lower() in ROLE_WORDS or words[-1] in _WEEKDAYS_WRITTEN):
            words.pop()
        if not words:
            continue
        a = m.start(1)
        country = next((k for k in range(len(words), 0, -1)
                        if (e := lex.lookup(" ".join(words[:k]))) is not None and e.type == "LOC"), 0)
        if country:
            place = " ".join(words[:country])
            found.append((a, a + len(place), "LOC"))
            a += len(place) + 1
            words = words[country:]
            if not words:
                continue
        name = " ".join(words)
        entry = lex.lookup(name)
        if not m.group(0).startswith("Kantor Berita") or country or (entry is not None and entry.type == "ORG"):
            found.append((a, a + len(name), "ORG"))  # "kantor berita Antara": the name is the mention
        else:
            found.append((m.start(), a + len(name), "ORG"))
    if not found:
        return raws
    out = [r for r in raws if not any(a < r.end and r.start < b for a, b, _ in found)]
    out.extend(RawMention(a, b, body[a:b], typ) for a, b, typ in found)
    return out


# an outlet a report is credited to in the text ("seperti dilansir Antara pada Kamis", "Dikutip BBC dari ABC")
_CREDITED = re.compile(r"\b(?:[Dd]ilansir|[Dd]ikutip|[Mm]elansir|[Mm]engutip|[Dd]iberitakan|[Dd]ilaporkan|[Ll]aporan)"
                       r"(?:\s+dari)?\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})")


# the cues only a source takes, after which a name nobody knows is still the paper or site quoted ("Mengutip
# Independent, …", "dilansir Mirror", "laman Wareable"); a person is quoted too ("mengutip Jokowi"): see
# _unknown_outlet
_QUOTED_SITE = re.compile(r"\b(?:[Dd]ilansir|[Mm]elansir|[Mm]engutip|[Dd]ikutip|[Ll]aman|[Ss]itus)(?:[ \t]+(?:dari|resmi))*"
                          r"[ \t]+((?:The[ \t]+)?[A-Z][\w!&'-]*+(?:[ \t]+[A-Z][\w!&'-]*+){0,2})"
                          # (a longer name, cut here, is left alone: "Times of India", "Yayasan Peduli Kanker Serviks")
                          r"(?![ \t]+(?:[A-Z]|&|of\b|und\b|de\b|for\b|and\b))")
# a weekday or month ends the name ("AFP Minggu"); a law's article is quoted too ("mengutip Pasal 113")
_NO_OUTLET_WORDS = frozenset((*ID_WEEKDAY_NAMES, *ID_MONTH_NAMES, "pasal", "undang-undang", "uu", "peraturan", "ayat"))


def credited_outlets(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"seperti dilansir Antara pada Kamis": an outlet a report is credited to, which the tagger left out, is a
    body when the lexicon or the gazetteer knows it as one; after a cue only sources take ("mengutip",
    "dilansir", "laman"), so is a name they do not know that reads as no person's (:func:`_unknown_outlet`)."""
    if not _CREDITED.search(body) and not _QUOTED_SITE.search(body):
        return raws
    out = list(raws)
    for m in _CREDITED.finditer(body):
        words, a = m.group(1).split(), m.start(1)
        for k in range(len(words), 0, -1):
            name = " ".join(words[:k])
            if known_type(name) == "ORG" and not any(r.start < a + len(name) and a < r.end for r in out):
                out.append(RawMention(a, a + len(name), name, "ORG"))
                break
    for m in _QUOTED_SITE.finditer(body):
        a = m.start(1)
        name = _unknown_outlet(m.group(1))
        if name and not any(r.start < a + len(name) and a < r.end for r in out):
            out.append(RawMention(a, a + len(name), name, "ORG"))
    return sorted(out, key=lambda r: r.start)


def _unknown_outlet(text: str) -> str | None:
    """The outlet's name in the capitalised words after a source cue, up to a weekday or month ("AFP Minggu"):
    a name the lexicon, gazetteer and world list do not know, opening with no title or common noun
    ("mengutip Menteri …", "laman Resmi …"). The caller takes it only where the tagger found nothing: a
    person quoted ("mengutip Sri Mulyani") is one the tagger reads as one."""
    words = text.split()
    for k, w in enumerate(words):
        if w.lower() in _NO_OUTLET_WORDS:
            words = words[:k]
            break
    if not words or words[0] == "The" and len(words) == 1:
        return None
    name = " ".join(words)
    head = words[1] if words[0] == "The" else words[0]
    if known_type(name) or world_place(name) or is_role_word(head.lower()) or usually_lower(head):
        return None
    return name


# an outlet credited in the dateline: "Rimanews - Kepala Dinas …" opening the text, "JAKARTA (Pos Kota) - …",
# "Bandung (ANTARA News) - …"
_DATELINE_OUTLET = re.compile(r"(?:^|\n)\s*(?:(?P<lead>[A-Z][A-Za-z]+)\s+[-–—]\s+(?=[A-Z])|"
                              r"[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,2}\s*,?\s*\((?P<credit>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\)"
                              r"\s*[-–—])")


def dateline_outlets(body: str, raws: list[RawMention]) -> list[RawMention]:
    """The outlet a dateline credits is an organisation: "Rimanews - …" opening a paragraph (one word the
    lexicon and gazetteer do not know as a place: not "Jakarta - …"), "JAKARTA (Pos Kota) - …"."""
    found = []
    for m in _DATELINE_OUTLET.finditer(body[:3000]):
        group = "lead" if m.group("lead") else "credit"
        name = m.group(group)
        if known_type(name) == "LOC" or (group == "lead" and (name.isupper() or name in _WEEKDAYS_WRITTEN)):
            continue  # "Jakarta - …", "JAKARTA - …": the place, not an outlet
        found.append((m.start(group), m.end(group)))
    if not found:
        return raws
    out = [r for r in raws if not any(a < r.end and r.start < b for a, b in found)]
    out.extend(RawMention(a, b, body[a:b], "ORG") for a, b in found)
    return sorted(out, key=lambda r: r.start)


# a dateline's place in capitals before its outlet, a bracketed credit or the dash: "KUCHING, JUARA.net - …",
# "BRUSSELS, JUARA.net - …", "PADANG (Antara) - …"
_CAPS_DATELINE = re.compile(r"(?:^|\n)\s*(?P<place>[A-Z][A-Z'.]+(?:[ -][A-Z][A-Z'.]+){0,3})"
                            r"(?=\s*(?:,\s*[^\n,()]{2,30}?\s*|\s*\([^)\n]{2,30}\)\s*)?[-–—])")


def dateline_places(body: str, raws: list[RawMention]) -> list[RawMention]:
    """A dateline's place in capitals, which the tagger (trained on cased text) leaves out, when the
    lexicon, gazetteer or world list knows it as a place: "KUCHING, JUARA.net - …" — unless the text names
    it otherwise than as a place ("MADRID, Juara - Real Madrid … Madrid": the club; one name in capitals
    would take the type of the others and join the club)."""
    found = []
    for m in _CAPS_DATELINE.finditer(body[:3000]):
        a, b = m.span("place")
        name = " ".join(w.capitalize() for w in m.group("place").split())
        if (known_type(name) == "LOC" or world_place(name)) and not any(r.start < b and a < r.end for r in raws) \
                and not any(r.type != "LOC" and fold(r.text) == fold(name) for r in raws):
            found.append(RawMention(a, b, body[a:b], "LOC"))
    return sorted(raws + found, key=lambda r: r.start) if found else raws


# a site named by its domain: "Merdeka.com - …", "kepada Bola.net", "dilansir Bolasport.com dari
# Badmintonindonesia.org", "JUARA.NET, PARIS - " (not an address: "x@y.com", "www.…/…")
_DOMAIN = re.compile(r"(?<![@/\w.])[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)*\.(?:com|net|org|co\.id|id|tv)\b(?![@/.]\w)", re.I)


_TLD = re.compile(r"\.(?:com|net|org|id|tv)\b", re.I)


def web_domains(body: str, raws: list[RawMention]) -> list[RawMention]:
    """A site named by its domain is one organisation with the whole domain as its name (the tagger
    tags none, or its first part: "BOLASPORT | . | COM")."""
    if not _TLD.search(body):  # (a cheap scan first)
        return raws
    found = [(m.start(), m.end()) for m in _DOMAIN.finditer(body) if not m.group().lower().startswith("www.")]
    # (a name that holds the domain and more stays: "Amazon.com Inc")
    found = [(a, b) for a, b in found if not any(r.start <= a and b <= r.end and (r.start, r.end) != (a, b)
                                                 for r in raws)]
    if not found:
        return raws
    out = [r for r in raws if not any(a < r.end and r.start < b for a, b in found)]
    out.extend(RawMention(a, b, body[a:b], "ORG") for a, b in found)
    return out


# Outlets that name their channels in one lower-case-first word ("kata X kepada detikcom", "dikutip
# dari detikFinance", "kumparanNEWS"): the tagger, trained on text that writes names capitalised,
# never tags them, and the lexicon only matches capitalised words.
_OUTLET_CHANNEL = re.compile(
    # a scrape that dropped the space after a link: "di detikBali|selengkapnya"
    r"(?:(?<![\w.])|(?<=[a-z]{4}))detik(?:News|Finance|Health|Sport|Inet|Oto|Travel|Food|Edu|Hot|Pop|Properti"
    r"|Hikmah|Bali|Jateng|Jatim|Jabar|Jogja|Sumut|Sulsel|Sumbagsel|Kalimantan|Sore|Pagi)(?=[a-z]{3,}|di\b)"
    # "Pantauan|detikcom|di Istana": the preposition after it glued on too
    r"|(?<=[a-z]{4})detikcom(?=di\b)"
    r"|(?:(?<![\w.])|(?<=[a-z]{4}))detik[A-Z][a-z]+?(?=selengkapnya\b)"
    r"|(?<![\w.])(?:detik(?:com|\.com|[A-Z][A-Za-z]+)|kumparan(?:[A-Z][A-Za-z]+)?)(?![\w])"
    # or before it: "dikutip dari|detikNews", "Kepada|detikNews"
    r"|(?<=[a-z]{4})detik(?:com|[A-Z][a-z]+)(?![\w])")
_CHANNEL_START = re.compile(r"detik|kumparan")


def outlet_channels(body: str, raws: list[RawMention]) -> list[RawMention]:
    """Outlet channels (:data:`_OUTLET_CHANNEL`) as organisations, replacing any tagged span
    wholly inside one ("News" of "detikNews") or the one word a scrape glued one into."""
    # the pattern opens with lookbehinds, which keep re from skipping ahead to "detik": matched only
    # where the literal is (a third of entity finding's regex time on detik articles otherwise)
    found = [m for start in _CHANNEL_START.finditer(body) if (m := _OUTLET_CHANNEL.match(body, start.start()))]
    if not found:
        return raws
    # a tagged span inside a channel ("News" of "detikNews"), or one word the channel is glued into
    out = [r for r in raws if not any((m.start() <= r.start and r.end <= m.end())
                                      or (r.start < m.end() and m.start() < r.end and not any(
                                          c.isspace() for c in body[r.start:r.end])) for m in found)]
    for m in found:
        if not any(r.start < m.end() and m.start() < r.end for r in out):
            out.append(RawMention(m.start(), m.end(), m.group(), "ORG"))
    return out


# Bodies whose units and office titles run into a person's name in police and prosecution news
_UNIT_BODIES = frozenset("""polda polres polresta polrestabes polsek polri kejati kejari kejagung tni kodam kodim
korem""".split())


# the higher military and police ranks, as a text writes them before a name (not "Kapten", "Mayor": a team's
# captain, a town's mayor)
_RANKS = frozenset("""Jenderal Jendral Letjen Mayjen Brigjen Marsekal Marsdya Marsda Marsma Laksamana Laksdya Laksda
Laksma Komjen Irjen Kombes Kolonel Letkol AKBP Kompol AKP""".split())
# what a text may put between a rank and the name: the service or corps ("Marsekal TNI …", "Kombes Pol …")
_RANK_SERVICES = frozenset("TNI Pol Pol. Polisi (Purn) (Purn.) Purn. Purn".split())
_RANK_OR_SERVICE = _RANKS | _RANK_SERVICES


# "Sekretaris Jenderal", "Direktur Jenderal", "Jaksa Agung" …: "Jenderal" of an office's title, no rank
_GENERAL_OF_OFFICE = re.compile(r"\b(?:Sekretaris|Direktur|Direktorat|Jaksa|Inspektur|Inspektorat|Konsul|Gubernur|"
                                r"Auditor|Sekretariat)\s+$")


def first_names_after_ranks(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"Jenderal Tandyo | Budi Revia": a name-like word between a rank (and its service) and the person the tagger
    found after it is that person's first name (not a word news writes in lower case, nor one the lexicon or
    gazetteer knows: "Kapolda Jenderal | Jakarta …" stays apart)."""
    out = []
    for r in raws:
        w = word_before(body, r.start) if r.type == "PER" and r.lex_key is None else ""
        a = r.start - len(w) - 1
        if w and a > 0 and body[a:r.start] == w + " " and w[:1].isupper() and w[1:].islower() and len(w) > 2 \
                and name_like(w) and not usually_lower(w) and known_type(w) is None and not is_role_word(w) \
                and w not in _RANKS and word_before(body, a) in _RANK_OR_SERVICE \
                and not any(o.start <= a < o.end for o in raws):
            r = RawMention(a, r.end, body[a:r.end], "PER")
        out.append(r)
    return out


def ranked_people(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"Marsekal Fadjar | Prasetyo" tagged a body and a person, "TNI AU Marsekal Fadjar | Prasetyo": a rank
    inside a body or place the tagger found is no part of it — the words before the rank are the body
    ("TNI AU"), the capitalised words after it a person's name, run into the person tagged right after."""
    starts = {r.start: k for k, r in enumerate(raws)}
    out: list[RawMention] = []
    gone: set[int] = set()
    for k, r in enumerate(raws):
        if k in gone:
            continue
        if r.type not in ("ORG", "LOC") or r.lex_key is not None:
            out.append(r)
            continue
        words = list(re.finditer(r"\S+", r.text))
        rank = next((i for i, w in enumerate(words) if w.group() in _RANKS), None)
        if rank is None and word_before(body, r.start) in _RANKS:
            rank = -1  # "Marsekal | Fadjar": the rank left outside the "body" (an honorific, by an earlier step)
        if rank is None:
            out.append(r)
            continue
        at = r.start + words[rank].start() if rank >= 0 else body.rfind(word_before(body, r.start), 0, r.start)
        if _GENERAL_OF_OFFICE.search(body, max(0, at - 14), at):
            out.append(r)  # ("Sekretaris Jenderal PBB": a title, no rank)
            continue
        j = rank + 1
        while j < len(words) and words[j].group() in _RANK_SERVICES:
            j += 1
        name = words[j:]
        nxt = starts.get(r.end + 1)
        follows = nxt is not None and raws[nxt].type == "PER" and body[r.end:r.end + 1] == " "
        head = " ".join(w.group() for w in words[:max(rank, 0)])
        if head and not (head.replace(" ", "").isupper() or known_type(head) == "ORG"):
            out.append(r)  # "Lanud Marsekal Suryadarma", "Universitas Jenderal Soedirman": named after a person
            continue
        # the body or place before the rank
        before = RawMention(r.start, r.start + words[rank - 1].end(), r.text[:words[rank - 1].end()], r.type) \
            if rank > 0 else None
        if not name and before:
            # "Kepala Basarnas Marsdya TNI | Mohammad Syafii": the rank (and its service) after the body, the person
            # tagged apart
            out.append(before)
            continue
        if not name or not all(
                re.fullmatch(r"[A-Z][a-z]+(?:[-'’][A-Za-z]+)?", w.group()) and known_type(w.group()) is None
                and w.group().lower() not in ROLE_WORDS for w in name) \
                or load_lexicon().lookup(" ".join(w.group() for w in name)) is not None:
            out.append(r)
            continue
        if before:
            out.append(before)
        start, end = r.start + name[0].start(), r.end
        if follows:
            gone.add(nxt)
            end = raws[nxt].end
        out.append(RawMention(start, end, body[start:end], "PER"))
    return out


def office_units_in_person(raws: list[RawMention]) -> list[RawMention]:
    """"Kasi | Intel Kejari Binjai Noprianto Sihombing", "Satreskrim Polrestabes": a "person" that
    holds a police or prosecution body is an office title run into the name. The body and its
    region become an organisation, what follows them (past a rank) the person; the unit words
    before the body are the person's title, found by kabar.nlp.roles."""
    lex, gaz = load_lexicon(), load_gazetteer()
    out: list[RawMention] = []
    for r in raws:
        words = list(re.finditer(r"\S+", r.text))
        k = max((i for i, w in enumerate(words) if w.group().lower() in _UNIT_BODIES), default=-1) \
            if r.type == "PER" and r.lex_key is None and len(words) > 1 else -1
        if k < 0:
            out.append(r)
            continue
        j = k + 1
        rank = next((i for i in range(k + 1, min(k + 4, len(words))) if is_honorific(words[i].group())), None)
        if rank is not None:  # "Polda Babel | Kombes Yeyen": the words up to a rank are the region
            j = len(words) if rank + 1 >= len(words) else rank
        while rank is None and j < len(words):  # the region: "Binjai", "Sumsel", "DIY", "Kalimantan Timur"
            two = " ".join(w.group() for w in words[j:j + 2])
            if j + 1 < len(words) and (gaz.get(tuple(two.lower().split())) == "LOC"
                                       or ((e := lex.lookup(two)) is not None and e.type == "LOC")):
                j += 2
                continue
            one = words[j].group()
            if gaz.get((one.lower(),)) == "LOC" or ((e := lex.lookup(one)) is not None and e.type == "LOC") \
                    or (one.isupper() and 2 <= len(one) <= 5):
                j += 1
                continue
            break
        end_org = words[j - 1].end()
        out.append(RawMention(r.start + words[k].start(), r.start + end_org, r.text[words[k].start():end_org], "ORG"))
        while j < len(words) and is_honorific(words[j].group()):
            j += 1  # "Kombes", "AKBP"
        if j < len(words):
            out.append(RawMention(r.start + words[j].start(), r.end, r.text[words[j].start():], "PER"))
    return out


_ERA_PAIR = re.compile(r"\b(?i:pemerintahan|era|rezim|pasangan|duet|kepemimpinan|kabinet)\s+([A-Z][a-z]{2,})-([A-Z][a-z]{2,})(?![\w-])")


def era_pairs(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"pemerintahan Prabowo-Gibran", "pasangan Pramono-Rano": a ticket the tagger left untagged
    (one hyphenated token to it) is two people, where neither side is a known place or body or a
    word news writes in lower case ("era Orde-Baru"); so is the same pair wherever else the article writes
    it ("kepuasan terhadap Prabowo-Gibran"), and the tagger's body "Pemerintahan Prabowo-Gibran" gives way."""
    pairs = {m.group(1, 2) for m in _ERA_PAIR.finditer(body)
             if not any(known_type(w) or usually_lower(w) for w in m.groups())}
    if not pairs:
        return raws
    out = list(raws)
    for left, right in sorted(pairs):
        for m in re.finditer(rf"(?<![\w-]){left}-{right}(?![\w-])", body):
            sides = {(m.start(), m.start() + len(left)), (m.end() - len(right), m.end())}
            cue = _ERA_PAIR.search(body, max(0, m.start() - 16), m.end())
            head = cue.start() if cue is not None and cue.end() == m.end() else m.start()
            # a side may already be there, as a repeat of a name found elsewhere ("Prabowo" | -Gibran)
            over = [r for r in out if r.start < m.end() and m.start() < r.end]
            if any((r.start, r.end) not in sides and not (r.type == "ORG" and r.start == head and r.end == m.end())
                   or (r.start, r.end) in sides and r.type != "PER" for r in over):
                continue
            out = [r for r in out if r not in over or (r.start, r.end) in sides]
            out += [RawMention(a, b, body[a:b], "PER") for a, b in sorted(sides)
                    if not any((r.start, r.end) == (a, b) for r in over)]
    return out


_HYPHEN_PAIR = re.compile(r"(?<=[a-z])-(?=[A-Z][a-z])")
# European given names that open a hyphenated given name: "Marie-Amélie", "Jean-Claude", "Hans-Peter"
_HYPHENATED_GIVEN = frozenset("""jean marie anne pierre louis paul hans karl claude charles francois françois
jose josé juan maria ann mary anna""".split())


def split_hyphen_pairs(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"Prabowo-Gibran", "Prabowo Subianto-Gibran | Rakabuming Raka": two people joined by a hyphen
    (a ticket, a duo) are two names (Indonesian text). Split where a side is a word the article also
    writes on its own, or where both sides are words of five letters or more (Korean given names
    keep their hyphen: "Sung-Jun", "Yo-Jong") — and only where the left side is one word or a person the
    lexicon knows ("Gus Ipul - Anas"), or the right one runs on into another tagged name: a hyphen in a
    full name's last word is a double-barrelled surname ("Sam Bankman-Fried"). The right-hand name then
    joins the name tagged right after it."""
    out: list[RawMention] = []
    ordered = sorted(raws, key=lambda r: r.start)
    for k, r in enumerate(ordered):
        cut = _HYPHEN_PAIR.search(r.text) if r.type == "PER" else None
        if cut is not None and (r.text[:cut.start()].split()[-1].lower() in _HYPHENATED_GIVEN
                                or r.text[:cut.start()].split()[-1].lower() == r.text[cut.end():].split()[0].lower()):
            cut = None  # (nor a reduplicated word: "Undang-Undang Ketenagalistrikan")
        if cut is not None:
            left, right = r.text[:cut.start()], r.text[cut.end():]
            lw, rw = left.split()[-1], right.split()[0]
            nxt = ordered[k + 1] if k + 1 < len(ordered) else None
            runs_on = nxt is not None and nxt.type == "PER" and body[r.end:nxt.start] == " "
            alone = any(len(w) >= 3 and re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", body) for w in (lw, rw))
            if (" " not in left or " " in right or runs_on or known_type(left) == "PER") and (
                    alone or (len(lw) >= 5 and len(rw) >= 5 and lw.isalpha() and rw.isalpha())):
                out.append(RawMention(r.start, r.start + len(left), left, "PER"))
                r = RawMention(r.start + cut.end(), r.end, right, "PER")
        prev = out[-1] if out else None
        if (prev is not None and prev.type == "PER" and r.type == "PER" and body[prev.end:r.start] == " "
                and prev.start > 0 and body[prev.start - 1] == "-" and " " not in prev.text):
            out[-1] = RawMention(prev.start, r.end, body[prev.start:r.end], "PER")  # "Gibran | Rakabuming Raka"
            continue
        out.append(r)
    return out


# Balinese names open with a birth-order name or a caste title after "I" (men) or "Ni" (women):
# "I Made Agus Hartawiguna", "Ni Luh Putu …", "I Gusti Ngurah Rai", "Ida Bagus …", "Anak Agung …";
# Sasak (Lombok) ones with a noble title: "Lalu Muhamad Iqbal", "Baiq …". The tagger, trained on
# news from elsewhere, leaves the prefix out or runs it into the title before ("… Kabupaten Tabanan
# I Made | Agus Hartawiguna").
_BIRTH_ORDER = "|".join(BIRTH_ORDER_NAMES)
_ISLAND_PREFIX = re.compile(
    r"(?<![\w.])(?P<prefix>(?:I|Ni)\s+(?:Gusti\s+(?:Ngurah|Agung|Ayu|Bagus|Made|Putu|Ketut|Nyoman|Gede|Gde|Kade)"
    rf"|Dewa(?:\s+(?:Ayu|Gede|Gde|Made|Putu|Ketut|Nyoman))?|Luh(?:\s+(?:{_BIRTH_ORDER}))?|(?:{_BIRTH_ORDER}))"
    r"|Ida\s+(?:Bagus|Ayu)|Anak\s+Agung(?:\s+(?:Ngurah|Gede|Gde|Ayu|Istri|Made|Putu))?"
    r"|(?:Tjokorda|Cokorda)(?:\s+(?:Gde|Gede|Istri|Oka|Bagus|Ngurah))?"
    # the Satria caste's "Sang" before a birth-order name ("Sang Nyoman Sedana Artha"; not "sang juara")
    rf"|Sang\s+(?:{_BIRTH_ORDER})"
    # Sasak titles, and the Javanese "Raden" ("Kombes Raden Prabowo Argo Yuwono"): only before a tagged person
    r"|(?P<sasak>Lalu|Baiq|Raden(?:\s+(?:Mas|Ajeng|Ayu|Roro|Rara))?))"
    r"(?P<rest>(?:\s+[A-Z][\w'’-]*){1,4})")


def island_name_prefixes(body: str, raws: list[RawMention]) -> list[RawMention]:
    """Balinese and Sasak names (:data:`_ISLAND_PREFIX`) whole: a person the tagger found right after
    the prefix (or one covering it) takes it in; words before the prefix in the same tagged person
    were a title ("Kesra Setda Kabupaten Tabanan") and are no person. A Balinese name the tagger
    missed altogether is a person by its prefix alone; a Sasak title only before a tagged person and
    not opening a sentence ("Lalu," is also "then")."""
    if not any(w in body for w in ("I ", "Ni ", "Ida ", "Anak Agung", "okorda", "Lalu ", "Baiq ", "Raden ", "Sang ")):
        return raws
    out = list(raws)
    for m in _ISLAND_PREFIX.finditer(body):
        a, b = m.start(), m.start("rest") + len(m.group("rest")) - len(m.group("rest").lstrip())
        after = next((r for r in out if r.type == "PER" and r.start <= b < r.end), None)
        if m.group("sasak") and (after is None or after.start < a or opens_sentence(body, a)):
            continue
        if after is None:
            if any(r.start < m.end() and a < r.end for r in out):
                continue  # the words are some other name ("I Gusti Ngurah Rai" the airport, tagged a place)
            end = m.end()
        elif after.start == a:
            continue  # the tagger took the whole name
        else:
            end = after.end
        kept = []
        for r in out:
            if r.end <= a or r.start >= end:
                kept.append(r)
            elif r.start < a and r.type != "PER":
                head = body[r.start:a].rstrip()
                kept.append(RawMention(r.start, r.start + len(head), head, r.type))
            # a person running into the prefix, or the pieces of the name, give way to the whole name
        kept.append(RawMention(a, end, body[a:end], "PER"))
        out = sorted(kept, key=lambda r: r.start)
    return out


# Balinese priests' and kings' titles before a name ("Ida Pedanda Gede Made Tembau", "Ida Dalem Surya …",
# "Jro Mangku Ketut …"): the title is no part of the name
_BALINESE_TITLE = re.compile(r"(?:Ida\s+(?:Pedanda|Padanda|Dalem|Rsi|Resi|Bhagawan|Begawan|Pandita|Mpu)|"
                             r"(?:Jro|Jero)\s+Mangku|Pemangku)\s+(?=[A-Z])")
_ORDER_WORDS = frozenset(_BIRTH_ORDER.split("|"))
# words after which a birth-order name is still inside one Balinese name ("I Gusti Made …", "Anak Agung Gede …")
_IN_NAME_BEFORE_ORDER = frozenset("I Ni Gusti Dewa Bagus Ayu Agung Luh Ngurah Anak Ida Desak Istri Cokorda Tjokorda Sang".split())


def balinese_names_after_titles(body: str, raws: list[RawMention]) -> list[RawMention]:
    """A Balinese name the tagger ran on from what came before it: a priest's or king's title
    ("Ida Pedanda | Gede Made Tembau"), or an office's place ("Perbekel Cemagi | Putu Hendra Sastrawan",
    the birth-order name "Putu" opening the person's name after the village). The title is dropped;
    a place after an office word stays a place."""
    out = []
    for r in raws:
        words = r.text.split()
        if r.type != "PER" or r.lex_key is not None or len(words) < 2:
            out.append(r)
            continue
        if (alone := _BALINESE_TITLE.match(r.text + " X")) and alone.end() == len(r.text) + 1:
            continue  # "Ida Dalem" alone: the title, its name tagged apart
        title = _BALINESE_TITLE.match(r.text)
        if title:
            cut = title.end()
            out.append(RawMention(r.start + cut, r.end, r.text[cut:], "PER", None))
            continue
        k = next((i for i, w in enumerate(words[1:-1], 1) if w in _ORDER_WORDS
                  and words[i - 1] not in _IN_NAME_BEFORE_ORDER and words[i - 1] not in _ORDER_WORDS), None)
        if k is None or word_before(body, r.start).lower() not in ROLE_WORDS | {"desa", "kelurahan", "banjar"}:
            out.append(r)
            continue
        head = " ".join(words[:k])
        cut = r.text.index(words[k], len(head))
        out.append(RawMention(r.start, r.start + len(head), head, "LOC", None))
        out.append(RawMention(r.start + cut, r.end, r.text[cut:], "PER", None))
    return out


def affixed_openers(body: str, raws: list[RawMention]) -> list[RawMention]:
    """A one-word "person" opening a sentence that is an Indonesian verb or noun built on a known
    root ("Patuhi arahan …", "Ditelisik melalui …", kabar.lang.stem.affixed_word) and that cased
    news seldom shows (a word it writes in lower case goes earlier, kabar.nlp.mentions): no name,
    unless the article also writes it mid-sentence or inside a longer name, or the lexicon or
    gazetteer knows it."""
    candidates = {r.text for r in raws if r.type == "PER" and r.lex_key is None and r.text.isalpha()
                  and opens_sentence(body, r.start)}
    # the same word opening a longer "name" ("Kehilangan Evan dan Putu …", "Melatih Milan?"): the rest
    # is the name
    led = {r.text.split()[0] for r in raws if r.type == "PER" and r.lex_key is None and " " in r.text
           and r.text.split()[0].isalpha() and opens_sentence(body, r.start)}
    if not candidates and not led:
        return raws
    inside = {w for r in raws if " " in r.text and not opens_sentence(body, r.start) for w in r.text.split()}
    inside |= {r.text for r in raws if not opens_sentence(body, r.start)}
    # a word opening a longer "name" goes where cased news writes it in lower case mostly, or where it is
    # rare and a name of two words or more follows ("Sementera [sic] Michael Beasley"; before one word a
    # rare word is a first name as often: "Kasiman Santoso")
    short_rest = {r.text.split()[0] for r in raws if r.type == "PER" and len(r.text.split()) == 2}
    suspects = {w for w in candidates if rarely_seen(w)}
    suspects |= {w for w in led if usually_lower(w) or (rarely_seen(w) and w not in short_rest)}
    drop = {w for w in suspects if w not in inside and not known_type(w) and affixed_word(w)}
    if not drop:
        return raws
    types = {r.text: r.type for r in raws}
    out = []
    for r in raws:
        first, _, rest = r.text.partition(" ")
        if r.type == "PER" and first in drop:
            if not rest:
                continue
            out.append(RawMention(r.end - len(rest), r.end, rest, types.get(rest, "PER"), None))
        else:
            out.append(r)
    return out


_BIN_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\s+(?:bin|binti)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\b"
                       # an Arabic family name after "al-", hyphen spaced too ("Hana Mansour al - Khatib")
                       r"|\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\s+(?:al|el)\s?-\s?[A-Z][a-z]+\b")


def bin_names(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"Emuh binti Saran", "Abdul Basith bin Ahmad", "Hana Mansour al - Khatib": a name with its father's after
    "bin"/"binti", or a family name after "al-", is one person, where the tagger named a person on either side
    (and no place or body the lexicon knows)."""
    if " bin" not in body and " al-" not in body and " al -" not in body and " el-" not in body:
        return raws
    for m in _BIN_NAME.finditer(body):
        start = m.start()
        while (w := re.match(r"([A-Z][a-z]+)\s+", body[start:m.end()])) and (
                is_role_word(w.group(1)) or is_honorific(w.group(1)) or usually_lower(w.group(1))
                or w.group(1) in _ROYAL_TITLES):
            # "Presiden | Bashar al - Assad", "Kata | Saleh al - Jasser", "Raja | Salman bin Abdulaziz": a title, or a
            # common word opening the sentence, before the name is no part of it
            start += w.end()
        inside = [r for r in raws if r.start < m.end() and start < r.end]
        # (or where the tagger typed the family name alone otherwise, after a given name it left out: "kata Saleh
        # al - | Jasser", no head of a place's or body's name before it)
        given = re.match(r"[A-Z][a-z]+", body[start:m.end()])
        family_only = " al" in m.group(0).lower() and len(inside) == 1 and inside[0].lex_key is None \
            and body[start:inside[0].start].lower().rstrip().endswith(("al -", "al-", "el -", "el-")) \
            and given is not None and given.end() + start < inside[0].start and known_type(given.group()) is None \
            and given.group().lower() not in ORG_HEADS and given.group() not in _PLACE_LED_HEADS
        if start < m.end() and (any(r.type == "PER" for r in inside) or family_only) and all(
                start <= r.start and r.end <= m.end() and (r.type == "PER" or r.lex_key is None) for r in inside):
            raws = [r for r in raws if r not in inside] + [RawMention(start, m.end(), body[start:m.end()], "PER", None)]
    return sorted(raws, key=lambda r: r.start)


# an Arabic name written with its hamza or ain as an apostrophe: "Ja'far", "Mu'ti", "Ma'ruf", "Syafi'i"
_APOSTROPHE_WORD = re.compile(r" ([A-Z][a-z]*['’][A-Z]?[a-z]{2,})\b")  # ("Ja'far", "D'Antoni")


def apostrophe_name_ends(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"Moch Fauzan | Ja'far": a capitalised word with an inner apostrophe right after a person, that
    the tagger left out or named alone as a body or place, ends that person's name (the tagger's
    features see such a word seldom; idner and NERP write few of them)."""
    if "'" not in body and "’" not in body:
        return raws
    raws = sorted(raws, key=lambda r: r.start)
    out: list[RawMention] = []
    dropped: set[int] = set()
    for r in raws:
        if id(r) in dropped:
            continue
        m = _APOSTROPHE_WORD.match(body, r.end)
        if r.type == "PER" and r.lex_key is None and m and not known_type(m.group(1)):
            inside = [o for o in raws if o is not r and o.start < m.end() and m.start() < o.end]
            # (not where a longer name goes on from the word: "Ma'ruf Amin")
            if all((o.start, o.end) == m.span(1) and o.lex_key is None for o in inside):
                dropped.update(id(o) for o in inside)
                r = RawMention(r.start, m.end(), body[r.start:m.end()], "PER", None)
        out.append(r)
    return out


# one to three initials with their dots before a name: "M. Hargianto", "A.M. Hendropriyono", "J.J. Abrams"
# (a space, not a line break: "… di fase Grup B.\n\nRiedl pun …" opens no name)
_LEADING_INITIALS = re.compile(r"(?<![\w.])((?:[A-Z]\. ?){1,3}) ?$")
# initials that are titles of address, not part of the name: Haji, Hajjah, Kiai Haji
_TITLE_INITIALS = frozenset({"H.", "K.H.", "KH."})


def leading_initials(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"M. | Hargianto", "A.M. | Hendropriyono": the initials that open a person's name, which the
    tagger left out (a title of address's "H." stays out, as the gold has it: "H. Ahmad" is Ahmad)."""
    if ". " not in body:
        return raws
    out = []
    initials_read: set[int] = set()  # (a country's dotted acronym the lexicon read in them: "A.S. | Pudjoharsoyo")
    for r in raws:
        m = _LEADING_INITIALS.search(body, max(0, r.start - 10), r.start) if r.type == "PER" and r.lex_key is None \
            else None
        inside = [x for x in raws if x is not r and x.start < r.start and m.start() < x.end] if m else []
        if m and m.group(1).replace(" ", "") not in _TITLE_INITIALS and body[m.end():r.start] in ("", " ") \
                and all(x.start >= m.start() and x.lex_key is not None and "." in x.text and " " not in r.text
                        for x in inside):  # (not "Presiden A.S. | Donald Trump": a full name after the country)
            initials_read.update(id(x) for x in inside)
            r = RawMention(m.start(), r.end, body[m.start():r.end], "PER", None)
        out.append(r)
    return [r for r in out if id(r) not in initials_read]


_PLACE_WORDS = r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}"
# a railway line named by its two ends ("jalur KA Langsa - Besitang", "jalur ganda KA Kroya - Kutoarjo", "jalur KA
# Layang Medan - Bandar Khalifah", a double double track's "DDT Manggarai - Cikarang"; a detokenised spaced hyphen or
# none)
_RAIL_LINE = re.compile(r"\b(?:(?:jalur|lintas|lintasan|relasi|rute)(?: (?:ganda|dwi ganda|rel|baru))?"
                        r"(?: (?:KA|KRL|LRT|MRT|kereta(?: api)?))?(?: [Ll]ayang)?|DDT)"
                        rf" (?P<a>{_PLACE_WORDS}) ?- ?(?P<b>{_PLACE_WORDS})\b")


def trains_and_lines(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"KA Argo Parahyangan tujuan Bandung": a train's name after "KA" (kereta api) names no one and no place;
    but a railway line's two ends are places, whatever the tagger made of them ("jalur KA | Langsa - Besitang")."""
    if "KA " in body:
        raws = [r for r in raws if not (r.lex_key is None and r.start >= 3 and body[r.start - 3:r.start] == "KA "
                                        and (r.start == 3 or not body[r.start - 4].isalnum()))]
    for m in _RAIL_LINE.finditer(body) if "-" in body else ():
        if m.group("a") == m.group("b"):
            continue  # "jalur Ayak-Ayak": a reduplicated name, one place
        for g in ("a", "b"):
            s, e = m.span(g)
            over = [r for r in raws if r.start < e and s < r.end]
            if any(r.lex_key is not None or r.start < m.start() or r.end > m.end() for r in over):
                continue  # a known name, or one that runs out of the line's words: left as it is
            raws = [r for r in raws if not (r.start < e and s < r.end)] + [RawMention(s, e, body[s:e], "LOC", None)]
    return sorted(raws, key=lambda r: r.start)


# a byline's label opening its line ("Penulis: Anggun Pratama", "Editor : …")
_BYLINE_LABEL = re.compile(r"(?:^|\n)[ \t]*(?:Penulis|Editor|Reporter|Pewarta|Penyunting|Fotografer)[ \t]*:[ \t]*$")


# a report's closing credit line: "Laporan Alfons Hartanto dan videographer Kevin Putra"
_CREDIT_LINE = re.compile(r"(?m)^[ \t]*(?:Laporan|Liputan)[ \t]+[A-Z][^\n.]{0,100}$")


def byline_names(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"Penulis: Anggun Pratama", "Laporan Alfons Hartanto dan videographer Kevin Putra": the writers a byline or
    credit line names are no one the story is about."""
    credits = [(m.start(), m.end()) for m in _CREDIT_LINE.finditer(body)] if "Laporan" in body or "Liputan" in body else []
    if ":" not in body and not credits:
        return raws
    return [r for r in raws if not (r.type == "PER" and (_BYLINE_LABEL.search(body, max(0, r.start - 40), r.start)
                                                         or any(a <= r.start and r.end <= b for a, b in credits)))]


def labels_off_names(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"I Wayan Adi Arnawa Sekretaris: I Wayan Diar": an office word ending a "name" right before a
    colon is the label of the next line of a list, no part of the name (nor a name alone)."""
    out = []
    for r in raws:
        words = r.text.split(" ")
        if r.lex_key is None and body[r.end:r.end + 1] == ":" and words[-1].lower() in ROLE_WORDS | LIST_LABELS:
            if len(words) == 1:
                continue
            text = " ".join(words[:-1])
            r = RawMention(r.start, r.start + len(text), text, r.type, None)
        out.append(r)
    return out


def first_names_from_elsewhere(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"Menteri Keuangan Sri | Mulyani Indrawati": a capitalised word the tagger left before a person is
    that person's first name when the article names them elsewhere with it ("Menurut Sri Mulyani, …")."""
    people = [r.text for r in raws if r.type == "PER"]
    out = []
    for r in raws:
        w = word_before(body, r.start)
        a = r.start - len(w) - 1
        if (r.type == "PER" and r.lex_key is None and w[:1].isupper() and len(w) > 2 and a >= 0
                and body[a:r.start] == w + " " and w.lower() not in ROLE_WORDS and not is_honorific(w)
                and not any(o.start <= a < o.end for o in raws)
                and any(p.startswith(f"{w} {r.text.split()[0]}") for p in people)):
            r = RawMention(a, r.end, body[a:r.end], "PER")
        out.append(r)
    return out


def ratu_first_names(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"Sekjen PSSI Ratu | Tisha Destria" ("…PSSI, Ratu …" too): "Ratu" (queen) after a title or the body or place it
    names is the person's first name, which the tagger left out (a queen is titled before her name alone: "Ratu
    Elizabeth II")."""
    out = []
    for r in raws:
        a = r.start - 5
        if (r.type == "PER" and r.lex_key is None and a > 0 and body[a:r.start] == "Ratu " and " " in r.text
                and (word_before(body, a).lower() in ROLE_WORDS
                     or any(o.type in ("ORG", "LOC") and body[o.end:a] in (" ", ", ") for o in raws))):
            r = RawMention(a, r.end, body[a:r.end], "PER")
        out.append(r)
    return out


# a blessing written after a prophet's name ("Nabi Muhammad SAW"), no part of it
_BLESSINGS = frozenset("SAW SAW. S.A.W. saw".split())


def blessings_off_names(raws: list[RawMention]) -> list[RawMention]:
    """"Nabi Muhammad SAW": the blessing after a prophet's name is no part of the name."""
    out = []
    for r in raws:
        words = r.text.split(" ")
        if r.type == "PER" and r.lex_key is None and len(words) > 1 and words[-1] in _BLESSINGS:
            text = " ".join(words[:-1])
            r = RawMention(r.start, r.start + len(text), text, r.type, None)
        out.append(r)
    return out


def degrees_no_names(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"Prof Dr Ir Herry Suhardiyanto, MSc": a degree after a name, tagged a name of its own, is none;
    nor is the part after the first dot of one ("Ratih Ibrahim, M.Psi": "Psi")."""
    return [r for r in raws if not (r.lex_key is None and r.text.split() and (
        all(is_degree(w) for w in r.text.split())
        or (" " not in r.text and (m := _DEGREE_HEAD.search(body, max(0, r.start - 6), r.start)) and is_degree(m.group() + r.text))))]


# the dotted opening of a degree the tokenizer cut from the rest: "M." of "M.Psi", "S.Si" → "S."
_DEGREE_HEAD = re.compile(r"(?<![\w.])(?:[A-Z][a-z]?\.)+$")


def verbs_inside_names(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"Sandi Kalahkan Ahok" (a headline): an Indonesian verb built on a known root with "-kan"
    inside a "person" of three words or more splits it into the names on either side. No name's
    word in idner's or NERP's training people ends so (7 of 6,932 NERP person tokens, all tagging
    errors such as "mengatakan"). Ending the "person", before a headline's next capitalised word,
    such a verb with "-kan" or "-i" is cut off ("Baca juga: Adjie Pangestu Nikahi | Gadis 22 Tahun")."""
    out = []
    for r in raws:
        words = r.text.split(" ")
        last = words[-1]
        if r.type == "PER" and r.lex_key is None and len(words) >= 3 and last[:1].isupper() and not last.isupper() \
                and last.lower().endswith(("kan", "i")) and affixed_word(last) and not known_type(last) \
                and re.match(r" (?:[A-Z]|\d)", body[r.end:r.end + 2]):
            r = RawMention(r.start, r.end - len(last) - 1, r.text[:-len(last) - 1], "PER", None)
            words = words[:-1]
        cut = next((k for k, w in enumerate(words[1:-1], 1) if len(w) > 5 and w[:1].isupper() and not w.isupper()
                    and w.lower().endswith("kan") and affixed_word(w) and not known_type(w)), None)
        if r.type != "PER" or r.lex_key is not None or cut is None:
            out.append(r)
            continue
        head, tail = " ".join(words[:cut]), " ".join(words[cut + 1:])
        out.append(RawMention(r.start, r.start + len(head), head, "PER", None))
        out.append(RawMention(r.end - len(tail), r.end, tail, "PER", None))
    return out


# Police and military units and staff sections an office title names ("Kanit | Reskrim", "Kasi |
# Intel", "Karo | Monev"): a one-word "person" that is one of them is the title's rest, no one
_UNIT_WORDS = frozenset("""reskrim reskrimum reskrimsus intel intelkam lantas narkoba binmas sabhara samapta propam
humas provos polairud reserse monev rena ops sdm logistik paminal dokkes""".split())


_ELECTIONS = frozenset("Pilkada Pilgub Pilbup Pilwalkot Pilwali Pilpres Pileg Pemilu Pilkades".split())


def elections_no_names(raws: list[RawMention]) -> list[RawMention]:
    """"Pilgub Jabar", "Pilbup Purwakarta": an election is no name; the region after it is a place."""
    out = []
    for r in raws:
        first, _, rest = r.text.partition(" ")
        if first in _ELECTIONS and r.lex_key is None:
            if rest and known_type(rest) == "LOC":
                out.append(RawMention(r.end - len(rest), r.end, rest, "LOC", None))
            continue
        out.append(r)
    return out


def units_no_person(raws: list[RawMention]) -> list[RawMention]:
    """Drop one-word "people" that are a unit or staff section (:data:`_UNIT_WORDS`), and "people"
    made only of office short forms and units ("Karopenmas Divhumas", "Bhabinsa", "Wakasat Binmas")."""
    # (one word alone only from the list: the patterns also fit Javanese names, "Kasim", "Kasiran")
    # (and a candidate's title, whatever the type: "Cawagub" came out a place)
    return [r for r in raws if not (r.lex_key is None and CANDIDATE_TITLE.fullmatch(r.text)) and not (
        r.type == "PER" and r.lex_key is None and (
        r.text.lower() in _UNIT_WORDS | _VILLAGE_OFFICERS or (" " in r.text and all(
            is_office_abbreviation(w) or w.lower() in _UNIT_WORDS for w in r.text.split()))))]


_VILLAGE_OFFICERS = frozenset("bhabinsa babinsa bhabinkamtibmas babinkamtibmas".split())


# heads and compass words of names, no name alone ("Sekretariat", "Timur" cut from a longer name)
# (and feasts: "Imlek" came out a place)
_NAME_PARTS_ALONE = frozenset("sekretariat republik majelis timur barat utara selatan tengah olimpiade".split())
# feasts, no names ("Imlek" came out a place) — unless a word of a person's name ("Ahmad Ramadhan")
_FEASTS = frozenset("imlek lebaran natal nyepi waisak idulfitri iduladha ramadan ramadhan".split())
# regional government offices and services, named by their region: "Bapenda Jatim", "Samsat Bekasi"
_REGIONAL_SERVICES = frozenset("""bapenda samsat dispenda bpkad bkd bkpsdm dinkes disdik dishub disdukcapil bappeda
bpbd pemprov pemkab pemkot dprd kpu bawaslu""".split())


# acronyms of documents, numbers, meetings and roles, no body: "NIK" (an ID number) came out a place,
# "JPU" (the prosecutor) and "RDP" (a hearing) organisations
_NOT_BODIES = frozenset("""NIK KTP NPWP SIM STNK BPKB JPU RDP RDPU RAPBN RAPBD APBN APBD
PPN PPnBM PPh UMKM UKM UKMK LHKPN VR AR""".split()) | frozenset([  # (VR, AR: virtual and augmented reality)
    # competitions are events, no bodies or places ("Premier | League" had come out a person "League")
    "League", "Premier League", "Liga Inggris", "Liga Champions", "Liga Europa", "Liga Spanyol", "Liga Italia",
    "Liga Jerman", "Liga Prancis", "Serie A", "La Liga", "Bundesliga", "Ligue 1", "Liga 1", "Liga 2",
    "Piala Dunia", "Piala Asia", "Piala AFF", "Piala Presiden", "Asian Games", "SEA Games",
    # with their country ("giornata 17 Serie A Italia" had come out a place)
    "Serie A Italia", "Liga Primer Inggris", "Liga Premier Inggris", "La Liga Spanyol", "Bundesliga Jerman",
    "Ligue 1 Prancis", "Eredivisie Belanda", "League One", "League Two", "Ligue One", "Championship",
    # Spain's cup, and the Champions League by its initials ("di LC musim ini" had come out a place)
    "Copa del Rey", "Piala Raja Spanyol", "LC",
    # divisions of a league ("tim Championship Division, Sunderland", "Segunda B Division")
    "Division", "Championship Division", "Premier Division", "First Division", "Segunda Division", "Segunda B Division",
    "Tercera Division", "Primera Division", "Indian Super League", "Super League", "A-League", "A - League", "MLS"])
# first words of a programme's, scheme's or policy's name, no body ("Bantuan Stimulan Perumahan
# Swadaya", "Fasilitas Likuiditas Pembiayaan Perumahan"), and of an anniversary ("HUT RI")
_SCHEME_HEADS = frozenset("bantuan fasilitas optimalisasi penetapan pelaksanaan penyaluran subsidi pengentasan "
                          "penghapusan hut".split())


def calendar_and_office_names(raws: list[RawMention]) -> list[RawMention]:
    """A one-word name that is a month or weekday ("Juli", the tagger's person) or a span of them
    ("April-Juni"), or a word cased news writes in lower case ("Militer", "Kantornya"), is none; so are
    document and role acronyms (:data:`_NOT_BODIES`) and programmes (:data:`_SCHEME_HEADS`); a "person"
    opening with a regional office whose other words are places is that office ("Bapenda Sulsel")."""
    out = []
    inside = {w for r in raws if " " in r.text for w in r.text.split()}  # "Subur" of "Subur Saroso" stays
    for r in raws:
        words = r.text.split()
        if len(words) == 1 and r.lex_key is None and r.text.lower() in _CALENDAR_WORDS | _NAME_PARTS_ALONE:
            continue
        if len(words) == 1 and r.lex_key is None and r.text.lower() in _FEASTS and r.text not in inside:
            continue
        if 1 < len(words) <= 3 and r.lex_key is None and "".join(words).lower() in _FEASTS:
            continue  # "Idul Fitri", "Idul Adha": a feast written in two words
        if r.lex_key is None and (m := LEAGUE_BEFORE_CLUB.match(r.text)) and r.text not in _NOT_BODIES \
                and known_type(r.text[m.end():]) != "LOC":  # (not "Serie A | Italia": the league's country)
            r = RawMention(r.start + m.end(), r.end, r.text[m.end():], r.type)
            words = r.text.split()
        if r.lex_key is None and (all(w.lower() in _CALENDAR_WORDS for w in re.split(r"[-–]", r.text) if w)
                                  or r.text in _NOT_BODIES
                                  or (" dan " in r.text and all(p in _NOT_BODIES for p in re.split(r"\s+dan\s+|,\s*", r.text)))
                                  or words[0].lower() in _SCHEME_HEADS):
            continue  # ("PPN dan PPnBM": two taxes)
        if len(words) == 1 and r.lex_key is None and r.text[:1].isupper() and not r.text.isupper() \
                and r.text not in inside and not _DOMAIN.fullmatch(r.text) and (
                usually_lower(r.text) or (r.text.endswith("nya") and len(r.text) > 6 and usually_lower(r.text[:-3])))\
                and not known_type(r.text):
            continue  # "Militer", "Infrastruktur", "Kantornya": a common word the tagger took for a name
        if (r.type == "PER" and len(words) > 1 and words[0].lower() in _REGIONAL_SERVICES
                and all(known_type(w) == "LOC" or (w.isupper() and len(w) <= 5) for w in words[1:])):
            r = RawMention(r.start, r.end, r.text, "ORG", r.lex_key)
        out.append(r)
    return out


# heads of a building's or landmark's name that the tagger leaves out of a name it makes a person:
# "Masjid | Agung Karanganyar"
_BUILDING_HEADS = frozenset("masjid gereja pura vihara klenteng gedung stadion museum monumen taman pondok pesantren".split())
_TITLE_TAILS = frozenset("komisi badan dinas bidang fraksi dpr dprd mpr dpd".split())


# a body's name with its short form in brackets inside it, before the field or unit it goes on with:
# "Kementerian Koordinator (Kemenko) Bidang Pemberdayaan Masyarakat", "Satuan Tugas (Satgas) MBG"
_ACRONYM_INSIDE = re.compile(r"\b(?P<head>(?:Kementerian|Satuan|Badan|Komisi|Dinas|Direktorat|Lembaga|Pusat|Balai|Tim|Unit)"
                             r"(?: [A-Z][a-z]+){1,3}) \((?P<short>[A-Z][A-Za-z]{2,9})\) "
                             r"(?P<tail>Bidang(?: (?:dan )?[A-Z][a-z]+){1,5}|[A-Z]{2,6})(?![\w'’(-])(?! [A-Z])")


def acronym_inside_bodies(body: str, raws: list[RawMention]) -> list[RawMention]:
    """A body named with its short form in brackets before its field or unit ("Satuan Tugas (Satgas) MBG",
    "Kementerian Koordinator (Kemenko) Bidang Pemberdayaan Masyarakat") is one body, and so is the short
    form with the tail wherever the article writes it ("Satgas MBG"); the tagger finds the tail alone or
    nothing. The short form must fit the head ("Satgas" of "Satuan Tugas")."""
    if ") " not in body:
        return raws
    # (an acronym tail the lexicon knows is a body of its own: "Badan Anggaran (Banggar) | DPR")
    found = [m for m in _ACRONYM_INSIDE.finditer(body) if is_loose_acronym(m.group("short"), m.group("head"))
             and (m.group("tail").startswith("Bidang") or known_type(m.group("tail")) is None)]
    if not found:
        return raws
    spans = [(m.start(), m.end()) for m in found]
    for m in found:  # and the short form with the tail wherever the article writes it: "Satgas MBG"
        short = f"{m.group('short')} {m.group('tail')}"
        spans.extend((k.start(), k.end()) for k in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", body))
    out = [r for r in raws if not any(r.start < b and a < r.end for a, b in spans)]
    out.extend(RawMention(a, b, body[a:b], "ORG") for a, b in spans)
    return sorted(out, key=lambda r: r.start)


# a country's legislature by its Indonesian name, alone or with the country ("Kongres Peru", "sidang Kongres
# tersebut", "Senat AS"): the tagger misses the one word, or takes the country alone
_LEGISLATURE = re.compile(r"(?<![\w-])(?P<body>Kongres|Senat|Parlemen)(?: (?P<place>[A-Z][\w-]+(?: [A-Z][a-z]+)?))?(?![\w'’-])")
# (a bare "Parlemen" is any parliament: the gold sets leave it untagged)
_BARE_LEGISLATURES = ("Kongres", "Senat")


def legislatures(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"Kongres" or "Senat" alone, or either or "Parlemen" before a place the gazetteer knows, is a legislature, a body
    (replacing a mention of the place alone); before another name ("Kongres Pemuda", "Senat Mahasiswa")
    it is left to the tagger, as is one in a longer name the tagger found ("Gedung Parlemen")."""
    if not any(w in body for w in ("Kongres", "Senat", "Parlemen")):
        return raws
    found = []
    for m in _LEGISLATURE.finditer(body):
        lead = word_before(body, m.start())
        if lead[:1].isupper() and body[m.start() - len(lead) - 1:m.start()] == lead + " " and lead.lower() not in ROLE_WORDS:
            continue  # inside a longer name: "Forum Masyarakat Peduli Parlemen Indonesia"
        place = m.group("place")
        if place and known_type(place) != "LOC":
            place = place.split()[0]
            if known_type(place) != "LOC":
                continue
        if not place and m.group("body") not in _BARE_LEGISLATURES:
            continue
        end = m.end("body") + (len(place) + 1 if place else 0)
        inside = [r for r in raws if r.start < end and m.start() < r.end]
        if all(r.type == "LOC" and r.start > m.start() for r in inside):
            found.append(RawMention(m.start(), end, body[m.start():end], "ORG"))
    if not found:
        return raws
    out = [r for r in raws if not any(r.start < f.end and f.start < r.end for f in found)]
    return sorted(out + found, key=lambda r: r.start)


# a street's opening: its kind ("Jalan", "Jl.", "Jln"), "Raya" (a main road) or "Tol" (a toll road) and the titles of the person it is named
# after ("KH", "Jenderal", "Kolonel", "Prof Dr"), which the tagger leaves apart from the name ("Jalan Raya | Ahmad Yani")
_STREET_HEAD = (r"(?<![\w.])(?:Jalan|Jl\.?|Jln\.?)(?: Raya| Tol)?(?: (?:[A-Z][a-z]{0,2}\.?|[A-Z]{2,3}|Prof\.?|Jenderal|Jend\.?|Kolonel|Letnan"
                r"|Mayor|Kapten|Laksamana|Marsekal|Sultan|Pangeran|Raden|Teuku|Haji|Kiai))*")
_STREET_HEAD_ONLY = re.compile(_STREET_HEAD)
# ... and a first name it dropped ("Jl. Wahid | Hasyim": "Wahid" in no mention)
_STREET_OPENING = re.compile(_STREET_HEAD + r"(?: (?P<dropped>[A-Z][a-z]+))?$")
# neighbourhood units that follow a street in an address ("Jalan Wahid Hasyim RT 9 RW 2"): no part of its name
_NEIGHBOURHOOD_UNIT = re.compile(r" (?:RT|RW)\.?(?= ?\d)| Blok [A-Z]?\d")  # (and a block: "… Selatan Blok A12")


def streets(body: str, raws: list[RawMention]) -> list[RawMention]:
    """A street named after a person is one place, which the tagger cuts after the street's opening
    ("Jalan Raya | Ahmad Yani", "Jalan KH | Ahmad Dahlan", "Jl. Wahid | Hasyim"): the name joins the opening
    when no other name stands between them (a street already named in full is no opening: "Jalan Sudirman
    Budi" stays two), and a name joined to a street by "dan" is another street ("Jalan Jenderal Sudirman dan MH
    Thamrin"). A neighbourhood unit after a street ("… Hasyim RT 9") is no part of its name."""
    if "Jalan" not in body and "Jl" not in body:
        return raws
    out: list[RawMention] = []
    for r in sorted(raws, key=lambda x: x.start):
        m = _STREET_OPENING.search(body, max(0, r.start - 40), r.start - 1) \
            if r.type != "ORG" and r.start > 1 and body[r.start - 1] == " " else None
        if m and m.group("dropped") and usually_lower(m.group("dropped")):
            m = None  # "Jalan Menuju | New York": a title's words, no street
        inside = [q for q in out if m and q.end > m.start()]
        if m and all(q.type == "LOC" and q.start >= m.start() and _STREET_HEAD_ONLY.fullmatch(q.text) for q in inside):
            del out[len(out) - len(inside):]
            r = RawMention(m.start(), r.end, body[m.start():r.end], "LOC")
        elif out and out[-1].type == "LOC" and _STREET_HEAD_ONLY.match(out[-1].text) and r.type == "PER" \
                and r.lex_key is None and body[out[-1].end:r.start] == " dan ":
            r = RawMention(r.start, r.end, r.text, "LOC")  # "Jalan Jenderal Sudirman dan | MH Thamrin": a second street
        if r.type != "PER" and (u := _NEIGHBOURHOOD_UNIT.search(body, r.start, r.end + 4)) and u.start() < r.end:
            r = RawMention(r.start, u.start(), body[r.start:u.start()], r.type, r.lex_key)
        out.append(r)
    return out


# heads of places often named after a person (not "Jalan": :func:`streets` joins a street to its name)
NAMED_AFTER_PEOPLE = frozenset("Bandara Stadion Stasiun Terminal Pelabuhan Bendungan".split())


# the second of two names a place is named after, past a spaced hyphen ("Bandara Soekarno | - Hatta")
_HYPHENED_NAMESAKE = re.compile(r" - ([A-Z][a-z]+)\b(?! [A-Z])")


def hyphened_namesakes(body: str, raws: list[RawMention]) -> list[RawMention]:
    """A place named after two people and written with a spaced hyphen, as IndoSum's tokenised text
    writes "Soekarno-Hatta": "Bandara Soekarno - Hatta", "Stasiun KA Bandara Soekarno - Hatta". The tagger
    ends the place at the hyphen, and the second name came out a person of its own."""
    out: list[RawMention] = []
    skip_to = -1
    for r in sorted(raws, key=lambda x: x.start):
        if r.start < skip_to:
            continue  # the second name, now inside the place
        if (r.type == "LOC" and r.lex_key is None and any(w in NAMED_AFTER_PEOPLE for w in r.text.split()[:-1])
                and (m := _HYPHENED_NAMESAKE.match(body, r.end))):
            out.append(RawMention(r.start, m.end(), body[r.start:m.end()], "LOC"))
            skip_to = m.end()
            continue
        out.append(r)
    return out


def _named_after_head(body: str, end: int) -> tuple[str, int] | None:
    """The head of a place's name that ends at ``end`` ("Bandara", or "Bandara" of "Bandara Internasional")
    and where it starts, or None."""
    head = word_before(body, end)
    start = end - len(head)
    if not head or body[start:end] != head:
        return None
    if head == "Internasional" and body[start - 1:start] == " " and (first := word_before(body, start - 1)) \
            and body[start - 1 - len(first):start - 1] == first:
        head, start = first, start - 1 - len(first)
    return head, start


def place_led_people(body: str, raws: list[RawMention]) -> list[RawMention]:
    """Three shapes of a tagged "person" in Indonesian office news: a region run into the name after
    an office ("Kemenag Bandar | Lampung Azhari", "Sekwan | Bantaeng Saharuddin": the person is the
    rest; not after a rank, "Jenderal Timur Pradopo"); a building's name after its head ("Masjid |
    Agung Karanganyar": the place); a title alone ("Kajati Jateng", "Waka Komisi Hukum": no one); a
    rank inside the name ends the title before it ("Metro Bekasi Kombes | Mustofa")."""
    out: list[RawMention] = []
    for r in raws:
        words = r.text.split()
        before = word_before(body, r.start)
        if r.type == "PER" and r.lex_key is None and words[0] == "Metro" and len(words) > 1 \
                and known_type(" ".join(words[1:])) == "LOC" and before.lower() in ROLE_WORDS:
            # "Kapolres | Metro Bekasi, Kombes Asep …": a police area named after its city, no one
            out.append(RawMention(r.start, r.end, r.text, "LOC"))
            continue
        if r.type == "PER" and r.lex_key is None and len(words) == 1 and known_type(r.text) == "LOC" \
                and (before.lower() in ROLE_WORDS or before.upper() in ("DPRD", "DPR", "KPU", "BNN", "BPBD")
                     or body[max(0, r.start - 2):r.start] == ") "):  # "Sekretariat DPRD (Setwan) | Bantaeng"
            # "Kajati | Jateng", "Ketua DPRD | Bantaeng": the title's region, no one
            out.append(RawMention(r.start, r.end, r.text, "LOC"))
            continue
        if r.type == "PER" and r.lex_key is None and before in NAMED_AFTER_PEOPLE and body[r.start - 1:r.start] == " ":
            # "Bandara | Sultan Aji Muhammad Sulaiman", "Stadion | Gelora Bung Karno": a place named after a person
            start = r.start - len(before) - 1
            out.append(RawMention(start, r.end, body[start:r.end], "LOC"))
            continue
        if r.type == "PER" and r.lex_key is None and body[r.start - 1:r.start] == " " and (
                before in _RANKS or (re.fullmatch(r"[A-Z][a-z]+", before) and before.lower() not in ROLE_WORDS
                                     and known_type(before) is None)) \
                and body[r.start - len(before) - 2:r.start] == f" {before} " \
                and (named := _named_after_head(body, r.start - len(before) - 2)) \
                and named[0] in ((*NAMED_AFTER_PEOPLE, "Universitas") if before in _RANKS else NAMED_AFTER_PEOPLE):
            # "Bandara Jenderal | Ahmad Yani Semarang", "Bandara Internasional Jenderal | Ahmad Yani", "Universitas
            # Jenderal | Soedirman Purwokerto": named after a general (the town the tagger ran into the name, known as a
            # place, apart); "Bandara Mutiara | SIS Al-Jufri": a word of the place's own before the person's name
            head, start = named
            town = next((n for n in (2, 1) if len(words) > n and known_type(" ".join(words[-n:])) == "LOC"), 0)
            end = r.start + len(" ".join(words[:len(words) - town]))
            out.append(RawMention(start, end, body[start:end], "ORG" if head == "Universitas" else "LOC"))
            if town:
                out.append(RawMention(end + 1, r.end, body[end + 1:r.end], "LOC"))
            continue
        if r.type != "PER" or r.lex_key is not None or len(words) < 2:
            out.append(r)
            continue
        rank = max((k for k in range(1, len(words) - 1) if is_honorific(words[k]) and len(words[k].rstrip(".")) > 2),
                   default=0)
        if rank:  # "Metro Bekasi Kombes | Mustofa": what a rank follows is the title's, the name comes after it
            cut = r.start + len(" ".join(words[:rank + 1])) + 1
            out.append(RawMention(cut, r.end, body[cut:r.end], "PER"))
            continue
        adjacent = body[r.start - len(before) - 1:r.start - 1] == before
        if before.lower() in _BUILDING_HEADS and adjacent:
            start = r.start - len(before) - 1
            out.append(RawMention(start, r.end, body[start:r.end], "LOC"))
            continue
        if before.lower() in REGIONAL_OFFICES and adjacent and not any(is_honorific(w) for w in words):
            # "Polres | Metro Bekasi": the office of the region the tagger took for a person
            start = r.start - len(before) - 1
            out.append(RawMention(start, r.end, body[start:r.end], "ORG"))
            continue
        if words[0].lower() in ROLE_WORDS and all(
                known_type(w) == "LOC" or w.lower() in _TITLE_TAILS or w[:1].isupper() and w.isupper() for w in words[1:]) \
                and (known_type(words[1]) == "LOC" or words[1].lower() in _TITLE_TAILS):
            continue  # "Kajati Jateng", "Waka Komisi Hukum": a title, its holder named elsewhere
        lead = next((k for k in (2, 1) if len(words) > k and known_type(" ".join(words[:k])) == "LOC"), 0)
        office_before = ((before.lower() in ROLE_WORDS and before.lower() not in SHARED_OCCUPATIONS)
                         or (before.islower() and word_before(body, r.start - len(before) - 1).lower() == "tokoh")
                         or any(c.isupper() for c in before[1:])
                         or known_type(before) == "ORG" or known_type(f"{before} {words[0]}") == "LOC")
        if lead and office_before and not is_honorific(before) and not opens_sentence(body, r.start) \
                and name_like(words[lead]):  # (not "Pati | Raya"; not "Pebasket | Jordan Clarkson")
            cut = r.start + len(" ".join(words[:lead])) + 1
            out.append(RawMention(cut, r.end, body[cut:r.end], "PER"))
            continue
        out.append(r)
    return out


# Heads that say what kind of place follows ("Kabupaten", "Kecamatan", "Stadion"): the tagger often
# leaves one out ("Kabupaten | Bandung Barat", "Stadion | Teladan Medan") or, in a scraped list,
# tags nothing ("1. Kecamatan Gambir2. Kecamatan Menteng3. …")
# regions and their subdivisions, then other kinds of named place
_REGION_KIND_HEADS = frozenset("Provinsi Kabupaten Kota Kecamatan Kelurahan Desa Dusun".split())
_KIND_HEADS = _REGION_KIND_HEADS | frozenset("""Kampung Stadion Bandara Pelabuhan Stasiun Terminal Pulau Gunung Danau
Sungai Pantai Teluk Jembatan Pasar Waduk Bendungan""".split())
# heads that make a "person" the tagger found a place ("Puncak Sindou", "Musoleum Guimbi Ouattara")
_PLACE_LED_HEADS = _KIND_HEADS | frozenset("""Playa Praia Plage Baia Anse Puncak Gua Goa Tebing Candi Museum Masjid Musoleum Makam Bukit Lembah
Kampung Benteng Istana PLTU PLTA PLTP PLTS PLTN PLTD PLTB PLTG PLTGU PLTMH""".split())  # (power plants: "PLTU Suralaya")
# region kinds that a local government takes in its name: "Pemerintah Kota Malang"
_REGION_KINDS = ("Provinsi ", "Kabupaten ", "Kota ", "Daerah ")
# the last words of Indonesian places' names, which the tagger cuts off after a kind ("Kecamatan Cempaka |
# Putih") and which are never a person's one-word name
ID_PLACE_TAILS = frozenset("""Barat Timur Utara Selatan Tengah Kota Baru Putih Raya Besar Kecil Lama Hilir Hulu Jaya
Kidul Kulon Wetan Lor""".split())
_KIND_LED = re.compile(r"\b(?P<kind>Kecamatan|Kelurahan|Desa|Dusun|Kabupaten|Provinsi|Kota|Gunung|Danau|Pulau|Sungai|Selat|Teluk"
                       r"|Waduk|Bendungan) "
                       r"(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?![a-z'’-])")


def _name_word(word: str) -> bool:
    """A word that may go on a place's name after its kind (no other kind, title, rank or date)."""
    low = word.lower()
    return word not in _KIND_HEADS and low not in ROLE_WORDS and not is_honorific(word) and low not in _CALENDAR_WORDS


def place_kind_heads(body: str, raws: list[RawMention]) -> list[RawMention]:
    """Places with the kind word that names them: "Kabupaten | Bandung Barat" and "Stadion | Teladan
    Medan" take in the head the tagger left out ("Wali Kota | Malang" is an office: no); "Kecamatan
    Cempaka | Putih" its last word; "Pemerintah Provinsi | Banten" is the region's government, one
    organisation, as is "Pemerintah | Jawa Barat" (a place the lexicon knows); and "Kecamatan X"
    the tagger missed altogether (a scraped list glues its numbers on: "Kecamatan Gambir2.") is a
    place of its own."""
    out: list[RawMention] = []
    for r in sorted(raws, key=lambda x: x.start):
        if r.type == "PER" and r.lex_key is None and " " in r.text and r.text.split()[0] in _PLACE_LED_HEADS:
            r = RawMention(r.start, r.end, r.text, "LOC", None)  # "Puncak Sindou", "Gua Pobe Mengao": a place
        if r.type == "LOC":
            words = r.text.split()
            head = re.search(r"(?<![\w-])(\w+) $", body[max(0, r.start - 16):r.start])
            taken = out and out[-1].end > r.start - 2 - len(head.group(1)) if head else True
            if head and taken and out and head.group(1) in _REGION_KIND_HEADS and out[-1].text == head.group(1) \
                    and out[-1].end == r.start - 1 \
                    and out[-1].type == "LOC" and out[-1].lex_key is None:
                out.pop()  # the tagger named the kind word a place of its own: "Kecamatan | Denpasar Timur"
                taken = False
            if head and head.group(1) in _KIND_HEADS and words[0] not in _KIND_HEADS and not taken \
                    and not (head.group(1) == "Kota" and word_before(body, r.start - len(head.group(0))).lower()
                             in ("wali", "wakil")):
                start = r.start - len(head.group(0))
                r = RawMention(start, r.end, body[start:r.end], "LOC", r.lex_key)
            tail = re.match(r" ([A-Z][a-z]+)(?![a-z'’-])(?! [A-Z])", body[r.end:r.end + 20])
            if tail and tail.group(1) in ID_PLACE_TAILS and r.text.split()[0] in _KIND_HEADS and not any(
                    x.start < r.end + tail.end() and r.end < x.end for x in raws):
                r = RawMention(r.start, r.end + tail.end(), body[r.start:r.end + tail.end()], "LOC", None)
            if body[max(0, r.start - 11):r.start] == "Pemerintah " and body[max(0, r.start - 21):r.start - 11] != "Peraturan " and (
                    r.text.startswith(_REGION_KINDS) or known_type(r.text) == "LOC"):
                # (also a province or country the tagger left the word out of: "Pemerintah | Jawa Barat";
                # not in a regulation's title, "Peraturan Pemerintah Republik Indonesia Nomor 75")
                r = RawMention(r.start - 11, r.end, body[r.start - 11:r.end], "ORG", None)
        out.append(r)
    for m in _KIND_LED.finditer(body):
        kind, words = m.group("kind"), []
        if kind == "Kota" and word_before(body, m.start())[:1].isupper():
            continue  # an office's or body's word: "Wali Kota Bogor", "Pemerintah Kota Malang"
        for w in m.group("name").split():  # up to another kind, a title or a date
            if not _name_word(w):
                break
            words.append(w)
        if not words or (kind == "Kota" and any(usually_lower(w) for w in words)):
            continue  # (a town's epithet is no name: "Kota Gudeg", "Kota Industri")
        end = m.start() + len(kind) + 1 + len(" ".join(words))
        if not any(x.start < end and m.start() < x.end for x in out):
            out.append(RawMention(m.start(), end, body[m.start():end], "LOC"))
    if "Kementerian " in body or "Departemen " in body or "Panitia Khusus " in body or "Pansus " in body:
        # "kenapa Kementerian Koordinator Infrastruktur ngurusi …": a ministry the tagger missed, its
        # fields up to a name the tagger found (or a House inquiry's committee: "Panitia Khusus Angket")
        for m in _MINISTRY_LED.finditer(body):
            inside = [x for x in out if x.start < m.end() and m.start() < x.end]
            if m.group(0).startswith(("Panitia", "Pansus")) and inside and all(
                    x.type == "ORG" and m.start("name") < x.start and x.end <= m.end() for x in inside):
                # "Panitia Khusus Hak Angket | Komisi Pemberantasan Korupsi": the committee of the body it looks into
                out = [x for x in out if x not in inside] + [RawMention(m.start(), m.end(), m.group(0), "ORG")]
                continue
            if inside or m.group("name").split()[0] in ("Menteri", "Wakil"):
                continue  # (not a list's "Kementerian Menteri Pendidikan …", a scrape's slip)
            words = []
            for w in m.group("name").split():
                if w != "dan" and (is_honorific(w) or w.lower() in _CALENDAR_WORDS):  # (a field may be a role word: "Koordinator")
                    break
                words.append(w)
            while words and words[-1] == "dan":
                words.pop()
            if words:
                end = m.start("name") + len(" ".join(words))
                out.append(RawMention(m.start(), end, body[m.start():end], "ORG"))
    return sorted(out, key=lambda x: x.start)


_MINISTRY_LED = re.compile(r"\b(?:Kementerian|Departemen|Panitia Khusus|Pansus) (?P<name>[A-Z][a-z]+(?: (?:dan )?[A-Z][a-z]+){0,5})(?![\w'’-])")


# an office's unit numbered after its word: "KAI Daop 6 Yogyakarta", "Balai BMKG Wilayah IV"
_NUMBERED_UNITS = frozenset("daop divre wilayah regional region korwil sektor rayon lantamal yonif brigif".split())
_NUMERAL = re.compile(r" (\d{1,3}|[IVX]{1,5})\b")
# offices numbered after their place's name ("Polsek Seberang Ulu 1"): a one-digit number that counts nothing
_NUMBERED_OFFICES = frozenset("polsek koramil puskesmas".split())
_OFFICE_NUMBER = re.compile(r" [1-9](?=[,.;)]|\s+(?:dan|masih|telah|sudah|juga|yang|di|ke|untuk|bersama)\b)")
# heads of an office's name that "dan" continues: "Dinas Pendidikan Pemuda dan Olahraga"
_OFFICE_HEADS = frozenset("dinas kementerian badan lembaga komisi direktorat biro bidang balai pusat departemen".split())
_AND_MORE = re.compile(r" dan ((?:[A-Z][a-z]+)(?: [A-Z][a-z]+)?)(?=[\s,.;:)(]|$)")


def office_units(body: str, raws: list[RawMention]) -> list[RawMention]:
    """Office names the tagger cut or ran on: a numbered unit keeps its number and the place after it
    ("KAI Daop | 6 | Yogyakarta"), a person run on after the number is split off ("BMKG Wilayah IV
    Rizky Yudha Pahlawan"), an office's name goes on over "dan" ("Dinas Pendidikan Pemuda | dan
    Olahraga"), a building's name after its head is one place ("Gedung Sasana | Bhakti Praja",
    "meninjau Taman | Hutan Kota Srengreng"), and a corps after a rank is no part of the officer's
    name ("Mayjen | TNI AM Putranto")."""
    people = Counter(r.text for r in raws if r.type == "PER")
    out: list[RawMention] = []
    k = 0
    while k < len(raws):
        r = raws[k]
        k += 1
        words = r.text.split()
        nxt = raws[k] if k < len(raws) else None
        if r.type == "ORG" and len(words) >= 2 and words[0].lower() in _NUMBERED_OFFICES \
                and (num := _OFFICE_NUMBER.match(body, r.end)):
            # "Polsek Ilir Barat 1": a district's second station of one name is numbered
            out.append(RawMention(r.start, num.end(), body[r.start:num.end()], "ORG", r.lex_key))
            continue
        if r.type == "ORG" and words[-1].lower() in _NUMBERED_UNITS and (num := _NUMERAL.match(body, r.end)):
            end = num.end()
            if nxt and nxt.type == "LOC" and nxt.start == end + 1:
                end, k = nxt.end, k + 1
            out.append(RawMention(r.start, end, body[r.start:end], "ORG", r.lex_key))
            continue
        unit = next((i for i in range(1, len(words) - 2) if words[i].lower() in _NUMBERED_UNITS
                     and re.fullmatch(r"\d{1,3}|[IVX]{1,5}", words[i + 1])), None)
        rest = words[unit + 2:] if unit is not None else []
        joins = bool(rest) and nxt is not None and nxt.type == "PER" and nxt.start == r.end + 1
        if r.type == "ORG" and r.lex_key is None and (2 <= len(rest) <= 4 or (joins and len(rest) <= 2)) and all(
                w[:1].isupper() and w.isalpha() and not w.isupper() and known_type(w) is None for w in rest):
            cut = r.start + len(" ".join(words[:unit + 2]))
            end = nxt.end if joins else r.end  # "BMKG Wilayah IV Rizky | Yudha Pahlawan"
            k += joins
            out.append(RawMention(r.start, cut, body[r.start:cut], "ORG", None))
            out.append(RawMention(cut + 1, end, body[cut + 1:end], "PER", None))
            continue
        if r.type == "ORG" and r.lex_key is None and words[0].lower() in _OFFICE_HEADS \
                and (more := _AND_MORE.match(body, r.end)) and not (nxt and nxt.start < more.end()) \
                and all(w.lower() not in _OFFICE_HEADS and known_type(w) is None and w.lower() not in ROLE_WORDS
                        for w in more.group(1).split()):
            out.append(RawMention(r.start, more.end(), body[r.start:more.end()], "ORG", None))
            continue
        if r.type == "LOC" and words[0].lower() in _BUILDING_HEADS and nxt and nxt.type == "PER" \
                and nxt.start == r.end + 1 and people[nxt.text] == 1 and nxt.lex_key is None:
            out.append(RawMention(r.start, nxt.end, body[r.start:nxt.end], "LOC", None))
            k += 1
            continue
        before = word_before(body, r.start)
        if words[0] in ("TNI", "Polri") and len(words) > 1 and is_honorific(before) and r.lex_key is None \
                and all(w[:1].isupper() for w in words[1:]):
            # "Mayjen | TNI AM Putranto": the rank's corps, then the officer
            cut = r.start + len(words[0])
            out.append(RawMention(r.start, cut, words[0], "ORG", None))
            out.append(RawMention(cut + 1, r.end, body[cut + 1:r.end], "PER", None))
            continue
        if r.type == "LOC" and before[:1].isupper() and before.lower() in _BUILDING_HEADS \
                and body[r.start - len(before) - 1:r.start] == f"{before} " and r.lex_key is None:
            start = r.start - len(before) - 1
            r = RawMention(start, r.end, body[start:r.end], "LOC", None)
        out.append(r)
    return out


# a place inside a competition's name names no place: "Liga Inggris", "Liga Champions Asia"
_COMPETITION_HEADS = frozenset("Liga Piala Kejuaraan Turnamen".split())


def competition_places(body: str, raws: list[RawMention]) -> list[RawMention]:
    """Drop a place the tagger found right after a competition's head word ("Liga | Inggris") or in a
    feast's name ("Tahun Baru | Cina")."""
    return [r for r in raws if r.type != "LOC" or (word_before(body, r.start) not in _COMPETITION_HEADS
                                                   and not _NEW_YEAR.search(body, max(0, r.start - 12), r.start))]


_NEW_YEAR = re.compile(r"\bTahun\s+Baru\s+$")



def _acronym_led(name: str) -> bool:
    """Whether a name opens with a body's acronym of three letters or more, or one the lexicon knows ("BPBD
    Sidoarjo", "TNI-Polri")."""
    first = re.split(r"[\s-]", name, maxsplit=1)[0]
    return (len(first) >= 3 and first.isupper() and first.isalpha()) or known_type(first) == "ORG"


def conjoined_names(raws: list[RawMention]) -> list[RawMention]:
    """Two names the lexicon or gazetteer knows, run into one mention over "dan" ("Arsenal dan
    Everton"), or one word it knows and another ("PBSI dan Daihatsu"), or two bodies each led by an acronym
    ("BPBD Sidoarjo dan TNI-Polri"), are two mentions; a name the lexicon knows whole stays ("Kementerian Hukum
    dan HAM")."""
    out = []
    for r in raws:
        left, sep, right = r.text.partition(" dan ")
        kinds = (known_type(left), known_type(right)) if sep else (None, None)
        if any(kinds) and not all(kinds) and r.type != "PER":
            # one side known, the other one word of its own ("PBSI dan Daihatsu"): the whole's kind for it
            other = right if kinds[0] else left
            if " " not in left and " " not in right and other[:1].isupper() and other.isalpha() and not usually_lower(other):
                kinds = (kinds[0] or r.type, kinds[1] or r.type)
        if not any(kinds) and sep and r.type == "ORG" and r.lex_key is None and all(
                _acronym_led(side) for side in (left, right)):
            kinds = ("ORG", "ORG")  # "BPBD Sidoarjo dan TNI-Polri": two bodies, each led by an acronym
        if r.lex_key is None and all(kinds) and not known_type(r.text):
            out.append(RawMention(r.start, r.start + len(left), left, kinds[0]))
            at = r.start + len(left) + len(sep)
            out.append(RawMention(at, r.end, right, kinds[1]))
        else:
            out.append(r)
    return out


_PLACE_KINDS = frozenset("provinsi kabupaten kota kecamatan desa kelurahan jalan jl. jln.".split())
# a regency or province after a one-word place ("kawasan Puncak | Kabupaten Bogor"): two places
_UPPER_KINDS = frozenset(("Kabupaten", "Provinsi"))
_STREET_WORDS = frozenset(("Jalan", "Jl.", "Jln.", "Jl", "Jln"))
_COMPASS = frozenset("utara selatan timur barat tengah".split())
_VILLAGE_KINDS = frozenset("Desa Kelurahan Kecamatan Dusun".split())
# a building's or an office's word before a village's kind makes one name: "Balai Desa Sukamaju"
_BUILDING_WORDS = frozenset("balai kantor aula pendopo gedung lapangan pasar kepala perangkat pemerintah".split())


def place_runs(raws: list[RawMention]) -> list[RawMention]:
    """Two places the tagger ran into one, the second opened by its kind ("Kabupaten Karo | Provinsi
    Sumatera Utara"), are two; a compass word before a known place is no part of it ("di Utara |
    Jakarta"), unless the whole is a name ("Timur Tengah")."""
    out: list[RawMention] = []
    for r in raws:
        words = r.text.split(" ")
        if r.type != "LOC" or r.lex_key is not None or len(words) < 2:
            out.append(r)
            continue
        town = next((n for n in (2, 1) if len(words) - n >= 3 and known_type(" ".join(words[-n:])) == "LOC"), 0) \
            if words[0] in _STREET_WORDS and known_type(r.text) is None and words[1] not in ("Lintas", "Trans") else 0
        if town and words[-town - 1].lower() in _COMPASS:
            town = 0  # ("Jalan Lintas Timur Sumatera": a highway named after the island it crosses)
        if town:
            # "Jalan Ken Arok | Denpasar", "Jl. MH Thamrin | Jakarta Pusat": a street and its town run together
            # (a street of two words may be named after the town: "Jalan Raya Bogor")
            head = " ".join(words[:-town])
            out.append(RawMention(r.start, r.start + len(head), head, "LOC"))
            out.append(RawMention(r.start + len(head) + 1, r.end, r.text[len(head) + 1:], "LOC"))
            continue
        if words[0].lower() in _COMPASS and known_type(r.text) is None and known_type(" ".join(words[1:])) == "LOC":
            cut = len(words[0]) + 1
            out.append(RawMention(r.start + cut, r.end, r.text[cut:], "LOC"))
            continue
        # ("Kota" only after a place of a kind: "Taman Hutan Kota Srengreng" is a city forest)
        # (a village's kind after a single word: "SPPG Cigunung | Desa Sukaresmi"; not after a building's word,
        # "Balai Desa Sukamaju", "Kantor Kelurahan …")
        k = next((i for i, w in enumerate(words[2:-1], 2) if w.lower() in _PLACE_KINDS and w[:1].isupper()
                  and (w != "Kota" or words[0].lower() in _PLACE_KINDS)), None) \
            or (1 if len(words) > 2 and words[1] in _VILLAGE_KINDS and name_like(words[0])
                and not usually_lower(words[0]) and words[0].lower() not in _BUILDING_WORDS else None) \
            or (1 if len(words) > 2 and words[1] in _UPPER_KINDS and words[0].isalpha()
                and words[0].lower() not in _BUILDING_WORDS and known_type(" ".join(words[1:])) == "LOC" else None)
        if k is None or known_type(r.text) is not None:
            out.append(r)
            continue
        head = " ".join(words[:k])
        if k > 1 or known_type(head) == "LOC" or words[1] in _UPPER_KINDS:  # (a lone word before a village is a unit's name's, "SPPG Cigunung")
            out.append(RawMention(r.start, r.start + len(head), head, "LOC"))
        out.append(RawMention(r.start + len(head) + 1, r.end, r.text[len(head) + 1:], "LOC"))
    return out


# a name with a quoted nickname inside it: 'Ebrahim "Biboy" Enguio Lopez'
_NICKNAMED = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)? [\"“][A-Z][\w-]+[\"”] [A-Z][a-z]+(?: [A-Z][a-z]+){0,2}\b")


def nicknamed_people(body: str, raws: list[RawMention]) -> list[RawMention]:
    """A person's name with a quoted nickname inside ('Ebrahim "Biboy" Enguio Lopez') is one person,
    replacing the pieces the tagger found in it, when the tagger saw a person in it."""
    for m in _NICKNAMED.finditer(body):
        start = m.start()
        first = m.group(0).split(" ", 1)[0]
        if known_type(first) is not None and not first.startswith(("\"", "“")):
            start += len(first) + 1  # "Filipina | Ebrahim "Biboy" …": a known place before the name
        if body[start] in "\"“":
            continue
        inside = [r for r in raws if start <= r.start and r.end <= m.end()]
        if any(r.type == "PER" for r in inside) and not any(r.start < start < r.end or r.start < m.end() < r.end
                                                            for r in raws):
            raws = [r for r in raws if r not in inside] + [RawMention(start, m.end(), body[start:m.end()], "PER")]
    return raws


# a cabinet office spelt out as the lexicon's ministries are ("Menteri Pertahanan", "Menteri Koordinator Bidang
# Perekonomian"), and a few its heads are called by though their ministry is named otherwise
_EXTRA_MINISTER_FIELDS = ("Sekretaris Negara", "Koordinator Bidang Politik, Hukum, dan Keamanan",
                          "Koordinator Bidang Politik, Hukum dan Keamanan")
_MINISTER_NAME = re.compile(r" ((?:[A-Z][a-z'’-]+)(?: [A-Z][a-z'’-]+){0,3})(?=[\s,.;:)]|$)")


def _name_run(words: list[str], first_only: bool = False) -> int:
    """How many of ``words`` open a name: name-like words (only the first need be, with ``first_only``) that news
    does not write in lower case, no month or day, none the lexicon or gazetteer knows."""
    k = 0
    while k < len(words) and (name_like(words[k]) or (first_only and k > 0)) and not usually_lower(words[k]) \
            and words[k].lower() not in _CALENDAR_WORDS and known_type(words[k]) is None:
        k += 1
    return k


@functools.lru_cache(maxsize=1)
def _minister_title() -> re.Pattern[str]:
    """A minister's title as the lexicon's ministries spell their fields, with an optional bracketed acronym."""
    # (and as their aliases spell them: "Kementerian HAM" gives "Menteri HAM | Natalius Pigai")
    fields = {part.strip() for e in load_lexicon().entries() if e.type == "ORG"
              for name in (e.name_id, *e.aliases) if name.startswith("Kementerian ")
              for part in name[len("Kementerian "):].split("/")}
    alts = "|".join(re.escape(f) for f in sorted(fields | set(_EXTRA_MINISTER_FIELDS), key=len, reverse=True))
    return re.compile(rf"\b(?:Wakil )?Menteri (?:{alts})(?: \([A-Z][A-Za-z]+\))?")


def names_after_ministers(body: str, raws: list[RawMention]) -> list[RawMention]:
    """A name the tagger missed right after a minister's full title ("Menteri Pertahanan | Sjafrie
    Sjamsoeddin", "Menteri Hukum | Supratman"): the title is one of the cabinet's, spelt out as the lexicon's
    ministries are, so what follows it in capitals is the minister. A word news writes in lower case, a
    month or day, or a name the lexicon or gazetteer knows ends the run."""
    if "Menteri " not in body:
        return raws
    added: list[tuple[int, int]] = []
    for m in _minister_title().finditer(body):
        n = _MINISTER_NAME.match(body, m.end())
        if not n:
            continue
        words = n.group(1).split()
        k = _name_run(words, first_only=True)
        if k == 0:
            continue
        added.append((n.start(1), n.start(1) + len(" ".join(words[:k]))))
    return _untagged_people_added(body, raws, added, extend=True)


# Occupations news sets right before a performer's, a writer's or a sportsman's name, capitalised where they open a
# sentence ("Model Bella Hadid …", "Pemandu acara kondang Ellen DeGeneres …"), with the praise words that may stand
# between.
_OCCUPATION_BEFORE_NAME = re.compile(
    r"(?<![\w-])(?i:aktor|aktris|penyanyi|model|pembawa acara|pemandu acara|presenter|sutradara|rapper|komedian"
    r"|desainer|perancang busana|musisi|pelawak|novelis|fotografer|koreografer|penari|selebgram|youtuber"
    # (and a sportsman's: "Pelatih | Patrick Kluivert dipecat …", "pebalap | Marc Marquez")
    r"|pelatih|pebalap|petenis|pebulu ?tangkis|pegolf|pesepak ?bola|perenang|pelari|petinju|pegulat|pesenam|pecatur"
    r"|pemanah|atlet|striker|penyerang|gelandang|bek|kiper|penjaga gawang)"
    r"(?: (?:kondang|ternama|terkenal|senior|muda|cantik|tampan|legendaris|veteran|papan atas|kawakan|top))?"
    r" ((?:[A-Z][a-z'’-]*[A-Za-z]+)(?: [A-Z][a-z'’-]*[A-Za-z]+){1,2})(?=[\s,.;:)]|$)")


# English first names that are Indonesian words too ("tim": team, "dan": and)
_GIVEN_NAMES_AS_WORDS = frozenset({"Tim", "Dan"})


def names_after_occupations(body: str, raws: list[RawMention]) -> list[RawMention]:
    """A name of two words the tagger missed right after a performer's or writer's occupation
    ("Model | Bella Hadid dikabarkan …", "Pemandu acara kondang | Ellen DeGeneres"): the tagger reads a
    capitalised occupation opening a sentence as part of nothing and often drops what follows. Each word
    must be name-like and unknown to the lexicon and gazetteer (not "aktor | Hollywood", "penyanyi | Korea
    Selatan"); a month or day, or a word news writes in lower case, ends the run, and the run is two words
    exactly."""
    added: list[tuple[int, int]] = []
    for m in _OCCUPATION_BEFORE_NAME.finditer(body):
        words = m.group(1).split()
        k = _name_run(words)
        if k == 0 and words[0] in _GIVEN_NAMES_AS_WORDS and len(words) == 2 and _name_run(words[1:]) == 1:
            k = 2  # "sutradara | Tim Burton", "penyanyi | Dan Croll": a first name that is an Indonesian word
        if k != 2 or known_type(" ".join(words[:k])) is not None or any(w.isupper() for w in words[:k]):
            # (three name-like words may open with a work's title: "Sutradara Spectre | Sam Mendes"; an acronym is a
            # club's or a body's: "pelatih PSS | Firmansyah")
            continue
        a, b = m.start(1), m.start(1) + len(" ".join(words[:k]))
        inside = [r for r in raws if r.start < b and a < r.end]
        if len(inside) == 1 and inside[0].type == "PER" and a < inside[0].start and inside[0].end == b \
                and " " not in inside[0].text:
            # "Pembawa acara Jimmy | Kimmel": the tagger's person is the surname only (not "sutradara Spectre | Sam
            # Mendes": a film's title before a full name)
            raws = sorted([r for r in raws if r is not inside[0]] + [RawMention(a, b, body[a:b], "PER")],
                          key=lambda r: r.start)
        else:
            added.append((a, b))
    return _untagged_people_added(body, raws, added)


# a title — a role word, then a body's acronym if any — and a two-word name right after it that a clause's end or a
# lower-case word follows ("Komisioner NBA | Adam Silver.", "CEO Modalku | Reynold Wijaya mengatakan")
_TITLE_THEN_NAME = re.compile(r"(?<![\w-])([A-Za-z][a-z]+) [A-Z]{2,6} ((?:[A-Z][a-z'’-]*[A-Za-z]+) (?:[A-Z][a-z'’-]*[A-Za-z]+))"
                              r"(?=[,.;:)]|\s+[a-z(]|\s*$)")


def names_after_titles(body: str, raws: list[RawMention]) -> list[RawMention]:
    """A two-word name the tagger missed right after a title whose first word is a role word, with a body's
    acronym between if any ("oleh Komisioner NBA | Adam Silver."): neither word one news writes in lower case, a
    month or day, or one the lexicon or gazetteer knows, one of them name-like; a clause's end or a lower-case word
    after it."""
    added: list[tuple[int, int]] = []
    for m in _TITLE_THEN_NAME.finditer(body):
        if m.group(1).lower() not in ROLE_WORDS:
            continue
        words = m.group(2).split()
        if not any(map(name_like, words)) or any(usually_lower(w) or w.lower() in _CALENDAR_WORDS
                                                 or known_type(w) is not None for w in words) \
                or known_type(m.group(2)) is not None:
            continue  # (a surname may be a word capitalised elsewhere too: "Silver")
        added.append((m.start(2), m.end(2)))
    return _untagged_people_added(body, raws, added)


# a monarch's, a prince's or a pope's title before the name ("Ratu Elizabeth II", "Paus Fransiskus", "Raja Salman")
_ROYAL_TITLES = frozenset("Raja Ratu Paus Pangeran Sultan Syekh Emir".split())
_ROYAL_NAME = re.compile(r"(?<![\w-])(?:Raja|Ratu|Paus|Pangeran|Sultan|Syekh|Emir) ([A-Z][a-z'’]+(?: [A-Z][a-z'’]+){0,2})"
                         r"(?: ([IVX]{1,4}))?(?=[\s,.;:)]|$)")


def names_after_royal_titles(body: str, raws: list[RawMention]) -> list[RawMention]:
    """A name the tagger missed after a monarch's, prince's or pope's title ("Kemarin Ratu | Elizabeth II
    meninggal", "Raja | Charles III", "Paus | Fransiskus"), with its regnal number: not after a place's kind or
    a capitalised name ("Bandara Sultan Hasanuddin", "Jalan Pangeran Antasari": a place named after one), nor
    where the lexicon or gazetteer knows the title and name together ("Raja Ampat") or a word of the name; a
    month or day, or a word news writes in lower case, ends the name."""
    added: list[tuple[int, int]] = []
    for m in _ROYAL_NAME.finditer(body):
        before = body[max(0, m.start() - 30):m.start()].split()
        prev = before[-1] if before else ""
        if prev in _PLACE_LED_HEADS or prev in ("Jalan", "Jl", "Jl.", "Gang") or (
                prev[:1].isupper() and not usually_lower(prev) and not prev.endswith((".", ",", ":", '"', "”"))) \
                or known_type(body[m.start():m.end(1)]) is not None:
            continue
        words = m.group(1).split()
        k = _name_run(words)
        if k == 0:
            continue
        end = m.start(1) + len(" ".join(words[:k]))
        if k == len(words) and m.group(2):
            end = m.end(2)  # "Elizabeth II"
        added.append((m.start(1), end))
    return _untagged_people_added(body, raws, added)


def _untagged_people_added(body: str, raws: list[RawMention], spans: list[tuple[int, int]],
                           extend: bool = False) -> list[RawMention]:
    """``raws`` with a person for each span none of them overlaps (a name the tagger missed), in text order; with
    ``extend``, a person the tagger found as the span's tail only ("Menteri Hukum Supratman | Andi Agtas") becomes
    the whole span."""
    new, cut = [], []
    for a, b in spans:
        over = [r for r in raws if r.start < b and a < r.end]
        if not over:
            new.append(RawMention(a, b, body[a:b], "PER"))
        elif extend and len(over) == 1 and over[0].type == "PER" and over[0].lex_key is None \
                and a < over[0].start and over[0].end == b:
            cut.append(over[0])
            new.append(RawMention(a, b, body[a:b], "PER"))
    if cut:
        raws = [r for r in raws if not any(r is c for c in cut)]
    return sorted(raws + new, key=lambda r: r.start) if new else raws


_UNIVERSITY_HEADS = frozenset("Universitas Institut Politeknik UIN IAIN STAIN Akademi".split())


def universities_with_their_town(body: str, raws: list[RawMention]) -> list[RawMention]:
    """A university's town right after its name is part of how it is named ("Universitas Muhammadiyah |
    Tangerang", "Universitas Airlangga | Surabaya"): one body, not a body and a place."""
    return joined_with_next(body, raws, lambda prev, r: prev.type == "ORG" and prev.lex_key is None and r.type == "LOC"
                            and prev.text.split(" ", 1)[0] in _UNIVERSITY_HEADS and " " in prev.text
                            and len(r.text.split()) <= 2)


_SCHOOL_TAILS = frozenset("University College Institute Polytechnic School Academy".split())


def countries_after_universities(raws: list[RawMention]) -> list[RawMention]:
    """"Ateneo de Manila University | Philippines": a country the lexicon knows right after a school's English
    name is the country, apart from the school."""
    lex = load_lexicon()
    out = []
    for r in raws:
        head, _, last = r.text.rpartition(" ")
        entry = lex.lookup(last) if r.lex_key is None and head.rpartition(" ")[2] in _SCHOOL_TAILS else None
        if entry is not None and entry.type == "LOC":
            out.append(RawMention(r.start, r.start + len(head), head, "ORG"))
            out.append(RawMention(r.end - len(last), r.end, last, "LOC", entry.key))
        else:
            out.append(r)
    return out


_ADDRESSED = re.compile(r"\b(?:Pak|Bu|Mbak) (?:Haji |Hajah |Hajjah |H\. |Hj\. )?([A-Z][a-z]+)((?: [A-Z][a-z]+){0,2})")


def addressed_people(body: str, raws: list[RawMention]) -> list[RawMention]:
    """A name the tagger missed after a short term of address ("oleh Bu | Indri", "Pak | Harun"): the
    first word no office ("Pak Lurah"), title, calendar word or known place or body, the words after it
    names ("Pak Haji | Ahmad": the title after the term of address is no part of it)."""
    if "Pak " not in body and "Bu " not in body and "Mbak " not in body:
        return raws
    added: list[tuple[int, int]] = []
    for m in _ADDRESSED.finditer(body):
        first = m.group(1)
        if usually_lower(first) or is_role_word(first) or is_office_abbreviation(first) or is_honorific(first) \
                or first.lower() in _CALENDAR_WORDS \
                or known_type(first) is not None:
            continue
        start, end = m.start(1), m.end(1)
        for w in m.group(2).split():
            if not name_like(w) or usually_lower(w) or is_role_word(w) or w.lower() in _CALENDAR_WORDS \
                    or known_type(w) is not None:
                break
            end = body.index(w, end) + len(w)
        added.append((start, end))
    return _untagged_people_added(body, raws, added)


_UN_ORGAN_HEADS = frozenset("Komite Dewan Majelis Badan Komisi Dana Program Sekretariat Pasukan Misi Mahkamah Pelapor".split())


def un_organs(body: str, raws: list[RawMention]) -> list[RawMention]:
    """An organ named with "PBB" after it is one body ("Komite HAM | PBB", "Dewan Hak Asasi Manusia | PBB");
    "PBB" alone elsewhere stays the United Nations."""
    if "PBB" not in body:
        return raws
    return joined_with_next(body, raws, lambda prev, r: r.text == "PBB" and prev.type == "ORG" and prev.lex_key is None
                            and prev.text.split(" ", 1)[0] in _UN_ORGAN_HEADS)


def office_before_place(raws: list[RawMention]) -> list[RawMention]:
    """A "person" made of an office's short form and a place the gazetteer knows is that place
    ("Cabup | Blora": a candidate for regent of Blora, "Kapolres | Blora")."""
    out = []
    for r in raws:
        head, _, rest = r.text.partition(" ")
        if r.type == "PER" and r.lex_key is None and rest and is_office_abbreviation(head) and known_type(rest) == "LOC":
            r = RawMention(r.start + len(head) + 1, r.end, rest, "LOC")
        out.append(r)
    return out
