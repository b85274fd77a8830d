"""Merge two cases of one person: both side by side, one choice per conflicting field, one call.

`CaseComparison` shows two cases in aligned rows (every name with its script, birth, sex,
hometown, current status, reporters with their phones, identifiers) so that a volunteer can
judge whether they are one person; the Duplicates page shows it too. `MergeDialog` adds which
case to keep, a choice for every single field both cases fill differently
(`services.merge.conflicts`) and what will move; accepting makes one `run_op(merge.merge)`
call, a single undo step (Ctrl+Z brings both cases back).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.entities import Person
from casetracker.domain.enums import Script, Sex
from casetracker.domain.names import detect_script
from casetracker.gui.bus import run_op
from casetracker.gui.dialogs.new_case import script_name
from casetracker.gui.i18n import tr, trn
from casetracker.gui.labels import ethnicity_label, label
from casetracker.gui.rally.duplicates import StatusPill
from casetracker.gui.widgets.fuzzydate_edit import age_text, date_words
from casetracker.services import advocacy, cases, dispatch, merge
from casetracker.services.session import Session

_C = "MergeDialog"
#: Single fields merging decides, in words (services.merge.FIELDS names them).
FIELD_NAMES = {
    "sex": QT_TRANSLATE_NOOP("MergeDialog", "Sex"),
    "birth_date": QT_TRANSLATE_NOOP("MergeDialog", "Born"),
    "age_range": QT_TRANSLATE_NOOP("MergeDialog", "Age"),
    "hometown": QT_TRANSLATE_NOOP("MergeDialog", "Hometown"),
    "ethnicity": QT_TRANSLATE_NOOP("MergeDialog", "Ethnicity"),
    "citizenship": QT_TRANSLATE_NOOP("MergeDialog", "Citizenship"),
    "occupation": QT_TRANSLATE_NOOP("MergeDialog", "Occupation"),
    "notes": QT_TRANSLATE_NOOP("MergeDialog", "Notes"),
    "request": QT_TRANSLATE_NOOP("MergeDialog", "Family's request"),
    "consent": QT_TRANSLATE_NOOP("MergeDialog", "Consent"),
}
#: Free-text fields that may keep both texts (services.merge accepts "both" for these).
JOINABLE = frozenset({"notes", "request"})
STYLE = """
QLabel#sideCaption { color: palette(placeholder-text); font-size: 9pt; font-weight: 600; }
QLabel#sideRef { font-size: 13pt; font-weight: 700; }
QLabel#rowLabel { color: palette(placeholder-text); padding-top: 2px; }
QLabel#muted { color: palette(placeholder-text); }
QLabel#sectionTitle { font-size: 11pt; font-weight: 600; }
QLabel#scriptTag {
    color: palette(placeholder-text); font-size: 8pt; border: 1px solid palette(midlight);
    border-radius: 7px; padding: 0px 6px;
}
QFrame#comparison, QFrame#choices {
    background: palette(base); border: 1px solid palette(midlight); border-radius: 8px;
}
"""


def field_value(person: Person, field: str) -> str:
    """One single field of a case in words ("" when empty)."""
    if field == "sex":
        return "" if person.sex is Sex.UNKNOWN else label(person.sex)
    if field == "birth_date":
        return date_words(person.birth_date)
    if field == "age_range":
        return age_text(person.age_range)
    if field == "consent":
        return label(person.consent)
    if field == "ethnicity":
        return ethnicity_label(person.ethnicity) if person.ethnicity else ""
    return str(getattr(person, field) or "")


def born_text(person: Person) -> str:
    if person.birth_date is not None:
        return date_words(person.birth_date)
    if person.age_range is not None:
        return tr(_C, "age {age}").format(age=age_text(person.age_range))
    return ""


def suggested_keep(a: Person, b: Person) -> int:
    """The case to keep by default: the one with more on record, else the older one."""

    def weight(p: Person) -> tuple:
        return (len(p.events) + len(p.reporters) + len(p.attachments) + len(p.names), -p.id)

    return a.id if weight(a) >= weight(b) else b.id


def _text_label(text: str, name: str = "", parent: QWidget | None = None) -> QLabel:
    """A wrapped, selectable label; Arabic-script text laid out right to left."""
    item = QLabel(text, parent)
    item.setWordWrap(True)
    item.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        item.setObjectName(name)
    if detect_script(text) is Script.ARAB:
        item.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        item.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
    return item


def clear_layout(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout())


class CaseComparison(QFrame):
    """Two cases in aligned rows: names in every script, birth, sex, hometown, status..."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparison")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(16, 12, 16, 14)
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(10)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.people: tuple[Person, Person] | None = None

    def set_cases(self, a: Person, b: Person, captions: tuple[str, str] = ("", "")) -> None:
        """Show `a` on the left and `b` on the right, each under its caption."""
        clear_layout(self.grid)
        self.people = (a, b)
        for column, (person, caption) in enumerate(zip((a, b), captions, strict=True), 1):
            self.grid.addWidget(self._header(person, caption), 0, column)
        rows = self._rows()
        self.grid.setRowStretch(len(rows) + 1, 1)  # spare height below, not between rows
        for row, (title, fill) in enumerate(rows, 1):
            heading = QLabel(title, self)
            heading.setObjectName("rowLabel")
            self.grid.addWidget(heading, row, 0, Qt.AlignmentFlag.AlignTop)
            for column, person in enumerate((a, b), 1):
                box = QWidget(self)
                layout = QVBoxLayout(box)
                layout.setContentsMargins(0, 0, 0, 0)
                layout.setSpacing(3)
                fill(person, box, layout)
                if not layout.count():
                    layout.addWidget(_text_label("—", "muted", box))
                self.grid.addWidget(box, row, column, Qt.AlignmentFlag.AlignTop)

    def _rows(self) -> list[tuple[str, Callable]]:
        def lines(texts: Callable[[Person], list[str]]) -> Callable:
            def fill(person: Person, box: QWidget, layout: QVBoxLayout) -> None:
                for text in texts(person):
                    if text:
                        layout.addWidget(_text_label(text, "", box))

            return fill

        return [
            (tr(_C, "Names"), self._names),
            (tr(_C, "Born"), lines(lambda p: [born_text(p)])),
            (tr(_C, "Sex"), lines(lambda p: [field_value(p, "sex")])),
            (tr(_C, "Hometown"), lines(lambda p: [p.hometown])),
            (tr(_C, "Status"), self._status),
            (tr(_C, "Reporters"), lines(reporter_lines)),
            (
                tr(_C, "Identifiers"),
                lines(lambda p: [f"{label(i.kind)} {i.value}" for i in p.identifiers]),
            ),
            (tr(_C, "On record"), lines(lambda p: [records_text(p)])),
        ]

    def _header(self, person: Person, caption: str) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(2)
        if caption:
            layout.addWidget(_text_label(caption.upper(), "sideCaption", box))
        layout.addWidget(_text_label(person.ref, "sideRef", box))
        return box

    def _names(self, person: Person, box: QWidget, layout: QVBoxLayout) -> None:
        # Each name sized to its text (an Arabic-script one still laid out right to left) and
        # followed by its script, so that every name of the column starts at the same edge.
        for name in person.names:
            line = QHBoxLayout()
            line.setSpacing(8)
            line.addWidget(_text_label(name.text, "", box))
            tag = QLabel(script_name(name.script), box)
            tag.setObjectName("scriptTag")
            line.addWidget(tag, 0, Qt.AlignmentFlag.AlignVCenter)
            line.addStretch(1)
            layout.addLayout(line)

    def _status(self, person: Person, box: QWidget, layout: QVBoxLayout) -> None:
        line = QHBoxLayout()
        line.setSpacing(8)
        line.addWidget(status_pill(person.current_status, box))
        event = person.current_event
        since = date_words(event.date) if event is not None else ""
        if since:
            line.addWidget(_text_label(tr(_C, "since {date}").format(date=since), "muted", box))
        line.addStretch(1)
        layout.addLayout(line)


def status_pill(status, parent: QWidget | None = None) -> StatusPill:
    """The rally screen's status badge, at the size of the text around it."""
    pill = StatusPill(status, parent)
    pill.setStyleSheet(pill.styleSheet().replace("11pt", "9pt").replace("600", "500"))
    return pill


def reporter_lines(person: Person) -> list[str]:
    """Each reporter as "Aliya · Sibling · +7 701 111 22 33"."""
    return [
        " · ".join(x for x in (r.name, label(r.relationship), r.phone.replace(" ", "\u00a0")) if x)
        for r in person.reporters
    ]


def identifier_lines(person: Person) -> list[str]:
    return [f"{label(i.kind)} {i.value}" for i in person.identifiers]


def records_text(person: Person) -> str:
    parts = [
        trn(_C, "%n status event(s)", len(person.events)),
        trn(_C, "%n attachment(s)", len(person.attachments)),
    ]
    return " · ".join(parts)


def _event_key(event) -> tuple:
    date = event.date.text if event.date is not None else None
    return (
        *(event.status, date, event.facility_id, event.place, event.source_type),
        *(event.confidence, event.sentence, event.charge, event.note),
    )


def moving_counts(session: Session, keep: Person, drop: Person) -> dict[str, tuple[int, int]]:
    """Per kind of record of the dropped case: (rows that move, copies the kept one has)."""
    kept_interactions = {i.id for i in advocacy.interactions_for_person(session, keep.id)}
    keys = {
        "names": (lambda n: (n.text, n.script), keep.names, drop.names),
        "events": (_event_key, keep.events, drop.events),
        "reporters": (lambda r: r.reporter_id, keep.reporters, drop.reporters),
        "attachments": (lambda a: a.sha256, keep.attachments, drop.attachments),
        "identifiers": (lambda i: (i.kind, i.value), keep.identifiers, drop.identifiers),
    }
    counts = {}
    for kind, (key, mine, theirs) in keys.items():
        have = {key(x) for x in mine}
        copies = sum(1 for x in theirs if key(x) in have)
        counts[kind] = (len(theirs) - copies, copies)
    dropped = advocacy.interactions_for_person(session, drop.id)
    shared = sum(1 for i in dropped if i.id in kept_interactions)
    counts["interactions"] = (len(dropped) - shared, shared)
    counts["dispatch"] = (len(dispatch.list_for_person(session, drop.id)), 0)
    return counts


_COUNT_WORDS = {
    "names": QT_TRANSLATE_NOOP("MergeDialog", "%n name(s)"),
    "identifiers": QT_TRANSLATE_NOOP("MergeDialog", "%n identifier(s)"),
    "events": QT_TRANSLATE_NOOP("MergeDialog", "%n status event(s)"),
    "reporters": QT_TRANSLATE_NOOP("MergeDialog", "%n reporter(s)"),
    "interactions": QT_TRANSLATE_NOOP("MergeDialog", "%n letter(s) or meeting(s)"),
    "attachments": QT_TRANSLATE_NOOP("MergeDialog", "%n attachment(s)"),
    "dispatch": QT_TRANSLATE_NOOP("MergeDialog", "%n sent summary record(s)"),
}


def summary_text(counts: dict[str, tuple[int, int]], keep: Person, drop: Person) -> str:
    """What moves, in words: "From CT-0002 to CT-0001: 1 name, 2 status events ..."."""
    moving = [trn(_C, _COUNT_WORDS[k], n) for k, (n, _) in counts.items() if n]
    copies = sum(c for _, c in counts.values())
    text = (
        tr(_C, "Moves from {drop} to {keep}: {what}.").format(
            drop=drop.ref, keep=keep.ref, what=", ".join(moving)
        )
        if moving
        else tr(_C, "{drop} has nothing that {keep} does not already have.").format(
            drop=drop.ref, keep=keep.ref
        )
    )
    if copies:
        text += " " + trn(_C, "%n record(s) both cases have are kept once.", copies)
    taken = [tr(_C, FIELD_NAMES[f]) for f in FIELD_NAMES if _taken_over(keep, drop, f)]
    if taken:
        text += " " + tr(_C, "Taken over from {drop}: {fields}.").format(
            drop=drop.ref, fields=", ".join(taken)
        )
    after = tr(_C, "{drop} is then removed; its reference keeps finding {keep}. Ctrl+Z undoes it.")
    return f"{text} {after.format(drop=drop.ref, keep=keep.ref)}"


def _taken_over(keep: Person, drop: Person, field: str) -> bool:
    return field != "consent" and not field_value(keep, field) and bool(field_value(drop, field))


class ConflictChoices(QFrame):
    """One row per single field both cases fill differently: keep's value, drop's, or both."""

    ELIDE_AT = 36

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("choices")
        self.groups: dict[str, QButtonGroup] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(8)
        title = QLabel(tr(_C, "Recorded differently"), self)
        title.setObjectName("sectionTitle")
        self.hint = _text_label("", "muted", self)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(20)
        self.grid.setVerticalSpacing(10)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        layout.addWidget(title)
        layout.addWidget(self.hint)
        layout.addLayout(self.grid)

    def set_conflicts(self, conflicts: list, keep: Person, drop: Person) -> None:
        clear_layout(self.grid)
        self.groups = {}
        self.hint.setText(
            tr(
                _C,
                "Choose what the merged case keeps. {ref}'s value is chosen unless you change it.",
            ).format(ref=keep.ref)
            if conflicts
            else tr(_C, "No field is recorded differently: nothing to choose.")
        )
        for row, conflict in enumerate(conflicts):
            self._add_row(row, conflict.field, keep, drop)

    def _add_row(self, row: int, field: str, keep: Person, drop: Person) -> None:
        name = tr(_C, FIELD_NAMES.get(field, field))
        heading = QLabel(name, self)
        heading.setObjectName("rowLabel")
        self.grid.addWidget(heading, row, 0, Qt.AlignmentFlag.AlignTop)
        group = QButtonGroup(self)
        options = [("keep", keep), ("drop", drop)]
        for column, (choice, person) in enumerate(options, 1):
            value = field_value(person, field)
            self.grid.addWidget(self._option(group, choice, name, value, person.ref), row, column)
        if field in JOINABLE:
            both = QRadioButton(tr(_C, "Keep both texts"), self)
            both.setAccessibleName(tr(_C, "{field}: keep both texts").format(field=name))
            both.setProperty("choice", "both")
            group.addButton(both)
            self.grid.addWidget(both, row, 3, Qt.AlignmentFlag.AlignTop)
        group.buttons()[0].setChecked(True)
        self.groups[field] = group

    def _option(self, group: QButtonGroup, choice: str, field: str, value: str, ref: str):
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        short = " ".join(value.split())
        button = QRadioButton(
            short if len(short) <= self.ELIDE_AT else short[: self.ELIDE_AT - 1] + "…", box
        )
        button.setToolTip(value)
        button.setAccessibleName(
            tr(_C, "{field}: {value} (from {ref})").format(field=field, value=short, ref=ref)
        )
        button.setProperty("choice", choice)
        group.addButton(button)
        layout.addWidget(button)
        if len(short) > self.ELIDE_AT:
            layout.addWidget(_text_label(value[:400], "muted", box))
        return box

    def choices(self) -> dict[str, str]:
        return {f: g.checkedButton().property("choice") for f, g in self.groups.items()}

    def choose(self, field: str, choice: str) -> None:
        for button in self.groups[field].buttons():
            if button.property("choice") == choice:
                button.setChecked(True)


class MergeDialog(QDialog):
    """`ask(parent, session, keep_id, drop_id)` merges and returns the kept case's id, or None."""

    def __init__(
        self, session: Session, keep_id: int, drop_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.kept_id: int | None = None
        self.people = {pid: cases.get(session, pid) for pid in (keep_id, drop_id)}
        self.keep_id, self.drop_id = keep_id, drop_id
        self.setWindowTitle(tr(_C, "Merge two cases"))
        self.setStyleSheet(STYLE)
        self.resize(900, 780)
        self._build()
        self._show_keep()

    def _build(self) -> None:
        intro = _text_label(
            tr(
                _C,
                "Merge only when both cases record the same person. Everything recorded in "
                "the case you do not keep moves to the one you keep.",
            ),
            "",
            self,
        )
        self.comparison = CaseComparison(self)
        self.conflicts = ConflictChoices(self)
        self.summary = _text_label("", "", self)
        body = QWidget(self)
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 8, 0)
        inner.setSpacing(14)
        inner.addWidget(self.comparison)
        inner.addWidget(self.conflicts)
        heading = QLabel(tr(_C, "What merging does"), body)
        heading.setObjectName("sectionTitle")
        inner.addWidget(heading)
        inner.addWidget(self.summary)
        inner.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(14)
        layout.addWidget(intro)
        layout.addLayout(self._keep_row())
        layout.addWidget(scroll, 1)
        layout.addWidget(self._buttons())

    def _keep_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(QLabel(tr(_C, "Keep:"), self))
        self.keep_group = QButtonGroup(self)
        self.keep_buttons: dict[int, QRadioButton] = {}
        for pid, person in self.people.items():
            button = QRadioButton(person.ref, self)
            button.setAccessibleName(tr(_C, "Keep {ref}").format(ref=person.ref))
            button.setChecked(pid == self.keep_id)
            button.toggled.connect(lambda on, p=pid: on and self.set_keep(p))
            self.keep_group.addButton(button)
            self.keep_buttons[pid] = button
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(self)
        self.merge_button = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setAutoDefault(False)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        buttons.accepted.connect(self.merge)
        buttons.rejected.connect(self.reject)
        return buttons

    def set_keep(self, person_id: int) -> None:
        """Keep `person_id` and drop the other one (the choices are asked again)."""
        if person_id == self.keep_id or person_id not in self.people:
            return
        self.keep_id, self.drop_id = self.drop_id, self.keep_id
        self.keep_buttons[person_id].setChecked(True)
        self._show_keep()

    def _show_keep(self) -> None:
        keep, drop = self.people[self.keep_id], self.people[self.drop_id]
        self.comparison.set_cases(
            keep, drop, (tr(_C, "Kept"), tr(_C, "Moves into it, then removed"))
        )
        found = merge.conflicts(self._session, keep.id, drop.id)
        self.conflicts.set_conflicts(found, keep, drop)
        counts = moving_counts(self._session, keep, drop)
        self.summary.setText(summary_text(counts, keep, drop))
        self.merge_button.setText(tr(_C, "Merge into {ref}").format(ref=keep.ref))

    def choices(self) -> dict[str, str]:
        return self.conflicts.choices()

    def merge(self) -> None:
        changes = run_op(
            self, merge.merge, self._session, self.keep_id, self.drop_id, self.choices()
        )
        if changes is None:
            return
        self.kept_id = self.keep_id
        self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, session: Session, keep_id: int, drop_id: int
    ) -> int | None:
        dialog = cls(session, keep_id, drop_id, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.kept_id if accepted else None
