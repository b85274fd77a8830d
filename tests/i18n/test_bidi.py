"""Arabic-script names inside the left-to-right interface, in each interface language.

The interface stays left to right in Kazakh, Russian and English; a name written in Arabic
script reads right to left wherever it appears (table cells, the case header, name fields,
lists of names), and a line listing several names keeps them in the order they were written.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel

from casetracker.gui.casefile.header import facts_line
from casetracker.gui.i18n import isolate
from casetracker.gui.mainwindow import MainWindow
from casetracker.gui.models.caselist import Column
from casetracker.services import cases

ARABIC_NAME = "قالىوللا مۇحامەتۇلى"
ETHNICITY = "ئۇيغۇر"
HOMETOWN = "قۇلجا"


def _visual_x(text: str, piece: str, widget) -> float:
    """The left edge of `piece`'s glyphs in `text` laid out as one left-to-right line."""
    layout = QTextLayout(text, widget.font())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.LeftToRight)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(5000)
    layout.endLayout()
    runs = layout.glyphRuns(text.index(piece), len(piece))
    return min(run.boundingRect().left() for run in runs)


@pytest.fixture
def arabic_case(session):
    changes = cases.create(
        session, names=[ARABIC_NAME, "Qaliolla Mukhametuly"], ethnicity=ETHNICITY, hometown=HOMETOWN
    )
    return next(iter(changes.person_ids))


def test_isolate_wraps_only_right_to_left_text():
    assert isolate("Қалиолла") == "Қалиолла"
    assert isolate(ARABIC_NAME) == f"\u2068{ARABIC_NAME}\u2069"


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_arabic_names_read_right_to_left_in_every_language(
    qtbot, speak, session, arabic_case, lang
):
    speak(lang)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # Table: the cell carries the name as written, no forced direction marks; the view is LTR.
    model = window.case_list.model
    row = model.ids().index(arabic_case)
    shown = model.data(model.index(row, Column.NAME), Qt.ItemDataRole.DisplayRole)
    if lang == "en":
        assert shown == "Qaliolla Mukhametuly"  # Latin first in English
    else:
        assert shown in (ARABIC_NAME, "Qaliolla Mukhametuly")
    assert window.case_list.layoutDirection() == Qt.LayoutDirection.LeftToRight
    # Case header: the Arabic variant right to left, the window left to right.
    window.open_case(arabic_case)
    header = window.case_file.header
    labels = {label.text(): label for label in header.other_name_labels()}
    labels[header.name_label.text()] = header.name_label
    arabic = labels[ARABIC_NAME]
    assert arabic.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert arabic.alignment() & Qt.AlignmentFlag.AlignRight
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    # Name fields in the Identity section: the Arabic one right to left.
    window.case_file.set_section("identity")
    edits = window.case_file.sections["identity"].findChildren(
        type(window.case_list.filter_bar.search)
    )
    arabic_edits = [e for e in edits if e.text() == ARABIC_NAME]
    assert arabic_edits and arabic_edits[0].layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_a_line_of_facts_keeps_two_arabic_items_in_their_order(session, arabic_case, qtbot):
    """'… · ئۇيغۇر · قۇلجا': without isolation the two would swap places on screen."""
    probe = QLabel()
    qtbot.addWidget(probe)
    line = facts_line(cases.get(session, arabic_case))
    assert _visual_x(line, ETHNICITY, probe) < _visual_x(line, HOMETOWN, probe)
    plain = line.replace("\u2068", "").replace("\u2069", "")
    assert _visual_x(plain, ETHNICITY, probe) > _visual_x(plain, HOMETOWN, probe)
