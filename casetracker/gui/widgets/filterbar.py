"""The case list's filter bar: search box, status, ethnicity, hometown, dates and checks.

It owns no data: it turns what the user set into a `CaseFilter` and announces it with
`filter_changed`. The search box waits ~150 ms after the last keystroke (typing a name should not
run a query per letter); the other controls announce at once. Dates accept what a volunteer
would type ("2018", "spring 2019", "12.04.2018") through `fuzzydate.from_user`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from casetracker.domain import fuzzydate
from casetracker.domain.enums import Ethnicity, Script, Status
from casetracker.domain.names import detect_script
from casetracker.gui import theme
from casetracker.gui.i18n import tr, trn
from casetracker.gui.icons import icon
from casetracker.gui.labels import label
from casetracker.services.caselist import CaseFilter

SEARCH_DELAY_MS = 150
_C = "FilterBar"


def ethnicity_label(value: str) -> str:
    try:
        return label(Ethnicity(value))
    except ValueError:
        return value


class StatusPicker(QPushButton):
    """A button with a menu of status check boxes (the menu stays open while ticking)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr(_C, "Status filter"))
        menu = QMenu(self)
        box = QWidget(menu)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(10, 6, 10, 6)
        self._boxes: dict[Status, QCheckBox] = {}
        for status in Status:
            check = QCheckBox(label(status), box)
            check.toggled.connect(self._toggled)
            layout.addWidget(check)
            self._boxes[status] = check
        action = QWidgetAction(menu)
        action.setDefaultWidget(box)
        menu.addAction(action)
        menu.addSeparator()
        menu.addAction(tr(_C, "Any status"), self.clear)
        self.setMenu(menu)
        self._update_text()

    def selected(self) -> frozenset[Status]:
        return frozenset(s for s, box in self._boxes.items() if box.isChecked())

    def set_selected(self, statuses: frozenset[Status] | set[Status]) -> None:
        for status, box in self._boxes.items():
            box.blockSignals(True)
            box.setChecked(status in statuses)
            box.blockSignals(False)
        self._update_text()
        self.changed.emit()

    def clear(self) -> None:
        self.set_selected(frozenset())

    def _toggled(self) -> None:
        self._update_text()
        self.changed.emit()

    def _update_text(self) -> None:
        chosen = self.selected()
        if not chosen:
            text = tr(_C, "Any status")
        elif len(chosen) == 1:
            text = label(next(iter(chosen)))
        else:
            text = trn(_C, "%n statuses", len(chosen))
        self.setText(text)


class DateEdit(QLineEdit):
    """A short field for a fuzzy date; `bound()` is its earliest or latest day, or None."""

    def __init__(self, placeholder: str, upper: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._upper = upper
        self.setPlaceholderText(placeholder)
        self.setAccessibleName(placeholder)
        self.setClearButtonEnabled(True)
        self.setMaximumWidth(150)
        self.textChanged.connect(self._check)

    def bound(self) -> dt.date | None:
        text = self.text().strip()
        if not text:
            return None
        try:
            date = fuzzydate.from_user(text)
        except ValueError:
            return None
        return date.upper if self._upper else date.lower

    def _check(self) -> None:
        bad = bool(self.text().strip()) and self.bound() is None
        self.setToolTip(tr(_C, "Not a date this filter understands") if bad else "")
        warn = theme.colour("warning").name()
        self.setStyleSheet(f"QLineEdit {{ color: {warn}; }}" if bad else "")


class FilterBar(QWidget):
    """Emits `filter_changed(CaseFilter)` whenever the user changes a filter."""

    filter_changed = Signal(object)  # CaseFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._announce)
        self._build()
        self._connect()

    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setObjectName("caseSearch")
        self.search.setPlaceholderText(
            tr(_C, "Search by name in any script, reference or ID number")
        )
        self.search.setAccessibleName(tr(_C, "Search cases"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumHeight(32)
        self.status = StatusPicker(self)
        self.ethnicity = QComboBox(self)
        self.ethnicity.setAccessibleName(tr(_C, "Ethnicity filter"))
        self.hometown = QComboBox(self)
        self.hometown.setEditable(True)
        self.hometown.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.hometown.lineEdit().setPlaceholderText(tr(_C, "Any hometown"))
        self.hometown.setAccessibleName(tr(_C, "Hometown filter"))
        self.hometown.setMinimumContentsLength(12)
        self.since_from = DateEdit(tr(_C, "from"), upper=False, parent=self)
        self.since_to = DateEdit(tr(_C, "to"), upper=True, parent=self)
        self.follow_up_due = QCheckBox(tr(_C, "Follow-up due"), self)
        self.incomplete = QCheckBox(tr(_C, "Incomplete records"), self)
        self.clear_button = QToolButton(self)
        self.clear_button.setText(tr(_C, "Clear filters"))
        self.clear_button.setIcon(icon("clear"))
        self.clear_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.clear_button.setAutoRaise(True)
        self.set_choices([], [])
        self._lay_out()

    def _lay_out(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)
        outer.addWidget(self.search)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.status)
        row.addWidget(self.ethnicity)
        row.addWidget(self.hometown)
        since = QLabel(tr(_C, "Status since"), self)
        since.setBuddy(self.since_from)
        row.addSpacing(6)
        row.addWidget(since)
        row.addWidget(self.since_from)
        row.addWidget(QLabel("–", self))
        row.addWidget(self.since_to)
        row.addSpacing(6)
        row.addWidget(self.follow_up_due)
        row.addWidget(self.incomplete)
        row.addStretch(1)
        row.addWidget(self.clear_button)
        outer.addLayout(row)

    def _connect(self) -> None:
        self.search.textChanged.connect(self._search_edited)
        self.status.changed.connect(self._announce)
        self.ethnicity.currentIndexChanged.connect(self._announce)
        self.hometown.currentTextChanged.connect(lambda _t: self._timer.start())
        for edit in (self.since_from, self.since_to):
            edit.textChanged.connect(lambda _t: self._timer.start())
        self.follow_up_due.toggled.connect(self._announce)
        self.incomplete.toggled.connect(self._announce)
        self.clear_button.clicked.connect(self.clear)

    def set_choices(self, ethnicities: list[str], hometowns: list[str]) -> None:
        """Fill the pickers from the vault (values used there first)."""
        current_eth = self.ethnicity.currentData()
        current_town = self.hometown.currentText()
        for combo in (self.ethnicity, self.hometown):
            combo.blockSignals(True)
            combo.clear()
        self.ethnicity.addItem(tr(_C, "Any ethnicity"), "")
        for value in ethnicities:
            self.ethnicity.addItem(ethnicity_label(value), value)
        self.ethnicity.setCurrentIndex(max(0, self.ethnicity.findData(current_eth or "")))
        self.hometown.addItems(["", *hometowns])
        self.hometown.setEditText(current_town)
        for combo in (self.ethnicity, self.hometown):
            combo.blockSignals(False)

    def fit_choices(self) -> None:
        """Size the pickers for the values they now hold, as their first showing would have
        (the case list fills them only after its first paint)."""
        for combo in (self.ethnicity, self.hometown):
            policy = combo.sizeAdjustPolicy()
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setSizeAdjustPolicy(policy)  # both calls drop the size hint kept so far

    def _search_edited(self, text: str) -> None:
        rtl = detect_script(text) == Script.ARAB
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        self.search.setLayoutDirection(direction)
        self._timer.start()

    def current_filter(self) -> CaseFilter:
        return CaseFilter(
            text=self.search.text().strip(),
            statuses=self.status.selected(),
            ethnicity=self.ethnicity.currentData() or "",
            hometown=self.hometown.currentText().strip(),
            since_from=self.since_from.bound(),
            since_to=self.since_to.bound(),
            follow_up_due=self.follow_up_due.isChecked(),
            incomplete=self.incomplete.isChecked(),
        )

    def _announce(self) -> None:
        self._timer.stop()
        flt = self.current_filter()
        self.clear_button.setVisible(flt != CaseFilter())
        self.filter_changed.emit(flt)

    def clear(self) -> None:
        """Reset every filter (one announcement, not one per control)."""
        widgets = (
            self.search,
            self.status,
            self.ethnicity,
            self.hometown,
            self.since_from,
            self.since_to,
            self.follow_up_due,
            self.incomplete,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        self.status.clear()
        self.ethnicity.setCurrentIndex(0)
        self.hometown.setEditText("")
        for edit in (self.since_from, self.since_to):
            edit.clear()
        self.follow_up_due.setChecked(False)
        self.incomplete.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self._announce()
