"""Transfer bundles in the app: written and merged on a worker behind a progress dialog, the
merge's conflicts decided in the conflicts dialog."""

from __future__ import annotations

import shutil
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QProgressDialog,
    QPushButton,
)

from casetracker.gui.dialogs import bundle as dialogs
from casetracker.services import cases, syncmerge
from casetracker.services.session import open_vault
from casetracker.store import records
from tests.conftest import PASSPHRASE

SECRET = "exchange passphrase"


def _answer(monkeypatch, path, secret=SECRET):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (secret, True))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    return shown


def test_export_then_merge_with_a_conflict_decided_in_the_dialog(
    qtbot, session, vault_path, tmp_path, monkeypatch
):
    pid = cases.create(session, names=["Alma Seitqazy"], notes="first").created_ids[0]
    file = tmp_path / "a.ctbundle"
    _answer(monkeypatch, file)
    assert dialogs.export_bundle(None, session) == file and file.stat().st_size > 0

    # the other laptop: a copy of this vault after the exchange, where the notes change too
    other_path = tmp_path / "other.ctvault"
    session.close()
    shutil.copytree(vault_path, other_path)
    other = open_vault(other_path, passphrase=PASSPHRASE)
    cases.update(other, pid, notes="changed on the other laptop")
    other_file = tmp_path / "b.ctbundle"
    _answer(monkeypatch, other_file)
    dialogs.export_bundle(None, other)
    other.close()

    here = open_vault(vault_path, passphrase=PASSPHRASE)
    try:
        cases.update(here, pid, notes="changed here")
        shown = _answer(monkeypatch, other_file)
        decided: list[int] = []

        def decide_theirs(dialog):
            assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "notes"
            dialog.table.setCurrentCell(0, 0)
            dialog.decide("theirs")
            decided.append(dialog.table.rowCount())
            return 0

        monkeypatch.setattr(dialogs.ConflictsDialog, "exec", decide_theirs)
        report = dialogs.import_bundle(None, here)
        assert report is not None and report.conflicts == 1 and "1 conflicts" in shown[0]
        assert decided == [0] and syncmerge.conflicts(here) == []
        assert cases.get(here, pid).notes == "changed on the other laptop"
    finally:
        here.close()


def test_a_wrong_passphrase_is_said_and_changes_nothing(qtbot, session, tmp_path, monkeypatch):
    cases.create(session, names=["Bota"])
    file = tmp_path / "a.ctbundle"
    _answer(monkeypatch, file)
    dialogs.export_bundle(None, session)
    before = records.ChangeRecord.select().count()
    shown = _answer(monkeypatch, file, secret="not the passphrase")
    assert dialogs.import_bundle(None, session) is None
    assert shown and "passphrase" in shown[0].lower()
    assert records.ChangeRecord.select().count() == before


def test_cancel_in_the_progress_dialog_reaches_the_worker(qtbot):
    seen: list[int] = []

    def slow(progress):
        for i in range(2000):
            seen.append(i)
            if not progress(i, 2000):
                raise InterruptedError("cancelled")
            time.sleep(0.002)
        return "finished"

    def press_cancel() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                widget.findChild(QPushButton).click()  # what a volunteer does

    QTimer.singleShot(150, press_cancel)
    with pytest.raises(InterruptedError):
        dialogs.run_in_background(None, "Working", slow, cancellable=True)
    assert 0 < len(seen) < 2000


def test_a_merge_finishing_after_a_lock_shows_nothing(qtbot, session, tmp_path, monkeypatch):
    """Esc×3 or the idle timer may lock while a merge runs on its worker: when it reports,
    nothing about it (laptop name, counts, conflicts) appears on the locked screen."""
    shown = _answer(monkeypatch, tmp_path / "a.ctbundle")
    finished = dialogs.bundle.BundleReport(source="Aigerim (abc)", added=3, conflicts=1)

    def locked_meanwhile(*_args, **_kwargs):
        session.close()
        return finished

    opened: list[object] = []
    monkeypatch.setattr(dialogs, "run_in_background", locked_meanwhile)
    monkeypatch.setattr(dialogs.ConflictsDialog, "exec", lambda d: opened.append(d))
    assert dialogs.import_bundle(None, session) is finished
    assert shown == [] and opened == [] and not session.is_open
