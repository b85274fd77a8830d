"""The quick-entry form itself: one column of large fields, driven from the keyboard.

Enter moves to the next field (in combo boxes too), Ctrl+Enter asks to save, Esc asks to
discard, Alt+1..5 picks a possible duplicate and Alt+0 goes back to a new person. The keys are
caught by `RallyKeys`, an event filter the panel installs on every focusable widget it owns, so
they work wherever the focus is and whether or not the window is active. The form knows nothing
about the vault: it turns its widgets into a dict of texts (`fields()`, the draft) and back.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.enums import Consent, Relationship, Sex, Status
from casetracker.gui.i18n import tr
from casetracker.gui.rally.fields import (
    BirthEdit,
    PhotoField,
    ScriptLineEdit,
    choice_combo,
    set_combo,
)
from casetracker.gui.widgets.fuzzydate_edit import FuzzyDateEdit

_C = "RallyForm"
_RETURN = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(6)}
#: Defaults of the combo boxes (what an untouched form holds).
DEFAULTS = {
    "sex": Sex.UNKNOWN.value,
    "status": Status.UNKNOWN.value,
    "relationship": Relationship.OTHER_RELATIVE.value,
    "consent": "",
}


def fresh_search(widget: QObject) -> None:
    """Type-to-select in a combo starts afresh, however fast the previous combo was typed in."""
    if isinstance(widget, QComboBox):
        widget.view().keyboardSearch("")


class RallyKeys(QObject):
    """Turns the form's keys into requests, whatever widget has the focus."""

    next_requested = Signal(QObject)  # Enter in this widget
    save_requested = Signal()  # Ctrl+Enter
    discard_requested = Signal()  # Esc
    pick_requested = Signal(int)  # Alt+1..5 (0: back to a new person)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.chain: list[QWidget] = []  # widgets in which Enter means "next field"

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            fresh_search(watched)  # clicked or tabbed into a combo
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in _RETURN and mods & Qt.KeyboardModifier.ControlModifier:
            self.save_requested.emit()
        elif key in _RETURN and mods == Qt.KeyboardModifier.NoModifier and watched in self.chain:
            self.next_requested.emit(watched)
        elif key == Qt.Key.Key_Escape and mods == Qt.KeyboardModifier.NoModifier:
            self.discard_requested.emit()
        elif key in _DIGITS and mods == Qt.KeyboardModifier.AltModifier:
            self.pick_requested.emit(_DIGITS[key])
        else:
            return False
        return True


class RallyForm(QWidget):
    """The fields of one rally entry; `edited(key)` on every change, `fields()` as texts."""

    edited = Signal(str)  # which field changed
    last_field_passed = Signal()  # Enter on the last field

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._build_person()
        self._build_reporter()
        self.chain: list[QWidget] = [
            self.name.line_edit,
            self.sex,
            self.birth.line_edit,
            self.hometown,
            self.status,
            self.since.line_edit,
            self.reporter_name.line_edit,
            self.relationship,
            self.phone,
            self.photo.choose_button,
            self.note,
            self.consent,
        ]
        self._layout()
        self._connect()
        self.clear_form()

    # -- construction ---------------------------------------------------------------------------

    def _build_person(self) -> None:
        self.name = ScriptLineEdit(self)
        self.name.line_edit.setPlaceholderText(
            tr(_C, "In any script: Қалиолла, Qaliolla, قالىوللا")
        )
        self.sex = choice_combo(Sex, self)
        self.birth = BirthEdit(self, accessible_name=tr(_C, "Born (year or age)"))
        self.hometown = QLineEdit(self)
        self.hometown.setPlaceholderText(tr(_C, "Prefecture, county or village"))
        self.status = choice_combo(Status, self)
        self.since = FuzzyDateEdit(self, accessible_name=tr(_C, "Since when"))
        self.since.line_edit.setPlaceholderText(tr(_C, "spring 2018, about 2017, before 2019"))

    def _build_reporter(self) -> None:
        self.reporter_name = ScriptLineEdit(self, show_script=False)
        self.reporter_name.line_edit.setPlaceholderText(tr(_C, "The relative who tells us"))
        self.relationship = choice_combo(Relationship, self)
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText(tr(_C, "+7 701 123 45 67"))
        self.photo = PhotoField(self)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(tr(_C, "Anything else the family says"))
        self.consent = choice_combo(Consent, self, blank=tr(_C, "— ask the family —"))

    def _rows(self) -> list[tuple[str, str, QWidget]]:
        """(key, label, widget) in the order they are shown; a None widget is a heading."""
        return [
            ("", tr(_C, "Detained person"), None),
            ("name", tr(_C, "&Name"), self.name),
            ("sex", tr(_C, "Se&x"), self.sex),
            ("birth", tr(_C, "&Born"), self.birth),
            ("hometown", tr(_C, "&Hometown"), self.hometown),
            ("status", tr(_C, "Current &status"), self.status),
            ("since", tr(_C, "S&ince"), self.since),
            ("", tr(_C, "Told by"), None),
            ("reporter_name", tr(_C, "&Relative"), self.reporter_name),
            ("relationship", tr(_C, "Relations&hip"), self.relationship),
            ("phone", tr(_C, "&Phone"), self.phone),
            ("photo", tr(_C, "Ph&oto"), self.photo),
            ("note", tr(_C, "No&te"), self.note),
            ("consent", tr(_C, "&Consent"), self.consent),
        ]

    def _layout(self) -> None:
        self.widgets: dict[str, QWidget] = {}
        self.captions: dict[str, str] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(7)
        for key, text, widget in self._rows():
            if widget is None:
                heading = QLabel(text, self)
                heading.setObjectName("rallySection")
                form.addRow(heading)
                continue
            caption = QLabel(text, self)
            caption.setBuddy(self._focus_of(widget))
            self._focus_of(widget).setAccessibleName(caption.text().replace("&", ""))
            form.addRow(caption, widget)
            self.widgets[key] = widget
            self.captions[key] = text.replace("&", "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        for first, second in zip(self.chain, self.chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    @staticmethod
    def _focus_of(widget: QWidget) -> QWidget:
        return widget.focusProxy() or widget

    def _connect(self) -> None:
        for key in ("name", "reporter_name"):
            self.widgets[key].line_edit.textChanged.connect(lambda _t, k=key: self._changed(k))
        for key in ("birth", "since"):
            self.widgets[key].line_edit.textChanged.connect(lambda _t, k=key: self._changed(k))
        for key in ("hometown", "phone", "note"):
            self.widgets[key].textChanged.connect(lambda _t, k=key: self._changed(k))
        for key in ("sex", "status", "relationship", "consent"):
            self.widgets[key].currentIndexChanged.connect(lambda _i, k=key: self._changed(k))
        self.photo.changed.connect(lambda: self._changed("photo"))

    def _changed(self, key: str) -> None:
        if not self._loading:
            self.edited.emit(key)

    # -- keyboard -------------------------------------------------------------------------------

    def focus_next(self, widget: QObject) -> bool:
        """Move from `widget` to the next field; False when `widget` is not one of ours."""
        if widget not in self.chain:
            return False
        index = self.chain.index(widget)
        if index + 1 < len(self.chain):
            fresh_search(self.chain[index + 1])  # no FocusIn while the window is inactive
            self.chain[index + 1].setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.last_field_passed.emit()
        return True

    def focus_field(self, key: str) -> bool:
        widget = self.widgets.get(key)
        if widget is None:
            return False
        self._focus_of(widget).setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def caption(self, key: str) -> str:
        """The label shown beside a field ("" for a key that is not a field)."""
        return self.captions.get(key, "")

    def focus_first(self) -> None:
        self.name.line_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- values ---------------------------------------------------------------------------------

    def fields(self) -> dict[str, str]:
        """Every field as text (combo boxes as stored values); the photo as draft fields."""
        values = {
            "name": self.name.text(),
            "birth": self.birth.text(),
            "hometown": self.hometown.text(),
            "since": self.since.text(),
            "reporter_name": self.reporter_name.text(),
            "phone": self.phone.text(),
            "note": self.note.text(),
        }
        for key in DEFAULTS:
            values[key] = str(self.widgets[key].currentData() or "")
        values.update(self.photo.draft_fields())
        return values

    def is_empty(self) -> bool:
        values = self.fields()
        typed = any(values[k].strip() for k in values if k not in DEFAULTS)
        return not typed and all(values[k] == v for k, v in DEFAULTS.items())

    def set_fields(self, values: dict[str, str]) -> None:
        """Show `values` (a draft) without announcing edits."""
        self._loading = True
        try:
            self.name.setText(values.get("name", ""))
            self.reporter_name.setText(values.get("reporter_name", ""))
            for key in ("birth", "since"):
                self.widgets[key].setText(values.get(key, ""))
            for key in ("hometown", "phone", "note"):
                self.widgets[key].setText(values.get(key, ""))
                self.widgets[key].setCursorPosition(0)
            for key, default in DEFAULTS.items():
                set_combo(self.widgets[key], values.get(key, default), default)
            self.photo.set_photo(None)
            self.photo.restore(values)
        finally:
            self._loading = False

    def clear_form(self) -> None:
        self.set_fields({})
