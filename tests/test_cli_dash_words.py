"""QueryCommand lets click parse; only dash words are shielded from it (table test)."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from tui.commands.query import QueryCommand


@click.command(cls=QueryCommand, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-f", "--format", "fmt", type=click.Choice(["csv", "json"]))
@click.option("-o", "--output")
@click.option("--json", "as_json", is_flag=True)
@click.argument("query", nargs=-1)
def probe(fmt, output, as_json, query):
    click.echo(repr((fmt, output, as_json, query)))


@pytest.mark.parametrize(
    ("args", "parsed"),
    [
        (["-ceasefire", "talks"], (None, None, False, ("-ceasefire", "talks"))),
        (["-fcsv", "-obama"], ("csv", None, False, ("-obama",))),
        (["-o", "-x.csv", "-y"], (None, "-x.csv", False, ("-y",))),  # a value stays a value
        (["--json", "-a", "--", "-b"], (None, None, True, ("-a", "-b"))),
        (["-", "x"], (None, None, False, ("-", "x"))),
        (["--output=out", "-w"], (None, "out", False, ("-w",))),
    ],
)
def test_dash_words_reach_the_query(args, parsed):
    result = CliRunner().invoke(probe, args)
    assert result.exit_code == 0, result.output
    assert result.output.strip() == repr(parsed)


def test_unknown_long_options_and_bad_choices_stay_clicks_errors():
    assert "No such option '--bogus'" in CliRunner().invoke(probe, ["--bogus"]).output
    assert "Invalid value" in CliRunner().invoke(probe, ["-f", "xml"]).output
    assert "Usage" in CliRunner().invoke(probe, ["-h"]).output
