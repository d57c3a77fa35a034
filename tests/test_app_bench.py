"""The app benchmark's latency figures: a key that draws no frame is left out, not 0 ms."""

from __future__ import annotations

from types import SimpleNamespace

from tests.bench.app_bench import frame_latency, latency_figures


def clock(count: int, last: float) -> SimpleNamespace:
    return SimpleNamespace(count=count, last=last)


def test_a_key_without_a_frame_has_no_latency() -> None:
    # the last frame (at 9.0) was drawn before the key was sent at 10.0
    assert frame_latency(10.0, 5, clock(5, 9.0)) is None
    assert frame_latency(10.0, 5, clock(6, 10.25)) == 0.25


def test_figures_leave_out_keys_that_drew_nothing() -> None:
    lag = [0.010, None, 0.030, None, 0.020]
    out = latency_figures("key", lag)
    assert out["key_p50_ms"] == 20.0
    assert out["key_max_ms"] == 30.0
    assert out["key_no_frame_keys"] == 2.0


def test_no_drawn_keys_gives_no_latency_figures() -> None:
    assert latency_figures("key", [None, None]) == {"key_no_frame_keys": 2.0}
