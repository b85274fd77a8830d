"""The case list's item model: every matching id at once, row data a page at a time.

`services.caselist.query_ids` gives all matching ids in display order (so `rowCount` is right
at once and the scroll bar is honest); `services.caselist.rows` is asked for pages of 200 rows,
only for rows a view actually asks about, and pages are cached until the data changes. Sorting
and filtering run in SQL (no QSortFilterProxyModel: it would read every row). A query that is
slow (a name search, or any query on a very big vault) runs on a worker thread; a generation
counter drops results that a newer query has overtaken. The very first query may already have
run while the main window was being built (`prefetch.py`).
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from collections import OrderedDict, deque
from enum import IntEnum
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtCore import Signal as _Signal

from casetracker.domain.entities import Changes, PersonRow
from casetracker.domain.enums import InteractionKind, NameKind, Script
from casetracker.domain.fuzzydate import FuzzyDate
from casetracker.domain.names import REPORT_SCRIPT_ORDER, NameVariant, preferred_name
from casetracker.gui import theme
from casetracker.gui.i18n import current_language, tr
from casetracker.gui.labels import label
from casetracker.gui.models import prefetch
from casetracker.gui.worker import Task, start
from casetracker.services import caselist
from casetracker.services.caselist import PAGE, CaseFilter, SortKey

ID_ROLE = Qt.ItemDataRole.UserRole
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
#: Pages kept in memory (200 rows each): plenty for scrolling back and forth, bounded for 100k.
CACHE_PAGES = 40
#: Queries run on a worker thread when two of the last three on the GUI thread took longer.
SLOW_QUERY_MS = 80.0


def search_index_warm() -> bool:
    """Whether the in-memory search index is loaded. Asked without importing the search
    modules (rapidfuzz, the folding tables: 30 ms), which the first page of the list does not
    need: they load with the first search or the warm-up after the first paint."""
    module = sys.modules.get("casetracker.services.searching")
    return module is not None and module.is_warm()


#: While queries run on workers, every this many the GUI thread is tried again: a worker's
#: timings say little (its fresh connection has a cold page cache), and one slow query (the
#: first Chinese name loads the pinyin tables) must not send every later one there.
PROBE_EVERY = 4
_C = "CaseListTableModel"
_ROOT = QModelIndex()


class Column(IntEnum):
    REF = 0
    NAME = 1
    STATUS = 2
    SINCE = 3
    HOMETOWN = 4
    LAST_ACTION = 5
    NEXT_FOLLOW_UP = 6


SORT_KEYS: dict[Column, SortKey] = {
    Column.REF: SortKey.REF,
    Column.NAME: SortKey.NAME,
    Column.STATUS: SortKey.STATUS,
    Column.SINCE: SortKey.SINCE,
    Column.HOMETOWN: SortKey.HOMETOWN,
    Column.LAST_ACTION: SortKey.LAST_ACTION,
    Column.NEXT_FOLLOW_UP: SortKey.NEXT_FOLLOW_UP,
}


def _headers() -> dict[Column, str]:
    return {
        Column.REF: tr(_C, "Reference"),
        Column.NAME: tr(_C, "Name"),
        Column.STATUS: tr(_C, "Status"),
        Column.SINCE: tr(_C, "Since"),
        Column.HOMETOWN: tr(_C, "Hometown"),
        Column.LAST_ACTION: tr(_C, "Last action"),
        Column.NEXT_FOLLOW_UP: tr(_C, "Next follow-up"),
    }


def display_name(variants: tuple[NameVariant, ...], prefer: Script) -> str:
    """A variant in the preferred script if there is one (primary first, then passport...),
    else the usual preferred name: the list reads in one script where it can."""
    kinds = {NameKind.PRIMARY: 0, NameKind.PASSPORT: 1, NameKind.ALIAS: 2}
    in_script = sorted(
        (v for v in variants if v.script is prefer), key=lambda v: kinds.get(v.kind, 3)
    )
    return in_script[0].text if in_script else preferred_name(variants, prefer)


def _all_names_tooltip(row: PersonRow) -> str:
    order = {script: i for i, script in enumerate(REPORT_SCRIPT_ORDER)}
    variants = sorted(row.names, key=lambda v: (order.get(v.script, 99), v.kind.value))
    lines = []
    for variant in variants:
        note = "" if variant.kind is NameKind.PRIMARY else f" ({label(variant.kind)})"
        lines.append(variant.text + note)
    return "\n".join(lines)


class CaseListTableModel(QAbstractTableModel):
    """Rows are cases; `ID_ROLE` gives the person id of any row without fetching its page."""

    busy_changed = _Signal(bool)  # a query runs on a worker thread
    ids_changed = _Signal(int)  # a new id list is in place; carries the row count
    failed = _Signal(str)  # a query could not run; the message is for the status bar

    def __init__(self, session, parent=None, *, deferred: bool = False) -> None:
        """`deferred`: the caller runs `first_query` once its widgets are built, so that
        building them overlaps the query the main window started (prefetch.py)."""
        super().__init__(parent)
        self._session = session
        self._ids: list[int] = []
        self._row_of: dict[int, int] | None = None
        self._pages: OrderedDict[int, dict[int, PersonRow]] = OrderedDict()
        self._filter = CaseFilter()
        self._sort = SortKey.REF
        self._descending = False
        self._prefer = Script.LATN
        self._good = (self._filter, self._sort, self._descending)  # the last query that ran
        self._generation = 0
        self._running: set[Task] = set()  # kept referenced until their thread finishes
        # GUI-thread query times, by kind (text search or not): the last three of each
        self._times: dict[bool, deque[float]] = {True: deque(maxlen=3), False: deque(maxlen=3)}
        self._worker_runs = 0  # queries sent to workers since the GUI thread last ran one
        self._time_text_query = False
        self._lang = current_language()
        self._today = dt.date.today()
        if not deferred:
            self.first_query()

    def first_query(self) -> None:
        """The ids and first page: those the main window started (prefetch.py) or a query."""
        started = prefetch.take(self._session)
        if started is None:
            self.refresh(wait=True)
        else:
            ids, first_page, elapsed_ms = started
            self._generation += 1
            # timed on its own thread, so it says nothing about queries on the GUI thread
            self._query_done(self._generation, (ids, elapsed_ms), on_worker=True)
            self._pages[0] = {row.id: row for row in first_page}

    # -- what the view reads -----------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(Column):
            return _headers()[Column(section)]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.AccessibleTextRole,
            STATUS_ROLE,
        ):
            return None
        row = self.row_data(index.row())
        if row is None:
            return None
        return self._cell(row, Column(index.column()), role)

    def _cell(self, row: PersonRow, column: Column, role: int) -> Any:
        if role == STATUS_ROLE:
            return row.status.value  # a plain str: Qt would turn the StrEnum into one anyway
        if role == Qt.ItemDataRole.ForegroundRole:
            overdue = row.next_follow_up is not None and row.next_follow_up < self._today
            return theme.colour("warning") if column is Column.NEXT_FOLLOW_UP and overdue else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return self._display(row, column)

    def _display(self, row: PersonRow, column: Column) -> str:
        if column is Column.REF:
            return row.ref
        if column is Column.NAME:
            return display_name(row.names, self._prefer)
        if column is Column.STATUS:
            return label(row.status)
        if column is Column.SINCE:
            return row.status_date.words(self._lang) if row.status_date else ""
        if column is Column.HOMETOWN:
            return row.hometown
        if column is Column.LAST_ACTION:
            return self._last_action(row)
        return self._date(row.next_follow_up) if row.next_follow_up else ""

    def _last_action(self, row: PersonRow) -> str:
        if not row.last_action:
            return ""
        try:
            kind = label(InteractionKind(row.last_action))
        except ValueError:
            kind = row.last_action
        if row.last_action_date is None:
            return kind
        return tr(_C, "{kind}, {date}").format(
            kind=kind, date=row.last_action_date.words(self._lang)
        )

    def _tooltip(self, row: PersonRow, column: Column) -> str | None:
        if column is Column.NAME:
            return _all_names_tooltip(row)
        due = row.next_follow_up
        if column is Column.NEXT_FOLLOW_UP and due is not None and due < self._today:
            return tr(_C, "Overdue since {date}").format(date=self._date(row.next_follow_up))
        if column is Column.SINCE and row.status_date:
            return row.status_date.text
        if column in (Column.HOMETOWN, Column.LAST_ACTION):
            return self._display(row, column) or None  # the full text of an elided cell
        return None

    def _date(self, value: dt.date) -> str:
        # said like the other dates of the list ("9 September 2023"), not in a numeric format
        return FuzzyDate.parse(value.isoformat()).words(self._lang)

    # -- ids and pages -------------------------------------------------------------------------

    def person_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, person_id: int) -> int:
        """The row showing `person_id`, or -1 when the filter hides it."""
        if self._row_of is None:
            self._row_of = {pid: i for i, pid in enumerate(self._ids)}
        return self._row_of.get(person_id, -1)

    def ids(self) -> list[int]:
        return list(self._ids)

    def row_data(self, row: int) -> PersonRow | None:
        """The row's data, fetching its page (200 rows) if it is not cached."""
        if self._session is None or not 0 <= row < len(self._ids):
            return None
        page = row // PAGE
        cached = self._pages.get(page)
        if cached is None:
            chunk = self._ids[page * PAGE : (page + 1) * PAGE]
            cached = {r.id: r for r in caselist.rows(self._session, chunk)}
            self._pages[page] = cached
            while len(self._pages) > CACHE_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return cached.get(self._ids[row])

    def cached_pages(self) -> list[int]:
        """Page numbers currently held (tests and the benchmark check the paging)."""
        return sorted(self._pages)

    # -- filter, sort, refresh -----------------------------------------------------------------

    def case_filter(self) -> CaseFilter:
        return self._filter

    def sort_key(self) -> tuple[SortKey, bool]:
        return self._sort, self._descending

    def set_filter(self, flt: CaseFilter) -> None:
        self.set_query(flt, self._sort, self._descending)

    def set_query(self, flt: CaseFilter, sort: SortKey, descending: bool = False) -> None:
        """Filter and order together, in one query (the search box switches both)."""
        if (flt, sort, descending) != (self._filter, self._sort, self._descending):
            self._filter, self._sort, self._descending = flt, sort, descending
            self.refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Header click: sort in SQL by that column (this also ends relevance order)."""
        if not 0 <= column < len(Column):
            return
        self.set_sort(SORT_KEYS[Column(column)], order == Qt.SortOrder.DescendingOrder)

    def set_sort(self, key: SortKey, descending: bool = False) -> None:
        self.set_query(self._filter, key, descending)

    def set_preferred_script(self, script: Script) -> None:
        if script is not self._prefer:
            self._prefer = script
            self._emit_all_changed()

    def refresh(self, wait: bool = False) -> None:
        """Re-run the id query with the current filter and sort; pages are dropped."""
        if self._session is None:
            return
        self._generation += 1
        # a query that has to load the search index first says nothing about later ones
        self._time_text_query = search_index_warm()
        args = (self._session, self._filter, self._sort, self._descending)
        if not wait and self._should_run_in_worker():
            self._start_worker(args)
            return
        try:
            result = _timed_query(*args)
        except Exception as exc:  # a broken sort must not take the list down with it
            self._query_failed(self._generation, exc)
            return
        self._query_done(self._generation, result)

    def _start_worker(self, args: tuple) -> None:
        task = Task(_timed_query, *args)
        generation = self._generation
        was_busy = bool(self._running)
        self._running.add(task)
        self._worker_runs += 1
        start(
            task,
            lambda result: (
                self._worker_ended(task) or self._query_done(generation, result, on_worker=True)
            ),
            lambda exc: self._worker_ended(task) or self._query_failed(generation, exc),
        )
        if not was_busy:
            self.busy_changed.emit(True)

    def _worker_ended(self, task: Task) -> bool | None:
        """Forget the task; True (so the report is dropped) when the model is gone already."""
        self._running.discard(task)
        if not shiboken6.isValid(self):
            return True
        if not self._running:
            self.busy_changed.emit(False)
        return None

    def _should_run_in_worker(self) -> bool:
        """Off the GUI thread only when it would be felt: the first search (the in-memory
        index loads, ~0.5 s at 100,000) or queries that have been slow. A worker's fresh
        connection starts with a cold page cache, which made every typed query 3x slower."""
        text = bool(self._filter.text.strip())
        if text and not search_index_warm():
            return True
        if sum(ms > SLOW_QUERY_MS for ms in self._times[text]) < 2:  # of the last three
            return False
        return self._worker_runs < PROBE_EVERY

    def _query_done(
        self, generation: int, result: tuple[list[int], float], on_worker: bool = False
    ) -> None:
        if generation != self._generation or self._session is None:
            return
        ids, elapsed_ms = result
        self._good = (self._filter, self._sort, self._descending)
        text = bool(self._filter.text.strip())
        if not on_worker:
            self._worker_runs = 0
            if self._time_text_query or not text:
                self._times[text].append(elapsed_ms)
        self._set_ids(ids)

    def _query_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._filter, self._sort, self._descending = self._good  # keep what is shown
        self.failed.emit(
            tr(_C, "The list could not be sorted or filtered this way: {error}").format(error=exc)
        )

    def _set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._row_of = None
        self._pages.clear()
        self._today = dt.date.today()
        self.endResetModel()
        self.ids_changed.emit(len(ids))

    def is_busy(self) -> bool:
        """True while an id query runs on a worker thread."""
        return bool(self._running)

    def apply_changes(self, changes: Changes) -> None:
        """React to `bus.changed`: re-query when the list changed, else refresh touched rows."""
        if self._session is None:
            return
        if changes.list_changed:
            self.refresh()
            return
        for pid in changes.person_ids:
            row = self.row_of(pid)
            if row >= 0:
                self._pages.pop(row // PAGE, None)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def clear(self) -> None:
        """Drop every id, cached row and the session (locking)."""
        self._generation += 1
        self._session = None
        self._set_ids([])

    def _emit_all_changed(self) -> None:
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(Column) - 1))


def _timed_query(session, flt: CaseFilter, sort: SortKey, descending: bool):
    began = time.perf_counter()
    ids = caselist.query_ids(session, flt, sort, descending)
    return ids, (time.perf_counter() - began) * 1000
