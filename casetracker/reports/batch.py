"""Export case summaries to files and log each in the dispatch log: the one code path that the
command line, the case file's "Export PDF" and the case list's batch export all call.

Every export follows the same steps: build (redaction), render, optionally protect with a
password, write the file atomically with owner-only permissions, hash the bytes written, and
finally record every written file in the dispatch log in *one* operation, also when the user
cancels half-way (the files already written did leave the vault). ``progress(done, total)`` is
called after each case; returning False cancels (``gui.worker.Task`` passes such a callback).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from casetracker.domain.entities import Changes
from casetracker.domain.enums import ReportLevel
from casetracker.domain.errors import ValidationError
from casetracker.reports import data, render, scripttext
from casetracker.reports.protect import check_password, protect
from casetracker.services import dispatch
from casetracker.services.session import Session

Progress = Callable[[int, int], bool]

OUTSIDE_VAULT = (
    "The PDF is saved outside the encrypted vault: anyone who gets the file can read it{how}. "
    "Keep it safe and delete it when it is no longer needed."
)


@dataclass(frozen=True)
class ExportOptions:
    level: ReportLevel = ReportLevel.EMBASSY
    lang: str = "en"
    recipient: str = ""
    password: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class ExportedFile:
    path: Path
    refs: tuple[str, ...]
    person_ids: tuple[int, ...]
    sha256: str


@dataclass(frozen=True)
class ExportResult:
    files: tuple[ExportedFile, ...] = ()
    skipped: tuple[str, ...] = ()  # one line per case its consent kept out
    warnings: tuple[str, ...] = ()  # characters that print as boxes
    cancelled: bool = False
    changes: Changes = field(default_factory=Changes)


def outside_vault_notice(protected: bool) -> str:
    how = "" if not protected else " once they also learn the password"
    return OUTSIDE_VAULT.format(how=how)


def default_filename(ref: str, options: ExportOptions, today: dt.date | None = None) -> str:
    """``CT-0042_2025-03-12_embassy_en.pdf``: never a name (mail and file lists show it)."""
    day = (today or dt.date.today()).isoformat()
    return f"{ref}_{day}_{ReportLevel(options.level).value}_{options.lang}.pdf"


def combined_filename(options: ExportOptions, today: dt.date | None = None) -> str:
    day = (today or dt.date.today()).isoformat()
    return f"case-summaries_{day}_{ReportLevel(options.level).value}_{options.lang}.pdf"


def write_private(path: Path, content: bytes) -> None:
    """Write via a temporary file in the same folder, then rename: a cancelled or failed
    export never leaves half a PDF, and the file is readable by its owner only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".export-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _finish(content: bytes, options: ExportOptions) -> bytes:
    return protect(content, options.password) if options.password else content


def _warning(report: data.CaseReport) -> list[str]:
    missing = scripttext.unsupported_chars("\n".join(report.user_texts()))
    return [f"{report.ref}: no font can print {missing!r}; it shows as boxes"] if missing else []


def _check(session: Session, person_ids: Sequence[int], options: ExportOptions, skip: bool):
    """(ids to export, skipped lines); refuses the whole export unless ``skip``."""
    if not person_ids:
        raise ValidationError("cases", "choose at least one case")
    if options.password is not None:
        check_password(options.password)
    refused = dict(zip(person_ids, _refusals(session, person_ids, options.level), strict=True))
    lines = [line for line in refused.values() if line]
    if lines and not skip:
        more = f" (and {len(lines) - 1} more)" if len(lines) > 1 else ""
        raise ValidationError("level", lines[0] + more)
    return [pid for pid in person_ids if not refused[pid]], tuple(lines)


def _refusals(session: Session, person_ids: Sequence[int], level: ReportLevel) -> list[str]:
    out = []
    for pid in person_ids:
        lines = data.refused(session, [pid], level)
        out.append(lines[0] if lines else "")
    return out


def _log(session: Session, files: list[ExportedFile], options: ExportOptions) -> Changes:
    entries = [
        dispatch.DispatchEntry(
            person_id=pid,
            level=ReportLevel(options.level),
            lang=options.lang,
            sha256=item.sha256,
            filename=item.path.name,
            recipient=options.recipient,
        )
        for item in files
        for pid in item.person_ids
    ]
    return dispatch.record(session, entries)


def export_each(
    session: Session,
    person_ids: Sequence[int],
    folder: Path,
    options: ExportOptions,
    *,
    progress: Progress | None = None,
    skip_refused: bool = False,
    today: dt.date | None = None,
) -> ExportResult:
    """One PDF per case into ``folder`` (named by :func:`default_filename`)."""
    todo, skipped = _check(session, person_ids, options, skip_refused)
    files: list[ExportedFile] = []
    warnings: list[str] = []
    cancelled = False
    try:
        for done, pid in enumerate(todo):
            if progress is not None and not progress(done, len(todo)):
                cancelled = True
                break
            report = data.build(
                session, pid, options.level, options.lang, recipient=options.recipient, today=today
            )
            warnings += _warning(report)
            content = _finish(render.render(report), options)
            path = Path(folder) / default_filename(report.ref, options, report.prepared_on)
            write_private(path, content)
            sha = hashlib.sha256(content).hexdigest()
            files.append(ExportedFile(path, (report.ref,), (pid,), sha))
        if progress is not None and not cancelled:
            progress(len(todo), len(todo))
    finally:
        changes = _log(session, files, options)  # files written before an error left the vault
    return ExportResult(tuple(files), skipped, tuple(warnings), cancelled, changes)


def export_one(
    session: Session, person_id: int, path: Path, options: ExportOptions, **kwargs
) -> ExportResult:
    """One case into the file ``path``."""
    return export_combined(session, [person_id], path, options, single=True, **kwargs)


def export_combined(
    session: Session,
    person_ids: Sequence[int],
    path: Path,
    options: ExportOptions,
    *,
    progress: Progress | None = None,
    skip_refused: bool = False,
    today: dt.date | None = None,
    single: bool = False,
) -> ExportResult:
    """Several cases in one PDF with a cover page (or, with ``single``, one case, no cover)."""
    todo, skipped = _check(session, person_ids, options, skip_refused)
    reports: list[data.CaseReport] = []
    for done, pid in enumerate(todo):
        if progress is not None and not progress(done, len(todo) + 1):
            return ExportResult(skipped=skipped, cancelled=True)
        reports.append(
            data.build(
                session, pid, options.level, options.lang, recipient=options.recipient, today=today
            )
        )
    if not reports:
        return ExportResult(skipped=skipped)
    pdf = render.render(reports[0]) if single else render.render_combined(reports)
    content = _finish(pdf, options)
    write_private(Path(path), content)
    sha = hashlib.sha256(content).hexdigest()
    item = ExportedFile(
        Path(path), tuple(r.ref for r in reports), tuple(r.person_id for r in reports), sha
    )
    changes = _log(session, [item], options)
    if progress is not None:
        progress(len(todo) + 1, len(todo) + 1)
    warnings = tuple(line for r in reports for line in _warning(r))
    return ExportResult((item,), skipped, warnings, False, changes)
