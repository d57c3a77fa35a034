"""The explorer app: one session over one store file. It holds what lives as long as the
session (the store view, the undo stack, the clock, the store's warnings) and opens the
main screen, which owns the panes and routes their messages."""

from __future__ import annotations

from contextlib import ExitStack
from datetime import date
from pathlib import Path
from typing import Any

from textual import on
from textual.app import App
from textual.notifications import SeverityLevel

from tui.model.storeview import StoreView
from tui.model.undo import UndoStack
from tui.screens.help import HelpScreen, help_sections
from tui.screens.main import MainScreen
from tui.services.store_warnings import StoreWarning, StoreWarnings
from tui.textsafe import say


class DatelineApp(App[None]):
    """A timeline explorer over one store file."""

    CSS_PATH = "app.tcss"
    TITLE = "dateline"

    def __init__(self, store_path: Path, *, today: date | None = None, watch: bool = True) -> None:
        super().__init__()
        self.store_path = Path(store_path)
        self.data = StoreView(self.store_path)
        self.edits = UndoStack(self.data)
        self._today = today
        self._watch = watch
        self._screen_held = False  # repaints suspended until a view is applied
        self._held = ExitStack()  # the open App.batch_update() while they are
        self.store_warnings = StoreWarnings(self)  # the store's logged warnings, as toasts

    @property
    def today(self) -> date:
        """The date relative dates are read against (frozen in tests)."""
        return self._today or date.today()

    @property
    def main(self) -> MainScreen:
        """The explorer's screen (the bottom of the stack, under any dialog)."""
        return self.screen_stack[0]  # type: ignore[return-value]

    def get_default_screen(self) -> MainScreen:
        return MainScreen(self.data, self.edits, watch=self._watch)

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Toasts carry titles, names and paths from the store: shown as written, never
        read as markup (Textual's default is markup=True)."""
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)

    def run(self, **kwargs: Any) -> Any:
        """Run the app; a warning the store gave as it closed (a fold that failed at quit)
        is printed once the terminal is back, as the command line would."""
        result = super().run(**kwargs)
        for line in self.store_warnings.late:
            say(line, err=True)
        return result

    def on_mount(self) -> None:
        self.store_warnings.install()

    def on_unmount(self) -> None:
        try:
            self.data.close()
        finally:
            self.store_warnings.remove()

    @on(StoreWarning)
    def _store_warning(self, message: StoreWarning) -> None:
        self.notify(message.text, severity="warning", timeout=15)

    def action_help(self) -> None:
        """Every key, those of the screen on top first (`?` on the explorer and the
        article view; a dialog's footer shows its own keys)."""
        self.push_screen(HelpScreen(help_sections(self.screen)))

    def hold_screen(self, timeout: float = 0.25) -> None:
        """Suspend repaints (App.batch_update) until the next view is applied, at most
        `timeout` s: the batch is entered here and left in release_screen."""
        if not self._screen_held:
            self._screen_held = True
            self._held.enter_context(self.batch_update())
            self.set_timer(timeout, self.release_screen)

    def release_screen(self) -> None:
        if self._screen_held:
            self._screen_held = False
            self._held.close()
            self.screen.refresh()
