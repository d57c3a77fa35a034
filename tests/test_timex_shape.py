"""The shape issue #16 asks of store/timex: no function at radon grade E or worse."""

from __future__ import annotations

from pathlib import Path

import pytest

TIMEX = Path(__file__).resolve().parents[1] / "store" / "timex"


def test_no_function_in_timex_is_radon_grade_e_or_worse() -> None:
    complexity = pytest.importorskip("radon.complexity")
    worst = []
    for path in sorted(TIMEX.glob("*.py")):
        for block in complexity.cc_visit(path.read_text(encoding="utf-8")):
            if complexity.cc_rank(block.complexity) in "EF":
                worst.append(f"{path.name}:{block.lineno} {block.name} ({block.complexity})")
    assert worst == []
