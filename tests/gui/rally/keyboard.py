"""A typist for the rally tests: keys go to whichever widget has the focus, as on a keyboard.

QTest.keyClicks only knows ASCII (it aborts on "Қ"), so characters are sent as key events that
carry their text; Enter, Ctrl+Enter, Esc and Alt+digit are sent the same way (through the
application, so event filters see them as they see real keys).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier


class Typist:
    """Types into the focus widget of `root` and counts every key it presses."""

    def __init__(self, root: QWidget) -> None:
        self.root = root
        self.keystrokes = 0

    def focus(self) -> QWidget:
        widget = self.root.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(self, key: Qt.Key, modifiers=NONE, text: str = "") -> None:
        widget = self.focus()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers, text))
        self.keystrokes += 1

    def type(self, text: str) -> None:
        for ch in text:
            key = Qt.Key(ord(ch.upper())) if ch.isascii() and ch.isalnum() else Qt.Key(0)
            if ch == " ":
                key = Qt.Key.Key_Space
            self.press(key, NONE, ch)

    def enter(self) -> None:
        self.press(Qt.Key.Key_Return)

    def save(self) -> None:
        self.press(Qt.Key.Key_Return, CTRL)

    def escape(self) -> None:
        self.press(Qt.Key.Key_Escape)

    def alt(self, digit: int) -> None:
        self.press(Qt.Key(Qt.Key.Key_0.value + digit), ALT, str(digit))

    def field(self, text: str) -> None:
        """Type a field's value and move on with Enter."""
        self.type(text)
        self.enter()
