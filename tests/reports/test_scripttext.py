"""Script-aware PDF text: fonts embedded, Arabic shaped and right-to-left, names extractable.

The PDF checks use poppler (pdffonts, pdftotext, pdftoppm) and skip when it is missing.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from bidi import get_display
from PIL import Image
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from casetracker.reports import fonts, scripttext
from casetracker.reports.scripttext import Run, is_rtl, markup, paragraph, split_runs
from casetracker.resources import resources_dir

NAMES = [
    "Қалиолла Тұрсынұлы",
    "Qaliolla Tursynuly",
    "قالىوللا تۇرسىنۇلى",
    "ئەخمەت ھېيىتجان ۆۈڭ ې",
    "哈力奥拉·吐尔逊",
    "Case CT-0042: قالىوللا 2018 ж.",
]
LTR_NAMES = ["Қалиолла Тұрсынұлы", "Qaliolla Tursynuly", "哈力奥拉·吐尔逊"]
RTL_NAMES = ["قالىوللا تۇرسىنۇلى", "ئەخمەت ھېيىتجان ۆۈڭ ې"]
MIXED = "Case CT-0042: قالىوللا 2018 ж."

# Wraps in the narrow frame below; its logical first words must be on the first line.
RTL_NOTE = (
    "قالىوللا تۇرسىنۇلى 2018-يىلى 5-ئاينىڭ 12-كۈنى ئىلى ۋىلايىتىدە تۇتۇلغان. "
    "ئۇ ھازىرغىچە قايتىپ كەلمىدى، ئائىلىسى ئۇنىڭ نەدە ئىكەنلىكىنى بىلمەيدۇ."
)

PAGE_WIDTH = 595.2756  # A4 in points, reportlab's default
LEFT_MARGIN = 20 * mm
RIGHT_MARGIN = 100 * mm
FRAME_PADDING = 6  # reportlab Frame default
STANDARD_14 = ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats")


def build_sample(path: Path) -> Path:
    style = ParagraphStyle("body", fontName=scripttext.BASE_FONT, fontSize=12, leading=17)
    story = []
    for name in NAMES:
        story.append(paragraph(name, style))
        story.append(paragraph(name, style, bold=True))
    story.append(Spacer(1, 8))
    story.append(paragraph(RTL_NOTE, style))
    SimpleDocTemplate(
        str(path),
        initialFontName=scripttext.BASE_FONT,  # otherwise every page references Helvetica
        leftMargin=LEFT_MARGIN,
        rightMargin=RIGHT_MARGIN,
        topMargin=15 * mm,
    ).build(story)
    return path


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory) -> Path:
    return build_sample(tmp_path_factory.mktemp("pdf") / "scripts.pdf")


def poppler(tool: str, *args: str) -> str:
    exe = shutil.which(tool)
    if exe is None:
        pytest.skip(f"{tool} (poppler-utils) is not installed")
    return subprocess.run([exe, *args], capture_output=True, text=True, check=True).stdout


def text_lines(pdf: Path) -> list[str]:
    """pdftotext lines without the LRE/RLE/PDF marks poppler wraps around bidi text."""
    text = poppler("pdftotext", "-enc", "UTF-8", str(pdf), "-")
    return [re.sub("[\u202a-\u202e]", "", line) for line in text.splitlines()]


def lines_with_boxes(pdf: Path) -> list[tuple[str, float, float]]:
    """(text, xMin, xMax) of every text line pdftotext finds on page 1."""
    html = poppler("pdftotext", "-bbox-layout", "-f", "1", "-l", "1", str(pdf), "-")
    out = []
    for attrs, body in re.findall(r"<line ([^>]*)>(.*?)</line>", html, flags=re.S):
        box = dict(re.findall(r'(\w+)="([\d.]+)"', attrs))
        words = re.findall(r"<word [^>]*>([^<]*)</word>", body)
        out.append((" ".join(words), float(box["xMin"]), float(box["xMax"])))
    return out


# --- direction and runs ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", False),
        ("2018-05-12", False),
        ("Qaliolla", False),
        ("Қалиолла", False),
        ("哈力奥拉", False),
        ("قالىوللا", True),
        ("ئەخمەت", True),
        ("2018 قالىوللا", True),  # digits are weak: the first strong letter decides
        ("(قالىوللا) Qaliolla", True),
        ("Case قالىوللا", False),
        ("שלום", True),
    ],
)
def test_is_rtl(text, expected):
    assert is_rtl(text) is expected


def test_runs_pick_a_font_per_script_and_a_bidi_level():
    assert split_runs(MIXED) == [
        Run("Case CT-0042: ", "latin", 0),
        Run("قالىوللا ", "arabic", 1),
        Run("2018", "arabic", 2),  # digits after Arabic letters: Arabic number, own level
        Run(" ", "arabic", 0),
        Run("ж.", "latin", 0),
    ]


def test_runs_keep_the_chinese_middle_dot_with_the_hanzi():
    assert split_runs("哈力奥拉·吐尔逊") == [Run("哈力奥拉·吐尔逊", "cjk", 0)]


def test_runs_neutrals_follow_the_previous_letter_and_leading_ones_the_next():
    runs = split_runs("(2018年) Қалиолла")
    assert runs == [Run("(2018年) ", "cjk", 0), Run("Қалиолла", "latin", 0)]


def test_uyghur_sentence_with_arabic_comma_is_one_run():
    assert split_runs("ئەخمەت، ھېيىتجان.") == [Run("ئەخمەت، ھېيىتجان.", "arabic", 1)]


@pytest.mark.parametrize(
    "text",
    [
        MIXED,
        "(قالىوللا) 2018-يىلى 5-ئاينىڭ 12-كۈنى",
        "ئۇ 2018-يىلى (Qaliolla) تۇتۇلغان. Арнайы лагерь: 哈力奥拉 №3",
        "The detainee قالىوللا تۇرسىنۇلى (Қалиолла) was taken",
        "قالىوللا، تۇرسىنۇلى: 12.05.2018",
        "1.5% قالىوللا",
    ],
)
def test_visual_order_matches_python_bidi(text):
    """Our run-level reordering agrees with python-bidi's own (Rust) reordering."""
    drawn = "".join(r.text[::-1] if r.rtl else r.text for r in scripttext.visual_runs(text))
    assert drawn == get_display(text, base_dir="R" if is_rtl(text) else "L")


# --- markup ---------------------------------------------------------------------------------


def test_markup_escapes_xml_and_parses():
    text = markup("A & B <x> \"q\" 'a'")
    assert "&amp;" in text
    assert "&lt;x&gt;" in text
    assert "<x>" not in text
    Paragraph(text, ParagraphStyle("s", fontName=scripttext.BASE_FONT))  # does not raise


def test_markup_never_uses_helvetica_and_bold_uses_bold_fonts():
    regular = markup("Қалиолла قالىوللا 哈力")
    bold = markup("Қалиолла قالىوللا 哈力", bold=True)
    assert set(re.findall(r'face="([^"]+)"', regular)) == {fonts.SANS, fonts.ARABIC, fonts.CJK}
    assert set(re.findall(r'face="([^"]+)"', bold)) == {
        fonts.SANS_BOLD,
        fonts.ARABIC_BOLD,
        fonts.CJK_BOLD,
    }


def test_arabic_letters_are_joined():
    """Each letter of "ببب" gets a contextual glyph, none of them the isolated form."""
    font = fonts.get_font(fonts.ARABIC)
    glyph = font.face.charToGlyph
    drawn = font.shape("ببب", rtl=True)
    assert len(drawn) == 3
    isolated = glyph[ord("ب")]
    forms = [glyph[ord(code)] for code in drawn]
    assert isolated not in forms
    assert len(set(forms)) == 3  # final, medial, initial (visual order)


def test_unsupported_chars_lists_what_would_print_as_boxes():
    assert scripttext.unsupported_chars("Қалиолла قالىوللا 哈力奥拉·吐尔逊 № 2018") == ""
    assert scripttext.unsupported_chars("哈\U00020000力") == "\U00020000"


def test_paragraph_aligns_by_base_direction():
    style = ParagraphStyle("s", fontName="Helvetica", alignment=TA_LEFT)
    rtl, ltr = paragraph("قالىوللا Qaliolla", style), paragraph("Qaliolla قالىوللا", style)
    assert isinstance(rtl, Paragraph)
    assert rtl.style.alignment == TA_RIGHT
    assert ltr.style.alignment == TA_LEFT
    assert rtl.style.fontName == scripttext.BASE_FONT  # never Helvetica
    centred = ParagraphStyle("c", alignment=TA_CENTER)
    assert paragraph("قالىوللا", centred).style.alignment == TA_CENTER
    assert style.alignment == TA_LEFT  # the caller's style is not modified


def test_bold_style_font_means_bold_text():
    style = ParagraphStyle("s", fontName=scripttext.BOLD_FONT)
    para = paragraph("قالىوللا", style)
    assert fonts.ARABIC_BOLD in para.text


def test_register_fonts_is_idempotent():
    fonts.register_fonts()
    first = pdfmetrics.getFont(scripttext.BASE_FONT)
    fonts.register_fonts()
    assert pdfmetrics.getFont(scripttext.BASE_FONT) is first


def test_resources_dir_holds_the_shipped_fonts():
    folder = resources_dir() / "fonts"
    for filename in fonts.FONT_FILES.values():
        path = folder / filename
        assert path.is_file(), path
        assert path.stat().st_size < 4.5 * 1024 * 1024
    assert (folder / "OFL.txt").is_file()


# --- the PDF --------------------------------------------------------------------------------


def test_every_font_is_embedded_and_none_is_standard_14(sample_pdf):
    rows = poppler("pdffonts", str(sample_pdf)).splitlines()[2:]
    assert rows, "no fonts listed"
    for row in rows:
        name, emb = row.split()[0], row.split()[-5]
        assert emb == "yes", row
        assert not any(std in name for std in STANDARD_14), row
    names = " ".join(r.split()[0] for r in rows)
    for family in ("NotoSans-", "NotoSansArabic-", "NotoSansCJKsc-"):
        assert family + "Regular" in names and family + "Bold" in names


def test_ltr_names_extract_exactly(sample_pdf):
    lines = text_lines(sample_pdf)
    for name in LTR_NAMES:
        assert lines.count(name) == 2, (name, lines)  # regular and bold


def test_rtl_names_extract_in_logical_order(sample_pdf):
    """poppler reverses right-to-left lines back to logical order; every glyph's ToUnicode
    holds its exact source text (ligatures stored reversed), so the names come back as
    stored, once the U+202A..U+202E embedding marks poppler adds are removed."""
    lines = text_lines(sample_pdf)
    for name in RTL_NAMES:
        assert lines.count(name) == 2, (name, lines)


def test_mixed_line_extracts_every_token(sample_pdf):
    """A line mixing directions comes back in poppler's own visual arrangement: every token
    is there, in logical order within itself, but the tokens' order is poppler's."""
    lines = text_lines(sample_pdf)
    candidates = [line for line in lines if "Case" in line]
    assert len(candidates) == 2
    for line in candidates:
        for token in MIXED.split():
            assert token in line, (token, line)
        assert "8102" not in line


def test_wrapped_rtl_note_starts_with_its_first_words(sample_pdf):
    """Lines are broken in logical order, then reordered: the note reads from the top."""
    lines = [line for line in text_lines(sample_pdf) if line.strip()]
    last_name = max(i for i, line in enumerate(lines) if "Case" in line)
    note_lines = lines[last_name + 1 :]
    assert len(note_lines) >= 3  # it did wrap
    assert note_lines[0].startswith("قالىوللا تۇرسىنۇلى")
    assert note_lines[-1].strip().endswith("بىلمەيدۇ.")
    assert " ".join(note_lines).count("ۋىلايىتىدە") == 1  # nothing repeated across lines


def test_rtl_lines_are_right_aligned_and_ltr_left_aligned(sample_pdf):
    right_edge = PAGE_WIDTH - RIGHT_MARGIN - FRAME_PADDING
    left_edge = LEFT_MARGIN + FRAME_PADDING
    lines = lines_with_boxes(sample_pdf)
    assert len(lines) >= 15
    for text, x_min, x_max in lines:
        # in this sample, every line with a Latin, Cyrillic or Han letter starts left-to-right
        if re.search("[A-Za-z\u0400-\u04ff\u4e00-\u9fff]", text):
            assert abs(x_min - left_edge) < 1, text
        else:
            assert abs(x_max - right_edge) < 1, text


def test_rtl_words_are_drawn_right_to_left(sample_pdf):
    """In "قالىوللا تۇرسىنۇلى" the first word is drawn to the right of the second."""
    html = poppler("pdftotext", "-bbox", "-f", "1", "-l", "1", str(sample_pdf), "-")
    # -bbox lists each word's characters in drawing order (left to right): Arabic reversed
    boxes = {w: float(x) for x, w in re.findall(r'<word xMin="([\d.]+)"[^>]*>([^<]*)<', html)}
    assert boxes["قالىوللا"[::-1]] > boxes["تۇرسىنۇلى"[::-1]]


def test_page_renders_with_ink(sample_pdf, tmp_path):
    poppler(
        "pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(sample_pdf), str(tmp_path / "p")
    )
    png = next(tmp_path.glob("p*.png"))
    image = Image.open(png).convert("L")
    histogram = image.histogram()
    dark = sum(histogram[:128])
    assert dark > 0.005 * image.width * image.height
