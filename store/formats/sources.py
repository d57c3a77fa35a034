"""Which reader reads which input: folders, file suffixes, and a sniff for stdin."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from store.errors import IngestError
from store.formats.article_json import read_json_articles, read_jsonl_articles
from store.formats.articles import ArticleInput, read_article_text, read_bytes
from store.formats.encoding import declared_charset, decode
from store.formats.html import read_html_article

KINDS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
SKIP_NAMES = {"ATTRIBUTION.md", "README.md", "LICENSE.md", "CHANGELOG.md"}
SUPPORTED = "ingest reads .txt, .md, .html, .json and .jsonl"


def kind_of(name: str) -> str | None:
    """The reader for a file name, or None for files ingest does not read."""
    return KINDS.get(Path(name).suffix.lower())


MAX_FILE_MB = 20  # one file above this is refused unless the limit is raised (--max-size)


@dataclass
class Found:
    """What a list of paths expands to: files to read, failures, and what was passed over."""

    items: list[str] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # project notes found in folders


def collect(paths: Iterable[str], max_bytes: int | None = MAX_FILE_MB << 20) -> Found:
    """Paths to read ('-' kept), folders walked recursively for known suffixes, sorted.

    Hidden files and folders are passed over; project notes (README.md, ATTRIBUTION.md)
    too, and named in `skipped`. A file named on its own with a suffix ingest does not
    read is an error, as is any file over `max_bytes` (None: no limit).
    """
    found = Found()
    for raw in paths:
        if raw == "-":
            found.items.append(raw)
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(
                f
                for f in path.rglob("*")
                if f.is_file()
                and kind_of(f.name)
                and not any(part.startswith(".") for part in f.relative_to(path).parts)
            )
            found.skipped += [str(f) for f in files if f.name in SKIP_NAMES]
            files = [f for f in files if f.name not in SKIP_NAMES]
            if not files:
                found.errors.append(IngestError(f"{path}: no article files in this folder"))
            for f in files:
                _add_file(found, f, max_bytes)
        elif not path.exists():
            found.errors.append(IngestError(f"{path}: no such file"))
        elif path.suffix and kind_of(path.name) is None:
            found.errors.append(IngestError(f"{path}: unsupported file type ({SUPPORTED})"))
        else:
            _add_file(found, path, max_bytes)
    found.items = list(dict.fromkeys(found.items))
    return found


def _add_file(found: Found, path: Path, max_bytes: int | None) -> None:
    try:
        size = path.stat().st_size
    except OSError:
        size = 0  # the reader says what is wrong with it
    if max_bytes is not None and size > max_bytes:
        found.errors.append(IngestError(too_big(str(path), size, max_bytes)))
    else:
        found.items.append(str(path))


def too_big(origin: str, size: int | None, max_bytes: int) -> str:
    """The one line for a file over the limit, with the option that reads it anyway
    (size None: only known to be over, as for stdin, which is read up to the limit)."""
    limit = f"{max_bytes / (1 << 20):g} MB"
    if size is None:
        return f"{origin}: over the {limit} limit for one file; pass --force to read it"
    return (
        f"{origin}: {size / (1 << 20):.1f} MB is over the {limit} limit for one file; "
        f"pass --max-size {-(-size // (1 << 20))} (or --force) to read it"
    )


def expand(paths: Iterable[str]) -> tuple[list[str], list[IngestError]]:
    """collect() without the size limit and the skipped names: (items, errors)."""
    found = collect(paths, None)
    return found.items, found.errors


# a JSON list opens with a value: an object, a list, a string, a number or a literal
JSON_LIST = re.compile(r'\[\s*(?:[{\["\]]|-?\d|true\b|false\b|null\b|$)')


def sniff(text: str) -> str:
    """Stdin has no name: JSON, JSON lines, HTML or else text/Markdown by its first bytes."""
    head = text.lstrip()[:512]
    if JSON_LIST.match(head):  # not "[Reuters] Talks resumed ...": text may open with [
        return "json"
    if head.startswith("{"):
        first = text.lstrip().split("\n", 1)[0].rstrip()
        return "jsonl" if first.endswith("}") and "\n{" in text.strip() else "json"
    if head[:1] == "<" and ("<html" in head.lower() or "<!doctype html" in head.lower()):
        return "html"
    return "markdown"


def read_inputs(data: bytes, origin: str, kind: str | None) -> list[ArticleInput | IngestError]:
    """Every article in one file's bytes; record-level failures come back as errors."""
    html_charset = declared_charset(data) if kind in (None, "html") else None
    text = decode(data, origin, declared=html_charset)
    kind = kind or sniff(text)
    if kind == "json":
        return read_json_articles(text, origin)
    if kind == "jsonl":
        return read_jsonl_articles(text, origin)
    if kind == "html":
        return [read_html_article(text, origin)]
    return [read_article_text(text, origin, title_line=kind == "text")]


def read_path(path: str) -> list[ArticleInput | IngestError]:
    """read_inputs for a file on disk; every failure comes back as an error, never raised."""
    try:
        return read_inputs(read_bytes(Path(path)), path, kind_of(path) or "text")
    except IngestError as exc:
        return [exc]
