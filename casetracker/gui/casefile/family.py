"""The Family section: relatives and others who report this case, and what they consented to.

A reporter may report several relatives, so "Unlink" removes the link to this case only (the
service removes a reporter who then reports nobody). Add and edit go through `ReporterDialog`.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QTableView,
    QWidget,
)

from casetracker.domain.entities import Person, ReporterLink
from casetracker.gui.bus import run_op
from casetracker.gui.casefile.base import (
    CaseSection,
    hint_label,
    reselect,
    section_layout,
    selected_row,
    setup_table,
    toolbar_button,
)
from casetracker.gui.dialogs.reporter import ReporterDialog
from casetracker.gui.i18n import tr
from casetracker.gui.labels import label
from casetracker.gui.models.rows import RowsModel
from casetracker.gui.widgets.name_edit import apply_direction
from casetracker.services import reporters
from casetracker.services.session import Session

CONTEXT = "FamilySection"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class ReporterTableModel(RowsModel):
    """Reporters linked to one person; read-only (edits go through the dialog)."""

    CONTEXT = CONTEXT

    HEADERS = (
        QT_TRANSLATE_NOOP("FamilySection", "Name"),
        QT_TRANSLATE_NOOP("FamilySection", "Relationship"),
        QT_TRANSLATE_NOOP("FamilySection", "Phone"),
        QT_TRANSLATE_NOOP("FamilySection", "City"),
        QT_TRANSLATE_NOOP("FamilySection", "Consent"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ReporterLink] = []

    def link(self, row: int) -> ReporterLink:
        return self.row_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        link = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                link.name,
                label(link.relationship),
                link.phone,
                link.city,
                label(link.consent),
            )
            return values[index.column()]
        if role == ID_ROLE:
            return link.reporter_id
        return None


class FamilySection(CaseSection):
    key = "family"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.model = ReporterTableModel(self)
        self.table = QTableView()
        header = setup_table(self.table, self.model, tr(CONTEXT, "Reporters of this case"))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.add_button = toolbar_button(tr(CONTEXT, "Add reporter…"), primary=True)
        self.edit_button = toolbar_button(tr(CONTEXT, "Edit…"))
        self.unlink_button = toolbar_button(tr(CONTEXT, "Unlink"))
        self.add_button.clicked.connect(self.add_reporter)
        self.edit_button.clicked.connect(self.edit_selected)
        self.unlink_button.clicked.connect(self.unlink_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._layout()
        self._update_buttons()

    def _layout(self) -> None:
        layout = section_layout(self)
        layout.addWidget(
            hint_label(
                tr(
                    CONTEXT,
                    "Family members and others who report this case. Their consent decides "
                    "which reports may include their details.",
                )
            )
        )
        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(self.add_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.unlink_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def title(self) -> str:
        return tr(CONTEXT, "Family")

    def count(self, person: Person) -> int | None:
        return len(person.reporters)

    def load(self, person: Person) -> None:
        selected = self.selected_link()
        super().load(person)
        self.model.set_rows(person.reporters)
        if selected is not None:
            reselect(
                self.table, lambda row: self.model.link(row).reporter_id == selected.reporter_id
            )
        self._update_buttons()

    def clear(self) -> None:
        super().clear()
        self.model.set_rows(())
        self._update_buttons()

    def selected_link(self) -> ReporterLink | None:
        row = selected_row(self.table)
        return None if row is None else self.model.link(row)

    def _update_buttons(self) -> None:
        has = self.selected_link() is not None
        self.add_button.setEnabled(self.person_id is not None)
        self.edit_button.setEnabled(has)
        self.unlink_button.setEnabled(has)

    def add_reporter(self) -> ReporterDialog | None:
        """Open the new-reporter dialog (window-modal); returned for tests and callers."""
        if self.person_id is None:
            return None
        return self._open(ReporterDialog(self.session, self.person_id, None, self))

    def edit_selected(self) -> ReporterDialog | None:
        link = self.selected_link()
        if link is None or self.person_id is None:
            return None
        return self._open(ReporterDialog(self.session, self.person_id, link, self))

    def _open(self, dialog: ReporterDialog) -> ReporterDialog:
        apply_direction(dialog.name_edit, dialog.name_edit.text())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def unlink_selected(self) -> None:
        link = self.selected_link()
        if link is None or self.person_id is None:
            return
        answer = QMessageBox.question(
            self,
            tr(CONTEXT, "Unlink reporter"),
            tr(
                CONTEXT,
                "Unlink {name} from this case? A reporter who reports no other case is removed. "
                "You can undo this.",
            ).format(name=link.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            run_op(
                self, reporters.remove_from_person, self.session, self.person_id, link.reporter_id
            )
