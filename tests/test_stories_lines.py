"""The lines `dateline stories` prints: counts, the conflict mark, text kept as data."""

from __future__ import annotations

from datetime import date

from store import StoryRow, StorySource
from tui.commands.stories import row_line

SAT, SUN = date(2031, 3, 15), date(2031, 3, 16)


def row(title: str, *, conflict: bool = False, end: date = SAT) -> StoryRow:
    items = [
        StorySource(event="a-e0", source="Zenda Courier", sentence=title),
        StorySource(event="b-e0", source="Strelsau Herald", sentence=title),
    ]
    return StoryRow(
        id="s-1",
        title=title,
        start=SAT,
        end=end,
        sources=2,
        events=["a-e0", "b-e0"],
        conflict=conflict,
        items=items,
    )


def test_a_row_shows_its_count_and_who_told_it():
    line = row_line(row("Dam struck"), None)
    assert line.startswith("2031-03-15 ") and " 2  " in line
    assert line.rstrip().endswith("Dam struck · Strelsau Herald; Zenda Courier")


def test_sources_that_disagree_on_the_date_are_marked():
    line = row_line(row("Dam struck", conflict=True, end=SUN), None)
    assert "2031-03-15 – 2031-03-16" in line and " 2≠ " in line
    assert "≠" not in row_line(row("Dam struck"), None)


def test_article_text_is_data_not_escapes_and_long_lines_are_cut():
    line = row_line(row("Dam \x1b[31mstruck\x1b[0m [bold]x[/bold]"), None)
    assert "\x1b" not in line and "[bold]x[/bold]" in line
    assert len(row_line(row("word " * 80), 60).rstrip("\n")) == 60


def test_a_row_known_to_a_year_or_a_month_reads_as_the_app_says_it():
    """The command and the app's story pane name a range alike (tui.dates.span_label)."""
    year = row("Dam built")
    year.start, year.end = date(2029, 1, 1), date(2029, 12, 31)
    assert row_line(year, None).startswith("2029  ")
    month = row("Dam built")
    month.start, month.end = date(2029, 11, 1), date(2029, 11, 30)
    assert row_line(month, None).startswith("November 2029  ")


def test_a_back_reference_row_reads_before_its_article_day_not_undated():
    """A row known only to lie before its article's day ("since its launch") says so."""
    since = row("Riders since its launch")
    since.start, since.end = None, date(2031, 9, 20)
    assert row_line(since, None).startswith("~ before 2031-09-20  ")


def test_the_story_pane_says_a_back_reference_row_in_its_narrow_column():
    from tui.panes.stories import compact_span

    said = compact_span(None, date(2031, 9, 20))
    assert said.endswith("2031-09-20") and len(said) <= 13 and "undated" not in said
