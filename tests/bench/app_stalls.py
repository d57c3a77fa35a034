"""Benchmark: how long the explorer's UI thread stops answering, action by action.

    python -m tests.bench.app_stalls --store PATH [--size 120x40]
    python -m tests.bench.app_stalls --events 100000

A probe task on the app's event loop asks to wake every 5 ms; whenever it wakes late,
the loop was busy (a handler, a redraw, or a worker thread holding the GIL) and the
key the reader pressed last would have waited that long. The UI thread's own CPU time
over the same wake-up (`time.thread_time`) says how much of the stall was work on the
UI thread, which a worker would take off it, rather than a worker holding the GIL or a
busy machine not running the process at all. For each action (opening the
store, moving, zooming, filtering by the busiest actor, searching, the article view,
story rows, reporting order, help) the longest stall, the most UI-thread CPU time in
one wake-up and the summed stalls over 50 ms are reported, and the actions whose UI
thread worked 200 ms or more at a stretch are named at the end. A stall is a
wall-clock figure of this machine: compare actions within one run, not across runs.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from tui.app import DatelineApp
from tui.panes.actors import ActorsPane
from tui.panes.timeline import TimelinePane

TICK = 0.005  # s the probe asks to sleep
NOTED = 0.050  # stalls at least this long are summed per action
BLOCKS = 0.200  # an action with a stall this long blocks the reader


@dataclass
class Stalls:
    """The loop's late wake-ups, filed under the action running when they happened."""

    action: str = "open"
    worst: dict[str, float] = field(default_factory=dict)
    busy: dict[str, float] = field(default_factory=dict)  # UI-thread CPU in one wake-up
    summed: dict[str, float] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)

    def begin(self, action: str) -> None:
        self.action = action
        if action not in self.worst:
            self.order.append(action)
            self.worst[action] = self.summed[action] = self.busy[action] = 0.0

    def note(self, late: float, busy: float) -> None:
        self.worst[self.action] = max(self.worst.get(self.action, 0.0), late)
        self.busy[self.action] = max(self.busy.get(self.action, 0.0), busy)
        if late >= NOTED:
            self.summed[self.action] = self.summed.get(self.action, 0.0) + late

    async def probe(self) -> None:
        while True:
            t, c = time.perf_counter(), time.thread_time()
            await asyncio.sleep(TICK)
            self.note(max(time.perf_counter() - t - TICK, 0.0), time.thread_time() - c)


async def settle(app: DatelineApp, pilot: object) -> None:
    for _ in range(50):
        await app.workers.wait_for_complete()
        await pilot.pause(0.05)  # type: ignore[attr-defined]
        if not any(w.is_running for w in app.workers):
            return


async def measure(path: Path, size: tuple[int, int]) -> Stalls:
    stalls = Stalls()
    stalls.begin("open")
    app = DatelineApp(path, watch=False)
    async with app.run_test(size=size) as pilot:
        probe = asyncio.create_task(stalls.probe())
        await settle(app, pilot)

        async def act(name: str, *keys: str) -> None:
            stalls.begin(name)
            await pilot.press(*keys)
            await settle(app, pilot)

        timeline = app.query_one(TimelinePane)
        timeline.focus()
        await act("move: down x10", *["down"] * 10)
        await act("move: pagedown x5", *["pagedown"] * 5)
        await act("move: end, home", "end", "home")
        await act("zoom: + + - -", "plus", "plus", "minus", "minus")
        await act("period: ] x5", *["right_square_bracket"] * 5)
        await act("article view: enter, n, n, escape", "enter", "n", "n", "escape")
        await act("go to: g 2001-06-01", "g", *"2001-06-01", "enter")
        actors = app.query_one(ActorsPane)
        actors.focus()
        await act("actors: sort by events", "s", "home")
        await act("filter: busiest actor", "enter")
        timeline.focus()
        await act("filtered: pagedown x5, zoom", *["pagedown"] * 5, "minus", "plus")
        await act("filter: clear", "escape")
        await act("search: ceasefire talks", "slash", *"ceasefire talks", "enter")
        timeline.focus()
        await act("search: clear", "escape")
        await act("search: the (broad)", "slash", *"the", "enter")
        timeline.focus()
        await act("search: clear", "escape")
        await act("order: as reported", "o")
        await act("order: as happened", "o")
        await act("stories: t", "t")
        await act("stories: move", *["down"] * 5)
        await act("stories: back", "t")
        await act("help: ?, escape", "question_mark", "escape")
        probe.cancel()
    return stalls


def report(stalls: Stalls) -> str:
    lines = [f"{'action':<40} {'worst ms':>9} {'UI cpu ms':>10} {'sum>=50ms':>10}"]
    for name in stalls.order:
        worst, busy = stalls.worst[name] * 1000, stalls.busy[name] * 1000
        summed = stalls.summed[name] * 1000
        lines.append(f"{name:<40} {worst:>9.0f} {busy:>10.0f} {summed:>10.0f}")
    blocking = [n for n in stalls.order if stalls.busy[n] >= BLOCKS]
    said = ", ".join(blocking) or "none"
    lines.append(f"UI thread busy {BLOCKS * 1000:.0f} ms or more at a stretch: {said}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> Stalls:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--store", type=Path, help="use this existing store instead of building one")
    ap.add_argument("--size", default="120x40", help="terminal size, COLSxROWS")
    args = ap.parse_args(argv)
    cols, rows = (int(n) for n in args.size.split("x"))
    with tempfile.TemporaryDirectory(prefix="dateline-stalls-") as tmp:
        path = args.store or Path(tmp) / "store.json"
        if args.store is None:
            from tests.bench.store import build

            print(f"built {args.events} events in {build(path, args.events):.1f} s")
        stalls = asyncio.run(measure(path, (cols, rows)))
    print(report(stalls))
    return stalls


if __name__ == "__main__":
    main()
