"""English entity finding: spaCy's recogniser under kabar's clean-up (kabar.nlp.ner_en, the English
rules of kabar.nlp.entities). Most tests hand the pipeline fixed spans, so they check kabar's
logic, not the statistical model; the last ones run the shipped model."""

from __future__ import annotations

import re

import pytest

from kabar.nlp import entities as entities_mod
from kabar.nlp.aliases import is_loose_acronym
from kabar.nlp.entities import find_entities
from kabar.nlp.ner_en import EnglishTagger, load_english_tagger
from kabar.nlp.tokens import Span, tokenize


class SpanTagger(EnglishTagger):
    """An English tagger whose "model" marks the given strings (each occurrence) with their type."""

    def __init__(self, names: dict[str, str]) -> None:
        self.names = names
        self.name = "stub"

    def spans(self, body: str) -> list[tuple[int, int, str]]:
        found = []
        for text, typ in self.names.items():
            for m in re.finditer(re.escape(text), body):
                if not any(a < m.end() and m.start() < b for a, b, _ in found):
                    found.append((m.start(), m.end(), typ))
        return sorted(found)


def _ents(body: str, names: dict[str, str]):
    return {e.name: e for e in find_entities(body, lang="en", tagger=SpanTagger(names)).entities}


def test_tags_follow_the_models_spans_over_kabars_tokens():
    body = "Blackpink - UN envoys met. The World Health Organisation (WHO) and Alphabet's YouTube and rivals."
    toks = [Span(t.start, t.end, t.text) for t in tokenize(body)]
    tagger = SpanTagger({"Blackpink - UN": "ORG", "The World Health Organisation (WHO": "ORG",
                         "Alphabet's YouTube and": "ORG"})
    tags = tagger.tag_body(body, [toks])[0]
    spans, cur = [], []
    for tok, tag in zip(toks, tags, strict=True):
        if tag.startswith("B-") and cur:
            spans.append(" ".join(cur))
            cur = []
        if tag != "O":
            cur.append(tok.text)
        elif cur:
            spans.append(" ".join(cur))
            cur = []
    # a spaced dash and a bracket end a name; no name ends in "and"
    assert spans == ["Blackpink", "UN", "The World Health Organisation", "WHO", "Alphabet's YouTube"]


def test_hyphenated_words_possessives_and_lists_give_the_names_inside():
    body = ("The London-based group backed the pro-Gaddafi forces. Meta Platforms' Facebook and "
            "Alphabet's YouTube removed posts. Executives of Alphabet and Facebook testified. "
            "The State Courts' ruling stood.")
    ents = _ents(body, {"London-based": "LOC", "pro-Gaddafi": "PER", "Meta Platforms' Facebook": "ORG",
                        "Alphabet's YouTube": "ORG", "Alphabet and Facebook": "ORG", "State Courts'": "ORG"})
    # ("Gaddafi" is the lexicon's Muammar Gaddafi, named in full)
    assert {"London", "Muammar Gaddafi", "Meta Platforms", "Facebook", "Alphabet", "YouTube", "State Courts"} <= set(ents)
    assert ents["Facebook"].mentions == 2 and ents["Alphabet"].mentions == 2
    assert not any("'" in n or " and " in n or "-" in n for n in ents)


def test_reporters_dates_and_money_are_no_names():
    body = ("By Hamid Ould Ahmed and Mariam Karouny ALGIERS | Thu Sep 29, 2011 - Rebels took the town, "
            "Ali Zeidan said. A fine of S$500 was paid.\n"
            "(Reporting by Kevin Lim; Editing by Dan Lalor)")
    ents = _ents(body, {"Hamid Ould Ahmed": "PER", "Mariam Karouny": "PER", "ALGIERS": "LOC",
                        "Thu Sep 29": "PER", "Ali Zeidan": "PER", "S$500": "ORG", "Kevin Lim": "PER",
                        "Dan Lalor": "PER"})
    assert set(ents) == {"Algiers", "Ali Zeidan"}  # the dateline place, shown as written


def test_a_name_cut_after_a_particle_and_a_sentences_verb_or_full_stop():
    body = ("She will meet EU chief Ursula von der Leyen. Describing Naing Lin as a hero, they marched. "
            "The ruling came from Judge Myo Kyaw Thu. Then it rained.")
    ents = _ents(body, {"Ursula von der": "PER", "Leyen": "LOC", "Describing Naing Lin": "PER",
                        "Myo Kyaw Thu.": "PER"})
    assert {"Ursula von der Leyen", "Naing Lin", "Myo Kyaw Thu"} <= set(ents)
    assert "Leyen" not in ents


def test_types_from_the_article_itself():
    body = ("Amanda Gorman read a poem. Gorman thanked the crowd. Drones hit Kyiv overnight. "
            "Power returned, the operator Energoatom said. North America and Western Europe follow.")
    ents = _ents(body, {"Amanda Gorman": "PER", "Gorman": "ORG", "Kyiv": "PER", "Energoatom": "PER",
                        "North America": "LOC", "Western Europe": "LOC"})
    assert ents["Amanda Gorman"].mentions == 2  # the surname joins the person
    assert ents["Energoatom"].type == "ORG"
    assert ents["North America"].type == "LOC" and ents["Western Europe"].type == "LOC"
    if "Kyiv" in ents:  # a place the gazetteer knows is no person
        assert ents["Kyiv"].type == "LOC"


def test_a_short_name_defined_in_brackets_joins_the_body():
    body = ("Malaysia's Petroliam Nasional Berhad (Petronas) won the block. Petronas will drill next year. "
            "The National University Cancer Institute Singapore (NCIS) treated her.")
    ents = _ents(body, {"Petroliam Nasional Berhad": "ORG", "Petronas": "PER", "Malaysia": "LOC",
                        "National University Cancer Institute Singapore": "ORG", "NCIS": "ORG"})
    assert ents["Petroliam Nasional Berhad"].aliases == ["Petronas"]
    assert ents["Petroliam Nasional Berhad"].mentions == 3
    assert ents["National University Cancer Institute Singapore"].aliases == ["NCIS"]


def test_loose_acronyms():
    assert is_loose_acronym("SIA", "Singapore Airlines")
    assert is_loose_acronym("GSK", "GlaxoSmithKline")
    assert is_loose_acronym("Komdigi", "Kementerian Komunikasi dan Digital")
    assert not is_loose_acronym("AFP", "Singapore Airlines")  # letters out of the name
    assert not is_loose_acronym("Sing", "Singapore Airlines")  # one word start only


def test_the_name_shown_is_not_a_datelines_capitals():
    body = "HONG KONG - Shares fell. Hong Kong's leader spoke."
    ents = _ents(body, {"HONG KONG": "LOC", "Hong Kong": "LOC"})
    assert "Hong Kong" in ents and "HONG KONG" not in ents


def test_english_uses_the_shipped_model_and_falls_back_without_it(monkeypatch):
    tagger = load_english_tagger()
    assert tagger is not None and "core_web_sm" in tagger.name
    body = ("Apple chief executive Tim Cook met officials of the European Commission in Brussels on "
            "Tuesday, the company said.")
    ents = {e.name: e.type for e in find_entities(body, lang="en").entities}
    assert ents.get("Tim Cook") == "PER" and ents.get("Brussels") == "LOC"
    assert ents.get("Apple") == "ORG"
    # without spaCy's model English goes through the Indonesian tagger, and still finds names
    monkeypatch.setattr(entities_mod, "load_english_tagger", lambda: None)
    assert find_entities(body, lang="en").entities


@pytest.mark.parametrize("lang", ["id", "en"])
def test_indonesian_text_never_loads_the_english_model(monkeypatch, lang):
    calls = []
    monkeypatch.setattr(entities_mod, "load_english_tagger", lambda: calls.append(1))
    find_entities("Presiden Joko Widodo meninjau Jakarta.", lang=lang)
    assert calls == ([1] if lang == "en" else [])


def test_a_stock_ticker_in_brackets_names_the_company():
    body = ("SINGAPORE (Reuters) - British drugmaker GlaxoSmithKline (GSK.L) said sales rose. "
            "GSK expects more growth, it said.")
    ents = _ents(body, {"SINGAPORE": "LOC", "GlaxoSmithKline": "PER", "GSK": "ORG", "Reuters": "ORG"})
    assert ents["GlaxoSmithKline"].type == "ORG" and ents["GlaxoSmithKline"].aliases == ["GSK"]


def test_a_place_noun_after_a_name_makes_it_a_place():
    body = ("The quake struck Poso regency before dawn. Trains stopped between Citayam and Depok stations. "
            "Fashion retailer Siti Rahayu took classes.")
    ents = _ents(body, {"Poso": "PER", "Citayam": "PER", "Depok": "ORG", "Siti Rahayu": "PER"})
    assert ents["Poso"].type == ents["Citayam"].type == ents["Depok"].type == "LOC"
    assert ents["Siti Rahayu"].type == "PER"


def test_storms_diseases_treaties_events_and_currencies_are_no_names():
    body = ("Hurricane Fiona hit Bermuda. Fiona's winds eased. COVID-19 cases rose. The Comprehensive Economic "
            "Cooperation Agreement was signed before the Asian Games. The Australian Dollar fell.")
    ents = _ents(body, {"Hurricane Fiona": "PER", "Bermuda": "LOC", "Fiona": "PER", "COVID-19": "ORG",
                        "Comprehensive Economic Cooperation Agreement": "ORG", "Asian Games": "ORG",
                        "Australian Dollar": "ORG"})
    assert set(ents) == {"Bermuda"}


def test_styles_of_address_the_x_and_names_with_a_possessive_inside():
    body = ("Datuk Seri Saifuddin Abdullah met Sheikh Mohammed bin Zayed. Saifuddin spoke first. "
            "The committee passed the Bill on Monday. The Obama administration objected. "
            "Pupils of St Hilda's Secondary School sang.")
    ents = _ents(body, {"Datuk Seri Saifuddin Abdullah": "PER", "Sheikh Mohammed bin Zayed": "PER",
                        "Saifuddin": "PER", "Bill": "PER", "Obama": "PER",
                        "St Hilda's Secondary School": "ORG"})
    assert ents["Saifuddin Abdullah"].mentions == 2 and "Mohammed bin Zayed" in ents
    assert "Bill" not in ents and "Obama" in ents
    assert "St Hilda's Secondary School" in ents


def test_a_company_goes_by_its_first_words_and_a_body_keeps_its_nationality():
    body = ("Hyundai Motor Co said sales rose. Hyundai expects more. The US Geological Survey measured the quake "
            "in South-east Asia.")
    ents = _ents(body, {"Hyundai Motor Co": "ORG", "Hyundai": "ORG", "US Geological Survey": "ORG",
                        "South-east": "LOC", "Asia": "LOC"})
    # (one entity, under the lexicon's name for the firm)
    firm = next(e for e in ents.values() if "Hyundai Motor Co" in (e.name, *e.aliases))
    assert firm.mentions == 2 and firm.type == "ORG"
    assert "US Geological Survey" in ents and "South-east Asia" in ents


def test_a_world_city_the_recogniser_mistyped_is_a_place_but_a_queen_stays_a_person():
    from kabar.nlp.aliases import world_place

    assert world_place("Mariupol") and world_place("Copenhagen") and not world_place("Jakarta")  # (gazetteer's)
    body = ("Shelling hit a plant in Mariupol. Residents of Colima fled the quake. Queen Elizabeth died on Thursday. "
            "Elizabeth's funeral was held in London. Liverpool beat Chelsea.")
    ents = _ents(body, {"Mariupol": "ORG", "Colima": "PER", "Elizabeth": "PER", "London": "LOC",
                        "Liverpool": "ORG", "Chelsea": "ORG"})
    assert ents["Mariupol"].type == "LOC" and ents["Colima"].type == "LOC"
    assert ents["Elizabeth"].type == "PER" and ents["Elizabeth"].mentions == 2
    assert ents["Liverpool"].type == "ORG"  # a club: no "in" before it


@pytest.mark.shared
def test_english_entity_scores_stay_above_floor(shared_dir):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "eval"))
    import entities as entity_eval  # eval/entities.py

    data = shared_dir / "data"
    articles = entity_eval.load(entity_eval.DEFAULT_DATA, data / "clustering" / "mmds2025" / "mds_ac_dev_final.json",
                                data / "timelines" / "t17", "dev")
    c = entity_eval.evaluate(articles)
    # a floor a little under the measured dev figure (typed F1 0.870; 0.654 with the Indonesian tagger)
    assert entity_eval.prf(c["typed"], c["pred"], c["gold"])[2] >= 0.85


def test_lexicon_names_keep_lower_case_words_and_lose_a_nationality_before_them():
    body = ("The missile fell between the Korean peninsula and Japan. The U.S. State Department "
            "condemned the launch.")
    ents = _ents(body, {"Japan": "LOC", "U.S. State Department": "ORG"})
    assert "Semenanjung Korea" in {e for e in ents} or "Korean Peninsula" in ents
    assert "Korean" not in ents and "U.S. State Department" not in ents
    assert any("State Department" in e.aliases or e.name == "US State Department" for e in ents.values())


def test_a_portfolio_before_a_title_is_no_body_and_a_named_school_stays_whole():
    body = ("Finance Minister Kwasi Kwarteng spoke. Datuk Seri Saifuddin met him. Saifuddin Abdullah left. "
            "Pupils of St Hilda's Secondary School sang.")
    ents = _ents(body, {"Finance": "ORG", "Kwasi Kwarteng": "PER", "Datuk Seri Saifuddin": "PER",
                        "Saifuddin Abdullah": "PER", "St Hilda's": "PER", "Secondary School": "ORG"})
    assert "Finance" not in ents and "Kwasi Kwarteng" in ents
    assert ents["Saifuddin Abdullah"].mentions == 2
    assert "St Hilda's Secondary School" in ents and "Secondary School" not in ents


def test_a_place_named_only_by_a_dateline_in_capitals_is_shown_as_written():
    body = "RIO DE JANEIRO (Reuters) - Brazil said the plan works. REUTERS"
    ents = _ents(body, {"RIO DE JANEIRO": "LOC", "Reuters": "ORG", "Brazil": "LOC", "REUTERS": "ORG"})
    assert "Rio de Janeiro" in ents and "Reuters" in ents  # an organisation in capitals is left alone


def test_the_is_no_part_of_a_bodys_name_but_of_a_papers():
    body = "The Federal Reserve raised rates. The Straits Times reported it. The Festival Pesona Nomoni went on."
    ents = _ents(body, {"The Federal Reserve": "ORG", "The Straits Times": "ORG", "The Festival Pesona Nomoni": "LOC"})
    assert "Federal Reserve" in ents and "The Straits Times" in ents and len(ents) == 2


def test_an_article_inside_an_english_name_stays():
    body = "Maria caused the largest blackout, according to Center for a New Economy, a think tank."
    names = {e.name for e in find_entities(body, "en", tagger=SpanTagger({"Center for a New Economy": "ORG"})).entities}
    assert "Center for a New Economy" in names


def test_the_ring_of_fire_is_a_place():
    body = 'Indonesia sits on the Pacific "Ring of Fire", an arc of volcanoes and fault lines.'
    ents = {e.name: e.type for e in find_entities(body, "en").entities}
    assert ents.get("Pacific Ring of Fire") == "LOC" and "Ring of Fire" not in ents


def test_english_names_after_a_run_of_titles_or_a_cue():
    body = ("In her submissions, Deputy Public Prosecutor Melina Tan said the evidence was clear. Advocate "
            "General Athanasios Rantos said so too. The meeting was attended by Minister of Finance and "
            "Corporate Affairs of India Nirmala Sitharaman.\n\n"
            '"It was impossible to stay," said 56-year-old Lyudmyla. The General Data Protection Regulation '
            "applies.")
    people = {e.name for e in find_entities(body, "en").entities if e.type == "PER"}
    assert {"Melina Tan", "Athanasios Rantos", "Nirmala Sitharaman", "Lyudmyla"} <= people
    assert "Rantos" not in people and not any("Regulation" in p for p in people)


def test_a_hospital_named_after_a_person_is_a_body_and_a_name_ends_before_a_function_word():
    body = ("He was taken to Ng Teng Fong General Hospital, where he died. Statement from Randy Jackson "
            "But in a statement, the family asked for privacy.")
    ents = {e.name: e.type for e in find_entities(body, "en").entities}
    assert ents.get("Ng Teng Fong General Hospital") == "ORG" and "Teng Fong" not in ents
    assert not any(n.endswith(" But") for n in ents)


def test_one_addressed_as_dr_or_mr_is_a_person():
    body = "Dr Ravell said the pumps had failed. Asked again, Dr Ravell said nothing more."
    ents = _ents(body, {"Ravell": "ORG"})
    assert ents["Ravell"].type == "PER"


def test_a_company_without_its_legal_form_and_a_units_name():
    body = ("Brandt AG posted a loss. Brandt said costs rose. Its parent's unit Kestrel Norvik and "
            "internet provider Halvo Net objected.")
    ents = _ents(body, {"Brandt AG": "ORG", "Brandt": "ORG", "Kestrel Norvik": "PER", "Halvo Net": "PER"})
    assert ents["Brandt AG"].mentions == 2 and ents["Brandt AG"].aliases == ["Brandt"]
    assert ents["Kestrel Norvik"].type == "ORG" and ents["Halvo Net"].type == "ORG"


def test_a_wires_credits_in_the_dateline_and_on_the_last_line_are_bodies():
    body = "KARACHI (DAWN/ASIA NEWS NETWORK) - Floods rose again in Sindh on Monday.\n\nAFP"
    ents = {e.name.upper(): e.type for e in _ents(body, {"ASIA": "LOC", "Sindh": "LOC"}).values()}
    assert ents == {"KARACHI": "LOC", "DAWN": "ORG", "ASIA NEWS NETWORK": "ORG", "SINDH": "LOC", "AFP": "ORG"}


def test_a_peoples_plural_a_sponsored_event_and_a_vaccine_named_for_its_makers():
    body = ("Thousands of Pakistanis queued for the Novak-Heller Covid-19 vaccine at a Harmony "
            "Church-sponsored clinic.")
    ents = _ents(body, {"Pakistanis": "LOC", "Novak-Heller": "PER", "Harmony Church-sponsored": "ORG"})
    assert set(ents) == {"Harmony Church"}


def test_an_acronym_a_text_defines_for_a_law_names_no_body():
    body = "The Clean Harbours Act (CHA) takes effect in May. Critics of the CHA say it is weak."
    assert "CHA" not in _ents(body, {"CHA": "ORG"})


def test_two_bodies_run_together_with_a_comma_and_a_portfolio_of_several_words():
    body = ("Figures from Kestrel, Norvale Holdings showed a loss. Kestrel stood by them and Norvale "
            "Holdings declined to comment. Urban Renewal Minister Tan Boon Hock opened the park.")
    ents = _ents(body, {"Kestrel, Norvale Holdings": "ORG", "Kestrel": "ORG", "Norvale Holdings": "ORG",
                        "Urban Renewal": "ORG", "Tan Boon Hock": "PER"})
    assert {"Kestrel", "Norvale Holdings", "Tan Boon Hock"} == set(ents)
    assert ents["Kestrel"].mentions == 2


def test_parks_bridges_and_buildings_are_places():
    body = ("Walkers reach Cedar Hill Nature Reserve over Old Orchid Bridge, near Tanager Building. "
            "Grace Park and Rocky Hill led them.")
    ents = _ents(body, {"Cedar Hill Nature Reserve": "ORG", "Old Orchid Bridge": "PER", "Tanager Building": "ORG",
                        "Grace Park": "PER", "Rocky Hill": "PER"})
    assert {n: e.type for n, e in ents.items()} == {"Cedar Hill Nature Reserve": "LOC", "Old Orchid Bridge": "LOC",
                                                    "Tanager Building": "LOC", "Grace Park": "PER", "Rocky Hill": "PER"}


def test_a_firm_named_for_its_owner_and_its_trade_goes_by_the_owners_name():
    body = ("Lim Ah Seng Window Grilles was hired to fix a window grille. Lim Ah Seng Window Grilles "
            "sent two men. Lim Ah Seng paid the fine. Ng Teng Fong General Hospital treated Ng Teng Fong.")
    ents = _ents(body, {"Lim Ah Seng Window Grilles": "PER", "Lim Ah Seng": "PER",
                        "Ng Teng Fong General Hospital": "ORG", "Ng Teng Fong": "PER"})
    assert ents["Lim Ah Seng Window Grilles"].type == "ORG"
    assert ents["Lim Ah Seng Window Grilles"].aliases == ["Lim Ah Seng"]
    assert ents["Ng Teng Fong"].type == "PER"  # a hospital named after a person: he stays one


def test_a_body_named_two_ways_is_one():
    body = ("The Ministry of Transport (MOT) said fares rise. The Transport Ministry gave no date. "
            "Leaders met at the United Nations General Assembly; the UN General Assembly closes on Friday.")
    ents = _ents(body, {"Ministry of Transport": "ORG", "MOT": "ORG", "Transport Ministry": "ORG",
                        "United Nations General Assembly": "ORG", "UN General Assembly": "ORG"})
    assert ents["Ministry of Transport"].mentions == 3
    assert "Transport Ministry" in ents["Ministry of Transport"].aliases
    assert ents["United Nations General Assembly"].aliases == ["UN General Assembly"]


def test_listed_parks_and_numbered_streets_the_recogniser_left_out_are_places():
    body = ("The network includes Maple Glen Nature Park, Heron Nature Park and Fernwood Nature Park. "
            "The shop at Kembangan Street 14 closed. The Park said nothing.")
    ents = _ents(body, {"Maple Glen Nature Park": "ORG", "Kembangan Street": "LOC"})
    assert {n: e.type for n, e in ents.items()} == {
        "Maple Glen Nature Park": "LOC", "Heron Nature Park": "LOC", "Fernwood Nature Park": "LOC",
        "Kembangan Street 14": "LOC"}


def test_a_one_word_name_with_a_capital_inside_is_a_firm_not_a_person():
    body = "Shares of RocketWorks rose on Friday, and Ian McAllister bought some. McAllister said so."
    ents = _ents(body, {"RocketWorks": "PER", "Ian McAllister": "PER", "McAllister": "PER"})
    assert ents["RocketWorks"].type == "ORG" and ents["Ian McAllister"].type == "PER"


def test_a_collective_possessive_opens_one_name_and_a_bare_dateline_is_a_place():
    body = ("BEIJING - The People's Bank of China cut rates, and Xiaohongshu users cheered. "
            "The Donetsk People's Republic was named too.")
    ents = _ents(body, {"The People's Bank of China": "ORG", "Xiaohongshu": "PER", "Donetsk People's Republic": "ORG"})
    assert ents["Beijing"].type == "LOC" and ents["Xiaohongshu"].type == "ORG"
    assert {"People's Bank of China", "Donetsk People's Republic"} <= set(ents)
    assert "Bank of China" not in ents


def test_a_name_the_tagger_cut_after_mr_is_read_whole():
    body = "LawSoc's lawyer, Mr Sarbjit Singh Chopra, asked for a shorter suspension."
    ents = _ents(body, {"LawSoc": "ORG", "Singh Chopra": "PER"})
    assert "Sarbjit Singh Chopra" in ents and "Singh Chopra" not in ents


def test_two_possessive_bodies_joined_by_and_before_a_hospital_are_one_name():
    body = "She gave birth at KK Women’s and Children’s Hospital last year."
    ents = _ents(body, {"KK Women’s": "ORG", "Children’s Hospital": "ORG"})
    assert list(ents) == ["KK Women’s and Children’s Hospital"]


def test_roads_villages_stances_events_schemes_and_the_amazon():
    body = ("The site is at Kranji Road near Sungei Kadut. Russian troops shelled Kurdyumivka on Monday. "
            "Pro-Bolsonaro truckers blocked roads after Brexit talks stalled. Firms can tap the Productivity "
            "Solutions Grant, while Lula vowed to protect the Amazon.")
    ents = {e.name: e.type for e in find_entities(body, "en").entities}
    assert ents.get("Kranji Road") == "LOC" and ents.get("Kurdyumivka") == "LOC"
    assert not {"Pro-Bolsonaro", "Brexit", "Productivity Solutions Grant"} & set(ents)
    assert ents.get("Amazon") == "LOC"


def test_an_institution_runs_on_with_its_purpose_but_not_with_a_date():
    body = ("The Committee to Protect Journalists said 101 attacks were recorded. The National Hurricane "
            "Center on Monday warned of flooding.")
    texts = {m.text for m in find_entities(body, lang="en").mentions}
    assert "Committee to Protect Journalists" in texts
    assert not any("Monday" in t for t in texts)


def test_a_photo_credit_names_no_one_of_the_story():
    # (the guide, eval/data/entities_en.md: people named only in a credit are left out)
    body = "Eton College. Photograph: Matthew Fearn/PA Eton has closed after a pupil fell ill."
    texts = [m.text for m in find_entities(body, lang="en").mentions]
    assert "Matthew Fearn" not in texts and not any("/" in t for t in texts)
    body = "BP chief Tony Hayward spoke. Photograph: Chris Kleponis/AFP BP has come under pressure."
    texts = [m.text for m in find_entities(body, lang="en").mentions]
    assert "Chris Kleponis" not in texts and "Tony Hayward" in texts


def test_tokenised_quote_marks_number_words_and_title_abbreviations_are_no_part_of_names():
    body = ("The festival celebrates the ` Cajun Coast ' of Louisiana. Eleven ICRC emergency experts have "
            "flown in. Alaska Sen. Lisa Murkowski spoke.")
    tagger = SpanTagger({"` Cajun Coast '": "LOC", "Eleven ICRC": "ORG", "Sen": "PER", "Lisa Murkowski": "PER",
                         "Louisiana": "LOC", "Alaska": "LOC"})
    texts = {m.text: m.type for m in find_entities(body, lang="en", tagger=tagger).mentions}
    assert texts.get("Cajun Coast") == "LOC" and texts.get("ICRC") == "ORG"
    assert "Sen" not in texts and not any(t.startswith(("`", "Eleven")) for t in texts)


def test_a_heading_run_into_the_text_and_an_outlet_after_a_correspondents_name():
    body = "Mexico Mexico has closed its schools. Jon Leyne BBC News, Beirut, reports on the talks. Officials met."
    tagger = SpanTagger({"Mexico Mexico": "LOC", "Jon Leyne BBC": "PER", "Beirut": "LOC"})
    found = [(m.text, m.type) for m in find_entities(body, lang="en", tagger=tagger).mentions]
    assert found[:2] == [("Mexico", "LOC"), ("Mexico", "LOC")]
    assert ("Jon Leyne", "PER") in found and ("BBC", "ORG") in found


def test_military_ranks_possessive_offices_firm_suffixes_and_time_zones():
    body = ("Col Kevin Farrell said Spc Travis Burress was hit. The Los Angeles County Coroner's Office "
            "ruled on it. Transocean Ltd, which owned the rig, said it was insured. Shares of Transocean fell. "
            "Thursday 11 June 2009 18.39 BST Swine flu has spread.")
    found = find_entities(body, lang="en")
    names = {(e.name, e.type) for e in found.entities}
    assert {("Kevin Farrell", "PER"), ("Travis Burress", "PER"), ("Los Angeles County Coroner's Office", "ORG")} <= names
    transocean = [e for e in found.entities if e.name.startswith("Transocean")]
    assert len(transocean) == 1 and transocean[0].type == "ORG"
    assert not any("BST" in m.text for m in found.mentions)


def test_a_name_after_town_of_is_a_place():
    found = find_entities("Rebels routed troops in the Libyan oil town of Brega on Monday, a spokesman said.", lang="en")
    assert ("Brega", "LOC") in {(e.name, e.type) for e in found.entities}


def test_tickers_inner_bylines_a_services_rank_and_compass_of_a_place():
    body = ("American Airlines parent AMR Corp AMR. N and US Airways fell. Health fears could stall airlines "
            "recovery By Tim Hepher and Karen Jacobs PARIS/ATLANTA, April 27 (Reuters) - Sellers fled. Maarat "
            "al-Numan lies south-east of Jisr al-Shughour. Coast Guard Rear Adm. Mary Landry said no oil appeared.")
    found = find_entities(body, lang="en")
    names = {(e.name, e.type) for e in found.entities}
    assert {("AMR Corp", "ORG"), ("Jisr al-Shughour", "LOC"), ("Mary Landry", "PER")} <= names
    assert not any(n in ("Tim Hepher", "Karen Jacobs") for n, _ in names)
    found = find_entities("Coast Guard Rear Adm. Mary Landry said Friday that no oil appeared.", lang="en")
    assert {(e.name, e.type) for e in found.entities} == {("Coast Guard", "ORG"), ("Mary Landry", "PER")}


def test_a_spanish_street_or_park_is_a_place():
    found = find_entities("Crowds were thin on the Paseo de la Reforma and in the Bosque de Chapultepec park, "
                          "said Adriana Mendez, a 32-year-old resident.", lang="en")
    types = {e.name: e.type for e in found.entities}
    assert types.get("Paseo de la Reforma") == types.get("Bosque de Chapultepec") == "LOC"


def test_a_known_place_run_into_a_known_bodys_name_is_two_names():
    # a headline run into the text: "… swine flu-struck Mexico | World Health Organisation has warned …"
    body = ("Cabin crew member in hospital after flight from swine flu-struck Mexico World Health Organisation "
            "has warned countries to be on alert.")
    found = {(e.name, e.type) for e in find_entities(body, "en").entities}
    assert ("Mexico", "LOC") in found and ("World Health Organization", "ORG") in found
    assert not any("Mexico World" in name for name, _ in found)


def test_reporters_credited_at_the_end_and_page_links_are_no_names():
    body = ("Rebels took the town in fierce fighting Saturday, said Ahmed Bani. CNN's Elise Labott, Ivan Watson and "
            "Joe Sterling contributed to this report.\nTerms of Service\nPrivacy Policy")
    names = {e.name for e in find_entities(body, "en").entities}
    assert "Ahmed Bani" in names and "CNN" in names
    assert not names & {"Elise Labott", "Ivan Watson", "Joe Sterling", "Terms of Service", "Privacy Policy"}


@pytest.mark.parametrize(("body", "name"), [
    ("Luckily Edgar recovered within a week, his mother told reporters.", "Edgar"),  # a sentence adverb
    ("Guardsman Anthony John Wakefield, 24, was killed on patrol.", "Anthony John Wakefield"),  # a British rank
])
def test_english_names_lose_a_sentence_adverb_and_a_rank(body, name):
    people = {e.name for e in find_entities(body, "en").entities if e.type == "PER"}
    assert name in people, people


def test_an_indefinite_article_opening_a_sentence_is_no_part_of_a_bodys_name():
    body = ("In Britain, Health Secretary Alan Johnson said the strain had been contained. A World Health Organization "
            "spokesman said in Geneva its emergency committee had no meeting scheduled.")
    orgs = {e.name for e in find_entities(body, "en").entities if e.type == "ORG"}
    assert "World Health Organization" in orgs and not any(o.startswith("A ") for o in orgs)


def test_a_name_ends_at_a_question_mark_and_an_occupation_before_it_is_a_title():
    body = ("But in that universe, where do you put Josh Rushing? Rushing is a son of Texas. "
            "Fireman William Howells said it took two hours to free her.")
    names = {e.name: e.type for e in find_entities(body, "en").entities}
    assert names.get("Josh Rushing") == "PER" and names.get("William Howells") == "PER", names
    assert not any("?" in n or n.startswith("Fireman") for n in names)


def test_nationality_words_are_no_names_and_a_backtick_quote_ends_a_name():
    body = ("The Briton was hurt. A Welsh team arrived. The Alawite minority backs him. "
            "Deutsche Welle ` Flagrant violations ' of rights were noted.")
    names = {e.name for e in find_entities(body, "en").entities}
    assert names == {"Deutsche Welle"}, names


def test_an_arabic_name_runs_on_over_an_unhyphenated_al_or_bin():
    body = ("The group was led by Abu Musab al Zarqawi. The aid came, said Sheikh Mohammed Sabah al Salman al Sabah, "
            "the deputy prime minister. Zarqawi was killed in 2006.")
    ents = _ents(body, {"Abu Musab": "PER", "Mohammed Sabah": "PER", "Zarqawi": "PER"})
    assert "Abu Musab al Zarqawi" in ents and "Zarqawi" in ents["Abu Musab al Zarqawi"].aliases, ents
    assert "Mohammed Sabah al Salman al Sabah" in ents, ents
    assert "Abu Musab" not in ents and "Mohammed Sabah" not in ents


def test_an_indonesian_name_the_model_ends_early_keeps_its_last_word():
    body = "Finance Minister Sri Mulyani Indrawati said the deficit would stay small, a Reuters poll showed."
    ents = _ents(body, {"Sri Mulyani": "PER", "Indrawati": "ORG", "Reuters": "ORG"})
    assert set(ents) == {"Sri Mulyani Indrawati", "Reuters"} and ents["Sri Mulyani Indrawati"].type == "PER"
    ents = _ents("Reporter John Smith Reuters wrote.", {"John Smith": "PER", "Reuters": "ORG"})
    assert set(ents) == {"John Smith", "Reuters"}  # (an outlet's name is no surname)


def test_a_marshals_rank_is_no_part_of_the_name():
    body = "Kim was accompanied by Marshal Pak Jong Chon. The US Marshals Service arrested him."
    ents = _ents(body, {"Marshal Pak Jong Chon": "PER", "US Marshals Service": "ORG"})
    assert set(ents) == {"Pak Jong Chon", "US Marshals Service"}


def test_a_name_after_a_ranks_abbreviation_is_a_person():
    body = ("National Police chief Gen. Listyo Sigit Prabowo deployed 3,000 officers. A French rescue worker, "
            "Lt Col Christophe Renou, was there; Col Renou said the man was lucky. Gen Z voters stayed home.")
    ents = _ents(body, {"National Police": "ORG", "Listyo Sigit Prabowo": "ORG", "Christophe Renou": "PER"})
    assert ents["Listyo Sigit Prabowo"].type == "PER" and ents["Christophe Renou"].mentions == 2, ents
    assert "Z" not in ents and "Gen Z" not in ents, ents
    ents = _ents("Army chief Gen. Maruli Simanjuntak agreed.", {"Army": "ORG", "Simanjuntak": "PER"})
    assert ents["Maruli Simanjuntak"].roles == ["Army chief"], ents  # (the rank and first name no part of the role)


def test_an_indonesian_party_by_its_english_short_name():
    ents = _ents("The Gerindra Party backed the bill. Gerindra said so.", {"Gerindra Party": "ORG", "Gerindra": "ORG"})
    assert ents["Great Indonesia Movement Party"].aliases == ["Gerindra", "Gerindra Party"], ents


def test_a_nickname_opening_with_the_needs_its_capitals():
    body = ("Two drugs work against the virus. The doctor said: \"It is early days.\" The tigers were released "
            "into the reserve. The Tigers won at home on Saturday.")
    ents = _ents(body, {})
    assert "Valentino Rossi" not in ents, ents  # "The Doctor" is his nickname, "The doctor" nobody's
    assert ents["Hull City"].mentions == 1, ents  # ("The Tigers" the club, "The tigers" the animals)


def test_a_rig_or_tanker_named_by_its_mishap_is_no_entity():
    body = ("Risks to BP rose after the Deepwater Horizon accident, Fitch said. The spill surpassed the 1989 Exxon Valdez "
            "oil spill. The Lion Air accident killed 189. The Buncefield explosion shook Hertfordshire.")
    ents = _ents(body, {"BP": "ORG", "Horizon": "ORG", "Fitch": "ORG", "Exxon Valdez": "ORG", "Lion Air": "ORG",
                        "Buncefield": "LOC", "Hertfordshire": "LOC"})
    assert "Horizon" not in ents and "Exxon Valdez" not in ents, ents
    assert {"BP", "Lion Air", "Buncefield", "Hertfordshire"} <= set(ents), ents  # (an airline's, a place's mishap)


def test_a_papers_print_note_names_no_section_as_a_body():
    body = "BP shares fell. A version appeared on p23 of the Main section section of the Guardian on 23 June 2010."
    ents = _ents(body, {"BP": "ORG", "Main": "ORG", "Guardian": "ORG"})
    assert set(ents) >= {"Guardian"} and "Main" not in ents, ents


def test_swiss_as_english_writes_it_is_no_country():
    ents = _ents("A Swiss rescue team waited. Aviva and Swiss Re backed the plan.", {"Aviva": "ORG"})
    assert "Switzerland" not in ents and "Swiss" not in ents, ents
    ents = {e.name: e for e in find_entities("Bank sentral Swiss menaikkan suku bunga. Pejabat di Swiss setuju.").entities}
    assert ents["Swiss"].mentions == 2, ents  # (Indonesian names the country so)


def test_a_body_named_for_its_field_or_a_programme_the_lexicon_knows():
    body = ("The flight carried supplies from the UN's World Food Programme and Unicef. The Justice Department "
            "said it would appeal. Justice Anthony Kennedy wrote the opinion.")
    ents = _ents(body, {"UN": "ORG", "World Food Programme": "ORG", "Unicef": "PER", "The Justice Department": "ORG",
                        "Anthony Kennedy": "PER"})
    assert ents["World Food Programme"].type == "ORG" and ents["Justice Department"].type == "ORG", ents
    assert ents["UNICEF"].type == "ORG" and ents["Anthony Kennedy"].type == "PER", ents


def test_twitter_is_a_body_the_lexicon_knows():
    ents = _ents("Arbolioto summed it up on Twitter: the board of BP should resign.", {"BP": "ORG"})
    assert ents["Twitter"].type == "ORG", ents


def test_an_arabic_name_cut_before_its_ben_is_one_person():
    body = "Tunisian President Zine El Abidine Ben Ali fled on Friday. Ben Ali had ruled for 23 years."
    ents = _ents(body, {"Zine El Abidine": "PER", "Ben Ali": "PER"})
    assert set(ents) == {"Zine El Abidine Ben Ali"} and ents["Zine El Abidine Ben Ali"].mentions == 2, ents


def test_a_bare_surname_is_the_person_named_first_in_english():
    body = ("Michael Jackson died in Los Angeles. His father, Joe Jackson, flew in. Jackson had been rehearsing for "
            "weeks, Joe said.")
    ents = _ents(body, {"Michael Jackson": "PER", "Los Angeles": "LOC", "Joe Jackson": "PER", "Jackson": "PER",
                        "Joe": "PER"})
    assert ents["Michael Jackson"].mentions == 2 and ents["Joe Jackson"].mentions == 2, ents
    assert "Jackson" not in ents, ents


def test_time_zones_after_a_clock_time_are_no_names():
    body = ("(Update 7:00 p.m. in Cairo, 12:00 p.m. ET) - banks will close. The cut was completed at 1930 CDT on 1 June. "
            "HKT, the telecoms firm, and PT Astra gained.")
    ents = _ents(body, {"Cairo": "LOC", "ET": "PER", "CDT": "PER", "HKT": "ORG", "PT Astra": "ORG"})
    assert "ET" not in ents and "CDT" not in ents and {"HKT", "Cairo"} <= set(ents), ents


def test_medicines_are_no_names():
    body = ("Some resistance to Tamiflu has developed, Weber of GlaxoSmithKline said; Relenza will be a good alternative. "
            "Propofol and Lorazepam were found in the house. Oseltamivir stocks ran low in April.")
    ents = _ents(body, {"Tamiflu": "ORG", "Weber": "PER", "GlaxoSmithKline": "ORG", "Relenza": "PER", "Propofol": "PER",
                        "Lorazepam": "ORG", "Oseltamivir": "PER"})
    assert set(ents) == {"Weber", "GlaxoSmithKline"}, ents


def test_a_field_in_a_title_and_a_things_acronym_are_no_bodies():
    body = ("US National Security Adviser Jake Sullivan and Secretary of State Antony Blinken spoke. The State "
            "Department agreed. Engineers lowered a cap onto the failed blowout preventer (BOP). The BOP's valves held.")
    ents = _ents(body, {"US National Security": "ORG", "Jake Sullivan": "PER", "State": "ORG", "Antony Blinken": "PER",
                        "The State Department": "ORG", "BOP": "ORG", "BOP's": "ORG"})
    assert set(ents) == {"Jake Sullivan", "Antony Blinken", "US State Department"}, ents


def test_middle_eastern_is_an_adjective():
    ents = _ents("BP is seeking money from Middle Eastern funds in the Middle East.", {"BP": "ORG", "Middle Eastern": "LOC",
                                                                                     "the Middle East": "LOC"})
    assert "Middle Eastern" not in ents and "Middle East" in ents, ents


def test_counties_parishes_and_isles_are_places():
    body = "Officials in Los Angeles County agreed. Jefferson Parish and the Isle of Wight were hit. Juliet Keys sang."
    ents = _ents(body, {"Los Angeles County": "ORG", "Jefferson Parish": "PER", "Isle of Wight": "ORG",
                        "Juliet Keys": "PER"})
    assert {ents[n].type for n in ("Los Angeles County", "Jefferson Parish", "Isle of Wight")} == {"LOC"}, ents
    assert ents["Juliet Keys"].type == "PER", ents


def test_hotels_stadiums_and_stations_are_places():
    body = "Reporters stayed at the Rixos Hotel. Fans filled Wembley Stadium and King Albert Park Station."
    ents = _ents(body, {"Rixos Hotel": "ORG", "Wembley Stadium": "ORG", "King Albert Park Station": "PER"})
    assert {e.type for e in ents.values()} == {"LOC"} and len(ents) == 3, ents


def test_a_name_set_off_before_a_role_is_a_person():
    body = "Fadel Gheit, an oil analyst at Oppenheimer & Co, said so. Goldman Sachs, the bank, declined to comment."
    ents = _ents(body, {"Fadel Gheit": "ORG", "Oppenheimer & Co": "ORG", "Goldman Sachs": "ORG"})
    assert ents["Fadel Gheit"].type == "PER" and ents["Fadel Gheit"].roles == ["oil analyst"], ents
    assert ents["Goldman Sachs"].type == "ORG", ents


def test_a_name_set_off_after_its_role_is_a_person():
    body = ("The White House chief of staff, Rahm Emanuel, joked about it. In a statement, Goldman Sachs, the bank, "
            "declined.")
    ents = _ents(body, {"White House": "ORG", "Rahm Emanuel": "ORG", "Goldman Sachs": "ORG"})
    assert ents["Rahm Emanuel"].type == "PER" and ents["Goldman Sachs"].type == "ORG", ents


def test_the_gulf_coast_is_a_region_of_its_own():
    body = "Oil washed up along the Gulf coast. BP said the Gulf of Mexico spill was slowing. The Gulf is vast."
    ents = _ents(body, {"the Gulf coast": "LOC", "BP": "ORG", "the Gulf of Mexico": "LOC", "Gulf": "LOC"})
    assert ents["Gulf Coast"].type == "LOC" and ents["Gulf of Mexico"].mentions == 2, ents  # (the lexicon's spelling)


def test_us_state_abbreviations_join_their_state():
    body = "Oil reached Grand Isle, La., on Sunday. The state of Louisiana sued. Rep. Edward Markey, D-Mass., spoke."
    ents = _ents(body, {"Grand Isle": "LOC", "La.": "LOC", "Louisiana": "LOC", "Edward Markey": "PER"})
    assert ents["Louisiana"].aliases == ["La."] and ents["Mass."].type == "LOC", ents
