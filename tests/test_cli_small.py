"""What a new user notices: plurals, quiet logs, honest summaries, no stray files."""

from __future__ import annotations

import json

import pytest

from store import Actor, Article, Event, EventStore, Extraction, Quote, When
from tests.test_cli import run

MD = "---\npublished: 2025-06-25\n---\nOn Monday talks resumed in Ruritania, Jane Roe said.\n"


def test_one_event_is_singular(tmp_path):
    art = tmp_path / "a.md"
    art.write_text("---\npublished: 2025-06-25\n---\nOn Monday talks resumed.\n")
    out = run("ingest", str(art), db=tmp_path / "s.json")
    assert out.returncode == 0, out.stderr
    assert b"(1 event)" in out.stdout and b"1 events" not in out.stdout
    parsed = run("parse", "It rained on Monday.", "--published", "2025-06-25").stdout
    assert b"1 date mention" in parsed and b"1 date mentions" not in parsed
    listed = run("events", db=tmp_path / "s.json").stdout
    assert listed.startswith(b"1 event\n")


def test_ingest_to_a_log_writes_no_blank_stderr_line(tmp_path):
    art = tmp_path / "a.md"
    art.write_text(MD)
    out = run("ingest", str(art), db=tmp_path / "s.json")
    assert out.returncode == 0
    assert out.stderr == b""


def test_unsupported_file_type_says_so(tmp_path):
    f = tmp_path / "pyproject.toml"
    f.write_text('[project]\nname = "x"\n')
    out = run("ingest", str(f), db=tmp_path / "s.json")
    assert out.returncode == 1
    assert b"unsupported file type" in out.stderr and b"published" not in out.stderr


def test_folder_summary_names_the_notes_it_skipped(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.md").write_text(MD)
    (folder / "README.md").write_text("# about these files\n")
    out = run("ingest", str(folder), db=tmp_path / "s.json")
    assert out.returncode == 0, out.stderr
    assert b"skipped 1 (README.md" in out.stdout


def test_failed_import_into_a_new_store_leaves_nothing(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("not json at all")
    store = tmp_path / "new" / "s.json"
    store.parent.mkdir()
    out = run("import", str(bad), db=store)
    assert out.returncode == 1
    assert list(store.parent.iterdir()) == []
    ok = run("add", "2025-06-01", "Talks resume", db=store)
    assert ok.returncode == 0 and store.exists()


@pytest.fixture
def quoted(tmp_path):
    path = tmp_path / "s.json"
    art = Article(id="a", title="t", source="Ruritania Herald", published="2025-06-25", text="x")
    day = When(value="2025-06-20", start="2025-06-20", end="2025-06-20")
    ex = Extraction(
        article_id="a",
        actors=[
            Actor(id="jane-roe", name="Jane Roe"),
            Actor(id="john-doe", name="John Doe"),
            Actor(id="idle", name="Idle Person"),
        ],  # fmt: skip
        quotes=[
            Quote(
                id="q1",
                text="The ceasefire holds",
                speaker="jane-roe",
                article_id="a",
                event_id="e1",
            ),  # fmt: skip
            Quote(id="q2", text="Talks will go on", speaker="john-doe", article_id="a"),
        ],
        events=[
            Event(
                id="e1",
                title="Ceasefire",
                when=day,
                actors=["jane-roe", "john-doe"],
                quotes=["q1"],
                article_id="a",
            )
        ],  # fmt: skip
    )
    with EventStore(path) as store:
        store.add_extraction(art, ex)
    return path


@pytest.mark.parametrize(
    ("query", "ids"),
    [
        (["ceasef"], ["q1"]),
        (["actor:doe"], ["q2"]),
        (["jane"], ["q1"]),  # the speaker's name
        (["-ceasefire"], ["q2"]),
        (['"go on"'], ["q2"]),
        (["on:2025-06-20"], ["q1"]),  # the date of the quote's event
        (["source:herald", "talks"], ["q2"]),
    ],
)
def test_quotes_take_a_query(quoted, query, ids):
    out = run("quotes", "--json", *query, db=quoted)
    assert out.returncode == 0, out.stderr
    assert [q["id"] for q in json.loads(out.stdout)] == ids


def test_actors_without_events_are_left_out(quoted):
    names = [a["name"] for a in json.loads(run("actors", "--json", db=quoted).stdout)]
    assert sorted(names) == ["Jane Roe", "John Doe"]
    every = json.loads(run("actors", "--json", "--all", db=quoted).stdout)
    assert "Idle Person" in [a["name"] for a in every]


@pytest.mark.parametrize(("name", "expected"), [("roe", ["Jane Roe"]), ("JOHN", ["John Doe"])])
def test_actors_take_a_name_read_as_actor_filters_read_it(quoted, name, expected):
    out = run("actors", "--json", name, db=quoted)
    assert out.returncode == 0, out.stderr
    assert [a["name"] for a in json.loads(out.stdout)] == expected


def test_readme_gives_the_store_path_and_relative_to():
    from tests.conftest import ROOT

    text = (ROOT / "README.md").read_text()
    assert "~/.local/share/dateline/store.json" in text
    assert "--relative-to" in text and "against today" in text
