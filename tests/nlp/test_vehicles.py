from __future__ import annotations

from kabar.nlp.entities import find_entities
from kabar.nlp.raw_mention import RawMention
from kabar.nlp.vehicles import vehicle_models

# written for these tests: an automotive report of the kind IndoSum's and detikOto's carry
CAR_NEWS = (
    "Kumparan.com - PT Toyota Astra Motor memperkenalkan mobil keluarga Toyota Rasela di Jakarta, Senin (4/9/2017). "
    "Direktur Pemasaran PT Toyota Astra Motor, Hendra Kusuma, mengatakan Rasela dijual dalam tiga varian.\n\n"
    "Varian G MT dibanderol Rp 180 juta, sedangkan varian G AT Rp 195 juta. Mobil ini bersaing dengan Daihatsu "
    "Kirana yang dirakit pabrikan yang sama di Karawang, Jawa Barat Toyota juga menyiapkan versi hybrid.\n\n"
    "Fitur keselamatannya antara lain Vehicle Stability Control (VSC) dan Side Airbag. Toyota memastikan Rasela "
    "tampil di Gaikindo Indonesia International Auto Show (GIIAS) 2017 bulan depan, kata Hendra kepada diler."
)


def _names(body: str) -> dict[str, str]:
    return {e.name: e.type for e in find_entities(body, "id").entities}


def test_models_trims_features_and_shows_are_no_entities():
    names = _names(CAR_NEWS)
    for product in ("Rasela", "Toyota Rasela", "Kirana", "Daihatsu Kirana", "G MT", "G AT", "VSC",
                    "Vehicle Stability Control", "Side Airbag", "GIIAS", "Gaikindo Indonesia"):
        assert product not in names, product
    assert names.get("Toyota") == "ORG"  # the maker named alone stays
    assert names.get("Jawa Barat") == "LOC" and "Jawa Barat Toyota" not in names
    assert names.get("Hendra Kusuma") == "PER"
    assert names.get("Karawang") == "LOC"


def test_outside_automotive_news_a_maker_word_is_left_alone():
    body = "Gelandang Keisuke Honda mencetak gol untuk Pachuca. Honda kini memimpin daftar pencetak gol tim itu."
    raws = [RawMention(10, 23, "Keisuke Honda", "PER"), RawMention(71, 76, "Honda", "PER")]
    assert vehicle_models(body, raws) == raws


def test_a_firm_and_a_racing_team_after_the_maker_are_no_models():
    body = ("Honda Prospect Motor menjual 12.000 mobil bulan lalu, kata diler. Varian baru segera tiba, dan pabrikan "
            "itu menyiapkan sedan baru.")
    raws = [RawMention(0, 20, "Honda Prospect Motor", "ORG")]
    assert vehicle_models(body, raws) == raws


def test_a_firm_across_a_spaced_hyphen_is_one_firm():
    body = ("PT Toyota - Astra Motor membuka pabrik baru di Karawang. Manajer Umum Toyota - Astra Motor, Andi "
            "Wiratama, mengatakan pabrik itu menyerap 2.000 pekerja.")
    names = _names(body)
    assert names.get("PT Toyota - Astra Motor") == "ORG", names
    assert "Astra Motor" not in names and "PT Toyota" not in names


def test_a_malaysian_title_of_honour_is_no_part_of_the_name_or_the_role():
    body = "Menlu Retno Marsudi bertemu Menlu Malaysia Dato Sri Anifah Aman di Jakarta, Selasa (16/5/2017)."
    people = {e.name: e for e in find_entities(body, "id").entities if e.type == "PER"}
    assert "Anifah Aman" in people, people
    assert all("Dato" not in role and "Sri" not in role for role in people["Anifah Aman"].roles)


def test_engine_and_equipment_codes_are_no_bodies():
    body = ("Mobil itu memakai mesin 1.5 liter SOHC, lampu DRL LED dan rem ABS dengan EBD. Varian tertinggi dijual "
            "Rp 250 juta, kata diler. Pabrikan itu juga menjual sedan dan hatchback di Jakarta.")
    names = _names(body)
    assert not {"SOHC", "DRL LED", "ABS", "EBD"} & set(names), names
    assert names.get("Jakarta") == "LOC"
