"""Commands about cases: search, show, export, import."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from casetracker.cli.common import CliError, err, open_session, out
from casetracker.domain.names import REPORT_SCRIPT_ORDER
from casetracker.interchange import jsonio
from casetracker.services import advocacy, cases, searching


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


def cmd_export(args: argparse.Namespace) -> int:
    if args.format != "json":
        raise CliError(f"export format {args.format} is not available yet (use --format json)")
    target = Path(args.file)
    with open_session(args) as session:
        count = jsonio.export_file(session, target)
    err(
        f"Wrote {count} cases to {target}. This file is NOT encrypted: it holds names, "
        "family contacts and photos outside the vault. Keep it safe and delete it when done."
    )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    fmt = args.format or "json"
    if fmt != "json":
        raise CliError(f"import format {fmt} is not available yet (use --format json)")
    with open_session(args) as session:
        result = jsonio.import_file(session, Path(args.file))
    out(f"Imported {result.added} cases ({result.skipped} already in the vault)")
    return 0


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
    p.add_argument("--format", default="json", choices=["json"])
    p.set_defaults(func=cmd_export)
    p = sub.add_parser("import", parents=[common], help="import cases from a file")
    p.add_argument("file")
    p.add_argument("--format", default=None, choices=["json"])
    p.set_defaults(func=cmd_import)
