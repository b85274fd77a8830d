"""Export case summaries as PDF: one case from its case file, or a selection from the case list.

Both dialogs collect the same options (level, language, recipient, password, where to save)
in :class:`ExportOptionsForm` and call the same report code as the command line
(:mod:`casetracker.reports.batch`), which also writes the dispatch log. They say plainly that
the PDF leaves the encrypted vault. A single summary renders in a fraction of a second, so
:class:`ExportPdfDialog` exports on the GUI thread; :class:`BatchExportDialog` runs on a worker
(``gui.worker.Task``) with a progress bar and Cancel, and skips the cases whose family did not
consent to the chosen level (listed when it ends) instead of refusing the whole batch.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
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
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.enums import ReportLevel
from casetracker.domain.errors import CaseTrackerError
from casetracker.gui import worker
from casetracker.gui.bus import bus, error_text, show_error
from casetracker.gui.i18n import current_language, tr, trn
from casetracker.reports import batch, data, labels
from casetracker.reports.protect import MIN_LENGTH
from casetracker.services import advocacy, cases, settings
from casetracker.services.session import Session

CONTEXT = "ExportPdfDialog"

_LEVELS = {
    ReportLevel.PUBLIC: "Public: no family names or contacts, no ID numbers",
    ReportLevel.EMBASSY: "Embassies and UN: family names and ID numbers, no contacts",
    ReportLevel.INTERNAL: "Internal: everything, with family contact details",
}


def default_level(session: Session) -> ReportLevel:
    """The vault's default level setting, or embassy when it holds something else."""
    try:
        return ReportLevel(settings.get(session, "report.default_level"))
    except ValueError:
        return ReportLevel.EMBASSY


def _documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location or Path.home())


class ExportOptionsForm(QWidget):
    """Level, language, recipient, password and output path, validated as the user types."""

    changed = Signal()

    def __init__(self, session: Session, *, pick_folder: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.pick_folder = pick_folder
        self.level_combo = QComboBox()
        self.level_combo.setAccessibleName(tr(CONTEXT, "Level"))
        for level, text in _LEVELS.items():
            self.level_combo.addItem(tr(CONTEXT, text), level)
        self.lang_combo = QComboBox()
        self.lang_combo.setAccessibleName(tr(CONTEXT, "Language of the summary"))
        for code, name in labels.LANGUAGES.items():
            self.lang_combo.addItem(name, code)
        # the summary speaks the interface language unless the volunteer picks another
        self.lang_combo.setCurrentIndex(max(0, self.lang_combo.findData(current_language())))
        self.recipient_combo = QComboBox()
        self.recipient_combo.setEditable(True)
        self.recipient_combo.setAccessibleName(tr(CONTEXT, "Recipient"))
        self.recipient_combo.addItem("")
        for org in advocacy.organizations(session):
            self.recipient_combo.addItem(org.name)
        self.recipient_combo.lineEdit().setPlaceholderText(
            tr(CONTEXT, "Printed on the summary and kept in the dispatch log")
        )
        self.protect_check = QCheckBox(tr(CONTEXT, "Protect with a password (for e-mail)"))
        self.password_edit = self._secret(tr(CONTEXT, "Password"))
        self.repeat_edit = self._secret(tr(CONTEXT, "Repeat the password"))
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(tr(CONTEXT, "Save to"))
        self.browse_button = QPushButton(tr(CONTEXT, "Choose…"))
        self.problem_label = QLabel()
        self.problem_label.setStyleSheet("color: #C62828;")
        self.problem_label.setWordWrap(True)
        self._layout()
        self.set_level(default_level(session))
        for signal in (
            self.level_combo.currentIndexChanged,
            self.lang_combo.currentIndexChanged,
            self.protect_check.toggled,
            self.password_edit.textChanged,
            self.repeat_edit.textChanged,
            self.path_edit.textChanged,
        ):
            signal.connect(self._on_change)
        self.browse_button.clicked.connect(self._browse)
        self._on_change()

    def _secret(self, accessible: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(accessible)
        return edit

    def _layout(self) -> None:
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)
        form.addRow(tr(CONTEXT, "Level"), self.level_combo)
        form.addRow(tr(CONTEXT, "Language"), self.lang_combo)
        form.addRow(tr(CONTEXT, "Recipient"), self.recipient_combo)
        passwords = QHBoxLayout()
        passwords.addWidget(self.password_edit)
        passwords.addWidget(self.repeat_edit)
        form.addRow("", self.protect_check)
        form.addRow("", passwords)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(self.browse_button)
        form.addRow(tr(CONTEXT, "Save to"), where)
        warning = QLabel(
            tr(
                CONTEXT,
                "The PDF is saved outside the encrypted vault: anyone who gets the file can "
                "read it. Protect it with a password before sending it by e-mail, and delete "
                "it when it is no longer needed. Each export is logged on the case.",
            )
        )
        warning.setWordWrap(True)
        warning.setStyleSheet("background: #FFF4E0; border: 1px solid #E0B060; padding: 8px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(self.problem_label)

    # -- values ------------------------------------------------------------------------------

    def set_level(self, level: ReportLevel) -> None:
        index = self.level_combo.findData(level)
        if index >= 0 and self.level_combo.model().item(index).isEnabled():
            self.level_combo.setCurrentIndex(index)

    def limit_levels(self, widest: ReportLevel) -> None:
        """Disable the levels wider than a person's consent allows (single-case export)."""
        model = self.level_combo.model()
        assert isinstance(model, QStandardItemModel)
        allowed = data.LEVEL_ORDER[: data.LEVEL_ORDER.index(widest) + 1]
        for row in range(self.level_combo.count()):
            item = model.item(row)
            ok = self.level_combo.itemData(row) in allowed
            item.setEnabled(ok)
            item.setToolTip("" if ok else tr(CONTEXT, "The family's consent does not allow this"))
        if self.level() not in allowed:
            self.set_level(widest)

    def level(self) -> ReportLevel:
        return ReportLevel(self.level_combo.currentData())

    def options(self) -> batch.ExportOptions:
        password = self.password_edit.text() if self.protect_check.isChecked() else None
        return batch.ExportOptions(
            level=self.level(),
            lang=str(self.lang_combo.currentData()),
            recipient=self.recipient_combo.currentText().strip(),
            password=password,
        )

    def path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def problem(self) -> str:
        """Why the export cannot start yet, or "" when it can."""
        if self.protect_check.isChecked():
            if len(self.password_edit.text()) < MIN_LENGTH:
                return tr(CONTEXT, "Use a password of at least {n} characters.").format(
                    n=MIN_LENGTH
                )
            if self.password_edit.text() != self.repeat_edit.text():
                return tr(CONTEXT, "The two passwords differ.")
        if not self.path_edit.text().strip():
            return tr(CONTEXT, "Choose where to save.")
        return ""

    def _on_change(self) -> None:
        protect = self.protect_check.isChecked()
        self.password_edit.setEnabled(protect)
        self.repeat_edit.setEnabled(protect)
        problem = self.problem()
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))
        self.changed.emit()

    def _browse(self) -> None:
        current = self.path_edit.text() or str(_documents_folder())
        if self.pick_folder:
            chosen = QFileDialog.getExistingDirectory(self, tr(CONTEXT, "Save into"), current)
        else:
            chosen, _filter = QFileDialog.getSaveFileName(
                self, tr(CONTEXT, "Save PDF"), current, tr(CONTEXT, "PDF files (*.pdf)")
            )
        if chosen:
            self.path_edit.setText(chosen)

    def clear_passwords(self) -> None:
        self.password_edit.clear()
        self.repeat_edit.clear()


class ExportPdfDialog(QDialog):
    """Export one case's summary; ``result`` holds the ExportResult after a successful export."""

    def __init__(self, session: Session, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.person_id = session, person_id
        self.result: batch.ExportResult | None = None
        self._suggested = ""  # the path we proposed, replaced while the user has not edited it
        person = cases.get(session, person_id)
        self.ref = person.ref
        self.setWindowTitle(tr(CONTEXT, "Export PDF summary of {ref}").format(ref=person.ref))
        self.setMinimumWidth(620)
        self.form = ExportOptionsForm(session, pick_folder=False)
        self.form.limit_levels(data.widest_level(person.consent))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            tr(CONTEXT, "Export PDF"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self._suggest_path()
        self.form.level_combo.currentIndexChanged.connect(self._suggest_path)
        self.form.lang_combo.currentIndexChanged.connect(self._suggest_path)
        self.form.changed.connect(self._validate)
        self._validate()

    def _suggest_path(self) -> None:
        """Follow level and language in the file name until the user picks a path themselves."""
        current = self.form.path_edit.text()
        folder = Path(current).parent if current else _documents_folder()
        if current and current != self._suggested:
            return
        name = batch.default_filename(self.ref, self.form.options(), dt.date.today())
        self._suggested = str(folder / name)
        self.form.path_edit.setText(self._suggested)

    def _validate(self) -> None:
        self.export_button.setEnabled(not self.form.problem())

    def accept(self) -> None:
        if self.form.problem():
            return
        try:
            result = batch.export_one(
                self.session, self.person_id, self.form.path(), self.form.options()
            )
        except CaseTrackerError as exc:
            show_error(self, exc, tr(CONTEXT, "Could not export"))
            return
        except OSError as exc:
            self.form.problem_label.setText(str(exc))
            self.form.problem_label.setVisible(True)
            return
        self.form.clear_passwords()
        self.result = result
        bus.changed.emit(result.changes)
        bus.status_message.emit(
            tr(CONTEXT, "Saved {path} (outside the vault)").format(path=self.form.path())
        )
        super().accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, session: Session, person_id: int
    ) -> batch.ExportResult | None:
        """Show the dialog; the export's result, or None when cancelled."""
        dialog = cls(session, person_id, parent)
        dialog.exec()
        return dialog.result


class BatchExportDialog(QDialog):
    """Export the summaries of many cases on a worker thread, with progress and Cancel."""

    finished_export = Signal(object)  # ExportResult, or the exception that stopped it

    def __init__(
        self, session: Session, person_ids: Sequence[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.person_ids = list(person_ids)
        self.task: worker.Task | None = None
        self.result: batch.ExportResult | None = None
        self.setWindowTitle(trn(CONTEXT, "Export %n case summaries", len(person_ids)))
        self.setMinimumWidth(620)
        self.form = ExportOptionsForm(session, pick_folder=True)
        self.form.path_edit.setText(str(_documents_folder() / "case-summaries"))
        self.combined_check = QCheckBox(tr(CONTEXT, "One PDF with a cover page listing the cases"))
        self.skip_note = QLabel(
            tr(CONTEXT, "Cases whose family did not consent to this level are skipped and listed.")
        )
        self.skip_note.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, max(1, len(self.person_ids)))
        self.progress.setVisible(False)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start_button = self.buttons.addButton(
            tr(CONTEXT, "Export"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.start_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.combined_check)
        layout.addWidget(self.skip_note)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.buttons)
        self.combined_check.toggled.connect(self._combined_toggled)
        self.form.changed.connect(self._validate)
        self._validate()

    def _combined_toggled(self, combined: bool) -> None:
        self.form.pick_folder = not combined
        path = self.form.path()
        if combined and path.suffix.lower() != ".pdf":
            name = batch.combined_filename(self.form.options(), dt.date.today())
            self.form.path_edit.setText(str(path / name))
        elif not combined and path.suffix.lower() == ".pdf":
            self.form.path_edit.setText(str(path.parent))

    def _validate(self) -> None:
        if self.task is None and self.form.isEnabled():
            self.start_button.setEnabled(not self.form.problem())

    def start(self) -> None:
        """Run the export on the worker; the form is frozen until it ends."""
        if self.task is not None or self.form.problem():
            return
        options, path = self.form.options(), self.form.path()
        fn = batch.export_combined if self.combined_check.isChecked() else batch.export_each
        self.task = worker.Task(
            fn, self.session, self.person_ids, path, options, with_progress=True, skip_refused=True
        )
        self.task.signals.progress.connect(self._progress)
        self.form.setEnabled(False)
        self.combined_check.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setValue(0)
        self.start_button.setEnabled(False)
        worker.start(self.task, self._done, self._failed)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    @property
    def running(self) -> bool:
        return self.task is not None

    def reject(self) -> None:
        """Cancel (or Escape, or closing the window) stops a running export after the current
        case; the files written so far stay and are logged. Otherwise it closes the dialog."""
        if self.task is None:
            super().reject()
            return
        self.task.cancelled = True
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setEnabled(False)
        self.summary_label.setText(tr(CONTEXT, "Stopping after the current case…"))

    def _finish(self) -> None:
        self.task = None
        self.form.clear_passwords()
        self.buttons.clear()
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)

    def _done(self, result: batch.ExportResult) -> None:
        self._finish()
        self.result = result
        bus.changed.emit(result.changes)
        lines = [
            trn(
                CONTEXT, "%n PDF file(s) saved outside the vault in {where}.", len(result.files)
            ).format(where=self.form.path())
        ]
        if result.cancelled:
            lines.append(tr(CONTEXT, "Cancelled before the end."))
        if result.skipped:
            lines.append(tr(CONTEXT, "Skipped (consent):") + "\n" + "\n".join(result.skipped))
        lines += result.warnings
        self.summary_label.setText("\n".join(lines))
        self.finished_export.emit(result)

    def _failed(self, exc: BaseException) -> None:
        """Shown in the dialog, not in a message box: the dialog is already the report."""
        self._finish()
        self.summary_label.setStyleSheet("color: #C62828;")
        self.summary_label.setText(
            tr(CONTEXT, "The export stopped: {error}").format(
                error=error_text(exc) if isinstance(exc, CaseTrackerError) else str(exc)
            )
        )
        self.finished_export.emit(exc)

    @classmethod
    def ask(
        cls, parent: QWidget | None, session: Session, person_ids: Sequence[int]
    ) -> batch.ExportResult | None:
        dialog = cls(session, person_ids, parent)
        dialog.exec()
        return dialog.result
