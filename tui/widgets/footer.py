"""The footer: when the keys do not fit, the less important ones give way first,
so `? Help` and `q Quit` are always on screen (every key stays in the help and palette)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.screen import Screen
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
    _held = False  # hold(): bindings changes wait until release()
    _pending = False  # a recompose is asked for (after the next refresh, or on release)
    _shown: tuple = ()  # what the keys were composed from

    def _signature(self) -> tuple:
        """What compose() would show: the visible bindings, their state, and the width."""
        if not self._bindings_ready:
            return ()
        keys = tuple(
            (b.key, b.action, b.description, enabled, tooltip)
            for _node, b, enabled, tooltip in self.screen.active_bindings.values()
            if b.show
        )
        return (self.app.size.width, keys)

    def bindings_changed(self, screen: Screen) -> None:
        """Recompose once per burst of changes, and only if the keys shown change (a
        focus change fires this several times; each recompose is a full layout)."""
        self._bindings_ready = True
        if not screen.app.app_focus or not self.is_attached or screen is not self.screen:
            return
        if not self._pending:
            self._pending = True
            if not self._held:
                self.call_after_refresh(self._recompose_if_changed)

    def _recompose_if_changed(self) -> None:
        self._pending = False
        if self.is_attached and self._signature() != self._shown:
            self.refresh(recompose=True)

    def hold(self, timeout: float = 0.25) -> None:
        """Keep the keys as they are until release() (at most `timeout` s): the app holds
        them while a search's first page is drawn, so that frame is not also a re-layout
        of the footer for the focus change."""
        self._held = True
        self.set_timer(timeout, self.release)

    def release(self) -> None:
        if self._held:
            self._held = False
            if self._pending:
                self.call_after_refresh(self._recompose_if_changed)

    def compose(self) -> ComposeResult:
        self._shown = self._signature()
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
