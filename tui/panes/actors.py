"""Actors with kind and number of events; choosing one filters the other panes."""

from __future__ import annotations

from collections import Counter
from typing import ClassVar, Literal

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input

from store import KINDS, Actor
from tui.textsafe import one_line
from tui.widgets.virtual_list import VirtualList

SortKey = Literal["name", "events", "kind"]
SORTS: tuple[SortKey, ...] = ("name", "events", "kind")
SHORT_KINDS = {"person": "person", "organization": "org", "place": "place", "group": "group"}


class ActorsPane(VirtualList[Actor]):
    """Actors of the current view, sortable by name, number of events or kind."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("s", "cycle_sort", "Sort actors", id="actors.sort"),
        Binding("f", "filter_box", "Filter actors", id="actors.filter"),
        Binding("K", "cycle_kind", "Change kind", id="actors.kind"),
        Binding("m", "mark", "Mark", id="actors.mark"),
        Binding("M", "merge", "Merge marked", id="actors.merge"),
        Binding("x", "split", "Split a name", id="actors.split"),
    ]

    class MergeRequested(Message):
        """Actor `other` (the marked one) is actor `keep` (the highlighted one)."""

        def __init__(self, keep: str, other: str) -> None:
            super().__init__()
            self.keep, self.other = keep, other

    class SplitRequested(Message):
        """One of the highlighted actor's other names is someone else."""

        def __init__(self, actor_id: str) -> None:
            super().__init__()
            self.actor_id = actor_id

    class ActorChosen(Message):
        def __init__(self, actor_id: str) -> None:
            super().__init__()
            self.actor_id = actor_id

    class KindChanged(Message):
        """The reader gave an actor another kind (`K`: the next of KINDS; `k` moves up)."""

        def __init__(self, actor_id: str, kind: str) -> None:
            super().__init__()
            self.actor_id = actor_id
            self.kind = kind

    class ActorHighlighted(Message):
        def __init__(self, actor_id: str | None) -> None:
            super().__init__()
            self.actor_id = actor_id

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.sort: SortKey = "name"
        self.needle = ""
        self.actors: list[Actor] = []
        self.counts: Counter[str] = Counter()
        self.active: str | None = None
        self.marked: str | None = None  # `m`: the actor `M` merges into the highlighted one
        self._sorted: list[Actor] = []
        self._sorted_for: tuple | None = None

    def show(self, actors: list[Actor], counts: Counter[str], active: str | None = None) -> None:
        """Show actors; `active` is the actor the timeline is filtered to (marked ●)."""
        self.active = active
        keep = active or (self.current.id if self.current else None)
        self.actors, self.counts = actors, counts
        key = (id(actors), len(actors), id(counts), self.sort, self.needle)
        if key != self._sorted_for:  # the whole store's actors come back often: sort once
            rows = [a for a in actors if self._matches(a)]
            if self.sort == "events":
                rows.sort(key=lambda a: (-counts.get(a.id, 0), a.name.casefold()))
            elif self.sort == "kind":
                rows.sort(key=lambda a: (a.kind, a.name.casefold()))
            else:
                rows.sort(key=lambda a: a.name.casefold())
            self._sorted, self._sorted_for = rows, key
        rows = self._sorted
        index = next((i for i, a in enumerate(rows) if a.id == keep), 0)
        self.set_rows(rows, cursor=index)
        self.border_subtitle = f"{len(rows)} · by {self.sort}"

    def filter(self, needle: str) -> None:
        self.needle = needle.casefold().strip()
        self.show(self.actors, self.counts, self.active)

    def _matches(self, actor: Actor) -> bool:
        if not self.needle:
            return True
        return any(self.needle in n.casefold() for n in (actor.name, *actor.aliases, actor.kind))

    def action_cycle_sort(self) -> None:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self.show(self.actors, self.counts, self.active)

    def action_cycle_kind(self) -> None:
        if self.current is not None:
            kind = KINDS[(KINDS.index(self.current.kind) + 1) % len(KINDS)]
            self.post_message(self.KindChanged(self.current.id, kind))

    def action_mark(self) -> None:
        if self.current is None:
            return
        same = self.marked == self.current.id
        self.marked = None if same else self.current.id
        self.clear_lines()
        self.app.notify("mark cleared" if same else "actor marked: go to the actor it is, press M")

    def action_merge(self) -> None:
        if self.current is None or self.marked is None:
            self.app.notify("mark an actor with m first, then press M on the one it is")
            return
        if self.marked == self.current.id:
            self.app.notify("that is the marked actor: move to another one", severity="warning")
            return
        other, self.marked = self.marked, None
        self.clear_lines()
        self.post_message(self.MergeRequested(self.current.id, other))

    def action_split(self) -> None:
        if self.current is None:
            return
        if not self.current.aliases:
            self.app.notify("this actor has no other name to split off")
            return
        self.post_message(self.SplitRequested(self.current.id))

    def action_filter_box(self) -> None:
        box = self.query_ancestor(ActorsBox)
        box.open_filter()

    def render_row(self, row: Actor, width: int) -> Text:
        count = str(self.counts.get(row.id, 0))
        wide = width >= 44
        kind_w = 13 if wide else 6
        kind = row.kind if wide else SHORT_KINDS.get(row.kind, row.kind[:5])
        count_w = 5 if wide else 4
        name_w = max(width - kind_w - count_w - 2, 6)
        mark = "●" if row.id == self.active else "▶" if row.id == self.marked else " "
        text = Text(f"{mark}{one_line(row.name, name_w - 1):<{name_w}}")
        text.append(f"{kind:<{kind_w}}", style="dim")
        text.append(f"{count:>{count_w}} ")
        return text

    def on_virtual_list_highlighted(self, message: VirtualList.Highlighted) -> None:
        message.stop()
        self.post_message(self.ActorHighlighted(self.current.id if self.current else None))

    def on_virtual_list_chosen(self, message: VirtualList.Chosen) -> None:
        message.stop()
        if self.current:
            self.post_message(self.ActorChosen(self.current.id))


class ActorsBox(Vertical):
    """The actors list with its own name filter (shown on `f`, closed by escape)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close_filter", "Close filter", show=False),
    ]

    def compose(self) -> ComposeResult:
        yield Input(placeholder="filter actors by name, alias or kind", id="actor-filter")
        yield ActorsPane(id="actors")

    def on_mount(self) -> None:
        self.query_one("#actor-filter", Input).display = False

    def open_filter(self) -> None:
        box = self.query_one("#actor-filter", Input)
        box.display = True
        box.focus()

    async def action_close_filter(self) -> None:
        box = self.query_one("#actor-filter", Input)
        if not box.display:
            await self.screen.run_action("clear_filter")  # the explorer clears its filter
            return
        box.value = ""
        box.display = False
        self.query_one(ActorsPane).focus()

    @on(Input.Changed, "#actor-filter")
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        self.query_one(ActorsPane).filter(event.value)

    @on(Input.Submitted, "#actor-filter")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.query_one(ActorsPane).focus()
