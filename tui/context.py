"""What every command shares: the store path and how to open it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import click

from store import EventStore, default_store_path


@dataclass
class Ctx:
    db: Path | None = None

    @property
    def path(self) -> Path:
        return self.db if self.db is not None else default_store_path()

    def open(self) -> EventStore:
        """The store; the default data folder is made on first use, a --db folder never is
        (a typo in a path should fail, not scatter stores). A store this command creates
        and then never writes (a failed import into a new --db) leaves nothing behind."""
        path = self.path
        fresh = not path.exists()
        store = EventStore(path, create_dirs=self.db is None)
        current = click.get_current_context(silent=True)
        if fresh and current is not None:
            current.call_on_close(lambda: _tidy_unwritten(path))
        return store


def _tidy_unwritten(path: Path) -> None:
    """Remove the empty lock and journal beside a store file that was never written."""
    if path.exists():
        return
    for suffix in (".journal", ".lock"):
        extra = path.with_name(path.name + suffix)
        try:
            if extra.stat().st_size == 0:
                extra.unlink()
        except OSError:
            pass


pass_ctx = click.make_pass_decorator(Ctx, ensure=True)
