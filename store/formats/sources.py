"""Which reader reads which input: folders, file suffixes, and a sniff for stdin."""

from __future__ import annotations

from collections.abc import Iterable
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


def kind_of(name: str) -> str | None:
    """The reader for a file name, or None for files ingest does not read."""
    return KINDS.get(Path(name).suffix.lower())


def expand(paths: Iterable[str]) -> tuple[list[str], list[IngestError]]:
    """Paths to read ('-' kept), folders walked recursively for known suffixes, sorted.

    Hidden files and folders and project notes (README.md, ATTRIBUTION.md) are skipped.
    """
    out: list[str] = []
    errors: list[IngestError] = []
    for raw in paths:
        if raw == "-":
            out.append(raw)
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                str(f)
                for f in path.rglob("*")
                if f.is_file()
                and kind_of(f.name)
                and f.name not in SKIP_NAMES
                and not any(part.startswith(".") for part in f.relative_to(path).parts)
            )
            if not found:
                errors.append(IngestError(f"{path}: no article files in this folder"))
            out.extend(found)
        elif not path.exists():
            errors.append(IngestError(f"{path}: no such file"))
        else:
            out.append(str(path))
    return list(dict.fromkeys(out)), errors


def sniff(text: str) -> str:
    """Stdin has no name: JSON, JSON lines, HTML or else text/Markdown by its first bytes."""
    head = text.lstrip()[:512]
    if head.startswith("["):
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
