"""From article files to filed events: read, tag and extract on every core, store in batches.

Reading (HTML extraction is slow) and tagging+extraction run in a process pool; only the
main process touches the store, in batches, so each batch is one atomic file write. A file
that fails is reported with a one-line reason and never stops the others.

Memory stays flat whatever the size of one file: a long text or Markdown file is read in
chunks and cut into parts (store.ingest_input), and the next article is taken only when
the extraction queue runs short, so about one part is in flight, then filed and freed.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from store.db import EventStore
from store.errors import IngestError
from store.formats.longtext import long_text_file
from store.formats.sources import (
    MAX_FILE_MB,
    collect,
    kind_of,
    read_path,
    too_big,
)
from store.ingest_input import (
    PART_CHARS,
    Found,
    Overrides,
    build_article,
    input_articles,
    json_list_articles,
    jsonl_articles,
    long_text_parts,
    split_parts,
    stdin_articles,
)
from store.ingest_input import file_size as _size
from store.ingest_input import (
    streamed as _streamed,
)
from store.ingest_pool import Inline as _Inline
from store.ingest_pool import default_workers
from store.ingest_pool import make_pool as _pool
from store.models import Article, Extraction
from store.textsplit import split_at_breaks

__all__ = [
    "PART_CHARS",
    "IngestReport",
    "IngestResult",
    "Overrides",
    "build_article",
    "default_workers",
    "extract_article",
    "ingest_article",
    "ingest_paths",
    "merge_chunks",
    "split_chunks",
    "split_parts",
    "write_extractions",
]


def extract_article(text: str, published: date, aid: str) -> Extraction:
    """store.extract's, loaded on first use: `import store` (every command, a listing's
    first row) does not pay for the tagger and the extractor."""
    from store.extract import extract_article as run

    return run(text, published, aid)


def merge_pieces(*args: Any, **kwargs: Any) -> Any:
    """store.extract's, loaded on first use (see extract_article)."""
    from store.extract import merge_pieces as run

    return run(*args, **kwargs)


CHUNK_CHARS = 30_000  # longer texts are extracted in paragraph-aligned pieces (extraction
# time grows faster than length: 25-30k pieces were fastest on a 600k text)
BATCH_SIZE = 25  # articles per store write
BATCH_EVENTS = 5_000  # ... or fewer, once they hold this many events (memory stays flat)
BATCH_CHARS = 2_000_000  # ... or this much article text (a long text with few dates)
POOL_MIN_FILES, POOL_MIN_BYTES = 20, 400_000
Progress = Callable[[int, int], None]  # (done, total) work units


@dataclass
class IngestResult:
    """One filed article; in an IngestReport its text is left out (a long file's parts
    would otherwise all be held until the run ends)."""

    article: Article
    added: bool
    events: int = 0


@dataclass
class IngestReport:
    added: list[IngestResult] = field(default_factory=list)
    present: int = 0
    failed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # project notes passed over in folders

    @property
    def events(self) -> int:
        return sum(r.events for r in self.added)


def ingest_article(store: EventStore, article: Article) -> IngestResult:
    """Extract and file one article; a no-op if the same text is already stored."""
    if store.has_article(article.id):
        return IngestResult(article, added=False)
    extraction = extract_article(article.text, article.published, article.id)
    store.add_extraction(article, extraction)
    return IngestResult(article, added=True, events=len(extraction.events))


def split_chunks(text: str, size: int | None = None) -> list[tuple[int, str]]:
    """(offset, piece) pieces of about `size` (CHUNK_CHARS) chars, cut at paragraph
    (else line) breaks."""
    return split_at_breaks(text, size or CHUNK_CHARS)


def merge_chunks(aid: str, parts: list[tuple[int, Extraction]]) -> Extraction:
    """One Extraction from per-piece ones (the pool extracts pieces in parallel); the
    same merge `extract_article` does for a long text, so both give one result."""
    return merge_pieces(aid, parts)


def _extract_job(text: str, published: date, aid: str) -> Extraction:
    return extract_article(text, published, aid)


# -- the pipeline -----------------------------------------------------------------
def write_extractions(
    store: EventStore,
    batch: list[tuple[Article, Extraction]],
    *,
    settle: bool = True,
) -> None:
    """File finished articles in one durable store write (`settle`: False for all but
    a run's last batch, see EventStore.add_extractions; within store.restoring(), the
    one way to ask for it, the records are filed as given)."""
    if batch:
        store.add_extractions(batch, settle=settle)
    elif settle:
        store.settle_actors()


def ingest_paths(
    store: EventStore,
    paths: Iterable[str],
    overrides: Overrides | None = None,
    *,
    stdin: bytes | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
    batch_size: int = BATCH_SIZE,
    max_bytes: int | None = MAX_FILE_MB << 20,
    lock: AbstractContextManager | None = None,
) -> IngestReport:
    """Ingest files, folders (recursively) and '-' (stdin bytes); see the module doc.
    A file over `max_bytes` (None: no limit) fails with a line saying so. `progress`
    gets (done, total) work units; `lock` (the app's store lock) is held around each
    touch of the store only, so others can read it between batches.

    The one pipeline: the command line, the app's ingest bar and the demo all call it."""
    found = collect(paths, max_bytes)
    # one order whatever was given: a text met twice keeps the first file's details
    items = sorted(found.items)
    report = IngestReport(failed=[str(e) for e in found.errors], skipped=found.skipped)
    if stdin is not None and max_bytes is not None and len(stdin) > max_bytes:
        report.failed.append(too_big("<stdin>", None, max_bytes))
        items = [i for i in items if i != "-"]
    n = default_workers() if workers is None else workers
    # worker processes take ~0.5 s to start: worth it only for enough work
    worth_it = len(items) > POOL_MIN_FILES or sum(map(_size, items)) > POOL_MIN_BYTES
    run = _Run(store, overrides or Overrides(), report, n if worth_it else 1, stdin)
    run.guard = lock if lock is not None else nullcontext()
    run.progress, run.total = progress, len(items)
    with store.bulk(run.guard):  # store.json is rewritten a few times, not every 8 MB
        run.go(items, batch_size)
    return report


class _Run:
    """One ingest: reads and extraction pieces share a few pool slots; finished reads are
    taken in `items` order (so which file a repeated text is credited to never depends on
    the pool), and articles are taken from them only as the extraction queue empties."""

    def __init__(
        self, store: EventStore, over: Overrides, report: IngestReport, n: int, stdin: bytes | None
    ) -> None:
        self.store, self.over, self.report, self.stdin = store, over, report, stdin
        self.pool = _pool(n)
        self.in_flight = 3 * n  # futures in the pool at once
        self.pending: dict[Future, tuple] = {}  # future -> (job, fn, args)
        self.extracts: deque[tuple] = deque()  # pieces waiting for a slot
        self.reads: deque[tuple[int, str]] = deque()  # items not yet read
        self.waiting: dict[int, tuple[str, Callable[[], Found]]] = {}  # read ahead of turn
        self.turn = 0
        self.feed: deque[Found] = deque()  # articles of the files read, taken lazily
        self.chunks: dict[str, list] = {}  # article id -> [article, pieces left, parts]
        self.seen: set[str] = set()
        self.batch: list[tuple[Article, Extraction]] = []
        self.progress: Progress | None = None
        self.guard: AbstractContextManager = nullcontext()  # held around store calls
        self.done = self.total = 0

    def tick(self) -> None:
        self.done += 1
        if self.progress:
            self.progress(self.done, self.total)

    # -- the loop ------------------------------------------------------------------
    def go(self, items: list[str], batch_size: int) -> None:
        self.reads.extend(enumerate(items))
        last_write = time.monotonic()
        try:
            while True:
                self.top_up()
                if not self.pending:
                    break
                finished, _ = wait(list(self.pending), return_when=FIRST_COMPLETED)
                for fut in finished:
                    self.finish(fut)
                    # never hold more than BATCH_EVENTS finished events or BATCH_CHARS of
                    # text (a long text's parts): a store write costs a few times its batch
                    if self.batch_full():
                        self.write(settle=True)
                        last_write = time.monotonic()
                # each write rewrites the store file: by count, at most about once a second
                if len(self.batch) >= batch_size and time.monotonic() - last_write > 1.0:
                    self.write(settle=False)
                    last_write = time.monotonic()
            self.write(settle=True)
        finally:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def batch_full(self) -> bool:
        events = sum(len(ex.events) for _, ex in self.batch)
        return events >= BATCH_EVENTS or sum(len(a.text) for a, _ in self.batch) >= BATCH_CHARS

    def write(self, *, settle: bool) -> None:
        with self.guard:
            write_extractions(self.store, self.batch, settle=settle)
        self.batch.clear()

    def top_up(self) -> None:
        """Fill the pool's slots: pieces of the articles in hand first, then new articles
        (only while few pieces wait), then reads (only while few reads are unused)."""
        while True:
            while len(self.extracts) < self.in_flight and self.feed:
                self.take_article()
            if len(self.pending) >= self.in_flight:
                return
            if self.extracts:
                self.submit(*self.extracts.popleft())
            elif self.reads and self.read_ahead() < self.in_flight:
                self.start_read(*self.reads.popleft())
            else:
                return

    def read_ahead(self) -> int:
        reading = sum(1 for job, _, _ in self.pending.values() if job[0] == "read")
        return reading + len(self.waiting) + len(self.feed)

    def submit(self, job: tuple, fn: Callable, args: tuple) -> None:
        self.pending[self.pool.submit(fn, *args)] = (job, fn, args)

    # -- reads ---------------------------------------------------------------------
    def start_read(self, i: int, item: str) -> None:
        if item == "-":
            data = self.stdin or b""
            self.take_read(i, item, lambda: stdin_articles(data, self.over, PART_CHARS))
            self.tick()
        elif _streamed(item, PART_CHARS) and kind_of(item) in ("jsonl", "json"):
            read = jsonl_articles if kind_of(item) == "jsonl" else json_list_articles
            self.take_read(i, item, lambda: read(item, self.over, PART_CHARS))
            self.tick()
        elif _streamed(item, PART_CHARS):
            kind = kind_of(item) or "text"
            self.take_read(i, item, lambda: self.long_articles(item, kind == "text"))
            self.tick()
        else:
            self.submit(("read", item, i), read_path, (item,))

    def take_read(self, i: int, item: str, articles: Callable[[], Found]) -> None:
        """Queue a read file's articles in `items` order, however the pool finishes them."""
        self.waiting[i] = (item, articles)
        while self.turn in self.waiting:
            item, articles = self.waiting.pop(self.turn)
            self.turn += 1
            self.feed.append(self.guarded(item, articles))

    def guarded(self, item: str, articles: Callable[[], Found]) -> Found:
        """`articles()`, with a failure to read the file as one failure line."""
        try:
            yield from articles()
        except IngestError as exc:  # it names the file
            yield item, exc
        except Exception as exc:  # noqa: BLE001 - one bad file never stops the others
            yield item, IngestError(f"{item}: cannot read ({exc})")

    def long_articles(self, path: str, title_line: bool) -> Found:
        for article in long_text_parts(
            long_text_file(path, title_line=title_line), self.over, PART_CHARS
        ):
            yield path, article

    def take_article(self) -> None:
        """The next article of the first file in the feed, with its pieces queued."""
        try:
            origin, article = next(self.feed[0])
        except StopIteration:
            self.feed.popleft()
            return
        if isinstance(article, IngestError):
            self.report.failed.append(str(article))
            return
        if article.id in self.seen:
            self.report.present += 1
            return
        with self.guard:
            present = self.store.has_article(article.id)
        if present:
            self.report.present += 1
            return
        self.seen.add(article.id)
        pieces = split_chunks(article.text)
        self.chunks[article.id] = [article, len(pieces), []]
        self.total += len(pieces)
        for offset, piece in pieces:
            job = ("extract", article.id, offset, origin)
            self.extracts.append((job, _extract_job, (piece, article.published, article.id)))

    # -- results ------------------------------------------------------------------
    def finish(self, fut: Future) -> None:
        job, fn, args = self.pending.pop(fut)
        if isinstance(fut.exception(), BrokenProcessPool):
            # worker processes cannot start here (e.g. no __main__ guard in a script, or
            # the OS killed one): finish the work in this process
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = _Inline()
            self.submit(job, fn, args)
            return
        self.tick()
        if job[0] == "read":
            self.take_read(
                job[2], job[1], lambda: input_articles(fut.result(), self.over, PART_CHARS)
            )
            return
        _, aid, offset, origin = job
        entry = self.chunks.get(aid)
        if entry is None:
            return  # an earlier piece of this article failed
        try:
            entry[2].append((offset, fut.result()))
        except Exception as exc:  # noqa: BLE001 - a bug in extraction fails this article only
            self.report.failed.append(f"{origin}: extraction failed ({type(exc).__name__}: {exc})")
            del self.chunks[aid]
            return
        entry[1] -= 1
        if entry[1] == 0:
            article, _, parts = self.chunks.pop(aid)
            extraction = parts[0][1] if len(parts) == 1 else merge_chunks(aid, parts)
            self.batch.append((article, extraction))
            kept = article.model_copy(update={"text": ""})
            self.report.added.append(IngestResult(kept, added=True, events=len(extraction.events)))
