"""The help screen: one row per key, so a key that toggles between two states (`o`: as
reported / as happened) is not listed twice as if it were two keys."""

from __future__ import annotations

from rich.console import Console
from textual.binding import Binding

from tui.screens.help import bindings_table


def rendered(sections) -> list[str]:
    console = Console(width=80, record=True, color_system=None)
    console.print(bindings_table(sections))
    return [line.strip() for line in console.export_text().splitlines() if line.strip()]


def test_a_key_with_two_states_is_one_row() -> None:
    lines = rendered(
        [
            (
                "Everywhere",
                [
                    Binding("o", "order('reported')", "As reported"),
                    Binding("o", "order('happened')", "As happened"),
                    Binding("q", "quit", "Quit"),
                ],
            )
        ]
    )
    assert lines == ["Everywhere", "o  As reported / As happened", "q  Quit"]


def test_the_same_key_in_two_sections_stays_in_both() -> None:
    lines = rendered(
        [
            ("Timeline", [Binding("enter", "open", "Article")]),
            ("Actors", [Binding("enter", "filter", "Filter")]),
        ]
    )
    assert lines == ["Timeline", "enter  Article", "Actors", "enter  Filter"]
