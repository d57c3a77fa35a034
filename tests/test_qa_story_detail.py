"""The detail pane as a reader sees it: a story source's day said once, wrapped lines
kept under their indent, and no dangling "·" where an article lacks a field."""

from __future__ import annotations

from datetime import date

from rich.console import Console
from rich.text import Text

from store import Article, Event, StoryRow, StorySource, When
from tui.panes import detail
from tui.panes.stories import story_text

SENTENCE = (
    "Drones struck the Strelsau dam before dawn, flooding three villages near Zenda and "
    "cutting the road to the capital, the Ruritanian army said in a statement."
)


def _row(**item: object) -> StoryRow:
    source = StorySource(
        event="e1",
        article="a1",
        source="Zenda Courier",
        title="Dam struck",
        published=date(2031, 3, 16),
        sentence=SENTENCE,
        **item,  # type: ignore[arg-type]
    )
    day = source.start
    return StoryRow(id="s1", title="Dam struck", start=day, end=day, sources=1,
                    events=["e1"], items=[source])  # fmt: skip


def test_a_source_dated_to_a_day_says_the_day_once() -> None:
    day = date(2031, 3, 15)
    text = story_text(_row(value="2031-03-15", date_text="on Saturday", start=day, end=day))
    lines = text.plain.splitlines()
    at = lines.index(" 1 Dam struck")
    assert lines[at + 1 : at + 3] == [
        "   Zenda Courier · reported 2031-03-16",
        "   2031-03-15  “on Saturday”",
    ]


def test_a_value_that_adds_to_the_day_is_kept() -> None:
    day = date(2031, 3, 15)
    text = story_text(_row(value="2031-03-15TNI", date_text="last night", start=day, end=day))
    assert "   2031-03-15  “last night”  2031-03-15TNI\n" in text.plain


def test_wrapped_lines_keep_their_indent() -> None:
    day = date(2031, 3, 15)
    text = story_text(_row(value="2031-03-15", start=day, end=day))
    lines = [ln.plain for ln in detail.wrap_indented(text, Console(width=60), 60)]
    at = next(i for i, ln in enumerate(lines) if ln.strip().startswith("Drones struck"))
    sentence = []
    for ln in lines[at:]:
        if not ln.startswith("     "):
            break
        sentence.append(ln.strip())
    assert len(sentence) > 1 and " ".join(sentence).split() == SENTENCE.split()
    assert all(len(ln) <= 60 for ln in lines)


def test_wrapping_text_without_indents_is_rich_wrapping() -> None:
    text = Text("Title\n\nA line long enough to wrap twice at this width, and more.\n")
    console = Console(width=20)
    expected = [ln.plain for ln in text.wrap(console, 20, overflow="fold")]
    assert [ln.plain for ln in detail.wrap_indented(text, console, 20)] == expected


def test_an_article_without_a_source_has_no_dangling_dot() -> None:
    article = Article(id="a1", title="Dam struck", source="", published=date(2031, 3, 16),
                      text=SENTENCE)  # fmt: skip
    day = date(2031, 3, 15)
    event = Event(id="e1", title="Drones struck the dam", sentence=SENTENCE, article_id="a1",
                  when=When(value=day.isoformat(), start=day, end=day))  # fmt: skip
    lines = detail.event_text(event, [], [], article, {}).plain.splitlines()
    assert lines[lines.index("Source") + 2] == "  2031-03-16"


def test_a_narrow_story_row_leaves_its_title_room() -> None:
    from tui.panes.stories import StoriesPane

    start, end = date(2031, 3, 15), date(2031, 3, 16)
    row = StoryRow(id="s1", title="Drones struck the Strelsau dam", start=start, end=end,
                   sources=3, events=["e1", "e2", "e3"], conflict=True)  # fmt: skip
    pane = StoriesPane()
    narrow = pane.render_row(row, 46).plain
    assert narrow.startswith(" 2031-03-15–16 ") and "Drones struck the" in narrow
    assert len(narrow) <= 46
    wide = pane.render_row(row, 78).plain
    assert wide.startswith(" 2031-03-15 – 2031-03-16 ") and row.title in wide


def test_the_sources_are_articles_each_listing_its_events() -> None:
    """'2 sources' lists two articles, the one that tells it twice once, with both events;
    the number keys open those articles (tests/test_app_story.py)."""
    from tui.model.story_rows import by_article

    one, two = date(2031, 3, 15), date(2031, 3, 16)

    def item(event: str, article: str, source: str, day: date, words: str) -> StorySource:
        return StorySource(
            event=event,
            article=article,
            source=source,
            title=f"{source} report",
            published=two,
            start=day,
            end=day,
            value=day.isoformat(),
            date_text=words,
            sentence=f"{words}: the dam was struck ({event}).",
        )

    items = [
        item("e1", "a1", "Zenda Courier", one, "on Saturday"),
        item("e2", "a2", "Strelsau Herald", one, "Saturday"),
        item("e3", "a1", "Zenda Courier", two, "today"),
    ]
    row = StoryRow(id="s1", title="Dam struck", start=one, end=two, sources=2,
                   events=["e1", "e2", "e3"], items=items)  # fmt: skip
    assert [[i.event for i in group] for group in by_article(row)] == [["e1", "e3"], ["e2"]]
    lines = story_text(row).plain.splitlines()
    heads = [ln for ln in lines if ln[:2].strip().isdigit() and ln[2:3] == " "]
    assert heads == [" 1 Zenda Courier report", " 2 Strelsau Herald report"]
    assert sum("Zenda Courier · reported" in ln for ln in lines) == 1
    first = lines.index(" 1 Zenda Courier report")
    assert lines[first + 4] == "   2031-03-16  “today”"  # the article's second event


def test_a_story_row_reads_a_whole_year_or_month_as_one() -> None:
    from tui.dates import span_label
    from tui.panes.stories import StoriesPane, compact_span

    assert span_label(date(2005, 1, 1), date(2005, 12, 31)) == "2005"
    assert span_label(date(2004, 11, 1), date(2004, 11, 30)) == "November 2004"
    assert span_label(date(2024, 2, 1), date(2024, 2, 29)) == "February 2024"
    assert span_label(date(2024, 2, 1), date(2024, 2, 28)) == "2024-02-01 – 2024-02-28"
    assert span_label(date(2004, 1, 1), date(2005, 12, 31)) == "2004-01-01 – 2005-12-31"
    assert span_label(None, None) == "undated"
    assert compact_span(date(2004, 11, 1), date(2004, 11, 30)) == "November 2004"
    row = StoryRow(id="s1", title="Ruritania votes", start=date(2005, 1, 1),
                   end=date(2005, 12, 31), sources=1, events=["e1"])  # fmt: skip
    assert StoriesPane().render_row(row, 78).plain.startswith(" 2005 ")
    assert story_text(row).plain.splitlines()[1] == "2005 · 1 source"
