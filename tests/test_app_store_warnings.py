"""The store's logged warnings reach the app's screen as one toast; the ingest toast
gives every failed file's reason (up to three), not just the first."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from store import StoreError
from tests.conftest_app import build_store, make_app, settle
from tui.services.store_warnings import LOGGER
from tui.services.transfer import FAILURES_SHOWN
from tui.widgets.ingest_bar import IngestBar


@pytest.fixture
def app_path(tmp_path: Path) -> Path:
    return build_store(tmp_path / "store.json")


def toasts(app) -> list[str]:
    return [str(t.render()) for t in app.screen.query("Toast")]


async def test_a_failed_fold_is_one_toast(app_path: Path, monkeypatch) -> None:
    def full_disk(*args, **kwargs):
        raise StoreError("cannot write store.json: No space left on device")

    app = make_app(app_path, watch=False)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        monkeypatch.setattr("store.db.durable.atomic_write_bytes", full_disk)
        monkeypatch.setattr("store.db.durable.COMPACT_NOW", 0)  # every write tries to fold
        store = app.data.open()
        for n in (1, 2, 3):  # three writes, three failed folds: one warning, one toast
            with app.data.lock:
                store.set_actor_kind("iran", "group" if n % 2 else "place")
        await settle(pilot)
        await pilot.pause(0.1)
        shown = [t for t in toasts(app) if "No space left" in t]
        assert len(shown) == 1 and "journal" in shown[0]
        monkeypatch.undo()


async def test_a_warning_from_a_worker_thread_is_a_toast(app_path: Path) -> None:
    import threading

    app = make_app(app_path, watch=False)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        worker = threading.Thread(
            target=logging.getLogger(LOGGER).warning, args=("index of [bold]x[/] rebuilt",)
        )
        worker.start()
        worker.join()
        await pilot.pause(0.1)
        await settle(pilot)
        assert any("index of [bold]x[/] rebuilt" in t for t in toasts(app))  # literal


async def test_the_handler_leaves_with_the_app(app_path: Path) -> None:
    app = make_app(app_path, watch=False)
    before = list(logging.getLogger(LOGGER).handlers)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert len(logging.getLogger(LOGGER).handlers) == len(before) + 1
    assert logging.getLogger(LOGGER).handlers == before


async def test_the_ingest_toast_names_each_failure(app_path: Path, tmp_path: Path) -> None:
    failed = [f"/news/{n}.txt: file is empty" for n in range(FAILURES_SHOWN + 2)]
    app = make_app(app_path, watch=False)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        app.query_one(IngestBar).post_message(IngestBar.Done(0, 0, failed))
        await settle(pilot)
        (toast,) = [t for t in toasts(app) if "failed" in t]
        for line in failed[:FAILURES_SHOWN]:
            assert line in toast
        assert failed[FAILURES_SHOWN] not in toast and "… and 2 more" in toast


async def test_an_empty_folder_says_so(app_path: Path, tmp_path: Path) -> None:
    """The app expands folders by the store's rules, so it says what ingest says."""
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.toml").write_text("x", encoding="utf-8")
    app = make_app(app_path, watch=False)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        app.query_one(IngestBar).start(app.data, [empty])
        await settle(pilot)
        assert any("no article files in this folder" in t for t in toasts(app))
