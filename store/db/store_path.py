"""Where a store lives: the default path, and the checks made before anything is
written beside a path the reader gave."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from store.errors import StoreError


def default_store_path() -> Path:
    """DATELINE_DB if set, else a file in the user's data directory."""
    env = os.environ.get("DATELINE_DB")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("dateline")) / "store.json"


def check_store_path(path: Path, create_dirs: bool) -> None:
    """Refuse paths that cannot hold a store before anything is written beside them."""
    folder = path.parent
    if not folder.exists():
        if not create_dirs:
            raise StoreError(f"folder {folder} does not exist (create it or pick another --db)")
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create {folder}: {exc.strerror or exc}") from exc
    elif not folder.is_dir():
        raise StoreError(f"{folder} is a file, not a folder; pick another --db")
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a store file")
    if path.exists() and not path.is_file():
        raise StoreError(f"{path} is not a regular file; pick another --db")
