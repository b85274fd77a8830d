"""Pieces shared by the overview, follow-ups and directory panels.

`LazyPanel` gives each panel the same life cycle: refresh on `bus.changed` only when the change
concerns it, and only while visible (otherwise mark dirty and refresh on show); `clear()` drops
decrypted data when the vault locks. `Card` is the framed section every panel is built from, and
`CaseLinksView` the clickable list of cases (one click or Enter opens the case).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.entities import Changes, PersonRow
from casetracker.domain.enums import Status
from casetracker.domain.names import NameVariant, preferred_name
from casetracker.gui.bus import bus
from casetracker.gui.i18n import date_text, preferred_script  # noqa: F401 (re-exported)
from casetracker.gui.labels import label, status_colour
from casetracker.services import caselist
from casetracker.services.session import Session

ID_ROLE = Qt.ItemDataRole.UserRole + 1

#: Scoped by object name so that it styles only our panels' frames and headings.
PANEL_STYLE = """
QWidget#panelPage { background: palette(window); }
QFrame#card {
    background: palette(base);
    border: 1px solid palette(midlight);
    border-radius: 8px;
}
QLabel#pageTitle { font-size: 17pt; font-weight: 600; }
QLabel#cardTitle { font-size: 11pt; font-weight: 600; }
QLabel#muted { color: palette(placeholder-text); }
QLabel#detailTitle { font-size: 14pt; font-weight: 600; }
QTreeWidget { border: none; background: palette(base); outline: 0; }
QTreeWidget::item { padding: 3px 8px 3px 0px; }
"""


def display_name(names: Sequence[NameVariant]) -> str:
    """The name shown in lists, in the script the user prefers."""
    return preferred_name(tuple(names), preferred_script())


def person_rows(session: Session, ids: Iterable[int]) -> list[PersonRow]:
    """Case rows for these ids, in order, a page at a time (the service's page size)."""
    ids = list(ids)
    result: list[PersonRow] = []
    for offset in range(0, len(ids), caselist.PAGE):
        result.extend(caselist.rows(session, ids[offset : offset + caselist.PAGE]))
    return result


_icons: dict[tuple[str, int], QIcon] = {}


def dot_icon(colour: QColor, size: int = 12) -> QIcon:
    """A round swatch drawn at 3x so that it stays crisp on high-DPI screens."""
    key = (colour.name(), size)
    if key not in _icons:
        pixmap = QPixmap(size * 3, size * 3)
        pixmap.setDevicePixelRatio(3)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(colour.darker(130))
        painter.setBrush(colour)
        painter.drawEllipse(QRectF(1.5, 1.5, size - 3, size - 3))
        painter.end()
        _icons[key] = QIcon(pixmap)
    return _icons[key]


def status_icon(status: Status) -> QIcon:
    return dot_icon(status_colour(status))


def muted_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    widget = QLabel(text, parent)
    widget.setObjectName("muted")
    widget.setWordWrap(True)
    return widget


class Card(QFrame):
    """A framed section: a title, an optional muted subtitle, then the body."""

    def __init__(self, title: str, subtitle: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(16, 14, 16, 14)
        self.body.setSpacing(8)
        self.title = QLabel(title)
        self.title.setObjectName("cardTitle")
        self.subtitle = muted_label(subtitle)
        self.subtitle.setVisible(bool(subtitle))
        self.body.addWidget(self.title)
        self.body.addWidget(self.subtitle)

    def set_subtitle(self, text: str) -> None:
        self.subtitle.setText(text)
        self.subtitle.setVisible(bool(text))


class CaseLinksView(QTreeWidget):
    """A flat list of cases; one click or Enter asks the main window to open the case."""

    open_requested = Signal(int)  # person id

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(len(headers))
        self.setHeaderLabels(list(headers))
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setMouseTracking(True)
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.itemClicked.connect(self._on_clicked)
        self.open_requested.connect(bus.case_open_requested.emit)

    def add_case(
        self,
        person_id: int | None,
        values: Sequence[str],
        status: Status | None = None,
        column: int = 2,
    ) -> QTreeWidgetItem:
        """A row of `values`; `status` puts a coloured dot beside the text of `column`."""
        item = QTreeWidgetItem(list(values))
        item.setData(0, ID_ROLE, person_id)
        if status is not None:
            item.setIcon(column, status_icon(status))
        for column, value in enumerate(values):
            item.setToolTip(column, value)  # cells elide long hometowns and summaries
        self.addTopLevelItem(item)
        return item

    def set_people(self, rows: Iterable[PersonRow]) -> None:
        """Reference, name, current status and hometown of each case."""
        self.clear()
        for row in rows:
            self.add_case(
                row.id,
                [row.ref, display_name(row.names), label(row.status), row.hometown],
                row.status,
            )
        self.fit_columns()

    def fit_columns(self, skip: Sequence[int] = (), limit: int = 320) -> None:
        """Size every column but the last (and `skip`) to its contents, within reason."""
        for column in range(self.columnCount() - 1):
            if column in skip:
                continue
            self.resizeColumnToContents(column)
            width = min(self.columnWidth(column) + 12, limit)
            self.setColumnWidth(column, width)

    def person_ids(self) -> list[int]:
        return [self.topLevelItem(i).data(0, ID_ROLE) for i in range(self.topLevelItemCount())]

    def _on_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        pid = item.data(0, ID_ROLE)
        if pid is not None:
            self.open_requested.emit(int(pid))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self._on_clicked(self.currentItem(), 0)
            return
        super().keyPressEvent(event)


class LazyPanel(QWidget):
    """Base of the panels: `refresh()` when relevant data changed, deferred while hidden."""

    refreshed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._dirty = True
        self._pending = QTimer(self, singleShot=True, interval=0)
        self._pending.timeout.connect(self.refresh)
        self.setObjectName("panelPage")
        self.setStyleSheet(PANEL_STYLE)
        bus.changed.connect(self._on_changed)

    def is_relevant(self, changes: Changes) -> bool:
        return changes.list_changed or changes.directory_changed

    def refresh(self) -> None:
        """Reload from the vault; subclasses do the work in `load()`."""
        self._dirty = False
        self.load()

    def load(self) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        """Drop every decrypted value (the vault is locking); the next show reloads."""
        self._dirty = True
        self._pending.stop()
        self.drop()

    def drop(self) -> None:
        raise NotImplementedError

    def mark_dirty(self) -> None:
        """Refresh soon if visible (after the current event: safe from inside item signals)."""
        self._dirty = True
        if self.isVisible():
            self._pending.start()

    def _on_changed(self, changes: Changes) -> None:
        if self.is_relevant(changes):
            self.mark_dirty()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()
