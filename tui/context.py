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

    def open(self, *, create_dirs: bool = False) -> EventStore:
        return EventStore(self.path, create_dirs=create_dirs)


pass_ctx = click.make_pass_decorator(Ctx, ensure=True)
