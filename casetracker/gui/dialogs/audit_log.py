"""History of changes: the vault's audit log, filterable by case, volunteer and dates.

Newest first, one line per changed field: when, who, what (the undo label), the case reference,
the field, and before → after in words (the same wording as a case file's History tab). The
log can be long, so `AuditLogTableModel` fetches it in pages as the table scrolls
(`canFetchMore`/`fetchMore`); a filter change starts again from the first page.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.entities import AuditEntry
from casetracker.domain.errors import NotFound
from casetracker.gui.casefile import history as case_history
from casetracker.gui.corelabels import operation_label
from casetracker.gui.i18n import tr
from casetracker.gui.models.rows import RowsModel
from casetracker.services import caselist, cases, history
from casetracker.services.history import AuditFilter
from casetracker.services.session import Session

_C = "AuditLogDialog"
Index = QModelIndex | QPersistentModelIndex
PAGE = 200
#: Empty pages tried in a row before the log counts as read to the end (a page of changes can
#: hold only bookkeeping fields and so give no line).
EMPTY_PAGES_TO_END = 5
WHEN, WHO, WHAT, CASE, FIELD, CHANGE = range(6)
_NO_DATE = QDate(2000, 1, 1)


def field_text(entry: AuditEntry) -> str:
    """The changed field in words (the case file's History tab words where it has them)."""
    if entry.entity == "setting":
        return tr(_C, "setting")
    labels = case_history._FIELD_LABELS
    field = entry.field
    return tr("HistorySection", labels[field]) if field in labels else field.replace("_", " ")


class AuditLogTableModel(RowsModel):
    """Audit entries matching a filter, loaded a page at a time."""

    CONTEXT = _C

    HEADERS = (
        QT_TRANSLATE_NOOP("AuditLogDialog", "When"),
        QT_TRANSLATE_NOOP("AuditLogDialog", "Who"),
        QT_TRANSLATE_NOOP("AuditLogDialog", "What"),
        QT_TRANSLATE_NOOP("AuditLogDialog", "Case"),
        QT_TRANSLATE_NOOP("AuditLogDialog", "Field"),
        QT_TRANSLATE_NOOP("AuditLogDialog", "Before → after"),
    )

    def __init__(self, session: Session | None, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.filter = AuditFilter()
        self._rows: list[AuditEntry] = []
        self._refs: dict[int, str] = {}
        self._offset = 0
        self._more = session is not None
        self._resetting = False

    def set_filter(self, flt: AuditFilter) -> None:
        """Start again from the newest entry matching `flt` (its first page comes at once)."""
        self.beginResetModel()
        self._resetting = True  # views asking for more during the reset wait for the next turn
        self.filter = flt
        self._rows, self._offset, self._more = [], 0, self.session is not None
        self._rows = self._next_page()
        self.endResetModel()
        self._resetting = False

    def clear(self) -> None:
        """Drop every entry (the vault is locking)."""
        self.beginResetModel()
        self.session = None
        self._rows, self._refs, self._more = [], {}, False
        self.endResetModel()

    def entry(self, row: int) -> AuditEntry:
        return self._rows[row]

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt API
        return not parent.isValid() and self._more and not self._resetting

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 - Qt API
        if parent.isValid() or not self.canFetchMore():
            return
        entries = self._next_page()
        if entries:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(entries) - 1)
            self._rows.extend(entries)
            self.endInsertRows()

    def _next_page(self) -> list[AuditEntry]:
        entries: list[AuditEntry] = []
        for _ in range(EMPTY_PAGES_TO_END):
            if self.session is None:
                break
            entries = history.audit(self.session, self.filter, PAGE, self._offset)
            self._offset += PAGE
            if entries:
                break
        if not entries:
            self._more = False
        self._load_refs({e.person_id for e in entries if e.person_id is not None})
        return entries

    def _load_refs(self, person_ids: set[int]) -> None:
        missing = [pid for pid in person_ids if pid not in self._refs]
        if missing:
            self._refs.update({row.id: row.ref for row in caselist.rows(self.session, missing)})

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        entry, column = self._rows[index.row()], index.column()
        if column == WHEN:
            return case_history.local_time(entry.at)
        if column == WHO:
            return entry.volunteer or tr(_C, "(no name set)")
        if column == WHAT:
            return operation_label(entry.label)
        if column == CASE:
            if entry.person_id is None:
                return ""
            return self._refs.get(entry.person_id, tr(_C, "(deleted case)"))
        if column == FIELD:
            return field_text(entry)
        before = case_history.value_text(entry.field, entry.before)
        after = case_history.value_text(entry.field, entry.after)
        return f"{before}  →  {after}"


def _date_edit(parent: QWidget, accessible: str) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setMinimumDate(_NO_DATE)
    edit.setSpecialValueText(tr(_C, "any"))  # shown at the minimum date: no limit
    edit.setDate(_NO_DATE)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setAccessibleName(accessible)
    return edit


def _date_of(edit: QDateEdit) -> dt.date | None:
    value = edit.date()
    return None if value == _NO_DATE else dt.date(value.year(), value.month(), value.day())


class AuditLogDialog(QDialog):
    """The whole vault's history; a non-modal window the main window closes on lock."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(tr(_C, "History of changes"))
        self.resize(1080, 640)
        self.model = AuditLogTableModel(session, self)
        self.case_edit = QLineEdit(self)
        self.case_edit.setPlaceholderText(tr(_C, "e.g. CT-0042"))
        self.case_edit.setAccessibleName(tr(_C, "Case reference"))
        self.volunteer = QComboBox(self)
        self.volunteer.setEditable(True)
        self.volunteer.setAccessibleName(tr(_C, "Volunteer"))
        self.volunteer.addItem(tr(_C, "Anyone"), "")
        if session.volunteer:
            self.volunteer.addItem(session.volunteer, session.volunteer)
        self.since = _date_edit(self, tr(_C, "From date"))
        self.until = _date_edit(self, tr(_C, "To date"))
        self.problem = QLabel(self)
        self.problem.setObjectName("inlineError")
        self.table = self._table()
        self._lay_out()
        self.case_edit.editingFinished.connect(self.apply_filter)
        self.volunteer.activated.connect(lambda _i: self.apply_filter())
        self.volunteer.lineEdit().editingFinished.connect(self.apply_filter)
        self.since.dateChanged.connect(lambda _d: self.apply_filter())
        self.until.dateChanged.connect(lambda _d: self.apply_filter())
        self.apply_filter()

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setAccessibleName(tr(_C, "Changes"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in ((WHEN, 130), (WHO, 140), (WHAT, 190), (CASE, 90), (FIELD, 120)):
            table.setColumnWidth(column, width)
        header.setSectionResizeMode(CHANGE, QHeaderView.ResizeMode.Stretch)
        return table

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.setSpacing(8)
        for text, widget in (
            (tr(_C, "&Case:"), self.case_edit),
            (tr(_C, "&Volunteer:"), self.volunteer),
            (tr(_C, "&From:"), self.since),
            (tr(_C, "&To:"), self.until),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            bar.addWidget(label)
            bar.addWidget(widget)
            bar.addSpacing(8)
        bar.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addLayout(bar)
        layout.addWidget(self.problem)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.problem.hide()

    def current_filter(self) -> AuditFilter | None:
        """The filter the fields describe; None (and a message) for an unknown reference."""
        person_id = None
        ref = self.case_edit.text().strip()
        if ref:
            try:
                person_id = cases.id_for_ref(self.session, ref)
            except NotFound:
                self.problem.setText(tr(_C, "No case has the reference {ref}.").format(ref=ref))
                self.problem.show()
                return None
        self.problem.hide()
        text = self.volunteer.currentText().strip()
        volunteer = "" if text == tr(_C, "Anyone") else text
        return AuditFilter(person_id, volunteer or None, _date_of(self.since), _date_of(self.until))

    def apply_filter(self) -> None:
        flt = self.current_filter()
        if flt is None or self.session is None:
            return
        if flt != self.model.filter or self.model.rowCount() == 0:
            self.model.set_filter(flt)
        self._remember_volunteers()

    def _remember_volunteers(self) -> None:
        known = {self.volunteer.itemData(i) for i in range(self.volunteer.count())}
        for row in range(self.model.rowCount()):
            name = self.model.entry(row).volunteer
            if name and name not in known:
                known.add(name)
                self.volunteer.addItem(name, name)

    def done(self, result: int) -> None:
        self.model.clear()
        self.session = None
        super().done(result)
