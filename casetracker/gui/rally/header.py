"""The rally screen's top line: its title, the session counter and short confirmations.

A confirmation ("Saved CT-0123") or notice ("Draft restored") shows for a few seconds beside
the title and never blocks typing: the volunteer is already on the next person.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from casetracker.gui.i18n import tr

_C = "RallyPanel"
TOAST_MS = 4000


class RallyHeader(QWidget):
    """Title, "3 recorded this session", and a self-hiding confirmation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(tr(_C, "Rally entry"), self)
        title.setObjectName("rallyTitle")
        self.counter = QLabel(self)
        self.counter.setObjectName("rallyCounter")
        self.toast = QLabel(self)
        self.toast.setObjectName("toast")
        self.toast.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TOAST_MS)
        self._timer.timeout.connect(self.toast.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(title)
        layout.addWidget(self.counter, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addStretch(1)
        layout.addWidget(self.toast)
        self.set_count(0)

    def set_count(self, count: int) -> None:
        self.counter.setText(
            tr(_C, "%n recorded this session", "", count)
            if count
            else tr(_C, "Nobody recorded yet in this session")
        )

    def show_toast(self, text: str) -> None:
        """A confirmation, in the calm green of success."""
        self._show("toast", text)

    def show_notice(self, text: str) -> None:
        """A neutral notice (draft restored, how to save)."""
        self._show("notice", text)

    def _show(self, kind: str, text: str) -> None:
        self.toast.setObjectName(kind)
        self.toast.style().unpolish(self.toast)
        self.toast.style().polish(self.toast)
        self.toast.setText(text)
        self.toast.show()
        self._timer.start()

    def clear(self) -> None:
        self._timer.stop()
        self.toast.clear()
        self.toast.hide()
