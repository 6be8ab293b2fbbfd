"""Names and their variants: the curated alias lexicon, the gazetteer, key normalisation and the
short-form tests that decide whether two names can be one entity ("Kim" / "Kim Jong Un").

Tables live in ``kabar/data/`` (``aliases.tsv``, ``gazetteer.tsv``), written for kabar, and are
read once per process on first use.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources

# Longest gazetteer entry, in tokens, that the matcher tries (the longest entry has 7 tokens).
GAZ_MAX_TOKENS = 7

# Honorifics and titles stripped from the front of a name before keying and matching.
HONORIFICS = {
    "bapak", "pak", "ibu", "bu", "saudara", "sdr", "tuan", "nyonya", "dr", "drs", "ir", "prof", "profesor", "ibunda", "ayahanda",
    "h", "hj", "kh", "mr", "mrs", "ms", "mdm", "madam", "sir", "dr.", "prof.", "gus", "habib", "syekh", "mbak", "mas",
    "ny", "tn",  # "Ny. Isah" (Nyonya), "Tn. Budi" (Tuan)
    # regional terms of address ("Kang Dedi Mulyadi", "Cak Imin", "Daeng Manye", "Bli Koster", "Buya Hamka",
    # "Mpok Alpa")
    "kang", "cak", "bang", "abah", "buya", "daeng", "bli", "kak", "mpok", "ceu", "tante",
    # Malaysian titles of honour ("Dato Sri Anifah Aman", "Datuk Lee Chong Wei")
    "dato", "datuk", "datin",
    # clergy: "Bhante Kamsai Sumano" (a Buddhist monk), "Romo Magnis"
    "bhante", "bhikkhu", "biksu", "romo", "kiai", "nyai", "ustaz", "ustad", "ustadz", "uztad",
    # the late ("Alm. Soedharmono", "Almh Ani Yudhoyono")
    "alm", "alm.", "almh", "almh.", "almarhum", "almarhumah",
    # a British private ("Pte Beharry")
    "pte",
    # a king of legend ("Prabu Siliwangi"); Javanese court titles ("GKR Wandansari"; but "Raden" stays in a
    # name, as the gold writes "Raden Prabowo Argo Yuwono")
    "prabu", "gkr", "kgph", "gph", "kph", "bray",
    # a Javanese elder's address ("Mbah Sri", like "Pak Budi")
    "mbah",
    # police and military ranks ("Kombes Asep" is Asep Adi Saputra, not a person of its own)
    "ajun",  # (spelled out: "Ajun Komisaris Besar Polisi Erick Frendiz")
    "kombes", "kbp", "akbp", "kompol", "akp", "iptu", "ipda", "aiptu", "aipda", "bripka", "brigpol", "briptu",
    "bripda", "brigjen", "irjen", "komjen", "letjen", "mayjen", "kolonel", "letkol", "kapten", "serka",
    "sertu", "serda", "kopda", "laksma", "laksda", "laksdya", "marsma", "marsda", "marsdya",
    "colonel", "lieutenant", "lt", "admiral", "sergeant", "sgt", "brigadier", "capt", "adm",
    "col", "maj", "gen", "cmdr", "cpl", "pfc", "pvt", "spc", "specialist",
    # hyphenated in British copy ("Lt-Gen Ken Keen", "Maj-Gen", "Brig-Gen")
    "lt-gen", "maj-gen", "brig-gen", "lt-col", "lt-cdr", "rear-adm", "vice-adm",
    # British ranks below sergeant ("Guardsman Anthony John Wakefield", "Lance Corporal …")
    "guardsman", "trooper", "rifleman", "sapper", "fusilier", "corporal", "lance",
    "brigjend", "irjend", "komjend", "jenderal", "jendral", "jend", "laksamana", "marsekal",
    "letda", "lettu", "pelda", "serma", "praka", "pratu", "prada",
    # spelt out ("Letnan Kolonel …", "Sersan Mayor …"); a ship's captain ("Captain Hector Barbossa")
    "letnan", "sersan", "kopral", "captain",
    # the lowest police ranks ("Bharada Alwin"; "Barada" as some outlets spell it), and two more of the army's
    "bharada", "barada", "bharatu", "bharaka", "abrip", "abriptu", "abripda", "koptu", "peltu", "kopka",
    # the corps after a rank: "Kombes Pol. Eko Prasetyo", "Brigjen Marinir Freddy Ardianzah"
    "pol", "marinir", "(mar)",
    # the army's and air force's corps after a rank: "Letkol Czi Dwi Bima Nurahmat", "Kolonel Inf …", "Mayor Pnb …"
    "czi", "inf", "kav", "arm", "arh", "cpm", "cba", "ckm", "chb", "chk", "caj", "cku", "ctp", "cpn", "psk", "pnb",
}

def is_honorific(word: str) -> bool:
    """A title of address or rank ("Dr.", "Pak", "AKBP", "Colonel"), with or without its dot."""
    return word.lower().rstrip(".") in HONORIFICS


# a Malaysian title of honour of two words ("Dato Sri", "Tan Sri"), before a name or ending a title before it
MALAY_HONOUR = re.compile(r"(?:Dato['’]?|Datuk|Datin|Tan|Toh|Tun)\s+(?:Seri|Sri)")

_WORD_RE = re.compile(r"\w+(?:[-'’]\w+)*")
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,5}"
# A person's other name given in the text: "Saifullah Yusuf (Gus Ipul)", "KH Maksum Faqih atau Gus Maksum",
# "Encep Nurjaman alias Hambali"; a comma may stand before the brackets ("Menteri Sosial Saifullah Yusuf, (Gus Ipul)")
PERSON_ALIAS_RE = re.compile(rf"(?P<full>{_NAME})(?:,?\s+\((?P<alias>(?:Gus|Kang|Cak|Mas|Bang|Pak|Bu|Ning|Abah|Buya|"
                             rf"Habib|Kiai|Ustaz)\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|[A-Z][\w'’-]+)\)|"
                             rf"\s+atau\s+(?P<alias2>(?:Gus|Kang|Cak|Mas|Bang|Abah|Buya)\s+[A-Z][\w'’-]+)|"
                             # "Encep Nurjaman alias Hambali": the name a suspect is known by
                             rf"\s+alias\s+(?P<alias3>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))")


# A nickname given in a description of the person just named: "… Jessica Iskandar. … perempuan yang
# akrab dipanggil Jedar ini mengaku …", "Pria yang akrab disapa Emil itu …"
DESCRIBED_NICKNAME_RE = re.compile(r"\byang\s+(?:(?:akrab|biasa|kerap|karib)\s+(?:disapa|dipanggil|disebut|dijuluki)|disapa)\s+"
                                   r"(?P<nick>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\b")
# A nickname followed by the words that say it is one, for the person named before: "kata Cak Imin
# sapaan akrabnya", "Bang Ara, panggilan karibnya, …"
NICKNAME_AFTER_RE = re.compile(r"(?<![\w'’-])(?P<nick>(?:[A-Z][\w'’-]+\s+)?[A-Z][\w'’-]+),?\s+(?:sapaan|panggilan)\s+"
                               r"(?:akrab|karib)nya\b")
NICKNAME_REACH = 600  # characters back to the person a described nickname belongs to
# A nickname with its owner's full name in apposition: "tutur Teco, sapaan Stefano Cugurra, Selasa"
NICKNAME_APPOSITION_RE = re.compile(r"\b(?P<nick>[A-Z][\w'’-]+),\s+(?:sapaan|panggilan)\s+(?:akrab\s+|karib\s+)?"
                                    r"(?:dari\s+)?(?P<full>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})")


def gives_nicknames(body: str) -> bool:
    """Whether ``body`` gives a nickname :func:`described_nicknames` can read (a cheap test before
    the people it needs are listed)."""
    return DESCRIBED_NICKNAME_RE.search(body) is not None or (
        ("sapaan" in body or "panggilan" in body)
        and (NICKNAME_APPOSITION_RE.search(body) is not None or NICKNAME_AFTER_RE.search(body) is not None))


def described_nicknames(body: str, people: list[tuple[int, str]]) -> dict[str, str]:
    """Nicknames with their owner's name in apposition (:data:`NICKNAME_APPOSITION_RE`), and nicknames
    given in a description (:data:`DESCRIBED_NICKNAME_RE`) → the full name of the last
    person named before it with two words or more (``people``: (offset, name) pairs, in order), within
    :data:`NICKNAME_REACH` characters; the one-word "Jupe" named in between is no candidate."""
    out: dict[str, str] = {}
    described = []
    if "sapaan" in body or "panggilan" in body:
        for m in NICKNAME_APPOSITION_RE.finditer(body):
            if m.group("nick") not in m.group("full").split():
                out.setdefault(m.group("nick"), m.group("full"))
        described += list(NICKNAME_AFTER_RE.finditer(body))
    if any(w in body for w in ("disapa", "dipanggil", "disebut", "dijuluki")):
        described += list(DESCRIBED_NICKNAME_RE.finditer(body))
    for m in described:
        nick = m.group("nick")
        before = [name for at, name in people if m.start() - NICKNAME_REACH <= at < m.start()
                  and len(name.split()) >= 2 and not set(nick.split()) & set(name.split())]
        if before:
            out.setdefault(nick, before[-1])
    return out


def _data_text(name: str) -> str:
    return (resources.files("kabar") / "data" / name).read_text("utf-8")


def _rows(text: str) -> list[list[str]]:
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def name_tokens(name: str) -> list[str]:
    """Lower-case, accent-free word tokens of a name ("U.S." → ["u", "s"])."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).lower()
    return _WORD_RE.findall(folded.replace("’", "'"))


@functools.lru_cache(maxsize=65536)
def _first_token(word: str) -> str:
    toks = name_tokens(word)
    return toks[0] if toks else ""


# Korean names as Indonesian and English news romanise them: a one-syllable surname and a
# two-syllable given name ("Pak Jong Chon", "Jo Chun Ryong", "Choe Son Hui"). "Pak" is also the
# Indonesian "Mr", and the tagger often leaves a short surname out.
KOREAN_SURNAMES = frozenset("""kim lee ri yi rhee park pak choi choe jung chung kang cho jo yoon yun jang chang
lim im han oh seo shin sin kwon hwang ahn song ryu yoo hong ko moon mun yang son bae baek paek heo nam noh
kwak sung cha joo ju woo min kil hyon jon thae""".split())
KOREAN_SYLLABLES = frozenset("""jong un yo chon chun ryong song son hui il sung chol hyon su yong nam ho gil jin
min jae myung suk yeol kyung hee hyun woo seok hoon young sook ju ae sol ok chang myong kwang pyong hak sik
bong guk kyu sang tae won yeon hwa mi ja jung dong hyeok hyok chan gyu hun ung rim
ui pong thae kyong gwang rak ik sok ryol hwan""".split())


def korean_given(text: str) -> bool:
    """ "Jong Chon", "Chun-ryong": two syllables of a Korean given name."""
    parts = re.split(r"[\s-]+", text.strip().lower())
    return len(parts) == 2 and all(p in KOREAN_SYLLABLES for p in parts)


def korean_name(text: str) -> bool:
    """ "Pak Jong Chon": a Korean surname before a two-syllable given name (not "Pak" = Mr)."""
    first, _, rest = text.strip().partition(" ")
    return first.lower() in KOREAN_SURNAMES and korean_given(rest)


@functools.lru_cache(maxsize=65536)  # a pure function called for every lexicon probe
def normalise(name: str) -> str:
    """The matching form of a name: folded words joined by one space, honorifics dropped."""
    toks = name_tokens(name)
    while len(toks) > 1 and toks[0] in HONORIFICS and not (toks[0] == "pak" and korean_name(" ".join(toks))):
        toks = toks[1:]  # ("Pak Jong Chon": the Korean surname, not "Mr")
    return " ".join(toks)


# Spelling folds for matching transliterated and old-spelling names (Soekarno/Sukarno,
# Dmitry/Dmitri, Zelensky/Zelenskyy, Djoko/Joko); applied in order to each folded word.
_FOLDS = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("sj", "sy"), ("ph", "f"), ("y", "i"))
_DOUBLE_RE = re.compile(r"(\w)\1+")
# British and American spellings of one name ("North Atlantic Treaty Organisation" /
# "Organization", "Ministry of Defence" / "Defense"), folded to one before the rest
_BRITISH = {"defence": "defense", "centre": "center", "centres": "centers", "theatre": "theater",
            "programme": "program", "programmes": "programs", "labour": "labor", "harbour": "harbor",
            "honour": "honor", "neighbourhood": "neighborhood"}
_ISATION_RE = re.compile(r"isation(s?)$")


@functools.lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """A looser matching form than ``normalise``: hyphens split words ("Jong-un" = "Jong Un"),
    old Indonesian spellings, common transliteration variants and British/American spellings
    fold together."""
    words = []
    for w in normalise(name).replace("-", " ").replace("'", "").split():
        if len(w) > 3:  # short words are mostly acronyms: "UII" is not "UI"
            w = _ISATION_RE.sub(r"ization\1", _BRITISH.get(w, w))
            for a, b in _FOLDS:
                w = w.replace(a, b)
            w = _DOUBLE_RE.sub(r"\1", w)
        words.append(w)
    return " ".join(words)


def entity_key(type_: str, name: str) -> str:
    """A key stable across articles: the type and the normalised canonical name."""
    return f"{type_.lower()}:{normalise(name)}"


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Lower-case token tuple → type; ``firsts`` holds every entry's first token."""

    entries: dict[tuple[str, ...], str] = field(default_factory=dict)
    firsts: frozenset[str] = frozenset()

    def get(self, key: tuple[str, ...]) -> str | None:
        return self.entries.get(key)


# The block of gazetteer.tsv that train/regions.py writes (every regency, city and seat)
REGIONS_BEGIN, REGIONS_END = "# >>> regions", "# <<< regions"


@functools.lru_cache(maxsize=2)
def load_gazetteer(regions: bool = True) -> Gazetteer:
    """The NER gazetteer (``kabar/data/gazetteer.tsv``); ``regions=False`` leaves out the generated
    block of regencies and cities (the tagger's features read the gazetteer it was trained with:
    retraining with the block was measured and not kept, see train/regions.py)."""
    text = _data_text("gazetteer.tsv")
    if not regions and REGIONS_BEGIN in text:
        head, _, rest = text.partition(REGIONS_BEGIN)
        text = head + rest.partition(REGIONS_END)[2]
    table: dict[tuple[str, ...], str] = {}
    for row in _rows(text):
        toks = tuple(t.lower() for t in _WORD_RE.findall(row[1]))
        if toks:
            table.setdefault(toks, row[0])
    return Gazetteer(table, frozenset(k[0] for k in table))


@functools.lru_cache(maxsize=1)
def _world_places() -> frozenset[str]:
    return frozenset(line.strip().lower() for line in _data_text("world_places.tsv").splitlines()
                     if line.strip() and not line.startswith("#"))


def world_place(text: str) -> bool:
    """Whether ``text`` is a world capital or a city of 100,000+ people (``train/world_places.py``:
    GeoNames, CC BY 4.0) that the gazetteer does not name. Only for retyping a name the tagger found
    (English text), never for finding one: the list holds names that are also people's."""
    return text.lower() in _world_places()


def known_type(text: str) -> str | None:
    """The type the lexicon gives ``text``, else the gazetteer's; None when neither knows it."""
    if not text:
        return None
    entry = load_lexicon().lookup(text)
    return entry.type if entry else load_gazetteer().get(tuple(text.lower().split()))


def gazetteer_tags(lows: Sequence[str], gazetteer: Gazetteer) -> list[str]:
    """BIO-style gazetteer tags ("B-LOC", "I-ORG", "") from a greedy longest match over tokens."""
    n = len(lows)
    tags = [""] * n
    i = 0
    while i < n:
        if lows[i] not in gazetteer.firsts:
            i += 1
            continue
        for size in range(min(GAZ_MAX_TOKENS, n - i), 0, -1):
            typ = gazetteer.get(tuple(lows[i:i + size]))
            if typ:
                tags[i] = f"B-{typ}"
                for j in range(i + 1, i + size):
                    tags[j] = f"I-{typ}"
                i += size
                break
        else:
            i += 1
    return tags


@dataclass(frozen=True, slots=True)
class LexEntry:
    """One entity of the alias lexicon: its type, its canonical names and its other names."""

    type: str
    name_id: str
    name_en: str
    aliases: tuple[str, ...]

    def name(self, lang: str) -> str:
        return self.name_en if lang == "en" else self.name_id

    @property
    def key(self) -> str:
        return entity_key(self.type, self.name_id)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Surface form → entry. Short upper-case aliases ("AS", "RI", "US") match case-sensitively;
    longer names match on their normalised form."""

    exact: dict[str, LexEntry]
    folded: dict[str, LexEntry]
    starts: frozenset[str] = frozenset()  # first folded word of every form
    # the lower-case words each folded form is spelt with somewhere in the table ("peninsula" of
    # "Korean peninsula"; none for "The Doctor")
    lower_words: dict[str, frozenset[str]] = field(default_factory=dict)

    def may_start(self, word: str) -> bool:
        """Whether a name the lexicon knows can begin with ``word`` (or an honorific before it):
        a cheap test before the span probes of ``lookup``."""
        first = _first_token(word)
        return first in self.starts or first in HONORIFICS

    def entries(self) -> list[LexEntry]:
        """Every entry once (the two tables hold each under several forms)."""
        return list(dict.fromkeys((*self.exact.values(), *self.folded.values())))

    def lookup(self, surface: str) -> LexEntry | None:
        surface = surface.strip()
        hit = self.exact.get(surface) or self.folded.get(normalise(surface))
        if hit is None and surface.endswith(" RI") and len(surface) > 3:
            # "KPU RI", "Kemenkes RI": a national body "of the Republic of Indonesia" is the body
            inner = self.lookup(surface[:-3])
            return inner if inner is not None and inner.type == "ORG" else None
        return hit

    def case_fits(self, surface: str) -> bool:
        """Whether ``surface``, found by its folded form, writes no later word in lower case that the
        lexicon capitalises, where it opens with "The": "The doctor said" is no "The Doctor" (Valentino
        Rossi), "The tigers were released" no "The Tigers" (Hull City). Other names keep matching
        whatever their case: Indonesian copy often writes "Jawa timur", "BPJS kesehatan", "PDI
        perjuangan" (their dev splits lost 2-12 points each when all names had to fit)."""
        surface = surface.strip()
        if surface in self.exact or not surface.startswith("The "):
            return True
        allowed = self.lower_words.get(normalise(surface), frozenset())
        return all(not w[:1].islower() or w in allowed for w in surface.split()[1:])


def _case_sensitive(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return len(letters) <= 4 or alias.isupper()


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    exact: dict[str, LexEntry] = {}
    folded: dict[str, LexEntry] = {}
    lower: dict[str, set[str]] = {}
    for row in _rows(_data_text("aliases.tsv")):
        typ, name_id, name_en = row[0], row[1], row[2] or row[1]
        aliases = tuple(a for a in (row[3].split("|") if len(row) > 3 else []) if a)
        entry = LexEntry(typ, name_id, name_en, aliases)
        for form in (name_id, name_en, *aliases):
            if _case_sensitive(form):
                exact.setdefault(form, entry)
            elif " " in form and " " not in normalise(form):
                exact.setdefault(form, entry)  # ("Nyonya Tua": folding drops the title, and "Tua" alone is no Juventus)
            else:
                folded.setdefault(normalise(form), entry)
                lower.setdefault(normalise(form), set()).update(w for w in form.split() if w[:1].islower())
    # A name that holds another entry's acronym is also written with that acronym spelled out:
    # "Dewan Keamanan PBB" = "Dewan Keamanan Perserikatan Bangsa-Bangsa", "U.N. Security Council"
    # = "United Nations Security Council"
    for entry in {id(e): e for e in (*exact.values(), *folded.values())}.values():
        for form in (entry.name_id, entry.name_en, *entry.aliases):
            words = form.split()
            for i, word in enumerate(words):
                inner = exact.get(word)
                if len(words) < 2 or inner is None or inner is entry or inner.type not in ("ORG", "LOC"):
                    continue
                for full in {inner.name_id, inner.name_en}:
                    spelt = " ".join([*words[:i], full, *words[i + 1:]])
                    folded.setdefault(normalise(spelt), entry)
                    lower.setdefault(normalise(spelt), set()).update(w for w in spelt.split() if w[:1].islower())
    starts = frozenset(t[0] for form in (*exact, *folded) if (t := name_tokens(form)))
    return Lexicon(exact, folded, starts, {k: frozenset(v) for k, v in lower.items()})


def acronym(words: Sequence[str]) -> str:
    """Initials of the capitalised content words: "Badan Nasional Penanggulangan Bencana" → "BNPB"."""
    return "".join(w[0] for w in words if w[:1].isupper())


def is_acronym_of(short: str, full: str) -> bool:
    """True when ``short`` (e.g. "BNPB", "Basarnas") abbreviates ``full``."""
    if not short or " " in short.strip():
        return False
    words = [w for w in re.findall(r"\w+", full) if w.lower() not in {"dan", "and", "of", "the", "untuk"}]
    if len(words) < 2:
        return False
    s = short.replace(".", "").upper()
    if s == acronym(words).upper() or s == "".join(w[0] for w in words).upper():
        return True
    # syllable acronyms ("Basarnas" = Badan SAR Nasional, "Kemlu"): each word's start, in order
    return _syllabic(s.lower(), [w.lower() for w in words])


def is_loose_acronym(short: str, full: str) -> bool:
    """A looser test for a short name a text defines in brackets right after a body's full name:
    its letters run through the full name in order from its first letter, and two or more of them
    start words of it ("Singapore Airlines (SIA)", "GlaxoSmithKline (GSK)", "Petroliam Nasional
    Berhad (Petronas)", "National University Cancer Institute Singapore (NCIS)")."""
    s, f = short.replace(".", "").lower(), full.lower()
    if not (2 <= len(s) <= 12) or not s.isalpha() or not f or s[0] != f[0]:
        return False
    starts = {m.start() for m in re.finditer(r"\b\w|(?<=[a-z])[A-Z]", full)}

    @functools.cache
    def best(i: int, pos: int) -> int:  # most word starts s[i:] can use from f[pos:]; -1: none fits
        if i == len(s):
            return 0
        out, at = -1, f.find(s[i], pos)
        while at >= 0:
            rest = best(i + 1, at + 1)
            if rest >= 0:
                out = max(out, rest + (at in starts))
            at = f.find(s[i], at + 1)
        return out

    return best(1, 1) + 1 >= 2


def _syllabic(short: str, words: list[str]) -> bool:
    if len(short) < 4 or not short.isalpha():
        return False
    pos = 0
    for w in words:
        take = 0
        while take < len(w) and pos < len(short) and short[pos] == w[take]:
            pos += 1
            take += 1
        if take == 0:
            return False
    return pos == len(short)


# Generic head words a place or organisation name may drop ("Partai Gerindra" → "Gerindra").
GENERIC_HEADS = {"partai", "pt", "kota", "kabupaten", "provinsi", "negara", "republik", "kerajaan",
                 "the", "city", "province", "kingdom", "republic", "grup", "group", "klub"}
# a place named with its kind, then without: "Sirkuit Misano" ~ "Misano", "Mal Thamrin City" ~
# "Thamrin City" (aliases_real.jsonl's descriptor variants) — unless the bare name is a known place
# of its own ("Pelabuhan Makassar" is not Makassar, "Terminal Pandaan" not Pandaan)
PLACE_KIND_HEADS = frozenset("""mal sirkuit stadion pulau gunung sungai danau jalan
circuit stadium""".split())  # (not a port, station or terminal: often named after its town)
# last words a body's name may drop
GENERIC_TAILS = frozenset("team fc club hotel foundation".split())
# the last words of football clubs' names after their town ("Hull City", "Bolton Wanderers")
_CLUB_SUFFIXES = frozenset(fold(w) for w in "city united hotspur albion wanderers rovers athletic".split())
# the first words of a football club's name whose rest, alone, is the club in a report ("Real Madrid" ~
# "Madrid", "AS Monaco" ~ "Monaco", "Deportivo La Coruna" ~ "La Coruna"; not "Bayern": "Muenchen" alone is
# as often the city)
CLUB_TOWN_HEADS = frozenset("real deportivo sporting atletico athletic olympique borussia as ac fc ssc afc us sv tsg msv vfl vfb fsv".split())
# heads of a district's or village's name, which a text drops too ("Lage" ~ "Kecamatan Lage") — unless
# the bare name is a town or regency of its own ("Kecamatan Wonogiri" is not all of Wonogiri)
SUBDISTRICT_HEADS = {"kecamatan", "kelurahan", "desa", "dusun", "distrik", "nagari", "gampong"}


UNCALLED_FIRST_NAMES = frozenset("""muhammad muhamad mohammad mohamad mochammad mochamad mohammed moh moch much mhd
muh ahmad achmad abdul siti i ni lalu baiq raden teuku tengku andi""".split())
# ("I"/"Ni": a Balinese man's or woman's name opens with it; "Lalu"/"Baiq" a Sasak noble's, "Raden" a
# Javanese one's, "Teuku"/"Tengku" an Acehnese or Malay one's: "Lalu Samsul Adnan" is called Samsul; "Andi"
# a Bugis one's: "Andi Amran Sulaiman" is called Amran)


# Balinese birth-order names, which follow "I" (men) or "Ni" (women) at the start of a name; the name
# its bearer is called by comes after them ("Ni Nyoman Dewi Pascarani" is Dewi)
# Balinese birth-order names (with "Gde" and "Kade", the short spellings of "Gede" and "Kadek"), the one list
# kabar.nlp.cues and kabar.nlp.id_names read too
BIRTH_ORDER_NAMES = ("Wayan", "Putu", "Gede", "Gde", "Made", "Kadek", "Kade", "Nengah", "Nyoman", "Komang", "Ketut")
# (with "Luh", which a woman's name puts after "Ni": "Ni Luh Putu …")
BALINESE_BIRTH_ORDER = frozenset(w.lower() for w in BIRTH_ORDER_NAMES) | {"luh"}


def uncalled_first(word: str) -> bool:
    """Whether a folded word opening a person's name is one its bearer is not called by ("muhammad",
    "moh.") or an initial ("m", "a.") — the one test for it, with or without a full stop."""
    bare = word.rstrip(".")
    return bare in UNCALLED_FIRST_NAMES or len(bare) == 1


GENERATION_SUFFIXES = frozenset("jr sr ii iii iv".split())


# a bracketed acronym inside a body's name, before the words that go on ("Dinas Sosial (Dinsos) Kota Mataram")
INNER_ACRONYM = re.compile(r" \([A-Z][A-Za-z]{1,9}\)(?= \S)")


_BIRTH_ORDER_FOLDED = frozenset(fold(w) for w in BALINESE_BIRTH_ORDER)  # ("nyoman" folds to "nioman")


_LEGISLATURES = frozenset("kongres senat parlemen".split())


def is_short_form(short: str, full: str, type_: str) -> bool:
    """Whether ``short`` can name the same entity as ``full`` within one article or story.

    Persons: the short form's words are a run of the full name's words that starts or ends it
    ("Kim" ~ "Kim Jong Un", "Kirby" ~ "John Kirby"), or its first and last word. Organisations and places: an acronym of the
    full name, or the full name without a generic head word ("Gerindra" ~ "Partai Gerindra").
    """
    if type_ == "ORG" and (bare := INNER_ACRONYM.sub("", full)) != full:
        # "Pengadilan Negeri Semarang" ~ "Pengadilan Negeri (PN) Semarang": the office's acronym inside its name
        if fold(bare) == fold(short):
            return True
    if type_ == "ORG" and " " in short and _GRADE.search(full) and fold(_GRADE.sub("", full)) == fold(short):
        return True  # "Kantor Imigrasi Palu" ~ "Kantor Imigrasi Kelas I Palu": an office without its grade
    if type_ == "ORG" and (expanded := expand_place_tail(short)) and fold(expanded) == fold(full) != fold(short):
        return True  # "BPBD Sulteng" ~ "BPBD Sulawesi Tengah"; "Pemprov DKI" ~ "Pemprov Jakarta" (as many words)
    s, f = fold(short).split(), fold(full).split()
    if type_ == "PER":  # "Cowan" ~ "James H. Cowan Jr.": a generation suffix is no word one is called by
        while len(f) > 2 and f[-1].rstrip(".") in GENERATION_SUFFIXES and s[-1:] != f[-1:]:
            f = f[:-1]
    if not s or not f or len(s) >= len(f) or (type_ == "PER" and s[-1].rstrip(".") in GENERATION_SUFFIXES
                                              and len(s) == 1):
        return False  # "Jr" names no one of "Durfort Jr"
    n = len(s)
    if type_ == "PER" and n == 1 and short.isupper() and 2 <= len(short) <= 4:
        # "STY" ~ "Shin Tae-yong", "JK" ~ "Jusuf Kalla": a person's initials in capitals, one per word
        return "".join(w[0] for w in re.split(r"[\s-]+", full) if w).upper() == short
    if type_ == "PER":
        # a run at either end, or first and last name without the middle ones
        # ("Vladimir Putin" ~ "Vladimir Vladimirovich Putin", "John Kirby" ~ "John F. Kirby")
        # (or a middle name and the last: "Mikha Tambayong" ~ "Maudy Mikha Maria Tambayong")
        return f[:n] == s or f[-n:] == s or (n == 2 and s[0] in f[:-1] and s[-1] == f[-1]) or (
            # "Rachmat" ~ "Muhammad Rachmat Kaimuddin", "Doli" ~ "Ahmad Doli Kurnia": Indonesian
            # names often open with a name their bearer is not called by, or its initial ("Ihdan" ~
            # "M Ihdan Nazar Husaini")
            n == 1 and (len(f) == 3 or (len(f) == 4 and len(f[0].rstrip(".")) == 1)) and f[1] == s[0]
            and uncalled_first(f[0])) or (
            # (two of them: "Yasir" ~ "Andi Muhammad Yasir Arafat")
            n == 1 and len(f) == 4 and uncalled_first(f[0]) and uncalled_first(f[1]) and f[2] == s[0]) or (
            # "Sigit" ~ "Listyo Sigit Prabowo", "Dasco" ~ "Sufmi Dasco Ahmad": the middle one of three
            # names is as often the one used (not a syllable of a Korean or Chinese given name: "Kim Jong Un")
            n == 1 and len(f) == 3 and f[1] == s[0] and min(len(f[1]), len(f[2])) >= 4) or (
            # (after a Javanese noble's "Raden": "Argo" ~ "Raden Prabowo Argo Yuwono"; not after an initial:
            # "M Ihdan Nazar Husaini" is called Ihdan)
            n == 1 and len(f) == 4 and f[0] == "raden" and f[2] == s[0] and min(len(f[2]), len(f[3])) >= 4) or (
            # "Dewi" ~ "Ni Nyoman Dewi Pascarani": after a Balinese "I"/"Ni" and birth-order name
            n == 1 and len(f) >= 3 and f[0] in ("i", "ni") and f[1] in _BIRTH_ORDER_FOLDED
            and f[2] == s[0])
    if type_ == "LOC" and f[0] in ("jalan", "jl", "jl.") and s[0] == f[0] and n >= 2 \
            and [w for w in f if not is_honorific(w)] == s:
        return True  # "Jalan Sudirman" ~ "Jalan Jenderal Sudirman": a street's name without the rank of its namesake
    if type_ == "ORG" and n == 1 and s[0] in _LEGISLATURES and len(f) == 2 and f[0] == s[0] \
            and known_type(full.split()[1]) == "LOC":
        return True  # "Kongres" ~ "Kongres Peru": a country's legislature named bare
    head = normalise(full).split()[0]
    if (head in GENERIC_HEADS or (type_ == "ORG" and head in CLUB_TOWN_HEADS)) and f[1:] == s:
        return True
    if (head in SUBDISTRICT_HEADS or head in PLACE_KIND_HEADS) and f[1:] == s and known_type(short) is None:
        return True  # (not "Pulau Sumbawa" ~ "Sumbawa": the regency too)
    if f[:-1] == s and f[-1] in GENERIC_TAILS:
        return True  # "Repsol Honda Team" ~ "Repsol Honda", "Beverly Hilton Hotel" ~ "Beverly Hilton"
    if type_ == "ORG" and f[:-1] == s and f[-1] in _CLUB_SUFFIXES and known_type(full) is None:
        return True  # "Stoke" ~ "Stoke City", "Swansea" ~ "Swansea City" (typed a club by a football report)
    if type_ == "ORG" and len(s) == 2 and s[0] == f[0] and f[0] in _HEADS_BEFORE_ACRONYM \
            and is_acronym_of(short.split()[1], " ".join(full.split()[1:])):
        return True  # "Dinas PUPR" ~ "Dinas Pekerjaan Umum dan Penataan Ruang"
    if type_ == "ORG" and (organ := _BODY_OF.sub("", full)) != full and fold(organ).split() == s:
        return True  # "Security Council" ~ "U.N. Security Council", "Dewan Keamanan" ~ "Dewan Keamanan PBB"
    if type_ == "ORG" and n == 1 and full.lower() in {f"{short.lower()}.{tld}" for tld in ("com", "co.id", "id", "net")}:
        return True  # "kumparan" ~ "kumparan.com": an outlet and its site
    if type_ == "ORG" and f[:n] == s and f[n:] == ["indonesia"] and known_type(short) is None:
        return True  # "AirNav" ~ "AirNav Indonesia", "Garuda" ~ "Garuda Indonesia": a firm's Indonesian arm
    if type_ == "ORG" and n == 1 and f[-1] == s[0] and s[0] in _PAPER_TAILS:
        return True  # "Times" ~ "New York Times", "Post" ~ "Jakarta Post": a paper by its last word
    if type_ == "ORG" and f[:n] == s and f[n:] == ["ri"]:
        return True  # "Komisi II DPR" ~ "Komisi II DPR RI": a body "of the Republic of Indonesia"
    if type_ == "LOC" and n >= 2 and f[:n] == s and len(f) - n <= 2 and f[0] in _OWNED_BUILDING_HEADS \
            and (owner := load_lexicon().lookup(" ".join(full.split()[n:]))) is not None and owner.type == "ORG":
        return True  # "Gedung Merah Putih" ~ "Gedung Merah Putih KPK": a building named with its owner
    if type_ == "ORG" and n >= 2 and f[:n] == s and s[0] in _HEADS_BEFORE_ACRONYM and (
            f[n:] in (["nasional"], ["indonesia"]) or f[n] == "dan"):
        # "Badan Gizi" ~ "Badan Gizi Nasional"; a ministry by its first field: "Kementerian Haji" ~
        # "Kementerian Haji dan Umrah"
        return True
    if type_ == "ORG" and f[:n] == s and all(w.rstrip(".") in _COMPANY_TAILS for w in f[n:]):
        return True  # "Hyundai" ~ "Hyundai Motor Co", "Meta" ~ "Meta Platforms", "Astra" ~ "Astra Tbk"
    if type_ == "ORG" and n >= 2 and f[:n] == s and s[0] in _HEADS_BEFORE_ACRONYM and (
            f[n] in _REGION_KINDS
            # (a regional office's region named bare, after its bracketed acronym or not: "Dinas Lingkungan Hidup" ~
            # "Dinas Lingkungan Hidup (DLH) Jakarta"; only a "Dinas", not "Kementerian Pertahanan | Korea Utara")
            or (s[0] == "dinas" and known_type(re.sub(r"^\([A-Z][A-Za-z]{1,9}\)\s+", "", " ".join(full.split()[n:])))
                == "LOC")):
        return True  # "Dinas Kesehatan" ~ "Dinas Kesehatan Kabupaten Gresik": a region's office without its region
    if len([w for w in f if w not in _REGION_KINDS]) == n and [w for w in f if w not in _REGION_KINDS] == s:
        return True  # "Dinas Kesehatan Garut" ~ "Dinas Kesehatan Kabupaten Garut"
    expansion = GENERIC_ABBREVIATIONS.get(" ".join(s))
    if expansion and f[:len(expansion)] == expansion:
        return True  # "Dinkes" ~ "Dinas Kesehatan Kabupaten Garut"
    if n >= 2 and type_ != "PER" and (expansion := GENERIC_ABBREVIATIONS.get(s[0])):
        spelt = fold(_GRADE.sub("", full)).split()
        if spelt == fold(" ".join(expansion)).split() + s[1:]:
            return True  # "Rutan Sialang Bungkuk" ~ "Rumah Tahanan Negara Kelas IIB Sialang Bungkuk"
        if [w for w in fold(INNER_ACRONYM.sub("", full)).split() if w not in _REGION_KINDS] \
                == fold(" ".join(expansion)).split() + s[1:]:
            return True  # "Dishub Serang" ~ "Dinas Perhubungan (Dishub) Kabupaten Serang"
        if (place := expand_place_tail(short)) and spelt == fold(" ".join(expansion)).split() + fold(place).split()[1:]:
            return True  # "Polda Kaltim" ~ "Kepolisian Daerah Kalimantan Timur"
    if type_ == "ORG" and len(s) >= 2 and s[0] == f[0] and (s[0] in PARTY_BOARDS or s[0] == "pemerintah"):
        # "DPP PDIP" ~ "DPP PDI Perjuangan": one party's board; "Pemerintah DKI" ~ "Pemerintah Provinsi DKI
        # Jakarta": one region's government (its kind left out): the same head before two forms of one name
        rest = " ".join(full.split()[1:])
        a = load_lexicon().lookup(" ".join(short.split()[1:]))
        b = load_lexicon().lookup(_REGION_KIND_HEAD.sub("", rest) if s[0] == "pemerintah" else rest)
        if a is not None and b is not None and a.key == b.key:
            return True
    if type_ == "ORG" and n >= 2 and f[:n] == s and s[0] in REGIONAL_OFFICES and len(f) == n + 1 \
            and known_type(" ".join(full.split()[n - 1:])) == "LOC" and known_type(short.split()[-1]) == "LOC":
        return True  # "Pemprov DKI" ~ "Pemprov DKI Jakarta": the region by the first of its two words
    if type_ == "ORG" and n == 1 and f[0] == s[0] and (short.isupper() or s[0] in REGIONAL_OFFICES) \
            and known_type(" ".join(full.split()[1:])) == "LOC":
        return True  # "BPBD" ~ "BPBD Sulawesi Tengah", "Polda" ~ "Polda Kalimantan Timur"
    return is_acronym_of(short, full)


# offices named by the region they serve (kabar.nlp.mentions joins one the tagger tagged alone to its region)
REGIONAL_OFFICES = frozenset("""polda polres polresta polrestabes polsek kodam korem kodim koramil lanud lantamal
pemprov pemkab pemkot dprd kejati kejari bpbd bappeda kanwil pn""".split())


# Offices every region has one of: bare, they name no particular body ("RSUD", "Polda", "DPRD")
BARE_OFFICES = frozenset("""rs rsu rsud rsup rsia puskesmas klinik sd sdn smp smpn sma sman smk smkn mts tk pemkab pemkot
pemprov pemda polda polres polresta polrestabes polsek kodim korem kodam koramil kejari kejati dprd bpbd bappeda
kanwil satgas""".split())


def office_of_named_place(short: str, full: str, typ: str, places: set[str]) -> bool:
    """"DPRD" ~ "DPRD Way Sekampung" where the article names Way Sekampung as a place (the lexicon
    and gazetteer may not know a small regency)."""
    words = full.split()
    if typ != "ORG" or " " in short or len(words) < 2 or words[0] != short or not (
            short.isupper() or short.lower() in BARE_OFFICES):
        return False
    rest = fold(" ".join(words[1:]))
    return rest in places or any(p.endswith(" " + rest) for p in places)


_SCHOOL_NEGERI = re.compile(r"\b(SD|SMP|SMA|SMK|SLB|MI|MTs|MA) Negeri\b")


def school_form(name: str) -> str:
    """A state school's name as its acronym writes it: "SMP Negeri 1 Cisarua" → "SMPN 1 Cisarua"."""
    return _SCHOOL_NEGERI.sub(r"\1N", " ".join(name.split()))


@functools.lru_cache(maxsize=4096)
def expand_place_tail(name: str) -> str | None:
    """``name`` with a place alias at its end spelt out ("BPBD Sulteng" → "BPBD Sulawesi Tengah",
    "Polda Kaltim" → "Polda Kalimantan Timur"), or None when it ends with no such alias."""
    words = name.split()
    for k in (1, 2):
        if len(words) > k:
            tail = " ".join(words[-k:])
            entry = load_lexicon().lookup(tail)
            if entry is not None and entry.type == "LOC" and normalise(entry.name_id) != normalise(tail):
                return " ".join([*words[:-k], entry.name_id])
    return None


# heads of a building's name that may end with its owner ("Gedung Merah Putih KPK")
_OWNED_BUILDING_HEADS = frozenset("gedung kantor wisma menara graha istana markas kompleks".split())
# an office's head that a text keeps before the acronym of the rest ("Dinas PUPR", "Kementerian ESDM")
_HEADS_BEFORE_ACRONYM = frozenset(fold("dinas badan kementerian direktorat komisi kantor").split())
# the international body (or the country) an organ's name opens or ends with, which a text may leave
# out ("Federal Reserve" ~ "US Federal Reserve"; not "… AS": Indonesian text names its own ministries bare)
_BODY_OF = re.compile(r"^(?:U\.?N\.?|E\.?U\.?|U\.?S\.?|PBB|UE|ASEAN|NATO)\s+|\s+(?:PBB|UN|ASEAN|NATO|UE|EU)$")
# words that end a company's full name after the name it goes by
_COMPANY_TAILS = frozenset("""inc co corp corporation ltd limited llc plc group holdings platforms motor motors
technologies tbk persero ag se sa nv bv gmbh bhd berhad""".split())
_REGION_KINDS = frozenset("kabupaten kab kota provinsi prov".split())
# the last word of a newspaper's name, which a report may call it by once it has named it in full
_PAPER_TAILS = frozenset("times post journal herald tribune telegraph chronicle gazette".split())
_REGION_KIND_HEAD = re.compile(r"^(?:Provinsi|Kabupaten|Kota)\s+")
# a party's central, regional and branch boards ("DPP PDIP", "DPC PDIP Tabanan")
PARTY_BOARDS = frozenset("dpp dpd dpw dpc pac".split())
# Short names every region's offices go by: not entities of their own (each regency has its
# Dinkes), so not in the lexicon, but a short form of the one such office a story names in full
GENERIC_ABBREVIATIONS = {k: v.split() for k, v in {
    "dinkes": "dinas kesehatan", "disdik": "dinas pendidikan", "dishub": "dinas perhubungan",
    "dinsos": "dinas sosial", "disnaker": "dinas tenaga kerja", "disperindag": "dinas perindustrian dan perdagangan",
    "diskominfo": "dinas komunikasi dan informatika", "pemkab": "pemerintah kabupaten", "pemkot": "pemerintah kota",
    "pemprov": "pemerintah provinsi", "kejari": "kejaksaan negeri", "kejati": "kejaksaan tinggi",
    "polres": "kepolisian resor", "polresta": "kepolisian resor kota", "polda": "kepolisian daerah",
    "polsek": "kepolisian sektor", "puskesmas": "pusat kesehatan masyarakat", "rsud": "rumah sakit umum daerah",
    "rsup": "rumah sakit umum pusat", "rsu": "rumah sakit umum", "rutan": "rumah tahanan negara",
    "lapas": "lembaga pemasyarakatan", "kbri": "kedutaan besar republik indonesia",
    "kjri": "konsulat jenderal republik indonesia",
}.items()}
# a prison's or hospital's grade, which one report gives and another leaves out ("Kelas IIB")
_GRADE = re.compile(r"\s+kelas\s+(?:[ivx]+[ab]?|\d[ab]?)\b", re.I)


# Capitals that stand for their country's government when they act or speak ("Pyongyang
# membantah", "Washington said"); the value is the country's lexicon name.
CAPITAL_METONYMS = {
    "Pyongyang": "Korea Utara", "Seoul": "Korea Selatan", "Washington": "Amerika Serikat",
    "Moskow": "Rusia", "Moscow": "Rusia", "Beijing": "Tiongkok", "Kyiv": "Ukraina", "Kiev": "Ukraina",
    "Teheran": "Iran", "Tehran": "Iran", "Tokyo": "Jepang", "Canberra": "Australia",
    "London": "Inggris", "Paris": "Prancis", "Berlin": "Jerman", "Ankara": "Turki",
    "Riyadh": "Arab Saudi", "Kairo": "Mesir", "Cairo": "Mesir", "Taipei": "Taiwan", "Jakarta": "Indonesia",
}
# Words after a capital that make it an actor rather than a place.
METONYM_VERBS = frozenset("""mengatakan menyatakan menegaskan membantah menolak menuduh mengecam
memperingatkan mengancam menuntut meminta menyebut mengklaim menganggap menilai menanggapi mengutuk
menyerukan mendesak berjanji sepakat enggan belum telah akan juga
menentang mendukung menekan membalas menuding menjatuhkan memberlakukan menyetujui mengumumkan menyalahkan
menginginkan
said says denied rejected accused warned threatened demanded called condemned claimed has have
had will would""".split())
# a negation between the capital and its verb ("Washington tidak akan tinggal diam")
_NEGATIONS = frozenset("tidak tak belum bukan not".split())
# Words before a capital that make it a place ("di Pyongyang", "in Washington").
PLACE_PREPOSITIONS = frozenset("di ke dari menuju kota ibu ibukota in at to from into near".split())


# first words of the lexicon's places at home: a body named with one of them is no foreign country's
HOME_PLACES = ("indonesia", "jakarta", "yogyakarta", "jawa", "sumatera", "sulawesi", "kalimantan", "nusa tenggara",
                "ibu kota", "papua", "bali", "aceh", "banten", "riau", "maluku", "bangka", "gorontalo", "lampung",
                "bengkulu", "jambi")


def foreign_country(text: str) -> bool:
    """Whether ``text`` is a place abroad the lexicon knows — its long list of countries, and a few cities and
    regions — not Indonesia nor one of its regions ("Kanada", "AS"; not "Jabar", "Jakarta Pusat")."""
    entry = load_lexicon().lookup(text)
    return entry is not None and entry.type == "LOC" and not entry.name_id.lower().startswith(HOME_PLACES)


def metonym_country(name: str, before: str, after: str) -> LexEntry | None:
    """The country a capital stands for, when the words around it make it an actor."""
    country = CAPITAL_METONYMS.get(name)
    if not country:
        return None
    prev = before.split()[-1:] or [""]
    nxt = [w.lower() for w in after.split()[:2]] or [""]
    if nxt[0] in _NEGATIONS and len(nxt) > 1:
        nxt = nxt[1:]
    if prev[0].lower() in PLACE_PREPOSITIONS or nxt[0].strip(",.") not in METONYM_VERBS:
        return None
    return load_lexicon().lookup(country)
