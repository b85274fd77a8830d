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

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer
from PySide6.QtWidgets import QApplication

from casetracker.cli.common import PASSPHRASE_ENV
from casetracker.gui import qtfonts, recent, theme
from casetracker.gui.i18n import install_language
from casetracker.resources import resources_dir

APP_NAME = "CaseTracker"
EXIT_AFTER_SHOW_ENV = "CASETRACKER_EXIT_AFTER_SHOW"


def _catalogue_exists(code: str) -> bool:
    try:
        return (resources_dir() / "i18n" / f"casetracker_{code}.qm").is_file()
    except FileNotFoundError:
        return False


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
    code = install_language(app, language)
    spoken = code if code == "en" or _catalogue_exists(code) else "en"
    # Fuzzy dates are said in the same language as the labels around them.
    app.setProperty("uiLanguage", spoken)
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
    controller = AppController(app, start_page="rally" if getattr(args, "rally", False) else None)
    path = _vault_argument(args)
    if path is not None:
        controller.open_vault_path(path, os.environ.get(PASSPHRASE_ENV))
    else:
        controller.show_welcome()
    return app.exec()
