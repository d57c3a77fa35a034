"""The density strip's labels say where it starts and ends, even when the strip is
only a few cells wide (six months at month zoom): the last label alone under the
first cell read as the start."""

from __future__ import annotations

from collections import Counter
from datetime import date

from tui.panes.density import DensityStrip, period_index


def strip_over(months: list[tuple[int, int]], zoom: str = "month") -> DensityStrip:
    strip = DensityStrip()
    strip.zoom = zoom
    strip.counts = Counter({period_index(date(y, m, 1), zoom): 1 for y, m in months})
    strip.first, strip.last = min(strip.counts), max(strip.counts)
    return strip


def labels(strip: DensityStrip, width: int = 78) -> str:
    return strip._labels(strip.axis(width), None, width).plain


def test_a_narrow_strip_names_its_first_period_before_its_last() -> None:
    strip = strip_over([(2025, m) for m in (4, 6, 8, 9)])  # six cells, labels of seven
    row = labels(strip)
    assert "2025-04" in row and "2025-09" in row
    assert row.index("2025-04") < row.index("2025-09")


def test_a_wide_strip_keeps_each_label_under_its_end() -> None:
    months = [(y, m) for y in (2023, 2024, 2025) for m in (1, 6, 12)]
    strip = strip_over(months)
    width = strip.axis(78).width
    row = labels(strip)
    assert row.startswith("2023-01")
    assert row.endswith("2025-12") and len(row) == width  # the last label ends at the last cell


def test_one_period_is_named_once() -> None:
    assert labels(strip_over([(2025, 6)])) == "2025-06"
