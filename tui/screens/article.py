"""The whole article with date mentions, quotes and actors marked; n/p walk through them."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import ClassVar, Literal

from rich.console import Console
from rich.style import Style
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static
from textual.worker import get_current_worker

from store import Actor, Article, Event, Quote
from tui.textsafe import CONTROL, cue_words, one_line
from tui.widgets.footer import DatelineFooter

Kind = Literal["date", "quote", "actor"]
STYLES: dict[str, str] = {
    "date": "bold underline",
    "quote": "italic",
    "actor": "bold",
}
CURRENT = "reverse"
SYNC_MARKS = 50_000  # characters: a longer article is shown first and marked in a worker


@dataclass(frozen=True, order=True)
class Mark:
    start: int
    end: int
    kind: Kind
    note: str = ""


def find_marks(
    article: Article, quotes: list[Quote], actors: list[Actor]
) -> tuple[list[Mark], str]:
    """Date mentions (the store's tagger), stored quote spans and actor names, in order;
    and why the dates are missing ("" when the tagger ran)."""
    import store

    marks: list[Mark] = []
    failure = ""
    try:
        mentions = store.tag(article.text, article.published)
    except Exception as exc:  # a tagger bug must not hide the article: say it, show the rest
        mentions = []
        failure = f"{type(exc).__name__}: {exc}"
    for m in mentions:
        marks.append(Mark(m.start, m.end, "date", f"{m.value}"))
    for q in quotes:
        if 0 <= q.start < q.end <= len(article.text):
            marks.append(Mark(q.start, q.end, "quote", cue_words(q.cue)))
    for a in actors:
        for name in {a.name, *a.aliases}:
            if len(name) < 3:
                continue
            for found in re.finditer(rf"\b{re.escape(name)}\b", article.text):
                marks.append(Mark(found.start(), found.end(), "actor", a.kind))
    return sorted(set(marks)), failure


PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")  # non-blank lines in a row


def split_paragraphs(text: str) -> list[tuple[int, str]]:
    """(offset, text) of each paragraph: blank lines only separate them (the stylesheet
    puts one blank line between paragraphs, however many the article has)."""
    return [(m.start(), m.group()) for m in PARAGRAPH.finditer(text)] or [(0, text)]


def event_mark(
    text: str, marks: list[Mark], span: tuple[int, int], said: str
) -> tuple[int | None, bool]:
    """Index of the event's own date mention: the date mark in its sentence that reads
    `said` (the event's `when` words), else the sentence's first date mark; and whether
    it reads `said` (then the status need not say the words twice)."""
    inside = [i for i, m in enumerate(marks) if m.kind == "date" and span[0] <= m.start < span[1]]
    said = " ".join(said.split()).casefold()
    same = [
        i
        for i in inside
        if said and " ".join(text[marks[i].start : marks[i].end].split()).casefold() == said
    ]
    if same:
        return same[0], True
    return (inside or [None])[0], False


def styled_plain(line: str, spans: list[tuple[int, int, str | Style]]) -> Text:
    """Plain text with styles at raw offsets, escape sequences dropped after styling."""
    out = Text()
    pos = 0
    for cut in [*CONTROL.finditer(line), None]:
        stop = cut.start() if cut else len(line)
        piece = Text(line[pos:stop])
        for s, e, style in spans:
            if s < stop and e > pos:
                piece.stylize(style, max(s, pos) - pos, min(e, stop) - pos)
        out.append_text(piece)
        if cut is None:
            break
        pos = cut.end()
    return out


def article_heading(a: Article) -> Text:
    """Title, then source and date, then the address on a line of its own (a long one
    wraps there, never leaving a line that ends in "·"): only those the article has."""
    head = Text(one_line(a.title) or "(untitled)", style="bold")
    first = " · ".join(p for p in (one_line(a.source), a.published.isoformat()) if p)
    head.append(f"\n{first}", style="dim")
    if a.url:
        head.append(f"\n{one_line(a.url)}", style="dim")
    return head


class ArticleView(Screen[None]):
    """Reading view of one article; opens at the chosen event's sentence, highlighted,
    with its date mention current (n/p walk on from there)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "step(1)", "Next mark", id="article.next"),
        Binding("p", "step(-1)", "Previous mark", id="article.prev"),
        Binding("escape,q", "close", "Back", id="article.close"),
        Binding("question_mark", "app.help", "Help", id="article.help"),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {"article--event"}

    def __init__(
        self,
        article: Article,
        quotes: list[Quote],
        actors: list[Actor],
        at: int = 0,
        event: Event | None = None,
    ) -> None:
        super().__init__()
        self.article = article
        self.event = event
        self._sources = (quotes, actors)
        text = article.text
        self.span: tuple[int, int] | None = None
        if event is not None and event.span and 0 <= event.span[0] < event.span[1] <= len(text):
            self.span = (event.span[0], event.span[1])
            at = event.span[0]
        self._at = at
        self.marks: list[Mark] = []
        self.tag_failure = ""
        self.index = 0
        self.own_date: int | None = None
        self.marking = len(text) > SYNC_MARKS  # marked in a worker once the text is shown
        if not self.marking:
            self._take_marks(*find_marks(article, quotes, actors))
        self.paragraphs = split_paragraphs(text)
        self._starts = [start for start, _ in self.paragraphs]

    def _take_marks(self, marks: list[Mark], failure: str) -> None:
        """Keep the marks; the current one is the event's own date mention if found,
        else the first mark at or after the event's sentence."""
        self.marks, self.tag_failure = marks, failure
        said = self.event.when.text if self.event is not None else ""
        own, exact = (
            event_mark(self.article.text, marks, self.span, said) if self.span else (None, False)
        )
        first = next((i for i, m in enumerate(marks) if m.start >= self._at), 0)
        self.index = own if own is not None else first
        self.own_date = own if exact else None  # its date in so many words: said once

    def compose(self) -> ComposeResult:
        head = article_heading(self.article)
        with VerticalScroll(id="article"):
            yield Static(head, id="article-head", markup=False)
            for i, _ in enumerate(self.paragraphs):
                yield Static(id=f"para-{i}", classes="para", markup=False)
        yield Static(id="article-status", markup=False)
        yield DatelineFooter()

    def on_mount(self) -> None:
        self.title = one_line(self.article.title)
        for i in range(len(self.paragraphs)):
            self._render_paragraph(i)
        self._show_current()
        self.query_one("#article", VerticalScroll).focus()
        if self.marking:
            self._mark_in_background()
        else:
            self._say_failure()

    @work(thread=True, exclusive=True, group="article-marks")
    def _mark_in_background(self) -> None:
        """A long article is tagged off the UI thread; the text is readable meanwhile."""
        quotes, actors = self._sources
        found = find_marks(self.article, quotes, actors)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._marks_ready, *found)

    def _marks_ready(self, marks: list[Mark], failure: str) -> None:
        self.marking = False
        self._take_marks(marks, failure)
        for i in {self._paragraph_of(m.start) for m in marks}:
            self._render_paragraph(i)
        self._show_current()
        self._say_failure()

    def _say_failure(self) -> None:
        if self.tag_failure:  # once per article opened: the marks below lack the dates
            self.app.notify(
                f"dates are not marked: the date tagger failed ({one_line(self.tag_failure, 80)})",
                title="article",
                severity="warning",
            )

    @property
    def current(self) -> Mark | None:
        return self.marks[self.index] if 0 <= self.index < len(self.marks) else None

    def _paragraph_of(self, pos: int) -> int:
        return max(bisect.bisect_right(self._starts, pos) - 1, 0)

    def _render_paragraph(self, i: int) -> None:
        self.query_one(f"#para-{i}", Static).update(self.paragraph_text(i))

    def paragraph_text(self, i: int) -> Text:
        """Paragraph i as plain text with the marks and the event's sentence styled."""
        start, line = self.paragraphs[i]
        end = start + len(line)
        current = self.current
        spans = [
            (
                max(m.start, start) - start,
                min(m.end, end) - start,
                STYLES[m.kind] + (f" {CURRENT}" if m is current else ""),
            )
            for m in self.marks
            if m.end > start and m.start < end
        ]
        if self.span and self.span[1] > start and self.span[0] < end:
            style = self.get_component_rich_style("article--event", partial=True)
            first = (max(self.span[0], start) - start, min(self.span[1], end) - start, style)
            spans.insert(0, first)  # under the marks' own styles
        return styled_plain(line, spans)

    def _status(self) -> Text:
        mark = self.current
        if self.marking:
            out = Text("marking dates, quotes and actors…")
        elif mark is None:
            out = Text("no dates, quotes or actors marked in this article")
        else:
            words = one_line(self.article.text[mark.start : mark.end], 40)
            out = Text(f"{self.index + 1}/{len(self.marks)} {mark.kind}: {words}")
            if mark.note:
                out.append(f"  ({one_line(mark.note)})")
        if self.event is not None:
            when = self.event.when
            value = one_line(when.value)
            if mark is not None and self.index == self.own_date:
                said = "the event's own date"
            elif when.text.strip():
                said = f"event dated by “{one_line(when.text, 40)}” → {value}"
            else:
                said = f"event: no date words in its sentence → {value}"
            out.append(f"  · {said}", style="dim")
        return out

    def _show_current(self) -> None:
        self.query_one("#article-status", Static).update(self._status())
        mark = self.current
        if mark is not None:
            self.call_after_refresh(self._scroll_to, mark.start)
        elif self.span:
            self.call_after_refresh(self._scroll_to, self.span[0])

    def _scroll_to(self, pos: int) -> None:
        """Bring the line holding article offset `pos` into view (a few lines below the
        top), also inside a paragraph taller than the screen."""
        i = self._paragraph_of(pos)
        para = self.query_one(f"#para-{i}", Static)
        start, line = self.paragraphs[i]
        row = line_of(line, pos - start, max(para.content_size.width, 1))
        if self.span and self._paragraph_of(self.span[0]) == i and start <= self.span[0] <= pos:
            sentence = line_of(line, self.span[0] - start, max(para.content_size.width, 1))
            row = sentence if row - sentence < 3 else row  # the sentence's start too, if near
        box = self.query_one("#article", VerticalScroll)
        y = para.virtual_region.y + row
        if not box.scroll_y + 1 <= y < box.scroll_y + box.scrollable_content_region.height - 1:
            box.scroll_to(y=max(y - 2, 0), animate=False)

    def action_step(self, step: int) -> None:
        if self.marking or not self.marks:
            return
        old = self.current
        self.index = (self.index + step) % len(self.marks)
        touched = {self._paragraph_of(m.start) for m in (old, self.current) if m}
        for i in touched:
            self._render_paragraph(i)
        self._show_current()

    def action_close(self) -> None:
        self.dismiss(None)


def line_of(text: str, offset: int, width: int) -> int:
    """The line, wrapped at `width` columns, that holds character `offset` of text (as
    rich wraps it; Textual's wrap may differ by a line, which the scroll margin covers)."""
    console = Console(width=width)
    row = seen = 0
    for hard in text.split("\n"):
        lines = Text(hard).wrap(console, width) if hard else [Text()]
        for line in lines:
            seen += len(line.plain)
            if offset < seen:
                return row
            row += 1
        seen += 1  # the newline
        if offset < seen:
            return row - 1
    return max(row - 1, 0)
