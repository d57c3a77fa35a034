"""Add, edit, delete, undo and redo: every change goes through the undo stack.

A mixin of the app so that app.py stays a router; it needs the app's `data`,
`edits`, `today`, `selected_event()`, `refresh_view()` and `_speaker_name()`.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from store import Event, manual_event_id
from tui.screens.confirm import ConfirmScreen
from tui.screens.event_form import EventDraft, EventForm
from tui.textsafe import one_line
from tui.widgets.undo import Change

if TYPE_CHECKING:
    from tui.app import DatelineApp

    _Base = DatelineApp
else:
    _Base = object


class EditingMixin(_Base):
    """The app's editing actions."""

    def _form(self, event: Event | None = None) -> EventForm:
        names = [self._speaker_name(a) for a in event.actors] if event else []
        known = sorted(a.name for a in self.data.actors.values())
        # an extracted event's relative dates ("on Friday") read against its article's date
        article = self.data.article(event.article_id) if event else None
        anchor = article.published if article else self.today
        return EventForm(anchor, event=event, actor_names=names, known_actors=known)

    def action_add_event(self) -> None:
        self.push_screen(self._form(), self._save_draft)

    def action_edit_event(self) -> None:
        event = self.selected_event()
        if event is None:
            self.notify("no event selected", severity="warning")
            return
        self.push_screen(self._form(event), lambda d: self._save_draft(d, event))

    def _save_draft(self, draft: EventDraft | None, old: Event | None = None) -> None:
        if draft is None:
            return
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
        self._apply_change(Change(old, new), "added" if old is None else "saved")

    def action_delete_event(self) -> None:
        event = self.selected_event()
        if event is None:
            self.notify("no event selected", severity="warning")
            return

        def answer(yes: bool | None) -> None:
            if yes:
                self._apply_change(Change(event, None), "deleted")

        title = one_line(event.title, 60)
        self.push_screen(ConfirmScreen(f"Delete “{title}”? (u undoes)"), answer)

    def _apply_change(self, change: Change, verb: str) -> None:
        try:
            saved = self.edits.apply(change)
        except Exception as exc:  # a StoreError (e.g. disk full) must not kill the app
            self.notify(f"could not save: {exc}", severity="error")
            return
        shown = saved or change.before
        self.notify(f"{verb}: {one_line(shown.title, 60) if shown else ''}")
        self.refresh_view(keep=saved.id if saved else None)

    def action_undo(self) -> None:
        change = self.edits.undo()
        if change is None:
            self.notify("nothing to undo")
            return
        self.notify(f"undid {change.verb}")
        self.refresh_view(keep=change.before.id if change.before else None)

    def action_redo(self) -> None:
        change = self.edits.redo()
        if change is None:
            self.notify("nothing to redo")
            return
        self.notify(f"redid {change.verb}")
        self.refresh_view(keep=change.after.id if change.after else None)
