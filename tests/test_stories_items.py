"""Grouping reads events from their stored JSON (json_items) exactly as from models."""

from __future__ import annotations

from datetime import date

from store.models import Event, When
from store.stories.rows import json_items, story_items


def test_json_items_are_the_items_of_the_models() -> None:
    events = [
        Event(
            id="e1",
            when=When(
                text="on Saturday",
                value="2031-03-15",
                start=date(2031, 3, 15),
                end=date(2031, 3, 16),
            ),
            title="Drones struck the Strelsau dam",
            sentence="Ruritanian drones struck the Strelsau dam overnight.",
            actors=["ruritania", "strelsau"],
            article_id="a1",
        ),
        Event(id="e2", when=When(value="XXXX"), title="Talks go on"),  # undated, typed by hand
    ]
    keys = {"ruritania": "k-ruritania"}
    as_json = [e.model_dump_json() for e in events]
    assert json_items(as_json, keys) == story_items(events, keys)
    # dated by its own words or only by its article's day: both readers tell them apart
    assert [i.worded for i in json_items(as_json, keys)] == [True, False]
