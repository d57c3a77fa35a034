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
