"""Grouping a big store into story rows runs with the garbage collector paused (its
full passes hold the GIL and froze the screen), and leaves nothing frozen after (a
frozen cycle is never collected); a small store's grouping leaves the collector alone."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

import tui.model.story_rows as story_rows
from tests.conftest_app import build_store
from tui.model import collector
from tui.model.storeview import StoreView


@pytest.fixture
def frozen_restored() -> Iterator[None]:
    """Whatever a test freezes goes back to the collector (the suite runs on)."""
    before = gc.get_freeze_count()
    yield
    if gc.get_freeze_count() != before:
        gc.unfreeze()
    gc.enable()


def grouping_sees(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Group the fixture store; whether the collector was on while it grouped."""
    seen: list[bool] = []
    real = story_rows.story_groups

    def spying(*args, **kwargs):
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(story_rows, "story_groups", spying)
    data = StoreView(build_store(tmp_path / "store.json"))
    data.reload()
    try:
        story_rows.load_story_rows(data, "", date(2025, 6, 27))
    finally:
        data.close()
    return seen


def test_a_big_grouping_pauses_the_collector_and_leaves_nothing_frozen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, frozen_restored: None
) -> None:
    monkeypatch.setattr(collector, "BIG", 1)  # the six fixture events count as big
    before = gc.get_freeze_count()
    assert gc.isenabled()
    assert grouping_sees(tmp_path, monkeypatch) == [False]
    assert gc.isenabled()  # on again once it is done
    assert gc.get_freeze_count() <= before


class Node:
    """An invented object of the app's (a screen and its parent) that refers back."""

    other: Node


def test_a_cycle_made_before_a_big_grouping_is_collected_after_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, frozen_restored: None
) -> None:
    monkeypatch.setattr(collector, "BIG", 1)
    a, b = Node(), Node()
    a.other, b.other = b, a
    alive = weakref.ref(a)
    grouping_sees(tmp_path, monkeypatch)
    del a, b  # e.g. a closed screen, after the grouping
    gc.collect()
    assert alive() is None


def test_a_small_grouping_leaves_the_collector_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, frozen_restored: None
) -> None:
    before = gc.get_freeze_count()
    assert grouping_sees(tmp_path, monkeypatch) == [True]
    assert gc.get_freeze_count() == before


def test_reads_that_overlap_turn_it_back_on_only_when_the_last_ends(
    monkeypatch: pytest.MonkeyPatch, frozen_restored: None
) -> None:
    monkeypatch.setattr(collector, "BIG", 1)
    with collector.collector_paused(5):
        with collector.collector_paused(5):
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off(
    monkeypatch: pytest.MonkeyPatch, frozen_restored: None
) -> None:
    monkeypatch.setattr(collector, "BIG", 1)
    gc.disable()
    with collector.collector_paused(5):
        pass
    assert not gc.isenabled()
