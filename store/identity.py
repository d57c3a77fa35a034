"""Actor identity: which actor records are one real entity, in one place.

Two callers ask: ingest, joining the pieces of one long article (`merge_actors`), and
the store, filing an article's actors among the stored ones (`store.identity_filing`,
which asks `same_actor` and `combine` here). Inputs and outputs are plain data (Actor
records, name keys, id mappings); the store applies what is decided and this module
never touches it.

Filing is order-free: two records are the same actor by a test on the pair alone
(`same_actor`), and a merged record's name, kind, aliases and description are a
function of the set merged (`combine`), so the same articles filed in any order give
the same actors. A bare surname ("Smith said") joins the one person called by it only
when the filing settles, and leaves again when a second person with that surname comes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from store.models import Actor, ActorKind
from store.short_names import short_forms, short_key
from store.textclean import fold

_PARTICLES = frozenset("al el bin ibn ben abu de del da di du la le van von der den st".split())
# a merged non-person takes the first kind here: a name used for a country and for its
# government is filed as the place, a movement named as a group and as a body as the body
_KIND_ORDER: tuple[ActorKind, ...] = ("place", "organization", "group", "person")


# -- names ------------------------------------------------------------------------
def name_key(s: str) -> str:
    """Name as merged: case, a leading "the" and dots in initials ("U.S." = "US") ignored."""
    s = s.casefold().replace("’", "'")
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"\b(?:\w\.){2,}", lambda m: m.group().replace(".", ""), s)
    return re.sub(r"[^\w]+", " ", s).strip()


@lru_cache(maxsize=1 << 16)
def akey(name: str) -> str:
    """`name_key` plus accent folding: what the store's look-ups compare (the same names
    come back with every article, so the answers are kept)."""
    return name_key(fold(name))


def name_tails(name: str) -> list[str]:
    """Shorter forms a person's full name is referred to by ("Al Ansari", "Ansari")."""
    words = re.sub(r",?\s+(?:Jr\.?|Sr\.?|II|III|IV)$", "", name).split()
    out = []
    for i in range(1, len(words)):
        if words[i].lower() in _PARTICLES or i == len(words) - 1:
            out.append(" ".join(words[i:]))
    return out


def surname_key(actor: Actor) -> str | None:
    """The key of the surname a person is filed under ("smith"), None for non-people."""
    if actor.kind != "person":
        return None
    return akey(actor.name).rpartition(" ")[2] or None


def _owner_stripped(name: str) -> str:
    """A body's name without its owner ("Norway's Ministry of Health" -> "Ministry of
    Health"): many owners have such a body, so that shorter name proves nothing."""
    m = re.match(r"(.+?)['’]s\s+(\S.*)$", name)
    return m.group(2) if m else name


def evidence(actor: Actor) -> set[str]:
    """Keys that identify an actor across articles: its name and the aliases that are
    names of it alone. A person's one-word alias (a surname), a place's other names (a
    capital standing for its country) and a body's name without its owner are not."""
    keys = {akey(actor.name)}
    if actor.kind == "place":
        return keys
    bare = _owner_stripped(actor.name)
    for alias in actor.aliases:
        if alias == bare and alias != actor.name:
            continue
        if actor.kind == "person" and len(alias.split()) < 2:
            continue
        keys.add(akey(alias))
    return keys


@lru_cache(maxsize=1)
def _field_nouns() -> frozenset[str]:
    """The ordinary words of a body's field (identity_fields.txt)."""
    text = files("store").joinpath("identity_fields.txt").read_text(encoding="utf-8")
    lines = (ln for ln in text.splitlines() if not ln.startswith("#"))
    return frozenset(w for ln in lines for w in ln.split())


def _proper_field(field: str) -> bool:
    """Is a body's 'of' field a proper name: a capitalised word that is no field noun
    ("Zenda", "Boston", "Ohio")? Many places have a "Savings Bank" or a "Supreme Court";
    a field of ordinary words ("Elders", "Staff") is the body's own."""
    nouns = _field_nouns()
    return any(w[:1].isupper() and w.lower() not in nouns for w in re.findall(r"[\w'’-]+", field))


@lru_cache(maxsize=1 << 14)
def body_head(name: str) -> str:
    """The key of a body's name cut before its 'of' field ("Tarnby Board of Elders" ->
    "tarnby board"), when the cut keeps two words or more and the field is no proper
    name (a "Savings Bank of Zenda" is not the "Savings Bank"); "" when there is none."""
    head, sep, field = re.sub(r"^the\s+", "", name.strip(), flags=re.I).partition(" of ")
    if not sep or len(akey(head).split()) < 2 or _proper_field(field):
        return ""
    return akey(head)


def place_stem(key: str) -> str:
    """A place's key without one last letter, for spellings that differ only there
    ("zendah" / "zenda"); "" for short names and for an ending that makes a plural, a
    people or another place: 's' ("americas"), 'n', 'i' ("omani"), 'a' ("somalia")."""
    if len(key) < 5 or not key[-1].isalpha() or key[-1] in "snia" or " " in key[-2:]:
        return ""
    return key[:-1]


@dataclass(frozen=True)
class Signature:
    """What same_actor reads of a record, worked out once."""

    id: str
    kind: str
    key: str
    evidence: frozenset[str]
    short: str = ""  # a one-word organisation's name as a short form ("navcom")
    forms: frozenset[str] = frozenset()  # the short forms of a longer organisation name
    head: str = ""  # an organisation's name before its "of" field ("tarnby board")

    @classmethod
    def of(cls, actor: Actor) -> Signature:
        org = actor.kind == "organization"
        return cls(
            actor.id,
            actor.kind,
            akey(actor.name),
            frozenset(evidence(actor)),
            short_key(actor.name) if org else "",
            short_forms(actor.name) if org else frozenset(),
            body_head(actor.name) if org else "",
        )

    def same(self, other: Signature) -> bool:
        if self.id == other.id:
            return True  # one id is one stored record
        if (self.kind == "person") != (other.kind == "person"):
            return False
        if self.key == other.key:
            return True
        if self.kind != other.kind:
            return False
        if self.short in other.forms or other.short in self.forms:
            return True  # "Navcom" / "Zenda Naval Command" (forms never hold "")
        if self.kind == "organization" and (self.key == other.head or other.key == self.head):
            return True  # "Tarnby Board" / "Tarnby Board of Elders" (heads are never "")
        if self.kind == "place" and _variant(self.key, other.key):
            return True  # "Zenda" / "Zendah"
        return not self.evidence.isdisjoint(other.evidence)


def _variant(a: str, b: str) -> bool:
    """Two spellings of one place, the longer with one more last letter."""
    short, long = sorted((a, b), key=len)
    return len(long) == len(short) + 1 and place_stem(long) == short


def same_actor(a: Actor, b: Actor) -> bool:
    """Are two records one actor? A test on the pair alone, so merging is order-free."""
    return Signature.of(a).same(Signature.of(b))


def _name_rank(name: str) -> tuple:
    """Which name a merged actor carries: the fullest (most words, then longest)."""
    return (-len(name.split()), -len(name), name.casefold(), name)


def _best_description(descriptions: Iterable[str]) -> str:
    found = [d for d in descriptions if d]
    return min(found, key=lambda d: (-len(d), d)) if found else ""


def combine(members: list[Actor], *, head: Actor | None = None) -> Actor:
    """One record for actors that are one: the fullest name (or `head`'s name and id),
    the first kind in _KIND_ORDER, every other name as a sorted alias, the fullest
    description. Depends on the set of members, not on their order."""
    if head is None:
        head = min(members, key=lambda a: (_name_rank(a.name), a.id))
    kind = min((a.kind for a in members), key=_KIND_ORDER.index)
    names = {n for a in members for n in (a.name, *a.aliases)} - {head.name}
    return Actor(
        id=head.id,
        name=head.name,
        kind=kind,
        aliases=sorted(names, key=lambda n: (n.casefold(), n)),
        description=_best_description(a.description for a in members),
    )


def named_by_surname_only(person: Actor, surname: str, text: str) -> bool:
    """Does a text call this person by the surname alone, never by a full name (the name
    or a multi-word alias)? Then its mention was a bare surname's, filed with the person."""
    flat = fold(" ".join(text.split()))
    full = [n for n in (person.name, *person.aliases) if len(n.split()) >= 2]
    if any(fold(" ".join(n.split())) in flat for n in full):
        return False
    return re.search(rf"\b{re.escape(fold(surname))}\b", flat) is not None


# -- the pieces of one article -------------------------------------------------------
def merge_actors(
    existing: list[Actor], new: list[Actor], *, same_article: bool = False
) -> tuple[list[Actor], dict[str, str]]:
    """Merge `new` actors into `existing` (pieces of one long article, in text order).

    An existing actor keeps its id and name (earlier pieces already refer to it) and
    gains the new names; `same_actor` decides. With `same_article=True` a person known
    only by a surname ("Trump") also joins the one existing person it is the surname of.

    Returns `(merged, renames)`: existing actors first, then the unmatched new ones,
    and each new actor id -> the id it now has.
    """
    merged = [a.model_copy(deep=True) for a in existing]
    renames: dict[str, str] = {}
    for a in new:
        target = next((b for b in merged if same_actor(b, a)), None)
        if target is None and same_article and a.kind == "person" and " " not in a.name:
            people = [
                b for b in merged if b.kind == "person" and a.name in name_tails(b.name) + b.aliases
            ]
            target = people[0] if len(people) == 1 else None
        if target is None:
            merged.append(a.model_copy(deep=True))
            renames[a.id] = a.id
            continue
        for alias in [a.name, *a.aliases]:
            if alias != target.name and alias not in target.aliases:
                target.aliases.append(alias)
        target.description = target.description or a.description
        renames[a.id] = target.id
    return merged, renames
