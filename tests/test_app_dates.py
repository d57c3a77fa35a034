"""Date labels as precise as the date is known (timeline rows, detail, form preview)."""

from __future__ import annotations

from datetime import date

import pytest

from store import When
from tui.dates import precise_label, short_label

D = date


@pytest.mark.parametrize(
    ("when", "label"),
    [
        (When(value="2025-06-21", start=D(2025, 6, 21), end=D(2025, 6, 21)), "2025-06-21"),
        (
            When(value="2025-W25-WE", start=D(2025, 6, 21), end=D(2025, 6, 22), granularity="week"),
            "2025-06-21 – 22",
        ),
        (
            When(value="2025-06", start=D(2025, 6, 1), end=D(2025, 6, 30), granularity="month"),
            "June 2025",
        ),
        (
            When(
                text="mid-2024",
                value="2024",
                start=D(2024, 1, 1),
                end=D(2024, 12, 31),
                granularity="year",
                approximate=True,
            ),
            "~ mid-2024",
        ),
        (
            When(value="2024-Q2", start=D(2024, 4, 1), end=D(2024, 6, 30), granularity="quarter"),
            "Q2 2024",
        ),
        (
            When(value="199", start=D(1990, 1, 1), end=D(1999, 12, 31), granularity="decade"),
            "1990s",
        ),
        (
            When(value="PAST_REF", end=D(2025, 6, 25), granularity="vague", approximate=True),
            "~ before 2025-06-25",
        ),
        (
            When(value="2023-10-07", start=D(2023, 10, 7), end=D(2025, 6, 25)),
            "2023-10-07 – 2025-06-25",
        ),
        (
            When(value="2025-06-19T15:00", start=D(2025, 6, 19), end=D(2025, 6, 19)),
            "2025-06-19 15:00",
        ),
    ],
)
def test_precise_label(when: When, label: str) -> None:
    assert precise_label(when) == label
    assert len(short_label(when)) <= 14


@pytest.mark.parametrize(
    ("when", "label"),
    [
        (When(value="2025-06-21", start=D(2025, 6, 21), end=D(2025, 6, 21)), "2025-06-21"),
        (
            When(value="2025-W25-WE", start=D(2025, 6, 21), end=D(2025, 6, 22), granularity="week"),
            "2025-06-21–22",
        ),
        (
            When(value="P2D", start=D(2025, 6, 23), end=D(2025, 6, 25), approximate=True),
            "~2025-06-23–25",
        ),
        (When(value="2025-06-28", start=D(2025, 6, 28), end=D(2025, 7, 2)), "2025-06–07"),
        (When(value="1990-06-22", start=D(1990, 6, 22), end=D(1991, 3, 2)), "1990–1991"),
        (
            When(
                value="2005",
                start=D(2005, 1, 1),
                end=D(2005, 12, 31),
                granularity="year",
                approximate=True,
            ),
            "~2005",
        ),
        (
            When(value="PAST_REF", end=D(2005, 2, 15), granularity="vague", approximate=True),
            "~…–2005-02-15",
        ),
        (When(value="2024-H1", start=D(2024, 1, 1), end=D(2024, 6, 30)), "H1 2024"),
        (When(value="2025-W25", start=D(2025, 6, 16), end=D(2025, 6, 22)), "wk 2025-06-16"),
        (
            When(value="2025-06-19T15:00", start=D(2025, 6, 19), end=D(2025, 6, 19)),
            "2025-06-19",
        ),
    ],
)
def test_short_label_fits_without_cutting(when: When, label: str) -> None:
    """Narrow timelines: a coarser label that fits, never '2005-02-15…' cut mid-way."""
    assert short_label(when) == label
    assert "…" not in label.replace("…–", "")
