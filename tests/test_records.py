from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kabar.records import Annotations, Article, DateFlag, DroppedLine, Entity, Mention, Quote, TimeExpr

texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)


# extraction's paragraphs are stripped single blocks of text: no line breaks inside, none empty
paragraphs = texts.map(lambda t: " ".join(t.split())).filter(bool)


@given(paras=st.lists(paragraphs, min_size=1, max_size=5),
       title=st.none() | texts, authors=st.lists(texts, max_size=3))
def test_article_survives_a_dict_round_trip(paras, title, authors):
    a = Article(id="a1", source="x.txt", paragraphs=paras, title=title, authors=authors,
                dropped=[DroppedLine(3, "Baca Juga: x", "related")], date_flags=[DateFlag("k", "d")])
    back = Article.from_dict(a.to_dict())
    assert back == a


def test_annotations_round_trip():
    ann = Annotations("a1", [Mention(0, 3, "Kim", "PER", "kim jong un")], [Entity("kim jong un", "Kim Jong Un", "PER")],
                      [Quote(5, 9, "ya", "Kim Jong Un")], [TimeExpr(0, 4, "2019", "2019", "year")])
    assert Annotations.from_dict(ann.to_dict()) == ann


def test_annotations_to_dict_is_asdict_and_shares_no_list():
    from dataclasses import asdict

    ent = Entity("kirby", "John Kirby", "PER", aliases=["Kirby"], roles=["Juru Bicara"], mentions=2)
    ann = Annotations("a1", [Mention(0, 5, "Kirby", "PER", "kirby")], [ent],
                      [Quote(5, 9, "ya", "John Kirby", "Juru Bicara", "kata", False)],
                      [TimeExpr(0, 6, "Senin", "2025-08-18", "day", "Senin lalu ia tiba.")])
    d = ann.to_dict()
    assert d == asdict(ann)
    d["entities"][0]["aliases"].append("JK")
    assert ent.aliases == ["Kirby"]
