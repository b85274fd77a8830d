"""Commands about cases: search, show, export, import (JSON, CSV, XLSX, ODS, PFIF)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from casetracker.cli.common import CliError, err, open_session, out
from casetracker.domain.names import REPORT_SCRIPT_ORDER
from casetracker.interchange import jsonio, pfif, spreadsheet, vocab
from casetracker.services import advocacy, caselist, cases, maintenance, searching


def cmd_search(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        hits = searching.search(session, args.query, limit=args.limit)
    for hit in hits:
        if args.json:
            out(
                json.dumps(
                    {
                        "ref": hit.ref,
                        "names": list(hit.names),
                        "status": hit.status.value,
                        "score": hit.score,
                        "matched": hit.matched,
                        "via": hit.via,
                    },
                    ensure_ascii=False,
                )
            )
        else:
            out(f"{hit.ref}\t{hit.score:.2f}\t{hit.status.value}\t{' / '.join(hit.names)}")
    if not hits and not args.json:
        err(f"no case matches '{args.query}'")
    return 0


def _show_text(person, interactions) -> None:
    out(f"{person.ref}  ({person.uuid})")
    order = {script: i for i, script in enumerate(REPORT_SCRIPT_ORDER)}
    for name in sorted(person.names, key=lambda n: order.get(n.script, 99)):
        out(f"  name [{name.script.value}, {name.kind.value}]: {name.text}")
    out(f"  sex: {person.sex.value}")
    if person.birth_date:
        out(f"  born: {person.birth_date.words('en')}")
    if person.age_range:
        out(f"  age: {person.age_range.words('en')}")
    for label, value in (
        ("ethnicity", person.ethnicity),
        ("citizenship", person.citizenship),
        ("hometown", person.hometown),
        ("occupation", person.occupation),
    ):
        if value:
            out(f"  {label}: {value}")
    for ident in person.identifiers:
        out(f"  {ident.kind.value}: {ident.value}")
    out(f"  current status: {person.current_status.value}")
    for e in person.events:
        when = e.date.words("en") if e.date else "date unknown"
        where = f" at {e.facility_name or e.place}" if (e.facility_name or e.place) else ""
        out(f"    - {when}: {e.status.value}{where} ({e.source_type.value}, {e.confidence.value})")
    for r in person.reporters:
        out(f"  reported by {r.name} ({r.relationship.value}) {r.phone}".rstrip())
    for item in interactions:
        when = item.date.words("en") if item.date else ""
        out(f"  {item.kind.value} {when} {item.organization_name}: {item.response.value}")


def cmd_show(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        person = cases.get_by_ref(session, args.ref)
        interactions = advocacy.interactions_for_person(session, person.id)
        if args.json:
            doc = jsonio.export_document(session, [person.id])
            record = doc["persons"][0]
            for attachment in record["attachments"]:
                attachment.pop("data", None)
            record["current_status"] = person.current_status.value
            record["interactions"] = doc["interactions"]
            out(json.dumps(record, ensure_ascii=False, indent=1))
        else:
            _show_text(person, interactions)
    return 0


#: File suffix -> format, when --format is not given (anything else is the JSON export).
_SUFFIX_FORMATS = {".csv": "csv", ".tsv": "csv", ".txt": "csv", ".xlsx": "xlsx", ".ods": "ods",
                   ".xml": "pfif", ".pfif": "pfif", ".json": "json"}  # fmt: skip
_NOT_ENCRYPTED = (
    "This file is NOT encrypted: it holds names, family contacts{photos} outside the vault. "
    "Keep it safe and delete it when done."
)


def _format(args: argparse.Namespace) -> str:
    return args.format or _SUFFIX_FORMATS.get(Path(args.file).suffix.lower(), "json")


def _export_ids(session, statuses: list[str] | None) -> list[int] | None:
    if not statuses:
        return None
    wanted = set()
    for word in statuses:
        status = vocab.status_of(word)
        if status is None:
            raise CliError(
                f"unknown status '{word}' (use e.g. detained_camp, imprisoned, released)"
            )
        wanted.add(status)
    return caselist.query_ids(session, caselist.CaseFilter(statuses=frozenset(wanted)))


_EXPORTERS = {
    "json": lambda session, target, ids: jsonio.export_file(session, target, person_ids=ids),
    "pfif": lambda session, target, ids: pfif.export_file(session, target, ids),
    "csv": lambda session, target, ids: spreadsheet.export_sheet(session, target, "csv", ids),
    "xlsx": lambda session, target, ids: spreadsheet.export_sheet(session, target, "xlsx", ids),
    "ods": lambda session, target, ids: spreadsheet.export_sheet(session, target, "ods", ids),
}


def cmd_export(args: argparse.Namespace) -> int:
    fmt = _format(args)
    target = Path(args.file)
    with open_session(args) as session:
        count = _EXPORTERS[fmt](session, target, _export_ids(session, args.status))
    photos = ", and photos" if fmt == "json" else ""
    err(f"Wrote {count} cases to {target}. " + _NOT_ENCRYPTED.format(photos=photos))
    return 0


def _print_problems(problems) -> None:
    for problem in problems:
        err(str(problem))


def _import_json(session, args) -> int:
    if args.dry_run or args.valid_only or args.on_match != "skip":
        raise CliError("--dry-run, --valid-only and --on-match apply to spreadsheets and PFIF")
    result = jsonio.import_file(session, Path(args.file))
    out(f"Imported {result.added} cases ({result.skipped} already in the vault)")
    return 0


def _import_pfif(session, args) -> int:
    try:
        report = pfif.import_file(
            session, Path(args.file), valid_only=args.valid_only, dry_run=args.dry_run
        )
    except pfif.PfifRejected as exc:
        _print_problems(exc.report.problems)
        raise
    _print_problems(report.problems)
    out(report.summary())
    return 1 if report.problems and args.dry_run else 0


def _import_sheet(session, args) -> int:
    try:
        report = spreadsheet.import_file(
            session,
            Path(args.file),
            args.format,
            on_match=args.on_match,
            valid_only=args.valid_only,
            dry_run=args.dry_run,
        )
    except spreadsheet.ImportRejected as exc:
        _print_problems(exc.report.problems)
        raise
    _print_problems(report.problems)
    out(report.summary())
    return 1 if report.problems and args.dry_run else 0


_IMPORTERS = {"json": _import_json, "pfif": _import_pfif}


def cmd_import(args: argparse.Namespace) -> int:
    fmt = _format(args)
    if not Path(args.file).is_file():
        raise CliError(f"no such file: {args.file}")
    with open_session(args) as session:
        if not args.dry_run:
            maintenance.auto_backup(session, "before-import")
        return _IMPORTERS.get(fmt, _import_sheet)(session, args)


def register(sub, common) -> None:
    p = sub.add_parser("search", parents=[common], help="find cases by any name, ref or ID")
    p.add_argument("query")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.add_argument("--limit", type=int, default=20)
    p.set_defaults(func=cmd_search)
    p = sub.add_parser("show", parents=[common], help="show one case")
    p.add_argument("ref")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)
    p = sub.add_parser("export", parents=[common], help="export the vault to a file")
    p.add_argument("file")
    p.add_argument("--format", default=None, choices=["json", "csv", "xlsx", "ods", "pfif"])
    p.add_argument(
        "--status", nargs="+", metavar="S", help="only cases whose current status is one of these"
    )
    p.set_defaults(func=cmd_export)
    p = sub.add_parser("import", parents=[common], help="import cases from a file")
    p.add_argument("file")
    p.add_argument("--format", default=None, choices=["csv", "xlsx", "ods", "json", "pfif"])
    p.add_argument("--dry-run", action="store_true", help="check every row, change nothing")
    p.add_argument(
        "--on-match",
        default="skip",
        choices=["skip", "update", "new"],
        help="a row that is already a case (same ref, or a duplicate): skip it (default), "
        "update the case, or add it as a new case",
    )
    p.add_argument(
        "--valid-only", action="store_true", help="import the valid rows and report the rest"
    )
    p.set_defaults(func=cmd_import)
