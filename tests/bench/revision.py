"""Another revision's store/ beside this tree's, for same-run ratios.

A machine under load slows both alike, so benchmarks time this tree and REV in
alternating child processes instead of comparing absolute rates across runs.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@contextmanager
def store_of(rev: str) -> Iterator[Path]:
    """A temporary folder holding revision `rev`'s store/ (committed files only)."""
    tar = subprocess.run(["git", "archive", rev, "store"], cwd=ROOT, capture_output=True)
    if tar.returncode:
        sys.exit(f"cannot check out {rev}: {tar.stderr.decode().strip()}")
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(fileobj=io.BytesIO(tar.stdout)) as tf:
            tf.extractall(tmp, filter="data")
        yield Path(tmp)


def child_seconds(root: Path, code: str, payload: str, passes: int) -> float:
    """The last line `code` prints (its best CPU seconds over `passes`), run in a child
    process that imports root's store/ and reads `payload` on stdin."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    out = subprocess.run(
        [sys.executable, "-c", code, str(passes)], input=payload, env=env, cwd=root,
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return float(out.stdout.strip().splitlines()[-1])


def alternate(rev: str, code: str, payload: str, rounds: int, passes: int) -> tuple[float, float]:
    """Best seconds (this tree, rev) over `rounds` alternating children each."""
    here, there = [], []
    with store_of(rev) as tree:
        for _ in range(rounds):
            here.append(child_seconds(ROOT, code, payload, passes))
            there.append(child_seconds(tree, code, payload, passes))
    return min(here), min(there)
