"""The store's warnings (a journal that could not be folded in, an index rebuilt) as toasts.

The store logs them on the `dateline.store` logger, which the command line leaves to
Python's last-resort handler (one line on stderr); inside the app stderr is not seen, so
this handler carries them to the screen: each distinct warning once, as one toast.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from textual.app import App

LOGGER = "dateline.store"


class StoreWarning(Message):
    """A warning from the store, posted to the app (safe from worker threads)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class StoreWarnings(logging.Handler):
    """Posts each new warning to the app; what comes after the app stopped (the fold at
    quit) is kept in `late`, for the caller to print once the terminal is back."""

    def __init__(self, app: App[object]) -> None:
        super().__init__(logging.WARNING)
        self.app = app
        self.seen: set[str] = set()
        self.late: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        text = " ".join(record.getMessage().split())
        if text in self.seen:
            return
        self.seen.add(text)
        if not self.app.is_running or not self.app.post_message(StoreWarning(text)):
            self.late.append(text)

    def install(self) -> None:
        logging.getLogger(LOGGER).addHandler(self)

    def remove(self) -> None:
        logging.getLogger(LOGGER).removeHandler(self)
