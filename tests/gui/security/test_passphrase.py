"""Passphrase and recovery code from the app: change, renew, and unlocking with the code."""

from __future__ import annotations

import pytest

from casetracker.domain.errors import WrongPassphrase
from casetracker.gui.commands import vault as vault_commands
from casetracker.gui.dialogs.passphrase import ChangePassphraseDialog, RecoveryCodeDialog
from casetracker.services.session import open_vault
from tests.conftest import PASSPHRASE
from tests.gui.security.conftest import answer_modal

NEW = "nine amber camels cross the Ili at dawn"


def _fill_change(current: str, new: str = NEW):
    def act(dialog: ChangePassphraseDialog) -> None:
        dialog.current.setText(current)
        dialog.new.setText(new)
        dialog.repeat.setText(new)
        assert dialog.ok_button.isEnabled()
        dialog.ok_button.click()

    return act


def test_change_passphrase_from_the_dialog(window, qtbot):
    vault_path = window.vault_path
    seen = answer_modal(ChangePassphraseDialog, _fill_change(PASSPHRASE))
    assert vault_commands.change_passphrase(window) is True
    dialog = seen[0]
    assert dialog.backup is not None and dialog.backup.is_file()  # a backup came first
    assert dialog.current.text() == dialog.new.text() == ""  # secrets not kept in the widgets
    window.lock(ask=False)
    with pytest.raises(WrongPassphrase):
        open_vault(vault_path, passphrase=PASSPHRASE)
    open_vault(vault_path, passphrase=NEW).close()


def test_change_passphrase_refuses_weak_or_wrong_current(window, qtbot):
    dialog = ChangePassphraseDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.current.setText(PASSPHRASE)
    dialog.new.setText("password1")
    dialog.repeat.setText("password1")
    assert not dialog.ok_button.isEnabled() and "stronger" in dialog.problem.text()
    dialog.current.setText("not the passphrase")
    dialog.new.setText(NEW)
    dialog.repeat.setText(NEW)
    dialog.accept()
    qtbot.waitUntil(lambda: "wrong" in dialog.problem.text())
    assert dialog.isEnabled() and dialog.result() != dialog.DialogCode.Accepted


def test_new_recovery_code_replaces_the_old_one(window, qtbot, recovery_code):
    vault_path = window.vault_path
    dialog = RecoveryCodeDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.current.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.code_made):
        dialog.make_button.click()
    code = dialog.code_label.text()
    assert code and code != recovery_code
    dialog.reject()
    assert dialog.isVisible()  # not before "I have written it down"
    dialog.written.setChecked(True)
    dialog.done_button.click()
    assert not dialog.isVisible()
    window.lock(ask=False)
    with pytest.raises(WrongPassphrase):
        open_vault(vault_path, recovery_code=recovery_code)
    open_vault(vault_path, recovery_code=code).close()


def test_unlocking_with_the_recovery_code_leads_to_a_new_passphrase(window, qtbot, recovery_code):
    vault_path = window.vault_path
    window.lock()
    unlock = window.unlock_dialog
    unlock.set_recovery_mode(True)
    unlock.secret.setText(recovery_code)
    with qtbot.waitSignal(window.unlocked):
        unlock.unlock()
    qtbot.waitUntil(
        lambda: window.recovery_dialog is not None and window.recovery_dialog.isVisible()
    )
    dialog = window.recovery_dialog
    assert dialog.current.isHidden()  # the forgotten passphrase is not asked for
    dialog.new.setText(NEW)
    dialog.repeat.setText(NEW)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok_button.click()
    window.lock(ask=False)
    open_vault(vault_path, passphrase=NEW).close()


def test_first_unlock_with_the_recovery_code_from_the_start_asks_too(
    qtbot, vault_path, recovery_code
):
    from casetracker.app import AppController

    controller = AppController()
    controller.open_vault_path(vault_path)
    dialog = controller.unlock_dialog
    qtbot.addWidget(dialog)
    dialog.set_recovery_mode(True)
    dialog.secret.setText(recovery_code)
    dialog.unlock()
    qtbot.waitUntil(lambda: controller.main_window is not None)
    window = controller.main_window
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(window.recovery_dialog and window.recovery_dialog.isVisible()))
    window.recovery_dialog.reject()  # "later" is allowed; the recovery code still works
    window.close()


def test_a_damaged_vault_says_so_and_points_to_a_backup(qtbot, vault_path):
    from casetracker.gui.dialogs.unlock import UnlockDialog

    cases_db = vault_path / "cases.db"
    data = bytearray(cases_db.read_bytes())
    data[100:4096] = bytes(3996)  # the first page overwritten
    cases_db.write_bytes(bytes(data))
    dialog = UnlockDialog(vault_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.secret.setText(PASSPHRASE)
    dialog.unlock()
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    text = dialog.error.text()
    assert "Wrong passphrase" not in text and "backup" in text
