"""TinyDB storage that never leaves a half-written file.

Plain JSONStorage rewrites the file in place, so a crash mid-write loses the store.
Here every write goes to a temp file that is fsynced and renamed over the old one.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from store.errors import StoreError


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write data to path so that readers see either the old or the new file."""
    folder = path.parent
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise StoreError(f"cannot write in {folder}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise StoreError(f"cannot write {path}: {exc.strerror or exc}") from exc


class AtomicJSONStorage(Storage):
    """JSON on disk, replaced atomically on each write."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._depth = 0
        self._pending: dict[str, dict[str, Any]] | None = None

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Hold writes until the outermost batch ends: one file write per batch."""
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
        if self._depth == 0 and self._pending is not None:
            data, self._pending = self._pending, None
            self.write(data)

    def read(self) -> dict[str, dict[str, Any]] | None:
        if self._pending is not None:
            return self._pending
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise StoreError(f"cannot read {self.path}: {exc.strerror or exc}") from exc
        if not raw.strip():
            return None
        try:
            return json.loads(raw)
        except (ValueError, UnicodeDecodeError) as exc:
            raise StoreError(
                f"{self.path} is not a readable dateline store (corrupt or truncated); "
                "restore it from its .bak copy or move it away"
            ) from exc

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        if self._depth:
            self._pending = data
            return
        atomic_write_bytes(self.path, json.dumps(data, ensure_ascii=False).encode("utf-8"))

    def close(self) -> None:
        pass
