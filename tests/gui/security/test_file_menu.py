"""The File menu wiring: export list, PDF summaries (Ctrl+P), the case list's context menu,
JSON and PFIF imports (with a backup first), and the spreadsheet wizard's backup."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox

from casetracker.gui.commands import files as file_commands
from casetracker.gui.dialogs import export_pdf
from casetracker.gui.dialogs.export_list import ExportListDialog
from casetracker.gui.dialogs.import_wizard import ImportWizard
from casetracker.interchange import jsonio
from casetracker.services import caselist, maintenance
from tests.gui.security.conftest import answer_modal

SAMPLES = Path(__file__).resolve().parents[4] / "shared" / "pfif"


def _select_rows(window, rows: list[int]) -> list[int]:
    panel = window.case_list
    selection = panel.view.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(panel.model.index(row, 0), flags)
    return [panel.model.person_id(r) for r in rows]


def test_export_selected_cases_to_csv_says_it_is_not_encrypted(window, qtbot, tmp_path):
    ids = _select_rows(window, [1, 3, 4])
    target = tmp_path / "three.csv"

    def fill(dialog: ExportListDialog) -> None:
        assert "not encrypted" in dialog.warning.text()
        assert dialog.chosen_ids() == ids  # the selection is proposed first
        dialog.path_edit.setText(str(target))
        dialog.accept()

    answer_modal(ExportListDialog, fill)
    file_commands.export_list(window)
    with target.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 3


def test_ctrl_p_exports_one_or_a_batch(window, qtbot, monkeypatch):
    calls = []
    monkeypatch.setattr(export_pdf.ExportPdfDialog, "ask", lambda *a: calls.append(("one", a[2])))
    monkeypatch.setattr(
        export_pdf.BatchExportDialog, "ask", lambda *a: calls.append(("batch", a[2]))
    )
    ids = _select_rows(window, [0])
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    ids2 = _select_rows(window, [2, 5])
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    window.open_case(ids[0])
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert calls == [("one", ids[0]), ("batch", ids2), ("one", ids[0])]


def test_case_list_context_menu(window, qtbot, monkeypatch):
    ids = _select_rows(window, [2, 3])
    chosen = []
    monkeypatch.setattr(file_commands, "export_list", lambda w, fmt="csv": chosen.append(fmt))
    monkeypatch.setattr(export_pdf.BatchExportDialog, "ask", lambda *a: chosen.append(a[2]))

    def pick(index: int) -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        texts = [a.text() for a in menu.actions()]
        assert texts[0] == "Open" and not menu.actions()[0].isEnabled()  # two selected
        menu.setActiveAction(menu.actions()[index])
        QTest.keyClick(menu, Qt.Key.Key_Return)

    for index in (1, 2):
        QTimer.singleShot(50, lambda i=index: pick(i))
        view = window.case_list.view
        view.customContextMenuRequested.emit(QPoint(20, 20))
    assert chosen == [ids, "xlsx"]


def test_json_import_takes_a_backup_first(window, qtbot, monkeypatch, tmp_path):
    source = tmp_path / "all.json"
    jsonio.export_file(window.session, source)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    before = maintenance.last_backup_time(window.session)
    count = caselist.count(window.session)
    file_commands.import_json(window)
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert maintenance.last_backup_time(window.session) != before
    assert f"{count} were already in the vault" in said[0]


@pytest.mark.skipif(not SAMPLES.is_dir(), reason="../shared/pfif is absent")
def test_pfif_import_adds_people(window, qtbot, monkeypatch):
    sample = SAMPLES / "test.pfif-1.4.xml"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sample), ""))
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    monkeypatch.setattr(file_commands, "_ask_valid_only", lambda *a: True)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    count = caselist.count(window.session)
    file_commands.import_pfif(window)
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert caselist.count(window.session) > count, said


def test_spreadsheet_wizard_backs_up_before_its_run_page(window, qtbot, tmp_path):
    sheet = tmp_path / "list.csv"
    sheet.write_text("name,hometown\nAsqar Test,Ghulja\n", encoding="utf-8")
    before = maintenance.last_backup_time(window.session)

    def drive(wizard: ImportWizard) -> None:
        wizard.file_page.path_edit.setText(str(sheet))
        wizard.file_page.load()
        wizard.next()  # mapping
        wizard.next()  # run page: dry run
        QTimer.singleShot(0, wizard.reject)

    answer_modal(ImportWizard, drive)
    file_commands.import_spreadsheet(window)
    assert maintenance.last_backup_time(window.session) != before
