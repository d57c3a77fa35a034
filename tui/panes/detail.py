"""The selected event in full: sentence with its date words marked, range, actors, quotes."""

from __future__ import annotations

import re
from typing import ClassVar

from rich.console import Console
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.widget import Widget

from store import Actor, Article, Event, Quote
from tui.dates import precise_label, when_facts
from tui.textsafe import clean, cue_words, one_line, plain

DATE_STYLE = "bold reverse"


def highlight_phrase(text: Text, phrase: str, style: str = DATE_STYLE) -> Text:
    """Mark every case-insensitive occurrence of phrase (the date words) in text."""
    phrase = clean(phrase).strip()
    if phrase:
        for m in re.finditer(re.escape(phrase), text.plain, flags=re.IGNORECASE):
            text.stylize(style, m.start(), m.end())
    return text


def wrap_indented(text: Text, console: Console, width: int) -> list[Text]:
    """Text wrapped to width, where a line that starts indented keeps that indent on the
    lines it wraps onto: a source sentence or an actor's role stays under its heading
    instead of running back to the left edge."""
    out: list[Text] = []
    for line in text.split("\n", allow_blank=True):
        plain = line.plain
        indent = len(plain) - len(plain.lstrip(" "))
        if not indent or line.cell_len <= width or indent * 2 > width:
            out.extend(line.wrap(console, width, overflow="fold"))
            continue
        pad = Text(" " * indent)
        pieces = line[indent:].wrap(console, width - indent, overflow="fold")
        out.extend(pad + piece for piece in pieces)
    return out


def event_text(
    event: Event,
    actors: list[Actor],
    quotes: list[Quote],
    article: Article | None,
    speakers: dict[str, str],
) -> Text:
    """Everything about one event as plain text with a few styles (never markup)."""
    out = Text()
    out.append(one_line(event.title) + "\n", style="bold")
    when = event.when
    out.append(precise_label(when), style="bold")
    out.append("   " + " · ".join(clean(f) for f in [*when_facts(when), when.granularity]))
    if when.approximate:
        out.append(" · approximate")
    out.append("\n\n")
    if event.sentence:
        out.append_text(highlight_phrase(plain(one_line(event.sentence)), when.text))
        out.append("\n\n")
    if actors:
        out.append("Actors\n", style="underline")
        for a in actors:
            out.append(f"  {one_line(a.name)}", style="bold")
            out.append(f" ({a.kind})")
            if a.description:
                out.append(f" — {one_line(a.description)}")
            if a.aliases:
                out.append(f"  aka {one_line(', '.join(a.aliases))}", style="dim")
            out.append("\n")
    if quotes:
        out.append("Quotes\n", style="underline")
        for q in quotes:
            who = speakers.get(q.speaker or "", q.speaker or "unknown")
            out.append(f"  {one_line(who)}: ", style="bold")
            out.append("“" + one_line(q.text) + "”")
            if cue := cue_words(q.cue):
                out.append(f" ({cue})", style="dim")
            out.append("\n")
    if article is not None:
        out.append("Source\n", style="underline")
        out.append(f"  {one_line(article.title) or '(untitled)'}", style="bold")
        told = (one_line(article.source), article.published.isoformat())
        out.append("\n  " + " · ".join(p for p in told if p))
        if article.url:
            out.append(f"\n  {one_line(article.url)}", style="dim")
    elif event.origin == "manual":
        out.append("Added by hand", style="dim")
    return out


def quote_text(quote: Quote, speaker: Actor | None, article: Article | None) -> Text:
    """A quote in full with its speaker, cue and article (shown while the quotes pane
    has focus, whose rows cut it short)."""
    out = Text()
    out.append(one_line(speaker.name) if speaker else "unknown speaker", style="bold")
    if speaker is not None and speaker.description:
        out.append(f" — {one_line(speaker.description)}")
    out.append("\n\n“" + one_line(quote.text) + "”\n")
    if cue := cue_words(quote.cue):
        out.append(f"({cue})\n", style="dim")
    if article is not None:
        out.append("\nSource\n", style="underline")
        out.append(f"  {one_line(article.title) or '(untitled)'}\n", style="bold")
        told = (one_line(article.source), f"reported {article.published.isoformat()}")
        out.append("  " + " · ".join(p for p in told if p) + "\n")
    out.append("\nenter moves the timeline to this quote's event", style="dim")
    return out


def actor_text(actor: Actor, events: int) -> Text:
    """An actor's name, kind, role and aliases (shown while the actors pane has focus)."""
    out = Text()
    out.append(one_line(actor.name), style="bold")
    out.append(f"  {actor.kind} · {events} events\n")
    if actor.description:
        out.append(f"Role: {one_line(actor.description)}\n")
    if actor.aliases:
        out.append(f"Also called: {one_line(', '.join(actor.aliases))}\n")
    out.append("\nenter filters the timeline and quotes to this actor", style="dim")
    return out


class DetailPane(Widget, can_focus=True):
    """Shows one event (or an actor, or a hint); scrolls with the arrow keys.

    Not a scroll container: replacing the text only repaints this pane, it never
    re-lays out the screen, so moving the timeline cursor costs one frame.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,k", "scroll_by(-1)", "Scroll up", show=False),
        Binding("down,j", "scroll_by(1)", "Scroll down", show=False),
        Binding("pageup", "scroll_by(-10)", "Page up", show=False),
        Binding("pagedown", "scroll_by(10)", "Page down", show=False),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.text = Text()
        self.offset_y = 0
        self._wrapped: tuple[int, int, list[Text]] | None = None

    @property
    def plain(self) -> str:
        """What the pane holds, as plain text (for tests and screen readers)."""
        return self.text.plain

    def show_text(self, text: Text | str) -> None:
        self.text = text if isinstance(text, Text) else Text(text)
        self.offset_y = 0
        self._wrapped = None
        self._note_more()
        self.refresh()

    def _lines(self, width: int) -> list[Text]:
        key = (id(self.text), width)
        if self._wrapped is None or self._wrapped[:2] != key:
            lines = wrap_indented(self.text, self.app.console, max(width, 1))
            self._wrapped = (*key, lines)
        return self._wrapped[2]

    def action_scroll_by(self, step: int) -> None:
        lines = self._lines(self.content_region.width)
        most = max(len(lines) - self.content_region.height, 0)
        self.offset_y = max(0, min(most, self.offset_y + step))
        self._note_more()
        self.refresh()

    def on_resize(self) -> None:
        self._note_more()

    def on_mouse_scroll_down(self) -> None:
        self.action_scroll_by(2)

    def on_mouse_scroll_up(self) -> None:
        self.action_scroll_by(-2)

    def render(self) -> Text:
        width, height = self.content_region.width, self.content_region.height
        lines = self._lines(width)
        shown = lines[self.offset_y : self.offset_y + height]
        return Text("\n").join(shown)

    def _note_more(self) -> None:
        """'↓ n more lines' in the border when the text does not fit."""
        region = self.content_region
        more = len(self._lines(region.width)) - self.offset_y - region.height
        self.border_subtitle = (
            f"↓ {more} more line{'' if more == 1 else 's'}" if more > 0 and region.width else ""
        )
