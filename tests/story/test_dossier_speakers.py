from __future__ import annotations

from kabar.nlp.entity_merge import StoryEntity
from kabar.nlp.quotemerge import QuoteGroup
from kabar.story.dossier import _speakers_by_entity


def _ent(name, typ, aliases):
    return StoryEntity(id=f"{typ.lower()}:{name.lower()}", name=name, type=typ, aliases=aliases, roles=[],
                       mentions=1, article_ids=["a"])


def test_a_speaker_named_by_an_alias_takes_the_story_entitys_name():
    quotes = [QuoteGroup("x", "Peskov", None, True, ["a"]), QuoteGroup("y", "Dmitry Peskov", "Jubir", True, ["b"]),
              QuoteGroup("z", "Kim", None, True, ["c"]), QuoteGroup("w", None, "sumber", False, ["c"])]
    entities = [_ent("Dmitry Peskov", "PER", ["Peskov"]), _ent("Kim Jong Un", "PER", ["Kim"]),
                _ent("Kim Yo Jong", "PER", ["Kim"])]
    _speakers_by_entity(quotes, entities)
    # "Kim" fits two people: left as written
    assert [q.speaker for q in quotes] == ["Dmitry Peskov", "Dmitry Peskov", "Kim", None]


def test_a_short_form_left_as_its_own_entity_joins_the_one_fuller_name():
    quotes = [QuoteGroup("x", "Gus Ipul", None, True, ["a"]), QuoteGroup("y", "Gus Ipul", None, True, ["b"])]
    entities = [_ent("Saifullah Yusuf", "PER", ["Ipul"]), _ent("Ipul", "PER", [])]
    _speakers_by_entity(quotes, entities)
    assert [q.speaker for q in quotes] == ["Saifullah Yusuf", "Saifullah Yusuf"]



def test_a_body_word_run_into_a_persons_name_joins_the_role():
    quotes = [QuoteGroup("x", "Commuter Rina Kusumawardani", "VP Corporate Secretary KAI", True, ["a"]),
              QuoteGroup("y", "Rina Kusumawardani", None, False, ["b"]),
              QuoteGroup("z", "Muhammad Rizky Ananda", None, True, ["c"])]
    entities = [_ent("Rina Kusumawardani", "PER", []), _ent("KAI Commuter", "ORG", []),
                _ent("Rizky Ananda", "PER", [])]
    _speakers_by_entity(quotes, entities)
    assert (quotes[0].speaker, quotes[0].speaker_role) == ("Rina Kusumawardani", "VP Corporate Secretary KAI Commuter")
    assert quotes[1].speaker == "Rina Kusumawardani"
    # a first name the tagger left out is no organisation's word: the speaker keeps it
    assert quotes[2].speaker == "Muhammad Rizky Ananda"


def test_a_regional_office_speaking_by_its_short_name_takes_the_storys_one_such_office():
    quotes = [QuoteGroup("x", "Dinkes", None, False, ["a"])]
    _speakers_by_entity(quotes, [_ent("Dinas Kesehatan Kabupaten Garut", "ORG", ["Dinas Kesehatan Garut"])])
    assert quotes[0].speaker == "Dinas Kesehatan Kabupaten Garut"
    two = [QuoteGroup("x", "Dinkes", None, False, ["a"])]
    _speakers_by_entity(two, [_ent("Dinas Kesehatan Kabupaten Garut", "ORG", []),
                              _ent("Dinas Kesehatan Provinsi Jawa Barat", "ORG", [])])
    assert two[0].speaker == "Dinkes"  # two such offices: left as written
