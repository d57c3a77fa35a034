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
        (a typo in a path should fail, not scatter stores)."""
        return EventStore(self.path, create_dirs=self.db is None)


pass_ctx = click.make_pass_decorator(Ctx, ensure=True)
