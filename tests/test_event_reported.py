"""An event keeps when it was reported (the article's publication) beside when it happened."""

from __future__ import annotations

from datetime import date

from store import Event, When, extract_article, reporting_order

PUB = date(2025, 6, 25)


def _event(eid: str, happened: date, reported: date | None) -> Event:
    when = When(value=happened.isoformat(), start=happened, end=happened)
    return Event(id=eid, when=when, title=eid, reported=reported)


def test_extracted_events_are_reported_on_the_publication_date() -> None:
    text = "In 1998, Ruritania founded its airline. Ruritania said it was proud."
    ex = extract_article(text, PUB)
    assert [e.when.start for e in ex.events] == [date(1998, 1, 1), PUB]
    assert [e.reported for e in ex.events] == [PUB, PUB]


def test_reporting_order_sorts_by_publication_then_happening() -> None:
    old_news = _event("a", date(2020, 1, 1), date(2025, 6, 25))
    fresh = _event("b", date(2025, 6, 1), date(2025, 6, 2))
    typed = _event("c", date(2025, 6, 10), None)  # typed by hand: by when it happened
    same_day = _event("d", date(2019, 5, 5), date(2025, 6, 25))
    order = [e.id for e in reporting_order([old_news, fresh, typed, same_day])]
    assert order == ["b", "c", "d", "a"]


def test_reported_survives_a_json_round_trip() -> None:
    e = _event("a", date(2020, 1, 1), PUB)
    assert Event.model_validate_json(e.model_dump_json()).reported == PUB
    old = {"id": "x", "title": "t", "when": {"value": "2020"}}  # stored before the field
    assert Event.model_validate(old).reported is None
