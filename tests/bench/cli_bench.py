"""Benchmark the command line's listings on a big store: first row, whole run, memory.

    python -m tests.bench.cli_bench --events 100000 [--store PATH] [--runs 3] [--old]

Builds a store with tests.bench.store (or reuses --store PATH), then runs `dateline events`
and `dateline search the`, as lines and with --json, in child processes: the time to the
first row read from a pipe, the time for the whole listing written to a file, and the
child's peak RSS (from the kernel's accounting of the finished process). Each figure is
also given as a ratio to `dateline --version` measured in the same run (the cost of
starting Python and the CLI), so runs on a busy machine compare. --old also times the
way the listings used to work (one list of every event, then one JSON document), as the
before-figure.

Targets (issue 14): first row <= 0.5 s, 100,000 rows with --json to a file <= 5 s,
RSS <= 400 MB.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from store import EventStore
from tests.bench.store import build

EXE = [shutil.which("dateline", path=str(Path(sys.executable).parent)) or "dateline"]
COMMANDS = (("events",), ("events", "--json"), ("search", "the"), ("search", "the", "--json"))
TARGETS = {"first_s": 0.5, "json_file_s": 5.0, "rss_mb": 400.0}
OLD = """
import json, sys
from store import EventStore
from tui.context import Ctx
with Ctx(db=sys.argv[1]).open() as store:
    query = sys.argv[2] or None
    evs = store.events_page(0, None, query=query, sort="rank" if query else "date")
    print(json.dumps([e.model_dump(mode="json") for e in evs], ensure_ascii=False, indent=2))
"""


def _env() -> dict[str, str]:
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("DATELINE_DB", None)
    return env


def _reap(proc: subprocess.Popen) -> float:
    """Wait for the child; its peak RSS in MB, from the kernel's accounting."""
    _, _, usage = os.wait4(proc.pid, 0)
    proc.returncode = 0
    return usage.ru_maxrss / 1024


def first_row(store: Path, args: tuple[str, ...]) -> float:
    """Seconds from start to the first event row read from a pipe."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([*EXE, "--db", str(store), *args], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, env=_env())  # fmt: skip
    assert proc.stdout is not None
    skip = 1 if "--json" in args else 2  # "[" / the count and the column heads
    took = float("nan")
    for i, _line in enumerate(proc.stdout):
        if i == skip:
            took = time.perf_counter() - t0
            break
    proc.stdout.close()  # the rest is not wanted: the child stops on the closed pipe
    proc.kill()
    _reap(proc)
    return took


def whole_run(cmd: list[str], out: Path) -> tuple[float, float]:
    """Seconds and peak RSS (MB) for a command writing everything to a file."""
    with out.open("wb") as fh:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=fh, stderr=subprocess.DEVNULL, env=_env())
        rss = _reap(proc)
        return time.perf_counter() - t0, rss


def measure(store: Path, runs: int, old: bool) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        base = statistics.median(whole_run([*EXE, "--version"], out)[0] for _ in range(runs))
        rows.append({"command": "dateline --version (baseline)", "whole_s": base})
        for args in COMMANDS:
            firsts = [first_row(store, args) for _ in range(runs)]
            wholes = [whole_run([*EXE, "--db", str(store), *args], out) for _ in range(runs)]
            rows.append({
                "command": "dateline " + " ".join(args),
                "first_s": statistics.median(firsts),
                "whole_s": statistics.median(w[0] for w in wholes),
                "rss_mb": max(w[1] for w in wholes),
                "base": base,
            })  # fmt: skip
        if old:
            for query in ("", "the"):
                t, rss = whole_run([sys.executable, "-c", OLD, str(store), query], out)
                label = f"old: one list, json.dumps ({'search the' if query else 'events'})"
                rows.append({"command": label, "whole_s": t, "rss_mb": rss, "base": base})
    return rows


def table(rows: list[dict[str, object]], events: int) -> str:
    lines = [
        f"dateline command-line listings: {events:,} events (medians; ratio = time / "
        "the --version baseline of this run)",
        "",
        f"{'command':<46}{'first row s':>12}{'whole s':>10}{'ratio':>8}{'RSS MB':>9}",
    ]
    for r in rows:
        first = f"{r['first_s']:.3f}" if "first_s" in r else ""
        ratio = f"{r['whole_s'] / r['base']:.1f}x" if "base" in r else ""
        rss = f"{r['rss_mb']:.0f}" if "rss_mb" in r else ""
        lines.append(f"{r['command']:<46}{first:>12}{r['whole_s']:>10.3f}{ratio:>8}{rss:>9}")
    lines.append("")
    worst_first = max(float(r["first_s"]) for r in rows if "first_s" in r)
    worst_json = max(float(r["whole_s"]) for r in rows if "--json" in str(r["command"])
                     and not str(r["command"]).startswith("old"))  # fmt: skip
    worst_rss = max(float(r["rss_mb"]) for r in rows if "first_s" in r)
    for key, value in (("first_s", worst_first), ("json_file_s", worst_json),
                       ("rss_mb", worst_rss)):  # fmt: skip
        ok = "yes" if value <= TARGETS[key] else "NO"
        lines.append(f"target {key:<12} <= {TARGETS[key]:<6} worst {value:8.3f}  {ok}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m tests.bench.cli_bench", description=__doc__)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--store", type=Path, help="reuse this store (built there if missing)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--old", action="store_true", help="also time the one-big-list way")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        store = args.store or Path(tmp) / "store.json"
        if not store.exists():
            build(store, args.events)
        with EventStore(store) as opened:
            events = opened.count_events()
        rows = measure(store, args.runs, args.old)
    print(table(rows, events))


if __name__ == "__main__":
    main()
