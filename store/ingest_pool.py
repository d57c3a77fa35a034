"""Where ingest's work runs: worker processes on every core, or inline for small jobs."""

from __future__ import annotations

import multiprocessing
import os
import sys
from concurrent.futures import Executor, Future, ProcessPoolExecutor


class Inline(Executor):
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


def make_pool(workers: int) -> Executor:
    if workers <= 1:
        return Inline()
    method = "forkserver" if sys.platform.startswith("linux") else None
    ctx = multiprocessing.get_context(method)
    return ProcessPoolExecutor(max_workers=workers, mp_context=ctx)
