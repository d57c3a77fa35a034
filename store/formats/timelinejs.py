"""Knight Lab TimelineJS 3 JSON (timeline.knightlab.com/docs/json-format.html).

A title slide, then one slide per dated event: `start_date`/`end_date` as year/month/day
objects at the precision the date is known, `display_date` for approximate dates,
`text.headline`/`text.text` as HTML with every piece of article text escaped, and
`group` by actor or source so TimelineJS draws one row per group. The slide text also
carries what the format has no field for, in its own HTML: the exact date (data-
attributes of the first paragraph) and each actor's id and kind (an "Actors:" line), and
`unique_id` is the event id, so importing the file back gives the same events.
"""

from __future__ import annotations

import html
import json
from datetime import date
from typing import Any, Literal

from store.formats.timeline import Timeline, date_label
from store.models import Event, When

GroupBy = Literal["actor", "source", "none"]


def _ymd(d: date, precision: str) -> dict[str, int]:
    out = {"year": d.year}
    if precision in ("month", "day"):
        out["month"] = d.month
    if precision == "day":
        out["day"] = d.day
    return out


def _precision(when: When) -> str:
    g = when.granularity
    if g in ("day", "week", "vague"):
        return "day"
    if g in ("month", "quarter", "season"):
        return "month"
    return "year"


def slide_dates(when: When) -> dict[str, Any] | None:
    """start_date/end_date/display_date for a When; None if it has no date at all."""
    start, end = when.start, when.end
    if start is None and end is None:
        return None
    precision = _precision(when)
    out: dict[str, Any] = {"start_date": _ymd(start or end, precision)}
    if start is not None and end is not None and _ymd(end, precision) != out["start_date"]:
        out["end_date"] = _ymd(end, precision)
    if start is None:
        out["display_date"] = date_label(when)  # "by 25 June 2025"
    elif when.approximate:
        out["display_date"] = date_label(when)
    return out


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def when_attributes(when: When) -> str:
    """The event's full date as data- attributes of the slide's first paragraph: the
    slide's own dates show it at the precision known, these give it back exactly."""
    attrs = {"value": when.value, "type": when.type, "granularity": when.granularity}
    attrs |= {
        "start": when.start and when.start.isoformat(),
        "end": when.end and when.end.isoformat(),
    }
    attrs |= {"text": when.text, "approximate": "true" if when.approximate else ""}
    return "".join(f' data-{k}="{_esc(v)}"' for k, v in attrs.items() if v)


def actors_line(tl: Timeline, ev: Event) -> str:
    """Every actor with its id and kind (data- attributes), for readers and re-import."""
    spans = []
    for actor_id in ev.actors:
        actor = tl.actors.get(actor_id)
        kind = f' data-kind="{actor.kind}"' if actor else ""
        name = actor.name if actor else actor_id
        spans.append(f'<span data-actor="{_esc(actor_id)}"{kind}>{_esc(name)}</span>')
    return f"<p>Actors: {', '.join(spans)}</p>" if spans else ""


def slide_text(tl: Timeline, ev: Event) -> str:
    """The slide body: sentence, quotes with speakers, actors, source link; all escaped."""
    parts = [f"<p{when_attributes(ev.when)}>{_esc(ev.sentence or ev.title)}</p>"]
    for q in tl.quotes_of(ev):
        parts.append(f"<blockquote>“{_esc(q.text)}” — {_esc(tl.speaker(q))}</blockquote>")
    parts.append(actors_line(tl, ev))
    article = tl.article_of(ev)
    if article:
        name = _esc(article.source or article.title or article.url or "source")
        if article.url.startswith(("http://", "https://")):
            parts.append(f'<p>Source: <a href="{_esc(article.url)}">{name}</a></p>')
        else:
            parts.append(f"<p>Source: {name}</p>")
    return "".join(parts)


def _group(tl: Timeline, ev: Event, group_by: GroupBy) -> str:
    if group_by == "actor":
        names = tl.actor_names(ev)
        return names[0] if names else ""
    if group_by == "source":
        article = tl.article_of(ev)
        return (article.source if article else "") or ("by hand" if ev.origin == "manual" else "")
    return ""


def to_timelinejs(tl: Timeline, group_by: GroupBy = "actor") -> str:
    """The TimelineJS JSON document; undated events are left out (and counted)."""
    events = []
    for ev in tl.events:
        dates = slide_dates(ev.when)
        if dates is None:
            continue
        slide: dict[str, Any] = {
            **dates,
            "text": {"headline": _esc(ev.title), "text": slide_text(tl, ev)},
            "unique_id": ev.id,
        }
        group = _group(tl, ev, group_by)
        if group:
            slide["group"] = _esc(group)
        events.append(slide)
    left_out = len(tl.events) - len(events)
    summary = f"{len(events)} events"
    if left_out:
        summary += f" ({left_out} undated events left out)"
    doc = {
        "title": {"text": {"headline": _esc(tl.title), "text": f"<p>{summary}</p>"}},
        "events": events,
        "scale": "human",
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
