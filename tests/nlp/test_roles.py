"""Roles read around a person's mentions (kabar.nlp.roles)."""

from __future__ import annotations

import pytest

from kabar.nlp.entities import find_entities
from kabar.nlp.roles import apposition_after, title_before


@pytest.mark.parametrize(("text", "role"), [
    ("Juru Bicara Kementerian Luar Negeri Budi Santoso", "Juru Bicara Kementerian Luar Negeri"),
    ("Menteri Dalam Negeri Tito Karnavian", "Menteri Dalam Negeri"),
    ("Juru Bicara Kremlin Dmitry Peskov", "Juru Bicara Kremlin"),
    ("White House spokesman John Kirby", "White House spokesman"),
    ("Kapolres Garut AKBP Yusuf Firmansyah", "Kapolres Garut"),
    # another person's title before "of"/"for"; a conjunction opening the sentence
    ("Dmitry Medvedev, deputy chairman of President Vladimir Putin", "President"),
    ("a spokesman for Lithuania's President Gitanas Nauseda", "Lithuania's President"),
    ("But Judge Michael Pastor", "Judge"),
    ("EU foreign policy chief Josep Borrell", "EU foreign policy chief"),
    # an acronym in brackets inside the title
    ("kata Menteri Keuangan (Menkeu) Purbaya Yudhi", "Menteri Keuangan (Menkeu)"),
    ("Menurut Kepala Ekonom Lembaga Kajian Ekonomi Nusantara (LKEN) Faisal Rahmadi",
     "Kepala Ekonom Lembaga Kajian Ekonomi Nusantara (LKEN)"),
    ("seorang warga (34) Budi Santoso", None),
    ("said central bank governor Perry Warjiyo", "central bank governor"),
    ("Secretary of State Antony Blinken", "Secretary of State"),
    ("Minister of State for Foreign Affairs Ali Khan", "Minister of State for Foreign Affairs"),
    # an office listing its fields, closed by "dan"; the words before "maupun" are another person's
    ("kata Menteri Koordinator bidang Politik, Hukum, dan Keamanan Wiranto Hadi",
     "Menteri Koordinator bidang Politik, Hukum, dan Keamanan"),
    ("penjelasan baik dari wakil dubes maupun Menlu Retno Marsudi", "Menlu"),
])
def test_the_title_before_a_name_keeps_its_last_words(text, role):
    name = " ".join(text.split()[-2:])
    assert title_before(text, text.index(name)) == role


def test_a_possessive_title_loses_its_suffix():
    body = "Kementerian Luar Negeri RI, melalui Juru Bicara-nya, Budi Santoso, menyatakan sikap."
    assert title_before(body, body.index("Budi")) == "Juru Bicara"
    body = "Budi Santoso, juru bicara kementerian, mengatakan hal itu."
    assert apposition_after(body, len("Budi Santoso")) == "juru bicara kementerian"


def test_a_title_with_an_ordinal_and_a_list_of_titled_names():
    from kabar.nlp.roles import find_roles

    body = ("Acara dihadiri Presiden ke-7 RI Joko Widodo, istri Presiden ke-4 RI Abdurrahman Wahid, Sinta Nuriyah, "
            "dan Wakil Presiden Gibran Rakabuming Raka.")
    assert title_before(body, body.index("Joko")) == "Presiden ke-7 RI"
    wahid = body.index("Abdurrahman")
    others = [(wahid, wahid + len("Abdurrahman Wahid"))]
    # the title before "Sinta Nuriyah" is her husband's: it holds his name, right before the comma
    assert title_before(body, body.index("Sinta"), others) is None
    assert title_before(body, body.index("Sinta")) is not None  # (what it read without the names)
    joko = body.index("Joko")
    listed = "Prabowo Subianto, Wakil Presiden RI Gibran Rakabuming Raka, dan lainnya."
    gibran = listed.index("Gibran")
    assert apposition_after(listed, len("Prabowo Subianto"), [(gibran, gibran + 22)]) is None
    assert find_roles(body, [(joko, joko + 11)]) == ["Presiden ke-7 RI"]


def test_a_role_that_names_whom_it_serves_stays():
    body = "kata pengacara Jokowi, Yakup Hasibuan, di Jakarta. Alex Pastoor, asisten Kluivert, hadir."
    jokowi, kluivert = body.index("Jokowi"), body.index("Kluivert")
    assert title_before(body, body.index("Yakup"), [(jokowi, jokowi + 6)]) == "pengacara Jokowi"
    assert apposition_after(body, body.index(", asisten"), [(kluivert, kluivert + 8)]) == "asisten Kluivert"
    en = "Yoon's senior economic secretary, Choi Sang-mok, said. Choi Sang-mok, Yoon's senior secretary, said."
    assert title_before(en, en.index("Choi"), [(0, 4)]) == "Yoon's senior economic secretary"
    second = en.index("Choi", 50) + len("Choi Sang-mok")
    yoon = en.index("Yoon", 50)
    assert apposition_after(en, second, [(yoon, yoon + 4)]) == "Yoon's senior secretary"


@pytest.mark.parametrize(("text", "role"), [
    # a title of address, a school's number, an acronym in brackets inside, "lainnya", a rank after the comma
    ("Wakil Menteri Kesehatan dr Benjamin", "Wakil Menteri Kesehatan"),
    ("Namun, Kepala Sekolah SMPN 33 Sumiyati", "Kepala Sekolah SMPN 33"),
    ("DilansirdetikNews, Sekretaris Jenderal (Sekjen) Partai Golkar Sarmuji", "Sekretaris Jenderal (Sekjen) Partai Golkar"),
    ("Kritik juga datang dari anggota Komisi II DPR lainnya, Deddy", "anggota Komisi II DPR"),
    ("diwakili oleh Kasubdit Harda Ditreskrimum Polda Kaltim, AKBP Harun", "Kasubdit Harda Ditreskrimum Polda Kaltim"),
    # "dari" before the body the person is from, and a lower-case word after a role word
    ("Wakil Ketua Badan Penganggaran MPR RI dari Fraksi PKS Johan", "Wakil Ketua Badan Penganggaran MPR RI dari Fraksi PKS"),
    ("Menurut pengamat otomotif dari Institut Teknologi Bandung, Yannes", "pengamat otomotif dari Institut Teknologi Bandung"),
    ("Sidang dipimpin hakim tunggal PN Palu Imanuel", "hakim tunggal PN Palu"),
    # not across another person, a verb, or two roles joined by "sekaligus"
    ("kata Menteri Keuangan Purbaya Yudhi Sadewa dari Jaksa Agung ST", "Jaksa Agung"),
    ("Hal itu disampaikan Ketua IPFO sekaligus Deputi Bidang Koordinasi Infrastruktur Dasar Rachmat",
     "Deputi Bidang Koordinasi Infrastruktur Dasar"),
    ("In court, the judge asked Ravi", None),
])
def test_titles_with_numbers_brackets_ranks_and_bodies_they_are_from(text, role):
    assert title_before(text, text.rindex(" ") + 1) == role  # the last word opens the name


def test_a_role_given_with_sebagai_or_selaku_and_the_fullest_wording_kept():
    from kabar.nlp.roles import find_roles

    text = "Partai Golkar menonaktifkan Adies Kadir sebagai Anggota DPR dari Fraksi Partai Golkar mulai Senin."
    start = text.index("Adies")
    assert find_roles(text, [(start, start + len("Adies Kadir"))]) == ["Anggota DPR dari Fraksi Partai Golkar"]
    text = "Jabatan itu diberikan oleh Prabowo sebagai Presiden kepada menteri baru."
    start = text.index("Prabowo")
    assert find_roles(text, [(start, start + len("Prabowo"))]) == []  # the agent of a passive
    text = "Ketua KPU Afifuddin hadir. Afifuddin selaku Ketua merangkap anggota KPU membacakan putusan."
    spans = [(m, m + len("Afifuddin")) for m in (text.index("Afifuddin"), text.rindex("Afifuddin"))]
    assert find_roles(text, spans) == ["Ketua merangkap anggota KPU"]  # "Ketua KPU" says no more


def test_a_name_in_brackets_after_its_title_and_roles_said_more_fully_elsewhere():
    from kabar.nlp.roles import fullest

    text = '"Untuk 80 ribu, arahan dari Pak Menko (Airlangga Hartarto), kita akan buka juga," ujarnya.'
    assert title_before(text, text.index("Airlangga")) == "Menko"
    assert fullest(["Menkeu", "Menteri Keuangan (Menkeu)", "Presiden", "Presiden ke-7"]) == [
        "Menteri Keuangan (Menkeu)", "Presiden ke-7"]


def test_an_acronym_of_several_words_in_brackets_inside_a_title():
    text = "Sementara itu, Menteri Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan (Menko IPK) Agus"
    assert title_before(text, text.rindex(" ") + 1) == (
        "Menteri Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan (Menko IPK)")


def test_a_title_of_address_with_its_dot_after_the_comma_does_not_end_the_sentence():
    body = "Kepala Dinas Kesehatan Kabupaten Sigi, dr. Maria Lumowa, mengatakan stok obat cukup."
    assert title_before(body, body.index("Maria")) == "Kepala Dinas Kesehatan Kabupaten Sigi"
    body = "Kapolres Bantul AKBP Pol. Rudi Hartono mengatakan patroli ditambah."
    assert title_before(body, body.index("Rudi")) == "Kapolres Bantul"
    # a mention that starts after an initial is the tail of a longer name, whose title is not its own
    body = "Rapat dihadiri Bupati Sleman Danang A. Wicaksono."
    assert title_before(body, body.index("Wicaksono")) is None


def test_an_ordinal_may_end_a_title_and_a_list_of_titled_names_gives_each_its_own():
    from kabar.nlp.roles import find_roles

    body = "Hadir pula Wakil Presiden ke-6 Try Sutrisno, Wakil Presiden ke-11 Boediono, dan tamu lain."
    assert title_before(body, body.index("Boediono")) == "Wakil Presiden ke-11"
    try_ = body.index("Try")
    boed = body.index("Boediono")
    # one-word "Boediono" is too unsure to veto a title, but it ends the apposition: a list, not a role
    assert find_roles(body, [(try_, try_ + 12)], people=[(boed, boed + 8)]) == ["Wakil Presiden ke-6"]
    assert "Boediono" in " ".join(find_roles(body, [(try_, try_ + 12)]))  # (what it read without him)


def test_two_titles_joined_by_sekaligus_and_a_title_of_the_past():
    from kabar.nlp.roles import find_roles, titles_before

    body = "Anggota DPR RI sekaligus Ketua Umum Partai Hijau Rina Marlina menolak usul itu."
    assert titles_before(body, body.index("Rina")) == ["Ketua Umum Partai Hijau", "Anggota DPR RI"]
    body = "Bandara itu diresmikan Gubernur Jawa Tengah kala itu, Bibit Waluyo, pada 2012."
    assert title_before(body, body.index("Bibit")) == "Gubernur Jawa Tengah kala itu"
    body = "Mobil itu dipakai Andi Wijaya saat masih menjabat sebagai Wali Kota Solo."
    andi = body.index("Andi")
    assert find_roles(body, [(andi, andi + 11)]) == ["Wali Kota Solo"]


def test_no_title_from_an_adverbial_phrase_and_an_age_before_the_apposition():
    body = "Dalam pertemuan dengan fund manager, Rudi Hartono memaparkan target."
    assert title_before(body, body.index("Rudi")) is None
    body = "Secara khusus Rudi Hartono menyinggung harga beras."
    assert title_before(body, body.index("Rudi")) is None
    body = "Hal itu diungkap Siti Aminah (41), salah seorang hakim ad hoc, kepada wartawan."
    assert apposition_after(body, body.index(" (41)")) == "hakim ad hoc"


@pytest.mark.parametrize(("text", "name", "role"), [
    # a role word the page glued to the verb before it
    ('"Kami tangkap," kataKapolres Bantul AKBP Rudi Hartono di sana.', "Rudi", "Kapolres Bantul"),
    # an initial without its dot opens the name, not the title; lower-case words after a role word
    ("Pengamat hukum tata negara Jawa Timur M Arif Budiman menilai", "Arif", "Pengamat hukum tata negara Jawa Timur"),
    # a title set off by a comma may end in a lower-case word; a party of a case is no verb
    ("Kuasa hukum korban itu, pengacara tersangka, Dewi Lestari menolak.", "Dewi", "pengacara tersangka"),
    # the years an office was held stay in it
    ("Direktur Keuangan Koperasi Maju tahun 2019-2021 Eko Prasetyo diperiksa.", "Eko",
     "Direktur Keuangan Koperasi Maju tahun 2019-2021"),
    # "dari" before an acronym of the body
    ("Menurut peneliti dari LIPI Ani Rahma", "Ani", "peneliti dari LIPI"),
])
def test_glued_words_initials_lower_case_qualifiers_and_years_in_a_title(text, name, role):
    assert title_before(text, text.index(name)) == role


def test_a_title_with_a_demonstrative_stands_for_the_person_named_before():
    from kabar.nlp.roles import find_roles

    body = ('Rina Marlina menyebut rapat digelar besok. "Kami siap," ujarnya.\n\n'
            "Ketua Fraksi Partai Hijau ini juga meminta anggaran dibuka. Menurut Andi Wijaya, itu sulit.\n\n"
            '"Tidak mungkin," ujar pengamat politik dari Universitas Merdeka itu.\n\n'
            '"Ketua Fraksi ini keliru," kata Rina.')
    rina = [(m, m + 4) for m in (body.index("Rina"), body.rindex("Rina"))]
    andi = body.index("Andi")
    assert find_roles(body, rina, [(andi, andi + 11)]) == ["Ketua Fraksi Partai Hijau"]
    assert find_roles(body, [(andi, andi + 11)], rina) == ["pengamat politik dari Universitas Merdeka"]
    # not a title inside a quotation, nor one said of someone ("bertemu Ketua Fraksi itu")
    body = 'Rina Marlina hadir. "Ketua Fraksi ini keliru," kata Andi. Ia bertemu Ketua Fraksi itu kemarin.'
    assert find_roles(body, [(0, 12)]) == []


def test_a_demonstrative_title_points_to_the_last_subject_not_a_name_in_passing():
    from kabar.nlp.roles import find_roles

    # "kepemimpinan Prabowo" names him in passing; Dede Yusuf is the subject the title stands for
    body = ("Untuk diketahui, Dede Yusuf menilai wajar target belum terpenuhi di masa awal kepemimpinan Prabowo.\n\n"
            "Wakil Ketua Komisi II DPR RI ini menilai kondisi keuangan sudah dipercaya.")
    dede, prabowo = body.index("Dede Yusuf"), body.index("Prabowo")
    assert find_roles(body, [(dede, dede + 10)], [(prabowo, prabowo + 7)]) == ["Wakil Ketua Komisi II DPR RI"]
    assert find_roles(body, [(prabowo, prabowo + 7)], [(dede, dede + 10)]) == []
    # a title for several people is no one's
    body = 'Tiga tersangka ditangkap, kata Kasi Intel Brian Kukuh. Ketiga tersangka tersebut bukan pegawai bank.'
    brian = body.index("Brian")
    assert find_roles(body, [(brian, brian + 11)]) == ["Kasi Intel"]


def test_a_name_split_in_two_keeps_the_first_part_out_of_the_title():
    from kabar.nlp.roles import find_roles

    body = "Ketua Komnas Perempuan Siti Rohani Tampubolon menyatakan keberatan."
    siti, rohani = body.index("Siti"), body.index("Rohani")
    assert find_roles(body, [(rohani, rohani + 17)], people=[(siti, siti + 4)]) == ["Ketua Komnas Perempuan"]
    assert find_roles(body, [(rohani, rohani + 17)]) == ["Ketua Komnas Perempuan Siti"]  # (without her)


def test_the_parties_of_a_case_and_a_title_that_introduces_a_list_of_names():
    from kabar.nlp.roles import find_roles, role_as

    body = "Majelis memutus perkara Teradu I Rina Marlina dan Wakil Ketua II Andi Wijaya."
    assert title_before(body, body.index("Rina")) == "Teradu I"  # (a numeral, not an initial)
    assert title_before(body, body.index("Andi")) == "Wakil Ketua II"
    body = "KPK memeriksa Eko Prasetyo sebagai saksi untuk tersangka lain."
    assert role_as(body, body.index("Eko"), body.index(" sebagai")) == "saksi"
    body = "Hakim memanggil ketiga saksi yakni Rina Marlina, Andi Wijaya, dan Eko Prasetyo. Hadir pula tamu, yaitu Dewi Lestari."
    names = ["Rina Marlina", "Andi Wijaya", "Eko Prasetyo", "Dewi Lestari"]
    spans = {n: (body.index(n), body.index(n) + len(n)) for n in names}
    for n in names:
        others = [spans[m] for m in names if m != n]
        assert find_roles(body, [spans[n]], others) == ([] if n == "Dewi Lestari" else ["saksi"])


@pytest.mark.parametrize(("text", "name", "role"), [
    # a compound role word, lower case after a possessive: "its secretary-general"
    ("The party said its secretary-general Taro Yamada would speak.", "Taro", "secretary-general"),
    ("The bank named director-general Ann Poh on Monday.", "Ann", "director-general"),
    # "counterpart" and occupations are role words; an adjective before a role word ends the title
    ("He met his Japanese counterpart Taro Yamada in Tokyo.", "Taro", "Japanese counterpart"),
    ("They hired the injured electrician, Mr Bob Tan, last year.", "Bob", "electrician"),
    # a doubled Indonesian word is no compound role word
    ("Para wakil-wakil rakyat Budi Santoso", "Budi", None),
])
def test_compound_role_words_and_english_occupations_before_a_name(text, name, role):
    assert title_before(text, text.index(name)) == role


@pytest.mark.parametrize(("text", "role"), [
    ("Jane Doe, a reporter at the Daily Planet news site, was detained.", "reporter at the Daily Planet news site"),
    # (not a clause after "at")
    ("Jane Doe, a reporter at the scene when police arrived, said so.", "reporter"),
    # a possessive pronoun and a lower-case possessor go; lower-case qualifiers before the role word stay
    ("Mary Poe, her family's former maid, testified.", "former maid"),
    ("Mary Poe, his lawyer, said so.", "lawyer"),
    ("Mary Poe, former deputy head of the agency, said so.", "former deputy head of the agency"),
    ("Mary Poe, former teammate, said so.", None),
])
def test_an_english_apposition_with_a_workplace_a_possessive_or_a_qualifier(text, role):
    assert apposition_after(text, len("Mary Poe") if text.startswith("Mary") else len("Jane Doe")) == role


def test_two_english_offices_joined_by_and_are_both_the_persons():
    from kabar.nlp.roles import titles_before

    body = "said Minister for Health and Minister-in-charge of Cyber Security Ann Lim on Monday."
    assert titles_before(body, body.index("Ann")) == ["Minister-in-charge of Cyber Security", "Minister for Health"]
    # the title before "and" holds another person's name: it is theirs
    body = "President Vladimir Putin and Chancellor Olaf Scholz met."
    putin = body.index("Vladimir")
    assert titles_before(body, body.index("Olaf"), [(putin, putin + len("Vladimir Putin"))]) == ["Chancellor"]


def test_occupations_appositions_that_stop_at_the_verb_and_a_passive_agent():
    from kabar.nlp.roles import find_roles

    body = ('"Syukur," kata Andi. Hasan Sayed Haggah, pengusaha dari Golden Coffee Beans Mesir menyambut baik '
            "tawaran itu.")
    hasan = body.index("Hasan")
    assert find_roles(body, [(hasan, hasan + 18)]) == ["pengusaha dari Golden Coffee Beans Mesir"]
    # the agent of a passive is who a demonstrative title then stands for
    body = "Onana memang dicadangkan Ruben Amorim. Manajer asal Portugal itu lebih percaya Altay Bayindir."
    onana, ruben = (0, 5), (body.index("Ruben"), body.index("Ruben") + 12)
    assert find_roles(body, [ruben], [onana]) == ["Manajer asal Portugal"]
    assert find_roles(body, [onana], [ruben]) == []


def test_an_offices_region_set_off_by_commas_stays_in_its_title():
    from kabar.nlp.roles import titles_before

    body = ("Kepala Dinas Pendidikan Pemuda dan Olahraga (Dikpora), Kabupaten Dompu, Nusa Tenggara Barat (NTB), "
            "Rifaid memastikan proses pemberkasan berjalan.")
    assert titles_before(body, body.index("Rifaid")) == [
        "Kepala Dinas Pendidikan Pemuda dan Olahraga (Dikpora), Kabupaten Dompu, Nusa Tenggara Barat (NTB)"]
    # places alone, set off by commas, are no title
    body = "Banjir melanda Kabupaten Garut, Jawa Barat, Asep Sunandar mengungsi."
    assert titles_before(body, body.index("Asep")) == []


def test_a_rank_written_out_in_full_ends_no_title():
    from kabar.nlp.cues import split_role_name
    from kabar.nlp.roles import titles_before

    body = "kata Kapolda Metro Jaya Inspektur Jenderal Idham Aziz di Jakarta."
    assert titles_before(body, body.index("Idham")) == ["Kapolda Metro Jaya"]
    assert split_role_name("Kabid Humas Polda Metro Jaya Komisaris Besar Argo Yuwono") == (
        "Argo Yuwono", "Kabid Humas Polda Metro Jaya")
    # a company's commissioner keeps the title
    body = "kata Komisaris PT Pertamina Basuki Purnama."
    assert titles_before(body, body.index("Basuki")) == ["Komisaris PT Pertamina"]


def test_an_occupation_before_another_persons_full_name_is_no_apposition():
    from kabar.nlp.roles import apposition_after

    body = "Bukan cuma Streep, aktris Michelle Williams yang membintangi film itu tiba."
    williams = body.index("Michelle")
    assert apposition_after(body, body.index(","), people=[(williams, williams + 17)]) is None
    body = "Alex Pastoor, asisten Patrick Kluivert, hadir."  # whom one serves
    kluivert = body.index("Patrick")
    assert apposition_after(body, len("Alex Pastoor"), people=[(kluivert, kluivert + 16)]) == "asisten Patrick Kluivert"


def test_english_occupations_ages_initials_and_workplaces():
    def after(text: str, name: str) -> str | None:
        return apposition_after(text, text.index(name) + len(name))

    text = '"I have been coming here for years," said Baldev Bhakar, 72, a jeweller from the nearby town of Slough.'
    assert after(text, "Baldev Bhakar") == "jeweller"
    assert after("said John Ellis, 56, an army veteran who had travelled far.", "John Ellis") == "army veteran"
    assert after("said Tom Lee, an analyst from Capital Economics.", "Tom Lee") == "analyst from Capital Economics"
    assert after("said Lula, a leader born into poverty.", "Lula") == "leader"
    assert title_before("The case of lawyer M Ravi", len("The case of lawyer M ")) == "lawyer"
    assert title_before("says executive chef Henry Jordan", len("says executive chef ")) == "executive chef"
    assert title_before("heard by Justice Chan Seng Onn", len("heard by Justice ")) == "Justice"
    assert title_before("Former federal prosecutor Drew Galvin", len("Former federal prosecutor ")) == \
        "Former federal prosecutor"
    assert title_before("Ms Julie Bishop", len("Ms Julie ")) is None  # a surname, capitalised


@pytest.mark.parametrize(("tail", "role"), [
    # lower-case words after an English article qualify the role word
    (", the home secretary, said", "home secretary"),
    (", a marine science professor at the University of Georgia, said",
     "marine science professor at the University of Georgia"),
    (", the Liberal Democrat home affairs spokesman, said", "Liberal Democrat home affairs spokesman"),
    (", an executive with Halliburton Inc., said", "executive with Halliburton Inc"),
    # an English qualifier that looks like an Indonesian verb ends nothing
    (", head of the national disaster agency BNPB, said", "head of the national disaster agency BNPB"),
    # a US lawmaker's party and state before the apposition
    (", D-N.M., chairman of the Senate Energy Committee, said", "chairman of the Senate Energy Committee"),
    # a family tie naming another person is no role
    (", the wife of Prime Minister Lee Hsien Loong, said", None),
    # after an English article no word is an Indonesian verb ("di-sease"); a country's initials qualify
    (", an infectious disease expert, said", "infectious disease expert"),
    (", former US ambassador to Peru, believes", "former US ambassador to Peru"),
    # a lobbyist and an aide are occupations; "previously" goes like "currently"
    (", a former recording-industry lobbyist who heads the office, said", "former recording-industry lobbyist"),
    (", previously an aide to Tom DeLay, said", "aide to Tom DeLay"),
])
def test_english_appositions(tail, role):
    body = "Charles Clarke" + tail + " the talks went well."
    assert apposition_after(body, len("Charles Clarke")) == role


@pytest.mark.parametrize(("body", "name", "role"), [
    ("On the charity's website, emergency team leader Annie Foster described the camps.", "Annie Foster",
     "emergency team leader"),
    ("The UN human rights chief, Navi Pillay, urged restraint.", "Navi Pillay", "UN human rights chief"),
    # a verb before the role word, or an Indonesian clause's word, is no qualifier
    ("Protesters said the army ousted leader Aung San Suu Kyi in 2021.", "Aung San", "leader"),
    ("Semua hadir, termasuk pelatih Patrick Kluivert di Jakarta.", "Patrick Kluivert", "pelatih"),
])
def test_english_lower_case_words_before_a_role_word(body, name, role):
    assert title_before(body, body.index(name)) == role


def test_english_occupations_and_acting_titles_in_apposition():
    body = ("But Benjamin Ben Eliezer, a Knesset member, told Channel 10 he spoke with Mubarak. Naji Daw, acting "
            "director of civil aviation, told journalists the target was civilian. The bill was sent, said Manoj "
            "Ladwa, senior trader at ETX Capital. Mathieu Eugene, a member of the New York City Council, spoke.")
    roles = {e.name: e.roles for e in find_entities(body, "en").entities if e.type == "PER"}
    assert roles["Benjamin Ben Eliezer"] == ["Knesset member"]
    assert roles["Naji Daw"] == ["acting director of civil aviation"]
    assert roles["Manoj Ladwa"] == ["senior trader at ETX Capital"]
    assert roles["Mathieu Eugene"] == ["member of the New York City Council"]


def test_english_apposition_with_an_initialism_and_lower_case_nouns_before_an_occupation():
    body = ("Samantha Joye, marine science professor at the University of Georgia, said the plumes grew. "
            "Susan Rice, the U.S. ambassador to the United Nations, spoke.")
    roles = {e.name: e.roles for e in find_entities(body, "en").entities if e.type == "PER"}
    assert roles["Samantha Joye"] == ["marine science professor at the University of Georgia"]
    assert roles["Susan Rice"] == ["U.S. ambassador to the United Nations"]


@pytest.mark.parametrize(("tail", "role"), [
    # a rank after the name is the role (before a name it is a title of address and goes)
    (", the coast guard admiral, said", "coast guard admiral"),
    (", the admiral who is leading the response, said", "admiral"),
    # hyphenated qualifiers after an article, and occupations the earlier lists lacked
    (", the anti-war protester whose son died, said", "anti-war protester"),
    (", a cardiologist, said", "cardiologist"),
    (", a bodyguard, said", "bodyguard"),
])
def test_english_appositions_with_ranks_hyphens_and_more_occupations(tail, role):
    body = "Charles Clarke" + tail + " the talks went well."
    assert apposition_after(body, len("Charles Clarke")) == role


def test_an_office_given_by_an_agent_is_not_the_agents():
    body = "Omar was appointed prime minister by King Abdullah II on Tuesday, and paramedic Richard Senneff spoke."
    assert title_before(body, body.index("Abdullah II")) == "King"
    assert title_before(body, body.index("Richard Senneff")) == "paramedic"


@pytest.mark.parametrize(("body", "name", "role"), [
    ("The evacuation was not fast enough, said Tunisian army Colonel Mohamed Essoussi.", "Mohamed Essoussi",
     "Tunisian army Colonel"),  # a rank after the service it is held in
    ("The shooting of Italian agent Nicola Calipari was investigated.", "Nicola Calipari", "Italian agent"),
    ("Tamryn Savage, the headteacher, said the school would reopen.", "Tamryn Savage", "headteacher"),
])
def test_english_ranks_in_a_service_and_more_occupations(body, name, role):
    roles = {e.name: e.roles for e in find_entities(body, "en").entities}
    assert role in roles.get(name, []), roles


@pytest.mark.parametrize(("body", "name", "role"), [
    # whom the office was held under is no part of it
    ("Ralph Reed, the former labor secretary under Bill Clinton, called for a ban.", "Ralph Reed",
     "former labor secretary"),
    # trades of the coast and of broadcasting
    ("Minh Tran, a shrimper from Buras, said the season was over.", "Minh Tran", "shrimper from Buras"),
    ("Greg Gutman, host of the Fox News program Red Eye, said it.", "Greg Gutman",
     "host of the Fox News program Red Eye"),
    # a country's initials or name among an article's qualifiers
    ("But Edward Walker, a former U.S. ambassador to Egypt, said the army was ready.", "Edward Walker",
     "former U.S. ambassador to Egypt"),
    # trades before the name
    ("An Egyptian-American film-maker, Jehane Noujaim, was at the media center.", "Jehane Noujaim",
     "Egyptian-American film-maker"),
    ("BP boss Tony Hayward met with an Abu Dhabi fund.", "Tony Hayward", "BP boss"),
    ("Welsh fireman William Howells said it took hours.", "William Howells", "Welsh fireman"),
    # an adverb before the title is no part of it
    ("Ian Dalton, currently chief executive of NHS North East, will become director.", "Ian Dalton",
     "chief executive of NHS North East"),
])
def test_english_appositions_under_someone_and_trades(body, name, role):
    roles = {e.name: e.roles for e in find_entities(body, "en").entities}
    assert role in roles.get(name, []), roles


def test_a_time_phrase_or_a_contracted_verb_before_a_title_is_no_part_of_it():
    from kabar.nlp.entities import find_entities

    body = "In August 2011 President Barack Obama called for Assad to go. Doesn't President Obama know? On Monday Senator John McCain spoke."
    roles = {e.name: e.roles for e in find_entities(body, "en").entities if e.type == "PER"}
    assert roles["Barack Obama"] == ["President"] and roles["John McCain"] == ["Senator"]


def test_an_english_plural_title_before_two_names_is_each_ones():
    body = ("Brunswick has contracted GOP consultants Alex Castellanos and John Feehery to work for BP. "
            "The school was attended by Princes William and Harry. Officials said the talks went well.")
    roles = {e.name: e.roles for e in find_entities(body, "en").entities if e.type == "PER"}
    assert roles["Alex Castellanos"] == ["GOP consultants"]
    assert roles["John Feehery"] == ["GOP consultants"]
    assert roles["Harry"] == ["Princes"]


def test_students_and_other_occupations_in_apposition_and_a_phrase_closed_before_a_name():
    body = ("Rizki, salah satu mahasiswa yang ikut berunjuk rasa, menyampaikan tuntutannya. Ibnu, mahasiswa lain, "
            "setuju. Hadir pula Pengasuh Ponpes Al Falah KH Abdul Rozak. Soal beasiswa untuk mahasiswa, Cak Imin "
            "menyebut dananya sudah siap.")
    roles = {e.name: e.roles for e in find_entities(body, "id").entities if e.type == "PER"}
    assert roles["Rizki"] == ["mahasiswa"] and roles["Ibnu"] == ["mahasiswa"]
    assert roles["Abdul Rozak"] == ["Pengasuh Ponpes Al Falah"]
    assert "mahasiswa" not in roles["Imin"]  # "untuk mahasiswa," closes a phrase: no title of his


def test_a_sasak_noble_title_opens_a_name_its_bearer_is_not_called_by():
    body = ("Kepala Dinas Sosial Kota Mataram, Lalu Hamzan Wadi, menerima bantuan itu. Menurut Hamzan, "
            "bantuan akan dibagikan pekan depan.")
    people = {e.name: e for e in find_entities(body, "id").entities if e.type == "PER"}
    assert set(people) == {"Lalu Hamzan Wadi"} and "Hamzan" in people["Lalu Hamzan Wadi"].aliases


def test_commissioners_contributors_an_ampersand_and_an_apposition_of_the_other_person():
    body = ("Komisioner Komnas HAM Ratna Dewi Lestari menyebut penilaian itu rutin. SVP Strategy & Investment "
            "Pertamina, Henry Tambunan menyampaikan rencana itu. \"Iya,\" ungkap Kontributor CNN, Yusran kepada "
            "wartawan. Dalam pertemuan dengan Li Wenjun, pimpinan Kementerian Perdagangan, Cook menyampaikan "
            "apresiasi. Andre Rosiade yang juga menjabat sebagai Ketua Umum Ikatan Keluarga Minang (IKM) dalam keterangannya.")
    roles = {e.name: e.roles for e in find_entities(body, "id").entities if e.type == "PER"}
    assert roles["Ratna Dewi Lestari"] == ["Komisioner Komnas HAM"]
    assert roles["Henry Tambunan"] == ["SVP Strategy & Investment Pertamina"]
    assert roles["Yusran"] == ["Kontributor CNN"]
    assert roles["Li Wenjun"] == ["pimpinan Kementerian Perdagangan"] and roles["Cook"] == []
    assert roles["Andre Rosiade"] == ["Ketua Umum Ikatan Keluarga Minang"]


def test_a_title_closing_a_phrase_before_the_comma_is_not_the_next_subjects():
    body = ("Menteri Keuangan Purbaya Yudhi Sadewa hadir. Meski banyak kritik diarahkan kepada Menkeu, Gus Maksum "
            "justru menilai kritik itu wajar. Ia juga berkoordinasi dengan Kepala Danantara, Rosan Roeslani, "
            "soal utang itu.")
    roles = {e.name: e.roles for e in find_entities(body, "id").entities if e.type == "PER"}
    assert "Menkeu" not in roles["Maksum"]
    assert roles["Rosan Roeslani"] == ["Kepala Danantara"]


def test_office_short_names_and_scientists_are_roles():
    body = ('Mendikdasmen Prof Abdul Mu\'ti memaparkan data itu. "Pak Teddy (Seskab) perlu saya laporkan," kata '
            "Gus Ipul. Ahmad Zulfikar, ilmuwan iklim, ikut hadir.")
    roles = {e.name: e.roles for e in find_entities(body, "id").entities if e.type == "PER"}
    assert roles["Abdul Mu'ti"] == ["Mendikdasmen"] and roles["Teddy"] == ["Seskab"]
    assert roles["Ahmad Zulfikar"] == ["ilmuwan iklim"]


def test_bos_komika_wisudawati_and_an_apposition_a_preposition_follows():
    body = ("Bos Bigo Live David Li datang. Komika Zie Baraba tampil. Foto itu memuat wisudawati Universitas Terbuka "
            "Aulia Yasmin berpidato. Kami mengonfirmasi ke Ketua Presidium Alumni 212, Slamet Maarif terkait isu itu.")
    roles = {e.name: e.roles for e in find_entities(body, "id").entities if e.type == "PER"}
    assert roles.get("David Li") == ["Bos Bigo Live"] and roles.get("Zie Baraba") == ["Komika"], roles
    assert roles.get("Aulia Yasmin") == ["wisudawati Universitas Terbuka"], roles
    assert roles.get("Slamet Maarif") == ["Ketua Presidium Alumni 212"], roles


def test_a_role_given_with_sebagai_after_an_appointing_verb():
    from kabar.nlp.roles import role_as
    body = "Budi Santoso resmi ditetapkan sebagai tersangka oleh polisi. Rina Wati hadir sebagai pembicara."
    assert role_as(body, 0, len("Budi Santoso")) == "tersangka"
    assert role_as(body, body.index("Rina"), body.index(" hadir")) is None


def test_an_administrations_name_holds_the_title_but_not_a_government_sections():
    body = ("Hal itu disampaikan usai acara Evaluasi 1 Tahun Pemerintahan Presiden Prabowo Subianto di Jakarta. "
            "Rapat dipimpin Kabag Pemerintahan Setda Garut Budi Santoso kemarin.")
    assert title_before(body, body.index("Prabowo")) == "Presiden"
    assert title_before(body, body.index("Budi")) == "Kabag Pemerintahan Setda Garut"


def test_a_listed_role_behind_a_demonstrative_a_new_players_role_and_petitioners():
    body = ("Polisi merilis nama. Enam terduga pelaku itu yakni Agus Wiguna, Kodar, dan Ramlan Suryadi. "
            "Wesley Sneijder resmi diperkenalkan sebagai pemain baru klub Qatar, Al Gharafa. Perkara itu diajukan "
            "pemohon Teguh Boediyana.")
    roles = {e.name: e.roles for e in find_entities(body, "id").entities if e.type == "PER"}
    assert roles.get("Agus Wiguna") == ["pelaku"] and roles.get("Ramlan Suryadi") == ["pelaku"], roles
    assert roles.get("Wesley Sneijder") == ["pemain baru klub Qatar"], roles
    assert roles.get("Teguh Boediyana") == ["pemohon"], roles


def test_a_counted_title_before_names_joined_by_dan_is_each_ones():
    """Session 35 (indosum41): "dua penyerang Indonesia A dan B" gives B the title too; a title no count
    or "para" opens stays the first name's ("Presiden Joko Widodo dan Jusuf Kalla")."""
    body = ("Alhasil, dua penyerang Indonesia Boaz Solossa dan Lerby Eliandry lebih banyak diam. Tiga pemain AS "
            "Justin Gatlin, Marvin Bracy, dan Tyson Gay tampil. Presiden Joko Widodo dan Jusuf Kalla datang. "
            "Kartu kuning diberikan wasit asal Belanda Bjorn Kuipers.")
    roles = {e.name: e.roles for e in find_entities(body, "id").entities if e.type == "PER"}
    assert roles.get("Lerby Eliandry") == ["penyerang Indonesia"] and roles.get("Boaz Solossa") == ["penyerang Indonesia"]
    assert roles.get("Marvin Bracy") == ["pemain AS"], roles
    assert roles.get("Jusuf Kalla") == [] and roles.get("Joko Widodo") == ["Presiden"]
    assert roles.get("Bjorn Kuipers") == ["wasit"]  # (where he is from is no part of it)


def test_a_listed_title_with_its_body_a_named_witness_and_a_lower_case_head():
    """dev53, dev52: "tiga Anggota Majelis dari Tim … (TPD) Sumut yakni A, B, dan C" (a title with its body
    and bracketed acronym before the list), "saksi atas nama X", "kata kepala kabinet X"."""
    body = ("Sidang didampingi tiga Anggota Majelis dari Tim Pemeriksa Daerah (TPD) Sumut yakni Hisar Siregar, "
            "Frendianus Joni Rahmat Zebua, dan Romson Poskoro Purba. Uang dikembalikan kepada saksi atas nama Ade "
            "Herlanda Harahap. \"Darurat,\" kata kepala kabinet Ernesto Alvarez.")
    ents = {e.name: e for e in find_entities(body, "id").entities}
    for name in ("Hisar Siregar", "Frendianus Joni Rahmat Zebua", "Romson Poskoro Purba"):
        assert ents[name].roles == ["Anggota Majelis dari Tim Pemeriksa Daerah (TPD) Sumut"], name
    assert ents["Ade Herlanda Harahap"].roles == ["saksi"]
    assert ents["Ernesto Alvarez"].roles == ["kepala kabinet"]


def test_an_occupation_before_two_names_is_both_ones_an_office_the_firsts_only():
    body = ("Rimanews - Selebriti Donna Agnesia dan Darius Sinathrya menerapkan aturan. Presiden Joko Widodo dan "
            "Prabowo Subianto bertemu. CLEVELAND - Pebasket Gordon Hayward cedera. PSSI berduka atas Ricko Andrean, "
            "Bobotoh yang meninggal dunia.")
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert ents["Donna Agnesia"].roles == ents["Darius Sinathrya"].roles == ["Selebriti"]
    assert ents["Joko Widodo"].roles == ["Presiden"] and ents["Prabowo Subianto"].roles == []
    assert ents["Gordon Hayward"].roles == ["Pebasket"] and ents["Ricko Andrean"].roles == ["Bobotoh"]


def test_a_columns_author_line_names_a_person_and_gives_each_post():
    body = ("Penataan ulang jangan melahirkan ketidakpastian baru.\n\nMochamad Adli Wafi. Peneliti Pusat Kajian "
            "Demokrasi, Konstitusi, dan HAM FH UGM & Anggota Asosiasi Studi Sosio-Legal Indonesia (ASSLESI).\n\n"
            "Ahan Syahrul Arifin.Tenaga Ahli di DPR RI, Mahasiswa S-3 di Universitas Brawijaya Malang.")
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert ents["Mochamad Adli Wafi"].type == "PER"
    assert ents["Mochamad Adli Wafi"].roles == ["Peneliti Pusat Kajian Demokrasi, Konstitusi, dan HAM FH UGM",
                                                 "Anggota Asosiasi Studi Sosio-Legal Indonesia"]
    assert ents["Ahan Syahrul Arifin"].roles == ["Tenaga Ahli di DPR RI", "Mahasiswa S-3 di Universitas Brawijaya Malang"]


def test_a_title_after_another_persons_name_and_dan_and_a_figures_role():
    """indosum47-indosum48: "Presiden Joko Widodo dan Ibu Negara | Iriana" (the title after "dan" is hers);
    "Kapolri Jenderal Tito Karnavian dan Ustaz | Arifin Ilham" (a title of address alone, no role); "tokoh"
    (a public figure) with what qualifies it; "Uztad" a title of address."""
    body = ("Presiden Joko Widodo dan Ibu Negara Iriana Joko Widodo berangkat. Jemaah berzikir bersama Kapolri Jenderal "
            "Tito Karnavian dan Ustaz Arifin Ilham. Hal itu diutarakan Tokoh Muda Muslim Uztad Darwis Waru.")
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert ents["Iriana Joko Widodo"].roles == ["Ibu Negara"] and ents["Joko Widodo"].roles == ["Presiden"]
    assert ents["Arifin Ilham"].roles == [] and ents["Tito Karnavian"].roles == ["Kapolri"]
    assert ents["Darwis Waru"].roles == ["Tokoh Muda Muslim"]


def test_two_lower_case_callings_joined_by_dan_before_a_name_are_both_its():
    body = "Seorang penulis dan editor lepas, Beth Zasloff, ikut demo. Ia bertemu Presiden Joko Widodo dan Menteri Budi Santoso."
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert sorted(ents["Beth Zasloff"].roles) == ["editor lepas", "penulis"]
    assert ents["Budi Santoso"].roles == ["Menteri"] and ents["Joko Widodo"].roles == ["Presiden"]


def test_session37_badminton_events_a_leadership_period_and_an_example():
    """indosum50, dev58: a badminton event said before a name or a doubles pair ("ganda campuran nasional, A/B")
    or bracketed after it ("(tunggal putra)", after a pair's second for both); "1 Tahun Kepemimpinan | Presiden"
    holds the title, not the period's name; "tokoh seperti | X" introduces an example, no role."""
    body = ("Tujuh wakil Indonesia menyusul pasangan ganda campuran nasional, Praveen Jordan/Debby Susanto, ke babak kedua. "
            "Dua wakil terakhir ialah Jonatan Christie (tunggal putra) dan Marcus Fernaldi Gideon/Kevin Sanjaya Sukamuljo "
            "(ganda putra). Mahasiswa menggelar aksi 1 Tahun Kepemimpinan Presiden Prabowo Subianto di halaman. "
            "Dibandingkan dengan tokoh seperti Muhammad Yunus, capaian itu besar.")
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert ents["Praveen Jordan"].roles == ents["Debby Susanto"].roles == ["ganda campuran nasional"]
    assert ents["Jonatan Christie"].roles == ["tunggal putra"]
    assert ents["Marcus Fernaldi Gideon"].roles == ents["Kevin Sanjaya Sukamuljo"].roles == ["ganda putra"]
    assert ents["Prabowo Subianto"].roles == ["Presiden"] and ents["Muhammad Yunus"].roles == []


def test_session38_directors_band_members_technicians_and_badminton_players():
    """indosum51-indosum53: "Sutradara", "Personel boyband …", "teknisi Mozilla", "Pebulu tangkis …" are roles."""
    body = ("KUCHING, JUARA.net - Pebulu tangkis tunggal putra Indonesia, Tommy Sugiarto, menang. Personel boyband "
            "BIGBANG, Taeyang, datang ke Jakarta. Sutradara Livi Zheng membuat film. Kata teknisi Mozilla, Dietrich "
            "Ayala, kemarin.")
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert ents["Tommy Sugiarto"].roles == ["Pebulu tangkis tunggal putra Indonesia"]
    assert ents["Taeyang"].roles == ["Personel boyband BIGBANG"]
    assert ents["Livi Zheng"].roles == ["Sutradara"] and ents["Dietrich Ayala"].roles == ["teknisi Mozilla"]


def test_session38_a_reported_clauses_subject_and_a_goalkeeper():
    """indosum51: "… bahwa Rooney akan …" makes Rooney the subject a later "Striker … itu" stands for (not the
    manager named before); "penjaga gawang" is a calling with its field."""
    body = ("Jose Mourinho tidak lagi memainkan Rooney. Rumor beredar bahwa Wayne Rooney akan meninggalkan klub. "
            "Striker Timnas Inggris itu masih menyisakan kontrak. Hazard menaklukkan penjaga gawang Asmir Begovic.")
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert ents["Wayne Rooney"].roles == ["Striker Timnas Inggris"] and ents["Jose Mourinho"].roles == []
    assert ents["Asmir Begovic"].roles == ["penjaga gawang"]


def test_session38_a_fronted_adverbial_before_the_subject():
    """indosum54: "Dengan tambahan dua gol ke gawang Meksiko, Lukaku …" makes Lukaku the subject a later "Sang
    striker … tersebut" stands for, though the adverbial is longer than four words."""
    body = ("Hirving Lozano menyamakan kedudukan bagi Meksiko. Dengan tambahan dua gol ke gawang Meksiko, Romelu "
            "Lukaku masuk buku sejarah Belgia. Sang striker Manchester United tersebut menyamai rekor lama.")
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert ents["Romelu Lukaku"].roles == ["striker Manchester United"] and ents["Hirving Lozano"].roles == []


def test_a_reported_clause_after_a_pronoun_leaves_the_pronouns_person_the_subject():
    """indosum quotes: "Dia mengatakan bahwa Niko …" keeps the one "Dia" stands for as the subject a later
    "Politikus Golkar itu" is (the session-38 "bahwa" rule had given the title to Niko)."""
    body = ("Anggota Pansus Mukhamad Misbakhun menyatakan KPK tidak berwenang. Misbakhun mengatakan, salah satu "
            "korban adalah Niko Panji Tirtayasa. Dia mengatakan bahwa Niko ditempatkan di Depok. Politikus Golkar "
            "itu berpendapat, penempatan Niko melanggar HAM.")
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert "Politikus Golkar" in ents["Mukhamad Misbakhun"].roles and ents["Niko Panji Tirtayasa"].roles == []


def test_session39_hosts_callings_joined_by_dan_and_an_acronym_spelled_out():
    """indosum57-59: "dua pemandu acara, yaitu DJ Khaled, …" gives each host the calling (the comma before
    "yaitu" no longer stops it); "penulis dan peneliti dari X" is two callings; "Presiden AS" beside
    "Presiden Amerika Serikat" says no more; "Sekretaris Jenderal" is an office, not a general's rank;
    "kata Argo, salah satu pelaku kembali melakukan …" gives Argo no role."""
    body = ("MTV menggunakan dua pemandu acara, yaitu DJ Khaled dan Lizzo. Menurut Nicolas Guegen, penulis dan "
            "peneliti dari University of South Brittany, musik membantu. Presiden AS Donald Trump datang. Presiden "
            "Amerika Serikat Donald Trump pergi. Kata Sekretaris Jenderal Budi Santoso. Tiga hari kemudian, kata "
            "Argo, salah satu pelaku kembali melakukan pertemuan.")
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert ents["DJ Khaled"].roles == ["pemandu acara"]
    assert ents["Nicolas Guegen"].roles == ["penulis", "peneliti dari University of South Brittany"]
    assert ents["Donald Trump"].roles == ["Presiden Amerika Serikat"]
    assert ents["Budi Santoso"].roles == ["Sekretaris Jenderal"]
    assert ents["Argo"].roles == []


def test_session39_a_cups_name_before_a_name_is_no_title():
    """indosum61: "perempat final Piala Raja Spanyol, Messi …": "Raja" is a role word, but a cup's name is no title."""
    body = "Pada laga leg pertama perempat final Piala Raja Spanyol, Messi dan kawan-kawan keok."
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert ents["Messi"].roles == []


def test_session39_third_round_anaphors_after_more_verbs_and_before_a_dash():
    """indosum63-65: "kecam manajer kelahiran Strasbourg itu" stands for Wenger (a verb of saying "kecam"; where
    he was born no part of the role); "Penyerang Inggris itu - yang …" for Kane (a dash after the demonstrative);
    "…, seorang pelukis dengan menggunakan kaki" is "pelukis"."""
    body = ("Arsene Wenger kesal. \"Liga ini berubah,\" kecam manajer kelahiran Strasbourg itu seperti dikutip. "
            "Harry Kane mencetak gol. Penyerang Inggris itu - yang telah mengemas sembilan gol - senang. Prinsip itu "
            "dipegang oleh Salim Harama, seorang pelukis dengan menggunakan kaki.")
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert ents["Arsene Wenger"].roles == ["manajer"]
    assert ents["Harry Kane"].roles == ["Penyerang Inggris"]
    assert ents["Salim Harama"].roles == ["pelukis"]


def test_session39_fourth_round_an_apposition_that_opens_a_clause_and_ages():
    """indosum68: "Menerima umpan Jorginho, pemain 26 tahun itu berhasil …" gives Jorginho no role (the phrase
    opens a clause about someone else); an age is no part of a role."""
    body = ("Menerima umpan panjang Jorginho, pemain 26 tahun itu berhasil mencetak gol. Gol dicetak Budi Santoso, "
            "pemain 26 tahun, kemarin.")
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert ents["Jorginho"].roles == []
    assert ents["Budi Santoso"].roles == ["pemain"]


def test_session40_offices_held_for_now_or_soon_and_a_clubs_president():
    """indosum71: "pelatih sementara Haryadi", "Presiden terpilih Donald Trump", "presiden klub Achsanul
    Qosasi", "Rapper … Drake"; "Sementara" opening a sentence is no part of a title."""
    body = ("Hal itu diakui melalui pelatih sementara Haryadi. Band itu menyerang Presiden terpilih Donald Trump. "
            "Hal itu dikonfirmasi oleh presiden klub Achsanul Qosasi. Rapper Drake menang. Sementara Budi Santoso "
            "pulang.")
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert ents["Haryadi"].roles == ["pelatih sementara"]
    assert ents["Donald Trump"].roles == ["Presiden terpilih"]
    assert ents["Achsanul Qosasi"].roles == ["presiden klub"]
    assert ents["Drake"].roles == ["Rapper"]
    assert ents["Budi Santoso"].roles == []


def test_session40_second_round_standings_possessives_origins_and_headlines():
    """indosum72-74: "terdakwa mantan Ketua Umum …" is two roles; "pemain andalannya" loses its "-nya"; where a
    person comes from stands between title and name ("Politikus Golkar asal Papua Barat X"); a linked headline's
    capitals are no title ("Tendang Suporter, Patrice Evra Terancam …"); "mantan winger Wales"."""
    body = ("Sidang itu dengan terdakwa mantan Ketua Umum Partai Golkar Setya Novanto. Pelatih Nuggets, Mike Malone, "
            "dan pemain andalannya, Nikola Jokic, diusir wasit. Politikus Golkar asal Papua Barat Budi Santoso "
            "menyerahkan kasus itu.\n\nTendang Suporter, Patrice Evra Terancam Hukuman Berat\n\nLegenda sekaligus "
            "mantan winger Wales, Ryan Giggs, menjadi calon.")
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert ents["Setya Novanto"].roles == ["terdakwa", "mantan Ketua Umum Partai Golkar"]
    assert ents["Nikola Jokic"].roles == ["pemain andalan"]
    assert ents["Budi Santoso"].roles == ["Politikus Golkar"]
    assert ents["Patrice Evra"].roles == []
    assert set(ents["Ryan Giggs"].roles) == {"Legenda", "mantan winger Wales"}


def test_session40_third_round_origins_lists_with_termasuk_and_offices_joined_by_ampersand():
    """indosum75-77: "Gelandang anyar Persib asal Ghana, Michael Essien"; "pemain ujung tombak termasuk A, B, dan C";
    "antara manajer Chelsea, Antonio Conte dengan Costa" (a preposition after the name: still an apposition);
    "Co-Founder & CEO Papillon Group Vicky G. Saputra" (two offices; the firm a body, not part of the name)."""
    body = ("BANDUNG, JUARA.net - Gelandang anyar Persib asal Ghana, Michael Essien, bakal dapat program khusus. "
            "Sejumlah pemain ujung tombak termasuk Nikola Kalinic dan Andrea Belotti diincar. Konflik antara manajer "
            "Chelsea, Antonio Conte dengan Costa memanas. Hal itu dijelaskan Co-Founder & CEO Papillon Group Vicky G. "
            "Saputra kemarin.")
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert ents["Michael Essien"].roles == ["Gelandang anyar Persib"]
    assert ents["Nikola Kalinic"].roles == ents["Andrea Belotti"].roles == ["pemain ujung tombak"]
    assert ents["Antonio Conte"].roles == ["manajer Chelsea"]
    assert ents["Vicky G. Saputra"].roles == ["Co-Founder", "CEO Papillon Group"]
    assert ents["Papillon Group"].type == "ORG"


def test_session40_fourth_round_callings():
    """indosum80: "kurator karnaval X", "petinggi Arsenal X", "teroris X" are roles."""
    body = ("Sementara itu, kurator karnaval Aat Suratin mengatakan acara ini bagus. Sebelumnya, petinggi Arsenal Stan "
            "Kroenke memuji Ozil. YouTube menghapus video teroris Anwar al - Awlaki.")
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert ents["Aat Suratin"].roles == ["kurator karnaval"]
    assert ents["Stan Kroenke"].roles == ["petinggi Arsenal"]
    assert ents["Anwar al - Awlaki"].roles == ["teroris"]


def test_session42_selaku_after_an_agent_praise_words_relative_clauses_and_compound_titles():
    body = ("Acara itu dipimpin oleh Melody selaku kapten JKT48. Hal itu dirasakan pesinetron cantik Dhini Aminarti. "
            "Mewakili Indonesia, seniman Tintin Wulia tampil. Maman Sidikou, yang merupakan pemimpin MONUSCO, berbicara. "
            "Dalam temu media, Co - Founder & Group CEO aCommerce Paul Srivorakul memaparkan tren.")
    people = {e.name: e.roles for e in find_entities(body, "id").entities if e.type == "PER"}
    assert people.get("Melody") == ["kapten JKT48"], people
    assert people.get("Dhini Aminarti") == ["pesinetron"], people
    assert people.get("Tintin Wulia") == ["seniman"], people
    assert people.get("Maman Sidikou") == ["pemimpin MONUSCO"], people
    assert people.get("Paul Srivorakul") == ["Co - Founder", "Group CEO aCommerce"], people
    assert "Co" not in people
    # a demonstrative title another person holds is not the last subject's
    body = ("Tidak hanya Corden, sang sutradara Wilbur Gleck pun bercerita. Corden juga tertawa. Sutradara tersebut "
            "lantas mengatakan film selesai Minggu.")
    people = {e.name: e.roles for e in find_entities(body, "id").entities if e.type == "PER"}
    assert people.get("Corden") == [] and people.get("Wilbur Gleck") == ["sutradara"], people


def test_session42_a_calling_with_nya_before_a_comma_and_a_linked_headline():
    body = ("Aming mengajukan talak yang diwakili kuasa hukumnya, Devi Waluyo, ke pengadilan. Netizen membuat penyanyi "
            "sekaliber Ed Sheeran pergi.\n\nBaca juga: Hakim Tanya Setya Novanto Soal Uang\n\nKetua DPR Setya Novanto "
            "absen. Operasi dipimpin KBP Jhon Turman Panjaitan.")
    people = {e.name: e.roles for e in find_entities(body, "id").entities if e.type == "PER"}
    assert people.get("Devi Waluyo") == ["kuasa hukum"], people
    assert people.get("Ed Sheeran") == ["penyanyi"], people
    assert people.get("Setya Novanto") == ["Ketua DPR"], people
    assert "KBP Jhon Turman Panjaitan" not in people and "Jhon Turman Panjaitan" in people, people


def test_session42_a_serving_office_and_a_case_standing_and_counted_callings():
    body = ("Sidang dihadiri terdakwa Axel Matthew Thomas. Ia diperiksa sebagai saksi untuk tersangka "
            "Direktur Utama PT Quadra Solution Anang Sugiana Sudihardjo. Parade dibuka oleh 19 atlet legendaris "
            "termasuk Susi Susanti. Kepada media, CMO Jakmall Tommy Lim bercerita.")
    people = {e.name: e.roles for e in find_entities(body, "id").entities if e.type == "PER"}
    assert people.get("Axel Matthew Thomas") == ["terdakwa"], people
    assert people.get("Anang Sugiana Sudihardjo") == ["tersangka", "Direktur Utama PT Quadra Solution"], people
    assert people.get("Susi Susanti") == ["atlet legendaris"], people
    # an office serving a person named in full before, written before that person's short name, is someone else's
    body = "Penyanyi Adam Levine menyambut anak keduanya. Kabar itu dikonfirmasi oleh perwakilan Levine kepada wartawan."
    people = {e.name: e.roles for e in find_entities(body, "id").entities if e.type == "PER"}
    assert people.get("Adam Levine") == ["Penyanyi"], people


def test_session42_a_bribed_office_a_family_and_an_english_field_before_an_office():
    from kabar.nlp.roles import _sentence_cased

    body = ("KPK menahan Abun usai diperiksa perdana selaku tersangka penyuap Bupati Kutai Kartanegara (Kukar) Rita "
            "Widyasari. Chicago menjadi anggota baru keluarga Kim Kardashian. Kemiripan itu didukung Jay Ward selaku "
            "creative director Disney - Pixar beserta timnya.")
    people = {e.name: e.roles for e in find_entities(body, "id").entities if e.type == "PER"}
    assert people.get("Rita Widyasari") == ["Bupati Kutai Kartanegara (Kukar)"], people
    assert people.get("Kim Kardashian") == [], people
    assert people.get("Jay Ward") == ["creative director Disney - Pixar"], people
    assert _sentence_cased("Kuasa hukum Abun") and not _sentence_cased("Tiga pemain AS") \
        and not _sentence_cased("Presiden Joko Widodo")


def test_session42_a_spaced_hyphen_between_acronyms_and_a_mission_and_where_it_is():
    body = ("Hal itu diinformasikan CTO GO - JEK Ajey Gore, seperti dikutip dari Reuters. \"Segera,\" ujar Konsul "
            "Jenderal RI di New York, Abdul Qadir Jaelani dalam surat tertulis.")
    people = {e.name: e.roles for e in find_entities(body, "id").entities if e.type == "PER"}
    assert people.get("Ajey Gore") == ["CTO GO - JEK"], people
    assert people.get("Abdul Qadir Jaelani") == ["Konsul Jenderal RI di New York"], people


def test_a_title_then_yang_bernama_and_no_role_for_a_story_character():
    body = ("Dilansir sebuah harian, juru bicara yang bernama Rudi Hartono itu mengatakan hal tersebut. Film itu punya "
            "dua tokoh protagonis yang bernama Henry Turner dan Carina Smyth. Dalam sidang itu hadir ahli hukum pidana "
            "Profesor Romli Atmasasmita.")
    people = {e.name: e.roles for e in find_entities(body, "id").entities if e.type == "PER"}
    assert people["Rudi Hartono"] == ["juru bicara"], people
    assert people["Henry Turner"] == [] and people["Carina Smyth"] == [], people
    assert people["Romli Atmasasmita"] == ["ahli hukum pidana"], people


def test_a_standing_in_a_case_keeps_no_case():
    body = ("KPK menetapkan Wali Kota Madiun Bambang Irianto sebagai tersangka kasus dugaan korupsi pembangunan pasar. "
            "Bambang Irianto belum ditahan.")
    people = {e.name: e.roles for e in find_entities(body, "id").entities if e.type == "PER"}
    assert people["Bambang Irianto"] == ["Wali Kota Madiun", "tersangka"], people


def test_founder_and_ceo_two_roles_and_a_detokenised_co_founder():
    body = ("Hal itu disampaikan Founder dan CEO OnlinePajak Charles Guinot di Jakarta. Kata Co - founder HelloBeauty "
            "Dennish Tjandra, itu baik.")
    people = {e.name: e.roles for e in find_entities(body, "id").entities if e.type == "PER"}
    assert sorted(people["Charles Guinot"]) == ["CEO OnlinePajak", "Founder"], people
    assert people["Dennish Tjandra"] == ["Co - founder HelloBeauty"], people


def test_a_calling_before_seperti_and_a_list_s_next_calling():
    body = ("Ia bekerja dengan aktor seperti Dwayne Johnson, Tom Hiddleston, Garrett Hedlund, serta Armie Hammer. Ia dibantu "
            "Jeff Bhasker, produser yang menangani musisi terkenal seperti Kanye West dan Bruno Mars. Hadir pula Kendall "
            "Jenner, Kris Jenner, penata rambut Jen Atkin, dan Chrissy Teigen. Penulis naskahnya masih sama, Rhett Reese. "
            "Produser musik Russell Simmons dan komedian Louis Carter membantah.")
    people = {e.name: e.roles for e in find_entities(body, "id").entities if e.type == "PER"}
    for name in ("Dwayne Johnson", "Tom Hiddleston", "Garrett Hedlund", "Armie Hammer"):
        assert people[name] == ["aktor"], people
    assert people["Kanye West"] == ["musisi"] and people["Bruno Mars"] == ["musisi"], people
    assert people["Kris Jenner"] == [], people
    assert people["Rhett Reese"] == ["Penulis naskah"], people
    assert people["Russell Simmons"] == ["Produser musik"], people


def test_a_list_of_titles_and_names_an_other_s_apposition_and_an_actor_s_part():
    body = ("Klub itu tertarik pada bek Southampton, Virgil van Dijk, bek kiri Juventus, Alex Sandro, dan winger Inter "
            "Milan, Antonio Candreva. Dalam pertemuan dengan Li Wenjun, pimpinan Kementerian Perdagangan, Cook "
            "menyampaikan apresiasi. Dalam serial itu, pemeran Jon Snow, Kit Harington, mengaku senang.")
    people = {e.name: e.roles for e in find_entities(body, "id").entities if e.type == "PER"}
    assert people["Virgil van Dijk"] == [] and people["Antonio Candreva"] == ["winger Inter Milan"], people
    assert people["Li Wenjun"] == ["pimpinan Kementerian Perdagangan"], people
    assert people["Jon Snow"] == [] and people["Kit Harington"] == ["pemeran Jon Snow"], people


def test_a_manager_before_a_person_named_earlier_serves_them():
    body = ("Taylor Swift merilis lagu. Pengumuman itu disampaikan akun resmi dari tim manajer Swift. Louis van Gaal dan "
            "Ronald Koeman. Sepanjang kariernya sebagai manajer, Louis van Gaal punya banyak musuh.")
    people = {e.name: e.roles for e in find_entities(body, "id").entities if e.type == "PER"}
    assert people["Taylor Swift"] == [] and people["Louis van Gaal"] == ["manajer"], people


def test_a_successor_a_first_visit_and_a_president_and_ceo():
    body = ("Tim produksi tengah mempertimbangkan aktor pengganti Daniel Craig sebagai pemeran utama. Ia tak menjelaskan "
            "rencana lawatan perdana Obama ke Indonesia. Hal itu dikatakan Presiden dan CEO MBDI Roelof Lamberts.")
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert ents["Daniel Craig"].roles == [] and ents["Obama"].roles == [], ents
    assert sorted(ents["Roelof Lamberts"].roles) == ["CEO MBDI", "Presiden"] and ents["MBDI"].type == "ORG", ents


def test_an_award_won_is_no_post():
    body = "Adapun Mike D'Antoni terpilih sebagai pelatih terbaik. Budi Santoso ditunjuk sebagai pelatih kepala."
    people = {e.name: e.roles for e in find_entities(body, "id").entities if e.type == "PER"}
    assert people["Mike D'Antoni"] == [] and people["Budi Santoso"] == ["pelatih kepala"], people


def test_seorang_opens_no_title_praise_of_skill_goes_and_two_titles_joined_by_and():
    body = ("Seorang mantan petinggi Yahoo, Scott Ard, mengungkapkan hal itu. Hartati, koreografer handal, ikut menari. "
            "Kata Jason Chen, Corporate President and CEO, Acer Inc.")
    people = {e.name: e.roles for e in find_entities(body, "id").entities if e.type == "PER"}
    assert people["Scott Ard"] == ["mantan petinggi Yahoo"] and people["Hartati"] == ["koreografer"], people
    assert people["Jason Chen"] == ["Corporate President", "CEO"], people


def test_founder_and_ceo_after_selaku_and_a_calling_after_the_dateline():
    body = ("PayRide didirikan di Surabaya oleh Agus Widjaja selaku Founder dan CEO bersama temannya. "
            "Jakarta, CNN Indonesia - - Pemandu acara Ellen DeGeneres menggalang dana. "
            "Ia kemudian bertemu pembawa acara Jimmy Kimmel di studio.")
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert ents["Agus Widjaja"].roles == ["Founder", "CEO"], ents
    assert ents["Ellen DeGeneres"].roles == ["Pemandu acara"], ents
    assert ents["Jimmy Kimmel"].roles == ["pembawa acara"], ents


def test_model_with_a_demonstrative_is_no_ones_role():
    body = ("Bupati Gresik Fandi Akhmad Yani meresmikan dapur itu. Menurutnya, model ini memperpendek rantai "
            "penyediaan makanan.")
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert ents["Fandi Akhmad Yani"].roles == ["Bupati Gresik"], ents


def test_founders_a_personal_doctor_and_a_first_meeting():
    body = ("Jakarta, CNN Indonesia - - Mark Zuckerberg, pendiri dan CEO Facebook, baru saja menyandang gelar sarjana. "
            "Zuck mengikuti langkah pendiri Microsoft Bill Gates yang pernah mendapat perlakuan serupa. Roberto Carlos "
            "membantah. Film itu menunjukkan pengakuan dari dokter pribadi Carlos, Juio Cesar Alves yang pernah bekerja "
            "bersamanya. Ia di bawah pengawasan Pangeran Salman yang kerap mengguncang kawasan.  Pertemuan perdana itu "
            "dihadiri delegasi dari negara Islam.")
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert ents["Mark Zuckerberg"].roles == ["pendiri", "CEO Facebook"], ents
    assert ents["Bill Gates"].roles == ["pendiri Microsoft"], ents
    assert ents["Roberto Carlos"].roles == [], ents
    assert ents["Salman"].roles == ["Pangeran"], ents


def test_a_calling_with_a_demonstrative_and_adalah_before_a_list():
    body = ("Pelatih Luis Milla memberi debut kepada enam pemain. Keenam pemain itu adalah Rezaldi Hehanusa, Adam Alis, "
            "Gavin Kwan Adsit, dan Yabes Roni.")
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert all(ents[n].roles == ["pemain"] for n in ("Rezaldi Hehanusa", "Adam Alis", "Yabes Roni")), ents


def test_praise_after_a_two_word_calling_is_no_part_of_the_role():
    body = "Jakarta, CNN Indonesia - - Pemandu acara kondang Ellen DeGeneres menggalang dana untuk rumah sakit."
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert ents["Ellen DeGeneres"].roles == ["Pemandu acara"], ents


def test_origin_stays_with_a_one_word_calling_after_the_name_and_goes_from_an_office():
    body = ("Klub itu merekrut Rafael Souza, bek asal Brasil, pekan lalu. Manajer kelahiran Lisbon, Joao Mendes, "
            "menyambutnya. Politikus Golkar asal Papua Barat, Yohanes Wenda, ikut hadir.")
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert ents["Rafael Souza"].roles == ["bek asal Brasil"], ents
    assert ents["Joao Mendes"].roles == ["Manajer"], ents
    assert ents["Yohanes Wenda"].roles == ["Politikus Golkar"], ents


def test_a_former_holders_title_and_an_age_before_a_demonstrative_stand_for_the_person():
    body = ("Basuki Purnomo menghadiri debat di Jakarta. Selanjutnya, mantan Bupati Lampung Timur ini menjawab "
            "pertanyaan. Andre Lucas resmi bergabung pada Rabu. Pemain sayap berusia 24 tahun itu akan memakai "
            "nomor 11. Budi Harjono tiba di stadion. Apalagi mantan kapten timnas Indonesia tersebut sedang "
            "membangun akademi.")
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert ents["Basuki Purnomo"].roles == ["mantan Bupati Lampung Timur"], ents
    assert ents["Andre Lucas"].roles == ["Pemain sayap"], ents
    assert ents["Budi Harjono"].roles == ["mantan kapten timnas Indonesia"], ents


def test_a_players_title_with_a_demonstrative_is_not_the_coachs():
    body = ("Pelatih Persib Roberto Alves memuji Dimas Saputra usai laga. Penyerang muda itu mencetak dua gol. "
            "Pada laga terakhir musim ini, kapten Ahmad Fauzi memimpin rekan-rekannya.")
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert ents["Roberto Alves"].roles == ["Pelatih Persib"], ents
    assert ents["Dimas Saputra"].roles == ["Penyerang muda"], ents
    assert ents["Ahmad Fauzi"].roles == ["kapten"], ents


def test_an_offices_standing_a_hyphenated_acronym_and_menjabat_without_sebagai():
    body = ("Penyidik membawa Ketua DPRD nonaktif Herman Susilo ke rumah sakit. Rombongan dipimpin oleh Ketua Forum "
            "Nasional Pemuda Tani (FNPT - Jabar) Yusuf Maulana dan sejumlah tokoh. Ia bertemu pengacara Dedi Kurnia, "
            "yang juga menjabat Ketua DPP Bidang Hukum Partai Nusantara itu, kemarin.")
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert ents["Herman Susilo"].roles == ["Ketua DPRD nonaktif"], ents
    assert ents["Yusuf Maulana"].roles == ["Ketua Forum Nasional Pemuda Tani (FNPT - Jabar)"], ents
    assert ents["Dedi Kurnia"].roles == ["pengacara", "Ketua DPP Bidang Hukum Partai Nusantara"], ents


def test_a_list_after_a_calling_with_a_relative_clause_or_a_counted_colon():
    body = ("Pelatih kembali memilih dua pemain sayap yang mempunyai kecepatan yakni Rudi Hartono dan Bayu Saputra. "
            "Klub juga memantau tiga pemain asing Asia yang sempat berproses yakni, Kenji Sato, Min Ho Park dan "
            "Arjun Lama. Ada tiga bek Persib: Andi Saputra, Beni Wijaya, dan Candra Lesmana. Ia dibantu Joko "
            "Santoso, produser yang menangani musisi terkenal seperti Ari Lasso dan Rossa.")
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert ents["Rudi Hartono"].roles == ents["Bayu Saputra"].roles == ["pemain sayap"], ents
    assert ents["Kenji Sato"].roles == ents["Arjun Lama"].roles == ["pemain asing Asia"], ents
    assert ents["Andi Saputra"].roles == ents["Candra Lesmana"].roles == ["bek Persib"], ents
    assert ents["Ari Lasso"].roles == ["musisi"], ents


def test_bintang_in_lower_case_is_a_calling():
    body = ("Juventus tertarik pada bintang Real Madrid Mateo Kovic. Film itu dibintangi bintang film laga Iko "
            "Pratama. Ketua Umum Partai Bulan Bintang Yusril Mahendra ikut hadir.")
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert ents["Mateo Kovic"].roles == ["bintang Real Madrid"], ents
    assert ents["Iko Pratama"].roles == ["bintang film laga"], ents
    assert ents["Yusril Mahendra"].roles == ["Ketua Umum Partai Bulan Bintang"], ents


def test_menjadi_after_a_name_gives_a_post_that_names_its_body():
    body = ("Musim ini Victor Musa menjadi pemain inti Chelsea. Raul Gomez menjadi pemain pertama yang mencetak gol di "
            "semua laga.")
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert ents["Victor Musa"].roles == ["pemain inti Chelsea"], ents
    assert ents["Raul Gomez"].roles == [], ents


def test_an_owner_a_witness_examined_and_a_former_holder_after_a_capitalised_word():
    body = ("Meski pemilik klub Mark Ashton sudah menjamin dana, Yudi Laksono diperiksa sebagai saksi bagi tersangka "
            "Andi Wirawan. Taeyang, pemilik nama asli Dong Young Bae, tampil. Robert Albert tiba di Makassar. "
            "Pernyataan eks pelatih Arema itu disambut hangat.")
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert ents["Mark Ashton"].roles == ["pemilik klub"], ents
    assert ents["Yudi Laksono"].roles == ["saksi"], ents
    assert ents["Robert Albert"].roles == ["eks pelatih Arema"], ents
    assert not any(r.startswith("pemilik nama") for e in ents.values() for r in e.roles), ents


def test_a_former_post_in_brackets_after_the_name():
    body = "Masa depan Dedi Wijaya (mantan wakil ketua Persija) belum pasti."
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert ents["Dedi Wijaya"].roles == ["mantan wakil ketua Persija"], ents


def test_kepala_alone_in_lower_case_before_a_name_is_a_head():
    body = ('Pelatih itu berkata, "Ada yang tidak beres dengan kepala Cassano saat ini." Kepala Desa Suka Maju, Budi '
            'Santoso, hadir.')
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert ents["Cassano"].roles == [], ents
    assert ents["Budi Santoso"].roles == ["Kepala Desa Suka Maju"], ents


def test_a_firms_dotted_legal_form_ends_no_sentence_and_an_age_stands_aside():
    body = ("KPK memeriksa Direktur Utama PT. Sinar Data Teknologi, Wawan Setiadi. Adalah gelandang belia 22 tahun, "
            "Lukas Pratama, yang jadi bidikan Madura United.")
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert ents["Wawan Setiadi"].roles == ["Direktur Utama PT. Sinar Data Teknologi"], ents
    assert ents["Lukas Pratama"].roles == ["gelandang belia"], ents


def test_merupakan_after_a_name_gives_a_post_that_names_its_body():
    body = ("Saat itu Sugianto merupakan Direktur Pengelolaan Informasi Dukcapil. Joko Santoso merupakan pemain yang "
            "paling tua. Klub itu mendatangkan Budi Hartono, yang merupakan pemain terbaik di klubnya.")
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert ents["Sugianto"].roles == ["Direktur Pengelolaan Informasi Dukcapil"], ents
    assert ents["Joko Santoso"].roles == [], ents
    assert [r.split()[0] for r in ents["Budi Hartono"].roles] == ["pemain"], ents  # (a relative clause, as before)


def test_an_anaphoric_title_after_a_sentence_naming_someone_else_than_the_last_subject():
    # the subject named two sentences back gives way to the person the sentence before names
    body = ("Juru bicara KPK Febri Diansyah mengatakan pemeriksaan dijadwalkan pekan ini. KPK sudah beberapa kali "
            "memanggil Menteri Hukum Yasonna Laoly sebagai saksi. Namun politikus PDIP itu tidak pernah datang.")
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert "politikus PDIP" in ents["Yasonna Laoly"].roles, ents
    assert ents["Febri Diansyah"].roles == ["Juru bicara KPK"], ents
    # (not one named inside a quotation: the speaker stays)
    body = ('Bupati Agam Benni Warlis mengatakan jalan itu mendesak. "Terima kasih kepada Pak Andre Rosiade yang terus '
            'membantu," ujar mantan Komisaris Utama Bank Nagari itu.')
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert ents["Benni Warlis"].roles == ["Bupati Agam", "mantan Komisaris Utama Bank Nagari"], ents
    assert not ents["Andre Rosiade"].roles, ents


def test_a_counted_calling_is_each_name_of_the_they_are_list_after_it():
    body = ("Pada empat laga terakhir, Madura United hanya diperkuat dua pemain asing dari kuota maksimal empat pemain. "
            "Mereka Peter Odemwingie dan Fabiano Beltrame. Dari 22 nama pemain, lima di antaranya adalah pemain senior. "
            "Mereka adalah Stefano Lilipaly, Kurnia Meiga, dan Irfan Bachdim. Timnas berlatih sore itu. Mereka adalah "
            "Egy Maulana yang datang terlambat.")
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert ents["Peter Odemwingie"].roles == ents["Fabiano Beltrame"].roles == ["pemain asing"], ents
    assert all(ents[n].roles == ["pemain senior"] for n in ("Stefano Lilipaly", "Kurnia Meiga", "Irfan Bachdim")), ents
    assert ents["Egy Maulana"].roles == [], ents  # (one name, and no count before it)
    body = ("Sejumlah pebalap MotoGP juga menjadi klien VR46 dalam pembuatan apparel, termasuk Dani Pedrosa, Cal "
            "Crutchlow, dan Jack Miller. Rossi menemui dua pebalap muda dan keluarga mereka, termasuk Budi Santoso dan "
            "Ani Lestari.")
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert all(ents[n].roles == ["pebalap MotoGP"] for n in ("Dani Pedrosa", "Cal Crutchlow", "Jack Miller")), ents
    assert ents["Budi Santoso"].roles == [], ents  # (the count does not open that sentence)


def test_a_lower_case_calling_with_its_field_before_a_list_is_each_names():
    body = ("Lagu itu ditulis dengan bantuan personel Snow Patrol, Johnny McDaid dan Steve Mac. Podium kedua dan ketiga "
            "dihuni duo pebalap Mercedes, Lewis Hamilton dan Valtteri Bottas. Presiden Joko Widodo dan Jusuf Kalla "
            "hadir.")
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert ents["Valtteri Bottas"].roles == ["pebalap Mercedes"], ents
    assert ents["Steve Mac"].roles == ["personel Snow Patrol"], ents
    assert ents["Jusuf Kalla"].roles == [], ents  # (an office is the first name's only)


def test_ada_before_names_brings_them_in_and_is_no_word_of_a_calling():
    body = '"Terutama di pos bek tengah ada Bagas Adi dan Hansamu Yama yang tampil reguler," kata Fachruddin.'
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert not any("ada" in r.split() for e in ents.values() for r in e.roles), ents


def test_an_agent_is_a_calling():
    body = "Agen Mino Raiola mengatakan Balotelli menolak. Sementara itu, agen pemain Budi Santoso enggan berkomentar."
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert ents["Mino Raiola"].roles == ["Agen"] and ents["Budi Santoso"].roles == ["agen pemain"], ents


def test_a_capitalised_bintang_opening_a_sentence_is_a_calling_with_what_follows_it():
    body = ("Jakarta - Bintang Arsenal, Mesut Oezil menegaskan bahwa ia bertahan. Bintang Portugal Cristiano Ronaldo "
            "mencetak gol. Bintang Emon mengatakan hal itu kepada wartawan.")
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert ents["Mesut Oezil"].roles == ["Bintang Arsenal"], ents
    assert ents["Cristiano Ronaldo"].roles == ["Bintang Portugal"], ents
    assert not any(r == "Bintang" for e in ents.values() for r in e.roles), ents  # (a name's first word)
