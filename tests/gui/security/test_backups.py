"""Backups from the app: back up now, scheduled and on-close backups, restore through the dialog,
integrity check, and quick erase back to the welcome window."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from casetracker.gui.commands import vault as vault_commands
from casetracker.gui.dialogs.backup import RestoreBackupDialog
from casetracker.gui.dialogs.erase import EraseVaultDialog
from casetracker.gui.security import prefs
from casetracker.gui.welcome import WelcomeWindow
from casetracker.services import caselist, cases, maintenance
from casetracker.services.session import open_vault
from tests.conftest import PASSPHRASE
from tests.gui.security.conftest import answer_modal


def _messages(monkeypatch) -> list[str]:
    said: list[str] = []
    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name, lambda _p, _t, text, *a, **k: said.append(text))
    return said


def test_back_up_now_writes_a_verified_backup(window, qtbot, monkeypatch, tmp_path):
    target = tmp_path / "stick" / "manual.ctbackup"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    said = _messages(monkeypatch)
    vault_commands.back_up_now(window)
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert target.is_file() and "encrypted" in said[0]
    assert maintenance.vault_id_of_backup(target) == window.session.vault.vault_id


def test_scheduled_backup_goes_to_the_chosen_folder_when_due(window, qtbot, tmp_path):
    folder = tmp_path / "usb"
    scheduler = window.guard.backups
    prefs.set_backup_folder(folder)  # not plugged in: skipped, and never created
    scheduler.check()
    assert scheduler.task is None and not folder.exists()
    folder.mkdir()
    scheduler.check()
    qtbot.waitUntil(lambda: scheduler.task is None and scheduler.last_path is not None)
    assert scheduler.last_path.parent == folder
    assert not maintenance.backup_due(window.session, folder, dt.timedelta(hours=24))
    scheduler.check()  # not due again
    assert scheduler.task is None
    prefs.set_backup_interval_hours(0)
    assert prefs.backup_interval() is None


def test_closing_backs_up_when_due_and_something_changed(qtbot, small_session, tmp_path):
    from casetracker.gui.bus import run_op
    from casetracker.gui.mainwindow import MainWindow

    folder = tmp_path / "usb"
    folder.mkdir()
    prefs.set_backup_folder(folder)
    quiet = MainWindow(small_session)
    qtbot.addWidget(quiet)
    quiet.close()  # nothing changed: no backup
    assert list(folder.iterdir()) == []
    session = open_vault(small_session.vault.path, passphrase=PASSPHRASE)
    busy = MainWindow(session)
    qtbot.addWidget(busy)
    person_id = busy.case_list.model.person_id(0)
    run_op(busy, cases.update, session, person_id, hometown="Kuldja")
    busy.close()
    backups = list(folder.iterdir())
    assert len(backups) == 1 and "on-close" in backups[0].name


def test_restore_through_the_dialog(window, qtbot, monkeypatch, tmp_path):
    session = window.session
    backup = maintenance.backup_to(session, tmp_path / "before.ctbackup")
    person_id = window.case_list.model.person_id(0)
    cases.update(session, person_id, hometown="Changed after the backup")
    count = caselist.count(session)
    said = _messages(monkeypatch)

    def fill(dialog: RestoreBackupDialog) -> None:
        dialog.file_edit.setText(str(backup))
        dialog.secret_edit.setText(PASSPHRASE)
        dialog.restore_button.click()

    answer_modal(RestoreBackupDialog, fill)
    with qtbot.waitSignal(window.unlocked, timeout=15_000):
        vault_commands.restore(window)
    assert window.session is not None and window.current_page() == "cases"
    assert cases.get(window.session, person_id).hometown != "Changed after the backup"
    assert caselist.count(window.session) == count
    assert any("kept as" in text for text in said)
    kept = list(window.vault_path.parent.glob("*.before-restore-*"))
    assert len(kept) == 1  # the replaced vault is kept, not deleted


def test_restore_with_a_wrong_passphrase_changes_nothing(window, qtbot, monkeypatch, tmp_path):
    backup = maintenance.backup_to(window.session, tmp_path / "b.ctbackup")
    said = _messages(monkeypatch)

    def fill(dialog: RestoreBackupDialog) -> None:
        dialog.file_edit.setText(str(backup))
        dialog.secret_edit.setText("not it")
        dialog.accept()

    answer_modal(RestoreBackupDialog, fill)
    vault_commands.restore(window)
    qtbot.waitUntil(lambda: bool(said))
    assert window.is_locked() and window.unlock_dialog.isVisible()  # asks to unlock again
    assert not list(window.vault_path.parent.glob("*.before-restore-*"))


def test_check_integrity_reports(window, qtbot, monkeypatch):
    said = _messages(monkeypatch)
    vault_commands.check_integrity(window)
    qtbot.waitUntil(lambda: bool(said))
    assert said == ["All integrity checks passed."]


def test_erase_removes_vault_and_its_backups_and_returns_to_welcome(window, qtbot, tmp_path):
    session = window.session
    vault_path = window.vault_path
    usb = tmp_path / "usb"
    mine = maintenance.auto_backup(session, "scheduled", usb)
    other = usb / f"{session.vault.name}-20200101-000000-other.ctbackup"
    other.write_bytes(b"not a backup of this vault")
    prefs.set_backup_folder(usb)

    def confirm(dialog: EraseVaultDialog) -> None:
        assert not dialog.erase_button.isEnabled()
        dialog.confirm.setText("case")  # not the name
        assert not dialog.erase_button.isEnabled()
        dialog.confirm.setText("Case")
        dialog.erase_button.click()

    answer_modal(EraseVaultDialog, confirm)
    vault_commands.erase(window)
    qtbot.waitUntil(lambda: not vault_path.exists(), timeout=10_000)
    qtbot.waitUntil(lambda: any(isinstance(w, WelcomeWindow) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))  # fmt: skip
    assert not mine.exists() and other.exists()  # only this vault's backups
    assert not window.isVisible()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, WelcomeWindow):
            widget.close()
