"""Autosave for text fields: commit a line edit when editing finishes, free text when idle.

There is no Save button anywhere (ARCHITECTURE.md, "Autosave"). A section binds each field to a
commit callback once; this helper remembers the last stored value of every field, so that
reloading from the vault never overwrites what the user is still typing, a failed save keeps
the user's text (the field stays "dirty" and is tried again), and `flush()` commits everything
pending before the case changes, the vault locks or the window closes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

#: Free text is committed after this much idle time (ms).
IDLE_MS = 800

TextField = QLineEdit | QPlainTextEdit
Commit = Callable[[str], bool]


@dataclass
class _Field:
    widget: TextField
    commit: Commit
    baseline: str = ""
    timer: QTimer | None = None


def field_text(widget: TextField) -> str:
    return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()


class AutoSave(QObject):
    """Tracks bound fields; `commit(text) -> bool` returns True when the value was stored."""

    saved = Signal(QWidget)  # the field whose value was stored
    pending_changed = Signal(bool)  # True while some field waits for its idle timer

    def __init__(self, parent: QObject | None = None, delay_ms: int = IDLE_MS) -> None:
        super().__init__(parent)
        self._fields: dict[int, _Field] = {}
        self._delay = delay_ms
        self._loading = False
        self._busy = False

    # -- binding ---------------------------------------------------------------------------

    def bind_line(self, edit: QLineEdit, commit: Commit) -> None:
        """Commit when editing finishes (Return, Tab, click elsewhere)."""
        self._fields[id(edit)] = _Field(edit, commit)
        edit.editingFinished.connect(lambda: self.commit(edit))

    def bind_text(self, edit: QPlainTextEdit, commit: Commit) -> None:
        """Commit after `delay_ms` without typing, and on `flush()`."""
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(self._delay)
        timer.timeout.connect(lambda: self.commit(edit))
        self._fields[id(edit)] = _Field(edit, commit, timer=timer)
        edit.textChanged.connect(lambda: self._typed(edit))

    def _typed(self, edit: QPlainTextEdit) -> None:
        field = self._fields[id(edit)]
        if self._loading or field.timer is None:
            return
        if self.is_dirty(edit):
            field.timer.start()
            self.pending_changed.emit(True)
        else:
            field.timer.stop()

    # -- state -----------------------------------------------------------------------------

    def is_dirty(self, widget: TextField) -> bool:
        field = self._fields[id(widget)]
        return field_text(widget) != field.baseline

    def any_dirty(self) -> bool:
        return any(field_text(f.widget) != f.baseline for f in self._fields.values())

    def load(self, widget: TextField, value: str) -> None:
        """Show the stored `value`, unless the user has typed something not yet stored.

        In that case their text stays (reloads never steal a field being edited, and a failed
        save keeps what was typed) and is compared against the new stored value from now on.
        """
        field = self._fields[id(widget)]
        dirty = self.is_dirty(widget)
        field.baseline = value
        if dirty or field_text(widget) == value:
            return
        self._set(widget, value)

    def discard(self) -> None:
        """Forget unsaved edits (after `flush`, when another case is shown)."""
        for field in self._fields.values():
            if field.timer:
                field.timer.stop()
            field.baseline = field_text(field.widget)

    def clear(self) -> None:
        """Blank every field without saving (the vault is locking)."""
        for field in self._fields.values():
            if field.timer:
                field.timer.stop()
            field.baseline = ""
            self._set(field.widget, "")

    def _set(self, widget: TextField, value: str) -> None:
        self._loading = True
        try:
            if isinstance(widget, QLineEdit):
                widget.setText(value)
                widget.setCursorPosition(0)
            else:
                widget.setPlainText(value)
        finally:
            self._loading = False

    # -- committing ------------------------------------------------------------------------

    def commit(self, widget: TextField) -> bool:
        """Store the field now if it changed; True when nothing is left pending."""
        field = self._fields[id(widget)]
        if field.timer:
            field.timer.stop()
        if self._busy or self._loading:
            return False
        text = field_text(widget)
        if text == field.baseline:
            return True
        self._busy = True  # an error dialog moves focus and would finish editing again
        try:
            ok = bool(field.commit(text))
        finally:
            self._busy = False
        if ok:
            field.baseline = text
            self.saved.emit(widget)
        self.pending_changed.emit(self.any_dirty())
        return ok

    def flush(self) -> bool:
        """Commit every pending field; True when all of them were stored."""
        results = [self.commit(f.widget) for f in list(self._fields.values())]
        return all(results)
