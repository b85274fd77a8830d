"""The input widgets of the rally form that plain Qt widgets do not cover.

`ScriptLineEdit` is a name field that shows the script it detects and turns right to left for
Arabic script; `BirthEdit` reads "1975", "about 1975", "1970s", "45" or "40s" and says what it
understood beside the field; `PhotoField` takes a photo from a file (or the camera when Qt
Multimedia is installed) and keeps it in memory only; `choice_combo` builds the combo boxes.
"""

from __future__ import annotations

import base64
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from casetracker.domain.errors import ValidationError
from casetracker.domain.names import detect_script
from casetracker.gui import theme
from casetracker.gui.i18n import current_language, tr
from casetracker.gui.labels import label
from casetracker.gui.rally import camera
from casetracker.gui.widgets.fuzzydate_edit import ParsedLineEdit, date_words
from casetracker.gui.widgets.name_edit import apply_direction, script_label
from casetracker.services import rally

_C = "RallyForm"
PHOTO_FILTER = "*.jpg *.jpeg *.png *.webp *.bmp *.gif"
THUMB = 56


def choice_combo(enum: type[StrEnum], parent: QWidget, blank: str = "") -> QComboBox:
    """A combo of the enum's labels (data = stored value); `blank` adds a first empty choice."""
    combo = QComboBox(parent)
    if blank:
        combo.addItem(blank, "")
    for member in enum:
        combo.addItem(label(member), member.value)
    return combo


def set_combo(combo: QComboBox, value: str, default: str = "") -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else max(0, combo.findData(default)))


class ScriptLineEdit(QWidget):
    """A name in any script, with the detected script beside it (right to left for Arabic)."""

    def __init__(self, parent: QWidget | None = None, *, show_script: bool = True) -> None:
        super().__init__(parent)
        self.line_edit = QLineEdit(self)
        self.chip = QLabel(self)
        self.chip.setObjectName("scriptChip")
        self.chip.setMinimumWidth(96)
        self.chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chip.setVisible(show_script)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.line_edit, 1)
        layout.addWidget(self.chip)
        self.setFocusProxy(self.line_edit)
        self.line_edit.textChanged.connect(self._detect)
        self._detect("")

    def text(self) -> str:
        return self.line_edit.text()

    def setText(self, text: str) -> None:
        self.line_edit.setText(text)

    def _detect(self, text: str) -> None:
        apply_direction(self.line_edit, text)
        shown = script_label(detect_script(text)) if text.strip() else ""
        self.chip.setText(shown)
        if self.chip.property("empty") != (not shown):
            self.chip.setProperty("empty", not shown)
            self.chip.style().unpolish(self.chip)
            self.chip.style().polish(self.chip)
        self.chip.setAccessibleName(
            tr(_C, "Script: {script}").format(script=shown) if shown else ""
        )


class BirthEdit(ParsedLineEdit):
    """Birth year or age as the relative says it; the reading is shown in words beside it."""

    def __init__(self, parent: QWidget | None = None, *, accessible_name: str = "") -> None:
        super().__init__(parent, accessible_name=accessible_name)
        self.line_edit.setPlaceholderText(tr(_C, "1975, about 1975, 40s"))

    def parse(self, text: str) -> object:
        try:
            date, age = rally.parse_birth(text)
        except ValidationError as exc:
            raise ValueError(f"({exc.message})") from None
        return date if date is not None else age

    def say(self, value: object) -> str:
        if hasattr(value, "min"):
            return value.words(current_language())  # type: ignore[attr-defined]
        return tr(_C, "born {date}").format(date=date_words(value))  # type: ignore[arg-type]

    def refusal(self, reason: str) -> str:
        return tr(_C, "Not a year or an age. Try 1975, about 1975, 1970s, 45 or 40s.")


class PhotoField(QWidget):
    """A photo chosen from a file or taken with the camera; the bytes stay in memory."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: bytes | None = None
        self.filename = ""
        self.path = ""  # kept in the draft so a restored form can read the file again
        self.from_camera = False
        self.choose_button = QPushButton(tr(_C, "Choose a photo…"), self)
        self.choose_button.setAccessibleName(tr(_C, "Choose a photo from a file"))
        self.camera_button = QPushButton(tr(_C, "Camera…"), self)
        self.camera_button.setAccessibleName(tr(_C, "Take a photo with the camera"))
        self.camera_button.setVisible(camera.available())
        self.thumb = QLabel(self)
        self.thumb.setFixedSize(THUMB, THUMB)
        self.thumb.setVisible(False)
        self.caption = QLabel(self)
        self.caption.setObjectName("muted")
        self.remove_button = QPushButton(tr(_C, "Remove"), self)
        self.remove_button.setAccessibleName(tr(_C, "Remove the photo"))
        self.remove_button.setFlat(True)
        self.remove_button.setVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        for widget in (self.choose_button, self.camera_button, self.thumb, self.caption):
            layout.addWidget(widget)
        layout.addWidget(self.remove_button)
        layout.addStretch(1)
        self.setFocusProxy(self.choose_button)
        self.choose_button.clicked.connect(self.choose_file)
        self.camera_button.clicked.connect(self.take_photo)
        self.remove_button.clicked.connect(self.clear)
        self._show()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            tr(_C, "Photo of the detained person"),
            "",
            tr(_C, "Images") + f" ({PHOTO_FILTER})",
        )
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> bool:
        try:
            data = Path(path).read_bytes()
        except OSError:
            return False
        self.set_photo(data, Path(path).name, path=path)
        return True

    def take_photo(self) -> None:
        data = camera.capture(self)
        if data:
            self.set_photo(data, "camera.jpg", from_camera=True)

    def set_photo(
        self, data: bytes | None, filename: str = "", *, path: str = "", from_camera: bool = False
    ) -> None:
        self.data, self.filename, self.path = data or None, filename, path
        self.from_camera = from_camera and bool(data)
        self._show()
        self.changed.emit()

    def clear(self) -> None:
        self.set_photo(None)

    def draft_fields(self) -> dict[str, str]:
        """What the draft keeps: the file's path, or a camera picture's bytes (base64)."""
        if self.data is None:
            return {}
        if self.from_camera:
            return {"photo_data": base64.b64encode(self.data).decode(), "photo_name": self.filename}
        return {"photo_path": self.path, "photo_name": self.filename}

    def restore(self, fields: dict[str, str]) -> None:
        if fields.get("photo_data"):
            data = base64.b64decode(fields["photo_data"].encode(), validate=False)
            self.set_photo(data, fields.get("photo_name", "camera.jpg"), from_camera=True)
        elif fields.get("photo_path"):
            self.load_file(fields["photo_path"])

    def _show(self) -> None:
        pixmap = QPixmap()
        if self.data and pixmap.loadFromData(self.data):
            self.thumb.setPixmap(
                pixmap.scaled(
                    THUMB,
                    THUMB,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        has = self.data is not None
        self.thumb.setVisible(has and not pixmap.isNull())
        self.remove_button.setVisible(has)
        self.caption.setText(self.filename if has else tr(_C, "optional"))
        colour = theme.colour("muted").name()
        self.caption.setStyleSheet(f"color: {colour};")
