"""Names of the arts and sports desks that the tagger gets wrong, applied to the mentions it found
(kabar.nlp.mentions.raw_mentions calls them):

- a work's title is no entity: a quoted title after a word for a work ('film seperti "Castle in the
  Sky", "Spirited Away"', "album ' Roulette '", "buku berjudul ' Blue: All Rise '"), the same title
  quoted again later, or an unknown name of several words right after such a word ("lagu Rock the
  Casbah");
- a name after a word for a music group is an organisation ("grup musik ‘White Lion’", "kelompok
  musik elektronik Jack U", "personel Crayon Pop");
- in a motor-racing report, a name with a maker's or sponsor's in it is a team ("Movistar Yamaha");
- in a football report, a city named as a side is its club: in a list with a known club ("Juventus,
  Liverpool, dan Arsenal"), after a match verb ("menang 2-0 atas Granada") or before its points
  ("Sevilla (65 poin)"); "AS" before a city is the club's prefix ("AS Monaco"), not the United
  States; a side the tagger left out after a match verb is added ("menghadapi Fiorentina"); a town the lexicon
  names one club after is that club, tagged or not ("Southampton tertinggal"), and a club named in full gives its
  short name its key ("Crystal Palace … Palace"); a name after a player's move is a player ("umpan terobosan Zaha").

Written from the errors of the IndoSum entity batches ``indosum3`` and ``indosum4``, and later ones
(``indosum69``–``indosum71``; eval/data/entities_id.md).
"""

from __future__ import annotations

import functools
import re

from kabar.nlp.aliases import CLUB_TOWN_HEADS, known_type, load_lexicon
from kabar.nlp.ner import usually_lower
from kabar.nlp.raw_mention import RawMention, joined_with_next, word_before
from kabar.nlp.speaker_words import is_role_word
from kabar.nlp.tokens import opens_sentence, sentence_start

# words for a work whose title follows ("film", "berjudul"), in lower case only ("Novel Baswedan" is a
# man); "acara"/"program" only with a quoted title
_WORK_WORDS = ("single|singel|novel|buku|drama|lakon|judul|berjudul|bertajuk|tajuk|acara|program|tayangan|klip|puisi|"
               "cerpen|komik|gim|game|lukisan|pertunjukan|pameran|festival|"
               # a paper's or report's quoted title ('jurnal "Petals on Your Plate: A Guide to …"'); the journal's
               # own name, unquoted ("jurnal Geophysical Research Letters"), stays a name
               "jurnal|makalah|artikel|laporan|studi|penelitian|riset|disertasi|tesis|skripsi")
_WORK_NOUNS = re.compile(rf"^\s*(?:Film|Lagu|Album|Sinetron|Serial)\b|\b(?:film|filmnya|lagu|lagunya|album|serial|sinetron|"
                         rf"{_WORK_WORDS})\b")
# the same, anywhere in an article: a cheap test before the quoted titles are looked for
_WORK_NOUNS_ANYWHERE = re.compile(rf"\b(?:[Ff]ilm|[Ll]agu|[Aa]lbum|[Ss]inetron|[Ss]erial|{_WORK_WORDS})\b")
_BARE_WORK_NOUNS = frozenset("film lagu album single singel novel serial sinetron".split())
# a quoted stretch of a line: double quotes, curly quotes, or single quotes that open after a space
_QUOTED = re.compile(r"\"([^\"\n]{1,90})\"|“([^”\n]{1,90})”|‘([^’'\n]{1,90})[’']|(?<![\w])'([^'\n]{1,90})'(?![\w])")
# lower-case words a title may hold ("Castle in the Sky", "Kemushi no Boro", "Sorry Seems To Be The …")
_TITLE_LOWER = frozenset("a an the of in on at to and or for with no de la le di dan ke yang".split())
# what may stand between the word for a work and its title: modifiers, a relative clause, other titles
_GAP_MAX = 60

_GROUP_NOUNS_SCAN = re.compile(r"\b(?:grup|group|band|boyband|girlband|boy\s+band|girl\s+band|girl\s+grup|boy\s+grup|"
                               r"kelompok\s+musik|grup\s+vokal|grup\s+musik|personel|personil)"
                               r"(?:\s+[a-z][a-z-]*){0,3}\s*[\"“‘']?\s*")

# words of a football report; three of them make an article one
_FOOTBALL_WORDS = re.compile(r"\b(?:gol|laga|klub|liga|pelatih|striker|gelandang|bek|kiper|pertandingan|stadion|"
                             r"musim|skuad|kompetisi|klasemen|poin|trofi|transfer)\b", re.I)
_MATCH_VERBS = frozenset("""atas melawan kontra menghadapi mengalahkan menjamu dijamu vs versus menekuk membungkam
menumbangkan menaklukkan ditahan menahan mengandaskan membekuk dikalahkan ditaklukkan bergabung""".split())
_POINTS_AFTER = re.compile(r"\s*\(\s*\d{1,3}\s+poin\s*\)")
# a score right after a side ("menahan imbang Bologna 1 - 1"), and the nouns for a side before one
_SCORE_AFTER = re.compile(r"\s+\d{1,2}\s*-\s*\d{1,2}\b")
_AFTER_MATCH_VERB = re.compile(r"\b(?:" + "|".join(sorted(_MATCH_VERBS)) + r")\s+$")
_SIDE_BEFORE = re.compile(r"\b(?i:tim|klub|skuad|kesebelasan|imbang)\s+(?:[a-z]+\s+){0,2}$")


_NAMED_BY = re.compile(r"\b(?:bertajuk|berjudul|bertema|tajuk)\s*$")


def _is_title(text: str) -> bool:
    """Title Case words: each lettered word capitalised but for a few small ones; no direct speech
    (a stop or comma at its end)."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’.:-]*", text)]
    if not words or len(words) > 14 or text.rstrip()[-1:] in ",.!?" or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w.lower() in _TITLE_LOWER for w in words)


def _work_titles(body: str) -> list[tuple[int, int]]:
    """Offsets of the quoted titles of works in ``body``."""
    found: list[tuple[int, int]] = []
    titles: set[str] = set()
    quoted = [(m.start(), m.end(), next(g for g in m.groups() if g is not None)) for m in _QUOTED.finditer(body)]
    for start, end, inner in quoted:
        # (a title named by "bertajuk" may close the sentence inside its quotes: '… bertajuk "… Across Borders."')
        if not _is_title(inner) and not (inner.endswith(".") and _NAMED_BY.search(body, max(0, start - 12), start)
                                         and _is_title(inner[:-1])):
            continue
        before = body[sentence_start(body, start):start]
        nouns = list(_WORK_NOUNS.finditer(before))
        if nouns:
            gap = before[nouns[-1].end():]
            gap = _QUOTED.sub("", gap)  # other titles of the same list
            if len(gap) <= _GAP_MAX:
                found.append((start, end))
                titles.add(inner.strip())
    for start, end, inner in quoted:  # the same title quoted again ('"Kemushi no Boro" awalnya …')
        if inner.strip() in titles and (start, end) not in found:
            found.append((start, end))
    return found


# a word for works, then examples of them ("sejumlah film mulai dari A, B hingga C", "lagu-lagu populer mereka
# seperti A, B, dan C"), or a singer named by a song ("pelantun lagu hit Without You")
_WORK_LIST = re.compile(r"\b(?:film|film-film|lagu|lagu-lagu|album|serial|sinetron|novel|[Gg]ame|[Gg]ame - game|[Gg]ame-game|[Gg]im"
                        r"|[Jj]udul - judul|[Jj]udul-judul)(?:\s+(?:[a-z][\w-]*|AAA)){0,6}?"
                        r"\s+(?:seperti|mulai dari|antara lain|yakni|yaitu|di antaranya|termasuk|meliputi)\s+"
                        r"|\b[Pp]elantun\s+(?:lagu\s+)?(?:hit\s+)?(?=[A-Z])")
_LIST_ITEM_SEP = re.compile(r"\s*,\s*(?:(?:dan|serta|hingga|atau)\s+)?|\s+(?:dan|serta|hingga|atau)\s+")
# (a detokenised hyphen inside a title: "Middle - earth: Shadow of Mordor")
_TITLE_RUN = re.compile(r"[A-Z0-9][\w'’:-]*(?:\s+(?:[A-Z0-9][\w'’:-]*|(?:a|an|the|of|in|on|at|to|and|or|for|with|no|de|la|le)\b"
                        r"|-\s+[a-z][\w'’:-]*))*")


def _listed_titles(body: str) -> list[tuple[int, int]]:
    """Offsets of works' titles named, unquoted, as examples after a word for works or after "pelantun"."""
    spans = []
    for m in _WORK_LIST.finditer(body):
        pos = m.end()
        while (t := _TITLE_RUN.match(body, pos)) is not None:
            spans.append((t.start(), t.end()))
            if m.group().lower().startswith("pelantun") or not (sep := _LIST_ITEM_SEP.match(body, t.end())):
                break
            pos = sep.end()
    return spans


def works_and_groups(body: str, raws: list[RawMention]) -> list[RawMention]:
    """Drop the mentions inside works' titles; type music groups as organisations."""
    titles_possible = _WORK_NOUNS_ANYWHERE.search(body) is not None or "elantun" in body
    titles = (_work_titles(body) + _listed_titles(body)) if titles_possible else []
    # where a word for a music group ends right before a name (one scan of the article)
    group_ends = {m.end() for m in _GROUP_NOUNS_SCAN.finditer(body)}
    out = []
    for r in raws:
        if titles and any(a <= r.start and r.end <= b for a, b in titles) and not (r.lex_key and r.type == "PER"):
            continue
        if titles_possible and " " in r.text and r.lex_key is None and word_before(body, r.start) in _BARE_WORK_NOUNS \
                and known_type(r.text) is None:
            continue  # "lagu Rock the Casbah": an unquoted title
        if r.start in group_ends and r.type != "ORG" and r.lex_key is None:
            r = RawMention(r.start, r.end, r.text, "ORG", r.lex_key)
        out.append(r)
    return out


def _club_cities(body: str, raws: list[RawMention]) -> set[str]:
    """The places a football report names as sides."""
    sides: set[str] = set()
    lex = load_lexicon()
    # people the article names in full: their words are no sides
    people = {w for r in raws if r.type == "PER" and " " in r.text for w in r.text.split()}
    for k, r in enumerate(raws):
        if r.type not in ("LOC", "PER") or " " in r.text or lex.lookup(r.text) is not None or r.text in people:
            continue  # (a country the lexicon knows is its national side's, which stays the place)
        before = word_before(body, r.start).lower()
        if r.type == "PER":
            # a "person" of one word is a side only by a score or a side's noun or a match verb before
            # it ("menahan imbang Bologna 1 - 1", "tim pendatang baru Girona")
            if _SCORE_AFTER.match(body, r.end) or _SIDE_BEFORE.search(body[max(0, r.start - 40):r.start]) \
                    or _AFTER_MATCH_VERB.search(body[max(0, r.start - 20):r.start]):
                sides.add(r.text)
            continue
        listed = False
        for j in (k - 1, k + 1):  # "Juventus, Liverpool, Manchester City, dan Arsenal"
            if 0 <= j < len(raws) and raws[j].type == "ORG" and _is_club(raws[j]):
                a, b = (raws[j], r) if j < k else (r, raws[j])
                listed = bool(_LIST_JOIN.fullmatch(body, a.end, b.start))
                if listed:
                    break
        if listed or before in _MATCH_VERBS or _POINTS_AFTER.match(body, r.end) or before in _CLUB_PEOPLE \
                or _SCORE_AFTER.match(body, r.end) \
                or _SIDES_LISTED_AFTER.search(body[max(0, r.start - 80):r.start]):
            sides.add(r.text)
    # a place listed with a side is a side too ("… adalah Valencia, Leganes, dan Sevilla")
    grew = True
    while grew:
        grew = False
        for a, b in zip(raws, raws[1:], strict=False):
            if (a.text in sides) != (b.text in sides) and _LIST_JOIN.fullmatch(body, a.end, b.start):
                other = b if a.text in sides else a
                if other.type == "LOC" and " " not in other.text and other.lex_key is None \
                        and lex.lookup(other.text) is None and other.text not in people:
                    sides.add(other.text)
                    grew = True
    return sides


# the people of a club before its name ("Gelandang Barcelona", "pelatih Leganes"): a place after one
# is the club
_CLUB_PEOPLE = frozenset("""gelandang striker penyerang bek kiper winger bomber kapten pelatih manajer pemain
punggawa""".split())
# a list of sides after a noun for them ("Tiga tim lainnya yang lolos adalah Valencia, …")
_SIDES_LISTED_AFTER = re.compile(r"\b(?i:tim|klub)\s+(?:[a-z]+\s+){0,6}(?:adalah|yakni|yaitu|ialah)\s+"
                                 r"(?:[A-Z]\w+,\s+)*$")
_SIDE_NOUNS = frozenset("tim klub skuad kesebelasan".split())
_LIST_JOIN = re.compile(r"\s*(?:,|,?\s*dan|,?\s*serta|,?\s*atau)\s*")


def _glued_sides(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"kapten tim Barcelona | Andres Iniesta": a "person" of three words or more after a side's noun
    or a player's position, whose first word the article names alone as a place or a body, is that
    side, then the player."""
    alone = {r.text for r in raws if r.type in ("LOC", "ORG") and " " not in r.text}
    out = []
    for r in raws:
        words = r.text.split(" ")
        if r.type == "PER" and r.lex_key is None and len(words) >= 3 and words[0] in alone \
                and word_before(body, r.start).lower() in _CLUB_PEOPLE | _SIDE_NOUNS \
                and all(w[:1].isupper() for w in words[1:]):
            cut = len(words[0]) + 1
            out.append(RawMention(r.start, r.start + cut - 1, words[0], "LOC"))
            out.append(RawMention(r.start + cut, r.end, r.text[cut:], "PER"))
        else:
            out.append(r)
    return out


def _country_before_club(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"klub Israel | Maccabi Tel Aviv", "klub Kazakhstan | Astana": in a football report a country the lexicon
    knows after a side's noun, run into (or tagged apart from) the name after it that nothing knows, is the
    club's country; the rest is the club."""
    lex = load_lexicon()
    out = []
    for r in raws:
        prev = out[-1] if out else None
        if prev is not None and r.type == "PER" and r.lex_key is None and prev.type == "LOC" and prev.end + 1 == r.start \
                and (e := lex.lookup(prev.text)) is not None and e.type == "LOC" \
                and word_before(body, prev.start).lower() in _SIDE_NOUNS:
            out.append(RawMention(r.start, r.end, r.text, "ORG"))  # "klub Israel | Maccabi Tel Aviv", tagged apart
            continue
        words = r.text.split(" ")
        entry = lex.lookup(words[0]) if r.lex_key is None and len(words) >= 2 else None
        rest = " ".join(words[1:])
        if entry is not None and entry.type == "LOC" and known_type(rest) is None and rest[:1].isupper() \
                and word_before(body, r.start).lower() in _SIDE_NOUNS:
            out.append(RawMention(r.start, r.start + len(words[0]), words[0], "LOC", entry.key))
            out.append(RawMention(r.end - len(rest), r.end, rest, "ORG"))
        else:
            out.append(r)
    return out


def _is_club(r: RawMention) -> bool:
    """A body the lexicon knows (its clubs among them); in a football report, mostly a club."""
    entry = load_lexicon().lookup(r.text)
    return entry is not None and entry.type == "ORG"


def sports_report(body: str) -> bool:
    """Whether ``body`` reads as a sports (football) report: three of its words or more."""
    return _at_least(_FOOTBALL_WORDS, body, 3)


# words of reports on other sports, where a player's surname alone is the player too ("petinju … Floyd Mayweather
# Jr … atas Mayweather": the tagger's place)
_OTHER_SPORTS_WORDS = re.compile(r"\b(?:petinju|tinju|ronde|petarung|pebalap|balapan|sirkuit|petenis|tenis|"
                                 r"pebulu\s+tangkis|pebulutangkis|bulu\s+tangkis|tunggal\s+putr[ai]|ganda\s+putr[ai]|"
                                 r"pegolf|perenang|atlet|juara\s+dunia|sabuk|KO|TKO|UFC)\b")


def athletes_report(body: str) -> bool:
    """Whether ``body`` reads as a report on a sport, football or another: three of its words or more."""
    return sports_report(body) or _at_least(_OTHER_SPORTS_WORDS, body, 3)


def _at_least(pattern: re.Pattern, body: str, n: int) -> bool:
    """Whether ``pattern`` matches ``body`` ``n`` times or more (the scan stops at the n-th): three
    words of a football report make one, two of a racing report."""
    return any(k >= n for k, _ in enumerate(pattern.finditer(body), 1))


def national_teams(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"Timnas" or "Tim Nasional" right before another country's name is that country's team, one body
    ("Timnas Inggris", "Tim Nasional Kamerun"): not the lexicon's Indonesian side and a place beside it."""
    if "Timnas" not in body and "Tim Nasional" not in body and "timnas " not in body:
        return raws
    # (in lower case the tagger leaves the word out: "pemain timnas | Pantai Gading"; "timnas Indonesia" is the
    # lexicon's side)
    raws = [RawMention(r.start - 7, r.end, text, "ORG", entry.key if (entry := load_lexicon().lookup(text)) else None)
            if r.type == "LOC" and body[max(0, r.start - 7):r.start] == "timnas "
            and known_type(r.text) == "LOC" and (text := body[r.start - 7:r.end]) else r for r in raws]
    return joined_with_next(body, raws, lambda prev, r: prev.text in ("Timnas", "Tim Nasional") and r.type == "LOC"
                            and known_type(r.text) == "LOC")


# an age group after a team's name: "Timnas Indonesia U-16", "Timnas U - 16" (IndoSum's spaced hyphen), "U23"
_AGE_GROUP = re.compile(r"\s?U\s?-?\s?(?:1[5-9]|2[0-3])\b")


def age_group_teams(body: str, raws: list[RawMention]) -> list[RawMention]:
    """A team with its age group is a team of its own ("Timnas Indonesia U-16" is not the senior side the
    lexicon knows): the mention takes the age group in, and no lexicon entry. A "U" the tagger left at the
    end ("Timnas U | - 16") is the group's start."""
    if "U" not in body:
        return raws
    out = []
    for r in raws:
        at = r.end - 2 if r.text.endswith(" U") else r.end
        m = _AGE_GROUP.match(body, at) if r.type == "ORG" else None
        if m:
            r = RawMention(r.start, m.end(), body[r.start:m.end()], "ORG")
        out.append(r)
    return out


def football_sides(body: str, raws: list[RawMention]) -> list[RawMention]:
    """In a football report, a city named as a side is that side (an organisation), wherever the
    article names it; "AS" right before a city is part of the club's name ("AS Monaco")."""
    if not _at_least(_FOOTBALL_WORDS, body, 3):
        return raws
    out = joined_with_next(body, raws, lambda prev, r: prev.text == "AS" and r.type == "LOC" and " " not in r.text
                           and known_type(r.text) == "LOC")
    out = _suffixed_clubs(body, _glued_sides(body, _country_before_club(body, out)))
    sides = _club_cities(body, out) | {r.text.split(" ", 1)[1] for r in out if r.text.startswith("AS ") and r.type == "ORG"}
    towns = _clubs_by_their_town(body, out)
    out = [RawMention(r.start, r.end, r.text, "ORG", towns.get(r.text), by_context=r.text in towns)
           if (r.type in ("LOC", "PER") and r.text in sides) or (r.text in towns and r.lex_key is None) else r for r in out]
    out = _indonesian_clubs(body, sorted(out + _untagged_sides(body, out), key=lambda r: r.start))
    return _players_by_their_play(body, _lexicon_clubs_by_town(body, _clubs_after_players(out)))


def _clubs_after_players(raws: list[RawMention]) -> list[RawMention]:
    """A scorers' table's "Alan Shearer Blackburn 34", "Kevin Phillips Sunderland 30": a club the lexicon knows, by its
    name or its town, closing a "person" of three words or more is the club, the rest the player."""
    towns, lex = _lexicon_club_towns(), load_lexicon()
    out = []
    for r in raws:
        words = r.text.split()
        if r.type == "PER" and r.lex_key is None and len(words) >= 3:
            for n in (2, 1):
                club = " ".join(words[-n:])
                entry = lex.lookup(club)
                key = towns.get(club) or (entry.key if entry is not None and entry.type == "ORG" else None)
                if key and len(words) - n >= 2:
                    cut = r.start + len(" ".join(words[:-n]))
                    out += [RawMention(r.start, cut, r.text[:cut - r.start], "PER"),
                            RawMention(cut + 1, r.end, club, "ORG", key, by_context=True)]
                    break
            else:
                out.append(r)
            continue
        out.append(r)
    return out


# a player named by a move of theirs ("umpan terobosan Zaha", "tendangan kencang Lacazette", "ditepis oleh Speroni")
_PLAYER_AFTER = re.compile(r"\b(?:(?i:umpan|operan|tendangan|sepakan|tembakan|sundulan|tandukan|assist|gol|eksekusi)"
                           r"(?:\s+(?:jauh|silang|tarik|terobosan|kencang|keras|lambung|pendek|mendatar|melengkung|kilat|bebas"
                           r"|cantik|indah|spektakuler)){0,2}"
                           r"|(?:ditepis|diambil|dijangkau|ditanduk|disambut|dicetak|digagalkan|dilanggar|dijatuhkan)\s+oleh)"
                           r"\s+(?P<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b(?!\s*-)")


def _players_by_their_play(body: str, raws: list[RawMention]) -> list[RawMention]:
    """In a football report, a name right after a player's move is a player: one the tagger typed a body or a
    place becomes a person, one it left out is added — unless the lexicon or gazetteer knows the name or the
    report uses it for a club (a side or a town, typed by context)."""
    clubs = {r.text for r in raws if r.type == "ORG" and (r.lex_key or r.by_context)}
    added, retyped = [], {}
    for m in _PLAYER_AFTER.finditer(body):
        s, e = m.span("name")
        name = m.group("name")
        if name in clubs or name.split()[0].lower() in _NOT_SIDES or known_type(name) is not None \
                or load_lexicon().lookup(name) is not None or usually_lower(name.split()[0]):
            continue
        hit = [r for r in raws if r.start < e and s < r.end]
        if not hit:  # (a second word a headline's verb, "gol Vujovic Menangkan", is left out)
            words = name.split()
            if len(words) == 2 and (usually_lower(words[1]) or words[1].endswith(("kan", "nya"))):
                name = words[0]
            added.append(RawMention(s, s + len(name), name, "PER"))
        elif len(hit) == 1 and hit[0].start == s and hit[0].end == e and hit[0].type != "PER" \
                and hit[0].lex_key is None and not hit[0].by_context:
            retyped[id(hit[0])] = RawMention(s, e, name, "PER")
    if not added and not retyped:
        return raws
    return sorted([retyped.get(id(r), r) for r in raws] + added, key=lambda r: r.start)


_TOWN_WORD = re.compile(r"\b[A-Z][a-z]{3,}(?:\s[A-Z][a-z]+)?\b")


@functools.lru_cache(maxsize=1)
def _lexicon_club_towns() -> dict[str, str]:
    """The towns the lexicon's clubs are named after, each with its one club's key ("Southampton" of
    "Southampton FC", "Napoli" of "SSC Napoli"); a town two clubs share ("Madrid", "Manchester") is left out."""
    towns: dict[str, set[str]] = {}
    for entry in load_lexicon().entries():
        words = entry.name_id.split()
        if entry.type == "ORG" and len(words) >= 2 and (words[0].lower() in CLUB_TOWN_HEADS or words[-1] in CLUB_TAILS
                                                        or words[-1] == "City"):
            town = _club_short_name(entry.name_id)
            if town:
                towns.setdefault(town, set()).add(entry.key)
    # (nor a town another club's name ends with: "Milan" of "AC Milan" and "Inter Milan"; not "Liverpool Echo")
    for entry in load_lexicon().entries():
        if entry.type == "ORG":
            for town in towns:
                if entry.name_id.endswith(f" {town}"):
                    towns[town].add(entry.key)
    # (not a name the lexicon or gazetteer knows: "Roma", "Bali" and "Monaco" are places, "Arema" the club already)
    return {town: keys.pop() for town, keys in towns.items() if len(keys) == 1 and _TOWN_WORD.fullmatch(town)
            and known_type(town) is None}


def _lexicon_clubs_by_town(body: str, raws: list[RawMention]) -> list[RawMention]:
    """In a football report, a town the lexicon names one club after, named alone, is the club, whether the
    tagger made it a place, a person or a body of its own, or left it out ("Southampton tertinggal", "dibayar dua gol oleh
    Liverpool"); not after "kota" (the town itself) nor inside a longer name."""
    towns = _lexicon_club_towns()
    out = [RawMention(r.start, r.end, r.text, "ORG", towns[r.text], by_context=True)
           if r.lex_key is None and r.text in towns
           and word_before(body, r.start).lower() != "kota" else r for r in raws]
    added = []
    for m in _TOWN_WORD.finditer(body):
        text = m.group(0) if m.group(0) in towns else m.group(0).split()[0]
        s, e = m.start(), m.start() + len(text)
        before = word_before(body, s)
        if text in towns and not any(r.start < e and s < r.end for r in out) \
                and not (before.lower() == "kota" or before[:1].isupper()) \
                and not (e < len(body) and body[e] == " " and body[e + 1:e + 2].isupper()):
            added.append(RawMention(s, e, text, "ORG", towns[text], by_context=True))
    return sorted(out + added, key=lambda r: r.start) if added else out


def _clubs_by_their_town(body: str, raws: list[RawMention]) -> dict[str, str | None]:
    """The towns a football report names alone for the club it names in full or by a nickname the
    lexicon knows ("Real Madrid … Madrid", "AS Monaco … Monako", "Blaugrana … Barcelona"): a place or
    "person" whose name is the rest of one club's name after a club's first word
    (aliases.CLUB_TOWN_HEADS) or before "FC", and of no other club's ("Real Madrid" and "Atletico
    Madrid" leave "Madrid" the city); "City" or "United" alone where one such club is named. Each maps to the
    club's lexicon key (None for a club the lexicon does not know)."""
    lex = load_lexicon()
    towns: dict[str, set[str]] = {}
    keys: dict[str, str] = {}  # a lexicon club's key, which the town named alone takes
    for r in raws:
        club = lex.lookup(r.text)  # (by a nickname too, whatever the tagger typed it: "Blaugrana" is FC Barcelona)
        if club is not None and club.type == "ORG":
            name = club.name_id
            keys[name] = club.key
        elif r.type == "ORG":
            name = r.text
        else:
            continue
        if name.split()[-1] in ("City", "United") and len(name.split()) >= 2:
            towns.setdefault(name.split()[-1], set()).add(name)  # "City" alone: the one "… City" the report names
        town = _club_short_name(name, last_word=club is not None)
        if town is None:
            continue
        entry = lex.lookup(town)
        for form in {town, *((entry.name_id, *entry.aliases) if entry else ())}:
            towns.setdefault(form, set()).add(name)
    # (not a dateline's place opening a line: "MADRID, JUARA.net - …" is the city)
    return {r.text: keys.get(next(iter(towns[r.text]))) for r in raws
            if len(towns.get(r.text, ())) == 1
            and not (body[r.end:r.end + 1] == "," and not body[body.rfind("\n", 0, r.start) + 1:r.start].strip())}


def _club_short_name(name: str, last_word: bool = True) -> str | None:
    """The name a football report gives a club alone: its town after a club's first word ("Real Madrid"),
    before "FC", "City", "United" or another club suffix ("Liverpool FC", "Stoke City", "Tottenham Hotspur"; not a
    city's own name, "Mexico City"), or (``last_word``: a club the lexicon knows) the last of two words that end in
    none of them and name no place ("Crystal Palace": "Palace"; not "Persib Bandung", nor a tagger's span
    "Golkar Purwakarta", "Chelsea Willian")."""
    words = name.split()
    if len(words) < 2:
        return None
    if words[0].lower() in CLUB_TOWN_HEADS:
        return " ".join(words[1:])
    if words[-1] in CLUB_TAILS or words[-1] == "City":
        return None if known_type(name) == "LOC" else " ".join(words[:-1])
    return words[1] if (last_word and len(words) == 2 and words[1][:1].isupper() and not words[1].isupper()
                        and known_type(words[1]) is None) else None


# a football club's name by its last word or its first, whatever the tagger typed it (read in every
# article by kabar.nlp.entities; _SUFFIXED_CLUB below finds the whole name in a football report)
CLUB_TAILS = frozenset("FC F.C. AFC United CF SC Rovers Wanderers Albion Hotspur".split())
# (and the first words of European clubs' names: "Dynamo Kiev", "Slavia Prague", "Maccabi Tel Aviv")
CLUB_HEADS = frozenset("""FC SC AC SSC PSS PSIS PSM PSMS Dynamo Dinamo Slavia Sparta Spartak Lokomotiv Zenit Sporting
Olympique Atletico Borussia Eintracht Hertha Werder Maccabi Hapoel Crvena""".split())
# a club by its suffix or prefix: "Madura United", "Pusamania Borneo FC", "FC Utrecht", "SC Feyenoord"
# (within a line: "Dedi Rinaldi\n\nSaat Manchester United" is no name; "City" only after a town the lexicon
# does not know as a city of that name: "Hull City", not "Mexico City")
# a league's name before a club's ("tim League Two | Coventry City"), no part of it
LEAGUE_BEFORE_CLUB = re.compile(r"(?:League (?:One|Two)|Liga (?:1|2|3)|Serie [ABC]|Ligue (?:1|2|One)|Championship|Copa del Rey) (?=[A-Z])")
_SUFFIXED_CLUB = re.compile(r"\b(?:(?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w.'’-]*[ \t]+(?:FC|F\.C\.|United|CF|City)"
                            r"|(?:FC|SC|AC|SSC|CF)[ \t]+(?:[A-Z][\w'’-]*[ \t]+){0,2}[A-Z][\w'’-]*"
                            # (one word after these, or "La"/"de" and one: "Deportivo La Coruna"; not "Athletic
                            # Bilbao | Iraizoz", its keeper)
                            r"|(?:Real|Deportivo|Sporting|Atletico|Athletic|Olympique|Borussia)[ \t]+"
                            r"(?:(?:La|de)[ \t]+)?[A-Z][\w'’-]*)\b")


def _suffixed_clubs(body: str, raws: list[RawMention]) -> list[RawMention]:
    """A club named with "FC", "United" (after) or "FC", "SC", "AC" (before) is one organisation,
    whatever the tagger made of it (the town a place: "Madura | United"); capitalised words that open
    the sentence as a common word or a title are left out ("Sebelumnya Pusamania Borneo FC", "Manajer
    Newcastle United")."""
    for m in _SUFFIXED_CLUB.finditer(body):
        s, e = m.span()
        if (stop := re.search(r"\b(?!Man\.)[A-Za-z][a-z]{2,}\.\s", m.group(0))) is not None:
            s += stop.end()  # "Riyad Mahrez. | Man City": a sentence's end, no part of the club's name
            if usually_lower(body[s:e].split()[0]):
                continue  # ("… Manchester City. Pasalnya City …": a sentence's opening word, then the club's short name)
        words = body[s:e].split()
        if len(words) < 2:
            continue
        if words[-1] == "City" and known_type(" ".join(words)) == "LOC":
            continue  # "Mexico City", "Kansas City": a city
        while len(words) > 2 and (words[0].lower() in _NOT_SIDES or usually_lower(words[0])
                                  or (is_role_word(words[0]) and not words[0].isupper())
                                  # (a headline's capitalised common word further in: "Milovanovic Kembali
                                  # Direkrut | Madura United")
                                  or any(usually_lower(w) for w in words[1:-2])):
            s = body.index(words[1], s + len(words[0]))
            words = words[1:]
        if len(words) > 2 and (league := LEAGUE_BEFORE_CLUB.match(body, s)):
            s = league.end()  # "tim League Two | Coventry City": the league is no part of the club's name
        raws = [r for r in raws if not (r.start < e and s < r.end)] + [RawMention(s, e, body[s:e], "ORG")]
    return sorted(raws, key=lambda r: r.start)


# Indonesian clubs by their association's name, with their town: "Persela Lamongan", "PSM Makassar",
# "Persik Kediri"
_ID_CLUB = re.compile(r"\b(?:Pers(?!atuan|ero|ada|en\b|ekutuan|idangan|oalan|iapan|ona)[a-z]{2,7}|PS[A-Z]{1,3})"
                      r"(?:\s+[A-Z][a-z]+){0,2}\b")


_NOT_CLUBS = frozenset("""persentase persiapan persidangan persimpangan persis persen persekutuan perseroan personel
personil persoalan persaingan persamaan persepsi persetujuan persegi perseorangan persediaan persembahan
persekusi persuasi pers psbb pssi""".split())


def _indonesian_clubs(body: str, raws: list[RawMention]) -> list[RawMention]:
    """Indonesian clubs named by their association ("Persela") and town, replacing what the tagger
    made of them (a town)."""
    for m in _ID_CLUB.finditer(body):
        words = m.group(0).split()
        keep = 1
        if len(words) > 1 and known_type(words[1]) == "LOC":
            keep = 2  # the town
        elif len(words) > 1 and known_type(" ".join(words[1:3])) == "LOC":
            keep = 3
        if keep == 1 and (opens_sentence(body, m.start()) or words[0].lower() in _NOT_CLUBS or words[0].isupper()):
            continue  # "Persentase …": a word capitalised by its place; an acronym alone is the tagger's
        text = " ".join(words[:keep])
        s, e = m.start(), m.start() + len(text)
        if any(r.lex_key is not None and r.start <= s and e <= r.end for r in raws):
            continue  # a club the lexicon knows ("Persib Bandung")
        if any(r.type != "ORG" and r.start < s < r.end for r in raws):
            continue  # a name's later word, no club: "Robin van | Persie"
        raws = [r for r in raws if not (r.start < e and s < r.end)] + [RawMention(s, e, text, "ORG")]
    return sorted(raws, key=lambda r: r.start)


# a side named after a match verb or a score ("menghadapi Fiorentina", "2 - 1 atas Dundee")
_SIDE_AFTER = re.compile(r"\b(?:menghadapi|melawan|kontra|vs\.?|versus|menjamu|dijamu|\d+\s*-\s*\d+\s+atas)\s+"
                         r"(?P<name>[A-Z][a-z]{3,}(?:\s+[A-Z][a-z]{2,})?)\b")


def _untagged_sides(body: str, raws: list[RawMention]) -> list[RawMention]:
    """Sides the tagger left out, named after a match verb: no weekday or month, no country (its
    national side stays the place the lexicon knows), no name the article gives a person."""
    people = {w for r in raws if r.type == "PER" for w in r.text.split()}
    added = []
    for m in _SIDE_AFTER.finditer(body):
        s, e = m.span("name")
        if any(r.start < e and s < r.end for r in raws) or m.group("name").split()[0] in people:
            continue
        if known_type(m.group("name")) is not None or m.group("name").split()[0].lower() in _NOT_SIDES:
            continue
        added.append(RawMention(s, e, m.group("name"), "ORG"))
    return added


_NOT_SIDES = frozenset("senin selasa rabu kamis jumat sabtu minggu januari februari maret april mei juni juli "
                       "agustus september oktober november desember tim klub timnas para".split())


# words of a motor-racing report; two of them make an article one
_RACING_WORDS = re.compile(r"\b(?:MotoGP|Moto2|Moto3|Formula\s+1|F1|pebalap|balapan|sirkuit|podium|konstruktor|"
                           r"grid|pole)\b")
# makers and sponsors whose names make a racing team's ("Movistar Yamaha", "Repsol Honda"); a person's
# surname too ("Keisuke Honda") outside a racing report
_MAKERS = frozenset("""Yamaha Ducati Honda Suzuki Aprilia KTM Kawasaki Repsol Movistar Ferrari Mercedes McLaren
Renault Alpine Williams Haas Sauber""".split())


def racing_report(body: str) -> bool:
    """Whether ``body`` reads as a motor-racing report (two of its words)."""
    return _at_least(_RACING_WORDS, body, 2)


def racing_teams(body: str, raws: list[RawMention]) -> list[RawMention]:
    """In a motor-racing report, a "person" named by a maker or sponsor is a team or the maker
    ("Movistar Yamaha", "Ducati"), or a team run into its rider's name ("Ducati | Andrea Dovizioso"), whatever
    type the tagger gave that ("Pebalap Ferrari | Sebastian Vettel" tagged a body)."""
    if not racing_report(body):
        return raws
    out = []
    for r in raws:
        words = r.text.split(" ")
        makers = [k for k, w in enumerate(words) if w in _MAKERS]
        if r.type not in ("PER", "ORG") or r.lex_key is not None or not makers:
            out.append(r)
            continue
        cut = makers[-1] + 1
        rest = words[cut:]
        if r.type == "ORG" and not (len(rest) >= 2 and all(w.istitle() and w.isalpha() for w in rest)
                                    and not any(w in _TEAM_WORDS for w in rest)):
            out.append(r)  # a body stays one unless a person's name of two words or more follows its maker
            continue
        if rest and not any(w in _TEAM_WORDS or w.isdigit() for w in rest) and all(w[:1].isupper() for w in rest):
            # "Ducati | Andrea Dovizioso", "Movistar Yamaha | Massimo Meregalli": the team, then its rider
            head = " ".join(words[:cut])
            out.append(RawMention(r.start, r.start + len(head), head, "ORG"))
            out.append(RawMention(r.start + len(head) + 1, r.end, " ".join(rest), "PER"))
        else:
            out.append(RawMention(r.start, r.end, r.text, "ORG", r.lex_key))
    return out


_TEAM_WORDS = frozenset("Team Tech Racing Factory Corse".split())
