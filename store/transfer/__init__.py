"""Timelines between the store and files: export (collect, render, write) and import.

store.formats holds the formats themselves (pure: records in, text out and back);
this package is where they meet the store.
"""

from __future__ import annotations

from store.formats.exchange import EXPORT_FORMATS, suggest_filename
from store.transfer.collect import collect
from store.transfer.exports import export_timeline, save_export
from store.transfer.imports import (
    ImportReport,
    PendingImport,
    import_bytes,
    import_file,
    load_import,
    read_import,
)
from store.transfer.restore import RestoreReport, restore

__all__ = [
    "EXPORT_FORMATS",
    "ImportReport",
    "PendingImport",
    "RestoreReport",
    "collect",
    "export_timeline",
    "import_bytes",
    "import_file",
    "load_import",
    "read_import",
    "restore",
    "save_export",
    "suggest_filename",
]
