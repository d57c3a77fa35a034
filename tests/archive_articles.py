"""Invented news articles for the batch tests and benchmark (no real names or text)."""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

PEOPLE = ["Jane Roe", "John Doe", "Maria Vance", "Tomas Kettle", "Anna Brill", "Olek Strand"]
ORGS = ["the Ruritania Rail Board", "Northwind Mining", "the Council of Elbonia", "Acme Harbour"]
PLACES = ["Ruritania", "Elbonia", "Port Calder", "Vesna"]
VERBS = ["announced", "signed", "rejected", "opened", "postponed", "approved"]
THINGS = ["a new rail link", "the harbour contract", "a mining permit", "the budget plan"]
WHEN = ["on Tuesday", "last week", "on {d:%B} {d.day}", "in {d:%B} {d.year}", "next month"]


def article(i: int, rng: random.Random) -> dict:
    """One short article: a few dated sentences, actors, a quote and a surname reference."""
    published = date(2020, 1, 1) + timedelta(days=rng.randrange(1500))
    who, org, place = rng.choice(PEOPLE), rng.choice(ORGS), rng.choice(PLACES)
    later = published + timedelta(days=rng.randrange(1, 90))
    lines = []
    for _ in range(rng.randrange(3, 7)):
        when = rng.choice(WHEN).format(d=later)
        lines.append(
            f"{rng.choice(PEOPLE)} of {rng.choice(ORGS)} {rng.choice(VERBS)} "
            f"{rng.choice(THINGS)} in {rng.choice(PLACES)} {when}."
        )
    surname = who.split()[-1]
    lines.append(
        f'"We will not wait any longer," {who} said in {place} on Monday. '
        f"{surname} added that {org} would meet again on {later:%B} {later.day}."
    )
    return {
        "title": f"Report {i}: {org} and {place}",
        "text": "\n\n".join(lines) + f"\n\nReference number {i}.",
        "published": published.isoformat(),
        "source": rng.choice(["Ruritania Herald", "Elbonia Post"]),
        "url": f"https://news.example/{i}",
    }


def articles(n: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    return [article(i, rng) for i in range(n)]


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def write_parquet(path: Path, rows: list[dict], row_group: int = 100) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=row_group)
    return path
