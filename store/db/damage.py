"""What to tell the user when a store file cannot be used, and how to recover.

Each message is one line naming the file and, where a backup exists, the command that
restores it; an empty or unreadable store beside a non-empty backup is damaged, never
treated as a new store.
"""

from __future__ import annotations

from pathlib import Path

from store.errors import StoreError


def recovery_hint(path: Path) -> str:
    bak = path.with_name(path.name + ".bak")
    if bak.exists():
        return f"restore the last good copy with: cp {bak} {path}"
    return f"move {path} away to start an empty store"


class NotAStoreError(StoreError):
    """The file is something else (another program's JSON, a text file): never touched."""


def not_a_store(path: Path, why: str) -> NotAStoreError:
    bak = path.with_name(path.name + ".bak")
    hint = f"; if it was one, restore the last good copy with: cp {bak} {path}"
    return NotAStoreError(
        f"{path} is not a dateline store ({why}); pick another --db"
        + (hint if bak.exists() else "")
    )


def corrupt(path: Path, why: str) -> StoreError:
    return StoreError(
        f"{path} is not a readable dateline store (corrupt or truncated: {why}); "
        + recovery_hint(path)
    )


def backup_size(path: Path) -> int:
    """Bytes in the store's .bak (0 when there is none)."""
    try:
        return path.with_name(path.name + ".bak").stat().st_size
    except OSError:
        return 0


def damaged(path: Path, why: str) -> StoreError:
    """An empty or unreadable store beside a non-empty backup: never a new store."""
    bak = path.with_name(path.name + ".bak")
    return StoreError(
        f"{path} is damaged ({why}) and nothing was written; "
        f"restore the last good copy with: cp {bak} {path}"
    )
