"""The whole article with date mentions, quotes and actors marked; n/p walk through them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar, Literal

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from store import Actor, Article, Quote
from tui.textsafe import CONTROL, one_line

Kind = Literal["date", "quote", "actor"]
STYLES: dict[str, str] = {
    "date": "bold underline",
    "quote": "italic",
    "actor": "bold",
}
CURRENT = "reverse"


@dataclass(frozen=True, order=True)
class Mark:
    start: int
    end: int
    kind: Kind
    note: str = ""


def find_marks(article: Article, quotes: list[Quote], actors: list[Actor]) -> list[Mark]:
    """Date mentions (the store's tagger), stored quote spans and actor names, in order."""
    import store

    marks: list[Mark] = []
    try:
        mentions = store.tag(article.text, article.published)
    except Exception:  # a tagger bug must not hide the article
        mentions = []
    for m in mentions:
        marks.append(Mark(m.start, m.end, "date", f"{m.value}"))
    for q in quotes:
        if 0 <= q.start < q.end <= len(article.text):
            marks.append(Mark(q.start, q.end, "quote", q.cue))
    for a in actors:
        for name in {a.name, *a.aliases}:
            if len(name) < 3:
                continue
            for found in re.finditer(rf"\b{re.escape(name)}\b", article.text):
                marks.append(Mark(found.start(), found.end(), "actor", a.kind))
    return sorted(set(marks))


def styled_plain(line: str, spans: list[tuple[int, int, str]]) -> Text:
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


class ArticleView(Screen[None]):
    """Reading view of one article; opens at the chosen event's sentence."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "step(1)", "Next mark", id="article.next"),
        Binding("p", "step(-1)", "Previous mark", id="article.prev"),
        Binding("escape,q", "close", "Back", id="article.close"),
    ]

    def __init__(
        self,
        article: Article,
        quotes: list[Quote],
        actors: list[Actor],
        at: int = 0,
    ) -> None:
        super().__init__()
        self.article = article
        self.marks = find_marks(article, quotes, actors)
        self.index = next((i for i, m in enumerate(self.marks) if m.start >= at), 0)
        self.paragraphs: list[tuple[int, str]] = []
        offset = 0
        for line in article.text.split("\n"):
            self.paragraphs.append((offset, line))
            offset += len(line) + 1

    def compose(self) -> ComposeResult:
        a = self.article
        head = Text(one_line(a.title) or "(untitled)", style="bold")
        head.append(f"\n{one_line(a.source)} · {a.published.isoformat()}", style="dim")
        if a.url:
            head.append(f" · {one_line(a.url)}", style="dim")
        with VerticalScroll(id="article"):
            yield Static(head, id="article-head", markup=False)
            for i, _ in enumerate(self.paragraphs):
                yield Static(id=f"para-{i}", classes="para", markup=False)
        yield Static(id="article-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.title = one_line(self.article.title)
        for i in range(len(self.paragraphs)):
            self._render_paragraph(i)
        self._show_current()
        self.query_one("#article", VerticalScroll).focus()

    @property
    def current(self) -> Mark | None:
        return self.marks[self.index] if 0 <= self.index < len(self.marks) else None

    def _paragraph_of(self, pos: int) -> int:
        for i, (start, line) in enumerate(self.paragraphs):
            if start <= pos <= start + len(line):
                return i
        return len(self.paragraphs) - 1

    def _render_paragraph(self, i: int) -> None:
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
        self.query_one(f"#para-{i}", Static).update(styled_plain(line, spans))

    def _show_current(self) -> None:
        status = self.query_one("#article-status", Static)
        mark = self.current
        if mark is None:
            status.update("no dates, quotes or actors marked in this article")
            return
        words = one_line(self.article.text[mark.start : mark.end], 40)
        status.update(
            f"{self.index + 1}/{len(self.marks)} {mark.kind}: {words}"
            + (f"  ({one_line(mark.note)})" if mark.note else "")
        )
        para = self.query_one(f"#para-{self._paragraph_of(mark.start)}", Static)
        self.query_one("#article", VerticalScroll).scroll_to_widget(para, animate=False)

    def action_step(self, step: int) -> None:
        if not self.marks:
            return
        old = self.current
        self.index = (self.index + step) % len(self.marks)
        touched = {self._paragraph_of(m.start) for m in (old, self.current) if m}
        for i in touched:
            self._render_paragraph(i)
        self._show_current()

    def action_close(self) -> None:
        self.dismiss(None)
