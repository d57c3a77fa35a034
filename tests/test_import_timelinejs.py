"""TimelineJS JSON and sheet CSV into hand-made events; bad files add nothing."""

from __future__ import annotations

import json
from datetime import date

import pytest

from store import EventStore, IngestError, export_timeline, import_file

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
