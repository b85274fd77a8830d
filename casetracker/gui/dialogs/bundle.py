"""Export and import transfer bundles, and decide merge conflicts (mine or theirs)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.entities import Changes
from casetracker.domain.errors import CaseTrackerError
from casetracker.gui import worker
from casetracker.gui.bus import bus, run_op, show_error
from casetracker.gui.dialogs.backup import busy_dialog
from casetracker.gui.i18n import tr
from casetracker.interchange import bundle
from casetracker.services import maintenance, syncmerge
from casetracker.services.session import Session

CONTEXT = "BundleDialog"


def _passphrase(parent: QWidget | None) -> str | None:
    text, ok = QInputDialog.getText(
        parent, tr(CONTEXT, "Bundle passphrase"),
        tr(CONTEXT, "The passphrase agreed for this exchange:"), QLineEdit.EchoMode.Password,
    )  # fmt: skip
    return text if ok and text else None


def run_in_background(parent: QWidget | None, text: str, fn, *args, cancellable: bool = False):
    """Run `fn(*args)` on a worker behind a window-modal progress dialog (with Cancel when
    `cancellable`: `fn` then takes `progress` and stops when it returns False). Returns the
    result; re-raises what `fn` raised. A 375,000-record merge takes half a minute."""
    dialog = busy_dialog(parent, text)
    if cancellable:
        dialog.setCancelButtonText(tr(CONTEXT, "Cancel"))
    task = worker.Task(fn, *args, with_progress=cancellable)
    outcome: dict[str, object] = {}
    loop = QEventLoop()

    def progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, total))

    def cancel() -> None:
        task.cancelled = True
        dialog.setLabelText(tr(CONTEXT, "Cancelling…"))

    def ended(key: str, value: object) -> None:
        outcome[key] = value
        loop.quit()

    task.signals.progress.connect(progress)
    dialog.canceled.connect(cancel)
    worker.start(task, lambda result: ended("result", result), lambda exc: ended("error", exc))
    if not outcome:
        loop.exec()
    dialog.reset()
    dialog.close()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome.get("result")


def export_bundle(parent: QWidget | None, session: Session) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, tr(CONTEXT, "Export a transfer bundle"), "", tr(CONTEXT, "Bundles (*.ctbundle)")
    )
    secret = _passphrase(parent) if name else None
    if not secret:
        return None
    try:
        run_in_background(
            parent, tr(CONTEXT, "Writing the bundle…"), bundle.export_bundle, session,
            Path(name), secret,
        )  # fmt: skip
    except CaseTrackerError as exc:
        show_error(parent, exc)
        return None
    return Path(name)


def _merge(session: Session, path: Path, secret: str, progress=None) -> bundle.BundleReport:
    """Checked before anything: a wrong passphrase or a damaged file takes no backup."""
    bundle.open_bundle(path, secret)
    maintenance.auto_backup(session, "before-merge")
    return bundle.import_bundle(session, path, secret, progress)


def import_bundle(parent: QWidget | None, session: Session) -> bundle.BundleReport | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, tr(CONTEXT, "Import a transfer bundle"), "", tr(CONTEXT, "Bundles (*.ctbundle)")
    )
    secret = _passphrase(parent) if name else None
    if not secret:
        return None
    try:
        report = run_in_background(
            parent, tr(CONTEXT, "Merging the bundle…"), _merge, session, Path(name), secret,
            cancellable=True,
        )  # fmt: skip
    except CaseTrackerError as exc:
        show_error(parent, exc)
        return None
    except InterruptedError:
        bus.status_message.emit(tr(CONTEXT, "Merge cancelled; nothing was changed."))
        return None
    if not session.is_open:  # locked while it ran (panic, idle): say nothing on a locked screen
        return report
    bus.changed.emit(
        Changes(report.summary(), None, frozenset(report.person_ids), list_changed=True)
    )
    QMessageBox.information(parent, tr(CONTEXT, "Bundle merged"), report.summary())
    if report.conflicts:
        ConflictsDialog(session, parent).exec()
    return report


class ConflictsDialog(QDialog):
    """Fields changed on both laptops: the user keeps theirs or mine, one at a time."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(tr(CONTEXT, "Decide merge conflicts"))
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [tr(CONTEXT, "Case"), tr(CONTEXT, "Field"), tr(CONTEXT, "On this laptop"),
             tr(CONTEXT, "On the other laptop"), tr(CONTEXT, "From")]
        )  # fmt: skip
        mine = QPushButton(tr(CONTEXT, "Keep this laptop's"))
        theirs = QPushButton(tr(CONTEXT, "Take the other laptop's"))
        mine.clicked.connect(lambda: self.decide("mine"))
        theirs.clicked.connect(lambda: self.decide("theirs"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr(CONTEXT, "Nothing was overwritten. Decide each field:")))
        for widget in (self.table, mine, theirs, buttons):
            layout.addWidget(widget)
        self.items: list[syncmerge.ConflictInfo] = []
        self.reload()

    def reload(self) -> None:
        self.items = syncmerge.conflicts(self.session)
        self.table.setRowCount(len(self.items))
        for r, c in enumerate(self.items):
            for col, value in enumerate((c.label, c.field, c.local, c.remote, c.source)):
                self.table.setItem(r, col, QTableWidgetItem("" if value is None else str(value)))

    def decide(self, choice: str) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.items):
            run_op(self, syncmerge.resolve, self.session, self.items[row].id, choice)
            self.reload()
