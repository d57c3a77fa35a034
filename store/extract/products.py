"""Products and models are not actors; the maker named in them is.

"the Kestrel X2 phone", "a Northwind A350 airliner", "Roe Motors' Falcon 9 sedans": a
model code (a capitalised word with a digit) or a product noun after a name marks a
product. The product goes; the words before the model code stay as the maker
("Northwind"), an organisation.
"""

from __future__ import annotations

import re

import store.extract.gazetteer as gz
from store.extract.dictionary import common_word
from store.extract.mentions import Mention
from store.extract.wordlists import words

_MODEL = re.compile(r"^(?:[A-Z]+\d|\d)[\w-]*$|^[A-Z]\d*[A-Z]*\d[\w-]*$")
# a name's next lower-case word, past model codes and up to two adjectives ("personal")
_AFTER = re.compile(
    r"(?:\s+(?:[A-Z]*\d[\w-]*|[A-Z][a-z]+\d\w*))*"
    r"\s+(?:[a-z-]+(?:al|ic|ive|ous|ful|less|able|ible|est)\s+){0,2}([a-z]+)\b"
)


# "Ruricom's ", "Roe Motors' new ", "their forthcoming " right before a name: its owner
_OWNER = re.compile(r"(?:\w['’]s?|\b(?:its|their|our))\s+(?:[a-z-]+\s+){0,2}$")


def _owned(text: str, start: int) -> bool:
    """Does `_OWNER` find an owner in the 40 characters before `start`? Asked only where
    one of its marks is there (an apostrophe, "its", "their", "our"): the search tries
    every place."""
    lo = max(0, start - 40)
    if not any(text.find(mark, lo, start) >= 0 for mark in _OWNER_MARKS):
        return False
    return _OWNER.search(text, lo, start) is not None


_OWNER_MARKS = ("'", "’", "its", "their", "our")


def is_model(word: str) -> bool:
    """'A380', 'KC-45', '737-800', 'E1', 'X2' (a code with a digit)."""
    return bool(_MODEL.match(word))


def drop_products(text: str, ms: list[Mention]) -> list[Mention]:
    """Mentions without products; a model code cuts a name back to its maker."""
    out = []
    for m in ms:
        if m.kind in ("place", "group") or m.role:
            out.append(m)
            continue
        parts = m.surface.split(" ")
        cut = next(
            (i for i, w in enumerate(parts) if i and (is_model(w) or w in words("model_words"))),
            None,
        )  # "Lantern Air Flight (12)": the airline
        owned = _owned(text, m.start)
        if cut is not None:
            if owned:
                continue  # "Ruricom's Falcon 9": the owner made it, the product goes
            _shorten(m, parts[:cut])
            out.append(m)
            continue
        nxt = _AFTER.match(text, m.end)
        if nxt and nxt.group(1) in words("product_nouns"):
            # "Falcon jets", "Ruricom's Falcon OS software": the product alone (but in
            # "Roe's Kestrel Motors sedans" a company's name is the maker)
            if len(parts) == 1 or (owned and parts[-1] not in words("maker_heads")):
                continue
            if parts[-1] not in gz.ORG_HEADS:  # "a Lantern Airlines jet": the operator
                _shorten(m, parts[:1])
        out.append(m)
    return out


# "\b[A-Z]" written capital first ("[A-Z](?<!\w[A-Z])": the engine skips to capitals); "++"
# gives no letter back, as only ")" or a space may follow the name
_NAME_BEFORE = re.compile(r"([A-Z](?<!\w[A-Z])[A-Za-z-]++)\)?\s+(?:[A-Z]*\d[\w-]*|([a-z]+))\b")


def makers(text: str) -> frozenset[str]:
    """Capitalised words the text puts before a model code or a product noun ('Ruricom
    797', 'Ruricom jets', '(Ruricom) plane'): names of makers."""
    out = set()
    nouns = words("product_nouns")
    for m in _NAME_BEFORE.finditer(text):
        if m.group(2) is None or m.group(2) in nouns:
            out.add(m.group(1))
    return frozenset(w for w in out if not common_word(w))  # "Air 2", "Nano 4" are models


def settle_makers(text: str, ms: list[Mention]) -> list[Mention]:
    """A lone word the text also uses as a maker is an organisation, though one use reads
    like a person's ('Ruricom claims that ...')."""
    found = makers(text)
    for m in ms:
        if m.kind == "person" and not m.role and m.surface in found and " " not in m.surface:
            m.kind = "organization"
    return ms


def _shorten(m: Mention, parts: list[str]) -> None:
    surface = " ".join(parts)
    m.end = m.start + len(surface)
    m.surface = surface
    m.kind = "organization"
    m.norm = ""
