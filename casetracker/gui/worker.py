"""Run slow service calls off the GUI thread; only ids and dataclasses cross back.

Each task runs on a pooled thread with its own SQLite connection (peewee keeps one per thread),
closed when the task ends so that locking can close the vault cleanly.

The connections closed are those of the vault open when the task began, even if it has been
closed meanwhile (a test ending while the list loads its filter choices): one left behind is
freed when the pooled thread drops its Python state, which crashes the process.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from casetracker.services.session import close_thread_connections, open_databases

#: Started tasks that report progress (merges, imports, exports, scans) and have not ended: a
#: lock cancels them (`cancel_running`), so that none keeps the key in its connection for the
#: half minute a large merge takes after the vault is locked.
_running: set[Task] = set()
_running_lock = threading.Lock()


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class Task(QRunnable):
    """`fn(*args, progress=callback)` when `with_progress`; cancel by setting `cancelled`."""

    def __init__(
        self, fn: Callable[..., Any], *args: Any, with_progress: bool = False, **kwargs: Any
    ) -> None:
        super().__init__()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.with_progress = with_progress
        self.cancelled = False
        self.signals = _Signals()

    def _progress(self, done: int, total: int) -> bool:
        self.signals.progress.emit(done, total)
        return not self.cancelled

    def run(self) -> None:
        # Connections are closed before the GUI thread hears of the result: it may lock the
        # vault at once, and a connection left open on this thread would outlive the key.
        databases = open_databases()
        try:
            if self.with_progress:
                result = self.fn(*self.args, progress=self._progress, **self.kwargs)
            else:
                result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:  # reported to the GUI thread, which shows it
            close_thread_connections(databases)
            self._ended()
            self._emit(self.signals.failed, exc)
        else:
            close_thread_connections(databases)
            self._ended()
            self._emit(self.signals.finished, result)

    def _ended(self) -> None:
        with _running_lock:
            _running.discard(self)

    @staticmethod
    def _emit(signal, value) -> None:
        # the window that asked may be gone (closed while this ran): nobody to tell
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


def start(task: Task, on_done: Callable[[Any], None], on_error: Callable[[Any], None]) -> Task:
    task.signals.finished.connect(on_done)
    task.signals.failed.connect(on_error)
    task.setAutoDelete(False)
    if task.with_progress:
        with _running_lock:
            _running.add(task)
    QThreadPool.globalInstance().start(task)
    return task


def cancel_running() -> int:
    """Ask every started task that reports progress to stop (the vault is being locked); each
    stops at its next report, its service rolling back what it had not finished. How many."""
    with _running_lock:
        tasks = list(_running)
    for task in tasks:
        task.cancelled = True
    return len(tasks)
