"""A status painted as a coloured rounded badge with its text, for table cells.

The badge colour comes from `labels.status_colour` (Okabe-Ito, safe for colour-blind readers)
and the text colour from `labels.text_colour_on`, so the label stays readable on every colour;
the text is always there, colour alone never carries the meaning.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from casetracker.domain.enums import Status
from casetracker.gui.labels import label, status_colour, text_colour_on

STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
_PAD_X = 8
_PAD_Y = 3
_MARGIN = 4


def as_status(value: object) -> Status | None:
    """The Status a model gave (Qt hands StrEnums back as plain str), or None."""
    try:
        return Status(value) if value else None
    except ValueError:
        return None


def badge_size(metrics: QFontMetrics, text: str) -> QSize:
    return QSize(metrics.horizontalAdvance(text) + 2 * _PAD_X, metrics.height() + 2 * _PAD_Y)


def paint_badge(painter: QPainter, rect: QRectF, status: Status, text: str | None = None) -> None:
    """Draw the badge for `status` inside `rect` (left-aligned, vertically centred)."""
    text = text if text is not None else label(status)
    metrics = painter.fontMetrics()
    size = badge_size(metrics, text)
    width = min(float(size.width()), rect.width())
    badge = QRectF(rect.left(), rect.center().y() - size.height() / 2, width, size.height())
    background = status_colour(status)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(background)
    radius = size.height() / 2
    painter.drawRoundedRect(badge, radius, radius)
    painter.setPen(text_colour_on(background))
    inner = badge.adjusted(_PAD_X, 0, -_PAD_X, 0)
    shown = text
    if size.width() > rect.width():  # only a too-narrow column elides (elidedText is strict)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(inner.width()))
    flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
    painter.drawText(inner, int(flags) | int(Qt.TextFlag.TextDontClip), shown)
    painter.restore()


class StatusBadgeDelegate(QStyledItemDelegate):
    """Paints the cell's `STATUS_ROLE` value as a badge; falls back to plain text without one."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        status = as_status(index.data(STATUS_ROLE))
        if status is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        # the row's selection and hover background, without the text
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        text = index.data(Qt.ItemDataRole.DisplayRole) or label(status)
        rect = QRectF(option.rect).adjusted(_MARGIN, 2, -_MARGIN, -2)
        painter.save()
        painter.setFont(option.font)
        paint_badge(painter, rect, status, text)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        base = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        size = badge_size(QFontMetrics(option.font), text)
        return QSize(size.width() + 2 * _MARGIN, max(base.height(), size.height() + 6))
