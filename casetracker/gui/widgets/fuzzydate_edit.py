"""Line edits for uncertain dates and ages that say, as you type, what they understood.

Relatives say "spring 2018", "about 1975", "до 2019" (DOMAIN.md, "Dates are uncertain"); the
domain reads these (`fuzzydate.from_user`, `AgeRange.parse`). These widgets put the reading in
words beside the field while the user types, or the reason it was refused in red, so that a
wrong date is caught before it is saved; callers save only when `is_valid()`.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QWidget

from casetracker.domain.fuzzydate import AgeRange, FuzzyDate, from_user
from casetracker.gui import theme
from casetracker.gui.i18n import current_language, tr

_LANGUAGES = ("en", "ru", "kk")
_REASON = re.compile(r"\((.*)\)\s*$")


def date_words(date: FuzzyDate | None, lang: str | None = None) -> str:
    """A stored date in words ("spring 2018"), or "" when there is none."""
    if date is None:
        return ""
    try:
        return date.words(lang or current_language())
    except ValueError:
        return date.text


def editable_text(date: FuzzyDate | None) -> str:
    """A stored date as the user would type it: its words when they read back the same."""
    if date is None:
        return ""
    words = date_words(date)
    try:
        same = from_user(words).text == date.text
    except ValueError:
        same = False
    return words if same else date.text


def _reason(exc: ValueError) -> str:
    match = _REASON.search(str(exc))
    return match.group(1) if match else str(exc)


class ParsedLineEdit(QWidget):
    """A line edit plus a label beside it showing the reading in words or the error in red."""

    editing_finished = Signal()
    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None, *, accessible_name: str = "") -> None:
        super().__init__(parent)
        self.line_edit = QLineEdit(self)
        self.line_edit.setMinimumWidth(170)
        self.line_edit.setAccessibleName(accessible_name)
        self.meaning = QLabel(self)
        self.meaning.setWordWrap(True)
        self.meaning.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.meaning.setMinimumWidth(140)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.line_edit, 1)
        layout.addWidget(self.meaning, 1)
        self.setFocusProxy(self.line_edit)
        self._value: object | None = None
        self._error = ""
        self.line_edit.textChanged.connect(self._update)
        self.line_edit.editingFinished.connect(self.editing_finished)
        self._update(self.line_edit.text())

    # Subclasses say how to read text and how to say the value.
    def parse(self, text: str) -> object:
        raise NotImplementedError

    def say(self, value: object) -> str:
        raise NotImplementedError

    def refusal(self, reason: str) -> str:
        raise NotImplementedError

    def text(self) -> str:
        return self.line_edit.text()

    def setText(self, text: str) -> None:
        self.line_edit.setText(text)
        self.line_edit.setCursorPosition(0)

    def value(self) -> object | None:
        """The reading of the current text (None when empty or invalid)."""
        return self._value

    def is_valid(self) -> bool:
        return not self._error

    def error_message(self) -> str:
        return self._error

    def _update(self, text: str) -> None:
        was_valid = self.is_valid()
        self._value, self._error = None, ""
        if text.strip():
            try:
                self._value = self.parse(text)
            except ValueError as exc:
                self._error = self.refusal(_reason(exc))
        self._show()
        if was_valid != self.is_valid():
            self.validity_changed.emit(self.is_valid())

    def _show(self) -> None:
        if self._error:
            error = theme.colour("warning").name()
            self.meaning.setText(self._error)
            self.meaning.setStyleSheet(f"color: {error};")
            self.line_edit.setStyleSheet(
                f"QLineEdit {{ border: 1px solid {error}; border-radius: 4px; padding: 3px 6px; }}"
            )
        else:
            words = self.say(self._value) if self._value is not None else ""
            self.meaning.setText(words)
            self.meaning.setStyleSheet(f"color: {theme.colour('muted').name()};")
            self.line_edit.setStyleSheet("")
        self.line_edit.setAccessibleDescription(self.meaning.text())
        self.setToolTip(self.meaning.text())


class FuzzyDateEdit(ParsedLineEdit):
    """Accepts "spring 2018", "about 1975", "12.04.1980", "до 2019", "2017-2018" or EDTF."""

    def __init__(self, parent: QWidget | None = None, *, accessible_name: str = "") -> None:
        super().__init__(parent, accessible_name=accessible_name)
        self.line_edit.setPlaceholderText(
            tr("FuzzyDateEdit", "e.g. spring 2018, about 1975, 12.04.1980, before 2019")
        )

    def parse(self, text: str) -> FuzzyDate:
        return from_user(text)

    def say(self, value: object) -> str:
        return date_words(value)  # type: ignore[arg-type]

    def refusal(self, reason: str) -> str:
        if reason.startswith("use e.g."):
            return tr(
                "FuzzyDateEdit",
                "Not a date. Try e.g. 04.2018, spring 2018, about 2018, before 2019.",
            )
        return tr("FuzzyDateEdit", "Not a date: {reason}").format(reason=reason)

    def date(self) -> FuzzyDate | None:
        return self._value  # type: ignore[return-value]

    def set_date(self, date: FuzzyDate | None) -> None:
        self.setText(editable_text(date))


class AgeRangeEdit(ParsedLineEdit):
    """Accepts "45", "40s", "40-49", "about 45", "over 60" when no birth date is known."""

    def __init__(self, parent: QWidget | None = None, *, accessible_name: str = "") -> None:
        super().__init__(parent, accessible_name=accessible_name)
        self.line_edit.setPlaceholderText(tr("AgeRangeEdit", "e.g. 40s, 40-49, about 45"))

    def parse(self, text: str) -> AgeRange:
        return AgeRange.parse(text)

    def say(self, value: object) -> str:
        return value.words(current_language())  # type: ignore[attr-defined]

    def refusal(self, reason: str) -> str:
        if reason.startswith("use e.g."):
            return tr("AgeRangeEdit", "Not an age. Try 45, 40s, 40-49, about 45 or over 60.")
        return tr("AgeRangeEdit", "Not an age: {reason}").format(reason=reason)

    def age_range(self) -> AgeRange | None:
        return self._value  # type: ignore[return-value]


def age_text(age: AgeRange | None) -> str:
    """How a stored age range is written back into the field ("40-49", "60+", "under 30")."""
    if age is None:
        return ""
    if age.min is None:
        return f"under {age.max + 1}"  # type: ignore[operator]
    if age.max is None:
        return f"{age.min}+"
    return str(age.min) if age.min == age.max else f"{age.min}-{age.max}"
