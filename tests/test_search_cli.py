"""The search language at the command line: dash words, unknown filters and kinds."""

from __future__ import annotations

import csv
import io
import json

import pytest

from store import QueryError, parse_query
from tests.test_cli import run


@pytest.fixture
def db(tmp_path):
    db = tmp_path / "s.json"
    for when, title in (("2024-03-01", "Ceasefire talks resume"), ("2024-03-02", "Talks collapse")):
        out = run("add", when, title, db=db)
        assert out.returncode == 0, out.stderr
    return db


def _one_line_error(out) -> str:
    err = out.stderr.decode()
    assert out.returncode != 0
    assert "Traceback" not in err and err.count("\n") == 1, err
    return err


def test_search_query_may_start_with_a_dash_word(db):
    out = run("search", "--json", "-ceasefire", "talks", db=db)
    assert out.returncode == 0, out.stderr
    assert [e["title"] for e in json.loads(out.stdout)] == ["Talks collapse"]
    out = run("search", "-ceasefire", "--by-date", "--json", "--limit", "5", "talks", db=db)
    assert out.returncode == 0, out.stderr
    assert [e["title"] for e in json.loads(out.stdout)] == ["Talks collapse"]


def test_export_query_may_start_with_a_dash_word(db, tmp_path):
    out = run("export", "-f", "csv", "-ceasefire", db=db)
    assert out.returncode == 0, out.stderr
    rows = list(csv.DictReader(io.StringIO(out.stdout.decode())))
    assert [r["title"] for r in rows] == ["Talks collapse"]
    target = tmp_path / "out.csv"
    out = run("export", "-fcsv", "-o", str(target), "-obama", "talks", db=db)  # -obama: a word
    assert out.returncode == 0, out.stderr
    assert len(list(csv.DictReader(io.StringIO(target.read_text())))) == 2


def test_unknown_long_option_is_still_an_error(db):
    err = _one_line_error(run("search", "--bogus", "talks", db=db))
    assert "--bogus" in err


def test_search_bad_kind_lists_the_kinds(db):
    err = _one_line_error(run("search", "kind:bogus", db=db))
    assert "person, organization, place, group" in err


def test_search_unknown_filter_names_the_filters(db):
    err = _one_line_error(run("search", "foo:bar", db=db))
    assert "foo:" in err and "actor:" in err and "before:" in err


def test_search_actor_nobody_is_zero_events(db):
    out = run("search", "--json", "actor:nobody", db=db)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == []
    err = _one_line_error(run("events", "--actor", "nobody", db=db))
    assert "nobody" in err


@pytest.mark.parametrize("query", ["kind:bogus", "kind:", "foo:bar", "Actors:x"])
def test_parse_query_refuses(query):
    with pytest.raises(QueryError):
        parse_query(query)


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("10:30 talks", ["10:30", "talks"]),
        ("https://example.com/a talks", ["https://example.com/a", "talks"]),
        ("Breaking: talks", ["breaking:", "talks"]),
    ],
)
def test_parse_query_colon_words_stay_words(query, words):
    assert parse_query(query).words == words


def test_parse_query_kind_prefix():
    assert parse_query("kind:org kind:Person").kind == ["organization", "person"]
    assert parse_query('"foo:bar"').phrases == ["foo:bar"]


def test_search_help_gives_the_date_filters():
    text = run("search", "--help").stdout.decode()
    for token in ("after:DATE", "on or after", "before:DATE", "strictly before", "on:DATE",
                  "date:A..B"):  # fmt: skip
        assert token in text, token
