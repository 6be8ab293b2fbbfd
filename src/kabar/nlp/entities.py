"""Entities in one article: tag names, read roles and acronyms around them, join the variants.

``find_entities(body)`` takes the article's name spans (``kabar.nlp.mentions``), resolves lexicon
names and acting capitals ("Pyongyang membantah" → Korea Utara), joins acronyms the text defines
and short forms to their full name ("Kim" → "Kim Jong Un"), and attaches roles from titles and
appositions (``kabar.nlp.roles``). Across a story,
``merge_entities`` (in ``kabar.nlp.entity_merge``) joins the articles' entities.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import pairwise

from kabar.nlp.aliases import (
    BARE_OFFICES,
    GENERATION_SUFFIXES,
    GENERIC_ABBREVIATIONS,
    HONORIFICS,
    INNER_ACRONYM,
    PARTY_BOARDS,
    PERSON_ALIAS_RE,
    PLACE_KIND_HEADS,
    REGIONAL_OFFICES,
    LexEntry,
    Lexicon,
    described_nicknames,
    entity_key,
    expand_place_tail,
    fold,
    foreign_country,
    is_acronym_of,
    is_honorific,
    is_loose_acronym,
    is_short_form,
    known_type,
    load_lexicon,
    metonym_country,
    normalise,
    office_of_named_place,
    uncalled_first,
    world_place,
)
from kabar.nlp.arts_and_sports import CLUB_HEADS, CLUB_TAILS, athletes_report
from kabar.nlp.entity_merge import StoryEntity, merge_entities, most_named
from kabar.nlp.id_names import ID_PLACE_TAILS
from kabar.nlp.mentions import (
    ACRONYM_RE,
    COMPASS,
    DEMONYMS,
    GENERIC_ORG_HEADS,
    ORG_TAILS,
    TIME_ZONES,
    lineup_names,
    raw_mentions,
)
from kabar.nlp.ner import NerTagger, load_tagger, name_like, rarely_seen, usually_lower
from kabar.nlp.ner_en import EnglishTagger, load_english_tagger
from kabar.nlp.raw_mention import RawMention, joined_with_next, word_before
from kabar.nlp.roles import (
    GROUP_MEMBERS,
    MODIFIERS,
    ROLE_WORDS,
    author_names,
    ends_in_general_office,
    english_job_title,
    find_roles,
    fullest,
    title_before,
)
from kabar.nlp.speaker_words import (
    EN_PURPOSE_HEADS,
    NAME_PARTICLE,
    ORG_HEADS,
    PERSON_TITLES,
    PLACE_TAKERS,
    SPELLED_RANKS,
    is_degree,
    is_office_abbreviation,
    is_role_word,
    not_subject,
)
from kabar.nlp.tokens import find_whole, opens_sentence
from kabar.records import Entity, Mention

__all__ = ["EntityResult", "StoryEntity", "article_entity", "find_entities", "merge_entities"]

@dataclass(slots=True)
class EntityResult:
    """What one article names: the spans (offsets into the body) and the entities they resolve to."""

    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)


def find_entities(body: str, lang: str = "id", tagger: NerTagger | EnglishTagger | None = None) -> EntityResult:
    """The mentions and entities of one article body (offsets index ``body``). English text goes
    through spaCy's English recogniser where it is installed (``kabar.nlp.ner_en``), the rest
    through kabar's Indonesian tagger."""
    if tagger is None:
        tagger = (load_english_tagger() if lang == "en" else None) or load_tagger()
    not_names = _acronyms_of_not_names(body)
    raws = _bracket_defined(body, [r for r in raw_mentions(body, tagger)
                                   if (r.lex_key or not ((_not_a_name(r.text) and load_lexicon().lookup(r.text) is None)
                                                        or _law_acronym(body, r)
                                                        or _POSSESSIVE_END.sub("", r.text) in not_names  # ("the BOP's …")
                                                        or _not_name_acronyms(r.text)
                                                        or _in_capital_furniture(body, r)
                                                        or _NUMBERED_BEFORE.search(body, max(0, r.start - 8), r.start)
                                                        or _SHIP_BEFORE.search(body, max(0, r.start - 14), r.start)
                                                        or _in_nation_codes(body, r)
                                                        or _counted_in_units(body, r)))
                                   # (a football shirt, where the article writes it in lower case too)
                                   and not (r.text == "Jersey" and " jersey " in body
                                            and body[max(0, r.start - 4):r.start] != "New ")])
    if lang == "en":
        raws = _en_pieces(body, _en_joined_possessives(body, raws))
        raws = _without_opening_words(body, [_after_title(c) for r in raws
                                             if (c := _cut_at_lower_case(body, _before_question(r)))])
        raws = _bracket_defined(body, _en_lists(_en_spans(body, raws)))  # again: "drugmaker GlaxoSmithKline (GSK)"
        raws = _en_wire_credits(body, _en_titled_names(body, _en_bodies_with_purpose(body, raws)))
        raws = _en_office_qualifiers_off(body, _en_law_acronyms_off(body, _en_vaccine_makers_off(body, raws)))
        raws = _en_party_states(body, raws)
    raws = _platforms(_roman_tails(body, _acronym_defined_bodies(body, _without_trailing_rank(raws))))
    if lang != "en":
        raws = _bodies_named_after_people(body, raws)
        raws = _person_after_firm(_person_after_named_body(body, _person_after_body(body, _fields_listed_bodies(body, _people_joined_by_dan(body, _and_spelt_bodies(body, raws))))))
        # (after the person is split off the party's branch: "Ketua DPD II | Golkar Makassar | Munafri")
        raws = _party_organs(body, _person_after_body_tail(body, _ministers_field_off(body, _initialled_people(body, raws))))
    raws = _places_in_place_lists(body, raws)
    if lang != "en":
        raws = _people_in_people_lists(body, _languages(body, raws) if "ahasa " in body else raws)
        raws = _without_currency_countries(body, _party_boards_no_senate(body, raws) if "DPD" in body else raws)
    if lang != "en":
        raws = _alias_named_people(body, raws) if " alias " in body else raws
        raws = _bodies_in_body_lists(body, raws)
    # ", Jr." after "Joseph F Dunford": a generation suffix the tagger took for a person of its own
    # (nor a degree after a comma, "Abdul Mu'ti, M.Ed", which the tagger's span reached only here)
    raws = [r for r in _without_common_acronyms(body, raws)
            if not (r.type == "PER" and (r.text.rstrip(".").lower() in GENERATION_SUFFIXES
                                         or (r.lex_key is None and " " not in r.text and is_degree(r.text))))
            and not (r.lex_key is None and r.type != "ORG" and _DISEASE.search(r.text) and known_type(r.text) is None)]
    raws = [RawMention(r.start + cut, r.end, r.text[cut:], r.type, r.lex_key) if (cut := _english_article(r, indefinite=lang == "en")) else r
            for r in raws]
    for k, r in enumerate(raws):  # "Mike Boge Dipl. Ing.": a degree after the name is no part of it
        words = r.text.split()
        if r.type == "PER" and r.lex_key is None and len(words) >= 2 and is_degree(words[-1]):
            cut = len(r.text) - len(words[-1]) - 1
            raws[k] = RawMention(r.start, r.start + cut, r.text[:cut].rstrip(" ,"), r.type, None)
    called: set[str] = set()  # names a personal calling stands before
    for r in raws:
        r.type, by_calling = _type_by_form(body, r, raws, lang)
        if by_calling:
            called.add(r.text)
    for r in raws:  # (and so is the name where no calling stands before it: "film garapan Will Gluck")
        if r.type != "PER" and r.lex_key is None and r.text in called:
            r.type = "PER"
    if lang != "en":
        raws = _people_run_into_bodies(body, _doubles_pairs(body, raws) if "/" in body else raws)
        raws = _titled_people_after_comma(body, _first_names_off_places(_boundary_words_moved(body, raws)))
        if authors := author_names(body):
            # "Mochamad Adli Wafi. Peneliti …": a column's author line names a person, whatever the tagger said
            raws = sorted([r for r in raws if not any(a < r.end and r.start < b for a, b in authors)]
                          + [RawMention(a, b, body[a:b], "PER") for a, b in authors], key=lambda r: r.start)
    # "ganda campuranPraveen Jordan": a word a scrape glued to the name (its line break lost) is no part of a person
    raws = [RawMention(r.start + m.end(1), r.end, r.text[m.end(1):], r.type, None)
            if r.type == "PER" and r.lex_key is None and (m := _GLUED_LOWER.match(r.text)) else r for r in raws]
    # "(Gubernur DKI Jakarta dan Co-President | UCLG ASPAC)": a compound title the tagger ran into the body
    raws = [RawMention(r.start + m.end(), r.end, r.text[m.end():], "ORG", None)
            if r.type != "LOC" and r.lex_key is None and (m := _COMPOUND_TITLE.match(r.text)) and r.text[m.end():].isupper()
            else r for r in raws]
    # "Salomon RondonPelatih: Tony Pulis": a line-up's next label a scrape glued to the name's end is no part of it
    raws = [RawMention(r.start, r.start + m.start(1), r.text[:m.start(1)], r.type, None)
            if r.type == "PER" and r.lex_key is None and (m := _GLUED_LABEL.search(r.text)) and " " in r.text[:m.start(1)]
            and is_role_word(m.group(1)) else r for r in raws]
    # "Ketua Majelis Hakim Ni Luh Suastini": a court's panel is an office before the judge's name
    raws = [RawMention(r.start + m.end(), r.end, r.text[m.end():], "PER", None)
            if r.type == "ORG" and r.lex_key is None and (m := _PANEL_HEAD.match(r.text))
            and len(r.text[m.end():].split()) >= 2 and not known_type(r.text[m.end():]) else r for r in raws]
    # "se-Jawa Barat" (all of West Java), "se-Indonesia": the place without the prefix
    raws = [RawMention(r.start + 3, r.end, r.text[3:], r.type, r.lex_key)
            if r.text.startswith("se-") and r.text[3:4].isupper() and r.type != "PER" else r for r in raws]
    # "Kapolres Barru AKBP | Ananda Fauzi Harahap", "Serma | John Arlis": a rank or title of address the tagger ran
    # into the name it stands before
    for k, r in enumerate(raws):
        words = r.text.split()
        if r.type == "PER" and r.lex_key is None and len(words) >= 3 and is_honorific(words[0]) \
                and words[0].lower() not in _NAME_OR_ADDRESS:  # ("Pak Jong Chon": a Korean surname)
            cut = len(words[0]) + 1
            raws[k] = RawMention(r.start + cut, r.end, r.text[cut:], "PER", None)
    # "Kementerian Dalam Negeri 69,4- …": a scraped table's figure glued to a name is no part of it
    raws = [RawMention(r.start, r.start + m.start(), r.text[:m.start()], r.type, r.lex_key)
            if r.type != "PER" and (m := _TRAILING_FIGURE.search(r.text)) and m.start() > 0 else r for r in raws]
    # "Golden State Warriors 118 - 111 Brooklyn Nets": a result line's scores are no part of the sides' names
    raws = [_score_off(body, r) if r.type != "PER" and r.lex_key is None and any(c.isdigit() for c in r.text) else r
            for r in raws]
    # "kantor Wali Kota Jakarta Timur": "Kota" is the mayor's title, the place is Jakarta Timur
    raws = [RawMention(r.start + 5, r.end, r.text[5:], r.type, r.lex_key)
            if r.type == "LOC" and r.text.startswith("Kota ") and body[max(0, r.start - 5):r.start].lower() == "wali "
            else r for r in raws]
    raws = _spaced_hyphen_names(body, _particle_people(body, raws))
    if lang != "en" and athletes_report(body):
        raws = _untagged_first_names(body, raws)
    if lang != "en" and "inh" in body:
        raws = _lusophone_nicknames(body, raws)
    raws = _cited_sources(body, _places_by_context(body, _hospitals(body, _detention_centres(body, raws))))
    raws = _result_rows(body, _bracketed_job_titles(body, raws))
    if lang != "en":
        raws = _without_places_inside_titles(body, _office_with_its_place(body, raws))
    raws = _firms_by_context(body, _late_repairs(body, raws))
    return _resolve(body, raws, lang)


# a Portuguese diminutive a footballer goes by: "Paulinho", "Fernandinho", "Marquinhos", "Rafinha"
_LUSOPHONE_NICKNAME = re.compile(r"(?<![\w-])[A-Z][a-z]{2,}(?:inho|inhos|inha)(?![\w-])")


def _lusophone_nicknames(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"Paulinho menendang keras", "kontrak Fernandinho": a capitalised Portuguese diminutive the lexicon does not
    know is a person's name (Brazilian players go by one), which the tagger, trained on Indonesian names, left out or
    typed a place; a longer name holding it stays as it is ("Jose Mourinho")."""
    out = list(raws)
    for m in _LUSOPHONE_NICKNAME.finditer(body):
        over = [r for r in out if r.start < m.end() and m.start() < r.end]
        if known_type(m.group()) is not None or any(r.type == "PER" or (r.start, r.end) != m.span() for r in over):
            continue
        out = [r for r in out if r not in over] + [RawMention(m.start(), m.end(), m.group(), "PER")]
    return sorted(out, key=lambda r: r.start)


# continents, oceans and their parts, which make one region together ("Asia Pasifik", "Amerika Latin")
_WIDE_REGION_WORDS = frozenset("""Asia Pasifik Pacific Eropa Europe Afrika Africa Amerika America Atlantik Atlantic Arab Hindia
Latin Oseania Oceania""".split())


def _two_known_names(raws: list[RawMention]) -> list[RawMention]:
    """"Go - Jek | Traveloka Liga 1": a "person" or "place" the lexicon does not know, made of two bodies it knows
    run together (a league's two sponsors), is those two bodies (a body the tagger found may be one's unit
    in the other: "Bareskrim Polri"); so is a "place" of two places the gazetteer knows ("Ciamis Brebes")."""
    out = []
    for r in raws:
        words = r.text.split(" ")
        if r.lex_key is not None or r.type == "ORG" or not 2 <= len(words) <= 6 or known_type(r.text) is not None:
            out.append(r)
            continue
        kind = "ORG"
        cut = next((n for n in range(1, len(words))
                    if known_type(" ".join(words[:n])) == "ORG" and known_type(" ".join(words[n:])) == "ORG"), None)
        if cut is None and len(words) == 2 and known_type(words[0]) == known_type(words[1]) == "LOC" \
                and not _WIDE_REGION_WORDS & set(words):
            # (not a continent's or ocean's part: "Asia Pasifik" is one region)
            cut, kind = 1, "LOC"  # "kabupaten perbatasan Ciamis | Brebes": two places the gazetteer knows
        if cut is None:
            out.append(r)
            continue
        left = " ".join(words[:cut])
        out.append(RawMention(r.start, r.start + len(left), left, kind, None))
        out.append(RawMention(r.start + len(left) + 1, r.end, r.text[len(left) + 1:], kind, None))
    return out


_NEXT_NAME_WORD = re.compile(r" ([A-Z][a-z]+)(?![\w'’-])")


def _known_name_completed(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"di Hong | Kong": a mention the tagger ended one word short of a name the gazetteer or lexicon knows whole
    takes that word, where no mention holds it."""
    starts = {r.start for r in raws}
    out = []
    for r in raws:
        if r.lex_key is None and known_type(r.text) is None and (m := _NEXT_NAME_WORD.match(body, r.end)) \
                and r.end + 1 not in starts and (kind := known_type(f"{r.text} {m.group(1)}")) is not None:
            r = RawMention(r.start, m.end(), body[r.start:m.end()], kind, None)
        out.append(r)
    return out


def _type_by_form(body: str, r: RawMention, raws: list[RawMention], lang: str) -> tuple[str, bool]:
    """The type a mention's own form or the words right around it give it, whatever the tagger said, and whether a
    calling only people have stands by it (the name is then a person's wherever the article writes it). The first
    rule that applies decides; none keeps the tagger's type."""
    if r.text.endswith((" Tbk", " Tbk.", " (Persero)")):
        return "ORG", False  # "Antam Tbk": a listed company
    if r.type == "PER" and " " in r.text and r.text.rsplit(" ", 1)[1] in _BUSINESS_TAILS:
        return "ORG", False  # "DNR Logistics", "Mandala Airlines": no one's surname
    if r.type == "LOC" and r.lex_key is None and " " in r.text and r.text.rsplit(" ", 1)[1] in _FIRM_TAILS:
        return "ORG", False  # "rest area Jasa Marga Group": a group of companies, not a place
    if r.type != "ORG" and r.lex_key is None and " " in r.text and (
            (r.type == "PER" and any(w in _MEDIA_WORDS for w in r.text.split()[1:]))
            or r.text.rsplit(" ", 1)[1] in ("FM", "TV")):
        # "Marza Animation Planet", "Blur Studio": a studio or label, no one's name; "Trax FM", "Trans TV": a station
        return "ORG", False
    if r.type in ("PER", "LOC") and r.lex_key is None and _INNER_CAPITAL_BRAND.fullmatch(r.text) and known_type(r.text) is None:
        return "ORG", False  # "BerUang", "OmniVR", "PajakPay": a capital inside one word names a firm or app, no one
    if r.type == "PER" and " " in r.text and r.text.split(" ", 1)[0] in _ASSOCIATION_HEADS:
        return "ORG", False  # "Perkumpulan Hidayatullah", "Yayasan Puteri Indonesia": a body named after someone
    if r.type == "LOC" and r.lex_key is None and " " in r.text and r.text.split(" ", 1)[0] in _ASSOCIATION_HEADS \
            and r.text.split(" ", 1)[0] not in ("Lembaga", "Sekretariat", "Kesekretariatan", "Persatuan", "Serikat"):
        # "Ikatan Habaib": an association, no place (a prison, "Lembaga Pemasyarakatan X", may be one; "Persatuan
        # Emirat Arab" is the Malay name of a country)
        return "ORG", False
    if r.type != "ORG" and " " in r.text and (r.text.rsplit(" ", 1)[1] in CLUB_TAILS or r.text.split(" ", 1)[0] in CLUB_HEADS):
        return "ORG", False  # "Pusamania Borneo FC", "Madura United", "SC Feyenoord": a club, not a place
    words = r.text.split()
    if r.type == "PER" and r.lex_key is None and len(words) >= 2 \
            and all(w.isupper() and w.isalpha() and 2 <= len(w) <= 6 for w in words) and lang != "en":
        # "dilaksanakan oleh UCLG ASPAC": acronyms only, a body (a person's initials are one word; and not in
        # English, whose captions write names in capitals: "BARBARA JONES")
        return "ORG", False
    if r.type != "ORG" and r.lex_key is None and " " in r.text and _INSTITUTION.search(r.text):
        return "ORG", False  # "SD Cisarua", "Lapas Sukamiskin", "Harvard Medical School": a school, prison or hospital
    if r.type == "PER" and r.lex_key is None and _PLACE_TAIL_EN.search(r.text):
        if (m := _CALLING_AFTER.match(body, r.end)) and m.group(1).lower() in _PERSONAL_CALLINGS:
            return r.type, True  # "Michael Bay, selaku sutradara": a person whose surname is a place's word
        return "LOC", False  # "Tebet Eco-Park", "Grand Indonesia Mall": a park or building, English-named
    if r.type != "PER" and r.lex_key is None and _ET_AL.match(body, r.end) and known_type(r.text) is None:
        return "PER", False  # "oleh Akhilraj, et al. (2024)", "Wibowo dkk.": a paper's first author
    if r.type == "ORG" and r.lex_key is None and word_before(body, r.start) in _PERSONAL_CALLINGS \
            and known_type(r.text) is None and 2 <= len(words) <= 4 \
            and all(name_like(w) or (w.istitle() and w.isalpha()) for w in words):
        return "PER", True  # "dokter Sonia Wibisono": a calling only a person has, in lower case before the name
    if r.type != "PER" and r.lex_key is None and (m := _CALLING_AFTER.match(body, r.end)) \
            and m.group(1).lower() in _PERSONAL_CALLINGS and known_type(r.text) is None:
        return "PER", True  # "Michael Bay, selaku sutradara": a calling only a person has, given after the name
    if r.type != "PER" and r.lex_key is None and known_type(r.text) is None and 2 <= len(words) <= 4 \
            and all(w.istitle() and w.isalpha() for w in words) and (
                _PLAYED_BY.search(body, max(0, r.start - 30), r.start)
                or (body[r.start - 1:r.start] == "(" and body[r.end:r.end + 1] == ")" and _SCREEN_WORDS.search(body)
                    and any(q.type == "PER" and q.end == r.start - 2 for q in raws))):
        # "yang diperankan oleh Kaya Scodelario", "Hector Barbossa (Geoffrey Rush)": an actor, after the part (the
        # bracket only in a film's or series' story: "Valentino Rossi (Movistar Yamaha)" is his team)
        return "PER", True
    if r.type != "ORG" and r.lex_key is None and word_before(body, r.start).lower() in ("jurnal", "agensi"):
        # "di jurnal Geophysical Research Letters": a journal, a publisher's title; "Agensi CJeS Culture": a
        # performer's agency
        return "ORG", False
    return r.type, False


_TWO_ACRONYMS = re.compile(r"([A-Z]{2,6}) (?:dan|serta|&) ([A-Z]{2,6})")
_UNIT_NUMBER_AFTER = re.compile(r"\s*(?:-\s*)?\.?\s*\d")
_INNER_TITLE = re.compile(r" (?:KH|K\.H\.|Hj\.?|Kiai|Nyai) (?=[A-Z][a-z])")


def _split_at_inner_title(r: RawMention) -> list[RawMention]:
    m = _INNER_TITLE.search(r.text) if r.type == "PER" and r.lex_key is None else None
    if m is None:
        return [r]
    return [RawMention(r.start, r.start + m.start(), r.text[:m.start()], "PER", None),
            RawMention(r.start + m.end(), r.end, r.text[m.end():], "PER", None)]


def _two_acronyms_apart(r: RawMention) -> list[RawMention]:
    m = _TWO_ACRONYMS.fullmatch(r.text) if r.lex_key is None and r.type != "PER" else None
    if m is None:
        return [r]
    return [RawMention(r.start, r.start + len(m.group(1)), m.group(1), r.type, None),
            RawMention(r.end - len(m.group(2)), r.end, m.group(2), r.type, None)]


# a rank written out in full inside a "body" the tagger ran on into the officer's name
# (the ranks roles strip, speaker_words.SPELLED_RANKS, spaced as a mention's text is)
_SPELLED_RANK_INSIDE = re.compile(" (?:" + SPELLED_RANKS.replace(r"\s+", " ") + r") (?=[A-Z][a-z])")


def _ranks_inside_bodies(raws: list[RawMention]) -> list[RawMention]:
    """"Divisi Humas Polri Brigadir Jenderal Rikwanto" tagged one body: the rank written out in full ends the body,
    the name after it is the officer's."""
    out = []
    for r in raws:
        m = _SPELLED_RANK_INSIDE.search(r.text) if r.type != "PER" and r.lex_key is None else None
        if m is None:
            out.append(r)
            continue
        if m.start() > 0:
            out.append(RawMention(r.start, r.start + m.start(), r.text[:m.start()], r.type, None))
        out.append(RawMention(r.start + m.end(), r.end, r.text[m.end():], "PER", None))
    return out


def _late_repairs(body: str, raws: list[RawMention]) -> list[RawMention]:
    """The last repairs of the mentions' spans and types before they resolve into entities: bodies and places the
    tagger cut or ran on (firms, toll roads, police units, groups), words that are no one (a compound title's half,
    an office alone, a model's letter, a race), and names run together or split apart."""
    raws = _known_name_completed(body, raws)
    # "Babakan Lebak RT - 02/RW - 06": a neighbourhood unit's "RT"/"RW" before its number is no part of the place
    raws = [RawMention(r.start, r.end - 3, r.text[:-3], r.type, None)
            if r.lex_key is None and r.text.endswith((" RT", " RW")) and _UNIT_NUMBER_AFTER.match(body, r.end) else r
            for r in raws] if " RT" in body or " RW" in body else raws
    # "Ayah Minhati KH Madrais Hajar": a cleric's title inside a "person" opens another person
    raws = [part for r in raws for part in _split_at_inner_title(r)] if "KH " in body or "Hj" in body else raws
    raws = _ranks_inside_bodies(raws) if "Jenderal" in body or "Komisaris" in body or "Kolonel" in body else raws
    # "MBC dan SBS": two acronyms joined by "dan" are two bodies, however the tagger joined them
    raws = [part for r in raws for part in _two_acronyms_apart(r)] if " dan " in body else raws
    # "Wi - Fi", "Wi - Fi AC": the wireless standard, detokenised, is no name
    raws = [r for r in raws if not (r.lex_key is None and (
        (r.text == "Wi" and body.startswith(" - Fi", r.end)) or r.text.startswith("Wi - Fi")
        or (r.text.split()[0] == "Fi" and body[max(0, r.start - 5):r.start] == "Wi - ")))] \
        if "Wi - Fi" in body else raws
    raws = _two_known_names(_police_directorates(body, _toll_roads_across_hyphen(body, _firms_across_hyphen(body, raws))))
    raws = _groups_with_their_owner(body, raws) if "Gr" in body else raws
    raws = _pt_names_to_tbk(body, _firm_names_run_on(body, raws)) if "PT " in body else raws
    # "Co - Founder & Group CEO aCommerce": a compound title's first half, detokenised, is no one
    raws = [r for r in raws if not (r.lex_key is None and r.text in ("Co", "Vice", "Ex")
                                    and (m := re.match(r" ?- ?(\w+)", body[r.end:r.end + 20])) and is_role_word(m.group(1)))]
    # "Land Rover Chief Design Officer | Gerry McGovern": a "person" ending in an English office, right before a
    # person's name, is that person's title (its firm inside it)
    starts = {r.start for r in raws if r.type == "PER"}
    raws = [r for r in raws if not (r.type == "PER" and r.lex_key is None and (
        r.text in _EN_OFFICE_ENDS  # ("Chief Operating | Officer": an office's last word alone, no one)
        or (" " in r.text and r.text.rsplit(" ", 1)[1] in _EN_OFFICE_ENDS
            and (r.end + 1 in starts or (body[r.end:r.end + 1] == "," and r.end + 2 in starts)))))]
    # "Direktorat Reserse Kriminal Khusus | Polda Metro Jaya", "Satuan Resnarkoba | Polres Metro Jakbar": a police
    # unit and the force it belongs to, one body
    raws = _police_units_with_force(body, raws) if "Pol" in body else raws
    # "Yola Prima | J Lubis": a name the tagger broke before a middle initial
    raws = _first_names_before_an_initial(body, _names_across_an_initial(body, raws))
    # "Mercedes Benz | S | - | Class": a model's letter and class the lexicon's maker left behind (one letter is no
    # name, as raw mentions have it)
    raws = [r for r in raws if r.lex_key is not None or not (len(r.text) == 1 or (r.text == "Class" and r.type != "ORG"))]
    # "GP Belanda", "GP | Amerika Serikat": a grand prix is a race, and the country in its name no mention
    raws = [r for r in raws if not (r.lex_key is None and (r.text == "GP" or (
        r.text.startswith("GP ") and known_type(r.text[3:]) == "LOC")))  # (not a firm's "GP One")
            and not (r.type == "LOC" and body[max(0, r.start - 3):r.start] == "GP ")] if "GP" in body else raws
    # "Koalisi Masyarakat Sipil Peduli | KPK": a body named for what it cares about runs on into that name
    raws = _cause_named_bodies(body, raws) if "Peduli" in body or "Pecinta" in body else raws
    # "Muara Kuinlah …": an emphatic particle glued to a name the article also writes without it
    raws = _particles_off_names(body, raws) if "lah " in body or "pun " in body else raws
    # "China | Terbuka 2017" (the China Open): a country opening a tournament's name is no mention of it
    raws = [r for r in raws if not (r.type == "LOC" and body.startswith(" Terbuka", r.end))]
    # "PT Jiwasraya … Jiwasraya": a firm named without its legal form, whatever the tagger typed it, is the firm
    firms = {r.text.split(" ", 1)[1] for r in raws if r.type == "ORG" and r.text.startswith(("PT ", "Perum "))}
    raws = [RawMention(r.start, r.end, r.text, "ORG", None) if r.type != "ORG" and r.lex_key is None and r.text in firms
            and known_type(r.text) is None else r for r in raws]
    # "Anthony Joshua KO": a knockout glued to the boxer's name is no part of it
    raws = [RawMention(r.start, r.end - len(r.text.rsplit(" ", 1)[1]) - 1, r.text.rsplit(" ", 1)[0], r.type, None)
            if r.type == "PER" and r.lex_key is None and " " in r.text and r.text.rsplit(" ", 1)[1] in ("KO", "TKO")
            else r for r in raws]
    # "Suku | Dinas Perhubungan Kota Jakarta Selatan": a Jakarta city's agency ("Suku Dinas", Sudin) keeps its "Suku"
    raws = [RawMention(r.start - 5, r.end, body[r.start - 5:r.end], "ORG", None)
            if r.text.startswith("Dinas ") and r.lex_key is None and body[max(0, r.start - 5):r.start] == "Suku " else r
            for r in raws]
    return _person_after_known_body(body, _acronym_before_person(body, _member_of_acronym_group(body, raws)))


# (not "anggota": "anggota Intel Kodim", "anggota DPRD Bontoala" are a unit and a place)
_MEMBER_WORDS = GROUP_MEMBERS | frozenset("vokalis leader rapper".split())


def _member_of_acronym_group(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"personel | SNSD Yoona", "personel | Astro Cha Eun Woo": after a lower-case word for a group's member, a name
    the tagger ran from the group's acronym into the member's name is the group, then the member."""
    out = []
    for r in raws:
        words = r.text.split()
        if r.lex_key is None and r.type != "PER" and 2 <= len(words) <= 4 and word_before(body, r.start) in _MEMBER_WORDS \
                and words[0].isupper() and words[0].isalpha() and 2 <= len(words[0]) <= 6 \
                and all(w[:1].isupper() and not w.isupper() for w in words[1:]) and known_type(" ".join(words[1:])) is None:
            cut = r.start + len(words[0])
            rest = r.start + r.text.index(words[1], len(words[0]))
            out += [RawMention(r.start, cut, words[0], "ORG", None), RawMention(rest, r.end, body[rest:r.end], "PER", None)]
        else:
            out.append(r)
    return out


def _acronym_before_person(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"CEO | MBDI | Roelof Lamberts": an acronym typed a person between a title and a person is the body."""
    out = list(raws)
    for k in range(len(out) - 1):
        r, nxt = out[k], out[k + 1]
        if r.type == "PER" and r.lex_key is None and r.text.isupper() and r.text.isalpha() and 2 <= len(r.text) <= 6 \
                and not is_honorific(r.text) \
                and nxt.type == "PER" and nxt.start == r.end + 1 and is_role_word(word_before(body, r.start)):
            out[k] = RawMention(r.start, r.end, r.text, "ORG", None)
    return out


def _person_after_known_body(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"Ketum PKS | Sohibul Iman": two or three capitalised words typed a body right after a body the lexicon knows,
    itself right after a title, are the officer's name (no body's head word, no known name among them)."""
    out = list(raws)
    for k in range(1, len(out)):
        q, r = out[k - 1], out[k]
        words = r.text.split()
        if r.type == "ORG" and r.lex_key is None and q.type == "ORG" and (q.lex_key is not None or known_type(q.text) == "ORG") \
                and body[q.end:r.start] == " " and 2 <= len(words) <= 3 and words[0].lower() not in ORG_HEADS \
                and all(w.istitle() and w.isalpha() and known_type(w) is None for w in words) \
                and known_type(r.text) is None and is_role_word(word_before(body, q.start)):
            out[k] = RawMention(r.start, r.end, r.text, "PER", None)
    return out


# a police directorate's abbreviation before the force it belongs to ("Ditreskrimum Polda Kaltim", "Dittipikor
# Bareskrim Polri", "Ditpolair Polda NTB"): one body (not the ministries' "Ditjen")
_RANKS_AFTER = r"(?!(?:AKBP|AKP|Kombes|Kompol|Brigjen|Irjen|Iptu|Ipda|Aiptu|Aipda|Bripka|Brigadir|Bripda|Briptu)\b)"
_DIRECTORATE = re.compile(r"(?<![\w-])Dit(?:reskrim\w*|res\w+|lantas|polair\w*|samapta|binmas|intelkam|tipid\w+|tipikor|"
                          r"pamobvit|sabhara|tahti|propam|krimum|krimsus|narkoba)\s+"
                          rf"(?:Polda\s+{_RANKS_AFTER}[A-Z]\w*(?:\s+{_RANKS_AFTER}[A-Z]\w*)?|Bareskrim(?:\s+Polri)?|"
                          rf"Baharkam(?:\s+Polri)?|Korlantas(?:\s+Polri)?|Polrestabes\s+{_RANKS_AFTER}[A-Z]\w+|Polres(?:ta)?\s+{_RANKS_AFTER}[A-Z]\w+)")


def _police_directorates(body: str, raws: list[RawMention]) -> list[RawMention]:
    """A police directorate and its force, one body whatever the tagger made of them; a building's name that
    opens before it runs to its end ("Gedung Ditresnarkoba | Polda Metro Jaya", "Mako Ditpolair Polda | NTB")."""
    for m in _DIRECTORATE.finditer(body) if "Dit" in body else ():
        s, e = m.start(), m.end()
        inside = [r for r in raws if s < r.end and r.start < e and r.end <= e]
        if any(r.start < e < r.end for r in raws):
            continue  # a name runs on past it: leave it to the tagger
        before = next((r for r in inside if r.start < s and r.type == "LOC"), None)
        gone = {id(r) for r in inside}
        raws = [r for r in raws if id(r) not in gone]
        if before is not None:
            raws.append(RawMention(before.start, e, body[before.start:e], "LOC", None))
        elif not any(r.start < s for r in inside):
            raws.append(RawMention(s, e, body[s:e], "ORG", None))
    return sorted(raws, key=lambda r: r.start)


def _run_across_hyphen(body: str, raws: list[RawMention], opens: re.Pattern, typ: str, seps: tuple[str, ...],
                       known: str | None = None) -> list[RawMention]:
    """Mentions (in text order) where one of ``typ`` that ``opens`` matches and the capitalised mention after it,
    across one of ``seps`` (a detokenised spaced hyphen), are run into one ``typ`` mention: the next mention of
    three words or fewer, without a lexicon entry (or a ``known`` type's)."""
    return joined_with_next(body, sorted(raws, key=lambda x: x.start), lambda prev, r: (
        prev.type == typ and opens.match(prev.text) is not None and (r.lex_key is None or r.type == known)
        and r.text[:1].isupper() and len(r.text.split()) <= 3), typ, seps)


_TOLL_ROAD = re.compile(r"(?:Jalan\s+Tol|Tol|Ruas\s+Tol|Jalan\s+Bebas\s+Hambatan)\s+\S")
_UNTAGGED_END = re.compile(r" ?- ?([A-Z][a-z]+)\b")


def _toll_roads_across_hyphen(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"Jalan Tol Kunciran | - | Cengkareng": a toll road named by its two ends is one place across the spaced
    hyphen (as detokenised text writes "Kunciran-Cengkareng"), whatever the tagger made of the second end."""
    out = _run_across_hyphen(body, raws, _TOLL_ROAD, "LOC", (" - ", " -", "- "), known="LOC")
    starts = {r.start for r in out}
    for k, r in enumerate(out):  # (the second end untagged: "Jalan Tol Kunciran | - Serpong")
        if r.type == "LOC" and _TOLL_ROAD.match(r.text) and "-" not in r.text \
                and (m := _UNTAGGED_END.match(body, r.end)) and m.start(1) not in starts:
            out[k] = RawMention(r.start, m.end(), body[r.start:m.end()], "LOC", None)
    return out


_FIRM_FORMS = re.compile(r"(?:PT|CV|Perum) ")


def _whole_name_spans(body: str, name: str) -> list[tuple[int, int]]:
    r"""Where ``name`` stands in ``body`` with no word character or hyphen touching it (as
    ``(?<![\w-])NAME(?![\w-])``, found with :func:`kabar.nlp.tokens.find_whole`, no pattern compiled per name)."""
    return [(a, b) for a, b in find_whole(body, name) if body[a - 1:a] != "-" and body[b:b + 1] != "-"]


def _firms_across_hyphen(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"PT Toyota | - | Astra Motor": a company's name after its legal form goes on across a spaced hyphen (as
    detokenised text writes "Toyota-Astra"), whatever the tagger made of the rest."""
    out = _run_across_hyphen(body, raws, _FIRM_FORMS, "ORG", (" - ",))
    # the name without its legal form elsewhere ("Manager Toyota | - | Astra Motor, …") is the firm too
    for short in {r.text.split(" ", 1)[1] for r in out if _FIRM_FORMS.match(r.text) and " - " in r.text}:
        for a, b in _whole_name_spans(body, short):
            inside = [r for r in out if a <= r.start and r.end <= b]
            if inside and not any(r.start < a < r.end or r.start < b < r.end for r in out):
                out = [r for r in out if r not in inside] + [RawMention(a, b, short, "ORG", None)]
    return sorted(out, key=lambda x: x.start)


# a listed company's name from its legal form to "Tbk": capitalised words, a bracketed "(Persero)", "of"/"&"
_PT_TO_TBK = re.compile(r"\bPT(?: (?:[A-Z][\w&.'-]*|\([A-Z][\w ]{1,20}\)|of|&))+? Tbk\b")


def _pt_names_to_tbk(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"PT Waskita | Karya (Persero) Tbk", "PT OCBC | NISP Tbk", "PT Bank China | Construction Bank Indonesia Tbk":
    a listed company's whole name, from "PT" to "Tbk", is one body, whatever pieces the tagger made of it."""
    out = raws
    for m in _PT_TO_TBK.finditer(body):
        s, e = m.span()
        if any(r.start < e < r.end or r.start < s < r.end for r in out) or "PT " in m.group()[3:]:
            continue  # a mention runs past its ends, or two firms: left alone
        # (a firm the lexicon knows inside keeps its entry: "PT Jasa Marga (Persero) Tbk" is Jasa Marga)
        known = {(r.lex_key, r.type) for r in out if s <= r.start and r.end <= e and r.lex_key}
        key, typ = next(iter(known)) if len(known) == 1 else (None, "ORG")
        out = sorted([r for r in out if not (s <= r.start and r.end <= e)] + [RawMention(s, e, m.group(), typ, key)],
                     key=lambda r: r.start)
    return out


_CAPITALISED_GAP = re.compile(r" (?:[A-Z][a-z]+ )?")


def _firm_names_run_on(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"PT Mondialindo | Graha Perdana": a company's name after "PT" that the tagger ended early, reading its last
    words as a person. Joined where the whole name is written twice or more and the "person" never apart from it
    (a director named after his firm, "Direktur PT Maju Budi Santoso", is named again alone), or once across a
    capitalised word the tagger left out."""
    out = sorted(raws, key=lambda r: r.start)
    done: set[str] = set()
    for a, b in pairwise(sorted(raws, key=lambda r: r.start)):
        if not (a.type == "ORG" and a.text.startswith("PT ") and a.lex_key is None and b.type == "PER"
                and b.lex_key is None and _CAPITALISED_GAP.fullmatch(body, a.end, b.start) and len(b.text.split()) <= 3):
            continue
        whole = body[a.start:b.end]
        # (or written once, its last words never apart from it and no office before it, where the name goes on
        # over a capitalised common word the tagger left out: "kantor PT Cahaya | Terang | Satata yang …")
        once = body[a.end:b.start] != " " and body.count(b.text) == 1 and word_before(body, a.start).lower() not in ROLE_WORDS
        if whole in done or (body.count(whole) < 2 and not once) or body.count(b.text) > body.count(whole):
            continue
        spans = _whole_name_spans(body, whole)
        if any(r.start < e and s < r.end and (r.start < s or r.end > e) for r in out for s, e in spans):
            continue  # a mention runs out of the name somewhere
        done.add(whole)
        out = sorted([r for r in out if not any(r.start < e and s < r.end for s, e in spans)]
                     + [RawMention(s, e, whole, "ORG", None) for s, e in spans], key=lambda r: r.start)
    return out


# a disease's name: "Leukemia", "Thalassaemia", "Human Immunodeficiency Virus" (no one and nowhere)
_DISEASE = re.compile(r"^[A-Z][a-z]{3,}(?:aemia|emia|itis|osis)$|\s(?:Virus|Syndrome|Disease|Fever)$")
_EN_OFFICE_ENDS = frozenset("Officer Director Manager President Executive Chairman Founder Head".split())
_UNIT_HEADS = ("Direktorat ", "Satuan ", "Subdirektorat ", "Subdit ", "Unit ", "Sat ")
_FORCE_HEADS = ("Polda ", "Polres ", "Polresta ", "Polrestabes ", "Polsek ", "Bareskrim", "Mabes Polri", "Korlantas")


def _police_units_with_force(body: str, raws: list[RawMention]) -> list[RawMention]:
    """A police unit's name spelt out ("Direktorat Reserse Kriminal Khusus", "Satuan Resnarkoba") and the force
    right after it ("Polda Metro Jaya", "Polres Metro Jakbar"): one body, the unit of that force."""
    return joined_with_next(body, sorted(raws, key=lambda x: x.start), lambda prev, r: (
        prev.type == "ORG" and r.type in ("ORG", "LOC") and prev.lex_key is None and prev.text.startswith(_UNIT_HEADS)
        and r.text.startswith(_FORCE_HEADS)))


_BODY_HEADS_BEFORE_NAMES = frozenset("fraksi partai komisi tim klub dinas badan".split())


def _names_across_an_initial(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"Yola Prima | J Lubis": a person whose name opens with a middle initial, right after one or two capitalised
    words the tagger typed otherwise, is one person."""
    return joined_with_next(body, sorted(raws, key=lambda x: x.start), lambda prev, r: (
        r.type == "PER" and r.lex_key is None and prev.lex_key is None and re.match(r"[A-Z]\.? [A-Z]", r.text) is not None
        and 1 <= len(prev.text.split()) <= 2 and known_type(prev.text) is None
        and prev.type != "LOC" and word_before(body, prev.start).lower() not in ("di", "ke", "dari")
        and any(name_like(w) for w in prev.text.split())
        and all(w.istitle() and w.isalpha() and known_type(w) is None and not is_role_word(w)
                and w not in _ASSOCIATION_HEADS and w.lower() not in _BODY_HEADS_BEFORE_NAMES
                for w in prev.text.split())), "PER")  # (not "Fraksi Gerindra | M Dian")


_FIRST_NAME_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]{2,}) $")


def _first_names_before_an_initial(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"Dr Jaren | G. Horsley": a person whose name opens with a middle initial takes the capitalised word right
    before it that no mention holds, when it is no title, rank, role word, common word or known name, and a
    lower-case word or a title of address or rank stands before it (not "Minister-in-charge of Trade Relations |
    S. Iswaran")."""
    out = []
    for k, r in enumerate(raws):
        if r.type == "PER" and r.lex_key is None and re.match(r"[A-Z]\.? [A-Z]", r.text) \
                and (m := _FIRST_NAME_BEFORE.search(body, max(0, r.start - 20), r.start)) \
                and not (k and raws[k - 1].end > m.start(1)) and not opens_sentence(body, m.start(1)) \
                and ((before := word_before(body, m.start(1))).islower() or is_honorific(before)) \
                and not is_honorific(m.group(1)) and not is_role_word(m.group(1)) and not usually_lower(m.group(1)) \
                and known_type(m.group(1)) is None:
            r = RawMention(m.start(1), r.end, body[m.start(1):r.end], "PER", None)
        out.append(r)
    return out


_CAUSE_WORDS = frozenset("Peduli Pecinta Pencinta".split())


def _cause_named_bodies(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"Koalisi Masyarakat Sipil Peduli | KPK", "Komunitas Pecinta | Kereta Api": a body whose name ends in a
    word of caring (the tagger stopped there) takes the name after it."""
    return joined_with_next(body, sorted(raws, key=lambda x: x.start), lambda prev, r: (
        prev.type == "ORG" and prev.lex_key is None and prev.text.rsplit(" ", 1)[-1] in _CAUSE_WORDS
        and " " in prev.text and len(r.text.split()) <= 3))


def _particles_off_names(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"Muara Kuinlah", "Jokowipun": "-lah"/"-pun" glued to a name the article also writes without it."""
    names = {r.text for r in raws}

    def known(stem: str) -> bool:  # (alone or ending another name: "Pasar Muara Kuin" … "Muara Kuinlah")
        return stem in names or any(n.endswith(" " + stem) for n in names)

    return [RawMention(r.start, r.end - len(m.group(1)), r.text[:-len(m.group(1))], r.type, None)
            if r.lex_key is None and (m := re.search(r"[a-z](lah|pun)$", r.text)) and known(r.text[:-len(m.group(1))])
            else r for r in raws]


_SCREEN_WORDS = re.compile(r"\b(?:diperankan|memerankan|pemeran|karakter|sekuel|sinetron)\b")
_PLAYED_BY = re.compile(r"\b(?:diperankan|dimainkan|diperani|disuarakan|dibintangi)\s+(?:oleh\s+)?$")
_CALLING_AFTER = re.compile(r",?\s+(?:selaku|sebagai)\s+(\w+)")
_GROUP_OWNER = re.compile(r"(?<![\w-])([A-Z][A-Za-z0-9&]*) $")


def _groups_with_their_owner(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"BMW | Group Indonesia": a group of companies the tagger began at "Group" (or "Grup") takes the name
    before it, a word in no mention; and the whole name written elsewhere, where the tagger saw none of it
    ("Presiden Direktur BMW Group Indonesia Ramesh …"), is the same body."""
    out = list(raws)
    for k, r in enumerate(out):
        if r.type == "ORG" and r.lex_key is None and r.text.startswith(("Group ", "Grup ")) \
                and (m := _GROUP_OWNER.search(body, max(0, r.start - 30), r.start)) \
                and m.group(1).lower() not in ROLE_WORDS and not any(q.start < r.start and q.end > m.start() for q in out):
            out[k] = RawMention(m.start(1), r.end, body[m.start(1):r.end], "ORG", None)
    names = {r.text for r in out if r.type == "ORG" and r.lex_key is None and re.search(r" Gr(?:ou|u)p\b", r.text)}
    for name in names:
        for a, b in _whole_name_spans(body, name):
            if not any(q.start < b and a < q.end for q in out):
                out.append(RawMention(a, b, name, "ORG", None))
    return sorted(out, key=lambda x: x.start)


_GLUED_LOWER = re.compile(r"([a-z]{3,})(?=[A-Z][a-z])")
_GLUED_LABEL = re.compile(r"[a-z]{3}([A-Z][a-z]{3,})$")
_COMPOUND_TITLE = re.compile(r"(?:Co|Vice|Wakil)-(?:President|Chair|Chairman|Presiden|Ketua)\s+(?=[A-Z])")
# lower-case callings that stand before a person's name only (not "pemain Galatasaray", "wartawan Kompas")
_PERSONAL_CALLINGS = frozenset("""dokter psikolog aktor aktris penyanyi komika artis presenter selebgram kiper
pebasket petenis pebulutangkis sutradara seniman pelukis musisi pesinetron komedian""".split())
# the kind of a school, prison, clinic or hospital opening its name, or an English one's closing it (a
# remand centre, "Rutan", is left out: the gold sets call it a place as often as a body)
_INSTITUTION = re.compile(r"^(?:SD|SDN|SMP|SMPN|SMA|SMAN|SMK|SMKN|TK|SLB|MI|MTs|MTsN|MAN|Lapas|Puskesos|Puskesmas|Ponpes"
                          r"|Pondok Pesantren|Rumah Sakit|RS|RSUD|RSUP|RSIA|Klinik|Laboratorium)\s"
                          r"|\s(?:School|University|Hospital|College|Academy)$|^(?:University|Institute|College) of\s")
# (a park only where its kind says so, "Tebet Eco-Park", "Safari Park": "Seongsu Park" is a Korean name)
_PLACE_TAIL_EN = re.compile(r"(?:-|(?:^|\s)(?:Eco|National|Nature|Theme|Water|Central|Industrial|Science|Techno|Memorial|Safari)\s)Park$"
                            r"|\s(?:Mall|Plaza|Square|Gardens?|Tower|Towers|Bay|Beach)$")
_ET_AL = re.compile(r",?\s*(?:et\.?\s*al\b|dkk\b)", re.I)
# a doubles pair's nations in sports results, "(INA/MAS)", "( INA / MAS )": codes, no names
_NATION_CODES = re.compile(r"\(\s?[A-Z]{3}\s?/\s?[A-Z]{3}\s?\)")


# a racing result's row: rider, nation code, team, the machine in brackets ("7. Valentino Rossi ITA Movistar Yamaha
# (YZR - M1) 1 m 29.203s")
_RESULT_ROW = re.compile(r"(?P<name>[A-Z][a-z][\w'’-]*(?: [A-Z][a-z][\w'’-]*){1,2}) (?P<code>[A-Z]{3}) "
                         r"(?P<team>[A-Z][\w&'’.-]*(?: [A-Z0-9&][\w&'’.,-]*){0,4}) \(")
_RIDER_NATIONS = frozenset("""ESP ITA FRA GBR JPN AUS GER USA POR SUI CZE THA INA MAS RSA ARG BRA NED BEL AUT MON FIN
DEN SWE NOR CAN MEX COL NZL IRL POL RUS HUN TUR""".split())


def _result_rows(body: str, raws: list[RawMention]) -> list[RawMention]:
    """A racing result's rows: the rider a person, the team a body, the nation code between them none, however
    the tagger ran them together ("Aleix Espargaro ESP Factory Aprilia")."""
    if " (" not in body:
        return raws
    for m in _RESULT_ROW.finditer(body):
        if m.group("code") not in _RIDER_NATIONS:
            continue
        s, e = m.start("name"), m.end("team")
        raws = [r for r in raws if not (r.start < e and s < r.end)] + [
            RawMention(s, m.end("name"), m.group("name"), "PER", None),
            RawMention(m.start("team"), e, m.group("team"), "ORG", None)]
    return sorted(raws, key=lambda r: r.start)


def _in_nation_codes(body: str, r: RawMention) -> bool:
    return len(r.text) == 3 and r.text.isupper() and any(
        m.start() <= r.start and r.end <= m.end() for m in _NATION_CODES.finditer(body, max(0, r.start - 8), r.end + 8))


# the prefixes of ships' names: a navy's ("KRI", "USS", "HMS"), a ferry's or a motor ship's ("KMP", "KM", "MV")
_SHIP_PREFIXES = "KRI|KMP|KM|USS|USNS|HMS|MV"
# a code's part after a number and a slash ("Keputusan Menteri … Nomor 1117/Kpts./SR.310/M/10/2025"): no name
_NUMBERED_BEFORE = re.compile(r"\d/$")
# a ship's name after its prefix or kind ("KM Dobonsolo", "kapal induk Ronald Reagan"): no name of a person or place
_SHIP_BEFORE = re.compile(rf"\b(?:{_SHIP_PREFIXES}|kapal induk|kapal perang|kapal pesiar)\s+$")
# a doubles pair and its country: "Lee Chun Hei Reginald/Chau Hoi Wah (Hong Kong)", "Kim Astrup/Line Kjaersfeldt
# (Denmark)"
_DOUBLES = re.compile(r"(?<![\w/])[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}/[A-Z][\w'’-]*(?:(?:\s+|\s-\s)[A-Za-z][\w'’-]*){0,3}"
                      r"\s+\((?P<country>[A-Z][\w ]{2,30})\)")


def _doubles_pairs(body: str, raws: list[RawMention]) -> list[RawMention]:
    """The two players of a doubles pair written with a slash and their country in brackets are people,
    whatever the tagger made of them ("Chau Hoi Wah", "Line Kjaersfeldt" had been bodies)."""
    spans = [(m.start(), m.start("country") - 2) for m in _DOUBLES.finditer(body) if known_type(m.group("country")) == "LOC"]
    if not spans:
        return raws
    return [RawMention(r.start, r.end, r.text, "PER", None)
            if r.type != "PER" and r.lex_key is None and known_type(r.text) is None
            and any(a <= r.start and r.end <= b for a, b in spans) else r for r in raws]


def _boundary_words_moved(body: str, raws: list[RawMention]) -> list[RawMention]:
    """Where a body or place and a person stand side by side, the word at their border moved to the side it
    belongs to: a place's tail the person took ("Bupati Rokan | Hilir Bistamam": "Rokan Hilir" is the
    regency), and a first name a body took that the article calls the person by alone ("Direktur Utama PT
    Pertamina Gas Gamal | Imam Santoso" … "ujar Gamal", a person there) or that an initial follows ("… Jakarta
    Pusat Tato | J Hidyawn")."""
    out = sorted(raws, key=lambda x: x.start)
    people_alone = {r.text for r in out if r.type == "PER" and " " not in r.text}  # ("ujar Gamal")
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if a.type not in ("ORG", "LOC") or b.type != "PER" or a.lex_key or b.lex_key or body[a.end:b.start] != " ":
            continue
        a_words, b_words = a.text.split(), b.text.split()
        if len(b_words) >= 2 and b_words[0] in ID_PLACE_TAILS and a.type == "LOC" \
                and known_type(f"{a.text} {b_words[0]}") == "LOC":
            cut = b.start + len(b_words[0])
            out[k] = RawMention(a.start, cut, body[a.start:cut], "LOC", None)
            out[k + 1] = RawMention(cut + 1, b.end, body[cut + 1:b.end], "PER", None)
        elif len(a_words) >= 3 and a.type == "ORG" and (w := a_words[-1]).isalpha() and w[:1].isupper() \
                and not w.isupper() and known_type(w) is None and known_type(a.text) is None \
                and w not in ID_PLACE_TAILS and w.lower() not in _PLACE_WORDS \
                and (re.fullmatch(r"[A-Z]\.?", b_words[0]) or (name_like(w) and w in people_alone)
                     or (name_like(w) and not usually_lower(w) and known_type(a_words[-2]) == "ORG")):
            # (or the person's name goes on with an initial: "Kantor Imigrasi … Jakarta Pusat Tato | J Hidyawn"; or
            # the body's name ends with one the lexicon knows: "Kepala Biro Perencanaan dan Organisasi Bakamla
            # Nofel | Hasan")
            cut = a.end - len(w)
            out[k] = RawMention(a.start, cut - 1, body[a.start:cut - 1], "ORG", None)
            out[k + 1] = RawMention(cut, b.end, body[cut:b.end], "PER", None)
    return out


def _first_names_off_places(raws: list[RawMention]) -> list[RawMention]:
    """"Wali Kota Makassar Munafri | 'Appi' Arifuddin": a place or body whose last word opens a person's
    full name in the article, and which the gazetteer knows without that word, ends before it; the word
    is the person (joined to the full name later)."""
    firsts = {r.text.split()[0] for r in raws if r.type == "PER" and r.lex_key is None and len(r.text.split()) >= 2}
    out = []
    for r in raws:
        words = r.text.split(" ")
        if r.type in ("LOC", "ORG") and r.lex_key is None and len(words) >= 2 and words[-1] in firsts \
                and known_type(words[-1]) is None and known_type(r.text) is None \
                and known_type(head := " ".join(words[:-1])) is not None:  # (not "Pemprov Sumsel")
            out.append(RawMention(r.start, r.start + len(head), head, r.type, None))
            out.append(RawMention(r.end - len(words[-1]), r.end, words[-1], "PER", None))
        else:
            out.append(r)
    return out


def _titled_people_after_comma(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"Menurut Deputi Bidang Statistik Sosial BPS, Ateng Hartono, …": a name of one to four words set off
    by commas after a title is a person, whatever the tagger typed it (a body; one word, a place), unless something
    knows it or a body's head word is in it (its last word, and about half its words or more, must be
    words names are written with: "Rasio Ridho Sani", where "rasio" is a common word too)."""
    for r in raws:
        words = r.text.split()
        # (one word too, and a "place" the gazetteer does not know: "kata Kepala Dinas Sosial DKI, Masrokhan, di …")
        if ((r.type == "ORG" and 2 <= len(words) <= 4) or (r.type == "LOC" and len(words) == 1)) and r.lex_key is None \
                and body[r.start - 2:r.start] == ", " \
                and body[r.end:r.end + 1] in (",", ".") and known_type(r.text) is None \
                and all(w.isalpha() and not w.isupper() and w not in _ASSOCIATION_HEADS
                        and known_type(w) is None and not is_role_word(w) for w in words) \
                and name_like(words[-1]) and sum(map(name_like, words)) * 2 >= len(words) - 1 \
                and (title := title_before(body, r.start)) and is_role_word(title.split()[0]):
            r.type = "PER"
    return raws


def _people_run_into_bodies(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"Ketua Dewan Pakar Partai Golkar Agung Laksono | Tim Kajian Elektabilitas bukanlah …": a person the
    tagger ran on into a body's name after two names or more ends before the body's head word, and the
    body is one of its own; "Safiq Rahim Cs" (cum suis, "and his team") ends before the "Cs"."""
    out = []
    for r in raws:
        words = r.text.split()
        if r.lex_key is None and len(words) >= 2 and words[-1] in ("Cs", "cs", "Cs."):
            r = RawMention(r.start, r.start + len(r.text) - len(words[-1]) - 1, " ".join(words[:-1]), "PER", None)
            words = words[:-1]
        if r.type == "PER" and r.lex_key is None and len(words) >= 3:
            cut = next((i for i in range(2, len(words) - 1) if words[i].lower() in ORG_HEADS
                        and words[i][:1].isupper() and not words[i].isupper()), None)
            if cut is not None and all(w[:1].isupper() and known_type(w) is None for w in words[:cut]):
                head = " ".join(words[:cut])
                at = r.start + r.text.index(words[cut], len(head))
                out.append(RawMention(r.start, r.start + len(head), head, "PER", None))
                out.append(RawMention(at, r.end, body[at:r.end], "ORG", None))
                continue
        out.append(r)
    return out


# titles of address that are also the first word of names ("Pak Jong Chon", "Mas Agus Wijaya")
_NAME_OR_ADDRESS = frozenset("pak bu mas mbak bang daeng gus".split())
_TRAILING_FIGURE = re.compile(r"\s+\d+,\d+\S*$")  # (a decimal comma: not a code, "SPBU 24.351.36")


_WORD_BEFORE_NAME = re.compile(r"(?<![\w-])[a-z]+ ([A-Z][a-z]{2,}) $")


def _untagged_first_names(body: str, raws: list[RawMention]) -> list[RawMention]:
    """A one-word person whose first name the tagger left out ("pasukan Carlo | Ancelotti"; in sports reports, full
    of foreign players' names): a capitalised word right before it, after a lower-case word, that news writes
    capitalised, no place, body, title or clause opener."""
    out = []
    ends = {r.end for r in raws}
    for r in raws:
        m = _WORD_BEFORE_NAME.search(body, max(0, r.start - 24), r.start) if (
            r.type == "PER" and " " not in r.text and r.lex_key is None) else None
        w = m.group(1) if m else ""
        if m and m.start(1) not in ends and m.start(1) - 1 not in ends and name_like(w) and not usually_lower(w) \
                and known_type(w) is None and load_lexicon().lookup(w) is None and not is_role_word(w) \
                and not is_honorific(w) and not not_subject(w) and w not in PERSON_TITLES \
                and known_type(f"{w} {r.text}") is None:
            r = RawMention(m.start(1), r.end, body[m.start(1):r.end], "PER", None)
        out.append(r)
    return out


def _named_apart(body: str, first: str, rest: str, at: int) -> bool:
    """Whether the article names ``first`` or ``rest`` anywhere without the other across a spaced hyphen, or the
    line at ``at`` lists pairs so ("Syamsuar - Edy Nasution di Riau; Nurdin Abdullah - Andi …"): candidates' pairs,
    not one hyphenated name."""
    line = body[body.rfind("\n", 0, at) + 1:(body.find("\n", at) + 1 or len(body) + 1) - 1]
    if len(re.findall(r"[A-Za-z] - [A-Z]", line)) >= 2 or re.search(r"\bpasangan\s+(?:calon\s+)?$", body[max(0, at - 20):at]):
        return True
    return any(m.end() + 3 > len(body) or body[m.end():m.end() + 3] != " - "
               for m in re.finditer(rf"\b{re.escape(first)}\b", body)) or any(
        body[max(0, m.start() - 3):m.start()] != " - " for m in re.finditer(rf"\b{re.escape(rest)}\b", body))


_SCORE_TAIL = re.compile(r"\s+\d{1,3}$")
_SCORE_HEAD = re.compile(r"\d{1,3}\s+(?=[A-Z])")


def _score_off(body: str, r: RawMention) -> RawMention:
    """A side's name without the score the tagger ran into it: "Golden State Warriors 118 | - 111" (a score
    follows) or "118 - | 111 Brooklyn Nets" (one comes before)."""
    if (m := _SCORE_TAIL.search(r.text)) and m.start() > 0 and re.match(r"\s*-\s*\d", body[r.end:r.end + 6]):
        return RawMention(r.start, r.start + m.start(), r.text[:m.start()], r.type, None)
    if (m := _SCORE_HEAD.match(r.text)) and re.search(r"\d\s*-\s*$", body[max(0, r.start - 6):r.start]):
        return RawMention(r.start + m.end(), r.end, r.text[m.end():], r.type, None)
    return r


# a tokenised text's spaced hyphen inside a name: "Daniel Day - Lewis", "Son Heung - min"
# (a dash between clauses is none: "John McCain - Mr Obama's opponent - said", "Janet Napolitano - flew over";
# the lower-case part is a Korean syllable, "min", "ji", "sik", "seong")
_SPACED_HYPHEN_PART = re.compile(r" - (?:O['’][A-Z][a-z]+|(?!(?:Mr|Mrs|Ms|Dr|Sir|The|A|An|And|But|In|On|At|He|She|It|They|We)\b)[A-Z][a-z]+"
                                 r"|(?!(?:an|and|as|at|is|in|on|or|of|up|us|it|if|ini|itu|yang|dan|di|ke)\b)"
                                 r"(?:[bcdghjkmnpstwy]|ch|kk|tt|pp|ss|jj|ng)?[aeiouy]{1,3}[a-z]?(?:ng|n|k|l|m|p)?)"
                                 r"\b(?![-'’]| - |\s*\d|\s+[A-Z])")


# a Korean name as detokenised text writes it, its given name's second syllable after a spaced hyphen in lower case
# ("Kang Hong - seok", "Kim Jun - su"): a person whatever the tagger saw
_KOREAN_NAME = re.compile(r"(?<![\w-])(?:Kim|Lee|Park|Choi|Jung|Jeong|Kang|Cho|Jo|Yoon|Yun|Jang|Lim|Han|Oh|Seo|Shin|Kwon"
                          r"|Hwang|Ahn|Song|Jeon|Hong|Moon|Yang|Son|Bae|Baek|Heo|Nam|Noh|Yoo|Ryu|Cha|Woo|Min|Byun"
                          r"|Chae|Goo|Ha) [A-Z][a-z]{1,4} ?- ?[a-z]{1,4}\b")


_FIRST_HALF_BEFORE = re.compile(r"(?:^|(?<=[\s,(]))([A-Z][a-z]{1,5}) - $")


def _arabic_article_joined(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"Masjid Al | - | Mujahidin", "Teuku Adam Al | - Fatih": a name whose last word is "Al"/"El" goes on across a
    spaced hyphen over the capitalised word after it (and a mention of that word alone is part of it)."""
    out: list[RawMention] = []
    skip = -1
    for r in sorted(raws, key=lambda x: x.start):
        if r.start < skip:
            continue
        if r.lex_key is None and " " in r.text and (
                (r.text.split()[-1] in ("Al", "El", "al", "el") and (m := re.match(r" - ([A-Z][\w']+)", body[r.end:r.end + 30])))
                # "Abdel Fattah | el - Sisi": the tagger stopped before a lower-case article
                or (r.type == "PER" and (m := re.match(r" (?:al|el) - ([A-Z][\w']+)", body[r.end:r.end + 30])))):
            end = r.end + m.end()
            out.append(RawMention(r.start, end, body[r.start:end], r.type, None))
            skip = end
            continue
        out.append(r)
    return out


_KOREAN_PLACE_SUFFIX = re.compile(r" ?- ?(?:ri|do|dong|gu|gun|si|myeon|eup)\b(?!-)")


def _spaced_hyphen_names(body: str, raws: list[RawMention]) -> list[RawMention]:
    """A person of two words or more the tagger stopped at a spaced hyphen runs on over the one word
    after it, capitalised ("Alex Oxlade - Chamberlain") or a short lower-case syllable ("Son Heung - min");
    a one-word mention of that word is part of the name (not "Rafael Nadal - Roger Federer": two; nor after a name
    the lexicon knows whole: "pasangan Gus Ipul - Anas", a ticket)."""
    # an Arabic article opening a name's last word across a detokenised hyphen: "Masjid Al | - | Mujahidin"
    raws = _arabic_article_joined(body, raws) if " - " in body else raws
    # a Korean place's administrative suffix: "Punggye - ri", "Gyeonggi - do"
    raws = [RawMention(r.start, m.end(), body[r.start:m.end()], r.type, None)
            if r.type == "LOC" and r.lex_key is None and (m := _KOREAN_PLACE_SUFFIX.match(body, r.end)) else r
            for r in raws]
    for m in _KOREAN_NAME.finditer(body) if "-" in body else ():
        inside = [r for r in raws if r.start < m.end() and m.start() < r.end]
        if not inside or all(r.lex_key is None and m.start() <= r.start and r.end <= m.end() for r in inside):
            # (a name the tagger stopped at the hyphen, "Moon Jae | - in", runs on too)
            raws = sorted([*(r for r in raws if r not in inside), RawMention(m.start(), m.end(), m.group(), "PER", None)],
                          key=lambda r: r.start)
    # ... and the first half the tagger left out: "publisisnya, Jo - | Ann Geffen"
    for k, r in enumerate(raws):
        if r.type == "PER" and r.lex_key is None and " " in r.text and (m := _FIRST_HALF_BEFORE.search(body, max(0, r.start - 12), r.start)) \
                and not any(q.start < m.end() and m.start(1) < q.end for q in raws if q is not r) \
                and known_type(m.group(1)) is None and not is_role_word(m.group(1)) and not usually_lower(m.group(1)):
            raws[k] = RawMention(m.start(1), r.end, body[m.start(1):r.end], "PER", None)
    # a hyphenated first name the tagger cut at its spaced hyphen: "Jacques | - Henri Eyraud", "Hans | - Peter Schaller"
    joined = []
    for r in raws:
        prev = joined[-1] if joined else None
        if (prev is not None and r.type == "PER" and " " in r.text and body[prev.end:r.start] == " - "
                and " " not in prev.text and prev.lex_key is None and prev.text.isalpha() and prev.text[:1].isupper()
                and not prev.text.isupper() and known_type(prev.text) is None and name_like(r.text.split()[0])
                and not usually_lower(prev.text) and (body[body.rfind("\n", 0, prev.start) + 1:prev.start].strip()
                                                      or "\n" in body[:prev.start].lstrip())
                and not _named_apart(body, prev.text, r.text, prev.start)):
            # (not two places, "Jatiwaringin - Pondok Gede", where the second opens with a word news also writes in
            # lower case; nor a dateline's outlet opening the article, "Rimanews - Agus …")
            joined[-1] = RawMention(prev.start, r.end, body[prev.start:r.end], "PER", None)
            continue
        joined.append(r)
    raws = joined
    out: list[RawMention] = []
    absorbed_to = -1
    for r in raws:
        if r.start < absorbed_to and r.end <= absorbed_to and " " not in r.text:
            continue  # the one word the name took
        m = _SPACED_HYPHEN_PART.match(body, r.end) if (r.type == "PER" and " " in r.text and r.lex_key is None
                                                        and known_type(r.text) is None) else None
        if m and not any(o.start == r.end + 3 and " " in o.text for o in raws):
            r = RawMention(r.start, m.end(), body[r.start:m.end()], "PER", None)
            absorbed_to = m.end()
        out.append(r)
    return out


_PANEL_HEAD = re.compile(r"(?:Ketua\s+)?(?:Majelis\s+Hakim|Hakim\s+Ketua|Hakim\s+Anggota|Jaksa\s+Penuntut\s+Umum)\s+(?=[A-Z])")
_PERSON_PARTICLES = frozenset("van von der den da dos das bin binti".split())
_TITLE = r"\b(?:Dr|Prof|Mr|Mrs|Ms|Drs|Ir)\.?\s+"
_TITLE_BEFORE = re.compile(_TITLE + "$")
_PARTICLES_BEFORE = re.compile(_TITLE + r"((?:(?:" + "|".join(sorted(_PERSON_PARTICLES | {"de"})) + r")\s+)+)$")
_NOT_PERSON_HEADS = ORG_HEADS | PLACE_TAKERS | frozenset("""estadio stadion stadium bandara airport tournoi piala copa
universidad instituto museum museo hotel rumah jalan kampung""".split())


def _particle_people(body: str, raws: list[RawMention]) -> list[RawMention]:
    """Names with a lower-case particle inside are people's ("Luiz Inacio Lula da Silva", "Sander van
    der Linden" after "Dr."), whatever type the tagger gave them: a body or place needs a head word
    ("Estadio Nacional de Lima") or is in the lexicon ("Rio de Janeiro"); "de" only after a title
    ("Tuxpan de Rodriguez Cano" is a town). A title's short form keeps its particles: "Dr. van der
    Linden", not "Linden"."""
    out: list[RawMention] = []
    absorbed_to = -1
    for r in raws:
        if r.start < absorbed_to:
            continue  # a word of an Arabic name's tail, taken below
        words = r.text.split()
        inner = [w for w in words[1:-1] if w in _PERSON_PARTICLES or w == "de"]
        # (a rank or honorific before: "Jenderal Pierre de Villiers")
        titled = _TITLE_BEFORE.search(body, max(0, r.start - 8), r.start) is not None \
            or is_honorific(word_before(body, r.start))
        if (r.type in ("ORG", "LOC") and r.lex_key is None and len(words) >= 3 and inner
                and words[0][:1].isupper() and words[-1][:1].isupper()
                and not any(w.lower() in _NOT_PERSON_HEADS for w in words)
                and (titled or any(w != "de" for w in inner))):
            r = RawMention(r.start, r.end, r.text, "PER", None)
        elif r.type == "PER" and (lead := _PARTICLES_BEFORE.search(body, max(0, r.start - 30), r.start)):
            start = lead.start(1)
            r = RawMention(start, r.end, body[start:r.end], "PER", None)
        if r.type == "PER" and " " in r.text and (tail := _ARABIC_TAIL.match(body, r.end)):
            # "Abu Musab | al Zarqawi", "Sheikh Mohammed Sabah | al Salman al Sabah": the tagger
            # stopped at an unhyphenated "al" or "bin"
            r = RawMention(r.start, tail.end(), body[r.start:tail.end()], "PER", None)
            absorbed_to = tail.end()
        prev = out[-1] if out else None
        if prev is not None and prev.type == "PER" and r.lex_key is None and " " not in r.text \
                and _PARTICLE_GAP.fullmatch(body, prev.end, r.start):
            # "Luiz Inacio Lula | da | Silva": the tagger stopped at the particle
            out[-1] = RawMention(prev.start, r.end, body[prev.start:r.end], "PER", None)
            continue
        out.append(r)
    return out


_PARTICLE_GAP = re.compile(r"(?:\s+(?:" + "|".join(sorted(_PERSON_PARTICLES)) + r"))+\s+")
# an Arabic name's tail after a particle written without its hyphen ("al Zarqawi", "bin Salman"),
# one or more times, each particle followed by a capitalised word on the same line
_ARABIC_TAIL = re.compile(r"(?:[ \t]+(?:al|el|bin|binti|ibn)[ \t]+[A-Z][\w'’-]+)+")


def _in_capital_furniture(body: str, r: RawMention) -> bool:
    """"SCROLL TO CONTINUE WITH CONTENT", "ADVERTISEMENT": a person found in a line of page furniture
    written all in capitals (three words or more, or one the line holds alone) is no one."""
    if r.type != "PER" or not r.text.isupper():
        return False
    line = body[body.rfind("\n", 0, r.start) + 1:(body.find("\n", r.end) + 1 or len(body) + 1) - 1].strip()
    return line.isupper() and len(line.split()) >= 3 and not re.search(r"[a-z]", line)


# last words of a firm's name, in English as Indonesian papers keep them
_BUSINESS_TAILS = frozenset("""Logistics Holdings Airlines Airways Motors Food Foods Technologies Pharmaceuticals Securities
Industries Properties Ventures Studios Systems Solutions Capital Group Corporation Corp Inc Ltd LLC Bank Finance
Insurance Energy Mining Resources Shipping Telecom Entertainment Express Cargo Construction Air Ratings Sports
Partners""".split())
# words a studio's, label's or producer's name holds (anywhere after its first word)
_MEDIA_WORDS = frozenset("Animation Animations Pictures Studio Studios Records Productions Production Films".split())
# the tails only a company's name ends with (a place may end in "Air" or "Bank")
_FIRM_TAILS = frozenset("Group Grup Holdings Corporation Corp Inc Ltd LLC Capital Partners Ventures".split())
# a body's first word that a person's name never opens with
# one word with a capital inside after lower-case letters ("BerUang", "OmniVR"; not "McDonald", "DeGeneres",
# "LeBron", "DiCaprio", "MacArthur")
_INNER_CAPITAL_BRAND = re.compile(r"(?!Mc|Mac|De|Di|Le|La|Du|Van|Von)[A-Z][a-z]{2,}[A-Z][A-Za-z]*")
_ASSOCIATION_HEADS = frozenset("""Perkumpulan Yayasan Ikatan Himpunan Persatuan Asosiasi Koalisi Aliansi Serikat Paguyuban
Perhimpunan Lembaga Forum Komunitas Gerakan Partai BEM Kesekjenan Kesekretariatan Sekretariat Satker Satgas
Konsorsium""".split())


_BRACKETED_ASSOCIATION = re.compile(r"\s*\(((?:" + "|".join(sorted(_ASSOCIATION_HEADS)) + r")\s[^()\n]{3,80})\)")


# a body's head, then its fields listed with commas and closed by "dan": "Kementerian Riset, Teknologi, dan
# Pendidikan Tinggi", "Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan"
_FIELDS_BODY_HEADS = ("Kementerian", "Kemenko", "Badan", "Komisi", "Dinas", "Lembaga", "Pusat", "Direktorat")
_FIELDS_LISTED = re.compile(r"\b(?:" + "|".join(_FIELDS_BODY_HEADS) + r"|Deputi\s+Bidang)"
                           r"(?:\s+[A-Z][\w-]*)+(?:,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)+,?\s+dan\s+[A-Z][\w-]*"
                           r"(?:\s+[A-Z][\w-]*)*")
# a listed "field" that opens like a body is another body of a list ("Dinas Ketahanan Pangan, Dinas Perindustrian …")
_FIELD_BODY_HEADS = frozenset(_FIELDS_BODY_HEADS) | {"Deputi", "Biro", "Sekolah", "Rumah", "Universitas", "Pemerintah", "Partai"}
# a region's kind ("Kabupaten Ngawi"), before a region's name
_REGION_HEADS = frozenset("Provinsi Kabupaten Kota Kecamatan".split())
_REGION_KINDS_TITLE = _REGION_HEADS | {"Kelurahan", "Desa"}


def _fields_listed_bodies(body: str, raws: list[RawMention]) -> list[RawMention]:
    """A body named with the fields it covers, listed with commas (the tagger cuts it at the first one):
    one organisation, up to a person named right after it."""
    if ", " not in body:
        return raws
    for m in _FIELDS_LISTED.finditer(body):
        end = min([r.start for r in raws if r.type == "PER" and m.start() < r.start < m.end()], default=m.end())
        end = m.start() + len(body[m.start():end].rstrip())
        if end <= m.start() or body.find(",", m.start(), end) < 0:
            continue
        # the office's region after its last field is a place of its own ("… dan Olahraga | Kabupaten
        # Ngawi", "… dan Tata Ruang | Sidoarjo"), as it is after a body's name without fields
        words = list(re.finditer(r"\S+", body[m.start():end]))
        keep = len(words)
        if keep > 3 and words[-1].group().isupper() and known_type(words[-1].group()) == "ORG":
            keep -= 1  # "Pusat Data, Informasi, dan Humas | BNPB": the body the office is of, a mention of its own
        while keep > 2 and (words[keep - 1].group() in _REGION_KINDS_TITLE
                            or known_type(words[keep - 1].group()) == "LOC" or words[keep - 2].group() in _REGION_KINDS_TITLE):
            keep -= 1
        region_at, region_end = (m.start() + words[keep].start(), end) \
            if keep < len(words) and known_type(words[keep].group()) != "ORG" else (end, end)
        region = body[region_at:region_end]
        end = m.start() + words[keep - 1].end()
        fields = re.split(r",\s+(?:dan\s+)?|\s+dan\s+", body[m.start():end])[1:]
        if any(known_type(f) or len(f.split()) > 3 or f.split()[0] in _FIELD_BODY_HEADS
               or any(w.isupper() or w.lower() in ROLE_WORDS for w in f.split()) for f in fields):
            # "Dinas Pendidikan, Jakarta, dan Bogor", "Lembaga DPR, DPD, MPR …", "Badan Gizi Nasional Dadan
            # Hindayana, Wakil Menteri …": a list of places, bodies or people, no fields
            continue
        raws = [r for r in raws if r.end <= m.start() or r.start >= end]
        raws.append(RawMention(m.start(), end, body[m.start():end], "ORG"))
        if region and not any(r.start == region_at for r in raws):
            raws.append(RawMention(region_at, region_end, region, "LOC"))
    return sorted(raws, key=lambda r: r.start)


_BUSINESS_TITLE_END = re.compile(r"(?:\b(?:CEO|CTO|COO|CFO|CMO|Founder|Co\s*-\s*Founder|Co-founder|Pendiri|[Pp]artner|Chairman|"
                                 r"Presiden\s+Direktur|Direktur\s+Utama|Managing\s+Director|General\s+Manager|"
                                 r"Country\s+Manager|Head)),?\s*$")


def _named_firm(body: str, r: RawMention, words: list[str]) -> int | None:
    """How many first words of a "person" after a business title are a firm the article also names
    without the person ("CEO Seekmi Clarissa Leung" … "Seekmi menambah tiga layanan"), leaving two words
    at least for the name; None when none is."""
    if not _BUSINESS_TITLE_END.search(body, max(0, r.start - 40), r.start):
        return None
    for n in range(min(3, len(words) - 2), 0, -1):
        firm = " ".join(words[:n])
        if known_type(firm) in ("PER", "LOC"):
            continue
        alone = len(re.findall(rf"(?<![\w.-]){re.escape(firm)}(?![\w-])", body)) - body.count(r.text)
        if alone > 0:
            return n
    return None


def _and_spelt_bodies(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"Kantor Kesyahbandaran | dan | Otoritas Pelabuhan (KSOP)": two bodies joined by "dan" whose
    acronym after them spells both are one body (not "Polri dan Kejaksaan Agung (Kejagung)")."""
    out: list[RawMention] = []
    for r in raws:
        prev = out[-1] if out else None
        if prev is not None and prev.type == r.type == "ORG" and body[prev.end:r.start] == " dan " \
                and (m := ACRONYM_RE.match(body, r.end)) \
                and is_loose_acronym(m.group(1), f"{prev.text} dan {r.text}") and not is_loose_acronym(m.group(1), r.text):
            out[-1] = RawMention(prev.start, r.end, body[prev.start:r.end], "ORG", None)
            continue
        out.append(r)
    return out


# lower-case words only people stand after: "dengan terdakwa Irman dan Sugiharto"
_PEOPLE_BEFORE = frozenset("terdakwa tersangka terpidana saksi korban pelaku".split())


def _people_joined_by_dan(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"catatan pertemuan Tommy | dan | Son adalah 2 - 3": a "body" or "place" of two single names joined by
    "dan", each the short form of a person the article names in full (or both names after a word only people
    follow, "terdakwa Irman dan Sugiharto"), is those two people."""
    people = [r.text for r in raws if r.type == "PER" and " " in r.text]
    out: list[RawMention] = []
    for r in raws:
        words = r.text.split(" ")
        # "mantan pejabat Kementerian Dalam Negeri | Irman dan Sugiharto": a body the lexicon knows, then two names
        if r.type != "PER" and r.lex_key is None and len(words) >= 5 and words[-2] == "dan" \
                and known_type(body_name := " ".join(words[:-3])) == "ORG" \
                and all(name_like(w) and known_type(w) is None and not usually_lower(w) for w in (words[-3], words[-1])):
            first_at = r.start + len(body_name) + 1
            out += [RawMention(r.start, r.start + len(body_name), body_name, known_type(body_name), None),
                    RawMention(first_at, first_at + len(words[-3]), words[-3], "PER", None),
                    RawMention(r.end - len(words[-1]), r.end, words[-1], "PER", None)]
            continue
        first, dan, second = (r.text.split(" ") + ["", "", ""])[:3] if r.text.count(" ") == 2 else ("", "", "")
        if (r.type != "PER" and r.lex_key is None and dan == "dan" and known_type(r.text) is None
                and (all(any(is_short_form(w, p, "PER") for p in people) for w in (first, second))
                     or (word_before(body, r.start).lower() in _PEOPLE_BEFORE
                         and all(name_like(w) and known_type(w) is None for w in (first, second))))):
            out.append(RawMention(r.start, r.start + len(first), first, "PER", None))
            out.append(RawMention(r.end - len(second), r.end, second, "PER", None))
            continue
        out.append(r)
    return out


def _initialled_people(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"Dirut DNR Logistics tahun 2018-2022 Kanisius Jerry Tengker (KJT)": a name after a title, its
    initials in brackets after it, is a person's (an indictment's way), whatever type the tagger gave it;
    its words are names (not "Badan Gizi Nasional (BGN)")."""
    out = []
    for r in raws:
        words = r.text.split()
        if r.type != "PER" and r.lex_key is None and 2 <= len(words) <= 4 and known_type(r.text) is None \
                and (m := ACRONYM_RE.match(body, r.end)) and m.group(1) == "".join(w[0] for w in words) \
                and all(w.isalpha() and not usually_lower(w) and known_type(w) is None for w in words) \
                and 2 * sum(name_like(w) for w in words) > len(words) and title_before(body, r.start):
            r = RawMention(r.start, r.end, r.text, "PER", None)
        out.append(r)
    # (and the initials themselves, where the tagger found them, are the person's: "(KJT)")
    initials = {m.start(1) for r in out if r.type == "PER" and (m := ACRONYM_RE.match(body, r.end))
                and m.group(1) == "".join(w[0] for w in r.text.split() if w[:1].isupper())}
    return [RawMention(r.start, r.end, r.text, "PER", None) if r.start in initials and r.type != "PER" and r.lex_key is None
            else r for r in out]


def _ministers_field_off(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"Menteri | Ketenagakerjaan Yassierli": the field of a minister's ministry the tagger ran into the
    minister's name (a ministry the lexicon or the article names: "Kementerian Ketenagakerjaan") is no
    word of it; two words at most, one word at least of the name left."""
    orgs = {r.text for r in raws if r.type == "ORG"}
    out = []
    for r in raws:
        words = r.text.split()
        if r.type == "PER" and r.lex_key is None and len(words) >= 2 and body[max(0, r.start - 8):r.start] == "Menteri ":
            cut = next((n for n in (2, 1) if n < len(words) and (
                (ministry := "Kementerian " + " ".join(words[:n])) in orgs or known_type(ministry) == "ORG")), 0)
            if cut:
                start = r.start + r.text.index(words[cut], len(" ".join(words[:cut])))
                r = RawMention(start, r.end, body[start:r.end], "PER", None)
        elif r.lex_key is None and 2 <= len(words) <= 4 and words[0].istitle() \
                and _MINISTER_FIELDS_BEFORE.search(body, max(0, r.start - 90), r.start):
            # "Menteri Koordinator Politik, Hukum, dan | Keamanan Wiranto": the field's last word, then the minister
            start = r.start + len(words[0]) + 1
            r = RawMention(start, r.end, body[start:r.end], "PER", None)
        elif r.type == "PER" and r.lex_key is None and len(words) >= 3 and words[0] in _MINISTRY_FIELD_SHORTS \
                and is_office_abbreviation(word_before(body, r.start)):
            start = r.start + len(words[0]) + 1  # "Mendikti | Saintek Brian Yuliarto"
            r = RawMention(start, r.end, body[start:r.end], "PER", None)
        out.append(r)
    return out


# a minister's title listing its ministry's fields, up to the "dan" before the last one
_MINISTER_FIELDS_BEFORE = re.compile(r"\bMenteri(?:\s+Koordinator)?(?:\s+Bidang)?(?:\s+[A-Z][a-z]+,)+\s+dan\s+$")
# the short field of a ministry written after its minister's short title ("Mendikti Saintek", "Menko PMK")
_MINISTRY_FIELD_SHORTS = frozenset("Saintek PMK PM Polhukam Perekonomian Infra Pangan IPK PANRB PPN Kumham".split())


def _person_after_body(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"Kepala Badan Gizi Nasional Dadan Hindayana", "Deputi Penindakan KPK Asep | Guntur Rahayu":
    after a title, the tagger ran the body or place a person heads into the person's name, one
    mention. Split where the words up to a point are a body (place) the lexicon knows (with a
    place it knows after it: "Golkar Makassar") and one to four capitalised words follow that the
    lexicon does not know (one word only where the article names the person by it alone); a person
    mention right after joins them ("Asep" + "Guntur Rahayu")."""
    # words the article uses in places' and bodies' names ("Kabupaten Way Sekampung" … "Ketua DPRD
    # Way Sekampung, Nyoman Sudirta")
    place_words = Counter(w for text in {r.text for r in raws if r.type != "PER"} for w in set(text.split()[1:]))
    people = {r.text for r in raws if r.type == "PER"}
    org_names = {r.text for r in raws if r.type == "ORG"}  # ("Badan Ekonomi Kreatif (Bekraf)" … "Bekraf")
    out: list[RawMention] = []
    k = 0
    while k < len(raws):
        r = raws[k]
        k += 1
        words = r.text.split()
        # (a "person" opening with a body the lexicon knows, after a title: "Wakil Kepala | Bekraf Ricky Pesik")
        # (or, after a business title, a firm the article names on its own too: "CEO | Seekmi Clarissa Leung",
        # "Managing Partner | East Ventures Willson Cuaca")
        firm = _named_firm(body, r, words) if r.type == "PER" and len(words) >= 3 else None
        after_business_title = firm is not None  # (_named_firm read a business title before it)
        if firm is None and r.type == "PER" and len(words) >= 3:
            firm = _leading_acronyms(words)  # "Sekretaris Jenderal | UCLG ASPAC Bernadia Irawati Tjandradewi"
        glued_person = r.type == "PER" and len(words) >= 3 and (
            known_type(words[0]) == "ORG" or words[0] in org_names or firm is not None)
        if (r.type not in ("ORG", "LOC") and not glued_person) or len(words) < 2 or r.lex_key is not None \
                or not (after_business_title or title_before(body, r.start)) \
                or (r.type == "LOC" and body[r.start - 2:r.start] == ", ") \
                or (body[r.end:r.end + 1] == "," and k < len(raws) and raws[k].type == "PER"
                    and raws[k].start <= r.end + 3):  # "Ketua DPRD Way Sekampung, | Nyoman Sudirta"
            # (nor a "place" set off by a comma: "model Instagram, | India Love" is one name)
            out.append(r)
            continue
        cut, kind = 0, r.type
        for n in range(len(words) - 1, 0, -1):
            # (the tagger's type may be the other one of the two: "Kota Mataram Amiruddin" tagged ORG)
            # (or ending with a region's kind and a place the lexicon knows: "Provinsi Jambi", "Dinas
            # Perumahan Provinsi Jambi")
            if (kind := known_type(" ".join(words[:n]))) in ("ORG", "LOC") or (
                    glued_person and (" ".join(words[:n]) in org_names or n == firm) and (kind := "ORG")) or (
                    n >= 2 and words[n - 2] in _REGION_HEADS and known_type(words[n - 1]) == "LOC"
                    and (kind := "LOC" if n == 2 else r.type)) or (
                    # an office's acronym with the place it serves: "Kepala KSOP Gresik | Herbert Marpaung"
                    r.type == "ORG" and n == 2 and words[0].isupper() and 2 <= len(words[0]) <= 6
                    and known_type(words[1]) == "LOC" and (kind := "ORG")) or (
                    # a body "of the Republic of Indonesia" ends there: "Kementerian Pendidikan Dasar dan
                    # Pendidikan Menengah Republik Indonesia | Yohan Rubiyantoro"
                    r.type == "ORG" and n >= 3 and words[n - 1] in ("RI", "Indonesia")
                    and (words[n - 2] == "Republik" or words[n - 1] == "RI") and (kind := "ORG")) or (
                    # an office's kind and field, ended by the region it serves: "Kepala Dinas Sosial DKI | Masrokhan"
                    r.type == "ORG" and n >= 3 and words[0].lower() in _OFFICE_HEADS and known_type(words[n - 1]) == "LOC"
                    and (kind := "ORG")) or (
                    # a bureau of a body the lexicon knows, before a person the article names alone: "Kepala Biro
                    # Perencanaan dan Organisasi Bakamla | Nofel Hasan" … "kepada …, Nofel Hasan, dan …"
                    r.type == "ORG" and n >= 2 and len(words) - n >= 2 and known_type(words[n - 1]) == "ORG"
                    and " ".join(words[n:]) in people and (kind := "ORG")):
                cut = n
                while cut < len(words) - 1 and (known_type(words[cut]) == "LOC" or words[cut] == "Pusat"):
                    cut += 1  # the body's branch: "Golkar Makassar", "DJP Pusat"
                break
        if glued_person and (kind != "ORG" or len(words) - cut < 2):
            cut = 0  # (a person's name splits off a body only, leaving two words at least)
        rest = words[cut:]
        # (not a place's name the two mentions share: "Kejaksaan Negeri Kuantan | Singingi Soenardi")
        joins = k < len(raws) and raws[k].type == "PER" and body[r.end:raws[k].start] == " " \
            and known_type(" ".join([*rest, raws[k].text.split()[0]])) is None
        # one word is a name when the article also names the person by it alone ("Kota Mataram
        # Amiruddin" … "sebut Amiruddin"), or when a clause goes on right after it ("Kepala Dinas
        # PUPR Provinsi Jambi Arfan, dan …", "Dirjen … Kementerian Dalam Negeri Syarifuddin saat
        # dihubungi"): a place's name does not stop there
        alone = len(rest) == 1 and _CLAUSE_AFTER_NAME.match(body, r.end) is not None and rest[0] not in ID_PLACE_TAILS
        if not cut or not 1 <= len(rest) <= 5 or not (joins or len(rest) >= 2 or rest[0] in people or alone) \
                or known_type(r.text) \
                or known_type(" ".join(rest)) not in (None, "PER") \
                or rest[0] in _NAME_PARTICLES or not all(
                    (w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() and known_type(w) is None
                     and w.lower() not in _PLACE_WORDS and not is_honorific(w)
                     # (a common word may open a name the article writes again on its own: "Direktur Utama
                     # Pertamina | Massa Manik … ujar Massa Manik")
                     and (not usually_lower(w) or (len(rest) >= 2 and body.count(" ".join(rest)) >= 2)
                          # (or a later word of a name after a firm: "Managing Partner East Ventures Willson Cuaca")
                          or (glued_person and w != rest[0] and not usually_lower(rest[0]))
                          # (or any word of a name of three after a body the lexicon knows, its last word no common
                          # one: "Corporate Secretary Bank BRI | Hari Siaga Amijarso")
                          or (len(rest) >= 3 and kind == "ORG" and not usually_lower(rest[-1])
                              and known_type(" ".join(words[:cut])) == "ORG")
                          # (or of two, the first alone later: "Ditjen Pendidikan Islam Kemenag | Bagus Natanegara …
                          # yang dimaksud Bagus")
                          or (len(rest) == 2 and w == rest[0] and kind == "ORG" and not usually_lower(rest[1])
                              and known_type(" ".join(words[:cut])) == "ORG"
                              and re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])(?! {re.escape(rest[1])})", body[r.end:])))
                     and place_words[w] <= (w in words[1:]))
                    or w in _NAME_PARTICLES
                    for w in rest):
            out.append(r)
            continue
        org_text = " ".join(words[:cut])
        start = r.start + r.text.index(rest[0], len(org_text))
        end = r.end
        if joins:
            end = raws[k].end  # "Asep | Guntur Rahayu"
            k += 1
        out.append(RawMention(r.start, r.start + len(org_text), org_text, kind, None))
        out.append(RawMention(start, end, body[start:end], "PER", None))
    return out


def _leading_acronyms(words: list[str]) -> int | None:
    """How many upper-case acronyms open a "person" of two or more names after them ("UCLG ASPAC Bernadia
    Irawati Tjandradewi": a body the tagger ran into its officer's name), no rank or title among them."""
    n = 0
    while n < len(words) and words[n].isupper() and words[n].isalpha() and 2 <= len(words[n]) <= 6 \
            and not is_honorific(words[n]):
        n += 1
    return n if n and len(words) - n >= 2 and all(name_like(w) and not w.isupper() for w in words[n:]) else None


def _person_after_body_tail(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"Kepala Klinik Cahaya | Kebagusan Grace Maria Kendek Allo": the tagger began the person at the
    last word of a body the article names elsewhere ("Klinik Cahaya Kebagusan juga …"); the words
    that end the body's name leave the person (two words at least stay), and the body's mention
    before them takes them."""
    orgs = {r.text for r in raws if r.type == "ORG" and " " in r.text}
    out: list[RawMention] = []
    for r in raws:
        words = r.text.split()
        if r.type == "PER" and r.lex_key is None and len(words) >= 3:
            for n in (2, 1):
                if len(words) - n < 2:
                    continue
                tail = " ".join(words[:n])
                head = next((o[:-len(tail)] for o in orgs if o.endswith(" " + tail)
                             and body.endswith(o[:-len(tail)], 0, r.start)), None)
                if head is None:
                    continue
                at = r.start + len(tail) + (len(r.text[len(tail):]) - len(r.text[len(tail):].lstrip()))
                prev = out[-1] if out else None
                if prev is not None and prev.type == "ORG" and prev.end == r.start - 1:
                    out[-1] = RawMention(prev.start, r.start + len(tail), body[prev.start:r.start + len(tail)], "ORG")
                else:
                    org_at = r.start - len(head)
                    out.append(RawMention(org_at, r.start + len(tail), body[org_at:r.start + len(tail)], "ORG"))
                r = RawMention(at, r.end, body[at:r.end], "PER")
                break
        out.append(r)
    return out


# words that end a firm's name and never open one ("MNC Group", not "Bank Mega Syariah")
_FIRM_ENDS = frozenset("Group Grup Corporation Corp Holdings Tbk Inc Ltd LLC Company".split())


def _person_after_firm(raws: list[RawMention]) -> list[RawMention]:
    """"bos MNC Group | Hary Tanoesoedibjo": a firm's name ends with its last business word (Group,
    Corporation, Tbk …); two or three capitalised words the lexicon does not know after it are a person."""
    out: list[RawMention] = []
    for r in raws:
        words = r.text.split()
        cut = next((k + 1 for k, w in enumerate(words[:-1]) if k and w in _FIRM_ENDS), 0)
        rest = words[cut:]
        if r.type not in ("ORG", "PER") or r.lex_key is not None or not cut or not 2 <= len(rest) <= 3 or not all(
                (w[:1].isupper() and w[1:].islower() and w.isalpha() and known_type(w) is None
                 and w not in _BUSINESS_TAILS) or (0 < k < len(rest) - 1 and re.fullmatch(r"[A-Z]\.?", w))
                for k, w in enumerate(rest)):  # (a middle initial: "Papillon Group | Vicky G. Saputra")
            out.append(r)
            continue
        firm = " ".join(words[:cut])
        start = r.start + r.text.index(rest[0], len(firm))
        out.append(RawMention(r.start, r.start + len(firm), firm, "ORG", None))
        out.append(RawMention(start, r.end, r.text[start - r.start:], "PER", None))
    return out


def _person_after_named_body(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"Direktur IPB | Science Techno Park Meika Syahbana Rusli": after a title, a body the article
    names elsewhere on its own (not in the lexicon) run into the person's name. Split where the
    person's first words are the whole of another mention of the article typed ORG or LOC (and of
    none typed PER) and two to four capitalised words follow."""
    bodies = {r.text: r.type for r in raws if r.type in ("ORG", "LOC")}
    people = {r.text for r in raws if r.type == "PER"}
    out: list[RawMention] = []
    for r in raws:
        words = r.text.split()
        cut = 0
        if r.type == "PER" and len(words) >= 3 and r.lex_key is None and title_before(body, r.start):
            cut = next((n for n in range(len(words) - 2, 0, -1)
                        if " ".join(words[:n]) in bodies and " ".join(words[:n]) not in people), 0)
        rest = words[cut:]
        if not cut or len(rest) > 4 or not all(w[:1].isupper() and known_type(w) is None for w in rest):
            out.append(r)
            continue
        org = " ".join(words[:cut])
        start = r.start + r.text.index(rest[0], len(org))
        out.append(RawMention(r.start, r.start + len(org), org, bodies[org], None))
        out.append(RawMention(start, r.end, body[start:r.end], "PER", None))
    return out


_CLAUSE_AFTER_NAME = re.compile(r"\s*(?:,|\.(?:\s|$)|\s(?:saat|ketika|seusai|usai|mengatakan|menyatakan|menjelaskan|kepada|"
                                r"dalam|pada)\b)")
_NAME_PARTICLES = frozenset("de da do dos das van von der bin binti".split())
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:(?:dan|and|hingga|serta)\s+)?|\s(?:dan|and|serta|hingga)\s)\s*")
_LIST_GAP_ONE_NAME = re.compile(r",\s*([A-Z][a-z]+(?:['’][a-z]+)?),\s*(?:(?:dan|serta)\s+)?")


_REGION_KINDS = frozenset("desa dusun kampung kelurahan kecamatan kabupaten kota provinsi".split())


def _places_in_place_lists(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"Barru, Luwu Utara, Pangkep, Soppeng, dan Wajo": a name the lexicon knows as a place, typed a
    person by the tagger, is a place when a place stands next to it in a list; and the other way round
    for a one-word name no gazetteer knows between two people."""
    out = list(raws)
    for k, r in enumerate(out):
        near = [out[j] for j in (k - 1, k + 1) if 0 <= j < len(out)]
        listed = [n for n in near if _LIST_GAP.fullmatch(body[min(n.end, r.end):max(n.start, r.start)])]
        if r.type == "PER" and known_type(r.text) == "LOC" and any(n.type == "LOC" for n in listed):
            out[k] = RawMention(r.start, r.end, r.text, "LOC", r.lex_key)
        elif (r.type == "PER" and r.lex_key is None and known_type(r.text) is None and len(listed) == 2
              and all(n.type == "LOC" and (known_type(n.text) == "LOC" or n.text.split()[0].lower() in _REGION_KINDS)
                      for n in listed)
              and word_before(body, r.start).lower() not in ROLE_WORDS):
            # "Desa Wonokitri, Cemoro Lawang, Pasuruan": a name no gazetteer knows between two places of a
            # list is a place too — places the gazetteer knows or their kind names (not what the tagger
            # called places: "Jajang Sukmara, Purwaka Yudi, Wildansyah" in a squad list)
            out[k] = RawMention(r.start, r.end, r.text, "LOC", None)
        elif (r.type in ("LOC", "ORG") and r.lex_key is None and known_type(r.text) is None
              and (" " not in r.text or (r.type == "LOC" and len(r.text.split()) <= 3
                                         and all(name_like(w) for w in r.text.split()[1:])))
              and not r.text.isupper() and len(listed) == 2 and all(n.type == "PER" for n in listed)):
            # ("Vendry Mofu, Nurhidayat, Herman Dzumafo Epandi": a one-word name no gazetteer knows,
            # between two people of a list, is a person, not the place the tagger read; so is a name
            # that only opens with a place's word, "Sandro Ramirez, Jordan Pickford, dan Michael Keane")
            out[k] = RawMention(r.start, r.end, r.text, "PER", None)
    # "Desa Sidoa, Alitupu, Wuasa, Watumaeta, dan Dodolo": in a list of four names or more, each but one a place
    # and one of them led by a region's kind, a one-word "person" no gazetteer knows is a place too
    # (and a name the tagger left out between two of them: "Watumaeta, | Kaduwa’a, | dan Dodolo")
    run: list[int] = []
    skipped: list[tuple[int, int]] = []
    added: list[RawMention] = []
    for k in range(len(out) + 1):
        if k < len(out) and run:
            at = out[run[-1]].end
            gap = body[at:out[k].start]
            one_left_out = None if _LIST_GAP.fullmatch(gap) else _LIST_GAP_ONE_NAME.fullmatch(gap)
            if one_left_out or _LIST_GAP.fullmatch(gap):
                if one_left_out:
                    skipped.append((at + one_left_out.start(1), at + one_left_out.end(1)))
                run.append(k)
                continue
        unsure = [j for j in run if out[j].type == "PER" and out[j].lex_key is None and " " not in out[j].text
                  and known_type(out[j].text) is None]
        if len(run) + len(skipped) >= 4 and len(unsure) <= 1 and sum(out[j].type == "LOC" for j in run) == len(run) - len(unsure) \
                and any(out[j].text.split()[0].lower() in _REGION_KINDS for j in run):
            for j in unsure:
                out[j] = RawMention(out[j].start, out[j].end, out[j].text, "LOC", None)
            added += [RawMention(a, b, body[a:b], "LOC", None) for a, b in skipped if known_type(body[a:b]) in (None, "LOC")]
        run, skipped = [k], []
    return sorted(out + added, key=lambda r: r.start) if added else out


# (a spelling variant before a slash: "bahasa Kajeli/Kayeli"; "dua bahasa yaitu Tandia dan Mawes")
_LANGUAGE_BEFORE = re.compile(r"\b(?:[Bb]er)?[Bb]ahasa (?:daerah |asli |ibu )?(?:(?:yaitu|yakni|adalah|seperti) )?(?:[A-Z][a-z]+/)?$")


def _languages(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"bahasa Kajeli/Kayeli, Piru, Moksela … dan Nila": languages, no people or places — the names after
    "bahasa" or "berbahasa" and the rest of their list, where neither the lexicon nor the gazetteer knows
    them or they read as places ("bahasa Inggris", "berbahasa Jepang")."""
    out = sorted(raws, key=lambda r: r.start)
    drop: set[int] = set()
    listing = False
    for k, r in enumerate(out):
        gap = body[out[k - 1].end:r.start] if k else None
        joined = gap is not None and (gap == "/" or _LIST_GAP.fullmatch(gap) is not None)
        listing = (listing and joined) or bool(_LANGUAGE_BEFORE.search(body, max(0, r.start - 30), r.start))
        if listing and (r.lex_key is None and known_type(r.text) is None or r.type == "LOC"):
            drop.add(k)  # (a place's name is its people's language there: "bahasa Inggris", "berbahasa Jepang")
    return [r for k, r in enumerate(out) if k not in drop] if drop else raws


# a party's boards by level: "DPP, DPW, DPD", "di tingkat DPD", "DPD provinsi" (Dewan Pimpinan Daerah, no senate)
_PARTY_BOARD_DPD = re.compile(r"\bD(?:PP|PW|PC|PAC)\s*(?:,|dan|serta)\s*(?:D(?:PP|PW|PC|PAC)\s*(?:,|dan|serta)\s*)*$|"
                              r"\b(?i:tingkat|pengurus|kepengurusan|ketua-ketua) $")
_PARTY_BOARD_DPD_AFTER = re.compile(r"\s*(?:,|dan|serta)\s*D(?:PP|PW|PC|PAC)\b| (?i:provinsi|propinsi|kabupaten|kota)\b")


def _party_boards_no_senate(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"Silaturahmi PAN bersama DPP, DPW, DPD", "kepengurusan partai di tingkat DPD": a bare "DPD" among a party's
    boards is the party's regional board, a level and no body the article names — not the lexicon's Dewan
    Perwakilan Daerah (the senate)."""
    return [r for r in raws if not (r.text == "DPD" and r.type == "ORG" and (
        _PARTY_BOARD_DPD.search(body, max(0, r.start - 40), r.start) or _PARTY_BOARD_DPD_AFTER.match(body, r.end)))]


# a currency's name before its country: "dolar AS", "dolar Amerika Serikat", "dolar Singapura", "yen Jepang"
_CURRENCY_BEFORE = re.compile(r"\b(?i:dolar|dollar|yen|yuan|renminbi|won|ringgit|rupee|peso|pound|poundsterling|"
                              r"rubel|lira|baht|riyal|dinar|dirham|franc) $")


def _without_currency_countries(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"44 juta dolar AS", "1,2 juta dolar Amerika Serikat": the country a currency is named after is no place
    the article speaks of (an analyst filtering by the country wants no price list; the gold sets mostly tag none).
    Indonesian word order only: English puts the country first ("U.S. dollar")."""
    return [r for r in raws if not (r.type == "LOC" and _CURRENCY_BEFORE.search(body, max(0, r.start - 14), r.start))]


def _people_in_people_lists(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"BS, Esol, Loudi, Dohyuk, Hero, Gohyeon, dan Doyool": in a list of four names or more with a person in
    it, the one-word names no lexicon or gazetteer knows are people too, whatever the tagger read (it made a
    band's members places), and so are those names wherever else the article writes them."""
    out = sorted(raws, key=lambda r: r.start)
    runs: list[list[int]] = []
    for k, r in enumerate(out):
        if k and runs and runs[-1][-1] == k - 1 and _LIST_GAP.fullmatch(body[out[k - 1].end:r.start]):
            runs[-1].append(k)
        else:
            runs.append([k])
    named: set[str] = set()
    for run in runs:
        items = [out[k] for k in run]
        unknown = [r for r in items if r.type != "PER" and r.lex_key is None and " " not in r.text
                   and known_type(r.text) is None and r.text[:1].isupper() and not r.text[1:].isupper()]
        if len(items) >= 4 and any(r.type == "PER" for r in items) and len(unknown) >= 3 \
                and len(unknown) + sum(r.type == "PER" for r in items) >= len(items) - 1:  # (one other at most: "BS")
            named.update(r.text for r in unknown)
    return [RawMention(r.start, r.end, r.text, "PER", None) if r.text in named and r.lex_key is None else r
            for r in out] if named else raws


_ALIAS_AFTER = re.compile(r"\s+alias\s+(?=[A-Z])")


def _alias_named_people(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"Rico Dian Sari alias Rico Can": the names on both sides of "alias" are a person's (a suspect and
    the name he goes by), whatever type the tagger gave either (it made this one a body after "PT RDS,")."""
    out = sorted(raws, key=lambda x: x.start)
    for k, r in enumerate(out[:-1]):
        nxt = out[k + 1]
        if (m := _ALIAS_AFTER.match(body, r.end)) and m.end() == nxt.start and ("PER" in (r.type, nxt.type) or all(
                # (or two names of two words or more, neither known nor led by a place's or body's head: "Oman
                # Rochman alias Aman Abdurrahman", tagged a place and a body)
                " " in x.text and x.lex_key is None and known_type(x.text) is None
                and x.text.split()[0].lower() not in _NOT_PERSON_HEADS for x in (r, nxt))):
            for j, x in ((k, r), (k + 1, nxt)):
                if x.type != "PER" and x.lex_key is None and known_type(x.text) is None:
                    out[j] = RawMention(x.start, x.end, x.text, "PER", None)
    return out


def _bodies_in_body_lists(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"BPBD Banyumas, Polresta Banyumas, Kodim 0701, Dishub, Damkar, Satpol PP, Linmas Inti, Polsek
    Patikraja, Forkompincam Sokaraja": in a list of three or more names most of which are bodies, a
    name no gazetteer knows as a place is a body too ("Linmas Inti" and "Forkompincam Sokaraja" had been
    people, "Dishub" a place); a military unit's number goes with it ("Kodim | 0701")."""
    out = [RawMention(r.start, m.end(), body[r.start:m.end()], "ORG", None)
           if r.lex_key is None and r.text.lower() in _MILITARY_UNITS and (m := _UNIT_NUMBER.match(body, r.end))
           else r for r in sorted(raws, key=lambda x: x.start)]
    runs: list[list[int]] = []
    for k, r in enumerate(out):
        if runs and _BODY_LIST_GAP.fullmatch(body[out[runs[-1][-1]].end:r.start]):
            runs[-1].append(k)
        else:
            runs.append([k])

    def a_body(r: RawMention) -> bool:
        first = r.text.split()[0].lower()
        return (r.type == "ORG" or known_type(r.text) == "ORG" or first in GENERIC_ABBREVIATIONS
                or first in REGIONAL_OFFICES or first in _OFFICE_HEADS)

    for run in runs:
        if len(run) < 3 or 2 * sum(a_body(out[k]) for k in run) <= len(run):
            continue
        for k in run:
            r = out[k]
            # (not a person after a title or rank: "…, anggota Wantimpres Jenderal (Purn) Subagyo HS, Pemprov
            # Jawa Tengah dan Pemkot Solo")
            before = word_before(body, r.start).strip("()").rstrip(".").lower()
            if r.type == "PER" and (is_honorific(before) or before == "purn" or before in ROLE_WORDS):
                continue
            if r.type != "ORG" and r.lex_key is None and known_type(r.text) != "LOC":
                out[k] = RawMention(r.start, r.end, r.text, "ORG", None)
    return out


# a list's gap, or an item the tagger left out between two commas ("…, Dishub, Damkar, Satpol PP")
_BODY_LIST_GAP = re.compile(r"\s*,\s*(?:[A-Z][\w-]*\s*,\s*)*(?:dan\s+)?|\s(?:dan|serta)\s+")
# military units named by their number ("Kodim 0701", "Yonif 315"), which the tagger cuts off (whatever type it
# gave them; kabar.nlp.id_names.office_units keeps the number of units it tagged as bodies, "KAI Daop 6")
_MILITARY_UNITS = frozenset("kodim korem kodam koramil yonif lanud lantamal lanal brigif".split())
_UNIT_NUMBER = re.compile(r"\s+\d{2,4}\b(?![.,]\d)")


# words of places' names, never a person's: "Polda Metro | Jaya", "Polsek Medan | Kota", "Kolaka | Timur"
_PLACE_WORDS = frozenset("""utara selatan timur barat tengah jaya kota raya baru lama satu dua tiga empat lima
tanah pulau teluk tanjung muara kuala sungai bukit gunung kampung kabupaten kecamatan kelurahan desa
provinsi pusat daya laut darat hulu hilir""".split()) | PLACE_KIND_HEADS


def _english_article(r: RawMention, indefinite: bool = False) -> int:
    """Characters of an article opening a body's or place's name, to cut (0: none). "The Federal
    Reserve", in English or amid Indonesian ("… bank sentral Amerika Serikat, The Federal Reserve"):
    "The" is no part of the name, but papers keep it ("The Jakarta Post"); with ``indefinite`` (English
    text), "A World Health Organization spokesman": the indefinite article a sentence opened with."""
    article = next((a for a in ("The ", *(("A ", "An ") if indefinite else ())) if r.text.startswith(a)), None)
    if article is None or r.type not in ("ORG", "LOC"):
        return 0
    rest = r.text[len(article):].split()
    return len(article) if len(rest) >= 2 and rest[-1].lower() not in _MEDIA_TAILS else 0


def _without_trailing_rank(raws: list[RawMention]) -> list[RawMention]:
    """"Juru bicara JCS Kolonel | Lee Sung-jun": a body's or place's name does not end in a rank or a
    title of address, which belongs to the person named next."""
    out = []
    for r in raws:
        words = r.text.split()
        if r.type != "PER" and r.lex_key is None and len(words) > 1 and is_honorific(words[-1]) \
                and words[0].lower() not in _STREET_OR_PLACE_HEADS:  # "Jalan KH | Ahmad Dahlan"
            while len(words) > 1 and is_honorific(words[-1]):
                words.pop()
            text = r.text[:r.text.rindex(words[-1]) + len(words[-1])]
            r = RawMention(r.start, r.start + len(text), text, r.type, None)
        out.append(r)
    return out


# a Roman numeral ending a name, which the taggers leave out: "Bandara Radin | Inten II",
# "Hamengku Buwono | X", "Pope Leo | XIV" (not a lone "I": English's pronoun)
_ROMAN_TAIL = re.compile(r"(?: [A-Z][a-z]+)? (?:XX|X{0,2}(?:IX|IV|VI{0,3}|I{2,3})|X{1,2}I?)\b(?![-'’])")


# what a Roman numeral numbers when it follows a name: a phase, a quarter, a region ("Jawa Timur
# Tahap II", "RI Kuartal III", "KPK Wilayah V")
_NUMBERED_PARTS = frozenset("""tahap kuartal triwulan semester wilayah jilid seri angkatan gelombang babak sesi periode
kelas golongan eselon tingkat zona sektor komisi kodam lantai putaran bab pasal ayat region phase part""".split())


def _roman_tails(body: str, raws: list[RawMention]) -> list[RawMention]:
    """Names grown over a Roman numeral (and one capitalised word before it) that follows them."""
    out: list[RawMention] = []
    for k, r in enumerate(raws):
        named_after = r.type == "PER" or r.text.split()[0].lower() in _PLACE_NAME_HEADS  # a person, or a building
        m = _ROMAN_TAIL.match(body, r.end) if named_after and r.lex_key is None else None
        if m and (k + 1 == len(raws) or raws[k + 1].start >= m.end()) \
                and m.group().split()[0].lower() not in _NOT_BEFORE_NUMERAL:
            r = RawMention(r.start, m.end(), body[r.start:m.end()], r.type, None)
        out.append(r)
    return out


# an Indonesian body's name spelt out before the acronym it is known by, after (or opening with) an
# office's head: "Kantor Dinas Pekerjaan Umum dan Penataan Ruang (PUPR)", "Kantor Berita Nusantara
# (KBN)" — the tagger found the acronym but not the name. Only after such a head: "Bantuan Langsung
# Tunai (BLT)", "Produk Domestik Bruto (PDB)" are capitalised too but no bodies.
_DEFINED_ACRONYM = re.compile(r"\(([A-Z]{2,8})\)")
_NAME_WORD = re.compile(r"[A-Z][\w-]*")
_NAME_JOINERS = frozenset("dan serta untuk and of for &".split())


# a party's organs: its central, regional and branch boards, and its group in a parliament ("Fraksi PAN": of 34
# groups the gold sets name, 21 are bodies apart from the party, 13 forms of it; typed F1 detik dev 0.897 -> 0.901)
_PARTY_ORGAN = re.compile(rf"(?<![\w-])(?:{'|'.join(sorted(w.upper() for w in PARTY_BOARDS))}|Fraksi)(?:\s+(?:I|II))?\s+$")


def _a_party(text: str) -> bool:
    """Whether ``text`` opens with a political party's name the lexicon knows ("PDIP Tabanan")."""
    words = text.split()
    lex = load_lexicon()
    return any((e := lex.lookup(" ".join(words[:n]))) is not None and e.name_id.startswith("Partai ")
               for n in range(min(3, len(words)), 0, -1))


def _party_organs(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"DPC | PDIP Tabanan", "DPP | PKB", "DPD II | Golkar Makassar": a party's central, regional or
    branch board is one body with the party's name, not the party ("DPD" is no senate here)."""
    out = sorted(raws, key=lambda r: r.start)
    for r in list(out):
        if r.type != "ORG" or not _a_party(r.text):
            continue
        m = _PARTY_ORGAN.search(body, max(0, r.start - 12), r.start)
        if m is None:
            continue
        # (with the region a regional board serves, tagged apart: "DPC PDIP | Jaksel")
        place = next((x for x in out if x.start == r.end + 1 and x.type == "LOC" and body[r.end] == " "), None)
        word = re.match(r" ([A-Z][a-z]+)\b", body[r.end:r.end + 30])
        regional = not body[m.start():m.end()].startswith("DPP")
        end = place.end if place is not None and regional else r.end
        if place is None and regional and word and (known_type(word.group(1)) == "LOC" or expand_place_tail(
                f"X {word.group(1)}")):
            end = r.end + word.end()
        out = [x for x in out if not (m.start() <= x.start and x.end <= m.end()) and x is not place or x is r]
        out = [RawMention(m.start(), end, body[m.start():end], "ORG", None) if x is r else x for x in out]
    return sorted(out, key=lambda r: r.start)


_NAMED_AFTER_HEADS = frozenset("universitas institut sekolah yayasan politeknik akademi stikes rumah rs rsud pondok".split())
_BRACKET_AFTER = re.compile(r" \(([A-Z][A-Za-z]{2,11})\)")


def _bodies_named_after_people(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"Universitas Islam | Sultan Agung (Unissula)": a university, school or hospital named after a
    person, which the tagger split into a body and the person, is one body where the acronym that
    follows spells the whole name ("Rektor Universitas Indonesia Ari Kuncoro" has none: its rector)."""
    return joined_with_next(body, sorted(raws, key=lambda x: x.start), lambda prev, r: (
        prev.type == "ORG" and r.type == "PER" and prev.lex_key is None and r.lex_key is None
        and prev.text.split()[0].lower() in _NAMED_AFTER_HEADS
        and (m := _BRACKET_AFTER.match(body, r.end)) is not None and is_loose_acronym(m.group(1), body[prev.start:r.end])))


def _acronym_defined_bodies(body: str, raws: list[RawMention]) -> list[RawMention]:
    out = list(raws)
    for m in _DEFINED_ACRONYM.finditer(body):
        acronym, end = m.group(1), m.start()
        while end and body[end - 1] == " ":
            end -= 1
        base = max(0, end - 160)
        words = list(re.finditer(r"\S+", body[base:end]))[::-1]  # the words before, nearest first
        caps: list[re.Match] = []
        for w in words:
            if _NAME_WORD.fullmatch(w.group()):
                caps.append(w)
            elif w.group().lower() not in _NAME_JOINERS:
                break
            if len(caps) > len(acronym) + 1:
                break
        span, n = None, len(acronym)  # the n capitalised words before, one initial each, spell it
        if len(caps) >= n and "".join(w.group()[0] for w in caps[:n]) == acronym[::-1]:
            first = caps[n - 1]
            head = caps[n] if len(caps) > n and caps[n].end() + 1 == first.start() else None
            if first.group().lower() in _OFFICE_HEADS or first.group().lower() == "kantor":
                span = (base + first.start(), end)
            elif head is not None and head.group().lower() in _OFFICE_HEADS:
                span = (base + head.start(), end)
        if span is not None and "LOC" in (getattr(load_lexicon().lookup(acronym), "type", None),
                                          known_type(body[span[0]:span[1]].split(None, 1)[1])):
            continue  # "Kejati Daerah Istimewa Yogyakarta (DIY)": the acronym is a place's, which the lexicon knows
        if span is None or any(r.start < span[1] and span[0] < r.end and not (span[0] <= r.start and r.end <= span[1])
                               for r in out) or _not_a_name(body[span[0]:span[1]]):
            continue  # no such name, or another name runs across it, or a kind ("Sekolah Dasar Negeri (SDN)")
        out = [r for r in out if not (span[0] <= r.start and r.end <= span[1])]
        out.append(RawMention(span[0], span[1], body[span[0]:span[1]], "ORG", None))
    return sorted(out, key=lambda r: r.start)


# a regional office's name: an office's head word, its capitalised words (or "dan"), an optional bracketed
# acronym, then the place it serves ("Dinas Lingkungan Hidup (DLH) Provinsi DKI Jakarta", "Kepolisian Daerah
# Kalimantan Timur"); the tagger often ends the body before the place, or leaves it out
# (not "Kantor Berita": a news agency, whose country is no region it serves — kabar.nlp.id_names.news_agencies)
_REGIONAL_OFFICE = re.compile(r"\b(?:Dinas|Badan|Kepolisian|Kejaksaan|Pengadilan|Balai|Kantor(?!\s+Berita\b)|Inspektorat|Sekretariat|"
                              r"Satuan|Komisi|Kanwil|Bawaslu|KPU|BPBD|Satpol)"
                              r"(?:,?\s+(?:[A-Z][\w-]*|dan))*?(?:\s+\([A-Z][A-Za-z]{1,9}\))?\s+$")
# a place these offices do not serve as a region: a body named with its country is the national one
_NATIONAL = frozenset({"indonesia", "ri", "republik indonesia"})


# offices' short names (aliases.GENERIC_ABBREVIATIONS) but a remand centre's and an "RSU" (kept out, as
# before; puskesmas, RSUD, RSUP and Lapas names were already typed bodies, earlier, by _INSTITUTION)
_OFFICE_ABBREVIATIONS = frozenset(GENERIC_ABBREVIATIONS) - {"rsu", "rutan"}
_FACULTY_HEADS = frozenset("fakultas fisip fisipol feb fh fk fmipa fib ft fkm fkg fik".split())


_NAME_WITH_INNER_ACRONYM = re.compile(r"(.+?) \(([A-Z][A-Za-z]{1,9})\) \S")


def _office_with_its_place(body: str, raws: list[RawMention]) -> list[RawMention]:
    """An Indonesian regional office and the place it serves are one body: "Kepolisian Daerah |
    Kalimantan Timur" and "Dinas Lingkungan Hidup (DLH) | Provinsi DKI Jakarta" came out a generic
    office and a place (so every province's "Dinas Lingkungan Hidup" would have been one body),
    "Dinas Pendidikan Provinsi Jawa Barat" a place alone. The office's acronym in brackets stays a
    mention of its own."""
    # "Dishub Serang", "Polres Garut" tagged a place: an office's short name with its region is the office
    # (and a faculty with its university: "FISIP Unud")
    raws = [RawMention(r.start, r.end, r.text, "ORG", None)
            if r.type != "ORG" and r.lex_key is None and " " in r.text
            and r.text.split()[0].lower() in _OFFICE_ABBREVIATIONS | _FACULTY_HEADS else r for r in raws]
    # ("pihak Polresta | Palembang": the tagger left the office's short name out of a known place)
    raws = [RawMention(r.start - len(w) - 1, r.end, body[r.start - len(w) - 1:r.end], "ORG", None)
            if r.type == "LOC" and (w := word_before(body, r.start)).lower() in _OFFICE_ABBREVIATIONS
            and w[:1].isupper() and body[r.start - len(w) - 1:r.start] == w + " " and known_type(r.text) == "LOC"
            and not any(o.start < r.start and o.end > r.start - len(w) - 1 for o in raws if o is not r) else r
            for r in raws]
    out = list(raws)
    for r in raws:
        words = r.text.split()
        if r.type != "LOC" or r.text.lower() in _NATIONAL or not (
                r.lex_key or known_type(r.text) == "LOC"
                or (words[0] in _REGION_HEADS and (len(words) == 2 or known_type(" ".join(words[1:])) == "LOC"))):
            # (a region the gazetteer knows, or one word after its kind: "Provinsi Jambi Arfan" is a tagger's
            # run into a person)
            continue
        m = _REGIONAL_OFFICE.search(body, max(0, r.start - 120), r.start)
        if not m or m.end() != r.start or "\n" in m.group() or re.search(r"\bdan\s+$", m.group()):
            continue  # ("Kantor Presiden dan Istana Negara": two names, joined by "dan")
        start = m.start()
        head = [o for o in out if o is not r and start <= o.start < r.start]
        if any(o.start < start < o.end for o in out) or any(
                (o.type != "ORG" and not _bracketed_at(body, o)) or o.lex_key for o in head):
            continue  # a name runs into the office, or the office's words are something else's name
        # (the office's acronym in brackets is the office's, whatever the tagger made it: "Dinas Perhubungan
        # (Dishub) | Kabupaten Serang" with "Dishub" a person)
        out = [RawMention(o.start, o.end, o.text, "ORG", None) if o in head and o.type != "ORG" else o for o in out]
        head = [o for o in out if o is not r and start <= o.start < r.start]
        named = [o for o in head if not _bracketed_at(body, o)]
        if "," in m.group() and not (len(named) == 1 and named[0].start == start and "," in named[0].text):
            # ("Dinas Pendidikan, Pemuda, dan Olahraga (Disdikpora) Denpasar": commas inside one office's
            # name, which the tagger read whole; not a list "Dinas Sosial, Dinas Kesehatan Kota X")
            continue
        out = [o for o in out if o is not r and not (o in head and not _bracketed_at(body, o))]
        out.append(RawMention(start, r.end, body[start:r.end], "ORG", None))
    return sorted(out, key=lambda x: x.start)


_CAP_WORD_AFTER = re.compile(r" ([A-Z][a-z][\w'’-]*)")
_CAP_WORD_BEFORE = re.compile(r"(?:^|[\s(])([A-Z][a-z][\w'’-]*) $")


def _without_places_inside_titles(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"Anugerah Humas Indonesia 2025", "Ensiklopedia Tanaman Obat Indonesia", "Indonesia Climate Change
    Forum", "menuju Indonesia Emas 2045": a country the lexicon matched inside the capitalised name of an
    award, a book, an event or a motto that no other name covers is no mention of the country (a title
    or office before it stays one: "Presiden Indonesia", "Menteri Luar Negeri Indonesia")."""
    covered = [(r.start, r.end) for r in raws]

    def free(a: int, b: int, word: str, before: bool = True) -> bool:  # a capitalised word no name covers, no title
        low = word.lower()  # (nor, before the country, a word of an office's name: "Menteri Luar Negeri Indonesia")
        return not any(x < b and a < y for x, y in covered) and low not in ROLE_WORDS \
            and not (before and low in MODIFIERS) and low not in PERSON_TITLES and not is_honorific(word) \
            and not_subject(word) is False
    out = []
    for r in raws:
        if r.type == "LOC" and r.lex_key and " " not in r.text and known_type(r.text) == "LOC":
            nxt = _CAP_WORD_AFTER.match(body, r.end)
            prev = _CAP_WORD_BEFORE.search(body, max(0, r.start - 40), r.start)
            # (after it, only for Indonesia, which opens the names of the country's own events and mottos:
            # "film Spanyol Summer 93" is a Spanish film named after)
            if (nxt and r.text == "Indonesia" and (free(nxt.start(1), nxt.end(1), nxt.group(1), before=False) or any(
                    o.start == nxt.start(1) and o.type == "ORG" and o.lex_key is None for o in raws))) or (
                    prev and not opens_sentence(body, prev.start(1)) and free(prev.start(1), prev.end(1), prev.group(1))):
                continue
        out.append(r)
    return out


def _bracketed_at(body: str, r: RawMention) -> bool:
    return body[r.start - 1:r.start] == "(" and body[r.end:r.end + 1] == ")"


# lower-case words a text spells an acronym out of: "listrik aliran atas (LAA)", "kejadian luar biasa (KLB)"
_LOWER_DEFINED = re.compile(r"((?:\b[a-z][a-z-]*\s+){2,7})\(([A-Z]{2,6})\)")


def _without_common_acronyms(body: str, raws: list[RawMention]) -> list[RawMention]:
    """An acronym the article defines from lower-case words is a common noun's, no name: "listrik
    aliran atas (LAA)", "operasi tangkap tangan (OTT)", "kejadian luar biasa (KLB)"."""
    common = set()
    for m in _LOWER_DEFINED.finditer(body):
        words, acronym = m.group(1).split(), m.group(2)
        for n in range(len(acronym), len(words) + 1):  # the last n words, joiners skipped, spell it
            tail = [w for w in words[-n:] if w not in _NAME_JOINERS]
            initials = "".join(w[0] for w in tail).upper()
            if initials == acronym or (len(initials) == len(acronym) + 1 and initials[0] == acronym[0]
                                       and initials[-1] == acronym[-1] and _subsequence(acronym, initials)):
                # (one word left out of the letters: "data tunggal sosial ekonomi nasional (DTSN)")
                common.add(acronym)
                break
    if not common:
        return raws
    return [r for r in raws if not (r.text in common and r.lex_key is None)]


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


# messaging and social platforms, search, video, ride-hailing and shopping apps: companies, never a
# place or a person ("grup WhatsApp" came out a place)
_PLATFORMS = frozenset("""WhatsApp Facebook Instagram Twitter YouTube TikTok Telegram LinkedIn Snapchat Google Netflix
Spotify Shopee Tokopedia Gojek GoTo Grab Traveloka Bukalapak Lazada Blibli Weibo WeChat Douyin Kuaishou Xiaohongshu
Bilibili Douban Zhihu Baidu KakaoTalk Naver Reddit Discord Pinterest Twitch Threads Bluesky""".split())


_APP_STORES = frozenset(["Play Store", "Google Play", "Google Play Store", "App Store"])


def _platforms(raws: list[RawMention]) -> list[RawMention]:
    out = []
    for r in raws:
        words = r.text.split()
        if r.lex_key is None and len(words) >= 3 and words[0] in _VIDEO_CHANNELS:
            # "YouTube Sekretariat Presiden": a platform and the body whose channel it is, two names
            cut = len(words[0]) + 1
            out.append(RawMention(r.start, r.start + len(words[0]), words[0], "ORG", None))
            out.append(RawMention(r.start + cut, r.end, r.text[cut:], "ORG", None))
        elif (words[0] in _PLATFORMS or r.text in _APP_STORES) and r.type != "ORG":
            out.append(RawMention(r.start, r.end, r.text, "ORG", r.lex_key))  # "Shopee Indonesia" too
        else:
            out.append(r)
    return out


# platforms a body's own channel or account is named after ("YouTube Sekretariat Presiden", "Instagram Polda Bali")
_VIDEO_CHANNELS = frozenset("YouTube Youtube Instagram TikTok".split())


# what a text cites is an outlet, site or body: "dilansir dari Scamshield", "Melansir dari Indeed"
_CITED_BEFORE = re.compile(r"\b(?i:dilansir|melansir|dikutip|mengutip|kutip)(?: dari)? $")
# cues after which a one-word name is a source even where the tagger read a person: "dikutip dari
# GSMArena", "Sumber berita GSMArena dan Gizchina" ("mengutip Jokowi" may quote a person)
_CITED_SITE_BEFORE = re.compile(r"(?:\b(?i:dilansir|melansir)(?: dari)?|\b(?i:dikutip|mengutip|kutip) dari|"
                                r"(?:^|(?<=[\s.]))Sumber(?: berita| foto| artikel)?\s*:?|"
                                # "penulis Raymond Wong dari media teknologi Mashable": an outlet by its kind
                                r"\bmedia(?: teknologi| online| daring| asing| lokal| hiburan| olahraga)?) $")
# ("Dilansir detikHealth, Benny menekankan …": after a comma, the sentence's subject, no second source)
_CITED_LIST_GAP = re.compile(r",?\s+(?:dan|serta|&)\s+")


def _cited_sources(body: str, raws: list[RawMention]) -> list[RawMention]:
    """A one-word "place" the article cites, unknown to the lexicon and gazetteer, is the source's
    organisation (a known place stays: "dikutip dari Jepang" is rare, and is the country); so is a
    one-word "person" after a cue only sites take ("dikutip dari GSMArena", "Sumber: Gizchina"),
    and the next name of a list of sources ("Sumber berita GSMArena dan Gizchina")."""
    out: list[RawMention] = []
    cited: set[int] = set()  # where the sources a site cue or a list of them names start
    for r in raws:
        prev = out[-1] if out else None
        listed = (prev is not None and prev.start in cited
                  and _CITED_LIST_GAP.fullmatch(body, prev.end, r.start) is not None)
        if listed or _CITED_SITE_BEFORE.search(body, max(0, r.start - 24), r.start):
            cited.add(r.start)
        unknown = r.lex_key is None and " " not in r.text and not known_type(r.text)
        # (a site's name of two or three words after a cue only sites take: "Sumber: Ars Technica")
        site = r.start in cited and r.lex_key is None and len(words := r.text.split()) <= 3 \
            and all(w[:1].isupper() for w in words) and not known_type(r.text) \
            and any(rarely_seen(w) or not name_like(w) for w in words)  # (not a person's usual name: "Sumber: Budi Santoso")
        if (unknown or site) and (r.type == "LOC" and _CITED_BEFORE.search(body, max(0, r.start - 20), r.start)
                                  or r.type in ("PER", "LOC") and r.start in cited):
            r = RawMention(r.start, r.end, r.text, "ORG", None)
        out.append(r)
    # a source line the tagger saw nothing in: "Sumber berita Gizmochina."
    for m in _SOURCE_LINE.finditer(body) if "Sumber" in body else ():
        if not any(r.start < m.end(1) and m.start(1) < r.end for r in out) and not known_type(m.group(1)):
            out = sorted([*out, RawMention(m.start(1), m.end(1), m.group(1), "ORG", None)], key=lambda r: r.start)
    return out


_SOURCE_LINE = re.compile(r"(?m)^[ \t]*Sumber(?: berita| artikel)?[ \t]*:?[ \t]+([A-Z][\w-]*(?:[ \t][A-Z][\w-]*){0,2})\.?[ \t]*$")


# a hospital named after a doctor: "RSUD dr. Slamet Garut", "RSUP Dr. Sardjito"
_HOSPITAL_BEFORE = re.compile(r"\b(?:RSUD|RSUP|RSU|RSD|RSIA|RSAB|RSJ|RS|Rumah Sakit(?: Umum)?(?: Daerah| Pusat)?)\s+"
                              r"(?:(?:Prof\.?|dr\.?|Dr\.?|drg\.?)\s+)+$")


# a detention centre by its grade and town, and the branch a body keeps in it ("Rutan Klas 1 Jakarta Timur
# Cabang KPK", "Rumah Tahanan Negara Kelas IIB Sialang Bungkuk"): the grade's number cut the tagger's span
_DETENTION_CENTRE = re.compile(r"\b(?:Rutan|Rumah Tahanan(?: Negara)?)\s+(?:Kelas|Klas)\s+(?:[IV]{1,3}[AB]?|\d[AB]?)"
                               r"(?:\s+(?!Cabang\b)[A-Z][\w-]*){1,3}(?:\s+Cabang\s+[A-Z][\w-]*)?")


def _detention_centres(body: str, raws: list[RawMention]) -> list[RawMention]:
    """A detention centre named with its grade is one place, however the tagger cut it."""
    for m in _DETENTION_CENTRE.finditer(body) if "las " in body else ():
        s, e = m.span()
        raws = [r for r in raws if not (r.start < e and s < r.end)] + [RawMention(s, e, m.group(0), "LOC", None)]
    return sorted(raws, key=lambda r: r.start)


_BRACKET_AFTER = re.compile(r"\s*\(([^()\n]{3,80})\)")


def _bracketed_job_titles(body: str, raws: list[RawMention]) -> list[RawMention]:
    """An English job title and its firm in brackets after a person ("Fanie Fikri (VP Marketing Fabelio)"): the
    firm is the one name there, a body, whatever the tagger made of the title (a person "VP Marketing Fabelio",
    a body "Marketing Intelligence Lead Shopee")."""
    if "(" not in body:
        return raws
    for r in [r for r in raws if r.type == "PER"]:
        m = _BRACKET_AFTER.match(body, r.end)
        spans = list(re.finditer(r"\S+", m.group(1))) if m else []
        if not spans or (title_end := english_job_title([w.group() for w in spans])) is None:
            continue
        s, e = m.start(1) + spans[title_end].start(), m.start(1) + spans[-1].end()
        raws = [x for x in raws if not (m.start(1) <= x.start < m.end(1))] + [RawMention(s, e, body[s:e], "ORG", None)]
    return sorted(raws, key=lambda r: r.start)


def _hospitals(body: str, raws: list[RawMention]) -> list[RawMention]:
    """A "person" right after a hospital's head and a doctor's title is the hospital's name: one
    body from the head on ("RSUD dr. Slamet Garut", not the person "Slamet Garut")."""
    out, spans = [], []
    for r in raws:
        m = _HOSPITAL_BEFORE.search(body, max(0, r.start - 60), r.start) if r.type == "PER" and not r.lex_key else None
        if m:
            spans.append((m.start(), r.end))
            out.append(RawMention(m.start(), r.end, body[m.start():r.end], "ORG", None))
        else:
            out.append(r)
    return [r for r in out if not any(a <= r.start and r.end <= b and (r.start, r.end) != (a, b) for a, b in spans)]


# heads of a place's name whose bare tail is that place too ("Stasiun Citayam" → "Citayam"); not
# streets, airports or stadiums, which are named after people ("Jalan Sudirman")
_TAIL_IS_PLACE = frozenset("""stasiun desa kelurahan kecamatan kampung dusun kota kabupaten pulau danau sungai
teluk selat tanjung pantai""".split())
# two names a preposition pairs ("between A and B", "antara A dan B", "from A to B", "dari A ke B")
_PAIRED = re.compile(r"\s+(?:and|dan|to|ke|hingga|sampai|-|–|—)\s+|-")
_PAIR_OPENERS = frozenset("between antara from dari rute route".split())
_TITLE_WORDS = frozenset("PM VP SVP EVP MP CEO COO CFO CTO GM Co".split())  # ("Co Founder": a compound title's half)
# first words of an Indonesian office's or institution's name: the name is a body whatever the
# tagger said ("Polres Jakarta Selatan" a place, "Pemko Binjai" a person)
_OFFICE_HEADS = frozenset("""dinas badan kementerian kemenko kemenaker kemenkes kemendagri polres polresta polrestabes
polda polsek polri kejari kejati kejaksaan kejagung pn pemko pemkot pemkab pemprov pemerintah ditres direktorat
komisi dewan majelis lembaga pengadilan mahkamah satpol satgas bareskrim dprd universitas politeknik sudin
institut sekolah yayasan partai pt rs rsud rsup rsia puskesmas labkesda klinik timnas klub kandepag kankemenag kemenag""".split())
# first words of an Indonesian place's or building's name ("Kota Poso" came out a body)
_PLACE_NAME_HEADS = frozenset("""kota kabupaten provinsi kecamatan kelurahan desa dusun kampung gedung masjid gereja
stadion istana bandara pelabuhan terminal stasiun jembatan pulau gunung danau sungai pantai teluk muara selat
komplek kompleks""".split())
# last words that keep such a name a body ("Stadion … Management", "Pelabuhan Indonesia" is Pelindo)
_BODY_WORDS = frozenset("indonesia persero tbk group management authority".split())
_LEGAL_FORMS = frozenset("tbk persero inc ltd corp llc plc bhd gmbh pt cv".split())
_STREET_OR_PLACE_HEADS = _PLACE_NAME_HEADS | {"jalan", "jl", "jl."}
# a kind of place alone names none ("Ibu | Kota", "di Kecamatan", "Masjid"; "Istana" alone is the palace, in the gold)
_REGION_KIND_WORDS = _PLACE_NAME_HEADS - {"istana"} | {"dusun", "kampung"}
_GROUP_STAGE = re.compile(r"Grup [A-H]")
# a place's kind in lower case right before its name ("negara bagian Queensland", "di provinsi Aceh")
_LOWER_PLACE_KIND = re.compile(r"\b(?:negara bagian|provinsi|kabupaten|kecamatan|kelurahan|pulau|state of|province of) $")
# a person given only by initials right after a name: "… Way Sekampung berinisial RS"
_INITIALS_AFTER = re.compile(r",?\s+(?:yang\s+)?(?:berinisial|berinsial|inisial)\s+[A-Z]")


# an English business title right before a firm's name: "yang sebelumnya menjadi CEO | Expedia,"
_FIRM_TITLE_BEFORE = re.compile(r"\b(?:CEO|CTO|COO|CFO|CMO|CIO|Founder|Co\s*-\s*Founder|Co-founder|Managing\s+Director)\s+$")
# heads of bodies' names, no firm's first word that a short form could keep ("Bank Indonesia" … "Bank")
_NOT_SHORT_FIRM = ORG_HEADS | frozenset("bank universitas university institut partai dinas badan komisi".split())


# last words of a firm's or school's name that its first word alone may stand for ("Fitch Ratings" … "Fitch")
_SHORTENED_TAILS = _BUSINESS_TAILS | frozenset({"College"})


# last words of a body's name that make it another thing than the body its first word names
_NOT_SHORT_TAILS = frozenset("Store Administration University Show".split())


def _a_firm_name(text: str) -> bool:
    """A body's name its first word may stand for: one the lexicon knows as a body, one ending in a firm's or
    college's word ("Fitch Ratings", "Eton College") or a place (a national arm, "Cetaphil Indonesia"), or
    three words or more ("Welford Primary School")."""
    last = text.rsplit(" ", 1)[-1]
    return last not in _NOT_SHORT_TAILS and (known_type(text) == "ORG" or last in _SHORTENED_TAILS
                                              or known_type(last) == "LOC" or text.count(" ") >= 2)


# a firm's, an app's or a band's kind right before its one-word name
_FIRM_KIND_BEFORE = re.compile(r"\b(?:startup|start-up|perusahaan|platform|aplikasi|situs|layanan|e-commerce|marketplace"
                               r"|fintech|maskapai|band|toko daring|operator) ([A-Z][\w.-]*\w)(?![\w-]| [A-Z])")


def _firms_by_context(body: str, raws: list[RawMention]) -> list[RawMention]:
    """One-word "persons" the article shows to be firms: the first word of a firm the article names in full
    (_a_firm_name: "Didi Chuxing" … "bersaing dengan Didi"), or the firm right after a business title with no name after it
    ("sebelumnya menjadi CEO Expedia, mengatakan"), or a word the article names by its kind right before it
    ("startup Payfazz", "aplikasi Kudo"; a "place" so named too) — never a word of a person's longer name in the
    article."""
    # (each long name typed as the lexicon knows it, where it does: "Didi Chuxing" tagged a person)
    typed = [(r.text, known_type(r.text) or r.type) for r in raws if " " in r.text]
    person_words = {w for text, kind in typed if kind == "PER" for w in text.split()}
    firm_heads = {text.split()[0] for text, kind in typed if kind == "ORG" and _a_firm_name(text)
                  and all(w[:1].isupper() or w == "&" for w in text.split())
                  and text.split()[0].lower() not in _NOT_SHORT_FIRM and not text.split()[0].isupper()}
    # (a word the article calls a firm, an app or a band by its kind right before it: "startup Payfazz", "aplikasi Kudo")
    kinded = set(_FIRM_KIND_BEFORE.findall(body))
    out = []
    for r in raws:
        if r.type == "LOC" and r.lex_key is None and r.text in kinded and " " not in r.text and known_type(r.text) is None:
            r = RawMention(r.start, r.end, r.text, "ORG", None)  # ("Kartuku", "Honestbee": unknown places)
        if r.type == "PER" and r.lex_key is None and " " not in r.text and r.text not in person_words \
                and known_type(r.text) is None and (
                    r.text in firm_heads or r.text in kinded
                    or (_FIRM_TITLE_BEFORE.search(body, max(0, r.start - 20), r.start)
                        and not re.match(r",?\s+[A-Z]", body[r.end:r.end + 3]))):
            r = RawMention(r.start, r.end, r.text, "ORG", None)
        out.append(r)
    return out


_LOWER_PLACE_KIND_BEFORE = re.compile(r"(?<![\w-])(?:lembah|sungai|gunung|pulau|danau|teluk|selat|tanjung|bukit|pantai|desa"
                                      r"|dusun|kampung|kecamatan|kelurahan|kabupaten|provinsi) $")


def _places_by_context(body: str, raws: list[RawMention]) -> list[RawMention]:
    """Persons the article itself shows to be places, and "persons" that are only a title.

    A one-word or two-word "person" the article also names after a place head ("Stasiun Citayam",
    "Kecamatan Lage") is that place; so is one paired with a place by "between … and …", "dari …
    ke …" or a hyphen ("rute Citayam-Depok-Lenteng Agung"). A "person" made only of title words
    ("VP Corporate Secretary") is no one, and one of acronyms ("KSO BRN") a body."""
    tails = {r.text.split(None, 1)[1] for r in raws if r.type == "LOC" and " " in r.text
             and r.text.split()[0].lower() in _TAIL_IS_PLACE}

    def a_place(text: str) -> bool:  # what the gazetteer or the article's own wording says is a place
        return text in tails or known_type(text) == "LOC"

    out: list[RawMention] = []
    for r in raws:
        words = r.text.split()
        if r.type == "PER" and r.lex_key is None and len(words) > 1 and all(
                w in _TITLE_WORDS or w.lower() in ROLE_WORDS or w.lower() in MODIFIERS for w in words) \
                and any(w in _TITLE_WORDS or w.lower() in ROLE_WORDS for w in words):
            continue
        if r.lex_key is None and len(words) == 1 and (
                is_honorific(r.text) or r.text.lower().rstrip(".") in _LEGAL_FORMS or r.text.lower() in _REGION_KIND_WORDS):
            # "Irjen", "Brigjen", "Nyai" alone: a rank or address, no one; "Tbk", "Persero": a legal form; "(Ibu)
            # Kota", "Provinsi": a kind of place, none
            continue
        if r.lex_key is None and _GROUP_STAGE.fullmatch(r.text):
            continue  # "Di Grup A, Villarreal …": a competition's group, no place
        if r.type == "LOC" and r.lex_key is None and ", " in r.text \
                and known_type(tail := r.text.rsplit(", ", 1)[1]) == "LOC":
            # "di Sritex Arena, Solo": the tagger ran a venue and its town into one place over the comma
            head = r.text.rsplit(", ", 1)[0]
            out.append(RawMention(r.start, r.start + len(head), head, "LOC", None))
            r = RawMention(r.end - len(tail), r.end, tail, "LOC", None)
            words = [tail]
        if r.lex_key is None and len(words) == 1 and (parts := r.text.lower().split("-"))[0] in ("co", "vice") \
                and len(parts) == 2 and parts[1] in ROLE_WORDS:
            continue  # "Co-Owner", "Co-Founder": a title, no one and no body
        if r.type == "PER" and r.lex_key is None and re.search(r"[0-9]", r.text):
            continue  # "TR285": a flight, a plate, a code — no one's name holds a digit
        if r.type == "PER" and r.lex_key is None and len(words) > 1 and all(
                w.isupper() and w.isalpha() and len(w) <= 4 for w in words):
            r = RawMention(r.start, r.end, r.text, "ORG", None)  # "KSO BRN", "PUMA SE": acronyms are no one's name
        if r.type == "PER" and r.lex_key is None and "-" in r.text and " " not in r.text:
            parts = r.text.split("-")
            if all(p[:1].isupper() and a_place(p) for p in parts):
                pos = r.start  # "Citayam-Depok": places joined by a route's hyphen
                for p in parts:
                    out.append(RawMention(pos, pos + len(p), p, "LOC", None))
                    pos += len(p) + 1
                continue
        if r.type == "PER" and r.lex_key is None and len(words) <= 2 and _LOWER_PLACE_KIND.search(body, max(0, r.start - 16), r.start):
            r = RawMention(r.start, r.end, r.text, "LOC", None)  # "negara bagian Queensland": a place's kind before it
        if r.type == "PER" and r.lex_key is None and (r.text in tails or _INITIALS_AFTER.match(body, r.end)):
            # "Kepala Dinas PUPR Way Sekampung berinisial RS": whoever is given by initials is not
            # named, so the name before them is the office's place
            r = RawMention(r.start, r.end, r.text, "LOC", None)
        if r.type != "ORG" and r.lex_key is None and len(words) > 1 and words[0].lower() in _OFFICE_HEADS:
            r = RawMention(r.start, r.end, r.text, "ORG", None)  # "Polres Jakarta Selatan", "Kejati Jateng"
        elif r.type != "LOC" and r.lex_key is None and len(words) > 1 and words[0].lower() in _PLACE_NAME_HEADS \
                and words[-1].lower() not in _BODY_WORDS:
            r = RawMention(r.start, r.end, r.text, "LOC", None)  # "Kota Poso", "Gedung Merah Putih"
        out.append(r)
    # an acronym alone that ends an office's name ("STAN" of "Politeknik STAN") is that body, no person
    office_ends = {r.text.split()[-1] for r in out if r.type == "ORG" and " " in r.text
                   and r.text.split()[0].lower() in _OFFICE_HEADS}
    for k, r in enumerate(out):
        if r.type == "PER" and r.lex_key is None and r.text.isupper() and r.text in office_ends:
            out[k] = RawMention(r.start, r.end, r.text, "ORG", None)
    # a name the article also types a place, in no person's longer name and never after a title, is
    # that place throughout ("between Citayam and …" beside "Citayam and Depok stations")
    places = {r.text for r in out if r.type == "LOC" and (a_place(r.text) or _EN_PLACE_NOUN_AFTER.match(body, r.end))}
    person_words = {w for r in out if r.type == "PER" and " " in r.text for w in r.text.split()}
    # "membentuk lembah Palolo dan lembah | Sopu": a one-word "person" after a lower-case kind of place is that place
    out = [RawMention(r.start, r.end, r.text, "LOC", None) if r.type == "PER" and r.lex_key is None and " " not in r.text
           and r.text not in person_words and known_type(r.text) is None
           and _LOWER_PLACE_KIND_BEFORE.search(body, max(0, r.start - 12), r.start) else r for r in out]
    titled = {r.text for r in out if r.type == "PER" and is_honorific(word_before(body, r.start))}
    for k, r in enumerate(out):
        if r.type == "PER" and r.lex_key is None and r.text in places and r.text not in person_words \
                and r.text not in titled:
            out[k] = RawMention(r.start, r.end, r.text, "LOC", None)
    # a one-word "person" opening a quote, named nowhere else in the article and unknown to the
    # lexicon and gazetteer, is the quote's first word ("“Kirain cuma sebentar, …”")
    counts = Counter(r.text for r in out)
    out = [r for r in out if not (r.type == "PER" and r.lex_key is None and " " not in r.text and counts[r.text] == 1
                                  and body[max(0, r.start - 1):r.start] in ("“", '"') and not known_type(r.text)
                                  and r.text not in person_words and r.text.lower() not in _lexicon_person_words())]
    for k, r in enumerate(out):  # paired with a place: "antara Citayam dan Lenteng Agung"
        if r.type != "PER" or r.lex_key is not None:
            continue
        for j in (k - 1, k + 1):
            if not 0 <= j < len(out) or out[j].type != "LOC" or out[j].text not in places:
                continue
            a, b = (out[j], r) if j < k else (r, out[j])
            gap = body[a.end:b.start]
            if gap in ("-", "–") or (_PAIRED.fullmatch(gap) and word_before(body, a.start).lower() in _PAIR_OPENERS):
                out[k] = RawMention(r.start, r.end, r.text, "LOC", None)
                break
    return out


@functools.lru_cache(maxsize=1)
def _lexicon_person_words() -> frozenset[str]:
    """Words of the persons the alias lexicon names ("prabowo", "subianto")."""
    lex = load_lexicon()
    return frozenset(w.lower() for e in lex.entries() if e.type == "PER"
                     for n in (e.name_id, e.name_en, *e.aliases) for w in n.split())


# a wire's stock ticker after a company's name: "GlaxoSmithKline (GSK.L)", "(GSK. L)" once detokenised
_TICKER_RE = re.compile(r"\s*\(\s*([A-Z]{2,6})\s?\.\s?[A-Z]{1,2}\s*\)")


def _bracketed_short(body: str, end: int) -> str | None:
    """The short name a text gives in brackets right after a name ending at ``end``: an acronym
    ("(BNPB)", "(Petronas)") or a stock ticker's root ("(GSK.L)")."""
    m = ACRONYM_RE.match(body, end) or _TICKER_RE.match(body, end)
    return m.group(1) if m else None


def _bracket_defined(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"Petroliam Nasional Berhad (Petronas)": a short name defined in brackets after a body's name
    is a body wherever the article uses it (the tagger made "Petronas" a person); so is one an
    association's name in brackets follows ("Perpani (Persatuan Panahan Seluruh Indonesia)")."""
    defined = {short for r in raws if r.type == "ORG" and (short := _bracketed_short(body, r.end))
               and is_loose_acronym(short, r.text)}
    # and the other way round: "Perpani (Persatuan Panahan Seluruh Indonesia)", an association's name in
    # brackets after its short one
    defined |= {r.text for r in raws if r.type != "ORG" and " " not in r.text
                and (m := _BRACKETED_ASSOCIATION.match(body, r.end)) and is_loose_acronym(r.text, m.group(1))}
    for r in raws:
        if r.lex_key is None and r.text in defined:
            r.type = "ORG"
    return raws


# a company's name ending in its legal form or a company word ("Ford Motor Co", "Keppel Corp",
# "Singapore Airlines"), which the tagger (trained on Indonesian) misses when it opens a sentence
_EN_COMPANY = re.compile(r"\b(?:[A-Z][\w&'’-]*\s+(?:&\s+)?){1,4}(?:Co|Corp|Corporation|Inc|Ltd|Limited|LLC|Plc|PLC|Group|"
                         r"Holdings|Airlines|Airways|Motors|Bank)\b\.?")
# what follows a wire dateline's place: "OTTAWA - ", "NEW DELHI: ", "RIO DE JANEIRO (Reuters) - "
_EN_DATELINE_AFTER = re.compile(r"(?:/[A-Z]+)*(?:,\s*[A-Z][\w. ]{1,20})?\s*(?:\([A-Za-z ]{2,20}\)\s*)?[-–—:|]")
_RUN_BEFORE = re.compile(r"[A-Z][\w&'’-]*\s+(?:(?:and|of|&)\s+)?$")
_EN_NAME_NEXT = re.compile(r" (?P<w>[A-Z][a-z]{1,15})(?:(?=['’]s\b)|\b(?![-'’]))")
_NOT_NAME_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april
may june july august september october november december i""".split())
# an institution's kind alone ("Hospital staff at Changi General Hospital …")
_EN_KIND_WORDS = frozenset("hospital school university college academy".split())
# Malay weekdays ("Khamis"), which Singaporean and Malaysian copy capitalises like names
_MALAY_DAYS = frozenset("isnin selasa rabu khamis jumaat sabtu ahad".split())
# no name's word before a Roman numeral that would end it (``_roman_tails``)
_NOT_BEFORE_NUMERAL = _NOT_NAME_WORDS | _MALAY_DAYS | _NUMBERED_PARTS


# sentence-opening words the tagger runs into a name ("Following Mr Wong's speech")
_EN_LEADING = frozenset("following according during including after before since despite under".split())
_EN_ROLE_LEAD = re.compile(r"^(?:[A-Z]{2,}\s+)*(?:The|the|An?|an?)\s+(?=\S)")
# English words the tagger takes for names when they open a sentence
_EN_FUNCTION_WORDS = frozenset("""the a an it its he she they we i you his her their our this that these those there
here but and or so yet in on at after before as for with while when if although though however meanwhile also
then some many most other one two three sen rep gov""".split())
# words that qualify an office written after a name ("Thad Allen Retired admiral")
_EN_OFFICE_MODIFIERS = frozenset("Retired Former Acting Interim Outgoing Incoming".split())
# sentence adverbs the tagger runs into the name after them ("Luckily Edgar recovered")
_EN_SENTENCE_ADVERBS = frozenset("""luckily unfortunately fortunately sadly finally currently previously recently
initially eventually additionally similarly ironically interestingly hopefully apparently notably separately""".split())
# number words opening a sentence before a body's acronym ("Eleven ICRC emergency experts …")
_EN_NUMBER_WORDS = frozenset("""two three four five six seven eight nine ten eleven twelve dozens hundreds
thousands""".split())


# "London-based", "pro-Gaddafi", "post-Brexit": the name inside a hyphenated word
_EN_AFFIXED = re.compile(r"^(?:(?:pro|anti|post|pre|ex|non|mid|neo|then)-)?(?P<name>.+?)"
                         r"(?:-(?:based|born|led|backed|owned|run|made|bound|style|era|registered|listed|linked|"
                         r"controlled|held|funded|flagged|sponsored|affiliated|aligned))?$")
# "Meta Platforms' Facebook", "Alphabet's YouTube": an owner and what it owns, two names
_EN_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])\s+(?=[A-Z])")
# a wire's credits: "(Reporting by A; Editing by B)", and a byline opening the text ("By A and B")
_EN_CREDIT = re.compile(r"\((?:additional\s+)?(?:reporting|writing|editing|compiled)\s+by\b[^()]*\)", re.I)
# a paper's print note: "A version appeared on p23 of the Main section section of the Guardian" (the section no body)
_EN_PRINT_SECTION = re.compile(r"\bappear(?:s|ed)\s+(?:in\s+print\s+)?on\s+p(?:age)?\s?\w+\s+of\s+the\s+"
                               r"(?P<section>(?:[A-Z][\w&'’-]*\s+)+)section\b")
_EN_CONTRIBUTED = re.compile(r"(?:^|(?<=[.!?”\"]\s)|(?<=\n))[^.!?\n]{3,160}?\bcontributed\s+(?:to\s+)?(?:this|the)\s+"
                             r"(?:report|story|article)\b")
# a common noun for a body right before a name makes it that body ("the operator Energoatom",
# "British drugmaker GlaxoSmithKline"), whatever the tagger said
_EN_ROLE_BEFORE = re.compile(r"\b([a-z][\w-]*)(?:\s+(?:of|for|at)\s+[^,.;:“”\"]{1,50})?,\s+$")
_EN_APPOSITION = re.compile(r",\s+(?:an?|the)\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)")


def _person_by_apposition(body: str, r: RawMention) -> bool:
    """A name of two or three capitalised words that no list knows, set off by a comma before a description whose
    first words hold a role word ("Fadel Gheit, an oil analyst at …", "… , the agency's chief economist"): a person
    the recogniser typed a body."""
    words = r.text.split()
    if not (2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words)):
        return False
    if any(w.lower() in ORG_TAILS or w.lower() in GENERIC_ORG_HEADS for w in words) or known_type(r.text) \
            or load_lexicon().lookup(r.text) is not None:
        return False
    m = _EN_APPOSITION.match(body, r.end)
    if m is not None and any(w.lower() in ROLE_WORDS for w in m.group(1).split()):
        return True
    # "The White House chief of staff, Rahm Emanuel, joked": the name set off after its role
    b = _EN_ROLE_BEFORE.search(body, max(0, r.start - 80), r.start)
    return b is not None and b.group(1) in ROLE_WORDS and body[r.end:r.end + 1] == ","


_EN_ORG_NOUN_BEFORE = re.compile(r"\b(?:the\s+operator|company|firm|agency|carrier|airline|broadcaster|bank|lender|"
                                 r"insurer|utility|regulator|ministry|automaker|carmaker|drugmaker|chipmaker|"
                                 r"conglomerate|newspaper|tabloid|platform|unit|subsidiary|affiliate|provider|"
                                 r"manufacturer|shipbuilder|exchange)\s+$")
# (not "retailer", "developer", "group": "Fashion retailer Siti Rahayu" is a person)
# a lower-case place noun right after a one-word name makes it a place ("struck Poso regency", "between
# Citayam and Depok stations"), whatever the tagger said
_EN_PLACE_NOUN_AFTER = re.compile(r"(?:\s+and\s+[A-Z][\w-]+)?\s+(?:regency|regencies|province|provinces|district|"
                                  r"districts|city|town|towns|village|villages|county|island|islands|prefecture|"
                                  r"station|stations|airport|harbour|harbor|port|river|lake|valley|peninsula|"
                                  r"(?:toll\s+)?roads?|highways?|expressways?|toll\s+road)\b")
# what is named but is no person, body or place: money, storms, diseases, treaties, programmes,
# events, currencies (English names, in Indonesian text too: "Asian Games", "Australian Dollar")
_EN_EVENT_HEAD = re.compile(r"(?:The\s+)?(?:Typhoon|Hurricane|Cyclone|Tropical Storm|Storm|Super Typhoon|Operation|Festival|"
                            r"Piala|Olimpiade)\s")
_EN_NOT_A_NAME = re.compile(r"\b(?:COVID|Covid|SARS-CoV|MERS|H\d+N\d+|Ebola|Zika|mpox|Mpox|ISPA|DBD)\b|"
                            # a web page's links ("Terms of Service", "Privacy Policy")
                            r"^(?:Terms\s+of\s+(?:Service|Use)|Privacy\s+Policy|Cookie\s+Policy)$|"
                            r"\s(?:(?:Agreement|Treaty|Accord|Act|Bill|Rules|Regulations?|Directive|Convention|Protocol|Code)(?:\s+\d{4})?|"
                            r"Programme|Program|Scheme|Summit|Roundtable|"
                            r"Consultations|Cup|Olympics|Championships?|Festival|Awards|Dollar|Dollars|"
                            r"Euro|Yen|Yuan|Ringgit|Peso|Rupee|Pound|"
                            # a measure, a charge or a document ("Particulate Matter", "Electronic Road Pricing",
                            # "Renewable Energy Certificate", "Consumer Price Index")
                            r"Matter|Pricing|Certificates?|Index)$|"
                            # "Games" alone too: what is left of "Asian Games" once its nationality word went
                            # (kabar.nlp.mentions drops a demonym opening a "person")
                            r"(?:^|\s)Games$")


# Indonesian laws and regulations ("Undang-Undang Pemilu", "UU Cipta Kerja", "Perpres 12/2025"),
# the state's mottos and weather phenomena: no person, body or place
_ID_NOT_A_NAME = re.compile(r"(?:Undang-[Uu]ndang|UU|RUU|Perpres|Permen\w*|Perda|Perppu|Peraturan|Keputusan|Inpres|Keppres"
                            # a body's regulation: "PKPU" (Peraturan KPU), "PMK" (… Menteri Keuangan), "Pergub" …
                            r"|PKPU|PMK|Pergub|Perbup|Perwal|Perkada|Perkap|Perpol|Perma|Perban|Perkom)"
                            r"(?:\s|$)|(?:Bhinneka Tunggal Ika|Pancasila|Asta Cita|Indonesia Emas(?: 2045)?)$|"
                            # the state's civil servants, a class of people ("Aparatur Sipil Negara (ASN)")
                            r"(?:Aparatur Sipil Negara|Pegawai Negeri Sipil)$|"
                            # a meeting ("Rapat Permusyawaratan Hakim", "Rapat Paripurna"), and the rest of a
                            # "Peraturan Pemerintah Pengganti Undang-Undang" the tagger cut from its head
                            r"Rapat\s|Pemerintah\s+Pengganti\s+Undang|"
                            # consoles and phones, products ("Xbox One X" had come out a person); an award's
                            # category ("Best Female Video", "Best Art Direction" had come out bodies)
                            r"(?:Xbox|PlayStation|iPhone|iPad|MacBook)(?:\s|$)|Best\s+(?!Buy\b)[A-Z]|"
                            # a home loan and its kinds ("KPR Syariah", "KPR Take Over": Kredit Pemilikan Rumah)
                            r"KPR(?:\s|$)|"
                            # a tournament ("Rogers Cup", "Kremlin Cup", "China Terbuka" = China Open), and
                            # kinds of body or building alone ("Ormas", "Planetarium")
                            r"\S\s+(?:Cup|Terbuka)(?:\s+\d{4})?$|(?:Ormas|Planetarium|Jalan Tol)$|"
                            # thanks or a connective opening a sentence ("Terimakasih", "Alhasil", "Adapun", misspelt
                            # "Adapaun"), shopping days ("Black Friday")
                            r"(?:Terima\s?kasih|Alhasil|Adapu?a?n|Black Friday|Cyber Monday|Singles Day)$|"
                            # a religion or its believers alone ("pengadilan agama Islam", "warga Yahudi" had come out places)
                            r"(?:Islam|Yahudi|Kristen|Katolik|Protestan|Hindu|Buddha|Budha|Konghucu|Muslim|Nasrani)$|"
                            # the Chinese New Year's greeting ("Gong Xi Fa Chai" had come out a person)
                            r"(?:Gong\s+X[Ii](?:\s+Fa)?\s+Ch?ai|Fa\s+Ch?ai)$|"
                            # God ("ridho dari Allah SWT" had come out a person)
                            r"(?:Allah|Tuhan)(?:\s+(?:SWT|Swt|Yang\s+Maha\s+\w+))?$|"
                            # pious phrases ("Insyaa Allah", "Allahu Akbar" had come out people)
                            r"(?:Insya+\s*Allah|In\s+Sya+\s+Allah|Allahu\s+Akbar|Masya+\s*Allah|Subhanallah|"
                            r"Alhamdulillah|Astaghfirullah|Bismillah|Wallahu\s+A['’]?lam)$|"
                            # public revenue and accounts ("Pendapatan Asli Daerah (PAD) Pemprov Kalteng")
                            r"(?:Pendapatan Asli Daerah|Produk Domestik (?:Regional )?Bruto|Anggaran Pendapatan dan Belanja)(?:\s|$)|"
                            # a programme's kind of unit, named alone ("Satuan Pelayanan Pemenuhan Gizi (SPPG) atau
                            # dapur MBG", "membangun Sekolah Rakyat"); one named by its place or number is a name
                            r"(?:Satuan Pelayanan Pemenuhan Gizi|Sekolah Rakyat(?: Rintisan| Terintegrasi)?)$|"
                            # a level of government alone ("Pemerintah Pusat", "Pemerintah Daerah"), a landfill's
                            # kind, a family card, classes of welfare recipients ("PBI JK", "PPKS")
                            r"Pemerintah (?:Pusat|Daerah|Provinsi|Kabupaten|Kota)$|Tempat Pembuangan (?:Akhir|Sementara)"
                            r"(?: Sampah)?$|Kartu Keluarga$|PBI(?:[- ]JK(?:N)?)?$|PPKS$|"
                            # a body's or place's kind alone ("Kementerian yang dipimpinnya", "… Foundation"), or
                            # numbered ("di 32 Kecamatan"): no name
                            r"(?:Kementerian|Kemenko|Badan|Dinas|Lembaga|Yayasan|Foundation|Partai|Universitas"
                            r"|Sekolah (?:Dasar|Menengah (?:Pertama|Atas|Kejuruan))(?: Negeri)?|(?:Tim )?Buser"
                            r"|Rumah Sakit(?: Umum)?(?: Pusat| Daerah)?|Instalasi Gawat Darurat|Perguruan Tinggi)$|"
                            # cash-aid programmes ("BLT Kesra", "BLT Dana Desa", "Bansos PKH")
                            r"(?:BLT|BLTS|BSU|Bansos|BPNT|PKH)(?:\s|$)|"
                            # the village cooperatives programme ("Koperasi Desa/Kelurahan Merah Putih (KDMP)")
                            r"(?:Koperasi\s+)?(?:Desa/)?(?:Desa|Kelurahan) Merah Putih$|(?:Kopdes|Kopkel)(?: Merah Putih)?$|KDMP$|"
                            r"Kampung Nelayan Merah Putih$|"
                            r"\d+\s+(?:Kecamatan|Kelurahan|Desa|Kabupaten|Kota|Provinsi|Negara)$|"
                            # a navy ship or a ferry ("KRI Radjiman", "KMP Tunu Pratama Jaya", "KM Ciremai", "USS Mustin")
                            rf"(?:{_SHIP_PREFIXES})\s|"
                            # weather and climate phenomena BMKG reports name, no places
                            r"(?:El Ni[nñ]o|La Ni[nñ]a|Madden[- ]Julian Oscillation|Indian Ocean Dipole|MJO|IOD)$|"
                            # a kind of power plant alone ("pengembangan PLTN", "PLTS atap"; "PLTU Suralaya" is
                            # one), kinds of fertiliser ("NPK dari Rp 2.300 per kilogram"), state- or
                            # regionally-owned firms and NGOs as a class ("BUMN pupuk", "BUMN Karya", "LSM"), breast milk
                            # ("pemberian ASI", "MPASI"), a grade point average ("dengan IPK 3,97")
                            r"(?:PLT[ABDGNPSU]|PLTSa|PLTSA|PLTGU|PLTMH|PLTBm|NPK|ZA|BUMN(?: Karya)?|BUMD|LSM|ASI|MPASI|IPK)$")


_BRACKET_ACRONYM = re.compile(r"((?:[A-Z][\w-]*\s+(?:dan\s+)?){1,6})\(([A-Z][A-Za-z]{1,7})\)")


# Indonesian acronyms of what is no name, common enough that an article seldom spells them out: programmes
# and their recipients (MBG = Makan Bergizi Gratis, KPM = keluarga penerima manfaat, PKH, BLT, KIP, JKN),
# registers and documents (DTSEN, DTKS, NIK, KTP, IUP, IMB, PBG), classes of people (ASN, PPPK, WNI),
# public money and measures (PNBP, PAD, PDRB, CSR), neighbourhood units (RT, RW). The accurate tagger
# tags them bodies far more often than the CRF (docs/BENCHMARKS.md, session 55: read from detik dev errors).
_NOT_NAME_ACRONYMS = frozenset("""MBG KPM PKH BLT BPNT KIP PIP KJP JKN UHC DTSEN DTKS NIK KTP IUP IMB PBG ASN PNS PPPK
WNI WNA PNBP PAD PDB PDRB CSR SDM PSN UMKM RT RW PPN PPh DTP CVT""".split())  # (taxes; a motorbike's gearbox)


def _not_name_acronyms(text: str) -> bool:
    """Whether ``text`` is such acronyms only ("MBG", "PPN DTP")."""
    words = text.split()
    return bool(words) and all(w in _NOT_NAME_ACRONYMS for w in words)


def _acronyms_of_not_names(body: str) -> set[str]:
    """Acronyms the article defines for what is no name: "Pendapatan Asli Daerah (PAD)", "Produk
    Domestik Bruto (PDB)" — so that "PAD" alone, later, is no body either."""
    out: set[str] = set()
    if "(" not in body:
        return out
    for m in _BRACKET_ACRONYM.finditer(body):
        words = m.group(1).split()
        if any(_not_a_name(" ".join(words[k:])) and is_acronym_of(m.group(2), " ".join(words[k:]))
               for k in range(len(words))):
            out.add(m.group(2))
    # a term the text spells in lower case before its acronym ("return of investment (RoI)", "lembaga swadaya
    # masyarakat (LSM)"): a common noun, no name (a body's name is capitalised; the lexicon's acronyms stay)
    for m in _LOWER_DEFINED_ACRONYM.finditer(body):
        words = m.group(1).split()
        if known_type(m.group(2)) is None and any(is_acronym_of(m.group(2), " ".join(words[k:]))
                                                  or is_loose_acronym(m.group(2), " ".join(words[k:]))
                                                  for k in range(max(0, len(words) - 6), len(words) - 1)):
            out.add(m.group(2))
    return out


_POSSESSIVE_END = re.compile(r"['’]s$")
_LOWER_DEFINED_ACRONYM = re.compile(r"(?<![\w-])((?:[a-z][a-z-]*\s+){1,7}[a-z][a-z-]*)\s*\(([A-Za-z]{2,8})\)")
_UNITS_BEFORE = re.compile(r"\b\d+\s+unit\s+$")


def _counted_in_units(body: str, r: RawMention) -> bool:
    """"40 unit HU", "2 unit Instalasi Pengolahan Air": what is counted in units is equipment, no body."""
    return _UNITS_BEFORE.search(body, max(0, r.start - 12), r.start) is not None


def _law_acronym(body: str, r: RawMention) -> bool:
    """"UU PDP", "RUU KUHAP": an acronym right after the word for a law is the law's name, no body
    (unless the lexicon or gazetteer knows it as one: "UU KPK" names the commission's law, and KPK)."""
    return (r.text.isupper() and " " not in r.text and r.lex_key is None and known_type(r.text) is None
            and _LAW_WORD_BEFORE.search(body, max(0, r.start - 16), r.start) is not None)


_LAW_WORD_BEFORE = re.compile(r"\b(?:UU|RUU|Undang-[Uu]ndang|Perppu|Perpres) $")


def _not_a_name(text: str) -> bool:
    """Money ("S$500"), a storm ("Typhoon Nanmadol"), a disease ("COVID-19"), a treaty, programme,
    event or currency ("… Cooperation Agreement", "Asian Games", "Australian Dollar"); an Indonesian
    law, motto or weather phenomenon; a Roman numeral alone."""
    return bool(_EN_MONEY.search(text) or _EN_NOT_A_NAME.search(text) or _EN_EVENT_HEAD.match(text)
                or _ID_NOT_A_NAME.match(text) or _LONE_NUMERAL.fullmatch(text))


# a Roman numeral alone numbers what comes before it ("PON XIX", "Kodam XIV"): no name of its own
_LONE_NUMERAL = re.compile(r"(?=[IVXL]{2,})L?X{0,3}(?:IX|IV|V?I{0,3})")
_MEDIA_TAILS = frozenset("""times post guardian economist telegraph independent observer star journal herald
tribune news daily sun hindu mail express mirror globe chronicle gazette inquirer standard""".split())
_EN_TITLE_AFTER = re.compile(r"\s+(?:Minister|Secretary)\b")
# Spanish, Portuguese and French words for a street, square or park opening a place's name
_ROMANCE_PLACE_HEADS = frozenset("Paseo Bosque Avenida Calle Parque Plaza Rua Praça Rue Calzada Zócalo Plaça".split())
_EN_PLACE_OF = re.compile(r"\b(?:town|city|village|port|capital|province|district|suburb|region|island|"
                          r"municipality|neighbou?rhood|(?:north|south)(?:-?(?:east|west))?|east|west)\s+of\s+$")
_EN_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|from|outside|around|across|to|into|towards?)\s+$")
_EN_PERSON_ATTRIBUTIVE = re.compile(r"(?:['’]s)?\s+(?:administration|government|family|era|years|campaign|camp|team|"
                                    r"presidency|regime|loyalists|supporters|doctrine|estate|foundation|cabinet)\b")
# Malaysian and Arab styles of address before a name ("Datuk Seri Saifuddin Abdullah", "Tan Sri …",
# "Sheikh Mohammed bin Zayed"); "Sheikh" only before two or more words ("Sheikh Hasina" is her name)
_EN_STYLE = re.compile(r"(?:(?:Datuk|Dato['’]?|Datin|Tun|Tan Sri|Puan Sri|Toh Puan|Sheikh)\s+(?:Seri\s+|Sri\s+|Paduka\s+)?)+"
                       r"(?:Dr\.?\s+)?")
# plurals whose possessive opens a body's name ("People's Bank of China", "Workers' Party")
_EN_COLLECTIVE = frozenset("People Women Children Men Workers Veterans Farmers Teachers Citizens Nations".split())
# institutions named for someone, with a possessive in the name
_EN_PHOTO_CREDIT = re.compile(r"\b(?:Photograph|Photo|Picture|Photographs)\s*:\s*$")
_EN_NAMED_FOR = frozenset("""school college hospital church cathedral chapel university academy institution
institute home centre center association society club foundation""".split())
_EN_MONEY = re.compile(r"[$€£¥]\s?\d|\d\s?[$€£¥]")
_EN_BYLINE = re.compile(r"\s*By\s+(?=[A-Z])")
_EN_INNER_BYLINE = re.compile(r"(?<=\s)By\s+(?=[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}(?:\s+and\s+[A-Z][\w'’.-]+"
                              r"(?:\s+[A-Z][\w'’.-]+){0,3})?\s+[A-Z]{3,}\b)")
_EN_SERVICE_RANK = re.compile(r"\s+(?:(?:Rear|Vice)\s+)?(?:Adm|Admiral|Gen|Lt|Col|Capt|Cmdr|Sgt|Maj)\.?(?:\s+(?:Gen|Col|Cmdr)\.?)?$")
_EN_TICKER_AFTER = re.compile(r"\.\s?[A-Z]{1,2}\b")
# weekdays and months written short in a dateline ("Wed Mar 16, 2011"): no name
_DATE_WORDS = frozenset("""mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct
nov dec""".split())


def _en_pieces(body: str, raws: list[RawMention]) -> list[RawMention]:
    """English spans cut to the names in them: a hyphenated word's name ("London-based" →
    "London"), an owner and its property ("Meta Platforms' Facebook" → both); spans of weekdays,
    months and numbers only ("Thu Sep 29") and reporters named in a wire's credits or a byline
    are dropped."""
    joined: list[RawMention] = []
    for r in raws:  # "Ursula von der | Leyen": a name cut after a particle runs on
        prev = joined[-1] if joined else None
        if prev and prev.type == "PER" and prev.lex_key is None and r.lex_key is None \
                and prev.text.split()[-1] in _EN_NAME_LOWER and body[prev.end:r.start] == " ":
            joined[-1] = RawMention(prev.start, r.end, body[prev.start:r.end], "PER", None)
        elif prev and prev.text.endswith(("'s", "’s")) and body[prev.end:r.start] == " " and r.lex_key is None \
                and r.text.split()[-1].lower() in _EN_NAMED_FOR:
            # "St Hilda's | Secondary School": one institution named for someone
            joined[-1] = RawMention(prev.start, r.end, body[prev.start:r.end], "ORG", None)
        elif prev and r.type == "LOC" and prev.text.lower() in COMPASS and body[prev.end:r.start] == " ":
            # "South-east | Asia", which the recogniser read as two places
            joined[-1] = RawMention(prev.start, r.end, body[prev.start:r.end], "LOC", None)
        else:
            joined.append(r)
    raws = joined
    credits = [m.span() for m in _EN_CREDIT.finditer(body)] + [m.span("section") for m in _EN_PRINT_SECTION.finditer(body)]
    # "CNN's Elise Labott, Ivan Watson and Joe Sterling contributed to this report.": the reporters, no one in it
    contributed = [m.span() for m in _EN_CONTRIBUTED.finditer(body)]
    storms = {m.group(1) for m in re.finditer(r"\b(?:Typhoon|Hurricane|Cyclone|Storm)\s+([A-Z]\w+)", body)}
    byline_end = -1
    if (m := _EN_BYLINE.match(body)):
        byline_end = m.end()
    # a byline run into the text after a headline: "… recovery By Tim Hepher and Karen Jacobs
    # PARIS/ATLANTA, April 27 (Reuters) - …" (the wire's dateline after it)
    bylines = {m.end() for m in _EN_INNER_BYLINE.finditer(body)}
    out: list[RawMention] = []
    for r in raws:
        if any(a <= r.start < b for a, b in credits):
            continue
        if r.type == "PER" and r.lex_key is None and any(a <= r.start < b for a, b in contributed):
            continue
        if r.type == "PER" and (r.start == byline_end or r.start in bylines):
            byline_end = _next_in_list(body, r.end)  # "By A and B": B may follow
            continue
        if r.lex_key is None and len(words := r.text.split()) >= 2 and words[-1].isupper() \
                and _EN_TICKER_AFTER.match(body, r.end):
            # "AMR Corp AMR. N", "British Airways BAY. L": a Reuters ticker after the firm's name
            cut = len(r.text) - len(words[-1])
            r = RawMention(r.start, r.start + cut - 1, r.text[:cut - 1], r.type, None)
        if r.type == "ORG" and r.lex_key is None and (rank := _EN_SERVICE_RANK.search(r.text)):
            # "Coast Guard | Rear Adm. Mary Landry": the service, then its officer's rank
            r = RawMention(r.start, r.start + rank.start(), r.text[:rank.start()], r.type, None)
        if r.type == "ORG" and r.lex_key is None and len(r.text.split()) <= 3 and not known_type(r.text) \
                and not any(w.lower() in ORG_TAILS for w in r.text.split()) and _EN_TITLE_AFTER.match(body, r.end):
            # "Finance | Minister Kwasi Kwarteng", "National Development | Minister Desmond Lee": the
            # portfolio of a title, no body of its own
            continue
        if r.lex_key is None and _without_possessive(r.text) in storms:
            continue  # "Fiona" of "Hurricane Fiona"
        if r.type == "PER" and r.lex_key is None and " " not in r.text and "-" not in r.text \
                and body[max(0, r.start - 4):r.start] == "the " \
                and not _EN_PERSON_ATTRIBUTIVE.match(body, r.end):
            continue  # "the Bill", "the Republic": no person is "the" anyone (but "the Obama administration")
        if r.type == "PER" and r.lex_key is None and (m := _EN_STYLE.match(r.text)) \
                and len(r.text[m.end():].split()) > (1 if r.text.startswith("Sheikh") else 0):
            r = RawMention(r.start + m.end(), r.end, r.text[m.end():], r.type, None)  # "Datuk Seri | Saifuddin Abdullah"
        words = r.text.split()
        if r.type == "PER" and r.lex_key is None and len(words) > 2 and len(words[0]) > 5 \
                and words[0].endswith("ing") and opens_sentence(body, r.start):
            cut = len(words[0]) + 1  # "Describing Naing Lin as …": the sentence's verb is no part of the name
            r = RawMention(r.start + cut, r.end, r.text[cut:], r.type, None)
        if r.type == "PER" and r.lex_key is None and r.text.endswith(".") and len(words[-1]) > 3 \
                and words[-1][:-1].isalpha() and words[-1].lower() not in ("jr.", "sr."):
            r = RawMention(r.start, r.end - 1, r.text[:-1], r.type, None)  # "Myo Kyaw Thu." ends a sentence
        words = r.text.replace(",", " ").split()
        if r.lex_key is None and all(w.lower().rstrip(".") in _DATE_WORDS | _NOT_NAME_WORDS or w.isdigit()
                                     for w in words) and (len(words) > 1 or words[0].lower() in _DATE_WORDS):
            continue  # (a month alone is left to _en_common_word, which keeps "May" of "Liew Cheng May")
        if "-" in r.text and r.lex_key is None and (m := _EN_AFFIXED.match(r.text)) \
                and m.group("name") != r.text and m.group("name")[:1].isupper():
            r = RawMention(r.start + m.start("name"), r.start + m.end("name"), m.group("name"), r.type, None)
        pieces = _EN_POSSESSIVE.split(r.text) if r.lex_key is None else [r.text]
        if len(pieces) == 2 and all(p[:1].isupper() for p in pieces) \
                and pieces[1].split()[-1].lower() not in _EN_NAMED_FOR and pieces[0].split()[0] not in ("St", "St.", "Saint") \
                and pieces[0].split()[-1] not in _EN_COLLECTIVE \
                and pieces[1].lower() not in _EN_OFFICE_HEADS:  # "People's Bank of China": no owner
            # (not "St Hilda's Secondary School", "Women's Hospital", "Los Angeles County Coroner's
            # Office": one name with a possessive in it)
            owner_end = r.start + len(pieces[0])
            rest = r.end - len(pieces[1])
            out.append(RawMention(r.start, owner_end, pieces[0], "ORG" if r.type == "PER" else r.type, None))
            out.append(RawMention(rest, r.end, pieces[1], r.type, None))
            continue
        out.append(r)
    return out


def _en_joined_possessives(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"KK Women’s and Children’s Hospital": the recogniser's two bodies joined by "and", the first
    ending in a possessive and the second in an institution's head, are one name."""
    out: list[RawMention] = []
    for r in raws:
        prev = out[-1] if out else None
        if prev is not None and prev.type == "ORG" == r.type and prev.text.endswith(("’s", "'s")) \
                and body[prev.end:r.start] == " and " and r.text.split()[-1].lower() in _EN_NAMED_FOR:
            out[-1] = RawMention(prev.start, r.end, body[prev.start:r.end], "ORG", None)
            continue
        out.append(r)
    return out


# a body's one-word head after a possessive ("Coroner's Office"): no owner and property
_EN_OFFICE_HEADS = frozenset("""office bureau department agency service commission council committee fund union
association hospital court""".split())


def _without_possessive(text: str) -> str:
    """ "Fiona's" → "Fiona"."""
    return re.sub(r"['’]s$", "", text)


def _next_in_list(body: str, end: int) -> int:
    """Where the next name of "A, B and C" starts after a name ending at ``end`` (-1: none)."""
    m = re.compile(r"\s*(?:,|and|&)\s*(?:and\s+)?").match(body, end)
    return m.end() if m and m.group().strip() else -1


def _en_lists(raws: list[RawMention]) -> list[RawMention]:
    """"Alphabet and Facebook", "Forbes, Temasek Holdings" read as one organisation: split where
    both sides are names the article also writes on their own."""
    alone = {r.text for r in raws}
    out: list[RawMention] = []
    for r in raws:
        if r.lex_key is None and r.type != "PER" and (m := re.fullmatch(r"(.+?)(?: (?:and|&) |, )(.+)", r.text)) \
                and m.group(1) in alone and m.group(2) in alone:
            out.append(RawMention(r.start, r.start + m.end(1), m.group(1), r.type, None))
            out.append(RawMention(r.start + m.start(2), r.end, m.group(2), r.type, None))
        else:
            out.append(r)
    return out


def _demonym(word: str) -> bool:
    """Whether ``word`` is a nationality adjective of a country the lexicon or gazetteer knows
    ("Libyan", "Egyptian", "Singaporean", "Japanese", "Iraqi"), or its people ("Pakistanis",
    "Singaporeans"; not a place itself: "Philippines")."""
    if word.endswith("s") and len(word) > 4 and not known_type(word) \
            and (word[:-1] in DEMONYMS or _demonym(word[:-1])):
        return True
    for suffix in ("n", "an", "ian", "ese", "i"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2 and known_type(word[:-len(suffix)]) == "LOC":
            return True
    return False


def _titled(body: str, start: int) -> bool:
    """Whether the word before ``start`` is a title or an honorific ("President", "Mr")."""
    m = re.search(r"([A-Za-z.-]+)\s+$", body[max(0, start - 30):start])
    return bool(m) and (m.group(1).lower().rstrip(".") in _EN_TITLES or is_honorific(m.group(1)))


# the last word of a named place: a park, a building, a street, a crossing (English guides make
# these places, and hospitals and schools bodies; "Centre" is either, and left to the tagger)
_EN_PLACE_TAILS = frozenset("""park reserve quarry deck gardens beach bridge street avenue road drive lane boulevard
square plaza tower building mall checkpoint reservoir canal hill hills mountain mountains river lake corridor
waterfront promenade county parish province prefecture keys isles islands hotel airport arena stadium station palace""".split())
# of those, the ones no person's name ends with ("Jefferson Parish", "Los Angeles County")
_EN_AREA_TAILS = frozenset("county parish province prefecture isles islands".split())  # (not "keys": "Juliet Keys")
# one word with a capital inside, as firms write their names ("SpaceX", "CrowdTangle", "OpenAI"), not
# people theirs ("McDonald", "DeSantis", "LeBron", "MacArthur")
_EN_CAMEL = re.compile(r"(?!Mc|Mac|De|Di|Da|La|Le|Du|Van|Von|St)[A-Z][a-z]+[A-Z][A-Za-z]*")
# titles of address only a person takes, right before a name (not ranks or offices: "General Motors")
_EN_ADDRESS_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mdm|Madam|Dr)\.?\s+$")
# a military or police rank's abbreviation ("Gen.", "Lt. Col.", "Adm."); before a name, with its dot
_EN_RANK_ABBREVIATIONS = "Gen|Col|Adm|Capt|Cmdr|Sgt"
_EN_RANK_BEFORE = re.compile(rf"\b(?:{_EN_RANK_ABBREVIATIONS}|Lt|Maj|Brig|Insp|Supt)\.\s+$")


# the purpose after an institution's noun (speaker_words.EN_PURPOSE_HEADS), no date
_EN_PURPOSE_TAIL = re.compile(r" (?:to|for|on|without|against) (?:the )?(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|"
                              r"(?:January|February|March|April|May|June|July|August|September|October|November|"
                              r"December)\b)[A-Z][\w'’-]+(?: (?:and )?[A-Z][\w'’-]+){0,3}")


def _en_bodies_with_purpose(body: str, raws: list[RawMention]) -> list[RawMention]:
    """The English tagger stops such a name at its lower-case word ("The Committee | to Protect
    Journalists"): an organisation ending in an institution's noun runs on over the purpose, unless a
    person's name is there."""
    out: list[RawMention] = []
    skip_until = -1
    for r in raws:
        if r.start < skip_until:
            continue
        m = _EN_PURPOSE_TAIL.match(body, r.end)
        if (m and r.type == "ORG" and r.lex_key is None and r.text.split()[-1].lower() in EN_PURPOSE_HEADS
                and not any(o.type == "PER" and o.start < m.end() and r.end < o.end for o in raws)):
            start = r.start + 4 if r.text.startswith("The ") else r.start
            out.append(RawMention(start, m.end(), body[start:m.end()], "ORG", None))
            skip_until = m.end()
            continue
        out.append(r)
    return out


def _en_spans(body: str, raws: list[RawMention]) -> list[RawMention]:
    """English spans the Indonesian-trained tagger gets wrong: a person cut short ("Madam Lim Gek
    Meng" → "Lim Gek") runs on over the capitalised words right after it; a title read as an
    organisation before a person ("Trade Minister | Gan Kim Yong") is no entity; a one-word
    organisation that is a person's surname ("Mr Wong on Facebook") is that person; and companies
    whose names end in a company word are found where the tagger found nothing."""
    lex = load_lexicon()
    lower_words = set(re.findall(r"\b[a-z]+\b", body))
    out: list[RawMention] = []
    for k, r in enumerate(raws):
        nxt = raws[k + 1] if k + 1 < len(raws) else None
        if " " not in r.text and r.lex_key is None and (r.text.lower() in _EN_FUNCTION_WORDS or _demonym(r.text)
                                                         or (r.text in DEMONYMS and not known_type(r.text))):
            continue  # "The", "It", "There" opening a sentence; "Libyan", "Singaporean": no entities
        if r.lex_key is None and (_EN_STANCE.match(r.text) or r.text in _EN_EVENTS or _EN_SCHEME.search(r.text)) \
                and lex.lookup(r.text) is None:  # (but the "World Food Programme" is a body)
            continue  # "Pro-Bolsonaro" truckers, "Brexit", the "Productivity Solutions Grant": no entities
        if r.type == "LOC" and r.text in ("Middle Eastern", "Far Eastern"):
            continue  # "Middle Eastern funds": an adjective (the gold sets tag "the Pacific island", "the Texas city")
        if r.text == "State" and r.lex_key is None and _OFFICE_OF.search(body, max(0, r.start - 24), r.start):
            continue  # "Secretary of State Antony Blinken": a title's word
        if r.type == "ORG" and r.lex_key is None and _OFFICE_AFTER.match(body, r.end) and known_type(r.text) is None \
                and lex.lookup(r.text) is None and r.text.split()[-1].lower() not in GENERIC_ORG_HEADS:
            continue  # "US National Security | Adviser Jake Sullivan": a field in a title, no body
        if r.text == "Amazon" and body[max(0, r.start - 4):r.start].lower() == "the ":
            # "the Amazon": the rainforest, not the company the gazetteer knows (a key of its own keeps it so)
            r = RawMention(r.start, r.end, r.text, "LOC", entity_key("LOC", "Amazon"))
        if r.type == "ORG" and r.text.split()[-1].lower() in _EN_TITLES and nxt and nxt.type == "PER" \
                and nxt.start == r.end + 1:
            continue
        if r.text[:1] in "`'‘" or r.text[-1:] in "`'’":
            # "` Cajun Coast '": a tokenised text's quote marks around the name are no part of it
            text = r.text.lstrip("`'‘ ")
            start = r.start + len(r.text) - len(text)
            text = text.rstrip("`'’ ") if not re.search(r"s'$", text) else text
            if not text:
                continue
            r = RawMention(start, start + len(text), text, r.type, r.lex_key)
        first, _, rest = r.text.partition(" ")
        if first.lower() in _EN_NUMBER_WORDS and rest.isupper() and " " not in rest and r.lex_key is None:
            r = RawMention(r.end - len(rest), r.end, rest, "ORG", None)  # "Eleven | ICRC emergency experts"
        if r.type == "PER" and r.lex_key is None and _EN_PHOTO_CREDIT.search(body, max(0, r.start - 14), r.start):
            continue  # "Photograph: Chris Kleponis/AFP/Getty": the photographer is no one in the story
        if r.type == "PER" and r.lex_key is None and "/" in r.text.strip("/"):
            cut = r.text.index("/")  # "Photograph: Matthew Fearn/PA Eton has …": a credit's agency, then the text
            r = RawMention(r.start, r.start + cut, r.text[:cut], r.type, None)
        words = r.text.split()
        if r.lex_key is None and any(w in TIME_ZONES for w in words) and all(w.isupper() for w in words):
            continue  # "EDT ALGIERS": a dateline's time and place run together
        if r.lex_key is None and len(words) > 1 and words[0] in TIME_ZONES:
            cut = len(words[0]) + 1  # "18.39 BST Swine flu has …": a dateline's time zone, then the text
            r = RawMention(r.start + cut, r.end, r.text[cut:], r.type, None)
            words = words[1:]
        if words[0].lower() in _EN_LEADING and len(words) > 1 and r.lex_key is None:
            cut = len(words[0]) + 1  # "Following Mr Wong's …": the sentence's first word is no part of the name
            r = RawMention(r.start + cut, r.end, r.text[cut:], r.type, None)
            words = words[1:]
            if words[0] in ("Mr", "Mrs", "Ms", "Mdm", "Dr") and len(words) > 1:
                r = RawMention(r.start + len(words[0]) + 1, r.end, " ".join(words[1:]), r.type, None)
                words = words[1:]
            if len(words) == 1 and words[0].lower() in _NOT_NAME_WORDS:
                continue  # "Since January": a date, no name
        if r.lex_key is None and len(words) == 2 and all(w.isupper() and len(w) >= 2 for w in words) \
                and all(known_type(w) == "ORG" for w in words):
            # "AP BP": two bodies' acronyms run together (a photo credit before the text)
            out.append(RawMention(r.start, r.start + len(words[0]), words[0], "ORG", None))
            r = RawMention(r.end - len(words[1]), r.end, words[1], "ORG", None)
            words = [words[1]]
        if r.type == "PER" and len(words) > 2 and words[-1].isupper() and all(w.istitle() for w in words[:-1]):
            # a word in capitals after a byline's or caption's name: the outlet ("Jon Leyne BBC"), kept
            # as a body, or the dateline's place ("Mariam Karouny ALGIERS"), cut off
            cut = r.text.rindex(" ")
            if len(words[-1]) >= 2 and known_type(words[-1]) == "ORG":
                out.append(RawMention(r.start, r.start + cut, r.text[:cut], "PER", None))
                r = RawMention(r.end - len(words[-1]), r.end, words[-1], "ORG", None)
                words = [words[-1]]
            elif len(words[-1]) >= 4:
                r = RawMention(r.start, r.start + cut, r.text[:cut], r.type, None)
        if r.text.endswith(("'s", "’s")) and len(r.text) > 3:
            r = RawMention(r.start, r.end - 2, r.text[:-2], r.type, r.lex_key)  # "Cheney's"
        elif r.text.endswith(("s'", "s’")) and len(r.text) > 3:
            r = RawMention(r.start, r.end - 1, r.text[:-1], r.type, r.lex_key)  # "the State Courts'"
        if r.text.isupper() and len(r.text) >= 4 and r.lex_key is None and r.type != "LOC" \
                and _EN_DATELINE_AFTER.match(body, r.end) and not body[max(0, r.start - 2):r.start].strip():
            r = RawMention(r.start, r.end, r.text, "LOC", None)  # "OTTAWA - ", "RIO DE JANEIRO (Reuters) -"
        if r.text.startswith("The ") and (_EN_COMPANY.fullmatch(r.text[4:]) or r.text[4:].isupper() or _english_article(r)):
            # "The Astra Group said", "The Federal Reserve": "the" is no part of the name (but "The
            # Straits Times", "The Jakarta Post" keep it)
            r = RawMention(r.start + 4, r.end, r.text[4:], r.type, r.lex_key)
        if r.type != "LOC" and r.lex_key is None and " " not in r.text and _EN_PLACE_NOUN_AFTER.match(body, r.end):
            r = RawMention(r.start, r.end, r.text, "LOC", None)  # "Poso regency", "Citayam and Depok stations"
        if r.type == "PER" and r.lex_key is None and _EN_CAMEL.fullmatch(r.text):
            r = RawMention(r.start, r.end, r.text, "ORG", None)  # "SpaceX", "CrowdTangle": a firm's name, no person's
        if r.type == "PER" and r.lex_key is None and _EN_ORG_NOUN_BEFORE.search(body, max(0, r.start - 40), r.start):
            r = RawMention(r.start, r.end, r.text, "ORG", None)  # "the operator Energoatom", "drugmaker GSK"
        if r.type == "ORG" and r.lex_key is None and _person_by_apposition(body, r):
            r = RawMention(r.start, r.end, r.text, "PER", None)  # "Fadel Gheit, an oil analyst at Oppenheimer"
        if r.type in ("LOC", "PER") and r.lex_key is None and " " in r.text \
                and r.text.split()[-1].lower() in ORG_TAILS:
            r = RawMention(r.start, r.end, r.text, "ORG", None)  # "Singapore Airlines" is no place
        elif r.lex_key is None and known_type(r.text) != "ORG" and ((
                r.text.split()[-1].lower() in _EN_PLACE_TAILS
                and len(r.text.split()) >= (2 if r.type == "ORG" or r.text.split()[-1].lower() in _EN_AREA_TAILS
                                            else 3 if r.type == "PER" else 99))
                or (r.type != "LOC" and r.text.startswith("Isle of "))):
            # "Bukit Timah Nature Reserve", "Tritech Building" (a "person" of two words may be one:
            # "Rocky Hill", "Grace Park")
            r = RawMention(r.start, r.end, r.text, "LOC", None)
        elif r.type == "PER" and r.lex_key is None and len(r.text.split()) >= 3 \
                and (last := r.text.split()[-1].lower()).endswith("s") and not last.endswith("ss") \
                and (last in lower_words or last[:-1] in lower_words):
            # "Tan Kim Seng Roller Shutters" (beside "a roller shutter"): a name ending in a plural
            # common noun the article writes is a firm's
            r = RawMention(r.start, r.end, r.text, "ORG", None)
        if r.type == "PER" and r.lex_key is None:
            end = r.end
            while (m := _EN_NAME_NEXT.match(body, end)) and m.group("w").lower() not in _NOT_NAME_WORDS \
                    and m.group("w").lower() not in _EN_TITLES and not is_honorific(m.group("w")) \
                    and m.group("w").lower() not in ORG_TAILS \
                    and not lex.lookup(m.group("w")) and not any(o.start == m.start("w") for o in raws) \
                    and len(body[r.start:m.end()].split()) <= 4:
                end = m.end()
            if end != r.end:
                r = RawMention(r.start, end, body[r.start:end], r.type, None)
        out.append(r)
    # only surnames of people the article introduces with a title ("President Joe Biden"), or
    # written with one themselves ("Mr Wong"): a mistagged "Brazilian Amazon" retypes nothing
    surnames = {r.text.split()[-1] for r in out if r.type == "PER" and " " in r.text and _titled(body, r.start)}
    # a place "Lubchenco" or "Zarqawi" where the article names "Jane Lubchenco", "Abu Musab al-Zarqawi"
    full_names = {re.sub(r"^(?:al|el)-", "", r.text.split()[-1]) for r in out
                  if r.type == "PER" and " " in r.text and not _demonym(r.text.split()[0])}
    # a one-word "body" or "place" that begins or ends a person's name in the article ("Gorman"
    # of "Amanda Gorman", "Lim" of "Lim Gek Meng") is that person, unless the gazetteer knows it
    name_ends = {w for r in out if r.type == "PER" and " " in r.text and r.lex_key is None
                 for w in (r.text.split()[0], r.text.split()[-1])}
    name_ends |= {r.text for r in out if r.type == "PER" and _titled(body, r.start)}  # "Queen | Elizabeth"
    # "Transocean" where the article also writes "Transocean Ltd": the firm
    firms = {base for r in out if r.type == "ORG" and (base := _firm_base(r.text))}
    for r in out:
        if r.type != "ORG" and r.lex_key is None and r.text in firms:
            r.type = "ORG"
        elif r.type == "PER" and r.lex_key is None and _EN_PLACE_OF.search(body, max(0, r.start - 30), r.start):
            r.type = "LOC"  # "the Libyan oil town of Brega": a place, whatever the recogniser said
        elif r.type != "LOC" and r.lex_key is None and " " in r.text and r.text.split()[0] in _ROMANCE_PLACE_HEADS:
            r.type = "LOC"  # "Paseo de la Reforma", "Bosque de Chapultepec": a street, a park
        elif r.type == "ORG" and r.lex_key is None and " " not in r.text and (
                r.text in surnames or (_titled(body, r.start) and any(
                    o.type == "PER" and o.text.split()[-1] == r.text for o in out if " " in o.text))):
            r.type = "PER"
        elif r.type in ("ORG", "LOC") and r.lex_key is None and " " not in r.text and not known_type(r.text) \
                and _EN_ADDRESS_BEFORE.search(body, max(0, r.start - 8), r.start):
            r.type = "PER"  # "Dr Faishal said": one is addressed "Dr" or "Mr" as a person, never as a body
        elif r.type in ("ORG", "LOC") and r.lex_key is None and not known_type(r.text) \
                and 2 <= len(r.text.split()) <= 4 and all(w[:1].isupper() and not w.isupper() for w in r.text.split()) \
                and _EN_RANK_BEFORE.search(body, max(0, r.start - 12), r.start):
            r.type = "PER"  # "National Police chief Gen. Listyo Sigit Prabowo": a rank's abbreviation opens a person
        elif r.type in ("ORG", "LOC") and r.lex_key is None and " " not in r.text and r.text in name_ends \
                and r.text[1:].islower() and not known_type(r.text):
            r.type = "PER"
        elif r.type == "PER" and r.lex_key is None and " " not in r.text and r.text not in name_ends \
                and (known := known_type(r.text)) in ("LOC", "ORG") and not _titled(body, r.start):
            r.type = known  # "Kyiv", "Bermuda": a place the gazetteer knows, in no person's name here
        elif r.type in ("PER", "ORG") and r.lex_key is None and r.text not in name_ends and not known_type(r.text) \
                and world_place(r.text) and not _titled(body, r.start) \
                and (r.type == "PER" or _EN_PLACE_BEFORE.search(body, max(0, r.start - 12), r.start)):
            # a city of the world list typed a person ("Colima"), or a body after "in"/"near" ("in
            # Copenhagen"; "Liverpool beat …" may be the club)
            r.type = "LOC"
        elif r.type == "LOC" and r.lex_key is None and " " not in r.text and r.text in full_names \
                and not known_type(r.text):
            r.type = "PER"
    # "Elon Musk" tagged an organisation where "Musk" alone is a person: the person
    one_word_people = {r.text for r in out if r.type == "PER" and " " not in r.text}
    for r in out:
        words = r.text.split()
        if r.type == "ORG" and r.lex_key is None and 2 <= len(words) <= 3 and words[-1] in one_word_people \
                and words[0].lower() not in _EN_FUNCTION_WORDS \
                and all(w[:1].isupper() for w in words) and not any(w.lower() in ORG_TAILS for w in words):
            r.type = "PER"
    taken = [(r.start, r.end) for r in out]
    for m in _EN_COMPANY.finditer(body):
        start, text = m.start(), m.group().rstrip(".")
        if text.startswith("The "):
            start, text = start + 4, text[4:]
        if _RUN_BEFORE.search(body, max(0, start - 40), start):
            continue  # the end of a longer name ("Celsius Network and Voyager Digital Ltd"): left alone
        if len(text.split()) >= 2 and not any(a < start + len(text) and start < b for a, b in taken):
            out.append(RawMention(start, start + len(text), text, "ORG", None))
    for m in _EN_PLACE_NAME.finditer(body):
        # "Dairy Farm Nature Park, Hindhede Nature Park and Thomson Nature Park": the recogniser
        # tags the first; the others, and a street's number ("Tampines Street 82"), are found here
        words = m.group().split()
        while words and (words[0].lower() in _EN_FUNCTION_WORDS or words[0].lower() in _EN_LEADING
                         or words[0].lower() in _NOT_NAME_WORDS or _demonym(words[0])):
            words = words[1:]
        if len(words) < 2:
            continue
        text = " ".join(words)
        start = m.end() - len(text)
        if " ".join(m.group().split()) != m.group() or re.search(r"[A-Z][\w&'’-]*\s+(?:(?:of|&)\s+)?$",
                                                                 body[max(0, start - 40):start]):
            continue  # (a name run over a line break, or the end of a longer name)
        inside = [r for r in out if r.start < m.end() and start < r.end]
        if all(start <= r.start and r.end <= m.end() and r.type != "PER" and not r.lex_key for r in inside):
            out = [r for r in out if r not in inside] + [RawMention(start, m.end(), text, "LOC", None)]
    out.sort(key=lambda r: r.start)
    return out


# a named park, reserve, bridge, building or street, with its number ("Changi South Avenue 2",
# "Woodlands Industrial Park E4")
_EN_PLACE_NAME = re.compile(r"\b(?:[A-Z][\w'’-]*\s+){1,4}(?:Park|Reserve|Quarry|Bridge|Building|Reservoir|Checkpoint|"
                            r"Promenade|Street|Avenue|Road|Boulevard)\b(?:\s+[A-Z]?\d{1,3}[A-Z]?\b)?")


# lower-case words English writes inside names ("Bank of England", "Ludwig van Beethoven")
_EN_NAME_LOWER = frozenset("of and for the a an de la le van von der den bin al el da di y".split())


# the AP's abbreviations of US states ("Grand Isle, La.", "Rep. Edward Markey, D-Mass."), for English text
US_STATE_ABBREVIATIONS = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado",
    "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois",
    "Ind.": "Indiana", "Kan.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland",
    "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri",
    "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey",
    "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina", "N.D.": "North Dakota", "Okla.": "Oklahoma",
    "Ore.": "Oregon", "Pa.": "Pennsylvania", "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota",
    "Tenn.": "Tennessee", "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington", "W.Va.": "West Virginia",
    "Wis.": "Wisconsin", "Wyo.": "Wyoming"}
# a member of Congress's party and state: "D-Mass.", "R-Fla."
_PARTY_STATE = re.compile(r"(?<![\w-])[DRI]-(" + "|".join(re.escape(a) for a in US_STATE_ABBREVIATIONS) + r")(?=[\s,;)]|$)")


def _en_party_states(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"Rep. Edward Markey, D-Mass.": the state after a member of Congress's party letter, a place."""
    found = [RawMention(m.start(1), m.end(1), m.group(1), "LOC", None) for m in _PARTY_STATE.finditer(body)
             if not any(r.start < m.end(1) and m.start(1) < r.end for r in raws)] if "-" in body else []
    return sorted(raws + found, key=lambda r: r.start) if found else raws


def _cut_at_lower_case(body: str, r: RawMention) -> RawMention | None:
    """English through a tagger trained on Indonesian news runs names on into the words after
    them ("Singapore Police Force said on Wednesday", "… Engineering plant at Rifle Range Road"): a
    name ends before its first lower-case word that English does not write inside names (and
    what is left must still open with a capital; "The company's" is none)."""
    if r.text.startswith("The ") and known_type(r.text[4:]):
        r = RawMention(r.start + 4, r.end, r.text[4:], r.type, r.lex_key)  # "The Ukraine general staff"
    if r.lex_key:
        return r  # a lexicon name may hold lower-case words ("Korean peninsula")
    words = list(re.finditer(r"\S+", r.text))
    for k, w in enumerate(words):
        t = w.group()
        if k and t[:1].islower() and t.lower() not in _EN_NAME_LOWER and not NAME_PARTICLE.match(t):
            head = r.text[:words[k - 1].end()].rstrip(" ,")
            while head.split() and head.split()[-1].lower() in _EN_NAME_LOWER:
                head = head.rsplit(None, 1)[0] if " " in head else ""
            if not head or head in ("The", "A", "An"):
                return None
            start = r.start
            if head.startswith("The "):  # "The Ukraine general staff": the article opened a sentence
                head, start = head[4:], start + 4
            return RawMention(start, start + len(head), head, r.type, r.lex_key)
    return r


# English titles written before a name, capitalised ("Informatics Minister Johnny Plate")
_EN_STANCE = re.compile(r"(?:Pro|Anti|Non)-[A-Z]")
_EN_EVENTS = frozenset("Brexit Grexit Covid COVID Covid-19 COVID-19".split())
_OFFICE_AFTER = re.compile(r" (?:Adviser|Advisor|Secretary|Minister)\b")
_OFFICE_OF = re.compile(r"\b(?:Secretary|Secretaries|Minister|Ministers|Head|Heads)\s+of\s+$")
_EN_SCHEME = re.compile(r" (?:Grant|Scheme|Voucher|Programme|Initiative)$")
_EN_TITLES = frozenset("""minister secretary secretary-general president director chief head instructor professor
prosecutor spokesman spokeswoman spokesperson governor mayor senator judge justice coach ambassador commissioner
chairman chairwoman ceo officer inspector superintendent general colonel captain lieutenant sergeant deputy marshal
assoc associate dr mr mrs ms mdm madam queen king prince princess duke duchess pope emperor sultan
fireman firefighter policeman policewoman constable detective nurse paramedic""".split())


def _before_question(r: RawMention) -> RawMention:
    """"Josh Rushing? Rushing is …": a name ends at a question or exclamation mark inside the span, or
    at a backtick opening a quote ("Deutsche Welle ` Flagrant violations '")."""
    cut = min((i for i in (r.text.find("? "), r.text.find("! "), r.text.find(" `")) if i > 0), default=-1)
    return RawMention(r.start, r.start + cut, r.text[:cut], r.type, None) if cut > 0 else r


def _after_title(r: RawMention) -> RawMention:
    """An English person's name with its title run in ("Informatics Minister Johnny Plate",
    "Secretary-General Antonio Guterres", "Instructor Jason Yip"): the name is what follows the
    last title word, when one or more capitalised words do (the title is read as the role)."""
    if r.type not in ("PER", "ORG") or r.lex_key:
        return r
    words = list(re.finditer(r"\S+", r.text))
    cut = max((k for k, w in enumerate(words[:-1]) if w.group().lower().rstrip(".") in _EN_TITLES), default=-1)
    rest = words[cut + 1:]
    if cut < 0 or not all(w.group()[:1].isupper() for w in rest) or (r.type == "ORG" and len(rest) < 2):
        return r
    # an "organisation" ending in a title and two or more capitalised words is a person
    start = r.start + rest[0].start()
    return RawMention(start, r.end, r.text[rest[0].start():], "PER")


def _without_opening_words(body: str, raws: list[RawMention]) -> list[RawMention]:
    """English text through a tagger trained on Indonesian news: a capitalised word opening a
    sentence ("They", "If", "Rooms") comes out a person. A one-word person the article writes only
    at sentence starts, that is no short form of a longer name and no lexicon name, is dropped."""
    def opening(r: RawMention) -> bool:
        return opens_sentence(body, r.start)

    words = {w for r in raws if " " in r.text for w in r.text.split()}
    # ("Elizabeth's" opening a sentence is the "Elizabeth" named before)
    inside = {_without_possessive(r.text) for r in raws if not opening(r)}
    lower = set(re.findall(r"\b[a-z]+\b", body))
    return [r for r in raws if not (r.type == "PER" and " " not in r.text and r.lex_key is None
                                    and _without_possessive(r.text) not in words
                                    and _without_possessive(r.text) not in inside and opening(r))
            and not ((r.text not in words or r.text.lower() in _EN_KIND_WORDS) and _en_common_word(r, lower))]


# English names spaCy's small model leaves out: after a run of title words ("Deputy Public Prosecutor
# Melina Chew", "Advocate General Athanasios Rantos", "Minister of Finance … of India Nirmala
# Sitharaman", "… Trade Relations S. Iswaran") and after a cue ("…," said 56-year-old Lyudmyla)
_EN_TITLE_END = (r"(?:Prosecutor|(?:Advocate|Attorney|Secretary|Solicitor|Inspector|Auditor|Surgeon|Major|Lieutenant|"
                 r"Brigadier|Lt|Maj|Brig)[\s-]General|Minister|Secretary|Chairman|Chairwoman|Chair|Director|President|Judge|"
                 r"Justice|Commissioner|Spokesman|Spokeswoman|Spokesperson|Ambassador|Governor|Mayor|Senator|"
                 r"Officer|Chief|Lawyer|Counsel|Professor|Relations|Affairs|Executive|Manager|Inspector|"
                 # styles of address: "Mr Sarbjit | Singh Chopra", a name the tagger cut, and ranks: "Army chief Gen. Maruli |
                 # Simanjuntak"
                 rf"Mr|Ms|Mrs|Mdm|Dr|{_EN_RANK_ABBREVIATIONS})\.?")
_EN_NAME_WORD = r"(?:[A-Z][a-z][\w-]+|[A-Z]['’][A-Z][a-z][\w-]*)"  # "Chew", "O'Shea" (not "Air's")
_EN_NAME_WORDS = rf"(?:[A-Z]\.\s+)?{_EN_NAME_WORD}(?:\s+{_EN_NAME_WORD}){{0,2}}"
_EN_TITLED_NAME = re.compile(
    rf"\b{_EN_TITLE_END}\s+(?:of\s+[A-Z][\w-]+\s+)?(?P<name>{_EN_NAME_WORDS})"
    r"(?=['’]s\b|\s*[,.;]|\s+(?:said|says|told|added|was|is|has|had|who|and|at|in|on|formed|urged|warned|agreed|denied"
    r"|confirmed|stressed|noted|ordered|visited|met|deployed|called|asked|announced|insisted|argued)\b)"
    rf"|\b(?:said|says)\s+(?:(?:the\s+)?\d{{1,3}}-year-old\s+)?(?P<said>{_EN_NAME_WORDS})(?=\s*[,.])")


_EN_THING_WORDS = frozenset("""regulation regulations act law data protection programme program policy fund
system service services project plan treaty agreement directive rules code index""".split())


# an institution named after a person: "Ng Teng Fong General Hospital", "Tan Tock Seng Hospital"
_EN_NAMED_INSTITUTION = re.compile(r"\b(?:[A-Z][\w'’-]+\s+){1,5}(?:General\s+|Community\s+|Memorial\s+|Children['’]s\s+)?"
                                   r"(?:Hospital|Medical\s+Centre|Medical\s+Center|Polyclinic)\b")


def _en_titled_names(body: str, raws: list[RawMention]) -> list[RawMention]:
    """People the English tagger missed after a title or a cue (:data:`_EN_TITLED_NAME`), where no
    other mention holds the words — or a person holding fewer of them ("Rantos" → "Athanasios
    Rantos") — and no word is a place, body, title, weekday or month the article or lexicon knows.
    A hospital named after a person is a body (:data:`_EN_NAMED_INSTITUTION`); a name that runs on
    into a capitalised function word ("Randy Jackson But", a scrape's headline run into the text)
    ends before it."""
    out = []
    for r in raws:
        words = r.text.split()
        while len(words) > 1 and words[-1].lower() in _EN_FUNCTION_WORDS:
            words.pop()
        lead = 0
        while len(words) > 1 and words[0].lower() in _EN_SENTENCE_ADVERBS:
            lead += len(words.pop(0)) + 1
        out.append(r if len(words) == len(r.text.split()) else
                   RawMention(r.start + lead, r.start + lead + len(" ".join(words)), " ".join(words), r.type, r.lex_key))
    for m in _EN_NAMED_INSTITUTION.finditer(body):
        inside = [r for r in out if r.start < m.end() and m.start() < r.end]
        if inside and all(r.type == "PER" or (m.start() <= r.start and r.end <= m.end()) for r in inside) \
                and any(r.type == "PER" for r in inside) and all(m.start() <= r.start for r in inside) \
                and not any((r.start, r.end) == m.span() for r in inside):  # (a name the tagger found whole stays)
            out = [r for r in out if r not in inside] + [RawMention(m.start(), m.end(), m.group(), "ORG")]
    for m in _EN_TITLED_NAME.finditer(body):
        group = "name" if m.group("name") else "said"
        a, b, text = m.start(group), m.end(group), m.group(group)
        words = [w for w in text.replace(".", " ").split() if len(w) > 1]  # (not an initial)
        if (known_type(text) or any(known_type(w) or is_role_word(w) or w.lower() in _NOT_NAME_WORDS
                                    or w.lower() in ORG_TAILS or w.lower() in _EN_THING_WORDS
                                    or w.lower() in _EN_FUNCTION_WORDS or _demonym(w) for w in words)):
            continue
        inside = [r for r in out if r.start < b and a < r.end]
        if any(r.type != "PER" or r.start < a or r.end > b for r in inside):
            continue
        out = [r for r in out if r not in inside] + [RawMention(a, b, text, "PER")]
    return sorted(out, key=lambda r: r.start)


# a wire dateline with its credits in brackets ("ISLAMABAD (DAWN/ASIA NEWS NETWORK) - "), and a
# closing line of credits only ("AFP", "REUTERS, AFP")
_EN_DATELINE_CREDIT = re.compile(r"\s*(?P<place>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})\s*"
                                 r"\((?P<credit>[A-Z][\w&.' ]*(?:/[A-Z][\w&.' ]*)*)\)\s*[-–—:]")
_EN_DATELINE_BARE = re.compile(r"\s*(?P<place>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})\s*[-–—:]\s")
_EN_CLOSING_CREDIT = re.compile(r"\n\s*(?P<credit>[A-Z][A-Z&.]+(?: [A-Z][A-Z&.]+)*(?:\s*[,/]\s*[A-Z][A-Z&.]+(?: [A-Z][A-Z&.]+)*)*)\s*$")


def _en_wire_credits(body: str, raws: list[RawMention]) -> list[RawMention]:
    """The agencies a wire story credits are bodies it names, and a dateline's place a place: the
    recogniser reads neither "ISLAMABAD (DAWN/ASIA NEWS NETWORK) -" nor a last line "AFP". Each
    part of the credit is one body ("DAWN", "ASIA NEWS NETWORK"); what the tagger made of the
    words there ("ASIA" a place) goes."""
    found: list[RawMention] = []
    if (m := _EN_DATELINE_CREDIT.match(body)):
        found.append(RawMention(m.start("place"), m.end("place"), m.group("place"), "LOC", None))
        groups = [("credit", m)]
    else:
        groups = []
        # "BEIJING - Before the pandemic …": a dateline without credits, a place the gazetteer knows
        if (m := _EN_DATELINE_BARE.match(body)) and known_type(m.group("place").title()) == "LOC":
            found.append(RawMention(m.start("place"), m.end("place"), m.group("place"), "LOC", None))
    if (m := _EN_CLOSING_CREDIT.search(body)) and len(m.group("credit")) <= 40:
        groups.append(("credit", m))
    for g, m in groups:
        for part in re.finditer(r"[^/,]+", m.group(g)):
            text = part.group().strip()
            if len(text) >= 2:
                start = m.start(g) + part.start() + part.group().index(text)
                found.append(RawMention(start, start + len(text), text, "ORG", None))
    if not found:
        return raws
    for f in found:
        same = [r for r in raws if (r.start, r.end) == (f.start, f.end)]
        if same:  # the tagger's own span stays, with its lexicon entry ("Reuters"); a place's type too
            f.lex_key, f.type = same[0].lex_key, same[0].type if same[0].lex_key else f.type
    out = [r for r in raws if not any(f.start < r.end and r.start < f.end for f in found)]
    return sorted(out + found, key=lambda r: r.start)


def _en_office_qualifiers_off(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"Thad Allen Retired admiral", "Anatoly Antonov Russian deputy defense minister": a word qualifying the
    office written in lower case after a person's name is no part of the name."""
    out = []
    for r in raws:
        head, _, last = r.text.rpartition(" ")
        if r.type == "PER" and len(r.text.split()) >= 3 and (last in _EN_OFFICE_MODIFIERS or _demonym(last)) \
                and re.match(r"\s+[a-z]", body[r.end:r.end + 3]):
            r = RawMention(r.start, r.start + len(head), head, r.type, r.lex_key)
        out.append(r)
    return out


def _en_law_acronyms_off(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"the Inflation Reduction Act (IRA)": an acronym the article defines for a law, treaty,
    programme or event (:func:`_not_a_name`) names that thing, no body."""
    things = set()
    for m in _DEFINED_ACRONYM.finditer(body):
        before = re.search(r"((?:[A-Z][\w'’-]*|of|and|for|on|the|&)(?:\s+(?:[A-Z][\w'’-]*|of|and|for|on|the|&)){1,8})\s*$",
                           body[max(0, m.start() - 120):m.start()])
        if before is None:
            continue
        words = before.group(1).split()
        for k in range(len(words) - 1):  # the shortest run of words before that spells the acronym
            phrase = " ".join(words[k:])
            if words[k][:1].isupper() and is_acronym_of(m.group(1), phrase):
                if _not_a_name(phrase) or _not_a_name(" " + phrase):
                    things.add(m.group(1))
                break
    return [r for r in raws if not (r.text in things and r.lex_key is None)] if things else raws


# a vaccine named for its makers ("the Pfizer-BioNTech Covid-19 vaccine", "Oxford-AstraZeneca jabs")
_EN_VACCINE_AFTER = re.compile(r"\s+(?:(?:COVID|Covid|covid)(?:-19)?\s+)?(?:vaccines?|jabs?|shots?|doses?)\b")


def _en_vaccine_makers_off(body: str, raws: list[RawMention]) -> list[RawMention]:
    """Two makers' names joined by a hyphen before "vaccine" name a product, no entity."""
    return [r for r in raws if not (r.lex_key is None and re.fullmatch(r"[A-Z][\w]+-[A-Z][\w]+", r.text)
                                    and _EN_VACCINE_AFTER.match(body, r.end))]


def _en_common_word(r: RawMention, lower: set[str]) -> bool:
    """A one-word "name" that is a weekday or month ("Wednesday", Malay "Khamis") or a word the
    article also writes in lower case ("Government", "Hospital", "Last"): no entity, unless the
    lexicon or gazetteer knows it (the caller keeps a word of a longer name: "May" of "Liew Cheng
    May", "Fed" of "The Fed")."""
    if " " in r.text or r.lex_key is not None or known_type(r.text):
        return False
    low = r.text.lower()
    return low in _NOT_NAME_WORDS or low in _MALAY_DAYS or low in lower or low in _EN_KIND_WORDS


def article_entity(name: str, type_: str, lang: str = "id", aliases: list[str] | None = None,
                   roles: list[str] | None = None, mentions: int = 1) -> Entity:
    """An article-level entity built the way ``find_entities`` canonicalises one (lexicon first)."""
    entry = load_lexicon().lookup(name)
    if entry and _same_family(entry.type, type_, name):
        extra = [name] if normalise(name) != normalise(entry.name(lang)) else []
        return Entity(entry.key, entry.name(lang), entry.type, [*extra, *(aliases or [])],
                      list(roles or []), mentions)
    return Entity(entity_key(type_, name), name, type_, list(aliases or []), list(roles or []), mentions)


def _same_family(a: str, b: str, name: str = "") -> bool:
    """A lexicon entry ``a`` may retype a place as an organisation or back; it retypes a person
    ``b`` by a name of several words ("White House") or as a body ("Barca"; not initials, "MA"), never as a place
    by one word ("Jordan" may be a person); a person's entry retypes a body by one word ("Soeharto", "Setnov" the
    tagger made bodies, "Rudiantara" a place; not initials)."""
    return (a == "PER") == (b == "PER") or len(name.split()) > 1 or (
        ({a, b} == {"ORG", "PER"} or (a, b) == ("PER", "LOC")) and not name.isupper())


# an Indonesian firm's name between its legal forms: "PT Semen Baturaja (Persero) Tbk"
_PT_FIRM = re.compile(r"PT\.? (?P<core>[A-Z0-9].*?)(?: \(Persero\))?(?: Tbk\.?)?")


def _firm_core(name: str) -> str | None:
    """"Semen Baturaja" of "PT Semen Baturaja (Persero) Tbk": a firm's name without its legal forms."""
    m = _PT_FIRM.fullmatch(name)
    return m.group("core") if m else None


_POSSESSIVE_BEFORE = re.compile(r"([A-Z][\w.]*(?: [A-Z][\w.]*)?)['’]s $")


def _another_countrys(body: str, r: RawMention, entry: LexEntry) -> bool:
    """Whether a possessive country right before the mention is another than the one the lexicon's party belongs
    to (the last word of its Indonesian name: "Partai Konservatif Inggris")."""
    m = _POSSESSIVE_BEFORE.search(body, max(0, r.start - 30), r.start)
    if not m or not foreign_country(m.group(1)):
        return False
    lex = load_lexicon()
    own = lex.lookup(entry.name_id.split()[-1])
    return own is None or own.key != lex.lookup(m.group(1)).key


def _known_firm(lex: Lexicon, text: str) -> LexEntry | None:
    """The lexicon's firm a name with its legal forms names ("PT Bank Rakyat Indonesia (Persero) Tbk": BRI)."""
    entry = lex.lookup(core) if (core := _firm_core(text)) else None
    return entry if entry is not None and entry.type == "ORG" else None


# "bin"/"binti" between a name and the father's
_PATRONYMIC = re.compile(r" bin(?:ti)? ")


def _resolve(body: str, raws: list[RawMention], lang: str) -> EntityResult:
    lex = load_lexicon()
    # 1. Lexicon names resolve to the lexicon's entity, whatever the tagger said.
    # A capital acting or speaking stands for its country ("Pyongyang membantah").
    # (a word of a person the article names in full, alone, is that person: "R Sony Sulaksono Wibowo … kata Sony",
    # not the firm "Sony")
    person_words = {w for r in raws if r.type == "PER" and r.lex_key is None and " " in r.text for w in r.text.split()}
    # "Canada's Conservatives … the Conservatives": a party alias after another country's possessive is not the
    # party of the lexicon's country, anywhere in the article
    parties_abroad = {r.text for r in raws if r.type == "ORG" and (e := lex.lookup(r.text)) is not None
                      and e.name_id.startswith("Partai ") and _another_countrys(body, r, e)}
    for r in raws:
        if r.text in parties_abroad and r.lex_key is not None and r.lex_key == getattr(lex.lookup(r.text), "key", None):
            r.lex_key = None
    for r in raws:
        if r.lex_key is None and not r.by_context and not (r.type == "PER" and r.text in person_words):
            entry = metonym_country(r.text, body[max(0, r.start - 30):r.start], body[r.end:r.end + 30])
            entry = entry or lex.lookup(r.text) or (_known_firm(lex, r.text) if r.type == "ORG" else None)
            if entry and r.text in parties_abroad:
                entry = None
            if entry and _same_family(entry.type, r.type, r.text):
                r.lex_key, r.type = entry.key, entry.type
            elif (r.type in ("LOC", "ORG") or " " in r.text) and (known := known_type(r.text)) in ("LOC", "ORG"):
                # the gazetteer's place or body wins over the tagger's swap of the two ("waktu New
                # York" tagged ORG, "Kementan" LOC: 31 such among 609 detik/Clust-McMs articles),
                # and over a person of several words ("Parigi Moutong"); a one-word person the
                # tagger saw is left alone ("Bima", initials "MA"), as with the lexicon
                r.type = known
    # 1b. A person's surname or first name alone that the tagger took for a body ("Cowan said" beside
    # "James H. Cowan Jr."; "Arso" beside "Arso Sadewo") or, in English, a place — unless the lexicon
    # or gazetteer knows the word. (An Indonesian one-word place stays: the tagger's longer "person"
    # is as often a village and district run together, "Nagrak Cibadak".)
    # (in a sports report a player's surname alone is the player, whatever type: "Mbappe" beside "Kylian Mbappe")
    people = [r.text for r in raws if r.type == "PER" and " " in r.text and r.lex_key is None]
    if people:
        sports = lang != "en" and athletes_report(body)
        # (a name given with its father's, "Masamah binti Raswa Sanusi", is surely a person's: its first word
        # alone is that person, whatever type the tagger gave it)
        patronymic_firsts = {p.split()[0] for p in people if _PATRONYMIC.search(p)}
        for r in raws:
            if (r.type != "PER" and (r.type == "ORG" or lang == "en" or sports or r.text in patronymic_firsts)
                    and r.lex_key is None and " " not in r.text
                    and not r.text.isupper()
                    and known_type(r.text) is None and any(is_short_form(r.text, p, "PER") for p in people)):
                r.type = "PER"
    # "pemilik kapal, Yodi Mutiara Prima, …" tagged a place, the article then naming "Yodi" alone as a person: a
    # "place" set off by a comma that no gazetteer knows, whose first word is a person the article names alone, is
    # that person (not "di Trump Tower", "PLTN Fukushima Daiichi")
    lone_people = Counter(r.text for r in raws if r.type == "PER" and r.lex_key is None and " " not in r.text)
    for r in raws if lone_people else ():
        words = r.text.split()
        if r.type == "LOC" and r.lex_key is None and 2 <= len(words) <= 4 and lone_people[words[0]] >= 2 \
                and body[max(0, r.start - 2):r.start] == ", " \
                and known_type(r.text) is None and known_type(words[0]) is None \
                and all(w.istitle() and w.isalpha() and w.lower() not in _PLACE_WORDS for w in words):
            r.type = "PER"
    # "Semen Baturaja" beside "PT Semen Baturaja (Persero) Tbk": the firm without its legal forms, whatever type the
    # tagger gave it and the lexicon step left (the late repairs' "PT Jiwasraya … Jiwasraya" matches the name as written)
    cores = {fold(c) for r in raws if r.type == "ORG" and (c := _firm_core(r.text))}
    for r in raws if cores else ():
        if r.type != "ORG" and r.lex_key is None and fold(r.text) in cores:
            r.type = "ORG"
    # 1c. In English, a person's "name" that opens a firm's name ending in a plural noun ("Tan Kim
    # Seng" beside "Tan Kim Seng Roller Shutters") is the firm's short name (not "Ng Teng Fong" of
    # "Ng Teng Fong General Hospital", named after him)
    firms = [r.text for r in raws if r.type == "ORG" and _plural_tail(r.text)] if lang == "en" else []
    for r in raws:
        if r.type == "PER" and r.lex_key is None and " " in r.text and any(_firm_of(r.text, f) for f in firms):
            r.type = "ORG"
    # 2. One type per surface name: the most frequent one (ties: the person where the article names it by
    # a short form as a person — "gelandang Juan Mata" tagged a body once, a person once, and "Mata" a person
    # five times —, else the first seen).
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for r in raws:
        votes[fold(r.text)][r.type] += 1
    short_people = {r.text for r in raws if r.type == "PER" and " " not in r.text}
    for name, vote in votes.items():
        top = vote.most_common(2)
        if len(top) == 2 and top[0][1] == top[1][1] and "PER" in vote and vote["PER"] == top[0][1] and " " in name:
            surface = next(r.text for r in raws if fold(r.text) == name)
            if any(is_short_form(s, surface, "PER") for s in short_people):
                vote["PER"] += 1
    for r in raws:
        r.type = votes[fold(r.text)].most_common(1)[0][0]
    # 3. Group: lexicon key, else the full name a short form belongs to, else the name itself.
    _namesakes_abroad(raws)
    group_of = _group(body, raws, lang)
    mentions, members = [], defaultdict(list)
    for r in raws:
        members[group_of[id(r)]].append(r)
    entities = []
    person_raws = [r for r in raws if r.type == "PER"]
    for rs in members.values():
        entries = [e for r in rs if r.lex_key and (e := lex.lookup(r.text) or _known_firm(lex, r.text)) and e.key == r.lex_key]
        entries += [e for r in rs if r.lex_key and (e := metonym_country(r.text, "", "said"))]
        entry = entries[0] if entries else None
        if entry:
            name, key = entry.name(lang), entry.key
        else:
            # the fullest form; of two, the one not in capitals ("Hong Kong", not a dateline's "HONG KONG")
            # (of two spellings that differ in doubled letters, the one the article uses most:
            # "Afifuddin" three times over a typo's "Affifuddin" once)
            uses = Counter(r.text for r in rs)
            name = max((r.text for r in rs), key=lambda t: (len(normalise(t).split()), not t.isupper(),
                                                            len(_DOUBLED.sub(r"\1", t)), uses[t], len(t)))
            key = entity_key(rs[0].type, name)
            if name.isupper() and len(name) >= 5 and rs[0].type == "LOC" and (known_type(name) or world_place(name)):
                # a place named only by a dateline in capitals ("BEIJING -"): shown as the place is written
                name = " ".join(w.lower() if w.lower() in _EN_NAME_LOWER else w.capitalize() for w in name.split())
        aliases = sorted({r.text for r in rs if normalise(r.text) != normalise(name)})
        roles = _own_name_off(find_roles(body, [(r.start, r.end) for r in rs], [
            (r.start, r.end) for r in person_raws if group_of[id(r)] != group_of[id(rs[0])]
            # other people, as sure as a text shows: named twice, known to the lexicon, or (in an
            # apposition) by two words or more ("Kasi Intel Kejari Cilegon, Nasruddin": the tagger's
            # one-word "Intel" is no person the title belongs to)
            and (len(members[group_of[id(r)]]) > 1 or r.lex_key or " " in r.text)],
            [(r.start, r.end) for r in person_raws if group_of[id(r)] != group_of[id(rs[0])]]),
            name, aliases) if (entry.type if entry else rs[0].type) == "PER" else []
        if lang == "en":  # "BST The US defense secretary": a dateline's time zone and the article
            roles = list(dict.fromkeys(_EN_ROLE_LEAD.sub("", role) for role in roles))
        elif roles:
            roles = fullest(list(dict.fromkeys(_CASE_TAIL.sub(r"\1", _origin_off(_id_rank_off(_id_role_lead_off(role))))
                                               for role in roles)))
        typ = entry.type if entry else rs[0].type
        if typ != "PER" and not aliases and len(rs) == 1 and name.lower() in BARE_OFFICES:
            # "dibawa ke RSUD": a kind of office named once in passing (a full name would have taken
            # it); one the article keeps coming back to stays, for the story to join to its full name
            continue
        entities.append(Entity(key, name, typ, aliases, roles, len(rs)))
        mentions.extend(Mention(r.start, r.end, r.text, typ, key) for r in rs)
    mentions.sort(key=lambda m: m.start)
    entities.sort(key=lambda e: (-e.mentions, e.name))
    return EntityResult(mentions, entities)


_DOUBLED = re.compile(r"(\w)\1")
# where a person comes from or was born is no part of the role: "wasit asal Belanda", "manajer kelahiran Strasbourg"
# (nor an age: "pemain 26 tahun", "pemain berusia 35 tahun")
_ORIGIN = re.compile(r"(?<=\w)\s+(?:(?:asal|kelahiran)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*|(?:berusia\s+)?\d{1,2}\s+tahun)$")


def _origin_off(role: str) -> str:
    """``role`` without where the person comes from or their age, but a one-word calling keeps "asal X" ("bek asal
    Brasil": the IndoSum golds write it so; "Manajer kelahiran Strasbourg" → "Manajer")."""
    cut = _ORIGIN.sub("", role)
    if " " not in cut and cut != role and " asal " in role and not re.search(r"\d", role):
        return role
    return cut


# a standing in a case, then the case or the deed: "tersangka kasus dugaan korupsi pembangunan Pasar Besar …",
# "terdakwa dalang serangan …" (the gold sets keep the standing alone, 82 to 7); not "saksi ahli", "terpidana mati"
_CASE_TAIL = re.compile(r"^((?:[Tt]ersangka|[Tt]erdakwa|[Ss]aksi|[Tt]erpidana|[Tt]ergugat|[Tt]erlapor))\s+(?!(?:mantan|eks|utama|mati"
                        r"|kunci|ahli|mahkota)\b)[a-z].*$")


def _id_role_lead_off(role: str) -> str:
    """An Indonesian title opens with its office word ("Ketua …", "Menteri …"): capitalised words
    before it that a sentence's start or an honorific put there go ("Pernyataan | Menteri Keuangan",
    "Meskipun | Presiden AS", "Pak | Kapolres", "Hadir | Mendikti Saintek"); a title that opens otherwise stays."""
    words = role.split()
    if len(words) > 1 and words[0].lower() == "seorang":
        words = words[1:]  # "Seorang mantan petinggi Yahoo": "a", no part of the title
        role = " ".join(words)
    first = next((i for i, w in enumerate(words) if w.lower().strip(".") in ROLE_WORDS or is_office_abbreviation(w)), 0)
    if first > 1 and words[first - 1].lower() in ("mantan", "eks"):
        first -= 1  # "Pernyataan | eks pelatih Arema": the former holder's word opens the title
    if first and all(w[:1].isupper() and w.lower() not in MODIFIERS and (is_honorific(w) or usually_lower(w))
                     for w in words[:first]):
        return " ".join(words[first:])
    return role


_CORPS = frozenset("TNI Pol Polri (Mar) Mar (Purn) Purn. Purn".split())


def _id_rank_off(role: str) -> str:
    """A rank between the title and the name belongs to neither: "Kapuspen TNI | Mayjen TNI",
    "Kapolresta Bogor Kota | Kombes Pol"."""
    words = role.split()
    while len(words) > 1 and not ends_in_general_office(words) and (
            is_honorific(words[-1]) or (words[-1] in _CORPS and len(words) > 2 and is_honorific(words[-2]))):
        words = words[:-2] if words[-1] in _CORPS else words[:-1]
    return " ".join(words) or role


def _own_name_off(roles: list[str], name: str, aliases: list[str]) -> list[str]:
    """Roles without the person's own name words at their end: a title read before a short
    mention ("Kombes Asep | Adi Saputra") swept in the first name."""
    own = {w.lower() for n in (name, *aliases) for w in n.split()}
    out: list[str] = []
    for role in roles:
        words = role.split()
        while len(words) > 1 and words[-1].lower() in own:
            words.pop()
        trimmed = " ".join(words)
        if trimmed.lower() not in {r.lower() for r in out}:
            out.append(trimmed)
    return out


def _names_a_part_of(text: str, entry: LexEntry) -> bool:
    """Whether ``text`` ends with the entry's full name: in "Dewan Keamanan Perserikatan
    Bangsa-Bangsa (PBB)" the acronym stands for the last words, and the council is not the UN."""
    words = normalise(text).split()
    for form in (entry.name_id, entry.name_en, *entry.aliases):
        tail = normalise(form).split()
        if len(tail) > 1 and len(words) > len(tail) and words[-len(tail):] == tail:
            return True
    return False


def _acronym_headed(short: str, full: str, typ: str) -> bool:
    """"PN Semarang" is "Pengadilan Negeri Semarang", "Kejari Binjai" "Kejaksaan Negeri Binjai": a
    body's acronym before the place it serves, the same place after the words it abbreviates."""
    head, _, place = short.partition(" ")
    if typ != "ORG" or not place or not head.isalpha():
        return False
    if full.endswith(f" ({head}) {place}"):  # "Satgas MBG" ~ "Satuan Tugas (Satgas) MBG": the acronym defined inside
        return True
    # ("BPS NTB" ~ "Badan Pusat Statistik (BPS) Nusa Tenggara Barat": the acronym inside, the place spelt out)
    full = INNER_ACRONYM.sub("", full)
    places = [place] + [p.split(None, 1)[1] for p in [expand_place_tail(short)] if p and " " in p]
    return any(full.endswith(" " + p) and is_acronym_of(head, full[:-len(p) - 1]) for p in places)


def _acronym_after_head(short: str, name: str) -> bool:
    """"Dinas Pekerjaan Umum dan Penataan Ruang (PUPR)": the acronym spells the name after its head."""
    words = name.split()
    return len(words) > 2 and words[0].lower() in _OFFICE_HEADS and is_acronym_of(short, " ".join(words[1:]))


_SURNAME_ALIAS = re.compile(r"(?P<last>[A-Z][\w'’-]+)\s+atau\s+(?P<alias>[A-Z][\w'’-]+\s+(?P=last))\b")


def _firm_first_word(short: str, full: str, typ: str) -> bool:
    """"Didi" ~ "Didi Chuxing", "Fitch" ~ "Fitch Ratings", "Bareskrim" ~ "Bareskrim Polri": a body of two words called
    by its first (not a body's head, "Bank"; nor a national arm, "Unilever Indonesia", which the gold keeps apart
    from its parent; nor a firm's shop or a leader's government, "Microsoft Store", "Obama Administration")."""
    words = full.split()
    return typ == "ORG" and len(words) == 2 and short == words[0] and short[:1].isupper() and not short.isupper() \
        and short.lower() not in _NOT_SHORT_FIRM and known_type(short) in (None, "ORG") \
        and words[1][:1].isupper() and not words[1].isupper() and known_type(words[1]) != "LOC" \
        and words[1] not in _NOT_SHORT_TAILS  # (nor a firm's channel, "Reuters TV")


def _group(body: str, raws: list[RawMention], lang: str) -> dict[int, str]:
    """Mention → group key. Short forms join the one full name they fit; ambiguous ones stay alone."""
    names: dict[tuple[str, str], str] = {}
    for r in raws:
        names.setdefault((r.type, fold(r.text)), r.text)
    acronyms = {}
    lex = load_lexicon()
    for r in raws:  # "Full Name (ACR)": the acronym joins the full name
        short = _bracketed_short(body, r.end)
        inner = _NAME_WITH_INNER_ACRONYM.match(r.text) if r.type == "ORG" else None
        if not short and inner and (is_acronym_of(inner.group(2), inner.group(1)) or is_loose_acronym(
                inner.group(2), inner.group(1)) or _acronym_after_head(inner.group(2), inner.group(1))):
            # "Dinas Lingkungan Hidup (DLH) Provinsi DKI Jakarta": the office's acronym inside the name
            acronyms.setdefault(fold(inner.group(2)), fold(r.text))
            continue
        if short and (is_acronym_of(short, r.text) or (r.type == "ORG" and (
                is_loose_acronym(short, r.text) or _acronym_after_head(short, r.text)))):
            acronyms[fold(short)] = fold(r.text)
        elif (short and r.type == "ORG" and (e := lex.lookup(short)) and e.type == "ORG"
              and not _names_a_part_of(r.text, e)):
            # English names of Indonesian bodies keep the Indonesian acronym: "National Disaster
            # Mitigation Agency (BNPB)"
            acronyms.setdefault(fold(short), fold(r.text))
        elif short and r.type == "ORG" and short.isupper() and 2 <= len(short) <= 6 and known_type(short) is None:
            # a body's acronym of an older or foreign name: "Persatuan Perusahaan Realestat
            # Indonesia (REI)" (Real Estate Indonesia), "Nusantara Institute for Economic Studies (LKEN)"
            acronyms.setdefault(fold(short), fold(r.text))
    parent: dict[tuple[str, str], tuple[str, str]] = {}
    lineup_lines = {(a, b) for _, _, a, b in lineup_names(body)}
    for m in PERSON_ALIAS_RE.finditer(body):  # "Saifullah Yusuf (Gus Ipul)": the nickname joins the name
        if any(a <= m.start() < b for a, b in lineup_lines):
            continue  # "Boateng (Hummels)" in a line-up: the substitute, another player
        alias = fold(m.group("alias") or m.group("alias2") or m.group("alias3") or "")
        alias = " ".join(w for w in alias.split() if w not in HONORIFICS) or alias
        full = next((n for (t, n) in names if t == "PER" and n and fold(m.group("full")).endswith(n)), None)
        if full and alias != full and ("PER", alias) in names:
            parent[("PER", alias)] = ("PER", full)
    # "Edward Omar Sharif Hiariej atau Eddy Hiariej": another name with the same surname after "atau"
    for m in _SURNAME_ALIAS.finditer(body) if " atau " in body else ():
        full = next((r.text for r in raws if r.type == "PER" and r.end == m.end("last") and r.text.count(" ")), None)
        alias = fold(m.group("alias"))
        if full and ("PER", alias) in names and alias != fold(full):
            parent[("PER", alias)] = ("PER", fold(full))
    # "… Jessica Iskandar … perempuan yang akrab dipanggil Jedar ini": the nickname joins the name
    people = [(r.start, r.text) for r in raws if r.type == "PER"]
    for nick, full in described_nicknames(body, people).items():
        if ("PER", fold(full)) not in names:
            # "Melki, sapaan Melkiades": a part of one person's full name ("Emanuel Melkiades Laka Lena")
            holders = [n for (t, n) in names if t == "PER" and f" {fold(full)} " in f" {n} " and n != fold(full)]
            full = names[("PER", holders[0])] if len(holders) == 1 else full
        if ("PER", fold(nick)) in names and ("PER", fold(full)) in names:
            parent[("PER", fold(nick))] = ("PER", fold(full))
    places = {n for (t, n) in names if t == "LOC"}
    first_at: dict[tuple[str, str], int] = {}
    for r in raws:
        first_at.setdefault((r.type, fold(r.text)), r.start)
    uses = Counter((r.type, fold(r.text)) for r in raws)
    variants = _spelling_variants(raws)
    if lang == "en":
        variants.update(_en_org_variants(names))
    parent.update(variants)
    if lang == "en":  # "Grand Isle, La." beside "Louisiana": one state
        for (typ, norm), surface in names.items():
            if typ == "LOC" and (full := US_STATE_ABBREVIATIONS.get(surface)) and ("LOC", fold(full)) in names:
                parent[(typ, norm)] = ("LOC", fold(full))
    for (typ, norm), surface in names.items():
        if (typ, norm) in variants:
            continue
        if norm in acronyms and (typ, acronyms[norm]) in names:
            parent[(typ, norm)] = (typ, acronyms[norm])
            continue
        fulls = {n for (t, n), s in names.items() if t == typ and n != norm and (t, n) not in variants and (
            is_short_form(surface, s, typ) or office_of_named_place(surface, s, typ, places)
            or _acronym_headed(surface, s, typ) or _firm_first_word(surface, s, typ)
            or (typ == "ORG" and (core := _firm_core(s)) is not None and fold(core) == norm)
            or _named_with_its_country(surface, s, typ)
            # ("Gulf" after "Gulf of Mexico": a place's head word alone, where one such place is named)
            or (typ == "LOC" and " " not in surface and s.startswith(surface + " of ")))
            and not (typ == "PER" and lang != "en" and first_at[(t, norm)] < first_at[(t, n)] and _relative_named_after(surface, s))}
        # keep only the longest candidates: "Kim" in "Kim Jong" and "Kim Jong Un" → "Kim Jong Un"
        # ("BPBD" fits "BPBD Sulteng" and "BPBD Sulawesi Tengah", one of which is the other's short form)
        fulls = {f for f in fulls if not any(g != f and (f in g or is_short_form(names[(typ, f)], names[(typ, g)], typ))
                                             for g in fulls)}
        if not fulls and typ == "PER" and lang != "en" and " " not in norm and len(norm) >= 4:
            # "Pras" after "Prasetyo Hadi": a first name cut short, the one full name it opens, named before
            # (or the name after one the bearer is not called by: "Afif" after "Mochammad Afifuddin")
            fulls = {n for (t, n) in names if t == "PER" and " " in n and any(
                called.startswith(norm) and len(called) >= len(norm) + 2 for called in _called_words(n))
                and first_at[(t, n)] < first_at[(t, norm)]}
            if len(fulls) > 1:
                fulls = set()
        if len(fulls) > 1 and typ == "PER" and " " not in norm and lang != "en":
            # "Prabowo" beside "Prabowo Subianto" and "Listyo Sigit Prabowo": Indonesian news calls
            # people by the first word of their name (English text names people of every naming
            # order: "Liew" may be "Liew Mun Leong" or "Karl Liew", and stays ambiguous)
            fulls = {f for f in fulls if f.split()[0] == norm} or fulls
        if len(fulls) > 1 and typ == "PER" and " " not in norm and lang == "en" and all(
                f.endswith(" " + norm) for f in fulls):
            # "Michael Jackson … his father, Joe Jackson … Jackson died": English news calls the person it named
            # first by the bare surname, and the relatives named after by their first names
            fulls = {min(fulls, key=lambda f: first_at[(typ, f)])}
        if len(fulls) > 1 and typ == "LOC" and (most := most_named({f: uses[(typ, f)] for f in fulls})) is not None:
            fulls = {most}  # the bare place name is the one the article names most
        if len(fulls) == 1:
            parent[(typ, norm)] = (typ, fulls.pop())
    # names whose own lexicon entry gave the key (not a metonym's)
    lex_keys = {(r.type, fold(r.text)): r.lex_key for r in raws
                if r.lex_key and (e := lex.lookup(r.text)) and e.key == r.lex_key}
    # "The National Disaster Mitigation Agency (BNPB)": a full name the text gives a lexicon
    # acronym joins the lexicon's entity, however it words the name
    acr_keys = {fold(r.text): r.lex_key for r in raws if r.lex_key}
    for acr, full in acronyms.items():
        for typ in ("ORG", "LOC"):
            if acr in acr_keys and (typ, full) in names:
                lex_keys.setdefault((typ, full), acr_keys[acr])
    # "Hyundai Motor Co" beside the lexicon's "Hyundai": a firm's name that is a known firm's and a
    # company word is that firm
    firm_keys = {fold(r.text): r.lex_key for r in raws if r.lex_key and r.type == "ORG"}
    for (typ, norm) in names:
        words = norm.split()
        if typ == "ORG" and (typ, norm) not in lex_keys and len(words) >= 2:
            for n in range(len(words) - 1, 0, -1):
                if " ".join(words[:n]) in firm_keys and all(w.rstrip(".") in _COMPANY_WORDS for w in words[n:]):
                    lex_keys[(typ, norm)] = firm_keys[" ".join(words[:n])]
                    break
    # "Perwakilan BI Provinsi Bali" (an office split from its place, which took the place's key) beside "di
    # Provinsi Bali": a place's name with its kind before it, keyed where an earlier step knew the place, is that
    # place wherever the article writes it (not a capital standing for its country: "Pyongyang" acting is Korea
    # Utara, "di Pyongyang" the city)
    derived_keys = {(r.type, fold(r.text)): r.lex_key for r in raws
                    if r.lex_key and lex.lookup(r.text) is None and fold(r.text).endswith(" " + r.lex_key.split(":", 1)[1])}
    out = {}
    for r in raws:
        if r.lex_key:
            out[id(r)] = r.lex_key
            continue
        node = (r.type, fold(r.text))
        seen = set()
        while node in parent and node not in seen:
            seen.add(node)
            node = parent[node]
        out[id(r)] = lex_keys.get(node) or derived_keys.get(node) or _province_key(node[0], names.get(node, "")) or f"{node[0]}:{node[1]}"
    return out


def _namesakes_abroad(raws: list[RawMention]) -> None:
    """"Partai Demokrat AS … Partai Demokrat", "Partai Buruh Inggris … Partai Buruh": a party the lexicon knows at
    home, named in the article beside its namesake abroad with that one's country, is the one abroad here (its
    lexicon key dropped, so that it groups as a short form of the full name). Not a ministry or court: news
    names its own country's bare beside the foreign one ("Kementerian Haji dan Umrah" beside Arab Saudi's)."""
    lex = load_lexicon()
    fulls = {r.text for r in raws if r.type == "ORG"}
    for r in raws:
        if r.type == "ORG" and r.lex_key and r.text.startswith("Partai ") and (entry := lex.lookup(r.text)) is not None \
                and entry.key == r.lex_key and len({f for f in fulls if _named_with_its_country(r.text, f, "ORG")}) == 1:
            r.lex_key = None


def _named_with_its_country(short: str, full: str, typ: str) -> bool:
    """"Partai Demokrat" beside "Partai Demokrat AS": a body of two words or more named once with the country
    abroad it belongs to is that country's wherever the article leaves the country out."""
    return (typ == "ORG" and " " in short and full.startswith(short + " ")
            and foreign_country(full[len(short) + 1:]))


def _province_key(typ: str, name: str) -> str | None:
    """"di Provinsi Jawa Barat" beside "Jawa Barat", "Pulau Bali" beside "Bali": a province or island the lexicon
    knows, named with its kind, is the lexicon's place (not "Kota"/"Kabupaten": "Kota Bogor" and "Kabupaten
    Bogor" are two)."""
    head, _, rest = name.partition(" ")
    if typ != "LOC" or head not in ("Provinsi", "provinsi", "Pulau", "pulau") or not rest:
        return None
    entry = load_lexicon().lookup(rest)
    return entry.key if entry is not None and entry.type == "LOC" else None


def _called_words(name: str) -> list[str]:
    """The words of a folded Indonesian name its bearer may be called by, cut short: any but the last
    ("Melki" for "Emanuel Melkiades Laka Lena"), and the second of two after a first name nobody is
    called by or an initial ("mochammad afifuddin" → "afifuddin")."""
    words = name.split()
    return words[:2] if uncalled_first(words[0]) else words[:max(1, len(words) - 1)]


_COMPANY_WORDS = frozenset("""co corp corporation inc ltd limited plc group holdings holding company motor motors
electronics technologies technology tbk""".split())


def _spelling_variants(raws: list[RawMention]) -> dict[tuple[str, str], tuple[str, str]]:
    """Two spellings of one person's name in an article ("Bernad Darmawan Sutrisno" / "Bernad
    Dermawan Sutrisno", "Djarot Saiful Hidayat" / "Djarot Syaiful Hidayat"): names of two words or more, the
    same but for one word of five letters or more, one letter apart inside it or one letter more (not its
    last: "Susanto" and "Susanti" may be a brother and sister). The rarer spelling (of two as frequent, the
    later) → the other."""
    uses = Counter(fold(r.text) for r in raws if r.type == "PER" and r.lex_key is None)
    names = [n for n in uses if len(n.split()) > 1]
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            wa, wb = a.split(), b.split()
            diff = [k for k in range(len(wa)) if len(wa) == len(wb) and wa[k] != wb[k]]
            if len(diff) != 1 or min(len(wa[diff[0]]), len(wb[diff[0]])) < 5:
                continue
            x, y = wa[diff[0]], wb[diff[0]]
            if x[-1] == y[-1] and (len(x) == len(y) and sum(p != q for p, q in zip(x, y, strict=True)) == 1
                                   or _one_letter_more(x, y) or _one_letter_more(y, x)):
                rare, common = (a, b) if uses[a] < uses[b] else (b, a)
                out.setdefault(("PER", rare), ("PER", common))
    return out


def _one_letter_more(longer: str, shorter: str) -> bool:
    """Whether ``longer`` is ``shorter`` with one letter put in ("Syaiful" / "Saiful", "Muhammad" / "Muhamad")."""
    return len(longer) == len(shorter) + 1 and any(longer[:k] + longer[k + 1:] == shorter for k in range(len(longer)))


def _plural_tail(name: str) -> bool:
    """Whether a name of three words or more ends in a plural ("… Roller Shutters", "… Industries")."""
    words = name.split()
    return len(words) >= 3 and words[-1][:1].isupper() and words[-1].endswith("s") and not words[-1].endswith("ss")


def _firm_of(short: str, full: str) -> bool:
    """"Tan Kim Seng" of "Tan Kim Seng Roller Shutters": a name of words all capitalised, ending
    in a plural, opening with ``short`` (not "Asean" of "Asean Parliamentarians for Human Rights")."""
    rest = full[len(short) + 1:].split()
    return full.startswith(short + " ") and _plural_tail(full) and all(w[:1].isupper() for w in rest)


_EN_FIRM_SUFFIXES = frozenset("ltd inc llc plc corp co ag sa nv".split())


def _firm_base(name: str) -> str | None:
    """"Transocean Ltd" → "Transocean": a firm's name without its legal suffix (None without one)."""
    words = name.split()
    return " ".join(words[:-1]) if len(words) >= 2 and words[-1].rstrip(".").lower() in _EN_FIRM_SUFFIXES else None


def _en_org_variants(names: dict[tuple[str, str], str]) -> dict[tuple[str, str], tuple[str, str]]:
    """English bodies named two ways in one article (folded name → the other): "Health Ministry" →
    "Ministry of Health"; "Interior Ministry" → "Russian Interior Ministry" (the one such name
    after a nationality); "UN General Assembly" → "United Nations General Assembly" (an acronym
    the lexicon spells out); "Tan Kim Seng" → "Tan Kim Seng Roller Shutters" (a firm without its
    plural trade words)."""
    lex = load_lexicon()
    orgs = {n for (t, n) in names if t == "ORG"}
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for n in orgs:
        words = n.split()
        cands = set()
        surface = names[("ORG", n)].split()
        if len(surface) >= 2 and surface[-1].lower() in ("ministry", "department"):
            cands |= {fold(f"{surface[-1]} of {' '.join(surface[:-1])}")} & orgs
        cands |= {f for f in orgs if f.endswith(" " + n) and len(f.split()) == len(words) + 1
                  and _demonym(names[("ORG", f)].split()[0])}
        if (e := lex.lookup(names[("ORG", n)].split()[0])) is not None and len(words) >= 2:
            rest = " ".join(words[1:])
            cands |= {f for form in (e.name_en, e.name_id, *e.aliases)
                      if (f := f"{fold(form)} {rest}") in orgs and f != n}
        if len(words) >= 2:
            cands |= {f for f in orgs if _firm_of(names[("ORG", n)], names[("ORG", f)])}
        if (base := _firm_base(n)) is not None and base in orgs:
            cands = {base}  # "Transocean Ltd" → "Transocean"
        if len(cands) == 1:
            out[("ORG", n)] = ("ORG", cands.pop())
    return out


def _relative_named_after(short: str, full: str) -> bool:
    """"… istri Wakil Presiden Hamzah Haz, Soraya Hamzah Haz": a name of two words or more an
    Indonesian article gives before a longer name ending with it is another person of that family
    (in English the longer one is a full name given late: "Aung Hlaing" … "Min Aung Hlaing"), unless what
    the longer name adds is a name its bearer is not called by ("Muhammad") or initials."""
    s, f = fold(short).split(), fold(full).split()
    if len(s) < 2 or f[:len(s)] == s or f[-len(s):] != s:
        return False
    return not all(uncalled_first(w) for w in f[:-len(s)])
