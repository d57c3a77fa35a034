"""The bundled June 2025 story items: the overnight strike of 21-22 June is one row."""

from __future__ import annotations

from datetime import date

from store import EventStore, build_article, ingest_paths, read_article_file, story_rows
from tests.conftest import FIXTURES

STORY = [
    "2025-06-22-pentagon-briefing-operation-midnight-hammer.md",
    "2025-06-22-hegseth-caine-laud-success-of-us-strike-on-iran-nuke-sites.md",
    "2025-06-22-secretary-rubio-with-maria-bartiromo.md",
    "2025-06-25-secretary-rubio-with-dasha-burns-of-politico.md",
    "2025-09-27-completion-of-un-sanctions-snapback-on-iran.md",
]
NIGHT = date(2025, 6, 21)


def test_the_overnight_strike_is_one_row_with_its_sources_counted(tmp_path):
    paths = [FIXTURES / name for name in STORY]
    ids = {p.name: build_article(read_article_file(p)).id for p in paths}
    with EventStore(tmp_path / "s.json") as store:
        ingest_paths(store, [str(p) for p in paths], workers=1)
        rows = story_rows(store)
    night = [r for r in rows if r.sources > 1 and r.start and r.start <= NIGHT <= r.end]
    assert len(night) == 1  # one row, not one per article
    (row,) = night
    told_by = {i.article for i in row.items}
    assert ids[STORY[0]] in told_by and ids[STORY[1]] in told_by
    assert row.sources == len(told_by) >= 2
    assert ids[STORY[4]] not in told_by  # the September epilogue is another story
    # a source whose own words date it the next day (a press conference "today") is not
    # the strike, though its sentence names it: the row keeps the night and no conflict
    assert all(i.start <= NIGHT for i in row.items if i.date_text) and not row.conflict
