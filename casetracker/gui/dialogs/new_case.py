"""Start a new case with only what a relative says first: a name, maybe another spelling, a town.

One name field takes any script; the detected script is shown under it (so a volunteer sees
that "Қалиолла" was read as Cyrillic, not Latin) and Arabic-script names are laid out right to
left. Everything else is filled in later in the case file. The case is created with
`services.cases.create` through `run_op`, which reports a refused input as a dialog.

While the name is typed, cases that may be the same person appear beneath the form
(`services.duplicates.candidates_for`, looked up on a worker thread 200 ms after the last key),
each with "Open this case instead" (or Alt+1..3): the dialog closes and asks the main window to
open that case (`bus.case_open_requested`), so nobody enters a relative twice. Creating anyway
still works.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.enums import Script
from casetracker.domain.names import detect_script
from casetracker.gui.bus import bus, run_op
from casetracker.gui.i18n import tr
from casetracker.gui.rally.duplicates import StatusPill, SuggestionCard
from casetracker.gui.worker import Task, start
from casetracker.services import caselist, cases, duplicates
from casetracker.services.rally import Suggestion
from casetracker.services.session import Session

_C = "NewCaseDialog"
_SCRIPT_NAMES = {
    Script.LATN: QT_TRANSLATE_NOOP("NewCaseDialog", "Latin"),
    Script.CYRL: QT_TRANSLATE_NOOP("NewCaseDialog", "Cyrillic"),
    Script.ARAB: QT_TRANSLATE_NOOP("NewCaseDialog", "Arabic script"),
    Script.HANI: QT_TRANSLATE_NOOP("NewCaseDialog", "Chinese characters"),
    Script.OTHER: QT_TRANSLATE_NOOP("NewCaseDialog", "Other script"),
}


def script_name(script: Script) -> str:
    return tr(_C, _SCRIPT_NAMES.get(script, _SCRIPT_NAMES[Script.OTHER]))


class NameEdit(QWidget):
    """A name field with the detected script shown beneath it."""

    def __init__(self, placeholder: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setAccessibleName(accessible)
        self.edit.setMinimumHeight(30)
        self.script_label = QLabel(self)
        self.script_label.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.script_label)
        self.edit.textChanged.connect(self._detect)
        self._detect("")

    def text(self) -> str:
        return self.edit.text().strip()

    def _detect(self, text: str) -> None:
        script = detect_script(text)
        rtl = script is Script.ARAB
        self.edit.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        shown = (
            tr(_C, "Script: {script}").format(script=script_name(script)) if text.strip() else ""
        )
        self.script_label.setText(shown)


LOOKUP_DELAY_MS = 200
MAX_MATCHES = 3
MATCH_STYLE = """
QFrame#matches { background: palette(alternate-base); border: 1px solid palette(midlight);
    border-radius: 8px; }
QLabel#matchesTitle { font-weight: 600; }
QFrame#suggestionCard { background: palette(base); border: 1px solid palette(midlight);
    border-radius: 6px; }
QLabel#keyHint { color: palette(placeholder-text); border: 1px solid palette(midlight);
    border-radius: 4px; padding: 0px 5px; font-size: 8pt; }
QLabel#suggestionRef { font-weight: 700; }
QLabel#cardMeta, QLabel#evidence, QLabel#muted { color: palette(placeholder-text); }
"""


def likely_matches(session: Session, names: list[str], hometown: str = "") -> list[Suggestion]:
    """Existing cases that may be the person being entered, most likely first (worker thread)."""
    names = [n.strip() for n in names if len(n.strip()) >= 2]
    if not names:
        return []
    found = duplicates.candidates_for(session, names, hometown=hometown, limit=MAX_MATCHES)
    rows = {row.id: row for row in caselist.rows(session, [c.person_id for c in found])}
    return [
        Suggestion(
            *(c.person_id, c.ref, c.names, rows[c.person_id].status),
            *(rows[c.person_id].status_date, rows[c.person_id].hometown, c.score, c.evidence),
        )
        for c in found
        if c.person_id in rows
    ]


class MatchLookup(QObject):
    """Runs `likely_matches` on a worker `LOOKUP_DELAY_MS` after the last `request()`.

    Only the answer to the latest request is delivered (`found`); slots are bound methods of
    this object, so an answer arriving after the dialog is gone is dropped by Qt.
    """

    found = Signal(list)  # list[Suggestion]

    def __init__(self, session: Session, fields, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._fields = fields  # () -> (names, hometown)
        self._latest: Task | None = None
        self._tasks: set[Task] = set()
        self._timer = QTimer(self, singleShot=True, interval=LOOKUP_DELAY_MS)
        self._timer.timeout.connect(self.run_now)

    def request(self) -> None:
        self._timer.start()

    def cancel(self) -> None:
        self._timer.stop()
        self._latest = None

    def run_now(self) -> None:
        names, hometown = self._fields()
        if not any(len(n) >= 2 for n in names):
            self.cancel()
            self.found.emit([])
            return
        task = Task(likely_matches, self._session, names, hometown)
        self._latest = task
        self._tasks.add(task)
        start(task, self._finished, self._failed)

    def _task_of_sender(self) -> Task | None:
        signals = self.sender()
        task = next((t for t in self._tasks if t.signals is signals), None)
        self._tasks.discard(task)
        return task

    def _finished(self, found: list) -> None:
        if self._task_of_sender() is self._latest and self._latest is not None:
            self.found.emit(found)

    def _failed(self, _error: object) -> None:
        # A failed look-up only means no suggestions; creating the case still works.
        if self._task_of_sender() is self._latest and self._latest is not None:
            self.found.emit([])


class MatchList(QFrame):
    """Cases that may be the person being entered; `open_requested(person_id)` on a click."""

    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matches")
        self.cards: list[SuggestionCard] = []
        title = QLabel(tr(_C, "Already on record?"), self)
        title.setObjectName("matchesTitle")
        hint = QLabel(
            tr(_C, "These cases may be the same person. Open one instead of entering it twice."),
            self,
        )
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        self._rows = QVBoxLayout()
        self._rows.setSpacing(8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(self._rows)
        self.setVisible(False)

    def set_matches(self, matches: list[Suggestion]) -> None:
        while self._rows.count():
            item = self._rows.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.cards = []
        for number, match in enumerate(matches[:MAX_MATCHES], 1):
            self._rows.addWidget(self._row(number, match))
        self.setVisible(bool(self.cards))

    def _row(self, number: int, match: Suggestion) -> QWidget:
        row = QWidget(self)
        card = SuggestionCard(number, match, row)
        card.clicked.connect(self.open_requested)
        for pill in card.findChildren(StatusPill):  # the rally's size is for arm's length
            pill.setStyleSheet(pill.styleSheet().replace("11pt", "9pt").replace("600", "500"))
        button = QPushButton(tr(_C, "Open this case instead"), row)
        button.setAccessibleName(tr(_C, "Open {ref} instead").format(ref=match.ref))
        button.setAutoDefault(False)
        button.clicked.connect(lambda: self.open_requested.emit(match.person_id))
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(card, 1)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.cards.append(card)
        return row

    def person_ids(self) -> list[int]:
        return [card.suggestion.person_id for card in self.cards]


class NewCaseDialog(QDialog):
    """`ask(session)` returns the new person's id, or None if cancelled.

    None too when an existing case was opened instead (`opened_id`); the dialog has then
    already asked the main window to open it.
    """

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.person_id: int | None = None
        self.opened_id: int | None = None
        self.setWindowTitle(tr(_C, "New case"))
        self.setStyleSheet(MATCH_STYLE)
        self.setMinimumWidth(620)
        self.resize(620, 280)
        intro = QLabel(
            tr(
                _C,
                "Start with the name as the family gives it, in any script. "
                "Everything else can be added in the case file.",
            ),
            self,
        )
        intro.setWordWrap(True)
        form = self._form(caselist.hometowns(session))
        self._buttons()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(14)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.matches)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._validate()
        self._watch()
        self.name.edit.setFocus()

    def _watch(self) -> None:
        """Look for existing cases while the name (or the town) is typed."""
        self.lookup = MatchLookup(self._session, self._lookup_fields, self)
        self.lookup.found.connect(self._show_matches)
        for edit in (self.name.edit, self.other_name.edit, self.hometown):
            edit.textChanged.connect(self.lookup.request)
        for number in range(1, MAX_MATCHES + 1):
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.activated.connect(lambda n=number: self._open_number(n))

    def _lookup_fields(self) -> tuple[list[str], str]:
        names = [t for t in (self.name.text(), self.other_name.text()) if t]
        return names, self.hometown.text().strip()

    def _show_matches(self, matches: list) -> None:
        self.matches.set_matches(matches)
        self.create_button.setText(
            tr(_C, "Create new case anyway") if self.matches.cards else tr(_C, "Create case")
        )
        self.adjustSize()

    def _open_number(self, number: int) -> None:
        ids = self.matches.person_ids()
        if 0 < number <= len(ids):
            self.open_instead(ids[number - 1])

    def open_instead(self, person_id: int) -> None:
        """Close without creating and ask the main window to open the existing case."""
        self.opened_id = person_id
        self.reject()
        bus.case_open_requested.emit(person_id)

    def done(self, result: int) -> None:
        self.lookup.cancel()
        super().done(result)

    def _form(self, hometowns: list[str]) -> QFormLayout:
        self.name = NameEdit(
            tr(_C, "e.g. Қалиолла Мұхаметұлы, Qaliolla, 哈力奥拉"), tr(_C, "Name"), self
        )
        self.other_name = NameEdit(
            tr(_C, "optional: the same name in another script"),
            tr(_C, "Name in another script"),
            self,
        )
        self.hometown = QLineEdit(self)
        self.hometown.setAccessibleName(tr(_C, "Hometown"))
        self.hometown.setPlaceholderText(tr(_C, "optional: prefecture, county or village"))
        self.hometown.setCompleter(QCompleter(hometowns, self))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        form.addRow(tr(_C, "&Name:"), self.name)
        form.addRow(tr(_C, "&Other spelling:"), self.other_name)
        form.addRow(tr(_C, "&Hometown:"), self.hometown)
        self.matches = MatchList(self)
        self.matches.open_requested.connect(self.open_instead)
        return form

    def _buttons(self) -> None:
        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(
            tr(_C, "Create case"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        self.name.edit.textChanged.connect(self._validate)

    def _validate(self) -> None:
        self.create_button.setEnabled(bool(self.name.text()))

    def create(self) -> None:
        if not self.name.text():
            return
        names = [self.name.text()] + ([self.other_name.text()] if self.other_name.text() else [])
        changes = run_op(
            self, cases.create, self._session, names=names, hometown=self.hometown.text().strip()
        )
        if changes is None:
            return
        self.person_id = changes.created_ids[0] if changes.created_ids else None
        self.accept()

    @classmethod
    def ask(cls, session, parent: QWidget | None = None) -> int | None:
        dialog = cls(session, parent)
        return dialog.person_id if dialog.exec() == QDialog.DialogCode.Accepted else None
