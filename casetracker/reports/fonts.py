"""The fonts the PDF reports use, registered with reportlab once.

Why our own fonts: reportlab falls back to Helvetica, which has no Cyrillic Kazakh letters,
Arabic script or Chinese; a case summary must print every name exactly. ``resources/fonts``
ships Noto subsets (see its README): Noto Sans for Latin/Cyrillic, Noto Sans Arabic for
Arabic-script Kazakh/Uyghur and Noto Sans CJK SC for Chinese, each in Regular and Bold.

Why a TTFont subclass: reportlab's own HarfBuzz shaping shapes a whole "word" (text between
spaces) with the font of its first fragment and no bidi, which garbles ``(قالىوللا)`` or
``2018-يىلى``. :mod:`casetracker.reports.scripttext` therefore shapes Arabic runs itself with
:meth:`ShapingTTFont.shape` and hands reportlab plain characters, one per glyph. Glyphs that
have no character of their own (contextual forms, ligatures) get a private-use code point, and
:meth:`ShapingTTFont.addObjects` writes the PDF ToUnicode map so that such a code extracts as the
original text (``ە``, ``لا``), not as a private-use character.

All fonts are registered with ``shapable=False`` so that a style with ``shaping=1`` can never make
reportlab shape the already-shaped text a second time.
"""

from __future__ import annotations

import threading
from pathlib import Path

import uharfbuzz as hb
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

from casetracker.resources import resources_dir

# reportlab font names: family -> (regular, bold)
SANS = "CTSans"
SANS_BOLD = "CTSans-Bold"
ARABIC = "CTArabic"
ARABIC_BOLD = "CTArabic-Bold"
CJK = "CTCJK"
CJK_BOLD = "CTCJK-Bold"

FAMILIES: dict[str, tuple[str, str]] = {
    "latin": (SANS, SANS_BOLD),
    "arabic": (ARABIC, ARABIC_BOLD),
    "cjk": (CJK, CJK_BOLD),
}

FONT_FILES: dict[str, str] = {
    SANS: "NotoSans-Regular.ttf",
    SANS_BOLD: "NotoSans-Bold.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
    ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
    CJK: "NotoSansCJKsc-Regular.ttf",
    CJK_BOLD: "NotoSansCJKsc-Bold.ttf",
}

_PRIVATE_FIRST, _PRIVATE_LAST = 0xE000, 0xF8FF  # BMP private use area
_register_lock = threading.Lock()
_registered = False


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


class ShapingTTFont(TTFont):
    """A reportlab TTFont that shapes with HarfBuzz and keeps the PDF text extractable."""

    def __init__(self, name: str, path: Path) -> None:
        super().__init__(name, str(path), shapable=False)
        self._hb_font = hb.Font(hb.Face(hb.Blob.from_file_path(str(path))))
        self._codes: dict[tuple[int, str], str] = {}  # (glyph id, source text) -> code
        self._actual_text: dict[int, str] = {}  # private code -> source text
        self._next_private = _PRIVATE_FIRST
        self._lock = threading.Lock()

    def covers(self, char: str) -> bool:
        """True if the font maps this character to a glyph."""
        return ord(char) in self.face.charToGlyph

    def shape(self, text: str, *, rtl: bool) -> str:
        """Shape ``text`` (logical order) and return one character per glyph, in visual order.

        The result is meant to be drawn by reportlab left to right as it is. Each glyph's
        character is either the source character itself (when the font's cmap maps it to that
        glyph) or a private-use code bound to the glyph whose ToUnicode is the source text of
        the glyph's cluster. GPOS offsets are not carried over (reportlab markup cannot place a
        glyph off its pen position): Arabic vowel marks are drawn at the font's default spot.
        """
        if not text:
            return ""
        buf = hb.Buffer()
        buf.add_codepoints([ord(c) for c in text])
        buf.guess_segment_properties()
        buf.direction = "rtl" if rtl else "ltr"
        buf.cluster_level = hb.BufferClusterLevel.CHARACTERS
        buf.flags = hb.BufferFlags.REMOVE_DEFAULT_IGNORABLES
        hb.shape(self._hb_font, buf, {})
        infos = buf.glyph_infos
        if not infos:  # only invisible marks (an RLM pasted from a chat app): nothing to draw
            return ""
        starts = sorted({info.cluster for info in infos})
        ends = dict(zip(starts, [*starts[1:], len(text)], strict=True))
        done: set[int] = set()
        out = []
        for info in infos:
            cluster = info.cluster
            source = "" if cluster in done else text[cluster : ends[cluster]]
            if rtl:
                # Extractors read glyphs in visual order and reverse right-to-left words
                # character by character, so a ligature's text must be stored reversed too.
                source = source[::-1]
            done.add(cluster)
            out.append(self._code(info.codepoint, source))
        return "".join(out)

    def _code(self, gid: int, source: str) -> str:
        char_to_glyph = self.face.charToGlyph
        if len(source) == 1 and char_to_glyph.get(ord(source)) == gid:
            return source
        key = (gid, source)
        code = self._codes.get(key)
        if code is not None:
            return code
        with self._lock:
            code = self._codes.get(key)
            if code is not None:
                return code
            cp = self._next_private
            while cp in char_to_glyph:
                cp += 1
            if cp > _PRIVATE_LAST:  # ~6,400 distinct glyph/text pairs: cannot happen in practice
                return source[:1] or " "
            self._next_private = cp + 1
            char_to_glyph[cp] = gid
            self.face.charWidths[cp] = self.face._pdfScale(self.face.hmetrics[gid][0])
            self._actual_text[cp] = source
            code = self._codes[key] = chr(cp)
            return code

    def addObjects(self, doc) -> None:
        """Embed the subsets as reportlab does, then fix ToUnicode for our private codes."""
        state = self.state.get(doc)
        subsets = [list(s) for s in state.subsets] if state is not None else []
        super().addObjects(doc)
        for n, subset in enumerate(subsets):
            if not any(code in self._actual_text for code in subset):
                continue
            base = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX))
            stream = doc.idToObject.get("toUnicodeCMap:" + base.decode("pdfdoc"))
            if stream is not None:  # None only if reportlab renames it: text still renders
                stream.content = _to_unicode_cmap(base.decode("pdfdoc"), subset, self._actual_text)


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def _to_unicode_cmap(name: str, subset: list[int], actual: dict[int, str]) -> str:
    """Same CMap as reportlab's makeToUnicodeCMap, but codes may map to several characters."""
    entries = []
    for i, code in enumerate(subset):
        # A glyph that carries no text of its own (second glyph of a cluster) maps to ZWNJ:
        # an empty destination is not valid in a CMap and ZWNJ is invisible in extracted text.
        text = actual.get(code, chr(code)) or "\u200c"
        entries.append(f"<{i:02X}> <{_utf16_hex(text)}>")
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({name})",
            f"/Ordering ({name})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def register_fonts() -> None:
    """Register the shipped fonts and their families with reportlab (idempotent, thread-safe).

    Families map bold to the bold file and italic to the upright one (no italics are shipped),
    so ``<b>``/``<i>`` in markup never fall back to Helvetica. The Arabic fonts map *bold to
    themselves*: shaped Arabic text is made of glyph codes of one particular font file, and letting
    a surrounding ``<b>`` swap the file would print the wrong glyphs. Ask for bold Arabic with
    ``scripttext.markup(text, bold=True)`` instead.
    """
    global _registered
    if _registered:
        return
    with _register_lock:
        registered = set(pdfmetrics.getRegisteredFontNames())
        folder = fonts_dir()
        for name, filename in FONT_FILES.items():
            if name not in registered:
                pdfmetrics.registerFont(ShapingTTFont(name, folder / filename))
        for family, (regular, bold) in FAMILIES.items():
            if family == "arabic":
                for face in (regular, bold):
                    pdfmetrics.registerFontFamily(
                        face, normal=face, bold=face, italic=face, boldItalic=face
                    )
            else:
                pdfmetrics.registerFontFamily(
                    regular, normal=regular, bold=bold, italic=regular, boldItalic=bold
                )
        _registered = True


def get_font(name: str) -> ShapingTTFont:
    """The registered font object (registering the fonts first if needed)."""
    register_fonts()
    font = pdfmetrics.getFont(name)
    if not isinstance(font, ShapingTTFont):
        raise TypeError(f"{name} is registered with reportlab but not by CaseTracker")
    return font
