"""No names in error output, and plain attachment copies only in the private folder."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap

from PySide6.QtCore import Qt, qInstallMessageHandler, qWarning
from PySide6.QtWidgets import QMessageBox

from casetracker.gui.bus import bus
from casetracker.gui.security import crash, install_process_guards, tempfiles
from casetracker.services import attachments

NAME = "Qaliolla Tursynuly"


def test_crash_hook_prints_no_names_and_shows_a_generic_dialog(monkeypatch, capsys):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[1:]))
    monkeypatch.delenv(crash.DEBUG_ENV, raising=False)
    try:
        raise ValueError(f"cannot save {NAME}")
    except ValueError as exc:
        crash.excepthook(type(exc), exc, exc.__traceback__)
    err = capsys.readouterr().err
    assert NAME not in err and "Qaliolla" not in err
    assert "ValueError" in err and crash.DEBUG_ENV in err
    assert shown and NAME not in " ".join(map(str, shown[0]))
    monkeypatch.setenv(crash.DEBUG_ENV, "1")  # developers see everything
    try:
        raise ValueError(f"cannot save {NAME}")
    except ValueError as exc:
        crash.excepthook(type(exc), exc, exc.__traceback__)
    assert NAME in capsys.readouterr().err


def test_qt_messages_are_dropped_unless_debugging(monkeypatch, capfd):
    monkeypatch.delenv(crash.DEBUG_ENV, raising=False)
    previous = qInstallMessageHandler(crash._qt_message)
    try:
        qWarning(f"QLineEdit: text {NAME}")
    finally:
        qInstallMessageHandler(previous)
    assert NAME not in capfd.readouterr().err


def test_app_crash_in_a_real_process_writes_no_name(tmp_path):
    script = textwrap.dedent(f"""
        import sys
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QMessageBox
        app = QApplication([])
        from casetracker.gui.security import install_process_guards
        install_process_guards(app)
        QMessageBox.critical = lambda *a, **k: app.quit()
        def boom():
            person = {{"name": "{NAME}"}}
            raise KeyError(person["name"])
        QTimer.singleShot(0, boom)
        app.exec()
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CACHE_HOME": str(tmp_path)}
    env.pop(crash.DEBUG_ENV, None)
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert NAME not in result.stderr + result.stdout
    assert "KeyError" in result.stderr


def test_open_writes_a_private_neutral_copy_that_lock_erases(window, qtbot, monkeypatch, tmp_path):
    source = tmp_path / f"{NAME} passport.pdf"
    source.write_bytes(b"%PDF-1.4 secret content")
    person_id = window.case_list.model.person_id(0)
    attachments.add_file(window.session, person_id, source)
    bus.case_open_requested.emit(person_id)
    window.case_file.set_section("attachments")
    section = window.case_file.sections["attachments"]
    section.reload() if hasattr(section, "reload") else window.case_file.reload()
    section.table.selectRow(0)
    opened = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Open)
    from casetracker.gui.casefile import attachments as attachments_section

    monkeypatch.setattr(
        attachments_section.QDesktopServices, "openUrl", lambda url: opened.append(url)
    )
    section.open_selected()
    path = opened[0].toLocalFile()
    folder = tempfiles.private_dir()
    assert os.path.dirname(path) == str(folder)
    assert "Qaliolla" not in path and path.endswith(".pdf")
    if os.name == "posix":
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    with qtbot.waitSignal(window.locked):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not os.path.exists(path) and not folder.exists()


def test_a_copy_left_by_a_crash_is_erased_at_the_next_start(qapp, monkeypatch):
    leftover = tempfiles.write_private_copy("x.docx", b"plain text left behind")
    assert leftover.exists()
    monkeypatch.setattr(crash, "install", lambda: None)  # keep pytest-qt's own hooks
    install_process_guards(qapp)
    qapp.aboutToQuit.disconnect(tempfiles.wipe)
    assert not leftover.exists()
