"""The Export PDF dialogs: options, consent limits, the vault warning, batch with progress."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QLabel

from casetracker.domain.enums import ReportLevel
from casetracker.gui.bus import bus
from casetracker.gui.dialogs.export_pdf import BatchExportDialog, ExportPdfDialog
from casetracker.reports import batch, sample
from casetracker.services import cases, dispatch


@pytest.fixture
def case_id(session) -> int:
    return sample.add_long_case(session)


@pytest.fixture(autouse=True)
def workers_done(session):
    """Let the worker close its connections before the vault is closed.

    ``gui.worker.Task`` emits ``finished`` before it closes the thread's connections; closing
    the vault in between leaves a connection in the pool thread that crashes the interpreter
    when the thread state is cleared (reported to the lead, worker.py is not ours)."""
    yield
    QThreadPool.globalInstance().waitForDone(30_000)


def _texts(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_single_export_writes_logs_and_announces(qtbot, session, case_id, tmp_path):
    dialog = ExportPdfDialog(session, case_id)
    qtbot.addWidget(dialog)
    assert "outside the encrypted vault" in _texts(dialog)
    assert dialog.form.level() is ReportLevel.EMBASSY  # the vault's default level
    assert Path(dialog.form.path_edit.text()).name.startswith("CT-0001_")
    dialog.form.lang_combo.setCurrentIndex(dialog.form.lang_combo.findData("ru"))
    assert dialog.form.path_edit.text().endswith("_embassy_ru.pdf")  # the name follows
    target = tmp_path / "summary.pdf"
    dialog.form.path_edit.setText(str(target))
    dialog.form.recipient_combo.setEditText("Embassy of Germany in Astana")
    with qtbot.waitSignal(bus.changed) as changed:
        dialog.export_button.click()
    assert target.exists() and dialog.result is not None
    assert changed.args[0].person_ids == {case_id}
    [entry] = dispatch.list_for_person(session, case_id)
    assert (entry.lang, entry.recipient) == ("ru", "Embassy of Germany in Astana")
    assert entry.sha256 == dialog.result.files[0].sha256


def test_levels_beyond_the_family_consent_are_disabled(qtbot, session, case_id):
    cases.update(session, case_id, consent="embassy_un")
    dialog = ExportPdfDialog(session, case_id)
    qtbot.addWidget(dialog)
    model = dialog.form.level_combo.model()
    enabled = {
        dialog.form.level_combo.itemData(row): model.item(row).isEnabled()
        for row in range(dialog.form.level_combo.count())
    }
    assert enabled == {
        ReportLevel.PUBLIC: False,
        ReportLevel.EMBASSY: True,
        ReportLevel.INTERNAL: True,
    }
    dialog.form.set_level(ReportLevel.PUBLIC)
    assert dialog.form.level() is ReportLevel.EMBASSY


def test_password_must_be_long_and_repeated(qtbot, session, case_id, tmp_path):
    dialog = ExportPdfDialog(session, case_id)
    qtbot.addWidget(dialog)
    dialog.form.path_edit.setText(str(tmp_path / "p.pdf"))
    assert dialog.export_button.isEnabled()
    dialog.form.protect_check.setChecked(True)
    assert not dialog.export_button.isEnabled()
    dialog.form.password_edit.setText("a long password")
    dialog.form.repeat_edit.setText("a long passwore")
    assert not dialog.export_button.isEnabled()
    assert "differ" in dialog.form.problem_label.text()
    dialog.form.repeat_edit.setText("a long password")
    assert dialog.export_button.isEnabled()
    assert dialog.form.options().password == "a long password"
    assert "a long password" not in repr(dialog.form.options())
    dialog.export_button.click()
    assert dialog.result is not None
    assert dialog.form.password_edit.text() == ""  # not kept in the widget
    assert not (tmp_path / "p.pdf").read_bytes().count(b"Qaliolla")


def test_batch_export_runs_on_the_worker_with_progress(qtbot, demo_session, tmp_path):
    ids = [cases.id_for_ref(demo_session, f"CT-{n:04d}") for n in range(1, 13)]
    dialog = BatchExportDialog(demo_session, ids)
    qtbot.addWidget(dialog)
    dialog.form.path_edit.setText(str(tmp_path / "out"))
    dialog.form.set_level(ReportLevel.PUBLIC)
    with qtbot.waitSignal(dialog.finished_export, timeout=60_000) as done:
        dialog.start_button.click()
        assert not dialog.form.isEnabled() and not dialog.progress.isHidden()
    result = done.args[0]
    assert isinstance(result, batch.ExportResult)
    written = sorted((tmp_path / "out").glob("*.pdf"))
    assert len(written) == len(result.files) == len(ids) - len(result.skipped)
    assert result.skipped  # demo families mostly consented to embassies only
    assert dialog.progress.value() == dialog.progress.maximum()
    assert "Skipped (consent)" in dialog.summary_label.text()
    assert "outside the vault" in dialog.summary_label.text()


def test_batch_combined_and_cancel(qtbot, demo_session, tmp_path):
    ids = [cases.id_for_ref(demo_session, f"CT-{n:04d}") for n in range(1, 41)]
    dialog = BatchExportDialog(demo_session, ids)
    qtbot.addWidget(dialog)
    dialog.form.path_edit.setText(str(tmp_path / "many"))
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.finished_export, timeout=60_000) as done:
        dialog.start_button.click()
        dialog.reject()  # Cancel while running: stops after the current case...
        assert dialog.isVisible()  # ...and keeps the dialog open to report what was done
    result = done.args[0]
    assert result.cancelled and len(result.files) < len(ids)
    assert "Cancelled" in dialog.summary_label.text()
    assert len(list((tmp_path / "many").glob("*.pdf"))) == len(result.files)

    combined = BatchExportDialog(demo_session, ids[:3])
    qtbot.addWidget(combined)
    combined.form.path_edit.setText(str(tmp_path / "c"))
    combined.combined_check.setChecked(True)
    assert combined.form.path_edit.text().endswith(".pdf")
    with qtbot.waitSignal(combined.finished_export, timeout=60_000) as done:
        combined.start_button.click()
    [item] = done.args[0].files
    assert item.refs == ("CT-0001", "CT-0002", "CT-0003") and item.path.exists()
