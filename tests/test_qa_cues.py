"""A quote's cue is shown only when it has words: a transcript turn ("ROE: We will
stay.") is filed with the cue ":", which showed as "(:)" or a lone ":" beside the
quote in the detail, the quotes pane, the article view and `dateline quotes`."""

from __future__ import annotations

from datetime import date

from rich.console import Console

from store import Actor, Article, Event, Quote, When
from tui.panes.detail import event_text, quote_text
from tui.panes.quotes import QuotesPane
from tui.render import quotes_table
from tui.screens.article import find_marks
from tui.textsafe import cue_words

TEXT = "ROE: We will stay in Strelsau. DOE: Then so will we, Doe told reporters."
ROE = Actor(id="jane-roe", name="Jane Roe", kind="person")
TURN = Quote(id="q1", text="We will stay in Strelsau.", speaker="jane-roe", cue=":",
             article_id="a1", start=5, end=30)  # fmt: skip
TOLD = Quote(id="q2", text="Then so will we", speaker="john-doe", cue="told reporters",
             article_id="a1", start=36, end=51)  # fmt: skip
ARTICLE = Article(id="a1", title="Strelsau talks", published=date(2031, 3, 5), text=TEXT)


def test_cue_words() -> None:
    assert cue_words(":") == "" and cue_words(" — ") == "" and cue_words(None) == ""
    assert cue_words("told reporters") == "told reporters"


def test_the_quote_detail_and_event_detail_leave_out_a_wordless_cue() -> None:
    assert "(:)" not in quote_text(TURN, ROE, ARTICLE).plain
    when = When(text="", value="2031-03-05", start=date(2031, 3, 5), end=date(2031, 3, 5))
    event = Event(id="e1", when=when, title="Roe stays", quotes=["q1", "q2"], article_id="a1")
    shown = event_text(event, [ROE], [TURN, TOLD], ARTICLE, {"jane-roe": "Jane Roe"}).plain
    assert "(:)" not in shown and "(told reporters)" in shown


def test_the_quotes_pane_row_and_the_cli_table() -> None:
    row = QuotesPane().render_row(TURN, 80).plain
    assert not row.rstrip().endswith(":"), row
    console = Console(width=120, record=True)
    console.print(quotes_table([TURN, TOLD], {"jane-roe": ROE}))
    lines = [line for line in console.export_text().splitlines() if "Strelsau" in line]
    assert lines and ":" not in lines[0].split("│")[3], lines


def test_the_article_view_status_has_no_wordless_note(monkeypatch) -> None:
    import store

    monkeypatch.setattr(store, "tag", lambda text, published: [], raising=False)
    marks, _ = find_marks(ARTICLE, [TURN, TOLD], [])
    notes = {m.start: m.note for m in marks if m.kind == "quote"}
    assert notes == {5: "", 36: "told reporters"}
