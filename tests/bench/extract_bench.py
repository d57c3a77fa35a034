"""Extraction throughput: tagging + extraction on the corpus articles, one core.

Run from the repo root: .venv/bin/python -m tests.bench.extract_bench [--repeat 5] [--more]
    .venv/bin/python -m tests.bench.extract_bench --against main   # same-run ratio
Reads the annotated quote corpus (../shared/corpus/quotes/*.jsonl) and the fixtures,
and prints articles per second (CPU time of this process, so other load on the machine
skews it less) and KB per second for `extract_article` (which calls
`store.timex.tag`), then the same over ~4 KB articles made of two corpus articles each.
Target: >= 100 articles/s for ~4 KB articles (the 4 KB line measures them; KB/s / 4
is the older estimate from the 2 KB articles). `--against REV` also
times git revision REV's extraction (its store/ unpacked to a temporary folder), each in
a child process, alternating, on the same articles, and prints the ratio: a machine
under other load slows both alike, so the ratio holds where absolute rates do not.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

if __package__ in (None, ""):  # `python tests/bench/extract_bench.py`: tests/bench holds a
    sys.path[0] = str(Path(__file__).resolve().parents[2])  # store.py; the repo root goes first

from store.extract import extract_article  # noqa: E402
from store.timex import tag  # noqa: E402
from tests.bench.revision import alternate  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "quotes"


def articles(more: bool = False) -> list[tuple[str, date]]:
    out: list[tuple[str, date]] = []
    files = sorted(CORPUS.glob("*.jsonl"))
    if more:  # the TimeBank/AQUAINT texts too (256 newswire articles)
        files += sorted((CORPUS.parent / "timex").glob("*.jsonl"))
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                pub = d.get("published") or d.get("dct") or "2000-01-01"
                out.append((d["text"], date.fromisoformat(pub[:10])))
    for f in sorted((ROOT / "fixtures").glob("20*.md")):
        head, _, body = f.read_text(encoding="utf-8").partition("\n---\n")
        pub = next(
            (
                ln.split(":", 1)[1].strip()
                for ln in head.splitlines()
                if ln.startswith("published:")
            ),
            "2025-06-25",
        )
        out.append((body, date.fromisoformat(pub.strip("\"'"))))
    return out


def _best(fn, docs: list[tuple[str, date]], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        for text, pub in docs:
            fn(text, pub)
        best = min(best, time.process_time() - t0)
    return best


_CHILD = """
import json, sys, time
from datetime import date
from store.extract import extract_article
docs = [(t, date.fromisoformat(d)) for t, d in json.load(sys.stdin)]
extract_article(*docs[0])
best = float("inf")
for _ in range(int(sys.argv[1])):
    t0 = time.process_time()
    for text, pub in docs:
        extract_article(text, pub)
    best = min(best, time.process_time() - t0)
print(best)
"""


def against(rev: str, docs: list[tuple[str, date]], rounds: int, passes: int = 3) -> None:
    """Best-of-`rounds` extraction time here and at `rev`, alternating, and their ratio
    (one-time loads such as word lists are left out, as in the in-process bench)."""
    payload = json.dumps([(t, d.isoformat()) for t, d in docs])
    h, t = alternate(rev, _CHILD, payload, rounds, passes)
    n = len(docs)
    print(f"  {rev:20s}  {t:.3f} s  {n / t:6.0f} articles/s")
    print(f"  {'this tree':20s}  {h:.3f} s  {n / h:6.0f} articles/s")
    print(f"  ratio (this tree / {rev}, articles/s): {t / h:.2f}x, {rounds} alternating children")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--more", action="store_true", help="add the TimeBank/AQUAINT texts")
    ap.add_argument("--against", metavar="REV", help="also time git revision REV, alternating")
    a = ap.parse_args(argv)
    docs = articles(a.more)
    if a.against:
        against(a.against, docs, a.repeat)
        return
    extract_article(*docs[0])  # warm up imports and regex caches
    n, kb = len(docs), sum(len(t) for t, _ in docs) / 1000
    t_tag = _best(tag, docs, a.repeat)
    t_all = _best(extract_article, docs, a.repeat)
    print(f"{n} articles, {kb / n:.1f} KB average, best of {a.repeat} runs, one core")
    print(f"  tagging only          {t_tag:.3f} s  {n / t_tag:6.0f} articles/s")
    print(
        f"  tagging + extraction  {t_all:.3f} s  {n / t_all:6.0f} articles/s  {kb / t_all:.0f} KB/s"
    )
    print(f"  at 4 KB per article   {kb / t_all / 4:6.0f} articles/s (estimate: KB/s / 4)")
    four = pairs(docs)  # real ~4 KB articles, not an estimate from the 2 KB ones
    n4, kb4 = len(four), sum(len(t) for t, _ in four) / 1000
    t_four = _best(extract_article, four, a.repeat)
    print(
        f"  {kb4 / n4:.1f} KB articles       {t_four:.3f} s  {n4 / t_four:6.0f} articles/s"
        "  (target >= 100)"
    )


def pairs(docs: list[tuple[str, date]]) -> list[tuple[str, date]]:
    """Each article followed by the next one's text, under the first one's date: articles
    twice as long, made of the same kind of news."""
    return [(a[0] + "\n\n" + b[0], a[1]) for a, b in zip(docs, docs[1:] + docs[:1], strict=True)]


if __name__ == "__main__":
    main()
