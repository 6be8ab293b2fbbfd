"""Quotes in news text: direct quotes in any quote marks, reported speech, and who said them.

``find_quotes(body)`` runs a cascade:
1. direct quote spans, line by line (scrapes put paragraphs on single lines): straight and curly
   marks; a paragraph that opens a quote without closing it continues into a next paragraph that
   opens with a mark; straight quotes nested inside a quote; a quote whose opening mark the scrape
   lost ('…beracun," kata Smith'). Quoted terms, titles and names are dropped unless a speech cue
   stands next to them;
2. attribution of each span: a ``|Name (Role)`` tail (regional scrapes), a statement tail
   ('," demikian keterangan tertulis X'), a cue after the quote ('," kata X', '," ujarnya',
   '," he said'), or a cue before it ('X mengatakan, "…', 'Kata X, "…', 'menurutnya, … "…"');
   unattributed quote paragraphs go to the latest speaker;
3. reported speech in sentences without a direct quote (:mod:`kabar.nlp.reported`): cited pages,
   'Menurut X, …', passives ('Dijelaskan oleh X bahwa …'), inserted cues ('…, kata X, …'),
   '…, kata X.', 'X mengatakan (bahwa) …', requests ('X meminta Y untuk …'); ``direct=False``,
   text = the reported clause;
4. speakers resolved (:mod:`kabar.nlp.quote_speakers`): pronouns and role nouns ("ia", "-nya",
   "pihaknya", "Wapres", "the spokesman") to the latest speaker, preferring a person to an
   institution; short names and aliases ("Gus Ipul", "ICW") to the fullest form the article uses;
   the caller's entities when their canonical name is at least as full.

Offsets index ``body``; a direct quote's span is its content without the quote marks.
Measured in eval/quotes.py on hand-annotated detik articles (see eval/data/quotes/README.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kabar.nlp.cues import CUE_AFTER_RE, CUE_VERB, CUE_VERB_RE, IT, SpeakerPhrase, parse_speaker
from kabar.nlp.quote_speakers import SpeakerResolver, clause_subject
from kabar.nlp.quotemerge import QuoteGroup, group_quotes
from kabar.nlp.reported import reported_clause, speech_subject
from kabar.nlp.reported_en import EN_STATEMENT
from kabar.nlp.speaker_words import not_subject
from kabar.nlp.tokens import Span, find_whole, sentence_start, split_sentences
from kabar.records import Entity, Mention, Quote

__all__ = ["QuoteGroup", "find_quotes", "group_quotes"]

_OPEN = "\"“„«"
_CLOSE = "\"”»"
# a typewriter's or tokeniser's single quotes, "`" then "'" ("viewed as a ` crusader state ', on a par"):
# the apostrophe is a mark only while a backtick's quote is open
_MARK = re.compile("[" + re.escape(_OPEN + _CLOSE) + "`']")
_PARA = re.compile(r"[^\n]+")
_WORD = re.compile(r"\w+")
# the name ends at a comma, line end or full stop, not at a title's or an initial's dot ("|Dr. Rahmat")
_PIPE = re.compile(r"\s*\|\s*(?P<name>[^|()\n,]{2,80}?)\s*(?:\((?P<role>[^)\n]{1,80})\))?"
                   r"(?=[,\n]|$|\.(?<!\bDr\.)(?<!\bDrs\.)(?<!\bProf\.)(?<!\bIr\.)(?<!\bHj\.)(?<!\bKH\.)(?<!\b[A-Z]\.))")
# '"…," demikian keterangan tertulis Koalisi X' / '"…," bunyi pernyataan X'
_STATEMENT = re.compile(r"\s*[,.]?\s*(?:demikian|bunyi|tulis)\s+(?P<cue>keterangan(?:\s+tertulis)?|pernyataan(?:\s+resmi)?|"
                        r"rilis|siaran\s+pers|unggahan)\s+", re.I)
_AFTER = re.compile(r"\s*[,.]?\s*(?:demikian\s+|begitu\s+)?")
_EN_POST = re.compile(r"\s*[,.]?\s*(?P<np>(?:the\s+)?[A-Za-z][\w .,'’-]{0,80}?)\s+(?P<cue>said|says|told|added|"
                      r"wrote|stated|explained|mengatakan|menambahkan|menjelaskan|menegaskan)\b")
_EN_APPOSED = re.compile(r"\s*(?P<np>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}),\s+(?:an?|the)\s[^\"“”\n]{3,200}?,?"
                         r"\s+(?P<cue>said|says|told|added)\b")
_EN_UNNAMED_START = re.compile(r"(?i:a|an|one|two|three|several)\s")
# a title in lower case opening the phrase after a quote ("lead modeller", "chief economist"), not
# an article or a clause word
_EN_LOWER_TITLE = re.compile(r"((?!(?:a|an|the|and|but|as|he|she|it|they|who|which|while|when)\s)"
                             r"(?:[a-z][\w-]*\s+){1,3})(?=[A-Z][a-z])")
# a lower-case word (or a figure) run into a capitalised word that opens a sentence
_EN_LOST_BREAK = re.compile(r"\b(?P<prev>[a-z]+|\d+)\s+(?P<next>(?:The|An|But|He|She|They|It|We|In|On|Ahead|After|"
                            r"Meanwhile|However|Some|Many|Most|His|Her|Their|Its|This|There)\s+[a-z])")
# words after which a capitalised "The", "A", "In" … goes on the phrase (a title, a name: "in The
# Hague", "told The Associated Press", "reading The Times")
_EN_BINDING_WORDS = frozenset("""of in on at to from by with for into onto about than as and or nor the a an
told tell tells said says say called named titled dubbed read reads reading wrote writes film book song
newspaper magazine paper show series album""".split())
_GLUED = re.compile(r"(?<=[a-z0-9)\"”])[.!?](?=[\"“]?[A-Z][a-z])")
_CUE_AFTER_MARK = re.compile(r"\s*(?:kata|ujar|ucap|ungkap|tutur|tegas|jelas|imbuh|tambah|lanjut|terang|"
                             r"pungkas|said|says|told|added)\b", re.I)
_CUE_AFTER_CLOSE = re.compile(r"(?:kata|ujar|ucap|ungkap|tutur|tegas|jelas|imbuh|tambah|lanjut|terang|pungkas|tandas|"
                              r"tukas|timpal|sambung|cetus|papar|beber|urai|seru|sebut|kilah|jawab|sahut|keluh|kenang|"
                              r"canda|kelakar|seloroh|tulis|cuit|kicau)"
                              r"(?:nya)?\b|(?:said|says|told|added)\b", re.I)
_SAID_NAME_BEFORE = re.compile(r"\b(?P<cue>said|says|added|told)\s+(?P<np>[A-Z][^,“”\"]{1,60}?)(?:,[^“”\"]{0,120})?,\s*$")
_KATA_FIRST = re.compile(r"\s*(?P<cue>kata|ujar|tutur|menurut|according\s+to)\s+", re.I)
# "Hal itu dikatakan Kepala …, Suminto." names the source of what follows without quoting it
# (not "ditegaskan dalam Pergub": where it is written, no speaker)
_PASSIVE_INTRO = re.compile(r"\b(?:di(?:katakan|sampaikan|ungkapkan|jelaskan|tegaskan|utarakan))\s+(?:oleh\s+)?"
                            r"(?!(?:dalam|di|pada|kepada|melalui|lewat|saat|ketika|sebelumnya|secara)\b)")
_SPEECH_HINT = re.compile(r"\b(menurutnya|berjanji|bersumpah|menyebut|menyatakan|menegaskan|mengatakan|promised|vowed|"
                          r"called|describ\w+|kata|said)\b", re.I)


def _callers(body: str, found: list, mentions: list[Mention] | None) -> tuple[list, dict[int, int]]:
    """Who gave the words a participle frames ('X said …, calling him a "…"', '…, Lula promised … and
    celebrated what he called his "…"'): the speaker of a statement earlier in the sentence, else
    the first person the sentence names before the quote; the speaker phrase the quote's own
    attribution found is no better (the person called, or the last speaker)."""
    out, same_as = [], {}
    for k, item in enumerate(found):
        start, end, text, phrase, cue, direct = item
        if direct and _CALLING.search(body, max(0, start - 61), start):
            sent_start = sentence_start(body, start)
            earlier = [j for j, f in enumerate(found[:k]) if not f[5] and f[0] >= sent_start and f[3] is not None]
            people = [m for m in mentions or () if m.type == "PER" and sent_start <= m.start and m.end <= start]
            if earlier:
                same_as[k] = earlier[-1]
            elif people:
                phrase = SpeakerPhrase(people[0].text, None)
        out.append((start, end, text, phrase, cue, direct))
    return out, same_as


_NAME_SMALL_WORDS = frozenset("of the and for in on at to a an de la".split())
# where a reported clause hands over to a quote of the same sentence: a comma, or "and that", before it
_EN_QUOTE_JOINT = re.compile(r"(?:,\s*(?:and\s+|but\s+)?(?:that\s+)?|\s+and\s+that\s+|\s+and\s+(?=said\b))")


def _before_framed_quote(sent: Span, rep: tuple, covered: list[tuple[int, int]]) -> int | None:
    """Where the reported clause of ``sent`` ends when a direct quote of the sentence comes after it: at the
    last comma or "and that" before the quote's clause (None when the quote sits inside the clause, 'said
    it was a "mess"', or comes first)."""
    first = min((a for a, b in covered if sent.start <= a < sent.end), default=None)
    if first is None or first - sent.start <= rep[0] or not rep[3] or rep[3] not in sent.text[:rep[0]]:
        return None  # (only a clause after its verb: "At the UN, she said “…”" names no statement)
    head = sent.text[rep[0]:first - sent.start]
    # the quote's clause: from the last joint to the quote mark, with no more than a few words between
    joints = [m for m in _EN_QUOTE_JOINT.finditer(head) if len(head[m.end():].split()) <= 6]
    if not joints or len(head[:joints[0].start()].split()) < 3:
        return None
    return rep[0] + joints[0].start()


_EN_PARTICIPLE_CUT = re.compile(r",\s*(?:calling|describing|labelling|labeling|branding)\b")
# ", adding that …" after a direct quote's attribution
_EN_ADDING = re.compile(r",\s*(?P<cue>adding|saying|noting|warning|stressing|insisting)\s+(?:that\s+)?(?=[a-z])")


def _adding_after_quote(sent, found) -> tuple | None:
    """The statement a participle adds after a direct quote's attribution in an English sentence,
    with that quote's speaker phrase; none when a quote mark follows (its own quote)."""
    inside = [f for f in found if sent.start <= f[0] < sent.end and f[5]]
    if not inside or inside[-1][3] is None:
        return None
    last = inside[-1]
    m = _EN_ADDING.search(sent.text, last[1] - sent.start)
    if not m or re.search(r"[\"“][^\"“”]*\s[^\"“”]*[\"”]", sent.text[m.end():]):
        return None  # (a quoted phrase of its own follows; a quoted word stays inside: "speed")
    end = len(sent.text.rstrip().rstrip(".!?"))
    text = sent.text[m.end():end]
    if len(text.split()) < 3:
        return None
    return (sent.start + m.end(), sent.start + end, text, last[3], m.group("cue"), False)


@dataclass(slots=True)
class _Span:
    start: int  # first character of the quoted text
    end: int  # one past its last character
    close: int  # index of the closing mark (== end), or -1 when the paragraph ended first
    para_start: bool  # the quote opens its paragraph


# plural heads of an unnamed English source after a capitalised common noun ("Opposition groups say")
_EN_SOURCE_PLURALS = (r"(?:groups|officials|leaders|activists|sources|residents|members|officers|workers|experts|"
                      r"analysts|doctors|witnesses|campaigners|lawmakers|diplomats|militants|rebels|forces|figures)")


def find_quotes(body: str, entities: list[Entity] | None = None, mentions: list[Mention] | None = None,
                lang: str = "id") -> list[Quote]:
    """Direct and reported quotes in ``body`` with speakers, roles and cue words."""
    resolver = SpeakerResolver(body, entities, mentions, lang=lang)
    found: list[tuple[int, int, str, SpeakerPhrase | None, str | None, bool]] = []
    for sp in _direct_spans(body):
        phrase, cue = _attribute(body, sp)
        text = _clean(body[sp.start:sp.end])
        if not _is_speech(body, sp, text, phrase, cue, lang):
            continue
        found.append((sp.start, sp.end, text, phrase, cue, True))
    covered = [(s, e) for s, e, *_ in found]
    intros: list[tuple[int, SpeakerPhrase]] = []
    for sent in _sentences(body, lang):
        intro = _PASSIVE_INTRO.search(sent.text)
        if intro:
            intros.append((sent.start + intro.start(), parse_speaker(sent.text[intro.end():])))
        framing = any(s < sent.end and e > sent.start for s, e in covered)
        if framing and lang != "en":
            continue  # a sentence framing a quote, even a partial one, is that quote only
        if framing and (adding := _adding_after_quote(sent, found)):
            # '"…," Zelensky said in a televised address, adding that he was now focused on …': a
            # statement of the same speaker after the quote
            found.append(adding)
            continue
        rep = reported_clause(sent.text)
        if framing and rep and (cut := _EN_PARTICIPLE_CUT.search(sent.text, rep[0], rep[1])) \
                and not any(s < sent.start + cut.start() and e > sent.start for s, e in covered):
            # 'X said Neo was employed by JTC since 2014, calling him a "highly reliable employee"': the
            # statement ends where the participle that frames the quote begins
            rep = (rep[0], cut.start(), *rep[2:])
        if framing and rep and lang == "en" and (joint := _before_framed_quote(sent, rep, covered)):
            # 'He said progress was being made, “but I don't think …”', '… told the BBC that he wouldn't step
            # down and that he had the “absolute intention …”': the statement ends before the quote's clause
            rep = (rep[0], joint, *rep[2:])
        if framing and (not rep or any(s < sent.start + rep[1] and e > sent.start for s, e in covered)):
            # … unless its statement comes first, before any quote: "Both sides should talk, X said,
            # adding that she had held "long and frank talks" …"
            continue
        if rep and _common_noun(body, rep[2]):
            # "Pelaku diduga meminta …": a capitalised common noun, not a source; English
            # "Prosecutors said …" names an unnamed source by that noun
            plural = lang == "en" and ((rep[2].name or "").endswith("s") or rep[2].name == "Police")
            # ("Opposition groups say …": the noun, then a plural head)
            headed = re.search(rf"\b{re.escape(rep[2].name or '')}\s+{_EN_SOURCE_PLURALS}\b", sent.text[:rep[0]]) \
                if lang == "en" and rep[2].name and not plural else None
            # "Hakim menyatakan …": an office, unnamed, is a source (not "Pelaku diduga meminta …")
            office = lang != "en" and (rep[2].name or "").lower() in _UNNAMED_OFFICES
            rep = (*rep[:2], SpeakerPhrase(None, headed.group() if headed else rep[2].name), rep[3]) \
                if plural or office or headed else None
        if rep:
            rs, re_, phrase, cue = rep
            second = _EN_AND_CUE.search(sent.text, rs, re_) if lang == "en" else None
            if second:
                # "…warned that the insurgency could go on for a decade and confirmed that the army had
                # talked to its leaders": two statements of one speaker
                found.append((sent.start + rs, sent.start + second.start(), sent.text[rs:second.start()], phrase,
                              cue, False))
                rs, cue = second.end(), second.group("cue")
            other = _EN_OTHER_SPEAKER.search(sent.text, rs, re_) if lang == "en" else None
            other_np = (other.group("np") or other.group("np2")) if other else ""
            other_phrase = clause_subject(other_np + " ") if other else None
            # "PUB said it was not obliged to pay, but the board's lawyers said they could advise …":
            # another speaker's statement; "Schuchat said …, but she said it was clear that …": the same
            # speaker's second one
            another = other and (other_phrase.name or other_phrase.role) and not other_phrase.pronoun
            same = other and other_phrase.pronoun and not other_phrase.role and other_np in ("he", "she")
            if another or same:
                found.append((sent.start + rs, sent.start + other.start(), sent.text[rs:other.start()], phrase,
                              cue, False))
                rs, cue = other.end(), other.group("cue")
                if another:
                    phrase = other_phrase
            found.append((sent.start + rs, sent.start + re_, sent.text[rs:re_], phrase, cue, False))
        else:
            subj = speech_subject(sent.text)
            if subj:
                intros.append((sent.start + subj[0], subj[1]))
    found.sort(key=lambda x: x[0])
    same_as: dict[int, int] = {}  # a quote → the earlier statement whose speaker it takes
    if lang == "en":
        found, same_as = _callers(body, found, mentions)
    intros.sort(key=lambda x: x[0])
    out = []
    for k, (start, end, text, phrase, cue, direct) in enumerate(found):
        if k in same_as:
            given = out[same_as[k]]
            out.append(Quote(start, end, text, given.speaker, given.speaker_role, cue, direct))
            continue
        while intros and intros[0][0] < start:
            resolver.note(intros.pop(0)[1], start)
        if lang == "en" and (named := _SELF_NAMED.match(body, end)):
            # '"…," said the doctor, who gave his name as Muftah': that name, with the description
            role = named.group("role") or (phrase.role if phrase else None)
            phrase = SpeakerPhrase(named.group("name"), role.strip() if role else None)
            _name_earlier(out, named.group("name"), role)
        name, role = resolver.resolve(phrase, start, text if direct else "")
        out.append(Quote(start, end, text, name, role, cue, direct))
    return out


# a second statement of the same speaker in one sentence: "… and confirmed that …", "…, and said …"
# ", but the board's lawyers said (that) …": another speaker's statement in the same sentence
_EN_OTHER_SPEAKER = re.compile(r"(?:,\s*(?:but|while|whereas|and|though|although)\s+(?P<np>[^,;]{2,80}?)|"
                               # (or without a comma, a capitalised name and no other "and": "… said it was moving
                               # ships closer and Prime Minister David Cameron has said his government …")
                               r"\s(?:but|and)\s+(?P<np2>[A-Z](?:(?!\band\b)[^,;]){1,60}?)(?:\s+(?:has|have|had))?)\s+"
                               # ("…, but Health Secretary Alan Johnson told the BBC he expected …")
                               r"(?P<cue>said|says|told\s+(?:the\s+)?[\w.]+(?:\s+[A-Z][\w.]*){0,2}|argued|insisted|countered|"
                               r"maintained|warned)\s+(?:that\s+)?(?=[a-z])")
# ("… said the flu was easing but warned that it was too early …": the same speaker's second statement)
_EN_AND_CUE = re.compile(r",?\s+(?:and|but)\s+(?:(?:has|have|had)\s+)?(?P<cue>said|stated|added|confirmed|warned|insisted|noted|stressed|argued|"
                         # ("… say they do not know …, but add that hundreds would be an exaggeration")
                         r"denied|acknowledged|admitted|adds?(?=\s+that)|urged)\s+(?:that\s+)?")


# English wire copy names a source who gives only a first name after describing them: '"…," said the
# doctor, who gave his name as Muftah', '"…," a resident, who gave his name only as Mohammed, told …'
_SELF_NAMED = re.compile(
    r"[”\"’']?[,.]?[”\"’']?\s*(?:(?:said|told\s+\w+|added)\s+)?(?P<role>(?:the|a|an)\s+[a-z][\w -]{1,40}?)?,?\s*"
    r"who\s+(?:gave\s+(?:his|her|their)\s+(?:first\s+|full\s+)?name\s+(?:only\s+)?as|"
    r"identified\s+(?:himself|herself|themselves)\s+(?:only\s+)?as|asked\s+to\s+be\s+identified\s+only\s+as)\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")


def _name_earlier(out: list[Quote], name: str, role: str | None) -> None:
    """Earlier quotes of an unnamed source described as this one ("A doctor at Misrata hospital
    said …" before "said the doctor, who gave his name as Muftah") get the name."""
    head = (role or "").split()[-1:] if role else []
    if not head:
        return
    for k, q in enumerate(out):
        if q.speaker is None and q.speaker_role and head[0].lower() in q.speaker_role.lower().split():
            out[k] = Quote(q.start, q.end, q.text, name, q.speaker_role, q.cue, q.direct)


_UNNAMED_OFFICES = frozenset("hakim jaksa polisi penyidik majelis kejaksaan kepolisian pengadilan".split())


def _common_noun(body: str, phrase: SpeakerPhrase) -> bool:
    """A one-word "name" the article also writes in lower case ("Pelaku", "Caranya") is a noun."""
    name = phrase.name or ""
    if " " in name or not name[:1].isupper() or phrase.role or (len(name) >= 2 and name.isupper()):
        return False  # ("WHO", "AS": an acronym in capitals is a name, whatever "who" or "as" the text has)
    return name.endswith("nya") or next(find_whole(body, name.lower(), edges="boundary"), None) is not None


def _sentences(body: str, lang: str = "id") -> list[Span]:
    """Sentences, with every line break ending one (scrapes often put paragraphs on single lines)."""
    out = []
    for line in _PARA.finditer(body):
        # "…kebuntuan.Menurutnya, …": a full stop glued to the next sentence still ends one
        glued = [m.end() for m in _GLUED.finditer(line.group())]
        if lang == "en":
            # "… to begin later this week Ahead of the testimony, lawmakers …": a paragraph break lost
            # in a scrape (a heading or caption, or a paragraph, run into the next one)
            glued += [m.start("next") for m in _EN_LOST_BREAK.finditer(line.group())
                      if m.group("prev").lower() not in _EN_BINDING_WORDS]
        cuts = [0] + sorted(set(glued)) + [len(line.group())]
        for a, b in zip(cuts, cuts[1:], strict=False):
            base = line.start() + a
            out.extend(Span(base + s.start, base + s.end, s.text) for s in split_sentences(line.group()[a:b]))
    return out


def quoted_ranges(body: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every direct quote's text in ``body`` (the marks themselves outside),
    whether or not a speaker is found for it."""
    return [(s.start, s.end) for s in _direct_spans(body)]


def _direct_spans(body: str) -> list[_Span]:
    """Quote spans, paragraph by paragraph, carrying an open quote into a paragraph that reopens it."""
    spans: list[_Span] = []
    paras = list(_PARA.finditer(body))
    open_at: int | None = None
    open_para_start = False
    runs_on = False  # the open quote continues into this paragraph without a new opening mark
    stray_close = False  # this paragraph opens with the mark that closed the one before
    for pi, para in enumerate(paras):
        text = para.group()
        i = 0
        depth = 0  # straight quotes nested inside a quote: 'melibatkan "manusia" dalam'
        ticks, tick_close = _backtick_pairs(text), -1
        if (open_at is not None and not runs_on) or stray_close:
            # a continued quote, or a closing mark a tokeniser moved to the next line: skip the mark
            i = len(text) - len(text.lstrip()) + 1
        runs_on = stray_close = False
        while (mark := _MARK.search(text, i)) is not None:  # only quote marks do anything here
            i = mark.start()
            ch = text[i]
            pos = para.start() + i
            prev = text[i - 1] if i else " "
            nxt_ch = text[i + 1] if i + 1 < len(text) else " "
            if ch == "'" or ch == "`":
                if ch == "`" and open_at is None and i in ticks:
                    # (a tokeniser's space after the mark is not the quote's)
                    open_at = pos + 1 + len(text[i + 1:]) - len(text[i + 1:].lstrip(" "))
                    open_para_start, depth, tick_close = not text[:i].strip(), 0, ticks[i]
                elif ch == "'" and open_at is not None and i == tick_close:
                    spans.append(_Span(open_at, para.start() + len(text[:i].rstrip(" ")), pos, open_para_start))
                    open_at = None
                i += 1
                continue
            if open_at is None and ch in _OPEN:
                if ch == '"' and prev in ",.?!" and _CUE_AFTER_MARK.match(text, i + 1):
                    # a quote whose opening mark the scrape lost: '…beracun," kata Smith'
                    lead = len(text) - len(text.lstrip())
                    spans.append(_Span(para.start() + lead, pos, pos, True))
                elif ch == '"' and prev in ".?!" and _RUN_ON_CLOSE.match(text, i + 1) and not text[:i].count('"') \
                        and spans and spans[-1].close < 0 and pi and spans[-1].end == paras[pi - 1].end():
                    # 'said: "Let's raise our heads …! | God is in charge!" Pro-Bolsonaro truckers …': the
                    # quote of the paragraph before ends here, at a mark glued to its stop
                    spans[-1] = _Span(spans[-1].start, pos, pos, spans[-1].para_start)
                else:
                    open_at = pos + 1
                    open_para_start = not text[:i].strip()
                    depth = 0
            elif (open_at is not None and ch == '"' and prev.isspace() and not depth
                  and text[:i].rstrip()[-1:] in (",", ".", "?", "!") and _CUE_AFTER_CLOSE.match(text, i + 1)):
                # a closing mark typed with the space on the wrong side: '… dalami, "ucapnya.'
                spans.append(_Span(open_at, pos, pos, open_para_start))
                open_at = None
            elif open_at is not None and ch == '"' and prev.isspace() and nxt_ch.isalnum() and pos > open_at:
                depth += 1
            elif open_at is not None and ch == '"' and depth:
                depth -= 1
            # (an opening mark inside an open quote is no mark: '“… Michael's death. “As everyone knows,
            # …' is a quote of several paragraphs a scrape ran into one, each reopening it: one quote)
            elif open_at is not None and ch in _CLOSE:
                spans.append(_Span(open_at, pos, pos, open_para_start))
                open_at = None
            i += 1
        if open_at is not None:
            nxt = paras[pi + 1].group().lstrip() if pi + 1 < len(paras) else ""
            if _STRAY_CLOSE.match(nxt) and text.rstrip()[-1:] in ".?!,":
                # '“The more we compete, … worse off. | " Katong Catering director …': a tokenised
                # text's closing mark put at the head of the next line closes this quote
                spans.append(_Span(open_at, para.start() + len(text.rstrip()), -1, open_para_start))
                open_at = None
                stray_close = True
                continue
            if nxt[:1] in _OPEN and open_para_start:
                continue
            following = [q.group().lstrip() for q in paras[pi + 1:pi + 4]]
            if (body[open_at - 1] == "“" and _closes_later(following)) or (
                    body[open_at - 1] == '"' and open_para_start and _straight_closes_later(following)) or (
                    body[open_at - 1] == '"' and text.rstrip()[-1:] in ".?!" and _stray_closes_later(following)):
                # '“It's the fourth stage… | I was very frightened. | Then, I asked …,” said Mdm
                # Lim': the quote runs on through paragraph breaks (a scrape's, or one sentence a
                # line) to the curly closing mark that ends it
                runs_on = True
                continue
            spans.append(_Span(open_at, para.end(), -1, open_para_start))
            open_at = None
    return [s for s in spans if body[s.start:s.end].strip()]


def _backtick_pairs(text: str) -> dict[int, int]:
    """A typewriter's or tokeniser's single quotes in one paragraph ("viewed as a ` crusader state ', on
    a par"): where each backtick that opens one is -> where its closing apostrophe is. An apostrophe
    closes after a space, before anything but a letter, or glued to the next sentence ("state'Read");
    a backtick with no closing apostrophe before the next quote mark is none (the apostrophes of
    "O'Reilly" and "players' union" close nothing)."""
    pairs: dict[int, int] = {}
    i = text.find("`")
    while i >= 0:
        j, close = i + 1, -1
        while (j := text.find("'", j)) >= 0 and j - i <= 600:
            if any(m in text[i + 1:j] for m in "`\"“”"):
                break
            nxt = text[j + 1:j + 2] or " "
            if text[j - 1].isspace() or not (nxt.isalnum() or nxt in "'’") or (text[j - 1].islower() and nxt.isupper()):
                close = j
                break
            j += 1
        if close > 0:
            pairs[i] = close
        i = text.find("`", close if close > 0 else i + 1)
    return pairs


# a closing mark a tokeniser put at the head of the next line, before its next sentence ('" Katong
# …', '"  When State Coroner …')
_STRAY_CLOSE = re.compile(r'"\s+["“]?[A-Z]')  # (or before the next quote's mark: '" "I will govern …')
# after a closing mark glued to a stop: the next sentence
_RUN_ON_CLOSE = re.compile(r"\s+[A-Z]")


def _closes_later(paragraphs: list[str]) -> bool:
    """Whether a quote left open runs on into the next of ``paragraphs``: none of them opens with a
    mark of its own, and the first quote mark met in them is a curly closing one."""
    for paragraph in paragraphs:
        if not paragraph or paragraph[:1] in _OPEN:
            return False
        close, opening = paragraph.find("”"), paragraph.find("“")
        if close >= 0 or opening >= 0:
            return close >= 0 and (opening < 0 or close < opening)
    return False


def _stray_closes_later(paragraphs: list[str]) -> bool:
    """Whether a straight quote left open at a sentence's end runs on, through paragraphs with no
    mark, to a closing mark a tokeniser put at the head of a later one ('hailed "a new era … |
    A time of hope … today. | " US President Joe Biden …')."""
    for paragraph in paragraphs:
        if _STRAY_CLOSE.match(paragraph):
            return True
        if not paragraph or any(m in paragraph for m in _QUOTE_CHARS):
            return False
    return False


_QUOTE_CHARS = ('"', "“", "”")


def _straight_closes_later(paragraphs: list[str]) -> bool:
    """The same for a straight quote opened at a paragraph's start: the first straight mark met in
    the next paragraphs follows a sentence's end or comma and is followed by its attribution
    ('… common history," he told Reuters') or ends its paragraph after a sentence's end ('… parties
    involved."': wire copy split one sentence a line, a quote of two sentences with no cue), and no
    paragraph opens with a mark of its own."""
    for paragraph in paragraphs:
        if not paragraph or paragraph[:1] in _OPEN:
            return False
        i = paragraph.find('"')
        if i >= 0:
            if i == 0 or paragraph[i - 1] not in ",.?!":
                return False
            bare_end = paragraph[i - 1] != "," and not paragraph[i + 1:].strip()
            return bare_end or bool(_CUE_AFTER_CLOSE.search(paragraph[i + 1:i + 60]))
    return False


def _clean(text: str) -> str:
    """Quote text: a paragraph break and the continuation's opening mark become one space."""
    text = re.sub(r"\s*\n+\s*[\"“„]?", " ", text)
    # a paragraph break a scrape lost, the next paragraph reopening the quote: '… tribute. “We cannot …'
    text = re.sub(r"(?<=[.?!])\s+“(?=\S)", " ", text)
    return text.strip()


def _attribute(body: str, sp: _Span) -> tuple[SpeakerPhrase | None, str | None]:
    if sp.close > 0 and body[sp.close - 1] in ".!?" and body[sp.close + 1:sp.close + 3].strip()[:1].isupper():
        # '“… 12 years.” Mr Rumsfeld confirmed …': the next sentence is no attribution of this
        # quote when the sentence before its opening mark gives one ('He told Fox News: “…'),
        # nor when its subject is a new one ('“… the beginning.” Speaking to US TV, X said')
        before = _attribute_before(body, sp)
        if before[0] is not None:
            return before
    if sp.close >= 0:
        after = body[sp.close + 1:sp.close + 200].split("\n", 1)[0]
        m = _PIPE.match(after)
        if m and m.group("name")[:1].isupper():
            phrase = parse_speaker(m.group("name"))
            role = (m.group("role") or "").strip() or phrase.role
            return SpeakerPhrase(phrase.name or m.group("name").strip(), role), None
        m = _STATEMENT.match(after)
        if m:
            phrase = parse_speaker(after[m.end():])
            if phrase.name:
                return phrase, m.group("cue")
        lead = _AFTER.match(after)
        rest = after[lead.end():] if lead else after
        m = CUE_AFTER_RE.match(rest)
        if m:
            cue = m.group("cue")
            if m.group("nya"):
                return SpeakerPhrase(None, None, True), cue[:-3]
            tail = rest[m.end():]
            phrase = parse_speaker(tail)
            quoting = re.match(r"\s*(?:mengutip|quoting|citing)\s+", tail[phrase.length:], re.I)
            if quoting:
                phrase = parse_speaker(tail[phrase.length + quoting.end():])
            if phrase.name or phrase.pronoun or phrase.role:  # '… ," kata seorang kontraktor': unnamed
                return phrase, re.sub(r"nya$", "", cue)
        m = _EN_POST.match(after)
        if m and (titled := _EN_LOWER_TITLE.match(m.group("np"))):
            # '"…," lead modeller Johnny West of Koinon Consulting said': a title in lower case
            # before a person's name (the name, then "of" where from, is all that may follow)
            phrase = parse_speaker(m.group("np")[titled.end():])
            rest = m.group("np")[titled.end() + phrase.length:].strip()
            # (a relative clause may close it: "…, which advised Carbon Tracker,")
            where = re.fullmatch(r"(of\s+[A-Z][^,]{0,60})?(?:,\s*(?:which|who)\b.*)?", rest)
            if phrase.name and " " in phrase.name and where:
                name = f"{phrase.name} {where.group(1)}" if where.group(1) else phrase.name
                return SpeakerPhrase(name, titled.group(1).strip(), False, phrase.length), m.group("cue")
        if m and (not_subject(m.group("np").split()[0].strip(",")) or re.match(r"[A-Z][a-z]+ing\b", m.group("np"))):
            m = None  # '“… the beginning.” Speaking to US TV networks today, X said': a new sentence
        if m and m.group("np").strip() == "it":
            return IT, m.group("cue")  # '“…,” it said'
        if m and EN_STATEMENT.fullmatch(m.group("np")):
            return IT, m.group("cue")  # '"…," the statement said': the body whose statement it is
        described = _EN_APPOSED.match(after)
        if described and not (m and len(m.group("np")) <= 80):
            # '"…," Isa Montes, a 34-year-old graphic designer in the city's Roma district, said':
            # an apposition longer than _EN_POST reaches
            phrase = parse_speaker(described.group("np"))
            if phrase.name and phrase.length >= len(described.group("np").rstrip()) - 1:
                return phrase, described.group("cue")
        if m and not m.group("np").lower().startswith(("dan ", "and ")):
            phrase = parse_speaker(m.group("np"))
            # '…," a senior official closely involved in the talks said': an unnamed source
            if phrase.name or phrase.pronoun or (phrase.role and _EN_UNNAMED_START.match(m.group("np"))):
                return phrase, m.group("cue")
    return _attribute_before(body, sp)


# a question on the line before a quote asking for someone's answer: "Lalu bagaimana tanggapan Jedar?"
_ASKED_FOR = re.compile(r"\b(?:tanggapan|komentar|respons|jawaban|pendapat|kata)\s+(?P<np>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
                        r"\s*(?:soal\s+[^?]{1,60})?\?\s*$")


def _attribute_before(body: str, sp: _Span) -> tuple[SpeakerPhrase | None, str | None]:
    """A cue before the opening mark in the same sentence: 'X mengatakan, "…', 'Kata X, "…', 'X: "…'."""
    line_start = body.rfind("\n", 0, sp.start) + 1
    before = body[line_start:sp.start - 1]
    cut = max(before.rfind(". "), before.rfind("? "), before.rfind("! "), before.rfind("\u201d"))
    before = before[cut + 1:]
    if not before.strip():
        # "Lalu bagaimana tanggapan Jedar?" on the line before: the answer is that person's
        prev = body[:line_start].rstrip().rsplit("\n", 1)[-1]
        asked = _ASKED_FOR.search(prev) if not body[sp.start:line_start].strip() else None
        if asked and (phrase := parse_speaker(asked.group("np"))).name:
            return phrase, None
        return None, None
    m = _SAID_NAME_BEFORE.search(before)
    if m:  # '“A significant amount of this,” said Jane Lubchenco, head of NOAA, “is a direct …”'
        phrase = parse_speaker(m.group("np"))
        if phrase.name:
            return phrase, m.group("cue")
    m = _KATA_FIRST.match(before)
    if m:
        phrase = parse_speaker(before[m.end():])
        if phrase.name or phrase.pronoun:
            return phrase, m.group("cue")
    cues = list(CUE_VERB_RE.finditer(before)) or list(_SPEECH_HINT.finditer(before))
    if cues:
        cue = cues[-1]
        if cue.group(0).lower() == "menurutnya":  # 'menurutnya, perjanjian diperlukan untuk "…"'
            return SpeakerPhrase(None, None, True), "menurut"
        subj = clause_subject(before[:cue.start()])
        if subj.name or subj.pronoun or subj.role:
            # (a described source too: 'The company said “it is unlikely …”' is the company's, not
            # the last speaker's)
            return subj, cue.group(0)
    if before.rstrip().endswith(":"):
        subj = clause_subject(before.rstrip()[:-1])
        if subj.name:
            return subj, None
    return None, None


def _is_speech(body: str, sp: _Span, text: str, phrase: SpeakerPhrase | None, cue: str | None,
               lang: str = "id") -> bool:
    """A quotation rather than a quoted term, a title or a nickname."""
    words = _WORD.findall(text)
    if not words:
        return False
    titled = all(w[:1].isupper() or w.isdigit() for w in words)
    named = all(w[:1].isupper() or w.lower() in _NAME_SMALL_WORDS for w in text.split())  # "Friends of the Earth"
    if lang == "en" and not named and _CALLING.search(body, max(0, sp.start - 60), sp.start):
        return True  # 'calling him a “highly reliable employee”', 'what he called his "resurrection."'
    if len(words) <= 3 and not sp.para_start and not _adjacent_cue(body, sp):
        # English: a phrase of two or three words a speech verb before it frames is the speaker's
        # ('He said Mr Karl had given “inconsistent answers”'); a term after a determiner is not
        return (lang == "en" and len(text.split()) >= 2 and not all(w[:1].isupper() for w in text.split())
                and _framed_by_speech(body, sp))  # ("Devil's Head": a name)
    if named and len(words) >= 4 and text.rstrip()[-1:] not in ".,!?…" and not _adjacent_cue(body, sp):
        return False  # 'diskusi "Menuju Kedaulatan Digital Indonesia Melalui Aplikasi Lokal"': a title
    if phrase is not None and (phrase.name or phrase.pronoun):
        # one word is enough with an explicit cue: '"Benar," kata Wakil Ketua KPK …'
        return (len(words) >= 2 or (cue is not None and phrase.name is not None)) and not (
            titled and len(words) <= 4 and cue is None)
    if titled:
        return False
    if _TERM_BEFORE.search(body, max(0, sp.start - 14), sp.start) and not _adjacent_cue(body, sp):
        return False  # 'classified as a "public health emergency of international concern"': a term
    if sp.para_start and len(words) >= 4 or len(words) >= 3 and _adjacent_cue(body, sp):
        # 'The brothers said: “We support the tribute.': a speech cue right before the mark
        return True
    sentence_start = re.search(r"[.!?][\"”]?\s*$", body[max(0, sp.start - 4):sp.start - 1]) is not None
    if sentence_start and len(words) >= 3 and text.rstrip()[-1:] in ".!?…":
        return True  # '… kata X kepada AFP. "Sepertinya tidak akan ada kesepakatan."'
    return len(words) >= 6 and text.rstrip()[-1:] in ".,!?…"




# a speaker's words for someone or something ('calling him a "…"', 'he described it as "…"'); not a name
# given ("an estimate, called an "oil budget"", "so-called")
_CALLING = re.compile(r"(?:\b(?:calling|describing|labelling|labeling|branding)|"
                      r"\b(?:he|she|they|we|I)\s+(?:called|described|labelled|labeled|branded))\s+"
                      r"(?:(?!(?:a|an|the)\b)[\w'’-]+\s+){0,4}?(?:as\s+)?(?:(?:an?|the|his|her|its|their)\s+)?[\"“]$")
_EN_SPEECH_BEFORE = re.compile(r"\b(?:said|says|say|told|added|argued|warned|noted|described|wrote|insisted|"
                               r"stressed|claimed|accused|urged|complained|admitted|acknowledged)\b")


def _framed_by_speech(body: str, sp: _Span) -> bool:
    """An English verb of saying earlier in the sentence of an opening mark, and no term's
    determiner or word of naming right before the mark."""
    before = body[max(sentence_start(body, sp.start), sp.start - 250):sp.start - 1]
    return bool(_EN_SPEECH_BEFORE.search(before)) and not _TERM_BEFORE.search(body, max(0, sp.start - 14), sp.start)


# a determiner or a word of naming right before an opening mark: what follows is a term
_TERM_BEFORE = re.compile(r"\b(?:a|an|the|as|of|called|dubbed|termed|so-called|sebagai|disebut|istilah|"
                          r"bertajuk|berjudul|bernama|julukan)\s+[\"“‘']$", re.I)
_CUE_BEFORE_END = re.compile(rf"(?:\b(?:{CUE_VERB}|kata|ujar|jawab|tanya|menjawab|bertanya)\s*|:)\s*[,:]?\s*$", re.I)


def _adjacent_cue(body: str, sp: _Span) -> bool:
    """A speech cue right before the opening mark or right after the closing one."""
    if _CUE_BEFORE_END.search(body[max(0, sp.start - 41):sp.start - 1]):
        return True
    if sp.close < 0:
        return False
    after = body[sp.close + 1:sp.close + 40]
    lead = _AFTER.match(after)
    return bool(CUE_AFTER_RE.match(after[lead.end() if lead else 0:]) or after.lstrip().startswith("|"))
