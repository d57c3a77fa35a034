"""Tagger speed: MB/s of store.timex.tag on a large news text, and the ratio against
dateparser.search.search_dates on the same text (a slice of it, normalised per MB).

Run from the project root:  python -m tests.bench.timex_bench [--mb 5] [--dp-kb 40]
                            python -m tests.bench.timex_bench --against main   # before/after,
                                                            # then the rate and ratio as above
The text is built from the shared TimeML corpus texts (../shared/corpus/timex/*.jsonl),
falling back to the fixture articles. dateparser runs as its fastest English configuration
(languages=["en"]), warmed up. Single-threaded; rates use CPU time of this process
(time.process_time), best of --repeat runs each, so other load on the machine does not skew
the ratio; wall time is printed too. No asserts.
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import date
from pathlib import Path

from tests.bench.revision import alternate

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "timex"
PUBLISHED = date(1998, 6, 1)


def corpus_text() -> str:
    parts: list[str] = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                parts.append(json.loads(line)["text"])
    if not parts:
        parts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures").glob("*.md"))]
    if not parts:
        raise SystemExit("no corpus or fixture texts found")
    return "\n\n".join(parts)


def build(mb: float) -> str:
    base = corpus_text()
    want = int(mb * 1_000_000)
    reps = want // len(base.encode("utf-8")) + 1
    return ("\n\n".join([base] * reps))[:want]


def mb_per_s(nbytes: int, seconds: float) -> float:
    return nbytes / 1_000_000 / seconds if seconds > 0 else float("inf")


_CHILD = """
import sys, time
from datetime import date
from store.timex import tag
text = sys.stdin.read()
tag(text[:20_000], date(1998, 6, 1))
best = float("inf")
for _ in range(int(sys.argv[1])):
    t0 = time.process_time()
    tag(text, date(1998, 6, 1))
    best = min(best, time.process_time() - t0)
print(best)
"""


def against(rev: str, text: str, rounds: int) -> None:
    """Best-of-`rounds` tagging time here and at `rev`, alternating, and their ratio."""
    nbytes = len(text.encode("utf-8"))
    h, t = alternate(rev, _CHILD, text, rounds, 2)
    print(f"  {rev:12s} {mb_per_s(nbytes, t):6.2f} MB/s")
    print(f"  {'this tree':12s} {mb_per_s(nbytes, h):6.2f} MB/s")
    print(f"  ratio (this tree / {rev}): {t / h:.2f}x, {rounds} alternating children")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--mb", type=float, default=5.0, help="size of the text to tag (MB)")
    ap.add_argument("--dp-kb", type=float, default=40.0, help="slice given to dateparser (KB)")
    ap.add_argument("--against", metavar="REV", help="time git revision REV too, alternating")
    ap.add_argument("--rounds", type=int, default=5, help="alternations for --against")
    ap.add_argument("--repeat", type=int, default=3, help="best of this many runs, each side")
    args = ap.parse_args(argv)

    from store.timex import tag

    text = build(args.mb)
    if args.against:  # then the rate and the dateparser ratio below, in the same run
        against(args.against, text, args.rounds)
    nbytes = len(text.encode("utf-8"))
    tag(text[:20_000], PUBLISHED)  # warm up (imports, caches)
    ours = wall = float("inf")
    for _ in range(args.repeat):  # best of a few: a busy machine only ever slows a run
        w0, t0 = time.perf_counter(), time.process_time()
        mentions = tag(text, PUBLISHED)
        ours, wall = min(ours, time.process_time() - t0), min(wall, time.perf_counter() - w0)
    ours_rate = mb_per_s(nbytes, ours)
    print(f"store.timex.tag:     {nbytes / 1e6:6.2f} MB in {ours:7.3f} s cpu ({wall:.3f} s wall)"
          f" = {ours_rate:7.2f} MB/s  ({len(mentions)} mentions)")  # fmt: skip

    try:
        from dateparser.search import search_dates
    except ImportError:
        print("dateparser not installed: no ratio")
        return 0
    cut = text[: int(args.dp_kb * 1000)]
    cut = cut[: cut.rfind("\n\n")] if "\n\n" in cut else cut
    dp_bytes = len(cut.encode("utf-8"))
    # its fastest English configuration, warmed up on the same kind of text first (the
    # first call loads its language data and compiles its patterns)
    search_dates(cut[:2000] or "warm up on Friday, June 5", languages=["en"])
    dp = wall = float("inf")
    for _ in range(args.repeat):  # best of as many runs as the tagger had
        w0, t0 = time.perf_counter(), time.process_time()
        found = search_dates(cut, languages=["en"]) or []
        dp, wall = min(dp, time.process_time() - t0), min(wall, time.perf_counter() - w0)
    dp_rate = mb_per_s(dp_bytes, dp)
    print(f"dateparser.search:   {dp_bytes / 1e6:6.3f} MB in {dp:7.3f} s cpu ({wall:.3f} s wall)"
          f" = {dp_rate:7.4f} MB/s  ({len(found)} dates)")  # fmt: skip
    ratio = ours_rate / dp_rate
    print(f"ratio: store.timex.tag is {ratio:,.1f}x dateparser.search_dates(languages=['en'])")
    ok = ours_rate >= 2.0 and ratio >= 20
    print(f"targets (>= 2 MB/s, >= 20x): {'met' if ok else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
