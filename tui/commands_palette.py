"""Command palette entries ("area: verb"), offering what applies to the focused pane."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, Protocol

from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content
from textual.widget import Widget

from store import Event
from tui.panes.actors import ActorsPane
from tui.panes.quotes import QuotesPane
from tui.services.transfer import FORMATS

Command = tuple[str, str, Callable[[], object]]


class Explorer(Protocol):
    """What the palette needs of the screen it was opened over (the main screen)."""

    @property
    def focused(self) -> Widget | None: ...

    def selected_event(self) -> Event | None: ...

    def run_action(self, action: str) -> Any: ...


def app_commands(screen: Explorer) -> Iterator[Command]:
    """The palette's commands; event commands only when an event is under the cursor."""

    def run(action: str) -> Callable[[], object]:
        return lambda: screen.run_action(action)

    focused = screen.focused
    if isinstance(focused, ActorsPane) and focused.current is not None:
        name = focused.current.name
        yield (f"actor: filter by {name}", "Show only this actor's events", focused.action_select)
        yield (
            "actors: sort",
            f"Now by {focused.sort}; cycle name/events/kind",
            focused.action_cycle_sort,
        )
        yield ("actors: filter names", "Type part of a name", focused.action_filter_box)
    if isinstance(focused, QuotesPane) and focused.current is not None:
        yield ("quote: go to event", "Move the timeline to this quote", focused.action_select)
    if screen.selected_event() is not None:
        yield ("event: open article", "Read the source article with marks", run("open_article"))
        yield ("event: edit", "Edit the selected event", run("edit_event"))
        yield ("event: delete", "Delete the selected event (asks first)", run("delete_event"))
    yield ("event: add", "Add an event by hand", run("add_event"))
    yield ("ingest: files or folder", "Read articles into the store", run("ingest"))
    for fmt, name in FORMATS.items():
        yield (f"export: {name}", "Export the current search to a file", run(f"export('{fmt}')"))
    yield ("search: focus", "Search with the query language", run("search"))
    yield ("search: clear", "Clear the search and actor filter", run("clear_filter"))
    yield ("timeline: go to date", "Jump to a date (any form)", run("go_to_date"))
    yield ("zoom: in", "Headings and density by a finer period", run("zoom(1)"))
    yield ("zoom: out", "Headings and density by a coarser period", run("zoom(-1)"))
    yield ("store: refresh", "Re-read the store from disk", run("refresh"))
    yield ("edit: undo", "Undo the last add, edit or delete", run("undo"))
    yield ("edit: redo", "Redo what was undone", run("redo"))
    yield ("help: keys", "Every key binding", run("app.help"))


class DatelineCommands(Provider):
    """Palette provider for dateline's own commands."""

    def _commands(self) -> list[Command]:
        return list(app_commands(self.screen))  # type: ignore[arg-type]

    async def discover(self) -> Hits:
        for title, help_text, callback in self._commands():
            yield DiscoveryHit(Content(title), callback, text=title, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, callback in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, highlight(matcher, title), callback, text=title, help=help_text)


def highlight(matcher: Matcher, title: str) -> Content:
    """The matched letters marked in a title shown as written (Matcher.highlight reads
    the title as markup, and titles carry actor names from the store)."""
    content = Content(title)
    _, offsets = matcher.fuzzy_search.match(matcher.query, title)
    for offset in offsets:
        if not title[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content
