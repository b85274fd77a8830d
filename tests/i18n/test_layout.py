"""Long translations do not cut labels off on the main screens.

Every string of the app is replaced by a pseudo-translation 40 % longer and full of accents
("Cases" -> "[Çášéš ··]"), as long as the longest real Kazakh and Russian strings and longer
than most. Then every visible label, button and check box of the main window's pages, the case
file's sections and the welcome window must show its whole text (table cells may elide: the
full text is in their tooltip).
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QWidget,
)

from casetracker.gui.casefile.panel import SECTION_KEYS
from casetracker.gui.mainwindow import MainWindow
from casetracker.gui.panels import PAGES
from casetracker.gui.welcome import WelcomeWindow
from casetracker.services import caselist

SLACK = 1  # pixels of rounding


class PseudoTranslator(QTranslator):
    """Translates exactly our messages (not Qt's own) into the tool's pseudo-language."""

    def __init__(self, tool) -> None:
        super().__init__()
        messages, _errors = tool.extract()
        self.known = {(m.context, m.source) for m in messages.values()}
        self.pseudo = tool.pseudo_text

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.pseudo(source) if (context, source) in self.known else ""

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def pseudo(styled_app, i18n_tool):
    translator = PseudoTranslator(i18n_tool)
    styled_app.installTranslator(translator)
    yield translator
    styled_app.removeTranslator(translator)


def _text_width(label: QLabel) -> int:
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and "<" in text and ">" in text
    ):
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        return round(doc.idealWidth())
    if label.buddy() is not None:  # "&Name": the & underlines the shortcut letter
        text = re.sub(r"&(.)", r"\1", text)
    metrics = label.fontMetrics()
    return max(metrics.horizontalAdvance(line) for line in text.split("\n"))


def truncated(root: QWidget) -> list[str]:
    """Visible labels, buttons and check boxes narrower than their text."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            if widget.wordWrap() or not widget.text():
                continue  # a wrapping label grows downwards instead
            room = widget.contentsRect().width() - 2 * max(widget.margin(), 0)
            room -= max(widget.indent(), 0)
            need = _text_width(widget)
        elif isinstance(widget, (QPushButton, QCheckBox, QRadioButton)):
            if not widget.text():
                continue
            room, need = widget.width(), widget.sizeHint().width()
        else:
            continue
        if need > room + SLACK:
            name = widget.objectName() or type(widget).__name__
            found.append(
                f"{name} {widget.text()!r}: needs {need} px, has {room}"
                f" (hint {widget.sizeHint().width()}, min {widget.minimumSizeHint().width()})"
            )
    return found


def _settle(qtbot, ms: int = 150) -> None:
    qtbot.wait(ms)
    QApplication.processEvents()


@pytest.fixture
def window(qtbot, pseudo, demo_session):
    win = MainWindow(demo_session)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_pseudo_translation_is_in_effect(window):
    title = window.nav.item(1).text()
    assert title.startswith("[") and "Çášéš" in title


@pytest.mark.parametrize("page", [p.key for p in PAGES])
def test_no_label_is_cut_off_on_the_main_pages(window, qtbot, page):
    window.show_page(page)
    _settle(qtbot, 400)
    assert truncated(window) == []


@pytest.mark.parametrize("section", SECTION_KEYS)
def test_no_label_is_cut_off_in_the_case_file(window, qtbot, demo_session, section):
    window.open_case(caselist.query_ids(demo_session)[0])
    window.case_file.set_section(section)
    _settle(qtbot, 300)
    assert truncated(window) == []


def test_no_label_is_cut_off_on_the_welcome_window(qtbot, pseudo):
    welcome = WelcomeWindow()
    qtbot.addWidget(welcome)
    welcome.show()
    qtbot.waitExposed(welcome)
    _settle(qtbot)
    assert truncated(welcome) == []


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_no_label_is_cut_off_in_russian_and_kazakh(qtbot, speak, demo_session, lang):
    speak(lang)
    win = MainWindow(demo_session)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    cut = []
    for page in (p.key for p in PAGES):
        win.show_page(page)
        _settle(qtbot, 300)
        cut += [f"{page}: {text}" for text in truncated(win)]
    win.open_case(caselist.query_ids(demo_session)[0])
    for section in SECTION_KEYS:
        win.case_file.set_section(section)
        _settle(qtbot, 200)
        cut += [f"{section}: {text}" for text in truncated(win)]
    assert cut == []


def test_the_check_finds_a_cut_label_and_button(qtbot):
    box = QWidget()
    qtbot.addWidget(box)
    label = QLabel("A label far too long for its place", box)
    label.setFixedWidth(40)
    button = QPushButton("A button far too long", box)
    button.setFixedWidth(40)
    wrapped = QLabel("Wrapped text may take several lines", box)
    wrapped.setWordWrap(True)
    wrapped.setGeometry(0, 40, 60, 80)
    box.show()
    qtbot.waitExposed(box)
    found = truncated(box)
    assert len(found) == 2 and "A label" in found[0] and "A button" in found[1]
