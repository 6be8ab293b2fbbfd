"""Dishes in food and travel news: "Nasi Gandul", "Sate Taichan", "Chicken Cordon Bleu", "Angus Beef Tenderloin" name
food, no person, body or place (the gold sets' call: a dish is none; the place a dish is named after is given only
where the text names it apart). The tagger, trained on general news, takes a dish's capitalised name for a person."""

from __future__ import annotations

from kabar.nlp.raw_mention import RawMention

# the Indonesian words a dish's name opens with ("Gedung Sate", "Warung Nasi Ampera": a building and a stall, where
# the word comes later)
_DISH_HEADS = frozenset("""Nasi Soto Sate Bakso Martabak Gulai Rendang Pecel Bubur Sop Sup Bumbu Sambal Seblak Rawon
Lontong Ketupat Opor Pempek Gudeg Rujak""".split())  # (not "Mie": "Mie Onishi" is a name)
# English words of a dish on a menu, anywhere in its name
_DISH_WORDS = frozenset("Chicken Beef Lamb Tenderloin Sirloin Steak Salmon Pasta Risotto Burger".split())


def dish_names(raws: list[RawMention]) -> list[RawMention]:
    """``raws`` without the mentions that name a dish (not those the lexicon knows)."""
    return [r for r in raws if r.lex_key is not None or not (
        r.text.split(" ", 1)[0] in _DISH_HEADS and " " in r.text or _DISH_WORDS & set(r.text.split()))]
