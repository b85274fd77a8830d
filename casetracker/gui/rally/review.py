"""After the rally: today's entries, the incomplete ones marked with what they lack.

The rows come from `services.rally.entries_today`; a double click (or Enter) on a row asks for
the full case file (`open_case_requested`), where the gaps are filled in at a quieter moment.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.names import preferred_name
from casetracker.gui import theme
from casetracker.gui.i18n import preferred_script, tr
from casetracker.gui.labels import label
from casetracker.services.rally import RallyReviewRow

_C = "RallyReviewPanel"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
MISSING_ROLE = Qt.ItemDataRole.UserRole + 2
INCOMPLETE_ROLE = Qt.ItemDataRole.UserRole + 3
MISSING_LABELS = {
    "sex": QT_TRANSLATE_NOOP("RallyReviewPanel", "sex"),
    "birth": QT_TRANSLATE_NOOP("RallyReviewPanel", "birth year"),
    "hometown": QT_TRANSLATE_NOOP("RallyReviewPanel", "hometown"),
    "status": QT_TRANSLATE_NOOP("RallyReviewPanel", "status"),
    "since": QT_TRANSLATE_NOOP("RallyReviewPanel", "since when"),
    "reporter": QT_TRANSLATE_NOOP("RallyReviewPanel", "relative"),
    "phone": QT_TRANSLATE_NOOP("RallyReviewPanel", "phone"),
}


def missing_text(row: RallyReviewRow) -> str:
    if not row.incomplete:
        return tr(_C, "✓ complete")
    parts = ", ".join(tr(_C, MISSING_LABELS.get(key, key)) for key in row.missing)
    return tr(_C, "⚠ missing: {fields}").format(fields=parts)


class _EntryDelegate(QStyledItemDelegate):
    """Two lines per entry: the name, then what is still missing (in the warning colour)."""

    PAD = 5

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        return QSize(200, 2 * option.fontMetrics.lineSpacing() + 2 * self.PAD)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        rect = opt.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        line = opt.fontMetrics.lineSpacing()
        missing = str(index.data(MISSING_ROLE) or "")
        incomplete = bool(index.data(INCOMPLETE_ROLE))
        painter.save()
        painter.setPen(
            opt.palette.highlightedText().color() if selected else opt.palette.text().color()
        )
        painter.drawText(
            rect.adjusted(0, 0, 0, -line),
            Qt.AlignmentFlag.AlignLeft,
            _elide(opt.font, name, rect.width()),
        )
        if not selected:
            painter.setPen(theme.colour("warning" if incomplete else "ok"))
        small = QFont(opt.font)
        small.setPointSizeF(opt.font.pointSizeF() * 0.86)
        painter.setFont(small)
        second = rect.adjusted(0, line + 1, 0, 0)
        painter.drawText(second, Qt.AlignmentFlag.AlignLeft, _elide(small, missing, rect.width()))
        painter.restore()


def _elide(font: QFont, text: str, width: int) -> str:
    return QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, width)


class _ReviewTree(QTreeWidget):
    """Enter opens the selected case, like a double click."""

    open_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            self.open_requested.emit(int(item.data(0, ID_ROLE)))
            return
        super().keyPressEvent(event)


class RallyReviewPanel(QFrame):
    """Today's rally entries, newest first."""

    open_case_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rallyCard")
        self.title = QLabel(self)
        self.title.setObjectName("rallyCardTitle")
        self.tree = _ReviewTree(self)
        self.tree.setAccessibleName(tr(_C, "Today's entries"))
        self.tree.setHeaderLabels([tr(_C, "Case"), tr(_C, "Name · still to fill in")])
        self.tree.setItemDelegateForColumn(1, _EntryDelegate(self.tree))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.tree, 1)
        self.tree.itemDoubleClicked.connect(self._activated)
        self.tree.open_requested.connect(self.open_case_requested)
        self.set_rows([])

    def set_rows(self, rows: list[RallyReviewRow]) -> None:
        self.tree.clear()
        prefer = preferred_script()
        warning, ok = theme.colour("warning"), theme.colour("ok")
        for row in rows:
            name = preferred_name(row.names, prefer)
            if row.added_to_existing:
                name = tr(_C, "{name} (testimony added)").format(name=name)
            item = QTreeWidgetItem([row.ref, name])
            item.setData(0, ID_ROLE, row.person_id)
            item.setData(1, MISSING_ROLE, missing_text(row))
            item.setData(1, INCOMPLETE_ROLE, row.incomplete)
            item.setForeground(0, warning if row.incomplete else ok)
            item.setToolTip(
                1, f"{name}\n{label(row.status)} · {row.recorded_at:%H:%M}\n{missing_text(row)}"
            )
            self.tree.addTopLevelItem(item)
        incomplete = sum(1 for row in rows if row.incomplete)
        self.title.setText(
            tr(_C, "Today's entries: {count} ({incomplete} incomplete)").format(
                count=len(rows), incomplete=incomplete
            )
            if rows
            else tr(_C, "Today's entries")
        )

    def row_texts(self) -> list[tuple[str, str, str]]:
        """What each row shows (for tests and screen readers)."""
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [(it.text(0), it.text(1), str(it.data(1, MISSING_ROLE))) for it in items]

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.open_case_requested.emit(int(item.data(0, ID_ROLE)))

    def clear(self) -> None:
        self.set_rows([])
