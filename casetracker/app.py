"""Composition root of the desktop app: the QApplication, its look, and which window comes first.

`casetracker` without a subcommand calls `run_gui(args)`. With `--vault PATH` the unlock dialog
of that vault comes first; with `CASETRACKER_PASSPHRASE` set as well (the demo, automation) the
vault is already being opened (store/early_kdf.py, services/opening.py) and the main window
shows at once, saying so, until it holds the vault (the unlock dialog follows only if that
fails). Without `--vault`, the welcome window. Closing the main window quits.

Start-up time is measured by benchmarks/bench_gui.py up to the first paint of the case list
(`CASETRACKER_EXIT_AFTER_SHOW`). What keeps it short: key derivation starts before anything
else loads and overlaps loading Qt; the main window is built (and, with the passphrase given,
shown) while the key is derived, so the key only has to fill it; the case list's first query
runs while its widgets are built; its background work (search index, filter choices) starts
once its first page is painted; the search modules load only then.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

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
from casetracker.services.opening import BackgroundOpen, vault_argument
from casetracker.services.session import PASSPHRASE_ENV

if TYPE_CHECKING:
    from casetracker.gui.mainwindow import MainWindow

APP_NAME = "CaseTracker"
EXIT_AFTER_SHOW_ENV = "CASETRACKER_EXIT_AFTER_SHOW"
#: Printed on stdout when CASETRACKER_EXIT_AFTER_SHOW ends the app: the benchmark's end point.
SHOWN_MARKER = "casetracker: main window shown"


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
        #: the main window built while the unlock dialog waits (`prebuild_main_window`)
        self.prebuilt = None
        self._opening_task = None  # referenced until it reports (gui/worker.py)
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

    def open_vault_path(
        self, path: Path, passphrase: str | None = None, opening: BackgroundOpen | None = None
    ) -> None:
        """The unlock dialog for `path`; with `passphrase` it unlocks straight away. When the
        vault is already being opened with it (`opening`, the passphrase given at start), the
        main window shows at once, saying the vault is opening, while the key is derived; the
        unlock dialog comes only if that opening fails (it says why)."""
        if opening is not None and passphrase:
            self._show_opening(path, passphrase, opening)
            return
        self._ask_unlock(path, passphrase, opening)
        # While the passphrase is typed (and the key derived), build the main window.
        QTimer.singleShot(0, self, lambda: self.prebuild_main_window(path))

    def _ask_unlock(
        self, path: Path, passphrase: str | None = None, opening: BackgroundOpen | None = None
    ) -> None:
        from casetracker.gui.dialogs.unlock import UnlockDialog

        self.unlock_dialog = UnlockDialog(path, None, passphrase=passphrase, opening=opening)
        self.unlock_dialog.unlocked.connect(lambda session: self.show_main(session, path))
        self.unlock_dialog.rejected.connect(self._unlock_cancelled)
        self.unlock_dialog.show()

    def _show_opening(self, path: Path, passphrase: str, opening: BackgroundOpen) -> None:
        from casetracker.gui.worker import Task, start

        window = self.prebuild_main_window(path)
        window.set_opening(True)
        window.show()

        def failed(_exc: BaseException) -> None:
            window.hide()  # kept for the unlock that follows; the dialog says what went wrong
            window.set_opening(False)
            self._ask_unlock(path, passphrase, opening)

        # a pooled thread waits for the opening and reports it like any other task
        self._opening_task = start(
            Task(opening.result), lambda session: self.show_main(session, path), failed
        )

    def prebuild_main_window(self, path: Path) -> MainWindow:
        """Load the main window's modules and build it, locked and hidden, for `path` (once):
        while the key is derived or the passphrase typed, so that unlocking only fills it."""
        preload_main_window()
        if self.main_window is None and self.prebuilt is None:
            from casetracker.gui.mainwindow import MainWindow

            self.prebuilt = MainWindow(None, vault_path=path)
        return self.prebuilt

    def _unlock_cancelled(self) -> None:
        self._drop_prebuilt()
        if self.main_window is None and self.welcome is None:
            QCoreApplication.quit()

    def show_main(self, session, path: Path) -> None:
        from casetracker.gui.mainwindow import MainWindow

        recent.remember_vault(path)
        prebuilt, self.prebuilt = self.prebuilt, None
        if prebuilt is not None and shiboken6.isValid(prebuilt) and prebuilt.vault_path == path:
            self.main_window = prebuilt
            prebuilt.open_with(session)
        else:
            self._drop(prebuilt)
            self.main_window = MainWindow(session)
        add_language_menu(self.main_window)
        if self.start_page:
            self.main_window.show_page(self.start_page)
        self.main_window.show()
        if os.environ.get(EXIT_AFTER_SHOW_ENV) == "1":
            # packaging smoke test and start-up benchmark: the unlocked main window was shown
            _quit_when_painted(self.main_window)
        if self.welcome is not None:
            self.welcome.close()
            self.welcome.deleteLater()
            self.welcome = None

    def _drop_prebuilt(self) -> None:
        prebuilt, self.prebuilt = self.prebuilt, None
        self._drop(prebuilt)

    @staticmethod
    def _drop(window) -> None:
        if window is not None and shiboken6.isValid(window):
            window.close()
            window.deleteLater()

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


def preload_main_window() -> None:
    """Import the main window and the case list, and draw their icons, ahead of the unlock:
    with the passphrase given at start this happens while the key is being derived."""
    from casetracker.gui import mainwindow

    mainwindow.preload()


def _quit_when_painted(window) -> None:
    """Quit once the main window shows the first page of the case list (or, on another start
    page, once it is shown), printing `SHOWN_MARKER`: benchmarks/bench_gui.py times it."""

    def finish() -> None:
        print(SHOWN_MARKER, flush=True)
        QCoreApplication.quit()

    panel = window.panels.get("cases")
    if window.current_page() == "cases" and not panel.first_page_was_painted():
        panel.first_page_painted.connect(lambda: QTimer.singleShot(0, finish))
    else:
        QTimer.singleShot(0, finish)


def run_gui(args, opening: BackgroundOpen | None = None) -> int:
    """Start the desktop app; returns the process exit code. `opening`: the vault of `--vault`,
    already being opened with the passphrase from the environment (cli/__init__.py)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    setup_application(app)
    from casetracker.gui.security import install_process_guards

    install_process_guards(app)  # quiet crash output; no plain attachment copy left behind
    controller = AppController(app, start_page="rally" if getattr(args, "rally", False) else None)
    path = vault_argument(getattr(args, "vault", None))
    if path is not None:
        controller.open_vault_path(path, os.environ.get(PASSPHRASE_ENV), opening)
    else:
        controller.show_welcome()
    return app.exec()
