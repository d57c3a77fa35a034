"""TimelineJS JSON and sheet CSV into hand-made events; bad files add nothing."""

from __future__ import annotations

import json
from datetime import date

import pytest

from store import Actor, Event, EventStore, IngestError, When, export_timeline, import_file

SHEET = (
    "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,"
    "Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\r\n"
    ",,,,,,,,,My timeline,<p>Intro</p>,,,,,title,,\r\n"
    '2025,6,21,,2025,6,22,,,Strikes &amp; talks,"<p>Talks, <b>again</b>.</p>",,,,,,Qatar,\r\n'
    "2024,,,,,,,,about 2024,A year,,,,,,,,\r\n"
    "2020,1,1,,2021,12,31,,,An era,,,,,,era,,\r\n"
)


def test_sheet_csv_rows_become_manual_events(tmp_path):
    f = tmp_path / "sheet.csv"
    f.write_text(SHEET, encoding="utf-8")
    with EventStore(tmp_path / "s.json") as store:
        report = import_file(store, f)
        assert (report.kind, report.events) == ("timelinejs-csv", 2)
        events = store.events()
        assert [e.title for e in events] == ["A year", "Strikes & talks"]
        year, strikes = events
        assert (year.when.start, year.when.end, year.when.value) == (
            date(2024, 1, 1),
            date(2024, 12, 31),
            "2024",
        )
        assert year.when.approximate and year.when.granularity == "year"
        assert (strikes.when.start, strikes.when.end) == (date(2025, 6, 21), date(2025, 6, 22))
        assert strikes.sentence == "Talks, again." and strikes.origin == "manual"
        assert strikes.actors == ["qatar"] and store.actor("qatar").name == "Qatar"
        assert import_file(store, f).present == 2  # idempotent


def test_our_timelinejs_export_imports_back(seeded_store, tmp_path):
    f = tmp_path / "t.json"
    f.write_bytes(export_timeline(seeded_store, "timelinejs", "ceasefire"))
    slides = json.loads(f.read_bytes())["events"]
    with EventStore(tmp_path / "s.json") as store:
        report = import_file(store, f)
        assert report.kind == "timelinejs" and report.events == len(slides) > 0
        assert all(e.origin == "manual" and e.when.start for e in store.events())


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            '{"events": [{"start_date": {"year": 2025, "month": 2, "day": 30}, "text": '
            '{"headline": "x"}}]}',
            "no such date",
        ),
        (
            '{"events": [{"start_date": {"year": "MMXXV"}, "text": {"headline": "x"}}]}',
            "not a number",
        ),
        ('{"events": [{"start_date": {"year": 2025}}]}', "neither headline nor text"),
        ('{"events": "nope"}', "'events' list"),
        ('{"format": "dateline", "version": 99}', "version 99"),
        (
            '{"format": "dateline", "version": 1, "events": [{"id": "x"}]}',
            r"events\[0\].when: Field required",
        ),
        ("{broken", "not valid JSON"),
        ('{"hello": 1}', "neither a dateline export nor TimelineJS"),
        ("just some words\n", "not a file dateline imports"),
        ("Year,Month,Day,Headline,Text\r\n2025,1,1,ok,\r\n,3,1,no year,\r\n", "no Year"),
    ],
)
def test_bad_import_files_add_nothing(tmp_path, content, message):
    f = tmp_path / "bad.json"
    f.write_text(content, encoding="utf-8")
    db = tmp_path / "s.json"
    with EventStore(db) as store:
        with pytest.raises(IngestError, match=message):
            import_file(store, f)
        assert store.events() == [] and store.actors() == []
    assert not db.exists() or json.loads(db.read_text()).get("events", {}) == {}


def _made_store(path) -> EventStore:
    store = EventStore(path)
    for actor in (
        Actor(id="ruritania", name="Ruritania", kind="place"),
        Actor(id="ruritanian-senate", name="Ruritanian Senate", kind="organization"),
        Actor(id="jane-roe", name="Jane Roe", kind="person"),
    ):
        store.add_actor(actor)
    since = When(
        value="P35Y",
        type="DURATION",
        start=date(1990, 6, 22),
        end=date(2025, 6, 22),
        granularity="year",
        text="for 35 years",
    )
    month = When(
        value="2025-06",
        start=date(2025, 6, 1),
        end=date(2025, 6, 25),
        granularity="month",
        approximate=True,
    )
    store.add_event(
        Event(id="a1-e1", when=since, title="Ruritania has been at peace", actors=["ruritania"])
    )
    store.add_event(
        Event(
            id="a1-e2",
            when=month,
            title="The senate met",
            sentence="The senate met <again> & again.",
            actors=["ruritanian-senate", "jane-roe"],
        )
    )
    return store


def test_timelinejs_back_into_its_own_store_adds_nothing(tmp_path):
    f = tmp_path / "t.timeline.json"
    with _made_store(tmp_path / "s.json") as store:
        f.write_bytes(export_timeline(store, "timelinejs"))
        report = import_file(store, f)
        assert (report.events, report.present) == (0, 2)
        assert store.count_events() == 2 and len(store.actors()) == 3


def test_timelinejs_into_a_fresh_store_keeps_dates_and_kinds(tmp_path):
    f = tmp_path / "t.timeline.json"
    with _made_store(tmp_path / "s.json") as store:
        f.write_bytes(export_timeline(store, "timelinejs"))
        before = {e.id: e for e in store.events()}
    slides = json.loads(f.read_text())
    assert slides["events"][0]["start_date"] == {"year": 1990}  # shown at its precision
    with EventStore(tmp_path / "fresh.json") as fresh:
        assert import_file(fresh, f).events == 2
        after = {e.id: e for e in fresh.events()}
        assert set(after) == set(before)
        for eid, event in before.items():
            assert after[eid].when == event.when.model_copy(update={"anchor": "published"})
            assert after[eid].actors == event.actors
        assert after["a1-e2"].sentence == "The senate met <again> & again."
        kinds = {a.id: a.kind for a in fresh.actors()}
        assert kinds == {
            "ruritania": "place",
            "ruritanian-senate": "organization",
            "jane-roe": "person",
        }
        assert import_file(fresh, f).present == 2


def test_a_date_edited_in_timelinejs_wins_over_the_carried_one(tmp_path):
    f = tmp_path / "t.timeline.json"
    with _made_store(tmp_path / "s.json") as store:
        doc = json.loads(export_timeline(store, "timelinejs"))
    doc["events"][0]["start_date"] = {"year": 1991, "month": 3, "day": 4}
    doc["events"][0].pop("end_date", None)
    f.write_text(json.dumps(doc))
    with EventStore(tmp_path / "fresh.json") as fresh:
        import_file(fresh, f)
        edited = [e for e in fresh.events() if e.title == "Ruritania has been at peace"]
        assert [(e.when.start, e.when.end) for e in edited] == [(date(1991, 3, 4),) * 2]
