"""Roles and titles of a person, read from around their mentions.

Four patterns, Indonesian and English (the last Indonesian only):
  title before the name   "Juru Bicara Kremlin Dmitry Peskov", "White House spokesman John Kirby"
  parenthesis after it    "Peskov (Jubir Kremlin)", "Jake Sullivan (Penasihat Keamanan Nasional AS)"
  apposition after it     "John Kirby, juru bicara Dewan Keamanan Nasional AS, mengatakan"
  "sebagai"/"selaku"      "Adies Kadir sebagai Anggota DPR", "Budi yang menjabat sebagai Kepala Desa"
A phrase is a role only if it holds a role word (``ROLE_WORDS``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from kabar.lang.stopwords import STOPWORDS
from kabar.nlp.aliases import MALAY_HONOUR, is_honorific, known_type, load_lexicon
from kabar.nlp.raw_mention import word_before
from kabar.nlp.speaker_words import ORG_HEADS, is_office_abbreviation, without_rank
from kabar.nlp.tokens import in_quotation

# athletes', performers', artists' and writers' callings: role words, and shared by two names one of them stands
# before (:data:`SHARED_OCCUPATIONS`)
_SHARED_CALLINGS = frozenset("""selebriti artis musisi selebgram pebasket pesepakbola pebulutangkis pegolf
petenis perenang pesenam pegulat pesilat pedayung seniman budayawan sastrawan penyair triathlete""".split())
ROLE_WORDS = frozenset("""
presiden wakil wapres menteri menlu menhan mendagri menkeu menkes menko mensesneg juru bicara jubir
menpar menparekraf menpora menag mensos mendikbud menaker menhub mentan mendag menkominfo menkumham menpupr
menperin menpan menlhk menkop menesdm menbumn
kepala ketua ketum direktur dirut dirjen gubernur wagub bupati wabup wali walikota wawali sekretaris
sekjen sesmen penasihat kapolri wakapolri kapolda kapolres kapolsek kabareskrim panglima duta dubes
perdana raja ratu permaisuri pangeran mahkota kanselir pemimpin komandan jenderal kolonel kasad kasal kasau ksad ksal ksau
anggota hakim jaksa jpu pengacara analis pengamat peneliti dosen rektor komisaris deputi camat lurah perbekel
senator politikus politisi legislator aktivis koordinator manajer pelatih kapten asisten staf
stafsus kabid kabag kasubdit kadis kadiv kasat kasi plt plh pelaksana pj penjabat ajudan utusan delegasi pejabat
karo kabiro kanit kaur kapus kapuspen kadispen kapendam wakapolres wakapolda kapolresta kapolrestabes kasatreskrim
akademisi pakar ekonom praktisi teradu terdakwa tersangka terpidana terlapor pelapor saksi tergugat penggugat
kasatlantas kasatnarkoba danramil dandim danrem pangdam kajati kajari waka sekwan sekda
kepsek wakasek wadir dirreskrimum dirreskrimsus dirresnarkoba dirlantas dirtipidum dirtipidsus dirtipidter
dirtipikor dirtipidnarkoba dirtipidsiber kabidhumas kasubbid kasubbag kasubag kasie wakapolsek
president vice minister spokesman spokeswoman spokesperson secretary adviser advisor director chief
head chairman chairwoman chair leader governor mayor ambassador general commander senator
representative prime king queen prince chancellor ceo cfo coo cmo cto cio official envoy analyst professor lawyer
attorney judge coordinator premier speaker founder regent deputy commandant
manager officer commissioner inspector superintendent economist strategist prosecutor editor treasurer
journalist reporter correspondent counterpart contractor electrician maid
jurnalis wartawan pengusaha atase kiper pemain penyerang gelandang bek striker pebalap petinju atlet
advokat dokter penulis penyanyi aktor aktris presenter apoteker psikolog psikiater nutrisionis fisioterapis bidan perawat
mahasiswa pelajar santri guru pengasuh petani nelayan pedagang relawan pelaku influencer youtuber kreator
komisioner kontributor wasekjen wakasekjen svp evp seskab mendikdasmen fisikawan ilmuwan entomolog widyaprada widyaiswara auditor waketum bendum
katim pemerhati pembalap pereli bos komika wisudawan wisudawati ahli pemohon termohon petahana
wasit pelari sprinter pepanah pemanah korwil bobotoh tokoh
sutradara produser personel teknisi pebulu penjaga penggawa pemandu perancang suporter bomber coach
pelukis penerjemah legenda rapper desainer astronom pelaut winger fullback playmaker rookie arsitek pelantun
vokalis gitaris drummer bassis pianis komposer koreografer kurator petinggi teroris ekstremis perencana
publisis kuasa perwakilan komedian penata koki pemeran model supermodel pembawa pendiri pemilik agen
worker owner designer consultant counsel counsels solicitor trainee trainees administrator mp
justice pope archbishop magistrate coroner
""".split()) | _SHARED_CALLINGS
# English occupations that are roles only in lower case ("a jeweller from Slough", "executive chef Henry
# Jordan"); capitalised, some are surnames ("Julie Bishop", "Tim Cook"), so they stay out of ROLE_WORDS
_OCCUPATIONS = frozenset("""chef cook jeweller jeweler veteran advocate trafficker environmentalist conservationist
metalworker plaintiff defendant witness entrepreneur businessman businesswoman vendor farmer fisherman nurse
teacher pilot soldier photographer filmmaker producer architect writer author novelist singer musician artist
bishop cardinal imam cleric pastor priest monk rabbi executive bursar correspondent
member trader dean nominee physician medic doctor surgeon sniper corporal sergeant broker banker investigator
diplomat negotiator campaigner organiser organizer fellow scholar historian scientist physicist biologist
epidemiologist virologist psychologist psychiatrist coach goalkeeper midfielder defender actor actress blogger
lecturer researcher expert specialist candidate activist paramedic bodyguard cardiologist protester protestor
admiral columnist commentator headteacher headmaster headmistress agent cameraman camerawoman
sentry guardsman shrimper oysterman deckhand mate skipper crewman welder mechanic electrician miner engineer
host presenter anchor boss film-maker fireman firefighter policeman policewoman lobbyist aide
artis pesinetron""".split())

# Words that may sit inside a title or apposition without ending it.
CONNECTORS = frozenset("dan bidang urusan untuk of the for and on to luar dalam negeri &".split())
# Words that cannot end a title: the connectors but those that can ("Menteri Luar Negeri" ends with two), and the
# pronouns that open the next clause ("sebagai politikus muda | ia menunjukkan")
_CANNOT_END_TITLE = CONNECTORS - {"luar", "dalam", "negeri"} | {"ia", "dia", "beliau", "beserta", "serta"}
# Lower-case words that may qualify an English title ("foreign ministry spokesman").
# Indonesian titles are often written in lower case mid-sentence ("kata menteri pertahanan
# Rusia"): their portfolio and rank words count too.
MODIFIERS = frozenset("""ministry department foreign defence defense national security state press deputy
senior former top interior finance trade health justice military army navy police government
party opposition communications district regional provincial city county municipal village
pertahanan keamanan luar negeri dalam keuangan kesehatan pendidikan agama hukum sosial perhubungan
perdagangan pertanian perindustrian koordinator bidang politik nasional tertinggi agung besar utama
umum jenderal khusus tinggi daerah provinsi kota kabupaten negara republik kepresidenan istana militer
angkatan darat laut udara kepolisian kejaksaan energi investasi kementerian badan dewan komisi majelis
partai mantan eks federal domestic tenaga
policy commission council economy economic energy climate culture education environment transport labour
labor aid relief emergency disaster intelligence central bank treasury legal media information science
research operations executive managing corporate public affairs relations market
acting interim assistant associate outgoing incoming junior principal lead medical financial political vice""".split())
# Capitalised words that precede a title without belonging to it.
# verbs that cite a source, before the outlet's name ("Melansir The Hollywood Reporter, …")
_CITING = frozenset("melansir mengutip dilansir dikutip".split())
LEAD_STOPS = frozenset("""menurut kata ujar ucap tutur jelas sebut imbuh tambah said says told according
the a an sementara namun tetapi adapun bahkan oleh dari kepada dengan bersama selain itu pada hal
apalagi sebelumnya selanjutnya kemudian sedangkan padahal
but and yet so meanwhile however also then while after when as if""".split()) | _CITING
# Words that end an apposition ("John Kirby, juru bicara ..., mengatakan").
APPOSITION_STOPS = frozenset("""mengatakan menyatakan menegaskan menjelaskan menyebut mengungkapkan kata
ujar yang pada saat ketika di said says told added who when on in at from whose which born under""".split())

MAX_ROLE_WORDS = 16  # "Kepala Departemen Politik dan Perubahan Sosial Centre for … (CSIS) Indonesia"
_WORD_RE = re.compile(r"[\w.'’-]+|[^\w\s]")
_PAREN_RE = re.compile(r"\s*\(([^()\n]{2,90})\)")
_ORDINAL = re.compile(r"ke-?\d+")


# "dari" inside a title only before the body it is from: "anggota DPR dari Fraksi PKS", "pengamat
# dari Institut Teknologi Bandung" (not "… Purbaya Yudhi Sadewa dari Jaksa Agung": two people)
_FROM_BODIES = frozenset("""Fraksi Partai Universitas Institut Fakultas Dapil Komisi Kementerian Lembaga Badan
Pusat Centre Center Yayasan Sekolah Politeknik STIE Akademi Tim Dewan Komite Satgas""".split())
_ACRONYM = re.compile(r"[A-Z]{2,6}")  # "akademisi dari FKIP Universitas Sriwijaya", "penyidik dari KPK"
# an Indonesian verb ("mengatakan", "diminta", "bertugas") is no word of a title (the parties of
# a case are: "pengacara terdakwa")
_VERB_LIKE = re.compile(r"(?!ter(?:dakwa|sangka|pidana|lapor|gugat|adu)$)(?:me|di|ber|ter|per)[a-z]{3,}$")


def _is_role(word: str) -> bool:
    low = word.lower().strip(".")
    if low in ROLE_WORDS or (word.islower() and low in _OCCUPATIONS):
        return True
    if word == "Partner":
        return True  # "Managing Partner East Ventures" (capitalised only: a lower-case "partner" is a relation)
    if word in ("bintang", "Bintang"):
        # "bintang Real Madrid", "bintang film laga", "Bintang Arsenal, Mesut Oezil" (a name's "Bintang" stays in it: the
        # tagger reads "Bintang Emon" as one name; measured, no entity split down)
        return True
    if word[:1].isupper() and is_office_abbreviation(word) and not low.startswith(("kemen", "div")):
        return True  # "Wamenkomdigi", "Kasatreskrim" (a ministry or a division is a body: "Kemenkeu", "Divpropam")
    # "secretary-general", "director-general", "co-chair", "vice-president": a compound with a
    # role word (not a doubled word, "anggota-anggota", nor "Bicara-nya")
    parts = low.split("-")
    return len(parts) > 1 and len(set(parts)) == len(parts) and "nya" not in parts and parts[0] not in ("left", "right") \
        and any(part in ROLE_WORDS for part in parts)  # (a "left-winger" of politics is no post)


def _clean(words: list[str], before_name: bool = True) -> str | None:
    if len(words) > 1 and words[0].lower() == "pemilik" and words[1].lower() in ("nama", "nomor", "rekor", "gelar"):
        return None  # "pemilik nama asli Kim Tae Yeon", "pemilik nomor punggung 8": what one has, no post
    while len(words) > 1 and (words[0].isdigit() or words[0].lower() in ("para", "sejumlah", "beberapa")):
        words = words[1:]  # "19 atlet legendaris | Susi Susanti, …": how many of them, no part of the role
    if len(words) > 2 and MALAY_HONOUR.fullmatch(" ".join(words[-2:])):
        words = words[:-2]  # "Menlu Malaysia Dato Sri | Anifah Aman": a Malaysian title of honour
    # "Kepala Dinas Kesehatan Garut dr | Leli", "Kapolres Garut AKBP | Yusuf": a title of address
    # or rank right before the name is not part of the office (after the name, in apposition, a
    # rank is the role: "Thad Allen, the coast guard admiral")
    # (a captain in lower case is a team's or a ship's, no rank: "laga terakhir kapten | Francesco Totti")
    while words and (words[-1].lower() in _CANNOT_END_TITLE or ((before_name or not words[-1].islower()) and is_honorific(words[-1])
                                                         and words[-1] != "kapten"
                                                         and not _ranked_service(words)
                                                         and not ends_in_general_office(words))
                     or (len(words) > 1 and re.fullmatch(r"[A-HJ-UWYZ]\.?", words[-1]))):
        words = words[:-1]  # (and a name's initial: "lawyer | M | Ravi"; not a roman numeral, "Pangdam V")
    if len(words) > 1 and words[-1].lower() in ("lain", "lainnya"):
        words = words[:-1]  # "Ibnu, mahasiswa lain, …": another of them, no part of the role
    if words and words[-1].lower().endswith("-nya") and len(words[-1]) > 4:
        words = [*words[:-1], words[-1][:-4]]  # "melalui Juru Bicara-nya, Budi Santoso": "Juru Bicara"
    elif len(words) > 1 and words[-1].islower() and words[-1].endswith("nya") and len(words[-1]) > 6:
        words = [*words[:-1], words[-1][:-3]]  # "pemain andalannya, Nikola Jokic": "pemain andalan"
    if not words or not (any(_is_role(w) for w in words) or _ranked_service(words)) or len(words) > MAX_ROLE_WORDS:
        return None
    return " ".join(words).replace(" , ", ", ")


# offices whose last word is also a rank ("Sekretaris Jenderal | Ratu Tisha Destria": no general's rank)
GENERAL_OFFICE = re.compile(r"(?:Sekretaris|Direktur|Sekertaris)\s+Jenderal", re.I)


def ends_in_general_office(words: list[str]) -> bool:
    """Whether a title's last word, a rank elsewhere ("Jenderal"), closes an office here: the
    strippers of trailing ranks (``_clean``, ``entities._id_rank_off``) keep it."""
    return bool(GENERAL_OFFICE.fullmatch(" ".join(words[-2:])))
_SERVICES = frozenset("army navy police military marine marines guard".split())
_RANKS = frozenset("colonel lieutenant admiral sergeant brigadier general commander major captain".split())


def _ranked_service(words: list[str]) -> bool:
    """"Tunisian army Colonel | Mohamed Essoussi": a rank after the service it is held in is the role."""
    return len(words) > 1 and words[-1].lower().strip(".") in _RANKS and words[-2].lower() in _SERVICES


def _sentence_start(body: str, start: int) -> int:
    """Where the sentence holding ``start`` begins: after the last line break or full stop before
    it, not counting the dot of a title of address, an initial or a firm's legal form ("Kepala Dinas Kesehatan, dr. |
    Ribka", "M. | Nasir", "Direktur Utama PT. | Multisoft …")."""
    line = body.rfind("\n", 0, start) + 1
    pos = start
    while (k := body.rfind(". ", line, pos)) >= 0:
        m = re.search(r"(\w+)$", body[max(line, k - 12):k])
        if m and (is_honorific(m.group(1)) or re.fullmatch(r"[A-Z]|PT|CV", m.group(1))):
            pos = k
            continue
        return k + 1
    return line


def _previous_sentence_start(body: str, here: int) -> int:
    """Where the sentence before the one starting at ``here`` begins (``here`` at the body's start)."""
    return _sentence_start(body, here - 2) if here > 1 else here


def title_before(body: str, start: int, others: Iterable[tuple[int, int]] = ()) -> str | None:
    """The title right before a name: capitalised words and role words back to the clause start
    (the nearest one of two joined by "sekaligus": ``titles_before`` gives both).

    ``others``: other people's mentions; a title that holds one before a comma is theirs ("istri
    Presiden ke-4 Abdurrahman Wahid, | Sinta Nuriyah")."""
    titles = titles_before(body, start, others)
    return titles[0] if titles else None


_LINKED_HEADLINE = re.compile(r"\[?\s*(?:Baca|Simak|Lihat)\s+(?:juga|Juga|JUGA)\s*:")


def _sentence_cased(role: str) -> bool:
    """Whether a title is capitalised only as a sentence's first word ("Kuasa hukum Abun"; not a count, "Tiga pemain
    AS …"), a lower-case title."""
    words = role.split()
    return len(words) > 1 and _is_role(words[0]) and words[1].islower() and words[1].isalpha()


def _headline_line(body: str, pos: int) -> bool:
    """Whether the line around ``pos`` reads as a headline: four words or more, every word of four letters or
    more capitalised, no closing full stop and no label's colon ("Pelatih: Gomes de Oliviera" is a line-up's)."""
    a = body.rfind("\n", 0, pos) + 1
    b = body.find("\n", pos)
    if b < 0:
        b = len(body)
    line = body[a:b].strip()
    if _LINKED_HEADLINE.match(line):
        return True  # "Baca juga: Hakim Tanya Setya Novanto Soal …": another story's headline, linked
    # (the cheap tests first: this runs for every name whose title is read, and most lines are long paragraphs)
    if len(line) >= 140 or line.endswith((".", "\"", "”")) or ":" in line or re.match(r"[-•*\d]", line):
        return False
    words = re.findall(r"[A-Za-z][\w'’-]*", line)
    # (a list's "- Menteri BUMN Erick Thohir" or a caption's title and name, the name ending the line, is none:
    # a headline goes on after the name)
    rest = re.findall(r"[A-Za-z][\w'’-]*", body[pos:b])
    return len(words) >= 4 and len(rest) >= 4 and all(w[:1].isupper() for w in words if len(w) >= 4)


_ORIGIN_PHRASE = r"\s+(?:asal|kelahiran)\s+(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*"  # "asal Papua Barat", "kelahiran Strasbourg"
_ORIGIN_BEFORE = re.compile(rf"(?<=\w){_ORIGIN_PHRASE}(?=\s*,?\s*$)")
# "pesinetron cantik | Dhini Aminarti", "penyanyi kondang | …": a word of praise between a calling and the name is
# no part of the role
_EPITHET_BEFORE = re.compile(r"(?<=[a-z])\s+(?:cantik|jelita|tampan|ganteng|rupawan|kondang|kawakan|ternama|kenamaan"
                             r"|terkenal|legendaris|berbakat|cilik|sekaliber|sekelas)(?=\s*$)")
# "Presiden RI kala itu, Joko Widodo": a title of the past, standing off with a comma
_AGE_BEFORE = re.compile(r"(?<=[a-z])\s+(?:berusia\s+|berumur\s+)?\d{1,2}\s+tahun(?=\s*,?\s*$)")
_THEN = re.compile(r"\s+(?:kala|saat|ketika|waktu)\s+itu$")
# "Dalam pertemuan dengan fund manager, | Purbaya …": a lower-case "title" inside an adverbial
# phrase before the comma is no title of the name after it
_GLUED = re.compile(r"([a-z]{2,})([A-Z][a-z][\w.'’-]*)")
_YEARS = re.compile(r"(?:19|20)\d\d(?:[-–](?:19|20)\d\d)?")
# a name, then a lower-case word: the name is a clause's subject
# (a name that a clause's verb follows; not one in apposition that a preposition or relative word follows:
# "mengonfirmasi ke Ketua Presidium Alumni 212, Slamet Maarif terkait isu …")
_CLAUSE_AFTER_NAME = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+(?!(?:terkait|soal|mengenai|tentang|perihal|yang|di|"
                                r"dari|pada|untuk|dalam|melalui|lewat|via|dengan)\b)[a-z]")
# the offices a list labels its lines with besides the role words ("Bendahara: …"; lower-case,
# "bendahara negara" is a figure of speech for the finance minister)
LIST_LABELS = frozenset({"bendahara"})
# a name after "senada dengan", "sejalan dengan", "seperti": no clause's subject
_AFTER_WITH = re.compile(r"\b(?:[Ss]enada|[Ss]ejalan|[Bb]erbeda|[Ss]ama)\s+dengan\s+(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*$")
_OFFICE_LABEL = re.compile(r"(?<![\w-])((?:Wakil\s+)?(?:Ketua|Sekretaris|Bendahara|Anggota|Pembina|Penasihat|Koordinator|"
                           r"Kepala)(?:\s+Umum)?):\s*$")
_PREPOSITIONS = frozenset("dengan dalam kepada untuk bagi di ke dari pada tentang terhadap antara with to for in on at".split())


def titles_before(body: str, start: int, others: Iterable[tuple[int, int]] = (), pair_second: bool = False) -> list[str]:
    """The titles right before a name, nearest first: one, or two joined by "sekaligus" ("Anggota
    DPR RI sekaligus Wakil Ketua Umum Partai Golkar | Bambang Soesatyo"). ``pair_second``: for the first
    name of a hyphenated pair, the title of the second where two stand before the pair."""
    others = list(others)
    if body[start - 1:start] in ("-", "–"):
        # "Presiden Prabowo-|Gibran": the second of a hyphenated pair, the title is the first's, unless
        # the pair's two titles are joined by "dan" ("Presiden dan Wakil Presiden Prabowo-|Gibran": the
        # first's reading stops at "dan" and holds the second's title)
        first = re.search(r"[A-Z][\w'’.]*[-–]$", body[max(0, start - 40):start])
        return titles_before(body, start - len(first.group()), others, pair_second=True) if first else []
    if body[start - 1:start] == "(" and any(b == start - 2 for _, b in others):
        return []  # "Hector Barbossa (Geoffrey Rush)": an actor after his part, the words before are the part's
    line_start = _sentence_start(body, start)
    if _headline_line(body, start):
        return []  # "Tendang Suporter, Patrice Evra Terancam Hukuman Berat": a linked headline's capitals, no title
    before = body[line_start:start]
    # "… Ketua: I Nyoman Giri Prasta Sekretaris: I Wayan Adi Arnawa": a list's office label
    if label := _OFFICE_LABEL.search(before):
        return [label.group(1)]
    # "Kasubdit Harda Ditreskrimum Polda Kaltim, AKBP | Harun Purwoko": a rank after the comma
    ranked = re.search(r",\s*((?:[\w.]+\s+){1,3})$", before)
    ranked = ranked if ranked and all(is_honorific(w) and w != "kapten" for w in ranked.group(1).split()) else None
    if ranked:
        before = before[:ranked.start()]
    # "Menteri Pertahanan Rusia, Sergei Shoigu": a title may stand off with a comma; "Pak Menko
    # (Airlangga Hartarto)": the name in brackets after its title
    # "Politikus Golkar asal Papua Barat | Rebert …": where the person comes from stands between title and name
    if origin := _ORIGIN_BEFORE.search(before):
        before = before[:origin.start()] + before[origin.end():]  # (its comma kept: "Gelandang anyar Persib asal Ghana, X")
    if age := _AGE_BEFORE.search(before):
        before = before[:age.start()] + before[age.end():]  # "gelandang belia 22 tahun, | Lorenzo Pace": the age aside
    if (praise := _EPITHET_BEFORE.search(before)) and any(map(_is_role, before[:praise.start()].split()[-2:])):
        # (the calling's last word or the one before it: "Pemandu acara kondang | Ellen DeGeneres")
        before = before[:praise.start()] + before[praise.end():]
    comma = re.search(r",\s*$", before) is not None
    set_off = comma or ranked is not None  # (a comma before a rank or title of address: "untuk mahasiswa, Cak | Imin")
    before = re.sub(r"(?:,|\()\s*$", "", before)
    then = _THEN.search(before) if comma else None
    if then:
        before = before[:then.start()]
    words = _WORD_RE.findall(before)[-(MAX_ROLE_WORDS + 6):]
    if comma and words and words[-1].endswith("nya") and words[-1].islower() and len(words[-1]) > 5 \
            and any(map(_is_role, _walk_back([words[-1][:-3], *reversed(words[:-1])], comma)[0])):
        # "menurut penuturan publisisnya, | Jo - Ann Geffen", "diwakili kuasa hukumnya, | Devi Waluyo": whose it
        # is aside
        words[-1] = words[-1][:-3]
    if words and re.fullmatch(r"[A-Z]\.", words[-1]):
        return []  # "Dedie A. | Rachim": the name goes on before the mention
    if len(words) > 1 and re.fullmatch(r"[A-Z]", words[-1]) and not _is_role(words[-2]):
        # "Pengamat … Sumatera Selatan M | Husni Thamrin": an initial opens the name (not a
        # numeral: "Teradu I | Muhammad Afifuddin", "Wakil Ketua I")
        words = words[:-1]
    # "kataKapolrestabes Medan": a word the page glued to the one before it (detik's markup)
    words = [part for w in words for part in _unglued(w)]
    # "Direktur Operasional DNR Logistics tahun 2021-2024 | Herry Tho": the years of an office stay in it
    k = 0
    while k + 1 < len(words):
        if words[k].lower() in ("tahun", "periode") and _YEARS.fullmatch(words[k + 1]):
            words[k:k + 2] = [f"{words[k]} {words[k + 1]}"]
        k += 1
    words = _brackets_joined(words)
    if words and words[-1].lower() in ("lainnya", "lain"):
        words = words[:-1]  # "anggota Komisi II DPR lainnya, Deddy Yevri Sitorus"
    backwards = list(reversed(words))
    picked, k = _walk_back(backwards, comma)
    walked = len(picked)  # (the words read back, before any is cut below)
    if comma and _CITING & {w.lower() for w in backwards[:k + 1]}:
        return []  # "Melansir The Hollywood Reporter, | Patty Jenkins": the outlet cited, no title
    if cut := next((j + 1 for j in range(len(picked) - 1, -1, -1) if picked[j] in ("selaku", "sebagai")), 0):
        picked = picked[cut:]  # "diperiksa perdana selaku | tersangka penyuap Bupati …": the clause before is no title
    if len(picked) > 2 and picked[0].lower() in _CASE_STANDINGS and picked[1].islower() and picked[1].startswith("pe") \
            and not _is_role(picked[1]) and picked[2][:1].isupper() and _is_role(picked[2]):
        picked = picked[2:]  # "tersangka penyuap | Bupati Kutai Kartanegara | Rita": the office is the bribed one's
    if not comma:
        # "saksi untuk tersangka | Anang …": the standing before the name is this one's, the one before "untuk"
        # another's (not after an office that serves: "penasehat hukum terdakwa | M Gunawan" is the lawyer as often
        # as the defendant)
        picked = picked[next((j for j, w in enumerate(picked) if j and w.lower() in _CASE_STANDINGS
                              and picked[j - 1].lower() in ("untuk", "bagi")), 0):]
    role = without_rank(_clean(picked))  # "Kapolda Metro Jaya Inspektur Jenderal | Idham Aziz"
    if role and role[:1].isupper() and not _sentence_cased(role) \
            and any(a < start and b <= start and a >= start - len(role) - len(picked) - 4
                    and re.fullmatch(r"\s*,\s*", body[b:start]) for a, b in others):
        return []  # (a lower-case role may name whom it serves: "pengacara Jokowi, Yakup Hasibuan")
    if role and comma and role.split()[0] in SHARED_OCCUPATIONS and (at := body.rfind(role, line_start, start)) >= 0 \
            and any(b == at + len(role) for _, b in others) and (nxt := _LIST_NEXT.match(body, _NAME_RUN.match(body, start).end())) \
            and any(a == nxt.end() for a, _ in others):
        return []  # "aktor Tom Hiddleston, | Garrett Hedlund": a calling before a list's first name, not its next's
    if not role or role.split()[0] in ("Piala", "Copa", "Liga"):
        return []  # ("perempat final Piala Raja Spanyol, | Messi": a cup's name, no title)
    if role.lower() == "perdana":
        return []  # "lawatan perdana | Obama": "first", no office without "Menteri"
    if role == "kepala":
        return []  # "tidak beres dengan kepala | Cassano": a head, no office without what it heads
    if role.lower() == "pemeran" and not comma:
        return []  # "pemeran | Jon Snow, Kit Harington": the part the actor plays, not a calling of the part
    if comma and role[:1].islower() and (at := body.rfind(role, line_start, start)) > 0 and (
            lead := re.search(r",\s*$", body[line_start:at])) and any(
            b == line_start + lead.start() for _, b in others):
        return []  # "… dengan Li Lecheng, pimpinan Kementerian …, Cook menyampaikan": Li's apposition, not Cook's title
    if comma and role.islower() and any(w.lower() in _PREPOSITIONS for w in _lower_run(backwards[k:k + 3])):
        return []
    if set_off and len(backwards) > walked and backwards[walked].lower() in _PREPOSITIONS \
            and _CLAUSE_AFTER_NAME.match(body, start):
        # "Terkait pungutan untuk mahasiswa, Cak Imin menyebut", "kritik yang diarahkan kepada Menkeu, Gus
        # Maksum justru menilai": the title closes a phrase before the comma, the name opens a clause (not
        # "berkoordinasi dengan Kepala Danantara, Rosan Roeslani, terkait …": the name in apposition)
        return []
    if " " not in role and role in _EN_ROLE_HEADS:
        role = _english_premodified(backwards, k, role) or role
    if (at := body.rfind(role, line_start, start)) >= 0 and (
            held := [b for a, b in others if at <= a and b < at + len(role) and body.startswith(" dan ", b)]):
        # "Presiden Joko Widodo dan Ibu Negara | Iriana": another person named inside the "title", "dan" after
        # them, ends it; the title is what follows "dan"
        role = body[max(held) + len(" dan "):at + len(role)]
        if not any(_is_role(w) or w.lower() in MODIFIERS for w in role.split()):
            return []
    if role.lower().startswith("founder") and (at := body.rfind(role, line_start, start)) >= 0 \
            and (co := re.search(r"\b[Cc]o ?- ?$", body[max(0, at - 5):at])):
        role = co.group(0) + role  # "Co - | founder HelloBeauty": a detokenised compound's first half
    titles = [role + then.group(0) if then else role]
    if k < len(backwards) and backwards[k].lower() == "dan" and _HYPHEN_PAIR.match(body, start):
        # "Presiden dan Wakil Presiden | Prabowo-Gibran": two titles for a pair, in order; the first's is
        # the one before "dan"
        earlier_words = _walk_back(backwards[k + 1:])[0]
        earlier = _clean(earlier_words)
        if earlier and _is_role(earlier_words[0]):
            return titles[:1] if pair_second else [earlier]
    if pair_second:
        return []
    if k + 1 < len(backwards) and backwards[k] == "dan" and role.islower() and backwards[k + 1] in SHARED_OCCUPATIONS:
        # "Seorang penulis dan editor lepas, | Beth Zasloff": two callings in lower case, both hers
        titles.append(backwards[k + 1])
    elif k + 1 < len(backwards) and backwards[k] == "dan" and backwards[k + 1] in _FOUNDING_TITLES \
            and (k + 2 == len(backwards) or not backwards[k + 2][:1].isupper()):
        # "Founder dan | CEO OnlinePajak | Charles Guinot": a founder's title before "dan" is a second role
        titles.append(backwards[k + 1])
    elif k < len(backwards) and backwards[k].lower() == "sekaligus":
        earlier = _clean(_walk_back(backwards[k + 1:])[0])
        if earlier:
            titles.append(earlier)
    elif k < len(backwards) and backwards[k] == "and" and role[:1].isupper():
        # "Minister for Transport and Minister-in-charge of Trade Relations | S. Iswaran": two
        # offices of one person, the earlier opening with its role word and holding no other
        # person's name ("President Vladimir Putin and Chancellor | Olaf Scholz")
        earlier_words = _walk_back(backwards[k + 1:])[0]
        earlier = _clean(earlier_words)
        at = body.rfind(" and ", line_start, start)
        if earlier and _is_role(earlier_words[0]) and earlier[:1].isupper() and not any(
                at - len(earlier) - 1 <= b <= at for a, b in others):
            titles.append(earlier)
    return titles


# the titles of a firm's founding or heading that open a pair joined by "dan" ("Founder dan CEO X")
_FOUNDING_TITLES = frozenset("Founder founder Co-Founder Co-founder Cofounder Pendiri pendiri CEO Presiden President".split())
# a name joined by a hyphen to the next ("Prabowo-Gibran")
_HYPHEN_PAIR = re.compile(r"[A-Z][\w'’.]*[-–][A-Z]")
# English role words that take lower-case qualifiers before them ("emergency team leader")
_EN_ROLE_HEADS = frozenset("""leader chief manager secretary correspondent spokesman spokeswoman spokesperson
minister director president professor executive editor officer head chairman chairwoman adviser advisor analyst
official governor mayor commander coordinator researcher economist lawyer judge prosecutor engineer""".split())
# what may open an English noun phrase of a title ("the UN human rights chief", "an emergency team leader")
_EN_NP_OPENERS = frozenset("the a an his her their its".split())


def _english_premodified(backwards: list[str], k: int, role: str) -> str | None:
    """A lower-case role word with the lower-case words an English title puts before it, and a body's
    acronym before them: "emergency team | leader Annie Foster", "The UN human rights | chief, Navi
    Pillay". Only where an article, a possessive, a comma or the sentence start opens the phrase, so
    that an Indonesian clause's words stay out."""
    if k < 1 or backwards[k - 1] != role:
        return None  # (the walk took more than the role word: "The case of | lawyer M Ravi")
    run = []
    j = k
    while j < len(backwards) and len(run) < 3 and backwards[j].isalpha() and backwards[j].islower() \
            and backwards[j] not in STOPWORDS and backwards[j] != "added" \
            and not backwards[j].endswith("ed") \
            and (backwards[j] in MODIFIERS or not _VERB_LIKE.match(backwards[j])):
        # (no verb: "the army ousted | leader …"; nor an Indonesian word: "…, termasuk | pelatih …")
        run.append(backwards[j])
        j += 1
    if not run:
        return None
    if j < len(backwards) and re.fullmatch(r"[A-Z]{2,5}", backwards[j]):
        run.append(backwards[j])  # "UN", "BBC"
        j += 1
    opener = backwards[j] if j < len(backwards) else ""
    if opener and opener.lower() not in _EN_NP_OPENERS and opener != "," and not opener.endswith(("'s", "’s")):
        return None
    return " ".join(reversed(run)) + " " + role


def _unglued(word: str) -> tuple[str, ...]:
    """"kataKapolrestabes": "kata", "Kapolrestabes"; a role word glued to the word before it."""
    glued = _GLUED.fullmatch(word)
    return glued.groups() if glued and _is_role(glued.group(2)) else (word,)


def _lower_run(words: list[str]) -> list[str]:
    """The lower-case words at the head of ``words``, up to the first other one."""
    run = []
    for w in words:
        if not (w.isalpha() and w.islower()):
            break
        run.append(w)
    return run


def _plain_lower(w: str) -> bool:
    # not a verb ("judge asked", "Ketua menyatakan"); "Ketua IPFO sekaligus Deputi …" is two roles
    # "baik wakil dubes maupun | Menlu Retno": the words before "maupun" are another person's
    # "appointed prime minister by | King Abdullah II": the office given by the agent, not the agent's
    return (w.isalpha() and w.islower() and w not in ("sekaligus", "merangkap", "yakni", "yaitu", "atau", "serta",
                                                     "maupun", "ataupun", "baik", "by", "oleh")
            and w not in APPOSITION_STOPS
            and w not in LEAD_STOPS and not _VERB_LIKE.match(w) and not w.endswith("ed"))


def _role_before_lower(backwards: list[str], k: int) -> int | None:
    """The index in ``backwards`` of the role word that ``backwards[k]`` and at most two more plain
    lower-case words follow ("pengamat | kebijakan publik"), if any."""
    for j in range(k, min(k + 3, len(backwards))):
        if not (_plain_lower(backwards[j]) or (backwards[j] in _INTERIM and j + 1 < len(backwards)
                                               and _is_role(backwards[j + 1]))):
            return None
        if j + 1 < len(backwards) and _is_role(backwards[j + 1]):
            return j + 1
    return None


def _qualifies_role(backwards: list[str], k: int) -> bool:
    """Whether ``backwards[k]`` is one of at most three plain lower-case words that follow a role
    word ("pengamat | kebijakan publik")."""
    return _role_before_lower(backwards, k) is not None


# lower-case words that bring in a name rather than qualify a role ("saksi atas nama | Dedy", "pelaku bernama | X")
_NAMING_WORDS = frozenset("ada atas nama bernama berinisial inisial yakni yaitu ialah adalah seperti semisal misalnya termasuk".split())


def _lower_role_right_before(backwards: list[str]) -> bool:
    """"pengamat otomotif | Budi": one to three lower-case words right before the name after a role word
    in lower case or opening the sentence (not a name's word: "Lukman Hakim dan | Moch"), none of them a
    connective or a word that brings in a name."""
    at = _role_before_lower(backwards, 0)
    if at is None or any(w.lower() in CONNECTORS or w.lower() in _NAMING_WORDS for w in backwards[:at]):
        return False
    role = backwards[at]
    if at == 1 and backwards[0] in _INTERIM:
        return True  # "pelatih sementara | Haryadi", "Presiden terpilih | Donald Trump": any office, held for now or soon
    # (capitalised: opening the sentence, or the lead after its dateline's dash, "Jakarta, CNN Indonesia - - Pemandu
    # acara | Ellen DeGeneres")
    return role.lower() in _QUALIFIED_OCCUPATIONS and (role[:1].islower() or at + 1 == len(backwards)
                                                      or backwards[at + 1] in ("-", "–", "—"))


# a person's standing in a case, which a past office may follow ("terdakwa mantan Ketua Umum …")
_CASE_STANDINGS = frozenset("terdakwa tersangka terpidana saksi pelapor terlapor".split())
# words after an office that say it is held for a while or not yet ("sementara", "terpilih"; a conjunction
# or a verb elsewhere)
_INTERIM = frozenset("sementara terpilih interim".split())


# Indonesian occupations and callings a field follows in lower case ("pengamat otomotif", "dokter spesialis
# anak", "presiden klub"); (not English titles: "Libyan spokesman calls | Obama")
_QUALIFIED_OCCUPATIONS = frozenset("""pengamat pemerhati pakar peneliti dosen analis ekonom praktisi aktivis pembalap
pebalap pereli atlet dokter guru mahasiswa pelajar petani nelayan pedagang pengusaha wartawan jurnalis penulis penyanyi
aktor aktris pelatih pemain relawan pengacara advokat akademisi kreator psikolog politikus politisi ahli penyerang
gelandang bek kiper striker anggota kepala tokoh penjaga sutradara teknisi pemandu perancang suporter presiden
kurator produser komedian penata koki pembawa bintang pemilik""".split())


# occupations one word before two names gives both (an office, "Presiden A dan B", is the first's only)
SHARED_OCCUPATIONS = (_QUALIFIED_OCCUPATIONS - {"kepala", "presiden"}) | _SHARED_CALLINGS \
    | frozenset("terdakwa tersangka terpidana".split())  # ("dengan terdakwa Irman dan Sugiharto")


def _place_since_comma(picked: list[str]) -> bool:
    """Whether the words read back since the last comma (``picked``: nearest first) name a place
    the gazetteer knows, its bracketed acronym aside."""
    run = []
    for w in picked:
        if w == ",":
            break
        run.append(w)
    words = [w for w in reversed(run) if not w.startswith("(")]
    return bool(words) and known_type(" ".join(words)) == "LOC"


# capitalised words a title never holds: a preposition or connective opening the sentence, a month or
# weekday, a year, a contracted verb
_TIME_OR_CLAUSE_WORD = re.compile(
    r"(?:In|On|At|After|Before|During|Since|When|While|As|But|If|Then|Now|Yet|So|Last|This|Next|Pada|Sejak|"
    r"January|February|March|April|June|July|August|September|October|November|December|Januari|Februari|Maret|"
    r"Juni|Juli|Agustus|Oktober|Desember|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:19|20)\d\d|"
    r"[A-Za-z]+n['’]t)")


# Indonesian modifiers that follow the word they qualify ("Ketua Umum", "Jaksa Agung"): in lower case
# they open no title ("Di sidang umum PBB Presiden | Prabowo")
_TRAILING_MODIFIERS = frozenset("umum negeri dalam besar utama tertinggi agung nasional".split())


def _brackets_joined(words: list[str]) -> list[str]:
    """"Sekretaris Jenderal (Sekjen) Partai Golkar", "Kepala Ekonom Lembaga Kajian Ekonomi Nusantara
    (LKEN) | Faisal Rahmadi": an acronym in brackets inside a title is part of it, one word of it (up to
    three capitalised words: "(Sekjen)", "(Menko IPK)")."""
    words = list(words)
    k = 0
    while k + 2 < len(words):
        close = next((j for j in range(k + 2, min(k + 6, len(words))) if words[j] == ")"), None)
        if words[k] == "(" and close is not None and all(
                re.fullmatch(r"[A-Z][\w.-]{1,11}", w) or (w == "-" and 0 < j < close - k - 2)
                for j, w in enumerate(words[k + 1:close])):
            words[k:close + 1] = [f"({' '.join(words[k + 1:close])})"]
        k += 1
    return words


_CAMEL_BRAND = re.compile(r"[a-z]{1,2}[A-Z][A-Za-z]+")


# a lower-case word of an office's standing between its title and the name (not "sementara", also "while")
_STATUS_AFTER_TITLE = (_INTERIM - {"sementara"}) | frozenset("nonaktif non-aktif definitif demisioner".split())


def _walk_back(backwards: list[str], comma: bool = False) -> tuple[list[str], int]:
    """The words of a title read backwards from the name (``backwards``: the words before it,
    nearest first), in text order, and the index in ``backwards`` where the reading stopped
    (``comma``: the title stood off from the name with one)."""
    picked: list[str] = []
    stop = len(backwards)
    for k, w in enumerate(backwards):
        if _TIME_OR_CLAUSE_WORD.fullmatch(w):
            stop = k
            break  # "In August 2011 | President | Obama", "Doesn't | President | Obama": no part of a title
        if k == 0 and w in _STATUS_AFTER_TITLE and len(backwards) > 1 and backwards[1][:1].isupper():
            picked.append(w)  # "Ketua DPR nonaktif | Setya Novanto": the office held for now, or no longer
            continue
        if w.lower() in ("dan", "and") and (any(_is_role(p) for p in picked) or (picked and all(map(is_honorific, picked)))):
            # (or a title of address alone: "Kapolri Jenderal Tito Karnavian dan Ustaz | Arifin Ilham")
            stop = k
            break  # "Presiden Rusia Vladimir Putin dan Pemimpin Korea Utara Kim": another person's title
        # "Presiden ke-6 RI", "Wakil Presiden ke-11 | Boediono": an ordinal sits inside a title or
        # ends it; "Kepala Sekolah SMPN 33", a number; "Wakil Menteri Kesehatan dr | Benjamin": a
        # title of address (cut below)
        if w[:1].isupper() or _is_role(w) or (picked and w.lower() in CONNECTORS | MODIFIERS) or _ORDINAL.fullmatch(w) \
                or (w.startswith("(") and w.endswith(")") and len(w) > 2) or w.isdigit() or is_honorific(w) \
                or w.startswith(("tahun ", "periode ")) \
                or (picked and w.lower() == "dari" and (picked[-1] in _FROM_BODIES or _ACRONYM.fullmatch(picked[-1]))) \
                or _CAMEL_BRAND.fullmatch(w) \
                or (w == "-" and picked and picked[-1][:1].isupper() and k + 1 < len(backwards)
                    and (backwards[k + 1] in ("Co", "Vice", "Ex") or (picked[-1].isupper() and backwards[k + 1].isupper()))) \
                or (w == "di" and picked and picked[-1][:1].isupper() and k + 1 < len(backwards)
                    and backwards[k + 1] in ("RI", "Indonesia")):
            # ("Group CEO aCommerce": a brand written with a small first letter; "Co - Founder", "CTO GO - JEK": a
            # detokenised hyphen inside a title; "Konsul Jenderal RI di New York": a mission and where it is)
            picked.append(w)
        elif w == "," and picked and any(p.lower() in ("dan", "and", "&") for p in picked) \
                and not any(_is_role(p) for p in picked) and k + 1 < len(backwards) and backwards[k + 1][:1].isupper():
            # "Menteri Koordinator bidang Politik, Hukum, dan Keamanan | Wiranto": the fields an office
            # lists, closed by "dan" (a role word after it would be another person's: "Wapres X, dan
            # Menteri | Y" stops at "dan" above)
            picked.append(w)
        elif w == "," and picked and _place_since_comma(picked) and k + 1 < len(backwards) \
                and (backwards[k + 1][:1].isupper() or backwards[k + 1].startswith("(")):
            # "Kepala Dinas … (Dikpora), Kabupaten Dompu, Nusa Tenggara Barat (NTB), | Rifaid": the
            # office's region, set off by commas
            picked.append(w)
        elif (picked or comma or (k == 0 and _lower_role_right_before(backwards))) and _qualifies_role(backwards, k):
            # "pengamat otomotif dari Institut Teknologi Bandung", "hakim tunggal PN Palu",
            # "Pengamat kebijakan publik Sumatera Selatan": up to three lower-case words right after
            # a role word, before the rest of the title or the name ("pengamat otomotif | Budi"); "Pengacara
            # terdakwa, | Tuti": the whole title, set off by a comma
            picked.append(w)
        else:
            stop = k
            break
    picked.reverse()
    # "Evaluasi 1 Tahun Pemerintahan | Presiden | Prabowo", "masa pemerintahan Presiden Jokowi": an
    # administration's name holds the title; what stands before it is an event's or a period's (not a
    # government section's head: "Kabag Pemerintahan Setda …", where no role word follows)
    cut = max((k + 1 for k, w in enumerate(picked[:-1]) if w.lower() in ("pemerintahan", "kepemimpinan")
               and any(_is_role(x) for x in picked[k + 1:])), default=0)
    picked = picked[cut:]
    for k, w in enumerate(picked[:-1]):
        nxt = picked[k + 1]
        if w.lower() in ("of", "for") and (_is_role(nxt) or nxt.endswith(("'s", "’s"))) and any(
                _is_role(p) for p in picked[:k]):
            # "deputy chairman of | President Vladimir Putin's council", "a spokesman for | Lithuania's
            # President Gitanas Nauseda": the title before "of" is another person's
            picked = picked[k + 1:]
            break
    while picked and (picked[0].lower() in LEAD_STOPS or picked[0].lower() in CONNECTORS or picked[0].startswith("(")
                      or (len(picked) > 1 and is_honorific(picked[0]))  # "Pak | Menko"
                      or picked[0] in _TRAILING_MODIFIERS):  # "sidang | umum PBB Presiden"
        picked = picked[1:]  # (nor an acronym whose name lies before: "pergantian antarwaktu | (PAW) untuk …")
    return picked, stop


def paren_after(body: str, end: int) -> str | None:
    """A role in parentheses right after a name: "Peskov (Jubir Kremlin)"."""
    m = _PAREN_RE.match(body, end)
    if not m:
        return None
    words = _WORD_RE.findall(m.group(1))
    if words and not _is_role(words[0]) and english_job_title(m.group(1).split()) is not None:
        return " ".join(m.group(1).split())  # "Gerald Logor (Marketing Intelligence Lead Shopee)": title and firm
    return _clean(words) if _opens_with_role(words) else None  # (or a post once held: "(mantan wakil chairman Arsenal)")


def _opens_with_role(words: list[str]) -> bool:
    """Whether ``words`` open with a role word, or with a former holder's word before one ("mantan Bupati …")."""
    return bool(words) and (_is_role(words[0]) or (len(words) > 1 and words[0].lower() in _FORMER and _is_role(words[1])))


# heads of the English job titles Indonesian tech and business news brackets after a name, with the firm
# ("Gerald Logor (Marketing Intelligence Lead Shopee)", "Fanie Fikri (VP Marketing Fabelio)")
_JOB_HEADS = frozenset("""Lead Manager Head VP SVP EVP CEO CTO COO CFO CMO CIO CPO Director Officer Founder Co-Founder
Cofounder Engineer Specialist Executive Chief Partner Analyst Consultant Strategist Evangelist""".split())
# the fields such a head may take after it ("VP Marketing", "Head of Business Development")
_JOB_FIELDS = frozenset("""Marketing Sales Engineering Product Products Operations Finance Technology Business Development
Growth Strategy Partnership Partnerships Communications Communication Corporate People HR Design Data Digital Content
Brand Customer Success Intelligence Research Public Policy Affairs Relations Legal Investment Investor Commercial
Regional Country Global Asia Pacific Indonesia Southeast of and &""".split())


def english_job_title(words: list[str]) -> int | None:
    """Where the English job title ends in a bracket's ``words`` that hold a title and the firm after it — the
    firm is ``words[end:]``, one to four words — or None. The title is capitalised words up to a head
    (``_JOB_HEADS``) and the fields that head takes after it."""
    heads = [k for k, w in enumerate(words) if w in _JOB_HEADS]
    if not heads or not all(w[:1].isupper() or w in ("of", "and", "&") for w in words[:heads[-1] + 1]):
        return None
    end = heads[-1] + 1
    while end < len(words) - 1 and words[end] in _JOB_FIELDS:
        end += 1
    firm = words[end:]
    if not 1 <= len(firm) <= 4 or not all(w[:1].isalpha() and not w[:1].islower() or w[1:2].isupper() for w in firm):
        return None  # (a firm's name may open in lower case with a capital after: "aCommerce")
    return end


# a badminton player's event ("ganda campuran nasional", "tunggal putri"): said before a name (or a slash pair,
# "ganda putri nasional, Greysia Polii/Apriani Rahayu") or bracketed after it ("Jonatan Christie (tunggal putra)")
_PLAY_CATEGORY = re.compile(r"(?:tunggal|ganda) (?:putra|putri|campuran)(?: nasional)?")
_CATEGORY_BEFORE = re.compile(r"\b((?:tunggal|ganda) (?:putra|putri|campuran)(?: nasional)?),?\s*$")


def play_category(body: str, start: int, end: int, people: Iterable[tuple[int, int]] = ()) -> str | None:
    """A badminton player's event said before the name, or bracketed after it; in a doubles pair
    written "A/B" the event said before A or after B is both players'."""
    people = list(people)
    if body[start - 1:start] == "/":  # the pair's second: what stands before the first
        start = next((a for a, b in people if b == start - 1), start)
    if body[end:end + 1] == "/":  # the pair's first: what stands after the second
        end = next((b for a, b in people if a == end + 1), end)
    if m := _CATEGORY_BEFORE.search(body, max(0, start - 40), start):
        return m.group(1)
    if (m := _PAREN_RE.match(body, end)) and _PLAY_CATEGORY.fullmatch(m.group(1).strip()):
        return m.group(1).strip()
    return None


def apposition_after(body: str, end: int, others: Iterable[tuple[int, int]] = (),
                     people: Iterable[tuple[int, int]] = ()) -> str | None:
    """A role set off by a comma after a name: "John Kirby, juru bicara Gedung Putih, ...".

    ``others``: other people's mentions; a capitalised phrase that runs into one is that person's
    title in a list ("Prabowo Subianto, Wakil Presiden Gibran Rakabuming Raka, ..."), not a role
    (a possessor is no such person: "Choi Sang-mok, Yoon's senior economic secretary"). ``people``:
    every other person's mention, however unsure: one ending the phrase makes it a list's next
    title and name."""
    # "Sarce Tobondo (38), salah seorang pengungsi": an age in brackets before the comma
    # ("Baldev Bhakar, 72, a jeweller from …": an English age between commas)
    # ("Sen. Jeff Bingaman, D-N.M., chairman of …": a US lawmaker's party and state before it)
    m = re.match(r"(?:\s*\(\d{1,3}(?:\s*(?:tahun|th))?\))?(?:\s*,\s*\d{1,3}(?=\s*,))?"
                 # (an initialism's dots inside: "the U.S. ambassador to the United Nations")
                 r"(?:\s*,\s*[RDI]-[A-Z][A-Za-z.]{0,6}(?=\s*,))?\s*,\s*((?:[^,;:.\n()\"“”]|(?<=\b[A-Z])\.){2,120})",
                 body[end:end + 170])
    if not m:
        return None
    if m.group(1)[:1].isupper() and any(end + m.start(1) <= a < end + m.end(1)
                                        and body[b:b + 2] not in ("'s", "’s") for a, b in others):
        return None  # (a lower-case role may name whom it serves: "Alex Pastoor, asisten Kluivert")
    if m.group(1)[:1].isupper() and any(b == end + len(m.group(0).rstrip()) and a > end + m.start(1) for a, b in people):
        return None  # "Jusuf Kalla, Wakil Presiden ke-11 Boediono, …": the next title and name of a list
    starts = {a for a, _ in people}
    close = end + len(m.group(0).rstrip())
    if m.group(1)[:1].islower() and (run := re.search(r"(?<=[a-z] )[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*(?=\s*$)", m.group(1))) \
            and run.group().split()[0].lower() not in ORG_HEADS and known_type(run.group()) is None \
            and (nxt := _LIST_NEXT.match(body, close)) and nxt.end() in starts:
        # "Kris Jenner, penata rambut Jen Atkin, dan Chrissy Teigen": a list's next calling and name (whether or
        # not the tagger saw the name), another name of the list after it
        return None
    ends = {a: b for a, b in people}
    if m.group(1)[:1].islower() and (nxt := re.match(r"\s*,\s*", body[close:])) and (b := ends.get(close + nxt.end())) \
            and re.match(r"\s*,\s*(?:dan|serta)\s|\s*,\s*[a-z]+ [A-Z]", body[b:]):
        # "Virgil van Dijk, bek kiri Juventus, Alex Sandro, dan winger Inter Milan, …": a list of titles and names,
        # the title the next name's (not "Li Wenjun, pimpinan Kementerian Perdagangan, Cook menyampaikan …")
        return None
    if m.group(1)[:1].isupper() and _AFTER_WITH.search(body, max(0, end - 60), end) \
            and (nxt := re.match(r"\s*,\s*", body[end + m.end(1):])) \
            and any(a == end + m.end(1) + nxt.end() for a, _ in people):
        # "Senada dengan Eddy, Waketum Partai Demokrat, Dede Yusuf, mendukung …": after "dengan X" the
        # title set off by commas is the next name's, the subject of the clause
        return None
    if (retired := _RETIRED_AFTER.match(body, end + m.end(1))) and any(a == retired.end() for a, _ in people):
        # "Tjahjo Kumolo, anggota Wantimpres Jenderal (Purn) Subagyo HS, …": the title and rank of the next
        # name of a list, the retired rank's bracket stopping the phrase
        return None
    words = _WORD_RE.findall(m.group(1))
    if len(words) > 1 and words[0] in ("currently", "now", "also", "still", "previously", "formerly"):
        words = words[1:]  # "Ian Dalton, currently chief executive of NHS North East"
    determined = bool(words) and words[0].lower() in {"a", "an", "the"}
    one_of = False
    if words and words[0].lower() in {"a", "an", "the", "selaku", "sebagai", "seorang", "sang"}:
        words = words[1:]
    elif [w.lower() for w in words[:2]] in (["salah", "seorang"], ["salah", "satu"]):
        words = words[2:]  # "…, salah seorang hakim"
        one_of = True
    elif words and words[0].lower() in _POSSESSIVES:
        # "Jane Doe, his former secretary", "…, their company's accountant": the role without
        # whose it is (a named possessor stays: "Choi Sang-mok, Yoon's senior economic secretary")
        words = words[1:]
        if words and words[0].islower() and words[0].endswith(("'s", "’s")):
            words = words[1:]
    picked = []
    for k, w in enumerate(words):
        if picked and not determined and w.islower() and _VERB_LIKE.match(w) and not _is_role(w) \
                and w not in MODIFIERS and not any(p.lower() in ("of", "the", "for") for p in picked):
            # (an English qualifier that looks like an Indonesian verb is none: "national | disaster
            # agency", "district | permit office"; nor after an English article: "Lo Wing-lok, an
            # infectious | disease expert")
            if one_of or picked[-1].lower() in ("itu", "ini", "tersebut"):
                # "kata Argo, salah satu pelaku kembali | melakukan …", "Menerima umpan Jorginho, pemain 26 tahun itu |
                # berhasil …": a clause's subject (the one a demonstrative points back to), no apposition
                return None
            break  # "…, pengusaha dari Golden Coffee Beans Mesir | menyambut baik …": the clause's verb
        if w.lower() in APPOSITION_STOPS and picked:
            if w.lower() == "at" and _is_role(picked[-1]) and _where_one_works(words[k + 1:]):
                picked.extend(words[k:])  # "…, a reporter at the Daily Planet news site"
            elif w.lower() == "from" and _is_role(picked[-1]) and _a_body(words[k + 1:]):
                picked.extend(words[k:])  # "…, an analyst from Capital Economics" (not "from the nearby town of …")
            break
        picked.append(w)
    while picked and picked[-1].lower() in _PREPOSITIONS:
        picked.pop()  # "…, seorang pelukis dengan | menggunakan kaki": a preposition before the verb ends nothing
    # (a demonstrative before the closing comma stays: "juru bicara kementerian itu" is that ministry's)
    if not picked:
        return None
    if picked[0].islower() and picked[0].lower() not in _RELATIONAL:
        at = end + m.start(1)
        for w in picked:  # where the picked words end in the body
            at = body.index(w, at) + len(w)
        if any(end + m.start(1) < a and b <= at and " " in body[a:b] for a, b in people):
            # "Bukan cuma Streep, aktris Michelle Williams yang …": an occupation before another
            # person's full name introduces that person ("asisten Kluivert" names whom one serves)
            return None
    # (after an article a longer head: "the Liberal Democrat home affairs spokesman")
    english_head = any(_is_role(w) for w in picked[:6 if determined else 4]) and picked[0][:1].isupper()
    # "…, former deputy head of …": lower-case qualifiers before the role word
    # (after an English article any lower-case words: "Charles Clarke, the home secretary", "Samantha
    # Joye, a marine science professor at …")
    first_role = next((k for k, w in enumerate(picked[:4]) if _is_role(w)), None)
    qualified = first_role is not None and (
        # ("Dennis Jett, former US ambassador to Peru": a country's initials among them)
        all((w.lower() in MODIFIERS and w.islower()) or _COUNTRY_WORD.fullmatch(w) for w in picked[:first_role])
        # "Samantha Joye, marine science professor at …": lower-case nouns before an English occupation
        or (picked[first_role].lower() in _EN_ROLE_HEADS | _OCCUPATIONS and 0 < first_role <= 3
            and all(_LOWER_WORD.fullmatch(w) and w not in CONNECTORS and not _VERB_LIKE.match(w)
                    for w in picked[:first_role]))
        or (determined and picked[first_role].islower()  # (not "the wife of Prime Minister …")
            # (a country's initials or name among them: "Edward Walker, a former U.S. ambassador to Egypt")
            and all((_LOWER_WORD.fullmatch(w) and w not in CONNECTORS) or _COUNTRY_WORD.fullmatch(w)
                    or known_type(w) == "LOC" for w in picked[:first_role])))
    if picked[0] == "pimpinan" and len(picked) > 1:  # "Li Lecheng, pimpinan Kementerian …" (before a name,
        return _clean(picked, before_name=False) or " ".join(picked)  # "pimpinan Presiden X" is "led by")
    return _clean(picked, before_name=False) if _is_role(picked[0]) or english_head or qualified else None


_POSSESSIVES = frozenset("his her their its our".split())
_RETIRED_AFTER = re.compile(r"\(\s*(?:Purn|Purnawirawan|Ret)\.?\s*\)\s*")
_COUNTRY_WORD = re.compile(r"(?:[A-Z]\.){2,3}|UK|US|UN|EU")
# a lower-case word, hyphenated too ("the anti-war protester")
_LOWER_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
# role words that name whom one serves or is kin to: "Alex Pastoor, asisten Kluivert"
_RELATIONAL = frozenset("""asisten pengacara kuasa ajudan istri suami anak ayah ibu kakak adik sekretaris juru jubir
penasihat staf sopir pendamping rekan teman sahabat manajer ketua kepala wakil pelatih orang keluarga
assistant lawyer aide wife husband son daughter father mother brother sister secretary spokesman spokeswoman
spokesperson adviser advisor staffer driver friend manager""".split())


def _a_body(words: list[str]) -> bool:
    """Whether words after "from" name a body: capitalised words only, after an optional "the"."""
    if words and words[0].lower() == "the":
        words = words[1:]
    return 0 < len(words) <= 5 and all(w[:1].isupper() or w in ("of", "and", "&") for w in words)


def _where_one_works(words: list[str]) -> bool:
    """Whether the words after "at" in an apposition name a workplace (a short phrase with a
    capitalised word and nothing that reads as a clause: "at the Daily Planet news site", not "at
    the scene when police arrived")."""
    if words and words[0].lower() == "the":
        words = words[1:]
    return 0 < len(words) <= 6 and any(w[:1].isupper() for w in words) and all(
        w.isalpha() and (w[:1].isupper() or (w.islower() and w not in APPOSITION_STOPS and w not in LEAD_STOPS
                                             and not w.endswith("ed"))) for w in words)


_AS_ROLE = re.compile(r"\s*,?\s*(?:yang\s+(?:juga\s+)?(?:kini\s+|saat\s+itu\s+|masih\s+|pernah\s+)?menjabat\s+"
                      r"|(?:saat|ketika|semasa|sewaktu|selama)\s+(?:masih\s+)?menjabat\s+"
                      # "Wesley Sneijder resmi diperkenalkan sebagai pemain baru klub Qatar", "X ditetapkan sebagai tersangka"
                      r"|(?:(?:resmi|telah|sudah|akan|baru|kembali)\s+)*(?:diperkenalkan|ditunjuk|diangkat|dilantik|dikukuhkan"
                      r"|ditetapkan|dinobatkan|terpilih|bertindak|bertugas"
                      # "Yasonna diperiksa sebagai saksi bagi tersangka …"
                      r"|diperiksa|dihadirkan|dipanggil|bersaksi)\s+)?"
                      # "Maman Sidikou, yang merupakan pemimpin MONUSCO, …": a relative clause's "is"
                      r"(?:sebagai|selaku|(?<=,\s)yang\s+(?:juga\s+)?merupakan|(?<=,)yang\s+(?:juga\s+)?merupakan"
                      # "Dara Khosrowshahi yang sebelumnya menjadi CEO Expedia": an office held before
                      r"|yang\s+(?:juga\s+)?(?:sebelumnya|sempat|pernah|kini|sekarang)\s+menjadi"
                      # "Rudi Alfonso, yang juga menjabat Ketua DPP …": the office right after the verb
                      r"|(?<=,\s)yang\s+(?:juga\s+)?(?:kini\s+|masih\s+|pernah\s+)?menjabat(?=\s+[A-Z])"
                      # "Victor Moses menjadi pemain inti Chelsea": the name the subject of "menjadi"
                      r"|(?:(?:resmi|kini|akan|baru|sempat|pernah|sudah|telah)\s+)*menjadi"
                      # "Saat itu Sugiharto merupakan Direktur Pengelolaan Informasi …"
                      r"|(?:(?:juga|adalah|masih)\s+)?merupakan)"
                      r"\s+([^,;:.\n()\"“”]{2,120})")


def role_as(body: str, start: int, end: int) -> str | None:
    """A role given with "sebagai"/"selaku" right after a name: "menonaktifkan Adies Kadir sebagai
    Anggota DPR dari Fraksi Partai Golkar", "Budi, selaku Kepala Desa" (not after the agent of a
    passive: "ditunjuk Prabowo sebagai Menteri Keuangan" names the one appointed)."""
    m = _AS_ROLE.match(body, end)
    # ("… menjabat sebagai …" is said of the name before it, an agent or not; so is "selaku", in the capacity of:
    # "dipimpin oleh Melody selaku kapten JKT48")
    if not m or (_AGENT_BEFORE.search(body, max(0, start - 30), start) and "menjabat" not in m.group(0)
                 and "selaku" not in m.group(0)):
        return None
    picked = []
    for w in _WORD_RE.findall(m.group(1)):
        low = w.lower()
        if low == "baru" and picked and _is_role(picked[-1]):
            picked.append(w)  # "sebagai pemain baru klub Qatar": a new player (not "baru saja", just now)
            continue
        if w in ("?", "!"):
            break  # "Anda mengingat Zidane sebagai pemain?": a question's end
        if picked and (low in APPOSITION_STOPS or low in _AS_STOPS or w.isdigit()
                       or (w.islower() and _VERB_LIKE.match(w) and w != "merangkap"  # "Ketua merangkap anggota KPU"
                           and not _is_role(w))):  # ("director" is no passive verb)
            break
        picked.append(w)
    if len(picked) == 1 and picked[0].lower() == "juru":
        return None  # "juru kunci situs": a keeper, no "juru bicara"
    if (lead := body[m.start():m.start(1)]).rstrip().endswith(("menjadi", "merupakan")) and "yang" not in lead \
            and not any(w[:1].isupper() for w in picked[1:]):
        # "menjadi pemain pertama yang …", "menjadi legenda": a feat or a standing; a post names its body (a relative
        # clause's "yang merupakan …" is an apposition, as before)
        return None
    if any(w.lower() in ("terbaik", "terfavorit") for w in m.group(1).split()[1:3]) \
            and re.search(r"\b(?:terpilih|dinobatkan|dianugerahi)\b", m.group(0)):
        return None  # "terpilih sebagai pelatih terbaik": an award won, no post
    # (an English office after its field: "selaku creative director Disney - Pixar")
    return _clean(picked) if picked and (_is_role(picked[0]) or (
        len(picked) > 1 and picked[0].islower() and picked[0].isascii() and _EN_ROLE_FIELD.fullmatch(picked[0])
        and _is_role(picked[1]))) else None


_EN_ROLE_FIELD = re.compile(r"creative|game|art|managing|general|executive|marketing|sales|product|technical")
_AS_STOPS = frozenset("""untuk yang ini itu juga akan sejak pada di ke dalam tersebut saat ketika hingga sampai dengan
bersama beserta serta kepada oleh telah sudah masih baru periode mulai terhitung per selama adalah ialah merupakan yaitu
yakni""".split())
_AGENT_BEFORE = re.compile(r"(?:\boleh|\bdi[a-z]{4,}(?:kan|i)?)\s+(?:\w+\s+){0,1}$")  # (not "mobil dinas")


# offices that serve someone named after them ("pengacara Jokowi", "kuasa hukum Setnov", "perwakilan Levine")
_SERVING = frozenset("perwakilan pengacara hukum ajudan publisis pribadi".split())  # ("dokter pribadi Carlos")
_SERVING_BEFORE_NAME = frozenset("manajer agen".split())


def _tidied(role: str) -> str:
    """A role read after its calling without the clause a "-nya" word opens ("penulis naskahnya masih sama, | X" →
    "penulis naskah") or a praise of skill ("koreografer handal")."""
    words = role.split()
    if len(words) < 2 or not _is_role(words[0]):
        return role
    i = next((j for j, w in enumerate(words[1:-1], 1) if w.islower() and w.endswith("nya") and len(w) > 5), 0)
    if i and all(w.islower() for w in words[i:]):
        return " ".join([*words[:i], words[i][:-3]])
    return re.sub(r"\s+(?:handal|andal)$", "", role)


def find_roles(body: str, spans: Iterable[tuple[int, int]], others: Iterable[tuple[int, int]] = (),
               people: Iterable[tuple[int, int]] = ()) -> list[str]:
    """Distinct roles (first-seen order, case-insensitively distinct) of one person's mentions;
    ``others``: other people's mentions, ``(start, end)`` (a title or apposition that holds one is
    not this person's role); ``people``: all other people's mentions, the unsure ones too (an
    apposition ending in one is a list's next entry)."""
    out: list[str] = []
    seen: set[str] = set()

    def add(role: str | None) -> None:
        role = _tidied(role) if role else role
        if role == "Bintang":
            return  # "Bintang Emon": a name's first word, unless a club, a film or a place follows ("Bintang Arsenal")
        if role and role.lower() not in seen:
            seen.add(role.lower())
            out.append(role)

    spans = list(spans)
    others = list(others)  # read once per mention
    people = [*others, *people]
    before_name = {b: a for a, b in people if a >= 0}
    for start, end in spans:
        # "Ketua Komnas Perempuan Siti | Rohani Tampubolon": a name the tagger split in two; the
        # title is read before both parts (not into the second's)
        if body[start - 1:start] == " " and start - 1 in before_name:
            start = before_name[start - 1]
        for role in author_line_roles(body, start, end):
            add(role)
        if word_before(body, start).lower() in ("pengganti", "penerus"):
            continue  # "aktor pengganti | Daniel Craig sebagai pemeran utama": the titles are his successor's
        titles = titles_before(body, start, others)
        if titles and any(a < start for a, b in spans):
            # "perwakilan Levine", "Pengacara Siti Aisyah yang disewa …" (the person named before): an office that
            # serves someone, before that someone's name, is another person's
            # (a manager or agent too, right before the name: "tim manajer Swift"; not set off by a comma, "sebagai
            # manajer, Louis van Gaal")
            titles = [t for t in titles if t.split()[-1].lower() not in _SERVING
                      and not (t.split()[-1].lower() in _SERVING_BEFORE_NAME and body[start - 2:start] != ", ")]
        # "anggota baru keluarga Kim": a member of someone's family, not that someone
        titles = [t for t in titles if t.split()[-1] != "keluarga"]
        for role in (*titles, paren_after(body, end),
                     apposition_after(body, end, others, people), role_as(body, start, end),
                     listed_role(body, start, people), their_calling(body, start, people), plural_title(body, start),
                     shared_title(body, start, people),
                     labelled_role(body, start), play_category(body, start, end, people)):
            # "Rinawati, Co-Owner sekaligus Presiden Komisaris PT …": two offices at once, each a role
            # (or joined by "&": "Co-Founder & CEO Papillon Group")
            parts = re.split(r" sekaligus | & | and ", role) if role else []  # ("Corporate President and CEO")
            if role and len(parts) == 1 and (two := role.split(" dan ", 1)) and len(two) == 2 and " " not in two[0] \
                    and (two[0].islower() or two[0] in _FOUNDING_TITLES) and _is_role(two[0]) \
                    and _is_role(two[1].split()[0]):
                # "penulis dan peneliti dari University of South Brittany": two callings ("selaku Founder dan CEO")
                parts = two
            elif role and len(parts) == 1 and (two := role.split(" ", 1)) and len(two) == 2 \
                    and two[0] in _CASE_STANDINGS and (two[1].startswith(("mantan ", "eks "))
                                                       or (two[1][:1].isupper() and _is_role(two[1].split()[0]))):
                # "terdakwa mantan Ketua Umum Partai Golkar", "tersangka Direktur Utama PT Quadra Solution": a standing
                # in a case and an office
                parts = two
            for part in parts if len(parts) > 1 and all(any(_is_role(w) for w in p.split()) for p in parts) else [role]:
                add(part)
    # "Ketua DPP PDIP ini mengatakan": a title with a demonstrative stands for the person named last
    # as a subject (a sentence's, or a "kata X" attribution's), not one named in passing ("… di masa
    # awal kepemimpinan Prabowo. … Wakil Ketua Komisi II DPR RI ini menilai": Dede Yusuf, who spoke)
    mentions = sorted([*((a, b, True) for a, b in spans), *((a, b, False) for a, b in people)])
    held_by_others: set[str] | None = None

    def held(m: tuple[int, int, bool]) -> list[str]:
        return out if m[2] else _titles_at(body, m)  # (this person's roles so far, or another's titles at a mention)

    for pos, role in anaphoric_titles(body):
        before = [(a, b, own) for a, b, own in mentions if b <= pos]
        subjects = [m for m in before if _a_subject(body, m[0])] or before
        if before and re.search(rf"\bseorang\s+(?:[a-z]+\s+){{0,2}}{re.escape(role.split()[0].lower())}\b",
                                body[_sentence_start(body, before[-1][0]):pos]):
            continue  # "ujar seorang komandan aliansi … | Komandan itu mengatakan": an unnamed one, named last
        pick = subjects[-1] if subjects else None
        if pick:
            # "KPK memanggil Yasonna … | Namun politikus PDIP itu …": a subject named before the sentence before
            # gives way to the person named last in that sentence or this one (outside a quotation: "… kepada Pak
            # Andre," ujar mantan Komisaris Utama itu)
            here = _sentence_start(body, pos)
            prev = _previous_sentence_start(body, here)
            recent = [m for m in before if m[0] >= prev and not in_quotation(body, m[0])]
            if pick[0] < prev and recent and not _PRONOUN.search(body, prev, recent[-1][0]):
                pick = recent[-1]  # (unless a pronoun before it carries the subject on: "Dia mengatakan bahwa Niko …")
        if pick and (kind := _sport_kind(role)) and not _fits(kind, held(pick)):
            # "Conte memuji Batshuayi. Penyerang asal Belgia itu …": a player's title does not stand for the coach who
            # was the subject; the person named after the subject whom it fits, if any
            pick = next((m for m in reversed(before) if m[0] > pick[0] and _fits(kind, held(m))), None)
        if pick and pick[2]:
            if held_by_others is None:
                held_by_others = {t.lower() for a, _ in people for t in titles_before(body, a)} - {r.lower() for r in out}
            if role.lower() in held_by_others:
                continue  # "sang sutradara Will Gluck … Sutradara tersebut": the one who holds that title elsewhere
            add(role)
    return fullest(out)


# the titles of sport's two sides: who plays, and who coaches
_PLAYERS = frozenset("""pemain bek gelandang penyerang striker kiper winger bomber playmaker fullback pesepakbola pebalap
pembalap petenis pebasket pebulutangkis pebulu pegolf atlet pelari sprinter petinju pegulat pesilat perenang kapten penggawa
rookie""".split())
_COACHES = frozenset("pelatih manajer coach".split())


def _sport_kind(role: str) -> tuple[str, bool] | None:
    """("player" or "coach", whether a former one) for a sports title, else None."""
    words = role.lower().split()
    former = len(words) > 1 and words[0] in _FORMER
    head = words[1] if former else words[0]
    kind = "player" if head in _PLAYERS else "coach" if head in _COACHES else None
    return (kind, former) if kind else None


def _fits(kind: tuple[str, bool], roles: list[str]) -> bool:
    """Whether a sports title (:func:`_sport_kind`) may stand for a person with ``roles``: a player's for no one
    whose present titles are all others' (a coach, a firm's head), a coach's for no player; a former coach for no
    present player (a former player may coach)."""
    present = [r for r in roles if r.split()[0].lower() not in _FORMER]
    kinds = {k[0] for r in present if (k := _sport_kind(r))}
    what, former = kind
    if former:
        return what == "player" or "player" not in kinds
    return not present or what in kinds


def _titles_at(body: str, mention: tuple[int, int, bool]) -> list[str]:
    """The titles another person has at one of their mentions (before it, or in brackets after it)."""
    return [*titles_before(body, mention[0]), *filter(None, [paren_after(body, mention[1])])]


def _a_subject(body: str, start: int) -> bool:
    """Whether the name at ``start`` opens its sentence (after its title, or a short adverbial
    and its comma, if any) or follows a word of saying ("kata Dede Yusuf")."""
    lead = body[_sentence_start(body, start):start].strip()
    words = lead.split()
    while words and is_honorific(words[-1].strip(",")):
        words.pop()  # "Gus Maksum menyebut …", "Pak Budi mengatakan": a title of address opens the name
    if not words:
        return True
    lead = lead[:lead.rfind(words[-1]) + len(words[-1])]
    if (words[-1].lower() == "bahwa" and words[0].lower() in ("dia", "ia", "beliau")):
        return False  # "Dia mengatakan bahwa Niko …": the one "Dia" stands for stays the subject
    if words[-1].lower().strip(",") in _ANAPHOR_LEADS | {"menurut", "bahwa"} or (lead.endswith(",") and (
            len(words) <= 4 or words[0].lower() in _ADVERBIAL_OPENERS)):
        # (after a fronted adverbial: "Untuk diketahui, Adies Kadir …"; "… mengatakan bahwa Rooney akan …":
        # a reported clause's subject)
        return True
    if re.fullmatch(r"oleh|di[a-z]{3,}(?:kan|i)", words[-1]):
        return True  # the agent of a passive: "Onana dicadangkan Ruben Amorim. Manajer asal Portugal itu …"
    title = title_before(body, start)
    return bool(title) and lead.rstrip(",").endswith(title) and len(lead.rstrip(",")) - len(title) <= 2


# "GOP consultants Alex Castellanos and John Feehery", "Princes William and Harry": an English plural
# title before two names is each one's (what qualifies it: lower-case words or an acronym)
_PLURAL_TITLE = re.compile(r"(?<![\w-])(?P<title>(?:(?:[A-Z]{2,5}|[a-z][a-z-]+)\s+){0,2}(?P<head>[A-Za-z][a-z-]+s))\s+"
                           r"(?:(?P<first>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+and\s+)?$")
# verbs before such a title ("has contracted | GOP consultants", "retained | crisis lawyers")
_TITLE_LEAD_VERBS = frozenset("hired hiring retained contracted including include includes".split())


def plural_title(body: str, start: int) -> str | None:
    """The plural title before the name at ``start``, or before the name "and" joins it to."""
    m = _PLURAL_TITLE.search(body, max(0, start - 120), start)
    if not m or not _is_role(m.group("head")[:-1]) or m.group("head")[:-1].lower() in _CANNOT_END_TITLE:
        return None
    words = m.group("title").split()
    while len(words) > 1 and (words[0].lower() in STOPWORDS or words[0].lower() in _TITLE_LEAD_VERBS
                              or _VERB_LIKE.match(words[0]) or words[0].endswith("ed")):
        words = words[1:]
    return " ".join(words)


# a line's label before the name it gives: "Pelatih: Tony Pulis", "Wasit: Michael Oliver" (a match report's
# line-up; a scrape may have glued the label to the line before, "… 76')Pelatih: Antonio Conte")
_LABEL = re.compile(r"(?<![A-Za-z] )(?<![A-Za-z]{2} )(?P<role>[A-Z][a-z]+(?: [A-Z]?[a-z]+)?)\s?:[ \t]*$")


def labelled_role(body: str, start: int) -> str | None:
    """The role a label gives the name after it ("Pelatih: Tony Pulis"): one or two words, a role word
    among them, at a line's start or glued to what went before (not a sentence's "kata Pelatih: …")."""
    m = _LABEL.search(body, max(0, start - 30), start)
    if not m or not any(_is_role(w) for w in m.group("role").split()):
        return None
    return m.group("role") if all(_is_role(w) or w.lower() in MODIFIERS for w in m.group("role").split()) else None


# a column's closing author line: "Mochamad Adli Wafi. Peneliti Pusat Kajian … & Anggota Asosiasi …", the name
# alone, a stop, then the writer's posts (a scrape may have lost the space: "Ahan Syahrul Arifin.Tenaga Ahli …")
_AUTHOR_LINE = re.compile(r"^(?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’.-]*){1,4})\. ?(?P<posts>[A-Z][^\n]{3,240}?)\.?[ \t]*$", re.M)
# where one post ends and the next begins: a comma, "&" or "dan" before a capitalised word of a role
_POST_SEP = re.compile(r"\s*(?:,|&|\bdan\b)\s+(?=[A-Z])")
_TRAILING_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z]{1,11}\)$")


def _author_line_posts(m: re.Match) -> list[str]:
    """The posts of an author line (:data:`_AUTHOR_LINE`), split where the next part opens with a role word
    ("Tenaga Ahli di DPR RI, Mahasiswa S-3 …"; not inside a body's name, "Pusat Kajian Demokrasi,
    Konstitusi, dan HAM"), each without a closing bracketed acronym."""
    posts: list[str] = []
    at = 0
    text = m.group("posts")
    for sep in _POST_SEP.finditer(text):
        nxt = text[sep.end():].split()
        if nxt and any(_is_role(w) for w in nxt[:2]):
            posts.append(text[at:sep.start()])
            at = sep.end()
    posts.append(text[at:])
    return [_TRAILING_ACRONYM.sub("", p).strip() for p in posts if p.strip()]


def author_names(body: str) -> list[tuple[int, int]]:
    """Spans of the names that open a column's author lines (:data:`_AUTHOR_LINE`)."""
    return [m.span("name") for m in _AUTHOR_LINE.finditer(body)
            if any(_is_role(w) for w in m.group("posts").split()[:2])] if "." in body else []


def author_line_roles(body: str, start: int, end: int) -> list[str]:
    """The posts a column's author line gives the name at ``start``–``end``, when the name opens the line and a
    role word opens the posts."""
    if start and body[start - 1] != "\n" or body[end:end + 1] != ".":
        return []
    m = _AUTHOR_LINE.match(body, start)
    if not m or m.end("name") != end or not any(_is_role(w) for w in m.group("posts").split()[:2]):
        return []
    return _author_line_posts(m)


# words that bring in the names a title stands for ("kelima terdakwa yakni …", "saksi atas nama Ade …",
# "pelaku bernama …")
# a run of capitalised words (a name's extent, where only its start is known)
_NAME_RUN = re.compile(r"[\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")
# between one name of a list and the next (and, read back, before a name: _LIST_SEP)
_LIST_NEXT = re.compile(r"\s*,\s*(?:(?:dan|serta|hingga)\s+)?|\s+(?:dan|serta|hingga)\s+")
# (and "adalah" after a demonstrative: "Keenam pemain itu adalah A, B, dan C")
_LIST_INTRO = re.compile(r"\s(?:yakni|yaitu|antara lain|di antaranya|atas nama|(?:yang\s+)?bernama|termasuk|seperti"
                         r"|(?<=\bitu\s)adalah|(?<=\bini\s)adalah|(?<=\btersebut\s)adalah)\s*[:,]?\s*$"
                         # "Lima pemain terbaik di lini serang Juventus: A, B, …": a colon after a counted calling
                         r"|(?P<colon>:)\s*$")
_LIST_SEP = re.compile(rf"(?:{_LIST_NEXT.pattern})$")


def _list_start(body: str, start: int, people: Iterable[tuple[int, int]]) -> int:
    """Where the list of names joined by commas and "dan" that the name at ``start`` ends begins (back
    over the list's earlier names, each one of ``people``); ``start`` when no name comes before it."""
    ends = {b: a for a, b in people}
    pos = start
    while (sep := _LIST_SEP.search(body, max(0, pos - 8), pos)) and sep.start() in ends:
        pos = ends[sep.start()]
    return pos


def listed_role(body: str, start: int, people: Iterable[tuple[int, int]]) -> str | None:
    """The title that introduces a list of names this one is in: "kelima terdakwa yakni Akmal,
    Kemal, dan | Jovan" ("terdakwa"); the names before it must all be people's mentions."""
    pos = _list_start(body, start, people)
    intro = _LIST_INTRO.search(body, max(0, pos - 20), pos)
    if not intro:
        return None
    words = _brackets_joined([part for w in _WORD_RE.findall(body[_sentence_start(body, intro.start()):intro.start()])
                              for part in _unglued(w)])[-(MAX_ROLE_WORDS + 6):]
    if words and words[-1] == ",":
        words = words[:-1]  # "dua pemandu acara, yaitu …"
    if words and words[-1].lower() in ("itu", "ini", "tersebut"):
        words = words[:-1]  # "Enam terduga pelaku itu yakni …"
    if (rel := next((j for j in range(len(words) - 1, max(len(words) - 7, 0), -1) if words[j] == "yang"), None)) \
            and all(w.islower() and w.isalpha() and not _is_role(w) for w in words[rel:]):
        # "dua pemain sayap yang mempunyai kecepatan yakni …": the clause picks them out (not one with a calling of its
        # own: "produser yang menangani musisi terkenal seperti …")
        words = words[:rel]
    if intro.group().strip() == "seperti":
        # "musisi terkenal seperti …": the calling without the praise that picks the examples
        for n in (1, 2):
            if len(words) > n and all(w.islower() and w.isalpha() and not _is_role(w) for w in words[-n:]) \
                    and _is_role(words[-n - 1]):
                words = words[:-n]
                break
    backwards = list(reversed(words))
    picked, k = _walk_back(backwards)
    if intro.group("colon") and not (picked and _GROUP.fullmatch(picked[0])) \
            and not (k < len(backwards) and _GROUP.fullmatch(backwards[k])):
        return None  # (a colon brings in a list only after a count: not "Ketua Panitia: | Budi")
    if picked and picked[0].lower() == "tokoh":
        return None  # "dua tokoh protagonis yang bernama Henry Turner dan …": a story's characters, no post
    # (the role word may have its body after it: "tiga anggota majelis yakni …", "Anggota Majelis dari Tim
    # Pemeriksa Daerah (TPD) Sumut yakni …")
    return _clean(picked) if picked and any(_is_role(w) for w in picked) else None


# "Mereka adalah A, B, dan C" (or "Keduanya …") right after a sentence that counts a calling: "… hanya diperkuat dua
# pemain asing. Mereka Peter Odemwingie dan Fabiano Beltrame."
_THEY_ARE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:Mereka|Keduanya|Ketiganya|Keempatnya|Kelimanya|Keenamnya)"
                       r"(?:\s+(?:adalah|ialah|yakni|yaitu))?\s+$")
_INCLUDING = re.compile(r",?\s*(?:termasuk|antara lain|di antaranya)\s*:?\s*$")
_COUNTS = frozenset("""dua tiga empat lima enam tujuh delapan sembilan sepuluh beberapa sejumlah para""".split())


def their_calling(body: str, start: int, people: Iterable[tuple[int, int]]) -> str | None:
    """The calling the sentence before counts, for each name of a list that "Mereka adalah" opens after it ("Beberapa
    pemain utama Man United cedera. Mereka adalah Juan Mata, Chris Smalling, dan | Phil Jones": "pemain utama Man
    United"), or that its own sentence opens with for a list "termasuk" brings in: a role word within four words
    after a count or "beberapa", "sejumlah", "para", with the words qualifying it, up to a function word, a verb
    or a punctuation mark."""
    pos = _list_start(body, start, people)
    here = _sentence_start(body, pos)
    if pos == start and not _LIST_NEXT.match(body, _NAME_RUN.match(body, start).end()):
        return None  # (one name alone is no list)
    if _THEY_ARE.search(body[here:pos].lstrip()):
        words = _WORD_RE.findall(body[_previous_sentence_start(body, here):here])
        first = len(words)
    elif intro := _INCLUDING.search(body, here, pos):
        # "Sejumlah pebalap MotoGP juga menjadi klien VR46, termasuk Dani Pedrosa, …": the counted calling that
        # opens the sentence
        words = _WORD_RE.findall(body[here:intro.start()])
        first = 3
    else:
        return None
    callings = []
    for j, w in enumerate(words[:first]):
        if not (w.islower() and _is_role(w)) or not any(x.lower() in _COUNTS or x.isdigit() for x in words[max(0, j - 4):j]):
            continue
        picked = [w]
        for x in words[j + 1:j + 6]:
            if not x[:1].isalnum() or x.lower() in STOPWORDS or (x.islower() and _VERB_LIKE.match(x)):
                break
            picked.append(x.rstrip("."))
            if x.endswith("."):
                break  # (the sentence's full stop)
        picked[0] = picked[0].rstrip(".")
        callings.append(picked)
    # (the fullest of them: "Dari 22 nama pemain, lima di antaranya adalah pemain senior jebolan …")
    return " ".join(max(reversed(callings), key=len)) if callings else None


_DEMONSTRATIVE = re.compile(r"\s+(?:ini|itu|tersebut|tu)(?=\s+[a-z]|\s*[.,!?]|\s+[-–—]\s)")
# first words of a longer fronted adverbial ("Dengan tambahan dua gol ke gawang Meksiko, Lukaku …")
_ADVERBIAL_OPENERS = frozenset("""dengan setelah usai seusai sesudah dalam pada meski meskipun walau walaupun saat ketika
sementara sebelum sejak selain akibat berkat lewat melalui""".split())
# what a title standing for a person may follow: a sentence's start, a comma ("Meski begitu,
# akademisi … itu"), a closing quote or a verb of saying ("ujar Anggota Komisi IV DPR RI ini.")
# kin, before someone's title ("Suami artis X itu": X's husband)
_KIN = frozenset("suami istri anak ayah ibu adik kakak putra putri cucu menantu mertua keponakan sepupu".split())
_ANAPHOR_LEADS = frozenset([",", '"', "“", "”", *"""kata ujar ucap tutur jelas sebut imbuh tambah ungkap tegas pungkas lanjut
kecam sindir papar terang beber akui klaim""".split()])


# a title's holder as he once was ("mantan Bupati Belitung Timur ini", "eks gelandang Real Madrid itu")
_FORMER = frozenset("mantan eks bekas".split())
# what may stand between such a title and its demonstrative: where the person comes from, or their age
_ASIDE_BEFORE_DEMONSTRATIVE = re.compile(rf"(?<=\w)({_ORIGIN_PHRASE})?(?:\s+(?:berusia|berumur)\s+\d{{1,2}}\s+tahun)?$")


# a pronoun that carries a sentence's subject on ("Dia mengatakan bahwa Niko …")
_PRONOUN = re.compile(r"\b(?:[Dd]ia|[Ii]a|[Bb]eliau)\b")


@lru_cache(maxsize=8)
def anaphoric_titles(body: str) -> list[tuple[int, str]]:
    """(where it stands, title) of each title that stands for a person named before it, with a
    demonstrative ("Ketua DPP PDIP ini mengatakan", "akademisi dari FKIP Universitas Sriwijaya itu
    juga mengutuk", "ujar Anggota Komisi IV DPR RI ini."), outside quotation marks, opening its
    clause."""
    out = []
    for m in _DEMONSTRATIVE.finditer(body):
        if in_quotation(body, m.start()):
            continue  # inside a quotation: "Presiden ini …" may be anyone
        before = body[_sentence_start(body, m.start()):m.start()]
        # "mantan pebalap F1 asal Jerman itu", "Pemain sayap berusia 25 tahun itu": where the person comes from
        # is read with the title (the entity's roles keep it or not), the age is dropped
        aside = _ASIDE_BEFORE_DEMONSTRATIVE.search(before)
        if aside:
            before = before[:aside.start()]
        words = [part for w in _WORD_RE.findall(before) for part in _unglued(w)][-(MAX_ROLE_WORDS + 6):]
        backwards = list(reversed(words))
        picked, k = _walk_back(backwards)
        if k < len(backwards) and backwards[k].lower() not in _ANAPHOR_LEADS:
            continue  # "… bersama Ketua DPP PDIP itu": said of someone, not by a person standing in for a name
        role = _clean(picked)
        if role and _GROUP.match(role):
            continue  # "Sembilan tersangka itu adalah …", "Para pelaku ini": several people
        if role and role.split()[0].lower() in _KIN:
            continue  # "Suami artis Inneke Koesherawati itu": a relative of someone, the title that someone's
        if role and role.split()[-1].lower() in ("model", "perdana"):
            # "Menurutnya, model ini memperpendek …", "Hadirnya model ini": a scheme or a car, as often as a model;
            # "Pertemuan perdana itu": a first meeting
            continue
        if role and (role[:1].isupper() or _opens_with_role(picked)):
            end = m.start() - (len(aside.group(0)) if aside else 0)  # (where the title ends, before any aside)
            out.append((end - len(role), role + ((aside.group(1) or "") if aside else "")))
    return out


_GROUP = re.compile(r"(?:\d+|para|semua|seluruh|(?:ke)?(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)"
                    r"|sebelas|\w+\s+(?:belas|puluh))\b", re.I)


# members of a group ("personel SISTAR", "member BTS")
GROUP_MEMBERS = frozenset("personel member".split())


def shared_title(body: str, start: int, people: list[tuple[int, int]]) -> str | None:
    """The title before the first of several names joined by commas and "dan", when a count or "para"
    opens it, is each name's: "dua penyerang Indonesia Boaz Solossa dan | Lerby Eliandry" ("penyerang
    Indonesia"; the first name has it already)."""
    pos = _list_start(body, start, people)
    title = title_before(body, pos, people) if pos != start else None
    if not title:
        return None
    words = title.split()
    if len(words) > 1 and _GROUP.fullmatch(words[0]):
        return " ".join(words[1:])  # "Tiga pemain AS Justin Gatlin, …": the count opening the sentence
    if len(words) == 1 and words[0].lower() in SHARED_OCCUPATIONS:
        return title  # "Selebriti Donna Agnesia dan | Darius Sinathrya": an occupation both have (not an office)
    head = words[1] if words[0].lower() in _FORMER and len(words) > 1 else words[0]
    if len(words) > 1 and head.islower() and head in SHARED_OCCUPATIONS | GROUP_MEMBERS:
        return title  # "mantan personel SISTAR Hyorin, Bora, Soyu dan | Dasom": a calling in lower case with its field
    at = body.rfind(title, 0, pos)
    return title if at > 0 and _GROUP.fullmatch(word_before(body, at)) else None


def fullest(roles: list[str]) -> list[str]:
    """The roles no other of them says more fully: "Ketua" beside "Ketua merangkap anggota KPU",
    "Presiden" beside "Presiden Republik Indonesia", "Menkeu" beside "Menteri Keuangan (Menkeu)"."""
    words = [set(re.findall(r"[^\W_]+", r.lower())) for r in roles]
    # "Presiden AS" beside "Presiden Amerika Serikat": an acronym the lexicon spells out says no more
    lowered = {r.lower() for r in roles}
    return [r for r, w in zip(roles, words, strict=True)
            if not any(w < other for other in words) and not any(
                f"({r.lower()})" in o.lower() for o in roles if o is not r)
            and not ((full := _spelled_out(r)) != r and full.lower() in lowered)]


def _spelled_out(role: str) -> str:
    """``role`` with each acronym the lexicon knows written as its name ("Presiden AS" → "Presiden Amerika
    Serikat")."""
    lex = load_lexicon()
    return " ".join(e.name_id if w.isupper() and 2 <= len(w) <= 5 and (e := lex.lookup(w)) else w for w in role.split())
