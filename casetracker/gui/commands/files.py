"""What the File menu and the case list's context menu do; each handler takes the main window.

Kept out of mainwindow.py so the window only owns pages and locking. Anything that can take
longer than a moment (PFIF and JSON imports here; backups, restore, erase and integrity checks in
`vault.py`) runs on a worker behind a window-modal busy dialog (`run_busy`); writes are announced
on the bus. The spreadsheet import wizard, the PDF and bundle dialogs are built elsewhere and
only opened here. Every import takes a backup first (the wizard's when it reaches its dry run).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox

from casetracker.domain.entities import Changes
from casetracker.domain.errors import CaseTrackerError
from casetracker.gui.bus import bus, error_text
from casetracker.gui.dialogs.backup import busy_dialog
from casetracker.gui.i18n import tr
from casetracker.gui.panels import CASE_FILE
from casetracker.gui.worker import Task, start
from casetracker.services import maintenance

_C = "Commands"


def run_busy(
    window, text: str, fn: Callable[..., Any], *args: Any,
    on_done: Callable[[Any], None], on_error: Callable[[BaseException], None] | None = None,
    **kwargs: Any,
) -> Task:  # fmt: skip
    """`fn(*args, **kwargs)` on a worker behind a busy dialog; a failure is shown (or handed
    to `on_error`)."""
    busy = busy_dialog(window, text)

    def done(result: Any) -> None:
        busy.close()
        on_done(result)

    def failed(exc: BaseException) -> None:
        busy.close()
        if on_error is not None:
            on_error(exc)
        else:
            show_failure(window, exc)

    return start(Task(fn, *args, **kwargs), done, failed)


def show_failure(window, exc: BaseException, title: str = "") -> None:
    text = error_text(exc) if isinstance(exc, CaseTrackerError) else str(exc)
    QMessageBox.warning(window, title or tr(_C, "It did not work"), text)


def _announce(summary: str, person_ids) -> None:
    bus.changed.emit(Changes(summary, None, frozenset(person_ids), list_changed=True))


# -- import and export -------------------------------------------------------------------------


def import_spreadsheet(window) -> None:
    """The import wizard; a backup is taken when it reaches the dry run."""
    from casetracker.gui.dialogs.import_wizard import ImportWizard

    session = window.session
    if session is None:
        return
    wizard = ImportWizard(session, window)
    backed_up = []

    def page_changed(_id: int) -> None:
        if wizard.currentPage() is wizard.run_page and not backed_up:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                backed_up.append(maintenance.auto_backup(session, "before-import"))
            finally:
                QApplication.restoreOverrideCursor()

    wizard.currentIdChanged.connect(page_changed)
    wizard.exec()


def _choose_import(window, title: str, pattern: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(window, title, "", pattern)
    return Path(name) if name and window.session is not None else None


def import_pfif(window, path: Path | None = None, valid_only: bool = False) -> None:
    from casetracker.interchange import pfif

    path = path or _choose_import(
        window, tr(_C, "Import Person Finder records"), tr(_C, "PFIF files (*.xml *.pfif)")
    )
    if path is None:
        return
    session = window.session

    def work(progress=None):
        from casetracker.interchange import pfif

        maintenance.auto_backup(session, "before-import")
        return pfif.import_file(session, path, valid_only=valid_only)

    def failed(exc: BaseException) -> None:
        from casetracker.interchange import pfif

        report = getattr(exc, "report", None)
        if isinstance(exc, pfif.PfifRejected) and report is not None and not valid_only:
            if _ask_valid_only(window, exc, report):
                import_pfif(window, path, valid_only=True)
            return
        show_failure(window, exc, tr(_C, "Nothing was imported"))

    def done(report: pfif.PfifReport) -> None:
        _announce(report.summary(), ())
        QMessageBox.information(window, tr(_C, "Import finished"), report.summary())

    run_busy(window, tr(_C, "Importing…"), work, on_done=done, on_error=failed)


def _ask_valid_only(window, exc: CaseTrackerError, report) -> bool:
    lines = [f"{p.row}: {p.column} — {p.reason}" for p in report.problems[:12]]
    box = QMessageBox(QMessageBox.Icon.Warning, tr(_C, "Nothing was imported"), error_text(exc))
    box.setParent(window, box.windowFlags())
    box.setDetailedText("\n".join(lines))
    box.setInformativeText(tr(_C, "Import the usable records and leave out the others?"))
    only = box.addButton(tr(_C, "Import the usable ones"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is only


def import_json(window) -> None:
    from casetracker.interchange import jsonio

    path = _choose_import(
        window, tr(_C, "Import a CaseTracker JSON file"), tr(_C, "JSON files (*.json)")
    )
    if path is None:
        return
    session = window.session

    def work():
        from casetracker.interchange import jsonio

        maintenance.auto_backup(session, "before-import")
        return jsonio.import_file(session, path)

    def done(result: jsonio.ImportResult) -> None:
        summary = tr(_C, "Imported {added} cases; {skipped} were already in the vault.").format(
            added=result.added, skipped=result.skipped
        )
        _announce(summary, result.person_ids)
        QMessageBox.information(window, tr(_C, "Import finished"), summary)

    run_busy(window, tr(_C, "Importing…"), work, on_done=done)


def selected_ids(window) -> list[int]:
    """The cases the volunteer points at: the open case file, or the list's selection."""
    if window.session is None:
        return []
    if window.current_page() == CASE_FILE:
        person_id = window.panels[CASE_FILE].person_id
        return [person_id] if person_id is not None else []
    panel = window.panels.get("cases")
    return panel.selected_person_ids() if panel is not None else []


def export_list(window, fmt: str = "csv") -> None:
    from casetracker.gui.dialogs.export_list import ExportListDialog

    if window.session is None:
        return
    panel = window.panels.get("cases")
    shown = panel.model.ids() if panel is not None else None
    ExportListDialog(window.session, selected_ids(window), shown, window, fmt).exec()


def export_pdf(window) -> None:
    """Ctrl+P: one case → its summary; several selected → the batch export."""
    from casetracker.gui.dialogs.export_pdf import BatchExportDialog, ExportPdfDialog

    ids = selected_ids(window)
    if not ids:
        bus.status_message.emit(tr(_C, "Choose a case in the list first."))
        return
    window.flush_visible()
    if len(ids) == 1:
        ExportPdfDialog.ask(window, window.session, ids[0])
    else:
        BatchExportDialog.ask(window, window.session, ids)


def export_bundle(window) -> None:
    from casetracker.gui.dialogs import bundle as bundle_dialogs

    if window.session is not None:
        bundle_dialogs.export_bundle(window, window.session)


def import_bundle(window) -> None:
    from casetracker.gui.dialogs import bundle as bundle_dialogs

    if window.session is not None:
        bundle_dialogs.import_bundle(window, window.session)


def show_conflicts(window) -> None:
    from casetracker.gui.dialogs import bundle as bundle_dialogs

    if window.session is not None:
        bundle_dialogs.ConflictsDialog(window.session, window).exec()


def case_list_menu(window, panel, pos: QPoint) -> None:
    """The case list's context menu: open, PDF summary, spreadsheet of the selection."""
    ids = panel.selected_person_ids()
    if not ids:
        return
    menu = QMenu(panel)
    open_action = menu.addAction(tr(_C, "Open"))
    open_action.setEnabled(len(ids) == 1)
    pdf = menu.addAction(tr(_C, "Export PDF summary…") if len(ids) == 1 else
                         tr(_C, "Export {n} PDF summaries…").format(n=len(ids)))  # fmt: skip
    sheet = menu.addAction(tr(_C, "Export selected to spreadsheet…"))
    chosen = menu.exec(panel.view.viewport().mapToGlobal(pos))
    if chosen is open_action:
        bus.case_open_requested.emit(ids[0])
    elif chosen is pdf:
        export_pdf(window)
    elif chosen is sheet:
        export_list(window, "xlsx")
