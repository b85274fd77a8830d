"""The import wizard: choose a file, preview, map columns, choose what a match does, dry run,
then import as one undoable operation on a worker thread with progress and Cancel.

Column mappings are remembered in QSettings per header layout (`columns.signature`): header
names only, never a cell value, because QSettings is not encrypted.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from casetracker.domain.entities import Changes
from casetracker.domain.errors import CaseTrackerError
from casetracker.gui import worker
from casetracker.gui.bus import bus, error_text
from casetracker.gui.i18n import tr
from casetracker.interchange import sheets, spreadsheet
from casetracker.interchange.columns import CANONICAL, guess_mapping, signature
from casetracker.services.session import Session

CONTEXT = "ImportWizard"
SETTINGS_GROUP = "import/mappings"


def remembered_mapping(headers: list[str]) -> dict[int, str] | None:
    value = QSettings().value(f"{SETTINGS_GROUP}/{signature(headers)}")
    try:
        mapping = {int(k): str(v) for k, v in json.loads(value).items()} if value else None
    except (TypeError, ValueError, AttributeError):
        return None
    return mapping


def remember_mapping(headers: list[str], mapping: dict[int, str]) -> None:
    QSettings().setValue(f"{SETTINGS_GROUP}/{signature(headers)}", json.dumps(mapping))


class _FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(tr(CONTEXT, "Choose a spreadsheet"))
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(tr(CONTEXT, "File"))
        browse = QPushButton(tr(CONTEXT, "Browse…"))
        browse.clicked.connect(self._browse)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.preview = QTableWidget()
        row = QHBoxLayout()
        row.addWidget(self.path_edit)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.preview)
        self.path_edit.editingFinished.connect(self.load)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, tr(CONTEXT, "Import cases"), "", tr(CONTEXT, "Spreadsheets (*.csv *.xlsx *.ods)")
        )
        if name:
            self.path_edit.setText(name)
            self.load()

    def load(self) -> None:
        self.w.sheet = None
        try:
            self.w.sheet = sheets.open_sheet(Path(self.path_edit.text()))
            rows = self.w.sheet.preview(20)
        except CaseTrackerError as exc:
            self.error.setText(error_text(exc))
            self.completeChanged.emit()
            return
        self.error.setText("")
        headers = self.w.sheet.headers
        self.preview.setColumnCount(len(headers))
        self.preview.setHorizontalHeaderLabels(headers)
        self.preview.setRowCount(len(rows))
        for r, (_number, cells) in enumerate(rows):
            for c, value in enumerate(cells[: len(headers)]):
                self.preview.setItem(r, c, QTableWidgetItem(value))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.w.sheet is not None


class _MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(tr(CONTEXT, "Which column holds what"))
        self.form = QFormLayout(self)
        self.combos: list[QComboBox] = []
        self.match_group = QButtonGroup(self)
        self.match_box = QVBoxLayout()
        for value, text in (
            ("skip", tr(CONTEXT, "Skip rows that are already a case")),
            ("update", tr(CONTEXT, "Update the existing case")),
            ("new", tr(CONTEXT, "Add them as new cases")),
        ):
            button = QRadioButton(text)
            button.setProperty("value", value)
            button.setChecked(value == "skip")
            self.match_group.addButton(button)
            self.match_box.addWidget(button)

    def initializePage(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos = []
        headers = self.w.sheet.headers
        mapping = remembered_mapping(headers) or guess_mapping(headers)
        for index, header in enumerate(headers):
            combo = QComboBox()
            combo.setAccessibleName(header)
            combo.addItem(tr(CONTEXT, "— do not import —"), None)
            for field in CANONICAL:
                combo.addItem(field, field)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(index))))
            self.combos.append(combo)
            self.form.addRow(header, combo)
        holder = QWidget()
        holder.setLayout(self.match_box)
        self.form.addRow(tr(CONTEXT, "A row that is already a case"), holder)

    def mapping(self) -> dict[int, str]:
        return {i: c.currentData() for i, c in enumerate(self.combos) if c.currentData()}

    def on_match(self) -> str:
        return self.match_group.checkedButton().property("value")


class _RunPage(QWizardPage):
    """Dry run listing every problem, then the import; both on the worker with Cancel."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(tr(CONTEXT, "Check and import"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problems = QTableWidget(0, 4)
        self.problems.setHorizontalHeaderLabels(
            [tr(CONTEXT, "Row"), tr(CONTEXT, "Column"), tr(CONTEXT, "Value"), tr(CONTEXT, "Reason")]
        )
        self.progress = QProgressBar()
        self.valid_only = QRadioButton(tr(CONTEXT, "Import only the valid rows"))
        self.cancel = QPushButton(tr(CONTEXT, "Cancel"))
        self.cancel.clicked.connect(self._cancel)
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.problems, self.valid_only, self.progress, self.cancel):
            layout.addWidget(widget)
        self.task: worker.Task | None = None
        self.done = False

    def initializePage(self) -> None:
        self.done = False
        self.w.mapping = self.w.mapping_page.mapping()
        remember_mapping(self.w.sheet.headers, self.w.mapping)
        self.run(dry_run=True)

    def run(self, dry_run: bool) -> None:
        self.progress.setValue(0)
        self.task = worker.Task(
            spreadsheet.import_sheet, self.w.session, self.w.sheet, self.w.mapping,
            on_match=self.w.mapping_page.on_match(), valid_only=self.valid_only.isChecked(),
            dry_run=dry_run, with_progress=True,
        )  # fmt: skip
        self.task.signals.progress.connect(self._progress)
        worker.start(self.task, lambda report: self._finished(report, dry_run), self._failed)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancelled = True

    def _finished(self, report: spreadsheet.ImportReport, dry_run: bool) -> None:
        self.w.report = report
        self.summary.setText(report.summary())
        self.problems.setRowCount(len(report.problems))
        for r, p in enumerate(report.problems):
            for c, value in enumerate((str(p.row), p.column, p.value, p.reason)):
                self.problems.setItem(r, c, QTableWidgetItem(value))
        if not dry_run:
            self.done = True
            bus.changed.emit(
                Changes(report.summary(), None, frozenset(report.person_ids), list_changed=True)
            )
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        report = getattr(exc, "report", None)
        if report is not None:
            self._finished(report, True)
        text = error_text(exc) if isinstance(exc, CaseTrackerError) else str(exc)
        self.summary.setText(text)

    def validatePage(self) -> bool:
        if self.done:
            return True
        self.run(dry_run=False)
        return False

    def isComplete(self) -> bool:
        return self.w.report is not None


class ImportWizard(QWizard):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.sheet: sheets.Sheet | None = None
        self.mapping: dict[int, str] = {}
        self.report: spreadsheet.ImportReport | None = None
        self.setWindowTitle(tr(CONTEXT, "Import cases from a spreadsheet"))
        self.file_page = _FilePage(self)
        self.mapping_page = _MappingPage(self)
        self.run_page = _RunPage(self)
        for page in (self.file_page, self.mapping_page, self.run_page):
            self.addPage(page)

    @classmethod
    def ask(cls, parent: QWidget | None, session: Session) -> spreadsheet.ImportReport | None:
        wizard = cls(session, parent)
        wizard.exec()
        return wizard.report if wizard.run_page.done else None
