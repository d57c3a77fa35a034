"""Short forms an organisation's full name is written as in other articles.

"NATO" for "North Atlantic Treaty Organization" (initials) and "Centcom" for "US
Central Command" (the first letters of each word run together) name one body across
articles. Only forms of at least three letters count, from names of two or more
capitalised words, and only between organisations: conservative, so that two bodies
are never joined on a short name alone by chance of a common pair of letters.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product

_SMALL = frozenset("of the and for de du des la le del on in at to & amp".split())
_WORD = re.compile(r"[A-Za-z][\w'’.-]*")


def _significant(name: str) -> list[str]:
    words = [w for w in _WORD.findall(name) if w.lower() not in _SMALL]
    return [w for w in words if w[0].isupper()] if len(words) >= 2 else []


@lru_cache(maxsize=1 << 14)
def short_forms(name: str) -> frozenset[str]:
    """Lower-case short forms of a multi-word organisation name: its initials, with and
    without a leading country code ("US", "U.S."), and its words' first two to five
    letters run together (two or three words after the code)."""
    words = _significant(name)
    if len(words) < 2:
        return frozenset()
    heads = [words]
    lead = words[0].replace(".", "")
    if lead.isupper() and len(lead) <= 3 and len(words) > 2:
        heads.append(words[1:])  # "US Central Command" is also "Central Command"
    out: set[str] = set()
    for ws in heads:
        initials = "".join(w[0] for w in ws).lower()
        if len(initials) >= 3:
            out.add(initials)
        if 2 <= len(ws) <= 3:
            stems = [[w[:k].lower() for k in range(2, min(5, len(w)) + 1)] for w in ws]
            out.update("".join(p) for p in product(*stems) if len("".join(p)) >= 5)
    return frozenset(out)


def short_key(name: str) -> str:
    """The key a one-word name is compared on ("Centcom" -> "centcom"); "" for longer or
    shorter names, which are no short form."""
    bare = name.replace(".", "")
    return bare.lower() if " " not in bare and len(bare) >= 3 and bare.isalpha() else ""
