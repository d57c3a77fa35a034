"""Shared fixtures: a fixed publication date and stores in tmp dirs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import settings

# No property test has a deadline: Hypothesis fails an example slower than 200 ms, and on
# a loaded machine (2 cores, several suites) a scheduler stall is enough, then replays it
# fast and reports "Unreliable test timings". Speed is measured in tests/bench, not here.
settings.register_profile("dateline", deadline=None)
settings.load_profile("dateline")

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEED = FIXTURES / "2025-06-25-nato-gaza-ceasefire.md"
PUBLISHED = date(2025, 6, 25)


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store.json"


@pytest.fixture
def seeded_store(store_path: Path):
    from store import EventStore, build_article, ingest_article, read_article_file

    with EventStore(store_path) as store:
        ingest_article(store, build_article(read_article_file(SEED)))
        yield store
