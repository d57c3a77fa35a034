"""Exports through the pure functions: each format parsed back by its own reader."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime, timedelta

import pytest
from icalendar import Calendar

from store import Actor, Event, EventStore, ExportError, When, export_timeline, save_export
from store.formats.csv_events import COLUMNS, to_csv
from store.formats.ics import to_ics
from store.formats.markdown import to_markdown
from store.formats.timeline import Timeline, date_label
from store.formats.timelinejs import slide_dates, to_timelinejs
from store.models import Article, Quote
from store.transfer import collect
from tests.test_formats_timelinejs import validate_timelinejs

NASTY = 'Talks <script>alert("x")</script> & [bold]resume[/bold], "quoted"\nnew line'


def _timeline() -> Timeline:
    art = Article(
        id="a1",
        title="Doha talks",
        source="Example News",
        url="https://example.com/a?x=1&y=2",
        published=date(2025, 6, 25),
        text="...",
    )
    q = Quote(id="a1-q5", text='We are "close" <b>', speaker="qatar", article_id="a1")
    stamp = datetime(2025, 6, 25, 12, tzinfo=UTC)
    events = [
        Event(
            id="a1-e0",
            when=When(value="2025-W25-WE", start=date(2025, 6, 21), end=date(2025, 6, 22)),
            title=NASTY,
            sentence=NASTY + ".",
            actors=["qatar", "hamas"],
            quotes=[q.id],
            article_id="a1",
            created=stamp,
            updated=stamp,
        ),
        Event(
            id="a1-e9",
            when=When(
                value="2025-06",
                start=date(2025, 6, 1),
                end=date(2025, 6, 25),
                granularity="month",
                approximate=True,
            ),
            title="Earlier this month",
            article_id="a1",
        ),
        Event(
            id="m-1",
            when=When(
                value="2024", start=date(2024, 1, 1), end=date(2024, 12, 31), granularity="year"
            ),
            title="A year",
            origin="manual",
        ),
        Event(
            id="m-2",
            when=When(value="PAST_REF", end=date(2025, 6, 25), granularity="vague"),
            title="Recently",
        ),
        Event(id="m-3", when=When(value="FUTURE_REF", granularity="vague"), title="Some day"),
    ]
    actors = {
        "qatar": Actor(id="qatar", name="Qatar", kind="place"),
        "hamas": Actor(id="hamas", name="Hamas", kind="group"),
    }
    return Timeline("Talks & <b>", events, actors, {q.id: q}, {"a1": art})


def test_csv_rows_are_rfc4180_and_read_back():
    text = to_csv(_timeline())
    assert text.startswith(",".join(COLUMNS) + "\r\n") and text.endswith("\r\n")
    assert '"' + NASTY.replace('"', '""') + '"' in text  # quoted, quotes doubled, \n kept
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert tuple(rows[0]) == COLUMNS and len(rows) == 6
    first = next(dict(zip(COLUMNS, r, strict=True)) for r in rows[1:] if r[3] == NASTY)
    assert first["title"] == NASTY and first["sentence"] == NASTY + "."
    assert (first["date_start"], first["date_end"]) == ("2025-06-21", "2025-06-22")
    assert first["actors"] == "Qatar; Hamas" and first["url"] == "https://example.com/a?x=1&y=2"


def test_markdown_groups_by_year_and_month_with_quotes_and_links():
    md = to_markdown(_timeline())
    lines = md.splitlines()
    assert lines[0] == r"# Talks & \<b\>"
    assert lines.index("## 2024") < lines.index("## 2025") < lines.index("### June 2025")
    assert lines[lines.index("## 2024") + 2] == "- **2024**: A year"  # no month heading
    assert "## Undated" in lines and "- **by 25 June 2025**: Recently" in lines
    assert r'  - Qatar: "We are "close" \<b\>"' in lines
    assert "  - Source: [Example News](<https://example.com/a?x=1&y=2>)" in lines
    assert r"\[bold\]resume\[/bold\]" in md and "<script>" not in md


def test_ics_parses_back_with_exclusive_ends_and_stable_uids():
    data = to_ics(_timeline())
    assert data == to_ics(_timeline())  # same store, same bytes
    cal = Calendar.from_ical(data)
    vevents = {str(v["UID"]): v for v in cal.walk("VEVENT")}
    assert set(vevents) == {"a1-e0@dateline", "a1-e9@dateline", "m-1@dateline", "m-2@dateline"}
    weekend = vevents["a1-e0@dateline"]
    assert weekend.decoded("DTSTART") == date(2025, 6, 21)
    assert weekend.decoded("DTEND") == date(2025, 6, 23)  # exclusive: the day after
    assert str(weekend["SUMMARY"]) == NASTY
    desc = str(weekend["DESCRIPTION"])
    assert NASTY in desc and 'Qatar: "We are "close" <b>"' in desc
    assert "Source: Example News https://example.com/a?x=1&y=2" in desc
    year = vevents["m-1@dateline"]
    assert year.decoded("DTEND") - year.decoded("DTSTART") == timedelta(days=366)
    assert all(isinstance(v.decoded("DTSTART"), date) for v in vevents.values())


def test_timelinejs_matches_the_published_format():
    doc = json.loads(to_timelinejs(_timeline(), "actor"))
    validate_timelinejs(doc)
    slides = {s["unique_id"]: s for s in doc["events"]}
    assert "m-3" not in slides and "1 undated" in doc["title"]["text"]["text"]
    weekend = slides["a1-e0"]
    assert weekend["start_date"] == {"year": 2025, "month": 6, "day": 21}
    assert weekend["end_date"] == {"year": 2025, "month": 6, "day": 22}
    assert "<script>" not in json.dumps(doc) and "&lt;script&gt;" in weekend["text"]["headline"]
    assert "&quot;close&quot; &lt;b&gt;" in weekend["text"]["text"]
    assert 'href="https://example.com/a?x=1&amp;y=2"' in weekend["text"]["text"]
    assert weekend["group"] == "Qatar"
    month = slides["a1-e9"]
    assert month["start_date"] == {"year": 2025, "month": 6} and "end_date" not in month
    assert month["display_date"] == "about June 2025"
    assert slides["m-1"]["start_date"] == {"year": 2024}
    assert slides["m-2"]["display_date"].startswith("by ")
    by_source = json.loads(to_timelinejs(_timeline(), "source"))
    assert {s.get("group") for s in by_source["events"]} == {"Example News", "by hand", None}


def test_date_labels_at_known_precision():
    assert date_label(When(value="2025-06-21", start=date(2025, 6, 21))) == "21 June 2025"
    decade = When(value="199", start=date(1990, 1, 1), end=date(1999, 12, 31), granularity="decade")
    assert date_label(decade) == "the 1990s"
    years = When(value="1990", start=date(1990, 1, 1), end=date(2025, 6, 25), granularity="year")
    assert date_label(years) == "1990 – 2025"
    assert slide_dates(decade) == {"start_date": {"year": 1990}, "end_date": {"year": 1999}}


def test_export_of_a_query_keeps_only_what_matches(seeded_store):
    everything = json.loads(export_timeline(seeded_store, "json"))
    some = json.loads(export_timeline(seeded_store, "json", "ceasefire"))
    assert 0 < len(some["events"]) < len(everything["events"])
    cited = {a for e in some["events"] for a in e["actors"]}
    assert cited <= {a["id"] for a in some["actors"]}
    assert [a["id"] for a in some["articles"]] == [a["id"] for a in everything["articles"]]
    tl = collect(seeded_store, "zzznothing")
    assert tl.events == [] and to_markdown(tl).endswith("No events.\n")
    with pytest.raises(ExportError, match="unknown export format"):
        export_timeline(seeded_store, "pdf")


def test_save_export_refuses_to_overwrite(tmp_path):
    out = tmp_path / "t.ics"
    save_export(b"one", out)
    with pytest.raises(ExportError, match="--force"):
        save_export(b"two", out)
    assert out.read_bytes() == b"one"
    save_export(b"two", out, force=True)
    assert out.read_bytes() == b"two"
    with pytest.raises(ExportError, match="does not exist"):
        save_export(b"x", tmp_path / "nope" / "t.ics")


def test_round_trip_through_json_gives_back_the_same_store(seeded_store, tmp_path):
    seeded_store.add_actor(Actor(id="nobody", name="Nobody", aliases=["N."]))
    seeded_store.add_event(
        Event(
            id="m-x",
            when=When(value="2025", start=date(2025, 1, 1)),
            title="By hand",
            origin="manual",
        )
    )
    data = export_timeline(seeded_store, "json")
    from store import import_file

    (tmp_path / "dump.json").write_bytes(data)
    with EventStore(tmp_path / "copy.json") as copy:
        report = import_file(copy, tmp_path / "dump.json")
        assert report.kind == "dateline" and report.articles == 1
        again = export_timeline(copy, "json")
        assert import_file(copy, tmp_path / "dump.json").present == 2
    assert json.loads(again) == json.loads(data)  # created/updated too: a restore, not an edit


def test_suggested_file_names():
    from store import suggest_filename

    assert suggest_filename("ics", "actor:Trump after:2025-01-01") == (
        "dateline-actor-trump-after-2025-01-01.ics"
    )
    assert suggest_filename("timelinejs") == "dateline.timeline.json"
