"""Possible duplicates beside the rally form, so two volunteers do not enter one relative twice.

Each suggestion is a card: its key (Alt+1..5), reference, status badge, every name on record
and the evidence for and against (same birth year, another hometown...). Clicking a card or
pressing its Alt key asks the panel to add the testimony to that case instead (`chosen`);
the chosen card stays marked until the entry is saved or the choice is undone (Alt+0).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from casetracker.gui.i18n import isolate, tr
from casetracker.gui.labels import label, status_colour, text_colour_on
from casetracker.gui.widgets.fuzzydate_edit import date_words
from casetracker.gui.worker import Task, start
from casetracker.services import rally
from casetracker.services.rally import Suggestion

_C = "DuplicatesPanel"
MAX_SHOWN = 5
LOOKUP_DELAY_MS = 200
_KINDS = {
    "name": QT_TRANSLATE_NOOP("DuplicatesPanel", "name"),
    "birth_year": QT_TRANSLATE_NOOP("DuplicatesPanel", "birth"),
    "hometown": QT_TRANSLATE_NOOP("DuplicatesPanel", "hometown"),
    "phone": QT_TRANSLATE_NOOP("DuplicatesPanel", "phone"),
    "sex": QT_TRANSLATE_NOOP("DuplicatesPanel", "sex"),
    "identifier": QT_TRANSLATE_NOOP("DuplicatesPanel", "ID"),
}


def evidence_text(evidence) -> str:
    """One reason, marked ✓ for, ✗ against, • neutral: "✓ name: Qaliolla ≈ Қалиолла"."""
    mark = "✓" if evidence.weight > 0 else "✗" if evidence.weight < 0 else "•"
    kind = tr(_C, _KINDS[evidence.kind]) if evidence.kind in _KINDS else evidence.kind
    return f"{mark} {kind}: {evidence.detail}"


class StatusPill(QLabel):
    """The status as a small coloured badge with its text (colour never carries it alone)."""

    def __init__(self, status, parent: QWidget | None = None) -> None:
        super().__init__(label(status), parent)
        background = status_colour(status)
        self.setStyleSheet(
            f"QLabel {{ background: {background.name()}; color: "
            f"{text_colour_on(background).name()}; border-radius: 10px; padding: 2px 10px;"
            " font-size: 11pt; font-weight: 600; }"
        )


class SuggestionCard(QFrame):
    """One possible duplicate; a click chooses it."""

    clicked = Signal(int)  # person id

    def __init__(self, number: int, suggestion: Suggestion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.suggestion = suggestion
        self.setObjectName("suggestionCard")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        key = QLabel(f"Alt+{number}", self)
        key.setObjectName("keyHint")
        ref = QLabel(suggestion.ref, self)
        ref.setObjectName("suggestionRef")
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(key)
        top.addWidget(ref)
        top.addWidget(StatusPill(suggestion.status, self))
        since = date_words(suggestion.status_date)
        if since:
            top.addWidget(self._muted(since, "cardMeta"))
        top.addStretch(1)
        names = QLabel(" · ".join(isolate(n) for n in suggestion.names), self)
        names.setWordWrap(True)
        names.setObjectName("suggestionNames")
        evidence = QLabel("   ".join(evidence_text(e) for e in suggestion.evidence), self)
        evidence.setWordWrap(True)
        evidence.setObjectName("evidence")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(names)
        if suggestion.hometown:
            layout.addWidget(self._muted(suggestion.hometown, "cardMeta"))
        layout.addWidget(evidence)
        self.setAccessibleName(
            tr(_C, "Possible duplicate {ref}: {names}").format(
                ref=suggestion.ref, names=names.text()
            )
        )
        self.set_chosen(False)

    def _muted(self, text: str, name: str = "muted") -> QLabel:
        item = QLabel(text, self)
        item.setObjectName(name)
        return item

    def set_chosen(self, chosen: bool) -> None:
        self.setProperty("chosen", chosen)
        self.style().unpolish(self)
        self.style().polish(self)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.suggestion.person_id)
        super().mousePressEvent(event)


class DuplicatesPanel(QFrame):
    """The cards of the current suggestions; `chosen(person_id)` when one is picked."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rallyCard")
        self.cards: list[SuggestionCard] = []
        self._chosen: int | None = None
        title = QLabel(tr(_C, "Possible duplicates"), self)
        title.setObjectName("rallyCardTitle")
        self.hint = QLabel(self)
        self.hint.setObjectName("cardMeta")
        self.hint.setWordWrap(True)
        self._cards = QVBoxLayout()
        self._cards.setSpacing(8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(self.hint)
        layout.addLayout(self._cards)
        self.set_suggestions([])

    def suggestions(self) -> list[Suggestion]:
        return [card.suggestion for card in self.cards]

    def set_suggestions(self, suggestions: list[Suggestion], *, searched: bool = False) -> None:
        """Show up to five suggestions; the chosen case stays on top while it is chosen."""
        fresh = {s.person_id: s for s in suggestions}
        kept = [c.suggestion for c in self.cards if c.suggestion.person_id == self._chosen]
        chosen = fresh.get(self._chosen) or next(iter(kept), None)
        shown = ([chosen] if chosen else []) + [s for s in suggestions if s is not chosen]
        for card in self.cards:
            self._cards.removeWidget(card)
            card.deleteLater()
        self.cards = []
        for number, suggestion in enumerate(shown[:MAX_SHOWN], 1):
            card = SuggestionCard(number, suggestion, self)
            card.clicked.connect(self.chosen)
            card.set_chosen(suggestion.person_id == self._chosen)
            self._cards.addWidget(card)
            self.cards.append(card)
        self._update_hint(searched)

    def _update_hint(self, searched: bool) -> None:
        if self.cards:
            text = tr(_C, "Same person? Press its Alt key or click it to add this testimony.")
        elif searched:
            text = tr(_C, "No similar case on record.")
        else:
            text = tr(_C, "Similar cases appear here while you type the name.")
        self.hint.setText(text)

    def suggestion(self, number: int) -> Suggestion | None:
        """The suggestion shown under Alt+`number` (1-based)."""
        return self.cards[number - 1].suggestion if 0 < number <= len(self.cards) else None

    def set_chosen(self, person_id: int | None) -> None:
        self._chosen = person_id
        for card in self.cards:
            card.set_chosen(card.suggestion.person_id == person_id)

    def clear(self) -> None:
        self._chosen = None
        self.set_suggestions([])


class SuggestionLookup(QObject):
    """Looks up suggestions on a worker thread `LOOKUP_DELAY_MS` after the last request.

    Only the answer to the latest request is delivered (`found`); `cancel()` drops any answer
    still on its way (the form was saved or cleared meanwhile).
    """

    found = Signal(list)  # list[Suggestion]
    failed = Signal(str)

    def __init__(self, fields: Callable[[], dict[str, str]], parent: QObject | None = None):
        super().__init__(parent)
        self.session = None
        self._fields = fields
        self._generation = 0
        self._tasks: set[Task] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LOOKUP_DELAY_MS)
        self._timer.timeout.connect(self.run_now)

    def request(self) -> None:
        self._timer.start()

    def cancel(self) -> None:
        self._timer.stop()
        self._generation += 1

    def run_now(self) -> None:
        if self.session is None:
            return
        self._generation += 1
        task = Task(rally.suggestions, self.session, self._fields())
        self._tasks.add(task)
        start(
            task,
            lambda found, g=self._generation, t=task: self._done(g, t, found, None),
            lambda exc, g=self._generation, t=task: self._done(g, t, None, exc),
        )

    def _done(self, generation: int, task: Task, found, error) -> None:
        self._tasks.discard(task)
        if generation != self._generation or self.session is None:
            return
        if error is not None:
            self.failed.emit(str(error))
        else:
            self.found.emit(found)
