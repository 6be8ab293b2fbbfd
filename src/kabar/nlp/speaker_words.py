"""The words speaker phrases are cut with: roles, ranks, offices, institutions, places, degrees.

Lexicons only; :mod:`kabar.nlp.cues` parses phrases with them. Lists were written from Indonesian
news usage (the seed articles and the detik dev split of eval/data/quotes) and grow with it.
"""

from __future__ import annotations

import re

# ministries' secretaries and deputy ministers by their short titles ("Sesmenko Susiwijono", "Wamenkeu"):
# office words, and alone a title pointing back like "Menkeu" (SHORT_OFFICE_TITLES)
_SECRETARIES_AND_DEPUTIES = frozenset("""sesmenko seskab sesmen wamen wamenkeu wamenlu wamendag wamenhan wamenkes
wamenag wamenpan""".split())


# Words that are roles, ranks, honorifics or institutions, never part of a person's name.
ROLE_WORDS = {w.lower() for w in """
Presiden Wakil Wapres Menteri Menko Mendagri Menkeu Menlu Menhan Menkes Mendikbud Menag Menpora
Menparekraf Mensos Menaker Menhub Mentan Menkominfo Menkumham Menpan Menteri Sekretaris Sekjen
Sesjen Kepala Ketua Ketum Direktur Dirut Dirjen Deputi Asisten Staf Khusus Juru Jurubicara Jubir
Bicara Gubernur Bupati Wali Walikota Wagub Wabup Wawali Camat Lurah Kades Perbekel Anggota Komisaris
Kapolri Kapolda Kapolres Kapolsek Kabareskrim Kasat Kasatreskrim Kanit Kabid Humas Kadis Kabag
Kasubag Kasi Kajati Kajari Kejati Kejari Jaksa Agung Hakim Panglima Kasad Kasal Kasau Pangdam
Danrem Dandim Komandan Jenderal Jend Letjen Mayjen Brigjen Irjen Kombes AKBP Kompol AKP Iptu
Komjen Komjend Brigjend Irjend Aiptu Brigpol Briptu Bripda Bharada Bharatu Bharaka Abrip Abriptu Abripda
Letda Lettu Pelda Peltu Serka Sertu Serda Kopda Koptu Kopka Laksma Laksda Laksdya Marsma Marsda Marsdya
Ipda Aipda Bripka Brigadir Kolonel Letkol Mayor Kapten Kopral Sersan Laksamana Marsekal Pol
Dr Dr. Prof Prof. Ir Ir. Drs H Hj KH Ustaz Pak Bu Bapak Ibu Mr Mrs Ms Mdm Madam Sir Pte Pvt Cpl Dirreskrimum
Dirreskrimsus Plt Pj Penjabat Pelaksana Tugas Harian Eksekutif Kapuspen Kapuspenkum Koordinator
Utama Manajer Pimpinan Pemimpin Pendiri CEO CFO COO CMO CTO CIO Founder Chairman Kabiro Karo Biro Pengamat Analis
Ekonom Peneliti Dosen Guru Besar Rektor Dekan Pakar Ahli Analyst Spokesman Spokeswoman
Spokesperson Minister Secretary President Prime Deputy Director Chief Governor Senator Mayor
Ambassador Duta Besar Dubes General Commander Officer Head Kremlin Dalam Negeri Luar Keuangan
Colonel Lieutenant Lt Admiral Sergeant Sgt Brigadier Capt Captain Regent Adviser Advisor Penasihat
Secretary-General Instructor Professor Assoc Associate Prosecutor Coach Judge Inspector Superintendent
Lecturer Researcher Economist Manager Executive Chairwoman Commissioner Expert Scientist Lawyer Attorney
Activist Correspondent Pansus Panja Pansel
Komedian Apoteker Psikiater Nutrisionis Dietisien Fisioterapis
Commandant Rep Representative Gov Sen Congressman Congresswoman Chancellor Envoy Undersecretary Under-Secretary Councillor Councilman
Councilwoman
Pertahanan Keamanan Nasional Umum Hukum Politik Perhubungan Kesehatan Pendidikan Agama Sosial Intelijen
Ketenagakerjaan Kelautan Perikanan Pariwisata Kehutanan Koperasi Transmigrasi Kebudayaan
Perdagangan Perindustrian Pertanian Energi Sumber Daya Mineral Kementerian Kemendagri Kemenkeu
Kemlu Kemenhan Badan Dinas Lembaga Komisi Dewan Majelis Partai Fraksi Pemprov Pemkot Pemkab
Pemerintah Provinsi Kabupaten Kota Polri Polda Polres Polsek TNI DPR DPRD MPR DPD KPK BPK
BNPB BPBD BMKG Bank Universitas Gedung Putih Istana RI Indonesia Rusia AS Amerika Serikat
Jakarta Jawa Barat Timur Tengah Sumatera Utara Selatan Kalimantan Sulawesi Papua Bali Riau
Aceh Banten Lampung Jambi Bengkulu Maluku Gorontalo Yogyakarta DIY NTB NTT Kepulauan Surabaya
Bandung Medan Semarang Makassar Palembang Pekanbaru Jateng Jatim Jabar Sumut Sumsel Sumbar Sulsel
Sulut Sulteng Sultra Sulbar Kalbar Kalteng Kalsel Kaltim Kaltara Kepri Babel Malut Pabar DKI Keluarga Kantor Berita Tim Satgas Tentara
Rakyat Korea Departemen Industri Dewan PBB BUMN Persero Tbk PT Wakil Ketua Umum Daerah Pusat Sekolah Panitia
Republik Negara Kepolisian Kejaksaan Mahkamah Konstitusi Agung Kabinet Staf Kepresidenan
Perekonomian Pangan Bidang Pembangunan Manusia Kebudayaan Maritim Investasi Infrastruktur
Kewilayahan Sekretariat Komunikasi Digital Informatika Ketenagakerjaan Pariwisata Koperasi
Perumahan Kelautan Perikanan Kehutanan Desa Transmigrasi Pemuda Olahraga Pertanahan Agraria
Foundation Group Institute Corporation Company Holding Persero Kortas Tipikor
MSc MSi MM MH SH SE PhD MA MPH MBA MT MKes SpOG SpPD SpA SIP SSos SKom
Leader Official Chairman Chairwoman Lawmaker Economist Professor Police Prosecutor Judge Lawyer
Envoy Opposition Foreign Finance Defence Defense Health Interior Justice Trade State Senior
Ministry Department Military Army Navy Government Presidential
Bakamla Basarnas Bawaslu Bappenas Bapanas Bulog Pertamina Kominfo Komdigi Kemenko Kemensetneg
Setneg Polhukam Bareskrim Densus Brimob Kopassus Kostrad Lemhannas Kejagung Kemenag Ditjen Pusdatin
Wilayah Satuan Tugas Supervisi Koordinasi Kuasa Pengacara Advokat Kecamatan Konselor Dokter Psikolog Profesor Mahasiswa Mahasiswi
Wisudawan Wisudawati Guru Astronot Ilmuwan Pengusaha Petani Nelayan Siswa Aktivis Artis Atlet
Pelatih Kapten Capt Hidup Lingkungan Kerajaan Pope Archbishop Cardinal Bishop
Prancis Perancis Inggris Jerman Jepang China Tiongkok Cina India Rusia Ukraina Australia Kanada
Belanda Italia Spanyol Malaysia Singapura Thailand Filipina Vietnam Myanmar Kamboja Brunei Korea
Iran Irak Israel Palestina Mesir Turki Suriah Lebanon Yordania Qatar Kuwait Yaman Pakistan
Afganistan Bangladesh Kolombia Brasil Argentina Meksiko Ekuador Kenya Nigeria Denmark Swedia
Norwegia Finlandia Swiss Austria Belgia Polandia Arab Saudi Emirat Selandia Baru France Germany
Japan Britain British American Chinese Russian Kelurahan Desa Lingkungan Kodam Korem Kodim Lanud Rutan Lapas
Pengadilan Polresta Polrestabes Counsel
""".split()} | _SECRETARIES_AND_DEPUTIES

# Passive verbs of saying that open a sentence before their source ("Ditambahkan Rantala, kegiatan …",
# "Dituturkan oleh X selaku Y, …"): kabar.nlp.reported reads the clause after them; none opens a name.
FRONTED_PASSIVE_CUES = ("Dijelaskan", "Dikatakan", "Disampaikan", "Diungkapkan", "Ditegaskan", "Dituturkan",
                        "Ditambahkan", "Diterangkan", "Dipaparkan")

# Capitalised words that open a clause without being anybody's name.
NOT_SUBJECT = {w.lower() for w in """
Senada Hanya Justru Pernyataan Keterangan Laporan Video Foto Potongan Unggahan Pidato Sikap Langkah Janji Ucapan
Komentar Tanggapan Penjelasan Jawaban Seruan Imbauan Keinginan Harapan Permintaan Rencana Kunjungan Kedatangan Keputusan
Kehadiran Pengakuan Tuduhan Ajakan Kisruh Polemik Kisah Sosok Nasib Gugatan Ultimatum Peringatan Teguran Instruksi Arahan
Pergub Perda Perbup Perwali Perpres Permen Perppu Keppres Inpres Kepmen
Kebijakan Usulan Putusan Sementara Selain Terkait Di Dalam Namun Meanwhile However Oleh Lebih Sebelumnya Kemudian Menurut
Pada Saat Ketika Usai Setelah Sebelum Untuk Bahkan Adapun Padahal Sedangkan Apalagi Jadi Maka
Dengan Atas Bagi Hal Ini Itu In On At After But And So Also Then Yet Karena Sehingga Sejak Hingga
Sampai Tak Tidak Belum Sudah Juga Baik Kini Saat Selanjutnya Akhirnya Intinya Sebab Jika Kalau
Bila Apabila Meski Meskipun Walaupun Walau Dari Ke Tapi Tetapi Sebagai Begitu Demikian Seperti
Sebagaimana Berdasarkan Mengenai Soal Tentang Diketahui Disebutkan Dilansir Dikutip
Melansir Mengutip Kata Ujar Lanjut Tutur Imbuh Tambah Sambung Diberitakan Dilaporkan Diwartakan Dikabarkan
Senin Selasa Rabu Kamis Jumat Sabtu Monday Tuesday Wednesday Thursday Friday Saturday Sunday
About Around Nearly Almost There Late Early
Mon Tue Tues Wed Thu Thurs Fri Sat
Earlier Later Previously Separately Elsewhere Still Yesterday Today Tonight
While Although Though Because Whereas Unless Until If When Asked Speaking Writing Responding Pressed Questioned
Anybody Anyone Everyone Everybody Nobody Somebody Someone
Lagi Pun Buat Kemarin Sekarang Besok Semalam Tadi
Awalnya Mulanya Semula Rupanya Ternyata Tampaknya Sebenarnya Sesungguhnya Biasanya Umumnya Misalnya Sayangnya
""".split()} | {w.lower() for w in FRONTED_PASSIVE_CUES}


def not_subject(word: str) -> bool:
    """True for a word that cannot start a speaker's name ("Namun", "Sebelumnya"); some outlets
    hyphenate the clitic ("Sebelum-nya"), which is the same word."""
    low = word.lower()
    return (low[:-4] + "nya" if low.endswith("-nya") else low) in NOT_SUBJECT


# Titles that name a person's office: a phrase of only these and role words ("Wapres", "Menteri
# Keuangan", "Ulama karismatik ini") points back to a speaker already named.
PERSON_TITLES = {
    "presiden", "wapres", "wakil", "menteri", "menko", "mendagri", "menkeu", "menlu", "menhan", "menkes",
    "mensos", "gubernur", "wagub", "bupati", "wabup", "walikota", "wali", "kapolri", "kapolda", "kapolres",
    "panglima", "jubir", "juru", "ketua", "kepala", "direktur", "dirut", "sekjen", "ulama", "pengasuh",
    "legislator", "politikus", "politisi", "pengamat", "ekonom", "jenderal", "pakar", "ahli", "rektor",
    "minister", "president", "governor", "spokesman", "spokeswoman", "chief",
    # police and military office titles ("kata Kanit", "ujar Kapolsek"): the officer named with it
    "kapolsek", "kapolresta", "kapolrestabes", "wakapolres", "wakapolda", "kanit", "karo", "kapuspen",
    "kadispen", "pangdam", "dandim", "danrem", "danramil",
}
# Ministers' and officers' office abbreviations ("Menhub", "Mendikbud", "Kajari"): alone, like "Menkeu", they
# point back to the holder named before ("Menhub memaparkan bahwa …" after "Menhub Budi Karya Sumadi"). Kept apart from
# PERSON_TITLES, which the NER's features read (a change there would need the model retrained).
SHORT_OFFICE_TITLES = frozenset("""menhub mentan mendag menperin mendikbud menag menpora menpar menparekraf
menkominfo menkumham menaker menpupr menlhk menkop menesdm menbumn menpan mensesneg menristekdikti
mendes menko
kajari kajati kasatreskrim kasatlantas kasatnarkoba kabidhumas kadis kadinkes kabag kabid kasubdit dirreskrimum
dirreskrimsus dirlantas sekda kalapas karutan""".split()) | _SECRETARIES_AND_DEPUTIES
# Role words whose next capitalised word is a place or unit, not the start of a person's name.
PLACE_TAKERS = {
    "kabupaten", "kota", "provinsi", "negeri", "kejari", "kejati", "polres", "polresta", "polrestabes",
    "polda", "polsek", "gubernur", "bupati", "walikota", "dprd", "pemprov", "pemkab", "pemkot", "kanwil",
    "lapas", "rutan", "kodam", "korem", "kodim", "lanud", "lantamal", "kecamatan", "desa", "kelurahan",
    "universitas", "pengadilan", "camat", "lurah", "wakil", "dinas",
}
# First words of organisation names: such a speaker is an institution, not a person.
ORG_HEADS = {w.lower() for w in """
Koalisi Aliansi Yayasan Asosiasi Himpunan Ikatan Persatuan Forum Serikat Perkumpulan Organisasi
Lembaga Badan Dinas Kementerian Komisi Dewan Majelis Partai Pemerintah Pemprov Pemkot Pemkab PT CV
Bank Universitas Kantor Tim Satgas Polri Polda Polres TNI KPK DPR DPRD
""".split()}
_ROMAN = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})")
# an election candidate's title: "Cawagub" (calon wakil gubernur), "Cabup", "Capres", "Caleg"
CANDIDATE_TITLE = re.compile(r"Ca(?:wa)?(?:gub|bup|pres|walkot|wali|kada)|Caleg")
# Office abbreviations built from a pattern: Menkes, Wamenkes, Kemenkes, Kasubdit, Kapuspenkum …
_OFFICE = re.compile(
    r"(?:Wa)?[Mm]en(?:keu|kes|lu|han|dagri|sos|ag|pora|hub|tan|perin|dag|kumham|pan|par|parekraf|ko|kop|lhk|pupr|"
    r"kopolhukam|kopolkam|komaritim|koperekonomian|kopmk|"
    r"dikbud|dikdasmen|naker|pppa|kominfo|komdigi|esdm|bumn|ekraf|hut|imipas|haj|pkp|dikti|sesneg|setneg)"
    r"|Kemen\w+|Kement\w+|Ka(?:pus|sub|sat|si|nit|bid|bag|pol|dis|ban|lak|ops|ur|jati|jari|rutan|lapas|kanwil)\w*"
    # "Karo", "Karoops", not the Lithuanian name "Karolis"
    r"|Karo(?:ops|penmas|ren|sdm|log)?"
    # candidates in an election ("Cawagub", "Cabup", "Capres", "Caleg")
    rf"|{CANDIDATE_TITLE.pattern}"
    # deputies and divisions ("Wakasat Binmas", "Karopenmas Divhumas"), village officers ("Bhabinsa")
    r"|Waka(?:sat|si|nit|bid|pol)\w*|Div(?:humas|propam|hubinter|kum)|B(?:h)?abin(?:sa|kamtibmas)"
    r"|Keja(?:gung|ri|ti)|Dir(?:jen|ut|reskrim\w*|lantas|intelkam|narkoba)")


def is_office_abbreviation(tok: str) -> bool:
    """An office's short form built from a pattern ("Menkes", "Kasatreskrim", "Wakasat", "Bhabinsa")."""
    return bool(_OFFICE.fullmatch(tok.strip(".,")))


def is_role_word(tok: str) -> bool:
    t = tok.strip(".,").lower()
    return (t in ROLE_WORDS or tok.startswith("(") or (len(tok) >= 2 and tok.isupper() and tok.isalpha())
            or bool(_OFFICE.fullmatch(tok.strip(".,"))) or bool(_ROMAN.fullmatch(tok.strip(".,"))))


DEGREES = {w.lower() for w in """MSc MSi MM MH SH SE PhD MA MPH MBA MT MKes SpOG SpPD SpA SIP SSos SKom Dipl Ing
SpKK SpDV SpB SpJP SpM SpTHT SpS SpAn SpP SpRad SpKJ SpN SpU SpOT SpBS SpPK SpGK ST SPd MPd MHum MAg SAg SIKom MKn
SKM SFarm Apt SKed SKep SIK MEd MPA MPP LLM SHum MIKom SSi SPsi MPsi MEpid MKM SGz MGizi SSn MSn STP SHI MHI SPdI SHut SSTP
""".split()}


def is_degree(tok: str) -> bool:
    """An academic or medical degree after a name, dotted or not ("M.Kes", "Sp.KK", "MSc")."""
    return tok.strip(",").replace(".", "").lower() in DEGREES


# English institutions whose names run on with their purpose after a lower-case word: "Committee to
# Protect Journalists", "Reporters Without Borders", "Council on Foreign Relations"
EN_PURPOSE_HEADS = frozenset("""committee campaign council center centre institute foundation society fund
association coalition alliance league movement federation reporters doctors physicians lawyers
journalists friends partnership""".split())


# Arabic name particles written in lower case inside a name ("Sultan Ahmed al-Jaber", "al-Jaber added")
# particles inside European surnames ("van der Merwe", "Ursula von der Leyen", "de la Sabliere")
EURO_NAME_PARTICLES = frozenset("van von der den de la le del della du dos das ter ten".split())
NAME_PARTICLE = re.compile(r"(?:al|el|ad|ar|as|ash|an|bin|ibn|abu)-[A-Z]")
# English plural nouns for an unnamed source ("…, officials said.", "Analysts said …"), as a regex
# alternation
EN_SOURCE_GROUPS = ("officials|analysts|sources|experts|residents|witnesses|lawmakers|diplomats|observers|"
                    "scientists|authorities|critics|activists|investigators|researchers|doctors|correspondents|campaigners")


# Ranks written out in full, which some newsrooms put between an office and the name ("Kapolda
# Metro Jaya Inspektur Jenderal Idham Aziz", "Kabid Humas … Komisaris Besar Argo Yuwono"): they
# end no role. A bare "Komisaris"/"Inspektur" is also a company's or an office's title, so it goes
# only after a police or military office.
# (the ranks of two words or more; entity finding splits a "body" the tagger ran on into an officer at one of them)
SPELLED_RANKS = (r"(?:Ajun\s+)?Komisaris\s+(?:Besar|Jenderal)(?:\s+Polisi)?|Inspektur\s+Jenderal(?:\s+Polisi)?"
                 r"|(?:Brigadir|Mayor|Letnan)\s+Jenderal(?:\s+(?:TNI|Polisi))?|Letnan\s+Kolonel"
                 r"|(?:Laksamana|Marsekal)\s+(?:Pertama|Muda|Madya)")
_SPELLED_RANK = re.compile(rf"\s+(?:{SPELLED_RANKS}|Jenderal\s+(?:TNI|Polisi))$")
_LEFT_RANK_WORD = re.compile(r"\s+(?:Brigadir|Mayor|Letnan)$")
_BARE_RANK = re.compile(r"\s+(?:Ajun\s+)?(?:Komisaris|Inspektur)(?:\s+Polisi)?(?:\s+(?:Satu|Dua))?$")
_FORCE_OFFICE = re.compile(r"\b(?:Pol(?:da|res|resta|restabes|sek|ri)|Kapol\w*|Kabid|Kasat\w*|Kanit|Densus|Bareskrim|"
                           r"Brimob|Kepolisian|TNI|Kodam|Korem|Kodim|Pangdam|Danrem|Dandim|Kostrad|Kopassus)\b")


def without_rank(role: str | None) -> str | None:
    """``role`` without a rank written out in full at its end (None when nothing else is left)."""
    if not role:
        return role
    cut = _SPELLED_RANK.sub("", role)
    # ("… (KPK) Brigadir | Jenderal": the first half of a two-word rank the reader left, always a rank at a title's end)
    cut = _LEFT_RANK_WORD.sub("", cut)
    if cut == role and _FORCE_OFFICE.search(role):
        cut = _BARE_RANK.sub("", role)
    return cut.strip() or None
