"""Linux: the sleep watcher hears logind's PrepareForSleep and the screen saver on D-Bus.

A private dbus-daemon stands in for both the system and the session bus; a second process owns
the name `org.freedesktop.login1` and emits the signals, as logind and the desktop would.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("dbus-daemon") is None,
    reason="needs Linux and dbus-daemon",
)

WATCHER = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from casetracker.gui.security.sleep import SleepWatcher
    watcher = SleepWatcher()
    print("covered", *watcher.covered, flush=True)
    heard = []
    def hear(reason):
        heard.append(reason)
        print("heard", reason, flush=True)
    watcher.sleeping.connect(hear)
    QTimer.singleShot(8000, app.quit)
    def check():
        if len(heard) >= 2:
            app.quit()
        QTimer.singleShot(50, check)
    check()
    app.exec()
""")

EMITTER = textwrap.dedent("""
    import time
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtDBus import QDBusConnection, QDBusMessage
    app = QCoreApplication([])
    system = QDBusConnection.systemBus()
    assert system.registerService("org.freedesktop.login1")
    signal = QDBusMessage.createSignal(
        "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep")
    signal.setArguments([True])
    system.send(signal)
    saver = QDBusMessage.createSignal(
        "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged")
    saver.setArguments([True])
    QDBusConnection.sessionBus().send(saver)
    time.sleep(0.3)
""")


def test_sleep_and_screen_saver_signals_are_heard(tmp_path):
    pytest.importorskip("PySide6.QtDBus")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        address = daemon.stdout.readline().strip()
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        env.update(DBUS_SESSION_BUS_ADDRESS=address, DBUS_SYSTEM_BUS_ADDRESS=address)
        watcher = subprocess.Popen(
            [sys.executable, "-c", WATCHER], env=env, stdout=subprocess.PIPE, text=True
        )
        first = watcher.stdout.readline()
        assert "org.freedesktop.login1.Manager.PrepareForSleep" in first
        assert "org.freedesktop.ScreenSaver.ActiveChanged" in first
        subprocess.run([sys.executable, "-c", EMITTER], env=env, check=True, timeout=30)
        out, _ = watcher.communicate(timeout=30)
        assert "heard sleep" in out and "heard screen lock" in out
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)
