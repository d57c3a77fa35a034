"""Ingest throughput: many small files and one 10 MB file, one worker against all cores.

Run from the repo root: .venv/bin/python -m tests.bench.ingest_bench [--mb 10] [--files 60]
Prints seconds and events per run; each run uses a fresh store in a temp dir.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date
from pathlib import Path

from store import EventStore, Overrides, ingest_paths
from store.ingest import default_workers

ROOT = Path(__file__).resolve().parents[2]


def _paragraphs() -> list[str]:
    paras = []
    for f in sorted((ROOT / "fixtures").glob("20*.md")):
        body = f.read_text(encoding="utf-8").split("---", 2)[2]
        paras += [p.strip() for p in body.split("\n\n") if p.strip()]
    return paras


def make_inputs(folder: Path, files: int, mb: float) -> tuple[Path, Path]:
    paras = _paragraphs()
    many = folder / "many"
    many.mkdir()
    for i in range(files):  # distinct texts: the store dedupes by text hash
        body = "\n\n".join(paras[(i + k) % len(paras)] for k in range(8))
        (many / f"{i:04d}.txt").write_text(f"Story {i}\n\n{body}\n\nItem {i}.", encoding="utf-8")
    big = folder / "big.txt"
    out, size, i = [], 0, 0
    while size < mb * 1_000_000:
        p = paras[i % len(paras)] + f" ({i})"
        out.append(p)
        size += len(p.encode()) + 2
        i += 1
    big.write_text("Big file\n\n" + "\n\n".join(out), encoding="utf-8")
    return many, big


def run(path: Path, workers: int) -> tuple[float, int, int]:
    with tempfile.TemporaryDirectory() as tmp, EventStore(Path(tmp) / "s.json") as store:
        t = time.perf_counter()
        report = ingest_paths(
            store, [str(path)], Overrides(published=date(2025, 6, 25)), workers=workers
        )
        return time.perf_counter() - t, len(report.added), report.events


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=60)
    ap.add_argument("--mb", type=float, default=10.0)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        many, big = make_inputs(Path(tmp), args.files, args.mb)
        for label, path in ((f"{args.files} files", many), (f"{args.mb:g} MB file", big)):
            for workers in sorted({1, default_workers()}):
                secs, n, events = run(path, workers)
                print(
                    f"{label:>12}  workers={workers}  {secs:6.1f}s  {n} articles  {events} events"
                )


if __name__ == "__main__":
    main()
