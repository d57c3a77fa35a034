"""A cross-process lock beside the store file, so the app and the CLI can write at once.

fcntl.flock on a sidecar `<store>.lock`: shared while reading a consistent snapshot and
journal, exclusive while appending or compacting. Re-entrant within one process.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from store.errors import StoreError


class FileLock:
    """flock-based reader/writer lock; nested use keeps the strongest mode held."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        self._mode = 0  # 0 none, fcntl.LOCK_SH or fcntl.LOCK_EX
        self._depth = 0

    def _open(self, *, exclusive: bool) -> int | None:
        if self._fd is None:
            try:
                self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)  # the umask applies
            except OSError as exc:
                try:  # a read-only folder: readers still work
                    self._fd = os.open(self.path, os.O_RDONLY)
                except OSError:
                    if exclusive:
                        raise StoreError(
                            f"cannot write in {self.path.parent}: {exc.strerror or exc}"
                        ) from exc
                    return None
        return self._fd

    def _flock(self, mode: int) -> None:
        fd = self._open(exclusive=mode == fcntl.LOCK_EX)
        if fd is not None:
            fcntl.flock(fd, mode)

    @contextmanager
    def hold(self, *, exclusive: bool) -> Iterator[None]:
        """Hold the lock (blocking); an exclusive request upgrades a shared one."""
        want = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        previous = self._mode
        if previous != fcntl.LOCK_EX and previous != want:
            self._flock(want)
            self._mode = want
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if self._depth == 0:
                self._flock(fcntl.LOCK_UN)
                self._mode = 0
            elif previous != self._mode and previous:
                self._flock(previous)
                self._mode = previous

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
            self._mode = 0
            self._depth = 0
