"""The index beside the TinyDB tables, kept in step with every write.

It answers what a scan would otherwise answer: record id -> doc id per table, folded
word -> event doc ids per field (title, quote, actor names, sentence), events by actor,
article and quote, events in date order, events per day. Saved in each snapshot as
sections decoded on first use (store/db/index_format.py), so opening reads almost nothing;
posting lists stay packed arrays with small per-term changes on top (store/db/postings.py),
so a write never unpacks them. A section that fails its checks when first used makes
the index rebuild itself from the documents, with one line saying so.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, insort
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import Any

from store.db.date_key import DateKey
from store.db.index_format import (
    IndexDamaged,
    Section,
    decode_index,
    decode_json,
    decode_u64,
    encode_json,
    encode_u64,
    index_parts,
    is_id_map,
    is_str_list,
    is_str_map,
)
from store.db.postings import Postings
from store.textclean import fold

__all__ = ["FIELDS", "WEIGHTS", "DateKey", "StoreIndex", "fold", "words"]

log = logging.getLogger("dateline.store")
FIELDS = ("t", "q", "a", "b")  # title, quote, actor names, body (sentence)


def body_text(doc: Doc) -> str:
    """What the body field holds: the sentence, and the names of the products the event
    tells of (`things`: "the plane" found by "Northwind A9")."""
    things = doc.get("things") or []
    sentence = doc.get("sentence") or ""
    return " | ".join([sentence, *things]) if things else sentence


WEIGHTS = {"t": 3.0, "q": 2.0, "a": 1.5, "b": 1.0}
SECTIONS = ("vocab", "order", "by_actor", "by_article", "by_quote", "actor_names",
            "actor_kind", "article_source", "speakers", *(f"f_{f}" for f in FIELDS))  # fmt: skip
SHAPES = {"vocab": is_str_list, "actor_names": is_str_map, "actor_kind": is_str_map,
          "article_source": is_str_map, "speakers": is_str_map}  # fmt: skip
_WORD = re.compile(r"\w+")
Doc = Mapping[str, Any]


def words(text: str) -> set[str]:
    return set(_WORD.findall(fold(text)))


class _Rebuilt(Exception):
    """Raised out of apply() when a damaged section made the index rebuild itself from
    tables that already hold the change being applied."""


Tables = Callable[[], Mapping[str, Mapping[str, Doc]]]


class StoreIndex:
    """Everything a query needs without decoding documents; see the module docstring."""

    def __init__(self, sections: dict[str, Section] | None = None) -> None:
        self._raw: dict[str, Section] = dict(sections or {})  # saved, not decoded yet
        self._ids: dict[str, dict[str, int]] = {}
        self._pending: dict[str, list[tuple[str | None, str | None, int]]] = {}
        self.version = 0  # bumped on every change; caches key on it
        self._keys: dict[int, int] | None = None
        self._days: Counter[int] | None = None
        self.source: Tables | None = None  # the documents, to rebuild from if damaged
        self.where = "the store"  # named in the line a rebuild prints
        self.rebuilt = False  # True once rebuilt after damage (save it at the next close)
        self._applying = False
        if sections is None:
            for name in SECTIONS:
                setattr(self, name, self._empty(name))

    @staticmethod
    def _empty(name: str) -> Any:
        return Postings() if name[:2] in ("f_", "by") else [] if name in ("vocab", "order") else {}

    def __getattr__(self, name: str) -> Any:
        """Decode a saved section the first time it is used."""
        if name not in SECTIONS:
            raise AttributeError(name)
        raw = self.__dict__["_raw"].pop(name, None)
        if raw is None:
            value = self._empty(name)
        elif name.startswith(("f_", "by_")):
            value = Postings(raw, self._postings_damaged)
        else:
            try:
                value = decode_u64(raw) if name == "order" else decode_json(raw, SHAPES[name])
            except IndexDamaged as exc:
                self._recover(f"{name}: {exc}")
                return getattr(self, name)
        setattr(self, name, value)
        return value

    @property
    def fields(self) -> dict[str, Postings]:
        return {f: getattr(self, f"f_{f}") for f in FIELDS}

    # -- persistence (format: store/db/index_format.py) ----------------------------
    def dump(self) -> bytes:
        return b"".join(self.dump_parts())

    def dump_parts(self) -> list[bytes | memoryview]:
        """dump() as pieces written one after the other (store/db/sidecar.py)."""
        rebuilt = self.rebuilt
        out = self._sections()
        if self.rebuilt != rebuilt:  # a section was damaged on the way: save the rebuild
            out = self._sections()
        return index_parts(out)

    def _sections(self) -> dict[str, Section]:
        out = dict(self._raw)  # never decoded: saved as they were
        for name in SECTIONS:
            if name in self.__dict__:
                value = self.__dict__[name]
                if isinstance(value, Postings):
                    out[name] = value.section()
                elif name == "order":
                    out[name] = encode_u64(value)
                else:
                    out[name] = encode_json(value)
        for table in list(self._pending):
            self.ids(table)  # fold replayed changes in before saving
        for table, ids in self._ids.items():
            out[f"ids.{table}"] = encode_json(ids)
        if "days" not in out:
            pairs = sorted((d, n) for d, n in self.day_counts().items() if n > 0)
            out["days"] = encode_u64([x for pair in pairs for x in pair])
        return out

    @classmethod
    def load(cls, raw: bytes, where: str = "the store") -> StoreIndex | None:
        """The saved index; None if it is from another version or its layout is broken
        (the caller rebuilds it, after one line saying why: a big store takes a while)."""
        try:
            sections = decode_index(raw)
            why = "is from another version"
        except IndexDamaged as exc:
            sections, why = None, f"is damaged ({exc})"
        if sections is None:
            log.warning("dateline: warning: the saved index of %s %s; rebuilding it", where, why)
            return None
        return cls(sections)

    @classmethod
    def build(cls, tables: Mapping[str, Mapping[str, Doc]]) -> StoreIndex:
        """Index every document (after a migration or when the saved index is lost)."""
        idx = cls()
        quotes = tables.get("quotes", {})
        first = ("actors", "articles", "quotes", "events")
        for name in sorted(tables, key=lambda n: first.index(n) if n in first else -1):
            for doc_id, doc in tables[name].items():
                idx.apply(name, int(doc_id), None, doc, quotes.get)
        return idx

    def _recover(self, why: str) -> None:
        """A saved section failed its checks: rebuild everything from the documents."""
        if self.source is None:
            raise IndexDamaged(why)
        log.warning(
            "dateline: warning: the saved index of %s is damaged (%s); rebuilt it from the "
            "documents",
            self.where,
            why,
        )
        applying = self._applying
        keep = {k: self.__dict__[k] for k in ("source", "where", "version")}
        fresh = StoreIndex.build(self.source())
        self.__dict__.clear()
        self.__dict__.update(fresh.__dict__)
        self.__dict__.update(keep, rebuilt=True)
        self.version += 1
        if applying:
            raise _Rebuilt

    def _postings_damaged(self, postings: Postings, exc: IndexDamaged) -> None:
        name = next((k for k, v in self.__dict__.items() if v is postings), "postings")
        try:
            self._recover(f"{name}: {exc}")
        finally:  # the caller holds `postings`: give it the rebuilt section's state
            fresh = self.__dict__.get(name)
            if isinstance(fresh, Postings):
                postings.adopt(fresh)
                self.__dict__[name] = postings

    # -- keeping in step -----------------------------------------------------
    def ids(self, table: str) -> dict[str, int]:
        """record id -> doc id; decoded on first use, then replayed changes applied."""
        found = self._ids.get(table)
        if found is None:
            raw = self._raw.pop(f"ids.{table}", None)
            try:
                found = self._ids[table] = decode_json(raw, is_id_map) if raw else {}
            except IndexDamaged as exc:
                self._recover(f"ids.{table}: {exc}")
                return self.ids(table)
            for old_id, new_id, doc_id in self._pending.pop(table, []):
                self._move_id(found, old_id, new_id, doc_id)
        return found

    @staticmethod
    def _move_id(ids: dict[str, int], old: str | None, new: str | None, doc_id: int) -> None:
        if old is not None and ids.get(old) == doc_id:
            del ids[old]
        if new is not None:
            ids[new] = doc_id

    def doc_id(self, table: str, record_id: str) -> int | None:
        return self.ids(table).get(record_id)

    @property
    def keys(self) -> dict[int, int]:
        """doc id -> packed date key, for every event."""
        if self._keys is None:
            self._keys = DateKey.by_doc_id(self.order)
        return self._keys

    def apply(
        self,
        table: str,
        doc_id: int,
        old: Doc | None,
        new: Doc | None,
        quote_doc: Callable[[str], Doc | None],
    ) -> None:
        """Move the index from `old` to `new` for one document (either may be None)."""
        self._applying = True
        try:
            self._apply(table, doc_id, old, new, quote_doc)
        except _Rebuilt:
            pass  # rebuilt from the tables, which already hold this change
        finally:
            self._applying = False

    def _apply(
        self,
        table: str,
        doc_id: int,
        old: Doc | None,
        new: Doc | None,
        quote_doc: Callable[[str], Doc | None],
    ) -> None:
        self.version += 1
        old_id = None if old is None else old["id"]
        new_id = None if new is None else new["id"]
        if table in self._ids or f"ids.{table}" not in self._raw:
            self._move_id(self.ids(table), old_id, new_id, doc_id)
        else:  # replaying a journal at open: no need to decode the map yet
            self._pending.setdefault(table, []).append((old_id, new_id, doc_id))
        if table == "events":
            if old is not None:
                self._event(doc_id, old, quote_doc, add=False)
            if new is not None:
                self._event(doc_id, new, quote_doc, add=True)
        elif table == "actors":
            if old is not None:
                self.actor_names.pop(old["id"], None)
                self.actor_kind.pop(old["id"], None)
            if new is not None:
                names = [new.get("name") or "", *(new.get("aliases") or [])]
                self.actor_names[new["id"]] = "|".join(fold(n) for n in names)
                self.actor_kind[new["id"]] = new.get("kind") or "person"
        elif table == "articles":
            if old is not None:
                self.article_source.pop(old["id"], None)
            if new is not None:
                self.article_source[new["id"]] = fold(new.get("source") or "")
        elif table == "quotes":
            if old is not None:
                self.speakers.pop(old["id"], None)
            if new is not None and new.get("speaker"):
                self.speakers[new["id"]] = new["speaker"]

    def _event(
        self, doc_id: int, doc: Doc, quote_doc: Callable[[str], Doc | None], *, add: bool
    ) -> None:
        quote_ids = list(doc.get("quotes") or [])
        quotes = [q.get("text") or "" for q in map(quote_doc, quote_ids) if q is not None]
        actor_ids = list(doc.get("actors") or [])
        names = [self.actor_names.get(a, a).replace("|", " ") for a in actor_ids]
        texts = {
            "t": doc.get("title") or "",
            "q": " ".join(quotes),
            "a": " ".join(names),
            "b": body_text(doc),
        }
        for f, text in texts.items():
            self._post(getattr(self, f"f_{f}"), words(text), doc_id, add, vocab=True)
        self._post(self.by_actor, set(actor_ids), doc_id, add)
        self._post(self.by_quote, set(quote_ids), doc_id, add)
        self._post(self.by_article, [doc.get("article_id") or ""], doc_id, add)
        key = DateKey.of(doc, doc_id)
        if not add:
            i = bisect_left(self.order, key)
            if i < len(self.order) and self.order[i] == key:
                del self.order[i]
        else:
            insort(self.order, key)
        if self._keys is not None:
            if add:
                self._keys[doc_id] = key
            else:
                self._keys.pop(doc_id, None)
        days = self.day_counts() if "days" in self._raw else self._days  # keep it in step
        day = DateKey.day(key)
        if days is not None and day is not None:
            days[day] += 1 if add else -1

    def _post(
        self, postings: Postings, terms: Iterable[str], doc_id: int, add: bool, vocab: bool = False
    ) -> None:
        if not add:
            postings.discard(terms, doc_id)
            return
        if vocab:
            known = self._vocab_set
            for term in terms:
                if term not in known:
                    insort(self.vocab, term)
                    known.add(term)
        postings.add(terms, doc_id)

    @property
    def _vocab_set(self) -> set[str]:
        found = self.__dict__.get("_known")
        if found is None:
            found = self.__dict__["_known"] = set(self.vocab)
        return found

    # -- reading -------------------------------------------------------------
    def expand(self, prefix: str) -> list[str]:
        """Vocabulary words starting with prefix (word-prefix search)."""
        lo = bisect_left(self.vocab, prefix)
        hi = bisect_left(self.vocab, prefix + "\U0010ffff")
        return self.vocab[lo:hi]

    def in_range(
        self, after: date | None, before: date | None, allowed: set[int] | None = None
    ) -> list[int]:
        """Event doc ids by date whose span meets [after, before] (and in `allowed`)."""
        return DateKey.select(self.order, after, before, allowed)

    def day_counts(self) -> Counter[int]:
        """Events per start day (ordinal); built once, then kept in step."""
        if self._days is None:
            raw = self._raw.pop("days", None)
            if raw is not None:
                try:
                    flat = decode_u64(raw)  # day, count, day, count, ...
                    self._days = Counter(dict(zip(flat[::2], flat[1::2], strict=True)))
                except (IndexDamaged, ValueError) as exc:  # ValueError: an odd count
                    self._recover(f"days: {exc}")
                    return self.day_counts()
            else:
                self._days = DateKey.start_days(self.order)
        return self._days

    def actor_event_counts(self) -> Counter[str]:
        sizes = ((a, self.by_actor.size(a)) for a in self.by_actor.terms())
        return Counter({a: n for a, n in sizes if n > 0})
