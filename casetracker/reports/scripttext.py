"""Turn plain user text in any of the app's scripts into reportlab Paragraph markup.

Names and notes mix Latin, Kazakh Cyrillic, Arabic-script Kazakh/Uyghur, Chinese, digits and
punctuation. reportlab alone cannot print that: it has no font fallback, does no bidi
reordering (``wordWrap='RTL'`` needs the separate ``rlbidi`` package) and its HarfBuzz shaping
shapes each space-delimited word with one font and no bidi, so ``(قالىوللا)`` loses its letters
and ``2018-يىلى`` prints ``8102``. This module does the text layout itself and gives reportlab
finished lines:

1. the text is NFC-normalised, split into paragraphs at newlines and analysed with the Unicode
   bidi algorithm (python-bidi) for embedding levels, with one base direction for the whole
   text (:func:`is_rtl`: its first strong character);
2. each character gets a font family (:func:`split_runs`): Latin/Cyrillic → Noto Sans, Arabic
   block → Noto Sans Arabic, Han/kana/CJK punctuation → Noto Sans CJK SC; digits, spaces and
   punctuation take the family of the preceding letter (of the following one at the start),
   and a character the chosen font lacks moves to a font that has it;
3. :class:`BidiParagraph` breaks lines in *logical* order (at spaces, and between CJK
   characters), measuring the shaped text, then reorders each line on its own (UAX #9 rule
   L2), so a wrapped right-to-left note reads from its first line down;
4. Arabic runs, and any right-to-left run, are shaped with HarfBuzz
   (:meth:`fonts.ShapingTTFont.shape`): letters joined, lam-alef ligatures, brackets mirrored,
   glyphs in visual order, each with a ToUnicode entry holding its exact source text;
5. a paragraph whose base direction is right-to-left is right-aligned.

What ``pdftotext`` (poppler 22.12, asserted by tests/reports/test_scripttext.py) gives back,
after removing the U+202A..U+202E embedding marks it wraps around bidi lines:

* Latin, Cyrillic and Chinese: exactly the stored text.
* A line that is all right-to-left (``قالىوللا تۇرسىنۇلى``, ``ئەخمەت ھېيىتجان ۆۈڭ ې``, or a
  wrapped Uyghur note line by line): exactly the stored text, in logical order. Glyph text is
  exact, so ``ە`` is not confused with ``ه`` and the lam-alef ligature gives ``لا``.
* A left-to-right line with an Arabic phrase inside (``The detainee قالىوللا تۇرسىنۇلى``):
  exactly the stored text.
* A line poppler takes for right-to-left but that holds left-to-right pieces or numbers
  (``Case CT-0042: قالىوللا 2018 ж.``, ``2018-يىلى``): every word comes back spelled as
  stored, but poppler rearranges the order of the pieces (``ж.قالىوللا Case CT-0042: 2018``,
  ``-2018يىلى``). Digits are never reversed.

Limits: Arabic vowel marks (harakat) sit at the font's default position, without GPOS placement
(Kazakh and Uyghur spelling does not use them); a character none of the shipped fonts has (a
rare hanzi outside GB2312, emoji) prints as a box: :func:`unsupported_chars` lists them so the
caller can warn; explicit bidi isolates (U+2066..U+2069) are ignored; justified styles are set
ragged (lines are pre-broken).

Use :func:`paragraph` for anything that may wrap. :func:`markup` is for one-line cells: if
reportlab wraps its output, right-to-left lines come out in the wrong order.
"""

from __future__ import annotations

import copy
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from bidi import algorithm as uba
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText

from casetracker.reports import fonts

__all__ = [
    "BASE_FONT",
    "BOLD_FONT",
    "BidiParagraph",
    "Run",
    "is_rtl",
    "markup",
    "paragraph",
    "split_runs",
    "unsupported_chars",
    "visual_runs",
]

BASE_FONT: str = fonts.SANS
BOLD_FONT: str = fonts.SANS_BOLD

LATIN, ARABIC, CJK = "latin", "arabic", "cjk"
_FALLBACK_ORDER = (LATIN, ARABIC, CJK)

_ARABIC_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x08FF), (0xFB50, 0xFDFF),
                  (0xFE70, 0xFEFF))  # fmt: skip
_CJK_RANGES = ((0x2E80, 0x2FDF), (0x2FF0, 0x303F), (0x3040, 0x30FF), (0x3100, 0x312F),
               (0x3190, 0x31FF), (0x3200, 0x33FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF),
               (0xF900, 0xFAFF), (0xFE30, 0xFE4F), (0xFF00, 0xFFEF),
               (0x20000, 0x3FFFF))  # fmt: skip

# Line breaking around CJK: characters that may not start / end a line.
_NO_LINE_START = set("，。、；：？！）」』》〉】〕〗〙〛…‥·・ー々〆,.;:?!)]}%'\"’”»")
_NO_LINE_END = set("（「『《〈【〔〖〘〚([{‘“«")

_ISOLATES = {"\u2066", "\u2067", "\u2068", "\u2069"}  # LRI RLI FSI PDI: unknown to python-bidi
_PARAGRAPH_BREAKS = ("\r\n", "\r", "\u2028", "\u2029", "\x85")


@dataclass(frozen=True)
class Run:
    """A stretch of text drawn with one font family at one bidi embedding level."""

    text: str  # logical order
    script: str  # "latin", "arabic" or "cjk": which font family draws it
    level: int  # bidi embedding level; odd means right-to-left

    @property
    def rtl(self) -> bool:
        return self.level % 2 == 1


# --- analysis -------------------------------------------------------------------------------


def is_rtl(text: str) -> bool:
    """True if the base direction of ``text`` is right-to-left (its first strong char is R/AL).

    Text with no strong character (digits, punctuation, empty) is left-to-right.
    """
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return False


def _in_ranges(cp: int, ranges: Sequence[tuple[int, int]]) -> bool:
    return any(lo <= cp <= hi for lo, hi in ranges)


def _script(ch: str) -> str | None:
    """The font family a character needs by itself, or None for digits, punctuation, spaces."""
    cp = ord(ch)
    if _in_ranges(cp, _ARABIC_RANGES):
        return ARABIC
    if _in_ranges(cp, _CJK_RANGES):
        return CJK
    if unicodedata.category(ch).startswith("L"):
        return LATIN
    return None


def _font_name(script: str, bold: bool) -> str:
    regular, bold_name = fonts.FAMILIES[script]
    return bold_name if bold else regular


def _covers(script: str, ch: str) -> bool:
    return fonts.get_font(_font_name(script, False)).covers(ch)


def _scripts(text: str) -> list[str]:
    """Font family per character (see module docstring, step 2)."""
    own = [_script(ch) for ch in text]
    following: list[str | None] = [None] * len(text)  # next character's own script, if any
    upcoming: str | None = None
    for i in range(len(text) - 1, -1, -1):
        following[i] = upcoming
        upcoming = own[i] or upcoming
    out: list[str] = []
    previous: str | None = None
    for i, ch in enumerate(text):
        script = own[i]
        if script is None:
            script = previous or following[i] or LATIN
        else:
            previous = script
        if unicodedata.category(ch) not in ("Cf", "Cc") and not _covers(script, ch):
            script = next((s for s in _FALLBACK_ORDER if _covers(s, ch)), script)
        out.append(script)
    return out


def _levels(text: str, rtl: bool) -> list[int]:
    """Resolved bidi embedding level of every character (UAX #9 up to rule I2).

    Uses python-bidi's pure-Python implementation because its Rust ``get_display`` returns only
    the reordered string, and we need the levels to reorder per line and per font run.
    """
    base = 1 if rtl else 0
    storage = uba.get_empty_storage()
    storage["base_level"] = base
    storage["base_dir"] = "R" if rtl else "L"
    uba.get_embedding_levels(text, storage)
    for index, info in enumerate(storage["chars"]):
        info["index"] = index
    uba.explicit_embed_and_overrides(storage)  # drops embedding controls and BN chars (X9)
    uba.resolve_weak_types(storage)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    levels: list[int | None] = [None] * len(text)
    for info in storage["chars"]:
        levels[info["index"]] = info["level"]
    out: list[int] = []
    for level in levels:  # removed characters (ZWJ, ZWNJ, LRE...) take the previous level
        out.append(level if level is not None else (out[-1] if out else base))
    return out


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    for brk in _PARAGRAPH_BREAKS:
        text = text.replace(brk, "\n")
    return "".join(
        " " if ch == "\t" else ch
        for ch in text
        if ch == "\n" or ch == "\t" or (unicodedata.category(ch) != "Cc" and ch not in _ISOLATES)
    )


@dataclass
class _Analysis:
    """One paragraph (no newline) with per-character levels and fonts."""

    text: str
    levels: list[int]
    scripts: list[str]

    @classmethod
    def of(cls, text: str, rtl: bool) -> _Analysis:
        return cls(text, _levels(text, rtl), _scripts(text))

    def runs(self, start: int = 0, end: int | None = None) -> list[Run]:
        end = len(self.text) if end is None else end
        out: list[Run] = []
        for i in range(start, end):
            key = (self.scripts[i], self.levels[i])
            if out and (out[-1].script, out[-1].level) == key:
                last = out[-1]
                out[-1] = Run(last.text + self.text[i], last.script, last.level)
            else:
                out.append(Run(self.text[i], *key))
        return out


def split_runs(text: str) -> list[Run]:
    """Runs of one font family and one bidi level, in logical order, newlines dropped.

    Exposed for tests and for callers that lay text out themselves.
    """
    text = _normalise(text)
    rtl = is_rtl(text)
    out: list[Run] = []
    for para in text.split("\n"):
        out += _Analysis.of(para, rtl).runs()
    return out


def visual_runs(text: str) -> list[Run]:
    """The runs of a one-line text in the order they are drawn, left to right (rule L2).

    Newlines are treated as spaces. Right-to-left runs still hold their text in logical order.
    """
    text = _normalise(text).replace("\n", " ")
    return _visual_order(_Analysis.of(text, is_rtl(text)).runs())


def unsupported_chars(text: str) -> str:
    """Characters of ``text`` that no shipped font can draw (they would print as boxes)."""
    text = _normalise(text)
    missing = []
    for ch, script in zip(text, _scripts(text), strict=True):
        if ch in "\n " or unicodedata.category(ch) in ("Cf", "Cc", "Zl", "Zp"):
            continue
        if not _covers(script, ch) and ch not in missing:
            missing.append(ch)
    return "".join(missing)


# --- rendering ------------------------------------------------------------------------------


def _draw_run(run: Run, bold: bool) -> tuple[str, str]:
    """(font name, characters to draw left to right) for one run.

    Arabic runs and every right-to-left run go through HarfBuzz: it joins letters, reverses the
    run and mirrors brackets, and the glyph codes it yields extract as the *stored* characters
    (a mirrored "(" still extracts as "("). Other runs are drawn as they are.
    """
    name = _font_name(run.script, bold)
    if run.script == ARABIC or run.rtl:
        return name, fonts.get_font(name).shape(run.text, rtl=run.rtl)
    return name, "".join(ch for ch in run.text if unicodedata.category(ch) != "Cf")


def _visual_order(runs: list[Run]) -> list[Run]:
    """UAX #9 rule L2 on whole runs (each run has a single level)."""
    if not runs:
        return []
    order = list(runs)
    odd = [r.level for r in runs if r.level % 2]
    if not odd:
        return order
    for level in range(max(r.level for r in runs), min(odd) - 1, -1):
        i = 0
        while i < len(order):
            if order[i].level < level:
                i += 1
                continue
            j = i
            while j < len(order) and order[j].level >= level:
                j += 1
            order[i:j] = order[i:j][::-1]
            i = j
    return order


def _line_markup(runs: list[Run], bold: bool) -> str:
    pieces: list[tuple[str, str]] = []
    for run in _visual_order(runs):
        name, chars = _draw_run(run, bold)
        if not chars:
            continue
        if pieces and pieces[-1][0] == name:
            pieces[-1] = (name, pieces[-1][1] + chars)
        else:
            pieces.append((name, chars))
    return "".join(f'<font face="{name}">{escape(chars)}</font>' for name, chars in pieces)


def markup(text: str, *, bold: bool = False) -> str:
    """reportlab Paragraph markup for one plain string (XML-escaped, fonts chosen, shaped).

    Each newline-separated paragraph becomes one visual line, joined with ``<br/>``. Use it
    for cells that will not wrap; use :func:`paragraph` otherwise. Do not wrap the result in
    ``<b>`` (pass ``bold=True``) and do not use a style with ``shaping=1``.
    """
    fonts.register_fonts()
    text = _normalise(text)
    rtl = is_rtl(text)
    lines = []
    for para in text.split("\n"):
        analysis = _Analysis.of(para.strip(" "), rtl)
        lines.append(_line_markup(analysis.runs(), bold))
    return "<br/>".join(lines)


# --- line breaking --------------------------------------------------------------------------


def _breaks(text: str) -> list[int]:
    """Indices where a new line may start: after spaces and around CJK characters (a simplified
    UAX #14 that respects the usual CJK no-start/no-end punctuation)."""
    out = []
    for i in range(1, len(text)):
        prev, cur = text[i - 1], text[i]
        if cur == " ":
            continue
        ideographic = _script(prev) == CJK or _script(cur) == CJK
        if prev == " " or (ideographic and cur not in _NO_LINE_START and prev not in _NO_LINE_END):
            out.append(i)
    return out


def _width(analysis: _Analysis, start: int, end: int, size: float, bold: bool) -> float:
    total = 0.0
    for run in analysis.runs(start, end):
        name, chars = _draw_run(run, bold)
        total += stringWidth(chars, name, size)
    return total


def _char_breaks(text: str, start: int, end: int) -> list[int]:
    """Emergency break points inside an over-long word: before every non-mark character."""
    return [i for i in range(start + 1, end) if not unicodedata.category(text[i]).startswith("M")]


def _break_lines(
    analysis: _Analysis, widths: tuple[float, float], size: float, bold: bool
) -> list[tuple[int, int]]:
    """Greedy line breaking in logical order: (start, end) per line, trailing spaces dropped."""
    text = analysis.text
    lines: list[tuple[int, int]] = []

    def fits(a: int, b: int) -> bool:
        while b > a and text[b - 1] == " ":
            b -= 1
        limit = widths[1] if lines else widths[0]
        return _width(analysis, a, b, size, bold) <= limit - 0.1

    def add_line(a: int, b: int) -> None:
        while b > a and text[b - 1] == " ":
            b -= 1
        if b > a:
            lines.append((a, b))

    points = [*_breaks(text), len(text)]
    start = end = 0
    i = 0
    while i < len(points):
        point = points[i]
        if fits(start, point):
            end = point
            i += 1
        elif end > start:  # the line so far fits; the next word starts a new line
            add_line(start, end)
            start = end
        else:  # one word wider than the line: split it between characters
            inner = _char_breaks(text, start, point)
            fit = next((p for p in reversed(inner) if fits(start, p)), None)
            fit = fit or (inner[0] if inner else point)
            add_line(start, fit)
            start = end = fit
            if fit == point:
                i += 1
    add_line(start, len(text))
    return lines


def _wrapped_markup(text: str, bold: bool, size: float, widths: tuple[float, float]) -> str:
    text = _normalise(text)
    rtl = is_rtl(text)
    lines: list[str] = []
    for para in text.split("\n"):
        analysis = _Analysis.of(para.strip(" "), rtl)
        broken = _break_lines(analysis, widths, size, bold)
        if not broken:
            lines.append("")
        for start, end in broken:
            lines.append(_line_markup(analysis.runs(start, end), bold))
            widths = (widths[1], widths[1])
    return "<br/>".join(lines)


class BidiParagraph(Paragraph):
    """A Paragraph that breaks its lines itself, in logical order, before reordering each.

    It re-lays out its source text whenever it is wrapped at a new width, so it works in
    frames and table cells alike. Pieces produced by :meth:`split` are plain paragraphs of the
    already broken lines (constructed by reportlab with ``source=None``).
    """

    def __init__(
        self,
        text,
        style=None,
        bulletText=None,
        frags=None,
        caseSensitive=1,
        encoding="utf8",
        *,
        source: str | None = None,
        bold: bool = False,
    ) -> None:
        self._source = source
        self._bold = bold
        self._laid_out_for: tuple[float, float] | None = None
        super().__init__(text, style, bulletText, frags, caseSensitive, encoding)
        self._source_style = self.style

    def wrap(self, availWidth, availHeight):
        if self._source is not None:
            style = self._source_style
            later = availWidth - style.leftIndent - style.rightIndent
            widths = (later - style.firstLineIndent, later)
            if widths != self._laid_out_for:
                text = _wrapped_markup(self._source, self._bold, style.fontSize, widths)
                self._setup(text, style, self.bulletText, None, cleanBlockQuotedText)
                self._laid_out_for = widths
        return super().wrap(availWidth, availHeight)


def _style_for(style: ParagraphStyle, rtl: bool, bold: bool) -> ParagraphStyle:
    derived = copy.copy(style)
    derived.fontName = BOLD_FONT if bold else BASE_FONT
    derived.shaping = 0  # our text is already shaped: reportlab must not shape it again
    derived.wordWrap = None  # lines are already broken (and 'RTL' would need rlbidi)
    if rtl and style.alignment in (TA_LEFT, TA_JUSTIFY):
        derived.alignment = TA_RIGHT
    return derived


def paragraph(text: str, style: ParagraphStyle, *, bold: bool = False) -> Paragraph:
    """A Paragraph for one plain string, wrapped correctly in every script and direction.

    A right-to-left text (first strong character Arabic-script) that would be left-aligned
    or justified is right-aligned; explicit right or centre alignment is kept. The style's
    font is replaced by BASE_FONT/BOLD_FONT (its size and leading are kept); the text is drawn
    bold if ``bold`` is true or the style's font is BOLD_FONT.
    """
    fonts.register_fonts()
    bold = bold or style.fontName == BOLD_FONT
    derived = _style_for(style, is_rtl(_normalise(text)), bold)
    return BidiParagraph(markup(text, bold=bold), derived, source=text, bold=bold)
