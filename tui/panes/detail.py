"""The selected event in full: sentence with its date words marked, range, actors, quotes."""

from __future__ import annotations

import re

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from store import Actor, Article, Event, Quote
from tui.textsafe import clean, one_line, plain
from tui.widgets.dates import precise_label, range_label

DATE_STYLE = "bold reverse"


def highlight_phrase(text: Text, phrase: str, style: str = DATE_STYLE) -> Text:
    """Mark every case-insensitive occurrence of phrase (the date words) in text."""
    phrase = clean(phrase).strip()
    if phrase:
        for m in re.finditer(re.escape(phrase), text.plain, flags=re.IGNORECASE):
            text.stylize(style, m.start(), m.end())
    return text


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
    out.append(f"   {clean(when.value)} · {range_label(when)} · {when.granularity}")
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
            if q.cue:
                out.append(f" ({one_line(q.cue)})", style="dim")
            out.append("\n")
    if article is not None:
        out.append("Source\n", style="underline")
        out.append(f"  {one_line(article.title) or '(untitled)'}", style="bold")
        out.append(f"\n  {one_line(article.source)} · {article.published.isoformat()}")
        if article.url:
            out.append(f"\n  {one_line(article.url)}", style="dim")
    elif event.origin == "manual":
        out.append("Added by hand", style="dim")
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


class DetailPane(VerticalScroll):
    """Shows one event (or a hint when there is none)."""

    def compose(self):
        yield Static(id="detail-body", markup=False)

    def show_text(self, text: Text | str) -> None:
        self.query_one("#detail-body", Static).update(text)
        self.scroll_home(animate=False)
