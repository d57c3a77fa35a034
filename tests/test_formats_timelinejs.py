"""The TimelineJS 3 JSON format as a JSON Schema, written from Knight Lab's format docs
(timeline.knightlab.com/docs/json-format.html), and checks that it bites."""

from __future__ import annotations

import copy

import jsonschema
import pytest

DATE = {
    "type": "object",
    "required": ["year"],
    "additionalProperties": False,
    "properties": {
        "year": {"type": "integer"},  # "A number ... BCE years should be negative"
        "month": {"type": "integer", "minimum": 1, "maximum": 12},
        "day": {"type": "integer", "minimum": 1, "maximum": 31},
        "hour": {"type": "integer", "minimum": 0, "maximum": 23},
        "minute": {"type": "integer", "minimum": 0, "maximum": 59},
        "second": {"type": "integer", "minimum": 0, "maximum": 59},
        "millisecond": {"type": "integer", "minimum": 0},
        "display_date": {"type": "string"},
        "format": {"type": "string"},
    },
    # "day" only makes sense with a "month"
    "dependentRequired": {"day": ["month"]},
}
TEXT = {
    "type": "object",
    "additionalProperties": False,
    "properties": {"headline": {"type": "string"}, "text": {"type": "string"}},
}
MEDIA = {
    "type": "object",
    "required": ["url"],
    "properties": {
        k: {"type": "string"} for k in ("url", "caption", "credit", "thumbnail", "alt", "title")
    },
}
SLIDE_PROPS = {
    "start_date": DATE,
    "end_date": DATE,
    "text": TEXT,
    "media": MEDIA,
    "group": {"type": "string"},
    "display_date": {"type": "string"},
    "background": {
        "type": "object",
        "properties": {"url": {"type": "string"}, "color": {"type": "string"}},
    },
    "autolink": {"type": "boolean"},
    "unique_id": {"type": "string"},
}
SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["events"],
    "additionalProperties": False,
    "properties": {
        "events": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["start_date"],  # "Yes, except for title slides"
                "additionalProperties": False,
                "properties": SLIDE_PROPS,
            },
        },
        "title": {"type": "object", "additionalProperties": False, "properties": SLIDE_PROPS},
        "eras": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["start_date", "end_date"],
                "properties": {"start_date": DATE, "end_date": DATE, "text": TEXT},
            },
        },
        "scale": {"enum": ["human", "cosmological"]},
    },
}


def validate_timelinejs(doc: dict) -> None:
    """Raise jsonschema.ValidationError unless `doc` is TimelineJS 3 JSON as documented;
    unique_id values must also be unique, and an end may not precede its start."""
    jsonschema.Draft202012Validator(SCHEMA).validate(doc)
    ids = [s["unique_id"] for s in doc["events"] if "unique_id" in s]
    assert len(ids) == len(set(ids)), "unique_id values repeat"
    for s in doc["events"]:
        if "end_date" in s:
            key = ("year", "month", "day")
            start = tuple(s["start_date"].get(k, 1) for k in key)
            end = tuple(s["end_date"].get(k, 12 if k == "month" else 31) for k in key)
            assert start <= end, f"end before start in {s.get('unique_id')}"


GOOD = {
    "title": {"text": {"headline": "T", "text": "<p>x</p>"}},
    "events": [
        {
            "start_date": {"year": 2025, "month": 6, "day": 21},
            "end_date": {"year": 2025, "month": 6, "day": 22},
            "text": {"headline": "h", "text": "t"},
            "group": "Qatar",
            "unique_id": "e1",
        },
        {"start_date": {"year": -500}, "display_date": "about 500 BCE"},
    ],
    "scale": "human",
}


def test_the_schema_accepts_the_documented_shape():
    validate_timelinejs(GOOD)


@pytest.mark.parametrize(
    "breakage",
    [
        lambda d: d.pop("events"),
        lambda d: d["events"][0].pop("start_date"),
        lambda d: d["events"][0]["start_date"].update(month=13),
        lambda d: d["events"][0]["start_date"].pop("month"),
        lambda d: d["events"][0]["start_date"].update(year="2025"),
        lambda d: d["events"][0].update(headline="misplaced"),
        lambda d: d.update(scale="galactic"),
        lambda d: d["events"][0]["text"].update(body="x"),
    ],
)
def test_the_schema_rejects_what_the_docs_rule_out(breakage):
    doc = copy.deepcopy(GOOD)
    breakage(doc)
    with pytest.raises(jsonschema.ValidationError):
        validate_timelinejs(doc)
