"""Story grouping of plans: an undated sentence told in the future ("the ferry will enter
service") joins another article's later telling of that happening, through an actor or a
product in common and the same wording; an announcement stays on its own day (invented)."""

from __future__ import annotations

from datetime import date

from store.models import Event, When
from store.stories import Item, group_items
from store.stories.forward import tells_plan
from store.stories.group import LATER
from store.stories.rows import json_items, story_items

PRINTED = date(2031, 3, 1)  # the plan's article
LATER_DAY = date(2032, 5, 10)  # the happening, told by another article
ZETA = frozenset({"zeta 4"})
PLAN = "The Zeta 4 is due to start service on Lake Zenda, carrying 900 passengers a crossing."
DONE = "The Zeta 4 started service on Lake Zenda with 800 passengers aboard"
TOLD = "Ruritania Ferries announced that the Zeta 4 will enter service on Lake Zenda."


def plan(eid="a1", text=PLAN, things=ZETA, actors=frozenset(), worded=False):
    return Item(eid, "A", PRINTED, PRINTED, actors, text, worded, things=things, plan=True)


def done(eid="b1", text=DONE, day=LATER_DAY, things=ZETA, actors=frozenset(), plan=False):
    return Item(eid, "B", day, day, actors, text, False, things=things, plan=plan)


def together(rows, a, b):
    return any(a in r.events and b in r.events for r in rows)


def test_a_plan_joins_the_later_telling_and_the_row_keeps_the_happening_day():
    rows = group_items([plan(), done()])
    (row,) = [r for r in rows if "a1" in r.events]
    assert sorted(row.events) == ["a1", "b1"]
    assert (row.start, row.end, row.conflict) == (LATER_DAY, LATER_DAY, False)
    assert LATER in row.reasons and "products in common: zeta 4" in row.reasons


def test_an_actor_in_common_serves_as_a_product_does():
    ferries = frozenset({"ruritania-ferries"})
    rows = group_items([plan(things=frozenset(), actors=ferries), done(actors=ferries)])
    assert together(rows, "a1", "b1")


def test_nothing_in_common_but_words_stays_apart():
    rows = group_items([plan(), done(things=frozenset({"zeta 5"}))])
    assert not together(rows, "a1", "b1")


def test_a_happening_told_before_the_plans_article_stays_apart():
    rows = group_items([plan(), done(day=date(2030, 11, 2))])
    assert not together(rows, "a1", "b1")


def test_other_words_about_the_same_ferry_stay_apart():
    sold = "Ruritania Ferries sold the Zeta 4 to a cooperative of fishermen."
    assert not together(group_items([plan(), done(text=sold)]), "a1", "b1")


def test_a_later_plan_is_no_telling_of_the_happening():
    again = "Ruritania Ferries says service of the Zeta 4 on Lake Zenda may start a year late."
    assert not together(group_items([plan(), done(text=again, plan=True)]), "a1", "b1")


def test_a_plan_dated_by_its_own_words_is_compared_at_that_date_only():
    rows = group_items([plan(worded=True), done()])
    assert not together(rows, "a1", "b1")


def test_what_is_still_to_come_is_read_from_the_sentence_not_its_quotes():
    assert tells_plan(PLAN)
    assert tells_plan("Ruritania Ferries is expected to launch the Zeta 4 in spring.")
    assert not tells_plan(DONE)
    assert not tells_plan("Jane Roe sailed on, saying “the Zeta 4 will never sink”, and left.")


def test_an_announcement_of_a_plan_stays_on_its_day():
    assert not tells_plan(TOLD)
    assert not tells_plan("Jane Roe says the Zeta 4 will enter service in May.")


def test_items_carry_products_and_plans_from_stored_events():
    when = When(text="", value=PRINTED.isoformat(), start=PRINTED, end=PRINTED)
    ev = Event(id="a-e0", when=when, title="t", sentence=PLAN, article_id="a", things=["Zeta 4"])
    (it,) = story_items([ev], {})
    (js,) = json_items([ev.model_dump_json()], {})
    assert it.things == js.things == ZETA and it.plan and js.plan


def test_the_noun_will_and_a_name_are_no_future():
    assert not tells_plan("Jane Roe bent the will of the Zenda council in May.")
    assert not tells_plan("Will Roe sailed the Zeta 4 across Lake Zenda.")
    assert tells_plan("The political will is there, and the Zeta 4 will sail in May.")


def test_a_title_case_headline_may_tell_a_plan():
    assert tells_plan("Zeta 4 Will Enter Service on Lake Zenda in May")
    assert not tells_plan("Will Roe Sails the Zeta 4 Across Lake Zenda")
    # a capital "Will" before a name, not a verb, is a name after the first word too
    assert not tells_plan("Skipper Will Roe Wins the Zenda Cup Again")
    assert not tells_plan("Coach Will Tarnow Resigns After Defeat")
    assert not tells_plan("Zenda Council Bends to the Will of Ferry Crews")
    assert not tells_plan("Jane Roe Says Zeta 4 Will Enter Service in May")


def test_a_plans_subject_alone_is_no_telling_of_what_it_plans():
    # what the timetable will do (add crossings) is not what the later article tells
    text = "The lake ferry timetable agreed by the towns will add crossings to Strelsau."
    dropped = "Ruritania Ferries dropped the lake ferry timetable after a storm"
    rows = group_items([plan(text=text), done(text=dropped)])
    assert not together(rows, "a1", "b1")
