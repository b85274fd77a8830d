"""Images from the vault shown without touching the disk, and the photo well of a case.

Attachment bytes come decrypted from `services.attachments.read` into memory and are decoded
and scaled there (`decode_image`); nothing is cached on disk, and `clear()` drops the pixmaps
when the vault locks. The photo well accepts an image file dropped onto it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QImage,
    QImageReader,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QFrame, QWidget

from casetracker.domain.entities import AttachmentInfo
from casetracker.domain.errors import CaseTrackerError
from casetracker.gui import theme
from casetracker.gui.i18n import tr
from casetracker.services import attachments
from casetracker.services.session import Session

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp"}


def decode_image(data: bytes, max_side: int | None = None) -> QImage | None:
    """Decode image bytes in memory, scaled down to fit `max_side` (None: full size)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if max_side and size.isValid() and max(size.width(), size.height()) > max_side:
        reader.setScaledSize(size.scaled(max_side, max_side, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    buffer.close()
    return None if image.isNull() else image


def local_files(mime: QMimeData, *, images_only: bool = False) -> list[str]:
    """Paths of the local files being dragged (only images when `images_only`)."""
    if not mime.hasUrls():
        return []
    paths = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
    if images_only:
        paths = [p for p in paths if Path(p).suffix.lower() in IMAGE_SUFFIXES]
    return paths


class PhotoWell(QFrame):
    """The case's photo (or a placeholder inviting a drop); emits the files dropped on it."""

    files_dropped = Signal(list)  # list[str] of image paths

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setMinimumSize(QSize(180, 200))
        self.setAccessibleName(tr("PhotoWell", "Photo"))
        self._image: QImage | None = None
        self._drag_over = False

    def image(self) -> QImage | None:
        return self._image

    def set_image(self, image: QImage | None) -> None:
        self._image = image
        self.setToolTip(
            tr("PhotoWell", "Drop an image file here to add a photo") if image is None else ""
        )
        self.update()

    def clear(self) -> None:
        self.set_image(None)

    def sizeHint(self) -> QSize:
        return QSize(200, 220)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event.mimeData(), images_only=True):
            self._drag_over = True
            self.update()
            event.acceptProposedAction()

    def dragLeaveEvent(self, event) -> None:
        self._drag_over = False
        self.update()

    def dropEvent(self, event: QDropEvent) -> None:
        self._drag_over = False
        self.update()
        paths = local_files(event.mimeData(), images_only=True)
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        path = QPainterPath()
        path.addRoundedRect(rect, 10, 10)
        if self._image is not None:
            painter.setClipPath(path)
            painter.fillRect(rect, theme.colour("alternate"))
            scaled = self._image.scaled(
                rect.size().toSize(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            x = rect.x() + (rect.width() - scaled.width()) / 2
            y = rect.y() + (rect.height() - scaled.height()) / 2
            painter.drawImage(int(x), int(y), scaled)
            painter.setClipping(False)
            painter.setPen(QPen(theme.colour("border"), 1))
            painter.drawPath(path)
        else:
            self._paint_placeholder(painter, rect, path)
        if self._drag_over:
            highlight = theme.colour("highlight")
            painter.setPen(QPen(highlight, 2, Qt.PenStyle.DashLine))
            painter.setBrush(QColor(highlight.red(), highlight.green(), highlight.blue(), 30))
            painter.drawPath(path)
        painter.end()

    def _paint_placeholder(self, painter: QPainter, rect: QRectF, path: QPainterPath) -> None:
        painter.fillPath(path, theme.colour("alternate"))
        painter.setPen(QPen(theme.colour("border"), 1.5, Qt.PenStyle.DashLine))
        painter.drawPath(path)
        painter.setPen(theme.colour("muted"))
        painter.drawText(
            rect.adjusted(16, 16, -16, -16),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            tr("PhotoWell", "No photo yet.\nDrop an image file here."),
        )


class ImageCache:
    """Decoded images of one case's attachments, in memory only, keyed by content and size."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._images: dict[tuple[str, int], QImage | None] = {}

    def image(self, info: AttachmentInfo, max_side: int) -> QImage | None:
        key = (info.sha256, max_side)
        if key not in self._images:
            try:
                data = attachments.read(self.session, info.id)
            except CaseTrackerError:
                data = b""
            self._images[key] = decode_image(data, max_side) if data else None
        return self._images[key]

    def clear(self) -> None:
        self._images.clear()


def first_photo(info: tuple[AttachmentInfo, ...]) -> AttachmentInfo | None:
    return next((a for a in info if a.is_photo), None)
