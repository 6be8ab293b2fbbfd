"""Reported speech in one sentence: 'X mengatakan (bahwa) …', 'Menurut X, …', '…, kata X.'.

Returns the reported clause's offsets within the sentence and the speaker phrase; the quote
finder runs it on sentences that hold no direct quote.
"""

from __future__ import annotations

import re

from kabar.nlp.cues import CUE_VERB_RE, IT, SpeakerPhrase, parse_speaker
from kabar.nlp.quote_speakers import clause_subject, subject_at
from kabar.nlp.speaker_words import EN_SOURCE_GROUPS

# Verbs that report speech only with a "bahwa"/"that"/"agar" clause; without one they take an
# object ("meminta maaf", "menolak tawaran") and are not reported speech.
_STRICT = {
    "menyerukan", "menolak", "membantah", "menepis", "menjawab", "menanggapi", "mengharapkan",
    "menduga", "memperkirakan", "melaporkan", "berpesan", "berjanji", "bersumpah", "reported",
    "announced", "confirmed", "denied", "wrote", "told",
}
# Request verbs: "meminta X agar/untuk/segera …"; the clause is what follows the verb.
_REQUEST = {"meminta", "mengajak", "mendesak", "mengimbau", "menyarankan", "mengingatkan", "memperingatkan",
            "berpesan", "mempersilakan", "urged", "asked", "called on", "advised"}
# What "menyampaikan"/"menyatakan" take when they convey a greeting, a feeling or a stance, not
# a statement ("menyatakan sikap Indonesia")
_CONVEYED = re.compile(r"\s*(?:permintaan\s+maaf|permohonan\s+maaf|apresiasi|terima\s+kasih|keprihatinan|"
                       r"belasungkawa|ucapan|selamat|duka|salam|rasa|hormat|sikap)\b", re.I)
_TOPIC_VERBS = {"menjelaskan", "memaparkan", "menerangkan", "menyoroti", "membahas", "menyinggung"}
_TOPIC_NOUNS = re.compile(r"\s*(?:manfaat|kronologi|mekanisme|rincian|alasan|latar\s+belakang)\b", re.I)
_TOPIC = re.compile(r"\s*,?\s*(?:soal|tentang|mengenai|terkait|perihal|alasan|about)\b", re.I)
_INSERTED = re.compile(
    r"^(?P<a>[^,]{3,}?),\s*(?P<cue>(?:kata|tutur|jelas|ujar|ungkap|lanjut|sambung|imbuh|tambah|terang|"
    r"sebut|disebutkan)(?:nya)?)\b\s*(?P<np>[^,]{0,60}?),\s*(?P<b>\S.*)$", re.I)
_MENURUT = re.compile(r"^(?P<pre>[^,]{0,60}?,\s*|(?:sehingga|dan|namun|tetapi|bahkan|lalu|jadi|maka|justru|padahal|"
                      r"sebab|karena|apalagi)\s+)?(?P<cue>Menurut|According\s+to)(?:\s+|(?=nya\b))", re.I)
_TRAIL = re.compile(r",\s*(?P<cue>kata|ujar|tutur|ungkap|jelas|tegas|imbuh|tambah|sebut|menurut|"
                    r"said|says|according\s+to)\s+(?P<np>[^,.]+?)\s*(?:,[^.]*)?[.!?]?\s*$", re.I)
_EN_TRAIL = re.compile(r",\s*(?P<np>(?:the\s+)?(?:[a-z]+\s+){0,3}?[A-Z][\w .'-]{0,50}?|he|she|they|it|(?:local\s+|state\s+|security\s+)?"
                       rf"(?:police|{EN_SOURCE_GROUPS})|"
                       # "…, the region's disaster agency said": a body described in lower case
                       r"the\s+(?:[a-z'’-]+\s+){0,3}(?:agency|ministry|military|government|company|court|office|"
                       r"spokes(?:man|woman|person)|statement|report)|"
                       # "…, a family representative told Reuters": an indefinite source
                       r"an?\s+(?:[a-z'’-]+\s+){0,3}(?:representative|official|spokes(?:man|woman|person)|source|"
                       r"diplomat|aide|analyst|lawyer|resident|witness))\s+"
                       r"(?P<cue>said|says|added|told\s+(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}|\w+))"
                       # "…, Apple said in a blog post.", "…, the police said on Wednesday."
                       r"\s*(?:,[^.]*|\s(?:in|on|at|during|after|late|early|last|this)\b[^.]{0,60})?[.!?]?\s*$")
# an English clause opening with its own subject and a finite verb: "it will …", "the rules would …"
_EN_PRONOUNS = "it|he|she|they|we|there"
_EN_FINITE = r"\s+(?:would|will|had|has|have|was|were|is|are|could|may|might|plans?|intends?)\b"
_EN_AFTER_TIME = re.compile(r"\s+(?:on|in|at|late|early)\s+(?:\w+\s*){1,2}(?:\([^)]{1,20}\))?\s*"
                            rf"(?=(?:{_EN_PRONOUNS}|(?:the|its|his|her|their)(?:\s+\w+){{1,3}}?)(?:{_EN_FINITE}|\s+\w+ed\b))")
_EN_BARE_CLAUSE = re.compile(r"(?:\s+(?:reporters|journalists|parliament|lawmakers|[A-Z]\w+)|\s+(?:broadcaster|newspaper|"
                             r"news\s+agency|television|radio|daily)(?=\s+[A-Z])){0,3}\s*,?\s*"
                             rf"(?=(?:{_EN_PRONOUNS}|(?:the|its|his|her|their)(?:\s+\w+){{1,3}}?){_EN_FINITE})")
_EN_ADDED_OBJECT = re.compile(r"\s+(?:[\d$€£¥]|US\$|S\$|an?\s|another\b|more\b|some\b|two\b|three\b|several\b)")
_THAT = re.compile(r"\b(bahwa|that|agar|supaya)\b", re.I)
_ADJUNCT = re.compile(r"\s*,?\s*(?:kepada|pada|dalam|di|saat|ketika|usai|seusai|melalui|lewat|to|on|in|at|"
                      r"during|after)\b", re.I)
_MIN_WORDS = 3


def reported_clause(sentence: str) -> tuple[int, int, SpeakerPhrase, str] | None:
    """(start, end, speaker phrase, cue) of the reported clause of ``sentence``, or None."""
    for rule in (_citation, _menurut, _passive, _inserted, _trailing, _as_saying, _verb):
        found = rule(sentence)
        if found and _words(sentence[found[0]:found[1]]) >= _MIN_WORDS and not _OBJECT_NP.fullmatch(
                sentence[found[0]:found[1]]):
            dateline = _EN_DATELINE.match(sentence) if found[0] == 0 else None
            if dateline:  # "NEW YORK - Russia should …, Erdogan said": the dateline is no statement
                found = (dateline.end(), *found[1:])
            return found
    return None


# a wire dateline in capitals: "NEW YORK - ", "SINGAPORE: ", "RIO DE JANEIRO (Reuters) - "
_EN_DATELINE = re.compile(r"[A-Z][A-Z .,'’-]{2,40}(?:\s*\([A-Za-z ]{2,20}\))?\s*[-–—:]\s+(?=\S)")
# "membenarkan adanya OTT tersebut": what was confirmed is a thing, not a statement
_OBJECT_NP = re.compile(r"\s*(?:adanya|keberadaan|kabar|informasi|hal|peristiwa|kejadian)\b(?:\s+\S+){0,3}?"
                        r"\s+(?:tersebut|itu|ini)\s*[.!]?\s*", re.I)


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _end(sentence: str) -> int:
    return len(sentence.rstrip().rstrip(".!?").rstrip())


def _menurut(sentence: str) -> tuple[int, int, SpeakerPhrase, str] | None:
    m = _MENURUT.match(sentence)
    if not m:
        return None
    if m.group("pre") and m.group("cue").lower().startswith("according") and _EN_ACCORDING.search(sentence):
        return None  # "…, according to X, a think tank.": the statement came first (_en_according)
    if sentence[m.end():].startswith("nya"):  # "Menurutnya, …" / "Menurutnya ahli …"
        rest = m.end() + 3
        lead = re.match(r"\s*,?\s*", sentence[rest:])
        return rest + (lead.end() if lead else 0), _end(sentence), SpeakerPhrase(None, None, True), "menurut"
    first = sentence.find(",", m.end())
    if first < 0 or first - m.end() > 120:
        return None
    if m.group("cue").lower().startswith("according") and _EN_LEGAL.match(sentence, m.end()):
        return None  # "According to Section 252 of the Code, …": a provision, no source
    phrase = parse_speaker(sentence[m.end():first])
    comma = first
    # "Menurut pengamat otomotif dari ITB, Yannes Pasaribu, ada …": a name in apposition
    appo = re.match(r"\s*((?:[A-Z][\w.'’-]*\s*){1,4}),", sentence[first + 1:])
    if appo and not phrase.name or (appo and phrase.name and phrase.name[:1].islower()):
        phrase = parse_speaker(appo.group(1))
        comma = first + 1 + appo.end() - 1
    if not (phrase.name or phrase.role or phrase.pronoun):  # "menurut dia" points back
        source = sentence[m.end():comma].strip()
        if not re.fullmatch(r"(?:the\s+)?[a-z][a-z\s]{2,40}", source, re.I) or source[:1].isupper():
            return None
        phrase = SpeakerPhrase(None, source)  # "Menurut polisi, …", "According to the central bank, …"
    start = comma + 1 + (len(sentence[comma + 1:]) - len(sentence[comma + 1:].lstrip()))
    return start, _end(sentence), phrase, m.group("cue")


def speech_subject(sentence: str) -> tuple[int, SpeakerPhrase] | None:
    """A named subject of a speech verb even without a reported clause ("X menyampaikan maaf"):
    the person a following "ia" refers to."""
    for m in _INTRO_VERB.finditer(sentence):
        subj = clause_subject(sentence[:m.start()])
        if subj.name:
            return m.start(), subj
    return None


_INTRO_VERB = re.compile(r"\b(?:menyampaikan|mengatakan|menjelaskan|menegaskan|mengungkapkan|menyatakan|"
                         r"menuturkan|mengaku|menilai|menyebut|berkata|bilang|menyuarakan|menyayangkan|"
                         r"mengapresiasi|mengkritik|menanggapi|menjawab|membantah|menyambut|mengucapkan|"
                         r"said|told)\b", re.I)


def _citation(sentence: str) -> tuple[int, int, SpeakerPhrase, str] | None:
    """"Dikutip dari laman NDTV, kopi …", "Melansir detikNews, mayoritas …": a cited source."""
    m = _CITE.match(sentence)
    if not m:
        return None
    rest = sentence[m.end():]
    comma = rest.find(",")
    paren = re.search(r"\([A-Z][A-Za-z]{1,10}\)", rest[:100])
    if 0 <= comma <= 100 and not (paren and paren.end() < comma):
        cut, source = m.end() + comma + 1, rest[:comma]
    elif paren:  # "Melansir laman resmi Kementerian Sekretariat Negara (Kemensetneg) BLT Kesra …"
        cut, source = m.end() + paren.end(), rest[:paren.start()]
    else:
        return None
    phrase = parse_speaker(source)
    if not phrase.name:
        return None
    while cut < len(sentence) and sentence[cut] in " ,":
        cut += 1
    # "Dikutip dari KBN, Yudi menyebut tim …": the words are Yudi's, the outlet only carried them
    inner = _verb(sentence[cut:])
    if inner and (inner[2].name or inner[2].pronoun) and inner[0] > 0:
        return cut + inner[0], cut + inner[1], inner[2], inner[3]
    return cut, _end(sentence), phrase, m.group("cue")


# "Berdasarkan data …" cites figures, not words: only a cited page or statement counts
_CITE = re.compile(r"^(?:[^,]{0,40},\s*)?(?P<cue>Dikutip\s+dari|Dilansir\s+dari|Dilansir|Melansir|Mengutip\s+dari|"
                   r"Mengutip|Merujuk|Berdasarkan(?=\s+(?:laman|situs))|Melalui(?=\s+(?:keterangan|akun|laman)))\s+(?:(?:laman|situs|akun|keterangan|data|penjelasan|"
                   r"resmi|tertulis|Instagram|X)\s+)*", re.I)


def _passive(sentence: str) -> tuple[int, int, SpeakerPhrase, str] | None:
    """"Dijelaskan oleh …, Prof Erma Yulihastin bahwa …" and "X dinilai Brown lebih mudah"."""
    m = _PASSIVE_THAT.match(sentence)
    if m:
        phrase = parse_speaker(m.group("np").split(",")[-1])
        if phrase.name:
            return m.start("clause"), _end(sentence), phrase, m.group("cue")
    m = _PASSIVE_BY.search(sentence)
    if m and m.start() > 0:
        phrase = parse_speaker(m.group("np"))
        if phrase.name and not phrase.name.lower().startswith(("sebagai", "oleh")):
            return 0, _end(sentence), phrase, m.group("cue")
    return None


_PASSIVE_THAT = re.compile(r"^(?P<cue>Dijelaskan|Dikatakan|Disampaikan|Diungkapkan|Ditegaskan)\s+(?:oleh\s+)?"
                           r"(?P<np>[^.]{3,200}?)\s+bahwa\s+(?P<clause>\S.*)$")
_PASSIVE_BY = re.compile(r"\s(?P<cue>dinilai|disebut|dikatakan)\s+(?P<np>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
                         r"\s+(?=[a-z])")


def _inserted(sentence: str) -> tuple[int, int, SpeakerPhrase, str] | None:
    """A cue set into the sentence: "Barang bukti itu, jelas Risal, telah disita." """
    m = _INSERTED.match(sentence)
    if not m:
        return _en_inserted(sentence)
    cue = m.group("cue")
    if cue.lower().endswith("nya") or not m.group("np").strip():
        phrase = SpeakerPhrase(None, None, True)
    else:
        phrase = parse_speaker(m.group("np"))
        if not (phrase.name or phrase.pronoun):
            return None
    head = m.group("a")
    # "Selain itu, katanya, …": the head is a connective, the content starts after the cue
    if re.fullmatch(r"\s*(?:selain\s+itu|di\s+sisi\s+lain|hanya\s+saja|namun|tetapi|sementara\s+itu|"
                    r"lebih\s+lanjut|menurutnya)\s*", head, re.I):
        return m.start("b"), _end(sentence), phrase, re.sub(r"nya$", "", cue)
    return 0, _end(sentence), phrase, re.sub(r"nya$", "", cue)


# "The reactors were not damaged, it said, publishing photographs …"; "The deal, he said, is final."
_EN_INSERTED = re.compile(r"^(?P<a>[^,]{12,}?),\s*(?P<np>it|he|she|they|(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}|"
                          r"the\s+(?:[a-z]+\s+){0,2}(?:minister|spokes(?:man|woman|person)|official|president|company|"
                          r"ministry|agency|court|police|military))"
                          r"\s+(?P<cue>said|says|added)\s*,\s*(?P<b>\S.*)$")


def _en_inserted(sentence: str) -> tuple[int, int, SpeakerPhrase, str] | None:
    m = _EN_INSERTED.match(sentence)
    if not m:
        return None
    np_ = m.group("np")
    phrase = IT if np_ == "it" else parse_speaker(np_)
    if not (phrase.name or phrase.pronoun or (phrase.role and np_.startswith("the "))):
        return None
    # "…, it said, publishing photographs …": what follows a participle is the source's action
    # ("…, WAM said, adding that …" goes on reporting: the whole sentence)
    if re.match(r"[a-z]+ing\b", m.group("b")) and not re.match(r"(?:adding|saying|noting|warning|stressing|"
                                                                r"explaining)\b", m.group("b")):
        return 0, m.start("np") - 2 if m.start("np") >= 2 else m.start("np"), phrase, m.group("cue")
    return 0, _end(sentence), phrase, m.group("cue")


def _trailing(sentence: str) -> tuple[int, int, SpeakerPhrase, str] | None:
    m = _TRAIL.search(sentence)
    if m and m.group("cue").lower().startswith("according") and (found := _en_according(sentence)):
        return found
    if m:
        phrase = parse_speaker(m.group("np"))
        rest = m.group("np")[phrase.length:]
        # "Fitri, a commuter, said she left home at five": a pronoun with its own verb after the
        # cue opens the reported clause; what comes before is no statement
        if (phrase.pronoun and not phrase.role or m.group("cue").lower() in ("said", "says")) \
                and rest.strip() and not _AFTER_SPEAKER.match(rest):
            # "…, said Bermuda would see high surf": a verb after the name opens a clause, so the
            # name is no trailing speaker
            return None
        if phrase.name or phrase.pronoun:
            return 0, m.start(), phrase, m.group("cue")
    m = _EN_TRAIL.search(sentence)
    if m:
        phrase = IT if m.group("np") == "it" else parse_speaker(m.group("np"))
        if not (phrase.name or phrase.pronoun or phrase.role) and m.group("np").startswith("the "):
            phrase = SpeakerPhrase(None, m.group("np")[4:])  # "the region's disaster agency"
        if phrase.name or phrase.pronoun or phrase.role:  # "…, officials said."
            return 0, _en_end(sentence, m.end("cue"), m.start()), phrase, m.group("cue")
    return _en_according(sentence) or _en_trailing(sentence)


def _en_end(sentence: str, cue_end: int, before_source: int) -> int:
    """Where a statement attributed after it ends: before its source, or at the sentence's end
    when a participle goes on reporting ("…, X said, adding that …")."""
    if re.match(r"[^,]{0,90},\s*(?:adding|saying|noting|warning|stressing|explaining)\b", sentence[cue_end:]):
        return _end(sentence)
    return before_source


# "…, according to the U.S. Marshals Service.", "…, according to authorities.", "…, according to
# LUMA Energy, which has said …"
_EN_ACCORDING = re.compile(r",\s*(?P<cue>according\s+to)\s+(?P<np>(?:[^,.]|(?<=\b[A-Z])\.)+?)"
                           r"(?:\s*,\s*(?:which|who|whose|an?)\b.*)?[.!?]?\s*$")
# "…, Turkish President Recep Tayyip Erdogan told US television.", "…, Dr Maria Conte Miller, director
# of the Institute of Forensic Sciences, said at a roundtable on Tuesday.", "…, the alliance said in
# a report.": an attribution after the statement, its subject read as the subject before a verb
_EN_TAIL_CUE = re.compile(r"\s(?P<cue>said|says|added|told|wrote)(?:(?<=told)(?:\s+[\w'’.&-]+){1,6}?)?"
                          r"(?:\s+(?:in|on|at|during|after|late|early|last|this|from|via|while|when|before)\b[^,.]{0,90}?"
                          r"|\s+\w+day\b)?"
                          r"(?:,\s*(?:[a-z]+ing|as|which|while|when|citing|after|before|though|although)\b[^.]*)?[.!?]?\s*$")


_EN_NOT_SOURCE = re.compile(r"(?:the\s+|an?\s+)?(?:[a-z]+\s+){0,2}(?:figures|data|statistics|estimates?|"
                            r"calculations|tally|count|records|survey|polls?|results|documents?)\b")
_EN_LONG_NAME = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+(?:of|for|and|the|a|on|&)"
                           r"(?:\s+(?:[A-Z][\w'’-]*|of|for|and|the|a|on|&))*\s+[A-Z][\w'’-]*")
_EN_OWNED_STATEMENT = re.compile(r"(?:the\s+)?(?P<owner>(?:[\w.&-]+\s+){0,4}?[\w.&-]+)['’]s?\s+(?:(?:latest|official|written|"
                                 r"joint)\s+)?(?:statement|report|post|letter|announcement|filing|website)\b")
_EN_LEGAL = re.compile(r"(?:the\s+)?(?:Section|Article|Clause|Chapter|Paragraph|Rule|Regulation|Act|Law)\b")
_EN_STATEMENT = re.compile(r"(?:the|a|its)\s+(?:joint\s+|written\s+)?statement")


# "the website Brnieq quoted a telecommunications official in Tripoli as saying …"
_EN_AS_SAYING = re.compile(r"\bquot(?:ed|es|ing)\s+(?P<np>[^,]{3,80}?)\s+as\s+saying\s+(?:that\s+)?(?=\S)")


def _as_saying(sentence: str) -> tuple[int, int, SpeakerPhrase, str] | None:
    m = _EN_AS_SAYING.search(sentence)
    if not m:
        return None
    phrase = parse_speaker(m.group("np"))
    if not (phrase.name or phrase.role):
        return None
    return m.end(), _end(sentence), phrase, "quoted"


def _en_according(sentence: str) -> tuple[int, int, SpeakerPhrase, str] | None:
    m = _EN_ACCORDING.search(sentence)
    if not m:
        return None
    np_ = m.group("np").strip()
    own = _EN_OWNED_STATEMENT.match(np_)
    if own and not re.search(r"\b(?:statement|report|published|posted|issued)\b", own.group("owner")):
        # "according to the airline's statement on Monday …": the airline
        owner = own.group("owner")
        phrase = parse_speaker(owner) if owner[:1].isupper() else SpeakerPhrase(None, owner)
        if phrase.name or phrase.role:
            return 0, m.start(), phrase, "according to"
    if len(np_.split()) > 8 or _EN_NOT_SOURCE.match(np_):
        return None  # "according to official figures released Monday that …": data, no speaker
    phrase = IT if _EN_STATEMENT.fullmatch(np_) else parse_speaker(np_)
    if phrase.name and ("." in np_ or _EN_LONG_NAME.fullmatch(np_)):
        # "the U.S. Marshals Service", "Center for a New Economy": the dots or small words cut the name
        phrase = SpeakerPhrase(re.sub(r"^the\s+", "", np_), None)
    if not (phrase.name or phrase.role):
        if not re.fullmatch(r"(?:the\s+)?(?:[a-z'’-]+\s+){0,3}[a-z]+", np_):
            return None
        phrase = SpeakerPhrase(None, re.sub(r"^the\s+", "", np_))  # "according to authorities"
    return 0, m.start(), phrase, "according to"


def _en_trailing(sentence: str) -> tuple[int, int, SpeakerPhrase, str] | None:
    m = _EN_TAIL_CUE.search(sentence)
    if not m:
        return None
    start, phrase = subject_at(sentence[:m.start() + 1])
    head = sentence[:start].rstrip()
    if not (phrase.name or phrase.role or phrase.pronoun) or not head.endswith(","):
        return None
    return 0, _en_end(sentence, m.end("cue"), len(head) - 1), phrase, m.group("cue")


_AFTER_SPEAKER = re.compile(r"\s*(?:,|di|pada|saat|ketika|kepada|dalam|seusai|usai|in|on|at|to|when|after|"
                            r"during|while|on\s+\w+day)\b", re.I)


def _verb(sentence: str) -> tuple[int, int, SpeakerPhrase, str] | None:
    for m in CUE_VERB_RE.finditer(sentence):
        before = sentence[:m.start()]
        if re.search(r"\b(yang|untuk|[Ww]ho|[Ww]hich|dapat|bisa)\s+(?:\w+\s+)?$", before):
            continue
        if re.search(r"\b(tidak|belum|bukan|tak|not|never)\s+(?:\w+\s+)?$", before, re.I):
            continue  # "ia tidak menyarankan …": a denial, not what was said
        if re.search(r"\b(?:would|will|could|can|to)\s+(?:only\s+|not\s+|\w+ly\s+)?$", before):
            continue  # "… but would say he is in his 60s, said he chose …": not this verb
        subj = clause_subject(before)
        if not (subj.name or subj.pronoun or subj.role):
            continue
        after = sentence[m.end():]
        cue = m.group("cue")
        low = " ".join(cue.lower().split())  # "called  on" → "called on"
        if _TOPIC.match(after) or (low in _TOPIC_VERBS and _TOPIC_NOUNS.match(after)):
            continue  # "menjelaskan soal …" names a topic, not what was said
        if low in ("menyampaikan", "menyatakan") and _CONVEYED.match(after):
            continue
        if low == "added" and _EN_ADDED_OBJECT.match(after):
            continue  # "Households added 10.8 trillion yuan in savings": an object, no statement
        that = _THAT.search(after[:90])
        if that and that.group(1).lower() in ("agar", "supaya") and low not in _REQUEST:
            that = None
        if that and that.group(1).lower() == "that" and not re.fullmatch(
                r"(?:\s*,?\s*(?:on|in|at|last|this|late|early|earlier|to|reporters|journalists|the|a|an|his|her|its|"
                r"interview|statement|speech|address|post|letter|report|briefing|conference|meeting|call|"
                r"posted|published|issued|released|by|with|from|via|an|its|court|media|press|audience|hearing|"
                r"jury|later|also|though|however|"
                r"[A-Z]\w*|\w+day|\w+ly|,)\b)*\s*,?\s*", after[:that.start()]):
            # "says the estate has kept its tents on platforms that can be removed": a relative
            # "that"; the reported clause starts after the verb
            that = None
        if not that:
            that = re.match(r"\s*,?\s*(jika|kalau)\b", after)
        if not that and low in _STRICT:
            # "Meta announced it would partner …", "told reporters they had …": a clause that
            # opens with its own subject and verb, "that" left out
            that = _EN_BARE_CLAUSE.match(after)
        if that:
            start = m.end() + that.end()
        elif low in _STRICT:
            continue
        elif low in _REQUEST:
            if re.match(r"\s*maaf\b", after):
                continue  # "meminta maaf": an apology, no request
            if not re.search(r"\b(?:untuk|agar|supaya|segera|dapat|bisa|harus|perlu|jangan|tidak|"
                             r"to(?!\s+(?:the|a|an|its|their|his|her|this|that)\b))\b", after[:80]):
                continue
            start = m.end()
        else:
            start = m.end()
            adj = _ADJUNCT.match(after)
            if adj:
                comma = after.find(",", adj.end())
                bare = _EN_AFTER_TIME.match(after)
                if bare:  # "Apple said on Tuesday (Sep 20) it will raise prices …"
                    start = m.end() + bare.end()
                elif comma < 0 or comma > 60:
                    continue
                else:
                    start = m.end() + comma + 1
            else:
                lead = re.match(r"\s*,?", after)
                start += lead.end() if lead else 0
        while start < len(sentence) and sentence[start] in " ,:":
            start += 1
        return start, _end(sentence), subj, cue
    return None
