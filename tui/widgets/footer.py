"""The footer: the keys that apply where the focus is, on one line of text.

When the keys do not fit, the less important ones give way first (GIVE_WAY order), so
`? Help` and `q Quit` are always on screen (every key stays in the help and palette).
Built on Textual's public API only: the screen's `active_bindings` and its
`bindings_updated_signal`. One line of text repaints on a focus change; there are no
child widgets to lay out again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widget import Widget

# actions (without arguments) that leave the footer first when it is too narrow, in order
GIVE_WAY: tuple[str, ...] = (
    "zoom",
    "order",  # o: happening / reporting order, in the help
    "split",  # merge and split by hand (actors, story rows): in the help, rarely needed
    "merge",
    "cycle_sort",
    "filter_box",
    "delete_event",
    "edit_event",
    "select",
    "toggle_panes",
    "search",
    "add_event",
)


@dataclass(frozen=True)
class FooterItem:
    """One key as the footer shows it."""

    key: str  # what a click presses (the binding's first key)
    display: str  # how the key is written ("⏎", "?")
    description: str
    action: str
    enabled: bool = True

    @property
    def width(self) -> int:
        """Columns taken: ' k ' then 'description '."""
        return len(self.display) + 2 + (len(self.description) + 1 if self.description else 0)

    @property
    def label(self) -> str:
        return f"{self.display} {self.description}".rstrip()


class DatelineFooter(Widget):
    """The focused screen's keys; low-priority keys (GIVE_WAY order) drop out until the
    rest fit. Each screen, modal ones included, has its own, so a dialog shows its keys
    and not the explorer's."""

    DEFAULT_CSS = """
    DatelineFooter {
        dock: bottom;
        height: 1;
        background: $footer-background;
        color: $footer-foreground;
    }
    DatelineFooter > .dateline-footer--key {
        color: $footer-key-foreground;
        background: $footer-key-background;
        text-style: bold;
    }
    DatelineFooter > .dateline-footer--description {
        color: $footer-description-foreground;
    }
    DatelineFooter > .dateline-footer--disabled {
        color: $text-disabled;
    }
    """
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "dateline-footer--key",
        "dateline-footer--description",
        "dateline-footer--disabled",
    }
    GIVE_WAY: ClassVar[tuple[str, ...]] = GIVE_WAY

    def __init__(self, *, palette: bool = True, id: str | None = None) -> None:
        super().__init__(id=id)
        self.palette = palette  # show the command palette's key (not in dialogs)
        self._places: list[tuple[int, int, FooterItem]] = []  # x ranges, for clicks

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen) -> None:
        self.refresh()

    def all_items(self) -> tuple[list[FooterItem], FooterItem | None]:
        """Every key the screen shows (one per action), and the palette key."""
        app = self.app
        bindings = self.screen.active_bindings
        items: list[FooterItem] = []
        actions: set[str] = set()
        for _node, binding, enabled, _tooltip in bindings.values():
            if not binding.show or binding.action in actions:
                continue
            actions.add(binding.action)
            key = binding.key.split(",")[0].strip()
            display = app.get_key_display(binding)
            items.append(FooterItem(key, display, binding.description, binding.action, enabled))
        palette = None
        if self.palette and app.ENABLE_COMMAND_PALETTE and app.COMMAND_PALETTE_BINDING in bindings:
            _node, binding, enabled, _tooltip = bindings[app.COMMAND_PALETTE_BINDING]
            display = app.get_key_display(binding)
            palette = FooterItem(binding.key, display, "palette", binding.action, enabled)
        return items, palette

    def items(self, width: int | None = None) -> tuple[list[FooterItem], FooterItem | None]:
        """The keys that fit in `width` columns (the widget's width by default)."""
        width = width if width is not None else (self.size.width or self.app.size.width)
        items, palette = self.all_items()
        used = sum(i.width for i in items) + (palette.width + 1 if palette else 0)
        dropped: set[int] = set()
        for action in self.GIVE_WAY:
            if used <= width:
                break
            for n, item in enumerate(items):
                if item.action.partition("(")[0] == action and n not in dropped:
                    dropped.add(n)
                    used -= item.width
        return [i for n, i in enumerate(items) if n not in dropped], palette

    @property
    def labels(self) -> list[str]:
        """What the footer shows, key and description ("? Help"), for tests and help."""
        items, palette = self.items()
        return [i.label for i in items] + ([palette.label] if palette else [])

    def render(self) -> Text:
        width = self.size.width
        items, palette = self.items(width)
        key_style = self.get_component_rich_style("dateline-footer--key")
        text_style = self.get_component_rich_style("dateline-footer--description")
        off_style = self.get_component_rich_style("dateline-footer--disabled")
        line = Text(no_wrap=True, overflow="crop", end="")
        self._places = []

        def put(item: FooterItem) -> None:
            x = line.cell_len
            keys = key_style if item.enabled else off_style
            words = text_style if item.enabled else off_style
            line.append(f" {item.display} ", keys)
            if item.description:
                line.append(f"{item.description} ", words)
            self._places.append((x, line.cell_len, item))

        for item in items:
            put(item)
        if palette is not None:
            gap = width - line.cell_len - palette.width
            line.append(" " * max(gap, 1))
            put(palette)
        return line

    def on_click(self, event: events.Click) -> None:
        for start, end, item in self._places:
            if start <= event.x < end:
                if item.enabled:
                    self.app.simulate_key(item.key)
                else:
                    self.app.bell()
                return
