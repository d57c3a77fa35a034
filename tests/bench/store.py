"""Benchmark the event store at scale against TinyDB (plain and cached) and SQLite FTS5.

    python -m tests.bench.store --events 100000 [--samples 10] [--json] [--keep PATH]
    python -m tests.bench.store --events 100000 --against main~3 --no-compare
    python -m tests.bench.store --million --no-compare     # 1,000,000 events, its targets

Generates realistic events (dates over 30 years, 5,000 actors with Zipf-like frequency,
sentences drawn from the vocabulary of ../shared/corpus), files them through the public
EventStore API, then measures in a fresh child process so open time and RSS are honest:
first dateline against its targets, then every compared store (tests/bench/store_compare.py)
with the same queries and sample counts, each ratio a speed-up over plain TinyDB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from store import Actor, Article, Event, EventStore, Extraction, Quote, When
from tests.bench.store_before import measure_rev, side_by_side
from tests.bench.store_compare import (
    BASELINE,
    compare,
    comparison_table,
    run_backend,
    same_queries,
    speedups,
)
from tests.period_counts import density as _density

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
N_ACTORS = 5000
PER_ARTICLE = 15
SOURCES = ["CNN", "Reuters", "AP", "BBC", "Al Jazeera", "NPR", "The Guardian", "Le Monde"]
KINDS = ["person", "organization", "place", "group"]


def vocabulary() -> tuple[list[str], list[int]]:
    """Words and their counts from the shared corpus (else the fixtures), read at run time."""
    counts: Counter[str] = Counter()
    folder = CORPUS if CORPUS.is_dir() else FIXTURES
    for f in sorted(folder.rglob("*")):
        if not f.is_file() or f.suffix not in (".txt", ".md", ".jsonl"):
            continue
        text = f.read_text(encoding="utf-8", errors="replace")
        if f.suffix == ".jsonl":
            rows = (json.loads(line) for line in text.splitlines() if line.strip())
            text = " ".join(str(r.get("text", "")) for r in rows if isinstance(r, dict))
        counts.update(re.findall(r"[A-Za-z][A-Za-z'-]+", text))
    words, weights = zip(*counts.most_common(), strict=True)
    return list(words), list(weights)


def generate(n_events: int, seed: int = 6) -> Iterator[tuple[Article, Extraction]]:
    """The articles and what was extracted from them, made as they are taken (1,000,000
    events held at once as models would take gigabytes)."""
    rng = random.Random(seed)
    words, weights = vocabulary()
    cum = list(_accumulate(weights))
    caps = [w for w in words if w[0].isupper()] or words
    actors = []
    for i in range(N_ACTORS):
        name = " ".join(rng.choices(caps, k=rng.choice((1, 2, 2, 3)))) + f" {i}"
        actors.append(Actor(id=f"actor-{i}", name=name, kind=rng.choice(KINDS)))
    actor_cum = list(_accumulate(1 / (r + 1) for r in range(N_ACTORS)))  # Zipf-like
    first = date(1996, 1, 1)
    for a in range(0, n_events, PER_ARTICLE):
        art_id = f"art{a:08d}"
        published = first + timedelta(days=rng.randrange(30 * 365))
        events, quotes, cast = [], [], {}
        sentences = []
        for k in range(min(PER_ARTICLE, n_events - a)):
            sentence = " ".join(rng.choices(words, cum_weights=cum, k=rng.randint(12, 30))) + "."
            sentences.append(sentence)
            day = published - timedelta(days=int(rng.expovariate(1 / 20)))
            span = rng.random() < 0.1
            when = When(
                text="", value=day.isoformat(), start=day, end=day + timedelta(days=6 * span)
            )
            who = [actors[i] for i in set(rng.choices(range(N_ACTORS), cum_weights=actor_cum,
                                                      k=rng.randint(0, 3)))]  # fmt: skip
            cast.update((x.id, x) for x in who)
            ev_id = f"{art_id}-e{k}"
            q_ids = []
            if who and rng.random() < 0.15:
                q_text = " ".join(rng.choices(words, cum_weights=cum, k=rng.randint(6, 20)))
                q = Quote(id=f"{art_id}-q{k}", text=q_text, speaker=who[0].id, article_id=art_id,
                          event_id=ev_id)  # fmt: skip
                quotes.append(q)
                q_ids.append(q.id)
            title = " ".join(sentence.split()[: rng.randint(5, 10)])
            events.append(Event(id=ev_id, when=when, title=title, sentence=sentence,
                                actors=[x.id for x in who], quotes=q_ids, article_id=art_id,
                                span=(k * 200, k * 200 + len(sentence))))  # fmt: skip
        article = Article(id=art_id, title=sentences[0][:80], source=rng.choice(SOURCES),
                          published=published, text=" ".join(sentences))  # fmt: skip
        yield article, Extraction(article_id=art_id, actors=list(cast.values()), quotes=quotes,
                                  events=events)  # fmt: skip


def _accumulate(values):
    total = 0.0
    for v in values:
        total += v
        yield total


def build(path: Path, n_events: int) -> float:
    """File n_events in batches of 500 articles as one bulk load; the seconds spent in the
    store (making the events is not counted)."""
    spent = 0.0
    batch: list[tuple[Article, Extraction]] = []
    t0 = time.perf_counter()
    with EventStore(path, create_dirs=True) as store:
        with store.bulk():
            spent += time.perf_counter() - t0
            for item in generate(n_events):
                batch.append(item)
                if len(batch) == 500:
                    t0 = time.perf_counter()
                    store.add_extractions(batch)
                    spent += time.perf_counter() - t0
                    batch = []
            t0 = time.perf_counter()
            if batch:
                store.add_extractions(batch)
    return spent + time.perf_counter() - t0


def peak_rss_mb() -> float:
    """Peak RSS of this process. ru_maxrss survives fork+exec on Linux (it would report
    the generating parent's peak), so read the fresh VmHWM where there is one."""
    try:
        status = Path("/proc/self/status").read_text()
        return int(status.split("VmHWM:")[1].split()[0]) / 1024
    except (OSError, IndexError, ValueError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def p50(xs: list[float]) -> float:
    return statistics.median(xs) * 1000


def queries(rng: random.Random, n: int) -> list[str]:
    words, weights = vocabulary()
    mid = [w.lower() for w, c in zip(words, weights, strict=True) if 5 <= c <= 400 and len(w) > 3]
    out = []
    for i in range(n):
        w = rng.choice(mid)
        out.append([w, w[: max(4, len(w) - 3)], f"{w} {rng.choice(mid)}", f'"{w}"'][i % 4])
    return out


def measure(path: Path) -> dict[str, float]:
    """Run in a fresh process: open, page, search, filter, density, writes, memory."""
    rng = random.Random(7)
    t0 = time.perf_counter()
    store = EventStore(path)
    out: dict[str, float] = {"open_s": time.perf_counter() - t0, "events": store.count_events()}
    n = out["events"]
    pages = []
    for _ in range(50):
        t = time.perf_counter()
        store.events_page(rng.randrange(max(1, int(n) - 50)), 50)
        pages.append(time.perf_counter() - t)
    out["page_ms"] = p50(pages)
    searches = []
    for q in queries(rng, 60):
        t = time.perf_counter()
        store.count_events(query=q)
        store.events_page(0, 50, query=q, sort="rank")
        searches.append(time.perf_counter() - t)
    out["search_ms"] = p50(searches)
    frequent = (f"actor-{i}" for i in range(0, 200, 7))
    actors = [a for a in frequent if store.actor(a)] or [store.actors()[0].id]  # small runs
    filters = []
    for i, q in enumerate(queries(rng, 40)):
        name = store.actor(rng.choice(actors)).name.split()[0]
        extra = [f"actor:{name}", "after:2010-01-01 before:2015-12-31", "kind:organization",
                 "source:reuters"][i % 4]  # fmt: skip
        t = time.perf_counter()
        store.count_events(query=f"{q} {extra}")
        store.events_page(0, 50, query=f"{q} {extra}", sort="rank")
        filters.append(time.perf_counter() - t)
    out["filter_ms"] = p50(filters)
    dens = []
    for period in ("day", "month", "year") * 5:
        t = time.perf_counter()
        _density(store, period)
        dens.append(time.perf_counter() - t)
    out["density_ms"] = max(dens) * 1000
    adds, updates, deletes = [], [], []
    for i in range(100):
        d = date(2000, 1, 1) + timedelta(days=rng.randrange(9000))
        ev = Event(id=f"bench-{os.getpid()}-{i}", when=When(value=d.isoformat(), start=d, end=d),
                   title=f"benchmark event {i}", actors=["actor-1"])  # fmt: skip
        t = time.perf_counter()
        store.add_event(ev)
        adds.append(time.perf_counter() - t)
        t = time.perf_counter()
        store.update_event(ev.model_copy(update={"title": f"benchmark event {i} revised"}))
        updates.append(time.perf_counter() - t)
    for i in range(100):
        t = time.perf_counter()
        store.delete_event(f"bench-{os.getpid()}-{i}")
        deletes.append(time.perf_counter() - t)
    out |= {"add_ms": p50(adds), "add_max_ms": max(adds) * 1000, "update_ms": p50(updates),
            "delete_ms": p50(deletes)}  # fmt: skip
    out["rss_mb"] = peak_rss_mb()
    store.close()
    return out


TARGETS = {"open_s": 0.5, "add_ms": 20, "update_ms": 20, "delete_ms": 20, "search_ms": 20,
           "filter_ms": 20, "page_ms": 10, "density_ms": 50, "rss_mb": 400}  # fmt: skip
MILLION = {"open_s": 5.0, "search_ms": 50}  # at 1,000,000 events (issue 15)


def table(res: dict[str, float], rows: dict[str, dict[str, float]], samples: int) -> str:
    lines = [f"dateline store benchmark: {int(res['events']):,} events", "",
             f"{'measure':<18}{'dateline':>12}{'target':>10}  {'ok':<4}"]  # fmt: skip
    targets = _targets(res)
    for key in TARGETS:  # every figure, at 1,000,000 too; a target where the issue sets one
        target = targets.get(key)
        ok = "" if target is None else "yes" if res[key] <= target else "NO"
        lines.append(f"{key:<18}{res[key]:>12.3f}{target or '-':>10}  {ok:<4}")
    lines.append("")
    for key in ("build_s", "add_max_ms", "file_mb"):
        lines.append(f"{key:<18}{res[key]:>12.3f}")
    return "\n".join([*lines, "", comparison_table(rows, samples) if rows else ""])


def _targets(res: dict[str, float]) -> dict[str, float]:
    return MILLION if res["events"] >= 1_000_000 else TARGETS


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(prog="python -m tests.bench.store", description=__doc__)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--samples", type=int, default=10, help="searches and adds per compared row")
    ap.add_argument("--seed", type=int, default=9, help="picks the compared query strings")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--keep", type=Path, help="leave the generated store at PATH")
    ap.add_argument("--million", action="store_true", help="1,000,000 events, with their targets")
    ap.add_argument("--against", metavar="REV", help="also build and measure git revision REV")
    ap.add_argument("--no-compare", action="store_true", help="skip the TinyDB and SQLite rows")
    ap.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--backend", nargs=2, metavar=("NAME", "PATH"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return {}
    if args.backend:
        name, path = args.backend
        qs = same_queries(queries, args.samples, args.seed)
        print(json.dumps(run_backend(name, Path(path), qs)))
        return {}
    if args.million:
        args.events = 1_000_000
    old = measure_rev(args.against, args.events) if args.against else None
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "store.json"
        if path.exists():
            sys.exit(f"{path} exists; pick a new --keep path")
        res: dict[str, float] = {"build_s": build(path, args.events)}
        child = subprocess.run(
            [sys.executable, "-m", "tests.bench.store", "--measure", str(path)],
            capture_output=True, text=True, cwd=Path(__file__).resolve().parents[2],
        )  # fmt: skip
        if child.returncode:
            sys.exit(f"measuring failed:\n{child.stderr}")
        res |= json.loads(child.stdout.strip().splitlines()[-1])
        res["file_mb"] = (
            sum(p.stat().st_size for p in path.parent.glob(path.name + "*") if p.suffix != ".bak")
            / 2**20
        )
        rows = {} if args.no_compare else compare(path, args.samples, args.seed)
    out = {**res, "samples": args.samples, "rows": rows, "speedup_over": BASELINE,
           "speedups": speedups(rows) if rows else {}}  # fmt: skip
    if old is not None:
        out["against"] = {"rev": args.against, **old}
    text = table(res, rows, args.samples)
    if old is not None:
        text += "\n" + side_by_side(old, res, args.against, _targets(res))
    print(json.dumps(out) if args.json else text)
    return out


if __name__ == "__main__":
    main()
