"""Pick which of an actor's other names is someone else (the actors pane's split)."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from tui.textsafe import one_line
from tui.widgets.footer import DatelineFooter


class AliasPick(ModalScreen[str | None]):
    """A list of the actor's other names; enter picks one, escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="alias.cancel"),
    ]

    def __init__(self, name: str, aliases: list[str]) -> None:
        super().__init__()
        self.actor_name = name
        self.aliases = aliases

    def compose(self) -> ComposeResult:
        yield DatelineFooter(palette=False)
        with Vertical(id="alias-pick"):
            yield Label(
                f"Split from {one_line(self.actor_name, 50)}: which name is someone else?",
                markup=False,
            )
            yield OptionList(
                *(Option(Text(one_line(a)), id=str(i)) for i, a in enumerate(self.aliases)),
                id="alias-list",
            )

    @on(OptionList.OptionSelected)
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.aliases[int(event.option.id or 0)])

    def action_cancel(self) -> None:
        self.dismiss(None)
