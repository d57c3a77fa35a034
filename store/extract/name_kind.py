"""The kind of a bare name typed by hand ("Lake Zenda", "Harbour Office", "Jane Roe").

The chunk rules of `kinds.classify` run on the name alone: no article to parse and no
date tagging, so a hand-added actor costs a few table look-ups. What the rules leave
open is settled as a name with no context would be: a two-word "person" without a given
name is an organisation (as `people.settle_people` decides without evidence), a lone
unknown word a person.
"""

from __future__ import annotations

import store.extract.gazetteer as gz
from store.extract.chunks import chunks
from store.extract.context import demonym_group
from store.extract.kinds import classify
from store.extract.mentions import Mention, tokens
from store.extract.names import GIVEN
from store.extract.people import first_name
from store.models import ActorKind

_KINDS: tuple[ActorKind, ...] = ("person", "organization", "place", "group")


def name_kind(name: str) -> ActorKind:
    """The kind extraction's rules give `name` standing alone; person when they give none."""
    name = name.strip()
    found = [m for c in chunks(name, tokens(name, 0, len(name))) for m in classify(name, c)]
    first = name.split()[0] if name.split() else ""
    if first in gz.DEMONYM or gz.place_name(first):  # "Cuban government", "Qatari officials"
        group = demonym_group(name, Mention(0, len(first), first, "place"))
        if group is not None:
            return "organization" if group.kind == "organization" else "group"
    if not found:
        return "person"
    m = max(found, key=lambda m: (m.end - m.start, -m.start))  # the mention naming most of it
    kind = m.kind
    if kind == "person" and not m.role and " " in m.surface:
        if first_name(m.surface.split()) not in GIVEN:
            kind = "organization"  # "Harbour Lantern": no given name, no evidence of a person
    return kind if kind in _KINDS else "person"
