"""Medicines in health news: a drug's brand ("Tamiflu", "Relenza", "Diprivan") or its generic name ("propofol",
"oseltamivir", "diazepam") names a product, no person, body or place (the gold sets leave them out, as they leave out
gadgets and ships). The taggers, trained on general news, take a capitalised drug name for a firm or a person: in the
English dev articles on swine flu and on a singer's death, "Tamiflu" came out a body ten times and "Relenza",
"Propofol", "Diprivan" and "Diazepam" people. A name the lexicon knows stays (a firm named like its drug)."""

from __future__ import annotations

import re

from kabar.nlp.raw_mention import RawMention

# brands that name no other thing in the news: flu, pain, sleep and heart drugs, and the Indonesian shelf's
_BRANDS = frozenset("""Tamiflu Relenza Diprivan Demerol Valium Xanax Prozac Zoloft Viagra Cialis Lipitor Tylenol Advil Motrin
Aleve Panadol Paramex Bodrex Procold Mixagrip Decolgen Neozep Antimo Promag Diapet Entrostop Betadine Avigan Ozempic Wegovy
Mounjaro Humira Keytruda Paxlovid Lagevrio OxyContin Oxycontin Vicodin Percocet Ambien Adderall Ritalin Suboxone Narcan
Coartem Dettol""".split())
# generic names (and a few stems' words) the news capitalises at a sentence's start or as a product
_GENERICS = frozenset("""Paracetamol Acetaminophen Aspirin Morphine Fentanyl Codeine Ketamine Insulin Heparin Warfarin Metformin
Ivermectin Chloroquine Hydroxychloroquine Dexamethasone Oseltamivir Zanamivir Remdesivir Favipiravir Molnupiravir Propofol
Tramadol Oxycodone Hydrocodone Methadone Naloxone Lorazepam Diazepam Midazolam Alprazolam Clonazepam Amoxicillin Penicillin
Ampicillin Azithromycin Doxycycline Ciprofloxacin Ibuprofen Naproxen Omeprazole Simvastatin Atorvastatin""".split())
# the endings of international non-proprietary names (WHO stems) of seven letters or more: antivirals, antibodies,
# antibiotics, sedatives, painkillers, heart and stomach drugs ("April" is too short to end in "-pril")
_STEMS = re.compile(r"[A-Z][a-z]{3,}(?:vir|mab|cillin|mycin|cycline|floxacin|azepam|azolam|barbital|profen|prazole|"
                    r"tidine|statin|sartan|[oa]pril|olol|dipine|gliptin|gliflozin|tinib|oxetine|triptan|setron|ofol)")


def is_medicine(text: str) -> bool:
    """Whether a one-word name is a drug's brand or generic name."""
    return text in _BRANDS or text in _GENERICS or _STEMS.fullmatch(text) is not None


def medicine_names(raws: list[RawMention]) -> list[RawMention]:
    """``raws`` without the one-word mentions that name a medicine, unless the lexicon knows the mention."""
    return [r for r in raws if r.lex_key is not None or " " in r.text or not is_medicine(r.text)]
