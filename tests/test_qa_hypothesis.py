"""A property test is not failed by one slow example (a stall on a busy machine): the
suite's Hypothesis profile (tests/conftest.py) sets no deadline."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st


def test_one_stalled_example_fails_no_property_test() -> None:
    stalls = [0.3]  # the first example stalls past Hypothesis's 200 ms default deadline

    @settings(max_examples=3, database=None)
    @given(st.integers())
    def prop(n: int) -> None:
        if stalls:
            time.sleep(stalls.pop())
        assert isinstance(n, int)

    prop()
