"""Two small charts drawn with QPainter: horizontal bars (rankings) and stacked columns (time).

Why not QtCharts: it lives in PySide6-Addons, which the project deliberately does not depend on
(it would add well over 100 MB to a bundle volunteers download over slow connections, and more
native libraries to sign and audit). The overview needs only these two shapes, and drawing them
ourselves keeps them consistent with the palette, translated and readable at any DPI: everything
is laid out in logical pixels from the widget's font metrics, so Qt's device pixel ratio scaling
keeps lines and text crisp on high-DPI screens.

Every bar carries its number and its label as text (never colour alone), every mark has a tooltip,
and the accessible description states the figures for screen readers.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPainterPath, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

ACCENT = QColor("#4C78A8")


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    colour: QColor | None = None
    tooltip: str = ""


@dataclass(frozen=True)
class Series:
    name: str
    colour: QColor
    values: tuple[int, ...]


def nice_ticks(maximum: float, wanted: int = 4) -> list[int]:
    """0 and round steps (1, 2 or 5 times a power of ten) reaching at least `maximum`."""
    if maximum <= 0:
        return [0, 1]
    raw = maximum / wanted
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    step = max(1, int(step))
    top = math.ceil(maximum / step) * step
    return list(range(0, top + 1, step))


def _rounded_bar(rect: QRectF, radius: float, horizontal: bool) -> QPainterPath:
    """A bar with rounded outer end only (the end away from the axis)."""
    path = QPainterPath()
    r = min(radius, rect.width() / 2, rect.height() / 2)
    path.addRoundedRect(rect, r, r)
    square = QPainterPath()
    if horizontal:
        square.addRect(QRectF(rect.left(), rect.top(), min(r, rect.width()), rect.height()))
    else:
        square.addRect(QRectF(rect.left(), rect.bottom() - r, rect.width(), r))
    return path.united(square)


class _Chart(QWidget):
    """Shared plumbing: empty text, muted colours, tooltips by hit-testing."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.empty_text = ""
        self._hover = -1

    def muted(self) -> QColor:
        colour = QColor(self.palette().color(QPalette.ColorRole.Text))
        colour.setAlphaF(0.6)
        return colour

    def grid(self) -> QColor:
        colour = QColor(self.palette().color(QPalette.ColorRole.Text))
        colour.setAlphaF(0.12)
        return colour

    def hit(self, pos: QPointF) -> int:
        raise NotImplementedError

    def tooltip_for(self, index: int) -> str:
        raise NotImplementedError

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            help_event = QHelpEvent(event)  # type: ignore[arg-type]
            index = self.hit(QPointF(help_event.pos()))
            if index >= 0:
                QToolTip.showText(help_event.globalPos(), self.tooltip_for(index), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def mouseMoveEvent(self, event) -> None:
        index = self.hit(event.position())
        if index != self._hover:
            self._hover = index
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event) -> None:
        self._hover = -1
        self.update()
        super().leaveEvent(event)

    def draw_empty(self, painter: QPainter) -> None:
        painter.setPen(self.muted())
        painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, self.empty_text)


class BarChart(_Chart):
    """Horizontal bars, one row each: label, bar, number (a ranking such as hometowns)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self._bars: list[Bar] = []

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self._bars = list(bars)
        total = sum(b.value for b in self._bars)
        self.setAccessibleDescription(
            "; ".join(f"{b.label}: {b.value}" for b in self._bars) if total else self.empty_text
        )
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def row_height(self) -> int:
        return max(QFontMetrics(self.font()).height() + 10, 24)

    def sizeHint(self) -> QSize:
        rows = max(len(self._bars), 3)
        return QSize(360, rows * self.row_height() + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(220, self.sizeHint().height())

    def _columns(self) -> tuple[float, float, float]:
        """(label width, bar area width, value width)."""
        fm = QFontMetrics(self.font())
        value_w = fm.horizontalAdvance(str(max((b.value for b in self._bars), default=0))) + 12
        label_w = max((fm.horizontalAdvance(b.label) for b in self._bars), default=0) + 14
        label_w = min(label_w, self.width() * 0.45)
        return label_w, max(self.width() - label_w - value_w, 10), value_w

    def hit(self, pos: QPointF) -> int:
        index = int(pos.y() // self.row_height())
        return index if 0 <= index < len(self._bars) else -1

    def tooltip_for(self, index: int) -> str:
        bar = self._bars[index]
        total = sum(b.value for b in self._bars)
        share = f" ({bar.value / total:.0%})" if total else ""
        return bar.tooltip or f"{bar.label}: {bar.value}{share}"

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._bars or not any(b.value for b in self._bars):
            self.draw_empty(painter)
            return
        fm = QFontMetrics(self.font())
        label_w, area_w, _value_w = self._columns()
        top_value = max(b.value for b in self._bars)
        row_h = self.row_height()
        text_colour = self.palette().color(QPalette.ColorRole.Text)
        for index, bar in enumerate(self._bars):
            y = index * row_h
            if index == self._hover:
                painter.fillRect(QRectF(0, y, self.width(), row_h), self.grid())
            painter.setPen(text_colour)
            text = fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(label_w - 12))
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(QRectF(0, y, label_w - 10, row_h), align, text)
            length = area_w * bar.value / top_value
            if bar.value:
                length = max(length, 3.0)
                rect = QRectF(label_w, y + row_h * 0.2, length, row_h * 0.6)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(bar.colour or ACCENT)
                painter.drawPath(_rounded_bar(rect, 3, horizontal=True))
            painter.setPen(text_colour if bar.value else self.muted())
            value_rect = QRectF(label_w + length + 6, y, 200, row_h)
            painter.drawText(value_rect, Qt.AlignmentFlag.AlignVCenter, str(bar.value))


class ColumnChart(_Chart):
    """Stacked columns over time with a legend, a value axis and thinned period labels."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self._categories: list[str] = []
        self._series: list[Series] = []
        self.setMinimumHeight(200)

    def set_data(self, categories: Sequence[str], series: Sequence[Series]) -> None:
        self._categories = list(categories)
        self._series = [s for s in series if len(s.values) == len(self._categories)]
        self.setAccessibleDescription(
            "; ".join(f"{c}: {t}" for c, t in zip(self._categories, self.totals(), strict=True))
        )
        self.update()

    def categories(self) -> list[str]:
        return list(self._categories)

    def series(self) -> list[Series]:
        return list(self._series)

    def totals(self) -> list[int]:
        return [sum(s.values[i] for s in self._series) for i in range(len(self._categories))]

    def sizeHint(self) -> QSize:
        return QSize(420, 240)

    # -- layout ----------------------------------------------------------------------------

    def _legend_items(self) -> list[tuple[QRectF, Series]]:
        """Swatch rectangles of the legend, wrapped over as many lines as the width needs."""
        if len(self._series) < 2:
            return []
        fm = QFontMetrics(self.font())
        line_h, x, y, items = fm.height() + 6, 0.0, 0.0, []
        for series in self._series:
            width = 12 + 6 + fm.horizontalAdvance(series.name) + 16
            if x > 0 and x + width > self.width():
                x, y = 0.0, y + line_h
            items.append((QRectF(x, y + (line_h - 12) / 2, 12, 12), series))
            x += width
        return items

    def _plot(self) -> QRectF:
        """The area of the columns, leaving room for the legend, totals, axis and labels."""
        fm = QFontMetrics(self.font())
        legend = self._legend_items()
        top = (legend[-1][0].bottom() + 10 if legend else 0) + fm.height() + 4
        ticks = nice_ticks(max(self.totals(), default=0))
        left = fm.horizontalAdvance(str(ticks[-1])) + 10
        bottom = self.height() - fm.height() - 8
        return QRectF(left, top, max(self.width() - left - 4, 10), max(bottom - top, 20))

    def _slot(self, plot: QRectF) -> float:
        return plot.width() / max(len(self._categories), 1)

    def hit(self, pos: QPointF) -> int:
        plot = self._plot()
        if not self._categories or not plot.left() <= pos.x() < plot.right():
            return -1
        index = int((pos.x() - plot.left()) // self._slot(plot))
        return index if 0 <= index < len(self._categories) else -1

    def tooltip_for(self, index: int) -> str:
        total = self.totals()[index]
        lines = [f"{self._categories[index]}: {total}"]
        if len(self._series) > 1:
            lines += [f"  {s.name}: {s.values[index]}" for s in self._series if s.values[index]]
        return "\n".join(lines)

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._categories or not any(self.totals()):
            self.draw_empty(painter)
            return
        plot = self._plot()
        self._paint_legend(painter)
        self._paint_axis(painter, plot)
        self._paint_columns(painter, plot)
        self._paint_labels(painter, plot)

    def _paint_legend(self, painter: QPainter) -> None:
        fm = QFontMetrics(self.font())
        for swatch, series in self._legend_items():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(series.colour)
            painter.drawRoundedRect(swatch, 2, 2)
            painter.setPen(self.palette().color(QPalette.ColorRole.Text))
            text_rect = QRectF(swatch.right() + 6, swatch.center().y() - fm.height() / 2, 400, 0)
            painter.drawText(
                text_rect.adjusted(0, 0, 0, fm.height()),
                Qt.AlignmentFlag.AlignVCenter,
                series.name,
            )

    def _paint_axis(self, painter: QPainter, plot: QRectF) -> None:
        ticks = nice_ticks(max(self.totals()))
        fm = QFontMetrics(self.font())
        for tick in ticks:
            y = plot.bottom() - plot.height() * tick / ticks[-1]
            painter.setPen(self.grid())
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(self.muted())
            rect = QRectF(0, y - fm.height() / 2, plot.left() - 6, fm.height())
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(tick)
            )

    def _paint_columns(self, painter: QPainter, plot: QRectF) -> None:
        ticks = nice_ticks(max(self.totals()))
        fm = QFontMetrics(self.font())
        slot = self._slot(plot)
        width = min(slot * 0.68, 56)
        scale = plot.height() / ticks[-1]
        for index, total in enumerate(self.totals()):
            x = plot.left() + slot * index + (slot - width) / 2
            if index == self._hover:
                painter.fillRect(
                    QRectF(plot.left() + slot * index, plot.top(), slot, plot.height()), self.grid()
                )
            base = plot.bottom()
            drawn = [s for s in self._series if s.values[index]]
            for position, series in enumerate(drawn):
                height = series.values[index] * scale
                rect = QRectF(x, base - height, width, height)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(series.colour)
                if position == len(drawn) - 1:
                    painter.drawPath(_rounded_bar(rect, 3, horizontal=False))
                else:
                    painter.drawRect(rect)
                base -= height
            text = str(total)
            if total and fm.horizontalAdvance(text) <= slot - 2:
                painter.setPen(self.palette().color(QPalette.ColorRole.Text))
                rect = QRectF(plot.left() + slot * index, base - fm.height() - 2, slot, fm.height())
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_labels(self, painter: QPainter, plot: QRectF) -> None:
        fm = QFontMetrics(self.font())
        slot = self._slot(plot)
        widest = max(fm.horizontalAdvance(c) for c in self._categories) + 10
        step = max(1, math.ceil(widest / slot))
        painter.setPen(self.muted())
        last = len(self._categories) - 1
        for index in range(last, -1, -step):  # always label the newest period
            left = plot.left() + slot * index + slot / 2 - widest / 2
            left = min(max(left, 0.0), self.width() - widest)  # keep the end labels whole
            rect = QRectF(left, plot.bottom() + 4, widest, fm.height())
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._categories[index])
