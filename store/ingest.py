"""From article files to filed events: read, tag and extract on every core, store in batches.

Reading (HTML extraction is slow) and tagging+extraction run in a process pool; only the
main process touches the store, in batches, so each batch is one atomic file write. A file
that fails is reported with a one-line reason and never stops the others.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from store.db import EventStore
from store.errors import IngestError
from store.formats.articles import ArticleInput
from store.formats.sources import MAX_FILE_MB, collect, read_inputs, read_path, too_big
from store.models import Article, Extraction, article_id
from store.textclean import strip_controls
from store.textsplit import split_at_breaks


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
PART_CHARS = 1_000_000  # a longer text (a dump, a book) is filed as parts of about this
# size, each its own article, extracted and written in turn: memory does not grow with it
POOL_MIN_FILES, POOL_MIN_BYTES = 20, 400_000
Progress = Callable[[int, int], None]  # (done, total) work units


@dataclass
class IngestResult:
    article: Article
    added: bool
    events: int = 0


@dataclass
class Overrides:
    """Metadata from the command line: fills gaps (published) or replaces (the rest)."""

    published: date | None = None
    source: str = ""
    url: str = ""
    title: str = ""


@dataclass
class IngestReport:
    added: list[IngestResult] = field(default_factory=list)
    present: int = 0
    failed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # project notes passed over in folders

    @property
    def events(self) -> int:
        return sum(r.events for r in self.added)


def build_article(inp: ArticleInput, published: date | None = None) -> Article:
    when = inp.published or published
    if when is None:
        raise IngestError(
            f"{inp.origin}: no published date; pass --published YYYY-MM-DD "
            "(relative dates are read against it)"
        )
    text = strip_controls(inp.text)
    return Article(
        id=article_id(text),
        title=strip_controls(inp.title),
        source=strip_controls(inp.source),
        url=strip_controls(inp.url),
        published=when,
        text=text,
    )


def ingest_article(store: EventStore, article: Article) -> IngestResult:
    """Extract and file one article; a no-op if the same text is already stored."""
    if store.has_article(article.id):
        return IngestResult(article, added=False)
    extraction = extract_article(article.text, article.published, article.id)
    store.add_extraction(article, extraction)
    return IngestResult(article, added=True, events=len(extraction.events))


# -- long texts ------------------------------------------------------------------
def split_parts(article: Article, size: int | None = None) -> list[Article]:
    """The article, or for a text over `size` its parts ("Title (part 2 of 9)"), each
    cut at a paragraph break and identified by its own text, so re-ingesting the file
    finds every part already present."""
    size = size or PART_CHARS
    if len(article.text) <= size:
        return [article]
    pieces = split_chunks(article.text, size)
    title = article.title or "untitled"
    return [
        article.model_copy(
            update={
                "id": article_id(piece),
                "title": f"{title} (part {i} of {len(pieces)})",
                "text": piece,
            }
        )
        for i, (_, piece) in enumerate(pieces, 1)
    ]


def split_chunks(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """(offset, piece) pieces of about `size` chars, cut at paragraph (else line) breaks."""
    return split_at_breaks(text, size)


def merge_chunks(aid: str, parts: list[tuple[int, Extraction]]) -> Extraction:
    """One Extraction from per-piece ones (the pool extracts pieces in parallel); the
    same merge `extract_article` does for a long text, so both give one result."""
    return merge_pieces(aid, parts)


def _extract_job(text: str, published: date, aid: str) -> Extraction:
    return extract_article(text, published, aid)


# -- the pipeline -----------------------------------------------------------------
class _Inline(Executor):
    """Runs work at submit time: no process start-up for one small file."""

    def submit(self, fn, /, *args, **kwargs):  # type: ignore[override]
        fut: Future = Future()
        try:
            fut.set_result(fn(*args, **kwargs))
        except BaseException as exc:  # noqa: BLE001 - handed back like a pool would
            fut.set_exception(exc)
        return fut


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def _pool(workers: int) -> Executor:
    if workers <= 1:
        return _Inline()
    method = "forkserver" if sys.platform.startswith("linux") else None
    ctx = multiprocessing.get_context(method)
    return ProcessPoolExecutor(max_workers=workers, mp_context=ctx)


def write_extractions(
    store: EventStore,
    batch: list[tuple[Article, Extraction]],
    *,
    restore: bool = False,
    settle: bool = True,
) -> None:
    """File finished articles in one durable store write (`restore`: records as given;
    `settle`: False for all but a run's last batch, see EventStore.add_extractions)."""
    if batch:
        store.add_extractions(batch, restore=restore, settle=settle)
    elif settle:
        store.settle_actors()


def _size(item: str) -> int:
    if item == "-":
        return 0
    try:
        return os.path.getsize(item)
    except OSError:
        return 0


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
) -> IngestReport:
    """Ingest files, folders (recursively) and '-' (stdin bytes); see the module doc.
    A file over `max_bytes` (None: no limit) fails with a line saying so."""
    over = overrides or Overrides()
    found = collect(paths, max_bytes)
    items = sorted(
        found.items
    )  # one order whatever was given: a text met twice keeps the first file's details
    report = IngestReport(failed=[str(e) for e in found.errors], skipped=found.skipped)
    if stdin is not None and max_bytes is not None and len(stdin) > max_bytes:
        report.failed.append(too_big("<stdin>", None, max_bytes))
        items = [i for i in items if i != "-"]
    n = default_workers() if workers is None else workers
    # worker processes take ~0.5 s to start: worth it only for enough work
    worth_it = len(items) > POOL_MIN_FILES or sum(map(_size, items)) > POOL_MIN_BYTES
    pool = _pool(n if worth_it else 1)
    seen: set[str] = set()
    pending: dict[Future, tuple] = {}  # future -> (job description, fn, args)
    todo: deque[tuple] = deque()  # jobs waiting for a free slot: few futures in flight
    in_flight = 3 * n
    chunks: dict[str, list] = {}  # article id -> [article, pieces left, parts]
    batch: list[tuple[Article, Extraction]] = []
    done = 0
    total = len(items)

    def tick(units: int = 1) -> None:
        nonlocal done
        done += units
        if progress:
            progress(done, total)

    def submit(job: tuple, fn: Callable, *args: object) -> None:
        if job[0] == "extract":
            todo.appendleft((job, fn, args))  # finish articles before reading more
        else:
            todo.append((job, fn, args))

    def fill() -> None:
        while todo and len(pending) < in_flight:
            job, fn, args = todo.popleft()
            pending[pool.submit(fn, *args)] = (job, fn, args)

    def accept(found: list[ArticleInput | IngestError]) -> None:
        nonlocal total
        for inp in found:
            if isinstance(inp, IngestError):
                report.failed.append(str(inp))
                continue
            inp.title = over.title or inp.title
            inp.source = over.source or inp.source
            inp.url = over.url or inp.url
            try:
                articles = split_parts(build_article(inp, over.published))
            except IngestError as exc:
                report.failed.append(str(exc))
                continue
            for article in articles:
                if article.id in seen or store.has_article(article.id):
                    report.present += 1
                    continue
                seen.add(article.id)
                pieces = split_chunks(article.text)
                chunks[article.id] = [article, len(pieces), []]
                total += len(pieces)
                for offset, piece in pieces:
                    submit(
                        ("extract", article.id, offset, inp.origin),
                        _extract_job,
                        piece,
                        article.published,
                        article.id,
                    )

    waiting: dict[int, tuple[str, Future | None]] = {}  # reads finished ahead of their turn
    turn = 0

    def take_read(job: tuple, fut: Future | None) -> None:
        """Accept read files in `items` order, however the pool finishes them."""
        nonlocal turn
        waiting[job[2]] = (job[1], fut)
        while turn in waiting:
            item, done = waiting.pop(turn)
            turn += 1
            try:
                if done is None:
                    accept(read_inputs(stdin or b"", "<stdin>", None))
                else:
                    accept(done.result())
            except IngestError as exc:
                report.failed.append(str(exc) if done is None else f"{item}: cannot read ({exc})")
            except Exception as exc:  # noqa: BLE001 - one bad file never stops the others
                report.failed.append(f"{item}: cannot read ({exc})")

    try:
        for i, item in enumerate(items):
            if item == "-":
                take_read(("read", item, i), None)
                tick()
            else:
                submit(("read", item, i), read_path, item)
        last_write = time.monotonic()
        fill()
        while pending:
            finished, _ = wait(list(pending), return_when=FIRST_COMPLETED)
            for fut in finished:
                job, fn, args = pending.pop(fut)
                if isinstance(fut.exception(), BrokenProcessPool):
                    # worker processes cannot start here (e.g. no __main__ guard in a
                    # script, or the OS killed one): finish the work in this process
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool = _Inline()
                    submit(job, fn, *args)
                    continue
                _finish(fut, job, take_read, chunks, batch, report)
                tick()
                # never hold more than BATCH_EVENTS finished events (a long text's parts)
                if sum(len(ex.events) for _, ex in batch) >= BATCH_EVENTS:
                    write_extractions(store, batch)
                    batch.clear()
                    last_write = time.monotonic()
            fill()
            # each write rewrites the store file: batch by count, at most about once a second
            if len(batch) >= batch_size and time.monotonic() - last_write > 1.0:
                write_extractions(store, batch, settle=False)
                batch.clear()
                last_write = time.monotonic()
        write_extractions(store, batch)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return report


def _finish(fut: Future, job: tuple, take_read, chunks: dict, batch: list, report) -> None:
    """Take one finished job's result: a read file (accepted in turn), or a finished piece."""
    if job[0] == "read":
        take_read(job, fut)
        return
    _, aid, offset, origin = job
    entry = chunks.get(aid)
    if entry is None:
        return  # an earlier piece of this article failed
    try:
        entry[2].append((offset, fut.result()))
    except Exception as exc:  # noqa: BLE001 - a bug in extraction fails this article only
        report.failed.append(f"{origin}: extraction failed ({type(exc).__name__}: {exc})")
        del chunks[aid]
        return
    entry[1] -= 1
    if entry[1] == 0:
        article, _, parts = chunks.pop(aid)
        extraction = parts[0][1] if len(parts) == 1 else merge_chunks(aid, parts)
        batch.append((article, extraction))
        report.added.append(IngestResult(article, added=True, events=len(extraction.events)))
