"""The case list's first query, started before the list exists.

Why: right after an unlock the main window is built (40-60 ms of widgets) and only then did
the case list ask for every id and its first page of rows (30-40 ms at 100,000 cases, most of
it reading pages into a connection's still cold cache). `MainWindow` starts that query here, on
a thread with its own connection, before it builds anything; the list model takes the result
when it is created (`take`), waiting for it if needed. One query at a time, for one session;
a result nobody took is dropped by the next `start` or by `forget` (locking: it holds names).
"""

from __future__ import annotations

import threading
import time
import weakref

from casetracker.domain.entities import PersonRow
from casetracker.services import caselist
from casetracker.services.session import Session, close_thread_connections, open_databases

#: Longest the list waits for a started query before running its own.
WAIT_S = 30.0


class _Query:
    def __init__(self, session: Session) -> None:
        self.session = weakref.ref(session)
        self.finished = threading.Event()
        self.result: tuple[list[int], list[PersonRow], float] | None = None
        threading.Thread(target=self._run, args=(session,), name="caselist-first").start()

    def _run(self, session: Session) -> None:
        databases = open_databases()
        try:
            began = time.perf_counter()
            ids = caselist.query_ids(session)
            elapsed_ms = (time.perf_counter() - began) * 1000
            self.result = (ids, caselist.rows(session, ids[: caselist.PAGE]), elapsed_ms)
        except Exception:  # the list runs the query itself and reports what goes wrong
            self.result = None
        finally:
            close_thread_connections(databases)  # before anyone hears of it: a lock may follow
            self.finished.set()


_pending: _Query | None = None


def start(session: Session) -> None:
    """Begin the default query (every id by reference, and the first page) for `session`."""
    global _pending
    _pending = _Query(session)


def take(session: Session) -> tuple[list[int], list[PersonRow], float] | None:
    """The ids, first page and query time started for `session` (once), else None."""
    global _pending
    query, _pending = _pending, None
    if query is None or query.session() is not session or not query.finished.wait(WAIT_S):
        return None
    result, query.result = query.result, None
    return result


def forget() -> None:
    """Drop a result nobody took (the vault is being locked)."""
    global _pending
    _pending = None
