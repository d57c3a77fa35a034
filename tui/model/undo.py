"""Undo and redo of the session's edits: each change is a (before, after) pair of events."""

from __future__ import annotations

from dataclasses import dataclass

from store import Event
from tui.model.storeview import StoreView


@dataclass(frozen=True)
class Change:
    """before=None is an add, after=None a delete, both an edit."""

    before: Event | None
    after: Event | None

    @property
    def verb(self) -> str:
        if self.before is None:
            return "add"
        return "delete" if self.after is None else "edit"

    def inverse(self) -> Change:
        return Change(self.after, self.before)


class UndoStack:
    """Applies changes to the store and remembers them (within a session)."""

    def __init__(self, data: StoreView) -> None:
        self.data = data
        self.done: list[Change] = []
        self.undone: list[Change] = []

    def apply(self, change: Change) -> Event | None:
        """Make the change in the store; return the event to show afterwards."""
        result = self._write(change)
        self.done.append(change if result is None else Change(change.before, result))
        self.undone.clear()
        return result

    def undo(self) -> Change | None:
        if not self.done:
            return None
        change = self.done.pop()
        self._write(change.inverse())
        self.undone.append(change)
        return change

    def redo(self) -> Change | None:
        if not self.undone:
            return None
        change = self.undone.pop()
        self._write(change)
        self.done.append(change)
        return change

    def _write(self, change: Change) -> Event | None:
        if change.after is None:
            assert change.before is not None
            self.data.delete_event(change.before.id)
            return None
        if change.before is None or self.data.event(change.after.id) is None:
            return self.data.add_event(change.after)
        return self.data.update_event(change.after)
