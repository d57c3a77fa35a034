"""A very long text is filed as parts, each extracted and written in turn, so ingest
memory does not grow with the size of one file (issue 14 item 9)."""

from __future__ import annotations

from datetime import date

import store.ingest as ingest
from store import Article, EventStore, Overrides, article_id, ingest_paths

PARA = "On Monday officials in Ruritania met Jane Roe in the capital.\n\n"


def test_split_parts_cuts_at_paragraphs_with_their_own_ids():
    text = "".join(PARA.replace("Monday", f"day {i}") for i in range(40))
    art = Article(id=article_id(text), title="Dump", published=date(2025, 6, 25), text=text)
    parts = ingest.split_parts(art, size=len(PARA) * 10)
    assert len(parts) >= 4 and "".join(p.text for p in parts) == text
    assert all(p.text.endswith("\n") for p in parts[:-1])  # cut between paragraphs
    assert all(p.text.strip().endswith(".") for p in parts)
    assert parts[0].title == f"Dump (part 1 of {len(parts)})"
    assert len({p.id for p in parts}) == len(parts) and art.id not in {p.id for p in parts}
    assert ingest.split_parts(art, size=len(text)) == [art]


def test_a_long_file_is_written_part_by_part(tmp_path, monkeypatch):
    unique = "".join(f"On Monday talks on item {i} resumed in Ruritania.\n\n" for i in range(60))
    f = tmp_path / "dump.txt"
    f.write_text("A dump\n\n" + unique)
    monkeypatch.setattr(ingest, "PART_CHARS", len(unique) // 5)
    monkeypatch.setattr(ingest, "BATCH_EVENTS", 1)  # write as soon as a part is done
    writes: list[int] = []
    real = ingest.write_extractions

    def counting(store, batch, **kw):
        if batch:
            writes.append(len(batch))
        return real(store, batch, **kw)

    monkeypatch.setattr(ingest, "write_extractions", counting)
    with EventStore(tmp_path / "s.json") as store:
        report = ingest_paths(store, [str(f)], Overrides(published=date(2025, 6, 25)), workers=1)
        assert not report.failed
        titles = sorted(a.title for a in store.articles())
        assert len(titles) >= 5 and all("(part " in t for t in titles)
        assert store.count_events() == report.events > 0
        again = ingest_paths(store, [str(f)], Overrides(published=date(2025, 6, 25)), workers=1)
        assert again.present == len(titles) and not again.added
    assert len(writes) >= 5 and max(writes) == 1  # one part per write, never all at once
