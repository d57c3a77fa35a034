"""Story grouping of back-references: an event known only to lie before its article's
day ("since its launch") joins the dated report of that happening in another article,
on an actor in common and the same wording (invented events)."""

from __future__ import annotations

from datetime import date

from store.models import Event, When
from store.stories import Item, group_items
from store.stories.group import EARLIER
from store.stories.rows import json_items, story_items

LAUNCH = date(2031, 3, 3)
LATER = date(2031, 9, 20)  # the later article's publication
FERRY = frozenset({"ruritania-ferries"})
LAUNCHED = "Ruritania Ferries launched its Zenda ferry service, the first on the lake."
SINCE = (
    "Two million riders have used the Zenda ferry service of Ruritania Ferries since its launch."
)


def dated(eid, text, start=LAUNCH, actors=FERRY, source="A"):
    return Item(eid, source, start, start, actors, text)


def back(eid, text=SINCE, ref="since its launch", end=LATER, actors=FERRY, source="B"):
    return Item(eid, source, None, end, actors, text, worded=False, ref=ref)


def together(rows, a, b):
    return any(a in r.events and b in r.events for r in rows)


def test_since_its_launch_joins_the_dated_launch_and_the_row_keeps_the_launch_day():
    rows = group_items([dated("a1", LAUNCHED), back("b1")])
    (row,) = [r for r in rows if "a1" in r.events]
    assert sorted(row.events) == ["a1", "b1"] and row.sources == ["A", "B"]
    assert (row.start, row.end, row.conflict) == (LAUNCH, LAUNCH, False)
    assert EARLIER in row.reasons


def test_another_happening_with_the_same_names_stays_apart():
    sold = "Ruritania Ferries sold its Zenda ferry service to a lake cooperative."
    assert not together(group_items([dated("a1", sold), back("b1")]), "a1", "b1")


def test_a_happening_after_the_back_references_article_stays_apart():
    rows = group_items([dated("a1", LAUNCHED, start=date(2031, 10, 1)), back("b1")])
    assert not together(rows, "a1", "b1")


def test_no_actor_in_common_stays_apart():
    rows = group_items([dated("a1", LAUNCHED, actors=frozenset({"zenda-lines"})), back("b1")])
    assert not together(rows, "a1", "b1")


def test_the_same_article_is_never_its_own_source():
    rows = group_items([dated("a1", LAUNCHED, source="B"), back("b1")])
    assert not together(rows, "a1", "b1")


def test_a_vague_recently_names_no_happening_and_is_not_linked():
    text = "Ruritania Ferries recently launched its Zenda ferry service on the lake."
    rows = group_items([dated("a1", LAUNCHED), back("b1", text=text, ref="recently")])
    assert not together(rows, "a1", "b1")


def test_it_joins_the_happening_it_names_not_a_remark_sharing_its_object():
    # "first unveiled the bridge, she praised its arches": the unveiling, not praise
    unveiled = "Jane Roe unveiled the Strelsau bridge over the Zenda river."
    praised = "Jane Roe praised the arches of the Strelsau bridge at the opening."
    later = "When Jane Roe first unveiled the Strelsau bridge, she praised its arches."
    roe = frozenset({"jane-roe"})
    rows = group_items(
        [
            dated("a1", unveiled, actors=roe),
            dated("c1", praised, start=date(2031, 4, 9), actors=roe, source="C"),
            back("b1", text=later, ref="first unveiled the Strelsau bridge", actors=roe),
        ]
    )
    assert together(rows, "a1", "b1") and not together(rows, "c1", "b1")


def test_two_dates_the_back_reference_could_join_are_never_both_taken():
    relaunch = dated("c1", LAUNCHED, start=date(2031, 7, 1), source="C")
    rows = group_items([dated("a1", LAUNCHED), relaunch, back("b1")])
    assert not together(rows, "a1", "c1")


def past_ref_event(text="since its launch"):
    when = When(text=text, value="PAST_REF", start=None, end=LATER, granularity="vague")
    return Event(id="b-e0", when=when, title="t", sentence=SINCE, article_id="b")


def test_items_carry_a_back_reference_words_from_stored_events():
    (it,) = story_items([past_ref_event()], {})
    assert (it.start, it.end, it.ref) == (None, LATER, "since its launch")
    (js,) = json_items([past_ref_event().model_dump_json()], {})
    assert (js.start, js.end, js.ref) == (None, LATER, "since its launch")


def test_a_dated_event_carries_no_back_reference():
    when = When(text="on Monday", value="2031-03-03", start=LAUNCH, end=LAUNCH)
    ev = Event(id="a-e0", when=when, title="t", sentence=LAUNCHED, article_id="a")
    assert story_items([ev], {})[0].ref == ""


def test_a_lone_back_reference_row_ends_at_its_article_day():
    (row,) = group_items([back("b1")])
    assert (row.start, row.end) == (None, LATER)


def test_a_row_of_back_references_only_ends_at_the_earliest_article_day():
    items = [back("b1"), back("c1", end=date(2031, 8, 1), source="C")]
    (row,) = [r for r in group_items(items, together=[("b1", "c1")]) if "b1" in r.events]
    assert sorted(row.events) == ["b1", "c1"]
    assert (row.start, row.end) == (None, date(2031, 8, 1))
