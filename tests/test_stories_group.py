"""Story grouping as plain data: which events make one row, and why (invented events)."""

from __future__ import annotations

from datetime import date, timedelta

from store.stories import Item, Params, group_items
from store.stories.decide import merge_decision, resolve, split_decision
from store.stories.group import _candidates, _prepare

SAT, SUN = date(2031, 3, 15), date(2031, 3, 16)
STRIKE_A = "Ruritanian drones struck the Strelsau dam overnight, officials in Zenda said."
STRIKE_B = "The drones struck the Strelsau dam overnight, flooding two villages near Zenda."
OTHER = "The Zenda orchestra opened its spring season with a new symphony."


def item(eid, source, text, start, end=None, actors=("ruritania",), worded=True):
    return Item(eid, source, start, end, frozenset(actors), text, worded)


def rows_with(rows, eid):
    return next(r for r in rows if eid in r.events)


def test_two_articles_same_day_same_happening_make_one_row_with_reasons():
    rows = group_items([item("a1", "A", STRIKE_A, SAT), item("b1", "B", STRIKE_B, SAT)])
    assert len(rows) == 1
    row = rows[0]
    assert sorted(row.events) == ["a1", "b1"] and len(row.sources) == 2
    assert (row.start, row.end, row.conflict) == (SAT, SAT, False)
    assert "same day" in row.reasons
    assert any(r.startswith("actors in common: ruritania") for r in row.reasons)
    assert any(r.startswith("similar wording") for r in row.reasons)


def test_same_day_and_actor_but_different_happenings_stay_apart():
    rows = group_items([item("a1", "A", STRIKE_A, SAT), item("b1", "B", OTHER, SAT)])
    assert len(rows) == 2


def test_one_article_alone_never_makes_a_story():
    rows = group_items([item("a1", "A", STRIKE_A, SAT), item("a2", "A", STRIKE_B, SAT)])
    assert len(rows) == 2


def test_saturday_against_sunday_is_one_row_marked_as_a_conflict():
    rows = group_items([item("a1", "A", STRIKE_A, SAT), item("b1", "B", STRIKE_B, SUN)])
    assert len(rows) == 1
    row = rows[0]
    assert row.conflict and (row.start, row.end) == (SAT, SUN)
    assert "dates a day apart" in row.reasons


def test_a_source_dated_only_by_its_article_day_raises_no_conflict():
    # b has no date words: its article came out on Sunday, which says nothing against Saturday
    rows = group_items(
        [item("a1", "A", STRIKE_A, SAT), item("b1", "B", STRIKE_B, SUN, worded=False)]
    )
    (row,) = rows
    assert row.conflict is False and (row.start, row.end) == (SAT, SAT)


def test_sources_all_dated_by_their_article_days_still_show_a_conflict():
    rows = group_items(
        [item("a1", "A", STRIKE_A, SAT, worded=False), item("b1", "B", STRIKE_B, SUN, worded=False)]
    )
    (row,) = rows
    assert row.conflict and (row.start, row.end) == (SAT, SUN)


def test_dates_far_apart_never_group_even_with_the_same_words():
    later = SAT + timedelta(days=9)
    rows = group_items([item("a1", "A", STRIKE_A, SAT), item("b1", "B", STRIKE_A, later)])
    assert len(rows) == 2


def test_a_year_date_needs_an_actor_in_common():
    year = (date(2031, 1, 1), date(2031, 12, 31))
    alone = [item("a1", "A", STRIKE_A, *year, actors=()), item("b1", "B", STRIKE_A, SAT)]
    assert len(group_items(alone)) == 2
    shared = [item("a1", "A", STRIKE_A, *year), item("b1", "B", STRIKE_A, SAT)]
    (row,) = group_items(shared)
    assert row.conflict is False and row.start == row.end == SAT  # the day both allow


def test_a_group_never_holds_sources_whose_dates_disagree_by_more_than_a_day():
    # b links to a (a day apart) and to c (a day apart), but a and c are two days apart
    mon = SUN + timedelta(days=1)
    three = [item("a", "A", STRIKE_A, SAT), item("b", "B", STRIKE_A, SUN)]
    rows = group_items([*three, item("c", "C", STRIKE_A, mon)])
    assert len(rows) == 2


def test_undated_events_are_rows_of_their_own():
    rows = group_items([item("a1", "A", STRIKE_A, None), item("b1", "B", STRIKE_A, None)])
    assert len(rows) == 2 and all(r.start is None for r in rows)


def test_blocking_compares_neighbours_not_all_pairs():
    day0 = date(2030, 1, 1)
    items = [
        item(f"e{i}", f"S{i}", f"Zenda talks round{i} round{i + 1}", day0 + timedelta(days=i))
        for i in range(600)
    ]
    pairs = _candidates(_prepare(items, Params()), Params())
    # each shares a rare word with the next day's; "zenda" and "talks" are in every one
    assert pairs == {(i, i + 1) for i in range(599)}  # all pairs would be 179,700


def test_a_key_shared_by_too_many_events_is_not_compared_under():
    items = [item(f"e{i}", f"S{i}", f"word{i} talks", SAT) for i in range(50)]
    assert _candidates(_prepare(items, Params(max_block=10)), Params(max_block=10)) == set()
    assert _candidates(_prepare(items, Params(max_block=100)), Params(max_block=100))


def test_hand_split_keeps_events_apart_and_hand_merge_joins_rows():
    items = [item("a1", "A", STRIKE_A, SAT), item("b1", "B", STRIKE_B, SAT)]
    together, apart = resolve([{**split_decision(["a1", "b1"], ["b1"]), "seq": 1}])
    assert len(group_items(items, together=together, apart=apart)) == 2
    far = [item("a1", "A", STRIKE_A, SAT), item("c1", "C", OTHER, SAT + timedelta(days=30))]
    together, apart = resolve([{**merge_decision(["a1"], ["c1"]), "seq": 1}])
    (row,) = group_items(far, together=together, apart=apart)
    assert row.manual and row.reasons[0] == "merged by hand" and row.conflict


def test_the_later_decision_wins():
    split = {**split_decision(["a", "b", "c"], ["c"]), "seq": 1}
    merge = {**merge_decision(["a", "b"], ["c"]), "seq": 2}
    assert resolve([split, merge]) == ([["a", "b", "c"]], [])
    merge["seq"], split["seq"] = 1, 2
    together, apart = resolve([split, merge])
    assert together == [["a", "b"]] and sorted(apart) == [(["a"], ["c"]), (["b"], ["c"])]


def test_a_long_span_row_shows_the_sources_own_span_not_the_comparison_window():
    # comparison clamps a decades-long state to its first year; the row must not
    start, end = date(2001, 5, 2), date(2031, 5, 2)
    rows = group_items([item("a1", "A", STRIKE_A, start, end)])
    assert (rows[0].start, rows[0].end) == (start, end)


def test_a_pair_sharing_only_less_rare_words_is_still_compared():
    """Two tellings of one press conference share 'bumper' and 'refund' (words a few
    other events use too), while each also holds a dozen words found in just one other
    far-off event: those are its rarest, yet the shared ones must still block them."""
    far = SAT + timedelta(days=200)
    own_a = [f"alpha{i}" for i in range(12)]
    own_b = [f"beta{i}" for i in range(12)]
    items = [
        item("a", "A", " ".join(["bumper", "refund", *own_a]), SAT),
        item("b", "B", " ".join(["bumper", "refund", *own_b]), SAT),
        item("fa", "F", " ".join(own_a), far),  # each own word: in two events
        item("fb", "G", " ".join(own_b), far + timedelta(days=90)),
    ]
    items += [item(f"x{i}", f"X{i}", "bumper refund", far + timedelta(days=i)) for i in range(3)]
    evs = _prepare(items, Params())
    assert (0, 1) in _candidates(evs, Params())


def test_one_article_telling_two_dates_keeps_them_in_two_rows():
    """An article that dates one launch in April and another in June tells two happenings:
    a third article's year-wide telling may join one of them, never both."""
    april = "Ruritania Ferries first introduced its Zenda ferry timetable in April."
    june = "Ruritania Ferries introduced its Zenda ferry at the lake fair yesterday."
    year = "The Zenda ferry was introduced by Ruritania Ferries at the 2031 lake fair."
    rows = group_items(
        [
            item("a1", "A", april, date(2031, 4, 1), date(2031, 4, 30)),
            item("a2", "A", june, date(2031, 6, 7)),
            item("c1", "C", year, date(2031, 1, 1), date(2031, 12, 31)),
        ]
    )
    assert not any("a1" in r.events and "a2" in r.events for r in rows)
    assert not any(r.conflict for r in rows)


def test_a_row_is_joined_as_a_whole_not_through_one_source_it_resembles():
    """The mayor's remark about the dam resembles the one source that quotes the mayor,
    not the two others: one link of three pairs does not bring it into the strike row."""
    mayor = ("ruritania", "zenda-mayor")
    struck = "Ruritanian drones struck the Strelsau dam overnight, Zenda's mayor said."
    held = "Zenda's mayor said the Strelsau dam had held through the spring floods."
    flooding = "The drones struck the Strelsau dam overnight, flooding two villages."
    flooded = "Drones struck the Strelsau dam overnight and flooded two villages."
    items = [
        item("a1", "A", struck, SAT, actors=mayor),
        item("b1", "B", flooding, SAT),
        item("d1", "D", flooded, SAT),
        item("c1", "C", held, SAT, actors=("zenda-mayor",)),
    ]
    rows = group_items(items)
    assert sorted(rows_with(rows, "a1").events) == ["a1", "b1", "d1"]
    assert rows_with(rows, "c1").events == ["c1"]
    assert "c1" in rows_with(group_items(items, params=Params(support=0.0)), "a1").events
