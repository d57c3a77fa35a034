"""Add, edit, delete, undo and redo: every change goes through the undo stack.

A service the main screen calls (method calls down): it opens the event form or the
confirm dialog over its host screen, applies the change, says what it did, and posts
`Changed` to the host (a message up), which reloads the view around the kept event.
It never touches a pane.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from textual.message import Message
from textual.screen import Screen

from store import Event, manual_event_id
from tui.model.storeview import StoreView
from tui.model.undo import Change, UndoStack
from tui.screens.confirm import ConfirmScreen
from tui.screens.event_form import EventDraft, EventForm
from tui.textsafe import one_line


class EventEditor:
    """The session's edits of events, over one StoreView and its undo stack."""

    class Changed(Message):
        """The store changed; `keep` is the event to keep under the cursor."""

        def __init__(self, keep: str | None) -> None:
            super().__init__()
            self.keep = keep

    def __init__(self, host: Screen[object], data: StoreView, edits: UndoStack) -> None:
        self.host = host
        self.data = data
        self.edits = edits

    def add(self, today: date, near: date | None = None) -> None:
        """Open the form for a new event; relative dates read against today, a date that
        names no year ("3 March") in the year nearest `near` (the timeline's cursor)."""

        def save(draft: EventDraft | None) -> None:
            if draft is not None:
                self.save(draft)

        self.host.app.push_screen(self.form(None, today, near), save)

    def edit(self, event: Event, today: date) -> None:
        def save(draft: EventDraft | None) -> None:
            if draft is not None:
                self.save(draft, event)

        self.host.app.push_screen(self.form(event, today), save)

    def delete(self, event: Event) -> None:
        """Ask first; u undoes."""

        def answer(yes: bool | None) -> None:
            if yes:
                self._apply(Change(event, None), "deleted")

        question = f"Delete “{one_line(event.title, 60)}”? (u undoes)"
        self.host.app.push_screen(ConfirmScreen(question), answer)

    def form(self, event: Event | None, today: date, near: date | None = None) -> EventForm:
        """The form for a new event (event=None) or for editing one."""
        names = [self.data.actor_name(a) for a in event.actors] if event else []
        known = sorted(a.name for a in self.data.actors.values())
        # an extracted event's relative dates ("on Friday") read against its article's date
        article = self.data.article(event.article_id) if event else None
        anchor = article.published if article else today
        return EventForm(anchor, event=event, actor_names=names, known_actors=known, near=near)

    def save(self, draft: EventDraft, old: Event | None = None) -> None:
        """A filled form as a new event (old=None) or as old's new version."""
        ids = list(dict.fromkeys(self.data.actor_for(n).id for n in draft.actor_names))
        if old is None:
            created = datetime.now(UTC)
            new = Event(
                id=manual_event_id(draft.title, draft.when.value, created),
                when=draft.when,
                title=draft.title,
                actors=ids,
                origin="manual",
                created=created,
            )
        else:
            new = old.model_copy(update={"when": draft.when, "title": draft.title, "actors": ids})
        self._apply(Change(old, new), "added" if old is None else "saved")

    def undo(self) -> None:
        change = self.edits.undo()
        if change is None:
            self.host.app.notify("nothing to undo")
        else:
            self._changed(f"undid {change.verb}", change.before)

    def redo(self) -> None:
        change = self.edits.redo()
        if change is None:
            self.host.app.notify("nothing to redo")
        else:
            self._changed(f"redid {change.verb}", change.after)

    def _apply(self, change: Change, verb: str) -> None:
        try:
            saved = self.edits.apply(change)
        except Exception as exc:  # a StoreError (e.g. disk full) must not kill the app
            self.host.app.notify(f"could not save: {exc}", severity="error")
            return
        shown = saved or change.before
        self._changed(f"{verb}: {one_line(shown.title, 60) if shown else ''}", saved)

    def _changed(self, text: str, keep: Event | None) -> None:
        self.host.app.notify(text)
        self.host.post_message(self.Changed(keep.id if keep else None))
