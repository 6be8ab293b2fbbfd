"""The in-memory vector index of active stories behind clustering's cross-language lookup."""

from __future__ import annotations

from datetime import date

import numpy as np

from kabar.story_vectors import StoryVectors


def vec(*xs: float) -> np.ndarray:
    return np.asarray(xs + (0.0,) * (4 - len(xs)), dtype=np.float32)


def test_nearest_ranks_by_cosine_and_drops_what_is_below_the_bar():
    sv = StoryVectors()
    sv.put("a", vec(3, 0), "2025-03-01", "2025-03-02", ["en"])  # summed vectors: the norm does not matter
    sv.put("b", vec(1, 1), "2025-03-01", "2025-03-01", ["en"])
    sv.put("c", vec(0, 1), "2025-03-01", "2025-03-01", ["en"])
    got = sv.nearest(vec(1, 0), None, None, k=5, min_cosine=0.5, other_than="zh")
    assert [sid for sid, _ in got] == ["a", "b"]
    assert abs(got[1][1] - 2 ** -0.5) < 1e-6
    assert [sid for sid, _ in sv.nearest(vec(1, 0), None, None, k=1, min_cosine=0.0, other_than="zh")] == ["a"]


def test_only_stories_in_other_languages_are_looked_up():
    sv = StoryVectors()
    sv.put("en", vec(1), None, None, ["en"])
    sv.put("en+zh", vec(1), None, None, ["en", "zh"])
    sv.put("id", vec(1), None, None, ["id"])
    sv.put("unknown", vec(1), None, None, [])  # stored before languages were kept: never
    assert {sid for sid, _ in sv.nearest(vec(1), None, None, 10, 0.5, other_than="zh")} == {"en", "id"}
    assert {sid for sid, _ in sv.nearest(vec(1), None, None, 10, 0.5, other_than="fr")} == {"en", "en+zh", "id"}


def test_the_window_keeps_stories_whose_span_touches_it_and_undated_ones():
    sv = StoryVectors()
    sv.put("old", vec(1), "2025-01-01", "2025-01-05", ["en"])
    sv.put("spans", vec(1), "2025-02-20", "2025-03-03", ["en"])
    sv.put("undated", vec(1), None, None, ["en"])
    got = {sid for sid, _ in sv.nearest(vec(1), date(2025, 3, 1), date(2025, 3, 10), 10, 0.1, other_than="zh")}
    assert got == {"spans", "undated"}


def test_removed_rows_are_not_found_and_are_reused():
    sv = StoryVectors()
    for i in range(100):  # past the first allocation
        sv.put(f"s{i}", vec(1, i / 100), None, None, ["en"])
    sv.remove("s0")
    assert "s0" not in {sid for sid, _ in sv.nearest(vec(1), None, None, 200, 0.0, other_than="zh")}
    sv.put("new", vec(0, 0, 1), None, None, ["en"])
    assert len(sv) == 100 and sv.nearest(vec(0, 0, 1), None, None, 1, 0.9, other_than="zh")[0][0] == "new"
    sv.put("s5", None, None, None)  # a story that lost its vector leaves the index
    assert len(sv) == 99


def test_stored_stories_load_once_per_window_and_local_updates_win():
    calls = []

    def load(lo, hi):
        calls.append((lo, hi))
        return [("stored", vec(0, 1), "2025-03-01", "2025-03-01", ["en"]),
                ("mine", vec(0, 1), "2025-03-01", "2025-03-01", ["en"])]

    sv = StoryVectors(load)
    sv.put("mine", vec(1), "2025-03-01", "2025-03-01", ["en"])  # saved in this run: newer than the store's row
    lo, hi = date(2025, 2, 20), date(2025, 3, 10)
    assert [sid for sid, _ in sv.nearest(vec(1), lo, hi, 5, 0.5, other_than="zh")] == ["mine"]
    assert [sid for sid, _ in sv.nearest(vec(0, 1), lo, hi, 5, 0.5, other_than="zh")] == ["stored"]
    assert calls == [("2025-02-20", "2025-03-10")]  # the second lookup was covered
    sv.nearest(vec(1), date(2025, 3, 1), date(2025, 3, 20), 5, 0.5, other_than="zh")
    assert calls[-1] == ("2025-03-11", "2025-03-20")  # only the days not loaded yet
    sv.nearest(vec(1), date(2025, 2, 25), date(2025, 3, 15), 5, 0.5, other_than="zh")
    assert len(calls) == 2  # inside what is loaded
    sv.nearest(vec(1), date(2025, 2, 1), date(2025, 3, 25), 5, 0.5, other_than="zh")
    assert calls[2:] == [("2025-02-01", "2025-02-19"), ("2025-03-21", "2025-03-25")]


def test_past_its_size_the_index_drops_the_stories_seen_longest_ago():
    sv = StoryVectors(max_rows=20)
    for day in range(1, 22):
        sv.put(f"s{day}", vec(1), f"2025-03-{day:02d}", f"2025-03-{day:02d}", ["en"])
    assert len(sv) <= 20
    got = {sid for sid, _ in sv.nearest(vec(1), None, None, 50, 0.5, other_than="zh")}
    assert "s21" in got and "s1" not in got and "s2" not in got
