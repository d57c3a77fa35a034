"""Hand decisions travel with a dateline JSON export and come back on import."""

from __future__ import annotations

import json

import pytest

from store import (
    EventStore,
    IngestError,
    export_timeline,
    import_file,
    ingest_paths,
    split_story,
    story_rows,
)
from tests.test_stories_store import articles, dam_row  # noqa: F401 - the fixture


def test_a_split_row_stays_split_after_export_and_import(tmp_path, articles):  # noqa: F811
    with EventStore(tmp_path / "a.json") as store:
        ingest_paths(store, [str(articles)], workers=1)
        row = dam_row(store)
        split_story(store, row, [row.events[1]])
        data = export_timeline(store, "json")
    assert [d["kind"] for d in json.loads(data)["decisions"]] == ["apart"]
    backup = tmp_path / "backup.json"
    backup.write_bytes(data)
    with EventStore(tmp_path / "b.json") as store:
        import_file(store, backup)
        import_file(store, backup)  # twice: nothing doubles
        assert len(store.decisions()) == 1
        assert all(r.sources == 1 for r in story_rows(store))


def test_an_export_without_decisions_has_no_decisions_key(tmp_path, articles):  # noqa: F811
    with EventStore(tmp_path / "a.json") as store:
        ingest_paths(store, [str(articles)], workers=1)
        assert "decisions" not in json.loads(export_timeline(store, "json"))


def test_malformed_decisions_are_refused_before_anything_is_written(tmp_path, articles):  # noqa: F811
    with EventStore(tmp_path / "a.json") as store:
        ingest_paths(store, [str(articles)], workers=1)
        doc = json.loads(export_timeline(store, "json"))
    doc["decisions"] = [{"no": "kind"}]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc))
    with EventStore(tmp_path / "b.json") as store:
        with pytest.raises(IngestError, match="decisions"):
            import_file(store, bad)
        assert store.articles() == []
