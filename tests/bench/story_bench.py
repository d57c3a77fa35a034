"""Story grouping speed: store.stories.group_items on generated events, against sorting
the same events by date (a baseline measured in the same run, so machine load cancels).

Run from the project root:  python -m tests.bench.story_bench [--events 100000] [--seed 7]
                            [--against REV]   (also time git revision REV, alternating)
Events are invented: dates over three years, a few actors each from a skewed pool (some
actors are in very many events, as presidents are), sentences drawn from a vocabulary
of topic words and filler, and about a third of the happenings told by 2-5 articles in
slightly different words (some a day apart; one telling in fifty of those a later
back-reference with no start, "since its launch"; one event in twenty a plan, "will ...",
dated by its article's day, months before the happening when others tell it). Prints
seconds (CPU time of this process), the ratio to the sort, and how many rows have several
sources. The target is <= 10 s for 100,000 events; the exit status is 1 when it is missed.
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import date, timedelta

from store.stories import Item, group_items
from tests.bench.revision import ROOT, alternate

FILLER = "the a of in on with after over near from officials reported late early new".split()
DAY0 = date(2029, 1, 1)


def make_items(n: int, seed: int) -> list[Item]:
    rng = random.Random(seed)
    actors = [f"actor{i}" for i in range(3000)]
    weights = [1.0 / (i + 1) for i in range(len(actors))]  # Zipf: a few are everywhere
    topics = [f"topic{i}" for i in range(20000)]
    items: list[Item] = []
    article = 0
    while len(items) < n:
        day = DAY0 + timedelta(days=rng.randrange(3 * 365))
        who = frozenset(rng.choices(actors, weights, k=rng.randint(1, 3)))
        words = rng.sample(topics, 5)
        tellers = rng.choice((1, 1, 1, 2, 3, 5))
        for _ in range(tellers):
            article += 1
            when = day + timedelta(days=rng.choice((0, 0, 0, 1)))
            text = " ".join(rng.sample(words, 4) + rng.sample(FILLER, 6))
            end = when if rng.random() < 0.9 else when + timedelta(days=rng.choice((1, 30, 364)))
            if tellers > 1 and rng.random() < 0.02:  # "since its launch", months later
                later = when + timedelta(days=rng.randrange(30, 400))
                items.append(_back(f"e{len(items)}", f"art{article}", later, who, text, words))
                continue
            if rng.random() < 0.05:  # "will ...": a plan, told on its day or months before
                ahead = 0 if tellers == 1 else rng.randrange(30, 400)
                printed = when - timedelta(days=ahead)
                items.append(_plan(f"e{len(items)}", f"art{article}", printed, who, text))
                continue
            items.append(Item(f"e{len(items)}", f"art{article}", when, end, who, text))
    return items[:n]


def _back(eid: str, source: str, end: date, who: frozenset[str], text: str, words) -> Item:
    """A back-reference: no start, before `end`, its words naming the happening (an
    older tree's Item has no `ref`: there it is an undated item)."""
    if "ref" not in Item.__dataclass_fields__:
        return Item(eid, source, None, end, who, text, False)
    return Item(eid, source, None, end, who, text, False, ref=f"since its {words[0]}")  # type: ignore[call-arg]


def _plan(eid: str, source: str, day: date, who: frozenset[str], text: str) -> Item:
    """A plan dated only by its article's day (an older tree's Item has no `plan`: there
    it is an event of that day)."""
    if "plan" not in Item.__dataclass_fields__:
        return Item(eid, source, day, day, who, text, False)
    return Item(eid, source, day, day, who, text, False, plan=True)  # type: ignore[call-arg]


# a child process: this tree's or REV's store/ first on the path, the generator from here
_CHILD = """
import sys, time
n, seed, here = sys.stdin.read().split()
sys.path.append(here)
from store.stories import group_items
from tests.bench.story_bench import make_items
items = make_items(int(n), int(seed))
best = float("inf")
for _ in range(int(sys.argv[1])):
    t0 = time.process_time()
    group_items(items)
    best = min(best, time.process_time() - t0)
print(best)
"""


def against(rev: str, events: int, seed: int, rounds: int = 2) -> None:
    """This tree's grouping against REV's on the same events, in alternating children."""
    here, there = alternate(rev, _CHILD, f"{events} {seed} {ROOT}", rounds, 1)
    ratio = here / there
    print(f"against {rev}: this tree {here:.2f} s cpu, {rev} {there:.2f} s cpu ({ratio:.2f}x)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--against", metavar="REV", help="also time git revision REV, alternating")
    args = ap.parse_args(argv)
    if args.against:
        against(args.against, args.events, args.seed)
    items = make_items(args.events, args.seed)
    t0 = time.process_time()
    baseline = sorted(items, key=lambda it: (it.start or date.min, it.end, it.id))
    t_sort = time.process_time() - t0
    t0, w0 = time.process_time(), time.perf_counter()
    rows = group_items(items)
    t_group, wall = time.process_time() - t0, time.perf_counter() - w0
    multi = sum(1 for r in rows if len(r.sources) > 1)
    print(f"{len(baseline):,} events -> {len(rows):,} story rows ({multi:,} with several sources)")
    print(f"sort by date: {t_sort:.3f} s cpu (baseline)")
    ratio = t_group / t_sort
    print(f"group_items:  {t_group:.2f} s cpu ({wall:.2f} s wall), {ratio:.0f}x the sort")
    ok = t_group <= 10.0
    print(f"target <= 10 s: {'met' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
