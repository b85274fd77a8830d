"""Page geometry, colours, paragraph styles and the one text helper the report layout uses.

Why a helper beside :func:`scripttext.paragraph`: that function lays out any script correctly
but analyses bidi levels and measures shaped runs in Python, about 0.7 ms per cell; a long
summary has a few hundred cells. Text drawn entirely by the Latin/Cyrillic font, with no
right-to-left or CJK character, needs none of that work: reportlab's own Paragraph gives the
same glyphs, the same line breaks at spaces and the same extracted text. :func:`para` takes that
shortcut only when it is provably equivalent and hands everything else to scripttext.
"""

from __future__ import annotations

import copy
import functools
import unicodedata
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from casetracker.domain.enums import Status
from casetracker.reports import fonts, scripttext
from casetracker.reports.scripttext import BASE_FONT, BOLD_FONT

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

INK = colors.HexColor("#1B1F24")
NAVY = colors.HexColor("#1F3A5F")
GREY = colors.HexColor("#5A6270")
RULE = colors.HexColor("#C5CBD3")
HEAD_BG = colors.HexColor("#E8ECF1")
ZEBRA = colors.HexColor("#F6F8FA")
OFFICIAL_BG = colors.HexColor("#FFF1DC")
OFFICIAL_INK = colors.HexColor("#8A4B00")
MARK_RED = colors.HexColor("#A4161A")

#: Okabe-Ito based, as in the app's status badges (colour-blind safe; text always beside it).
STATUS_COLOURS: dict[Status, str] = {
    Status.DETAINED_CAMP: "#D55E00",
    Status.PRETRIAL: "#E69F00",
    Status.IMPRISONED: "#CC79A7",
    Status.HOUSE_ARREST: "#C9B800",
    Status.FORCED_LABOUR: "#B8860B",
    Status.EXIT_BANNED: "#56B4E9",
    Status.RELEASED: "#0072B2",
    Status.LEFT_CHINA: "#009E73",
    Status.ARRIVED_KZ: "#007A5A",
    Status.DIED: "#222222",
    Status.DISAPPEARED: "#7F3C8D",
    Status.UNKNOWN: "#999999",
}


def status_colour(status: Status) -> colors.Color:
    return colors.HexColor(STATUS_COLOURS.get(status, "#999999"))


def tint(colour: colors.Color, amount: float = 0.88) -> colors.Color:
    """``colour`` mixed with white: a light background that keeps its hue."""
    return colors.Color(*(c + (1 - c) * amount for c in (colour.red, colour.green, colour.blue)))


def _style(name: str, size: float, leading: float, **kw) -> ParagraphStyle:
    kw.setdefault("fontName", BASE_FONT)
    kw.setdefault("textColor", INK)
    return ParagraphStyle(name, fontSize=size, leading=leading, **kw)


BODY = _style("body", 9.5, 13.2)
SMALL = _style("small", 8, 10.5)
NOTE = _style("note", 7.5, 9.8, textColor=GREY)
LABEL = _style("label", 8, 10.5, textColor=GREY)
CELL = _style("cell", 8, 10.4)
CELL_BOLD = _style("cell_bold", 8, 10.4, fontName=BOLD_FONT)
HEAD_CELL = _style("head_cell", 7.5, 9.6, fontName=BOLD_FONT, textColor=NAVY)
TITLE = _style("title", 19, 23, fontName=BOLD_FONT, textColor=NAVY)
REF = _style("ref", 19, 23, fontName=BOLD_FONT, textColor=NAVY, alignment=TA_RIGHT)
META = _style("meta", 8.5, 11.5, textColor=GREY)
META_RIGHT = _style("meta_right", 8.5, 11.5, textColor=GREY, alignment=TA_RIGHT)
SECTION = _style("section", 11.5, 14, fontName=BOLD_FONT, textColor=NAVY, spaceBefore=9)
PERSON = _style("person", 16, 20, fontName=BOLD_FONT)
NAME = _style("name", 10.5, 13.5)
NAME_BOLD = _style("name_bold", 10.5, 13.5, fontName=BOLD_FONT)
KICKER = _style("kicker", 7.5, 9.5, fontName=BOLD_FONT, textColor=GREY)
STATUS = _style("status", 14, 17.5, fontName=BOLD_FONT)
MARKING = _style("marking", 8, 10, fontName=BOLD_FONT, textColor=MARK_RED, alignment=TA_RIGHT)
HEADER = _style("header", 8, 10, textColor=GREY)
FOOTER = _style("footer", 7.5, 9.5, textColor=GREY)
FOOTER_RIGHT = _style("footer_right", 7.5, 9.5, textColor=GREY, alignment=TA_RIGHT)


@functools.cache
def _latin_chars() -> frozenset[int]:
    """Code points the Latin/Cyrillic font draws that need no bidi or font fallback."""
    face = fonts.get_font(fonts.SANS).face
    return frozenset(
        cp
        for cp in face.charToGlyph
        if cp < 0xE000  # not private use (shaped glyph codes live there)
        and unicodedata.bidirectional(chr(cp)) in ("L", "EN", "ES", "ET", "CS", "ON", "WS", "B")
        and unicodedata.category(chr(cp)) not in ("Cc", "Cf", "Mn")
    )


def is_plain(text: str) -> bool:
    """True if reportlab alone lays ``text`` out exactly as scripttext would."""
    latin = _latin_chars()
    return all(ord(ch) in latin or ch in "\n " for ch in text)


@functools.cache
def _fast_style(style: ParagraphStyle, bold: bool) -> ParagraphStyle:
    derived = copy.copy(style)
    derived.fontName = BOLD_FONT if bold else BASE_FONT
    derived.shaping = 0
    return derived


#: Invisible direction marks (LRM, RLM, ALM) that text copied from chat apps often carries.
#: They only steered the display of the app they came from; our layout resolves direction
#: itself, and a run made of nothing but such a mark makes fonts.ShapingTTFont.shape fail.
_DIRECTION_MARKS = str.maketrans("", "", "\u200e\u200f\u061c")


def para(text: str, style: ParagraphStyle = CELL, *, bold: bool = False) -> Paragraph:
    """A paragraph for user text in any script (see the module docstring for the shortcut)."""
    text = unicodedata.normalize("NFC", text or "").translate(_DIRECTION_MARKS)
    bold = bold or style.fontName == BOLD_FONT
    if is_plain(text):
        lines = (escape(line.strip(" ")) for line in text.split("\n"))
        return Paragraph("<br/>".join(lines), _fast_style(style, bold))
    return scripttext.paragraph(text, style, bold=bold)


def label(text: str, style: ParagraphStyle = LABEL) -> Paragraph:
    """A paragraph for words from :mod:`labels` (our own text: Latin or Cyrillic only)."""
    return para(text, style)
