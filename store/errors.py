"""One exception type per area, each with a message fit for one terminal line."""

from __future__ import annotations


class DatelineError(Exception):
    """Base for every error a user can cause; the CLI prints it on one line."""


class DateParseError(DatelineError):
    """A date or relative date that cannot be read."""


class StoreError(DatelineError):
    """The event store cannot be opened, read or written."""


class IngestError(DatelineError):
    """An article cannot be read or ingested."""


class ExportError(DatelineError):
    """A timeline cannot be exported."""


class QueryError(DatelineError):
    """A malformed search query."""
