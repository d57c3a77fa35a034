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
with EventStore(sys.argv[1]) as store:
    query = sys.argv[2] or None
    evs = store.events_page(0, None, query=query, sort="rank" if query else "date")
    print(json.dumps([e.model_dump(mode="json") for e in evs], ensure_ascii=False, indent=2))
"""


def _env() -> dict[str, str]:
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("DATELINE_DB", None)
    return env


def _reap(proc: subprocess.Popen) -> tuple[float, float]:
    """Wait for the child; its peak RSS in MB and CPU seconds, from the kernel."""
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def _cpu_so_far(pid: int) -> float:
    """CPU seconds a running process has used (utime + stime from /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def first_row(store: Path, args: tuple[str, ...]) -> tuple[float, float]:
    """Wall and CPU seconds from start to the first event row read from a pipe (CPU is
    what a busy machine does not inflate)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([*EXE, "--db", str(store), *args], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, env=_env())  # fmt: skip
    assert proc.stdout is not None
    skip = 1 if "--json" in args else 2  # "[" / the count and the column heads
    took = cpu = float("nan")
    for i, _line in enumerate(proc.stdout):
        if i == skip:
            took = time.perf_counter() - t0
            cpu = _cpu_so_far(proc.pid)
            break
    proc.stdout.close()  # the rest is not wanted: the child stops on the closed pipe
    proc.kill()
    _reap(proc)
    return took, cpu


def whole_run(cmd: list[str], out: Path) -> tuple[float, float, float]:
    """Wall seconds, peak RSS (MB) and CPU seconds for a command writing to a file."""
    with out.open("wb") as fh:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=fh, stderr=subprocess.PIPE, env=_env())
        rss, cpu = _reap(proc)
        took = time.perf_counter() - t0
    if proc.returncode:  # a figure for a failed run would be a lie
        err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        sys.exit(f"{' '.join(cmd[:4])} ... exited {proc.returncode}: {err.strip()[-300:]}")
    return took, rss, cpu


def measure(store: Path, runs: int, old: bool) -> list[dict[str, object]]:
    med = statistics.median
    rows: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        bases = [whole_run([*EXE, "--version"], out) for _ in range(runs)]
        base = med(b[0] for b in bases)
        rows.append({"command": "dateline --version (baseline)", "whole_s": base,
                     "whole_cpu": med(b[2] for b in bases)})  # fmt: skip
        for args in COMMANDS:
            firsts = [first_row(store, args) for _ in range(runs)]
            wholes = [whole_run([*EXE, "--db", str(store), *args], out) for _ in range(runs)]
            rows.append({
                "command": "dateline " + " ".join(args),
                "first_s": med(f[0] for f in firsts),
                "first_cpu": med(f[1] for f in firsts),
                "whole_s": med(w[0] for w in wholes),
                "whole_cpu": med(w[2] for w in wholes),
                "rss_mb": max(w[1] for w in wholes),
                "base": base,
            })  # fmt: skip
        if old:
            for query in ("", "the"):
                t, rss, cpu = whole_run([sys.executable, "-c", OLD, str(store), query], out)
                label = f"old: one list, json.dumps ({'search the' if query else 'events'})"
                rows.append({"command": label, "whole_s": t, "whole_cpu": cpu, "rss_mb": rss,
                             "base": base})  # fmt: skip
    return rows


def table(rows: list[dict[str, object]], events: int) -> str:
    def num(r: dict, key: str, fmt: str = ".3f") -> str:
        return format(r[key], fmt) if key in r else ""

    lines = [
        f"dateline command-line listings: {events:,} events (medians; wall ratio = wall time"
        " / the --version baseline of this run; CPU seconds are user + sys of the child)",
        "",
        f"{'command':<44}{'first wall':>11}{'first cpu':>10}{'whole wall':>11}"
        f"{'whole cpu':>10}{'ratio':>7}{'RSS MB':>8}",
    ]
    for r in rows:
        ratio = f"{r['whole_s'] / r['base']:.1f}x" if "base" in r else ""
        lines.append(
            f"{r['command']:<44}{num(r, 'first_s'):>11}{num(r, 'first_cpu'):>10}"
            f"{num(r, 'whole_s'):>11}{num(r, 'whole_cpu'):>10}{ratio:>7}"
            f"{num(r, 'rss_mb', '.0f'):>8}"
        )
    lines.append("")
    new = [r for r in rows if "first_s" in r]
    worst = {
        "first_s": max(float(r["first_s"]) for r in new),
        "json_file_s": max(float(r["whole_s"]) for r in new if "--json" in str(r["command"])),
        "rss_mb": max(float(r["rss_mb"]) for r in new),
    }
    cpu = {
        "first_s": max(float(r["first_cpu"]) for r in new),
        "json_file_s": max(float(r["whole_cpu"]) for r in new if "--json" in str(r["command"])),
    }
    for key, value in worst.items():
        ok = "yes" if value <= TARGETS[key] else "NO"
        also = f" (cpu {cpu[key]:.3f})" if key in cpu else ""
        what = "worst" if key == "rss_mb" else "worst wall"
        lines.append(f"target {key:<12} <= {TARGETS[key]:<6} {what} {value:8.3f}{also}  {ok}")
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
