"""Benchmark ingest memory against the size of one file: it must stay flat, not grow.

    python -m tests.bench.bigfile_bench --sizes 1,4,8 [--jobs 1] [--no-extract]

Writes one text file of each size (MB) from the fixture articles (each copy numbered, so
no two paragraphs repeat), ingests it with `dateline ingest --force` into a fresh store
in a child process, and reports the time and the peak RSS of the largest process (the
kernel's accounting of the finished children). The issue's bound: <= 1 GB at any size.
The ratio column is each RSS against the smallest size's, from the same run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
EXE = shutil.which("dateline", path=str(Path(sys.executable).parent)) or "dateline"


def fixture_text() -> str:
    parts = []
    for f in sorted(FIXTURES.glob("*.md")):
        if f.name == "ATTRIBUTION.md":
            continue
        text = f.read_text(encoding="utf-8")
        parts.append(text.split("---", 2)[2] if text.startswith("---") else text)
    return "\n\n".join(p.strip() for p in parts)


def write_text(path: Path, megabytes: float) -> None:
    base = fixture_text()
    target = int(megabytes * (1 << 20))
    with path.open("w", encoding="utf-8") as fh:
        fh.write("A long file\n\n")
        written, copy = 0, 0
        while written < target:
            copy += 1
            chunk = f"Copy {copy}.\n\n" + base.replace(". ", f". Item {copy}: ", 3) + "\n\n"
            fh.write(chunk)
            written += len(chunk)


# --no-extract: the same ingest with extraction replaced by an empty result, so what is
# measured is reading, cutting and filing alone (the part that must not grow with a file)
NO_EXTRACT = """
import sys
from datetime import date
import store.ingest as ingest
from store import EventStore, Extraction, Overrides, ingest_paths
ingest._extract_job = lambda text, published, aid: Extraction(article_id=aid)
with EventStore(sys.argv[2]) as store:
    ingest_paths(store, [sys.argv[1]], Overrides(published=date(2025, 6, 25)), workers=1,
                 max_bytes=None)
"""


def run(
    path: Path, store: Path, jobs: int | None, extract: bool = True
) -> tuple[float, float, int]:
    cmd = [EXE, "--db", str(store), "ingest", str(path), "--published", "2025-06-25", "--force"]
    if jobs:
        cmd += ["--jobs", str(jobs)]
    if not extract:
        cmd = [sys.executable, "-c", NO_EXTRACT, str(path), str(store)]
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("DATELINE_DB", None)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return time.perf_counter() - t0, usage.ru_maxrss / 1024, proc.returncode


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m tests.bench.bigfile_bench", description=__doc__)
    ap.add_argument("--sizes", default="1,4,8", help="file sizes in MB, comma-separated")
    ap.add_argument("--jobs", type=int, default=None, help="worker processes (default: all)")
    ap.add_argument(
        "--no-extract", action="store_true", help="stub extraction out: reading and filing only"
    )
    args = ap.parse_args(argv)
    sizes = [float(s) for s in args.sizes.split(",")]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for mb in sizes:
            text = Path(tmp) / f"long-{mb:g}.txt"
            write_text(text, mb)
            took, rss, code = run(
                text, Path(tmp) / f"s-{mb:g}.json", args.jobs, extract=not args.no_extract
            )
            rows.append((mb, took, rss, code))
            text.unlink()
    first = rows[0][2]
    print("dateline ingest of one long file (peak RSS of the largest process)\n")
    print(f"{'MB':>6}{'seconds':>10}{'RSS MB':>9}{'ratio':>8}{'exit':>6}")
    for mb, took, rss, code in rows:
        print(f"{mb:>6g}{took:>10.1f}{rss:>9.0f}{rss / first:>7.2f}x{code:>6}")
    worst = max(r[2] for r in rows)
    print(f"\ntarget RSS <= 1024 MB: worst {worst:.0f} MB  {'yes' if worst <= 1024 else 'NO'}")


if __name__ == "__main__":
    main()
