"""The Duplicates page: cases that may record the same person twice, to compare and merge.

`services.duplicates.scan` compares the whole vault (about 2 s at 20,000 people, 30 s at
100,000), so it runs on a worker `Task` with a progress bar and Cancel; the list keeps the last
result meanwhile. Selecting a pair shows both cases side by side (`CaseComparison`) with the
reasons for and against; from there a volunteer opens either case, merges them (`MergeDialog`,
undoable) or says they are two people, which hides the pair until the vault is locked (a
lasting "not a duplicate" mark would need a service). After a write elsewhere a small vault is
scanned again at once; a large one shows "Scan again" rather than spending half a minute.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.entities import Changes, PersonRow
from casetracker.domain.errors import NotFound
from casetracker.domain.names import detect_script
from casetracker.gui.bus import bus
from casetracker.gui.dialogs.merge import STYLE as MERGE_STYLE
from casetracker.gui.dialogs.merge import (
    CaseComparison,
    MergeDialog,
    clear_layout,
    suggested_keep,
)
from casetracker.gui.i18n import tr, trn
from casetracker.gui.views.panelkit import (
    PANEL_STYLE,
    Card,
    display_name,
    muted_label,
    person_rows,
    status_icon,
)
from casetracker.gui.worker import Task, start
from casetracker.services import caselist, cases, duplicates
from casetracker.services.duplicates import DuplicatePair
from casetracker.services.session import Session

_C = "DuplicatesPanel"
#: Up to this many cases, a change elsewhere re-runs the scan at once (well under a second).
AUTO_RESCAN_LIMIT = 5000


class ScanCancelled(Exception):
    """Raised from the progress callback to stop a scan the volunteer cancelled."""


@dataclass(frozen=True)
class ScanResult:
    pairs: tuple[DuplicatePair, ...]
    rows: dict[int, PersonRow] = field(default_factory=dict)
    people: int = 0


def scan_vault(session: Session, progress) -> ScanResult:
    """The scan and the list rows of every case in a pair (runs on a worker thread)."""

    def report(done: int, total: int) -> None:
        if not progress(done, total):
            raise ScanCancelled

    pairs = duplicates.scan(session, report)
    ids = sorted({p.person_a for p in pairs} | {p.person_b for p in pairs})
    rows = {row.id: row for row in person_rows(session, ids)}
    return ScanResult(tuple(pairs), rows, caselist.count(session))


# --- reasons in words ------------------------------------------------------------------------


def _number(text: str, default: str = "") -> str:
    found = re.search(r"\d+", text)
    return found.group(0) if found else default


def reason_words(evidence) -> str:
    """One reason in the interface language: "same birth year", "different hometowns"..."""
    kind, weight, detail = evidence.kind, evidence.weight, evidence.detail
    if kind == "name":
        if weight < 0.999:
            return tr(_C, "similar names")
        sides = [part.strip() for part in detail.split("≈")]
        scripts = {detect_script(side) for side in sides if side}
        return tr(_C, "same name in another script") if len(scripts) > 1 else tr(_C, "same name")
    if kind == "birth_year":
        if weight > 0:
            return tr(_C, "born the same year ({year})").format(year=_number(detail))
        if weight == 0:
            return tr(_C, "birth years overlap")
        return trn(_C, "born %n year(s) apart", int(_number(detail, "2")))
    words = {
        ("hometown", True): QT_TRANSLATE_NOOP("DuplicatesPanel", "same hometown"),
        ("hometown", False): QT_TRANSLATE_NOOP("DuplicatesPanel", "different hometowns"),
        ("phone", True): QT_TRANSLATE_NOOP("DuplicatesPanel", "same reporter phone"),
        ("sex", False): QT_TRANSLATE_NOOP("DuplicatesPanel", "recorded as different sexes"),
        ("identifier", True): QT_TRANSLATE_NOOP("DuplicatesPanel", "same document number"),
        ("identifier", False): QT_TRANSLATE_NOOP("DuplicatesPanel", "different document numbers"),
    }
    text = words.get((kind, weight > 0))
    return tr(_C, text) if text else f"{kind}: {detail}"


def reason_detail(evidence) -> str:
    """The recorded values behind a reason, where they add something (names, towns, phone)."""
    if evidence.kind in ("name", "hometown"):
        return evidence.detail
    if evidence.kind == "phone":
        found = re.search(r"…\d+", evidence.detail)
        return found.group(0) if found else ""
    if evidence.kind == "identifier" and evidence.weight > 0:
        return evidence.detail.rsplit(" ", 1)[-1]  # "same passport N1234567": the number
    return ""


def mark(evidence) -> str:
    """✓ for, ✗ against, • neutral: colour never carries the meaning alone."""
    return "✓" if evidence.weight > 0 else "✗" if evidence.weight < 0 else "•"


def reasons_summary(pair: DuplicatePair) -> str:
    return "   ".join(f"{mark(e)} {reason_words(e)}" for e in pair.evidence)


def score_text(score: float) -> str:
    return tr(_C, "{percent}%").format(percent=round(score * 100))


# --- the list ----------------------------------------------------------------------------------


class Column(IntEnum):
    SCORE = 0
    REF_A = 1
    NAME_A = 2
    REF_B = 3
    NAME_B = 4
    REASONS = 5


_HEADERS = {
    Column.SCORE: QT_TRANSLATE_NOOP("DuplicatesPanel", "Likelihood"),
    Column.REF_A: QT_TRANSLATE_NOOP("DuplicatesPanel", "Case"),
    Column.NAME_A: QT_TRANSLATE_NOOP("DuplicatesPanel", "Name"),
    Column.REF_B: QT_TRANSLATE_NOOP("DuplicatesPanel", "Other case"),
    Column.NAME_B: QT_TRANSLATE_NOOP("DuplicatesPanel", "Name"),
    Column.REASONS: QT_TRANSLATE_NOOP("DuplicatesPanel", "Why"),
}
PAIR_ROLE = Qt.ItemDataRole.UserRole + 1


class DuplicatePairsTableModel(QAbstractTableModel):
    """Candidate pairs, most likely first; `PAIR_ROLE` gives (person_a, person_b)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pairs: list[DuplicatePair] = []
        self._rows: dict[int, PersonRow] = {}

    def set_pairs(self, pairs, rows: dict[int, PersonRow]) -> None:
        self.beginResetModel()
        self._pairs, self._rows = list(pairs), dict(rows)
        self.endResetModel()

    def pairs(self) -> list[DuplicatePair]:
        return list(self._pairs)

    def pair(self, row: int) -> DuplicatePair | None:
        return self._pairs[row] if 0 <= row < len(self._pairs) else None

    def row_of(self, a: int, b: int) -> int:
        wanted = {a, b}
        return next(
            (i for i, p in enumerate(self._pairs) if {p.person_a, p.person_b} == wanted), -1
        )

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._pairs)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._pairs):
            return None
        pair, column = self._pairs[index.row()], Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(pair, column, role == Qt.ItemDataRole.ToolTipRole)
        if role == Qt.ItemDataRole.DecorationRole and column in (Column.NAME_A, Column.NAME_B):
            row = self._rows.get(pair.person_a if column is Column.NAME_A else pair.person_b)
            return status_icon(row.status) if row is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.SCORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == PAIR_ROLE:
            return (pair.person_a, pair.person_b)
        return None

    def _text(self, pair: DuplicatePair, column: Column, tooltip: bool) -> str:
        if column is Column.SCORE:
            return score_text(pair.score)
        if column in (Column.REF_A, Column.REF_B):
            return pair.ref_a if column is Column.REF_A else pair.ref_b
        if column in (Column.NAME_A, Column.NAME_B):
            row = self._rows.get(pair.person_a if column is Column.NAME_A else pair.person_b)
            return display_name(row.names) if row is not None else ""
        if tooltip:
            return "\n".join(
                f"{mark(e)} {reason_words(e)}  {reason_detail(e)}" for e in pair.evidence
            )
        return reasons_summary(pair)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(_C, _HEADERS[Column(section)]) if 0 <= section < len(Column) else None
        return None


# --- the selected pair ---------------------------------------------------------------------------


class PairDetail(QWidget):
    """The selected pair: what to do with it, the reasons, and both cases side by side."""

    open_requested = Signal(int)  # person id
    merge_requested = Signal()
    dismiss_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pairDetail")
        self.pair: DuplicatePair | None = None
        self.title = QLabel(self)
        self.title.setObjectName("detailTitle")
        self.open_a = QPushButton(self)
        self.open_b = QPushButton(self)
        self.merge_button = QPushButton(tr(_C, "&Merge…"), self)
        self.merge_button.setToolTip(tr(_C, "Merge the two cases into one (undoable)"))
        self.dismiss_button = QPushButton(tr(_C, "Not the same &person"), self)
        self.dismiss_button.setToolTip(tr(_C, "Hide this pair until the vault is locked"))
        self.open_a.clicked.connect(lambda: self._open(0))
        self.open_b.clicked.connect(lambda: self._open(1))
        self.merge_button.clicked.connect(self.merge_requested)
        self.dismiss_button.clicked.connect(self.dismiss_requested)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.title, 1)
        for button in (self.open_a, self.open_b, self.merge_button, self.dismiss_button):
            button.setAutoDefault(False)
            top.addWidget(button)
        self.reasons = QLabel(self)
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)
        self.reasons.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.reasons.setAccessibleName(tr(_C, "Why they may be one person"))
        self.comparison = CaseComparison(self)
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self._reasons_box(), 0)
        body.addWidget(self.comparison, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addLayout(body, 1)

    def _reasons_box(self) -> QWidget:
        box = QWidget(self)
        box.setFixedWidth(280)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(6)
        heading = QLabel(tr(_C, "Why they may be one person"), box)
        heading.setObjectName("cardTitle")
        self.score = muted_label("", box)
        layout.addWidget(heading)
        layout.addWidget(self.score)
        layout.addWidget(self.reasons)
        layout.addStretch(1)
        return box

    def set_pair(self, pair: DuplicatePair, a, b) -> None:
        """Show `pair` with the cases `a` and `b` (services.cases.get of each)."""
        self.pair = pair
        self.title.setText(f"{a.ref}  ·  {b.ref}")
        self.open_a.setText(tr(_C, "Open {ref}").format(ref=a.ref))
        self.open_b.setText(tr(_C, "Open {ref}").format(ref=b.ref))
        self.score.setText(tr(_C, "Likelihood {score}").format(score=score_text(pair.score)))
        lines = []
        for evidence in pair.evidence:
            detail = reason_detail(evidence)
            lines.append(f"{mark(evidence)} {reason_words(evidence)}")
            if detail:
                lines.append(f"    {detail}")
        self.reasons.setText("\n".join(lines))
        self.comparison.set_cases(a, b)

    def clear(self) -> None:
        """Forget the shown pair and drop its names and details from the widgets."""
        self.pair = None
        self.title.clear()
        self.reasons.clear()
        self.score.clear()
        clear_layout(self.comparison.grid)
        self.comparison.people = None

    def _open(self, side: int) -> None:
        if self.pair is not None:
            self.open_requested.emit(self.pair.person_b if side else self.pair.person_a)


# --- the page ------------------------------------------------------------------------------------


class DuplicatesPanel(QWidget):
    """Candidate pairs of the whole vault; `scanned` when a scan's result is shown."""

    scanned = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._task: Task | None = None
        self._tasks: set[Task] = set()
        self._result: ScanResult | None = None
        self._hidden: set[frozenset[int]] = set()
        self._dirty = True
        self._merging = False
        self.setObjectName("panelPage")
        self.setStyleSheet(PANEL_STYLE + MERGE_STYLE + _STYLE)
        self._build()
        bus.changed.connect(self._on_changed)

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        page = QVBoxLayout(self)
        page.setContentsMargins(24, 20, 24, 24)
        page.setSpacing(12)
        title = QLabel(tr(_C, "Duplicates"), self)
        title.setObjectName("pageTitle")
        page.addWidget(title)
        page.addWidget(
            muted_label(
                tr(
                    _C,
                    "Cases that may record the same person twice. Compare each pair, then "
                    "merge it or mark it as two people.",
                ),
                self,
            )
        )
        page.addLayout(self._build_bar())
        page.addWidget(self._build_notice())
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_list())
        splitter.addWidget(self._build_detail())
        splitter.setSizes([240, 480])
        page.addWidget(splitter, 1)

    def _build_bar(self) -> QHBoxLayout:
        self.scan_button = QPushButton(tr(_C, "Scan a&gain"), self)
        self.scan_button.clicked.connect(self.refresh)
        self.progress = QProgressBar(self)
        self.progress.setFixedWidth(260)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(tr(_C, "Scan progress"))
        self.cancel_button = QPushButton(tr(_C, "Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.status = muted_label("", self)
        self.hidden_button = QPushButton(self)
        self.hidden_button.setFlat(True)
        self.hidden_button.clicked.connect(self.show_hidden)
        bar = QHBoxLayout()
        bar.setSpacing(10)
        for widget in (self.scan_button, self.progress, self.cancel_button):
            bar.addWidget(widget)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.hidden_button)
        self._set_busy(False)
        self.hidden_button.hide()
        return bar

    def _build_notice(self) -> QWidget:
        self.notice = QWidget(self)
        self.notice.setObjectName("notice")
        self.notice.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.notice_text = QLabel(self.notice)
        self.notice_text.setWordWrap(True)
        self.notice_button = QPushButton(self.notice)
        self.notice_button.clicked.connect(self._notice_action)
        close = QPushButton(tr(_C, "Dismiss"), self.notice)
        close.setFlat(True)
        close.clicked.connect(self.notice.hide)
        layout = QHBoxLayout(self.notice)
        layout.setContentsMargins(14, 8, 8, 8)
        layout.addWidget(self.notice_text, 1)
        layout.addWidget(self.notice_button)
        layout.addWidget(close)
        self._notice_do = None
        self.notice.hide()
        return self.notice

    def _build_list(self) -> Card:
        card = Card(tr(_C, "Possible duplicates"))
        self.model = DuplicatePairsTableModel(self)
        self.table = QTableView(card)
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr(_C, "Possible duplicates"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.empty = muted_label("", card)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_stack = QStackedWidget(card)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)
        card.body.addWidget(self.list_stack, 1)
        return card

    def _build_detail(self) -> Card:
        card = Card(tr(_C, "Compare"))
        card.title.hide()
        self.detail = PairDetail(card)
        self.detail.open_requested.connect(bus.case_open_requested.emit)
        self.detail.merge_requested.connect(self.merge_selected)
        self.detail.dismiss_requested.connect(self.dismiss_selected)
        scroll = QScrollArea(card)
        scroll.setObjectName("detailScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.detail)
        self.placeholder = muted_label(tr(_C, "Select a pair to compare the two cases."), card)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_stack = QStackedWidget(card)
        self.detail_stack.addWidget(self.placeholder)
        self.detail_stack.addWidget(scroll)
        card.body.addWidget(self.detail_stack, 1)
        return card

    # -- scanning ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Scan the whole vault again (a running scan is cancelled first)."""
        self.cancel(quiet=True)
        self._dirty = False
        task = Task(scan_vault, self.session, with_progress=True)
        task.signals.progress.connect(self._progress)
        self._task = task
        self._tasks.add(task)
        self._set_busy(True)
        self.status.setText(tr(_C, "Reading names…"))
        if self._result is None:
            self.empty.setText(tr(_C, "Looking for cases recorded twice…"))
            self.list_stack.setCurrentWidget(self.empty)
        start(task, self._scan_done, self._scan_failed)

    def cancel(self, quiet: bool = False) -> None:
        """Stop the running scan; the list keeps the last result."""
        if self._task is None:
            return
        self._task.cancelled = True
        self._task = None
        self._set_busy(False)
        if not quiet:
            self.status.setText(tr(_C, "Scan cancelled."))

    def is_scanning(self) -> bool:
        return self._task is not None

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.scan_button.setEnabled(not busy)
        self.progress.setRange(0, 0)

    def _from_current(self) -> bool:
        """Whether the signal being handled comes from the scan still wanted."""
        signals = self.sender()
        done = next((t for t in self._tasks if t.signals is signals), None)
        return done is not None and done is self._task

    def _progress(self, done: int, total: int) -> None:
        if self._from_current():
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)
            self.status.setText(tr(_C, "Comparing names…"))

    def _scan_done(self, result: ScanResult) -> None:
        current = self._from_current()
        self._forget_sender()
        if not current:
            return
        self._task = None
        self._set_busy(False)
        self._result = result
        self._show_result()
        self.scanned.emit()

    def _scan_failed(self, error: object) -> None:
        current = self._from_current()
        self._forget_sender()
        if not current:
            return
        self._task = None
        self._set_busy(False)
        self.status.setText(tr(_C, "The scan stopped: {error}").format(error=error))

    def _forget_sender(self) -> None:
        signals = self.sender()
        self._tasks = {t for t in self._tasks if t.signals is not signals}

    # -- the list ---------------------------------------------------------------------------

    def visible_pairs(self) -> list[DuplicatePair]:
        return self.model.pairs()

    def _show_result(self, keep_row: int | None = None) -> None:
        result = self._result or ScanResult(())
        selected = self.detail.pair if keep_row is None else None
        pairs = [p for p in result.pairs if frozenset((p.person_a, p.person_b)) not in self._hidden]
        self.model.set_pairs(pairs, result.rows)
        self.status.setText(
            trn(_C, "%Ln possible duplicate(s)", len(pairs))
            + "  ·  "
            + trn(_C, "%Ln case(s) compared", result.people)
        )
        self.hidden_button.setText(trn(_C, "Show %n hidden pair(s)", len(self._hidden)))
        self.hidden_button.setVisible(bool(self._hidden))
        self.empty.setText(
            tr(_C, "No likely duplicates. Cases that may be the same person appear here.")
        )
        self.list_stack.setCurrentWidget(self.table if pairs else self.empty)
        self.table.resizeColumnsToContents()
        for column in (Column.NAME_A, Column.NAME_B):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column) + 16, 260))
        row = keep_row if keep_row is not None else 0
        if selected is not None:
            row = max(self.model.row_of(selected.person_a, selected.person_b), 0)
        self.select_row(min(row, len(pairs) - 1))

    def select_row(self, row: int) -> None:
        if row < 0:
            self.table.clearSelection()
            self._show_pair(None)
            return
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))
        self._show_pair(self.model.pair(row))

    def select_pair(self, a: int, b: int) -> bool:
        row = self.model.row_of(a, b)
        if row >= 0:
            self.select_row(row)
        return row >= 0

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_pair(self.model.pair(current.row()) if current.isValid() else None)

    def _show_pair(self, pair: DuplicatePair | None) -> None:
        if pair is None:
            self.detail.pair = None
            self.detail_stack.setCurrentWidget(self.placeholder)
            return
        if self.detail.pair == pair and self.detail_stack.currentIndex() == 1:
            return
        try:
            a, b = cases.get(self.session, pair.person_a), cases.get(self.session, pair.person_b)
        except NotFound:
            self._say(tr(_C, "One of these cases no longer exists."), tr(_C, "Scan again"))
            self.detail_stack.setCurrentWidget(self.placeholder)
            return
        self.detail.set_pair(pair, a, b)
        self.detail_stack.setCurrentIndex(1)

    # -- actions ----------------------------------------------------------------------------

    def dismiss_selected(self) -> None:
        """The selected pair are two people: hide it until the vault is locked."""
        pair = self.detail.pair
        if pair is None:
            return
        row = self.model.row_of(pair.person_a, pair.person_b)
        self._hidden.add(frozenset((pair.person_a, pair.person_b)))
        self.detail.pair = None
        self._show_result(keep_row=max(row, 0))

    def show_hidden(self) -> None:
        self._hidden.clear()
        self._show_result()

    def merge_selected(self) -> int | None:
        """Ask which case to keep and merge; returns the kept case's id."""
        pair = self.detail.pair
        if pair is None:
            return None
        a, b = cases.get(self.session, pair.person_a), cases.get(self.session, pair.person_b)
        keep = suggested_keep(a, b)
        drop = b.id if keep == a.id else a.id
        self._merging = True
        try:
            kept = MergeDialog.ask(self, self.session, keep, drop)
        finally:
            self._merging = False
        if kept is not None:
            self.merged(kept, drop if kept == keep else keep, {a.id: a.ref, b.id: b.ref})
        return kept

    def merged(self, kept: int, dropped: int, refs: dict[int, str]) -> None:
        """Drop the merged case's pairs from the list and offer to open the kept case."""
        row = self.model.row_of(kept, dropped)
        if self._result is not None:
            pairs = [p for p in self._result.pairs if dropped not in (p.person_a, p.person_b)]
            rows = dict(self._result.rows)
            rows.update({r.id: r for r in person_rows(self.session, [kept])})
            self._result = ScanResult(tuple(pairs), rows, max(self._result.people - 1, 0))
        self.detail.pair = None
        self._show_result(keep_row=max(row, 0))
        self._say(
            tr(_C, "{drop} was merged into {keep}. Ctrl+Z undoes the merge.").format(
                drop=refs[dropped], keep=refs[kept]
            ),
            tr(_C, "Open {ref}").format(ref=refs[kept]),
            lambda: bus.case_open_requested.emit(kept),
        )

    def _say(self, text: str, action: str, do=None) -> None:
        """A notice above the list with one action (scanning again unless `do` is given)."""
        self.notice_text.setText(text)
        self.notice_button.setText(action)
        self._notice_do = do or self.refresh
        self.notice.show()

    def _notice_action(self) -> None:
        self.notice.hide()
        if self._notice_do is not None:
            self._notice_do()

    # -- life cycle -------------------------------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        if self._merging or not changes.list_changed:
            return  # a merge made here updates the list itself
        people = self._result.people if self._result else caselist.count(self.session)
        if people > AUTO_RESCAN_LIMIT:
            self._say(tr(_C, "Cases changed since this scan."), tr(_C, "Scan again"))
            return
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty and self._task is None:
            self.refresh()

    def clear(self) -> None:
        """Drop every decrypted value (the vault is locking); the next show scans again."""
        self.cancel(quiet=True)
        self._result = None
        self._hidden.clear()
        self.model.set_pairs([], {})
        self.detail.clear()
        self.detail_stack.setCurrentWidget(self.placeholder)
        self.notice.hide()
        self.status.clear()
        self.hidden_button.hide()
        self._dirty = True


_STYLE = """
QWidget#notice {
    background: palette(base); border: 1px solid palette(highlight); border-radius: 8px;
}
QTableView { border: none; }
QScrollArea#detailScroll, QScrollArea#detailScroll > QWidget#qt_scrollarea_viewport,
QWidget#pairDetail { background: transparent; }
"""
