"""Clear the clipboard on lock when what it holds was copied from CaseTracker.

The guard notes a keyed digest (never the text) of whatever lands on the clipboard while one of
our windows is active: that is a copy made in the app (Ctrl+C in a case file, a table, a field).
On lock the clipboard is cleared only if it still holds that text, so a volunteer's own later
copy from another program is left alone. The panic shortcut clears it unconditionally. On X11
the mouse selection (middle-click paste) is guarded the same way.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from PySide6.QtCore import QObject
from PySide6.QtGui import QClipboard, QGuiApplication

_MODES = (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection)


class ClipboardGuard(QObject):
    """Remembers which clipboard contents came from the app; clears them on request."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._salt = secrets.token_bytes(16)  # a digest of a short name must not be guessable
        self._ours: dict[QClipboard.Mode, bytes] = {}
        self.clipboard = QGuiApplication.clipboard()
        self.clipboard.changed.connect(self._changed)

    def _digest(self, text: str) -> bytes:
        return hmac.new(self._salt, text.encode("utf-8"), hashlib.sha256).digest()

    def _changed(self, mode: QClipboard.Mode) -> None:
        text = self.clipboard.text(mode)
        if text and QGuiApplication.focusWindow() is not None:
            self._ours[mode] = self._digest(text)
        elif not text or (mode in self._ours and self._ours[mode] != self._digest(text)):
            self._ours.pop(mode, None)  # someone else's copy now

    def holds_ours(self, mode: QClipboard.Mode = QClipboard.Mode.Clipboard) -> bool:
        text = self.clipboard.text(mode)
        digest = self._ours.get(mode)
        return bool(text) and digest is not None and hmac.compare_digest(digest, self._digest(text))

    def clear_if_ours(self) -> bool:
        """Clear what the app copied (if it is still there); True when something was cleared."""
        cleared = False
        for mode in self._supported():
            if self.holds_ours(mode):
                self.clipboard.clear(mode)
                cleared = True
        self._ours.clear()
        return cleared

    def clear(self) -> None:
        """Empty the clipboard whoever filled it (the panic shortcut)."""
        for mode in self._supported():
            self.clipboard.clear(mode)
        self._ours.clear()

    def _supported(self) -> list[QClipboard.Mode]:
        modes = [QClipboard.Mode.Clipboard]
        if self.clipboard.supportsSelection():
            modes.append(QClipboard.Mode.Selection)
        return modes

    def disconnect_clipboard(self) -> None:
        self.clipboard.changed.disconnect(self._changed)
