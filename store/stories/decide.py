"""The reader's hand decisions on story rows, folded into constraints for grouping.

A decision names event ids only, and event ids come from the article text and the
sentence offset (store.models.event_id), so a decision still applies after the same
articles are ingested again into this or a new store. Two kinds, applied in the order
they were made (a later decision wins over an earlier one it contradicts):
  {"kind": "together", "events": [...]}             these events make one row
  {"kind": "apart", "events": [...], "from": [...]}  these leave the row of those
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

TOGETHER, APART = "together", "apart"
STORY_KINDS = (TOGETHER, APART)


def resolve(
    decisions: Iterable[Mapping[str, Any]],
) -> tuple[list[list[str]], list[tuple[list[str], list[str]]]]:
    """(rows kept together, pairs of sets kept apart) after every decision, in order."""
    together: list[set[str]] = []
    apart: set[tuple[str, str]] = set()
    for d in sorted(decisions, key=lambda d: d.get("seq", 0)):
        kind = d.get("kind")
        events = set(d.get("events") or [])
        if kind == TOGETHER and len(events) > 1:
            apart = {(a, b) for a, b in apart if not (a in events and b in events)}
            joined = [t for t in together if t & events]
            together = [t for t in together if not t & events]
            together.append(events.union(*joined))
        elif kind == APART:
            rest = set(d.get("from") or []) - events
            if not events or not rest:
                continue
            together = [t - events if t & rest else t for t in together]
            together = [t for t in together if len(t) > 1]
            apart |= {(min(a, b), max(a, b)) for a in events for b in rest}
    return [sorted(t) for t in together], [([a], [b]) for a, b in sorted(apart)]


def split_decision(row_events: Sequence[str], part: Sequence[str]) -> dict[str, Any]:
    """Take `part` out of the row holding `row_events` (they become a row of their own)."""
    part_set = set(part)
    rest = [e for e in row_events if e not in part_set]
    return {"kind": APART, "events": sorted(part_set), "from": sorted(rest)}


def merge_decision(*rows: Sequence[str]) -> dict[str, Any]:
    """Make the rows holding these events one row."""
    return {"kind": TOGETHER, "events": sorted({e for row in rows for e in row})}
