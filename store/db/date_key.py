"""The date key: an event's place in date order packed into one int.

(start, end, doc id) in 64 bits, so sorting the ints sorts events by date and a page of
the timeline is a slice. The bit layout is known only here; the index and the query
service ask these functions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date
from itertools import repeat
from typing import Any

ORD_BITS, ID_BITS = 21, 22
MIN_ORD, MAX_ORD = 1, (1 << ORD_BITS) - 1  # MAX_ORD is in year 5741: later dates clamp
ID_MASK = (1 << ID_BITS) - 1
_SHIFT = ORD_BITS + ID_BITS


def _ord(value: str | None, default: int) -> int:
    return min(date.fromisoformat(value).toordinal(), MAX_ORD) if value else default


class DateKey:
    """An event's place in date order packed into one int: (start, end, filing order).

    Sorting the ints sorts events by date; the bit layout is known only here, so the
    rest of the package asks these functions instead of shifting bits.
    """

    @staticmethod
    def of(doc: Mapping[str, Any], doc_id: int) -> int:
        if doc_id > ID_MASK:
            raise OverflowError("too many documents for the date index")
        when = doc.get("when") or {}
        start = when.get("start")
        end = _ord(when.get("end") or start, MAX_ORD)
        return _ord(start, MIN_ORD) << _SHIFT | end << ID_BITS | doc_id

    @staticmethod
    def doc_id(key: int) -> int:
        return key & ID_MASK

    @staticmethod
    def doc_ids(keys: Iterable[int]) -> list[int]:
        return [k & ID_MASK for k in keys]

    @staticmethod
    def start(key: int) -> int:
        """The first day (date ordinal) the event covers; MIN_ORD when it has none."""
        return key >> _SHIFT

    @staticmethod
    def end(key: int) -> int:
        return (key >> ID_BITS) & MAX_ORD

    @staticmethod
    def window(start: date | None, end: date | None) -> tuple[int, int]:
        """Ordinal bounds of an inclusive date window (open ends stay open)."""
        return (start.toordinal() if start else MIN_ORD, end.toordinal() if end else MAX_ORD)

    @staticmethod
    def meets(key: int, lo: int, hi: int) -> bool:
        """True if a dated event's span overlaps [lo, hi] (ordinals from window())."""
        start, end = key >> _SHIFT, (key >> ID_BITS) & MAX_ORD
        return end >= lo and start <= hi and (start, end) != (MIN_ORD, MAX_ORD)

    @staticmethod
    def start_days(keys: Iterable[int]) -> Counter[int]:
        """Events per start day (ordinal) of these keys; undated ones left out."""
        days = Counter(map(int.__rshift__, keys, repeat(_SHIFT)))
        days.pop(MIN_ORD, None)
        return days

    @staticmethod
    def day(key: int) -> int | None:
        """The start day (ordinal) of a dated event, None for an undated one."""
        start = key >> _SHIFT
        return None if start == MIN_ORD else start

    @staticmethod
    def by_doc_id(keys: Iterable[int]) -> dict[int, int]:
        return {k & ID_MASK: k for k in keys}

    @staticmethod
    def select(
        keys: Iterable[int], after: date | None, before: date | None, allowed: Any = None
    ) -> list[int]:
        """Doc ids, in key order, of the keys whose span meets [after, before] (and whose
        doc id is in `allowed`, when given)."""
        lo = after.toordinal() if after else MIN_ORD
        hi = before.toordinal() if before else MAX_ORD
        return [
            k & ID_MASK
            for k in keys
            if (k >> ID_BITS) & MAX_ORD >= lo
            and k >> _SHIFT <= hi
            and (allowed is None or k & ID_MASK in allowed)
        ]
