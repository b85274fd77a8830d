"""The follow-ups panel: letters and meetings whose next step is due, grouped by week.

Volunteers open it each morning: what is overdue, what falls due this week and next. Each row is
one case of one interaction (a letter about three people shows three rows), so one click opens
exactly that case; ticking "Done" marks the interaction's follow-up done (undoable).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.entities import Interaction
from casetracker.gui.bus import bus, run_op
from casetracker.gui.i18n import tr
from casetracker.gui.labels import label
from casetracker.gui.views.panelkit import (
    ID_ROLE,
    Card,
    LazyPanel,
    date_text,
    display_name,
    muted_label,
    person_rows,
)
from casetracker.services import advocacy
from casetracker.services.session import Session

CONTEXT = "FollowUpsPanel"
INTERACTION_ROLE = ID_ROLE + 1
WEEKS_AHEAD = 4
OVERDUE_COLOUR = QColor("#B3261E")


class Column(int, Enum):
    DONE = 0
    DUE = 1
    CASE = 2
    NAME = 3
    ORGANISATION = 4
    KIND = 5
    SUMMARY = 6


class Bucket(Enum):
    OVERDUE = "overdue"
    THIS_WEEK = "this_week"
    NEXT_WEEK = "next_week"
    LATER = "later"


@dataclass(frozen=True)
class WeekGroup:
    bucket: Bucket
    week_start: dt.date | None  # Monday of the week; None for overdue
    items: tuple[Interaction, ...]


def week_start(day: dt.date) -> dt.date:
    """The Monday of `day`'s week (weeks start on Monday in Kazakhstan and Russia, ISO 8601)."""
    return day - dt.timedelta(days=day.weekday())


def horizon(today: dt.date) -> dt.date:
    """The last day shown: the Sunday `WEEKS_AHEAD` weeks after this week."""
    return week_start(today) + dt.timedelta(days=7 * (WEEKS_AHEAD + 1) - 1)


def group_by_week(items: Sequence[Interaction], today: dt.date) -> list[WeekGroup]:
    """Overdue first, then each week with something due, in date order."""
    this_monday = week_start(today)
    groups: dict[tuple[Bucket, dt.date | None], list[Interaction]] = {}
    for item in sorted(items, key=lambda i: (i.follow_up_due, i.id)):
        due = item.follow_up_due
        if due is None:
            continue
        if due < today:
            key: tuple[Bucket, dt.date | None] = (Bucket.OVERDUE, None)
        else:
            monday = week_start(due)
            weeks = (monday - this_monday).days // 7
            bucket = {0: Bucket.THIS_WEEK, 1: Bucket.NEXT_WEEK}.get(weeks, Bucket.LATER)
            key = (bucket, monday)
        groups.setdefault(key, []).append(item)
    return [WeekGroup(bucket, start, tuple(found)) for (bucket, start), found in groups.items()]


def group_title(group: WeekGroup) -> str:
    if group.bucket is Bucket.OVERDUE:
        return tr(CONTEXT, "Overdue")
    if group.bucket is Bucket.THIS_WEEK:
        return tr(CONTEXT, "This week")
    if group.bucket is Bucket.NEXT_WEEK:
        return tr(CONTEXT, "Next week")
    return tr(CONTEXT, "Week of {date}").format(date=date_text(group.week_start, "d MMMM"))


class FollowUpTree(QTreeWidget):
    """The grouped list; Enter opens the current row's case like a click does."""

    open_requested = Signal(QTreeWidgetItem)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.open_requested.emit(self.currentItem())
            return
        super().keyPressEvent(event)


class FollowUpsPanel(LazyPanel):
    """Follow-ups due up to four weeks ahead; `today` is injectable for tests."""

    def __init__(
        self, session: Session, parent: QWidget | None = None, *, today: dt.date | None = None
    ) -> None:
        super().__init__(session, parent)
        self.today = today
        self._groups: list[WeekGroup] = []
        self._filling = False
        self._build()

    def _build(self) -> None:
        page = QVBoxLayout(self)
        page.setContentsMargins(24, 20, 24, 24)
        page.setSpacing(12)
        title = QLabel(tr(CONTEXT, "Follow-ups"))
        title.setObjectName("pageTitle")
        self.summary = muted_label()
        page.addWidget(title)
        page.addWidget(self.summary)
        self.card = Card(tr(CONTEXT, "Due and overdue"))
        self.stack = QStackedWidget()
        self.tree = self._build_tree()
        self.empty = muted_label(
            tr(CONTEXT, "Nothing is due. Follow-up dates set on letters and meetings appear here.")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)
        self.card.body.addWidget(self.stack, 1)
        page.addWidget(self.card, 1)

    def _build_tree(self) -> FollowUpTree:
        tree = FollowUpTree()
        headers = {
            Column.DONE: tr(CONTEXT, "Done"),
            Column.DUE: tr(CONTEXT, "Due"),
            Column.CASE: tr(CONTEXT, "Case"),
            Column.NAME: tr(CONTEXT, "Name"),
            Column.ORGANISATION: tr(CONTEXT, "Organisation"),
            Column.KIND: tr(CONTEXT, "Kind"),
            Column.SUMMARY: tr(CONTEXT, "Summary"),
        }
        tree.setColumnCount(len(headers))
        tree.setHeaderLabels(list(headers.values()))
        tree.setAccessibleName(tr(CONTEXT, "Follow-ups due"))
        tree.setRootIsDecorated(False)
        tree.setIndentation(0)
        tree.setUniformRowHeights(True)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.header().setStretchLastSection(True)
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        tree.itemClicked.connect(self._on_clicked)
        tree.open_requested.connect(lambda item: self._open(item))
        tree.itemChanged.connect(self._on_item_changed)
        return tree

    # -- data ------------------------------------------------------------------------------

    def current_day(self) -> dt.date:
        return self.today or dt.date.today()

    def load(self) -> None:
        today = self.current_day()
        items = advocacy.follow_ups_due(self.session, until=horizon(today))
        people = {
            row.id: row
            for row in person_rows(self.session, sorted({p for i in items for p in i.person_ids}))
        }
        self._groups = group_by_week(items, today)
        self._fill(people, today)
        overdue = sum(len(g.items) for g in self._groups if g.bucket is Bucket.OVERDUE)
        self.summary.setText(
            tr(CONTEXT, "Due by {date}: {n} · overdue: {overdue}").format(
                n=len(items), date=date_text(horizon(today)), overdue=overdue
            )
        )
        self.stack.setCurrentWidget(self.tree if items else self.empty)
        self.refreshed.emit()

    def drop(self) -> None:
        self._groups = []
        self.tree.clear()
        self.summary.clear()

    def groups(self) -> list[WeekGroup]:
        return list(self._groups)

    # -- rows ------------------------------------------------------------------------------

    def _fill(self, people: dict, today: dt.date) -> None:
        self._filling = True
        try:
            self.tree.clear()
            for group in self._groups:
                header = self._group_item(group)
                self.tree.addTopLevelItem(header)
                header.setFirstColumnSpanned(True)
                for interaction in group.items:
                    for pid in interaction.person_ids or (None,):
                        header.addChild(self._row_item(interaction, people.get(pid), pid, today))
                header.setExpanded(True)
            for column in (Column.DONE, Column.DUE, Column.CASE, Column.NAME, Column.KIND):
                self.tree.resizeColumnToContents(column)
                self.tree.setColumnWidth(column, self.tree.columnWidth(column) + 16)
            self.tree.setColumnWidth(Column.ORGANISATION, 320)
        finally:
            self._filling = False

    def _group_item(self, group: WeekGroup) -> QTreeWidgetItem:
        rows = sum(max(len(i.person_ids), 1) for i in group.items)
        item = QTreeWidgetItem([f"{group_title(group)}  ·  {rows}"])
        font = QFont(self.font())
        font.setBold(True)
        item.setFont(0, font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setBackground(0, QBrush(self.palette().color(QPalette.ColorRole.AlternateBase)))
        if group.bucket is Bucket.OVERDUE:
            item.setForeground(0, QBrush(OVERDUE_COLOUR))
        return item

    def _row_item(self, interaction: Interaction, row, pid: int | None, today: dt.date):
        due = interaction.follow_up_due
        values = {
            Column.DUE: date_text(due, "ddd d MMM" if due.year == today.year else "d MMM yyyy"),
            Column.CASE: row.ref if row else "",
            Column.NAME: display_name(row.names) if row else "",
            Column.ORGANISATION: interaction.organization_name or interaction.contact_name,
            Column.KIND: label(interaction.kind),
            Column.SUMMARY: interaction.summary,
        }
        item = QTreeWidgetItem(["", *values.values()])
        item.setData(0, ID_ROLE, pid)
        item.setData(0, INTERACTION_ROLE, interaction.id)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        item.setCheckState(0, Qt.CheckState.Unchecked)
        item.setToolTip(0, tr(CONTEXT, "Mark this follow-up done"))
        item.setToolTip(Column.SUMMARY, interaction.summary)
        who = [interaction.organization_name, interaction.contact_name]
        item.setToolTip(Column.ORGANISATION, "\n".join(w for w in who if w))
        if due < today:
            item.setForeground(Column.DUE, QBrush(OVERDUE_COLOUR))
            item.setToolTip(
                Column.DUE, tr(CONTEXT, "Overdue since {date}").format(date=date_text(due))
            )
        return item

    # -- actions ---------------------------------------------------------------------------

    def _on_clicked(self, item: QTreeWidgetItem, column: int) -> None:
        if column != Column.DONE:
            self._open(item)

    def _open(self, item: QTreeWidgetItem) -> None:
        pid = item.data(0, ID_ROLE)
        if pid is not None:
            bus.case_open_requested.emit(int(pid))

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        iid = item.data(0, INTERACTION_ROLE)
        if self._filling or column != Column.DONE or iid is None:
            return
        done = item.checkState(0) == Qt.CheckState.Checked
        changes = run_op(
            self, advocacy.update_interaction, self.session, int(iid), follow_up_done=done
        )
        if changes is not None and done:
            bus.status_message.emit(tr(CONTEXT, "Follow-up marked done (Undo restores it)"))
        self.mark_dirty()  # rows of the same interaction go too; refresh after this signal
