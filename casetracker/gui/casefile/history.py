"""The History section: who changed what in this case, when, and what it said before.

Read from the audit log (`services.history.audit`), newest first, one line per changed field.
Stored codes (statuses, EDTF dates) are turned back into words so that a volunteer can read
the history without knowing how it is stored.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from casetracker.domain.entities import AuditEntry, Person
from casetracker.domain.enums import (
    Confidence,
    Consent,
    Direction,
    Relationship,
    Response,
    Sex,
    SourceType,
    Status,
)
from casetracker.domain.fuzzydate import FuzzyDate
from casetracker.gui.casefile.base import (
    CaseSection,
    hint_label,
    section_layout,
    setup_table,
)
from casetracker.gui.corelabels import operation_label
from casetracker.gui.i18n import date_time_text, tr
from casetracker.gui.labels import label
from casetracker.gui.models.rows import RowsModel
from casetracker.gui.widgets.fuzzydate_edit import date_words
from casetracker.services import history
from casetracker.services.session import Session

CONTEXT = "HistorySection"
Index = QModelIndex | QPersistentModelIndex
LIMIT = 500
WHEN, WHO, WHAT, FIELD, CHANGE = range(5)
MAX_VALUE = 80

_ENUM_FIELDS: dict[str, type[StrEnum]] = {
    "status": Status,
    "current_status": Status,
    "source_type": SourceType,
    "confidence": Confidence,
    "sex": Sex,
    "consent": Consent,
    "relationship": Relationship,
    "response": Response,
    "direction": Direction,
}
_DATE_FIELDS = {"date", "birth_date", "status_date"}
_FIELD_LABELS = {
    "text": QT_TRANSLATE_NOOP("HistorySection", "name"),
    "hometown": QT_TRANSLATE_NOOP("HistorySection", "hometown"),
    "occupation": QT_TRANSLATE_NOOP("HistorySection", "occupation"),
    "ethnicity": QT_TRANSLATE_NOOP("HistorySection", "ethnicity"),
    "citizenship": QT_TRANSLATE_NOOP("HistorySection", "citizenship"),
    "birth_date": QT_TRANSLATE_NOOP("HistorySection", "birth date"),
    "notes": QT_TRANSLATE_NOOP("HistorySection", "notes"),
    "request": QT_TRANSLATE_NOOP("HistorySection", "request"),
    "status": QT_TRANSLATE_NOOP("HistorySection", "status"),
    "current_status": QT_TRANSLATE_NOOP("HistorySection", "current status"),
    "status_date": QT_TRANSLATE_NOOP("HistorySection", "status date"),
    "sex": QT_TRANSLATE_NOOP("HistorySection", "sex"),
    "consent": QT_TRANSLATE_NOOP("HistorySection", "consent"),
    "place": QT_TRANSLATE_NOOP("HistorySection", "place"),
    "note": QT_TRANSLATE_NOOP("HistorySection", "note"),
    "sentence": QT_TRANSLATE_NOOP("HistorySection", "sentence"),
    "charge": QT_TRANSLATE_NOOP("HistorySection", "charge"),
    "source_type": QT_TRANSLATE_NOOP("HistorySection", "source"),
    "confidence": QT_TRANSLATE_NOOP("HistorySection", "confidence"),
    "relationship": QT_TRANSLATE_NOOP("HistorySection", "relationship"),
    "follow_up_done": QT_TRANSLATE_NOOP("HistorySection", "follow-up done"),
    "date": QT_TRANSLATE_NOOP("HistorySection", "date"),
    "caption": QT_TRANSLATE_NOOP("HistorySection", "caption"),
    "source_note": QT_TRANSLATE_NOOP("HistorySection", "source note"),
    "filename": QT_TRANSLATE_NOOP("HistorySection", "file"),
    "value": QT_TRANSLATE_NOOP("HistorySection", "number"),
    "name": QT_TRANSLATE_NOOP("HistorySection", "name"),
}


def value_text(field: str, value: object) -> str:
    """A stored value in words: vocabularies labelled, dates said, long text shortened."""
    if value is None or value == "":
        return "—"
    enum = _ENUM_FIELDS.get(field)
    if enum is not None:
        try:
            return label(enum(value))
        except ValueError:
            pass
    if field in _DATE_FIELDS and isinstance(value, str):
        try:
            return date_words(FuzzyDate.parse(value))
        except ValueError:
            pass
    text = " ".join(str(value).split())
    return text if len(text) <= MAX_VALUE else text[: MAX_VALUE - 1] + "…"


def local_time(at: dt.datetime) -> str:
    """Operation times are stored in UTC; show them in the laptop's time zone."""
    stamp = at.replace(tzinfo=dt.UTC) if at.tzinfo is None else at
    return date_time_text(stamp.astimezone())


class AuditTableModel(RowsModel):
    """Audit entries of one person, newest first."""

    CONTEXT = CONTEXT

    HEADERS = (
        QT_TRANSLATE_NOOP("HistorySection", "When"),
        QT_TRANSLATE_NOOP("HistorySection", "Who"),
        QT_TRANSLATE_NOOP("HistorySection", "What"),
        QT_TRANSLATE_NOOP("HistorySection", "Field"),
        QT_TRANSLATE_NOOP("HistorySection", "Before → after"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[AuditEntry] = []

    def entry(self, row: int) -> AuditEntry:
        return self.row_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        entry, column = self._rows[index.row()], index.column()
        if column == WHEN:
            return local_time(entry.at)
        if column == WHO:
            return entry.volunteer or tr(CONTEXT, "(no name set)")
        if column == WHAT:
            return operation_label(entry.label)
        if column == FIELD:
            return (
                tr(CONTEXT, _FIELD_LABELS[entry.field])
                if entry.field in _FIELD_LABELS
                else entry.field
            )
        before = value_text(entry.field, entry.before)
        after = value_text(entry.field, entry.after)
        return f"{before}  →  {after}"


class HistorySection(CaseSection):
    key = "history"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.model = AuditTableModel(self)
        self.table = QTableView()
        header = setup_table(self.table, self.model, tr(CONTEXT, "Changes to this case"), 32)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CHANGE, QHeaderView.ResizeMode.Stretch)
        self.empty_hint = hint_label("")
        layout = section_layout(self)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)

    def title(self) -> str:
        return tr(CONTEXT, "History")

    def load(self, person: Person) -> None:
        super().load(person)
        entries = history.audit(self.session, history.AuditFilter(person_id=person.id), LIMIT)
        self.model.set_rows(entries)
        if entries:
            text = tr(CONTEXT, "Every change to this case, newest first. Use Undo to reverse one.")
        else:
            text = tr(CONTEXT, "No changes recorded since this case was added or imported.")
        self.empty_hint.setText(text)

    def clear(self) -> None:
        super().clear()
        self.model.set_rows([])
        self.empty_hint.clear()
