"""The reader's hand decisions: an actor's kind, actors merged and split, story rows
merged and split. Stored through the store's public API, so they outlive a re-ingest.

A service the main screen calls when a pane asks (method calls down); it says what it
did and posts ActorsChanged or RowsChanged to the host (messages up), which reloads.
"""

from __future__ import annotations

from textual.message import Message
from textual.screen import Screen

from store import DatelineError, StoryRow
from tui.model.storeview import StoreView
from tui.model.story_rows import merge_rows, split_row
from tui.screens.alias_pick import AliasPick
from tui.textsafe import one_line


class Decisions:
    """Hand decisions over one StoreView, reported on the host screen."""

    class ActorsChanged(Message):
        """Actors were changed, merged or split: read them (and the lists) again."""

    class RowsChanged(Message):
        """Story rows were merged or split; keep the row holding event `keep`."""

        def __init__(self, keep: str) -> None:
            super().__init__()
            self.keep = keep

    def __init__(self, host: Screen[object], data: StoreView) -> None:
        self.host = host
        self.data = data

    def set_kind(self, actor_id: str, kind: str) -> None:
        try:
            actor = self.data.set_actor_kind(actor_id, kind)
        except DatelineError as exc:
            self.host.app.notify(str(exc), severity="error")
            return
        self._done(f"{one_line(actor.name, 40)} is now: {actor.kind}", self.ActorsChanged())

    def merge_actors(self, keep: str, other: str) -> None:
        """Actor `other` is actor `keep`."""
        kept, gone = self.data.actors.get(keep), self.data.actors.get(other)
        try:
            self.data.merge_actors(keep, other)
        except DatelineError as exc:
            self.host.app.notify(str(exc), severity="error")
            return
        said = (
            f"{one_line(gone.name, 30)} is now {one_line(kept.name, 30)}" if kept and gone else ""
        )
        self._done(said, self.ActorsChanged())

    def split_actor(self, actor_id: str) -> None:
        """Ask which of the actor's names is someone else, then make it an actor."""
        actor = self.data.actors.get(actor_id)
        if actor is None:
            return

        def split(name: str | None) -> None:
            if not name:
                return
            try:
                self.data.split_actor(actor.id, name)
            except DatelineError as exc:
                self.host.app.notify(str(exc), severity="error")
                return
            self._done(f"{one_line(name, 30)} is now an actor of its own", self.ActorsChanged())

        self.host.app.push_screen(AliasPick(actor.name, list(actor.aliases)), split)

    def merge_rows(self, marked: StoryRow, other: StoryRow) -> None:
        try:
            merge_rows(self.data, marked, other)
        except DatelineError as exc:
            self.host.app.notify(str(exc), severity="error")
            return
        n = marked.sources + other.sources
        said = f"merged two rows ({n} sources); kept across re-ingest"
        self._done(said, self.RowsChanged(other.events[0]))

    def split_row(self, row: StoryRow) -> None:
        try:
            n = split_row(self.data, row)
        except DatelineError as exc:
            self.host.app.notify(str(exc), severity="error")
            return
        said = f"split the row into {n} rows; kept across re-ingest"
        self._done(said, self.RowsChanged(row.events[0]))

    def _done(self, said: str, changed: Message) -> None:
        if said:
            self.host.app.notify(said)
        self.host.post_message(changed)
