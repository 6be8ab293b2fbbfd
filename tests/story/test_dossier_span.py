"""The dossier's first/last seen: a page whose date does not fit the story is not its span."""

from __future__ import annotations

from kabar.records import Annotations, Article, Story
from kabar.story.dossier import StoryData, build_dossier


def _story(dates: list[str]) -> StoryData:
    arts = [Article(id=f"a{i}", source=f"a{i}.txt", outlet=f"Outlet {i}", title=f"Judul {i}",
                    paragraphs=[f"Banjir merendam {i * 10 + 5} rumah warga di Demak pada Senin."],
                    published_at=d) for i, d in enumerate(dates)]
    story = Story("s1", "Banjir", [a.id for a in arts], min(dates), max(dates))
    return StoryData(story, arts, {a.id: Annotations(a.id) for a in arts})


def test_a_page_dated_years_later_is_flagged_and_left_out_of_the_span():
    d = build_dossier(_story(["2023-09-04", "2023-09-05", "2025-08-22", "2023-09-06"]))
    assert (d["first_seen"], d["last_seen"]) == ("2023-09-04", "2023-09-06")
    assert [x["article_ids"] for x in d["discrepancies"] if x["kind"] == "page_date_outlier"] == [["a2"]]


def test_without_an_outlier_the_span_is_every_date():
    d = build_dossier(_story(["2023-09-04", "2023-09-05", "2023-09-09"]))
    assert (d["first_seen"], d["last_seen"]) == ("2023-09-04", "2023-09-09")


def test_a_story_is_titled_in_the_language_most_of_its_pages_are_in():
    data = _story(["2025-09-08", "2025-09-08", "2025-09-09"])
    data.articles[0].title, data.articles[0].lang = "North Korea fires a missile", "en"
    for a in data.articles[1:]:
        a.lang = "id"
    assert build_dossier(data)["title"] == "Judul 1"  # not the earlier English wire page's
    for a in data.articles[1:]:
        a.lang = "en"
    assert build_dossier(data)["title"] == "North Korea fires a missile"
