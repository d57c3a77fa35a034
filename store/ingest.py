"""From article text to filed events: tag, extract, store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from store.db import EventStore
from store.errors import IngestError
from store.extract import extract_article
from store.formats.articles import ArticleInput
from store.models import Article, article_id


@dataclass
class IngestResult:
    article: Article
    added: bool
    events: int = 0


def build_article(inp: ArticleInput, published: date | None = None) -> Article:
    when = inp.published or published
    if when is None:
        raise IngestError(
            f"{inp.origin}: no published date; pass --published YYYY-MM-DD "
            "(relative dates are read against it)"
        )
    return Article(
        id=article_id(inp.text),
        title=inp.title,
        source=inp.source,
        url=inp.url,
        published=when,
        text=inp.text,
    )


def ingest_article(store: EventStore, article: Article) -> IngestResult:
    """Extract and file one article; a no-op if the same text is already stored."""
    if store.has_article(article.id):
        return IngestResult(article, added=False)
    extraction = extract_article(article.text, article.published, article.id)
    store.add_extraction(article, extraction)
    return IngestResult(article, added=True, events=len(extraction.events))
