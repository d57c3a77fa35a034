"""The store benchmark run on another revision of dateline, in the same run.

`python -m tests.bench.store --against REV` checks REV out of git (`git archive`, into a
temporary folder), builds the same generated events with that revision's code and
measures them with that revision's own `measure`, each in a fresh process, so the old
and the new figures come from one machine under one load and sit side by side.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHOWN = ("open_s", "search_ms", "filter_ms", "page_ms", "add_ms", "add_max_ms", "update_ms",
         "delete_ms", "density_ms", "rss_mb", "file_mb", "build_s")  # fmt: skip
_BUILD = (
    "import sys; from pathlib import Path; import store; from tests.bench.store import build; "
    "t = build(Path(sys.argv[1]), int(sys.argv[2])); print(store.__file__); print(t)"
)


def checkout(rev: str, into: Path) -> Path:
    """The tree of `rev` (committed files only) under `into`."""
    tar = subprocess.run(["git", "-C", str(ROOT), "archive", rev], capture_output=True)
    if tar.returncode:
        sys.exit(f"cannot check out {rev}: {tar.stderr.decode().strip()}")
    with tarfile.open(fileobj=BytesIO(tar.stdout)) as tf:
        tf.extractall(into, filter="data")
    return into


def _run(tree: Path, args: list[str]) -> list[str]:
    env = dict(os.environ, PYTHONPATH=str(tree))  # that tree's `store` before the installed one
    child = subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, cwd=tree, env=env
    )
    if child.returncode:
        sys.exit(f"the run against {tree} failed:\n{child.stderr}")
    return child.stdout.strip().splitlines()


def share_corpus(tree: Path) -> None:
    """Let `tree`'s benchmark find the shared corpus where this tree's finds it: the
    generator draws its words from ../shared/corpus next to the checkout, else from the
    fixtures, so without this the old revision filed other events and ran other queries."""
    shared = ROOT.parent / "shared"
    beside = tree.parent / "shared"
    if shared.is_dir() and not beside.exists():
        beside.symlink_to(shared, target_is_directory=True)


def measure_rev(rev: str, n_events: int) -> dict[str, float]:
    """Build and measure n_events with revision `rev`'s code; its store's files in MB."""
    with tempfile.TemporaryDirectory() as tmp:
        tree = checkout(rev, Path(tmp) / "tree")
        share_corpus(tree)
        path = Path(tmp) / "data" / "store.json"
        path.parent.mkdir()
        where, built = _run(tree, ["-c", _BUILD, str(path), str(n_events)])[-2:]
        if not where.startswith(str(tree)):
            sys.exit(f"the run against {rev} imported {where}, not its own code")
        res = json.loads(_run(tree, ["-m", "tests.bench.store", "--measure", str(path)])[-1])
        files = [p for p in path.parent.glob(path.name + "*") if not p.name.endswith(".bak")]
        return res | {
            "build_s": float(built),
            "file_mb": sum(p.stat().st_size for p in files) / 2**20,
        }


def side_by_side(old: dict[str, float], new: dict[str, float], rev: str, targets: dict) -> str:
    """One line per measure: the old revision, this tree, the target."""
    lines = [f"{'measure':<14}{rev[:12]:>14}{'this tree':>14}{'target':>10}  ok"]
    for key in SHOWN:
        if key not in new:
            continue
        target = targets.get(key)
        ok = "" if target is None else ("yes" if new[key] <= target else "NO")
        was = f"{old[key]:.3f}" if key in old else "-"
        lines.append(f"{key:<14}{was:>14}{new[key]:>14.3f}{target or '':>10}  {ok}")
    return "\n".join(lines)
