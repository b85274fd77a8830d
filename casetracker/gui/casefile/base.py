"""What every section of the case file shares: the section protocol, cards and the style sheet.

A section is shown one person at a time. The panel hands it the `Person` read once per
reload; the section shows it, commits the user's edits through services with `run_op`,
commits anything pending on `flush()`, and on `clear()` drops every decrypted value it holds
(the vault is locking). Reloads of the same person must keep what the user is still typing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.entities import Person
from casetracker.gui import theme
from casetracker.gui.labels import ethnicity_label
from casetracker.services.session import Session


def tone(name: str) -> str:
    """A colour of the app's theme by name (window, base, text, muted, border, warning, ...)."""
    return theme.colour(name).name()


def style_sheet() -> str:
    """The case file's look: cards on the window colour, one accent, the theme's colours."""
    c = {n: tone(n) for n in ("window", "base", "text", "muted", "border", "highlight")}
    return f"""
QWidget#caseFile {{ background: {c["window"]}; }}
QWidget#sectionPage, QWidget#sectionScrollBody {{ background: transparent; }}
QScrollArea#sectionScroll {{ background: transparent; border: none; }}
QFrame#card {{ background: {c["base"]}; border: 1px solid {c["border"]}; border-radius: 10px; }}
QLabel#cardTitle {{ font-weight: 600; color: {c["text"]}; }}
QLabel#cardHint {{ color: {c["muted"]}; }}
QLabel#fieldLabel {{ color: {c["text"]}; }}
QTabWidget#sections::pane {{ border: none; }}
QTabBar#sectionTabs::tab {{ padding: 7px 16px; margin-right: 2px; border: none;
    border-bottom: 2px solid transparent; color: {c["muted"]}; background: transparent; }}
QTabBar#sectionTabs::tab:selected {{ color: {c["highlight"]};
    border-bottom: 2px solid {c["highlight"]}; font-weight: 600; }}
QTabBar#sectionTabs::tab:hover:!selected {{ color: {c["text"]};
    border-bottom: 2px solid {c["border"]}; }}
QTableView {{ background: {c["base"]}; border: 1px solid {c["border"]}; border-radius: 8px; }}
QTableView::item {{ padding: 0px 10px; }}
QHeaderView::section {{ background: {c["window"]}; border: none;
    border-bottom: 1px solid {c["border"]}; padding: 6px 10px; font-weight: 600;
    color: {c["text"]}; }}
QLineEdit {{ background: {c["base"]}; border: 1px solid {c["border"]}; border-radius: 4px;
    padding: 3px 6px; }}
QLineEdit:focus {{ border: 1px solid {c["highlight"]}; }}
QLineEdit:disabled {{ color: {c["muted"]}; }}
QComboBox QLineEdit {{ border: none; padding: 0px; background: transparent; }}
QPlainTextEdit {{ background: {c["base"]}; border: 1px solid {c["border"]}; border-radius: 6px;
    padding: 6px; }}
QPlainTextEdit:focus {{ border: 1px solid {c["highlight"]}; }}
"""


class CaseSection(QWidget):
    """Base of the case file's sections; `key` is the name used by `set_section`."""

    key = ""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.person_id: int | None = None
        self.setObjectName("sectionPage")

    def title(self) -> str:
        raise NotImplementedError

    def count(self, person: Person) -> int | None:
        """A number for the navigator ("Family 2"), or None."""
        return None

    def load(self, person: Person) -> None:
        """Show `person`; a reload of the same person keeps pending edits."""
        self.person_id = person.id

    def flush(self) -> None:
        """Commit pending edits now."""

    def clear(self) -> None:
        """Forget the person and every decrypted value shown."""
        self.person_id = None


class Card(QFrame):
    """A white rounded panel with a title, an optional hint and a body layout."""

    def __init__(self, title: str = "", hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(18, 14, 18, 16)
        self.body.setSpacing(10)
        self.header = QHBoxLayout()
        self.header.setSpacing(8)
        self.title_label = QLabel(title)
        self.title_label.setObjectName("cardTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        font.setWeight(QFont.Weight.DemiBold)
        self.title_label.setFont(font)
        self.header.addWidget(self.title_label)
        self.header.addStretch(1)
        if title:
            self.body.addLayout(self.header)
        if hint:
            self.hint_label = hint_label(hint)
            self.body.addWidget(self.hint_label)


def hint_label(text: str) -> QLabel:
    widget = QLabel(text)
    widget.setObjectName("cardHint")
    widget.setWordWrap(True)
    return widget


def field_label(text: str) -> QLabel:
    widget = QLabel(text)
    widget.setObjectName("fieldLabel")
    return widget


def scroll_page(content: QWidget) -> QScrollArea:
    """Wrap a section body so that small screens scroll instead of squeezing fields."""
    area = QScrollArea()
    area.setObjectName("sectionScroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    content.setObjectName("sectionScrollBody")
    area.setWidget(content)
    return area


def toolbar_button(text: str, accessible: str = "", *, primary: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(accessible or text)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setMinimumHeight(30)
    if primary:
        button.setDefault(False)
        button.setStyleSheet(
            f"QPushButton {{ background: {tone('highlight')}; color: {tone('highlight_text')};"
            " border: none; border-radius: 6px; padding: 5px 14px; font-weight: 600; }"
            f"QPushButton:hover {{ background: {theme.colour('highlight').darker(115).name()}; }}"
            f"QPushButton:disabled {{ background: {tone('border')}; color: {tone('muted')}; }}"
        )
    return button


def section_layout(widget: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(24, 16, 24, 20)
    layout.setSpacing(14)
    return layout


def expanding(widget: QWidget) -> QWidget:
    widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    return widget


def ethnicity_text(value: str) -> str:
    """An ethnicity in words for a field: standard ones labelled, typed ones as typed, "" empty."""
    return ethnicity_label(value) if value else ""


def setup_table(table: QTableView, model, accessible: str, row_height: int = 36) -> QHeaderView:
    """The look and behaviour all the case file's tables share; returns the header to size."""
    table.setModel(model)
    table.setAccessibleName(accessible)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    table.setShowGrid(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(row_height)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return header


def selected_row(table: QTableView) -> int | None:
    """The row of the table's single selection, or None."""
    rows = table.selectionModel().selectedRows()
    return rows[0].row() if rows else None


def reselect(table: QTableView, is_it: Callable[[int], bool]) -> None:
    """After a reload, select again the row `is_it` recognises (rows may have moved)."""
    for row in range(table.model().rowCount()):
        if is_it(row):
            table.selectRow(row)
            return
