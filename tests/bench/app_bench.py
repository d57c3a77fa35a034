"""Benchmark the explorer on a generated store: first paint and key-press redraw.

    python -m tests.bench.app_bench --events 100000 [--store PATH] [--keep PATH]

Builds a store with the store benchmark's generator (realistic dates, actors, text),
then drives the app with Pilot at 120x40. First paint is the wall time from creating
the app to the first frame showing events. A key press is measured from sending the
key to the last frame the app drew for it (Pilot.press itself sleeps in 20 ms steps
until the app is idle, so its wall time is not the latency); CPU time per key is
reported too. A key that draws no frame (down at the last row) is left out of the
latency figures and counted in `*_no_frame_keys`. For a filter and a search, the first
page (first frame after the view is applied) and everything (the last frame once the
workers are done) are both reported.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path

from tui.app import DatelineApp
from tui.panes.actors import ActorsPane
from tui.panes.timeline import TimelinePane
from tui.screens.main import MainScreen


class FrameClock:
    """Records when the app hands a rendered frame to the (headless) driver."""

    def __init__(self, app: DatelineApp) -> None:
        self.last = 0.0
        display = app._display

        self.count = 0
        self.times: list[float] = []
        self.applied: int | None = None  # frames drawn before the last view was applied

        def timed_display(*args: object, **kwargs: object) -> object:
            result = display(*args, **kwargs)
            self.last = time.perf_counter()
            self.times.append(self.last)
            self.count += 1
            return result

        app._display = timed_display  # type: ignore[method-assign]
        make_screen = app.get_default_screen

        def timed_screen() -> MainScreen:
            screen = make_screen()
            apply_view = screen._apply_view

            def timed_apply(*args: object, **kwargs: object) -> object:
                self.applied = self.count
                return apply_view(*args, **kwargs)

            screen._apply_view = timed_apply  # type: ignore[method-assign]
            return screen

        app.get_default_screen = timed_screen  # type: ignore[method-assign]

    def first_view_frame_ms(self, since: float) -> float:
        """From `since` to the first frame drawn after a view was applied (the first page
        of a filter or search; the actors, quotes and day headings follow later)."""
        if self.applied is None or self.applied >= len(self.times):
            return float("nan")
        return (self.times[self.applied] - since) * 1000


def frame_latency(sent: float, frames_before: int, frames: FrameClock) -> float | None:
    """Seconds from sending a key to the last frame drawn for it; None when the key drew
    no frame (at the end of the list, say): such a key is left out of the latency
    figures instead of counting as 0 ms."""
    if frames.count == frames_before:
        return None
    return max(frames.last - sent, 0.0)


def latency_figures(prefix: str, lag: list[float | None]) -> dict[str, float]:
    """p50/p95/max over the keys that drew a frame, and how many drew none."""
    drawn = sorted(t for t in lag if t is not None)
    out = {f"{prefix}_no_frame_keys": float(len(lag) - len(drawn))}
    if drawn:
        out[f"{prefix}_p50_ms"] = statistics.median(drawn) * 1000
        out[f"{prefix}_p95_ms"] = drawn[min(int(len(drawn) * 0.95), len(drawn) - 1)] * 1000
        out[f"{prefix}_max_ms"] = drawn[-1] * 1000
    return out


KEYS = ["down"] * 20 + ["pagedown"] * 10 + ["pageup"] * 5 + ["end", "home"]
KEYS += ["right_square_bracket"] * 5 + ["plus", "minus"]


async def measure(path: Path, size: tuple[int, int] = (120, 40)) -> dict[str, float]:
    out: dict[str, float] = {}
    t0 = time.perf_counter()
    app = DatelineApp(path, watch=False)
    frames = FrameClock(app)
    async with app.run_test(size=size) as pilot:
        while app.main.current_view is None:
            await asyncio.sleep(0.002)
        drawn = frames.count
        while frames.count == drawn:  # the frame that shows the events
            await asyncio.sleep(0.002)
        out["first_paint_s"] = frames.last - t0
        await app.workers.wait_for_complete()  # quotes and sources load after the paint
        out["all_loaded_s"] = time.perf_counter() - t0
        out["events"] = len(app.query_one(TimelinePane).paged)
        await pilot.pause()

        cpu: list[float] = []
        lag: list[float | None] = []
        for key in KEYS:
            w, c, n = time.perf_counter(), time.process_time(), frames.count
            await pilot.press(key)
            cpu.append(time.process_time() - c)
            lag.append(frame_latency(w, n, frames))
        out.update(latency_figures("key_frame", lag))
        out["key_cpu_p50_ms"] = statistics.median(cpu) * 1000
        timed = [(t, k) for t, k in zip(lag, KEYS, strict=True) if t is not None]
        slowest = sorted(timed, reverse=True)[:3]
        print("slowest keys:", ", ".join(f"{k} {t * 1000:.0f} ms" for t, k in slowest))

        # filter by the busiest actor, then a search: the view is recomputed in a worker
        actors = app.query_one(ActorsPane)
        actors.focus()
        await pilot.press("s", "home")  # sort by number of events: the busiest first
        busiest = actors.current
        w = time.perf_counter()
        frames.applied = None
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        out["filter_first_page_ms"] = frames.first_view_frame_ms(w)
        out["filter_actor_ms"] = (frames.last - w) * 1000
        out["actor_events"] = len(app.query_one(TimelinePane).paged)
        print(f"busiest actor: {busiest.name if busiest else '?'}")
        app.query_one(TimelinePane).focus()
        await pilot.pause()
        lag = []
        for key in ["pagedown"] * 5 + ["end"]:
            w, n = time.perf_counter(), frames.count
            await pilot.press(key)
            lag.append(frame_latency(w, n, frames))
        page = latency_figures("actor_page", lag)
        page.pop("actor_page_p95_ms", None)  # six keys: p95 is the max
        out.update(page)
        w = time.perf_counter()
        await pilot.press("escape")
        await app.workers.wait_for_complete()
        await pilot.pause()
        out["filter_clear_ms"] = (frames.last - w) * 1000
        search = app.query_one("#search")
        search.focus()
        search.value = "ceasefire talks"
        await pilot.pause()
        w = time.perf_counter()
        frames.applied = None
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        out["search_first_page_ms"] = frames.first_view_frame_ms(w)
        out["search_ms"] = (frames.last - w) * 1000
        out["search_hits"] = len(app.query_one(TimelinePane).paged)
    return out


def build_store(path: Path, events: int) -> float:
    from tests.bench.store import build

    return build(path, events)


def main(argv: list[str] | None = None) -> dict[str, float]:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--store", type=Path, help="use this existing store instead of building one")
    ap.add_argument("--keep", type=Path, help="build the store at PATH and leave it there")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="dateline-app-bench-") as tmp:
        path = args.store or args.keep or Path(tmp) / "store.json"
        if args.store is None:
            secs = build_store(path, args.events)
            print(f"built {args.events} events in {secs:.1f} s")
        res = asyncio.run(measure(path))
    for key, value in res.items():
        print(f"{key:>20}: {value:,.1f}" if isinstance(value, float) else f"{key:>20}: {value}")
    return res


if __name__ == "__main__":
    main()
