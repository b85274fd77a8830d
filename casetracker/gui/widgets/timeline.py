"""The status history of one person as a vertical timeline, newest at the top.

Each event is a node in its status colour on a rail drawn with QPainter, beside the status, the
date in words, where, sentence and charge, the source and how sure we are. PRC official
statements (and state-made proof-of-life videos) are claims by the authorities, kept beside the
family's account and never replacing it (DOMAIN.md), so they are drawn as hollow nodes inside
a dashed amber frame with a label saying what they are.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.entities import StatusEvent
from casetracker.domain.enums import SourceType
from casetracker.gui import theme
from casetracker.gui.i18n import tr
from casetracker.gui.labels import label, status_colour
from casetracker.gui.widgets.fuzzydate_edit import date_words

OFFICIAL_SOURCES = frozenset({SourceType.PRC_OFFICIAL, SourceType.PROOF_OF_LIFE})
RAIL_X = 20
NODE_Y = 26
GUTTER = 46
_CHIP = (
    "QLabel {{ background: {bg}; color: {fg}; border: 1px solid {border}; border-radius: 9px;"
    " padding: 1px 8px; font-size: 8.5pt; font-weight: 600; }}"
)


def _chip(text: str, bg: str, fg: str, border: str) -> QLabel:
    chip = QLabel(text)
    chip.setStyleSheet(_CHIP.format(bg=bg, fg=fg, border=border))
    return chip


def _line(text: str, *, muted: bool = True) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(True)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    if muted:
        widget.setStyleSheet(f"color: {theme.colour('muted').name()};")
    return widget


def event_details(event: StatusEvent) -> list[str]:
    """The lines under the status: where, sentence and charge, source and confidence."""
    lines = []
    where = " · ".join(p for p in (event.facility_name, event.place) if p)
    if where:
        lines.append(where)
    legal = []
    if event.sentence:
        legal.append(tr("StatusTimeline", "Sentence: {text}").format(text=event.sentence))
    if event.charge:
        legal.append(tr("StatusTimeline", "Charge: {text}").format(text=event.charge))
    if legal:
        lines.append(" · ".join(legal))
    lines.append(
        tr("StatusTimeline", "Source: {source} · Confidence: {confidence}").format(
            source=label(event.source_type), confidence=label(event.confidence)
        )
    )
    return lines


class TimelineEntry(QFrame):
    """One event: painted rail and node on the left, its facts on the right."""

    activated = Signal(int)  # double click or Return: edit it
    delete_requested = Signal(int)
    focused = Signal(int)

    def __init__(
        self, event: StatusEvent, *, first: bool, last: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.status_event = event
        self.first, self.last = first, last
        self.official = event.source_type in OFFICIAL_SOURCES
        self.selected = False
        self._hover = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.when = date_words(event.date) or tr("StatusTimeline", "date unknown")
        self.setAccessibleName(f"{label(event.status)}, {self.when}")
        self.setToolTip(tr("StatusTimeline", "Double-click or press Enter to edit"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(GUTTER + 12, 12, 16, 14)
        layout.setSpacing(4)
        layout.addLayout(self._title_row(current=first))
        for text in event_details(event):
            layout.addWidget(_line(text))
        if event.note:
            layout.addSpacing(2)
            layout.addWidget(_line(event.note, muted=False))

    def _title_row(self, *, current: bool) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.status_label = QLabel(label(self.status_event.status))
        font = self.status_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setWeight(QFont.Weight.DemiBold)
        self.status_label.setFont(font)
        row.addWidget(self.status_label)
        if current:
            row.addWidget(_chip(tr("StatusTimeline", "Current"), "#EEF0F2", "#24292F", "#D0D7DE"))
        if self.official:
            self.official_chip = _chip(
                tr("StatusTimeline", "PRC official claim"), "#FFF1D6", "#7A4B00", "#E6A23C"
            )
            self.official_chip.setToolTip(
                tr(
                    "StatusTimeline",
                    "A statement by the Chinese authorities ({source}). It is kept beside the "
                    "family's account and does not replace it.",
                ).format(source=label(self.status_event.source_type))
            )
            row.addWidget(self.official_chip)
        row.addStretch(1)
        self.date_label = QLabel(self.when)
        self.date_label.setStyleSheet(f"color: {theme.colour('muted').name()}; font-weight: 600;")
        self.date_label.setToolTip(self.status_event.date.text if self.status_event.date else "")
        row.addWidget(self.date_label)
        return row

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_card(painter)
        self._paint_rail(painter)
        painter.end()

    def _paint_card(self, painter: QPainter) -> None:
        rect = QRectF(self.rect()).adjusted(GUTTER + 1.5, 4.5, -1.5, -4.5)
        clear, amber = QColor(0, 0, 0, 0), QColor(230, 162, 60)
        fill, border, style = clear, clear, Qt.PenStyle.SolidLine
        if self.official:
            fill, border, style = QColor(230, 162, 60, 22), amber, Qt.PenStyle.DashLine
        if self._hover:
            fill = theme.colour("alternate") if not self.official else QColor(230, 162, 60, 40)
        if self.selected:
            highlight = theme.colour("highlight")
            fill = QColor(highlight.red(), highlight.green(), highlight.blue(), 28)
            border = highlight if self.hasFocus() else highlight.lighter(150)
        pen = QPen(border, 1.5 if self.hasFocus() and self.selected else 1.2, style)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 8, 8)

    def _paint_rail(self, painter: QPainter) -> None:
        painter.setPen(QPen(theme.colour("border"), 2))
        top = NODE_Y if self.first else 0
        bottom = NODE_Y if self.last else self.height()
        if bottom > top:
            painter.drawLine(RAIL_X, top, RAIL_X, bottom)
        colour = status_colour(self.status_event.status)
        radius = 9 if self.first else 7
        centre = QRectF(RAIL_X - radius, NODE_Y - radius, 2 * radius, 2 * radius)
        if self.official:
            painter.setPen(QPen(colour, 2.5, Qt.PenStyle.DotLine))
            painter.setBrush(theme.colour("base"))
        else:  # a darker edge keeps light colours (house arrest's yellow) visible on white
            painter.setPen(QPen(colour.darker(135), 1.2))
            painter.setBrush(colour)
        painter.drawEllipse(centre)
        if self.first and not self.official:
            painter.setPen(QPen(colour.darker(120), 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre.adjusted(-3.5, -3.5, 3.5, 3.5))

    # -- interaction -----------------------------------------------------------------------

    def set_selected(self, selected: bool) -> None:
        self.selected = selected
        self.update()

    def enterEvent(self, event) -> None:
        self._hover = True
        self.update()
        super().enterEvent(event)

    def leaveEvent(self, event) -> None:
        self._hover = False
        self.update()
        super().leaveEvent(event)

    def focusInEvent(self, event) -> None:
        self.focused.emit(self.status_event.id)
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.update()
        super().focusOutEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.activated.emit(self.status_event.id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.activated.emit(self.status_event.id)
        elif key == Qt.Key.Key_Delete:
            self.delete_requested.emit(self.status_event.id)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.focusNextPrevChild(key == Qt.Key.Key_Down)
        else:
            super().keyPressEvent(event)


class StatusTimeline(QScrollArea):
    """Scrollable timeline of a person's status events; edit and delete are requests."""

    edit_requested = Signal(int)  # event id
    delete_requested = Signal(int)
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setObjectName("statusTimeline")
        self.setStyleSheet(
            f"QScrollArea#statusTimeline {{ background: {theme.colour('base').name()};"
            f" border: 1px solid {theme.colour('border').name()}; border-radius: 10px; }}"
            "QWidget#timelineContainer { background: transparent; }"
        )
        self.viewport().setAutoFillBackground(False)
        self._entries: list[TimelineEntry] = []
        self._selected: int | None = None
        container = QWidget()
        container.setObjectName("timelineContainer")
        self._layout = QVBoxLayout(container)
        self._layout.setContentsMargins(10, 10, 14, 10)
        self._layout.setSpacing(0)
        self.empty_label = QLabel(
            tr(
                "StatusTimeline",
                "No status recorded yet. Add what the family knows, even if the date is uncertain.",
            )
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(f"color: {theme.colour('muted').name()}; padding: 24px;")
        self._layout.addWidget(self.empty_label)
        self._layout.addStretch(1)
        self.setWidget(container)
        self.setAccessibleName(tr("StatusTimeline", "Status timeline"))

    def entries(self) -> list[TimelineEntry]:
        """The entries as shown, newest first."""
        return list(self._entries)

    def set_events(self, events: Sequence[StatusEvent]) -> None:
        """Show `events` (given oldest first, as services return them) newest at the top."""
        focused = next((e.status_event.id for e in self._entries if e.hasFocus()), None)
        self.clear()
        ordered = list(reversed(events))
        for index, event in enumerate(ordered):
            entry = TimelineEntry(event, first=index == 0, last=index == len(ordered) - 1)
            entry.activated.connect(self.edit_requested)
            entry.delete_requested.connect(self.delete_requested)
            entry.focused.connect(self.select)
            self._layout.insertWidget(self._layout.count() - 1, entry)
            self._entries.append(entry)
        self.empty_label.setVisible(not ordered)
        ids = [e.id for e in ordered]
        self.select(self._selected if self._selected in ids else None)
        if focused in ids:
            self._entries[ids.index(focused)].setFocus()

    def clear(self) -> None:
        for entry in self._entries:
            self._layout.removeWidget(entry)
            entry.hide()
            entry.deleteLater()
        self._entries = []
        self.empty_label.show()

    def select(self, event_id: int | None) -> None:
        self._selected = event_id
        for entry in self._entries:
            entry.set_selected(entry.status_event.id == event_id)
        self.selection_changed.emit()

    def selected_event_id(self) -> int | None:
        return self._selected
