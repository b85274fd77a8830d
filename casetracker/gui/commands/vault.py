"""The Vault menu: passphrase and recovery code, backups, restore, integrity, history, settings,
quick erase; and what follows an unlock (a new passphrase after the recovery code, the
volunteer's name).

Restore and erase need the vault closed: the window locks first (`lock(ask=False)`), the work
runs on a worker, then the restored vault is opened with the secret just given, or, after an
erase, the app returns to the welcome window.
"""

from __future__ import annotations

import datetime as dt
import shutil
import weakref
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from casetracker.domain.errors import CaseTrackerError
from casetracker.gui import recent
from casetracker.gui.bus import error_text
from casetracker.gui.commands.files import run_busy, show_failure
from casetracker.gui.dialogs.unlock import UnlockDialog
from casetracker.gui.i18n import tr, trn
from casetracker.gui.security import prefs
from casetracker.services.session import open_vault

_C = "Commands"


# -- passphrase and recovery code --------------------------------------------------------------


if TYPE_CHECKING:
    from casetracker.gui.dialogs.audit_log import AuditLogDialog
    from casetracker.gui.dialogs.settings import VolunteerBanner


def change_passphrase(window) -> bool:
    from casetracker.gui.dialogs.passphrase import ChangePassphraseDialog

    if window.session is None:
        return False
    return ChangePassphraseDialog.ask(window, window.session)


def new_recovery_code(window) -> None:
    from casetracker.gui.dialogs.passphrase import RecoveryCodeDialog

    if window.session is not None:
        RecoveryCodeDialog(window.session, window).exec()


def after_unlock(window, recovered: bool) -> None:
    """Opened with the recovery code: set a new passphrase now. Else ask the volunteer's name
    once per laptop and vault."""
    session = window.session
    if session is None:
        return
    if recovered and _ask_once(session):
        # imported here: the passphrase meter (zxcvbn) would add 30 ms to every unlock
        from casetracker.gui.dialogs.passphrase import ChangePassphraseDialog

        dialog = ChangePassphraseDialog(
            session,
            window,
            require_current=False,
            intro=tr(
                _C,
                "You opened the vault with the recovery code. Choose a new passphrase now; the "
                "recovery code keeps working too.",
            ),
        )
        window.recovery_dialog = dialog
        dialog.open()
        return
    if session.volunteer or prefs.volunteer_asked(session.vault.vault_id):
        return
    from casetracker.gui.welcome import demo_vault_path

    if Path(session.vault.path) != demo_vault_path():  # invented people: nobody to record
        window.show_volunteer_banner()


#: Sessions (by id, checked through a weak reference) already asked for a new passphrase.
_asked_new_passphrase: dict[int, weakref.ref] = {}


def _ask_once(session) -> bool:
    known = _asked_new_passphrase.get(id(session))
    if known is not None and known() is session:
        return False
    _asked_new_passphrase[id(session)] = weakref.ref(session)
    return True


def opened_with_recovery_code(session) -> bool:
    """Whether the unlock dialog that produced `session` was in recovery-code mode (asked only
    once per session: a new main window for another language must not ask again)."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, UnlockDialog) and widget.session is session:
            return bool(getattr(widget, "_recovery", False))
    return False


def volunteer_banner(window) -> VolunteerBanner:
    """The "who is working here?" bar; answering or skipping counts as asked on this laptop."""
    from casetracker.gui.dialogs.settings import VolunteerBanner

    banner = VolunteerBanner(window.session, window)

    def answered() -> None:
        if window.session is not None:
            prefs.set_volunteer_asked(window.session.vault.vault_id)
        window._drop_banner()

    banner.finished.connect(answered)
    return banner


# -- backups, restore, integrity ---------------------------------------------------------------


def backup_folder(window) -> Path:
    folder = prefs.backup_folder()
    return folder if folder is not None and folder.is_dir() else window.session.vault.backups_dir


def back_up_now(window) -> None:
    from casetracker.services import maintenance

    session = window.session
    if session is None:
        return
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    suggested = backup_folder(window) / f"{session.vault.name}-{stamp}-manual.ctbackup"
    name, _ = QFileDialog.getSaveFileName(
        window, tr(_C, "Back up the vault"), str(suggested), tr(_C, "Backups (*.ctbackup)")
    )
    if not name or window.session is None:
        return

    def done(path: Path) -> None:
        QMessageBox.information(
            window,
            tr(_C, "Backup written"),
            tr(
                _C,
                "The backup is in {path}. It is encrypted and opens with the current passphrase "
                "or recovery code.",
            ).format(path=path),
        )

    run_busy(window, tr(_C, "Backing up…"), maintenance.backup_to, session, Path(name),
             on_done=done)  # fmt: skip


def _restore_and_open(backup: Path, vault_path: Path, secret: dict[str, str]):
    # A backup inside the vault folder moves away with it during the restore (and Windows
    # refuses to rename a folder holding an open file): restore from a copy beside the vault.
    from casetracker.services import maintenance

    source = backup
    if vault_path in backup.resolve().parents:
        source = vault_path.parent / f".restoring-{backup.name}"
        shutil.copyfile(backup, source)
    try:
        kept = maintenance.restore(source, vault_path, **secret)
    finally:
        if source != backup:
            source.unlink(missing_ok=True)
    return kept, open_vault(vault_path, **secret)


def restore(window) -> None:
    """Choose a backup and its secret, lock, restore, and open the restored vault."""
    from casetracker.gui.dialogs.backup import RestoreBackupDialog

    if window.session is None:
        return
    vault_path = window.vault_path
    dialog = RestoreBackupDialog(vault_path, backup_folder(window), window)
    if dialog.exec() != dialog.DialogCode.Accepted or window.session is None:
        return
    backup, secret = dialog.backup_file(), dialog.secret()
    dialog.secret_edit.clear()
    window.lock(ask=False)
    alarms = window.guard.alarms

    def done(result) -> None:
        kept, session = result
        if window.guard.alarms != alarms:  # panic, sleep or screen lock meanwhile: stay locked
            session.close()
            return
        window.unlock_with(session, resume=False, recovered="recovery_code" in secret)
        text = tr(_C, "The vault was restored from {backup}.").format(backup=backup.name)
        if kept:
            text += " " + tr(_C, "The vault that was there is kept as {kept}.").format(kept=kept)
        QMessageBox.information(window, tr(_C, "Restored"), text)

    def failed(exc: BaseException) -> None:
        show_failure(window, exc, tr(_C, "Nothing was restored"))
        window.ask_unlock()

    run_busy(window, tr(_C, "Restoring…"), _restore_and_open, backup, vault_path, secret,
             on_done=done, on_error=failed)  # fmt: skip


def check_integrity(window) -> None:
    from casetracker.services import maintenance

    session = window.session
    if session is None:
        return

    def done(problems: list[str]) -> None:
        from casetracker.services import maintenance

        if not problems:
            QMessageBox.information(
                window, tr(_C, "Integrity check"), tr(_C, "All integrity checks passed.")
            )
            return
        newest = maintenance.newest_backup_of(window.vault_path, (backup_folder(window),))
        text = trn(_C, "%n problem(s) found.", len(problems)) + " "
        text += tr(_C, "Restore the newest backup: {path}").format(
            path=newest or tr(_C, "(no backup found)")
        )
        box = QMessageBox(QMessageBox.Icon.Warning, tr(_C, "Integrity check"), text)
        box.setParent(window, box.windowFlags())
        box.setDetailedText("\n".join(problems))
        box.exec()

    run_busy(window, tr(_C, "Checking the vault…"), maintenance.check, session, on_done=done)


# -- history and settings ----------------------------------------------------------------------


def show_history(window) -> AuditLogDialog | None:
    from casetracker.gui.dialogs.audit_log import AuditLogDialog

    if window.session is None:
        return None
    dialog = AuditLogDialog(window.session, window)
    window.audit_dialog = dialog
    dialog.show()
    return dialog


def open_settings(window) -> None:
    from casetracker.gui.dialogs.settings import SettingsDialog

    if window.session is not None and SettingsDialog.ask(window, window.session):
        window.guard.apply_preferences()


# -- quick erase -------------------------------------------------------------------------------


def erase(window) -> None:
    """Confirm by typing the name, lock, destroy, and go back to the welcome window."""
    from casetracker.gui.dialogs.erase import EraseVaultDialog
    from casetracker.services import maintenance, security

    session = window.session
    if session is None:
        return
    folder = prefs.backup_folder()
    elsewhere = len(maintenance.backups_in(folder, session.vault.vault_id)) if folder else 0
    dialog = EraseVaultDialog(window.vault_path, elsewhere, window)
    if dialog.exec() != dialog.DialogCode.Accepted or window.session is None:
        return
    path = window.vault_path
    window.lock(ask=False, quiet=True)
    extra = (folder,) if folder is not None else ()

    def done(_removed) -> None:
        recent.forget_vault(path)
        back_to_welcome(window)

    def failed(exc: BaseException) -> None:
        text = error_text(exc) if isinstance(exc, CaseTrackerError) else str(exc)
        QMessageBox.warning(window, tr(_C, "The vault could not be erased completely"), text)
        back_to_welcome(window)

    run_busy(window, tr(_C, "Erasing…"), security.erase_vault, path, extra,
             on_done=done, on_error=failed)  # fmt: skip


_kept_windows: list = []  # the welcome window when no AppController runs (tests, tools)


def back_to_welcome(window) -> None:
    """Close the main window and show the welcome window in its place."""
    from casetracker.app import AppController
    from casetracker.gui.welcome import WelcomeWindow

    controller = QCoreApplication.instance().findChild(AppController)
    if controller is not None:
        controller.show_welcome()
        controller.main_window = None
    else:
        welcome = WelcomeWindow()
        _kept_windows[:] = [welcome]
        welcome.show()
    window.close()
