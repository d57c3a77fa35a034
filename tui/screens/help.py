"""The help screen, generated from the bindings so it never goes stale."""

from __future__ import annotations

from typing import Any, ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from tui.panes.actors import ActorsPane
from tui.panes.detail import DetailPane
from tui.panes.stories import StoriesPane
from tui.panes.timeline import TimelinePane
from tui.screens.article import ArticleView
from tui.screens.event_form import EventForm
from tui.screens.main import MainScreen
from tui.widgets.footer import DatelineFooter
from tui.widgets.virtual_list import VirtualList


def key_label(key: str) -> str:
    names = {
        "question_mark": "?",
        "slash": "/",
        "plus": "+",
        "minus": "-",
        "equals_sign": "=",
        "left_square_bracket": "[",
        "right_square_bracket": "]",
        "escape": "esc",
    }
    return " ".join(names.get(k.strip(), k.strip()) for k in key.split(","))


def bindings_table(sections: list[tuple[str, list[Binding]]]) -> Table:
    """One row per binding that has a description, grouped by where it applies."""
    table = Table.grid(padding=(0, 2))
    table.add_column(justify="right", style="bold")
    table.add_column()
    for title, bindings in sections:
        # one row per key: a key with two states (o: as reported / as happened) is one key
        rows: dict[str, str] = {}
        for b in bindings:
            if b.description:
                label = key_label(b.key)
                rows[label] = f"{rows[label]} / {b.description}" if label in rows else b.description
        if not rows:
            continue
        table.add_row("", Text(title, style="underline"))
        for label, description in rows.items():
            table.add_row(label, description)
        table.add_row("", "")
    return table


class HelpScreen(ModalScreen[None]):
    """Every binding of the app and its panes."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "close", "Close help", id="help.close"),
    ]

    def __init__(self, sections: list[tuple[str, list[Binding]]]) -> None:
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        yield DatelineFooter(palette=False)  # this dialog's keys, over the explorer's
        with VerticalScroll(id="help"):
            yield Static(Text("dateline — keys", style="bold"))
            yield Static(bindings_table(self.sections))
            yield Static(Text("ctrl+p opens the command palette · esc closes", style="dim"))

    def action_close(self) -> None:
        self.dismiss(None)


def help_sections(screen: Screen[Any]) -> list[tuple[str, list[Binding]]]:
    """Bindings grouped by where they apply, read from the classes that declare them;
    the section of the screen asking comes first (an article view's own keys before
    the explorer's)."""

    def own(cls: type) -> list[Binding]:
        return [b for b in getattr(cls, "BINDINGS", []) if isinstance(b, Binding)]

    sections: list[tuple[str, type | None, list[Binding]]] = [
        ("Everywhere", MainScreen, own(MainScreen) + [Binding("ctrl+p", "", "Command palette")]),
        ("Lists", None, own(VirtualList) + [Binding("tab,shift+tab", "", "Next / previous pane")]),
        ("Timeline", None, own(TimelinePane)),
        ("Story rows (t)", None, own(StoriesPane)),
        ("Actors", None, own(ActorsPane) + [Binding("enter", "", "Filter timeline and quotes")]),
        ("Quotes", None, [Binding("enter", "", "Go to the quote's event")]),
        ("Detail", None, own(DetailPane)),
        ("Article view", ArticleView, own(ArticleView)),
        ("Event form", EventForm, own(EventForm)),
    ]
    first = [s for s in sections if s[1] is type(screen)]
    return [(title, keys) for title, _, keys in first + [s for s in sections if s not in first]]
