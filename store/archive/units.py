"""Work units: the inputs of a batch cut into pieces a worker reads on its own.

Files and folders go through ingest's readers (store.formats.sources), a few files to a
unit; Parquet files (columns text, published, optional title, source, url) are cut by
row groups. A unit is plain data, so any worker on any machine can read it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from store.errors import IngestError
from store.formats.articles import ArticleInput, parse_date
from store.formats.sources import expand, read_path

FILES_PER_UNIT = 8
ROWS_PER_UNIT = 250
PARQUET = (".parquet", ".pq")


@dataclass(frozen=True)
class Unit:
    """Files to read with ingest's readers, or rows [first, first+count) of a Parquet file."""

    index: int
    paths: tuple[str, ...] = ()
    parquet: str = ""
    first: int = 0
    count: int = 0


def plan(inputs: list[str], *, rows_per_unit: int = ROWS_PER_UNIT) -> tuple[list[Unit], list[str]]:
    """Units for the inputs in a fixed order (the same inputs give the same units), and
    one-line reasons for inputs that cannot be read at all."""
    import pyarrow.parquet as pq

    files: list[str] = []
    tables: list[str] = []
    failed: list[str] = []
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            tables += sorted(str(p) for p in path.rglob("*") if p.suffix.lower() in PARQUET)
        elif path.suffix.lower() in PARQUET and path.is_file():
            tables.append(str(path))
            continue
        found, errors = expand([raw])
        failed += [str(e) for e in errors if not (path.is_dir() and tables)]
        files += found
    units: list[Unit] = []
    files = list(dict.fromkeys(files))
    for i in range(0, len(files), FILES_PER_UNIT):
        units.append(Unit(len(units), paths=tuple(files[i : i + FILES_PER_UNIT])))
    for table in dict.fromkeys(tables):
        try:
            rows = pq.ParquetFile(table).metadata.num_rows
        except Exception as exc:  # noqa: BLE001 - any unreadable file is one line
            failed.append(f"{table}: not a Parquet file ({exc})")
            continue
        for first in range(0, rows, rows_per_unit):
            units.append(Unit(len(units), parquet=table, first=first, count=rows_per_unit))
    return units, failed


def read_unit(unit: Unit) -> list[ArticleInput | IngestError]:
    """Every article of a unit; a bad file or row comes back as an error, never raised."""
    out: list[ArticleInput | IngestError] = []
    for path in unit.paths:
        out += read_path(path)
    if unit.parquet:
        out += _read_rows(unit)
    return out


def _read_rows(unit: Unit) -> list[ArticleInput | IngestError]:
    import pyarrow.parquet as pq

    table = pq.read_table(unit.parquet).slice(unit.first, unit.count)
    names = set(table.column_names)
    if not {"text", "published"} <= names:
        return [IngestError(f"{unit.parquet}: needs columns text and published")]
    cols = {n: table.column(n).to_pylist() for n in names}
    out: list[ArticleInput | IngestError] = []
    for i in range(table.num_rows):
        origin = f"{unit.parquet}#{unit.first + i}"
        try:
            out.append(_row(cols, i, origin))
        except IngestError as exc:
            out.append(exc)
    return out


def _text(value: object, origin: str, name: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        try:
            value = value.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise IngestError(f"{origin}: {name} is not UTF-8 text") from exc
    text = str(value)
    if "\x00" in text:
        raise IngestError(f"{origin}: {name} holds binary data (NUL bytes)")
    return text


def _row(cols: dict[str, list], i: int, origin: str) -> ArticleInput:
    text = _text(cols["text"][i], origin, "text")
    if not text.strip():
        raise IngestError(f"{origin}: no article text")
    raw = cols["published"][i]
    if isinstance(raw, datetime):
        published = raw.date()
    elif isinstance(raw, date):
        published = raw
    elif raw is None or not str(raw).strip():
        raise IngestError(f"{origin}: no published date")
    else:
        published = parse_date(_text(raw, origin, "published"), origin)
    meta = {
        k: _text(cols[k][i], origin, k) if k in cols else "" for k in ("title", "source", "url")
    }
    return ArticleInput(text=text, origin=origin, published=published, **meta)
