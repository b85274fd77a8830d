"""Lock when the computer goes to sleep or its screen locks, as far as each system tells us.

What is covered (docs/SECURITY.md keeps the same list):

* **Every system**: Qt's application state turning *Suspended* or *Hidden*
  (`QGuiApplication.applicationStateChanged`; on macOS *Hidden* is Cmd+H).
* **Linux** (when QtDBus imports and the buses answer): logind's `PrepareForSleep(true)` on the
  system bus (suspend and hibernate), logind's `Lock` signal of any session (`loginctl
  lock-session`, most desktops' screen lock), and `ActiveChanged(true)` of the screen saver on
  the session bus (`org.freedesktop.ScreenSaver`, `org.gnome.ScreenSaver`).
* **Windows**: `WM_POWERBROADCAST`/`PBT_APMSUSPEND` (sleep) and `WM_WTSSESSION_CHANGE`/
  `WTS_SESSION_LOCK` (Win+L, switching user), after registering the window with
  `WTSRegisterSessionNotification`.
* **macOS**: no sleep or screen-lock notice reaches a Qt app without Objective-C bindings; the
  idle timer is what locks there.
"""

from __future__ import annotations

import contextlib
import sys

from PySide6.QtCore import QAbstractNativeEventFilter, QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication

WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004
WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x0007
_LOCKING_STATES = (Qt.ApplicationState.ApplicationSuspended, Qt.ApplicationState.ApplicationHidden)

_DBUS_SIGNALS = (
    # (system bus?, service, path, interface, signal, slot signature)
    (True, "org.freedesktop.login1", "/org/freedesktop/login1",
     "org.freedesktop.login1.Manager", "PrepareForSleep", "prepare_for_sleep(bool)"),
    (True, "org.freedesktop.login1", "", "org.freedesktop.login1.Session", "Lock",
     "session_locked()"),
    (False, "", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged",
     "screensaver_changed(bool)"),
    (False, "", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged",
     "screensaver_changed(bool)"),
)  # fmt: skip


def windows_message_reason(message: int, wparam: int) -> str | None:
    """'sleep' or 'screen lock' for the Windows messages that mean it, else None."""
    if message == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND:
        return "sleep"
    if message == WM_WTSSESSION_CHANGE and wparam == WTS_SESSION_LOCK:
        return "screen lock"
    return None


class _WindowsFilter(QAbstractNativeEventFilter):
    def __init__(self, watcher: SleepWatcher) -> None:
        super().__init__()
        self.watcher = watcher

    def nativeEventFilter(self, event_type, message):
        if bytes(event_type) == b"windows_generic_MSG":
            from ctypes import wintypes

            msg = wintypes.MSG.from_address(int(message))
            reason = windows_message_reason(msg.message, msg.wParam or 0)
            if reason:
                self.watcher.sleeping.emit(reason)
        return False, 0


class SleepWatcher(QObject):
    """Emits `sleeping(reason)` when the system sleeps or locks the screen."""

    sleeping = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.covered: list[str] = ["application state"]
        self._native: _WindowsFilter | None = None
        self._hwnd = 0
        QGuiApplication.instance().applicationStateChanged.connect(self._state_changed)
        if sys.platform.startswith("linux"):
            self._listen_dbus()

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state in _LOCKING_STATES:
            self.sleeping.emit("application state")

    def _listen_dbus(self) -> None:
        try:
            from PySide6.QtCore import SLOT
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        for system, service, path, interface, name, slot in _DBUS_SIGNALS:
            bus = QDBusConnection.systemBus() if system else QDBusConnection.sessionBus()
            if bus.isConnected() and bus.connect(service, path, interface, name, self, SLOT(slot)):
                self.covered.append(f"{interface}.{name}")

    @Slot(bool)
    def prepare_for_sleep(self, starting: bool) -> None:
        if starting:
            self.sleeping.emit("sleep")

    @Slot()
    def session_locked(self) -> None:
        self.sleeping.emit("screen lock")

    @Slot(bool)
    def screensaver_changed(self, active: bool) -> None:
        if active:
            self.sleeping.emit("screen lock")

    def watch_window(self, win_id: int) -> None:
        """On Windows, ask for session lock notices for this top-level window."""
        if sys.platform != "win32" or self._native is not None:
            return
        self._native = _WindowsFilter(self)
        QGuiApplication.instance().installNativeEventFilter(self._native)
        self.covered.append("WM_POWERBROADCAST")
        with contextlib.suppress(Exception):
            import ctypes

            self._hwnd = int(win_id)
            if ctypes.windll.wtsapi32.WTSRegisterSessionNotification(self._hwnd, 0):
                self.covered.append("WM_WTSSESSION_CHANGE")

    def detach(self) -> None:
        app = QGuiApplication.instance()
        if app is None:
            return
        with contextlib.suppress(RuntimeError, TypeError):
            app.applicationStateChanged.disconnect(self._state_changed)
        if self._native is not None:
            app.removeNativeEventFilter(self._native)
            self._native = None
            with contextlib.suppress(Exception):
                import ctypes

                ctypes.windll.wtsapi32.WTSUnRegisterSessionNotification(self._hwnd)
