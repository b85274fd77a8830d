"""The Latin/Cyrillic shortcut in styles.para prints what scripttext would, and only then."""

from __future__ import annotations

import pytest
from reportlab.platypus import Paragraph

from casetracker.reports import styles
from casetracker.reports.scripttext import BidiParagraph


@pytest.mark.parametrize(
    "text",
    ["Qaliolla Tursynuly", "Қалиолла Тұрсынұлы", "№ 3, 12.05.2018 — «Ili» & <x>", "a\nb", ""],
)
def test_plain_latin_and_cyrillic_take_the_shortcut(text):
    assert styles.is_plain(text)
    p = styles.para(text)
    assert type(p) is Paragraph
    assert p.style.fontName == styles.BASE_FONT and not p.style.shaping


@pytest.mark.parametrize(
    "text",
    ["قالىوللا", "Case قالىوللا", "哈力奥拉", "tab\there", "ok 😀", "\ue000"],
)
def test_anything_else_goes_through_scripttext(text):
    assert not styles.is_plain(text)
    assert isinstance(styles.para(text), BidiParagraph)


def test_shortcut_escapes_markup_and_keeps_bold():
    p = styles.para("A & B <b>", styles.CELL, bold=True)
    assert p.style.fontName == styles.scripttext.BOLD_FONT
    assert "A &amp; B &lt;b&gt;" in p.text


def test_fit_grows_a_column_to_its_longest_word():
    rows = [[styles.para("x"), styles.para("Достоверность", styles.HEAD_CELL)]]
    from casetracker.reports.sections import fit

    widths = fit([150, 10], rows)
    assert abs(sum(widths) - styles.CONTENT_WIDTH) < 0.01
    assert widths[1] >= rows[0][1].minWidth()


def test_direction_marks_from_chat_apps_do_not_break_the_layout():
    """An RLM alone in a bidi run made the shaper fail; the marks are dropped before layout."""
    p = styles.para("\u200fQaliolla \u200eقالىوللا\u200f")
    p.wrap(200, 100)
    assert "\u200f" not in p.text
