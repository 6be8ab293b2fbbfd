"""Names of the arts and sports desks (kabar.nlp.arts_and_sports) and the entity fixes of the same
IndoSum batch (session 19): feasts, a coordinating ministry's portfolio, a firm or club before a
person, a one-word body the lexicon knows that the tagger took for a person."""

from __future__ import annotations

from kabar.nlp.arts_and_sports import football_sides, works_and_groups
from kabar.nlp.entities import find_entities
from kabar.nlp.raw_mention import RawMention


def _types(body: str) -> dict[str, str]:
    return {e.name: e.type for e in find_entities(body, "id").entities}


def _raw(body: str, text: str, typ: str, nth: int = 0) -> RawMention:
    start = -1
    for _ in range(nth + 1):
        start = body.index(text, start + 1)
    return RawMention(start, start + len(text), text, typ)


def test_quoted_titles_after_a_word_for_a_work_are_no_entities():
    body = ('Studio itu membuat film seperti "Castle in the Sky", "My Neighbor Totoro", dan "Spirited Away". '
            'Ia sedang mengerjakan film pendek, "Kemushi no Boro".\n\n"Kemushi no Boro" dibuat untuk Museum Ghibli.')
    raws = [_raw(body, "Castle in the Sky", "ORG"), _raw(body, "My Neighbor Totoro", "PER"),
            _raw(body, "Spirited Away", "PER"), _raw(body, "Kemushi", "PER"), _raw(body, "Kemushi", "PER", 1),
            _raw(body, "Museum Ghibli", "LOC")]
    assert [r.text for r in works_and_groups(body, raws)] == ["Museum Ghibli"]


def test_a_quoted_direct_speech_or_an_unquoted_place_after_film_stays():
    body = ('"Jokowi datang," kata Budi. Penonton film Indonesia bertambah, dan lagu Rock the Casbah diputar. '
            'Film itu, "Jakarta Undercover", laris.')
    raws = [_raw(body, "Jokowi", "PER"), _raw(body, "Budi", "PER"), _raw(body, "Indonesia", "LOC"),
            _raw(body, "Rock the Casbah", "ORG"), _raw(body, "Jakarta", "LOC")]
    # the quote ends with a comma (speech), "Indonesia" after "film" is a place the lexicon knows,
    # an unknown name of several words after "lagu" is a title, and so is a quoted one after "Film"
    assert [r.text for r in works_and_groups(body, raws)] == ["Jokowi", "Budi", "Indonesia"]


def test_a_name_after_a_word_for_a_music_group_is_an_organisation():
    body = "Istri Mike Tramp, vokalis grup musik legendaris ‘ White Lion’ ini, senang. Kelima personel Crayon Pop hadir."
    raws = works_and_groups(body, [_raw(body, "Mike Tramp", "PER"), _raw(body, "White Lion", "PER"),
                                   _raw(body, "Crayon Pop", "PER")])
    assert [(r.text, r.type) for r in raws] == [("Mike Tramp", "PER"), ("White Lion", "ORG"), ("Crayon Pop", "ORG")]


def test_cities_named_as_sides_in_a_football_report_are_clubs():
    body = ("Pelatih itu memuji skuad dan laga terakhir musim ini. Terdapat pula Juventus, Liverpool, dan Arsenal "
            "dalam perburuan. Sevilla (65 poin) menang 2 - 0 atas Granada. Liverpool lalu terbang ke Madrid.")
    raws = [_raw(body, "Juventus", "ORG"), _raw(body, "Liverpool", "LOC"), _raw(body, "Arsenal", "ORG"),
            _raw(body, "Sevilla", "LOC"), _raw(body, "Granada", "LOC"), _raw(body, "Liverpool", "LOC", 1),
            _raw(body, "Madrid", "LOC")]
    out = {(r.text, r.start): r.type for r in football_sides(body, raws)}
    assert [t for (text, _), t in out.items() if text == "Liverpool"] == ["ORG", "ORG"]  # wherever named
    assert out[("Sevilla", body.index("Sevilla"))] == "ORG" and out[("Granada", body.index("Granada"))] == "ORG"
    assert out[("Madrid", body.index("Madrid"))] == "LOC"  # only a place here


def test_no_football_report_no_sides_and_countries_stay_places():
    body = "Indonesia menang atas Malaysia dalam perundingan dagang. Delegasi lalu terbang ke Granada."
    raws = [_raw(body, "Indonesia", "LOC"), _raw(body, "Malaysia", "LOC"), _raw(body, "Granada", "LOC")]
    assert [r.type for r in football_sides(body, raws)] == ["LOC", "LOC", "LOC"]
    body = "Gol, laga dan klub: timnas menang 2 - 1 atas Malaysia di stadion."
    assert football_sides(body, [_raw(body, "Malaysia", "LOC")])[0].type == "LOC"  # a country's side


def test_as_before_a_city_is_the_clubs_name_not_the_united_states():
    ents = _types("Kylian Mbappe ingin meninggalkan AS Monaco musim ini. Klub itu menolak tawaran "
                  "gelandang dan striker lain. Presiden AS Donald Trump tidak berkomentar soal laga itu.")
    assert ents["AS Monaco"] == "ORG"
    assert ents["Amerika Serikat"] == "LOC"  # "Presiden AS Donald Trump" is still the country


def test_feasts_are_no_places_but_a_name_keeps_its_word():
    ents = _types("Warga merayakan Tahun Baru Cina atau Imlek di Jakarta. Untuk Imlek kali ini, Ahmad Ramadhan "
                  "berjaga. Ramadhan mengatakan situasi aman.")
    assert "Imlek" not in ents and "Tiongkok" not in ents and ents["Jakarta"] == "LOC"
    assert ents["Ahmad Ramadhan"] == "PER"


def test_a_portfolio_firm_or_club_before_a_person_is_split_off():
    ents = _types("Sejumlah menteri hadir, di antaranya Menko Polhukam Wiranto, Menteri KKP Susi Pudjiastuti.")
    assert ents["Wiranto"] == "PER" and "Polhukam Wiranto" not in ents
    ents = _types("Analis Samuel Sekuritas Rangga Cipta mengatakan rupiah menguat.")
    assert ents["Rangga Cipta"] == "PER" and ents["Samuel Sekuritas"] == "ORG"
    ents = _types("Sejauh ini Chelsea Willian sudah siap. Willian mengisyaratkan persiapan berjalan baik.")
    assert ents["Willian"] == "PER" and ents["Chelsea"] == "ORG"


def test_a_one_word_body_the_lexicon_knows_is_no_person():
    ents = _types("Namun dilihat dari gaya bermain dan kesanggupan finansial, Barca memiliki potensi lebih besar.")
    assert ents.get("FC Barcelona") == "ORG" and "Barca" not in ents


def test_a_party_inside_a_title_is_that_party():
    ents = _types("Hadir pula Ketua Umum Partai Nasional Demokrat (NasDem) Surya Paloh di Senayan.")
    assert ents["Partai Nasional Demokrat"] == "ORG" and "Partai Demokrat" not in ents


def test_a_side_left_untagged_after_a_match_verb_is_added():
    # (Benevento: a club the lexicon does not know; one it knows, Udinese since session 38, is left to it)
    body = ("Cagliari akan bermain Minggu malam, menghadapi Benevento. Sejak debut dalam kemenangan 2 - 1 atas "
            "Dundee, Tierney menjadi pemain inti di klub dan mencetak gol di laga itu.")
    out = football_sides(body, [_raw(body, "Tierney", "PER")])
    assert [(r.text, r.type) for r in out] == [("Benevento", "ORG"), ("Dundee", "ORG"), ("Tierney", "PER")]
    body = "Timnas akan menghadapi Malaysia pada Senin, kata pelatih usai laga dan gol kemarin."
    assert football_sides(body, []) == []  # a country's side stays for the lexicon; no weekday


def test_racing_teams_named_by_their_maker_are_organisations():
    from kabar.nlp.arts_and_sports import racing_teams

    body = "Pada balapan MotoGP, dua pebalap tim Movistar Yamaha kalah dari Ducati dan Keisuke Honda menonton."
    raws = racing_teams(body, [_raw(body, "Movistar Yamaha", "PER"), _raw(body, "Ducati", "PER"),
                               _raw(body, "Keisuke Honda", "PER")])
    assert [r.type for r in raws] == ["ORG", "ORG", "ORG"]  # in a racing report even a "Honda"
    body = "Gelandang Keisuke Honda mencetak gol."
    assert racing_teams(body, [_raw(body, "Keisuke Honda", "PER")])[0].type == "PER"
    body = "Di balapan MotoGP Mugello, pebalap Ducati Andrea Dovizioso menang atas tim Repsol Honda Team."
    raws = racing_teams(body, [_raw(body, "Ducati Andrea Dovizioso", "PER"), _raw(body, "Repsol Honda Team", "PER")])
    assert [(r.text, r.type) for r in raws] == [("Ducati", "ORG"), ("Andrea Dovizioso", "PER"),
                                                ("Repsol Honda Team", "ORG")]


def test_two_places_run_together_and_a_compass_word_before_a_place():
    ents = _types("Status awas di Gunung Sinabung, Kabupaten Karo Provinsi Sumatera Utara masih berlaku. "
                  "Restoran itu ada di Utara Jakarta, dekat Taman Hutan Kota Srengreng.")
    assert {"Gunung Sinabung", "Kabupaten Karo", "Provinsi Sumatera Utara", "Jakarta"} <= set(ents)
    assert "Utara Jakarta" not in ents and "Kota Srengreng" not in ents


def test_a_quoted_nickname_inside_a_name_is_one_person():
    ents = _types('Pemain Filipina Ebrahim "Biboy" Enguio Lopez mencetak 20 poin. Lopez lalu dikawal ketat.')
    assert ents['Ebrahim "Biboy" Enguio Lopez'] == "PER" and ents["Filipina"] == "LOC"


def test_taxes_and_business_kinds_are_no_bodies_and_menpar_is_a_title():
    assert _types("Pemerintah menurunkan PPN dan PPnBM serta PPh bagi UMKM.") == {}
    ents = find_entities('"Terima kasih," kata Menpar Arief Yahya di Jakarta.', "id").entities
    assert [(e.name, e.roles) for e in ents if e.type == "PER"] == [("Arief Yahya", ["Menpar"])]


def test_indonesian_clubs_by_their_association_and_town():
    ents = _types("Persela Lamongan menjamu tim All-Star di laga tribute. Mereka kalah 1-2 dari PSM Makassar di "
                  "klasemen liga, dan gol itu dipuji pelatih. Persentase kemenangan mereka turun.")
    assert ents["Persela Lamongan"] == "ORG" and ents["PSM Makassar"] == "ORG"
    assert "Lamongan" not in ents and "Persentase" not in ents


def test_a_one_word_person_named_as_a_side_is_the_club():
    body = ("Inter Milan menahan imbang Bologna 1 - 1 di Serie A, gol Mauro Icardi menyelamatkan Inter. Laga "
            "melawan Bologna berjalan keras dan pelatih senang. Tim pendatang baru Girona menahan Atletico 2 - 2. "
            "Setelah laga itu, sang pelatih bicara di klub. Mungkin Wenger saat ini sedang mencoba hal lain.")
    raws = [_raw(body, "Inter Milan", "ORG"), _raw(body, "Bologna", "PER"), _raw(body, "Mauro Icardi", "PER"),
            _raw(body, "Bologna", "PER", 1), _raw(body, "Girona", "PER"), _raw(body, "Atletico", "ORG"),
            _raw(body, "Wenger", "PER")]
    types = {(r.text, r.start): r.type for r in football_sides(body, raws)}
    assert [t for (name, _), t in types.items() if name in ("Bologna", "Girona", "Wenger")] == ["ORG", "ORG", "ORG", "PER"]


def test_a_club_named_with_fc_or_united_is_one_organisation():
    body = ("Manajer Newcastle United Rafael Benitez kecewa dengan laga itu. Pusamania Borneo FC kalah dari "
            "Madura United di pekan ke-13 Liga 1, dan pelatih klub mengaku puas dengan pertandingan itu.")
    types = _types(body)
    assert types.get("Newcastle United") == types.get("Madura United") == types.get("Pusamania Borneo FC") == "ORG"
    assert "Madura" not in types and "Borneo" not in types


def test_clubs_by_city_or_real_within_a_line_and_a_city_the_lexicon_knows():
    body = ("Pelatih klub Dedi Rinaldi\n\nSaat Manchester United menang atas Hull City, Real Sociedad kalah dari "
            "Deportivo La Coruna dalam laga liga. Gol di pertandingan itu dicetak di Mexico City.")
    types = _types(body)
    assert types.get("Hull City") == types.get("Real Sociedad") == types.get("Deportivo La Coruna") == "ORG"
    assert types.get("Dedi Rinaldi") == "PER" and types.get("Mexico City") == "LOC"


def test_a_place_after_a_players_position_or_listed_with_a_side_is_a_club():
    body = ("Barcelona lolos ke semifinal Copa del Rey setelah laga kedua. Tiga tim lainnya yang juga lolos adalah "
            "Valencia, Leganes, dan Sevilla. Pemain itu menggantikan kapten tim Barcelona Andres Iniesta. "
            "Gelandang Barcelona, Sergio Busquets, senang. Pelatih itu tinggal di Bandung.")
    raws = [_raw(body, "Barcelona", "LOC"), _raw(body, "Copa del Rey", "LOC"), _raw(body, "Valencia", "LOC"),
            _raw(body, "Leganes", "LOC"), _raw(body, "Barcelona Andres Iniesta", "PER"),
            _raw(body, "Barcelona", "LOC", 2), _raw(body, "Sergio Busquets", "PER"), _raw(body, "Bandung", "LOC")]
    out = [(r.text, r.type) for r in football_sides(body, raws)]
    # a side glued to its captain's name is split off; a place after "Gelandang" is the club, wherever named;
    # a list of sides after "tim … adalah" holds clubs; a place named otherwise stays one
    # (Sevilla, which the tagger left out here, is added: the town the lexicon's "Sevilla FC" is named after)
    assert out == [("Barcelona", "ORG"), ("Copa del Rey", "LOC"), ("Valencia", "ORG"), ("Leganes", "ORG"),
                   ("Sevilla", "ORG"), ("Barcelona", "ORG"), ("Andres Iniesta", "PER"), ("Barcelona", "ORG"),
                   ("Sergio Busquets", "PER"), ("Bandung", "LOC")], out


def test_a_person_not_after_a_sides_noun_keeps_a_first_name_named_alone():
    body = "Laga dan gol di liga musim ini. Rehan tampil. Pasangan Rehan Naufal Kusharjanto juga menang."
    raws = [_raw(body, "Rehan", "LOC"), _raw(body, "Rehan Naufal Kusharjanto", "PER")]
    out = [(r.text, r.type) for r in football_sides(body, raws)]
    # (the first name named alone, mistyped, is no side glued to him: no side's noun before him)
    assert ("Rehan Naufal Kusharjanto", "PER") in out, out


def test_a_clubs_town_alone_is_the_club_it_names_in_full_or_by_its_nickname():
    """Session 35 (IndoSum batches): "Real Madrid … Madrid", "AS Monaco … Monako" in a football report are
    one club each, though the gazetteer knows Madrid and the lexicon Monako as places, and "Barcelona"
    beside "Blaugrana" is a club; with two clubs of one town the town stays a place."""
    body = ("MADRID, Juara - Real Madrid menang 6 - 2 atas Deportivo La Coruna di laga liga. Madrid masih terpaut "
            "dua angka dari Barcelona di puncak klasemen, sedangkan La Coruna tertahan. Pelatih Zidane memuji gol "
            "Madrid. Blaugrana sendiri menang di kandang.")
    by_name = {e.name: e for e in find_entities(body, "id").entities}
    assert by_name["Real Madrid"].type == "ORG" and "Madrid" in by_name["Real Madrid"].aliases
    assert "MADRID" not in by_name["Real Madrid"].aliases  # the dateline's city
    assert "La Coruna" in by_name["Deportivo La Coruna"].aliases
    # (the town of a club the article names only by a nickname is the club, and since session 40 one with it:
    # the lexicon names one club after Barcelona)
    assert by_name["FC Barcelona"].type == "ORG" and by_name["FC Barcelona"].aliases == ["Barcelona", "Blaugrana"]
    two = ("Real Madrid dan Atletico Madrid bertemu di laga derbi liga. Pelatih kedua klub memuji gol "
           "para pemain. Suporter kedua klub berkumpul di Madrid menjelang laga itu.")
    assert {e.name: e.type for e in find_entities(two, "id").entities}.get("Madrid") == "LOC"


def test_a_town_the_lexicon_names_one_club_after_is_that_club_in_a_football_report():
    body = ("Napoli akan bermain Minggu malam, menghadapi Sassuolo. Gol dari Liverpool via aksi Coutinho membuat "
            "pelatih senang, kata dia di kota Liverpool usai laga.")
    out = football_sides(body, [_raw(body, "Coutinho", "PER")])
    clubs = [(r.text, r.lex_key) for r in out if r.type == "ORG"]
    assert clubs == [("Napoli", "org:ssc napoli"), ("Sassuolo", "org:us sassuolo"), ("Liverpool", "org:liverpool fc")]
    # (the town itself after "kota"; and no football report, no club: "Liverpool" stays untouched)
    assert football_sides("Banjir melanda Liverpool pekan ini.", []) == []
    # two clubs of one town leave it the town: "Manchester"
    body = "Manchester bersiap. Manchester United dan Manchester City bermain, gol pelatih laga."
    assert not [r for r in football_sides(body, []) if r.text == "Manchester"]


def test_a_club_named_by_its_short_name_joins_the_club():
    ents = {e.name: (e.type, sorted(e.aliases)) for e in find_entities(
        "Southampton menjamu Crystal Palace. Gol bomber Palace, Christian Benteke, membuka laga. Soton menang, "
        "mengakhiri rekor Palace. Pemain pinjaman di Stoke City itu gagal, dan Stoke kalah. Pelatih senang.", "id").entities}
    assert ents["Crystal Palace"] == ("ORG", ["Palace"])
    assert ents["Stoke City"] == ("ORG", ["Stoke"])
    assert ents["Southampton FC"] == ("ORG", ["Soton", "Southampton"])


def test_a_player_named_by_a_move_of_theirs_is_a_person():
    body = ("Arsenal unggul. Umpan terobosan Zaha dijangkau Schlupp, lalu tendangan kencang Lacazette ditepis oleh "
            "Speroni. Gol Arsenal lahir dari umpan jauh Wilshere. Pelatih dan pemain senang usai laga.")
    out = football_sides(body, [_raw(body, "Speroni", "ORG"), _raw(body, "Wilshere", "LOC")])
    people = {r.text for r in out if r.type == "PER"}
    assert {"Zaha", "Lacazette", "Speroni", "Wilshere"} <= people and "Arsenal" not in people


def test_session40_scorer_tables_city_alone_first_names_and_shirts():
    """indosum75-79: a scorers' table's "(Alan Shearer Blackburn 34)" is a player and a club; a first name the tagger left before a surname it found ("pasukan Carlo | Ancelotti");
    "Jersey" where the article writes "jersey" is a shirt, no place."""
    body = ("JUARA.net - Jersey terbaru Manchester City belum dijual. Adidas menyebut jersey ini klasik. Rumor menyebut "
            "City siap memboyong Messi dari klub itu. Dominasi pasukan Carlo Ancelotti terlihat di laga itu. Pencetak gol "
            "terbanyak liga: 1995: (Alan Shearer Blackburn 34), 2000: (Kevin Phillips Sunderland 30). Pelatih senang.")
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert "Jersey" not in ents
    assert ents["Manchester City"].type == "ORG"
    assert ents["Carlo Ancelotti"].type == "PER" and "Ancelotti" not in ents
    assert ents["Alan Shearer"].type == ents["Kevin Phillips"].type == "PER"
    assert ents["Blackburn"].type == "ORG" and "Alan Shearer Blackburn" not in ents


def test_session40_city_alone_is_the_one_city_club_of_the_report():
    body = ("Manchester City terus dikabarkan bakal mendatangkan Lionel Messi. Sejak menangani City, Guardiola terus "
            "diterpa isu. Rumor menyebut City siap memboyong Messi dari klub. Usai laga, gol dan pelatih dibahas.")
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert ents["Manchester City"].aliases == ["City"] and "City" not in ents


def test_games_named_as_examples_after_a_word_for_games_are_no_names():
    body = ("Laptop itu sanggup menjalankan game - game AAA seperti Far Cry 5 dan Shadow of Mordor. Judul - judul yang "
            "sudah diuji meliputi Halo Infinite, Doom, Middle - earth: Shadow of War dan Overwatch. Laptop itu dirakit "
            "Asus di Taiwan.")
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert not {"Far Cry", "Shadow of Mordor", "Halo Infinite", "Doom", "Middle", "Overwatch"} & set(ents), ents
    assert ents["Asus"].type == "ORG" and ents["Taiwan"].type == "LOC", ents
