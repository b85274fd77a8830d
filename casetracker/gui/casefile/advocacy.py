"""The Advocacy section: letters, meetings and calls about this case, responses and follow-ups.

Overdue follow-ups are highlighted, because a letter nobody chased is a letter lost. Ticking
"Done" is a request the section turns into a service call; the model never writes or pops
dialogs itself.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QWidget,
)

from casetracker.domain.entities import Interaction, Person
from casetracker.gui.bus import run_op
from casetracker.gui.casefile.base import (
    CaseSection,
    reselect,
    section_layout,
    selected_row,
    setup_table,
    tone,
    toolbar_button,
)
from casetracker.gui.dialogs.interaction import InteractionDialog
from casetracker.gui.i18n import date_text, tr, trn
from casetracker.gui.labels import label
from casetracker.gui.models.rows import RowsModel
from casetracker.gui.widgets.fuzzydate_edit import date_words
from casetracker.services import advocacy
from casetracker.services.session import Session

CONTEXT = "AdvocacySection"
Index = QModelIndex | QPersistentModelIndex
DATE, KIND, WHO, SUMMARY, RESPONSE, FOLLOW_UP, DONE = range(7)


def is_overdue(item: Interaction, today: dt.date | None = None) -> bool:
    due = item.follow_up_due
    return due is not None and not item.follow_up_done and due < (today or dt.date.today())


def steps_text(n: int) -> str:
    return trn(CONTEXT, "%n step(s)", n)


def overdue_text(n: int) -> str:
    return trn(CONTEXT, "%n follow-up(s) overdue", n)


class InteractionTableModel(RowsModel):
    """Interactions about one person, newest first."""

    CONTEXT = CONTEXT

    done_toggled = Signal(int, bool)  # interaction id, done

    HEADERS = (
        QT_TRANSLATE_NOOP("AdvocacySection", "Date"),
        QT_TRANSLATE_NOOP("AdvocacySection", "Kind"),
        QT_TRANSLATE_NOOP("AdvocacySection", "Organisation / contact"),
        QT_TRANSLATE_NOOP("AdvocacySection", "Summary"),
        QT_TRANSLATE_NOOP("AdvocacySection", "Response"),
        QT_TRANSLATE_NOOP("AdvocacySection", "Follow up by"),
        QT_TRANSLATE_NOOP("AdvocacySection", "Done"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Interaction] = []

    def ordered(self, rows) -> list:
        return list(reversed(rows))  # newest first

    def item(self, row: int) -> Interaction:
        return self.row_at(row)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == DONE and self._rows[index.row()].follow_up_due:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (WHO, SUMMARY):
            return self._display(item, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == DONE and item.follow_up_due:
            return Qt.CheckState.Checked if item.follow_up_done else Qt.CheckState.Unchecked
        if column == FOLLOW_UP and is_overdue(item):
            return self._overdue(role)
        return None

    @staticmethod
    def _overdue(role: int):
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(tone("warning"))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setWeight(QFont.Weight.Bold)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr(CONTEXT, "Overdue: nobody has followed this up yet")
        return None

    @staticmethod
    def _display(item: Interaction, column: int) -> str:
        if column == DATE:
            return date_words(item.date)
        if column == KIND:
            return f"{label(item.kind)} ({label(item.direction).lower()})"
        if column == WHO:
            return " · ".join(p for p in (item.organization_name, item.contact_name) if p)
        if column == SUMMARY:
            return " ".join(item.summary.split())
        if column == RESPONSE:
            return label(item.response)
        if column == FOLLOW_UP:
            if item.follow_up_due is None:
                return ""
            text = date_text(item.follow_up_due, "d MMM yyyy")
            return tr(CONTEXT, "{date} (overdue)").format(date=text) if is_overdue(item) else text
        return ""

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != DONE:
            return False
        done = Qt.CheckState(value) == Qt.CheckState.Checked
        self.done_toggled.emit(self._rows[index.row()].id, done)
        return False  # the reload after the save shows the stored value


class AdvocacySection(CaseSection):
    key = "advocacy"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._count: int | None = None
        self.model = InteractionTableModel(self)
        self.model.done_toggled.connect(self._set_done)
        self.table = self._table()
        self.summary_label = QLabel()
        self.summary_label.setStyleSheet(f"color: {tone('muted')};")
        self.add_button = toolbar_button(tr(CONTEXT, "Log a step…"), primary=True)
        self.edit_button = toolbar_button(tr(CONTEXT, "Edit…"))
        self.delete_button = toolbar_button(tr(CONTEXT, "Delete"))
        self.add_button.clicked.connect(self.add_interaction)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        layout = section_layout(self)
        bar = QHBoxLayout()
        bar.setSpacing(8)
        for button in (self.add_button, self.edit_button, self.delete_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.summary_label)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    def _table(self) -> QTableView:
        table = QTableView()
        header = setup_table(table, self.model, tr(CONTEXT, "Advocacy steps for this case"))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHO, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SUMMARY, QHeaderView.ResizeMode.Stretch)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.doubleClicked.connect(lambda _i: self.edit_selected())
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        return table

    def title(self) -> str:
        return tr(CONTEXT, "Advocacy")

    def load(self, person: Person) -> None:
        selected = self.selected()
        super().load(person)
        items = advocacy.interactions_for_person(self.session, person.id)
        self.model.set_rows(items)
        self._count = len(items)
        overdue = sum(1 for i in items if is_overdue(i))
        text = steps_text(len(items))
        if overdue:
            text += "  ·  " + overdue_text(overdue)
        self.summary_label.setText(text)
        self.summary_label.setStyleSheet(f"color: {tone('warning' if overdue else 'muted')};")
        if selected is not None:
            reselect(self.table, lambda row: self.model.item(row).id == selected.id)
        self._update_buttons()

    def count(self, person: Person) -> int | None:
        return self._count if self.person_id == person.id else None

    def clear(self) -> None:
        super().clear()
        self.model.set_rows([])
        self.summary_label.clear()
        self._count = None
        self._update_buttons()

    def selected(self) -> Interaction | None:
        row = selected_row(self.table)
        return None if row is None else self.model.item(row)

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.add_button.setEnabled(self.person_id is not None)
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _open(self, dialog: InteractionDialog) -> InteractionDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def add_interaction(self) -> InteractionDialog | None:
        if self.person_id is None:
            return None
        return self._open(InteractionDialog(self.session, self.person_id, None, self))

    def edit_selected(self) -> InteractionDialog | None:
        item = self.selected()
        if item is None or self.person_id is None:
            return None
        return self._open(InteractionDialog(self.session, self.person_id, item, self))

    def delete_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        answer = QMessageBox.question(
            self,
            tr(CONTEXT, "Delete advocacy step"),
            tr(CONTEXT, "Delete this {kind} ({date})? You can undo this.").format(
                kind=label(item.kind).lower(), date=date_words(item.date)
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            run_op(self, advocacy.delete_interaction, self.session, item.id)

    def _set_done(self, interaction_id: int, done: bool) -> None:
        run_op(self, advocacy.update_interaction, self.session, interaction_id, follow_up_done=done)
