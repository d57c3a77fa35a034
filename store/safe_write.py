"""Writing a file so that a crash leaves the old or the new one, never half of either.

Shared by the store (snapshots, their .bak) and exports. The temp file is created like
any new file (mode 0o666 less the umask), or with the mode of the file it replaces.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, TypeVar

from store.errors import StoreError

T = TypeVar("T")
Writer = Callable[[BinaryIO], T]  # writes the new content to the file it is handed
WRITE_BUFFER = 1 << 20  # bytes: a streamed write reaches the file in pieces this big


def new_file_mode(path: Path) -> int | None:
    """The mode a rewrite of path keeps (None for a new file, which follows the umask)."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return None


def _create_temp(folder: Path, name: str) -> tuple[int, str]:
    """A new temp file created with 0o666, so the umask decides its mode as for any new
    file (tempfile.mkstemp would make every store and export owner-only)."""
    for _ in range(100):
        tmp = str(folder / f".{name}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), tmp
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(folder))


def atomic_write_bytes(
    path: Path, data: bytes | Writer[T], *, backup_if: Callable[[Path], bool] | None = None
) -> T | None:
    """Write data so readers see the old or the new file; keep the old one as .bak if
    backup_if(path) says it is worth keeping. A new file follows the umask; a rewritten
    one keeps its mode.

    `data` may be a function that writes the content to the (buffered) file it is handed,
    so a big file is streamed, never held whole; its result is returned."""
    folder = path.parent
    try:
        fd, tmp = _create_temp(folder, path.name)
    except OSError as exc:
        raise StoreError(f"cannot write in {folder}: {exc.strerror or exc}") from exc
    result = None
    try:
        with os.fdopen(fd, "wb", buffering=WRITE_BUFFER) as fh:
            mode = new_file_mode(path)
            if mode is not None:
                os.fchmod(fh.fileno(), mode)
            if callable(data):
                result = data(fh)
            else:
                fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if backup_if is not None and backup_if(path):
            bak = path.with_name(path.name + ".bak")
            bak_tmp = Path(tmp + ".bak")
            os.link(path, bak_tmp)
            os.replace(bak_tmp, bak)
        os.replace(tmp, path)
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise StoreError(f"cannot write {path}: {exc.strerror or exc}") from exc
        raise
    return result
