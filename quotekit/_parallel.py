"""The worker pool of ``Parser.pipe(..., n_process=N)``: batches out, Articles back in order.

Private to :mod:`quotekit.parser`. Each worker process gets the parser once (the pool's
initializer) and runs the whole of quotekit, spaCy's parse and quotekit's own stages, on each
batch it is sent; only the finished Articles come back.
"""

from __future__ import annotations

import gc
import itertools
import multiprocessing
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from multiprocessing.pool import Pool
from typing import Any, Protocol

from quotekit.types import Article

__all__ = ["BUFFERED", "WAKE_SECONDS", "batched", "parallel"]

#: Finished batches held back per worker, waiting for an older batch, before the pipe waits.
BUFFERED = 8
#: The longest the main process sleeps without a finished task (a safety net only).
WAKE_SECONDS = 0.25


class _Worker(Protocol):
    """What a worker process runs: the one-process pipe of :class:`quotekit.Parser`."""

    def _articles(self, texts: Iterable[Any], batch_size: int,
                  on_error: str = "raise") -> Iterator[Article]: ...


_worker: _Worker | None = None


def _init_worker(worker: _Worker) -> None:
    global _worker
    _worker = worker


def _work(batch: list[Any], batch_size: int, on_error: str) -> list[Article]:
    assert _worker is not None
    return list(_worker._articles(batch, batch_size, on_error))


def batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Lists of ``size`` items (the last one shorter), read lazily."""
    it = iter(items)
    while batch := list(itertools.islice(it, size)):
        yield batch


def _pool(worker: _Worker, n_process: int) -> Pool:
    """A pool of ``n_process`` workers, each given ``worker`` once.

    Objects that exist before the fork are never collected in the workers, so the collector
    does not touch (and copy) the pages of the loaded pipeline (left alone when the caller
    froze objects already).
    """
    freeze = gc.get_freeze_count() == 0
    if freeze:
        gc.freeze()
    try:
        return multiprocessing.get_context().Pool(n_process, initializer=_init_worker,
                                                  initargs=(worker,))
    finally:
        if freeze:
            gc.unfreeze()


class _Scheduler:
    """Sends batches to a pool and yields their Articles in input order.

    A task's callback wakes the main process to send the next batch: no polling (callbacks
    run on the pool's one result thread, the only writer of ``finished``).
    """

    def __init__(self, pool: Pool, batch_size: int, n_process: int, on_error: str) -> None:
        self.pool, self.batch_size, self.on_error = pool, batch_size, on_error
        self.n_process = n_process
        self.limit = BUFFERED * n_process
        self.finished = self.sent = 0
        self.done = threading.Event()

    def _on_done(self, _: Any) -> None:
        self.finished += 1
        self.done.set()

    def _send(self, batch: list[Any]) -> Any:
        self.sent += 1
        return self.pool.apply_async(_work, (batch, self.batch_size, self.on_error),
                                     callback=self._on_done, error_callback=self._on_done)

    def run(self, first: list[Any], batches: Iterator[list[Any]]) -> Iterator[Article]:
        """Yield the Articles of ``first`` and then of every batch of ``batches``, in order."""
        in_flight: deque[Any] = deque([self._send(first)])
        exhausted = False
        while in_flight:
            self.done.clear()
            waiting = self.sent - self.finished  # batches sent and not yet worked through
            while not exhausted and len(in_flight) < self.limit \
                    and waiting < 2 * self.n_process:
                batch = next(batches, None)
                if batch is None:
                    exhausted = True
                    break
                in_flight.append(self._send(batch))
                waiting += 1
            head = in_flight[0]
            if head.ready():
                in_flight.popleft()
                yield from head.get()
            elif exhausted or len(in_flight) >= self.limit:
                head.wait()
            else:
                self.done.wait(WAKE_SECONDS)


def parallel(worker: _Worker, texts: Iterable[Any], batch_size: int, n_process: int,
             on_error: str = "raise") -> Iterator[Article]:
    """The multi-process pipe: batches go to a pool of workers, Articles come back.

    Workers are kept busy: while fewer than ``2 * n_process`` batches wait to be worked on,
    another is sent, even when the oldest batch (whose Articles must come out first, to keep
    input order) is still running, so one long article does not leave the other workers
    idle. Finished batches wait in order, at most ``BUFFERED * n_process`` of them, so memory
    stays bounded on endless streams.
    """
    batches = batched(texts, max(1, batch_size))
    first = next(batches, None)
    if first is None:
        return
    with _pool(worker, n_process) as pool:
        yield from _Scheduler(pool, batch_size, n_process, on_error).run(first, batches)
