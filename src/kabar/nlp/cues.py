"""Speech cues and speaker noun phrases for quote attribution (Indonesian and English).

Which words introduce speech (here), which words are roles or institutions rather than a
person's name (:mod:`kabar.nlp.speaker_words`), and how to cut a phrase such as "Juru Bicara
Kremlin Dmitry Peskov" into a role and a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kabar.nlp.aliases import BALINESE_BIRTH_ORDER, is_honorific, known_type, load_gazetteer, load_lexicon
from kabar.nlp.mentions import ORG_TAILS
from kabar.nlp.ner import usually_lower
from kabar.nlp.speaker_words import (
    EN_PURPOSE_HEADS,
    EN_SOURCE_GROUPS,
    EURO_NAME_PARTICLES,
    NAME_PARTICLE,
    ORG_HEADS,
    PERSON_TITLES,
    PLACE_TAKERS,
    ROLE_WORDS,
    SHORT_OFFICE_TITLES,
    is_degree,
    is_role_word,
    not_subject,
    without_rank,
)

# Cues written after a direct quote: '"…," kata Tito.' / '"…," ujarnya.' / '"…," he said.'
CUE_AFTER = (
    "kata|ujar|ucap|ungkap|tutur|tegas|jelas|imbuh|tambah|sebut|lanjut|terang|papar|timpal|"
    "sambung|pungkas|tandas|seru|tukas|kilah|klaim|aku|pesan|harap|bilang|cetus|beber|urai|ungkapnya|"
    "tutup|cerita|kenang|tanya|jawab|sahut|sambut|keluh|canda|kelakar|seloroh|tulis|cuit|kicau|"
    "said|says|told|added|stated|explained|noted|warned|wrote|insisted|asked|according\\s+to|"
    "laughed|joked|quipped|recalled|replied|answered|conceded|admitted|argued|remarked|recounted|complained|"
    "shouted|agreed|observed|concluded|continued|declared|cautioned|stressed|"
    # feature copy's present tense and manner ("…,” admits Andrew Harper, "…,” reflected Jordan's Foreign Minister)
    r"admits|insists|explains|adds|warns|concedes|recalls|reflects|reflected|underlined|emphasi[sz]ed|"
    r"point(?:s|ed)\s+out"
)
# Verbs of saying in reported speech and before a direct quote: 'X mengatakan bahwa …'.
CUE_VERB = (
    "mengatakan|menyatakan|menegaskan|menjelaskan|menambahkan|mengungkapkan|menyebut|menyebutkan|"
    "menuturkan|menyampaikan|memastikan|mengklaim|menilai|memaparkan|menerangkan|mengaku|"
    "membenarkan|mengingatkan|mengimbau|menekankan|mengutarakan|berkata|bertutur|menjawab|"
    "menanggapi|berujar|mengakui|merincikan|membantah|menepis|menolak|meminta|mengajak|mendesak|menyerukan|"
    "mencontohkan|merinci|memerinci|berpendapat|bilang|menyarankan|berjanji|bersumpah|"
    "menceritakan|mengisahkan|mengkritik|menyayangkan|menuduh|menggambarkan|memperingatkan|"
    "mempersilakan|meyakini|mengisyaratkan|optimistis|menuding|mendorong|menjamin|menganggap|"
    "berpesan|berharap|mengharapkan|menduga|memperkirakan|melaporkan|melanjutkan|"
    "memprediksi|memproyeksikan|meramalkan|mengusulkan|mempertanyakan|meyakinkan|mengemukakan|percaya|"
    # English verbs in lower case only: "Ketua DPP PDIP Said Abdullah hadir" names a man
    "(?-i:said|says|say|told|added|stated|"
    "explained|noted|warned|insisted|claimed|argued|announced|confirmed|denied|wrote|reported|urged|"
    r"advised|called\s+on|called\s+for|made\s+it\s+clear|acknowledged|admitted|stressed|emphasi[sz]ed|"
    r"point(?:s|ed)?\s+out(?=\s+that\b))|"
    # present tense (feature and analysis copy: "Mr Annan warns that …") and verbs of estimate and testimony
    # (in lower case only, "Warns …" opens no headline; none that is also a plural noun: "claims",
    # "notes", "estimates", "stresses" — "Treasury notes rose", "Mr Sim's claims had risen")
    r"(?-i:warns|argues|insists|explains|admits|acknowledges|confirms|denies|announces|"
    r"tells|adds|estimated|cautioned|reiterated|reassured|assured|informed|reminded|accepted|predicted|predicts|"
    r"testified|testifies|alleged|alleges|conceded|concedes|"
    # beliefs, hopes and claims stated to the press, with "that" only (see kabar.nlp.reported._STRICT)
    r"believes|believed|hopes|hoped|maintained|maintains|shares|disclosed|revealed|pledged|pledges|indicated|indicates|"
    r"promised|promises|suggested|suggests|claims|claim|estimate|estimates|acknowledge|believe|warn|argue|insist|"
    r"predict|confirm|deny|admit|"
    # ("Chinese authorities countered that …", "they agreed that …", "complained that …", "hinted that …")
    r"countered|agreed|complained|hinted)"
)
CUE_AFTER_RE = re.compile(rf"(?P<cue>(?:{CUE_AFTER})(?P<nya>nya)?)\b", re.I)
CUE_VERB_RE = re.compile(rf"\b(?P<cue>{CUE_VERB})\b", re.I)


# after a particle of a European surname, more particles and the capitalised rest of the name
_EURO_PARTICLE_RUN = re.compile(rf"\s+(?:(?:{'|'.join(sorted(EURO_NAME_PARTICLES))})\s+)*[A-Z]")
# abbreviated titles whose full stop ends no sentence before a name: "Gov. Bobby Jindal", "Sen. Kerry"
_TITLE_ABBREVIATIONS = frozenset("gov sen rep lt col gen sgt capt cmdr adm maj rev".split())
# a US lawmaker's party and state after the name: "R-Wyo.", "D-N.M.", "I-Vt."
_PARTY_STATE = re.compile(r"[RDI]-[A-Z][A-Za-z.]{0,6}")
_ROMAN_NUMERAL = re.compile(r"(?=[IVXL])L?X{0,3}(?:IX|IV|V?I{0,3})")
_NP_TOKEN = re.compile(r"\([^()\n]{1,25}\)|[^\s,;:()]+|,|\(|\)|;|:")
# a capitalised word that is not a weekday or month next: "… sekolah Rina Sari"
_NAME_NEXT = re.compile(r"\s+(?!(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\b)[A-Z][a-z]")
# "Her son Mr Goh said": a relation before the name is its role
_RELATIONS = frozenset("""son daughter wife husband mother father brother sister neighbour neighbor friend colleague
lawyer cousin uncle aunt worker engineer teacher student nurse doctor farmer fisherman driver resident retiree
trader vendor professional employee designer shopkeeper saleswoman salesman mechanic chef artist writer pilot
soldier veteran volunteer survivor passenger commuter customer""".split())
# "said 59-year-old bar worker Mark Driver": the age is no part of the phrase
_AGE_LEAD = re.compile(r"\s*\d{1,3}-year-old\s+(?=[a-zA-Z])")
# "United Arab Emirates state news agency WAM": a body named after a lower-case description
_BODY_NOUNS = frozenset("agency company firm group broadcaster newspaper daily outlet owner operator maker parent".split())
_LOWER_OFFICE = re.compile(r"(?:[a-z][a-z-]*\s+){0,3}?(?P<role>[a-z]+(?:-[a-z]+)*)(?=\s*,?\s+[A-Z])")
_LOWER_BODY_END = re.compile(r"(?:[a-z]+\s+){0,3}(?:commission|committee|panel|task\s+force|inquiry|watchdog)(?=\s*$)")
_STOP_LOWER = {
    "di", "dalam", "saat", "ketika", "kepada", "pada", "usai", "seusai", "setelah", "sebelum",
    "dengan", "melalui", "lewat", "via", "to", "on", "in", "at", "during", "after", "when", "yang",
    "seperti", "dikutip", "sebagaimana", "dilansir", "kemarin", "hari", "sambil", "sembari", "dan",
}


@dataclass(frozen=True, slots=True)
class SpeakerPhrase:
    """A speaker as written: the name (or the whole phrase for an institution), its role, and
    whether it was a pronoun or a role noun to resolve ("ia", "the spokesman")."""

    name: str | None
    role: str | None
    pronoun: bool = False
    length: int = 0  # characters of text the phrase took
    gender: str = ""  # "f" for English "she", "m" for "he" (kabar.nlp.gender)


# English "it said", "the statement said": a body, not a person (kabar.nlp.quote_speakers resolves
# the role "it" to the latest body that spoke)
IT = SpeakerPhrase(None, "it", True)


# Offices a person holds inside an institution ("Direktur Utama Jasa Marga", "Kepala Kantor …")
ROLE_TITLES = frozenset("kepala ketua direktur sekretaris deputi asisten staf komisaris manajer kabid kabag "
                        "plt pj koordinator anggota".split())


def _is_place(text: str) -> bool:
    """A place the gazetteer or lexicon knows ("Jakarta Selatan", "Korea Selatan")."""
    entry = load_lexicon().lookup(text)
    return (entry is not None and entry.type == "LOC") or \
        load_gazetteer().get(tuple(text.lower().split())) == "LOC"


_PERSON_OFFICES = frozenset("director head chief minister secretary spokesman spokeswoman spokesperson ceo chairman "
                            "president governor commissioner".split())
_INSTITUTION_TAILS = frozenset("""service agency ministry department office commission council committee
authority board institute administration bureau force survey organisation organization""".split())
# the last word of a company's or body's name in English ("LUMA Energy", "ST Engineering")
_ORG_WORDS = _INSTITUTION_TAILS | ORG_TAILS | frozenset("energy engineering holdings capital motors bank sekuritas "
                                                          "securities investama".split())
# words naming a kind of place, which a place's name always follows
_PLACE_NOUNS = frozenset("kota kabupaten provinsi kecamatan desa kelurahan".split())
# lower-case words that may sit inside a name or an institution's name
_NAME_LOWER = frozenset("dan and of for the bin binti van von de der al el da di".split())


# the words "Agung" ("supreme") follows in an office's name ("Jaksa Agung", "Mahkamah Agung")
_HIGH_BODIES = frozenset("jaksa mahkamah hakim kejaksaan wakil imam".split())


def split_role_name(phrase: str) -> tuple[str | None, str | None]:
    """"Juru Bicara Kremlin Dmitry Peskov" → ("Dmitry Peskov", "Juru Bicara Kremlin").

    The name is the trailing run of capitalised tokens that are not role or institution words
    (at most four); what comes before it is the role. A phrase with no such run (an institution,
    "Gedung Putih") is returned whole as the name.
    """
    phrase = phrase.strip(" ,")
    if "," in phrase:  # apposition: "juru bicara Kementerian, Maria Zakharova"
        head, _, tail = phrase.rpartition(",")
        if (tail.split() and all(is_role_word(t) or is_degree(t) for t in tail.split())) or _PARTY_STATE.fullmatch(tail.strip()):
            # (or a US lawmaker's party and state: "Sen. John Barrasso, R-Wyo.")
            return split_role_name(head)  # "Tri Edhi Budhi Soesilo, MSc": a degree after the name
        htoks = head.split()
        while htoks and is_honorific(htoks[0]):
            htoks.pop(0)
        if "," not in head and 0 < len(htoks) <= 4 and all(t[:1].isupper() and not is_role_word(t) for t in htoks) \
                and any(t.islower() and is_role_word(t) for t in tail.split()):
            return " ".join(htoks), tail.strip()  # "Mr Serhiy Gaidai, Ukrainian governor of Luhansk"
        name, role = split_role_name(tail)
        if name and tail.strip()[:1].isupper() and (
                not role or all(is_honorific(t) for t in role.split())):
            # "…, Dr. Rahmat Hidayatullah": the title is no role; "… di Pasar Minggu, Jakarta
            # Selatan, Hendra Gunawan": nor is a place
            head = head.strip()
            return name, (None if not head or _is_place(head) else head)
    # a bracketed short name stays one token: "… Keamanan (Menko Polhukam) | Wiranto"
    toks = re.findall(r"\([^()]*\)|[^\s()]+|[()]", phrase.replace("\u00a0", " "))
    if len(toks) > 1 and toks[-1].startswith("(") and toks[-1].endswith(")") and (
            not any(is_role_word(t) for t in toks[:-1])
            # (after an office too, when a name ends before it: "Ketua MPR Bambang Soesatyo (Bamsoet)")
            or (len(toks[-1][1:-1].split()) == 1 and toks[-1][1:2].isupper() and not is_role_word(toks[-1][1:-1])
                and toks[-2][:1].isupper() and not is_role_word(toks[-2]))):
        toks = toks[:-1]  # "Saifullah Yusuf (Gus Ipul)": the alias after the name is no part of it
        phrase = " ".join(toks)
    degrees = []
    while len(toks) > 2 and is_degree(toks[-1]):
        degrees.insert(0, toks.pop())  # "Raldi Hendro Koestoer PhD"
    if degrees:
        name, role = split_role_name(" ".join(toks))
        return name, role
    if not any(t[:1].isupper() or NAME_PARTICLE.match(t) for t in toks):
        return None, phrase or None  # "majelis hakim", "para analis": an unnamed source
    # (a tokenised possessive too: "Medecins Sans Frontieres ' Marc Dubois")
    owner = next((k for k, t in enumerate(toks[:-1]) if re.search(r"['’]s$", t)
                  or (t in ("'", "’") and k > 0 and toks[k - 1].endswith("s"))), None)
    if owner is not None and all(t[:1].isupper() for t in toks[owner + 1:]):
        return split_role_name(" ".join(toks[owner + 1:]))  # "Alphabet's YouTube": the owner is no part
    if len(toks) > 1 and any(t.lower() in _INSTITUTION_TAILS for t in toks[1:]) and all(t[:1].isupper() for t in toks) \
            and not any(t.lower() in PERSON_TITLES or t.lower() in _PERSON_OFFICES for t in toks):
        # "US Marshals Service", "National University Cancer Institute Singapore": one institution
        return phrase, None
    joins = [k for k, t in enumerate(toks) if t in ("dan", "and", "for", "of", "&")]
    # "Vice-Minister of Economy and Innovation Karolis Zemaitis": an office, not an institution
    office = joins and any(p in _PERSON_OFFICES for t in toks[:joins[-1]] for p in t.lower().split("-"))
    if (joins and 0 < joins[-1] and len(toks) - joins[-1] - 1 <= 3 and not office
            and ((not is_role_word(toks[0]) and not is_honorific(toks[0])) or toks[0].lower() in ORG_HEADS)
            and all(t[:1].isupper() or t in ("dan", "and", "for", "of", "&") for t in toks)):
        return phrase, None  # "National Oceanic and Atmospheric Administration": one institution
    i = len(toks)
    if len(toks) > 1 and _ROMAN_NUMERAL.fullmatch(toks[-1]) and toks[-2][:1].isupper() and not is_role_word(toks[-2]):
        i -= 1  # "Pope Benedict XVI", "Henry VI": a regnal number ends the name ("Pangdam V": an office)
    while i > 0 and len(toks) - i < 4:
        t = toks[i - 1]
        if not (t[:1].isupper() or t.lower() in ("bin", "binti", "al") or t in EURO_NAME_PARTICLES or NAME_PARTICLE.match(t)) \
                or is_role_word(t) or (t.lower().rstrip(".") in _TITLE_ABBREVIATIONS and i < len(toks)):
            break  # (a title's abbreviation opens no name: "Alaska Sen. | Lisa Murkowski")
        i -= 1
    # "Professor John Oxford of Barts", "Dr John Wood of the HPA": a titled name, then where the title
    # is held
    at = next((j for j in range(len(toks) - 2, 1, -1) if toks[j] in ("of", "at", "from")), None)
    if at is not None and len(toks) - at <= 5 and all(t[:1].isupper() or t in ("the", "and") for t in toks[at + 1:]):
        k = 0
        while k < at and (is_role_word(toks[k]) or is_honorific(toks[k])):
            k += 1
        named = toks[k:at]
        titles = [t for t in toks[:k] if is_role_word(t) and not is_honorific(t)]  # (no "Mr": "Mr Smith of London")
        if k and 1 <= len(named) <= 3 and all(t[:1].isupper() and not is_role_word(t) for t in named):
            return " ".join(named), (" ".join(titles + toks[at:]) if titles else None)
    if office and 0 < i and toks[i - 1] in ("and", "of", "for", "&") and len(toks) - i >= 3:
        i += 1  # "… of Economy and Innovation Karolis Zemaitis": the portfolio takes a word after "and"
    if len(toks) > 1 and toks[-1].isupper() and toks[-2].lower() in _BODY_NOUNS:
        return toks[-1], " ".join(toks[:-1])  # "state news agency WAM": the acronym names the body
    if i == len(toks):
        if toks[-1] in ("administration", "government") and all(t[:1].isupper() for t in toks[:-1]):
            return phrase, None  # "Obama administration": a body named after its head
        if any(t.islower() and t not in _NAME_LOWER for t in toks[1:]):
            return None, phrase  # "Petugas keamanan", "Pemerintah daerah": no name, an unnamed source
        return (phrase or None), None
    if i > 0 and toks[i - 1].lower() in ("pt", "cv", "ud", "pd", "perum"):
        i -= 1  # "PT Indobuildco": the company form is part of the name
    if 0 < i and len(toks) - i >= 3 and known_type(f"{toks[i - 1]} {toks[i]}") == "ORG" \
            and known_type(" ".join(toks[i:])) is None:
        i += 1  # "Corporate Secretary Bank | Mandiri Rohan Hafas": the body's name ends in the run
    if 0 < i < len(toks) and toks[i - 1] in ("I", "Ni") and toks[i].lower() in BALINESE_BIRTH_ORDER:
        i -= 1  # "Kompol I Ketut Sukadi": a Balinese name's "I"/"Ni" is no roman numeral
    if 1 < i < len(toks) and toks[i - 2:i] == ["Anak", "Agung"]:
        i -= 2  # "Kepala Disdikpora Denpasar Anak Agung Gede Wiratama": a Balinese noble's name opens so
    if 0 < i < len(toks) and toks[i - 1] == "Agung" and (i < 2 or toks[i - 2].lower() not in _HIGH_BODIES | {"anak"}):
        i -= 1  # "Brigjen Pol | Agung Setya": "Agung" is an office's word only after "Jaksa", "Mahkamah" …
    if 0 < i and len(toks) - i >= 4 and known_type(f"{toks[i]} {toks[i + 1]}") == "ORG" \
            and known_type(" ".join(toks[i + 2:])) is None:
        i += 2  # "Ketua Federal Reserve | Jerome Powell": the body the title is of, then the person
    ministry = i > 1 and toks[i - 2].lower() in ("menteri", "kementerian", "wamen", "wakil")
    if i > 0 and toks[i - 1].lower() in PLACE_TAKERS and not ministry:
        if len(toks) - i == 1:  # "Satpol PP Kabupaten Pasuruan": an institution, not a person
            return phrase, None
        if len(toks) - i >= 3:  # "Kejaksaan Negeri Majalengka Hendra Prayoga": the place is the role's
            i += 1
        elif toks[i - 1].lower() in _PLACE_NOUNS and (known_type(toks[i]) == "LOC"
                                                       or known_type(f"{toks[i - 1]} {toks[i]}") == "LOC"):
            i += 1  # "(DPMPTSP) Kota Mataram Amiruddin": a known place after "Kota" is no first name
    if len(toks) - i == 1 and i > 0 and len(toks[i - 1]) >= 2 and toks[i - 1].isupper() \
            and toks[-1].lower() in _ORG_WORDS:
        return phrase, None  # "LUMA Energy", "UOB Group": a company whose name opens with an acronym
    if 0 < i < len(toks) and toks[0].lower() in ORG_HEADS and not any(
            t.lower() in PERSON_TITLES or t.lower() in ROLE_TITLES for t in toks[:i]):
        return phrase, None  # "Kantor Berita Nusantara", "Badan Gizi Nasional": an institution's name
    while len(toks) - i > 2 and is_honorific(toks[i]):
        i += 1  # "Menteri Pertahanan Meksiko Jendral | Salvador Cienfuegos": a rank opens no name
    if 0 < i and len(toks) - i == 2 and known_type(toks[i]) == "LOC" and known_type(toks[i + 1]) is None \
            and not known_type(f"{toks[i]} {toks[i + 1]}"):
        i += 1  # "Kepala Dinas Pemuda dan Olahraga Padang | Suardi", "Kapolres Malang | Budi": the office's place
    if 2 < len(toks) - i and 0 < i and usually_lower(toks[i]) and not usually_lower(toks[i + 1]) \
            and toks[i:i + 2] != ["Anak", "Agung"]:
        i += 1  # "… Infrastruktur dan Keamanan Siber | Bima Laga": a field's common noun, capitalised in the office
    if 0 < i and len(toks) - i >= 2 and toks[i] == "Polisi" and toks[i - 1] in ("Inspektur", "Komisaris", "Brigadir"):
        # "… Surabaya Inspektur Polisi Satu | Bima Sakti": a police rank written out
        i += 2 if len(toks) - i >= 3 and toks[i + 1] in ("Satu", "Dua", "Kepala", "Besar") else 1
    if 0 < i and len(toks) - i >= 3 and toks[i - 1][:1].islower() and known_type(toks[i]) in ("ORG", "LOC") \
            and known_type(" ".join(toks[i + 1:])) is None:
        i += 1  # "pelatih Chelsea | Antonio Conte": the body or place the title is of
    if 0 < i and len(toks) - i >= 2 and toks[i - 1].startswith("(") and known_type(toks[i]) == "LOC":
        i += 1  # "Plt Sekretaris DPRD (Sekwan) Bantaeng | Saharuddin": the office's place, after its acronym
    tail_at = next((k for k in range(i, len(toks) - 2) if toks[k].lower() in _ORG_WORDS and k > i), None)
    if tail_at is not None and all(t[:1].isupper() and t.lower() not in _ORG_WORDS for t in toks[tail_at + 1:]):
        i = tail_at + 1  # "… Business Development Logos Technologies | Doug Rombough": the firm is the role's
    name = " ".join(toks[i:])
    head = toks[:i]
    while head and is_honorific(head[-1]):
        head = head[:-1]  # "Kapolres Garut AKBP Yusuf", "Dr. Rahmat": a rank or title of address
    role = without_rank(" ".join(head)) or None  # "Kapolda Metro Jaya Inspektur Jenderal | Idham Aziz"
    return name, role


_LOWER_OFFICE_THEN_NAME = re.compile(r"\s*(?P<role>(?P<head>[A-Z][a-z]+)\s+[a-z][\w-]*(?:\s+[\w()/-]+){0,6}?),\s+"
                                     r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3})(?=\s+[a-z]|[,.]|\s*$)")


# "said Jane Gibreel, Save the Children's country director in Egypt": a name, then a body's office in
# apposition (the possessive's body is no name of the speaker's)
_NAME_THEN_OWNED_OFFICE = re.compile(r"\s*(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}),\s+"
                                     r"(?P<role>(?:the\s+)?[A-Z][\w.&-]*(?:\s+(?:the|of|for|and|[A-Z][\w.&-]*)){0,5}['’]s"
                                     r"(?P<office>(?:\s+(?!(?:in|for|at)\b)[a-z][\w-]*){1,4})"
                                     r"(?:\s+(?:in|for|at)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?)")


def parse_speaker(text: str) -> SpeakerPhrase:
    """The speaker phrase at the start of ``text`` (what follows a cue such as "kata")."""
    owned = _NAME_THEN_OWNED_OFFICE.match(text)
    if owned and not is_role_word(owned.group("name").split()[0]) and is_role_word(owned.group("office").split()[-1]):
        return SpeakerPhrase(owned.group("name"), owned.group("role"), False, owned.end())
    also = _ALSO_OFFICE.match(text)
    if also and any(is_role_word(w) for w in also.group("first").split()):
        # "kata Ketua Panitia penyelenggara yang juga Kepala Dinas Pemuda dan Olahraga Padang Suardi": two
        # offices of one person, the name after the second
        second = parse_speaker(text[also.start("rest"):])
        if second.name:
            return SpeakerPhrase(second.name, second.role, second.pronoun, also.start("rest") + second.length)
    listed = _TITLE_FIELDS.match(text)
    items = [i.strip() for i in re.split(r",|\bdan\b", listed.group(2)) if i.strip()] if listed else []
    if listed and is_role_word(listed.group(1).split()[0]) and known_type(listed.group(1).split()[-1]) != "PER" \
            and not any(is_role_word(i.split()[0]) or is_honorific(i.split()[0]) for i in items):
        # "Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB Abdul Muhari": an office
        # listing its fields (no titles of other people: "Presiden X, Wapres Y, dan Menteri Z");
        # read with the list's commas blanked (offsets kept), the role then taken from the text
        blanked = listed.group(0).replace(",", " ") + text[listed.end():]
        phrase = _parse_speaker(blanked)
        if phrase.role and (m := re.search(r"[\s,]+".join(map(re.escape, phrase.role.split())), text)):
            phrase = SpeakerPhrase(phrase.name, m.group(0), phrase.pronoun, phrase.length)
    else:
        phrase = _parse_speaker(text)
    if phrase.role and phrase.role.split()[-1] in ("dan", "and") and (whole := parse_subject(text)).name \
            and whole.role and whole.role.startswith(phrase.role):
        # "Menurut Dirjen Integrasi Transportasi dan Multimoda (Ditjen Intram) Kemenhub Risal Wasal": an
        # office's two fields joined by "dan", not two people (no role ends with "dan")
        phrase = whole
    lowered = _LOWER_OFFICE_THEN_NAME.match(text) if phrase.name and " " not in phrase.name and not phrase.role else None
    if lowered and phrase.name == lowered.group("head") and is_role_word(lowered.group("head")) \
            and not any(is_role_word(w) for w in lowered.group("name").split()):
        # "kata Pimpinan sendra tari Ramayana RBP, Dahanan saat ditemui": an office written partly in
        # lower case, then the name in apposition
        phrase = SpeakerPhrase(lowered.group("name"), lowered.group("role"), False, lowered.end())
    if phrase.name and not phrase.role and " " in phrase.name and is_role_word(phrase.name.split()[0]) \
            and phrase.name.split()[0].lower() in ROLE_TITLES and _DEMONSTRATIVE_AFTER.match(text, phrase.length):
        # "kata Ketua Kebun Raya Indonesia ini": an office of a body, pointing back to the person named
        return SpeakerPhrase(None, phrase.name, True, phrase.length)
    if phrase.role and _DEMONSTRATIVE_AFTER.match(text, phrase.length) and _describes(phrase):
        # a description with a demonstrative: the person named before ("kata bekas pelatih Juventus itu")
        return SpeakerPhrase(None, " ".join(filter(None, [phrase.role, phrase.name])), True, phrase.length)
    if phrase.name and not phrase.role and PARTY_DESCRIBED.fullmatch(phrase.name):
        return SpeakerPhrase(None, phrase.name, False, phrase.length)
    if phrase.role in ("I", "Ni") and phrase.name and phrase.name.split()[0].lower() in _BALINESE_NAMES:
        # "I Gusti Ngurah Mahardika", "Ni Made …": a Balinese name's first word, no title
        return SpeakerPhrase(f"{phrase.role} {phrase.name}", None, phrase.pronoun, phrase.length)
    if phrase.role and phrase.name and len(words := phrase.name.split()) >= 2 and known_type(words[0]) == "ORG" \
            and not known_type(phrase.name):
        # "Menteri Imipas Agus Adrianto", "Sekjen Gerindra Sugiono": the body of the office ran into the name
        return SpeakerPhrase(" ".join(words[1:]), f"{phrase.role} {words[0]}", phrase.pronoun, phrase.length)
    if phrase.name and not phrase.role and len(words := phrase.name.split()) >= 3 and not known_type(phrase.name):
        # "ujar Melki Ketua DPD Partai Golkar Provinsi NTT itu": the name, then an office with no comma
        k = next((i for i, w in enumerate(words[1:3], 1) if w in _OFFICE_AFTER_NAME), None)
        if k is not None and not any(is_role_word(w) or is_honorific(w) or usually_lower(w) for w in words[:k]):
            return SpeakerPhrase(" ".join(words[:k]), " ".join(words[k:]), phrase.pronoun, phrase.length)
    if phrase.role and phrase.name and " " not in phrase.role \
            and known_type(whole := f"{phrase.role} {phrase.name}") in ("LOC", "ORG"):
        return SpeakerPhrase(whole, None, phrase.pronoun, phrase.length)  # "Saudi Arabia": no Saudi "Arabia"
    return phrase


_OFFICE_AFTER_NAME = frozenset("""Ketua Kepala Wakil Menteri Direktur Dirut Gubernur Bupati Walikota Sekretaris Sekjen
Presiden Kapolres Kapolda Kapolri Panglima Rektor""".split())
_DEMONSTRATIVE_AFTER = re.compile(r"\s+(?:ini|itu|tersebut)\b")
_ALSO_OFFICE = re.compile(r"\s*(?P<first>[A-Z][^,;:.()\n]{2,60}?)\s+yang\s+(?:juga|sekaligus|merangkap)\s+(?:sebagai\s+)?"
                          r"(?P<rest>[A-Z])")


def _describes(phrase: SpeakerPhrase) -> bool:
    """Whether a title phrase followed by a demonstrative describes someone rather than naming them:
    a lower-case title and what it is of ("bekas pelatih Juventus", "pelatih asal Brasil"), or a
    title whose "name" is a place of the description ("Gubernur asal Buleleng", "Anggota DPR RI
    Dapil … Kota Bogor dan Cianjur")."""
    words = phrase.role.split()
    if not phrase.name:
        return phrase.role[:1].islower() and is_role_word(words[0])
    if phrase.role[:1].islower() and is_role_word(words[-1]):
        return True
    return is_role_word(words[0]) and (known_type(phrase.name) == "LOC" or words[-1].lower() in ("asal", "dan", "dari"))


# an office's head and the fields it lists, closed by "dan": "Kepala Pusat Data, Informasi, dan Komunikasi"
_TITLE_FIELDS = re.compile(r"\s*([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)((?:,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)+,?\s+dan\s+)(?=[A-Z])")


# a person described by kin, sex, age or trade, then a demonstrative: the person the text has been
# about ("istri Anang Hermansyah ini", "pria kelahiran Bandung itu", "pelantun lagu Bing Bing ini")
_POINTING_BACK = re.compile(
    r"\s*(?P<desc>(?:istri|suami|anak|putri|putra|ayah|ibu|ibunda|ayahanda|kakak|adik|kekasih|pacar|pria|wanita|"
    r"perempuan|lelaki|laki-laki|gadis|remaja|bocah|sosok|pelantun|penyanyi|aktor|aktris|artis|pemeran|presenter|"
    r"musisi|komedian|model|sutradara|politikus|politisi|pebalap|petenis|pemain|penyerang|gelandang|kiper)"
    r"(?:\s+(?:[a-z][a-z-]*|[A-Z][\w'’-]*|\d{1,4})){1,6}?)\s+(?:ini|itu|tersebut)(?=\s*(?:,|\.|$))")


_PULL_QUOTE = re.compile(r"^\s*(?:(?:Start|End)\s+)?Quote\s+(?=[A-Z])")
_TITLE_POINTING = re.compile(r"\s*(?P<desc>(?:mantan|bekas|eks)\s+(?P<head>[A-Za-z]+)"
                             r"(?:\s+(?:[A-Za-z][\w-]*|\([A-Z]+\)|\d+(?:[-–/]\d+)?)){0,7}?)"
                             r"\s+(?:ini|itu|tersebut)(?=\s*(?:,|\.|$))")


_BALINESE_NAMES = BALINESE_BIRTH_ORDER | {"gusti", "ayu", "agung", "dewa"}


def balinese_opening(toks: list[str]) -> bool:
    """True when ``toks`` open with a Balinese name's "I"/"Ni" ("I Ketut Suastika"): no pronoun
    or roman numeral."""
    return len(toks) > 1 and toks[0] in ("I", "Ni") and toks[1].lower() in _BALINESE_NAMES


_PRONOUN_GENDER = {"she": "f", "he": "m"}


# "Labor MEP for …": an office of capitalised words, its role word within the first three
_PARTY_AHEAD = re.compile(r"(?:[A-Z][\w.-]*\s+){0,2}(?:Democrat|Republican|Independent)\b")
_OFFICE_AHEAD = re.compile(r"(?:[A-Z][\w-]*\s+){0,2}(?:[A-Z]{2,5}|Minister|Secretary|Director|Chief|Head)\b")


def _held_in_then_name(after: str) -> bool:
    """Whether ``after`` (what follows "di") is a known place of one or two words, then a name of
    two capitalised words ("Jenewa Michael Moller"; not "Jakarta Selatan Senin lalu")."""
    m = re.match(r"\s+([A-Z][\w-]+)(?:\s+([A-Z][\w-]+))?", after)
    if not m:
        return False
    for place in ([f"{m.group(1)} {m.group(2)}", m.group(1)] if m.group(2) else [m.group(1)]):
        if _is_place(place):
            rest = after[after.index(place) + len(place):]
            return bool(re.match(r"\s+[A-Z][a-z]+\s+[A-Z][a-z]+", rest)) and not _WEEKDAYISH.match(rest.lstrip()) \
                and not is_role_word(rest.split()[0])
    return False


def _parse_speaker(text: str) -> SpeakerPhrase:
    # a page's pull-quote furniture before the name ("End Quote Thad Allen Retired admiral"), offsets kept
    text = _PULL_QUOTE.sub(lambda m: " " * len(m.group()), text)
    m = re.match(r"\s*(ia|dia|beliau|he|she|they|mereka|pihaknya)\b", text, re.I) or _AGED.match(text)
    if m:
        return SpeakerPhrase(None, None, True, m.end(), _PRONOUN_GENDER.get(m.group().strip().lower(), ""))
    m = re.match(r"\s*(?:the\s+|sang\s+)?(spokes(?:man|woman|person)|minister|juru\s*bicara\s+itu|"
                 r"jubir\s+itu|menteri\s+itu|pejabat\s+itu|sumber\s+itu|(?<=the\s)(?:source|official|diplomat))\b"
                 r"(?!\s+(?:of\b|[A-Z]))", text, re.I)  # "Minister of Industry …", "spokesman Budi …" name one
    if m:
        return SpeakerPhrase(None, m.group(1), True, m.end())
    # "Menurut istri Anang Hermansyah ini, …": a description of the person just named ("pria yang akrab
    # disapa Emil itu" names him)
    m = _POINTING_BACK.match(text)
    if m and not re.search(r"\b(?:yang|bernama)\b", m.group("desc")):
        return SpeakerPhrase(None, m.group("desc"), True, m.end())
    m = _TITLE_POINTING.match(text)
    if m and is_role_word(m.group("head")) and not re.search(r"\b(?:yang|bernama)\b", m.group("desc")):
        # "mantan Kepala Staf Angkatan Darat (KSAD) tersebut": a former office, of the person just named
        return SpeakerPhrase(None, m.group("desc"), True, m.end())
    text = _GLUED_STOP.sub(";", text)  # "kata Danu.Selain itu, …": the name ends at the full stop
    # "kata JKsaat berbicara …": an acronym glued to the next word ends there (same length kept)
    text = _GLUED_ACRONYM.sub(lambda m: m.group(1) + ";" + m.group(2)[1:], text)
    aged = _AGE_LEAD.match(text)
    if aged:  # keep offsets: the phrase's length counts from the start of ``text``
        text = " " * aged.end() + text[aged.end():]
    m = _EN_THE_DESCRIBED.match(text)
    if m and m.group("desc").split()[-1] in EN_PERSON_HEADS:
        # "The Kurdish rebel-turned president said": a description of the person named before
        return SpeakerPhrase(None, m.group("desc"), True, m.end())
    m = _EN_ADJECTIVE_THEN_NAME.match(text)
    if m and not is_role_word(m.group("name").split()[0]):
        # "State-run oil giant Pemex said": a hyphenated adjective and a description, then the name
        return SpeakerPhrase(m.group("name"), m.group("desc"), False, m.end())
    m = _DESCRIBED.match(text) or _POSSESSED.match(text)  # "salah satu pengemudi ojol asal Genuk, Wawan (35)"
    if m:
        if m.groupdict().get("rel"):
            return SpeakerPhrase(m.group("names"), m.group("rel").strip(), False, m.end())
        if m.groupdict().get("desc2"):
            return SpeakerPhrase(m.group("name2"), m.group("desc2").strip(), False, m.end())
        return SpeakerPhrase(m.group("name"), m.group("desc").strip(), False, m.end())
    m = (_UNNAMED.match(text) or _UNNAMED_DOC.match(text) or _EN_UNNAMED.match(text) or _EN_SHARE.match(text)
         or _EN_GROUP.match(text)
         or _EN_LOWER_GROUP.match(text) or _UNNAMED_COUNT.match(text))
    if m:
        return SpeakerPhrase(None, m.group(0).strip(), False, m.end())
    if _COUNTED_THING.match(text):
        return SpeakerPhrase(None, None, False, 0)  # "Dua gol Ronaldo di final memastikan …": no one speaks
    m = re.match(r"\s*(?:(?:pernyataan|keterangan|laporan|unggahan|akun|the|his|her|their|its|our|my|penjelasan|penuturan|dalam|laman|situs|resmi|pihak|"
                 r"tertulis)\s+)+(?=[a-zA-Z])", text, re.I)
    pos = m.end() if m else len(text) - len(text.lstrip())
    end = pos
    words: list[str] = []
    skip_to = -1
    for wm in _NP_TOKEN.finditer(text[pos:]):
        if pos + wm.start() < skip_to:
            continue  # words an office match already took
        w = wm.group()
        low = w.lower().rstrip(".")
        if w == ",":
            # keep a comma only for an apposition followed by a capitalised name ("Kepala BPBD,
            # Suminto"), not for a name followed by its office ("Eric Christian Pedersen, Head of
            # Responsible Investments at …", "Suminto, Kepala BPBD")
            rest = text[pos + wm.end():].lstrip()
            first = rest.split(maxsplit=1)[0].rstrip(",.") if rest else ""
            # (a title of address is no office: "Ms Willmott, Labor MEP for the East Midlands")
            # (a name may end on a word that is also an office's, "Andre Utama, Direktur …")
            name_then_office = (len(words) >= 2 and not any(
                is_role_word(x.rstrip(",.")) and not is_honorific(x)
                for x in (words[:-1] if all(w[:1].isupper() for w in words) else words))
                                and (is_role_word(first) or _OFFICE_AHEAD.match(rest)))
            if words and rest[:1].isupper() and not _WEEKDAYISH.match(rest) and not name_then_office \
                    and not _PARTY_AHEAD.match(rest):  # ("Sen. Mary Landrieu, Louisiana Democrat")
                words.append(",")
                continue
            break
        if w.startswith("(") and len(w) > 2 and words:
            inner = w[1:-1].split()
            after = text[pos + wm.end():]
            if (len(inner) == 1 and inner[0][:1].isupper() and is_role_word(words[0])
                    and not any(x[:1].islower() for x in words) and re.match(r"\s+(?:[A-Z][a-z]+|[A-Z]{2,})\s+[A-Z]", after)
                    and not _WEEKDAYISH.match(after.lstrip())):
                # "Sekjen Gabungan Pelaksana Konstruksi Indonesia (Gapensi) Andi Rukman Karumpa": the
                # body's short name inside the office, the person after it (also after a region's
                # acronym: "Kepala … Daerah (Bappenda) NTB Fathurrahman")
                words.append(w)
                end = pos + wm.end()
                continue
            if (len(inner) == 1 and (inner[0].isupper() or (inner[0][:1].isupper() and len(inner[0]) <= 8))
                    and is_role_word(words[0])
                    and re.match(r",\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+|\s*,)", after)):
                # "peneliti pada Organisasi HAM Saudi Eropa (ESOHR), Duaa Dhainy": the body's short name,
                # then the person in apposition ("Ketua … Ikatan Hakim Indonesia (Ikahi), Suhardi, setelah …")
                words.append(w)
                end = pos + wm.end()
                continue
            if not all(is_role_word(t) for t in inner):
                break  # "Saifullah Yusuf (Gus Ipul)": an alias closes the phrase
            if not re.match(r"\s*[A-Z]", text[pos + wm.end():]):
                break  # "… Pembangunan Ekonomi (OECD)" at the end: the acronym is an alias
            words.append(w.replace(" ", "\u00a0"))  # "(UGM)", "(Kasi Intel)" inside a role
            end = pos + wm.end()
            continue
        if w in ("to", "without", "against") and words and words[-1].lower() in EN_PURPOSE_HEADS \
                and re.match(r"\s*[A-Z]", text[pos + wm.end():]):
            words.append(w)  # "Committee to Protect Journalists", "Reporters Without Borders"
            continue
        if w in ("dan", "&", "for", "of", "and", "on") and words and re.match(r"\s*[A-Z]", text[pos + wm.end():]) \
                and (w != "on" or (any(x.lower() in _ORG_WORDS for x in words)
                                   and not _WEEKDAYISH.match(text[pos + wm.end():].lstrip()))):
            # "Deputi Penindakan dan Eksekusi KPK", "Council on Foreign Relations" (not "Mr Wong on Facebook")
            words.append(w)
            continue
        if w == "pada" and any(is_role_word(x) for x in words) and re.match(r"\s*[A-Z]", text[pos + wm.end():]) \
                and not _WEEKDAYISH.match(text[pos + wm.end():].lstrip()):
            words.append(w)  # "Kabid Hubungan Media dan Kehumasan pada Puspenkum Kejagung RI Irwan …"
            continue
        if w == "di" and any(is_role_word(x) for x in words) and _held_in_then_name(text[pos + wm.end():]):
            # "kata Dirjen PBB di Jenewa Michael Moller": the place the office is held in, then the name
            words.append(w)
            continue
        if words and w in ("He", "She", "They", "It", "We") and words[-1] != ",":
            break  # "… Luis Moreno-Ocampo He said": a lost paragraph break, the next sentence's subject
        if w in ("'", "’") and words and words[-1].endswith("s") and re.match(r"\s*[A-Z]", text[pos + wm.end():]):
            words.append(w)  # "Medecins Sans Frontieres ' Marc Dubois": a tokenised plural possessive
            continue
        if w in "();:" or (w == low and low in _STOP_LOWER) or _WEEKDAYISH.match(w):
            break
        if w in ("administration", "government") and words and all(x[:1].isupper() for x in words):
            words.append(w)  # "the Obama administration", "the Morrison government": a body
            end = pos + wm.end()
            break
        if (w == low and words and len(words) <= 2 and all(is_role_word(x) for x in words)
                and low.isalpha() and low not in _STOP_LOWER and _NAME_NEXT.match(text, pos + wm.end())):
            words.append(w)  # "Kepala sekolah Rina Sari": a lower-case qualifier of the office
            end = pos + wm.end()
            continue
        body = _LOWER_BODY_END.match(text, pos + wm.start()) if w == low and words and words[-1][:1].isupper() else None
        if body:
            # "The White House oil spill commission said": a body named by its owner and its kind in
            # lower case, the whole phrase
            words += body.group().split()
            return SpeakerPhrase(" ".join(words), None, False, body.end())
        office = _LOWER_OFFICE.match(text, pos + wm.start()) if w == low else None
        # ("senior vice-president Kent Wells": a hyphenated office by its last word)
        office_word = office.group("role").rsplit("-", 1)[-1] if office else ""
        if office and (office_word in ROLE_WORDS or office_word in _BODY_NOUNS or office_word in _RELATIONS) \
                and all(x not in _STOP_LOWER for x in office.group().split()):
            # "US national security adviser Jake Sullivan": an office written in lower case
            # between the country or body and the name
            words += office.group().split()
            end = office.end()
            skip_to = end
            continue
        if w[:1].isupper() or low in ROLE_WORDS or low in ("juru", "bicara", "runding", "para", "sang", "bin") \
                or NAME_PARTICLE.match(w) or (w in EURO_NAME_PARTICLES and words
                                              and _EURO_PARTICLE_RUN.match(text, pos + wm.end())):
            # (an initialism keeps its last stop: "U.S. State Department", not "U.S State")
            words.append(w if re.fullmatch(r"(?:[A-Z]\.){2,}", w) else w.rstrip("."))
            end = pos + wm.end()
            if w.endswith(".") and not is_role_word(w) and not re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?\.?", w) \
                    and not (low in _TITLE_ABBREVIATIONS and _NAME_NEXT.match(text, pos + wm.end())):
                break  # (not "Gov. | Bobby Jindal")
            continue
        break
    while words and words[-1] in ("dan", "pada"):
        words.pop()
    if not words:
        return SpeakerPhrase(None, None, False, 0)
    while words and words[-1] == ",":
        words.pop()
    phrase = " ".join(words).replace(" ,", ",")
    if (words[0].lower() in PERSON_TITLES or words[0].lower() in SHORT_OFFICE_TITLES) \
            and all(is_role_word(w) or w == "," for w in words):
        return SpeakerPhrase(None, phrase, True, end)  # "Wapres", "Menteri Keuangan": a role anaphor
    name, role = split_role_name(phrase)
    return SpeakerPhrase(name, role, False, end)


def parse_subject(text: str) -> SpeakerPhrase:
    """The speaker phrase at the *end* of ``text`` (what comes before "mengatakan")."""
    t = text.rstrip()
    t = re.sub(r"(?:\s+(?:juga|pun|kemudian|lantas|lalu|pula|also|then|sebelumnya|selalu|sempat|pernah|kembali|"
               r"lebih\s+lanjut|sendiri|secara\s+terpisah))+$", "", t, flags=re.I)
    m = re.search(r"\b(ia|dia|beliau|he|she|they|mereka)$", t, re.I)
    if m:
        return SpeakerPhrase(None, None, True, len(t) - m.start(), _PRONOUN_GENDER.get(m.group(1).lower(), ""))
    # take the last clause: after the last sentence-internal break word or comma-led connective
    # (the greedy lead finds the last break: "… di Houston pada 20 Juli, dan | Mourinho")
    m = re.search(r"(?:.*(?:(?<!\b[A-Z])[.;:]\s|,\s(?:sementara|namun|tetapi|dan|sedangkan)\s|\b(?:itu|tersebut|ini),\s)|^)"
                  r"(?P<np>[^.;:]*)$", t, re.S)
    np_ = (m.group("np") if m else t).strip()
    np_ = re.sub(r"^(?:sementara\s+itu|selain\s+itu|terkait\s+(?:hal\s+)?(?:ini|itu)|di\s+sisi\s+lain|"
                 r"dalam\s+kesempatan\s+(?:itu|tersebut)|namun|tetapi|meanwhile|but|and)\s*,?\s*",
                 "", np_, flags=re.I)
    np_ = re.sub(r"^.*\b(?:Start|End)\s+Quote\s+", "", np_)  # a page's pull-quote furniture
    toks = np_.split()
    # the noun phrase must be capitalised or role words throughout (no verbs, no clauses)
    keep: list[str] = []
    for tok in reversed(toks):
        core = tok.strip(",")
        if core[:1].isupper() or core.startswith("(") or core.lower() in ROLE_WORDS or core.lower() in (
                "juru", "bicara", "para", "sang", "bin", "dan", "al") or (core in EURO_NAME_PARTICLES and keep):
            keep.append(tok)
            continue
        break
    keep.reverse()
    stop = len(toks) - len(keep) - 1
    if (len(keep) >= 3 and stop > 0 and toks[stop] in ("of", "and", "for")
            and any(p in _PERSON_OFFICES for t in toks[max(0, stop - 6):stop] for p in t.lower().split("-"))):
        keep.pop(0)  # "Vice-Minister of Economy and | Innovation Karolis Zemaitis": a portfolio's last word
    while keep and (keep[0].lower().strip(",") in {"dan", "bin"} | EURO_NAME_PARTICLES or not_subject(keep[0].strip(","))
                    or (keep[0] in ("Pihak", "Manajemen") and len(keep) > 1)):  # "Pihak Twitter": the firm
        keep.pop(0)
    if not keep:
        return SpeakerPhrase(None, None, False, 0)
    phrase = " ".join(keep).strip(", ")
    if PARTY_DESCRIBED.fullmatch(phrase):
        return SpeakerPhrase(None, phrase, False, len(phrase))
    name, role = split_role_name(phrase)
    return SpeakerPhrase(name, role, False, len(phrase))


# "The Michigan Republican said": a lawmaker described by state and party points back to one named before
PARTY_DESCRIBED = re.compile(r"(?:The\s+)?(?:[A-Z][\w.-]*\s+){0,2}(?:Democrat|Republican)")


_DESCRIBED = re.compile(r"\s*(?P<desc>(?:salah\s+(?:satu|seorang)|seorang)\b[^,.\"”]{0,60}),\s*"
                       r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})(?=\s*(?:\(\d|,|\.|$|kepada|di\b|saat))")
# "… said Yohana's neighbor, Daniel Lapasila, a 45-year-old farmer": the possessor is not the speaker
_POSSESSED = re.compile(r"\s*(?P<desc>[A-Z][\w-]+['’]s\s+[a-z]+(?:\s+[a-z]+)?),\s*"
                        r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})(?=\s*(?:,|\.|$))"
                        # "Michael's brothers Jermaine and Randy Jackson": a relation, then the names
                        r"|\s*(?P<rel>[A-Z][\w-]+['’]s\s+(?:brothers?|sisters?|sons?|daughters?|wife|husband|"
                        r"mother|father|parents|lawyers?|spokes(?:man|woman|person))),?\s+"
                        r"(?P<names>[A-Z][\w'’-]+(?:\s+(?:and\s+)?[A-Z][\w'’-]+){0,3})(?=\s*(?:,|\.|$|said|says|told))"
                        # "Japan's top golfer Ryo Ishikawa": a possessor, a lower-case title, then the full name
                        r"|\s*(?P<desc2>[A-Z][\w-]+['’]s\s+[a-z]+(?:\s+[a-z]+){0,2})\s+"
                        r"(?P<name2>[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){1,3})\b(?!['’])")
_EN_THE_DESCRIBED = re.compile(r"\s*[Tt]he\s+(?P<desc>[A-Z][a-z]+(?:\s+[a-z][\w-]*){1,3})(?=\s+(?:said|says|told|added|"
                               r"stated|warned|insisted|argued)\b|\s*,?\s*$)")
# a person's office heads a description that points back ("the Kurdish rebel-turned president"); a body's
# ("the Saudi foreign ministry") names that body, which kabar.nlp.quote_speakers reads
EN_PERSON_HEADS = frozenset("""president minister leader premier chancellor king queen prince general commander
secretary ambassador envoy spokesman spokeswoman governor mayor senator chairman chief""".split())
_EN_ADJECTIVE_THEN_NAME = re.compile(r"\s*(?P<desc>[A-Z][a-z]+-(?:run|owned|backed|based|controlled|led|funded|linked|"
                                     r"affiliated|listed)(?:\s+[a-z][\w-]*){0,3})\s+"
                                     # (a body's connectors inside its name: "… Syrian Observatory for Human Rights")
                                     r"(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:(?:of|for|and|on|&)\s+)?[A-Z][\w&.'’-]*){0,5})"
                                     r"(?=\s+[a-z]|[,.]|\s*$)")
# "… the 31-year-old said": the person just named
_AGED = re.compile(r"\s*the\s+\d{1,3}-year-old\b(?!\s+[a-z]+\s+[A-Z])", re.I)
_GLUED_ACRONYM = re.compile(r"\b([A-Z]{2,6})(saat|ketika|usai|seusai|dalam|kepada|pada|yang|di|dan)\b")
_GLUED_STOP = re.compile(r"(?<=[a-z])\.(?=[A-Z][a-z])")
_UNNAMED_DOC = re.compile(r"\s*(?:laporan|studi|penelitian|riset|survei|data|kajian)\s+(?:tersebut|itu|ini|terbaru)\b")
_UNNAMED = re.compile(
    r"\s*(?:para|sejumlah|beberapa|seorang|sebagian|pihak|sumber|kalangan|sang(?=\s+[a-z])|"
    rf"(?i:{EN_SOURCE_GROUPS}|rescuers)|(?:Para|Sejumlah|Beberapa|Seorang|Sebagian|Kalangan))\b"
    r"(?:\s+(?!di\b|dalam\b|saat\b|kepada\b|pada\b|yang\b|had\b|have\b|has\b|were\b|was\b|are\b|is\b|will\b|"
    r"would\b|say\b|said\b|told\b)[a-z]+){0,3}")
# "Tiga warga mengatakan", "Dua pejabat Kemenkeu menyebut": a count of people is an unnamed source;
# a count of anything else opens no speaker ("Dua gol Ronaldo memastikan …")
_ID_COUNT = r"(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|belasan|puluhan|ratusan|ribuan)"
_ID_PEOPLE = (r"(?:orang|warga|pejabat|saksi|sumber|petugas|pegawai|siswa|mahasiswa|anggota|korban|pengamat|ahli|"
              r"analis|ekonom|hakim|polisi|personel|dokter|pedagang|pengemudi|penumpang|buruh|petani|nelayan|guru|"
              r"pengunjuk\s+rasa|demonstran|tersangka|terdakwa|pelaku|penyidik|jaksa|peneliti|relawan|tokoh|"
              r"legislator|politikus|politisi|menteri|kepala|ketua|pemain|pelatih|atlet|pengusaha|investor|nasabah)")
_UNNAMED_COUNT = re.compile(rf"\s*(?i:{_ID_COUNT}|\d+)\s+(?:orang\s+)?{_ID_PEOPLE}\b(?:\s+(?!di\b|dalam\b|saat\b|"
                            r"kepada\b|pada\b|yang\b)[a-z]+){0,2}")
_COUNTED_THING = re.compile(rf"\s*(?i:{_ID_COUNT})\s+[a-z]+\b")
# "Mexican authorities", "Ukrainian officials": a nationality before an unnamed group
_EN_GROUP = re.compile(r"\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:[a-z]+\s+)?(?:officials|authorities|police|lawmakers|"
                       r"diplomats|investigators|prosecutors|troops|forces|officers|sources|companies|firms|"
                       r"media|television|newspapers|outlets)\b")
# "residents and rebel fighters", "health experts", "oil experts": plural English sources in lower
# case (or opening a sentence), with up to two words before them
_EN_GROUP_NOUNS = (rf"(?:{EN_SOURCE_GROUPS}|fighters|rebels|protesters|workers|lawyers|prosecutors|police|"
                   r"villagers|survivors|farmers|traders|economists|executives|eyewitnesses|engineers|investors|"
                   r"students|parents|relatives|teachers|medics|rescuers|organi[sz]ers|officers|employees)")
_EN_LOWER_GROUP = re.compile(rf"\s*(?:(?:[A-Za-z-]+\s+){{0,2}}?{_EN_GROUP_NOUNS}"
                             rf"(?:\s+and\s+(?:[a-z-]+\s+){{0,2}}?{_EN_GROUP_NOUNS})?)\b(?!\s+[A-Z])")
# "a senior South Korean official", "an aide to the minister": an English source without a name
# a share of those polled: "83 per cent said …", "About 80 per cent of respondents said …"
_EN_SHARE = re.compile(r"\s*(?:(?i:about|around|nearly|almost|some|more\s+than|over)\s+)?\d+(?:\.\d+)?\s*"
                       r"(?:per\s*cent|percent|%)(?:\s+of\s+(?:the\s+)?(?:respondents|those\s+polled|people|[a-z]+))?(?=\s|$)")
_EN_UNNAMED = re.compile(r"\s*(?i:a|an|one|another|two|three|several|many|some)\s+(?:[\w'’-]+\s+){0,3}?(?:officials?|sources?|"
                         r"diplomats?|aides?|spokes(?:man|woman|person)|analysts?|residents?|witnesses|witness|lawmakers?|"
                         r"representatives?|officers?|executives?|experts?|journalists?|reporters?|advisers?|emigrants|"
                         r"economists?|traders?|investors?|photographers?|correspondents?|employees?|workers?|"
                         r"(?:vice-)?ministers?|panel|committee|team|doctors?|nurses?|resident|fighters?|"
                         r"soldiers?|scientists?|researchers?|professors?|prosecutors?|judges?|engineers?|"
                         r"students?|activists?|protesters?|survivors?|relatives?|farmers?|villagers?|observers?|insiders?|neighbou?rs?|"
                         r"locals?|lawyers?|monitors?|man|woman|refugees?|migrants?|passengers?|patients?|parents?|teachers?|victims?)\b")
_WEEKDAYISH = re.compile(
    r"(Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)\b")
