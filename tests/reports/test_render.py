"""Summaries read back from the PDF: content per level, nothing withheld in text or metadata,
names extracted as stored, fonts embedded, every page numbered, a page rendered to pixels."""

from __future__ import annotations

import io
import re
import shutil

import pytest
from PIL import Image

from casetracker.domain.enums import ReportLevel
from casetracker.reports import data, render, sample
from casetracker.services import attachments, cases
from tests.reports.conftest import (
    ORG,
    RECIPIENT,
    metadata,
    page_count,
    pdf_lines,
    pdf_text,
    poppler,
    pypdf_text,
)
from tests.reports.test_data import ORDER, SENSITIVE_AT

STANDARD_14 = ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats")


@pytest.fixture
def pdfs(session, long_case, tmp_path):
    """The long case rendered at every level, in English."""
    out = {}
    for level in ORDER:
        report = data.build(session, long_case, level, "en", recipient=RECIPIENT)
        path = tmp_path / f"{level.value}.pdf"
        path.write_bytes(render.render(report))
        out[level] = path
    return out


@pytest.mark.parametrize("level", ORDER)
def test_withheld_values_absent_from_text_and_metadata(pdfs, level):
    path = pdfs[level]
    texts = {"pdftotext": pdf_text(path), "pypdf": pypdf_text(path)}
    meta = "\n".join(metadata(path).values())
    for value, narrowest in SENSITIVE_AT.items():
        allowed = ORDER.index(level) >= ORDER.index(narrowest)
        assert value not in meta
        if not allowed:
            for tool, text in texts.items():
                assert value not in text, (tool, value, level)
    poppler_text = texts["pdftotext"].replace("\n", " ")
    for value, narrowest in SENSITIVE_AT.items():
        if ORDER.index(level) >= ORDER.index(narrowest):
            assert value in poppler_text, (value, level)


def test_metadata_title_subject_creator_and_nothing_more(pdfs):
    for level, path in pdfs.items():
        meta = metadata(path)
        assert meta["/Title"] == "Case summary CT-0001"
        assert meta["/Subject"].startswith("Level: ")
        assert meta["/Creator"].startswith("CaseTracker")
        assert meta["/Author"] == ORG
        assert "XMP" not in meta
        for value in meta.values():
            assert "Qaliolla" not in value and "Қалиолла" not in value
        label = {"public": "Public", "embassy": "Embassies and UN bodies", "internal": "Internal"}
        assert meta["/Subject"].startswith(f"Level: {label[level.value]}; Prepared: ")


def test_every_name_extracts_as_stored(pdfs):
    for path in pdfs.values():
        lines = pdf_lines(path)
        for name in sample.NAMES:
            assert name["text"] in lines, name["text"]


def test_content_in_the_order_the_issue_lists(pdfs):
    text = pdf_text(pdfs[ReportLevel.INTERNAL])
    headings = [
        "Case summary",
        "Names".upper(),
        "Identity".upper(),
        "Current status",
        "Detention and status history",
        "Family members reporting the case",
        "Steps already taken",
        "Request",
        "Background (internal)",
        "Annex: documents kept with the case",
        "Consent and risk",
    ]
    positions = [text.index(heading) for heading in headings]
    assert positions == sorted(positions)
    for value in ("Prepared: ", f"Prepared by: {ORG}", f"Prepared for: {RECIPIENT}", "CT-0001"):
        assert value in text
    assert "PRC OFFICIAL STATEMENT" in text and "ACCOUNT OF THE FAMILY" in text
    assert "autumn 2017" in text and "about 2023" in text


def test_annex_lists_every_attachment_with_its_sha256(session, long_case, pdfs):
    text = pdf_text(pdfs[ReportLevel.PUBLIC])
    for item in cases.get(session, long_case).attachments:
        assert item.filename in text
        assert f"SHA-256: {item.sha256}" in text


def test_every_page_has_level_reference_and_page_x_of_y(pdfs):
    for level, path in pdfs.items():
        pages = page_count(path)
        assert pages >= 3
        marks = {
            ReportLevel.PUBLIC: "PUBLIC",
            ReportLevel.EMBASSY: "CONFIDENTIAL · EMBASSIES AND UN BODIES",
            ReportLevel.INTERNAL: "CONFIDENTIAL · INTERNAL",
        }
        for page in range(1, pages + 1):
            text = pdf_text(path, page=page)
            assert f"Page {page} of {pages}" in text
            assert "CT-0001 · Case summary" in text
            assert marks[level] in text
            assert ORG in text
        if level is ReportLevel.PUBLIC:
            assert "CONFIDENTIAL" not in pdf_text(path)


def test_fonts_are_all_embedded_and_none_is_a_standard_font(pdfs):
    for path in pdfs.values():
        rows = poppler("pdffonts", str(path)).stdout.splitlines()[2:]
        assert rows
        names = {row.split()[0] for row in rows}
        assert {re.sub(r"^[A-Z]{6}\+", "", n) for n in names} >= {
            "NotoSans-Regular",
            "NotoSans-Bold",
            "NotoSansArabic-Bold",
            "NotoSansCJKsc-Bold",
        }
        for row in rows:
            assert " yes yes yes " in row, row
            assert not any(std in row for std in STANDARD_14), row


def test_pages_render_with_pdftoppm(pdfs, tmp_path):
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    for level, path in pdfs.items():
        prefix = tmp_path / level.value
        poppler("pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(path), str(prefix))
        png = next(tmp_path.glob(f"{level.value}*.png"))
        with Image.open(png) as img:
            assert img.size[0] > 400 and img.size[1] > 600
            dark = sum(img.convert("L").histogram()[:100])
            assert dark > 2000  # text, rules and the photo were drawn


def test_russian_and_kazakh_summaries(session, long_case, tmp_path):
    for lang, heading, status in (
        ("ru", "Сводка по делу", "Осуждён, в заключении"),
        ("kk", "Іс бойынша анықтама", "Сотталған, түрмеде"),
    ):
        path = tmp_path / f"{lang}.pdf"
        path.write_bytes(render.render(data.build(session, long_case, "embassy", lang)))
        text = pdf_text(path)
        assert heading in text and status in text
        lines = pdf_lines(path)
        for name in sample.NAMES:
            assert name["text"] in lines
        assert "Page" not in text


def test_combined_pdf_has_a_cover_and_numbers_each_case(session, long_case, tmp_path):
    second = cases.create(
        session,
        names=["Ержан Серікұлы", "Erzhan Serikuly", "ئەرجان سېرىكۇلى"],
        consent="public",
    ).created_ids[0]
    reports = [data.build(session, pid, "public", "en") for pid in (long_case, second)]
    path = tmp_path / "combined.pdf"
    path.write_bytes(render.render_combined(reports))
    total = page_count(path)
    cover = pdf_text(path, page=1)
    assert "Case summaries" in cover and "Cases in this document (2 cases)" in cover
    assert "CT-0001" in cover and "CT-0002" in cover
    long_pages = total - 2  # cover + one page for the short case
    assert f"Page 1 of {long_pages} · document page 2 of {total}" in pdf_text(path, page=2)
    last = pdf_text(path, page=total)
    assert "CT-0002 · Case summary" in last and "Page 1 of 1" in last
    rows = re.findall(
        r"^\s*\d\s+(CT-\d{4})\s+.*?\s(\d+)\s*$", pdf_text(path, page=1, layout=True), re.M
    )
    assert rows == [("CT-0001", "2"), ("CT-0002", str(total))]  # where each case starts
    assert "ئەرجان سېرىكۇلى" in pdf_lines(path)
    meta = metadata(path)
    assert meta["/Title"] == "Case summaries: 2 cases"


def test_combined_refuses_mixed_levels(session, long_case):
    reports = [data.build(session, long_case, lvl, "en") for lvl in ("public", "embassy")]
    with pytest.raises(ValueError):
        render.render_combined(reports)
    with pytest.raises(ValueError):
        render.render_combined([])


def test_photo_is_embedded_without_its_exif_location(session, long_case, tmp_path):
    img = Image.new("RGB", (300, 400), (90, 120, 160))
    exif = Image.Exif()
    exif[0x010F] = "SecretCameraMaker"  # Make
    exif[0x8825] = {2: (43.0, 15.0, 0.0)}  # GPS latitude
    raw = io.BytesIO()
    img.save(raw, format="JPEG", exif=exif)
    assert b"SecretCameraMaker" in raw.getvalue()
    for item in cases.get(session, long_case).attachments:
        attachments.remove(session, item.id)
    attachments.add(session, long_case, "photo.jpg", raw.getvalue(), caption="Portrait")
    path = tmp_path / "photo.pdf"
    path.write_bytes(render.render(data.build(session, long_case, "internal", "en")))
    content = path.read_bytes()
    assert b"/Subtype /Image" in content
    assert b"SecretCameraMaker" not in content and b"Exif" not in content


def test_an_unreadable_photo_does_not_stop_the_summary(session, long_case, tmp_path):
    for item in cases.get(session, long_case).attachments:
        attachments.remove(session, item.id)
    attachments.add(session, long_case, "broken.png", b"\x89PNG\r\n\x1a\nnot really")
    pdf = render.render(data.build(session, long_case, "internal", "en"))
    assert pdf.startswith(b"%PDF") and b"/Subtype /Image" not in pdf
