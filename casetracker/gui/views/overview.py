"""The overview panel: headline tiles, charts of the vault, and cases without recent news.

All figures come from one `services.overview.snapshot` call run on the worker thread (a vault of
100,000 cases takes a moment to aggregate); the panel only turns them into words and marks.
"""

from __future__ import annotations

import datetime as dt
import itertools

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.entities import Changes
from casetracker.domain.enums import HELD_STATUSES, Status
from casetracker.gui.bus import bus
from casetracker.gui.i18n import current_language, tr
from casetracker.gui.labels import ethnicity_label, label, status_colour
from casetracker.gui.views.panelkit import (
    Card,
    CaseLinksView,
    LazyPanel,
    date_text,
    display_name,
    dot_icon,
    muted_label,
)
from casetracker.gui.widgets.charts import ACCENT, Bar, BarChart, ColumnChart, Series
from casetracker.gui.worker import Task, start
from casetracker.services import overview
from casetracker.services.session import Session

CONTEXT = "OverviewPanel"

#: Ethnicities stored by the demo and the case form; anything else is shown as typed.

TILE_STYLE = """
QFrame#tile { background: palette(base); border: 1px solid palette(midlight);
              border-radius: 8px; }
QLabel#tileValue { font-size: 22pt; font-weight: 600; }
"""


def month_label(day: dt.date) -> str:
    """'Mar 25': short enough for two years of months side by side."""
    return f"{QLocale().monthName(day.month, QLocale.FormatType.ShortFormat)} {day:%y}"


#: Tasks on the worker thread, kept alive until they finish even if their panel is deleted.
_RUNNING: dict[int, Task] = {}


_tokens = itertools.count(1)


def _compute(key: int, generation: int, session: Session, today: dt.date):
    """Runs on the worker: (task key, generation, snapshot or None, error text)."""
    try:
        return key, generation, overview.snapshot(session, today), ""
    except Exception as exc:  # shown as a status message; the panel keeps its last figures
        return key, generation, None, str(exc)


def _release(result: tuple) -> None:
    """Forget a finished task, after the event loop has delivered its signal everywhere."""
    QTimer.singleShot(0, lambda: _RUNNING.pop(result[0], None))


class Tile(QFrame):
    """One headline number with its caption and a colour dot (the caption carries the meaning)."""

    def __init__(self, caption: str, colour: QColor, tooltip: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setToolTip(tooltip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(2)
        head = QHBoxLayout()
        head.setSpacing(6)
        dot = QLabel()
        dot.setPixmap(dot_icon(colour, 10).pixmap(10, 10))
        self.caption = muted_label(caption)
        self.caption.setWordWrap(False)
        head.addWidget(dot)
        head.addWidget(self.caption, 1)
        self.value = QLabel("–")
        self.value.setObjectName("tileValue")
        self.value.setAccessibleName(caption)
        layout.addLayout(head)
        layout.addWidget(self.value)

    def set_value(self, number: int | None) -> None:
        self.value.setText("–" if number is None else QLocale().toString(number))


class OverviewPanel(LazyPanel):
    """Tiles, charts and the not-confirmed list; `today` is injectable for tests."""

    def __init__(
        self, session: Session, parent: QWidget | None = None, *, today: dt.date | None = None
    ) -> None:
        super().__init__(session, parent)
        self.today = today
        self.snapshot: overview.Snapshot | None = None
        self._generation = 0
        self.setStyleSheet(self.styleSheet() + TILE_STYLE)
        self._build()

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        content = QWidget()
        content.setObjectName("panelPage")
        page = QVBoxLayout(content)
        page.setContentsMargins(24, 20, 24, 24)
        page.setSpacing(16)
        title = QLabel(tr(CONTEXT, "Overview"))
        title.setObjectName("pageTitle")
        self.as_of = muted_label()
        page.addWidget(title)
        page.addWidget(self.as_of)
        page.addLayout(self._build_tiles())
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(16)
        grid.addWidget(self._build_status_card(), 0, 0)
        grid.addWidget(self._build_stale_card(), 0, 1)
        grid.addWidget(self._build_new_cases_card(), 1, 0)
        grid.addWidget(self._build_releases_card(), 1, 1)
        grid.addWidget(self._build_hometown_card(), 2, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self._build_ethnicity_card(), 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        page.addLayout(grid)
        page.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _build_tiles(self) -> QHBoxLayout:
        held = ", ".join(label(s) for s in Status if s in HELD_STATUSES)
        released = ", ".join(label(s) for s in Status if s in overview.RELEASE_STATUSES)
        unknown = ", ".join(label(s) for s in Status if s in overview.UNKNOWN_STATUSES)
        specs = {
            "total": (tr(CONTEXT, "All cases"), ACCENT, tr(CONTEXT, "Every case in this vault")),
            "held": (tr(CONTEXT, "Held now"), status_colour(Status.DETAINED_CAMP), held),
            "released": (tr(CONTEXT, "Released"), status_colour(Status.RELEASED), released),
            "died": (tr(CONTEXT, "Died"), status_colour(Status.DIED), label(Status.DIED)),
            "unknown": (tr(CONTEXT, "Whereabouts unknown"), status_colour(Status.UNKNOWN), unknown),
        }
        row = QHBoxLayout()
        row.setSpacing(16)
        self.tiles: dict[str, Tile] = {}
        for key, (caption, colour, tip) in specs.items():
            tile = Tile(caption, colour, tr(CONTEXT, "Current status: {list}").format(list=tip))
            if key == "total":
                tile.setToolTip(tip)
            self.tiles[key] = tile
            row.addWidget(tile, 1)
        return row

    def _build_status_card(self) -> Card:
        card = Card(tr(CONTEXT, "Cases by current status"))
        self.status_chart = BarChart(tr(CONTEXT, "Cases by current status"))
        card.body.addWidget(self.status_chart)
        card.body.addStretch(1)
        return card

    def _build_stale_card(self) -> Card:
        card = Card(tr(CONTEXT, "No news for more than 6 months"))
        self.stale_card = card
        self.stale_list = CaseLinksView(
            [
                tr(CONTEXT, "Case"),
                tr(CONTEXT, "Name"),
                tr(CONTEXT, "Status"),
                tr(CONTEXT, "Last news"),
            ]
        )
        self.stale_list.setAccessibleName(tr(CONTEXT, "Cases without news for 6 months"))
        self.stale_list.setMinimumHeight(260)
        card.body.addWidget(self.stale_list, 1)
        return card

    def _build_new_cases_card(self) -> Card:
        card = Card(tr(CONTEXT, "New cases recorded"), tr(CONTEXT, "Per month, last 24 months"))
        self.new_cases_chart = ColumnChart(tr(CONTEXT, "New cases recorded per month"))
        self.new_cases_chart.empty_text = tr(CONTEXT, "No cases recorded in the last 24 months")
        card.body.addWidget(self.new_cases_chart, 1)
        return card

    def _build_releases_card(self) -> Card:
        card = Card(
            tr(CONTEXT, "Releases over time"),
            tr(CONTEXT, "Release, departure and arrival events per year of their date"),
        )
        self.releases_chart = ColumnChart(tr(CONTEXT, "Releases per year"))
        self.releases_chart.empty_text = tr(CONTEXT, "No dated releases recorded yet")
        card.body.addWidget(self.releases_chart, 1)
        return card

    def _build_hometown_card(self) -> Card:
        self.hometown_card = Card(tr(CONTEXT, "Top hometowns"))
        self.hometown_chart = BarChart(tr(CONTEXT, "Cases by hometown"))
        self.hometown_chart.empty_text = tr(CONTEXT, "No hometowns recorded yet")
        self.hometown_card.body.addWidget(self.hometown_chart)
        return self.hometown_card

    def _build_ethnicity_card(self) -> Card:
        card = Card(tr(CONTEXT, "Ethnicity"))
        self.ethnicity_chart = BarChart(tr(CONTEXT, "Cases by ethnicity"))
        self.ethnicity_chart.empty_text = tr(CONTEXT, "No cases yet")
        card.body.addWidget(self.ethnicity_chart)
        return card

    # -- data ------------------------------------------------------------------------------

    def is_relevant(self, changes: Changes) -> bool:
        return changes.list_changed

    def load(self) -> None:
        self._generation += 1
        today = self.today or dt.date.today()
        key = next(_tokens)
        task = Task(_compute, key, self._generation, self.session, today)
        _RUNNING[key] = task
        task.signals.finished.connect(_release)  # first: frees the task even if we are gone
        start(task, self._on_result, self._on_failed)

    def _on_result(self, result: tuple[int, int, overview.Snapshot | None, str]) -> None:
        _token, generation, snap, error = result
        if generation != self._generation:
            return  # a newer refresh (or a lock) superseded this one
        if snap is None:
            self._on_failed(error)
            return
        self.snapshot = snap
        self._show(snap)
        self.refreshed.emit()

    def _on_failed(self, error: object) -> None:
        bus.status_message.emit(
            tr(CONTEXT, "Could not compute the overview: {error}").format(error=error)
        )

    def drop(self) -> None:
        self._generation += 1
        self.snapshot = None
        for tile in self.tiles.values():
            tile.set_value(None)
        for chart in (self.status_chart, self.hometown_chart, self.ethnicity_chart):
            chart.set_bars([])
        for columns in (self.new_cases_chart, self.releases_chart):
            columns.set_data([], [])
        self.stale_list.clear()
        self.as_of.clear()

    def _show(self, snap: overview.Snapshot) -> None:
        totals = snap.totals
        for key in ("total", "held", "released", "died", "unknown"):
            self.tiles[key].set_value(getattr(totals, key))
        self.as_of.setText(tr(CONTEXT, "As of {date}").format(date=date_text(snap.today)))
        self.status_chart.set_bars([Bar(label(s), n, status_colour(s)) for s, n in snap.by_status])
        self.hometown_chart.set_bars([Bar(h.label, h.count) for h in snap.hometowns])
        self.hometown_card.set_subtitle(
            tr(CONTEXT, "{shown} of {total} places, by number of cases").format(
                shown=len(snap.hometowns), total=snap.hometown_count
            )
        )
        self.ethnicity_chart.set_bars(
            [Bar(ethnicity_label(e.label), e.count) for e in snap.ethnicities]
        )
        self.new_cases_chart.set_data(
            [month_label(p.start) for p in snap.new_cases],
            [Series(tr(CONTEXT, "New cases"), ACCENT, tuple(p.count for p in snap.new_cases))],
        )
        self._show_releases(snap.releases)
        self._show_stale(snap)

    def _show_releases(self, periods: tuple[overview.PeriodCount, ...]) -> None:
        statuses = [s for s in Status if s in overview.RELEASE_STATUSES]
        self.releases_chart.set_data(
            [p.key for p in periods],
            [Series(label(s), status_colour(s), tuple(p.of(s) for p in periods)) for s in statuses],
        )

    def _show_stale(self, snap: overview.Snapshot) -> None:
        self.stale_list.clear()
        lang = current_language()
        for case in snap.not_confirmed:
            news = (
                case.status_date.words(lang) if case.status_date else date_text(case.last_confirmed)
            )
            item = self.stale_list.add_case(
                case.id,
                [case.ref, display_name(case.names), label(case.status), news],
                case.status,
            )
            item.setToolTip(
                3, tr(CONTEXT, "Last confirmed {date}").format(date=date_text(case.last_confirmed))
            )
        self.stale_list.fit_columns()
        shown, total = len(snap.not_confirmed), snap.not_confirmed_total
        text = tr(CONTEXT, "In total: {n} · oldest news first").format(n=total)
        if shown < total:
            text += " · " + tr(CONTEXT, "showing the {n} oldest").format(n=shown)
        self.stale_card.set_subtitle(text if total else tr(CONTEXT, "Every case has recent news"))
