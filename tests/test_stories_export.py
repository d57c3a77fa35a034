"""Exports of story rows: one entry per row, citing every source (invented articles)."""

from __future__ import annotations

import json

from store import EventStore, ingest_paths
from store.formats.ics import to_ics
from store.formats.timelinejs import to_timelinejs
from store.stories.export import story_timeline
from tests.test_cli import run
from tests.test_stories_store import articles  # noqa: F401 - the fixture


def test_one_entry_per_row_citing_all_sources(tmp_path, articles):  # noqa: F811
    with EventStore(tmp_path / "s.json") as store:
        ingest_paths(store, [str(articles)], workers=1)
        n_events = len(store.events())
        tl = story_timeline(store)
    assert len(tl.events) == n_events - 1  # the two reports of the dam are one entry
    (dam,) = [e for e in tl.events if "2 sources" in e.title]
    assert "Zenda Courier" in dam.sentence and "Strelsau Herald" in dam.sentence
    assert dam.when.start == dam.when.end and dam.when.value == dam.when.start.isoformat()
    slides = json.loads(to_timelinejs(tl))["events"]
    assert len(slides) == len([e for e in tl.events if e.when.start])
    (slide,) = [s for s in slides if "2 sources" in s["text"]["headline"]]
    assert "Zenda Courier" in slide["text"]["text"] and "Strelsau Herald" in slide["text"]["text"]
    ics = to_ics(tl).decode()
    assert ics.count("BEGIN:VEVENT") == len(slides)
    unfolded = ics.replace("\r\n ", "")
    assert "Zenda Courier" in unfolded and "Strelsau Herald" in unfolded


def test_a_query_exports_only_the_matching_rows(tmp_path, articles):  # noqa: F811
    with EventStore(tmp_path / "s.json") as store:
        ingest_paths(store, [str(articles)], workers=1)
        tl = story_timeline(store, "flooding")
    assert len(tl.events) == 1 and tl.events[0].title.endswith("(2 sources)")


def test_export_stories_command(tmp_path, articles):  # noqa: F811
    db = tmp_path / "s.json"
    assert run("ingest", str(articles), db=db).returncode == 0
    out = run("export", "-f", "timelinejs", "--stories", db=db)
    assert out.returncode == 0, out.stderr
    slides = json.loads(out.stdout)["events"]
    plain = json.loads(run("export", "-f", "timelinejs", db=db).stdout)["events"]
    assert len(slides) == len(plain) - 1
    bad = run("export", "-f", "json", "--stories", db=db)
    assert bad.returncode != 0 and b"--stories" in bad.stderr and b"Traceback" not in bad.stderr
