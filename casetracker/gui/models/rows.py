"""A table of rows replaced whole, with translated headers: what the case file's tables and the
audit log share."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from casetracker.gui.i18n import tr

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """A read-mostly table of one person's rows (reporters, events, interactions...): a list
    replaced whole on every reload, with translated column headers. Subclasses set HEADERS
    (QT_TRANSLATE_NOOP'd in their CONTEXT) and implement `data`."""

    HEADERS: tuple[str, ...] = ()
    CONTEXT = ""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = self.ordered(rows)
        self.endResetModel()

    def ordered(self, rows) -> list:
        """The rows in display order (as given, unless a subclass says otherwise)."""
        return list(rows)

    def row_at(self, row: int):
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.CONTEXT, self.HEADERS[section])
        return None
