"""The palette's ingest dialog: every file type `dateline ingest` reads, folders, and
title, source and published fields."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from textual.widgets import Input

from store import EventStore, Overrides, expand_article_paths
from tests.conftest_app import build_store, fill, make_app, settle
from tui.screens.ingest_dialog import KINDS_LINE, ArticleTree, IngestDialog

UNDATED = "Jane Roe said on Monday that the Ruritanian census would resume in Strelsau.\n"


@pytest.fixture
def app_path(tmp_path: Path) -> Path:
    return build_store(tmp_path / "store.json")


def test_the_app_keeps_no_list_of_its_own() -> None:
    """The file types come from the store's public API, not a copy in the app."""
    import tui.widgets.ingest_bar as bar

    assert not hasattr(bar, "SUFFIXES") and not hasattr(bar, "SKIP_NAMES")
    for suffix in (".txt", ".md", ".json", ".jsonl", ".html"):
        assert suffix in KINDS_LINE


def test_folders_expand_to_every_article_file(tmp_path: Path) -> None:
    for name in ("a.txt", "b.md", "c.json", "d.jsonl", "e.html", "f.toml", "README.md"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "g.txt").write_text("x", encoding="utf-8")
    files, unread = expand_article_paths([str(tmp_path)])  # the walker the pipeline uses
    assert [Path(p).name for p in files] == ["a.txt", "b.md", "c.json", "d.jsonl", "e.html"]
    assert unread == []


async def open_dialog(pilot) -> IngestDialog:
    """Open the dialog and wait for the tree's first level (the tree's loader worker
    runs while the dialog is open, so settle() would wait for ever)."""
    await settle(pilot)
    pilot.app.main.action_ingest()
    await pilot.pause()
    dialog = pilot.app.screen
    assert isinstance(dialog, IngestDialog)
    tree = dialog.query_one(ArticleTree)
    for _ in range(100):
        if tree.root.children:
            break
        await pilot.pause(0.02)
    return dialog


async def test_the_tree_offers_folders_and_article_files(
    app_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    news = tmp_path / "news"
    news.mkdir()
    for name in ("a.txt", "b.md", "c.json", "d.jsonl", "e.html", "f.toml", ".hidden.txt"):
        (news / name).write_text("x", encoding="utf-8")
    (news / "more").mkdir()
    monkeypatch.chdir(news)
    app = make_app(app_path, watch=False)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_dialog(pilot)
        tree = dialog.query_one(ArticleTree)
        shown = sorted(str(node.label) for node in tree.root.children)
        assert shown == ["a.txt", "b.md", "c.json", "d.jsonl", "e.html", "more"]
        for field in ("#ingest-paths", "#ingest-title", "#ingest-source", "#ingest-published"):
            box = dialog.query_one(field, Input)
            assert box.region.bottom <= 23, field  # all on screen at 80x24


async def test_a_folder_with_title_source_and_date(app_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "one.txt").write_text(UNDATED, encoding="utf-8")
    record = {"text": "Grand Fenwick said on Tuesday that the treaty talks would go on."}
    (folder / "two.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    app = make_app(app_path, watch=False)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        dialog = await open_dialog(pilot)
        await fill(pilot, str(folder))
        for key, value in (("source", "Strelsau Gazette"), ("published", "2025-06-18")):
            dialog.query_one(f"#ingest-{key}", Input).value = value
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, IngestDialog)
    with EventStore(app_path) as store:
        mine = [a for a in store.articles() if a.source == "Strelsau Gazette"]
    assert len(mine) == 2  # the .jsonl file too
    assert {a.published.isoformat() for a in mine} == {"2025-06-18"}


async def test_a_title_replaces_the_file_own(app_path: Path, tmp_path: Path) -> None:
    article = tmp_path / "census.txt"
    article.write_text(UNDATED, encoding="utf-8")
    app = make_app(app_path, watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        dialog = await open_dialog(pilot)
        dialog.query_one("#ingest-paths", Input).value = str(article)
        dialog.query_one("#ingest-title", Input).value = "Census resumes"
        dialog.query_one("#ingest-published", Input).value = "2025-06-18"
        await pilot.press("ctrl+s")
        await settle(pilot)
    with EventStore(app_path) as store:
        assert "Census resumes" in {a.title for a in store.articles()}


async def test_an_unsupported_file_is_refused_in_the_dialog(app_path: Path, tmp_path: Path) -> None:
    notes = tmp_path / "pyproject.toml"
    notes.write_text("[project]\n", encoding="utf-8")
    app = make_app(app_path, watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        dialog = await open_dialog(pilot)
        dialog.query_one("#ingest-paths", Input).value = str(notes)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is dialog
        assert "unsupported file type: pyproject.toml" in str(
            dialog.query_one("#ingest-error").render()
        )


async def test_picking_in_the_tree_fills_the_path(
    app_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text(UNDATED, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    app = make_app(app_path, watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        dialog = await open_dialog(pilot)
        tree = dialog.query_one(ArticleTree)
        tree.focus()
        node = next(n for n in tree.root.children if str(n.label) == "a.txt")
        tree.move_cursor(node)
        await pilot.press("enter")
        await pilot.pause()
        assert dialog.query_one("#ingest-paths", Input).value == str(tmp_path / "a.txt")


async def test_a_pasted_folder_name_with_spaces_is_one_path(app_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "My news"
    folder.mkdir()
    (folder / "census.txt").write_text(UNDATED, encoding="utf-8")
    app = make_app(app_path, watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        dialog = await open_dialog(pilot)
        dialog.query_one("#ingest-paths", Input).value = str(folder)  # unquoted, as pasted
        dialog.query_one("#ingest-published", Input).value = "2025-06-18"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, IngestDialog), dialog.query_one("#ingest-error").render()
        await settle(pilot)
    with EventStore(app_path) as store:
        assert any(a.published.isoformat() == "2025-06-18" for a in store.articles())


async def test_the_bar_runs_one_pipeline_call_for_all_paths(
    app_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One call of store's pipeline (its folder walker, its progress), not one per file."""
    import tui.widgets.ingest_bar as bar_module
    from tui.widgets.ingest_bar import IngestBar

    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(UNDATED.replace("Monday", name), encoding="utf-8")
    calls: list[list[str]] = []
    real = bar_module.ingest_paths

    def spy(store, paths, *args, **kw):
        calls.append(list(paths))
        assert kw["progress"] is not None and kw["lock"] is not None
        return real(store, paths, *args, **kw)

    monkeypatch.setattr(bar_module, "ingest_paths", spy)
    app = make_app(app_path, watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        bar = app.query_one(IngestBar)
        bar.start(app.data, [tmp_path], Overrides(published=date(2025, 6, 18)))
        await settle(pilot)
        assert not bar.running
    assert calls == [[str(tmp_path)]]
    with EventStore(app_path) as store:
        texts = " ".join(a.text for a in store.articles())
    assert "on a.txt" in texts and "on b.txt" in texts
