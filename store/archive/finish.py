"""The second map, run on a worker: a staged unit rewritten with the archive's actor ids
and written into the month-partitioned datasets."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from store.archive.mapper import read_stage
from store.archive.tables import article_row, event_row, quote_row, write_partitioned


def finish_unit(
    unit: int,
    stage: str,
    root: str,
    keep: list[str],
    ids: dict[str, str],
    names: dict[str, str],
) -> dict[str, tuple[int, int, int]]:
    """Write the unit's kept articles (`keep`: ids not seen in an earlier unit) with their
    events and quotes; `ids`: the unit's actor id -> archive id; `names`: archive id -> the
    names search matches. Returns actor id -> (events, articles, quotes) here."""
    wanted = set(keep)
    rows: dict[str, list[dict]] = {"articles": [], "events": [], "quotes": []}
    events, articles, quotes = Counter(), Counter(), Counter()
    for article, ex, local in read_stage(stage, unit):
        if article.id not in wanted:
            continue
        wanted.discard(article.id)  # the same text twice in one unit: filed once
        month = article.published.strftime("%Y-%m")
        mapping = {a: ids.get(u, u) for a, u in local.items()}
        said = {}
        for q in ex.quotes:
            speaker = mapping.get(q.speaker, q.speaker) if q.speaker else None
            q = q.model_copy(update={"speaker": speaker})
            said[q.id] = q
            rows["quotes"].append(quote_row(q, month))
            if speaker:
                quotes[speaker] += 1
        seen: set[str] = set()
        for e in ex.events:
            actors = list(dict.fromkeys(mapping.get(a, a) for a in e.actors))
            e = e.model_copy(update={"actors": actors})
            rows["events"].append(event_row(e, month, said, names))
            events.update(actors)
            seen.update(actors)
        articles.update(seen | {q.speaker for q in said.values() if q.speaker})
        rows["articles"].append(article_row(article, month))
    for name, found in rows.items():
        write_partitioned(found, name, Path(root), f"u{unit:07d}")
    every = set(events) | set(articles) | set(quotes)
    return {a: (events[a], articles[a], quotes[a]) for a in every}
