"""The products each sentence tells of, by the fullest names the article gives them.

Products are not actors, but a reader searching for the "Northwind A9" wants every
sentence about it: the ones naming it in full, the ones naming it short ("the A9"),
and the ones that go on to call it "the plane" or "it" (`product_refs`), or name it
by a description anywhere ("ten more of the jets": `product_desc`). An event keeps
these names (`Event.things`) so that search finds it by them. A name the article only
gives as a bare model code ("797", "797-200 Skylark") is prefixed with its maker when
the article writes the maker right before that code ("Northwind's 797", "Northwind
797"), and the maker is one of its organisations: "Northwind 797" is what a reader types.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from store.extract.doc import ArticleDoc
from store.extract.product_desc import described_products
from store.extract.product_refs import ProductRef, fullest, product_names
from store.extract.products import is_model

_CODE = r"(?:\d{2,}[\w-]*|[A-Z]+\d[\w-]*)"
# a capitalised name right before a model code ("Northwind 797"), or its possessive up
# to two lower-case words before ("Northwind's larger 797"; not "Lantern buys 797s");
# "\b[A-Z]" is written capital first ("[A-Z](?<!\w[A-Z])") so the engine skips to capitals;
# "*+" gives no letter of a word back: what follows a word (" ", "'s") is never one
_MAKER_CODE = re.compile(
    rf"([A-Z](?<!\w[A-Z])[\w&-]*+(?: [A-Z][\w&-]*+)*)"
    rf"(?: |[’']s (?:[a-z-]+ ){{0,2}}?)({_CODE})(?![\w.,]\d)"
)
_CODE_WORD = re.compile(rf"(?<![\w$.,-]){_CODE}(?![\w.,]\d)")
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_MEASURE = re.compile(r"^\d[\d.,]*-?(?:[a-z]+|[KMGT]B|GHz|MP)$")


def sentence_things(doc: ArticleDoc, refs: dict[int, list[ProductRef]]) -> dict[int, list[str]]:
    """Sentence start -> the names of the products it names or refers to (`refs`, from
    product_refs), in the order first seen, for every sentence (headline included)."""
    found = product_names(doc)
    known = {n for _, _, n in found}
    names = [(a, _singular(n, known)) for a, _, n in found]
    full = fullest([n for _, n in names])
    orgs = {
        n for a in doc.actors.values() if a.kind == "organization" for n in (a.name, *a.aliases)
    }
    makers = _makers(doc.text, orgs)
    spots = [(a, _with_maker(top, makers)) for a, n in names if (top := _stands_for(n, full[n]))]
    spots += _coded(doc, makers)
    referred = [(r.start, _with_maker(r.name, makers)) for rs in refs.values() for r in rs]
    spots += referred + described_products(doc, spots, referred)  # "ten more of the jets"
    out: dict[int, list[str]] = {}
    starts = [s.start for s in doc.sentences]
    for at, name in sorted(spots):
        i = bisect_right(starts, at) - 1
        if i >= 0 and at < doc.sentences[i].end:
            held = out.setdefault(starts[i], [])
            if name not in held:
                held.append(name)
    return out


def _stands_for(name: str, tops: list[str]) -> str | None:
    """The one fuller name a short one stands for: "A9" for "Northwind A9" (words before
    it name its maker). A family name followed by more ("eReader" in "eReader 2") is the
    family, not that model; one that several fuller names hold ("797" in "Northwind 797"
    and "Kestrel 797") stands for none of them."""
    if len(tops) != 1:
        return None
    return tops[0] if tops[0].endswith(" " + name) or tops[0] == name else name


def _singular(name: str, known: set[str]) -> str:
    """ "Skylarks" -> "Skylark" when the article uses that too."""
    return name[:-1] if name.endswith("s") and name[:-1] in known else name


def _base(code: str) -> str:
    """ "797-200XR" -> "797": the model a variant belongs to."""
    return code.split("-")[0]


def _makers(text: str, orgs: set[str]) -> dict[str, str]:
    """Model code -> its maker, where the article writes one of its organisations right
    before the code ("Northwind's larger 797 planes"); a code two makers share has none."""
    seen: dict[str, set[str]] = {}
    if not orgs:
        return {}  # no organisation to be a maker
    for m in _MAKER_CODE.finditer(text):
        maker, code = m.group(1), m.group(2)
        if maker in orgs and _is_code(code):
            seen.setdefault(_base(code), set()).add(maker)
    return {code: ms.pop() for code, ms in seen.items() if len(ms) == 1}


def _is_code(word: str) -> bool:
    return is_model(word) and not _YEAR.match(word) and not _MEASURE.match(word)


def _with_maker(name: str, makers: dict[str, str]) -> str:
    """ "797 Skylark" -> "Northwind 797 Skylark" when Northwind makes the 797."""
    maker = makers.get(_base(name.split(" ")[0]))
    return f"{maker} {name}" if maker else name


def _coded(doc: ArticleDoc, makers: dict[str, str]) -> list[tuple[int, str]]:
    """Every bare code of a known maker's model ("the 797-200XR", "its 797"), outside
    date mentions, as (offset, "Maker code")."""
    if not makers:
        return []
    dated = [(m.start, m.end) for m in doc.dates]
    out = []
    for m in _CODE_WORD.finditer(doc.text):
        code = m.group(0)
        maker = makers.get(_base(code))
        if maker is None or not _is_code(code) or any(a <= m.start() < b for a, b in dated):
            continue
        out.append((m.start(), f"{maker} {code}"))
    return out
