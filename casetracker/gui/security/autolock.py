"""Idle auto-lock and the panic keys, seen by one application-wide event filter.

Any keyboard, mouse, wheel, touch or tablet input to any window of the app restarts the idle
timer; when it runs out, `idle` is emitted and the main window locks. The filter also recognises
the panic gestures from every window, including open dialogs:

* **Ctrl+Shift+L** (Cmd+Shift+L on macOS), and
* **Esc pressed three times within 1.5 seconds** (auto-repeat from holding the key does not count).

Panic locks at once, closes every dialog and empties the clipboard (see `guard.py`).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
    }
)
PANIC_KEY = Qt.Key.Key_L
PANIC_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ESCAPES_FOR_PANIC = 3
ESCAPE_WINDOW_S = 1.5
DEDUPE_S = 0.04


class IdleWatcher(QObject):
    """Emits `idle` after `interval_ms` without input and `panic` on a panic gesture."""

    idle = Signal()
    panic = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self._escapes: list[float] = []
        # keys whose press was just counted: one key event is filtered once per widget it
        # propagates to (all within microseconds), so a press counts once until its release
        # or for DEDUPE_S at most (a release may go to another program after a focus change)
        self._held: dict[int, float] = {}
        self.set_minutes(minutes)
        QApplication.instance().installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        """0 switches auto-lock off."""
        self.set_interval_ms(int(minutes) * 60_000)

    def set_interval_ms(self, ms: int) -> None:
        self.timer.setInterval(max(0, ms))
        self.restart()

    def restart(self) -> None:
        if self.timer.interval() > 0:
            self.timer.start()
        else:
            self.timer.stop()

    def stop(self) -> None:
        self.timer.stop()

    def detach(self) -> None:
        """Stop watching (the window is closing)."""
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _INPUT_EVENTS and self.timer.isActive():
            self.timer.start()  # restart: the volunteer is here
        if kind == QEvent.Type.KeyPress:
            self._key_pressed(event)  # type: ignore[arg-type]
        elif kind == QEvent.Type.KeyRelease and not event.isAutoRepeat():  # type: ignore[attr-defined]
            self._held.pop(event.key(), None)  # type: ignore[attr-defined]
        return False

    def _key_pressed(self, event: QKeyEvent) -> None:
        key, now = event.key(), time.monotonic()
        if event.isAutoRepeat() or now - self._held.get(key, -1.0) < DEDUPE_S:
            return
        self._held[key] = now
        if key == PANIC_KEY and event.modifiers() & PANIC_MODIFIERS == PANIC_MODIFIERS:
            self._escapes.clear()
            self.panic.emit()
            return
        if key != Qt.Key.Key_Escape:
            if key not in (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta):
                self._escapes.clear()
            return
        self._escapes = [t for t in self._escapes if now - t <= ESCAPE_WINDOW_S] + [now]
        if len(self._escapes) >= ESCAPES_FOR_PANIC:
            self._escapes.clear()
            self.panic.emit()
