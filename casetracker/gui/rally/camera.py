"""Take a photo with the laptop's camera, when Qt Multimedia is installed.

PySide6-Essentials (our dependency) does not ship QtMultimedia; the full PySide6 (Addons) does.
`available()` says whether it imports, and the rally form hides its camera button when not.
The picture goes straight into memory as JPEG bytes and never touches a plain file.
"""

from __future__ import annotations

import importlib
from functools import cache

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from casetracker.gui.i18n import tr

_C = "CameraDialog"


@cache
def _multimedia():
    try:
        return (
            importlib.import_module("PySide6.QtMultimedia"),
            importlib.import_module("PySide6.QtMultimediaWidgets"),
        )
    except ImportError:
        return None


def available() -> bool:
    """True when Qt Multimedia imports and a camera is connected."""
    modules = _multimedia()
    if modules is None:
        return False
    try:
        return bool(modules[0].QMediaDevices.videoInputs())
    except Exception:  # a broken multimedia back end must not break the form
        return False


def _jpeg(image) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", 85)
    return bytes(data.data())


class CameraDialog(QDialog):
    """Live view; Space or Enter takes the picture, Esc cancels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        multimedia, widgets = _multimedia()  # type: ignore[misc]
        self.setWindowTitle(tr(_C, "Take a photo"))
        self.data: bytes | None = None
        self.camera = multimedia.QCamera(self)
        self.capture = multimedia.QImageCapture(self)
        self.session = multimedia.QMediaCaptureSession(self)
        self.view = widgets.QVideoWidget(self)
        self.view.setMinimumSize(480, 360)
        self.session.setCamera(self.camera)
        self.session.setImageCapture(self.capture)
        self.session.setVideoOutput(self.view)
        self.capture.imageCaptured.connect(self._captured)
        buttons = QDialogButtonBox(self)
        take = buttons.addButton(tr(_C, "Take photo"), QDialogButtonBox.ButtonRole.ActionRole)
        take.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        take.clicked.connect(self.capture.capture)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(QLabel(tr(_C, "The photo stays inside the encrypted vault."), self))
        layout.addWidget(buttons)
        self.camera.start()

    def _captured(self, _id: int, image) -> None:
        self.data = _jpeg(image)
        self.camera.stop()
        self.accept()

    def reject(self) -> None:
        self.camera.stop()
        super().reject()


def capture(parent: QWidget | None = None) -> bytes | None:
    """A JPEG from the camera, or None when cancelled or no camera is there."""
    if not available():
        return None
    dialog = CameraDialog(parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return dialog.data if accepted else None
