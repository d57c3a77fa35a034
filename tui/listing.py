"""Event listings written row by row: aligned lines for people, a JSON array for programs.

Nothing here holds the whole listing: each event is formatted and written as the store
hands it over, so 100,000 events start at once and take the memory of one row.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice, repeat
from typing import TextIO

from store import Event
from tui.dates import precise_label as when_label  # the app's labels, one definition
from tui.textsafe import one_line

FIRST = 64  # rows laid out together first: column widths come from them
WHEN_MAX, VALUE_MAX = 26, 14


def plural(n: int, noun: str) -> str:
    """ "1 event", "2 events", "100,000 events"."""
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def count_line(total: int, noun: str, offset: int, shown: int) -> str:
    """A listing's first line: "30 events", "30 events, showing 3-7", and for an --offset
    past the end a plain word about it instead of "showing 58-58" above no rows."""
    head = plural(total, noun)
    if shown == total:
        return head
    if not shown and offset >= total > 0:
        return f"{head}; --offset {offset:,} is past the last one"
    return f"{head}, showing {offset + 1 if shown else offset:,}-{offset + shown:,}"


def write_json(out: TextIO, objects: Iterable[str]) -> int:
    """JSON objects (one string each) as one JSON array, an object per line; the count.
    The first few go out at once, the rest in chunks (fewer, larger writes)."""
    it = iter(objects)
    n = 0
    out.write("[")
    for size in chain((FIRST,), repeat(1024)):
        chunk = list(islice(it, size))
        if not chunk:
            break
        out.write(("\n" if n == 0 else ",\n") + ",\n".join(chunk))
        out.flush()
        n += len(chunk)
    out.write("\n]\n" if n else "]\n")
    return n


def write_lines(
    out: TextIO,
    events: Iterable[Event],
    actor_name: Callable[[str], str],
    *,
    width: int | None = None,
) -> int:
    """One aligned line per event (when, value, title · actors); wrapped to `width` with
    a hanging indent when given (a terminal), whole lines otherwise. Returns the count."""
    it = iter(events)
    first = list(islice(it, FIRST))
    if not first:
        return 0
    w_when = min(WHEN_MAX, max(4, *(len(when_label(e.when)) for e in first)))
    w_value = min(VALUE_MAX, max(5, *(len(one_line(e.when.value)) for e in first)))
    indent = w_when + w_value + 4
    wrap = None
    if width is not None and width - indent >= 20:
        pad = " " * indent  # the first line's pad is cut off again: the columns go there
        wrap = textwrap.TextWrapper(width=width, initial_indent=pad, subsequent_indent=pad)
    out.write(f"{'when':<{w_when}}  {'value':<{w_value}}  event · actors\n")
    n = 0
    for batch in _batches(first, it):
        rows = []
        for ev in batch:
            text = one_line(ev.title)
            names = ", ".join(one_line(actor_name(a)) for a in ev.actors)
            if names:
                text = f"{text} · {names}"
            if wrap is not None:
                text = "\n".join(wrap.wrap(text))[indent:] or text
            label, value = when_label(ev.when), one_line(ev.when.value)
            rows.append(f"{label:<{w_when}}  {value:<{w_value}}  {text}\n")
        out.write("".join(rows))
        out.flush()
        n += len(rows)
    return n


def _batches(first: list[Event], rest: Iterator[Event], size: int = 1024) -> Iterator[list[Event]]:
    yield first
    while batch := list(islice(rest, size)):
        yield batch
