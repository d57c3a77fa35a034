"""The map step, run on a worker: one unit read, tagged and extracted, staged on disk.

It is ingest's pipeline for one article (build_article, split_chunks, extract_article,
merge_chunks), so ids and records are the ones `ingest` files. What goes back to the
client is small: article ids, the unit's actors already filed together (the first level
of the identity reduce, in parallel) and errors.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from store.archive.reduce import ActorReduce
from store.archive.units import Unit, read_unit
from store.errors import IngestError
from store.ingest import build_article, extract_article, merge_chunks, split_chunks, split_parts
from store.models import Actor, Article, Extraction


@dataclass
class Mapped:
    """A unit's outcome: its article ids in read order, its actors as filed within the
    unit (the first level of the identity reduce), and errors."""

    unit: int
    articles: list[str] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)  # (origin, reason)


def stage_path(stage: Path, unit: int) -> Path:
    return stage / f"u{unit:07d}.jsonl"


def extract(article: Article) -> Extraction:
    """ingest's extraction of one article: long texts in pieces, merged."""
    pieces = split_chunks(article.text)
    if len(pieces) == 1:
        return extract_article(article.text, article.published, article.id)
    parts = [(off, extract_article(p, article.published, article.id)) for off, p in pieces]
    return merge_chunks(article.id, parts)


def _origin(exc: IngestError) -> tuple[str, str]:
    origin, sep, reason = str(exc).partition(": ")
    return (origin, reason) if sep else ("", str(exc))


def map_unit(unit: Unit, stage: str) -> Mapped:
    """Read and extract one unit; staged as JSON lines written atomically, so a task run
    again after a lost worker replaces its file and never adds a second copy."""
    out = Mapped(unit.index)
    done: list[tuple[Article, Extraction]] = []
    for found in read_unit(unit):
        if isinstance(found, IngestError):
            out.errors.append(_origin(found))
            continue
        try:  # a text over ingest's PART_CHARS is filed as parts, as ingest files it
            parts = split_parts(build_article(found))
            done += [(article, extract(article)) for article in parts]
        except IngestError as exc:
            out.errors.append(_origin(exc))
        except Exception as exc:  # noqa: BLE001 - a bug in extraction fails this article only
            out.errors.append((found.origin, f"extraction failed ({type(exc).__name__}: {exc})"))
    # the unit's actors filed as the store files them (no surname settling: that needs
    # the whole archive); the client files these records, not every article's
    local = ActorReduce()
    lines: list[str] = []
    for article, extraction in done:
        if article.id not in local.filed_at:
            local.file(article.id, extraction.actors)
    for article, extraction in done:  # ids as the whole unit leaves them (later folds too)
        out.articles.append(article.id)
        record = {
            "article": article.model_dump(mode="json"),
            "extraction": extraction.model_dump(mode="json"),
            "actors": local.mapping(article.id, (a.id for a in extraction.actors)),
        }
        lines.append(json.dumps(record, ensure_ascii=False))
    out.actors = sorted(local.actors.values(), key=lambda a: a.id)
    path = stage_path(Path(stage), unit.index)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    tmp.write_text("\n".join(lines), encoding="utf-8")
    os.replace(tmp, path)
    return out


def read_stage(stage: str, unit: int) -> list[tuple[Article, Extraction, dict[str, str]]]:
    """A staged unit: each article, its extraction and its actor ids -> the unit's ids."""
    text = stage_path(Path(stage), unit).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        rec = json.loads(line)
        article = Article.model_validate(rec["article"])
        out.append((article, Extraction.model_validate(rec["extraction"]), rec["actors"]))
    return out
