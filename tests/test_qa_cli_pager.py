"""`actors` and `quotes` page on a terminal as `events` does, and take --no-pager."""

from __future__ import annotations

import os
import sys
from datetime import date

import pytest

from store import Actor, Article, Event, EventStore, Extraction, Quote, When
from tests.test_cli_listing import _on_a_terminal


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "s.json"
    day = date(2031, 3, 15)
    actors = [Actor(id=f"roe-{i}", name=f"Jane Roe {i}", kind="person") for i in range(12)]
    quotes = [Quote(id=f"a-q{i}", text=f"Ruritania will rebuild bridge {i}", speaker=f"roe-{i}",
                    article_id="a") for i in range(12)]  # fmt: skip
    when = When(value=day.isoformat(), start=day, end=day)
    events = [Event(id=f"a-e{i}", title=f"Bridge {i} reopens", actors=[f"roe-{i}"],
                    quotes=[f"a-q{i}"], article_id="a", when=when) for i in range(12)]  # fmt: skip
    article = Article(id="a", title="Bridges", source="Zenda Courier", published=day, text="x")
    with EventStore(path) as store:
        store.add_extraction(
            article, Extraction(article_id="a", actors=actors, quotes=quotes, events=events)
        )
    return path


@pytest.mark.parametrize(("command", "row"), [("actors", "Jane Roe"), ("quotes", "rebuild bridge")])
def test_a_terminal_pages_actors_and_quotes(db, tmp_path, command: str, row: str) -> None:
    got = tmp_path / "paged.txt"
    pager = f"{sys.executable} -c \"import sys; open({str(got)!r}, 'w').write(sys.stdin.read())\""
    env = {**os.environ, "PAGER": pager, "NO_COLOR": "1", "COLUMNS": "100"}
    env.pop("DATELINE_PAGER", None)
    screen = _on_a_terminal(["--db", str(db), command], env)
    assert row not in screen  # the table went to the pager, not the screen
    assert got.read_text().count(row) == 12
    got.unlink()
    screen = _on_a_terminal(["--db", str(db), command, "--no-pager"], env)
    assert screen.count(row) == 12 and not got.exists()
