"""Start-up: the unlock that began before Qt, the case list's first query run while the main
window is built, background work held back until the list is painted, and the exit hook that
the packaging smoke test and benchmarks/bench_gui.py time."""

from __future__ import annotations

import os
import subprocess
import sys

from casetracker.app import SHOWN_MARKER
from casetracker.gui.dialogs.unlock import UnlockDialog
from casetracker.gui.mainwindow import MainWindow
from casetracker.gui.models import caselist as model_module
from casetracker.gui.views.caselist import CaseListPanel
from casetracker.services import caselist
from casetracker.services.opening import BackgroundOpen
from tests.conftest import PASSPHRASE


def test_unlock_dialog_follows_the_opening_begun_before_it(qtbot, vault_path):
    opening = BackgroundOpen(vault_path, passphrase=PASSPHRASE).start()
    dialog = UnlockDialog(vault_path, passphrase=PASSPHRASE, opening=opening)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.unlock_button.isEnabled()  # busy, as when it unlocks by itself
    with qtbot.waitSignal(dialog.unlocked, timeout=30_000) as unlocked:
        pass
    assert unlocked.args[0] is opening.result()
    unlocked.args[0].close()


def test_a_wrong_passphrase_in_the_opening_shows_in_the_dialog(qtbot, vault_path):
    opening = BackgroundOpen(vault_path, passphrase="not it").start()
    dialog = UnlockDialog(vault_path, passphrase="not it", opening=opening)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=30_000)
    assert dialog.error.text().startswith("Wrong passphrase")
    assert dialog.unlock_button.isEnabled()  # type again, as before


def test_case_list_loads_its_filter_choices_after_the_first_paint(qtbot, demo_session):
    panel = CaseListPanel(demo_session)
    qtbot.addWidget(panel)
    panel.resize(1200, 700)
    assert panel.filter_bar.ethnicity.count() == 1  # "Any ethnicity" until painted
    with qtbot.waitSignal(panel.first_page_painted):
        panel.show()
    assert panel.first_page_was_painted()
    qtbot.waitUntil(lambda: panel.filter_bar.hometown.count() > 1)
    assert panel.filter_bar.ethnicity.count() > 1


def test_main_window_takes_the_query_started_before_it_was_built(qtbot, demo_session, monkeypatch):
    calls = []
    real = caselist.query_ids

    def counting(*args, **kwargs):
        calls.append(args[1:])
        return real(*args, **kwargs)

    monkeypatch.setattr(caselist, "query_ids", counting)
    window = MainWindow(demo_session)
    qtbot.addWidget(window)
    model = window.case_list.model
    assert len(calls) == 1  # one query, run by the prefetch thread
    assert model.ids() == real(demo_session) and model.cached_pages() == [0]
    assert model_module.prefetch.take(demo_session) is None  # taken once


def test_exit_after_show_quits_once_the_list_is_painted(vault_path, tmp_path):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "CASETRACKER_PASSPHRASE": PASSPHRASE,
        "CASETRACKER_EXIT_AFTER_SHOW": "1",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),  # recent vaults: not the user's settings
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "casetracker", "--vault", str(vault_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines() == [SHOWN_MARKER]


def test_passphrase_given_at_start_shows_the_main_window_while_the_vault_opens(qtbot, vault_path):
    from casetracker.app import AppController

    controller = AppController()
    opening = BackgroundOpen(vault_path, passphrase=PASSPHRASE).start()
    controller.open_vault_path(vault_path, PASSPHRASE, opening)
    window = controller.prebuilt
    qtbot.addWidget(window)
    assert window.isVisible() and controller.unlock_dialog is None  # no dialog in between
    assert window.stack.currentWidget() is window.locked_page
    assert window.locked_page.busy.isVisibleTo(window)
    assert not window.locked_page.unlock_button.isVisibleTo(window)
    assert window.vault_label.text() == "Case — opening…"
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=30_000)
    assert controller.main_window is window  # the same window, now holding the vault
    assert window.vault_label.text() == "Case"
    assert window.current_page() == "cases"
    assert window.stack.currentWidget() is window.case_list
    assert not window.locked_page.busy.isVisibleTo(window)
    window.close()


def test_wrong_passphrase_given_at_start_asks_in_the_unlock_dialog(qtbot, vault_path):
    from PySide6.QtCore import Qt

    from casetracker.app import AppController

    controller = AppController()
    opening = BackgroundOpen(vault_path, passphrase="not it").start()
    controller.open_vault_path(vault_path, "not it", opening)
    window = controller.prebuilt
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: controller.unlock_dialog is not None, timeout=30_000)
    dialog = controller.unlock_dialog
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=30_000)
    assert dialog.error.text().startswith("Wrong passphrase")
    assert not window.isVisible()  # nothing of the vault behind the dialog
    dialog.secret.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=30_000)
    assert controller.main_window is window and window.isVisible()
    assert window.current_page() == "cases"
    window.close()
