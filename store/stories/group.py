"""Group events from different articles that report the same happening into story rows.

Plain data in (Item), plain data out (Story); nothing here reads the store. Pairs are
never all compared: an event is filed under blocking keys (a date bucket joined with one
of its actors or one of its rarest words) and compared only with the events sharing a
key, coarse dates probing finer ones from the finer side. A pair links when its dates
are compatible (overlap, or one day apart for day dates) and its wording is similar,
more similar when no actor is shared or a date is wide (a month, a year). Links join
groups best first, and a join is refused when two of the sources would then disagree on
the date by more than a day, or the reader has split them: a wrong merge hides news.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import date

from store.stories.backref import Plain, before_candidates, strong
from store.stories.forward import after_candidates, strong_plan
from store.stories.model import (
    DAY,
    EARLIER,
    LATER,
    MONTH,
    THING,
    YEAR,
    Ev,
    Item,
    Link,
    Params,
    Story,
)
from store.stories.text import Stemmer, cosine, idf_table, narrative


def _span(it: Item) -> tuple[int, int]:
    """A dated item's (first, last) day ordinals as the source gives them."""
    s = it.start.toordinal()  # type: ignore[union-attr]
    return s, max(s, (it.end or it.start).toordinal())  # type: ignore[union-attr]


def _prepare(items: Sequence[Item], p: Params) -> list[Ev | None]:
    """Each item as compared (None when undated)."""
    stem = Stemmer()
    toks = [stem.tokens(narrative(it.text)) for it in items]
    idf, df = idf_table(toks)
    common = max(50, int(len(items) * p.common_share))
    out: list[Ev | None] = []
    for it, words in zip(items, toks, strict=True):
        if it.start is None:  # undated, or some time up to its end ("since its launch")
            rare = sorted({w for w in words if 2 <= df[w] <= common}, key=lambda w: (df[w], w))
            out.append(_before(it, words, rare[: p.rare_words], idf))
            continue
        s = it.start.toordinal()
        e = max(s, (it.end or it.start).toordinal())
        e = min(e, s + 365)  # a long span ("since 2004") is compared where it starts
        width = e - s + 1
        level = DAY if width <= p.narrow_days else MONTH if width <= 31 else YEAR
        rare = sorted({w for w in words if 2 <= df[w] <= common}, key=lambda w: (df[w], w))
        plan = it.plan and not it.worded  # also compared with what comes later: forward.py
        out.append(Ev(it, s, e, level, words, rare[: p.rare_words], idf, after=plan))
    return out


def _before(it: Item, words: list[str], rare: list[str], idf: dict[str, float]) -> Ev | None:
    """A back-reference compares as the whole past up to its end; other undated: None."""
    if it.end is None:
        return None
    return Ev(it, 1, it.end.toordinal(), YEAR, words, rare, idf, before=True)


def _months(s: int, e: int) -> set[int]:
    a, b = date.fromordinal(s), date.fromordinal(e)
    return {a.year * 12 + a.month - 1, b.year * 12 + b.month - 1}


def _years(s: int, e: int) -> set[int]:
    return set(range(date.fromordinal(s).year, date.fromordinal(e).year + 1))


def _own_keys(ev: Ev, near: int) -> list[tuple]:
    if ev.level == DAY:
        return [(DAY, d) for d in range(ev.s - near, ev.e + near + 1)]
    if ev.level == MONTH:
        return [(MONTH, m) for m in _months(ev.s, ev.e)]
    return [(YEAR, y) for y in _years(ev.s, ev.e)]


def _probe_keys(ev: Ev, near: int) -> list[tuple]:
    """Own keys and the coarser buckets around it: a day meets months and years."""
    keys = _own_keys(ev, near)  # days: filed under its own days, probing a day around
    if ev.level == DAY:
        keys += [(MONTH, m) for m in _months(ev.s - near, ev.e + near)]
    if ev.level <= MONTH:
        keys += [(YEAR, y) for y in _years(ev.s - near, ev.e + near)]
    return keys


def _features(ev: Ev) -> list[str]:
    """Blocking features: the rarest words. Actors are not keys: a link needs words in
    common anyway, and a president's day would make a block of everything he did."""
    return ev.rare


def _candidates(evs: list[Ev | None], p: Params) -> set[tuple[int, int]]:
    # date bucket -> feature -> events filed there
    buckets: dict[tuple[int, int], dict[str, list[int]]] = defaultdict(dict)
    for i, ev in enumerate(evs):
        if ev is not None and not ev.before:  # no bucket: backref.py, forward.py
            for key in _own_keys(ev, 0):
                inner = buckets[key]
                for f in _features(ev):
                    inner.setdefault(f, []).append(i)
    # each event's sharers are gathered as sets (one C-level update per bucket) and
    # filtered once, rather than testing every bucket member of every key in Python
    sources = [ev.item.source if ev is not None else "" for ev in evs]
    pairs: set[tuple[int, int]] = set()
    for i, ev in enumerate(evs):
        if ev is None or ev.before:
            continue
        same: set[int] = set()  # same level: found from both sides, keep j > i
        finer: set[int] = set()  # a coarser bucket probed from the finer side
        feats = set(_features(ev))
        for key in _probe_keys(ev, p.near_days):
            inner = buckets.get(key)
            if inner is None:
                continue
            into = same if key[0] == ev.level else finer
            for f in inner.keys() & feats:  # the few features filed there too
                bucket = inner[f]
                if len(bucket) <= p.max_block:
                    into.update(bucket)
        found = {j for j in same if j > i}
        found.update(finer)
        found.discard(i)
        source = sources[i]
        pairs.update(
            (i, j) if i < j else (j, i) for j in found if not source or sources[j] != source
        )
    return pairs


def _date_relation(a: Ev, b: Ev, near: int) -> str | None:
    if a.s <= b.e and b.s <= a.e:
        if a.level == DAY and b.level == DAY and a.s == a.e == b.s == b.e:
            return "same day"
        return "overlapping dates"
    if DAY in (a.level, b.level) and max(a.s, b.s) - min(a.e, b.e) <= near:
        return "dates a day apart"  # a day just outside the other's range; never two years
    return None


def _link(i: int, j: int, a: Ev, b: Ev, p: Params) -> Link | None:
    how = _date_relation(a, b, p.near_days)
    if how is None:
        return None
    shared = a.item.actors & b.item.actors  # not products: a phone is in too many events
    sim = cosine(a.vector, b.vector)
    score = sim + 0.1 * min(len(shared), 3) + (0.1 if how == "same day" else 0.0)
    if sim < p.min_sim:
        return None
    if a.level == DAY and b.level == DAY and how != "dates a day apart":
        ok = score >= (p.min_score if shared else p.alone_score)
    else:
        ok = bool(shared) and score >= p.wide_score
    if not ok:
        return None
    return Link(score, i, j, how, shared, sim)


def _before_links(evs: list[Ev | None], p: Params) -> list[Link]:
    """Links of back-references to the dated events they tell of (store.stories.backref)."""
    return _sided_links(evs, before_candidates(evs, p.max_block), EARLIER, strong)


def _after_links(evs: list[Ev | None], p: Params) -> list[Link]:
    """Links of plans to the later telling of what they plan (store.stories.forward)."""

    def plan_first(a: Ev, b: Ev, plain: Plain) -> float | None:
        return strong_plan(a, b, plain) if a.after else strong_plan(b, a, plain)

    return _sided_links(evs, after_candidates(evs, p.max_block, p.near_days), LATER, plan_first)


def _sided_links(
    evs: list[Ev | None],
    pairs: set[tuple[int, int]],
    how: str,
    test: Callable[[Ev, Ev, Plain], float | None],
) -> list[Link]:
    """The pairs that `test` finds strong (in the pair's order), scored as ordinary links."""
    plain = Plain()
    out = []
    for i, j in pairs:
        a, b = evs[i], evs[j]
        assert a is not None and b is not None
        sim = test(a, b, plain)
        if sim is not None:
            shared = a.item.who & b.item.who
            score = sim + 0.1 * min(len(shared), 3)
            out.append(Link(score, min(i, j), max(i, j), how, shared, sim))
    return out


def _planned(a: Ev, b: Ev, near: int) -> bool:
    """One is a plan and the other told of something after its article's day."""
    return (a.after and not b.after and b.s > a.e + near) or (
        b.after and not a.after and a.s > b.e + near
    )


class _Groups:
    """Union-find whose joins can be refused (dates too far apart, a hand split)."""

    def __init__(self, evs: list[Ev | None], apart: dict[str, set[str]], near: int) -> None:
        self.parent = list(range(len(evs)))
        self.members: dict[int, list[int]] = {i: [i] for i in range(len(evs))}
        self.evs, self.apart, self.near = evs, apart, near

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def allowed(self, ra: int, rb: int, check_dates: bool) -> bool:
        ma, mb = self.members[ra], self.members[rb]
        ids_b = {self.evs[j].item.id for j in mb if self.evs[j] is not None}  # type: ignore[union-attr]
        for i in ma:
            ev = self.evs[i]
            if ev is None:
                continue
            if self.apart.get(ev.item.id, set()) & ids_b:
                return False
            if check_dates:  # also within one article: two dates it tells apart are two happenings
                for j in mb:
                    other = self.evs[j]
                    if other is None or _planned(ev, other, self.near):
                        continue
                    if _date_relation(ev, other, self.near) is None:
                        return False
        return True

    def join(self, a: int, b: int, *, check_dates: bool = True) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb or not self.allowed(ra, rb, check_dates):
            return False
        if len(self.members[ra]) < len(self.members[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra] += self.members.pop(rb)
        return True


def group_items(
    items: Sequence[Item],
    *,
    together: Iterable[Sequence[str]] = (),
    apart: Iterable[tuple[Sequence[str], Sequence[str]]] = (),
    params: Params | None = None,
) -> list[Story]:
    """Story rows for `items`, by date. `together`/`apart` are the reader's decisions
    (see store.stories.decide.resolve): events kept in one row, events kept out of one."""
    p = params or Params()
    evs = _prepare(items, p)
    where = {it.id: i for i, it in enumerate(items)}
    never: dict[str, set[str]] = defaultdict(set)
    for left, right in apart:
        for x in left:
            never[x].update(right)
        for y in right:
            never[y].update(left)
    groups = _Groups(evs, never, p.near_days)
    manual: set[int] = set()
    for ids in together:
        idx = [where[x] for x in ids if x in where]
        for i in idx[1:]:
            groups.join(idx[0], i, check_dates=False)
        manual.update(idx)
    links: list[Link] = []
    for i, j in _candidates(evs, p):
        link = _link(i, j, evs[i], evs[j], p)  # type: ignore[arg-type]
        if link is not None:
            links.append(link)
    links += _before_links(evs, p)
    links += _after_links(evs, p)
    links.sort(key=lambda k: (-k.score, k.a, k.b))
    used: dict[int, list[Link]] = defaultdict(list)
    linked = {(k.a, k.b) for k in links}
    for link in links:
        ra, rb = groups.find(link.a), groups.find(link.b)
        if ra == rb:
            used[link.a].append(link)
        elif _supported(evs, groups, ra, rb, link, linked, p) and groups.join(link.a, link.b):
            used[link.a].append(link)
    return _rows(items, evs, groups, used, manual)


def _supported(
    evs: list[Ev | None],
    groups: _Groups,
    ra: int,
    rb: int,
    link: Link,
    linked: set[tuple[int, int]],
    p: Params,
) -> bool:
    """Do enough of the two groups' pairs from different articles link on their own? One
    link between one member of each is not enough: a row joins another as a whole, not
    through a single sentence that happens to resemble one of its sources. (A back-reference
    or a plan links to the one telling it names: such links need no more support.)"""
    if link.how in (EARLIER, LATER):
        return True
    cross = [
        (x, y) if x < y else (y, x)
        for x in groups.members[ra]
        if (ex := evs[x]) is not None and not ex.before
        for y in groups.members[rb]
        if (ey := evs[y]) is not None and not ey.before and ex.item.source != ey.item.source
    ]
    if len(cross) <= 1:
        return True
    return sum(c in linked for c in cross) >= p.support * len(cross)


def _rows(
    items: Sequence[Item],
    evs: list[Ev | None],
    groups: _Groups,
    used: dict[int, list[Link]],
    manual: set[int],
) -> list[Story]:
    by_root: dict[int, list[Link]] = defaultdict(list)
    for i, links in used.items():
        by_root[groups.find(i)] += links
    rows: list[Story] = []
    for root, members in groups.members.items():
        if len(members) == 1:  # most rows: one event, no links, nothing to weigh
            it = items[members[0]]
            # a back-reference keeps its end: the row is "before" its article's day
            end = it.end if it.start is None else max(it.start, it.end or it.start)
            rows.append(Story([it.id], [it.source or it.id], it.start, end))
            continue
        members = sorted(members, key=lambda i: (_order(evs[i]), items[i].id))
        # the row shows the sources' own spans, not the clamped ones used for comparing
        # a source dated only by its article's day says nothing against the others' dates
        # and a plan says nothing against the later day of what it planned
        told = [ev for i in members if (ev := evs[i]) is not None and not ev.before]
        told = [ev for ev in told if not ev.after] or told
        dated = [(_span(ev.item), ev.item.worded) for ev in told]
        spans = [sp for sp, worded in dated if worded] or [sp for sp, _ in dated]
        sources = list(dict.fromkeys(items[i].source or items[i].id for i in members))
        start = end = None
        conflict = False
        if spans:
            lo, hi = max(s for s, _ in spans), min(e for _, e in spans)
            if lo > hi:  # no day all sources allow: show the whole span, flagged
                conflict = True
                lo, hi = min(s for s, _ in spans), max(e for _, e in spans)
            start, end = date.fromordinal(lo), date.fromordinal(hi)
        else:  # only back-references: before the earliest of their articles' days
            ends = [items[i].end for i in members if items[i].end is not None]
            end = min(ends, default=None)  # type: ignore[type-var]
        reasons = _reasons(by_root.get(root, []))
        hand = any(i in manual for i in members) and len(members) > 1
        if hand:
            reasons.insert(0, "merged by hand")
        ids = [items[i].id for i in members]
        rows.append(Story(ids, sources, start, end, conflict, reasons, hand))
    rows.sort(key=lambda r: (r.start or date.max, r.end or date.max, r.events[0]))
    return rows


def _order(ev: Ev | None) -> int:
    """Where a source sits in its row: by date, a back-reference after the dated ones."""
    return 0 if ev is None else date.max.toordinal() if ev.before else ev.s


SHARED_ACTORS = "actors in common: "  # then actor ids; story_row names them
SHARED_THINGS = "products in common: "  # then the products' names


def _reasons(links: list[Link]) -> list[str]:
    if not links:
        return []
    out = sorted({k.how for k in links}, key=["same day", "overlapping dates"].count, reverse=True)
    shared = sorted(set().union(*(k.shared for k in links)))
    actors = [x for x in shared if not x.startswith(THING)]
    if actors:
        out.append(SHARED_ACTORS + ", ".join(actors))
    if len(actors) < len(shared):
        out.append(
            SHARED_THINGS + ", ".join(x.removeprefix(THING) for x in shared if x not in actors)
        )
    out.append(f"similar wording ({max(k.sim for k in links):.2f})")
    return out
