"""Who is speaking: clause subjects before a speech verb, and speaker resolution within an article.

``clause_subject`` finds the speaker phrase of a clause ("Juru bicara …, John Kirby, pada Rabu
mengatakan" → John Kirby, role "Juru bicara …"). ``SpeakerResolver`` turns phrases into names: a
pronoun or a role noun goes to the latest speaker, a short name ("Wahid") to the fullest form
the article uses ("Gubernur Riau Abdul Wahid" → Abdul Wahid, role Gubernur Riau), and, when the
caller gives entities or mentions, to the canonical entity name.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from kabar.lang.calendar import ID_MONTH_NAMES
from kabar.nlp.aliases import (
    DESCRIBED_NICKNAME_RE,
    PERSON_ALIAS_RE,
    described_nicknames,
    gives_nicknames,
    is_honorific,
    known_type,
)
from kabar.nlp.cues import (
    CUE_AFTER,
    CUE_VERB,
    EN_PERSON_HEADS,
    IT,
    PARTY_DESCRIBED,
    SpeakerPhrase,
    balinese_opening,
    parse_speaker,
    parse_subject,
    split_role_name,
)
from kabar.nlp.gender import person_gender
from kabar.nlp.ner import usually_lower
from kabar.nlp.speaker_words import ORG_HEADS, PERSON_TITLES, ROLE_WORDS, is_role_word, not_subject
from kabar.nlp.tokens import LINK_LINE, find_whole, opens_sentence, sentence_start
from kabar.records import Entity, Mention

# A role noun in one language finds a speaker whose role was written in the other.
_ROLE_SYNONYMS = {
    "spoke": ("spokes", "juru bicara", "jurubicara", "jubir"), "juru": ("spokes", "juru bicara", "jurubicara", "jubir"),
    "jubir": ("spokes", "juru bicara", "jurubicara", "jubir"), "minis": ("minister", "menteri"),
    "mente": ("minister", "menteri"), "presi": ("president", "presiden"), "gover": ("governor", "gubernur"),
    # an office's short form and its written-out title ("Kajari" ~ "Kepala Kejaksaan Negeri …")
    "kajar": ("kajar", "kepala kejaksaan negeri"), "kajat": ("kajat", "kepala kejaksaan tinggi"),
    "kalap": ("kalap", "kepala lembaga pemasyarakatan", "kepala lapas"), "karut": ("karut", "kepala rutan",
                                                                                "kepala rumah tahanan"),
}


def _role_keys(role_noun: str | None) -> tuple[str, ...]:
    """What a title's head word is found as in another wording of the title: its first five
    letters, or their synonyms ("jubir" ~ "juru bicara" ~ "spokesman")."""
    words = role_noun.lower().split() if role_noun else []
    return _ROLE_SYNONYMS.get(words[0][:5], (words[0][:5],)) if words else ()


def _holds_title(role: str | None, keys: tuple[str, ...]) -> bool:
    if not role:
        return False
    low = role.lower()
    if not any(k in ("wakil", "deput", "vice") for k in keys):
        # a deputy holds no plain title: "Wakil Ketua Pansus" is not "Ketua Pansus"
        low = re.sub(r"\b(?:wakil|deputy|vice)[\s-]+\w+", "", low)
    return any(k in low for k in keys)
# Words of a role phrase that name no office ("juru bicara itu", "sang menteri tersebut")
_NOT_OFFICE = frozenset("bicara itu ini tersebut tadi sang the this that".split())
_BRACKETED_ACRONYM = re.compile(r"\s*\([A-Z]{2,8}\)(?=\s)")
_HANDLE = re.compile(r",\s*@\w+\s*(?=,)")
# a person's workplace right after the name, in English: "of the Johns Hopkins School …", "from Oxfam"
_EN_AFFILIATION = re.compile(r"(?:of|from|at)\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of|for|and|the|[A-Z][\w.&'’-]*)){0,10}")
_EN_BODY_WORDS = frozenset("""ministry department bank university school council agency office committee commission
board institute center centre court government party union association federation""".split())
_BAD_GAP = re.compile(r"\b(yang|bahwa|that|who|which|agar|untuk)\b|[\"“”]", re.I)


# members and officers of a body and professions a person is named by, which with a demonstrative
# point back to that person too ("Anggota Komisi XII DPR itu mengatakan …"); not PERSON_TITLES
# itself, which the NER tagger's features read and where a bare "Jaksa" points back to no one
_MEMBER_TITLES = frozenset("""anggota kader pengurus pejabat komisioner perwira kasat kasi kabid kasubdit komandan
dosen peneliti akademisi advokat pengacara aktivis
istri suami putra putri ayah ayahanda ibu ibunda bapak adik kakak doktor profesor""".split())  # (kin: "istri aktor Brad Pitt itu")
_CONNECTIVE = re.compile(
    r"\s*(?:(?:(?:secara\s+|di\s+tempat\s+)?terpisah|sementara|selain|meski|namun|akan\s+tetapi|tetapi|tapi|bahkan|lalu|"
    r"kemudian|adapun|sebelum-?nya|sehingga|maka|oleh\s+karena\s+itu|karena\s+itu|"
    # "Dalam kesempatan tersebut ia menegaskan …": the occasion, then the subject
    r"(?:dalam|pada|di)\s+kesempatan\s+(?:tersebut|itu|ini|yang\s+sama)|"
    r"sedangkan|padahal|however|meanwhile|but|and|so|separately|additionally|elsewhere|in\s+addition|"
    r"nevertheless|nonetheless)(?:\s+(?:itu|demikian|begitu))?\s*,?\s+)+", re.I)


def clause_subject(before: str) -> SpeakerPhrase:
    """The speaker phrase of the clause ``before`` a speech verb (empty phrase when none)."""
    return subject_at(before)[1]


def subject_at(before: str) -> tuple[int, SpeakerPhrase]:
    """Where the speaker phrase of the clause ``before`` a speech verb starts, and the phrase
    (``len(before)`` and an empty phrase when there is none)."""
    before = _HANDLE.sub(lambda m: " " * len(m.group()), before)  # ", @kemensosri," is no clause break
    # "Jakarta (ANTARA News) - Mantan jurnalis senior Ira Koesno mengungkapkan": a dateline is no subject
    before = _ID_DATELINE.sub(lambda m: " " * len(m.group()), before)
    # "para pemegang saham Tesla pada Mei lalu meminta …": a month is a time here, not a speaker
    # ("Juli menyebut …" may be a person called Juli: only a month after its preposition is blanked)
    before = _ID_MONTH_TIME.sub(lambda m: " " * len(m.group()), before)
    # a clause after the last "but" ("…, a woman who had been traveling in the United States but
    # officials said …"), or after "and" where a clause of its own comes before it ("There are 337
    # cases in Scotland and health officials in Edinburgh said …"), has its own subject
    for joint, own_clause_before in ((_EN_BUT, False), (_EN_AND, True)):
        last = next(reversed(list(joint.finditer(before))), None)
        if last and "," not in before[last.end():] and (
                not own_clause_before or _EN_FINITE_BEFORE.search(before[:last.start()])):
            at, phrase = subject_at(before[last.end():])
            if phrase.name or phrase.role or phrase.pronoun:
                return last.end() + at, phrase
    rel = _EN_RELATIVE.search(before)
    # the last subordinating word (blanking a time word below keeps every offset, so it stays the last)
    sub = next(reversed(list(_EN_SUBORDINATE.finditer(before))), None)
    if rel and "," not in before[rel.end():] and not (sub and sub.start() > rel.start()):
        # "residents and rebel fighters who spoke to Reuters said": the subject comes before "who"
        at, phrase = subject_at(before[:rel.start()])
        if phrase.name or phrase.role:
            return at, phrase
    boxed = _ID_RELATIVE_BOXED.search(before)
    if boxed:
        # "Andra Soni, yang memimpin rapat, menyebutkan …": the relative clause between commas
        # describes the subject named before it
        at, phrase = subject_at(before[:boxed.start()])
        if phrase.name and before[at:boxed.start()].strip().endswith(phrase.name.split()[-1]):
            return at, phrase
    yang = next(reversed(list(_ID_RELATIVE.finditer(before))), None)
    if yang and "," not in before[yang.end():] and len(before) - yang.end() <= 80 \
            and not DESCRIBED_NICKNAME_RE.match(before, yang.start() + 1):  # ("Pria yang akrab disapa Emil itu")
        # "produser Harvey Weinstein yang telah didepak dari industri Hollywood memastikan …": the
        # subject is named before "yang", not in the relative clause
        at, phrase = subject_at(before[:yang.start()])
        # (the name ends right before "yang", and no verb comes before it: "Ia juga menyoroti
        # Elizabeth Hedges yang …" names the object)
        if phrase.name and before[at:yang.start()].strip().endswith(phrase.name.split()[-1]) \
                and not _VERB_BEFORE.search(before[:at].rsplit(",", 1)[-1]):
            return at, phrase
    before = _EN_TIME_GAP.sub(lambda m: " " * len(m.group()), before)  # "X, yesterday warned"
    if sub and "," not in before[sub.end():]:
        # "Shares of Ford sank after the automaker said …": the verb's subject is the subordinate clause's
        at, phrase = subject_at(before[sub.end():])
        if phrase.name or phrase.role or phrase.pronoun:
            return sub.end() + at, phrase
    # a dateline's colon starts the clause too: "IZIUM: Ukraine said …"
    starts = [0] + [m.end() for m in re.finditer(r",\s+|(?<=[A-Z]):\s+|(?<=[A-Z])\s[—–-]\s+", before)]
    for st in starts:
        seg = before[st:]
        lead = _CONNECTIVE.match(seg) or _EN_TIME_LEAD.match(seg)
        if lead:
            seg = seg[lead.end():]
        if (nick := DESCRIBED_NICKNAME_RE.search(seg)) and re.fullmatch(r"\s+(?:ini|itu|tersebut)\s*", seg[nick.end():]):
            # "Pria yang akrab disapa Emil itu mengungkapkan …": the person, by the nickname
            return st + nick.start("nick"), SpeakerPhrase(nick.group("nick"), None, False, len(nick.group("nick")))
        if _EN_IT.fullmatch(seg):
            return st + (lead.end() if lead else 0), IT  # "In January, it said …", "The statement said …": the body that spoke
        first = re.match(r"\s*([\w'’-]+)", seg)
        if not first or not_subject(first.group(1)) or re.fullmatch(r"[a-z]+ing", first.group(1)):
            continue  # (", speaking on a visit to Madrid,": an apposition, no subject)
        phrase = parse_speaker(seg)
        if (selaku := _NAME_SELAKU.fullmatch(seg)) and not any(is_role_word(w) for w in selaku.group("name").split()):
            # "Muhammad Reza Tirtawinata selaku direktur Nusantara Durian Foundation menyebut": the
            # person, then the office "selaku" gives
            phrase = SpeakerPhrase(selaku.group("name"), selaku.group("role"), False, len(seg.rstrip()))
        if not (phrase.name or phrase.pronoun or phrase.role):
            continue
        if phrase.name and not_subject(phrase.name.split()[0]):
            continue
        gap = seg[phrase.length:].strip().rstrip(",").strip()
        # "rebel fighters in Misrata, on the Mediterranean coast … east of Tripoli, said": where
        # they are, then a place in apposition
        gap = _EN_WHERE.sub("", gap)
        if gap.startswith(",") and _EN_WHERE.fullmatch(gap[1:].strip()):
            gap = ""  # "The ICRC's Simon Schorno, in Port-au-Prince, said": where the speaker is
        if gap.startswith((":", "—", "–", "- ")):
            continue  # "IZIUM: Ukraine said": a dateline, the subject comes after the colon
        # "Rudi Hartanto (38), karyawan swasta asal Cibinong, mengatakan"; "Marylou Maldonado, 45, a saleswoman …"
        age = re.match(r"\(\d{1,3}\)\s*|,\s*\d{1,3}(?=\s*,|$)", gap)
        # ", dosen Hukum Lingkungan UI, turut …"; appositions and relative clauses just before the
        # verb: "X, head of the agency, said", "X, who flew to Poso on Tuesday, said"
        had_apposition = gap.startswith(",")
        # (not a list's last item: "Kepala Dinas Kepemudaan, Olahraga, dan Pariwisata …, Muhamad Masrofi,"
        # is a title with commas, then the name)
        gap = re.sub(r"^,\s*(?!(?:dan|serta|and|or|atau)\s)[a-z][^,]{0,80}(?:,\s*|$)" if age else
                     r"^,\s*(?:(?!(?:dan|serta|and|or|atau)\s)[a-z][^,]{0,80},\s*|(?:who|which|whose|an?|the|acting|former|[a-z]+ing|(?:[a-z-]+\s+){1,3}(?:of|for|at|to)|"
                     # (a body's office: "Dr Keiji Fukuda, WHO's assistant director-general …, said")
                     r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}['’]s\s+(?=[a-z]))\s*[^,]{0,120}$)",
                     "", gap[age.end():] if age else gap)
        # (an office, then a relative clause: "Samantha Joye, marine science professor at …, who is
        # working on the project, told …")
        if had_apposition:
            gap = re.sub(r"^(?:who|which|whose)\s[^,]{0,80}$", "", gap)
        if phrase.name and not phrase.role and _EN_AFFILIATION.fullmatch(gap) and known_type(phrase.name) is None \
                and not any(is_role_word(w) or w.lower() in _EN_BODY_WORDS for w in phrase.name.split()):
            gap = ""  # "Ajami of the Johns Hopkins School of Advanced International Studies told …": where he works
        office_of = re.match(r",\s*((?:[A-Z][\w-]*\s+){1,4})(?:for|of|at)\s[^,]{0,80}$", gap) if phrase.name else None
        if office_of and any(is_role_word(w) for w in office_of.group(1).split()):
            gap = ""  # "Ms Willmott, Labor MEP for the East Midlands, said": her office in apposition
        gap = re.sub(r"^yang\s[^,]{0,60}\s(?:itu|tersebut)(?:\s+(?:pun|juga))?$", "", gap)  # "X yang … itu mengaku"
        office = re.match(r",\s*([a-z]+)\s[^,]{0,80}$", gap)
        if office and phrase.name and is_role_word(office.group(1)):
            gap = ""  # "Gildas Deograt Lumi, pendiri perusahaan XecureIT, menjelaskan": an office after the name
        if (re.search(r"(?:^|\s)(?:ini|itu|tersebut)(?:\s+(?:juga|pun|pula|sendiri))?$", gap) and phrase.name
                and not re.match(r"(?:saat|pada|kini|hari|sejak|di|dalam|sampai|hingga)\b", gap)):
            # "Capaian ini menegaskan …" is no speaker; "Ulama karismatik ini menilai …" points back
            if not any(t.lower() in PERSON_TITLES or t.lower() in _MEMBER_TITLES
                       for t in (phrase.role or "").split() + phrase.name.split()):
                continue
            phrase = SpeakerPhrase(None, " ".join(filter(None, [phrase.role, phrase.name])), True,
                                   phrase.length)
            gap = ""
        elif (not phrase.name and phrase.role and phrase.role.split()[0].lower() == "sang"
              and (dem := re.fullmatch(r"((?:[a-z-]+\s+){0,3})(?:ini|itu|tersebut)", gap))):
            # "Sang pengusaha konstruksi itu mengatakan": the person just named, described
            role = " ".join([*phrase.role.split()[1:], *dem.group(1).split()])
            phrase, gap = SpeakerPhrase(None, role, True, phrase.length), ""
        if phrase.name and re.search(r"['’]s$", phrase.name) and re.fullmatch(r"[a-z]+(?:\s+[a-z]+){0,2}", gap):
            return st, SpeakerPhrase(None, f"{phrase.name} {gap}", False, phrase.length)  # "Yoon's office"
        if len(gap) <= 60 and "," not in gap and not _BAD_GAP.search(gap):
            return st + (lead.end() if lead else 0), phrase
    trimmed = before.rstrip().rstrip(",")
    tail = parse_subject(trimmed)
    if tail.name and not not_subject(tail.name.split()[0]):
        return len(trimmed) - tail.length, tail
    described = _EN_DESCRIBED.search(before)
    if described:  # "The national power utility said …": a body described in lower case
        return described.start("art"), SpeakerPhrase(None, described.group("desc"), False, len(described.group("desc")))
    return len(before), SpeakerPhrase(None, None)


_EN_DESCRIBED = re.compile(r"(?:^|[.;,]\s+)(?:(?:[Bb]ut|[Aa]nd|[Yy]et|[Ss]o)\s+)?(?P<art>[Tt]he|[Ii]ts)\s+"
                           r"(?P<desc>(?:[a-z'’-]+\s+){0,3}(?:utility|agency|ministry|"
                           r"company|court|regulator|military|government|operator|carrier|airline|bank|police|alliance|"
                           r"group|firm|automaker|carmaker|lender|insurer|retailer|exchange|council|union|association|"
                           r"coalition|board|owners|embassy|broadcaster|newspaper|centre|center|institute|"
                           r"department|office|commission|authority|party|giant|industry|report|study|survey|charity|"
                           r"organi[sz]ation|watchdog|network|magazine|contractor|consortium|administration|regime|"
                           r"committee|panel|foundation|federation|league|club|hospital|drugmaker|manufacturer|"
                           # "The company's lawyers said …": the people of a body
                           r"lawyers|attorneys))(?:\s+(?:also|has|have|had|now|later|earlier|already))*\s*$")
_EN_BODY_ROLE = re.compile(r"\b(?:ministry|agency|company|government|office|department|police|military|court|"
                           r"authority|authorities|council|commission|utility|airline|bank|group)$")
# a body described in lower case by its kind ("the airline", "the health ministry"); not police,
# company or group, which an article names too loosely
_EN_DESCRIBED_HEAD = re.compile(r"(?:the\s+)?(?P<mods>(?:[a-z'’-]+\s+){0,3})(?P<head>airline|ministry|agency|council|commission|committee|"
                                r"authority|board|centre|center|department|institute|university|regulator|court|"
                                r"exchange|bank|embassy|carrier|utility|operator)")
# a verb right after an English name makes it that clause's subject ("a statement that … Carol M.
# Browner made Wednesday"), not a name in passing
_EN_SUBJECT_VERB = re.compile(r"\s+(?:made|said|told|gave|wrote|issued|spoke|released|posted|tweeted|announced|"
                              r"warned|added|argued|insisted|claimed|stated)\b")
_OPENER_END = re.compile(r",\s+(?:(?:Mr|Mrs|Ms|Dr|Mdm)\.?\s+)?$")
_SENTENCE_END = re.compile(r"[.!?][”\"’']?\s")
_CAPS_HEADING = re.compile(r"^\s*[“\"]?(?:[A-Z][A-Z'’-]+\s+)+[A-Z][A-Z'’-]+[”\"]?\s+")
_EN_THE_COMPANY = re.compile(r"(?:(?i:the)\s+)?(?:[a-z][\w-]*\s+){0,2}(?:company|firm|group|operator|carrier|lender|charity|"
                             r"insurer|manufacturer|automaker|carmaker|drugmaker|retailer|developer|conglomerate)")
# "the Saudi foreign ministry said", "Japan's defence ministry said": a country's body named by a
# description — the description is its name ("the ministry" later is the same body)
_EN_NATIONAL_BODY = re.compile(r"(?:(?i:the)\s+)?(?P<body>(?!The\b)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
                               r"(?:'s|’s)?(?:\s+[a-z][\w-]*){0,3}\s+(?:ministry|agency|military|army|navy|police|"
                               r"government|embassy|cabinet|presidency|regulator|central\s+bank|foreign\s+office|"
                               r"defen[cs]e\s+department|coast\s+guard))")
_EN_ONE_SOURCE = re.compile(r"(?i:an?|one|the)\s+(?:[\w'’-]+\s+){0,3}?(?:doctor|nurse|resident|witness|fighter|rebel|"
                            r"soldier|official|source|spokes(?:man|woman|person)|diplomat|aide|lawyer)\b")
# ("The BBC's Jim Muir, reporting from Beirut, says …")
_EN_WHERE = re.compile(r"^(?:(?:reporting|speaking|writing|calling)\s+)?(?:in|from|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:\s+[a-z]+){0,2}"
                       r"(?:,\s*(?:on|in|at|near|about|who|which)\s[^,]{0,120})?$")
_EN_RELATIVE = re.compile(r"\s(?:who|which)\s+(?!(?:said|says|told)\b)[a-z]")
_ID_MONTH_TIME = re.compile(r"\s(?:pada|sejak|hingga|sampai|awal|akhir|pertengahan)\s+(?:bulan\s+)?"
                            rf"(?:{'|'.join(m.capitalize() for m in ID_MONTH_NAMES)})"
                            r"(?:\s+\d{4})?(?:\s+(?:lalu|ini|kemarin|mendatang))?\s*$")
# a time word between an English subject and its verb: "Donald Rumsfeld, yesterday warned"
# (or an adverb set off by commas: "The WHO, meanwhile, says …")
_EN_TIME_GAP = re.compile(r"(?<=,)\s*(?:yesterday|today|on\s+\w+day|last\s+week|earlier|later|also|"
                          r"(?:meanwhile|however|though|too|in\s+turn|for\s+(?:its|his|her|their)\s+part)\s*,)\s*$")
# a time adverbial opening the clause before its subject: "…, on Friday a Louisiana scientist said"
_EN_TIME_LEAD = re.compile(r"\s*(?:on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|earlier|later|"
                           r"last\s+(?:week|month|year|night)|this\s+(?:week|month|year))\s*,?\s+(?=\S)")
_EN_BUT = re.compile(r"\s(?:but|yet)\s+(?=\S)")
_EN_AND = re.compile(r"\s(?:and|while|whereas)\s+(?=\S)")
_EN_FINITE_BEFORE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|"
                               r"did|does|do)\b")
# (capitalised too at the clause's start: "While it acknowledged that …")
_EN_SUBORDINATE = re.compile(r"(?:^|\s)(?:[Aa]fter|[Ww]hen|[Bb]ecause|[Ww]hile|[Bb]efore|[Ss]ince|[Uu]ntil|[Aa]lthough|[Tt]hough|as)"
                             r"\s+(?=\S)")
_EN_IT = re.compile(r"\s*(?:[Ii]t|(?:[Tt]he|[Ii]ts|[Aa])\s+(?:joint\s+|written\s+)?(?:statement|letter))(?:\s+also)?\s*")


_ACRONYM = re.compile(r"(?P<full>(?:[A-Z][\w'’-]*\s+(?:(?:of|and|the|for|on|dan|untuk|&)\s+){0,2}){1,6}"
                      r"[A-Z][\w'’-]*)\s+\((?P<acr>[A-Z]{2,8})\)")
# a dateline with its outlet before the first sentence of a scrape: "Jakarta (ANTARA News) - ",
# "Jakarta, CNN Indonesia - - "
_ID_DATELINE = re.compile(r"^\s*[A-Z][A-Za-z .]{1,30}(?:\s*\([^()]{2,30}\)|,\s*[A-Z][\w .]{1,30}?)\s*[-–—]+(?:\s*[-–—]+)?\s+")
# ", yang memimpin rapat, " right before the verb
_ID_RELATIVE_BOXED = re.compile(r",\s+yang\s+[^,]{3,80},\s*$")
_ID_RELATIVE = re.compile(r"\s+yang\s+")
_VERB_BEFORE = re.compile(r"\b(?:me|ber)[a-z]{4,}\b|\bdi[a-z]{4,}\b|\b(?:said|says|told)\b")
# a run of two or more capitalised words: a name, maybe after its title (no mentions given)
_NAME_RUN = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b")
# "Lestari atau Rerie": two single capitalised words, the second no acronym and no name's start
_SHORT_OR_NICK = re.compile(r"\b(?P<short>[A-Z][a-z]+)\s+atau\s+(?P<nick>[A-Z][a-z]+)\b(?!\s+[A-Z])")
_ALIAS_NICK = re.compile(r"(?P<first>[A-Z][\w'’-]+)\s+['‘\"“](?P<nick>[A-Z][\w'’-]+)['’\"”]\s+(?P<last>[A-Z][\w'’-]+)")


@dataclass(slots=True)
class _Said:
    pos: int
    name: str
    role: str | None


# titles of address and office that open an English speaker phrase ("Gov", "Captain", "Sen")
_EN_TITLE_LEAD = re.compile(r"(?:Gov|Governor|Sen|Senator|Rep|Captain|Capt|Col|Colonel|Gen|General|Lt|Sgt|Adm|Admiral|"
                            r"Major|Maj|Commander|Cmdr|Rev|Reverend|Judge|Justice|Mayor|Sheriff|Chief|President|"
                            r"Fireman|Firefighter|Policeman|Policewoman|Constable|Detective|Nurse|Paramedic|"
                            r"Prime Minister|Minister|Secretary|Ambassador|Choreographer|Director|Professor|Dr|Prof)")


_EN_ROLE_WORD = re.compile(r"[a-z][a-z.'’-]*[a-z.]")
_EN_ROLE_FILLERS = frozenset("a an the one of its his her their".split())
_EN_OCCUPATIONS = frozenset("paramedic doctor surgeon nurse pilot teacher forecaster pathologist coroner".split())
_EN_BODY_HEADS = frozenset("company group firm agency ministry department government office council committee "
                           "commission party army police military force forces court".split())
# offices written before the place they serve ("Perbekel Cemagi", "Camat Kuranji", "Bupati Klungkung")
_PLACE_OFFICES = frozenset("perbekel kades lurah camat bupati wabup walikota wawali gubernur wagub kapolres kapolsek "
                           "kapolda dandim danramil kajari kajati".split())


@dataclass(slots=True)
class SpeakerResolver:
    """Resolves speaker phrases of one article, in reading order (call ``resolve`` by position)."""

    body: str
    entities: list[Entity] | None = None
    mentions: list[Mention] | None = None
    history: list[_Said] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)

    aliases: dict[str, str] = field(default_factory=dict)
    lang: str = "id"

    def __post_init__(self) -> None:
        # "Saifullah Yusuf (Gus Ipul)", "KH Maksum Faqih atau Gus Maksum", "Munafri 'Appi' Arifuddin"
        for m in PERSON_ALIAS_RE.finditer(self.body):
            full = split_role_name(m.group("full"))[0]
            alias = m.group("alias") or m.group("alias2") or m.group("alias3")
            # "Kementerian Komunikasi dan Digital (Komdigi)" is an institution's short name, not a person's
            if full and len(full.split()) >= 2 and alias and not alias.isupper() \
                    and not all(is_honorific(w) or is_role_word(w) for w in full.split()):
                # ("Pak Menkeu (Purbaya)": a title, the name in brackets — no alias)
                self.aliases[alias] = full
        for m in _ACRONYM.finditer(self.body):  # "Indonesia Corruption Watch (ICW)"
            words = m.group("full").split()
            acr = m.group("acr")
            for k in range(len(words), 1, -1):
                # initials of the name's words, not of its connectors ("Ministry of Sustainability
                # and the Environment (MSE)")
                if words[-k][:1].isupper() and "".join(w[0] for w in words[-k:] if w[:1].isupper()).upper() == acr.upper():
                    named = words[-k:]
                    while len(named) > 2 and is_honorific(named[0]):
                        named = named[1:]  # "Kang Dedi Mulyadi (KDM)": the person is Dedi Mulyadi
                    self.aliases.setdefault(acr, " ".join(named))
                    break
        for m in _ALIAS_NICK.finditer(self.body):
            self.aliases[m.group("nick")] = f"{m.group('first')} {m.group('last')}"
        if self.lang == "id":
            # "… Jessica Iskandar … perempuan yang akrab dipanggil Jedar ini": the person just named
            if gives_nicknames(self.body):
                people = [(m.start, m.text) for m in self.mentions or [] if m.type == "PER"] or [
                    (m.start(), name) for m in _NAME_RUN.finditer(self.body)
                    if (name := split_role_name(m.group())[0]) and not is_role_word(name.split()[0])]
                for nick, full in described_nicknames(self.body, people).items():
                    self.aliases.setdefault(nick, full)
            # "Lestari Moerdijat … Pernyataan yang diungkapkan Lestari atau Rerie …": a short name
            # the article gave in full, then the name it goes by (no "Gus": PERSON_ALIAS_RE)
            for m in _SHORT_OR_NICK.finditer(self.body):
                full = self._expand(m.group("short"), None)[0]
                if full.split()[0] == m.group("short") and len(full.split()) >= 2 \
                        and not any(is_role_word(w) for w in full.split()):
                    self.aliases.setdefault(m.group("nick"), full)

    def note(self, phrase: SpeakerPhrase, pos: int) -> None:
        """A source named without a quote ("Hal itu dikatakan Kepala …, Suminto"): a later "ia"."""
        if phrase.name:
            name, role = self._canonical(phrase.name, phrase.role)
            self.history.append(_Said(pos, name, role))

    def resolve(self, phrase: SpeakerPhrase | None, pos: int, inside: str = "") -> tuple[str | None, str | None]:
        """The speaker's name and role for ``phrase`` at ``pos``; ``inside``: a direct quote's words (a
        pronoun does not point to a person the quote names in the third person)."""
        name, role = self._resolve(phrase, pos, inside)
        if phrase is not None and phrase.gender and name:
            # "She said …" resolved to Michael Jackson: the latest person of her gender, named or
            # quoted before, is the speaker; "he wrote" resolved to a country or a body: the latest
            # person not of the other gender
            body = self._not_a_person(name)
            if body or self._gender(name) not in ("", phrase.gender):
                other = self._gendered_before(phrase.gender, pos, inside, loose=body)
                if other:
                    self.history.append(_Said(pos, *other))
                    return other
        return name, role

    def _not_a_person(self, name: str) -> bool:
        """Whether the article names ``name`` as a place or a body (and never as a person)."""
        low = name.lower()
        return low in self._forms() and low not in self._forms(("PER",))

    def _gender(self, name: str) -> str:
        """A person's gender as the article shows it (kabar.nlp.gender); ``""`` for a body or unknown."""
        if self._an_org(name) or _org_like(name):
            return ""
        ent = self._person(name)
        if self.entities and ent is None:
            return ""  # not a person the article names
        roles = list(ent.roles) if ent else []
        roles += [said.role for said in self.history if said.name == name and said.role]
        return person_gender(name, self.body, roles)

    def _gendered_before(self, gender: str, pos: int, inside: str, loose: bool = False) -> tuple[str, str | None] | None:
        """The person of ``gender`` (``loose``: or of unknown gender) last named or quoted before
        ``pos``, not one the quote itself names."""
        fits = (gender, "") if loose else (gender,)
        best: tuple[int, str, str | None] | None = None
        for said in self.history:
            if said.name and said.pos <= pos and not _named_in(said.name, inside) and not self._not_a_person(said.name) \
                    and self._gender(said.name) in fits and (best is None or said.pos >= best[0]):
                best = (said.pos, said.name, said.role)
        for m in self.mentions or []:
            if m.type == "PER" and m.end <= pos and (best is None or m.start > best[0]) \
                    and self.body[m.end:m.end + 2] not in ("'s", "’s"):
                name, role = self._canonical(m.text, None)
                if not _named_in(name, inside) and self._gender(name) in fits:
                    best = (m.start, name, role)
        return (best[1], best[2]) if best else None

    def _resolve(self, phrase: SpeakerPhrase | None, pos: int, inside: str = "") -> tuple[str | None, str | None]:
        if phrase is not None and not phrase.name and phrase.role and PARTY_DESCRIBED.fullmatch(phrase.role):
            # "… including Rep. Mike Rogers, chairman of …. The Michigan Republican said": the lawmaker
            # last named with a lawmaker's title
            lawmakers = [m for m in self.mentions or [] if m.type == "PER" and m.end <= pos
                         and _LAWMAKER_TITLE.search(self.body, max(0, m.start - 16), m.start)]
            if lawmakers:
                return self._canonical(lawmakers[-1].text, None)
        if phrase is not None and not phrase.name and not phrase.pronoun and phrase.role:
            if self.lang == "en" and (same := self._same_body_as_last(phrase.role, pos)):
                return same
            body = self._described_body(phrase.role) if self.lang == "en" else None
            if not body and self.lang == "en" and (national := _EN_NATIONAL_BODY.fullmatch(phrase.role)):
                body = national.group("body")
            if not body and self.lang == "en" and (described := _EN_DESCRIBED_HEAD.fullmatch(phrase.role)):
                # "the ministry said" paragraphs after "the Saudi foreign ministry said": the one body
                # that spoke whose name holds the noun
                head = described.group("head")
                spoke = {said.name for said in self.history if said.name
                         and head in {w.lower() for w in said.name.split()}}
                if not spoke:  # none spoke yet: the one body named so far whose name holds the noun
                    spoke = {self._canonical(m.text, None)[0] for m in self.mentions or []
                             if m.type == "ORG" and m.end <= pos and head in {w.lower() for w in m.text.split()}}
                body = spoke.pop() if len(spoke) == 1 else None
                if not body and not spoke and not described.group("mods").strip():
                    # "Moody's expects costs to weigh on BP, the agency said": no body's name holds the noun;
                    # the organisation the sentence opens with
                    start = max(self.body.rfind(". ", 0, pos), self.body.rfind("\n", 0, pos)) + 1
                    opening = [m for m in self.mentions or [] if m.type == "ORG" and start <= m.start <= pos
                               and not self.body[start:m.start].strip(" “\"'")]
                    body = self._canonical(opening[0].text, None)[0] if opening else None
            if not body and self.lang == "en" and _EN_THE_COMPANY.fullmatch(phrase.role):
                # "…, the company said" after the operator KAI Commuter was quoted: the latest named
                # body that spoke (a company's name rarely holds the word "company"); before any
                # spoke, the organisation last named ("KnowBe4 Inc … the cybersecurity firm said")
                body = next((said.name for said in reversed(self.history) if said.name
                             and (self._an_org(said.name) or _org_like(said.name))), None)
                if not body:
                    named = [m for m in self.mentions or [] if m.type == "ORG" and m.end <= pos]
                    body = self._canonical(named[-1].text, None)[0] if named else None
            if body:  # "the airline said" in an article about Singapore Airlines
                self.history.append(_Said(pos, body, None))
                return body, None
            if self.lang != "en" and " " not in phrase.role:
                # "Hakim menyatakan …" in an article that named one judge ("Hakim Khamozaro Waruwu"):
                # that person, under the office
                office = phrase.role.lower()
                holders = {e.name for e in self.entities or [] if e.type == "PER"
                           and any(r[:1].isupper() and office in r.lower().split() for r in e.roles)}
                # (or a speaker quoted under that office: "Pemimpin spiritual Tibet Dalai Lama … pemimpin
                # yang tinggal dalam pengasingan itu menegaskan …")
                holders |= {said.name for said in self.history if said.name and said.role
                            and said.role[:1].isupper() and office in said.role.lower().split()}
                # (a written-out office, "Ketua Majelis Hakim"; not a lower-case "jaksa, Sri" read off a
                # "Menurut jaksa, Sri …")
                if len(holders) == 1:
                    holder = holders.pop()
                    self.history.append(_Said(pos, holder, phrase.role))
                    return holder, phrase.role
            if self.lang == "en":
                # "the coast guard commandant denied …" in an article that gives one person that office
                # ("coast guard commandant Amran al-Forjani"): that person
                words = _EN_ROLE_WORD.findall(phrase.role.lower())
                want = set(words) - _EN_ROLE_FILLERS
                person = bool(words) and (words[-1] in _EN_OCCUPATIONS or (
                    is_role_word(words[-1]) and words[-1] not in _EN_BODY_HEADS))  # (not "the coast guard")
                holders = {e.name for e in self.entities or [] if e.type == "PER" and want and person
                           and any(want <= set(_EN_ROLE_WORD.findall(r.lower())) for r in e.roles)}
                if len(holders) == 1:
                    holder = holders.pop()
                    self.history.append(_Said(pos, holder, phrase.role))
                    return holder, phrase.role
            # an unnamed source: "para analis", "sumber"; kept for a later "the source said"
            self.history.append(_Said(pos, "", phrase.role))
            return None, phrase.role
        if phrase is None or not (phrase.name or phrase.pronoun):
            return self._latest(None)
        if phrase.pronoun and not phrase.role and self.lang == "en" and self.history and not self.history[-1].name \
                and self.history[-1].role and _EN_ONE_SOURCE.match(self.history[-1].role):
            # "A doctor at Misrata hospital said … He said …": the unnamed source just quoted
            return None, self.history[-1].role
        if phrase.pronoun:
            named = [said for said in self.history if said.name]
            if not phrase.role and (not named or self.lang == "en"):
                # "Yohana Rante slept … ' … ,' the 31-year-old said"; in English also a person
                # introduced after the last speaker ("Fashion retailer Kimi Chau, 35, took … ' … ,'
                # she told AFP")
                # (after the last speaker's sentence: "During his 42 years in power, Gadhafi has limited …,
                # Vandewalle said. '…,' he said" — a person inside that statement is what was said about)
                last_end = _SENTENCE_END.search(self.body, named[-1].pos) if named else None
                after = (last_end.start() if last_end and last_end.start() < pos else named[-1].pos) if named else -1
                person = self._person_before(pos, after=after)
                if person:
                    name, role = self._canonical(person, None)
                    # (in English also a speaker of before, now the subject again: "Amid …, Mr
                    # Rumsfeld went out of his way … He said: '…'")
                    if not named or all(name != said.name for said in named) or (
                            self.lang == "en" and name != named[-1].name):
                        self.history.append(_Said(pos, name, role))
                        return name, role
            if not phrase.role and self.lang == "id" and named and (person := self._previous_subject(pos, named[-1].pos)):
                # "Namun, Shin Tae-yong memberikan pesan kepada fans. Ia mengatakan …" after another
                # person spoke: the one person the sentence before opens with (or names as its agent,
                # "… direspons keras oleh Gubernur Jawa Barat Dedi Mulyadi. Ia menegaskan …")
                name, role = self._canonical(person, None)
                if name != named[-1].name:
                    self.history.append(_Said(pos, name, role))
                    return name, role
            if phrase.role and self.lang == "id" and not self._spoke_as(phrase.role):
                # "Politikus PDI Perjuangan itu menilai …" after "Ketua DPP PDIP Said Abdullah hadir":
                # no speaker yet holds that title, so the person the article named last, after
                # the last speaker
                person = self._titled_before(phrase.role, pos, after=named[-1].pos if named else -1,
                                             loose=not named)
                if not person and named and " " in phrase.role:
                    # "Ketua Pansus KPK mengatakan …" after a deputy spoke: the person named earlier
                    # whose title holds every word of it ("Ketua Pansus Hak Angket KPK Agun Gunandjar")
                    person = self._titled_before(phrase.role, pos)
                    words = {w.lower() for w in phrase.role.split()} - _NOT_OFFICE
                    ent = next((e for e in self.entities or [] if e.name == person), None) if person else None
                    if not ent or not any(words <= {w.lower() for w in r.split()} for r in ent.roles):
                        person = None
                if person:
                    name, role = self._canonical(person, None)
                    self.history.append(_Said(pos, name, role))
                    return name, role
            if phrase.role and self.lang == "en" and " " in phrase.role and phrase.role.split()[-1] in EN_PERSON_HEADS \
                    and (person := self._titled_before(phrase.role.split()[-1], pos)):
                # "The Kurdish rebel-turned president said": the person the article titles so, named before
                name, role = self._canonical(person, None)
                self.history.append(_Said(pos, name, role))
                return name, role
            return self._latest(phrase.role, inside)
        if phrase.role and phrase.name and self._an_org(f"{phrase.role} {phrase.name}"):
            # "tulis KAI Commuter": an organisation whose name opens with an acronym, not the
            # role "KAI" of a person "Commuter"
            phrase = SpeakerPhrase(f"{phrase.role} {phrase.name}", None, False, phrase.length)
        head, of, firm = (phrase.name or "").partition(" of ")
        if of and self._a_person(head):
            # "Mark Seah of Dentons Rodyk & Davidson": a person the article names, then where from
            phrase = SpeakerPhrase(head, phrase.role or f"of {firm}", False, phrase.length)
        name, role = self._org_prefix(*self._canonical(phrase.name or "", phrase.role))
        if (" " not in name and not role and not self._capitalised_inside(name)
                and (usually_lower(name) or (self.lang == "en" and not self._an_entity(name)))):
            # "Petugas di lapangan menyebut …": a noun, an unnamed source; in English, where the
            # capitalisation table (Indonesian news) says little, any word the article capitalises
            # only at sentence starts and the tagger did not name ("Local staff … suspected")
            return None, name
        # "Kepala Staf Gabungan (JCS) Korea Selatan": the acronym in brackets is an alias
        name = _BRACKETED_ACRONYM.sub("", name).strip() or name
        if self.lang == "en" and re.fullmatch(r"The\s+[A-Z][\w.'’-]*(?:\s+[\w.'’-]+)*\s+[a-z]+", name):
            name = name[4:]  # "The Mexican government said": a body described, no "The" in its name
        if self.lang == "en" and (based := re.match(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?-based\s+(?=[A-Z])", name)):
            name = name[based.end():]  # "London-based Syrian Observatory for Human Rights": where it is, no name
        if role and {w.lower() for w in role.split()} <= {w.lower() for w in name.split()}:
            role = None  # the "role" is part of the institution's name ("Kepala Staf")
        if role:
            self.roles.setdefault(name, role)
        role = role or self.roles.get(name)
        self.history.append(_Said(pos, name, role))
        return name, role

    def _same_body_as_last(self, role: str, pos: int) -> tuple[str | None, str | None] | None:
        """"…, according to the meteorology agency BMKG. It …, the agency said.": a bare description
        repeats the speaker just quoted in the paragraph when that speaker was described so."""
        m = _EN_DESCRIBED_HEAD.fullmatch(role)
        last = self.history[-1] if self.history else None
        if not m or m.group("mods").strip() or not last or "\n" in self.body[last.pos:pos]:
            return None
        head = m.group("head")
        if any(w.lower().rstrip("s") == head for w in f"{last.name} {last.role or ''}".split()):
            self.history.append(_Said(pos, last.name, last.role))
            return last.name or None, last.role
        return None

    def _described_body(self, role: str) -> str | None:
        """The one organisation of the article whose name holds the noun an English description
        ends in: "the airline" → Singapore Airlines, "the ministry" → Ministry of Health. None when
        there is no such organisation or more than one."""
        m = _EN_DESCRIBED_HEAD.fullmatch(role)
        if not m:
            return None
        head = m.group("head")
        names = {e.name for e in self.entities or [] if e.type == "ORG"}
        names |= {mm.text for mm in self.mentions or [] if mm.type == "ORG"}
        hits = {n for n in names if {head, head + "s"} & {w.lower() for w in n.split()}}
        canon = {self._canonical(n, None)[0] for n in hits}
        # "the country's disaster mitigation agency": of several agencies, the one whose name
        # holds the description's words
        mods = {w for w in m.group("mods").split() if not w.endswith(("'s", "’s"))}
        if len(canon) > 1 and mods:
            canon = {c for c in canon if mods & {w.lower() for w in c.split()}}
        return canon.pop() if len(canon) == 1 else None

    def _person_before(self, pos: int, after: int = -1) -> str | None:
        """The one person the article names between ``after`` and ``pos`` (the last one when
        ``after`` is -1): what a pronoun or "the 31-year-old" then points to. Two people named
        there make it ambiguous: None."""
        people = [m for m in self.mentions or [] if m.type == "PER" and after < m.start and m.end <= pos
                  and self.body[m.end:m.end + 2] not in ("'s", "’s")]  # "She quoted Chua's claim": no subject
        if after >= 0:
            # only people a sentence opens with ("John Ellis, 56, an army veteran, came …"), not those
            # named in passing ("… paid for Mr Heng", "the King George VI Memorial Chapel")
            spoke = {w for said in self.history if said.name for w in said.name.split()}
            people = [m for m in people if self._opens_clause(m.start)
                      or (self.lang == "en" and _EN_SUBJECT_VERB.match(self.body, m.end)
                          and not set(m.text.split()) <= spoke  # (not "…," Mr Wong said: a speaker already)
                          and not self._in_asked_clause(m.start, pos))]
            if len({m.key for m in people}) != 1:
                return None
        return people[-1].text if people else None

    def _in_asked_clause(self, at: int, pos: int) -> bool:
        """Whether ``at`` is inside a question a sentence opens with, before its speaker ("Asked if he
        knew where Gaddafi was, he said": Gaddafi is what was asked about)."""
        quote_end = self.body.rfind("” ", 0, at)  # (a quote before it in the sentence ends there too)
        start = max(sentence_start(self.body, at), quote_end + 2 if quote_end >= 0 else 0)
        return _EN_ASKED.match(self.body, start) is not None and "," in self.body[at:pos]

    def _previous_subject(self, pos: int, last_spoke: int) -> str | None:
        """For a sentence at ``pos`` that opens with "Ia"/"Dia": the one person the sentence before
        opens with or ends naming after "oleh", when the last speaker spoke before that sentence;
        else None."""
        cur = max(self.body.rfind(". ", 0, pos) + 2, self.body.rfind("\n", 0, pos) + 1)
        if cur <= 1 or not re.match(r"(?:Ia|Dia|Beliau)\s", self.body[cur:pos]):
            return None  # (only a sentence that opens with the pronoun: "…," ujarnya goes on with the speaker)
        prev = max(self.body.rfind(". ", 0, cur - 2) + 2, self.body.rfind("\n", 0, cur - 1) + 1, 0)
        if last_spoke >= prev or not self.body[prev:cur].strip():
            return None
        people = [m for m in self.mentions or [] if m.type == "PER" and prev <= m.start and m.end <= cur]
        if len({m.key for m in people}) != 1:
            return None
        m = people[0]
        lead = _CONNECTIVE.sub("", self.body[prev:m.start], count=1)
        opening = len(lead.split()) <= 4 and not re.search(r"[,;:\"“”]", lead.strip())
        agent = re.search(r"\boleh\s+(?:[A-Z][\w.'’-]*\s+){0,6}$", self.body[prev:m.start]) is not None \
            and not self.body[m.end:cur].strip(" .\n")
        return m.text if opening or agent else None

    def _opens_clause(self, pos: int) -> bool:
        """Whether a name at ``pos`` is its sentence's subject, near its start ("Fashion retailer
        Kimi Chau, 35, took …"): at most four words before it since the last full stop or break."""
        head = self.body[max(0, pos - 200):pos]
        # the last break or sentence end, a closing quote mark after its full stop too ('…community.” Amid')
        cut = max(head.rfind("\n"), max((m.end() - 2 for m in _SENTENCE_END.finditer(head)), default=-1))
        # or right after an opening phrase: "Amid steadily declining support …, Mr Rumsfeld went …"
        rest = head[cut + 1:]
        # a subheading in capitals the scrape ran into the text ('“SO FED UP WITH WARS” Erdogan sought …')
        rest = _CAPS_HEADING.sub("", rest, count=1)
        opener = _OPENER_END.search(rest)  # the comma (and title) closing an opening phrase
        return cut >= 0 and (len(rest.split()) <= 4
                             or opener is not None and "," not in rest[:opener.start()] and len(rest.split()) <= 25)

    def _forms(self, types: tuple[str, ...] | None = None) -> set[str]:
        """The article's names (of these entity types; all by default), lower-cased: entity names,
        aliases and mentions."""
        forms = {f for e in self.entities or [] if types is None or e.type in types for f in (e.name, *e.aliases)}
        forms |= {m.text for m in self.mentions or [] if types is None or m.type in types}
        return {f.lower() for f in forms}

    def _named_person(self, name: str) -> bool:
        """Whether the article's entities name ``name`` (or a name holding it) as a person."""
        toks = set(name.lower().split())
        return any(toks <= set(f.split()) for f in self._forms(("PER",)))

    def _a_person(self, name: str) -> bool:
        return " " in name and name.lower() in self._forms(("PER",))

    def _an_org(self, name: str) -> bool:
        return name.lower() in self._forms(("ORG",))

    def _an_entity(self, name: str) -> bool:
        return name.lower() in self._forms()

    def _capitalised_inside(self, word: str) -> bool:
        """Whether the article capitalises ``word`` inside a sentence ("kata Pak Indah"): then it
        is a name, even if news mostly writes it in lower case ("indah")."""
        return any(not opens_sentence(self.body, i) for i, _ in find_whole(self.body, word, edges="boundary"))

    def _org_prefix(self, name: str, role: str | None) -> tuple[str, str | None]:
        """"Direktur Utama Jasa | Marga Rivan Achmad Purwantono": when the role's last word and the
        name's first word recur together in the article ("Jasa Marga"), that word is the role's; so are
        a four-word name's first two words where the article names them alone twice ("Petro Kimia")."""
        toks = name.split()
        rtoks = (role or "").split()
        if self.lang == "id" and len(toks) >= 4 and not _org_like(" ".join(toks[2:])) \
                and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in toks[2:]) \
                and known_type(f"{toks[0]} {toks[1]}") is None and len(re.findall(
                rf"\b{re.escape(toks[0])}\s+{re.escape(toks[1])}\b(?!\s+{re.escape(toks[2])})", self.body)) >= 2:
            # "Pemain asing Petro Kimia | Yaniz Basa" where the article names "Petro Kimia" alone
            return " ".join(toks[2:]), " ".join(filter(None, [role, toks[0], toks[1]]))
        if self.lang == "id" and len(toks) >= 3 and rtoks and self.mentions and not balinese_opening(toks) \
                and any(m.type in ("LOC", "ORG") and len(m.text.split()) >= 2 and m.text.split()[-1] == toks[0]
                        and not self.body.startswith(f" {toks[1]}", m.end) for m in self.mentions) \
                and not any(m.type == "PER" and m.text.split()[0] == toks[0] for m in self.mentions):
            # "Kepala Balai Kawasan Taman Nasional | Kelimutu Agus Sitepu" where the article names
            # "Danau Kelimutu": a place's last word opens no one's name
            return " ".join(toks[1:]), f"{role} {toks[0]}"
        if len(toks) >= 3 and rtoks and not is_role_word(rtoks[-1]) and not balinese_opening(toks):
            # ("Wakil Bupati Bangli I Wayan Diar" … "Ketua DPRD Bangli I Ketut …": "I" opens both names)
            if len(re.findall(rf"\b{re.escape(rtoks[-1])}\s+{re.escape(toks[0])}\b", self.body)) >= 2:
                return " ".join(toks[1:]), f"{role} {toks[0]}"
        return name, role

    def _titled_before(self, role_noun: str, pos: int, after: int = -1, loose: bool = False) -> str | None:
        """The person a demonstrative title points back to ("Kapolres itu", "Politikus PDI
        Perjuangan itu"): of the people named between ``after`` and ``pos``, the last one an entity
        of the article gives a title with its head word, else (``loose``: no one spoke before)
        the one person named there."""
        people = [m for m in self.mentions or [] if m.type == "PER" and after < m.start and m.end <= pos]
        keys = _role_keys(role_noun)
        by_form = {f: e for e in self.entities or [] if e.type == "PER" for f in (e.name, *e.aliases)}
        for m in reversed(people):
            ent = by_form.get(m.text)
            if ent and any(_holds_title(r, keys) for r in ent.roles):
                return m.text
        return people[-1].text if loose and len({m.key for m in people}) == 1 else None

    def _person(self, name: str) -> Entity | None:
        """The article's person entity that ``name`` names (its name or an alias), if any."""
        return next((e for e in self.entities or [] if e.type == "PER" and name in (e.name, *e.aliases)), None)

    def _entity_roles(self, name: str) -> list[str]:
        """Every role the article's entity named ``name`` holds (none where no entity names it)."""
        ent = self._person(name)
        return list(ent.roles) if ent else []

    def _spoke_as(self, role_noun: str) -> bool:
        """Whether a speaker of before holds a title with ``role_noun``'s head word."""
        keys = _role_keys(role_noun)
        return any(_holds_title(said.role, keys) for said in self.history)

    def _latest(self, role_noun: str | None, inside: str = "") -> tuple[str | None, str | None]:
        if role_noun == "it":  # English "it said": the latest body that spoke, else the latest speaker
            named = [said for said in self.history if said.name]
            body = next((said for said in reversed(self.history) if (said.name and (
                self._an_org(said.name) or _org_like(said.name) or not self._named_person(said.name)))
                or (not said.name and said.role and _EN_BODY_ROLE.search(said.role))), None)
            if body and not body.name:
                return None, body.role  # "The foreign ministry said …" then "the statement said"
            last = body or (named[-1] if named else None)
            return (last.name, last.role) if last else (None, None)
        words = role_noun.lower().split() if role_noun else []
        # "Juru bicara Kementerian Pertahanan Korea Utara" names its office: it points back only to
        # a speaker whose role shares that office, else it is a source of its own
        office = [w[:5] for w in words[1:] if w not in _NOT_OFFICE] if len(words) > 2 else []
        if office and re.search(re.escape(role_noun or "") + r"\s+(?:\([^()]{1,20}\)\s+|(?:periode|masa\s+jabatan)\s+"
                                r"\d{4}\s*[-–/]\s*\d{4}\s+)?(?:ini|itu|tersebut)\b", self.body):
            # "Pengasuh Ponpes Langitan ini menilai", "Eks Kepala … (LPS) itu", "Mantan Menteri Pertahanan
            # periode 2019-2024 itu": it points back
            office = []
        if words:
            keys = _role_keys(role_noun)
            for said in reversed(self.history):
                # (the title it spoke under, or another its entity holds: "Waketum Partai Demokrat, Dede
                # Yusuf" spoke, then "Wakil Ketua Komisi II DPR itu menilai" is Dede, not a Wakil Ketua before)
                held = [said.role] if not said.name else [said.role, *self._entity_roles(said.name)]
                role = next((r for r in held if _holds_title(r, keys)
                             and 2 * sum(w in r.lower() for w in office) >= len(office)), None)
                if role is not None:
                    return said.name or None, said.role if _holds_title(said.role, keys) else role
        named = [said for said in self.history if said.name]  # a pronoun points to a named speaker
        # '"Kemarin Profesor (Yohanes Surya) bilang, …," ungkapnya': not the person the quote names
        named = [said for said in named if not (_named_in(said.name, inside) and not _org_like(said.name)
                                                and not self._an_org(said.name))] or named
        if office or not named:
            return None, role_noun if office else None
        # "-nya" after a quote goes to a person rather than to an institution named in between
        for said in reversed(named[-3:]):
            if not _org_like(said.name):
                return said.name, said.role
        last = named[-1]
        return last.name, last.role

    def _canonical(self, surface: str, role: str | None) -> tuple[str, str | None]:
        """The article's fullest form of the name, then the caller's entity that names it.

        An entity is used only when its canonical name holds every word of the article's fullest
        form: a shorter entity name ("Willy" for "Willy Indra Yunani") would lose the person."""
        surface = self.aliases.get(surface, surface)
        if role and self.lang == "id" and (lost := self._first_name_in_office(surface, role)):
            surface, role = lost
        name, role = self._expand(surface, role)
        toks = {t.lower() for t in name.split()}
        if name != surface and self.entities and not any(
                toks <= {t.lower() for f in (e.name, *e.aliases) for t in f.split()} for e in self.entities):
            # the body's expansion swept in a word no entity has ("Penampilan Gary Oldman"): a
            # person the tagger named in full ("Gary Oldman" for "Oldman") is the better name, and
            # so is a body ("Madrid" in "Bintang Real Madrid, Cristiano Ronaldo" is Real Madrid)
            short = {t.lower() for t in surface.split()}
            for ent in self.entities:
                full = {t.lower() for t in ent.name.split()}
                extra = toks - full
                if (ent.type in ("PER", "ORG") and short < full <= toks
                        and all(len(w) >= 4 and w.isalpha() for w in extra)):  # not an initial ("M.")
                    return ent.name, role or (ent.roles[0] if ent.roles else None)
            # ("Ketua Tim Sinkronisasi Sudirman Said … kata Sudirman": the expansion took the team's
            # word and lost the surname; the one person whose name holds the short name)
            holders = [e for e in self.entities if e.type == "PER" and len(e.name.split()) >= 2
                       and short < {t.lower() for t in e.name.split()}
                       and any(len(t) >= 3 and t.isalpha() and t.lower() not in toks for t in e.name.split())]
            if len(holders) == 1:
                return holders[0].name, role or (holders[0].roles[0] if holders[0].roles else None)
        words = name.split()
        if len(words) >= 3 and self.entities and not any(
                toks <= {t.lower() for f in (e.name, *e.aliases) for t in f.split()} for e in self.entities):
            # "Analis politik Universitas Muhammadiyah Tangerang | Ahmad Chumaedy": a place or body
            # the lexicon knows before a person the article names in full; it belongs to the office
            # (only the lexicon's: a body the tagger found may be the person's first name, "Gardian")
            for k in (1, 2):
                rest, head = " ".join(words[k:]), " ".join(words[:k])
                person = next((e for e in self.entities if e.type == "PER" and e.name == rest), None)
                if person and ((len(words) - k >= 2 and known_type(head) in ("ORG", "LOC")) or (
                        # ("Kepala Dikbud Kendari | Saemina": a one-word name the article uses alone, after
                        # a place the lexicon knows)
                        len(words) - k == 1 and known_type(words[k - 1]) == "LOC" and known_type(rest) is None)):
                    return person.name, f"{role} {head}" if role else head
        # "Badan Meteorologi, Klimatologi, dan Geofisika"; "Cowan Jr" (a phrase whose "H." was read
        # as a title) is "James H. Cowan Jr."
        toks = {t.strip(",").rstrip(".") for t in toks}
        for ent in self.entities or []:
            forms = [ent.name, *ent.aliases]
            if not toks or not any(toks <= {t.lower().strip(",").rstrip(".") for t in f.split()} for f in forms):
                continue
            ent_role = role or (ent.roles[0] if ent.roles else None)
            ent_toks = [t.strip(",").rstrip(".") for t in ent.name.split()]
            # a person's (or place's) entity name that adds a title is not a fuller name; an
            # institution's words are its name ("Badan …")
            # (an initial is no title: "James H. Cowan Jr.")
            adds_role = ent.type != "ORG" and any(is_role_word(t) for t in ent_toks if t.lower() not in toks and len(t) > 1)
            fuller = toks <= {t.lower() for t in ent_toks} or len(ent_toks) > len(toks)
            # a known alias is the entity ("AS" → "Amerika Serikat", whose words are role words too)
            alias = name.lower() in {a.lower() for a in ent.aliases}
            if alias or (fuller and not adds_role):
                if ent_role and {w.lower().strip(",") for w in ent_role.split()} <= {t.lower() for t in ent_toks}:
                    ent_role = None  # "Badan Meteorologi, | Klimatologi dan Geofisika": a cut name
                return ent.name, ent_role
            return name, ent_role
        if self.entities and len(name.split()) > 2:
            # "Perbekel Cemagi Putu Hendra Sastrawan": the office's place, then the person the entities name;
            # "Division Head Bank Mega | Syariah Eva Dahlia Kusumawati": the end of the office's body
            words = name.split()
            places = {f.lower() for e in self.entities if e.type == "LOC" for f in (e.name, *e.aliases)}
            # (a body the article names more than once: not a glued span like "Ketua MPBI DIY Irsyad")
            bodies = {f.lower() for e in self.entities if e.type in ("ORG", "LOC") for f in (e.name, *e.aliases)
                      if " " in f and self.body.count(f) > 1}
            orgs = {f.lower() for e in self.entities if e.type == "ORG" for f in (e.name, *e.aliases)}
            for k in range(1, len(words) - 1):
                lead, tail = " ".join(words[:k]), " ".join(words[k:]).lower()
                office = " ".join(filter(None, [role, lead])).lower()
                ok = (lead.lower() in places and role and role.split()[-1].lower() in _PLACE_OFFICES) or any(
                    f" {office}".endswith(" " + b) for b in bodies)
                ent = next((e for e in self.entities if e.type == "PER"
                            and tail in {f.lower() for f in (e.name, *e.aliases)}
                            # (or the entity's own role is that office: "CEO | Seekmi Clarissa Leung", the
                            # entities having split the firm off as "Clarissa Leung", CEO Seekmi)
                            and (ok or (lead.lower() in orgs and office in {x.lower() for x in e.roles}))), None)
                if ent is not None:
                    return ent.name, " ".join(filter(None, [role, lead]))
        if self.lang == "en" and self.entities and " " in name and not re.search(r"\s(?:and|&)\s", name):
            # "Choreographer Kenny Ortega", "Captain Edwin Stanton", "Gov Bobby Jindal", "Even Kellogg":
            # a title, or a sentence's first word the article also writes in lower case, opening the
            # phrase before a name the article's entities hold is no part of it
            words = name.split()
            for k in range(1, len(words)):
                tail = " ".join(words[k:]).lower()
                ent = next((e for e in self.entities if e.type in ("PER", "ORG")
                            and tail in {f.lower() for f in (e.name, *e.aliases)}), None)
                if ent is not None and all(w[:1].isupper() for w in words[:k]):  # not "Lawyers for | X"
                    lead = " ".join(words[:k])
                    titled = any(is_role_word(w) for w in words[:k]) or bool(_EN_TITLE_LEAD.fullmatch(lead))
                    if titled:
                        return ent.name, role or lead
                    if k == 1 and re.search(rf"\b{re.escape(lead.lower())}\b", self.body):
                        return ent.name, role  # "Even | Kellogg": a word the article also writes in lower case
                    break  # "Nelly | Marrero": a first name the entity lost
        if self.mentions and not self.entities:
            best = max((m.text for m in self.mentions if m.type in ("PER", "ORG") and toks
                        and toks <= {t.lower() for t in m.text.split()}), key=len, default=None)
            if best:
                mname, mrole = split_role_name(best)
                if mname and toks <= {t.lower() for t in mname.split()}:
                    return mname, role or mrole
        return name, role

    def _expand(self, surface: str, role: str | None) -> tuple[str, str | None]:
        """The fullest name in the body that contains every token of ``surface``."""
        toks = surface.split()
        if not toks or len(toks) > 3 or all(is_role_word(t) for t in toks):
            return surface, role
        for said in reversed(self.history):  # a name already used in full
            if set(toks) < set(said.name.split()) or (said.name == surface and said.role and not role):
                # (or that very name given with its office: "kata Kepala Dikbud Kendari | Saemina", then
                # "imbuh Saemina" is no "Kendari Saemina")
                return said.name, role or said.role
        best, best_role, best_first = surface, role, False
        # a one-word name may grow to the right ("Kim" → "Kim Jong Un"); longer ones only leftwards
        for start, grown in _name_matches(self.body, surface, len(toks) == 1):
            if _title_line(self.body, start):
                continue
            left = self.body[max(0, start - 120):start]
            cut = max(left.rfind(c) for c in ".\n\"“”;:|")
            left = left[cut + 1:]
            if poss := _POSSESSIVE_END.search(grown, len(surface)):
                grown = grown[:poss.start()]  # "Meta Platforms' Facebook": the owner's name ends there
            phrase = parse_subject(left + grown)
            if not phrase.name:
                continue
            ptoks = phrase.name.split()
            while len(ptoks) > len(toks) and not balinese_opening(ptoks) and (
                    not_subject(ptoks[0]) or (ptoks[0] == "The" and known_type(" ".join(ptoks[1:])))):
                ptoks = ptoks[1:]  # "Pernyataan Sri Mulyani itu …": the noun is not part of the name
            while len(ptoks) > len(toks) and ptoks[0] not in toks and ptoks[0].islower() and ptoks[0] not in ("bin", "binti"):
                ptoks = ptoks[1:]  # "Arya menjelaskan, pemerintah | Prabowo membutuhkan …": a common noun before the name
            while len(ptoks) > len(toks) and ptoks[-1] not in toks and known_type(ptoks[-1]) in ("LOC", "ORG") \
                    and not known_type(" ".join(ptoks)):
                ptoks = ptoks[:-1]  # "menurut Prabowo | Indonesia tidak …": a country opening the clause
            while len(ptoks) > len(toks) and ptoks[0] not in toks and (
                    known_type(ptoks[0]) == "ORG" or self._an_org(ptoks[0])):
                ptoks = ptoks[1:]  # "Manajer Arsenal | Arsene Wenger", "COO C2live | Enricko Lukman": the office's body
            conj = next((k for k, w in enumerate(ptoks) if w in ("dan", "and", "&")), None)
            if conj is not None and set(toks) <= set(ptoks[conj + 1:]):
                ptoks = ptoks[conj + 1:]  # "disutradarai oleh Anthony dan | Joe Russo": two people, the name is the second
            while len(ptoks) > len(toks) and ptoks[0] not in toks and known_type(ptoks[0]) == "LOC" \
                    and not known_type(" ".join(ptoks)) \
                    and re.search(rf"\b(?:di|in|at)\s+{re.escape(' '.join(ptoks))}$", left + grown):
                ptoks = ptoks[1:]  # "Dirjen PBB di Jenewa | Michael Moller": where the office is held
            if len(ptoks) >= len(toks) + 2 and known_type(" ".join(ptoks[:2])) in ("ORG", "LOC") \
                    and not known_type(" ".join(ptoks)):
                ptoks = ptoks[2:]  # "pelatih Skuad Garuda | Shin Tae-yong": a team the lexicon knows
            # an Indonesian one-word name is mostly the first of the full one: "Prabowo" is
            # "Presiden Prabowo Subianto", not "Kapolri … Listyo Sigit Prabowo" named later
            first = self.lang == "id" and len(toks) == 1 < len(ptoks) and ptoks[0] == toks[0]
            if set(toks) <= set(ptoks) and (first, len(ptoks)) > (best_first, len(best.split())) and len(ptoks) <= 4:
                best, best_role, best_first = " ".join(ptoks), role or phrase.role, first
        if best == surface and len(toks) == 1 and len(surface) >= 5:
            # "urai Nanato" after "… Nonato Da Purificacao Sarmento": a misspelt short name (one
            # letter off a word of one speaker's full name already named, the first letter right)
            near = {said.name for said in self.history if len(said.name.split()) >= 2
                    and any(_one_letter_off(surface, w) for w in said.name.split())}
            if len(near) == 1:
                name = near.pop()
                return name, role or next(said.role for said in reversed(self.history) if said.name == name)
        if best == surface and len(toks) == 1 and self.lang == "id" and self.entities \
                and not (surface.lower() in self.body
                         and re.search(rf"(?<![\w-]){re.escape(surface.lower())}\b", self.body)):
            # "kata Putri" … "Ketua Fraksi PAN DPR RI Putri Zulkifli Hasan": the office took her first name
            # and the tagger (or the lexicon) the rest; the one person named in full right after the word
            # (not a common noun the body also writes in lower case, "Direktur Jenderal Pajak Bimo …" with
            # "wajib pajak", nor a word after a title's word; after a body's acronym, "DPR RI", it may be, and
            # a title of address may: "Wakil Menteri Agama Romo Muhammad Syafi'i", "ujar Romo")
            after = {rest for start, rest in _names_after(self.body, surface)
                     if is_honorific(surface)
                     or not ((prev := (self.body[:start].split() or [""])[-1]).lower() in ROLE_WORDS and not prev.isupper())}
            people = {e.name for e in self.entities if e.type == "PER" and len(e.name.split()) >= 2
                      and any(r == e.name or r.startswith(e.name + " ") for r in after)}
            if len(people) == 1:
                return f"{surface} {people.pop()}", role
        return best, best_role

    def _first_name_in_office(self, name: str, role: str) -> tuple[str, str] | None:
        """"Ketua Fraksi PAN DPR RI Putri | Zulkifli Hasan", then "kata Putri": the office's last word is
        the speaker's first name when the article calls someone by that word alone, before or after a
        cue (a word that is no title, rank, place or body the lexicon knows)."""
        words = role.split()
        last = words[-1] if len(words) >= 2 else ""
        if not (last.isalpha() and last[0].isupper() and last[1:].islower()) or is_role_word(last) \
                or is_honorific(last) or known_type(last) or not_subject(last):
            return None
        if not (words[-2][:1].isupper() or words[-2].endswith(")")) or any(
                e.type == "PER" and e.name.split()[0] == last and e.name != f"{last} {name}" for e in self.entities or []):
            # "pengacara Lisa Jhony Boy Nababan", "kuasa hukum Suci …": a lower-case office before the word
            # is of a client, and "Lisa" is another person's name (Lisa Mariana); the office must end
            # with its body ("… DPR RI Putri", "… (CELIOS) Media")
            return None
        if not _called_alone(last).search(self.body):
            return None
        return f"{last} {name}", " ".join(words[:-1])


@functools.lru_cache(maxsize=512)
def _called_alone(word: str) -> re.Pattern[str]:
    """``word`` as a speaker's whole name: after a cue ("kata Putri") or opening a sentence before a
    verb of saying ("Putri menyatakan"; not "IPB University mengungkapkan")."""
    return re.compile(rf"\b(?:{CUE_AFTER})\s+(?-i:{word})\b(?!\s+[A-Z])|(?:^|(?<=[.!?\n])\s*)(?-i:{word})\s+"
                      rf"(?:{CUE_VERB})\b", re.I | re.M)


def _one_letter_off(a: str, b: str) -> bool:
    """Same length and first letter, one other letter different ("Nanato" / "Nonato")."""
    return len(a) == len(b) and a[0] == b[0] and a != b and sum(x != y for x, y in zip(a, b, strict=True)) == 1


# a person named, then the office "selaku"/"sebagai" gives, as a clause's subject
_NAME_SELAKU = re.compile(r"\s*(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+(?:selaku|sebagai)\s+"
                          r"(?P<role>[^,;:\n\"“”()]{3,80}?)\s*,?\s*")
# a sentence opening with the question put to its speaker ("Asked if …,", "When asked about …,")
_EN_ASKED = re.compile(r"\s*(?:When\s+|After\s+being\s+)?[Aa]sked\b")
_LAWMAKER_TITLE = re.compile(r"\b(?:Rep|Sen|Gov|Senator|Congress(?:man|woman)|Representative|Governor)\.?\s+$")


def _named_in(name: str, text: str) -> bool:
    """Whether ``text`` names the person ``name``: in full or by the last word (four letters or more;
    not by another word, which may be a place's: "Singingi" of a name cut from "Kuantan Singingi")."""
    last = name.split()[-1] if name.split() else ""
    return bool(text) and (name in text or (len(last) >= 4 and next(find_whole(text, last, edges="boundary"), None) is not None))


_POSSESSIVE_END = re.compile(r"['’]s?(?=\s|$)")


# Names are found with str.find (``find_whole``), not with a pattern compiled per name: new names
# (~5 an article) also pushed the modules' own patterns out of the ``re`` cache (512 entries), which
# were then compiled again and again; ~4% of an article's processing time.
_RIGHT_NAMES = re.compile(r"(?:\s+(?:[A-Z][\w'’-]+|(?:[A-Z]\.)+)){0,2}")
_REST_NAME = re.compile(r"\s+(?P<rest>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})")


def _name_matches(body: str, surface: str, one_word: bool) -> Iterator[tuple[int, str]]:
    """Where ``surface`` stands as a whole word (``\\bSURFACE\\b``), with the text it grows to: a
    one-word name takes up to two capitalised words after it. Left to right, not overlapping."""
    done = 0
    for start, end in find_whole(body, surface, edges="boundary"):
        if start < done:
            continue
        if one_word:
            end = _RIGHT_NAMES.match(body, end).end()
        done = end
        yield start, body[start:end]


def _names_after(body: str, surface: str) -> Iterator[tuple[int, str]]:
    """``surface`` (no word character nor hyphen before it) followed by two or three capitalised
    words: where it starts, and those words ("Putri | Zulkifli Hasan")."""
    done, start = 0, body.find(surface) if surface else -1
    while start >= 0:
        if not (start and ((c := body[start - 1]).isalnum() or c in "_-")) \
                and (m := _REST_NAME.match(body, start + len(surface))):
            done = m.end()
            yield start, m.group("rest")
        start = body.find(surface, max(start + 1, done))


def _org_like(name: str) -> bool:
    toks = name.split()
    return name.isupper() or any(is_role_word(t) for t in toks) or toks[0].lower() in ORG_HEADS


def _title_line(body: str, pos: int) -> bool:
    """A headline (most words capitalised, no full stop): no place to learn a person's full name."""
    start = body.rfind("\n", 0, pos) + 1
    end = body.find("\n", pos)
    line = body[start:end if end >= 0 else len(body)].rstrip()
    if LINK_LINE.match(line):
        return True  # 'Tonton juga video "Prabowo Beri Pembekalan …" di sini:': a video's title
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    return (len(words) >= 4 and not line.endswith(".")
            and sum(w[0].isupper() for w in words) / len(words) > 0.6)
