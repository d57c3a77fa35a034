"""The app loads the date tagger in a worker after the first paint: importing it
compiles its rules (0.3-1 s of CPU), which the first article view, `g` or event form
did on the screen's thread, freezing it. Run in a fresh interpreter: in the test
process the tagger is long loaded."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = """
import asyncio, sys, tempfile, threading
from pathlib import Path
import tui.model.storeview as storeview
from tests.conftest_app import build_store, make_app, settle

where = []
real = storeview.load_tagger

def spying():
    where.append("ui" if threading.current_thread() is threading.main_thread() else "worker")
    real()

storeview.load_tagger = spying

async def main():
    with tempfile.TemporaryDirectory() as tmp:
        app = make_app(build_store(Path(tmp) / "store.json"), watch=False)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            print("store.timex" in sys.modules, *where)

asyncio.run(main())
"""


def test_the_tagger_is_loaded_in_a_worker_once_the_app_is_open() -> None:
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=root, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split() == ["True", "worker"], out.stdout
