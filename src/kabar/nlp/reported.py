"""Reported speech in one sentence: 'X mengatakan (bahwa) …', 'Menurut X, …', '…, kata X.'.

Returns the reported clause's offsets within the sentence and the speaker phrase; the quote
finder runs it on sentences that hold no direct quote. The English-only rules (attributions after
the statement, "according to", datelines) are in ``kabar.nlp.reported_en``.
"""

from __future__ import annotations

import re

from kabar.nlp.aliases import known_type
from kabar.nlp.cues import CUE_VERB_RE, SpeakerPhrase, parse_speaker
from kabar.nlp.quote_speakers import clause_subject
from kabar.nlp.reported_en import (
    EN_ACCORDING,
    EN_ADDED_OBJECT,
    EN_AFTER_TIME,
    EN_BARE_CLAUSE,
    EN_DATA_FROM,
    EN_DATELINE,
    EN_LEGAL,
    EN_NAME_PAST,
    EN_TOLD_BARE,
    as_saying,
    en_according,
    en_described_subject,
    en_inserted,
    en_participle,
    en_trail,
    en_trailing,
)
from kabar.nlp.reported_en import sentence_end as _end
from kabar.nlp.speaker_words import FRONTED_PASSIVE_CUES

# Verbs that report speech only with a "bahwa"/"that"/"agar" clause; without one they take an
# object ("meminta maaf", "menolak tawaran") and are not reported speech.
_STRICT = {
    "menyerukan", "menolak", "membantah", "menepis", "menjawab", "menanggapi", "mengharapkan", "menuding", "menjamin",
    "menduga", "memperkirakan", "melaporkan", "berpesan", "berjanji", "bersumpah", "reported",
    "announced", "confirmed", "denied", "wrote", "told", "made it clear", "acknowledged", "admitted",
    "announces", "confirms", "denies", "tells", "acknowledges", "admits", "predicted", "predicts", "testified",
    "testifies", "alleged", "alleges", "estimated", "warns", "argues", "insists", "explains",
    "adds", "concedes", "conceded", "believes", "believed", "hopes", "hoped", "maintained", "maintains", "shares",
    "disclosed", "revealed", "pledged", "pledges", "indicated", "indicates", "countered", "agreed", "complained",
    "hinted",
    "memprediksi", "memproyeksikan", "meramalkan", "mempertanyakan", "meyakinkan", "mengemukakan", "percaya",
    # ("officials have stressed the limits of American involvement": an object, no statement)
    "stressed", "emphasized", "emphasised",
    # ("promised a new team would conduct …"; "promised to …" is a pledge, no statement; "His mother also
    # claims AEG were …", "analysts estimate the company is …": with a clause only, as plural nouns they name things)
    "promised", "promises", "suggested", "suggests", "claims", "claim", "estimate", "estimates",
    # (plural subjects: "Public health officials acknowledge their worst fears …", "Western governments believe that …")
    "acknowledge", "believe", "warn", "argue", "insist", "predict", "confirm", "deny", "admit",
    # ("cautioned against …", "reiterated its support", "informed the board of …"; not "protested": people
    # protest in the street)
    "cautioned", "reiterated", "reassured", "assured", "informed", "reminded", "accepted",
}
# Verbs that report speech only before a comma ("Ia melanjutkan, CPNS yang lolos …"), else they take
# an object ("melanjutkan pembangunan")
_COMMA_ONLY = {"melanjutkan"}
# English verbs whose object is the one told, before what was said: "told the law firm that …",
# "reassured Prime Minister David Cameron that …"
_TOLD_WHOM = {"told", "tells", "reassured", "assured", "informed", "reminded"}
# A forecast reports a clause with no "bahwa" where the clause says what will be: "memprediksi sedikit
# peluang The Fed akan memangkas …", "memproyeksikan bank sentral itu tidak akan …" ("memprediksi cuaca"
# names a thing)
_ID_ASPECT_CLAUSE = re.compile(r"\s+(?=(?:telah|sudah|akan|sedang|tengah|masih|belum|baru\s+saja)\s+(?:mulai\s+)?"
                               r"(?:me|ber|di|ter)[a-z]{3,})")
_FORECAST = {"memprediksi", "memproyeksikan", "meramalkan", "memperkirakan"}
_FORECAST_CLAUSE = re.compile(r"\s+(?=(?:[\w.,%-]+\s+){1,8}?(?:akan|bakal)\s+[a-z])")
# "mempertanyakan apa tujuan Suhendra datang": a question put, in its clause
_QUESTION_CLAUSE = re.compile(r"\s+(?=(?:apa|apakah|mengapa|kenapa|bagaimana|siapa|kapan|di\s+mana|berapa)\s)")
# a comma right after the verb, then a clause of four words or more
_STATEMENT_COMMA = re.compile(r",(?=\s*\S+(?:\s+\S+){3})")
# Request verbs: "meminta X agar/untuk/segera …"; the clause is what follows the verb.
_EN_REQUESTS = {"urged", "asked", "called on", "called for", "advised"}
_REQUEST = {"meminta", "mengajak", "mendesak", "mengimbau", "menyarankan", "menyerukan", "mendorong", "mengingatkan", "memperingatkan",
            "berpesan", "mempersilakan", "mengusulkan"} | _EN_REQUESTS
# "asked the army to withdraw", "called for the Arab League to exercise leadership": these two report a
# request only with a doer and "to" + a verb ("asked about the plan", "called for calm" report none)
_EN_DOER_TO = re.compile(r"\s+(?:[\w.'’-]+\s+){1,6}?to\s+(?!(?:the|a|an|its|their|his|her|this|that|be)\b)[a-z]+\b")
# where an English request's clause ends: a comma before a clause of the writer's ("urged Damascus to show
# restraint, with Ms Pillay strongly condemning …", "called for the Arab League to …, the US called for …")
_EN_REQUEST_TAIL = re.compile(r",\s+(?=(?:with|while|as|after|before|amid|despite|but|which|who|where|saying|citing|"
                              r"adding|and\s+(?:the|a|an|his|her|its|their)|the|a|an|his|her|its|their|[A-Z])\b)")
# What "menyampaikan"/"menyatakan" take when they convey a greeting, a feeling or a stance, not
# a statement ("menyatakan sikap Indonesia")
_CONVEYED = re.compile(r"\s*(?:permintaan\s+maaf|permohonan\s+maaf|apresiasi|terima\s+kasih|keprihatinan|"
                       r"belasungkawa|ucapan|selamat|duka|salam|rasa|hormat|sikap|kesedihan|kekecewaan|kebahagiaan|"
                       r"kegembiraan|kesetiaan|kebanggaan|kekaguman|kemarahan|kekesalan|kerinduan|kesiapan|"
                       r"kekhawatiran|kecemasan|kegelisahan|keheranan|keterkejutan|ketakutan|"
                       r"dukungan|penolakan|keberatan|"
                       r"kesediaan|ketertarikan)(?:nya)?\b", re.I)
# after the verb and its comma, a time clause that is no occasion of speaking ("saat ditemui", "saat
# konferensi pers") belongs to the statement
_CONTENT_TIME = re.compile(r",\s*(?:saat|ketika)\s+(?!(?:di|ber|me|meng|mem|men)[a-z]+\b|konferensi|jumpa|acara|rapat|"
                           r"kunjungan|wawancara|sidang|peluncuran|pembukaan|rilis)")
_REJECTED_VIEW = re.compile(r"\s+(?:anggapan|tudingan|tuduhan|isu|kabar|rumor|spekulasi|pandangan|klaim)\b", re.I)
_NAMING = re.compile(r"\bdengan\s+(?:singkatan|sebutan|nama|julukan|istilah|panggilan)\b", re.I)
_TOPIC_VERBS = {"menjelaskan", "memaparkan", "menerangkan", "menyoroti", "membahas", "menyinggung"}
_TOPIC_NOUNS = re.compile(r"\s*(?:manfaat|kronologi|mekanisme|rincian|alasan|latar\s+belakang)\b", re.I)

# ("said about 9,000 people have died": "about" a figure is no topic)
_TOPIC = re.compile(r"\s*,?\s*(?:soal|tentang|mengenai|terkait|perihal|alasan|"
                    r"about(?!\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a\s+(?:third|quarter|dozen|"
                    r"hundred|thousand|million|fifth)|half|dozens|hundreds|thousands|twenty|thirty|forty|fifty)\b))\b", re.I)
_INSERTED = re.compile(
    r"^(?P<a>[^,]{3,}?),\s*(?P<cue>(?:kata|tutur|jelas|ujar|ungkap|lanjut|sambung|imbuh|tambah|terang|"
    r"sebut|disebutkan|dikatakan|dijelaskan|diungkapkan|ditambahkan|ditegaskan)(?:nya)?)\b\s*(?P<np>[^,]{0,60}?),\s*"
    r"(?P<b>\S.*)$", re.I)
_INSERTED_BARE = re.compile(
    r"^(?P<lead>(?:Namun|Tetapi|Tapi|Sementara\s+itu|Selain\s+itu|Meski\s+demikian|Oleh\s+karena\s+itu),\s*)?"
    r"[^,]{3,}?,\s*(?:(?P<cue>kata|ujar|tutur|jelas|ungkap|lanjut|imbuh|tambah)\s+"
    r"(?P<np>(?:[A-Z][\w'’.-]*\s+){1,3})(?=[a-z])|menurutnya\s+(?=[a-z]))")
# a subject pointed to by a demonstrative, then "menurutnya" and the rest of the clause, no commas
_SUBJECT_MENURUTNYA = re.compile(r"^[A-Z][^,.;:\"“”]{2,80}?\s(?:itu|ini|tersebut)\s+(?:menurutnya|menurut\s+dia)\s+(?=[a-z])")
_MENURUT = re.compile(r"^(?P<pre>[^,]{0,60}?,\s*|(?:sehingga|dan|namun|tetapi|bahkan|lalu|jadi|maka|justru|padahal|"
                      r"sebab|karena|apalagi)\s+)?(?P<cue>Menurut|According\s+to)(?:\s+|(?=nya\b))", re.I)
_TRAIL = re.compile(r",\s*(?P<cue>kata|ujar|tutur|ungkap|jelas|tegas|imbuh|tambah|sebut|menurut|"
                    r"said|says|according\s+to)\s+(?P<np>[^,.]+?)\s*(?:,[^.]*)?[.!?]?\s*$", re.I)
# an auxiliary or adverb between an apposition's comma and the verb
_EN_AUX_AFTER_APPOSITION = re.compile(r",\s*(?P<w>(?:(?:had|has|have)\s+)?(?:also|earlier|previously|already|repeatedly|"
                                      r"again|later)\s+)$")
# a modal before the verb: "… but would say he is in his 60s, said he chose …" (not this verb); "BP might
# well have reminded everyone who …" (what could have been said)
_NOT_SAID_HERE = re.compile(r"\b(?:would|will|could|can|to)\s+(?:only\s+|not\s+|\w+ly\s+)?$|"
                            r"\b(?:might|may|could|would|should)\s+(?:well\s+|not\s+)?have\s+$")
# the perfect's auxiliary between a subject and its verb of saying ("The WHO has said", "officials have
# repeatedly warned")
_EN_PERFECT_BEFORE = re.compile(r"(?<=[\w.)])\s+(?:has|have|had)(?:\s+(?:also|already|long|repeatedly|previously|"
                                r"earlier|since|now|again|publicly|privately))?\s+$")
_BRACKET_OPENING_SUBJECT = re.compile(r"(?:^|(?<=\s))\((?=[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}\s*$)")
_NAME_WITH_ACRONYM = re.compile(r"(?:The\s+)?(?P<name>[A-Z].*?)\s+\([A-Z][A-Za-z.]{1,9}\)")
# "told the law firm that …": an addressee of up to four words, then the statement
# ("told the Scottish parliament this morning that …", "told a Congressional committee on Thursday that …")
_TOLD_THAT = re.compile(r"\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|its\s+)?"
                        # ("told FoxNews.com that …")
                        r"(?:(?!(?:is|are|was|were|has|have|had|will|would|who|which|what)\b)[\w’'.-]+\s+){0,5}that\s+")
# "said in his full grounds of decision on Friday that …": where it was said, with no verb in it, then "that"
_PLACED_THAT = re.compile(r"\s*,?\s*(?:in|on|at|during|after|before|with|via)\s+"
                          r"(?:(?!(?:is|are|was|were|has|have|had|will|would|can|could|do|does|did|that)\b)[\w’'.-]+\s+){1,9}"
                          r"that\s+")
# a doer and what it is asked to do, with no conjunction: "meminta para penegak hukum serius menangani …",
# "mendesak pemerintah mempercepat …", "meminta Kemendikdasmen memberikan …"
_REQUEST_DOER = re.compile(r"\s+(?:para\s+[a-z]+(?:\s+[a-z]+)?|pemerintah(?:\s+(?:pusat|daerah))?|masyarakat|warga|"
                           r"semua\s+pihak|seluruh\s+[a-z]+|(?P<named>(?:[A-Z][\w.'’-]*\s+){1,4}?))\s*"
                           r"(?:(?:serius|segera|tidak\s+lagi|dapat|bisa|terus)\s+)?"
                           r"(?!mengenai\b|menjadi\b|melalui\b)(?:me|ber)[a-z]{3,}\b")
def _asked_doer(verb: str, after: str) -> bool:
    """A doer and what it is asked to do, with no conjunction ("meminta para penegak hukum serius
    menangani …"); after "meminta" a named doer only where it is a body ("meminta Kemendikdasmen
    memberikan …", not "meminta Kamal memijat punggungnya", a story's request); the same after "mengajak"
    ("mengajak masyarakat menjaga …" is an appeal, "mengajak Shoigu melihat persenjataan …" a visit told)."""
    m = _REQUEST_DOER.match(after)
    if not m:
        return False
    named = m.group("named")
    return not named or verb not in ("meminta", "mengajak") or named.split()[0].isupper() \
        or known_type(named.strip()) == "ORG" or named.startswith(("Kemen", "Pemerintah", "Pemprov", "Pemkab", "Pemkot"))


_NAMED_DOER = re.compile(r"\s+(?:[A-Z][\w.'’-]*\s+){1,4}me[a-z]{3,}\b")
_THAT = re.compile(r"\b(bahwa|that|agar|supaya)\b", re.I)
# ("saat ini", "ketika itu": the statement's own time, no adjunct: "mengatakan, saat itu mereka masih …")
_ADJUNCT = re.compile(r"\s*,?\s*(?:kepada|pada(?!\s+(?:awalnya|akhirnya|dasarnya|intinya|prinsipnya|umumnya|hakikatnya)\b)|"
                      r"dalam|di|saat(?!\s+(?:ini|itu)\b)|ketika(?!\s+(?:ini|itu)\b)|usai|seusai|"
                      # ("said at least three people were killed": no place)
                      r"melalui|lewat|to|on|in|at(?!\s+(?:least|most)\b)|during|after)\b", re.I)
_MIN_WORDS = 3



# a bare day before an English clause: "said Friday it has recorded …", "said yesterday that the …"
_EN_BARE_TIME = re.compile(r"\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|last\s+(?:week|month|night))"
                           r"\s+(?:that\s+)?(?=(?:it|he|she|they|we|there|the|its|his|her|their|an?)\s)")

def reported_clause(sentence: str) -> tuple[int, int, SpeakerPhrase, str] | None:
    """(start, end, speaker phrase, cue) of the reported clause of ``sentence``, or None."""
    for rule in (_citation, _menurut, _front_cue, _passive, _inserted, _trailing, as_saying, _verb, en_participle,
                 _en_participle_after):
        found = rule(sentence)
        if found and _words(sentence[found[0]:found[1]]) >= _MIN_WORDS and not _object_np(sentence[found[0]:found[1]]):
            dateline = EN_DATELINE.match(sentence) if found[0] == 0 else None
            if dateline:  # "NEW YORK - Russia should …, Erdogan said": the dateline is no statement
                found = (dateline.end(), *found[1:])
            by = _EN_REPORTED_BY.search(sentence)
            if by and found[3] != "reported" and found[0] < by.start() < found[1] + 2:
                # "Protesters said …, the state-run ANSA news agency reported.": a report of a
                # report is the outlet's
                phrase = parse_speaker(by.group("np"))
                if phrase.name:
                    found = (found[0], by.start(), SpeakerPhrase(phrase.name, None), "reported")
            return found
    return None


def _object_np(text: str) -> bool:
    """What the verb is about, not a statement: a noun of a thing or event closed by a demonstrative
    ("membenarkan adanya OTT tersebut", :data:`_OBJECT_NP`), or any short noun phrase so closed, with no
    verb ("mengkritik keras aturan tersebut", "menyayangkan kebijakan itu")."""
    if _OBJECT_NP.fullmatch(text):
        return True
    words = text.split()
    return 2 <= len(words) <= 4 and words[-1].rstrip(".!") in ("tersebut", "itu", "ini") \
        and not any(re.fullmatch(r"(?:me|di|ber|ter)[a-z]{3,}|akan|sudah|telah|tidak|bisa|harus|adalah", w) for w in words[:-1])


_EN_REPORTED_BY = re.compile(r",\s*(?:the\s+)?(?:[a-z]+(?:-[a-z]+)*\s+){0,2}(?P<np>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4})"
                             r"(?:\s+(?:news\s+agency|newspaper|daily|television|radio|website|agency))?\s+reported\s*[.!]?\s*$")


# "membenarkan adanya OTT tersebut": what was confirmed is a thing, not a statement
_OBJECT_NP = re.compile(r"\s*(?:adanya|keberadaan|kabar|informasi|hal|peristiwa|kejadian)\b(?:\s+\S+){0,3}?"
                        r"\s+(?:tersebut|itu|ini)\s*[.!]?\s*", re.I)


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


_RECORDS = re.compile(r"(?:data|catatan|hasil|survei|dokumen|statistik|angka|grafik|tabel|rekapitulasi)\b", re.I)
# a noun of saying before the source: "Menurut pengakuan Rob, …", "Menurut pemaparan Bekraf, …" (the source
# is the one who confessed or set out)
_SAYING_NOUN = re.compile(r"(?:pengakuan|pemaparan|paparan|penjelasan|keterangan|pernyataan|penuturan|ucapan|"
                          r"kesaksian|pengamatan|perkiraan|penilaian|analisis|perhitungan|prediksi)\s+(?=\w)", re.I)


def _menurut(sentence: str) -> tuple[int, int, SpeakerPhrase, str] | None:
    m = _MENURUT.match(sentence)
    if not m:
        return None
    if m.group("pre") and m.group("cue").lower().startswith("according") and EN_ACCORDING.search(sentence):
        return None  # "…, according to X, a think tank.": the statement came first (_en_according)
    if sentence[m.end():].startswith("nya"):  # "Menurutnya, …" / "Menurutnya ahli …"
        rest = m.end() + 3
        lead = re.match(r"\s*,?\s*", sentence[rest:])
        return rest + (lead.end() if lead else 0), _end(sentence), SpeakerPhrase(None, None, True), "menurut"
    if bare := _menurut_bare(sentence, m.end()):
        return bare
    first = sentence.find(",", m.end())
    if first < 0 or first - m.end() > 120:
        return None
    later = first
    for _ in range(3):  # "Menurut Badan Meteorologi, Klimatologi, dan Geofisika, …": a known name with commas
        later = sentence.find(",", later + 1)
        if later < 0 or later - m.end() > 120:
            break
        if known_type(sentence[m.end():later].strip()):
            first = later
            break
    data = EN_DATA_FROM.match(sentence, m.end()) if m.group("cue").lower().startswith("according") else None
    if data and data.end() > first:
        data = None
    if _RECORDS.match(sentence, m.end()) and not data:
        return None  # "Menurut data Kemlu, …", "Menurut catatan BNPB, …": figures, no speaker (as in English)
    if m.group("cue").lower().startswith("according") and EN_LEGAL.match(sentence, m.end()):
        return None  # "According to Section 252 of the Code, …": a provision, no source
    noun = _SAYING_NOUN.match(sentence, m.end())
    at = data.start("src") if data else noun.end() if noun else m.end()  # ("According to the latest figures from the WHO")
    phrase = parse_speaker(sentence[at:first])
    comma = first
    # "Menurut pengamat otomotif dari ITB, Yannes Pasaribu, ada …": a name in apposition
    appo = re.match(r"\s*((?:[A-Z][\w.'’-]*\s*){1,4}),", sentence[first + 1:])
    # (also after an office or body of five words or more that names no one: "Menurut Project Officer
    # Komunitas Indonesia Classic and Unique Bus, AM Fikri, …")
    if appo and not phrase.name or (appo and phrase.name and (
            phrase.name[:1].islower() or (not phrase.role and len(phrase.name.split()) >= 5))):
        phrase = parse_speaker(appo.group(1))
        comma = first + 1 + appo.end() - 1
    if not (phrase.name or phrase.role or phrase.pronoun):  # "menurut dia" points back
        source = sentence[at:comma].strip()
        if not re.fullmatch(r"(?:the\s+)?[a-z][a-z\s]{2,40}", source, re.I) or source[:1].isupper():
            return None
        phrase = SpeakerPhrase(None, source)  # "Menurut polisi, …", "According to the central bank, …"
    start = comma + 1 + (len(sentence[comma + 1:]) - len(sentence[comma + 1:].lstrip()))
    return start, _end(sentence), phrase, m.group("cue")


# "Menurut Bahlil pemberian IUP …": a name, then the statement with no comma between
_BARE_NAME = re.compile(r"((?:[A-Z][\w'’.-]*\s+){1,4})(?=(?P<next>[a-z]+)\b)")
_NOT_STATEMENT_START = re.compile(
    r"(?:di|pada|dalam|saat|ketika|usai|seusai|kepada|melalui|lewat|yang|dan|serta|selaku|sebagai|"
    r"dari|atas|bahwa|tentang|soal|terkait|mengenai|untuk|bagi|ini|itu|tersebut|sendiri|juga|pun|"
    r"and|of|for|the|de|van|von|bin|binti|al)", re.I)  # (inside a name: "European Travel … and Authorisation System")
_NOT_SOURCE = re.compile(r"(?:UU|Undang|Pasal|Peraturan|Perpres|PP|Permen|Perda|KUHP|KUHAP|Keputusan|Putusan|"
                         r"Islam|Alquran|Al-Qur|Hadis|Kitab|Bab|Ayat|Data|Laporan|Survei|Catatan|Hasil)\b")


def _menurut_bare(sentence: str, at: int) -> tuple[int, int, SpeakerPhrase, str] | None:
    m = _BARE_NAME.match(sentence, at)
    if not m or _NOT_SOURCE.match(m.group(1)) or _NOT_STATEMENT_START.fullmatch(m.group("next")):
        return None
    words = m.group(1).split()
    start = m.end()
    while len(words) > 1 and known_type(words[-1]) in ("LOC", "ORG") and known_type(" ".join(words)) is None:
        # "menurut Prabowo | Indonesia tidak punya pilihan lain …": a country or body opens the statement
        start = sentence.rindex(words[-1], at, start)
        words = words[:-1]
    phrase = parse_speaker(" ".join(words))
    if not phrase.name or known_type(phrase.name) in ("LOC",) or _words(sentence[start:]) < 4:
        return None
    return start, _end(sentence), phrase, "menurut"


# "Lanjut Ita, korban bersama istri langsung membuat laporan …": a cue and its source before the statement
_FRONT_CUE = re.compile(r"^(?P<cue>Lanjut|Kata|Ujar|Tutur|Jelas|Tegas|Tambah|Sambung|Imbuh|Terang)\s+"
                        r"(?P<np>[^,]{2,60}),\s*(?P<b>\S.*)$")


def _front_cue(sentence: str) -> tuple[int, int, SpeakerPhrase, str] | None:
    m = _FRONT_CUE.match(sentence)
    if not m:
        return None
    phrase = parse_speaker(m.group("np"))
    if not (phrase.name or phrase.pronoun) or phrase.length < len(m.group("np").rstrip()) - 1:
        return None  # the whole phrase before the comma names the source, nothing more
    return m.start("b"), _end(sentence), phrase, m.group("cue").lower()


def speech_subject(sentence: str) -> tuple[int, SpeakerPhrase] | None:
    """A named subject of a speech verb even without a reported clause ("X menyampaikan maaf"):
    the person a following "ia" refers to."""
    for m in _INTRO_VERB.finditer(sentence):
        # (a particle before the verb is no part of the subject: "X, pun angkat bicara", "X juga menyampaikan")
        subj = clause_subject(re.sub(r"(?:,\s*)?\b(?:pun|juga|turut|ikut)\s+$", " ", sentence[:m.start()]))
        if subj.name:
            return m.start(), subj
    return None


_INTRO_VERB = re.compile(r"\b(?:menyampaikan|mengatakan|menyarankan|mendesak|mengusulkan|menjelaskan|menegaskan|mengungkapkan|menyatakan|"
                         r"menuturkan|mengaku|menilai|menyebut|berkata|bilang|menyuarakan|menyayangkan|"
                         r"mengapresiasi|mengkritik|menanggapi|menjawab|membantah|menyambut|mengucapkan|"
                         # ("…, Deddy Yevri Sitorus, pun angkat bicara. Ia menilai …")
                         r"angkat\s+bicara|buka\s+suara|said|told)\b", re.I)


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
    if not phrase.name and _SITE.fullmatch(source.strip()):
        phrase = SpeakerPhrase(source.strip(), None)  # "dilansir dari indiatimes.com, …": a site by its domain
    if not phrase.name:
        return None
    while cut < len(sentence) and sentence[cut] in " ,":
        cut += 1
    # "Dikutip dari KBN, Yudi menyebut tim …": the words are Yudi's, the outlet only carried them
    inner = _verb(sentence[cut:])
    if inner and (inner[2].name or inner[2].pronoun) and inner[0] > 0:
        return cut + inner[0], cut + inner[1], inner[2], inner[3]
    return cut, _end(sentence), phrase, m.group("cue")


_SITE = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|net|org|co\.id|co\.uk|id|in|tv|news)")
# "Berdasarkan data …" cites figures, not words: only a cited page or statement counts
_CITE = re.compile(r"^(?:[^,]{0,40},\s*|(?:Dan|Namun|Tapi|Tetapi|Sedangkan|Sementara)\s+)?(?P<cue>(?:Seperti\s+|Sebagaimana\s+)?(?:dikutip|dilansir)(?:\s+dari)?|"
                   r"Dikutip\s+dari|Dilansir\s+dari|Dilansir|Melansir|Mengutip\s+dari|"
                   r"Mengutip|Merujuk|Berdasarkan(?=\s+(?:laman|situs))|Melalui(?=\s+(?:keterangan|akun|laman)))\s+(?:(?:laman|situs|akun|keterangan|data|penjelasan|"
                   r"resmi|tertulis|Instagram|X)\s+)*", re.I)


def _passive(sentence: str) -> tuple[int, int, SpeakerPhrase, str] | None:
    """"Dijelaskan oleh …, Prof Erma Yulihastin bahwa …" and "X dinilai Brown lebih mudah"."""
    m = _PASSIVE_THAT.match(sentence)
    if m:
        phrase = parse_speaker((m.group("np") or m.group("np2")).split(",")[-1])
        # (after the name only an office: "oleh Olivia Lautner selaku Associate Country Manager …,")
        rest = m.group("np2")[phrase.length:].strip() if m.group("np2") else ""
        if phrase.name and (not rest or re.match(r"(?:selaku|sebagai)\s|[A-Z]", rest)):
            return m.start("clause"), _end(sentence), phrase, m.group("cue")
    if bare := _PASSIVE_BARE.match(sentence):
        # "Ditambahkan, pihaknya juga belum melakukan penyitaan …": the speaker of the paragraph before
        # goes on (no source named: it points back)
        return bare.end(), _end(sentence), SpeakerPhrase(None, None, True), bare.group("cue")
    m = _PASSIVE_BY.search(sentence)
    if m and m.start() > 0:
        phrase = parse_speaker(m.group("np"))
        if phrase.name and not phrase.name.lower().startswith(("sebagai", "oleh")):
            return 0, _end(sentence), phrase, m.group("cue")
    return None


# ("Dituturkan oleh Olivia Lautner selaku …, barang preloved kini …": the source, a comma, the clause)
_PASSIVE_THAT = re.compile(rf"^(?P<cue>{'|'.join(FRONTED_PASSIVE_CUES)})\s+(?:oleh\s+)?"
                           r"(?:(?P<np>[^.]{3,200}?)\s+bahwa\s+|(?P<np2>[A-Z][^.,]{2,150}?),\s+(?=(?:\S+\s+){3}))"
                           r"(?P<clause>\S.*)$")
# a fronted passive cue with no source, then a comma and the clause ("Ditambahkan, …"): the cues of
# FRONTED_PASSIVE_CUES but "Dikatakan", "Disampaikan", "Dituturkan", which also open a document's or a
# rumour's content with no speaker before them
_BARE_PASSIVE_CUES = [c for c in FRONTED_PASSIVE_CUES if c not in ("Dikatakan", "Disampaikan", "Dituturkan")]
_PASSIVE_BARE = re.compile(rf"^(?P<cue>{'|'.join(_BARE_PASSIVE_CUES)})\s*,\s+(?=(?:\S+\s+){{3}})")
_PASSIVE_BY = re.compile(r"\s(?P<cue>dinilai|disebut|dikatakan)\s+(?P<np>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
                         r"\s+(?=[a-z])")


def _inserted(sentence: str) -> tuple[int, int, SpeakerPhrase, str] | None:
    """A cue set into the sentence: "Barang bukti itu, jelas Risal, telah disita." """
    if _SUBJECT_MENURUTNYA.match(sentence):
        # "Aktivitas pertambangan itu menurutnya tak hanya merusak alam …": no commas round the cue
        return 0, _end(sentence), SpeakerPhrase(None, None, True), "menurut"
    m = _INSERTED.match(sentence)
    if not m and (bare := _INSERTED_BARE.match(sentence)):
        # "Pembangunan tempat itu, kata Ryamizard juga akan …", "Namun, pembelian … tersebut, menurutnya
        # sudah cukup …": the cue's comma after the source left out
        start = bare.end("lead") if bare.group("lead") else 0
        if bare.group("np"):
            phrase = parse_speaker(bare.group("np"))
            if not phrase.name or phrase.length < len(bare.group("np").rstrip()) - 1:
                return None
        else:
            phrase = SpeakerPhrase(None, None, True)
        return start, _end(sentence), phrase, (bare.group("cue") or "menurut").lower()
    if not m:
        return en_inserted(sentence)
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


def _trailing(sentence: str) -> tuple[int, int, SpeakerPhrase, str] | None:
    m = _TRAIL.search(sentence)
    if m and m.group("cue").lower().startswith("according") and (found := en_according(sentence)):
        return found
    if m:
        phrase = parse_speaker(m.group("np"))
        # ("…, said Deloitte Touche Tohmatsu (DTT).": the source's acronym after its name)
        rest = re.sub(r"^\s*\([A-Z][A-Za-z&.]{1,10}\)", "", m.group("np")[phrase.length:])
        # "Fitri, a commuter, said she left home at five": a pronoun with its own verb after the
        # cue opens the reported clause; what comes before is no statement
        if (phrase.pronoun and not phrase.role or m.group("cue").lower() in ("said", "says")) \
                and rest.strip() and not _AFTER_SPEAKER.match(rest):
            # "…, said Bermuda would see high surf": a verb after the name opens a clause, so the
            # name is no trailing speaker
            return None
        if (not phrase.name and phrase.role and m.group("cue").lower() in ("said", "says")
                and re.match(r"(?:the\s+)?[A-Z]", m.group("np")) and " " in phrase.role
                and all(w[:1].isupper() or w in ("of", "for", "and", "on", "the", "&") for w in phrase.role.split())):
            # "…, said the Ministry of Health on Tuesday.": an English body named after the cue
            phrase = SpeakerPhrase(phrase.role, None, False, phrase.length)
        if phrase.name or phrase.pronoun:
            return 0, m.start(), phrase, m.group("cue")
    return en_trail(sentence) or en_according(sentence) or en_trailing(sentence)


_AFTER_SPEAKER = re.compile(r"\s*(?:,|di|pada|saat|ketika|kepada|dalam|seusai|usai|in|on|at|to|when|after|"
                            r"during|while|on\s+\w+day)\b", re.I)


def _verb(sentence: str) -> tuple[int, int, SpeakerPhrase, str] | None:
    for m in CUE_VERB_RE.finditer(sentence):
        before = sentence[:m.start()]
        if re.search(r"\b(yang|untuk|[Ww]ho|[Ww]hich|dapat|bisa)\s+(?:\w+\s+)?$", before):
            if who := _en_who_said(sentence, m):
                return who
            continue
        if re.search(r"\b(tidak|belum|bukan|tak|enggan|menolak|not|never)\s+(?:\w+\s+)?$", before, re.I):
            continue  # "ia tidak menyarankan …", "menolak menyebutkan nama …": nothing was said
        if _NOT_SAID_HERE.search(before):
            continue
        aux = _EN_AUX_AFTER_APPOSITION.search(before)
        if aux:  # "The head of an allied party, Claudio Cajado, had earlier said that …"
            before = before[:aux.start("w")]
        elif (perfect := _EN_PERFECT_BEFORE.search(before)) and before[:perfect.start()].strip():
            before = before[:perfect.start() + 1]  # "The WHO has said the virus could …", "(BP had stated that …"
        before = _BRACKET_OPENING_SUBJECT.sub(" ", before)  # "(BP had stated …": no bracket in the name
        subj = clause_subject(before)
        if subj.name and (defined := _NAME_WITH_ACRONYM.fullmatch(subj.name)):
            # "The World Health Organisation (WHO) said …": the body, without the article and its acronym
            subj = SpeakerPhrase(defined.group("name"), subj.role, subj.pronoun, subj.length, subj.gender)
        cue = m.group("cue")
        low = " ".join(cue.lower().split())  # "called  on" → "called on"
        if low.isascii() and not re.match(r"(?:me|ber|bilang|optimistis)", low) and (
                not (subj.name or subj.pronoun or subj.role) or (subj.name and " " not in subj.name and not subj.role)) \
                and (described := en_described_subject(before)) and (
                    not subj.name or described[1].role.startswith(subj.name + " ")):
            # "The coast guard commandant denied that …", "A paramedic said …", "Family members said …": an
            # unnamed source described in lower case (not the sentence's first word read as a name)
            subj = described[1]
        if not (subj.name or subj.pronoun or subj.role) and (joint := _EN_SECOND_VERB.search(before)):
            # "The alliance monitored the buildings and said it …": the first verb's subject
            subj = _en_first_subject(before[:joint.start()])
        if not (subj.name or subj.pronoun or subj.role):
            continue
        after = sentence[m.end():]
        if _TOPIC.match(after) or (low in _TOPIC_VERBS and _TOPIC_NOUNS.match(after)):
            continue  # "menjelaskan soal …" names a topic, not what was said
        if low in ("menyampaikan", "menyatakan", "mengungkapkan") and (felt := _CONVEYED.match(after)) \
                and not re.match(r"\s+bahwa\b", after[felt.end():]):
            continue  # (but "menyatakan kekhawatiran bahwa …" says what is feared)
        if re.match(r"\s+(?:pentingnya|perlunya)\b", after):
            continue  # "menegaskan pentingnya peran UMKM …": a thing stressed, no statement
        if low in ("menyebut", "menyebutnya") and _NAMING.search(after[:60]):
            continue  # "menyebut aplikasi ini dengan singkatan "PS."": a name, no statement
        if low in ("menepis", "membantah", "menolak") and _REJECTED_VIEW.match(after):
            continue  # "menepis anggapan bahwa …": the view rejected, not what was said
        if low == "added" and EN_ADDED_OBJECT.match(after):
            continue  # "Households added 10.8 trillion yuan in savings": an object, no statement
        that = _THAT.search(after[:90])
        if that and that.group(1).lower() in ("agar", "supaya") and low not in _REQUEST:
            that = None
        told = _TOLD_THAT.match(after) if low in _TOLD_WHOM else None
        placed = _PLACED_THAT.match(after) if low in ("said", "says") else None
        if told or placed:
            that = told or placed  # "told the law firm that …", "said in his grounds of decision on Friday that …"
        if that and not (told or placed) and that.group(1).lower() == "that" and not re.fullmatch(
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
            that = EN_BARE_CLAUSE.match(after) or (EN_TOLD_BARE.match(after) if low in _TOLD_WHOM else None) \
                or (EN_NAME_PAST.match(after) if low not in _TOLD_WHOM else None)  # (told whom, not who)
        if not that and low in _STRICT and low.startswith("me"):
            # "Kementerian Keuangan melaporkan telah mulai membuka blokir …": a clause that opens with its
            # aspect, its subject the speaker's own
            that = _ID_ASPECT_CLAUSE.match(after)
        if not that and low in _FORECAST:
            that = _FORECAST_CLAUSE.match(after)
        if not that and low == "mempertanyakan":
            that = _QUESTION_CLAUSE.match(after)
        if not that and low in _STRICT | _COMMA_ONLY and low.startswith(("me", "ber")) and _STATEMENT_COMMA.match(after):
            that = _STATEMENT_COMMA.match(after)  # "Desmond menduga, keberadaan sel mewah …"
        if that:
            start = m.end() + that.end()
        elif low in _STRICT or low in _COMMA_ONLY:
            continue
        elif low in _REQUEST and re.match(r",\s*\S", after):
            start = m.end() + 1  # "Yohanes Surya mengingatkan, masih sedikit orang …": a statement
        elif low in _REQUEST:
            if re.match(r"\s*maaf\b", after):
                continue  # "meminta maaf": an apology, no request
            if low in ("asked", "called for") and not _EN_DOER_TO.match(after):
                continue
            if not re.search(r"\b(?:untuk|agar|supaya|segera|dapat|bisa|harus|perlu|jangan|tidak|tetap|terus|ikut|"
                             r"to(?!\s+(?:the|a|an|its|their|his|her|this|that)\b))\b", after[:80]) \
                    and not (low in ("menyarankan", "mendesak") and _NAMED_DOER.match(after)) \
                    and not _asked_doer(low, after):
                # ("menyarankan Presiden Joko Widodo mereformasi …": advice to a named doer; "meminta
                # Kamal memijat punggungnya" tells a story)
                continue
            start = m.end()
        else:
            start = m.end()
            adj = _ADJUNCT.match(after)
            if adj and _CONTENT_TIME.match(after):
                adj = None  # "Gus Ipul menyebut, saat tiap kementerian memiliki data …, terasa …": the statement's own clause
            if adj:
                comma = after.find(",", adj.end())
                bare = EN_AFTER_TIME.match(after)
                if bare:  # "Apple said on Tuesday (Sep 20) it will raise prices …"
                    start = m.end() + bare.end()
                elif (comma < 0 or comma > 60) and (lead_comma := re.match(r"\s*,\s*", after)):
                    # "Rosyid menyatakan, dalam waktu dekat pihaknya akan …": the cue's own comma, then
                    # a clause that opens with a time of its own, no comma after it
                    start = m.end() + lead_comma.end()
                elif comma < 0 or comma > 60:
                    continue
                else:
                    start = m.end() + comma + 1
            else:
                lead = _EN_BARE_TIME.match(after) or re.match(r"\s*,?", after)
                start += lead.end() if lead else 0
        while start < len(sentence) and sentence[start] in " ,:":
            start += 1
        end = _end(sentence)
        if low in _EN_REQUESTS and (tail := _EN_REQUEST_TAIL.search(sentence, start, end)):
            end = tail.start()
        if (opening := _EN_SUBORDINATE_REPORT.match(sentence)) and "," not in sentence[opening.end():m.start()] \
                and 0 < (comma := sentence.find(", ", start, end)):
            # "While it says that the people have a right to choose, it does not allow …": the statement
            # of a subordinate clause ends where the main clause begins
            end = comma
        if low.isascii() and (cut := _EN_WRITERS_CLAUSE.search(sentence, start, end)) \
                and not CUE_VERB_RE.search(sentence, cut.end(), end):
            # "Some said they were looking for weapons, but they appeared to be looting", "The government
            # says 2,000 have been killed and blames the violence on …": the writer's clause, or the
            # speaker's next deed, is no part of the statement
            end = cut.start()
        semi = sentence.find("; ", start, end)
        if semi > start and CUE_VERB_RE.search(sentence, semi, end):
            end = semi  # "… said they want higher pay; bank staff said they wanted …": the next clause's own report
        return start, end, subj, cue
    return None


_EN_WRITERS_CLAUSE = re.compile(
    r",\s+but\s+(?:they|he|she|it|this|there|the|its|his|her|their)\s|"  # (not "but that": still the statement)
    r"\s+and\s+(?:also\s+)?(?:blame[sd]?|accuse[sd]?|call(?:s|ed)\s+(?:on|for)|vow(?:s|ed)|pledge[sd]?|reject(?:s|ed)|"
    r"criticis(?:es|ed)|criticiz(?:es|ed)|appeal(?:s|ed)|demand(?:s|ed)|threaten(?:s|ed))\b")
# a sentence opening with a subordinate clause ("While …", "Even as …", "This means that, while …")
_EN_SUBORDINATE_REPORT = re.compile(r"(?:This\s+means\s+that,\s+while|While|Although|Though|Even\s+as|Even\s+though|"
                                    r"Whereas)\s")


# a second verb of the sentence's subject: "…, and said", "… but says", "and also said"
_EN_SECOND_VERB = re.compile(r"(?:,\s*|\s)(?:and|but)\s+(?:also\s+|later\s+|then\s+)?$")
# the sentence's first finite verb (an auxiliary or a past tense): where its subject ends
_EN_FIRST_VERB = re.compile(r"\s(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|"
                            r"[a-z]{3,}ed)\b")


_EN_SUBORDINATE_OPENING = re.compile(r"\s*(?:Because|When|After|While|As|If|Although|Though|Since|Before|Once|Until|"
                                     r"Despite|Unlike|Like|With|For|In|On|At|By|From)\b")


def _en_first_subject(clause: str, cues: bool = False) -> SpeakerPhrase:
    """The subject of the sentence's first clause, named before its first finite verb ("Mr Fayadh
    was trying …", "BP has accused …"); an empty phrase when there is none. Unless ``cues``, none
    when a verb of saying comes in ``clause``."""
    if dateline := EN_DATELINE.match(clause):  # "LONDON Aug 24 (Reuters) - …"
        clause = " " * dateline.end() + clause[dateline.end():]
    if adverb := _EN_SENTENCE_ADVERB.match(clause):  # "Meanwhile, the British Red Cross has …"
        clause = " " * adverb.end() + clause[adverb.end():]
    verb = _EN_FIRST_VERB.search(clause)
    if verb and (dash := clause.rfind(" - ", 0, verb.start())) >= 0:  # "… Aug 24 (Reuters) - Gaddafi's …"
        clause = " " * (dash + 3) + clause[dash + 3:]
    if not verb or "," in clause[:verb.start()] or re.search(r"\b(?:saying|quoted)\b", clause) or not clause.isascii() \
            or _EN_SUBORDINATE_OPENING.match(clause) or (not cues and CUE_VERB_RE.search(clause)):
        # (no subject of its own before a subordinate clause, "Because the flu seemed …, the CDC eased …,
        # but advised"; nor when another verb of saying came first: its own rule reads it)
        return SpeakerPhrase(None, None)
    if re.match(r"\s(?:is|are|was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?[a-z]+ed\s+by\b", clause[verb.start():]):
        return SpeakerPhrase(None, None)  # "The state of the economy was underlined by the government …": a passive
    # ("opposition activists strongly denied", "He also criticised": no adverb in the subject)
    head = re.sub(r"(?:\s+(?:[a-z]+ly|also|later|then|again|first|initially))+\s*$", " ", clause[:verb.start()])
    subj = clause_subject(head)
    if not (subj.name or subj.pronoun or subj.role) and (described := en_described_subject(head)):
        subj = described[1]
    return subj


_EN_SENTENCE_ADVERB = re.compile(r"\s*(?:Meanwhile|However|Separately|Earlier|Later|Instead|Still|Yet|In\s+turn),\s+")
# a participle of saying after the main clause, then a clause with a finite verb within seven words
_EN_PARTICIPLE_AFTER = re.compile(r",\s*(?P<cue>saying|arguing|insisting|claiming|warning|noting|stressing|suggesting)"
                                  r"\s+(?:that\s+)?(?=(?:[\w'’.$%-]+\s+){1,7}?(?:would|will|had|has|have|was|were|is|are|"
                                  r"could|did|does|do|may|might|must|should|can|needs?|[a-z]{3,}ed)\b)")


def _en_participle_after(sentence: str) -> tuple[int, int, SpeakerPhrase, str] | None:
    """"The British Red Cross has launched a crisis appeal, saying Syria urgently needs aid", "A senior
    Italian official has strongly criticised the operation, saying it could have been …": the main
    clause's subject (a body, a described source, an adverb before the verb: what en_participle does
    not read) reports what follows the participle."""
    m = _EN_PARTICIPLE_AFTER.search(sentence)
    if not m:
        return None
    subj = _en_first_subject(sentence[:m.start()], cues=True)
    if not (subj.name or subj.role or subj.pronoun):
        return None
    return m.end(), _end(sentence), subj, m.group("cue")


_EN_FUNCTION_WORDS = {"the", "and", "with", "from", "for", "that", "this", "those", "these", "some", "many", "other",
                      "were", "was", "are", "have", "has", "had", "not", "but", "than", "into", "about", "all", "most"}
# "…, Judeh, who said families …", "critics who say it should …": a relative clause of saying; its
# speaker is named before "who"
_EN_WHO = re.compile(r"(?P<comma>,)?\s+who\s+(?:also\s+|has\s+|have\s+|had\s+|repeatedly\s+)?$")


_EN_MAIN_VERB_AFTER = re.compile(r",(?=\s+(?:[a-z]{2,}(?:es|ed)|owns|owes|is|was|has|had|will|would|remains|faces|"
                                 r"denies|says|said)\b)")


def _en_who_said(sentence: str, m: re.Match) -> tuple[int, int, SpeakerPhrase, str] | None:
    cue = m.group("cue")
    who = _EN_WHO.search(sentence, 0, m.start())
    if not who or " ".join(cue.lower().split()) not in ("said", "says", "say"):
        return None
    head = sentence[:who.start()].rstrip(" ,")
    last = head.split()[-1] if head.split() else ""
    subj = clause_subject(head)
    if not _ends_with(subj, last) and (described := en_described_subject(head)):
        subj = described[1]
    if not _ends_with(subj, last) and re.fullmatch(r"[a-z]{4,}s", last) and not last.endswith("ss"):
        # "critics who say …", "insurance experts who said …": people described by a plural noun
        words = head.split()
        prev = words[-2] if len(words) >= 2 else ""
        own = re.fullmatch(r"[a-z]{3,}", prev) and prev not in _EN_FUNCTION_WORDS and not prev.endswith(("ed", "ing"))
        subj = SpeakerPhrase(None, f"{prev} {last}" if own else last)
    if not _ends_with(subj, last) or subj.pronoun or _EN_SUBORDINATE_OPENING.match(head):
        # the phrase right before "who" must be the speaker (not "sided with prosecutors"), and no
        # adverbial ("For a woman who said …, she has …")
        return None
    after = sentence[m.end():]
    that = re.match(r"\s*(?:that\s+)?", after)
    start = m.end() + that.end()
    if not EN_BARE_CLAUSE.match(after) and not re.match(r"\s*that\s", after):
        return None  # "who says so", "who said nothing": no clause follows
    end = _end(sentence)
    if who.group("comma") and (main := _EN_MAIN_VERB_AFTER.search(sentence, start, end)):
        # "Rami Makhlouf, who says he is quitting …, owes his fortune …": the relative clause between
        # commas ends where the main clause's verb comes
        end = main.start()
    return start, end, subj, cue


def _ends_with(subj: SpeakerPhrase, last: str) -> bool:
    """Whether the speaker phrase's name (or role) ends with the word ``last``."""
    words = (subj.name or subj.role or "").split()
    return bool(words) and bool(last) and words[-1] == last

