"""Raw name spans in one article, before they are resolved into entities.

The NER tagger runs line by line and sentence by sentence; its spans are cleaned (titles,
honorifics and lower-case heads cut off, places swept into a person's name split out, lower-case
slips in cased text dropped), then names the tagger missed are added: lexicon names ("AS", "PBB"),
gazetteer places, acronyms the text defines ("... Bencana (BNPB)") and repeats of names found
elsewhere in the article (a surname on its own).
"""

from __future__ import annotations

import re

from kabar.extract.wire import AGENCIES, PAPERS
from kabar.nlp.aliases import (
    BARE_OFFICES,
    CAPITAL_METONYMS,
    HONORIFICS,
    KOREAN_SURNAMES,
    MALAY_HONOUR,
    REGIONAL_OFFICES,
    foreign_country,
    is_acronym_of,
    is_honorific,
    known_type,
    korean_given,
    korean_name,
    load_gazetteer,
    load_lexicon,
    world_place,
)
from kabar.nlp.arts_and_sports import (
    age_group_teams,
    football_sides,
    national_teams,
    racing_teams,
    works_and_groups,
)
from kabar.nlp.dishes import dish_names
from kabar.nlp.gadgets import gadget_products
from kabar.nlp.id_names import (
    NAMED_AFTER_PEOPLE,
    acronym_inside_bodies,
    addressed_people,
    affixed_openers,
    apostrophe_name_ends,
    balinese_names_after_titles,
    bin_names,
    blessings_off_names,
    byline_names,
    calendar_and_office_names,
    competition_places,
    conjoined_names,
    countries_after_universities,
    credited_outlets,
    dateline_outlets,
    dateline_places,
    degrees_no_names,
    elections_no_names,
    era_pairs,
    first_names_after_ranks,
    first_names_from_elsewhere,
    hyphened_namesakes,
    island_name_prefixes,
    labels_off_names,
    leading_initials,
    legislatures,
    names_after_ministers,
    names_after_occupations,
    names_after_royal_titles,
    names_after_titles,
    news_agencies,
    nicknamed_people,
    office_before_place,
    office_of_body,
    office_units,
    office_units_in_person,
    outlet_channels,
    parliament_and_country_suffix,
    place_kind_heads,
    place_led_people,
    place_runs,
    ranked_people,
    ratu_first_names,
    schools,
    split_hyphen_pairs,
    streets,
    trains_and_lines,
    un_organs,
    units_no_person,
    universities_with_their_town,
    verbs_inside_names,
    web_domains,
)
from kabar.nlp.medicines import medicine_names
from kabar.nlp.ner import NerTagger, is_cased, is_title_case, name_like, usually_lower
from kabar.nlp.ner_en import EnglishTagger
from kabar.nlp.raw_mention import RawMention, joined_with_next, word_before
from kabar.nlp.roles import MODIFIERS, ROLE_WORDS
from kabar.nlp.speaker_words import EURO_NAME_PARTICLES, ORG_HEADS, PLACE_TAKERS, is_office_abbreviation
from kabar.nlp.tokens import LINK_LINE, Span, find_whole, opens_sentence, split_sentences, tokenize
from kabar.nlp.vehicles import vehicle_models

# Longest lexicon alias, in tokens, tried when scanning for names the tagger missed ("Kementerian
# Pendidikan Tinggi , Sains , dan Teknologi": 8).
LEX_MAX_TOKENS = 8

# Nationality words that open English titles ("Russian President Vladimir Putin") and are not
# part of the name; a span of nothing else is no name at all ("North Korean").
DEMONYMS = frozenset("""American British Chinese Russian Ukrainian Korean North South Japanese Indonesian
Malaysian Singaporean Australian Indian Iranian Israeli Palestinian Saudi Turkish French German Dutch
Italian Spanish Philippine Filipino Thai Vietnamese Pakistani Afghan Syrian Iraqi Egyptian Qatari
European Asian African Western Eastern US U.S. UK
Briton Britons Welsh Scottish Scot Scots Irish Alawite Alawites Shiite Shiites Kurdish""".split())

# Last words that make a name an organisation whatever the tagger said ("Kyodo News" came out a
# person: the training sets hold few foreign media and companies).
ORG_TAILS = frozenset("""news times post press agency daily herald tribune journal gazette network
channel radio tv television group inc inc. corp corp. co. ltd ltd. llc llp plc tbk bhd berhad gmbh company airlines airways
foundation institute university council party association society organization organisation federation
club committee commission academy studios pictures records entertainment
minerals metals mining resources holdings technologies industries earths
united hotspur albion wanderers rovers today record images media labs fa""".split())

# the last words of a company's name, which no place's name ends with
_COMPANY_TAILS = frozenset("""records entertainment studios pictures productions inc inc. corp corp. ltd ltd. llc plc tbk bhd
berhad gmbh airlines airways holdings technologies industries""".split())

# First words that make a name a place whatever the tagger said ("Stasiun Bojonggede" and
# "Perumnas Balaroa" came out persons, "Lake Poso" an organisation) — unless its last word makes
# it a body ("Mount Sinai Hospital")
PLACE_HEADS = frozenset("""stasiun bandara terminal pelabuhan jalan jl jl. desa kelurahan kecamatan kampung dusun
perumnas kompleks pasar gunung sungai danau pulau pantai teluk selat tanjung bendungan bendung jembatan
lake mount mt. river bay gulf strait cape laut samudra samudera sungei lorong kampong""".split())
# Last words that make an English name a place ("Pacific Basin" came out an organisation)
PLACE_TAILS = frozenset("""basin sea ocean river valley mountains highlands peninsula strait gulf coast desert plateau
road street avenue lane drive crescent boulevard highway expressway close""".split())  # ("Kranji Road" came out a person)
# endings of Ukrainian and Russian villages and towns the tagger takes for people or bodies ("Kurdyumivka")
_SLAVIC_PLACE = re.compile(r"[A-Z][a-z]{3,}(?:ivka|yivka|ivske|opil|opol|ohrad)")
_BODY_TAILS = frozenset("hospital university school college academy institute".split())
# Time zones the tagger takes for organisations ("pukul 02.47 WITA")
TIME_ZONES = frozenset("""EDT EST CDT CST MDT MST PST PDT AKDT AKST HST GMT BST CET CEST EET EEST UTC IST JST
AEST AEDT AWST ACST NZST NZDT WIB WITA WIT""".split())
# ("12:00 p.m. ET", "1930 CDT"; these only after a clock time: "PT" opens an Indonesian firm's name, HKT is a firm)
_CLOCK_BEFORE = re.compile(r"(?:\d[.:]\d{2}|(?<![\d,.])\d{4}|\d\s*[ap]\.?m\.?)\s*$")
_CLOCK_ZONES = TIME_ZONES | {"ET", "PT", "CT", "MT", "HKT", "SGT", "KST", "MSK", "EAT", "SAST"}
# Units named after people, which the tagger takes for them ("33 derajat Celsius", "skala Richter")
UNITS = frozenset("Celsius Fahrenheit Kelvin Richter".split())

# Words after which a short acronym is a person's initials (court and crime reports); after any
# other word, an age in brackets says so ("pria AS (34)"), while "warga AS" stays the country.
INITIAL_TAKERS = frozenset("""korban saudara saudari sdr sdri tersangka terdakwa terpidana pelaku inisial
berinisial almarhum almarhumah""".split())
_INITIALS_RE = re.compile(r"(\w+)\W{1,3}([A-Z]{2,3})\b")
_AGE_AFTER = re.compile(r"\s*\(\s*\d{1,2}\s*(?:th|tahun)?\s*\)")

ACRONYM_RE = re.compile(r"\s*\(\s*([A-Z][A-Za-z]*[A-Z][A-Za-z]*|[A-Z][a-z]+[A-Z]?[a-z]*)\s*\)")


def raw_mentions(body: str, tagger: NerTagger | EnglishTagger) -> list[RawMention]:
    """Every name span of ``body``, in order of position (they never overlap). ``tagger`` is the
    Indonesian CRF (``kabar.nlp.ner``, sentence by sentence) or the English one (``kabar.nlp.ner_en``,
    over the whole body)."""
    raws: list[RawMention] = []
    sentences = []
    for sent in _lines(split_sentences(body)):
        toks = [Span(t.start + sent.start, t.end + sent.start, t.text) for t in tokenize(sent.text)]
        words = [t.text for t in toks]
        # a headline line inside the body (a related link, a subheading): Title Case, no full stop
        # (a list of names set off by commas is no headline, even where its full stop was lost: "… meliputi
        # Dewan Da'wah Islamiyah Indonesia, Yayasan …, Perkumpulan …, Amril Saifa, …")
        # (nor is an item of a bulleted list of people with their offices: "- Wamenkomdigi Angga Raka Prabowo")
        headline = is_title_case(words) and not sent.text.rstrip().endswith((".", "!", "?", '"', "”", ":")) \
            and not (words.count(",") >= 3 and sum(w.isalpha() and w.islower() for w in words) >= 3) \
            and not (len(words) > 2 and words[0] in ("-", "•")
                     and (words[1].lower() in ROLE_WORDS or is_office_abbreviation(words[1])))
        sentences.append((toks, words, headline))
    if isinstance(tagger, EnglishTagger):
        all_tags = tagger.tag_body(body, [toks for toks, _, _ in sentences])
    else:
        all_tags = tagger.tag_many([(words, headline) for _, words, headline in sentences])
    for (toks, words, _), tags in zip(sentences, all_tags, strict=True):
        tagged = _tagged(body, toks, tags)
        if toks and LINK_LINE.match(body, body.rfind("\n", 0, toks[0].start) + 1):
            continue  # 'Tonton juga video "Prabowo Beri Pembekalan …" di sini:': a video's title, no names
        if is_cased(words):  # a lower-case "name" in cased text is a tagger slip ("said")
            tagged = [t for r in tagged if any(ch.isupper() for ch in r.text) and (t := _without_lower_tail(r))]
        tagged = [t for r in tagged if not _initials(body, r.start, r.end, word_before(body, r.start))
                  and not _common_opener(body, r) and (t := _without_imperative(body, r))]
        # (English only: Indonesian doubles words in names, "Alun Alun Kota Bogor")
        tagged = _middle_initials(body, _repeated_words(tagged) if isinstance(tagger, EnglishTagger) else tagged)
        for r in tagged:
            if r.type == "PER" and _in_role_brackets(body, r):
                r.type = "ORG"  # "Dr. Rahmat Hidayatullah (Pengamat HI Unmul)": the affiliation
        tagged = _dotted_company_forms(body, tagged)
        hits, covered = _lexicon_hits(body, toks, tagged)  # spans of this sentence only
        raws.extend(r for k, r in enumerate(tagged) if k not in covered)
        raws.extend(hits)
    # "US$ 13", "S$ 5": a currency's country letters are no mention of it
    raws = [r for r in raws if body[r.end:r.end + 1] != "$"]
    raws = parliament_and_country_suffix(body, raws)
    raws = office_of_body(body, raws)
    raws.extend(_defined_acronyms(body, raws))
    raws = outlet_channels(body, raws)
    players = [(a, b) for a, b, _, _ in lineup_names(body)]
    raws = lineups(players, body, credited_outlets(body, news_agencies(body, web_domains(body, raws))))
    raws = schools(body, raws)
    raws.extend(_propagated(body, raws))
    raws = _split_swept_prefix(body, raws)
    if isinstance(tagger, EnglishTagger):
        raws = joined_with_next(body, sorted(raws, key=lambda r: r.start), _name_cut_short, "PER")
    else:
        raws = hyphened_namesakes(body, split_hyphen_pairs(body, era_pairs(body, dateline_outlets(body, raws))))
        raws = office_before_place(office_units_in_person(first_names_after_ranks(body, ranked_people(body, raws))))
        raws = un_organs(body, addressed_people(body, universities_with_their_town(body, names_after_royal_titles(body, names_after_occupations(body, names_after_titles(body, names_after_ministers(body, raws)))))))
        raws = countries_after_universities(raws)
        raws = degrees_no_names(body, verbs_inside_names(body, units_no_person(affixed_openers(body, balinese_names_after_titles(body, island_name_prefixes(body, raws))))))
        raws = leading_initials(body, trains_and_lines(body, byline_names(body, labels_off_names(body, apostrophe_name_ends(body, bin_names(body, ratu_first_names(body, first_names_from_elsewhere(body, blessings_off_names(raws)))))))))
        raws = calendar_and_office_names(elections_no_names(raws))
        raws = conjoined_names(competition_places(body, office_units(body, place_kind_heads(body, place_led_people(body, streets(body, legislatures(body, acronym_inside_bodies(body, raws))))))))
        raws = nicknamed_people(body, place_runs(raws))
        raws = racing_teams(body, football_sides(body, works_and_groups(body, sorted(raws, key=lambda r: r.start))))
        raws = dateline_places(body, age_group_teams(body, national_teams(body, raws)))  # (after the clubs)
    # (again, last: a player's surname that is also a common word or a place, "Polo", "Flores", must not be
    # dropped or retyped by the steps after the first pass)
    raws = _vessels_and_wells(body, _article_particles(body, lineups(players, body, _lexicon_places_not_people(raws))))
    raws = medicine_names(raws)
    if not isinstance(tagger, EnglishTagger):  # (measured on Indonesian news only)
        raws = dish_names(gadget_products(vehicle_models(body, _glued_possessives(body, raws))))
    initials = _initials_in(body)
    if initials:
        raws = [r for r in raws if r.text not in initials]
    raws.sort(key=lambda r: r.start)
    return _foreign_offices(body, raws)


_NAME_PARTICLES = EURO_NAME_PARTICLES | frozenset("di da bin binti ibn zu y".split())


def _lexicon_places_not_people(raws: list[RawMention]) -> list[RawMention]:
    """A one-word person the tagger found that is exactly a place the lexicon knows is that place
    ("Tahun lalu Brazil hanya mengumumkan …": a sentence's subject read as a person), unless the word is
    also part of a longer person's name in the article ("Jordan" after "Jordan Clarkson")."""
    lex = load_lexicon()
    name_words = {w for r in raws if r.type == "PER" and " " in r.text for w in r.text.split()}
    out = []
    for r in raws:
        entry = lex.lookup(r.text) if r.type == "PER" and r.lex_key is None and " " not in r.text \
            and r.text not in name_words else None
        out.append(RawMention(r.start, r.end, r.text, "LOC", entry.key) if entry and entry.type == "LOC" else r)
    return out


def _without_lower_tail(r: RawMention) -> RawMention | None:
    """A name in cased text ends on a capitalised word or a number: "Kementerian Luar Negeri | skor"
    (a list the scrape ran together) loses its lower-case tail."""
    words = r.text.split(" ")
    cut = len(words)
    while cut > 1 and words[cut - 1][:1].islower():
        cut -= 1
    if any(w.lower() in _NAME_PARTICLES or w.lower().startswith(("al-", "el-")) for w in words[cut:]):
        return r  # "Ursula von der | Leyen", "Abu Musab al-…": the tagger's span runs on in a name
    # "Commuter Line | lintas Bogor", "Papua Selatan | antara lain …": a lower-case word inside a
    # name is a joiner ("dan", "untuk", "of") or a particle, else the name ended before it
    inner = next((i for i, w in enumerate(words[1:cut], 1) if w.isalpha() and w.islower() and w not in _INNER_LOWER
                  and w not in MODIFIERS), None)
    if inner is not None:
        cut = inner
        while cut > 1 and words[cut - 1].lower() in _INNER_LOWER:
            cut -= 1
    if cut == len(words):
        return r
    text = " ".join(words[:cut])
    return RawMention(r.start, r.start + len(text), text, r.type, r.lex_key)


def _repeated_words(tagged: list[RawMention]) -> list[RawMention]:
    """A name of one word written twice ("Mexico Mexico", "Yayladagi Yayladagi") is a heading or
    dateline run into the next sentence's first word: two mentions."""
    out = []
    for r in tagged:
        first, sep, second = r.text.partition(" ")
        if sep and first == second and first[:1].isupper():
            out.append(RawMention(r.start, r.start + len(first), first, r.type, r.lex_key))
            out.append(RawMention(r.end - len(second), r.end, second, r.type, r.lex_key))
        else:
            out.append(r)
    return out


_AFTER_INITIAL = re.compile(r"\. ((?:[A-Z][\w'’-]+ ?){1,3})")


def _middle_initials(body: str, tagged: list[RawMention]) -> list[RawMention]:
    """A middle initial with its dot ends no name: "Dedie A. | Rachim", "John F. | Kennedy", and in
    a place's or body's name an initial or "St." ("Stadion H. | Dimurthala", "Stadion St. | James
    Park"). The tagger breaks a name at the dot (and may leave what follows untagged); the words after
    it join the name, up to a word cased news writes in lower case ("… Dedie A. Kemudian …" is a
    sentence end)."""
    out: list[RawMention] = []
    k = 0
    while k < len(tagged):
        r = tagged[k]
        k += 1
        words = r.text.split(" ")
        m = _AFTER_INITIAL.match(body, r.end)
        initial = len(words[-1]) == 1 and words[-1].isupper()
        if m is None or len(words) < 2 or not (initial or (words[-1] == "St" and r.type != "PER")):
            out.append(r)
            continue
        nxt = tagged[k] if k < len(tagged) else None
        if nxt is not None and nxt.start == m.start(1):
            if nxt.lex_key and (nxt.type != "PER" or r.type != "PER"):
                out.append(r)
                continue
            end = nxt.end
            k += 1
        else:
            end = m.start(1)
            for w in re.finditer(r"[A-Z][\w'’-]+", m.group(1)):
                if usually_lower(w.group()) or known_type(w.group()) or (
                        nxt is not None and m.start(1) + w.end() > nxt.start):
                    break
                end = m.start(1) + w.end()
            if end == m.start(1):
                out.append(r)
                continue
        out.append(RawMention(r.start, end, body[r.start:end], r.type))
    return out


# lower-case words a name may hold: joiners and particles ("Kementerian Pemuda dan Olahraga",
# "Bank of England", "Ursula von der Leyen")
_INNER_LOWER = _NAME_PARTICLES | frozenset("dan serta atau untuk bagi dari pada ke of the a an and for on in at by upon".split())


# Heads of a government office's name; followed by a foreign country it is that country's office
_OFFICE_HEADS = frozenset("kementerian departemen kedutaan kedubes badan dinas".split())


def _foreign_offices(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"Kementerian Pertahanan | Korea Utara": an office the lexicon knows as Indonesia's, right
    before another country, is that country's office — one organisation, not Indonesia's ministry
    beside a place."""
    out: list[RawMention] = []
    for r in raws:
        prev = out[-1] if out else None
        if (prev is not None and prev.type == "ORG" and r.type == "LOC" and body[prev.end:r.start] == " "
                and prev.text.split()[0].lower() in _OFFICE_HEADS and (country := load_lexicon().lookup(r.text))
                and country.type == "LOC" and country.name_id != "Indonesia"):
            out[-1] = RawMention(prev.start, r.end, body[prev.start:r.end], "ORG")
            continue
        if (prev is not None and r.type == "LOC" and body[prev.end:r.start] == " " and prev.lex_key is None
                and ((prev.type == "ORG" and prev.text.split()[-1].lower() in REGIONAL_OFFICES)
                     or (prev.type != "PER" and prev.text.lower() in BARE_OFFICES))):
            # "Polda | Kalimantan Timur", "Pemkab | Garut": a regional office and its region; so is
            # a bare office whatever the tagger typed it ("RSUD | Sekayu", "PN | Semarang")
            out[-1] = RawMention(prev.start, r.end, body[prev.start:r.end], "ORG")
            continue
        if (prev is not None and prev.type == "ORG" and r.type == "LOC" and " " not in prev.text
                and (m := _REGION_KIND_GAP.match(body, prev.end))
                and (body_entry := load_lexicon().lookup(prev.text)) is not None and body_entry.type == "ORG"
                and m.end() in (r.start, r.start + len(m.group("kind")) + 1)
                and (r.start == m.end() or r.text.startswith(m.group("kind")))):
            # "KPU | Kabupaten Tabanan", "Bawaslu Provinsi | Bali": a national body's regional branch
            # is a body of its own, not the national one beside a place
            out[-1] = RawMention(prev.start, r.end, body[prev.start:r.end], "ORG")
            continue
        out.append(r)
    return out


_REGION_KIND_GAP = re.compile(r" (?P<kind>Kabupaten|Kota|Provinsi) ?")


def _lines(sentences: list[Span]) -> list[Span]:
    """Sentences cut at line breaks too: in scraped text a line is a caption, credit or heading
    as often as it is part of a sentence, and a name never spans two lines."""
    out = []
    for sent in sentences:
        # a dash before a capital ends a name too, and what follows it is tagged afresh: a dateline
        # ("MATARAM, West Nusa Tenggara — Sari Wulandari has …") made one place of the place and
        # the person
        for piece in _LINE_OR_DASH.finditer(sent.text):
            if piece.group().strip():
                out.append(Span(sent.start + piece.start(), sent.start + piece.end(), piece.group()))
    return out


# a dash before a capital ends a piece; one before lower case ("priorities – first to …") does not:
# an all-lower-case piece would go to the case-free model, which tags "her liver" a person
_LINE_OR_DASH = re.compile(r"(?:[^\n—–]|[—–](?!\s*[A-Z]))+")


def _tagged(body: str, toks: list[Span], tags: list[str]) -> list[RawMention]:
    out: list[RawMention] = []
    tags = _places_named_after_people(toks, tags)
    start, typ = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, t = tag.partition("-")
        if (prefix == "B" and t == "PER" and 0 <= start and typ == "PER"
                and (all(_before_given_name(tk.text) for tk in toks[start:i - 1])
                     or (i - 2 > start and _before_given_name(toks[i - 2].text)))
                and body[toks[i - 1].end:toks[i].start] == " " and _first_name(toks[i - 1].text)):
            # "Fadjar | Djoko Santoso", "Kombes Asep | Adi Saputra": a person's name the tagger
            # restarted (after a rank or a noble's "Raden", "Kombes Raden Prabowo | Argo Yuwono", too, also behind an office: "Kapolresta Bogor Kombes Pol Rio |
            # Wahyu Anggoro"), no two people
            prefix = "I"
        elif (prefix == "B" and t == "ORG" and typ == "ORG" and 0 <= start and body[toks[i - 1].end:toks[i].start] == " "
              and len(toks[i - 1].text) >= 2 and toks[i - 1].text.isupper() and toks[i - 1].text.isalpha()
              and len(toks[i].text) >= 2 and toks[i].text.isupper() and toks[i].text.isalpha()
              and i - start == 1 and toks[i - 1].text.lower() not in ROLE_WORDS
              and load_lexicon().lookup(toks[i - 1].text) is None):
            # "OWOX | BI": an acronym the lexicon does not know and one it does ("BI", Bank Indonesia), opened one
            # after the other, one body's name (not an office before its body, "JPU | KPK", nor two bodies,
            # "Fraksi PAN | DPR RI")
            prefix = "I"
        elif (prefix == "B" and t == "PER" and 0 <= start and body[toks[i - 1].end:toks[i].start] == " "
              and _first_name(toks[i].text) and toks[i].text.lower() not in ROLE_WORDS
              and _runs_into_person(toks, start, i, typ)):
            # "Edward Omar | Sharif Hiariej", "Gardian | Muhammad Abdullah": one person's name in two spans
            prefix, typ = "I", "PER"
        elif (prefix == "B" and t == "PER" and typ in ("ORG", "LOC") and start >= 0 and i - start >= 2
              and body[toks[i - 1].end:toks[i].start] == " " and _first_name(toks[i - 1].text)
              and len(toks[i - 2].text) >= 2 and toks[i - 2].text.isupper() and toks[i - 2].text not in _COMPANY_FORMS
              and known_type(toks[i - 1].text) is None and name_like(toks[i - 1].text)):
            # "anggota Komisi VI DPR Rieke | Diah Pitaloka": the body's span took the person's first name (not
            # a company's name after its legal form: "PT Adhiguna | Keruktama Adiputra Kurniawan")
            out.append(_make(body, toks[start].start, toks[i - 2].end, typ))
            start, prefix, typ = i - 1, "I", "PER"
        if start >= 0 and (prefix != "I" or t != typ):
            out.append(_make(body, toks[start].start, toks[i - 1].end, typ))
            start = -1
        if prefix == "B" or (prefix == "I" and start < 0):
            start, typ = i, t
    # a one-letter "name" is a magnitude or a list label ("Gempa M 6,2"), no entity; nor a unit
    # (a time zone written in title case after a clock time, "pukul 10.00 Wita", too)
    return [piece for r in out if len(r.text.rstrip(".")) > 1 and r.text not in TIME_ZONES | UNITS
            and not (r.text.upper() in _CLOCK_ZONES and _CLOCK_BEFORE.search(body, max(0, r.start - 12), r.start))
            for part in _split_inner_role(body, r)
            for piece in _split_place_prefix(body, part)]


# a football line-up: "Arsenal (3 - 4 - 2 - 1): Cech; Holding, Mustafi, Chambers; …", "Neuer; Lahm,
# Boateng (Hummels), Martinez, Alaba; Vidal, …" — players by surname, the tagger's places and bodies
_LINEUP_HEAD = re.compile(r"(?P<team>[^:\n]{2,60}?)\s*\(\s*\d(?:\s*-\s*\d)+\s*\)\s*:\s*")
_FORMATION = re.compile(r"\(\s*\d(?:\s*-\s*\d)+\s*\)\s*:")
# a team's name or "Cadangan" (substitutes) before a line of names
_NAMES_LINE_HEAD = re.compile(r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|[Pp]emain\s+cadangan|[Ss]ubs|[Ss]ubstitutes)\s*:\s*")
_LINEUP_NAME = re.compile(r"[A-Z][\w'’.]*(?:\s+(?:-\s+)?[A-Z][\w'’.]*){0,3}")
# the minute of a substitution after the player who came on: "(Durante 68’)", "(Aquino 86 ')", "(Polo 90+2')"
_SUB_MINUTE = re.compile(r"\s+\d{1,3}(?:\s*\+\s*\d{1,2})?\s*['’`′]$")


def lineup_names(body: str) -> list[tuple[int, int, int, int]]:
    """The players of every line-up line, as ``(start, end, line_start, line_end)``: six or more names
    split by commas and semicolons (a semicolon or a formation such as "(4 - 4 - 2)" required), a
    substitute in brackets after the player he replaced; without a formation, two semicolons and no
    name a known place or body, or a team's name before a colon and a substitution's minute ("Peru:
    Gallese; Corzo, …, Yotun (Aquino 86'); …", where "Flores" is a surname). The team before the
    formation or the colon is none of them."""
    found: list[tuple[int, int, int, int]] = []
    # (a cheap test first: the head's lazy team name made a search over the body cost ~3 ms an article)
    formation = _FORMATION.search(body) is not None
    if ";" not in body and not formation and body.count(",") < 5:
        return found
    for line in re.finditer(r"[^\n]+", body):
        text, at = line.group().rstrip(" ."), line.start()
        commas_only = False
        if ";" not in text and not (formation and _FORMATION.search(text)):
            # "Real Madrid: Navas, Carvajal, Varane, …", "Cadangan: Jaume, Vidal, …": a line of names and
            # commas only, under a team's name or none (checked below: no known place or body among them)
            if text.count(",") < 5:
                continue
            commas_only = True
        head = None if commas_only else _LINEUP_HEAD.match(text)
        label = None if head else _NAMES_LINE_HEAD.match(text)
        if label:
            rest_at = label.end()
        else:
            rest_at = head.end() if head else 0
        if not head and ";" not in text and not commas_only:
            continue
        names = []
        ok = True
        minutes = 0
        for item in re.finditer(r"[^,;]+", text[rest_at:]):
            piece = item.group()
            for part in re.finditer(r"[^()]+", piece):
                name = part.group().strip()
                if minute := _SUB_MINUTE.search(name):
                    name, minutes = name[:minute.start()], minutes + 1
                if not name:
                    continue
                if not _LINEUP_NAME.fullmatch(name):
                    ok = False
                    break
                start = at + rest_at + item.start() + part.start() + part.group().index(name)
                names.append((start, start + len(name), line.start(), line.end()))
            if not ok:
                break
        # (without a formation, two semicolons and no name a known place or body: "Jakarta; Bandung;
        # Surabaya; …" is a list of cities)
        if ok and len(names) >= 6 and (head or (label and minutes and ";" in text) or (
                (text.count(";") >= 2 or commas_only) and not any(
                known_type(body[a:b]) in ("LOC", "ORG") for a, b, _, _ in names))):
            found.extend(names)
    return found


def lineups(players: list[tuple[int, int]], body: str, raws: list[RawMention]) -> list[RawMention]:
    """Every name of a line-up line (``players``: :func:`lineup_names`' spans) as a person, whatever
    the tagger said."""
    if not players:
        return raws
    out = [r for r in raws if not any(a < r.end and r.start < b for a, b in players)]
    out.extend(RawMention(a, b, body[a:b], "PER") for a, b in players)
    return sorted(out, key=lambda r: r.start)


# legal forms before an Indonesian company's name
_COMPANY_FORMS = frozenset("PT CV UD PD".split())


def _dotted_company_forms(body: str, tagged: list[RawMention]) -> list[RawMention]:
    """"PT. | Sat Nusapersada": a name right after a legal form written with its dot (the tokenizer sets the dot
    apart, the tagger reads what follows as a person) is the company, its form with it, as the gold writes it."""
    out = []
    for r in tagged:
        form = body[max(0, r.start - 4):r.start]
        if form[:-1] in ("PT.", "CV.") and form[-1] == " " and r.lex_key is None and (r.start < 5 or not body[r.start - 5].isalnum()):
            out = [x for x in out if x.end <= r.start - 4]  # (the form alone: "PT")
            out.append(RawMention(r.start - 4, r.end, body[r.start - 4:r.end], "ORG"))
        else:
            out.append(r)
    return out
# words after which a lone unknown capitalised word is a place, not the first of a person's names
_PLACE_BEFORE = frozenset("di ke dari asal menuju kota kabupaten desa kecamatan provinsi".split())


def _places_named_after_people(toks: list[Span], tags: list[str]) -> list[str]:
    """"Bandara Sultan | Aji Balikpapan": a person the tagger began right after a place whose head is
    one often named after people (an airport, a stadium) is the rest of the place's name."""
    tags = list(tags)
    for i in range(1, len(tags)):
        if tags[i] == "B-PER" and tags[i - 1] in ("B-LOC", "I-LOC") and toks[i].start == toks[i - 1].end + 1:
            head = i - 1
            while head > 0 and tags[head] == "I-LOC":
                head -= 1
            if toks[head].text in NAMED_AFTER_PEOPLE:
                k = i
                while k < len(tags) and (tags[k] == "B-PER" if k == i else tags[k] == "I-PER"):
                    tags[k] = "I-LOC"
                    k += 1
    return tags


def _runs_into_person(toks: list[Span], start: int, i: int, typ: str) -> bool:
    """Whether the tagger's span ``toks[start:i]`` and the person it starts right after (one space
    between) are one person's name: a two-word name it restarted ("Edward Omar | Sharif Hiariej"),
    or three, or a first name it read as a place the lexicon does not know ("Gardian | Muhammad Abdullah",
    not after "di" or a place's kind)."""
    words = [tk.text for tk in toks[start:i]]
    if typ == "PER":
        # (or three: "Alvian Nur Budi | Prasetyo")
        # (a Javanese noble's "Raden" opening it, which kabar keeps in the name: "Raden Prabowo | Argo Yuwono")
        return len(words) in (2, 3) and all((_first_name(w) or (k == 0 and w == "Raden")) and w.lower() not in ROLE_WORDS
                                            for k, w in enumerate(words))
    return (typ == "LOC" and len(words) == 1 and words[0].isalpha() and _first_name(words[0]) and known_type(words[0]) is None
            and not (start > 0 and toks[start - 1].text.lower() in _PLACE_BEFORE))


def _before_given_name(word: str) -> bool:
    """A rank or title of address, or a Javanese noble's "Raden" (which kabar keeps in the name): what may stand
    before the given name at which the tagger restarts a person ("Kombes Raden Prabowo | Argo Yuwono")."""
    return is_honorific(word) or word == "Raden"


def _first_name(word: str) -> bool:
    """A one-word name that may open a longer one: capitalised, three letters or more, no rank or
    title ("AKP", "Dr"), not in capitals."""
    return len(word) >= 3 and word[:1].isupper() and not word.isupper() and not is_honorific(word)


# Generic heads of an institution's English name: "The National Disaster Mitigation Agency" opening
# a sentence is "the" capitalised, not part of the name ("The Jakarta Post" keeps its "The")
GENERIC_ORG_HEADS = frozenset("""agency ministry department office commission council committee court bank army
navy police force service authority board institute administration government parliament assembly
organization organisation""".split())


def _split_inner_role(body: str, r: RawMention) -> list[RawMention]:
    """English writes the office between the body and the name in lower case: the tagger's one
    span "BMKG head Dwi Kartikasari" is the body "BMKG" and the person "Dwi Kartikasari" (the role
    words between them are the person's role, found by kabar.nlp.roles). A span opening with "The"
    before an institution's generic name loses it."""
    words = list(re.finditer(r"\S+", r.text))
    if len(words) > 2 and words[0].group() == "The" and words[-1].group().lower() in GENERIC_ORG_HEADS:
        start = r.start + words[1].start()
        return [RawMention(start, r.end, body[start:r.end], "ORG")]
    for k in range(1, len(words) - 1):
        w = words[k].group()
        if not (w.islower() and w in ROLE_WORDS):
            continue
        head, tail = words[:k], words[k + 1:]
        while tail and tail[0].group().islower() and tail[0].group() in ROLE_WORDS:
            tail = tail[1:]  # "police chief", "deputy head"
        if (not tail or len(tail) > 4 or not all(t.group()[:1].isupper() for t in tail + head)
                or all(t.group().lower() in ROLE_WORDS for t in head)):
            return [r]  # "Wakil ketua KPK …" is an Indonesian title; a lower-case name part, none
        h_end, t_start = r.start + head[-1].end(), r.start + tail[0].start()
        htext = body[r.start:h_end]
        htype = known_type(htext) or "ORG"
        return [RawMention(r.start, h_end, htext, htype), RawMention(t_start, r.end, body[t_start:r.end], "PER")]
    return [r]


# Words that finish an office after its role word ("Ketua Umum", "Direktur Utama", "Jaksa Agung"),
# left behind as the start of a name when the role word alone was cut
_ROLE_MODIFIERS = frozenset("umum utama agung harian muda madya".split())


# compass words that open a place's name ("North America", "South-east Asia")
COMPASS = frozenset("""north south east west northern southern eastern western central north-east north-west
south-east south-west northeast northwest southeast southwest""".split())


def _known_rest(text: str, words: list[re.Match]) -> bool:
    """Whether what follows a leading nationality is a name the lexicon knows ("U.S. | State
    Department"): then the nationality goes and the name joins its entity."""
    return load_lexicon().lookup(text[words[1].start():]) is not None if len(words) > 1 else False


def _role_next(words: list[re.Match]) -> bool:
    """Whether a word after a leading nationality is a title ("Russian | President …")."""
    return any(w.group().lower() in ROLE_WORDS for w in words[1:2])


def _split_place_prefix(body: str, r: RawMention) -> list[RawMention]:
    """Titles and places the tagger swept into a name. Leading role words go ("Jubir Kremlin"
    leaves "Kremlin", a place); a known place or body heading a person's name of three or more
    words is its own mention ("Kremlin Dmitry Peskov")."""
    words = list(re.finditer(r"\S+", r.text))
    if r.type == "LOC" and len(words) > 1 and words[0].group().lower() in COMPASS \
            and not all(w.group() in DEMONYMS for w in words):
        return [r]  # "North America", "Western Europe": a place, not "America" after a nationality
    role = word_before(body, r.start).lower() in ROLE_WORDS  # "Ketua | Umum Persatuan …"
    # "the Justice Department", "the Treasury Department": an English body named for its field, which may be a title
    field = (r.type != "PER" and len(words) >= 2 and words[-1].group().lower() in GENERIC_ORG_HEADS
             and all(w.group()[:1].isupper() for w in words))
    while words and ((words[0].group().lower() in ROLE_WORDS and not field)
                     # a minister's short title ("Menkopolhukam | Wiranto"; not "Kasiman", a name the officers' pattern takes)
                     or (len(words) > 1 and words[0].group().startswith(("Men", "Wamen"))
                         and is_office_abbreviation(words[0].group()))
                     or (words[0].group() in DEMONYMS and (r.type == "PER" or len(words) == 1 or _role_next(words)
                                                           or _known_rest(r.text, words)))
                     or (role and words[0].group().lower() in _ROLE_MODIFIERS)
                     # (and a rank after the title: "Wakapolri | Komjen | Syafruddin")
                     or (role and r.type == "PER" and len(words) > 1 and is_honorific(words[0].group())
                         and not korean_name(r.text[words[0].start():]))):  # ("Perdana Menteri Pak Thae Song")
        # (a body's name opening with a nationality keeps it: "US Geological Survey", "British
        # Airways"; "Russian President …" read as a body loses it with the title)
        role = role or words[0].group().lower() in ROLE_WORDS
        words = words[1:]
    if not words:
        return []
    if words[0].start():
        start = r.start + words[0].start()
        rest = body[start:r.end]
        typ = load_gazetteer().get(tuple(w.lower() for w in rest.split()))
        entry = load_lexicon().lookup(rest)
        if r.type != "PER" and not (typ or entry) and rest.split()[0].lower() not in ORG_HEADS:
            return []  # "Penasihat Keamanan Nasional": a title; "Ketua | Persatuan …" keeps the body
        return _split_place_prefix(body, RawMention(start, r.end, rest, typ or r.type))
    if r.type != "PER" and len(words) >= 3 and load_gazetteer().get((words[0].group().lower(),)) == "LOC":
        cut = r.start + words[1].start()
        rest = body[cut:r.end]
        if known_type(rest) == "ORG" and not load_lexicon().lookup(r.text):
            # "… swine flu-struck Mexico World Health Organisation has warned": a headline run into the
            # text, a known place before a known body's whole name
            return [RawMention(r.start, r.start + words[0].end(), words[0].group(), "LOC"),
                    RawMention(cut, r.end, rest, "ORG")]
    if r.type != "PER" or len(words) < 3:
        return [r]
    typ = load_gazetteer().get((words[0].group().lower(),))
    if not typ:
        return [r]
    cut = r.start + words[1].start()
    return [RawMention(r.start, r.start + words[0].end(), words[0].group(), typ), RawMention(cut, r.end, body[cut:r.end], "PER")]


_SURNAME_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]{0,4})\s+$")


# an English business title the tagger ran into a person's name ("Managing Partner | East Ventures Willson Cuaca",
# "Chief Executive Officer | Nicke Widyawati"), or into a body the lexicon knows and a name ("Corporate Secretary | Bank
# BRI Hari Siaga Amijarso"): its words, up to the last one that ends a title (not off any "body": "Vice President |
# Public Relations KAI" is a title's field and firm)
_EN_BUSINESS_TITLE = re.compile(
    r"(?:(?:Senior|Executive|Vice|Deputy|Regional|Country|General|Managing|Chief|Operating|Financial|Technology|Marketing"
    r"|Product|Corporate|Co ?- ?|Co|Industry)\s*)*(?:Partner|Director|Manager|Officer|President|Founder|CEO|CTO|COO|CFO|CMO|CIO"
    r"|CPO|Chairman|(?<=Corporate )Secretary|(?<=Country )Head|(?<=Industry )Head|(?<=Regional )Head)"
    r"\s+(?=[A-Z])")
# an English title's department the tagger began a person with, after the title's head ("Vice President | Corporate
# Communication XL Axiata Turina Farouk"): the title's, not the name's
_EN_DEPARTMENT = re.compile(r"(?:Corporate|Marketing|Public|Human|Investor|Government|External|Internal)\s+"
                            r"(?:Communications?|Relations|Affairs|Capital|Resources)\s+(?=[A-Z])")
_EN_TITLE_HEAD_BEFORE = re.compile(r"\b(?:President|Head|Manager|Director|Officer|VP|GM)\s+$")
_MALAY_TITLES = re.compile(rf"(?:{MALAY_HONOUR.pattern}|Dato['’]?|Datuk|Datin)\s+(?=[A-Z])")


def _make(body: str, start: int, end: int, typ: str) -> RawMention:
    """A raw mention with leading honorifics ("Bapak", "Dr.") and lower-case heads ("pulau",
    "wilayah": the training data includes them, a canonical name should not) trimmed."""
    text = body[start:end]
    if (close := text.find(")")) >= 0 and (text.find("(") < 0 or close < text.find("(")) and text[close + 1:].strip():
        # "SiRUP) LKPP Sumut": a span the tagger began inside brackets it did not open
        start += close + 1 + len(text[close + 1:]) - len(text[close + 1:].lstrip())
        text = body[start:end]
    if (m := _MALAY_TITLES.match(text)) and typ == "PER":
        start += m.end()  # "Dato Sri Anifah Aman", "Tan Sri Muhyiddin Yassin": a Malaysian title of honour
        text = body[start:end]
    if typ in ("PER", "ORG") and (m := _EN_BUSINESS_TITLE.match(text)) and len(rest := text[m.end():].split()) >= 2 and (
            typ == "PER" or "ORG" in (known_type(rest[0]), known_type(" ".join(rest[:2])))):
        start += m.end()
        text = body[start:end]
    if typ == "PER" and (m := _EN_DEPARTMENT.match(text)) and len(text[m.end():].split()) >= 2 \
            and _EN_TITLE_HEAD_BEFORE.search(body, max(0, start - 20), start):
        start += m.end()
        text = body[start:end]
    m = re.match(r"(\w+)\.?\s+(?=\S)", text)
    while m and (m.group(1).lower() in HONORIFICS or m.group(1).islower()) and not korean_name(text):
        start += m.end()
        text = body[start:end]
        m = re.match(r"(\w+)\.?\s+(?=\S)", text)
    if typ == "PER" and korean_given(text):
        # "Jo | Chun Ryong": a Korean surname the tagger left out before a two-syllable given name
        before = _SURNAME_BEFORE.search(body, max(0, start - 8), start)
        if before and before.group(1).lower() in KOREAN_SURNAMES:
            start -= len(before.group(0))
            text = body[start:end]
    words = text.split()
    if len(words) > 1 and ((typ == "PER" and words[-1].lower() in ORG_TAILS)
                           or (typ == "LOC" and words[-1].lower() in _COMPANY_TAILS)):  # ("Juni Records" a place)
        typ = "ORG"
    elif len(words) > 1 and (
            (words[0][:1].isupper() and words[0].lower() in PLACE_HEADS
             and words[-1].lower() not in _BODY_TAILS | ORG_TAILS)
            or (words[-1][:1].isupper() and words[-1].lower() in PLACE_TAILS)):
        typ = "LOC"
    elif len(words) == 1 and _SLAVIC_PLACE.fullmatch(text):
        typ = "LOC"
    return RawMention(start, end, text, typ)


# what follows a rig's, a ship's or a well's name ("the Deepwater Horizon rig", "the Macondo well"), or a weapon's
# ("Patriot missile batteries", "Leopard tanks", "Shahed drones")
_VESSEL_WORDS = r"rig|platform|tanker|supertanker|vessel|ship|freighter|well|submarine"
_WEAPON_WORDS = r"missiles?|rockets?|tanks|drones|howitzers?|interceptors?|fighter\s+jets?|air[- ]defen[cs]e\s+systems?"
_VESSEL_AFTER = re.compile(rf"\s+(?:(?:drilling|oil|offshore|semi-submersible)\s+)?(?:{_VESSEL_WORDS})\b"
                           rf"|\s+(?:(?:cruise|ballistic|air[- ]defen[cs]e)\s+)?(?:{_WEAPON_WORDS})\b")
# what a thing's name follows ("the offshore oil rig Deepwater Horizon", "the tanker Exxon Valdez", "the antiviral drug
# Tamiflu", "an anesthetic called Propofol"; not "platform" or "well": "the platform X", "as well"; and a weapon in
# Indonesian: "rudal Patriot", "jet tempur Rafale", "kapal selam Nanggala", not "think tank The Common Initiative"), or
# what it is in an apposition or a definition ("Deepwater Horizon, a drilling rig owned by …", "Relenza,
# GlaxoSmithKline's inhaled drug", "Propofol is a sedative" and the phrase's head, not "Pfizer is a drug company")
_DRUG_WORDS = r"sedative|anaesthetic|anesthetic|painkiller|antiviral|anti-viral"
_BEFORE_WORDS = (rf"rig|tanker|supertanker|freighter|submarine|drug|{_DRUG_WORDS}|rudal|peluru kendali|(?<!think )tank"
                 r"|jet tempur|pesawat tempur|drone|kapal selam|kapal perang|kapal induk")
_AFTER_WORDS = rf"rig|platform|tanker|supertanker|freighter|submarine|well|drug|medicine|medication|{_DRUG_WORDS}"
_THING_BEFORE = re.compile(rf"(?<![\w-])(?:{_BEFORE_WORDS})\s+(?:(?:called|named|known as|jenis|tipe)\s+)?$", re.IGNORECASE)
_THING_AFTER = re.compile(rf"(?:,\s+|\s+is\s+)(?:an?|the|[\w-]+['’]s)\s+(?:[\w-]+\s+){{0,2}}?(?:{_AFTER_WORDS})"
                          r"(?=\s*(?:[,.;:)]|$)|\s+(?:owned|operated|leased|used|made|that|which|for|by|in|from|of|to|and"
                          r"|off|at|developed|produced|sold|approved|designed)\b)",
                          re.IGNORECASE)  # (the head of its phrase: not "Roche, a Swiss drug maker")
# a mishap named after its rig, ship or well ("the Deepwater Horizon disaster", "the Exxon Valdez oil spill", "the
# Macondo blowout"): the name, neither a place the article or any table knows nor a body's, is the thing's
_MISHAP_WORDS = r"(?:oil\s+)?spill|blowout|leak|disaster|explosion|accident|catastrophe"
_MISHAP_AFTER = re.compile(rf"\s+(?:{_MISHAP_WORDS})\b")
_THE_BEFORE = re.compile(r"(?<![\w-])(?i:the)\s+(?:[\w-]+\s+){0,3}$")  # ("the 1989 Exxon Valdez", "the Deepwater | Horizon")
# any of those words: an article without one names no thing (a cheap test before the per-name search)
_ANY_THING_WORD = re.compile(rf"(?<![\w-])(?:{_VESSEL_WORDS}|{_WEAPON_WORDS}|{_BEFORE_WORDS}|{_AFTER_WORDS}"
                             rf"|{_MISHAP_WORDS})\b", re.IGNORECASE)


def _vessels_and_wells(body: str, raws: list[RawMention]) -> list[RawMention]:
    """A rig, a ship, a well, a weapon or a drug is no person, body or place (the gold sets leave them out, as ships in
    Indonesian news): each mention of a name the article writes right before "rig", "tanker", "well" …, right after
    "oil rig", "tanker", "the drug", "a sedative called" …, with one of them in an apposition ("Deepwater Horizon,
    a drilling rig") or naming a mishap ("the Exxon Valdez oil spill"), and its last word alone ("Horizon"), dropped (not a name the lexicon or gazetteer knows: "BP
    platform", "Vital BP")."""
    if not _ANY_THING_WORD.search(body):
        return raws
    places = {r.text for r in raws if r.type == "LOC"}
    names = {text for text in {r.text for r in raws if r.lex_key is None}
             if known_type(text) is None and not text.isupper() and any(  # (an owner's acronym: "a BP rig")
                 _VESSEL_AFTER.match(body, m.end()) or _THING_BEFORE.search(body, max(0, m.start() - 40), m.start())
                 or _THING_AFTER.match(body, m.end())
                 or (_MISHAP_AFTER.match(body, m.end()) and _THE_BEFORE.search(body, max(0, m.start() - 40), m.start())
                     and text not in places and not world_place(text)
                     and text.rsplit(" ", 1)[-1].lower() not in ORG_TAILS | ORG_HEADS | {"air"})  # ("the Lion Air accident")
                 for m in re.finditer(rf"(?<![\w-]){re.escape(text)}(?![\w-])", body))}
    if not names:
        return raws
    lasts = {last for n in names if " " in n and not (last := n.rsplit(" ", 1)[1]).isupper()}
    return [r for r in raws if r.lex_key is not None or known_type(r.text) is not None
            or (r.text not in names and r.text not in lasts)]


_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:al|Al|el|El)(?: - | |-)$")


def _article_particles(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"al | Qaeda": an Arabic name's article the tagger left out, before a name the lexicon knows with it."""
    if "l " not in body and "l-" not in body:
        return raws
    out = []
    lex = load_lexicon()
    for r in raws:
        m = _ARTICLE_BEFORE.search(body, max(0, r.start - 6), r.start) if r.lex_key is None else None
        entry = lex.lookup(body[m.start():r.end]) if m else None
        if m and entry is not None and not any(x.end > m.start() and x.start < m.start() for x in out):
            r = RawMention(m.start(), r.end, body[m.start():r.end], entry.type, entry.key)
        out.append(r)
    return out


# countries whose Indonesian name English writes as their adjective ("Swiss" is Switzerland in Indonesian)
_ADJECTIVE_COUNTRIES = frozenset({"Swiss"})


def _lexicon_hits(body: str, toks: list[Span], taken: list[RawMention]) -> tuple[list[RawMention], set[int]]:
    """Names the lexicon knows in this sentence that no tagged mention covers, and gazetteer
    places the tagger left out (its training data leaves acting countries and capitals
    untagged: "Israel meluncurkan ..."); a gazetteer place opening a sentence must be a capital
    ("Pyongyang membantah"), other capitalised words there are too often ordinary ones.

    A lexicon name of two or more tokens also replaces the tagged mentions it wholly covers: the
    tagger cuts "Badan Meteorologi, Klimatologi dan Geofisika" at its comma. Returns the new
    mentions and the indices (into ``taken``) of the tagged ones they replace."""
    lex, gaz = load_lexicon(), load_gazetteer()
    busy = [(r.start, r.end) for r in taken]
    out: list[RawMention] = []
    covered: set[int] = set()
    in_busy = [any(a < t.end and t.start < b for a, b in busy) for t in toks]
    i = 0
    while i < len(toks):
        if not toks[i].text[:1].isupper() and not (toks[i].text in ("al", "el") and i + 1 < len(toks)
                                                    and toks[i + 1].text == "-"):
            i += 1  # lexicon names start with a capital here (or an Arabic article: "televisi al - Arabiya")
            continue
        known = lex.may_start(toks[i].text)
        if not known and toks[i].text.lower() not in gaz.firsts and (
                i + 1 == len(toks) or toks[i + 1].start > toks[i].end):
            i += 1  # no lexicon name and no gazetteer place starts here (a cheap test before the probes)
            continue
        for size in range(min(LEX_MAX_TOKENS, len(toks) - i), 0, -1):
            if not (known and size > 1) and any(in_busy[i:i + size]):
                continue  # only a lexicon name of two or more tokens may replace tagged ones
            # a name does not end on punctuation ("Korut ,"), unless the lexicon spells it with
            # its dot ("U.S.")
            dotted = False
            if size > 1 and not any(c.isalnum() for c in toks[i + size - 1].text):
                dotted = toks[i + size - 1].text == "." and toks[i + size - 1].start == toks[i + size - 2].end
                if not dotted:
                    continue
            if size > 1 and any(t.text in "()[]" for t in toks[i:i + size]):
                continue  # "Ibu (Sri Mulyani)": a name does not run across a bracket
            s, e = toks[i].start, toks[i + size - 1].end
            text = body[s:e]
            entry = (lex.exact.get(text) if dotted else lex.lookup(text)) if known else None
            if entry and not lex.case_fits(text):
                entry = None  # "The doctor said": a lower-case word the lexicon's name capitalises
            adjective = text in _ADJECTIVE_COUNTRIES and (
                (i > 0 and toks[i - 1].text.lower() in ("a", "an", "the"))
                or (i + size < len(toks) and toks[i + size].text[:1].isupper()))
            if adjective:
                entry = None  # "a Swiss rescue team", "Swiss Re": English's adjective, a firm's first word
            if entry and size > 1 and is_honorific(toks[i].text) and lex.lookup(
                    body[toks[i + 1].start:e]) is entry:
                continue  # "Ibu Sri Mulyani": the name starts after the honorific (found next)
            words = text.lower().split()
            place = (not adjective and words[0] in gaz.firsts and gaz.get(tuple(words)) == "LOC"
                     and (i > 0 or text in CAPITAL_METONYMS))
            if not (entry or place):
                continue
            # what the tagger found here: a lexicon name may replace only mentions it wholly covers
            over = [k for k, (a, b) in enumerate(busy) if a < e and s < b]
            # "Mahkamah | Agung Kanada": a national body the lexicon knows, named with another country, is
            # that country's body (the tagger ran the country into a "person" from inside the name)
            abroad = [k for k in over if entry and size > 1 and entry.type == "ORG" and taken[k].type != "ORG"
                      and s <= busy[k][0] < e < busy[k][1] and body[e:e + 1] == " "
                      and foreign_country(body[e + 1:busy[k][1]])]
            # (and where the tagger found nothing here: "Partai Konservatif Kanada", "Kementerian Luar Negeri AS"; not a
            # national team: "Tim Nasional Kamerun" is the national-team rules' to read)
            end = busy[abroad[0]][1] if len(abroad) == 1 else (
                _country_after(body, e) if entry and entry.type == "ORG" and size > 1 and not over
                and not entry.name_id.startswith("Tim ") else None)
            if end:
                out.append(RawMention(s, end, body[s:end], "ORG", None))
                covered.update(k for k, (a, b) in enumerate(busy) if a < end and s < b)
                while i < len(toks) and toks[i].start < end:
                    i += 1
                break
            # "Ketua DEMA UIN | Syarif Hidayatullah M Ihdan Nazar Husaini": a person the tagger ran
            # on from inside a known body's name of two or more words keeps the words after it
            spill = [k for k in over if entry and size > 1 and entry.type in ("ORG", "LOC") and taken[k].type == "PER"
                     and s <= busy[k][0] and busy[k][1] > e and re.match(r" [A-Z]", body[e:e + 2])
                     and known_type(body[e + 1:busy[k][1]]) is None]  # ("Satpol PP | Jabar": a branch)
            over = [k for k in over if k not in spill]
            # "The Meteorology | , Climatology and Geophysics Agency": the tagger's span may open
            # with an English article the lexicon name lacks
            if over and (not entry or any((busy[k][0] < s and body[busy[k][0]:s].strip() not in ("The", "the"))
                                          or busy[k][1] > e for k in over)
                         or [busy[k] for k in over] == [(s, e)]):
                continue
            if entry and size == 1 and usually_lower(text) and not text.isupper() and (
                    i == 0 or toks[i - 1].text in ('"', "“") or toks[i - 1].text[:1].isupper()
                    or (i + 1 < len(toks) and toks[i + 1].text[:1].isupper())):
                # "Antara lain …": a word news writes in lower case, capitalised as it opens the sentence (a quoted one
                # too, which opens_sentence does not see), or inside a run of capitals (a headline's "Bagi Waktu Antara
                # Pekerjaan", a name's "Putu Gede Juni Antara"); _common_word_here reads the same off the body
                continue
            if entry and _initials(body, s, e, toks[i - 1].text if i else ""):
                entry = None
                place = place and not over
            if entry or place:
                out.append(RawMention(s, e, text, entry.type if entry else "LOC", entry.key if entry else None))
                covered.update(over)
                if entry:
                    for k in spill:
                        covered.add(k)
                        out.append(RawMention(e + 1, busy[k][1], body[e + 1:busy[k][1]], "PER", None))
                i += size
                break
        else:
            i += 1
    return out, covered


_NEXT_WORDS = re.compile(r" ((?:[A-Z][\w.-]*)(?: [A-Z][\w.-]*){0,2})")


def _country_after(body: str, end: int) -> int | None:
    """Where a country abroad written right after ``end`` ends ("… Kanada", "… Amerika Serikat"), the longest
    of up to three capitalised words the lexicon knows as one; None when there is none."""
    m = _NEXT_WORDS.match(body, end)
    if not m:
        return None
    words = m.group(1).split()
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n]).rstrip(".")
        if foreign_country(name):
            return end + 1 + len(name)
    return None


def _initials(body: str, start: int, end: int, before: str) -> bool:
    """A short acronym that names a person by initials ("korban MA", "tersangka SD", "pria AS
    (34)"), not the lexicon's body or country."""
    text = body[start:end]
    return (len(text) <= 3 and text.isupper()
            and (before.lower() in INITIAL_TAKERS or bool(_AGE_AFTER.match(body, end))
                 or bool(_INITIALS_LIST.search(body, max(0, start - 60), start))))


# "berinisial DK, FH, dan TW": later initials of a list opened by a taker
_INITIALS_LIST = re.compile(r"\b(?i:" + "|".join(sorted(INITIAL_TAKERS)) + r")\s+[A-Z]{2,3}"
                            r"(?:\s*,\s*[A-Z]{2,3})*\s*,?\s+(?:dan|serta)?\s*$|"
                            r"\b(?i:" + "|".join(sorted(INITIAL_TAKERS)) + r")\s+[A-Z]{2,3}(?:\s*,\s*[A-Z]{2,3})*\s*,\s*$")


def _initials_in(body: str) -> set[str]:
    """Short acronyms the article uses as someone's initials at least once ("korban MA" … "MA
    dipukul"): each of their uses is the person, none the lexicon's body or country."""
    return {m.group(2) for m in _INITIALS_RE.finditer(body)
            if _initials(body, m.start(2), m.end(2), m.group(1))}


# Offices written as capitals before a name, no body of their own
_TITLE_ABBREVIATIONS = frozenset("PM VP MP CEO COO CFO".split())


# words before "<club or country> <person>" that the tagger reads as one name: a sportsperson's or
# executive's word ("pesepak bola Barcelona | Gerard Pique", "petinggi Milan | Marco Fassone") or
# an origin ("unggulan asal China | Chen Qingchen")
_CLUB_OR_ORIGIN_BEFORE = frozenset("""bola pesepakbola petinggi petenis tangkis pebulutangkis pembalap pegolf
perenang winger asal""".split())


# last words of an Indonesian firm's name, before its analyst's or officer's name
_FIRM_TAILS = frozenset("sekuritas securities capital tbk persero investama asset".split())


def _split_swept_prefix(body: str, raws: list[RawMention]) -> list[RawMention]:
    """A name the tagger ran together with the place or body before it: "Bupati | Poso Yusran
    Lamato", "Gubernur | BI Hendarman Siswoyo", "… Secretary | KAI Commuter Rina Kusumawardani".
    The head is split off when it is a name the article, lexicon or gazetteer knows (or an
    acronym) and the rest is a person the article names elsewhere — or, after an office that
    takes a place ("Bupati", "Gubernur"), whatever the rest."""
    people = {r.text for r in raws if r.type == "PER"} | {r.text.split()[0] for r in raws if r.type == "PER"
                                                          and " " in r.text}
    known = {r.text: r.type for r in raws if r.type != "PER"}
    lex, gaz = load_lexicon(), load_gazetteer()
    out: list[RawMention] = []
    for r in raws:
        if r.lex_key or (" " in r.text and r.type == "ORG" and lex.lookup(r.text)):
            # a lexicon name or a school ("MINU Trate"): no person inside ("BPJS | Ketenagakerjaan" where
            # the tagger ran "Menteri Ketenagakerjaan Yassierli" together)
            out.append(r)
            continue
        words = list(re.finditer(r"\S+", r.text))
        head = words[0].group()
        if len(words) == 2 and head in _TITLE_ABBREVIATIONS and words[1].group() in people:
            cut = r.start + words[1].start()  # "PM Lee": the title goes, the person stays
            out.append(RawMention(cut, r.end, words[1].group(), "PER"))
            continue
        entry = lex.lookup(head) if len(words) == 2 else None
        tail_entry = lex.lookup(words[1].group()) if len(words) == 2 else None
        if len(words) == 2 and head.isupper() and len(head) > 1 \
                and words[1].group() in people and words[1].group()[:1].isupper() \
                and (tail_entry is None or tail_entry.type == "PER") \
                and (len(head) > 2 or entry or head in known or gaz.get((head.lower(),))):
            # "Ketua KPU | Affifudin": an acronym before a person the article names alone; two
            # capitals unknown as a body are initials ("Jaksa Agung ST Burhanuddin")
            out.append(RawMention(r.start, r.start + len(head), head,
                                  known.get(head) or (entry.type if entry else "ORG")))
            out.append(RawMention(r.start + words[1].start(), r.end, words[1].group(), "PER"))
            continue
        if len(words) == 2 and r.type == "PER" and not head.isupper() and words[1].group()[:1].isupper():
            # "Menko | Polhukam Wiranto": a coordinating ministry's portfolio after "Menko"; "Chelsea |
            # Willian": a body the lexicon knows before a person the article names alone
            menko = body[max(0, r.start - 8):r.start].lower().endswith(("menko ", "wamenko "))
            body_entry = lex.lookup(f"Kemenko {head}") if menko else None
            if body_entry is None and entry is not None and entry.type == "ORG" and words[1].group() in people:
                body_entry = entry
            if body_entry is not None and body_entry.type == "ORG":
                out.append(RawMention(r.start, r.start + len(head), head, "ORG"))
                out.append(RawMention(r.start + words[1].start(), r.end, words[1].group(), "PER"))
                continue
        if len(words) < 3 or not all(w.group()[:1].isupper() for w in words):
            out.append(r)
            continue
        before = word_before(body, r.start)
        place_taker = before.lower() in PLACE_TAKERS
        split = None
        # "Kabupaten Way | Sekampung Made Suarjana": the word before and the head make a place
        # the article names elsewhere
        glued = f"{before} {words[0].group()}"
        if before and body[r.start - len(before) - 1:r.start] == f"{before} " and known.get(glued) in ("LOC", "ORG"):
            out.append(RawMention(r.start - len(before) - 1, r.start + words[0].end(), glued, known[glued]))
            out.append(RawMention(r.start + words[1].start(), r.end, r.text[words[1].start():], "PER"))
            continue
        for k in range(len(words) - 2, 0, -1):  # the longest head first; two words at least stay
            head, rest = r.text[:words[k - 1].end()], r.text[words[k].start():]
            entry = lex.lookup(head)
            typ = (known.get(head) or (entry.type if entry else None) or gaz.get(tuple(head.lower().split()))
                   or ("ORG" if head.isupper() and len(head) > 1 else None))  # ("M Ihdan …": an initial)
            # "Presiden ke-4 | RI Abdurrahman Wahid": a country's or body's acronym the lexicon
            # knows opens no person's name
            # (or any body it knows, after an office: "Menteri | Imipas Agus Andrianto")
            known_acronym = (entry is not None and entry.type != "PER" and r.type == "PER"
                             and (head.isupper() or before.lower() in ROLE_WORDS)) \
                or (typ in ("LOC", "ORG") and before.lower() in _CLUB_OR_ORIGIN_BEFORE)
            if typ is None and r.type == "PER" and " " in head and head.split()[-1].lower() in _FIRM_TAILS \
                    and before.lower() in ROLE_WORDS:
                typ, known_acronym = "ORG", True  # "Analis | Samuel Sekuritas Rangga Cipta": the firm first
            if typ and typ != "PER" and (place_taker or rest in people or rest.split()[0] in people
                                         or known_acronym):
                split = (head, words[k].start(), typ)
                break
        if split is None and place_taker and r.type == "PER" and len(words) == 3 \
                and not ((e := lex.lookup(r.text)) and e.type == "PER") \
                and not any(q.type == "PER" and q.text == words[0].group() for q in raws) \
                and not body[max(0, r.start - 13):r.start].lower().endswith(("luar negeri ", "dalam negeri ")):
            # "Bupati Poso Yusran Lamato" (not a person the lexicon knows: "Gubernur Basuki Tjahaja Purnama"; nor
            # one the article names by that first word alone; nor after "Menteri Luar Negeri", no place's office)
            split = (words[0].group(), words[1].start(), "LOC")
        if split is None:
            out.append(r)
            continue
        head, cut, typ = split
        out.append(RawMention(r.start, r.start + len(head), head, typ))
        out.append(RawMention(r.start + cut, r.end, r.text[cut:], "PER"))
    return out


_ROLE_BRACKET = re.compile(r"\(\s*([A-Za-z]+)[^()\n]*$")


def _in_role_brackets(body: str, r: RawMention) -> bool:
    """Whether ``r`` sits in brackets that open with a role word after a name ("Peskov (Jubir
    Kremlin)", "(Pengamat HI Unmul)"): what follows the office there is where the person works."""
    m = _ROLE_BRACKET.search(body, max(0, r.start - 60), r.start)
    return bool(m) and m.start(1) < r.start and m.group(1).lower() in ROLE_WORDS \
        and body.find(")", r.end, r.end + 60) >= 0


def _common_opener(body: str, r: RawMention) -> bool:
    """A one-word "name" opening a sentence that cased news writes in lower case elsewhere ("Gempa
    ini …", "Petugas …"): a noun capitalised by its place, unless the lexicon or gazetteer knows it."""
    return (" " not in r.text and opens_sentence(body, r.start) and usually_lower(r.text)
            and not known_type(r.text))


def _without_imperative(body: str, r: RawMention) -> RawMention | None:
    """A verb with its particle opening a sentence ("Pergilah Rins ke Argentina", "Lihatlah …") is no
    part of the name after it: its stem is a word cased news writes in lower case. (The particles make the
    word one the cluster table has rarely seen, so :func:`_common_opener` does not know it.)"""
    first, _, rest = r.text.partition(" ")
    if not (len(first) > 5 and first.endswith(("lah", "kah")) and usually_lower(first[:-3])
            and opens_sentence(body, r.start)):
        return r
    if not rest:
        return None
    return RawMention(r.end - len(rest), r.end, rest, r.type, r.lex_key)


def _defined_acronyms(body: str, raws: list[RawMention]) -> list[RawMention]:
    """Mentions of acronyms the text defines as "Full Name (ACR)" that the tagger left untagged."""
    defined: dict[str, str] = {}
    for r in raws:
        m = ACRONYM_RE.match(body, r.end)
        if m and r.type != "PER" and is_acronym_of(m.group(1), r.text):
            defined[m.group(1)] = r.type
    if not defined:
        return []
    busy = [(r.start, r.end) for r in raws]
    out = []
    for acr, typ in defined.items():
        for start, end in find_whole(body, acr, edges="boundary"):
            if not any(a < end and start < b for a, b in busy):
                out.append(RawMention(start, end, acr, typ))
    return out


_GLUED_NYA = re.compile(r"(?<![\w@#.-])([A-Z][A-Za-z]{3,})nya\b")


def _glued_possessives(body: str, raws: list[RawMention]) -> list[RawMention]:
    """"akun Instagramnya", "lewat Twitternya": a body the lexicon knows with "-nya" glued on is a mention of it
    (the name without the suffix), where no other mention stands."""
    if "nya" not in body:
        return raws
    lex = load_lexicon()
    added = []
    for m in _GLUED_NYA.finditer(body):
        entry = lex.lookup(m.group(1))
        if entry is not None and entry.type == "ORG" and not any(r.start < m.end() and m.start() < r.end for r in raws):
            added.append(RawMention(m.start(1), m.end(1), m.group(1), "ORG", entry.key))
    return sorted(raws + added, key=lambda r: r.start) if added else raws


def _common_word_here(body: str, start: int, end: int) -> bool:
    """Whether a capitalised word that news writes in lower case is that common word here: opening its sentence
    ("Antara lain …") or inside a run of capitals (a headline's "Bagi Waktu Antara Pekerjaan", a name's "Putu Gede
    Juni Antara")."""
    before = re.search(r"(\S+) +$", body[max(0, start - 40):start])
    after = re.match(r" +(\S)", body[end:end + 3])
    return opens_sentence(body, start) or bool(before and before.group(1)[:1].isupper() and before.group(1).isalpha()) \
        or bool(after and after.group(1).isupper())


# Korean and Chinese family names, which open a name ("Yoon Suk Yeol", "Li Qiang") and are what a report calls
# the person by; not those that are English words a sentence may open with ("He", "Oh", "Ma", "Ye", "Yu")
_FAMILY_NAMES_FIRST = frozenset("""Kim Lee Park Pak Choi Choe Jung Chung Kang Cho Yoon Yun Jang Lim Han Seo Shin Kwon
Hwang Ahn Yoo Hong Jeon Moon Ri Ryu Xi Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Zhu Guo Lin Luo Gao Zheng
Liang Xie Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Cheng Wei Ding Shen Yao Qin Cui Mao Qiu
Qian""".split())


def _name_cut_short(prev: RawMention, r: RawMention) -> bool:
    """"Finance Minister Sri Mulyani | Indrawati": spaCy ends an Indonesian name early and types its last word
    a body; a one-word body or place right after a person, that no list knows, is the rest of the name (and so
    is a person right after a person that opens with "Ben", "Bin" or "Ibn")."""
    if prev.type == "PER" and prev.lex_key is None and r.type == "PER" and re.match(r"(?:Ben|Bin|Ibn) [A-Z]", r.text):
        return True  # "Zine El Abidine | Ben Ali": spaCy cuts an Arabic name before its "son of"
    return (prev.type == "PER" and prev.lex_key is None and r.type in ("ORG", "LOC") and r.lex_key is None
            and re.fullmatch(r"[A-Z][a-z]{2,}", r.text) is not None and known_type(r.text) is None
            and load_lexicon().lookup(r.text) is None and r.text not in _OUTLET_WORDS)


# words of the wire services and papers a text cites ("… John Smith | Reuters")
_OUTLET_WORDS = frozenset(w for name in (*AGENCIES, *PAPERS) for w in name.split())


_NAME_GOES_ON = re.compile(r"[ -]+[A-Z]")


def _propagated(body: str, raws: list[RawMention]) -> list[RawMention]:
    """Untagged repeats of names found elsewhere in the article: the exact surface forms, and
    the surname of a person named in full ("Peskov" at the start of a later sentence; "Yoon" of
    "Yoon Suk Yeol": a Korean or Chinese family name comes first)."""
    forms: dict[str, str] = {}
    families: set[str] = set()  # family names looked for only as a form of their own (not one found so)
    for r in raws:
        forms.setdefault(r.text, r.type)
        words = r.text.split()
        if r.type == "PER" and len(words) > 1 and len(words[-1]) > 2 and words[-1][0].isupper():
            forms.setdefault(words[-1], "PER")
        if r.type == "PER" and len(words) > 1 and words[0] in _FAMILY_NAMES_FIRST and words[0] not in forms:
            forms[words[0]] = "PER"
            families.add(words[0])
    busy = [(r.start, r.end) for r in raws]
    out = []
    for form, typ in forms.items():
        # ("Antara", the agency, or "antara"; not a surname: "Mata absen" after "Juan Mata")
        common = typ != "PER" and " " not in form and not form.isupper() and usually_lower(form)
        for start, end in find_whole(body, form):
            if common and _common_word_here(body, start, end):
                continue
            if form in families and _NAME_GOES_ON.match(body, end):
                continue  # "Luo Ying/Luo Yu": the family name opens another's name the tagger missed
            if not any(a < end and start < b for a, b in busy) and not _initials(
                    body, start, end, word_before(body, start)):
                out.append(RawMention(start, end, form, typ))
                busy.append((start, end))
    return out
