"""Composition root of the desktop app: the QApplication, its look, and which window comes first.

`casetracker` without a subcommand calls `run_gui(args)`. With `--vault PATH` the unlock dialog
of that vault comes first (and `CASETRACKER_PASSPHRASE`, if set, unlocks it without asking: for
the demo and for automation); without it, the welcome window. Once a vault is open the main
window takes over; closing it quits.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer
from PySide6.QtWidgets import QApplication

from casetracker.gui import qtfonts, recent, theme
from casetracker.gui.i18n import install_language
from casetracker.gui.language import (
    add_language_menu,
    restore_state,
    switcher,
    take_session,
    window_state,
)
from casetracker.services.session import PASSPHRASE_ENV

APP_NAME = "CaseTracker"
EXIT_AFTER_SHOW_ENV = "CASETRACKER_EXIT_AFTER_SHOW"


def setup_application(app: QApplication, language: str | None = None) -> str:
    """Names, style, fonts and translations; returns the language the UI speaks."""
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("org.casetracker.CaseTracker")  # matches packaging/linux
    if QLocale().language() == QLocale.Language.C:  # bare POSIX locale: group digits anyway
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    theme.apply(app)
    qtfonts.apply_default_font(app)
    # The volunteer's choice (QSettings), else the system's; sets QLocale and `uiLanguage` too.
    spoken = install_language(app, language)
    from casetracker.gui.icons import app_icon  # needs the palette set above

    app.setWindowIcon(app_icon())
    return spoken


class AppController(QObject):
    """Keeps the top-level windows alive and moves from welcome/unlock to the main window."""

    def __init__(self, parent: QObject | None = None, start_page: str | None = None) -> None:
        super().__init__(parent)
        self.welcome = None
        self.main_window = None
        self.unlock_dialog = None
        self.start_page = start_page
        # A new interface language: rebuild the windows once no dialog is open (language.py).
        self._rebuild_timer = QTimer(self)
        self._rebuild_timer.setInterval(200)
        self._rebuild_timer.timeout.connect(self._rebuild_when_idle)
        switcher.language_changed.connect(self._language_changed)

    def show_welcome(self) -> None:
        from casetracker.gui.welcome import WelcomeWindow

        self.welcome = WelcomeWindow()
        self.welcome.vault_opened.connect(self.show_main)
        self.welcome.show()

    def open_vault_path(self, path: Path, passphrase: str | None = None) -> None:
        """The unlock dialog for `path`; with `passphrase` it unlocks straight away."""
        from casetracker.gui.dialogs.unlock import UnlockDialog

        self.unlock_dialog = UnlockDialog(path, None, passphrase=passphrase)
        self.unlock_dialog.unlocked.connect(lambda session: self.show_main(session, path))
        self.unlock_dialog.rejected.connect(self._unlock_cancelled)
        self.unlock_dialog.show()

    def _unlock_cancelled(self) -> None:
        if self.main_window is None and self.welcome is None:
            QCoreApplication.quit()

    def show_main(self, session, path: Path) -> None:
        from casetracker.gui.mainwindow import MainWindow

        recent.remember_vault(path)
        self.main_window = MainWindow(session)
        add_language_menu(self.main_window)
        if self.start_page:
            self.main_window.show_page(self.start_page)
        self.main_window.show()
        if os.environ.get(EXIT_AFTER_SHOW_ENV) == "1":
            # packaging smoke test: the unlocked main window was shown, the bundle works
            QTimer.singleShot(0, QCoreApplication.quit)
        if self.welcome is not None:
            self.welcome.close()
            self.welcome.deleteLater()
            self.welcome = None

    def _language_changed(self, _code: str) -> None:
        self._rebuild_timer.start()

    def _rebuild_when_idle(self) -> None:
        """Build the visible windows again in the new language once no dialog (unlock, editing)
        is open: the main window hands its flushed Session to the new one, nothing is re-read."""
        main = self.main_window if _shown(self.main_window) else None
        if QApplication.activeModalWidget() is not None or (main is not None and main.is_locked()):
            return  # try again on the next tick
        self._rebuild_timer.stop()
        if _shown(self.welcome):
            old_welcome = self.welcome
            self.show_welcome()
            self.welcome.setGeometry(old_welcome.geometry())
            old_welcome.close()
            old_welcome.deleteLater()
        if main is not None:
            state = window_state(main)
            self.show_main(take_session(main), main.vault_path)
            restore_state(self.main_window, state)
            main.close()
            main.deleteLater()


def _shown(window) -> bool:
    return window is not None and shiboken6.isValid(window) and window.isVisible()


def _vault_argument(args) -> Path | None:
    value = getattr(args, "vault", None)
    if not value:
        return None
    path = Path(value).expanduser()
    return path if path.suffix == ".ctvault" else path.with_name(path.name + ".ctvault")


def run_gui(args) -> int:
    """Start the desktop app; returns the process exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    setup_application(app)
    from casetracker.gui.security import install_process_guards

    install_process_guards(app)  # quiet crash output; no plain attachment copy left behind
    controller = AppController(app, start_page="rally" if getattr(args, "rally", False) else None)
    path = _vault_argument(args)
    if path is not None:
        controller.open_vault_path(path, os.environ.get(PASSPHRASE_ENV))
    else:
        controller.show_welcome()
    return app.exec()
