"""store/ must never know the screen."""

import subprocess
import sys


def test_store_does_not_import_textual_or_rich():
    code = (
        "import sys, store, store.db, store.search, store.extract, store.timex\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('textual', 'rich', 'tui')]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_tui_uses_only_the_public_store_api():
    """tui reaches data only through what store/__init__.py exports."""
    import re
    from pathlib import Path

    tui = Path(__file__).resolve().parent.parent / "tui"
    private = re.compile(r"^\s*(from\s+store\.\w|import\s+store\.\w)", re.M)
    offenders = [str(p) for p in tui.rglob("*.py") if private.search(p.read_text("utf-8"))]
    assert offenders == []
