"""Ctrl-C in the middle of an ingest: one line that says what is kept and how to go on."""

from __future__ import annotations

from click.testing import CliRunner

import tui.commands.ingest as ingest_cmd
from tui.cli import cli


def test_an_interrupted_ingest_says_what_is_kept(tmp_path, monkeypatch):
    article = tmp_path / "a.txt"
    article.write_text("Ruritania held talks on Monday.\n")

    def stop(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(ingest_cmd, "ingest_paths", stop)
    db = tmp_path / "s.json"
    result = CliRunner().invoke(
        cli, ["--db", str(db), "ingest", str(article), "--published", "2031-03-15"]
    )
    assert result.exit_code == 130
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "kept" in lines[0] and "again" in lines[0]
