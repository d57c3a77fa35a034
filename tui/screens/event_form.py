"""Add or edit an event: the date is read by the store's tagger as you type."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Button, Input, Label, Static

from store import DateParseError, Event, StoreError, When, split_spec
from tui.dates import precise_label, read_near, when_facts
from tui.widgets.footer import DatelineFooter


@dataclass
class EventDraft:
    """What the form returns: a resolved date, a title and actor names."""

    when: When
    title: str
    actor_names: list[str]


def preview_text(when: When) -> str:
    """What a typed date means, as the form shows it: the day's weekday, so "last Friday"
    can be checked at a glance, and the value and range where they add something."""
    label = precise_label(when)
    if when.start is not None and when.start == when.end:
        label += f" ({when.start:%A})"
    facts = when_facts(when)
    return f"→ {label}" + (f"   {' · '.join(facts)}" if facts else "")


class EventForm(ModalScreen[EventDraft | None]):
    """A small form; escape cancels, enter in the last field or ctrl+s saves."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="form.cancel"),
        Binding("ctrl+s", "save", "Save", id="form.save"),
        # priority: the app moves focus before it hands the next key to a field, so keys
        # typed (or pasted, or sent by tmux) right after tab or enter land in the next field
        Binding("tab", "app.focus_next", show=False, priority=True),
        Binding("shift+tab", "app.focus_previous", show=False, priority=True),
        Binding("enter", "enter", show=False, priority=True),
    ]

    def __init__(
        self,
        today: date,
        *,
        event: Event | None = None,
        actor_names: list[str] | None = None,
        known_actors: list[str] | None = None,
        near: date | None = None,
    ) -> None:
        super().__init__()
        self.today = today
        self.near = near  # a date with no year ("3 March") is read nearest this day
        self.event = event
        self.initial_actors = actor_names or []
        self.known_actors = known_actors or []
        self.initial_when = (event.when.text or event.when.value) if event else ""

    def _read(self, text: str) -> When:
        """The typed date; an unchanged date of an edited event keeps its stored value."""
        if self.event is not None and text.strip() == self.initial_when.strip():
            return self.event.when
        return read_near(text, self.today, self.near)

    def compose(self) -> ComposeResult:
        yield DatelineFooter(palette=False)  # this dialog's keys, over the explorer's
        ev = self.event
        with Vertical(id="form"):
            yield Label("Edit event" if ev else "Add event", id="form-title")
            yield Label("When (any form: 2025-06-21, last Friday, June 2025)")
            yield Input(
                value=self.initial_when,
                placeholder="e.g. last Friday",
                id="form-when",
            )
            yield Static("", id="form-when-preview", markup=False)
            yield Label("Title")
            yield Input(
                value=ev.title if ev else "", placeholder="what happened", id="form-title-input"
            )
            yield Label("Actors (comma-separated; NAME:KIND sets a kind)")
            yield Input(
                value=", ".join(self.initial_actors),
                placeholder="e.g. NATO, Jane Roe, Harbour Office:organization",
                suggester=ActorSuggester(self.known_actors, case_sensitive=False),
                id="form-actors",
            )
            yield Static("", id="form-error", markup=False)
            with Horizontal(id="form-buttons"):
                yield Button("Save", variant="primary", id="form-save")
                yield Button("Cancel", id="form-cancel")

    def on_mount(self) -> None:
        self._preview(self.query_one("#form-when", Input).value)

    @on(Input.Changed, "#form-when")
    def _when_changed(self, event: Input.Changed) -> None:
        self._preview(event.value)

    def _preview(self, text: str) -> When | None:
        preview = self.query_one("#form-when-preview", Static)
        if not text.strip():
            preview.update("")
            return None
        try:
            when = self._read(text)
        except DateParseError as exc:
            preview.update(f"✗ {exc}")
            preview.set_class(True, "-invalid")
            return None
        preview.set_class(False, "-invalid")
        preview.update(preview_text(when))
        return when

    def action_enter(self) -> None:
        """Enter: next field, save from the last one, or press the focused button."""
        focused = self.focused
        if isinstance(focused, Button):
            focused.press()
        elif isinstance(focused, Input) and focused.id != "form-actors":
            self.focus_next()
        else:
            self.action_save()

    @on(Button.Pressed, "#form-save")
    def action_save(self) -> None:
        error = self.query_one("#form-error", Static)
        raw = self.query_one("#form-when", Input).value
        try:
            when = self._read(raw)
        except DateParseError as exc:
            error.update(f"When: {exc}")
            self.query_one("#form-when", Input).focus()
            return
        title = " ".join(self.query_one("#form-title-input", Input).value.split())
        if not title:
            error.update("Title: the title is empty")
            self.query_one("#form-title-input", Input).focus()
            return
        names = [n.strip() for n in self.query_one("#form-actors", Input).value.split(",")]
        try:
            for name in filter(None, names):
                split_spec(name)  # "Roe:robot" is an error here, not a new actor
        except StoreError as exc:
            error.update(f"Actors: {exc}")
            self.query_one("#form-actors", Input).focus()
            return
        self.dismiss(EventDraft(when, title, [n for n in names if n]))

    @on(Button.Pressed, "#form-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)


class ActorSuggester(SuggestFromList):
    """Completes the last comma-separated name from the store's actors."""

    async def get_suggestion(self, value: str) -> str | None:
        head, sep, last = value.rpartition(",")
        last = last.lstrip()
        if not last:
            return None
        found = await super().get_suggestion(last)
        if found is None:
            return None
        return f"{head}{sep} {found}" if sep else found
