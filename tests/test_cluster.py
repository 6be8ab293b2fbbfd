"""Story clustering units: terms for unspaced scripts, language-aware scoring, the day-gap bar."""

from __future__ import annotations

import numpy as np

from kabar.cluster import (
    CROSS_LANGUAGE_THRESHOLD,
    LANG_KEY,
    Clusterer,
    StoryState,
    _top,
    cosine,
    story_langs,
    words,
)
from kabar.records import Article


class MemoryIndex:
    """Every story is a candidate: enough to test scoring and placement."""

    def __init__(self):
        self.stories: dict[str, StoryState] = {}
        self.df: dict[str, int] = {}
        self.docs = 0

    def doc_count(self):
        return self.docs

    def doc_freq(self, terms):
        return {t: self.df[t] for t in terms if t in self.df}

    def add_doc_terms(self, terms):
        self.docs += 1
        for t in terms:
            self.df[t] = self.df.get(t, 0) + 1

    def candidate_stories(self, terms, lo, hi):
        return list(self.stories.values())

    def stories_by_terms(self, terms, limit):
        return []

    def save_story(self, story):
        self.stories[story.id] = story

    def merge_story(self, source_id, target_id):
        self.stories.pop(source_id, None)


def unit(*xs: float) -> np.ndarray:
    v = np.asarray(xs + (0.0,) * (8 - len(xs)), dtype=np.float32)
    return v / np.linalg.norm(v)


def art(aid: str, title: str, lang: str = "en", date: str = "2025-03-01") -> Article:
    return Article(id=aid, source=aid, paragraphs=[title + "."], title=title, lang=lang, published_at=date)


def test_unspaced_chinese_text_gives_character_pairs_and_keeps_latin_names():
    assert words("新加坡电信Optus数据") == ["新加", "加坡", "坡电", "电信", "optus", "数据"]
    assert words("Banjir merendam 3 desa") == ["banjir", "merendam", "desa"]


def test_language_keys_stay_in_the_centroid_and_do_not_count_in_the_cosine():
    centroid = {f"t{i}": float(i) for i in range(10)} | {LANG_KEY + "en": 0.0}
    kept = _top(centroid, 3)
    assert set(kept) == {"t9", "t8", "t7", LANG_KEY + "en"}
    assert cosine({"t9": 1.0}, kept) == cosine({"t9": 1.0}, {k: v for k, v in kept.items() if k != LANG_KEY + "en"})
    assert story_langs(StoryState("s", "", None, None, 1, kept)) == {"en"}


def test_an_article_in_another_language_is_scored_by_its_sentence_vector_alone():
    index = MemoryIndex()
    cl = Clusterer(index, threshold=0.5)
    first = cl.assign(art("a", "Typhoon hits Japan, four dead"), None, unit(1, 0))
    # same event in Malay: no shared terms, a sentence-vector cosine of 0.6 (mixed score would be 0.45)
    other = cl.assign(art("b", "Taufan landa Jepun, empat maut", lang="ms"), None, unit(0.6, 0.8))
    assert other.story_id == first.story_id and other.score >= 0.5
    assert story_langs(index.stories[first.story_id]) == {"en", "id"}  # Malay shares Indonesian's words
    # a third language with a cosine of 0.52: above the threshold, below the cross-language bar
    story = index.stories[first.story_id].embedding
    near = unit(0.52 * np.linalg.norm(story) / story[0], 0, 0.81)
    assert 0.5 < float(near @ story) / np.linalg.norm(story) < CROSS_LANGUAGE_THRESHOLD
    far = cl.assign(art("c", "墨西哥发生强烈地震", lang="zh"), None, near)
    assert far.story_id != first.story_id


def test_the_bar_rises_with_the_days_between_an_article_and_its_story():
    same_day, week_later = MemoryIndex(), MemoryIndex()
    for index, date in ((same_day, "2025-03-02"), (week_later, "2025-03-09")):
        cl = Clusterer(index, threshold=0.5)
        first = cl.assign(art("a", "Flood in Semarang", date="2025-03-01"), None, unit(1, 0))
        # a borderline match: the same score joins the next day and stays apart a week later
        second = cl.assign(art("b", "Rain in Demak", date=date), None, unit(0.7, 0.714))
        assert (second.story_id == first.story_id) == (index is same_day)


def test_malay_and_indonesian_are_compared_by_their_words_too():
    cl = Clusterer(MemoryIndex(), threshold=0.5)
    first = cl.assign(art("a", "Taufan landa Jepun", lang="ms"), None, unit(1, 0))
    # no shared terms and a cosine of 0.6: the mixed score (0.45) decides, not the vector alone
    other = cl.assign(art("b", "Topan menerjang Jepang", lang="id"), None, unit(0.6, 0.8))
    assert other.story_id != first.story_id
