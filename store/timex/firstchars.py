"""Which characters a rule's match can begin with, read from its compiled pattern.

The engine tries each rule anchored at a few word starts before a trigger word; a start
whose first character the pattern can never begin with is skipped without calling re.
The set is a safe over-estimate: anything this module cannot read (a negated class, a
back reference, a pattern that may match empty) gives None, "any character".
"""

from __future__ import annotations

import re
import string

try:  # Python 3.11+: the parser's modules were renamed
    from re import _constants as sc  # type: ignore[attr-defined]
    from re import _parser as sp  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants as sc  # type: ignore[no-redef]
    import sre_parse as sp  # type: ignore[no-redef]

_CATEGORY = {  # ASCII members only: a start outside ASCII is always tried
    sc.CATEGORY_DIGIT: string.digits,
    sc.CATEGORY_WORD: string.ascii_letters + string.digits + "_",
    sc.CATEGORY_SPACE: string.whitespace,
}


class _Any(Exception):
    """The pattern may begin with a character this module does not enumerate."""


def _chars(c: str, ignore_case: bool) -> set[str]:
    return {c, c.lower(), c.upper()} if ignore_case else {c}


def _seq(items, ic: bool) -> tuple[set[str], bool]:
    """First characters of a sequence of parsed items, and whether it may match empty."""
    out: set[str] = set()
    for op, av in items:
        first, empty = _item(op, av, ic)
        out |= first
        if not empty:
            return out, False
    return out, True


def _item(op, av, ic: bool) -> tuple[set[str], bool]:
    if op is sc.LITERAL:
        return _chars(chr(av), ic), False
    if op is sc.IN:
        out: set[str] = set()
        for iop, iav in av:
            if iop is sc.LITERAL:
                out |= _chars(chr(iav), ic)
            elif iop is sc.RANGE and iav[1] - iav[0] <= 256:
                for k in range(iav[0], iav[1] + 1):
                    out |= _chars(chr(k), ic)
            elif iop is sc.CATEGORY and iav in _CATEGORY:
                out |= set(_CATEGORY[iav])
            else:
                raise _Any
        return out, False
    if op is sc.BRANCH:
        out, empty = set(), False
        for alt in av[1]:
            first, e = _seq(alt, ic)
            out |= first
            empty = empty or e
        return out, empty
    if op is sc.SUBPATTERN:
        _group, add, _drop, sub = av
        return _seq(sub, ic or bool(add & re.I))  # a flag dropped only shrinks the set
    if op in (sc.MAX_REPEAT, sc.MIN_REPEAT) or op is getattr(sc, "POSSESSIVE_REPEAT", None):
        lo, _hi, sub = av
        first, empty = _seq(sub, ic)
        return first, lo == 0 or empty
    if op is getattr(sc, "ATOMIC_GROUP", None):
        return _seq(av, ic)
    if op in (sc.AT, sc.ASSERT, sc.ASSERT_NOT):
        return set(), True  # zero-width: the next item gives the first character
    raise _Any


def first_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The ASCII characters a match of `pattern` can begin with (None: cannot tell)."""
    try:
        first, empty = _seq(sp.parse(pattern.pattern, pattern.flags), bool(pattern.flags & re.I))
    except _Any:
        return None
    if empty:
        return None
    return frozenset(c for c in first if c < "\x80")
