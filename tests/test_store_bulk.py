"""A bulk load (ingest of many files, an import, the benchmark's builder) writes
store.json a few times in all, not once per 8 MB of journal (quadratic in the load), keeps
the documents it filed on disk rather than in memory, and loses no finished write when it
is killed (issue 15)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tracemalloc
from datetime import date
from pathlib import Path

import store.db.durable as durable
from store import Article, Event, EventStore, Extraction, When

PUBLISHED = date(2025, 6, 25)
ROOT = Path(__file__).resolve().parent.parent


def _item(i: int, chars: int = 4000) -> tuple[Article, Extraction]:
    text = f"Ruritania bulletin {i}. " + "The border talks resumed on Monday. " * (chars // 36)
    article = Article(id=f"a{i}", title=f"Bulletin {i}", text=text, published=PUBLISHED)
    d = date(2020, 1, 1 + i % 28)
    events = [
        Event(
            id=f"a{i}-e{k}",
            title=f"Talks {i}.{k}",
            when=When(value=d.isoformat(), start=d, end=d),
            article_id=article.id,
        )
        for k in range(3)
    ]
    return article, Extraction(article_id=article.id, events=events)


def _written(monkeypatch) -> list[int]:
    """The size of every store.json a fold writes, as it writes it."""
    sizes: list[int] = []
    real = durable.DurableStorage.compact

    def compact(self):
        real(self)
        sizes.append(self.path.stat().st_size)

    monkeypatch.setattr(durable.DurableStorage, "compact", compact)
    return sizes


def test_a_bulk_load_writes_the_store_a_few_times_not_once_per_journal_fill(tmp_path, monkeypatch):
    monkeypatch.setattr(durable, "COMPACT_NOW", 16 << 10)  # 16 KB: many fills in 1.6 MB
    sizes = _written(monkeypatch)
    path = tmp_path / "s.json"
    with EventStore(path) as store, store.bulk():
        for n in range(0, 400, 4):
            store.add_extractions([_item(i) for i in range(n, n + 4)])
    final = path.stat().st_size
    assert final > 100 * (16 << 10)
    # each fold comes once the journal is half of store.json: at most 1 + 1/0.5 = 3 times
    # the final size in all (folding at every 16 KB would write ~50 times that)
    assert sum(sizes) <= 4 * final, (len(sizes), sum(sizes), final)
    with EventStore(path) as again:
        assert again.count_events() == 1200
        assert again.article("a399").text.startswith("Ruritania bulletin 399.")


def test_a_bulk_load_keeps_what_it_filed_on_disk(tmp_path, monkeypatch):
    monkeypatch.setattr(durable, "COMPACT_NOW", 1 << 40)  # no fold: all in the journal
    path = tmp_path / "s.json"
    with EventStore(path) as store:
        store.add_extractions([_item(0)])  # the store file exists: later writes journal
        journal = path.with_name("s.json.journal")
        tracemalloc.start()
        try:
            with store.bulk():
                for n in range(1, 201, 5):
                    store.add_extractions([_item(i, 20_000) for i in range(n, n + 5)])
                    before = tracemalloc.get_traced_memory()[0]
            held = tracemalloc.get_traced_memory()[0]
        finally:
            tracemalloc.stop()
        size = journal.stat().st_size
        assert size > 4 << 20
        assert held < size / 4, f"{held} bytes held for a {size}-byte journal ({before})"
        assert store.article("a150").text.startswith("Ruritania bulletin 150.")
        assert store.event("a150-e2").title == "Talks 150.2"
        assert store.count_events(query="talks") == 603
    with EventStore(path) as again:
        assert again.count_events() == 603


KILLED = """
import os, signal, sys
from pathlib import Path
import store.db.durable as durable
from store import EventStore
from tests.test_store_bulk import _item
durable.COMPACT_NOW = 32 << 10
store = EventStore(Path(sys.argv[1]))
with store.bulk():
    for n in range(0, 200, 4):
        store.add_extractions([_item(i) for i in range(n, n + 4)])
        if n == 120:
            os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_bulk_load_killed_midway_loses_no_finished_write(tmp_path):
    path = tmp_path / "s.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-c", KILLED, str(path)], cwd=ROOT, env=env, capture_output=True
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode()
    with EventStore(path) as store:
        assert store.count_events() == 3 * 124  # articles 0..123, three events each
        assert store.article("a123") is not None and store.article("a124") is None
    leftovers = {p.name for p in tmp_path.iterdir()} - {
        "s.json",
        "s.json.bak",
        "s.json.index",
        "s.json.journal",
        "s.json.lock",
    }
    assert leftovers == set()  # the scratch file had no name


def test_ingest_and_import_are_bulk_loads(tmp_path, monkeypatch):
    import store.ingest as ingest
    from store import Overrides, import_file, ingest_paths
    from store.transfer import export_timeline

    entered: list[str] = []
    real = EventStore.bulk

    def bulk(self, *args, **kwargs):
        entered.append(self.path.name)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(EventStore, "bulk", bulk)
    monkeypatch.setattr(ingest, "_extract_job", lambda text, published, aid: _item(0)[1])
    (tmp_path / "a.txt").write_text("Talks in Ruritania\n\nThe talks resumed on Monday.\n")
    with EventStore(tmp_path / "s.json") as store:
        ingest_paths(store, [str(tmp_path / "a.txt")], Overrides(published=PUBLISHED))
        (tmp_path / "x.json").write_bytes(export_timeline(store, "json"))
    with EventStore(tmp_path / "t.json") as other:
        import_file(other, tmp_path / "x.json")
    assert entered == ["s.json", "t.json"]
