"""Saved web pages: the article's main text and its metadata, via trafilatura.

trafilatura (maintained, used by many research pipelines) strips navigation, ads and
comments and reads the publication date from the page's metadata (htmldate). It pulls
in lxml, so it is the optional extra `html`; without it the error says how to add it.
"""

from __future__ import annotations

from typing import Any

from store.errors import IngestError
from store.formats.articles import ArticleInput, parse_date

INSTALL_HINT = "pip install 'dateline[html]'"


def _extract(html: str) -> dict[str, Any] | None:
    try:
        import trafilatura
    except ImportError:
        raise IngestError(f"reading saved web pages needs the html extra: {INSTALL_HINT}") from None
    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        # the date from the page's own metadata, not one guessed from the body text
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None:
        return None
    return doc if isinstance(doc, dict) else doc.as_dict()


def read_html_article(html: str, origin: str) -> ArticleInput:
    """The main text, title, site name, canonical URL and published date of a page."""
    try:
        doc = _extract(html)
    except IngestError as exc:
        raise IngestError(f"{origin}: {exc}") from None
    text = (doc or {}).get("text") or ""
    if not text.strip():
        raise IngestError(f"{origin}: no article text found in the page")
    title = (doc.get("title") or "").strip()
    first, _, rest = text.partition("\n")
    if title and first.strip() == title and rest.strip():
        text = rest  # trafilatura keeps the headline as the first line
    raw_date = doc.get("date")
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    return ArticleInput(
        text="\n\n".join(paragraphs),
        origin=origin,
        title=title,
        source=(doc.get("sitename") or "").strip(),
        url=(doc.get("url") or "").strip(),
        published=parse_date(raw_date, origin) if raw_date else None,
    )
