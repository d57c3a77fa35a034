"""The index beside the TinyDB tables, kept in step with every write.

It answers what a scan would otherwise answer: record id -> doc id for every table,
folded word -> event doc ids per field (title, quote, actor names, sentence), events by
actor and by article, and the events in date order. It is saved inside each snapshot
(so opening does not rebuild it) and posting lists stay packed bytes until first used.
"""

from __future__ import annotations

import marshal
import re
import unicodedata
from array import array
from bisect import bisect_left, insort
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import Any

INDEX_VERSION = 1
FIELDS = ("t", "q", "a", "b")  # title, quote, actor names, body (sentence)
WEIGHTS = {"t": 3.0, "q": 2.0, "a": 1.5, "b": 1.0}
MIN_ORD = date.min.toordinal()
MAX_ORD = date.max.toordinal()
_WORD = re.compile(r"\w+")
Doc = Mapping[str, Any]
Key = tuple[int, int, str, int]  # start ordinal, end ordinal, event id, doc id


def fold(text: str) -> str:
    """Case and accent folding used on both sides of a match."""
    if text.isascii():
        return text.casefold()
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def words(text: str) -> set[str]:
    return set(_WORD.findall(fold(text)))


def _ord(value: str | None, default: int) -> int:
    return date.fromisoformat(value).toordinal() if value else default


def event_key(doc: Doc, doc_id: int) -> Key:
    when = doc.get("when") or {}
    start = when.get("start")
    return (_ord(start, MIN_ORD), _ord(when.get("end") or start, MAX_ORD), doc["id"], doc_id)


class Postings:
    """term -> set of doc ids; packed as array bytes until a term is touched."""

    def __init__(self, packed: dict[str, bytes] | None = None) -> None:
        self.packed = packed or {}
        self.live: dict[str, set[int]] = {}

    def get(self, term: str) -> set[int]:
        found = self.live.get(term)
        if found is None:
            raw = self.packed.pop(term, None)
            found = set(array("i", raw)) if raw else set()
            self.live[term] = found
        return found

    def size(self, term: str) -> int:
        if term in self.live:
            return len(self.live[term])
        return len(self.packed.get(term, b"")) // 4

    def terms(self) -> set[str]:
        return {t for t in self.packed} | {t for t, s in self.live.items() if s}

    def pack(self) -> dict[str, bytes]:
        out = dict(self.packed)
        out.update({t: array("i", sorted(s)).tobytes() for t, s in self.live.items() if s})
        return out


class StoreIndex:
    """Everything a query needs without decoding documents; see module docstring."""

    def __init__(self) -> None:
        self.ids: dict[str, dict[str, int]] = {}
        self.fields = {f: Postings() for f in FIELDS}
        self.vocab: list[str] = []
        self.by_actor = Postings()
        self.by_article = Postings()
        self.by_quote = Postings()  # quote id -> events citing it
        self.order: list[Key] = []
        self.actor_names: dict[str, str] = {}  # actor id -> folded "name|alias|..."
        self.actor_kind: dict[str, str] = {}
        self.article_source: dict[str, str] = {}  # article id -> folded source
        self.speakers: dict[str, str] = {}  # quote id -> speaker id
        self.version = 0  # bumped on every change; caches key on it
        self._keys: dict[int, Key] | None = None
        self._days: Counter[int] | None = None

    # -- persistence -------------------------------------------------------
    def dump(self) -> bytes:
        return marshal.dumps(
            {
                "v": INDEX_VERSION,
                "ids": self.ids,
                "fields": {f: p.pack() for f, p in self.fields.items()},
                "vocab": self.vocab,
                "by_actor": self.by_actor.pack(),
                "by_article": self.by_article.pack(),
                "by_quote": self.by_quote.pack(),
                "order": self.order,
                "actor_names": self.actor_names,
                "actor_kind": self.actor_kind,
                "article_source": self.article_source,
                "speakers": self.speakers,
            }
        )

    @classmethod
    def load(cls, raw: bytes) -> StoreIndex | None:
        """The saved index, or None if it is unreadable or from another version."""
        try:
            data = marshal.loads(raw)
            if data.get("v") != INDEX_VERSION:
                return None
            idx = cls()
            idx.ids = data["ids"]
            idx.fields = {f: Postings(p) for f, p in data["fields"].items()}
            idx.vocab = data["vocab"]
            idx.by_actor = Postings(data["by_actor"])
            idx.by_article = Postings(data["by_article"])
            idx.by_quote = Postings(data["by_quote"])
            idx.order = data["order"]
            idx.actor_names = data["actor_names"]
            idx.actor_kind = data["actor_kind"]
            idx.article_source = data["article_source"]
            idx.speakers = data["speakers"]
        except (ValueError, EOFError, TypeError, KeyError, AttributeError):
            return None
        return idx

    @classmethod
    def build(cls, tables: Mapping[str, Mapping[str, Doc]]) -> StoreIndex:
        """Index every document (after a migration or when the saved index is lost)."""
        idx = cls()
        quotes = tables.get("quotes", {})
        order = ("actors", "articles", "quotes", "events")
        for name in sorted(tables, key=lambda n: order.index(n) if n in order else -1):
            for doc_id, doc in tables[name].items():
                idx.apply(name, int(doc_id), None, doc, quotes.get)
        return idx

    # -- keeping in step -----------------------------------------------------
    @property
    def keys(self) -> dict[int, Key]:
        if self._keys is None:
            self._keys = {k[3]: k for k in self.order}
        return self._keys

    def doc_id(self, table: str, record_id: str) -> int | None:
        return self.ids.get(table, {}).get(record_id)

    def apply(
        self,
        table: str,
        doc_id: int,
        old: Doc | None,
        new: Doc | None,
        quote_doc: Callable[[str], Doc | None],
    ) -> None:
        """Move the index from `old` to `new` for one document (either may be None)."""
        self.version += 1
        ids = self.ids.setdefault(table, {})
        if old is not None and ids.get(old["id"]) == doc_id:
            del ids[old["id"]]
        if new is not None:
            ids[new["id"]] = doc_id
        if table == "events":
            if old is not None:
                self._event(doc_id, old, quote_doc, add=False)
            if new is not None:
                self._event(doc_id, new, quote_doc, add=True)
        elif table == "actors":
            self._actor(old, new)
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

    def _actor(self, old: Doc | None, new: Doc | None) -> None:
        if old is not None:
            self.actor_names.pop(old["id"], None)
            self.actor_kind.pop(old["id"], None)
        if new is not None:
            names = [new.get("name") or "", *(new.get("aliases") or [])]
            self.actor_names[new["id"]] = "|".join(fold(n) for n in names)
            self.actor_kind[new["id"]] = new.get("kind") or "person"

    def _event(
        self, doc_id: int, doc: Doc, quote_doc: Callable[[str], Doc | None], *, add: bool
    ) -> None:
        quote_ids = list(doc.get("quotes") or [])
        quote_text = " ".join(
            (q.get("text") or "") for q in map(quote_doc, quote_ids) if q is not None
        )
        actor_ids = list(doc.get("actors") or [])
        actor_text = " ".join(self.actor_names.get(a, a).replace("|", " ") for a in actor_ids)
        texts = {
            "t": doc.get("title") or "",
            "q": quote_text,
            "a": actor_text,
            "b": doc.get("sentence") or "",
        }
        for f, text in texts.items():
            self._post(self.fields[f], words(text), doc_id, add, vocab=True)
        self._post(self.by_actor, actor_ids, doc_id, add)
        self._post(self.by_quote, quote_ids, doc_id, add)
        self._post(self.by_article, [doc.get("article_id") or ""], doc_id, add)
        key = event_key(doc, doc_id)
        if add:
            insort(self.order, key)
            if self._keys is not None:
                self._keys[doc_id] = key
            if self._days is not None and key[0] != MIN_ORD:
                self._days[key[0]] += 1
        else:
            key = self.keys.get(doc_id, key)
            i = bisect_left(self.order, key)
            if i < len(self.order) and self.order[i] == key:
                del self.order[i]
            if self._keys is not None:
                self._keys.pop(doc_id, None)
            if self._days is not None and key[0] != MIN_ORD:
                self._days[key[0]] -= 1

    def _post(
        self, postings: Postings, terms: Iterable[str], doc_id: int, add: bool, vocab: bool = False
    ) -> None:
        for term in terms:
            if add:
                found = postings.get(term)
                if not found and vocab:
                    i = bisect_left(self.vocab, term)
                    if i == len(self.vocab) or self.vocab[i] != term:
                        self.vocab.insert(i, term)
                found.add(doc_id)
            else:
                postings.get(term).discard(doc_id)

    # -- reading -------------------------------------------------------------
    def expand(self, prefix: str) -> list[str]:
        """Vocabulary words starting with prefix (word-prefix search)."""
        lo = bisect_left(self.vocab, prefix)
        hi = bisect_left(self.vocab, prefix + "\U0010ffff")
        return self.vocab[lo:hi]

    def day_counts(self) -> Counter[int]:
        """Events per start day (ordinal); built once, then kept in step."""
        if self._days is None:
            self._days = Counter(k[0] for k in self.order if k[0] != MIN_ORD)
        return self._days

    def actor_event_counts(self) -> Counter[str]:
        counts: Counter[str] = Counter()
        for actor in self.actor_names:
            n = self.by_actor.size(actor)
            if n:
                counts[actor] = n
        return counts
