"""Export the case list to a file: CSV or XLSX (the selection, the current filter, or all),
the documented JSON (everything), or PFIF for Person Finder.

The dialog says plainly, before anything is written, that the file is not encrypted. The export
runs on a worker with progress and Cancel; the spreadsheet and PFIF writers put the file in
place only when it is complete.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStandardPaths
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from casetracker.gui.bus import bus
from casetracker.gui.dialogs.backup import fit_height
from casetracker.gui.i18n import tr
from casetracker.gui.icons import icon
from casetracker.gui.worker import Task, start
from casetracker.interchange import jsonio, pfif, spreadsheet
from casetracker.services.session import Session

_C = "ExportListDialog"
FORMATS = (
    ("csv", QT_TRANSLATE_NOOP("ExportListDialog", "CSV spreadsheet (.csv)")),
    ("xlsx", QT_TRANSLATE_NOOP("ExportListDialog", "Excel workbook (.xlsx)")),
    ("json", QT_TRANSLATE_NOOP("ExportListDialog", "Everything, as JSON (.json)")),
    ("pfif", QT_TRANSLATE_NOOP("ExportListDialog", "Person Finder, PFIF 1.4 (.xml)")),
)
_SUFFIX = {"csv": ".csv", "xlsx": ".xlsx", "json": ".json", "pfif": ".xml"}
SELECTED, SHOWN, ALL = range(3)


def export(session: Session, fmt: str, path: Path, ids: list[int] | None, progress=None) -> int:
    """Write the file; `ids` None means every case. Returns the number of cases written."""
    if fmt in ("csv", "xlsx"):
        return spreadsheet.export_sheet(session, path, fmt, ids, progress)
    if fmt == "pfif":
        return pfif.export_file(session, path, ids, progress)
    return jsonio.export_file(session, path, progress=progress)


def _documents() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location and Path(location).is_dir() else Path.home()


class ExportListDialog(QDialog):
    """Choose format, scope and file; `count` holds the number written after success."""

    def __init__(
        self,
        session: Session,
        selected: Sequence[int],
        shown: Sequence[int] | None,
        parent: QWidget | None = None,
        fmt: str = "csv",
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.ids = {SELECTED: list(selected), SHOWN: list(shown or []), ALL: None}
        self.count: int | None = None
        self._task: Task | None = None
        self.setWindowTitle(tr(_C, "Export the case list"))
        self.setMinimumWidth(620)
        self._build()
        self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(fmt)))
        self._format_changed()

    def _build(self) -> None:
        self.format_combo = QComboBox(self)
        self.format_combo.setAccessibleName(tr(_C, "Format"))
        for code, text in FORMATS:
            self.format_combo.addItem(tr(_C, text), code)
        self.scope = QButtonGroup(self)
        scope_box = QVBoxLayout()
        texts = {
            SELECTED: tr(_C, "The selected cases ({n})").format(n=len(self.ids[SELECTED])),
            SHOWN: tr(_C, "The cases the list shows now ({n})").format(n=len(self.ids[SHOWN])),
            ALL: tr(_C, "All cases"),
        }
        for key, text in texts.items():
            button = QRadioButton(text, self)
            self.scope.addButton(button, key)
            scope_box.addWidget(button)
        first = SELECTED if len(self.ids[SELECTED]) > 1 else SHOWN if self.ids[SHOWN] else ALL
        self.scope.button(first).setChecked(True)
        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName(tr(_C, "File to write"))
        browse = QPushButton(icon("folder-open"), tr(_C, "Choose…"), self)
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        form.addRow(tr(_C, "&Format:"), self.format_combo)
        form.addRow(tr(_C, "Cases:"), scope_box)
        path_label = QLabel(tr(_C, "&Save as:"), self)
        path_label.setBuddy(self.path_edit)
        form.addRow(path_label, path_row)
        self.warning = QLabel(
            tr(
                _C,
                "This file is not encrypted. Anyone who gets it can read every name and "
                "detail in it. Keep it on an encrypted drive, send it only to people who need "
                "it, and delete it when it is no longer needed.",
            ),
            self,
        )
        self.warning.setObjectName("inlineError")
        self.warning.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(
            tr(_C, "Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.path_edit.textChanged.connect(self._validate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(12)
        layout.addLayout(form)
        for widget in (self.warning, self.progress, self.result_label, self.buttons):
            layout.addWidget(widget)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        fit_height(self)

    def fmt(self) -> str:
        return str(self.format_combo.currentData())

    def _format_changed(self) -> None:
        everything = self.fmt() == "json"  # the JSON document is the whole vault
        if everything:
            self.scope.button(ALL).setChecked(True)
        for key in (SELECTED, SHOWN):
            self.scope.button(key).setEnabled(not everything and bool(self.ids[key]))
        text = self.path_edit.text().strip()
        folder = Path(text).parent if text else _documents()
        stem = Path(text).stem if text else f"cases-{dt.date.today().isoformat()}"
        self.path_edit.setText(str(folder / f"{stem}{_SUFFIX[self.fmt()]}"))
        self._validate()

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, tr(_C, "Export the case list"), self.path_edit.text()
        )
        if name:
            self.path_edit.setText(name)

    def _validate(self) -> None:
        path = Path(self.path_edit.text().strip() or ".")
        ok = bool(self.path_edit.text().strip()) and path.parent.is_dir() and not path.is_dir()
        self.export_button.setEnabled(ok and self._task is None)

    def chosen_ids(self) -> list[int] | None:
        return self.ids[self.scope.checkedId()]

    def accept(self) -> None:
        if self._task is not None or not self.export_button.isEnabled():
            return
        self.export_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        path = Path(self.path_edit.text().strip()).expanduser()
        task = Task(export, self.session, self.fmt(), path, self.chosen_ids(), with_progress=True)
        task.signals.progress.connect(self._progress)
        self._task = start(task, lambda n: self._done(n, path), self._failed)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _done(self, count: int, path: Path) -> None:
        self._task = None
        self.count = count
        bus.status_message.emit(
            tr(_C, "Saved {n} cases to {path} (not encrypted)").format(n=count, path=path)
        )
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self.progress.hide()
        if isinstance(exc, InterruptedError):
            super().reject()
            return
        self.result_label.setText(tr(_C, "The export failed: {error}").format(error=exc))
        self._validate()

    def reject(self) -> None:
        if self._task is not None:
            self._task.cancelled = True  # the writer stops and leaves no half file
            return
        super().reject()
