"""Motor vehicles in automotive news: a maker's model ("Toyota Calya", "Mercedes - Benz E - Class", "BMW Seri
5"), its trim codes ("G MT", "E STD MT"), its class ("LSUV", "Sport Utility Vehicle") and the motor shows that
present them are products and events, no person, body or place. The tagger, trained on general news, takes a
model's name for a person or a firm ("Calya", "Daihatsu Sigra", "Toyota CH" had come out so)."""

from __future__ import annotations

import re

from kabar.nlp.aliases import known_type
from kabar.nlp.arts_and_sports import racing_report
from kabar.nlp.raw_mention import RawMention

# makers that name their models with their own name first (brands of two words spelt out; a detokenised
# "Mercedes - Benz" too)
_MAKER = (r"(?:Mercedes(?:\s?-\s?Benz|\s+Benz)?|Land\s+Rover|Range\s+Rover|Alfa\s+Romeo|Aston\s+Martin|Rolls\s?-\s?Royce|"
          r"Toyota|Daihatsu|Honda|Suzuki|Mitsubishi|Nissan|Hyundai|Kia|Mazda|Lexus|BMW|Audi|Volkswagen|VW|Wuling|"
          r"Chery|Datsun|Isuzu|Ford|Chevrolet|Tesla|Porsche|Volvo|Renault|Peugeot|Subaru|MINI|Mini|Lamborghini|"
          r"Jaguar|DFSK|Geely|Hino|Yamaha|Kawasaki|Vespa|Piaggio|Ducati|KTM|Harley\s?-\s?Davidson)")
# a model: capitalised or alphanumeric words, joined by spaces or spaced hyphens ("CH - R", "E - Class",
# "Seri 5", "Cooper Countryman"), maybe after "New" / "All New"
_MODEL_WORD = r"(?:[A-Z][\w]*|\d[\w]*)"
_MAKER_ALONE = re.compile(_MAKER)
_NEW = re.compile(r"^(?:All\s+)?New\s+")
_PRODUCT = re.compile(rf"(?<![\w-])(?:(?:All\s+)?New\s+)?(?P<maker>{_MAKER})\s+"
                      rf"(?P<model>{_MODEL_WORD}(?:(?:\s+|\s?-\s?){_MODEL_WORD})*)")
# what follows a maker's name in its firms' and teams' names, not in a model's
_NOT_MODELS = frozenset("""Motor Motors Astra Group Indonesia Financial Finance Prospect Manufacturing Corporation Corp
Company Co Kreasi Sales Racing Team Factory Motorsport Motorsports Global Japan Jepang Amerika Eropa Asia Tbk Research
Foundation Center Centre Logistics Mobility Auto Automobile Official Leasing Capital Credit Dealer Club Klub Community
Komunitas Indomobil Sport Heritage Museum Tower Plaza Dan dan""".split())
# words of an automotive report; three of them make one
_AUTO_WORDS = re.compile(r"\b(?:mobil|varian|transmisi|SUV|MPV|diler|dealer|pabrikan|otomotif|sedan|hatchback|"
                         r"sepeda motor|skutik|torsi|cc|carmaker|automaker)\b")
# a class of vehicle, and the trim and gearbox codes of a price list
_CLASSES = re.compile(r"(?:[LCM]?SUV|[LM]?MPV|LCGC|KBH2|Sport\s+Utility\s+Vehicle|Multi\s?-?\s?Purpose\s+Vehicle|"
                      r"Low\s+Cost\s+Green\s+Car|Compact\s+SUV|Crossover)$")
# a feature's name in a car's list of equipment ("Vehicle Stability Control", "Side Airbag", "Rear Cross Traffic Alert")
_FEATURE_WORDS = frozenset("""Airbag Airbags Control Assist Brake Brakes Braking Signal Sensor Sensors Camera Lamp Lamps
Headlight Headlights Headlamp Alert Knee Passenger Driver Cruise Keyless Parking Traffic Steering Wheel Seat Seats Cabin
Infotainment Suspension Stability Traction Collision Warning Lane Blind Spot Sunroof Spoiler Grille""".split())
_GEARBOXES = frozenset("AT MT CVT AMT DCT STD".split())
# engines' and equipment's codes ("SOHC", "DRL LED", "EBD")
_TECH_CODES = frozenset("SOHC DOHC VTEC VVT VVT-i DRL LED ABS EBD BA ESP VSC VSA HSA HAC TRC EPS ISOFIX TPMS CBS".split())
_TRIM_WORDS = frozenset("Hybrid Luxury Sport Turbo Diesel Manual Matic Limited Premium".split())
# a motor show: an event ("Geneva Motor Show", "Gaikindo Indonesia International Auto Show (GIIAS)")
_SHOW = re.compile(r"^(?:GIIAS|IIMS|GIICOMVEC|IMOS)(?:\s+\d{4})?$")
_SHOW_NAME = re.compile(r"(?:(?:[A-Z][\w.]*|of|de)\s+){1,6}(?:Motor|Auto)\s+Show(?:\s+\d{4})?")


def _first_word(model: str) -> str:
    return re.split(r"\s|-", model, maxsplit=1)[0]


def _products(body: str) -> list[tuple[int, int, str]]:
    """(start, end, model) of each maker's model the body names."""
    return [(m.start(), m.end(), m.group("model")) for m in _PRODUCT.finditer(body)
            if _first_word(m.group("model")) not in _NOT_MODELS]


def _trim_code(text: str) -> bool:
    """"G MT", "E STD MT", "G": a price list's trim letters and gearbox codes."""
    words = text.split()
    return all(re.fullmatch(r"[A-Z]{1,3}", w) or w in _TRIM_WORDS for w in words) and (
        any(w in _GEARBOXES for w in words) or len(text) == 1)


def vehicle_models(body: str, raws: list[RawMention]) -> list[RawMention]:
    """Mentions of an automotive report that are vehicles' models, their classes and trims, or motor shows,
    dropped: a mention inside a maker's model ("Toyota CH" in "Toyota CH - R"), the model named alone
    elsewhere ("pemesanan Calya"), or its spelled-out name in brackets after it ("Toyota C - HR (Compact High
    Rider)"). A motor show is dropped in any article; a maker alone ("Toyota memastikan") stays."""
    # (the show's name is scanned for only where "Show" is written: this runs for every Indonesian article)
    shows = [(m.start(), m.end()) for m in _SHOW_NAME.finditer(body)] if "Show" in body else []
    out = [r for r in raws if not any(a <= r.start and r.end <= b for a, b in shows)
           and (r.lex_key is not None or not _SHOW.match(r.text))]
    if not any(k >= 3 for k, _ in enumerate(_AUTO_WORDS.finditer(body), 1)) or racing_report(body):
        return out  # (a racing team is named after its maker: "Mercedes AMG Petronas", "Ducati Corse")
    products = _products(body)
    models = {p[2] for p in products}
    firsts = {_first_word(model) for model in models}
    after = {end + 2 for _, end, _ in products if body[end:end + 2] == " ("}
    kept: list[RawMention] = []
    dropped: set[int] = set()
    for r in out:
        head, _, last = r.text.rpartition(" ")
        if r.lex_key is None and r.type != "PER" and head and _MAKER_ALONE.fullmatch(last) and known_type(head) == "LOC":
            # "di Karawang, Jawa Barat Toyota memang menargetkan …": a place ran on into the maker after it
            kept.append(RawMention(r.start, r.start + len(head), head, "LOC"))
            r = RawMention(r.end - len(last), r.end, last, "ORG")
        if _MAKER_ALONE.fullmatch(r.text) and r.type != "ORG":
            r = RawMention(r.start, r.end, r.text, "ORG", r.lex_key)  # "Suzuki" alone: the maker, no surname here
        name = _NEW.sub("", r.text)
        if any(r.start < end and start < r.end for start, end, _ in products) or r.lex_key is None and (
                name in firsts or any(name == m or name.startswith(m + " ") for m in models)
                or r.start in after or _CLASSES.match(r.text) or _trim_code(r.text)
                or any(w in _FEATURE_WORDS for w in r.text.split()) or all(w in _TECH_CODES for w in r.text.split())):
            dropped.add(r.end)
            continue
        kept.append(r)
    # and the acronym in brackets after a dropped name ("Vehicle Stability Control (VSC)")
    return [r for r in kept if not (r.lex_key is None and r.text.isupper() and body[r.start - 2:r.start] == " ("
                                    and r.start - 2 in dropped)]
