"""Extraction throughput: tagging + extraction on the corpus articles, one core.

Run from the repo root: .venv/bin/python -m tests.bench.extract_bench [--repeat 5]
Reads the annotated quote corpus (../shared/corpus/quotes/*.jsonl) and the fixtures,
and prints articles per second and KB per second for `extract_article` (which calls
`store.timex.tag`). Target: >= 100 articles/s for ~4 KB articles.
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import date
from pathlib import Path

from store.extract import extract_article

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "quotes"


def articles() -> list[tuple[str, date]]:
    out: list[tuple[str, date]] = []
    for f in sorted(CORPUS.glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                out.append((d["text"], date.fromisoformat(d["published"])))
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


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    a = ap.parse_args(argv)
    docs = articles()
    extract_article(*docs[0])  # warm up imports and regex caches
    size = sum(len(t) for t, _ in docs)
    best = float("inf")
    for _ in range(a.repeat):
        t0 = time.perf_counter()
        for text, pub in docs:
            extract_article(text, pub)
        best = min(best, time.perf_counter() - t0)
    n = len(docs)
    print(
        f"{n} articles, {size / n / 1000:.1f} KB average: best of {a.repeat} runs "
        f"{best:.3f} s = {n / best:.0f} articles/s, {size / 1000 / best:.0f} KB/s"
    )


if __name__ == "__main__":
    main()
