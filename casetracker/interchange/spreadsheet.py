"""Importing case lists from spreadsheets and exporting the list in the canonical columns.

An import is one operation: one transaction, one undo step ("Import 120 cases from list.csv").
By default it is all or nothing: when any row is invalid every problem is reported and the
transaction is rolled back (`ImportRejected`); `valid_only` keeps the valid rows. A dry run runs
exactly the same code and then rolls back, so it finds exactly the problems the import would.
Because SQLite commits atomically, a process killed mid-import leaves the vault as it was.

A row whose `ref` names an existing case is that case (otherwise the duplicate detector is asked,
when the vault has one); `on_match` says whether to skip it, update it, or add it as a new case.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from casetracker.domain.errors import ValidationError
from casetracker.domain.names import NameVariant
from casetracker.interchange import sheets
from casetracker.interchange.columns import CANONICAL, check_mapping, guess_mapping
from casetracker.interchange.rows import NAME_COLUMNS, Problem, parse_row
from casetracker.services import exchange
from casetracker.services.exchange import CaseAdder, NewCase
from casetracker.services.session import Session
from casetracker.store import bulk

Progress = Callable[[int, int], bool]
ON_MATCH = ("skip", "update", "new")


@dataclass
class ImportReport:
    """What an import did (or, for a dry run, would do)."""

    rows: int = 0
    added: int = 0
    updated: int = 0
    skipped: int = 0
    problems: list[Problem] = field(default_factory=list)
    person_ids: tuple[int, ...] = ()
    dry_run: bool = False

    @property
    def invalid_rows(self) -> int:
        return len({p.row for p in self.problems})

    def summary(self) -> str:
        verb = "Would import" if self.dry_run else "Imported"
        text = (
            f"{verb} {self.added} new cases, updated {self.updated}, skipped {self.skipped} "
            f"already in the vault ({self.rows} rows read)"
        )
        if self.problems:
            text += f"; {self.invalid_rows} rows have problems"
        return text


class ImportRejected(ValidationError):
    """Invalid rows and no `valid_only`: nothing was written; `report.problems` lists them."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__(
            "file",
            f"{len(report.problems)} problems in {report.invalid_rows} rows; nothing was imported "
            "(fix them, or import only the valid rows)",
        )
        self.report = report


class _DryRun(Exception):
    """Raised inside the operation to roll a dry run back."""


def _cells(cells: list[str], mapping: dict[int, str]) -> dict[str, str]:
    return {name: cells[index] for index, name in mapping.items() if index < len(cells)}


def _duplicate_finder(session: Session) -> Callable[[NewCase], int | None] | None:
    """The duplicate detector (services/duplicates.py) when this build has one."""
    try:
        from casetracker.services import duplicates  # type: ignore[attr-defined]
    except ImportError:
        return None
    if exchange.person_count() == 0:
        return None

    def find(case: NewCase) -> int | None:
        phone = case.reporters[0].phone if case.reporters else ""
        year = str(case.fields.get("birth_date", ""))[:4]
        found = duplicates.candidates_for(
            session,
            [n.text for n in case.names],
            int(year) if year.isdigit() else None,
            str(case.fields.get("hometown", "")),
            phone,
            limit=1,
        )
        if not found:
            return None
        best = found[0]
        if getattr(best, "score", 1.0) < 0.9:  # only a strong match is "the same case"
            return None
        return getattr(best, "person_id", None) or getattr(best, "id", None)

    return find


class _Importer:
    def __init__(self, session: Session, adder: CaseAdder, on_match: str, report: ImportReport):
        self.session, self.adder, self.on_match, self.report = session, adder, on_match, report
        self.find_duplicate = _duplicate_finder(session) if on_match != "new" else None
        self.refs_in_file: dict[str, int] = {}

    def row(self, number: int, cells: dict[str, str]) -> None:
        case, problems = parse_row(number, cells)
        if case is None:
            self.report.problems.extend(problems)
            return
        if case.ref:
            first = self.refs_in_file.setdefault(case.ref, number)
            if first != number:
                self.report.problems.append(
                    Problem(number, "ref", case.ref, f"the same reference is in row {first}")
                )
                return
        match = self.adder.ref_owner(case.ref) if case.ref else None
        if match is None and self.find_duplicate is not None:
            match = self.find_duplicate(case)
        try:
            if match is not None and self.on_match == "skip":
                self.report.skipped += 1
            elif match is not None and self.on_match == "update":
                self.adder.flush()
                exchange.update_case(self.session, match, case)
                self.report.updated += 1
            else:
                self.adder.add(case)
                self.report.added += 1
        except ValidationError as exc:
            value = str(case.fields.get(exc.field, "")) if exc.field in case.fields else ""
            self.report.problems.append(Problem(number, exc.field, value, exc.message))


def import_sheet(
    session: Session,
    sheet: sheets.Sheet,
    mapping: dict[int, str] | None = None,
    *,
    on_match: str = "skip",
    valid_only: bool = False,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Import every row of `sheet` as one undoable operation (see the module docstring)."""
    if on_match not in ON_MATCH:
        raise ValidationError("on_match", f"must be one of {', '.join(ON_MATCH)}")
    mapping = guess_mapping(sheet.headers) if mapping is None else dict(mapping)
    check_mapping(mapping, len(sheet.headers))
    total = sum(1 for _ in sheet.rows()) if progress else 0
    report = ImportReport(dry_run=dry_run)
    label = f"Import cases from {sheet.path.name}"
    try:
        with bulk.gc_paused(), session.operation(label) as recorder:
            adder = CaseAdder(session, recorder)
            importer = _Importer(session, adder, on_match, report)
            for number, cells in sheet.rows():
                report.rows += 1
                importer.row(number, _cells(cells, mapping))
                if progress and report.rows % 200 == 0 and not progress(report.rows, total):
                    raise InterruptedError("import cancelled; nothing was imported")
            report.person_ids = tuple(adder.finish())
            if report.problems and not valid_only and not dry_run:
                raise ImportRejected(report)
            if dry_run:
                raise _DryRun
    except _DryRun:
        report.person_ids = ()
    if progress:
        progress(total, total)
    return report


def import_file(session: Session, path: Path, fmt: str | None = None, **kwargs) -> ImportReport:
    return import_sheet(session, sheets.open_sheet(Path(path), fmt), **kwargs)


# -- export ------------------------------------------------------------------------------------


def _name_cells(names: Sequence[NameVariant]) -> dict[str, str]:
    if not names:
        return {}
    first, rest = names[0], names[1:]
    by_column: dict[str, list[str]] = {c: [] for c in NAME_COLUMNS}
    by_column["name"].append(first.text)
    script_column = {script: c for c, (script, _) in NAME_COLUMNS.items() if script is not None}
    for variant in rest:
        by_column[script_column.get(variant.script, "name")].append(variant.text)
    return {column: " | ".join(texts) for column, texts in by_column.items()}


def row_cells(row: exchange.CaseSheetRow) -> list[str]:
    """One case in the canonical columns, values as stored (status names, EDTF dates)."""
    values = {
        "ref": row.ref,
        "sex": row.sex,
        "birth_year": row.birth_date,
        "ethnicity": row.ethnicity,
        "hometown": row.hometown,
        "status": row.status,
        "status_date": row.status_date,
        "facility": row.facility,
        "reporter_name": " | ".join(r[0] for r in row.reporters),
        "reporter_relation": " | ".join(r[1] for r in row.reporters),
        "reporter_phone": " | ".join(r[2] for r in row.reporters),
        "notes": row.notes,
        **_name_cells(row.names),
    }
    return [values.get(column, "") for column in CANONICAL]


def table_rows(
    session: Session, person_ids: Sequence[int], progress: Progress | None = None
) -> Iterator[list[str]]:
    for done, row in enumerate(exchange.sheet_rows(session, person_ids), start=1):
        yield row_cells(row)
        if progress and done % 500 == 0 and not progress(done, len(person_ids)):
            raise InterruptedError("export cancelled")


def export_sheet(
    session: Session,
    path: Path,
    fmt: str | None = None,
    person_ids: Sequence[int] | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the cases (all, or `person_ids` in that order) to CSV, XLSX or ODS; returns the
    number written. The file is written beside the target and renamed, never left half-done."""
    path = Path(path)
    fmt = sheets.format_of(path, fmt)
    ids = list(person_ids) if person_ids is not None else exchange.person_ids_in_ref_order()
    partial = path.with_name(path.name + ".partial")
    try:
        sheets.WRITERS[fmt](partial, CANONICAL, table_rows(session, ids, progress))
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return len(ids)
