"""The footer: when the keys do not fit, the less important ones give way first,
so `? Help` and `q Quit` are always on screen (every key stays in the help and palette)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

# actions (without arguments) that leave the footer first when it is too narrow, in order
GIVE_WAY: tuple[str, ...] = (
    "zoom",
    "cycle_sort",
    "filter_box",
    "delete_event",
    "edit_event",
    "select",
    "search",
    "add_event",
)


def _key_width(key: FooterKey) -> int:
    """Columns a key takes: ' k ' then 'description '."""
    return len(key.key_display) + 2 + (len(key.description) + 1 if key.description else 0)


class DatelineFooter(Footer):
    """Footer that drops low-priority keys (GIVE_WAY order) until the rest fit."""

    GIVE_WAY: ClassVar[tuple[str, ...]] = GIVE_WAY

    def compose(self) -> ComposeResult:
        widgets: list[Widget] = list(super().compose())
        keys = [w for w in widgets if isinstance(w, FooterKey)]
        width = self.app.size.width
        used = sum(_key_width(k) for k in keys) + (1 if keys else 0)  # the palette's rule
        dropped: set[int] = set()
        for action in self.GIVE_WAY:
            if used <= width:
                break
            for key in keys:
                if key.action.partition("(")[0] == action and id(key) not in dropped:
                    dropped.add(id(key))
                    used -= _key_width(key)
        yield from (w for w in widgets if id(w) not in dropped)
