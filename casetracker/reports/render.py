"""Lay out built case summaries as PDF bytes with reportlab platypus.

The running header (organisation, confidentiality marking, level) and the footer (reference,
date prepared, "page x of y") are drawn by :class:`_NumberedCanvas` once the whole document is
known, so the page count is right without a second layout pass. In a combined PDF every case
starts on a new page and its pages are numbered on their own ("CT-0042 · page 2 of 3"), so a
recipient who separates the cases still holds complete, numbered documents; the cover page
lists the cases with the page each starts on (that needs one extra pass, combined PDFs only).

Metadata holds the title (the reference, never a name), subject (level and date), author (the
organisation printed on the page anyway), creator and producer; nothing beyond the level.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate, Spacer

from casetracker.domain.enums import ReportLevel
from casetracker.reports import fonts, labels, sections
from casetracker.reports import styles as s
from casetracker.reports.data import CREATOR, CaseReport
from casetracker.reports.scripttext import BASE_FONT

_COVER = ""  # section key of cover pages

# Binary (Flate only) streams instead of ASCII85 text: without reportlab's optional C
# accelerator, ASCII85-encoding the embedded font subsets and the photo took a fifth of the
# time of a summary, and the files come out a fifth smaller. Every PDF reader handles binary.
rl_config.useA85 = 0


@dataclass(frozen=True)
class _Running:
    """What the header and footer print, shared by every page of one PDF."""

    lang: str
    organization: str
    marking: str
    level_label: str
    prepared_words: str
    combined: bool
    public: bool


class _Section(Flowable):
    """Zero-size marker: the pages from here on belong to case ``ref`` (footer, numbering)."""

    def __init__(self, ref: str) -> None:
        super().__init__()
        self.ref = ref
        self.width = self.height = 0

    def draw(self) -> None:
        self.canv._ct_section = self.ref
        starts = getattr(self.canv, "_ct_starts", None)
        if starts is not None:
            starts.setdefault(self.ref, self.canv.getPageNumber())


class _NumberedCanvas(Canvas):
    """Keeps every page until the end, then draws header and footer with the page counts."""

    def __init__(self, *args, running: _Running, starts: dict, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._running = running
        self._pages: list[dict] = []
        self._ct_section = _COVER
        self._ct_starts = starts

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        per_section: dict[str, int] = {}
        for page in self._pages:
            key = page["_ct_section"]
            per_section[key] = per_section.get(key, 0) + 1
        seen: dict[str, int] = {}
        for number, page in enumerate(self._pages, start=1):
            self.__dict__.update(page)
            key = page["_ct_section"]
            seen[key] = seen.get(key, 0) + 1
            self._decorate(key, seen[key], per_section[key], number, total)
            super().showPage()
        super().save()

    def _decorate(self, ref: str, page: int, pages: int, number: int, total: int) -> None:
        r = self._running
        top = s.PAGE_HEIGHT - 12 * mm
        width = s.CONTENT_WIDTH
        left_w = width * 0.55
        if r.organization:
            _draw(self, s.para(r.organization, s.HEADER), s.MARGIN_X, top, left_w)
        mark = " · ".join(part for part in (r.marking, r.level_label) if part)
        if r.public:  # a public summary carries no confidentiality marking
            mark = r.level_label
        _draw(self, s.label(mark.upper(), s.MARKING), s.MARGIN_X + left_w, top, width - left_w)
        self.setStrokeColor(s.RULE)
        self.setLineWidth(0.6)
        self.line(s.MARGIN_X, top - 3.5 * mm, s.MARGIN_X + width, top - 3.5 * mm)
        bottom = 11 * mm
        self.line(s.MARGIN_X, bottom + 4.2 * mm, s.MARGIN_X + width, bottom + 4.2 * mm)
        t = functools.partial(labels.text, r.lang)
        title = t("combined_title") if ref == _COVER else t("title")
        left = " · ".join(x for x in (ref, title, r.prepared_words) if x)
        right = t("page_of", page=page, pages=pages)
        if r.combined and ref != _COVER:
            right = f"{right} · {t('document_page', page=number, pages=total)}"
        _draw(self, s.label(left, s.FOOTER), s.MARGIN_X, bottom + 3 * mm, width * 0.5)
        right_x = s.MARGIN_X + width * 0.4
        _draw(self, s.label(right, s.FOOTER_RIGHT), right_x, bottom + 3 * mm, width * 0.6)
        self.setFont(BASE_FONT, 8)  # leave the canvas on our font, never Helvetica


def _draw(canvas: Canvas, paragraph, x: float, top: float, width: float) -> None:
    _w, h = paragraph.wrapOn(canvas, width, 40 * mm)
    paragraph.drawOn(canvas, x, top - h)


def _document(buffer: io.BytesIO, title: str, subject: str, author: str, lang: str):
    doc = BaseDocTemplate(
        buffer,
        pagesize=(s.PAGE_WIDTH, s.PAGE_HEIGHT),
        leftMargin=s.MARGIN_X,
        rightMargin=s.MARGIN_X,
        topMargin=s.MARGIN_TOP,
        bottomMargin=s.MARGIN_BOTTOM,
        title=title,
        subject=subject,
        author=author,
        creator=CREATOR,
        producer=CREATOR,
        keywords=[],
        lang=lang,
        initialFontName=BASE_FONT,  # else reportlab references (unembedded) Helvetica
        initialFontSize=9,
    )
    frame = Frame(
        s.MARGIN_X,
        s.MARGIN_BOTTOM,
        s.CONTENT_WIDTH,
        s.PAGE_HEIGHT - s.MARGIN_TOP - s.MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    return doc


def _build(story: list[Flowable], meta: dict, running: _Running, starts: dict) -> bytes:
    fonts.register_fonts()
    buffer = io.BytesIO()
    doc = _document(buffer, **meta)
    maker = functools.partial(_NumberedCanvas, running=running, starts=starts)
    doc.build(story, canvasmaker=maker)
    return buffer.getvalue()


def _running(report: CaseReport, combined: bool) -> _Running:
    return _Running(
        lang=report.lang,
        organization=report.organization,
        marking=report.marking,
        level_label=report.level_label,
        prepared_words=report.prepared_words,
        combined=combined,
        public=report.level is ReportLevel.PUBLIC,
    )


def render(report: CaseReport) -> bytes:
    """One case summary as PDF bytes."""
    meta = {
        "title": report.title,
        "subject": report.subject,
        "author": report.organization,
        "lang": report.lang,
    }
    story = [_Section(report.ref), *sections.story(report)]
    return _build(story, meta, _running(report, combined=False), {})


def _cover(reports: Sequence[CaseReport], starts: dict[str, int]) -> list[Flowable]:
    first = reports[0]
    t = functools.partial(labels.text, first.lang)
    meta = [f"{t('prepared')}: {first.prepared_words}"]
    if first.organization:
        meta.append(f"{t('prepared_by')}: {first.organization}")
    if first.recipient:
        meta.append(f"{t('prepared_for')}: {first.recipient}")
    meta.append(f"{t('level')}: {first.level_label}")
    rows = [sections._heads("ref", "name", "status", "page", lang=first.lang)]
    rows[0].insert(0, s.label("№", s.HEAD_CELL))
    for number, report in enumerate(reports, start=1):
        page = starts.get(report.ref)
        rows.append(
            [
                s.label(str(number), s.CELL),
                s.para(report.ref, s.CELL_BOLD),
                s.para(report.display_name),
                s.para(report.current_status_label),
                s.label(str(page) if page else "", s.CELL),
            ]
        )
    widths = sections.fit([10 * mm, 24 * mm, 70 * mm, 55 * mm, 15 * mm], rows)
    return [
        s.label(t("combined_title"), s.TITLE),
        Spacer(1, 4),
        s.para("\n".join(meta), s.META),
        Spacer(1, 10),
        *sections.section_heading(f"{t('cover_cases')} ({t('cases_count', count=len(reports))})"),
        sections._grid(rows, widths),
    ]


def render_combined(reports: Sequence[CaseReport]) -> bytes:
    """Several summaries in one PDF after a cover page listing them (same level and language)."""
    if not reports:
        raise ValueError("a combined PDF needs at least one case")
    levels = {(r.level, r.lang) for r in reports}
    if len(levels) != 1:
        raise ValueError("the summaries of a combined PDF share one level and one language")
    first = reports[0]
    meta = {
        "title": f"{labels.text(first.lang, 'combined_title')}: "
        f"{labels.text(first.lang, 'cases_count', count=len(reports))}",
        "subject": first.subject,
        "author": first.organization,
        "lang": first.lang,
    }

    def story(starts: dict[str, int]) -> list[Flowable]:
        out = _cover(reports, starts)
        for report in reports:
            out += [PageBreak(), _Section(report.ref), *sections.story(report)]
        return out

    starts: dict[str, int] = {}
    running = _running(first, combined=True)
    _build(story({}), meta, running, starts)  # first pass: where each case starts
    return _build(story(starts), meta, running, {})
