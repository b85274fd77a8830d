"""Take the documentation screenshots from a temporary demo vault (`make screenshots`).

Creates a demo vault of 300 invented cases in a temporary folder (cheap key derivation: it is
thrown away), drives the real windows and saves PNGs into docs/screenshots/ (or the folder given
as the first argument). Runs under Xvfb or Qt's offscreen platform; QSettings go to the
temporary folder too, so the user's recent-vault list is neither read nor changed.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from casetracker.app import setup_application
from casetracker.cli.common import DEMO_PASSPHRASE
from casetracker.domain.enums import Script
from casetracker.domain.names import detect_script
from casetracker.services import cases, demo, settings
from casetracker.services.session import create_vault
from casetracker.store.keyslots import TEST_KDF

PEOPLE = 300
ROOT = Path(__file__).resolve().parent.parent


def settle(app: QApplication, ms: int = 150) -> None:
    """Let layouts, timers and queued signals run (debounced searches, worker results)."""
    for _ in range(max(1, ms // 25)):
        app.processEvents()
        QTimer.singleShot(25, lambda: None)
        app.processEvents()
        QApplication.instance().thread().msleep(25)
    app.processEvents()


def wait_for(app: QApplication, condition, timeout_ms: int = 5000) -> None:
    for _ in range(timeout_ms // 25):
        if condition():
            return
        settle(app, 25)


def save(widget: QWidget, out: Path, name: str, app: QApplication) -> None:
    settle(app)
    widget.grab().save(str(out / f"{name}.png"))
    print(f"  {out / name}.png")


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="ct-shots-") as tmp:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        app = QApplication.instance() or QApplication(argv[:1])
        setup_application(app, "en")
        vault = Path(tmp) / "Almaty volunteers.ctvault"
        session, _code = create_vault(vault, DEMO_PASSPHRASE, kdf=TEST_KDF)
        demo.generate(session, people=PEOPLE)
        settings.set_volunteer(session, "Dana (demo volunteer)")  # no "who is working" banner
        _dialogs(app, out, vault, session)
        _welcome(app, out, vault)
        _main_window(app, out, session)
    return 0


def _welcome(app: QApplication, out: Path, vault: Path) -> None:
    from casetracker.gui import recent
    from casetracker.gui.welcome import WelcomeWindow

    recent.remember_vault(vault)
    window = WelcomeWindow()
    window.show()
    save(window, out, "welcome", app)
    window.close()


def _dialogs(app: QApplication, out: Path, vault: Path, session) -> None:
    from casetracker.gui.dialogs.create_vault import CreateVaultDialog
    from casetracker.gui.dialogs.new_case import NewCaseDialog
    from casetracker.gui.dialogs.unlock import UnlockDialog

    unlock = UnlockDialog(vault)
    unlock.show()
    unlock.secret.setText("not the passphrase")
    unlock.unlock()  # fails on the key slot, before touching the open database
    wait_for(app, unlock.error.isVisible)
    save(unlock, out, "unlock", app)
    unlock.close()
    create = CreateVaultDialog(location=Path.home() / "Documents")
    create.show()
    create.passphrase.setText("almaty2019")
    save(create, out, "create_vault", app)
    create.code_label.setText("7K2QF-M9XAD-3RWTB-HC8NE-Q4VJ6-PZ1GS")
    create.pages.setCurrentIndex(1)
    save(create, out, "recovery_code", app)
    create.hide()
    new_case = NewCaseDialog(session)
    new_case.show()
    new_case.name.edit.setText("قالىوللا مۇحامەتۇلى")
    new_case.other_name.edit.setText("Қалиолла Мұхаметұлы")
    save(new_case, out, "new_case", app)
    new_case.close()


def _interesting_case(session, ids: list[int]) -> int:
    """A case with an Arabic-script name and several events, to show bidi and the timeline."""
    best, best_events = ids[0], -1
    for pid in ids[:60]:
        person = cases.get(session, pid)
        arabic = any(detect_script(n.text) is Script.ARAB for n in person.names)
        if arabic and len(person.events) > best_events:
            best, best_events = pid, len(person.events)
    return best


def _main_window(app: QApplication, out: Path, session) -> None:
    from casetracker.gui.mainwindow import MainWindow

    window = MainWindow(session)
    window.resize(1400, 900)
    window.show()
    save(window, out, "case_list", app)
    panel = window.case_list
    panel.filter_bar.search.setText("murat")
    settle(app, 600)
    save(window, out, "case_list_search", app)
    panel.filter_bar.clear()
    settle(app, 300)
    window.open_case(_interesting_case(session, panel.model.ids()))
    save(window, out, "case_file", app)
    window.case_file.set_section("timeline")
    save(window, out, "timeline", app)
    window.back()
    window.show_page("overview")
    save(window, out, "overview", app)
    window.show_page("followups")
    save(window, out, "follow_ups", app)
    window.show_page("rally")
    save(window, out, "rally_page", app)
    window.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
