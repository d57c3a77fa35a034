"""Archive scale: extraction mapped over partitions on Dask into Parquet, and back.

`batch` (store.archive.run) tags and extracts articles on a Dask cluster into Parquet
datasets; `load` (store.archive.load) pulls the events a query matches into a local
store. Both need the optional `scale` extra (dask[distributed], pyarrow, duckdb); the
default install never imports them, and `require()` says how to get them.
"""

from __future__ import annotations

import importlib.util

from store.errors import DatelineError

INSTALL_HINT = "this needs the scale extra: pip install 'dateline[scale]'"
_MODULES = ("dask", "distributed", "pyarrow", "duckdb")


class ArchiveError(DatelineError):
    """A batch or load that cannot run (missing extra, bad output folder, cluster)."""


def require() -> None:
    """Raise ArchiveError with the install line when any scale package is missing."""
    missing = [m for m in _MODULES if importlib.util.find_spec(m) is None]
    if missing:
        raise ArchiveError(f"{INSTALL_HINT} (missing: {', '.join(missing)})")
