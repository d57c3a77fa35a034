"""Story rows of a store: its events grouped (store.stories.group), with each source's
article, date and words, the reader's hand decisions applied, and a query filter."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import orjson
from pydantic import BaseModel, Field

from store.models import Actor, Article, Event, short_hash
from store.stories.decide import STORY_KINDS, merge_decision, resolve, split_decision
from store.stories.forward import tells_plan
from store.stories.group import SHARED_ACTORS, Item, Params, Story, group_items
from store.stories.text import Stemmer, narrative
from store.textclean import fold

if TYPE_CHECKING:
    from store.db import EventStore


class StorySource(BaseModel):
    """One event of a story row, with what the reader needs to weigh it."""

    event: str
    article: str | None = None
    source: str = ""  # the outlet
    title: str = ""  # the article's title
    published: date | None = None  # when it was reported
    value: str = ""  # the TimeML value the event was dated with
    date_text: str = ""  # the words that dated it ("last night")
    start: date | None = None
    end: date | None = None
    sentence: str = ""


class StoryRow(BaseModel):
    """A row on the timeline: one happening, every source that tells it."""

    id: str
    title: str
    start: date | None = None
    end: date | None = None
    sources: int  # how many articles tell it
    events: list[str]
    conflict: bool = False  # the sources' dates do not overlap
    manual: bool = False
    reasons: list[str] = Field(default_factory=list)
    items: list[StorySource] = Field(default_factory=list)

    def export(self) -> dict[str, Any]:
        """The JSON form: `when` is the range all sources allow (the whole span if none)."""
        data = self.model_dump(mode="json", exclude={"start", "end"})
        data["when"] = {"start": data_date(self.start), "end": data_date(self.end)}
        return data


def data_date(d: date | None) -> str | None:
    return None if d is None else d.isoformat()


def actor_keys(actors: Iterable[Actor]) -> dict[str, str]:
    """Actor id -> one key per set of actors that share a name or alias (folded), so two
    stored actors the same name points to count as one actor in common."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    owner: dict[str, str] = {}
    for a in actors:
        find(a.id)
        for name in {fold(n).strip() for n in (a.name, *a.aliases)} - {""}:
            if name in owner:
                parent[find(a.id)] = find(owner[name])
            else:
                owner[name] = a.id
    return {a: find(a) for a in parent}


def thing_keys(names: Iterable[str]) -> frozenset[str]:
    """A product's key: its name folded ("Zeta 4" and "ZETA 4" are one product)."""
    return frozenset(k for n in names if (k := fold(n).strip()))


def story_items(events: Iterable[Event], keys: dict[str, str]) -> list[Item]:
    return [
        Item(
            id=e.id,
            source=e.article_id or "",
            start=e.when.start,
            end=e.when.end,
            actors=frozenset(keys.get(a, a) for a in e.actors),
            text=e.sentence or e.title,
            worded=bool(e.when.text),
            ref=e.when.text if e.when.start is None and e.when.value == "PAST_REF" else "",
            things=thing_keys(e.things),
            plan=tells_plan(e.sentence or e.title),
        )
        for e in events
    ]


def json_items(events: Iterable[str | bytes], keys: dict[str, str]) -> list[Item]:
    """story_items() for events as stored JSON: decoding a pydantic Event per event was
    a quarter of grouping a store."""
    out = []
    for raw in events:
        e = orjson.loads(raw)
        when = e.get("when") or {}
        start, end = when.get("start"), when.get("end")
        out.append(
            Item(
                id=e["id"],
                source=e.get("article_id") or "",
                start=date.fromisoformat(start) if start else None,
                end=date.fromisoformat(end) if end else None,
                actors=frozenset(keys.get(a, a) for a in e.get("actors") or ()),
                text=e.get("sentence") or e.get("title") or "",
                worded=bool(when.get("text")),
                ref=(when.get("text") or "")
                if not start and when.get("value") == "PAST_REF"
                else "",
                things=thing_keys(e.get("things") or ()),
                plan=tells_plan(e.get("sentence") or e.get("title") or ""),
            )
        )
    return out


def story_groups(
    store: EventStore,
    query: str | None = None,
    *,
    min_sources: int = 1,
    today: date | None = None,
    params: Params | None = None,
) -> list[Story]:
    """Every story row of the store by date, as plain groups (story_row() fills one in);
    with a query, the rows holding a match; with min_sources, those told that often."""
    # one event read at a time, from its stored JSON (no model: grouping reads five fields)
    events = store.iter_event_json(store.event_ids())
    keys = actor_keys(store.actors())
    together, apart = resolve(d for d in store.decisions() if d.get("kind") in STORY_KINDS)
    items = json_items(events, keys)
    stories = group_items(items, together=together, apart=apart, params=params)
    if min_sources > 1:
        stories = [s for s in stories if len(s.sources) >= min_sources]
    if (query or "").strip():
        hits = {e.id for e in store.events_page(0, None, query=query, today=today)}
        stories = [s for s in stories if hits.intersection(s.events)]
    return stories


def story_rows(store: EventStore, query: str | None = None, **kw: Any) -> list[StoryRow]:
    """story_groups() filled in: every source's article, date words and sentence."""
    articles: dict[str, Article | None] = {}
    return [story_row(store, s, articles) for s in story_groups(store, query, **kw)]


def _named(store: EventStore, reason: str) -> str:
    """'actors in common: <ids>' as the reader knows them: by their names."""
    if not reason.startswith(SHARED_ACTORS):
        return reason
    ids = reason.removeprefix(SHARED_ACTORS).split(", ")
    names = [a.name if (a := store.actor(i)) is not None else i for i in ids]
    return SHARED_ACTORS + ", ".join(names)


def story_row(
    store: EventStore, story: Story, articles: dict[str, Article | None] | None = None
) -> StoryRow:
    """One group as a row: its sources with their articles (`articles` caches those)."""
    articles = {} if articles is None else articles
    items: list[StorySource] = []
    titles: dict[str, str] = {}
    for eid in story.events:
        ev = store.event(eid)
        if ev is None:
            continue
        titles[eid] = ev.title
        aid = ev.article_id
        if aid and aid not in articles:
            articles[aid] = store.article(aid)
        art = articles.get(aid) if aid else None
        items.append(
            StorySource(
                event=eid,
                article=aid,
                source=art.source if art else "",
                title=art.title if art else "",
                published=art.published if art else None,
                value=ev.when.value,
                date_text=ev.when.text,
                start=ev.when.start,
                end=ev.when.end,
                sentence=ev.sentence or ev.title,
            )
        )
    head = headline(items)
    return StoryRow(
        id="s-" + short_hash(*sorted(story.events), size=12),
        title=titles[head.event] if head else "",
        start=story.start,
        end=story.end,
        sources=len(story.sources),
        events=story.events,
        conflict=story.conflict,
        manual=story.manual,
        reasons=[_named(store, r) for r in story.reasons],
        items=items,
    )


def headline(items: Sequence[StorySource]) -> StorySource | None:
    """The source that names the row: the one whose words the others share most (a side
    remark that joined the group on its date and actors shares little), dated by its own
    words before one dated only by its article's day, then the earliest reported."""
    if len(items) < 3:  # with two, neither is more central: the first reported
        return min(items, key=lambda i: (i.published or date.max, i.event), default=None)
    stem = _stemmer()
    words = [set(stem.tokens(narrative(i.sentence))) for i in items]

    def shared(k: int) -> float:
        mine = words[k]
        if not mine:
            return 0.0
        return sum(
            len(mine & other) / math.sqrt(len(mine) * len(other))
            for n, other in enumerate(words)
            if n != k and other
        )

    return items[
        min(
            range(len(items)),
            key=lambda k: (
                -round(shared(k), 6),
                not items[k].date_text,
                items[k].published or date.max,
                items[k].event,
            ),
        )
    ]


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer:
    return Stemmer()


def split_story(store: EventStore, row: StoryRow, part: Sequence[str]) -> dict[str, Any]:
    """Take the events `part` out of `row` for good (stored; survives re-ingest)."""
    return store.add_decision(split_decision(row.events, part))


def merge_stories(store: EventStore, *rows: StoryRow) -> dict[str, Any]:
    """Make `rows` one row for good (stored; survives re-ingest)."""
    return store.add_decision(merge_decision(*(r.events for r in rows)))
