"""A readable timeline: years and months as headings, each event with quotes and source."""

from __future__ import annotations

import calendar
import re
from datetime import date
from itertools import groupby

from store.formats.timeline import Timeline, date_label
from store.models import Event

COARSE = ("year", "decade", "century")
_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def md_escape(text: str) -> str:
    """Article text shown as written: Markdown's special characters backslash-escaped."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _link_target(url: str) -> str:
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")


def _event(tl: Timeline, ev: Event) -> list[str]:
    lines = [f"- **{md_escape(date_label(ev.when))}**: {md_escape(ev.title)}"]
    names = tl.actor_names(ev)
    if names:
        lines.append(f"  - Actors: {md_escape(', '.join(names))}")
    for q in tl.quotes_of(ev):
        lines.append(f'  - {md_escape(tl.speaker(q))}: "{md_escape(q.text)}"')
    article = tl.article_of(ev)
    if article:
        name = md_escape(article.source or article.title or "source")
        if article.url.startswith(("http://", "https://")):
            lines.append(f"  - Source: [{name}](<{_link_target(article.url)}>)")
        else:
            lines.append(f"  - Source: {name}")
    return lines


def to_markdown(tl: Timeline) -> str:
    """`# title`, `## 2025`, `### June 2025`, then one list item per event."""
    out = [f"# {md_escape(tl.title)}", ""]

    def day(e: Event) -> date:  # "recently" (no start) files under its end date
        return e.when.start or e.when.end

    dated = sorted((e for e in tl.events if day(e)), key=day)
    undated = [e for e in tl.events if not day(e)]
    for year, in_year in groupby(dated, key=lambda e: day(e).year):
        out += [f"## {year}", ""]
        in_year = list(in_year)
        whole = [e for e in in_year if e.when.granularity in COARSE]
        for ev in whole:  # known to the year only: no month heading would be true
            out += _event(tl, ev)
        if whole:
            out.append("")
        rest = [e for e in in_year if e.when.granularity not in COARSE]
        for month, in_month in groupby(rest, key=lambda e: day(e).month):
            out += [f"### {calendar.month_name[month]} {year}", ""]
            for ev in in_month:
                out += _event(tl, ev)
            out.append("")
    if undated:
        out += ["## Undated", ""]
        for ev in undated:
            out += _event(tl, ev)
        out.append("")
    if not tl.events:
        out += ["No events.", ""]
    return "\n".join(out)
