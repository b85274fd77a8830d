"""The flowables of one case summary, section by section, in the order the issue lists them.

Each function takes the already redacted :class:`~casetracker.reports.data.CaseReport` and
returns platypus flowables; none of them decides what to show, only how. Every table sets its
font to BASE_FONT and every user string goes through :func:`styles.para`, so no text falls back
to Helvetica and every script is laid out by the script-aware layer.
"""

from __future__ import annotations

import io

from PIL import Image as PILImage
from PIL import ImageOps
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

from casetracker.reports import labels
from casetracker.reports import styles as s
from casetracker.reports.data import CaseReport, Photo, StatusView
from casetracker.reports.scripttext import BASE_FONT

PHOTO_W, PHOTO_H = 34 * mm, 44 * mm
_PAD = 3.2


def _grid(
    rows: list[list],
    widths: list[float],
    *,
    header: bool = True,
    zebra: bool = True,
    rules: bool = True,
    extra=(),
) -> Table:
    """A data table in the house style: header row tinted, thin rules, rows may split pages."""
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), BASE_FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.9),
    ]
    if rules:
        commands.append(("LINEBELOW", (0, 0), (-1, -1), 0.4, s.RULE))
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), s.HEAD_BG),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, s.NAVY),
        ]
    if zebra:
        first = 1 if header else 0
        commands += [
            ("ROWBACKGROUNDS", (0, first), (-1, -1), [None, s.ZEBRA]),
        ]
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    table.setStyle(TableStyle(commands + list(extra)))
    return table


def _heads(*keys: str, lang: str) -> list:
    return [s.label(labels.text(lang, key), s.HEAD_CELL) for key in keys]


def section_heading(text: str) -> list[Flowable]:
    return [
        CondPageBreak(28 * mm),  # never a heading alone at the foot of a page
        s.label(text, s.SECTION),
        HRFlowable(width="100%", thickness=0.8, color=s.NAVY, spaceBefore=1.5, spaceAfter=4),
    ]


def _none(report: CaseReport, key: str = "none") -> Flowable:
    return s.label(labels.text(report.lang, key), s.NOTE)


# --- title ----------------------------------------------------------------------------------


def title_block(report: CaseReport) -> list[Flowable]:
    t = lambda key: labels.text(report.lang, key)  # noqa: E731
    meta = [f"{t('prepared')}: {report.prepared_words}"]
    if report.organization:
        meta.append(f"{t('prepared_by')}: {report.organization}")
    if report.recipient:
        meta.append(f"{t('prepared_for')}: {report.recipient}")
    meta.append(f"{t('level')}: {report.level_label}")
    top = Table(
        [
            [s.label(t("title"), s.TITLE), s.para(report.ref, s.REF)],
            [s.para("\n".join(meta), s.META), ""],
        ],
        colWidths=[s.CONTENT_WIDTH * 0.68, s.CONTENT_WIDTH * 0.32],
        hAlign="LEFT",
    )
    top.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), BASE_FONT),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 3),
            ]
        )
    )
    return [top, HRFlowable(width="100%", thickness=1.6, color=s.NAVY, spaceBefore=5, spaceAfter=8)]


# --- identity: names, facts, photo ----------------------------------------------------------


def _names_table(report: CaseReport, width: float) -> Table:
    rows = []
    for line in report.names:
        script = f"{line.script} ({line.kind})" if line.kind else line.script
        style = s.NAME if line.kind else s.NAME_BOLD
        rows.append([s.label(script), s.para(line.text, style)])
    middle = [("VALIGN", (0, 0), (-1, -1), "MIDDLE")]  # small label beside a larger name
    return _grid(rows, [40 * mm, width - 40 * mm], header=False, zebra=False, extra=middle)


def _facts_table(report: CaseReport, width: float) -> Table:
    rows = [[s.label(f.label), s.para(f.value, s.CELL)] for f in report.facts]
    return _grid(rows, [44 * mm, width - 44 * mm], header=False, zebra=False)


def _photo_image(photo: Photo) -> Flowable | None:
    """The portrait re-encoded without EXIF (GPS, camera serial), scaled to fit the frame."""
    try:
        with PILImage.open(io.BytesIO(photo.data)) as raw:
            img = ImageOps.exif_transpose(raw)
            if img.mode not in ("RGB", "L"):
                background = PILImage.new("RGB", img.size, "white")
                background.paste(img, mask=img.convert("RGBA").getchannel("A"))
                img = background
            img.thumbnail((600, 800))
            out = io.BytesIO()
            img.save(out, format="JPEG", quality=85)
    except (OSError, ValueError, PILImage.DecompressionBombError):
        return None  # an unreadable photo must not stop the summary
    width, height = img.size
    scale = min(PHOTO_W / width, PHOTO_H / height)
    out.seek(0)
    return Image(out, width=width * scale, height=height * scale)


def identity_block(report: CaseReport) -> list[Flowable]:
    t = lambda key: labels.text(report.lang, key)  # noqa: E731
    image = _photo_image(report.photo) if report.photo else None
    side = PHOTO_W + 6 * mm if image else 0
    width = s.CONTENT_WIDTH - side
    left: list[Flowable] = [
        s.para(report.display_name, s.PERSON),
        Spacer(1, 4),
        s.label(t("names").upper(), s.KICKER),
        _names_table(report, width),
        Spacer(1, 6),
        s.label(t("identity").upper(), s.KICKER),
        _facts_table(report, width),
    ]
    if not image:
        return left
    right: list[Flowable] = [image]
    if report.photo and report.photo.source_note:
        right += [Spacer(1, 2), s.para(f"{t('photo_source')}: {report.photo.source_note}", s.NOTE)]
    block = Table([[left, right]], colWidths=[width, side], hAlign="LEFT")
    block.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), BASE_FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 0),
                ("RIGHTPADDING", (1, 0), (1, 0), 0),
                ("LEFTPADDING", (1, 0), (1, 0), 6 * mm),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
            ]
        )
    )
    return [block]


# --- current status -------------------------------------------------------------------------


def _account(report: CaseReport, view: StatusView, kicker: str) -> list[Flowable]:
    t = lambda key: labels.text(report.lang, key)  # noqa: E731
    facts = [
        f"{t('as_of')}: {view.as_of}",
        f"{t('source')}: {view.source}",
        f"{t('confidence')}: {view.confidence}",
    ]
    out: list[Flowable] = []
    if kicker:
        out += [s.label(kicker.upper(), s.KICKER), Spacer(1, 2)]
    out += [
        s.para(view.label, s.STATUS),
        Spacer(1, 2),
        s.label("  ·  ".join(facts), s.SMALL),
    ]
    details = [
        (t("place"), view.place),
        (t("sentence"), view.sentence),
        (t("charge"), view.charge),
    ]
    for key, value in details:
        if value:
            out.append(s.para(f"{key}: {value}", s.SMALL))
    if view.official:
        out += [Spacer(1, 2), s.label(t("prc_note"), s.NOTE)]
    return out


def status_box(report: CaseReport) -> list[Flowable]:
    t = lambda key: labels.text(report.lang, key)  # noqa: E731
    views = [v for v in (report.current, report.official) if v is not None]
    heading = section_heading(t("status"))
    if not views:
        return [*heading, _none(report, "no_status")]
    width = s.CONTENT_WIDTH / len(views)
    cells, commands = [], []
    for column, view in enumerate(views):
        colour = s.OFFICIAL_INK if view.official else s.status_colour(view.status)
        kicker = t("prc_account") if view.official else t("family_account")
        cells.append(_account(report, view, kicker if len(views) > 1 or view.official else ""))
        background = s.OFFICIAL_BG if view.official else s.tint(colour)
        commands += [
            ("BACKGROUND", (column, 0), (column, 0), background),
            ("LINEBEFORE", (column, 0), (column, 0), 4, colour),
        ]
    box = Table([cells], colWidths=[width] * len(views), hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), BASE_FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                *commands,
            ]
        )
    )
    return [*heading, KeepTogether([box])]


# --- tables ---------------------------------------------------------------------------------


def timeline(report: CaseReport) -> list[Flowable]:
    lang = report.lang
    heading = section_heading(labels.text(lang, "timeline"))
    if not report.timeline:
        return [*heading, _none(report)]
    rows = [_heads("date", "status_col", "facility", "details", "source", "confidence", lang=lang)]
    extra = []
    for index, row in enumerate(report.timeline, start=1):
        rows.append(
            [
                s.para(row.date),
                s.para(row.status_label, s.CELL_BOLD),
                s.para(row.place),
                s.para(row.details),
                s.para(row.source, s.CELL_BOLD if row.official else s.CELL),
                s.para(row.confidence),
            ]
        )
        if row.official:
            extra += [
                ("BACKGROUND", (0, index), (-1, index), s.OFFICIAL_BG),
                ("LINEBEFORE", (0, index), (0, index), 2.5, s.OFFICIAL_INK),
            ]
        else:
            extra.append(("LINEBEFORE", (0, index), (0, index), 2.5, s.status_colour(row.status)))
    widths = [25 * mm, 29 * mm, 33 * mm, 41 * mm, 24 * mm, 22 * mm]
    return [*heading, _grid(rows, fit(widths, rows), extra=extra)]


def family(report: CaseReport) -> list[Flowable]:
    lang = report.lang
    heading = section_heading(labels.text(lang, "family"))
    members = report.family
    if not members:
        key = "none" if report.level.value != "public" else "no_family_shown"
        return [*heading, _none(report, key)]
    has_name = any(m.name for m in members)
    has_contact = any(m.phone or m.city or m.consent for m in members)
    if has_contact:
        keys = ("name", "relationship", "phone", "city", "reporter_consent")
        widths = [48 * mm, 36 * mm, 34 * mm, 26 * mm, 30 * mm]
        rows = [[m.name, m.relationship, m.phone, m.city, m.consent] for m in members]
    elif has_name:
        keys, widths = ("name", "relationship"), [80 * mm, 60 * mm]
        rows = [[m.name, m.relationship] for m in members]
    else:
        keys, widths = ("relationship",), [80 * mm]
        rows = [[m.relationship] for m in members]
    body = [[s.para(value) for value in row] for row in rows]
    rows = [_heads(*keys, lang=lang), *body]
    out = [*heading, _grid(rows, fit(widths, rows))]
    if not has_name:
        out += [Spacer(1, 3), _none(report, "no_family_shown")]
    return out


def steps(report: CaseReport) -> list[Flowable]:
    lang = report.lang
    heading = section_heading(labels.text(lang, "steps"))
    if not report.steps:
        return [*heading, _none(report)]
    rows = [_heads("date", "step", "organisation", "summary", "response", lang=lang)]
    for step in report.steps:
        rows.append(
            [
                s.para(step.date),
                s.para(step.kind),
                s.para(step.organisation),
                s.para(step.summary),
                s.para(step.response, s.CELL_BOLD),
            ]
        )
    widths = [27 * mm, 28 * mm, 43 * mm, 49 * mm, 27 * mm]
    return [*heading, _grid(rows, fit(widths, rows))]


def text_section(title: str, body: str, *, boxed: bool = False) -> list[Flowable]:
    if not body.strip():
        return []
    content = s.para(body.strip(), s.BODY)
    if not boxed:
        return [*section_heading(title), content]
    box = Table([[content]], colWidths=[s.CONTENT_WIDTH], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), BASE_FONT),
                ("BOX", (0, 0), (-1, -1), 0.8, s.NAVY),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return [*section_heading(title), box]


def annex(report: CaseReport) -> list[Flowable]:
    lang = report.lang
    heading = section_heading(labels.text(lang, "annex"))
    if not report.annex:
        return [*heading, _none(report)]
    rows = [_heads("ref", "file", "description", "size", lang=lang)]
    rows[0][0] = s.label("№", s.HEAD_CELL)
    extra = []
    for item in report.annex:
        rows.append(
            [
                s.label(str(item.number), s.CELL),
                s.para(item.filename),
                s.para(item.description),
                s.para(item.size),
            ]
        )
        sha = f"{labels.text(lang, 'sha256')}: {item.sha256}"
        rows.append(["", s.label(sha, s.NOTE), "", ""])
        n = len(rows) - 1
        extra += [
            ("SPAN", (1, n), (-1, n)),
            ("LINEBELOW", (0, n), (-1, n), 0.4, s.RULE),
            ("TOPPADDING", (0, n), (-1, n), 0),
        ]
    widths = [10 * mm, 62 * mm, 82 * mm, 20 * mm]
    items = [row for row in rows if row[0] != ""]  # not the spanning SHA-256 lines
    table = _grid(rows, fit(widths, items), zebra=False, rules=False, extra=extra)
    return [*heading, table]


def consent(report: CaseReport) -> list[Flowable]:
    heading = section_heading(labels.text(report.lang, "consent"))
    return [*heading, *[s.para(line, s.SMALL) for line in report.consent_statement]]


def fit(widths: list[float], rows: list[list] = ()) -> list[float]:
    """Column widths that fill the content width and fit the longest word of every column.

    ``widths`` are the preferred proportions; a column whose longest word (in ``rows``) would
    not fit grows, taking the room from columns that have some to spare. Russian and Kazakh
    headings ("Достоверность") are longer than English ones, and a word split across lines
    reads badly on a document handed to officials.
    """
    total = sum(widths)
    scaled = [w * s.CONTENT_WIDTH / total for w in widths]
    need = [0.0] * len(scaled)
    for row in rows:
        for column, cell in enumerate(row):
            if isinstance(cell, Paragraph):
                need[column] = max(need[column], cell.minWidth() + 2 * _PAD + 1)
    short = sum(max(0.0, n - w) for n, w in zip(need, scaled, strict=True))
    spare = sum(max(0.0, w - n) for n, w in zip(need, scaled, strict=True))
    if short == 0 or short > spare:
        return scaled
    factor = short / spare
    return [max(n, w - (w - n) * factor) if w > n else n for n, w in zip(need, scaled, strict=True)]


def story(report: CaseReport) -> list[Flowable]:
    """The whole summary of one case, in the order the issue lists its content."""
    t = lambda key: labels.text(report.lang, key)  # noqa: E731
    parts: list[Flowable] = [
        *title_block(report),
        *identity_block(report),
        *status_box(report),
        *timeline(report),
        *family(report),
        *steps(report),
        *text_section(t("request"), report.request, boxed=True),
        *text_section(t("background"), report.background),
        *annex(report),
        *consent(report),
    ]
    for flowable in parts:
        if isinstance(flowable, Table):
            flowable.spaceAfter = 2
    return parts
