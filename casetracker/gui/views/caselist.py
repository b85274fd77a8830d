"""The Cases page: filter bar, the big case table and its row count.

The panel wires the filter bar to the table model, keeps the selection on the same case across
re-queries, switches to relevance order while a search text is typed (until a header is
clicked), and asks for a case to be opened with `bus.case_open_requested` on double-click or
Enter. While the page is hidden (a case file is open), list changes only mark it stale; the
query runs once when the page is shown again.

Start-up: what the first paint does not need waits until the first page of rows has been drawn
(`first_page_painted`), then runs on worker threads: loading the search index (about 0.5 s at
100,000 people, mostly holding the GIL) and the filter choices (two scans of every case, about
0.15 s). Started earlier, they delayed the first paint of the list by as much.
"""

from __future__ import annotations

import contextlib

import shiboken6
from PySide6.QtCore import QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.entities import Changes
from casetracker.domain.enums import Script
from casetracker.gui.bus import bus
from casetracker.gui.i18n import preferred_script, set_preferred_script, tr
from casetracker.gui.models.caselist import (
    ID_ROLE,
    SORT_KEYS,
    CaseListTableModel,
    Column,
    search_index_warm,
)
from casetracker.gui.widgets.filterbar import FilterBar
from casetracker.gui.widgets.statusbadge import StatusBadgeDelegate
from casetracker.gui.worker import Task, start
from casetracker.services import caselist, cases
from casetracker.services.caselist import CaseFilter, SortKey

_C = "CaseListPanel"
#: Per column: its share of the spare width and the least it needs. Applied until the user
#: resizes a column (then the user's widths stay); Name gets the largest share.
_SHARES = {
    Column.REF: (0.02, 80),
    Column.NAME: (0.34, 170),
    Column.STATUS: (0.04, 206),
    Column.SINCE: (0.1, 100),
    Column.HOMETOWN: (0.22, 120),
    Column.LAST_ACTION: (0.2, 140),
    Column.NEXT_FOLLOW_UP: (0.08, 110),
}
#: A panel built but not shown (another start page) starts its background work after this.
BACKGROUND_FALLBACK_MS = 1000


def count_text(shown: int, total: int | None = None) -> str:
    """'1,234 cases' (with the locale's digit grouping), or 'x of y cases' when filtered."""
    number = QLocale().toString(shown)
    if total is not None and total != shown:
        return tr(_C, "{shown} of {total} cases").format(
            shown=number, total=QLocale().toString(total)
        )
    text = tr(_C, "%Ln case(s)", None, shown)
    if "(s)" in text:  # no catalogue loaded: English plural
        text = text.replace("(s)", "" if shown == 1 else "s")
    return text


class CaseTableView(QTableView):
    """The table; Enter opens the current case like a double-click does."""

    resized = Signal()  # after the viewport has its new size
    painted = Signal()  # after the rows have been drawn

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated.emit(self.currentIndex())
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted.emit()


class CaseListPanel(QWidget):
    """The list of all cases; `model` is a `CaseListTableModel`, `view` its table."""

    first_page_painted = Signal()  # once: the list has been drawn with its first rows

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._stale = False
        self._choices_stale = True
        self._choices_generation = 0
        self._choices_fitted = False
        self._first_painted = False
        self._background_started = False
        self._tasks: set[Task] = set()  # kept referenced until their thread reports
        self._user_sort: tuple[int, Qt.SortOrder] = (Column.REF, Qt.SortOrder.AscendingOrder)
        self._keep_id: int | None = None
        self._auto_widths = True
        self._fitting = False
        self.model = CaseListTableModel(session, self, deferred=True)
        self.model.set_preferred_script(preferred_script())
        self.filter_bar = FilterBar(self)
        self.view = CaseTableView(self)
        self._build()
        self._connect()
        self.model.first_query()  # after the widgets: its rows may still be on their way
        self._update_count()
        QTimer.singleShot(BACKGROUND_FALLBACK_MS, self, self._start_background_work)

    def first_page_was_painted(self) -> bool:
        return self._first_painted

    def _view_painted(self) -> None:
        if self._first_painted or (self.model.rowCount() == 0 and self.model.is_busy()):
            return
        self._first_painted = True
        self.view.painted.disconnect(self._view_painted)
        self.first_page_painted.emit()
        QTimer.singleShot(0, self, self._start_background_work)  # once this paint has ended

    def _start_background_work(self) -> None:
        if self._background_started or self._session is None:
            return
        self._background_started = True
        # Choices first: with two pooled threads, a search typed at once (its worker loading
        # the index) would otherwise leave them queued behind the warm-up, which then only waits
        # for that same load, and they would scan every case while the next searches run.
        self._load_choices()
        self._warm_search()

    def _warm_search(self) -> None:
        """Load the search index on a worker, so the first keystroke does not wait ~0.5 s
        (100,000 people) for it."""
        if search_index_warm():
            return
        from casetracker.services import searching

        self._run(Task(searching.warm, self._session), lambda _result: None)

    def _run(self, task: Task, on_done, on_error=None) -> None:
        self._tasks.add(task)

        # a panel closed (locked, test torn down) before its worker reports ignores the report
        def ended(result, task=task) -> None:
            self._tasks.discard(task)
            if shiboken6.isValid(self):
                on_done(result)

        def failed(exc, task=task) -> None:
            self._tasks.discard(task)
            if on_error is not None and shiboken6.isValid(self):
                on_error(exc)

        start(task, ended, failed)

    # -- construction --------------------------------------------------------------------------

    def _build(self) -> None:
        title = QLabel(tr(_C, "Cases"), self)
        title.setObjectName("pageTitle")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("caseCount")
        self.busy_label = QLabel(tr(_C, "Searching…"), self)
        self.busy_label.setObjectName("muted")
        self.busy_label.hide()
        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(12)
        header.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        header.addStretch(1)
        header.addWidget(self.busy_label, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.view, 1)
        self._setup_view()

    def _setup_view(self) -> None:
        view = self.view
        view.setModel(self.model)
        view.setObjectName("caseTable")
        view.setAccessibleName(tr(_C, "Cases"))
        view.setItemDelegateForColumn(Column.STATUS, StatusBadgeDelegate(view))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = view.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(view.fontMetrics().height() + 16)
        header = view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(60)
        header.sectionResized.connect(self._section_resized)
        view.resized.connect(self._fit_columns)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._fit_columns()
        header.setSortIndicator(Column.REF, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)

    def _connect(self) -> None:
        self.filter_bar.filter_changed.connect(self._filter_changed)
        self.filter_bar.search.returnPressed.connect(self.focus_list)
        self.view.activated.connect(self._open_index)  # double-click and Enter
        self.view.horizontalHeader().sortIndicatorChanged.connect(self._header_sorted)
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.modelReset.connect(self._restore_current)
        self.model.ids_changed.connect(lambda _n: self._update_count())
        self.model.busy_changed.connect(self.busy_label.setVisible)
        self.model.failed.connect(self._query_failed)
        self.view.painted.connect(self._view_painted)
        bus.changed.connect(self._data_changed)

    # -- public API ----------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.search.selectAll()

    def focus_list(self) -> None:
        """Enter in the search box: go to the list (first row), where Enter opens the case."""
        if self.model.rowCount() == 0:
            return
        if not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 0))
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_person_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def selected_person_ids(self) -> list[int]:
        """The selected cases in list order (Shift/Ctrl-click select several); the current
        case when nothing is selected."""
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        ids = [pid for pid in (self.model.person_id(row) for row in rows) if pid is not None]
        if not ids and (current := self.current_person_id()) is not None:
            ids = [current]
        return ids

    def select_person(self, person_id: int) -> bool:
        """Make `person_id` the current row (False when the filter hides it)."""
        row = self.model.row_of(person_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def set_preferred_script(self, script: Script) -> None:
        set_preferred_script(script)
        self.model.set_preferred_script(script)

    def refresh(self) -> None:
        self._stale = False
        self.model.refresh()

    def clear(self) -> None:
        """Drop every decrypted row (locking); the panel is unusable afterwards."""
        if self._session is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                bus.changed.disconnect(self._data_changed)
        self.model.clear()
        self.filter_bar.set_choices([], [])
        self._session = None
        self._update_count()

    # -- reactions -----------------------------------------------------------------------------

    def _filter_changed(self, flt: CaseFilter) -> None:
        header = self.view.horizontalHeader()
        key, _descending = self.model.sort_key()
        if flt.text and key is not SortKey.RELEVANCE and not self.model.case_filter().text:
            header.setSortIndicatorShown(False)  # best matches first until a header is clicked
            self.model.set_query(flt, SortKey.RELEVANCE)
            return
        if not flt.text and key is SortKey.RELEVANCE:
            column, order = self._user_sort
            self._restore_header(column, order)
            self.model.set_query(flt, _sort_key(column), order == Qt.SortOrder.DescendingOrder)
            return
        self.model.set_filter(flt)

    def _restore_header(self, column: int, order: Qt.SortOrder) -> None:
        header = self.view.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(column, order)
        header.blockSignals(False)
        header.setSortIndicatorShown(True)

    def _query_failed(self, message: str) -> None:
        """The list stays as it was: put the header's sort arrow back to match it."""
        bus.status_message.emit(message)
        key, descending = self.model.sort_key()
        column = next((c for c, k in SORT_KEYS.items() if k is key), None)
        if column is not None:
            order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            self._user_sort = (column, order)
            self._restore_header(column, order)

    def _header_sorted(self, column: int, order: Qt.SortOrder) -> None:
        self._user_sort = (column, order)
        self.view.horizontalHeader().setSortIndicatorShown(True)

    def _open_index(self, index: QModelIndex) -> None:
        person_id = index.data(ID_ROLE)
        if person_id is not None:
            bus.case_open_requested.emit(int(person_id))

    def _remember_current(self) -> None:
        self._keep_id = self.current_person_id()

    def _restore_current(self) -> None:
        if self._keep_id is not None:
            self.select_person(self._keep_id)
        self._keep_id = None

    def _data_changed(self, changes: Changes) -> None:
        if changes.list_changed:
            self._choices_stale = True
            if not self.isVisible():
                self._stale = True
                return
        self.model.apply_changes(changes)
        if changes.list_changed:
            self._load_choices()

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        if self._session is None:
            self.count_label.setText("")
            return
        total = None if self.model.case_filter().is_empty else caselist.count(self._session)
        self.count_label.setText(count_text(shown, total))

    def _load_choices(self) -> None:
        """Fill the ethnicity and hometown pickers on a worker (every case is read: 0.15 s at
        100,000); a newer load overtakes an older one."""
        if self._session is None or not self._choices_stale or not self._background_started:
            return
        self._choices_stale = False
        self._choices_generation += 1
        generation = self._choices_generation
        self._run(
            Task(_filter_choices, self._session),
            lambda choices: self._choices_loaded(generation, choices),
            lambda _exc: setattr(self, "_choices_stale", True),  # try again when next shown
        )

    def _choices_loaded(self, generation: int, choices: tuple[list[str], list[str]]) -> None:
        if self._session is None or generation != self._choices_generation:
            return
        self.filter_bar.set_choices(*choices)
        if not self._choices_fitted:  # the pickers were first shown empty: size them now
            self._choices_fitted = True
            self.filter_bar.fit_choices()

    def _fit_columns(self) -> None:
        if not self._auto_widths:
            return
        # every column gets what it needs, then the rest of the width is shared out
        spare = max(0, self.view.viewport().width() - sum(least for _s, least in _SHARES.values()))
        self._fitting = True
        for column, (share, least) in _SHARES.items():
            self.view.setColumnWidth(column, least + int(spare * share))
        self._fitting = False

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting and column != Column.NEXT_FOLLOW_UP:  # the last one follows along
            self._auto_widths = False  # the user chose widths: keep them

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._load_choices()
        if self._stale:
            self.refresh()


def _sort_key(column: int) -> SortKey:
    return SORT_KEYS[Column(column)]


def _filter_choices(session) -> tuple[list[str], list[str]]:
    """The ethnicities and hometowns the filter pickers offer (run on a worker thread)."""
    return cases.all_ethnicities(), caselist.hometowns(session)
