"""The import wizard end to end: guessed mapping, dry run problems, import, remembered mapping."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings

from casetracker.gui.dialogs.import_wizard import ImportWizard, remembered_mapping
from casetracker.services import cases, history


def test_wizard_dry_run_then_import(qtbot, session, tmp_path):
    QCoreApplication.setOrganizationName("CaseTrackerTests")
    QSettings().clear()
    path = tmp_path / "list.csv"
    path.write_text(
        "ФИО;Статус;Дата\nҚалиолла;в лагере;2018\nБақыт;flying;2019\n", encoding="utf-8"
    )
    wizard = ImportWizard(session)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    wizard.file_page.load()
    assert wizard.file_page.isComplete()
    wizard.next()
    assert wizard.mapping_page.mapping() == {0: "name", 1: "status", 2: "status_date"}
    wizard.next()
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=10000)
    problems = wizard.run_page.problems
    assert problems.rowCount() == 1 and problems.item(0, 1).text() == "status"
    assert cases.get.__name__  # nothing imported by the dry run
    assert history.undo_label(session) is None
    wizard.run_page.valid_only.setChecked(True)
    wizard.report = None
    wizard.run_page.validatePage()
    qtbot.waitUntil(lambda: wizard.run_page.done, timeout=10000)
    assert wizard.report.added == 1
    assert history.undo_label(session) == "Import cases from list.csv"
    assert remembered_mapping(["ФИО", "Статус", "Дата"]) == {
        0: "name",
        1: "status",
        2: "status_date",
    }
