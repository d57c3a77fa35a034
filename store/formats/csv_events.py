"""One row per event, RFC 4180 (CRLF rows, quoted where needed), for spreadsheets.

Export only, by design: a row keeps no event id, article or quote and names actors
without their kinds, so reading it back could only guess and would duplicate what the
store holds; `dateline import` says so and points to the JSON export, which round-trips.
"""

from __future__ import annotations

import csv
import io

from store.formats.timeline import Timeline

COLUMNS = ("date_start", "date_end", "value", "title", "actors", "source", "url", "sentence")


def to_csv(tl: Timeline) -> str:
    """Header plus one row per event; actors joined with '; '."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    for ev in tl.events:
        article = tl.article_of(ev)
        writer.writerow(
            (
                ev.when.start.isoformat() if ev.when.start else "",
                ev.when.end.isoformat() if ev.when.end else "",
                ev.when.value,
                ev.title,
                "; ".join(tl.actor_names(ev)),
                article.source if article else "",
                article.url if article else "",
                ev.sentence,
            )
        )
    return out.getvalue()


def is_events_csv(text: str) -> bool:
    """Does the text start with this export's header row?"""
    first = text.lstrip("\ufeff").split("\n", 1)[0].strip()
    return first == ",".join(COLUMNS)
