"""dateline's store: models, date tagger, extraction, persistence and search.

Everything the screen needs is exported here; `tui` imports nothing else from `store`.
This package never imports textual or rich.
"""

from __future__ import annotations

from store.archive import ArchiveError
from store.archive import require as require_scale
from store.archive.load import LoadReport, load_archive
from store.archive.run import BatchReport, run_batch
from store.db import EventStore, default_store_path, search_events, sort_events
from store.db.quote_search import search_quotes
from store.errors import (
    DatelineError,
    DateParseError,
    ExportError,
    IngestError,
    QueryError,
    StoreError,
)
from store.formats.articles import ArticleInput, read_article_file, read_article_text
from store.formats.sources import MAX_FILE_MB
from store.formats.sources import expand as expand_article_paths
from store.formats.sources import kind_of as article_kind
from store.hand_actors import KINDS, guess_kind, hand_actor, split_spec
from store.ingest import (
    IngestReport,
    IngestResult,
    Overrides,
    build_article,
    ingest_article,
    ingest_paths,
)
from store.models import (
    Actor,
    Article,
    Event,
    Extraction,
    Quote,
    TimeMention,
    When,
    article_id,
    manual_event_id,
    reporting_order,
    slugify,
)
from store.search import SearchQuery, parse_query
from store.stories import (
    StoryRow,
    StorySource,
    merge_stories,
    split_story,
    story_groups,
    story_row,
    story_rows,
)
from store.textclean import CONTROL, strip_controls
from store.transfer import (
    EXPORT_FORMATS,
    ImportReport,
    export_timeline,
    import_file,
    load_import,
    save_export,
    suggest_filename,
)

__all__ = [
    "ArchiveError",
    "BatchReport",
    "LoadReport",
    "load_archive",
    "require_scale",
    "run_batch",
    "CONTROL",
    "MAX_FILE_MB",
    "Actor",
    "Article",
    "ArticleInput",
    "DateParseError",
    "DatelineError",
    "EXPORT_FORMATS",
    "Event",
    "EventStore",
    "ExportError",
    "Extraction",
    "IngestError",
    "ImportReport",
    "IngestReport",
    "IngestResult",
    "KINDS",
    "Overrides",
    "QueryError",
    "Quote",
    "SearchQuery",
    "StoreError",
    "StoryRow",
    "StorySource",
    "TimeMention",
    "When",
    "article_id",
    "article_kind",
    "build_article",
    "default_store_path",
    "expand_article_paths",
    "export_timeline",
    "extract_article",
    "guess_kind",
    "hand_actor",
    "ingest_article",
    "import_file",
    "ingest_paths",
    "load_import",
    "manual_event_id",
    "merge_stories",
    "parse_query",
    "parse_when",
    "read_article_file",
    "read_article_text",
    "save_export",
    "search_events",
    "search_quotes",
    "reporting_order",
    "slugify",
    "sort_events",
    "split_spec",
    "split_story",
    "story_groups",
    "story_row",
    "story_rows",
    "strip_controls",
    "suggest_filename",
    "tag",
]


def __getattr__(name: str):  # lazy: the tagger and extractor load on first use
    if name in ("tag", "parse_when"):
        import store.timex as timex

        return getattr(timex, name)
    if name == "extract_article":
        from store.extract import extract_article

        return extract_article
    raise AttributeError(name)
