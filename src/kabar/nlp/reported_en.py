"""English reported speech: what ``kabar.nlp.reported`` adds for English wire copy.

Attributions after the statement ("…, officials said.", "…, Dr X, director of Y, said at …",
"…, according to the U.S. Marshals Service"), cues set into the sentence ("The deal, he said, is
final."), "quoted X as saying …", wire datelines, and the English clause shapes the speech-verb
rule of ``kabar.nlp.reported`` reads ("said on Tuesday it will …", "told reporters the rules
would …"). Each rule returns ``(start, end, speaker phrase, cue)`` like the Indonesian ones.
"""

from __future__ import annotations

import re

from kabar.nlp.cues import IT, SpeakerPhrase, parse_speaker
from kabar.nlp.quote_speakers import subject_at
from kabar.nlp.speaker_words import EN_SOURCE_GROUPS, not_subject

# An unnamed source described in lower case before an English verb of saying: "the coast guard
# commandant", "a paramedic", "the main Islamist group", "Family members", "one of the Libyan leader's
# former generals" (a determiner or a sentence's capital, up to six words, a lower-case head noun). Broader than
# kabar.nlp.quote_speakers' _EN_DESCRIBED (bodies by a fixed list of heads, which subject_at uses for every caller):
# this one is read only before an English verb of saying, where any head noun is a source.
_EN_NP_WORD = (r"(?!(?:as|when|after|while|because|since|if|that|which|who|whom|and|or|but|where|than|to|is|are|was|"
               r"were|has|have|had|will|would|could|not|said|says|told)\b)[\w'’.-]+\s+")
_EN_SUBORDINATE_LEAD = r"(?:and|but|while|as|though|although|because|after|when|since|so|where)\s+"
_EN_UNNAMED_SOURCE = re.compile(
    r"(?:^\s*(?:(?:But|And|So|Yet|Still|Meanwhile|However|Also|Now|Then),?\s+)?|(?<=[,;:(])\s*|"
    rf"(?<=\s)(?P<sub>{_EN_SUBORDINATE_LEAD}))"
    r"(?P<np>(?:(?:[Tt]he|[Aa]n?|[Ss]ome|[Mm]any|[Ss]everal|[Oo]ther|[Mm]ost|[Ff]ew|[Bb]oth|[Tt]wo|[Tt]hree|[Ff]our|"
    rf"[Ff]ive|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne\s+of\s+(?:the|his|her|their|its))\s+(?:{_EN_NP_WORD}){{0,5}}?|"
    # a sentence's capital on a common noun: "Family members said"
    r"(?<![\w,;:(]\s)(?<!\w)(?!(?:But|And|So|Yet|Still|Meanwhile|However|Also|Now|Then|It|This|That|There|The|An?|"
    r"Some|Many|Several|Other|Most|Few|Both|Its|His|Her|Their|He|She|They|We|I|You|One|When|If|As|After|While)\b)"
    rf"[A-Z][a-z]+\s+(?:(?=[a-z]){_EN_NP_WORD}){{0,3}}?|"
    # a bare plural after a subordinating word: "The order came as health officials confirmed …"
    # (or after a comma or a connective opening the sentence: "…, rebel leaders say …", "But rebel leaders say")
    r"(?:[a-z][\w'’-]*\s+){0,2}(?=[a-z]+s\b))"
    r"(?P<head>(?!(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|did|does|do|also|"
    r"then|not|never)\b)[a-z][a-z'’-]*[a-z]))"
    r"(?:\s+(?:have|has|had|also|later|earlier|previously|already|repeatedly|again|then|now|reportedly|separately|"
    r"initially|first|once|often|still|even|just|recently|privately|publicly|yesterday|today|(?:on|late|early)\s+\w+day|"
    r"last\s+(?:week|month|night)))*\s*$")
_EN_NOT_HEAD = frozenset("""that which who whom whose what it this these those there he she they we i you him her them
us me one ones time times way year years day days week weeks month months as and but or the a an of for in on at to by
with from than then also""".split())


def en_described_subject(before: str) -> tuple[int, SpeakerPhrase] | None:
    """Where an unnamed English source described in lower case starts in ``before`` (the text before
    a verb of saying) and its phrase, the role (a leading "the" dropped): "The coast guard
    commandant said …" → "coast guard commandant"."""
    m = _EN_UNNAMED_SOURCE.search(before)
    if m and not_subject(m.group("np").split()[0]):
        # "Later the port commandant …": a sentence adverb opens no source (blanked, offsets kept)
        first = m.start("np") + len(m.group("np").split()[0])
        m = _EN_UNNAMED_SOURCE.search(" " * first + before[first:])
    if not m or m.group("head") in _EN_NOT_HEAD or m.group("head").endswith("ly"):
        return None
    np_ = m.group("np")
    if re.search(r"\b(?:is|are|was|were|be|been|will|would|can|could|should|must|did|does|do|not|no)\b", np_):
        return None  # a clause, not a noun phrase ("the deal would be signed, the minister said" is another rule's)
    role = re.sub(r"^[Tt]he\s+", "", np_)
    return m.start("np"), SpeakerPhrase(None, role, False, len(np_))


def sentence_end(sentence: str) -> int:
    """Where a sentence's content ends: before its closing punctuation."""
    return len(sentence.rstrip().rstrip(".!?").rstrip())


_EN_TRAIL = re.compile(r",\s*(?P<np>(?:the\s+)?(?:[a-z]+\s+){0,3}?[A-Z][\w .'-]{0,50}?|he|she|they|it|(?:local\s+|state\s+|security\s+)?"
                       rf"(?:police|{EN_SOURCE_GROUPS})|"
                       # "…, the region's disaster agency said": a body described in lower case
                       r"the\s+(?:[a-z'’-]+\s+){0,3}(?:agency|ministry|military|government|company|court|office|"
                       r"committee|commission|council|charity|organi[sz]ation|union|association|"
                       r"spokes(?:man|woman|person)|statement|report)|"
                       # "…, a family representative told Reuters": an indefinite source
                       r"an?\s+(?:[a-z'’-]+\s+){0,3}(?:representative|official|spokes(?:man|woman|person)|source|"
                       r"diplomat|aide|analyst|lawyer|resident|witness))\s+"
                       # ("…, activists have said, but …")
                       r"(?:(?:have|has|had)\s+)?(?P<cue>said|says|say|added|told\s+(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}|\w+))"
                       # "…, Apple said in a blog post.", "…, the police said on Wednesday."
                       r"\s*(?:,[^.]*|\s(?:in|on|at|during|after|late|early|last|this)\b[^.]{0,60})?[.!?]?\s*$")

# an English clause opening with its own subject and a finite verb: "it will …", "the rules would …"
_EN_PRONOUNS = "it|he|she|they|we|there"
# ("he needs more inspectors", "plans to …"; not "his support for the plan." nor "the plan for …": a noun
# that ends a phrase)
_EN_FINITE = (r"\s+(?:would|will|had|has|have|was|were|is|are|could|can|may|might|must|should|did|does|"
              r"(?:plans?|intends?|needs?|wants?)(?=\s+(?!(?:for|of|and|or|in|on|at|by|with|from|that|which|is|was|"
              r"are|were|has|had|would|will)\b)[a-z])|expects?|remains?)\b")
EN_AFTER_TIME = re.compile(r"\s+(?:on|in|at|late|early)\s+(?:\w+\s*){1,2}(?:\([^)]{1,20}\))?\s*"
                            # ("said in a statement BP's actions probably amounted to …")
                            rf"(?=(?:{_EN_PRONOUNS}|(?:the|its|his|her|their|[A-Z][\w.-]*['’]s)(?:\s+\w+){{1,3}}?)"
                            rf"(?:{_EN_FINITE}|\s+\w+ed\b)"
                            # "said on Saturday a man in his 30s with heart conditions died last week"
                            r"|(?:the|an?)\s[^,.;]{0,80}?\s(?:died|\w+ed|is|was|are|were|will|would|has|had|have)\b)")
# a word of a clause's subject after its determiner ("the talks", "a new FBI-style team"): no pronoun or
# relative word ("told a news conference he had …", "the reporters who have …")
_EN_CLAUSE_WORD = r"\s+(?!(?:who|whom|which|that|he|she|it|they|we|i|you)\b)[\w'’-]+"
EN_BARE_CLAUSE = re.compile(r"(?:\s+(?:reporters|journalists|parliament|lawmakers|[A-Z]\w+\b)|\s+(?:broadcaster|newspaper|"
                             r"news\s+agency|television|radio|daily)(?=\s+[A-Z])){0,3}\s*,?\s*"
                             rf"(?=(?:{_EN_PRONOUNS}|(?:the|its|his|her|their|a|an)(?:{_EN_CLAUSE_WORD}){{1,3}}?|"
                             # ("Activists estimate some 20,000 people have died …": a figure)
                             rf"(?:(?:some|about|around|nearly|almost|more\s+than|at\s+least|up\s+to|over)\s+)?"
                             rf"\$?\d[\d,.-]*(?:{_EN_CLAUSE_WORD}){{0,4}}?|"
                             # ("His mother also claims AEG were responsible …")
                             rf"(?<![\w.'’-])[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,2}}){_EN_FINITE})")
# a name and a past tense right after the verb: "Prosecutors claim Conrad Murray caused …"
EN_NAME_PAST = re.compile(r"\s+(?=[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s+\w{3,}ed\b)")
# ("Households added 10.8 trillion yuan", "ADRs added to losses")
EN_ADDED_OBJECT = re.compile(r"\s+(?:[\d$€£¥]|US\$|S\$|an?\s|another\b|more\b|some\b|two\b|three\b|several\b|"
                             r"to\s+(?!reporters\b|journalists\b))")

# a wire dateline in capitals: "NEW YORK - ", "SINGAPORE: ", "RIO DE JANEIRO (Reuters) - "
EN_DATELINE = re.compile(r"[A-Z][A-Z .,'’-]{2,40}(?:\s*\([A-Za-z ]{2,20}\))?\s*[-–—:]\s+(?=\S)")

# "The reactors were not damaged, it said, publishing photographs …"; "The deal, he said, is final."
_EN_INSERTED = re.compile(r"^(?P<a>[^,]{12,}?),\s*(?P<np>it|he|she|they|(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}|"
                          r"the\s+(?:[a-z]+\s+){0,2}(?:minister|spokes(?:man|woman|person)|official|president|company|"
                          r"ministry|agency|court|police|military)|"
                          # ("Most council members, diplomats said, had expected …": a source group)
                          rf"(?:some\s+|many\s+|western\s+|U\.?S\.?\s+)?(?:{EN_SOURCE_GROUPS}))"
                          # ("Any such bill, he suggested, would not curb …")
                          r"\s+(?P<cue>said|says|added|suggested|argued|insisted|noted|warned|explained|stressed)"
                          r"(?:\s+(?:on\s+\w+day|yesterday|today|last\s+week))?\s*,\s*(?P<b>\S.*)$")


_SOURCE_GROUP = re.compile(rf"(?:{EN_SOURCE_GROUPS})$")


def en_inserted(sentence: str) -> tuple[int, int, SpeakerPhrase, str] | None:
    m = _EN_INSERTED.match(sentence)
    if not m:
        return None
    np_ = m.group("np")
    phrase = IT if np_ == "it" else parse_speaker(np_)
    group = _SOURCE_GROUP.search(np_) is not None
    if not (phrase.name or phrase.pronoun or (phrase.role and (np_.startswith("the ") or group))):
        return None
    b = m.group("b")
    # "…, it said, publishing photographs …": what follows a participle is the source's action
    # ("…, WAM said, adding that …" goes on reporting: the whole sentence); "… rebel-held towns on
    # Tuesday, activists said, as President Assad …": a source group's statement came first
    if (re.match(r"[a-z]+ing\b", b) and not re.match(r"(?:adding|saying|noting|warning|stressing|explaining)\b", b)) \
            or (group and re.match(r"(?:as|while|when|after|before|amid|with|but|and)\b", b)):
        return 0, m.start("np") - 2 if m.start("np") >= 2 else m.start("np"), phrase, m.group("cue")
    return 0, sentence_end(sentence), phrase, m.group("cue")




def en_trail(sentence: str) -> tuple[int, int, SpeakerPhrase, str] | None:
    """"…, officials said.", "…, the region's disaster agency said.", "…, a family representative
    told Reuters.": a short source after the statement."""
    m = _EN_TRAIL.search(sentence)
    if m:
        phrase = IT if m.group("np") == "it" else parse_speaker(m.group("np"))
        if not (phrase.name or phrase.pronoun or phrase.role) and m.group("np").startswith("the "):
            phrase = SpeakerPhrase(None, m.group("np")[4:])  # "the region's disaster agency"
        if phrase.name or phrase.pronoun or phrase.role:  # "…, officials said."
            return 0, _en_end(sentence, m.end("cue"), m.start()), phrase, m.group("cue")
    return None

def _en_end(sentence: str, cue_end: int, before_source: int) -> int:
    """Where a statement attributed after it ends: before its source, or at the sentence's end
    when a participle or the same source goes on reporting ("…, X said, adding that …", "…, the
    Post reported, though it said …") — unless what follows frames a partial quote ('…, adding that
    he had "very extensive discussions" …': that quote is the statement's own, the clause no part)."""
    rest = sentence[cue_end:]
    if re.match(r"[^,]{0,90},\s*(?:(?:adding|saying|noting|warning|stressing|explaining)\b|"
                r"(?:though|although|but|while)\s+(?:it|he|she|they)\s+(?:said|says|added)\b)", rest) \
            and not re.search("[\"“”]", rest):
        return sentence_end(sentence)
    return before_source


# "…, according to the U.S. Marshals Service.", "…, according to authorities.", "…, according to
# LUMA Energy, which has said …"
EN_ACCORDING = re.compile(r",\s*(?P<cue>according\s+to)\s+(?P<np>(?:[^,.]|(?<=\b[A-Z])\.)+?)"
                           r"(?:\s*,\s*(?:which|who|whose|an?)\b.*)?[.!?]?\s*$")
# "told a congressional committee the top hat device had achieved …", "told senators he needs …": whom
# the source told, then a clause with its own subject and finite verb, "that" left out
EN_TOLD_BARE = re.compile(r"(?:\s+(?!(?:that|it|he|she|they|we|there)\b)[\w'’.-]+){1,6}?\s+"
                          rf"(?=(?:{_EN_PRONOUNS}|(?:the|its|his|her|their|a|an)(?:{_EN_CLAUSE_WORD}){{1,3}}?){_EN_FINITE})")


# "…, Turkish President Recep Tayyip Erdogan told US television.", "…, Dr Maria Conte Miller, director
# of the Institute of Forensic Sciences, said at a roundtable on Tuesday.", "…, the alliance said in
# a report.": an attribution after the statement, its subject read as the subject before a verb
_EN_TAIL_CUE = re.compile(r"\s(?P<cue>said|says|added|told|wrote|reported)(?:(?<=told)(?:\s+[\w'’.&-]+){1,6}?)?"
                          r"(?:\s+(?:in|on|at|during|after|late|early|last|this|from|via|while|when|before)\b[^,.]{0,90}?"
                          r"|\s+\w+day\b)?"
                          r"(?:,\s*(?:[a-z]+ing|as|which|while|when|citing|after|before|though|although|amid|despite|following|"
                          # ("…, an official said on Wednesday, in a move to curb …")
                          r"in\s+(?:an?\s+)?(?:apparent\s+|further\s+|new\s+)?(?:move|bid|effort|attempt|sign))\b[^.]*"
                          # "…, health officials said, the third U.S. sufferer to die as …": the writer's
                          # apposition (a noun phrase, no finite verb of its own)
                          r"|,\s*(?:the|an?)\s+(?!.*\b(?:is|was|are|were|will|would|has|had|have|could|can|may|"
                          r"might|should|must|said|says)\b).*?)?[.!?]?\s*$")


_EN_NOT_SOURCE = re.compile(r"(?:the\s+|an?\s+)?(?:[a-z]+\s+){0,2}(?:figures|data|statistics|estimates?|"
                            r"calculations|tally|count|records|survey|polls?|results|documents?)\b")
_EN_LONG_NAME = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+(?:of|for|and|the|a|on|&)"
                           r"(?:\s+(?:[A-Z][\w'’-]*|of|for|and|the|a|on|&))*\s+[A-Z][\w'’-]*")
_EN_OWNED_STATEMENT = re.compile(r"(?:the\s+)?(?P<owner>(?:[\w.&-]+\s+){0,4}?[\w.&-]+)['’]s?\s+(?:(?:latest|official|written|"
                                 r"joint)\s+)?(?:statement|report|post|letter|announcement|filing|website)\b")
EN_LEGAL = re.compile(r"(?:the\s+)?(?:Section|Article|Clause|Chapter|Paragraph|Rule|Regulation|Act|Law)\b")
# "the statement", "a joint statement": the statement of the body that spoke
EN_STATEMENT = re.compile(r"\s*(?:the|a|its)\s+(?:joint\s+|written\s+)?statement\s*")


# "the website Brnieq quoted a telecommunications official in Tripoli as saying …"
_EN_AS_SAYING = re.compile(r"\bquot(?:ed|es|ing)\s+(?P<np>[^,]{3,80}?)\s+as\s+saying\s+(?:that\s+)?(?=\S)")


# "Dr Murray has pleaded not guilty, arguing he did not cause the singer's death": a participle of
# saying after the main clause, with a clause of its own ("that", or a subject and a finite verb)
# (no comma before "saying that": "He concluded the day saying that …")
_EN_PARTICIPLE = re.compile(r"(?:,\s*|(?<!\bwithout)\s+(?=saying\s+that\b))"
                            r"(?P<cue>arguing|saying|insisting|claiming|warning|adding|noting|stressing|explaining|"
                            r"advising|suggesting)"
                            r"\s+(?:that\s+|(?=(?:it|he|she|they|we|there|the|his|her|its|their)(?:\s+\w+){0,3}?"
                            # ("…, saying it first wanted to …": a past tense)
                            r"\s+(?:would|will|had|has|have|was|were|is|are|could|did|does|do|may|might|must|should|"
                            r"[a-z]{3,}ed)\b))")
_EN_SENTENCE_SUBJECT = re.compile(r"\s*(?:(?:But|And|However|Meanwhile),?\s+)?(?P<np>(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?"
                                  r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){0,3}|[Hh]e|[Ss]he|[Tt]hey)\s+"
                                  # (a verb of saying too, where no statement follows it: "Chan told
                                  # reporters tonight, advising that …"; irregular pasts: "Vitter spoke …")
                                  r"(?:has\s+|had\s+|have\s+|also\s+)?(?:[a-z]+(?:ed|s)|told|said|spoke|went|came|made|"
                                  r"gave|took|met|held|sent|stood|became|began|wrote)\b")


def en_participle(sentence: str) -> tuple[int, int, SpeakerPhrase, str] | None:
    """What a participle of saying reports after the main clause: "X pleaded not guilty, arguing
    he did not …" (speaker: the main clause's subject, a name or a pronoun)."""
    m = _EN_PARTICIPLE.search(sentence)
    if not m:
        return None
    subj = _EN_SENTENCE_SUBJECT.match(sentence)
    if not subj or subj.end() > m.start():
        return None
    phrase = parse_speaker(subj.group("np"))
    if not (phrase.name or phrase.pronoun):
        return None
    return m.end(), sentence_end(sentence), phrase, m.group("cue")


def as_saying(sentence: str) -> tuple[int, int, SpeakerPhrase, str] | None:
    m = _EN_AS_SAYING.search(sentence)
    if not m:
        return None
    phrase = parse_speaker(m.group("np"))
    if not (phrase.name or phrase.role):
        return None
    return m.end(), sentence_end(sentence), phrase, "quoted"


_EN_DATA_WORDS = r"(?:figures|data|statistics|estimates?|count|tally|numbers)"
EN_DATA_FROM = re.compile(rf"(?:the\s+)?(?:[a-z]+\s+){{0,2}}{_EN_DATA_WORDS}\s+(?:from|by|of|released\s+by|compiled\s+by)\s+"
                           r"(?P<src>(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of|for|and|[A-Z][\w.&'’-]*)){0,6})")
_EN_NAMED_DATA = re.compile(rf"(?:the\s+)?(?P<src>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){{0,4}})(?:['’]s)?\s+(?:[a-z]+\s+)?{_EN_DATA_WORDS}")


def en_according(sentence: str) -> tuple[int, int, SpeakerPhrase, str] | None:
    m = EN_ACCORDING.search(sentence)
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
    if (data := EN_DATA_FROM.fullmatch(np_) or _EN_NAMED_DATA.fullmatch(np_)) is not None:
        np_ = data.group("src")  # "according to the latest figures from the WHO", "according to U.N. data": their source
    if len(np_.split()) > 8 or _EN_NOT_SOURCE.match(np_):
        return None  # "according to official figures released Monday that …": data, no speaker
    phrase = IT if EN_STATEMENT.fullmatch(np_) else parse_speaker(np_)
    if phrase.name and ("." in np_ or _EN_LONG_NAME.fullmatch(np_)):
        # "the U.S. Marshals Service", "Center for a New Economy": the dots or small words cut the name
        phrase = SpeakerPhrase(re.sub(r"^the\s+", "", np_), None)
    if not (phrase.name or phrase.role):
        if not re.fullmatch(r"(?:the\s+)?(?:[a-z'’-]+\s+){0,3}[a-z]+", np_):
            return None
        phrase = SpeakerPhrase(None, re.sub(r"^the\s+", "", np_))  # "according to authorities"
    return 0, m.start(), phrase, "according to"


def en_trailing(sentence: str) -> tuple[int, int, SpeakerPhrase, str] | None:
    m = _EN_TAIL_CUE.search(sentence)
    if not m:
        return None
    start, phrase = subject_at(sentence[:m.start() + 1])
    if not (phrase.name or phrase.role or phrase.pronoun) and (described := en_described_subject(sentence[:m.start() + 1])) \
            and described[1].role.islower():
        # "…, the pharmacist said.": an unnamed source described in lower case (one with a name in it, "the
        # state-run ANSA news agency reported", is the outlet's: kabar.nlp.reported)
        start, phrase = described
    head = sentence[:start].rstrip()
    if not (phrase.name or phrase.role or phrase.pronoun) or not head.endswith(",") or _EN_NP_ONLY.fullmatch(head):
        return None
    # a byline and a wire dateline run into the sentence ("By Maggie Fox … WASHINGTON (Reuters) - A
    # Washington state man … died, health officials said"): the statement starts after the dateline
    dateline = next(reversed(list(_WIRE_DATELINE.finditer(head))), None)
    begin = dateline.end() if dateline else 0
    return begin, _en_end(sentence, m.end("cue"), len(head) - 1), phrase, m.group("cue")


# "The company's chairman and chief executive, Jim Hackett, said …": a description of the speaker
# in apposition, no statement (no verb)
_EN_NP_ONLY = re.compile(r"(?:The|A|An|Its|His|Her|Their)\s+(?![^,]*\b(?:is|are|was|were|has|have|had|will|would|could|"
                         r"can|may|might|must|should|\w{3,}ed)\b)[^,.;]{0,80},")
_WIRE_DATELINE = re.compile(r"[A-Z][A-Z .,'’-]{2,40}\s*\([A-Z][A-Za-z ]{1,20}\)\s*[-–—:]\s+(?=\S)")


