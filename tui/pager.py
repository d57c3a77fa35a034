"""Long listings page through $PAGER when they go to a terminal, as `git log` does.

Rows are written as they are found, so the pager shows the first screen at once; quitting
the pager stops the listing. Output to a file or a pipe is written straight through.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

DEFAULT_PAGER = "less"
LESS_DEFAULT = "FRX"  # git's: quit if one screen, keep colours, leave the screen as is


def pager_command() -> list[str] | None:
    """DATELINE_PAGER, else PAGER, else less; None when paging is switched off ("cat", "")."""
    raw = os.environ.get("DATELINE_PAGER", os.environ.get("PAGER", DEFAULT_PAGER))
    try:
        cmd = shlex.split(raw)
    except ValueError:
        return None
    return None if not cmd or cmd == ["cat"] else cmd


@contextmanager
def paged(enabled: bool = True) -> Iterator[TextIO]:
    """A text stream for a long listing: the pager's stdin on a terminal, else stdout."""
    out = sys.stdout
    cmd = pager_command() if enabled else None
    if cmd is None or not (out.isatty() and sys.stdin.isatty()) or os.environ.get("TERM") == "dumb":
        yield out
        return
    env = dict(os.environ)
    env.setdefault("LESS", LESS_DEFAULT)
    try:
        proc = subprocess.Popen(
            cmd, stdin=subprocess.PIPE, env=env, text=True, encoding="utf-8", errors="replace"
        )
    except OSError:  # no such pager: print straight through
        yield out
        return
    assert proc.stdin is not None
    try:
        yield proc.stdin
    except BrokenPipeError:
        pass  # the reader quit early
    finally:
        try:
            proc.stdin.close()
        except BrokenPipeError:
            pass
        while True:  # less catches ctrl+c itself; wait for it to give the terminal back
            try:
                proc.wait()
                break
            except KeyboardInterrupt:
                continue
