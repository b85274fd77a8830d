"""`casetracker report`: case summaries as PDF for embassies and UN bodies (issue 4).

One REF and an OUT that is not a folder: one file. Several REFs: one file per case in the
folder OUT (created if needed). ``--combined``: one file OUT with a cover page. Every export is
recorded in the dispatch log of its case. The password for ``--password-env`` is read from the
named environment variable, never from the command line, where other users of the machine and
the shell history could see it.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from casetracker.cli.common import CliError, err, open_session, out
from casetracker.domain.enums import ReportLevel
from casetracker.reports import batch, labels
from casetracker.services import cases, settings


def _password(args: argparse.Namespace) -> str | None:
    if not args.password_env:
        return None
    value = os.environ.get(args.password_env)
    if not value:
        raise CliError(f"--password-env: the environment variable {args.password_env} is not set")
    return value


def _target(args: argparse.Namespace) -> tuple[str, Path]:
    """("one" | "each" | "combined", path) from the arguments."""
    target = Path(args.output)
    if args.combined:
        if target.is_dir():
            raise CliError(f"-o {target}: --combined writes one file, not into a folder")
        return "combined", target
    if len(args.refs) == 1 and not target.is_dir() and not args.output.endswith(os.sep):
        return "one", target
    if target.exists() and not target.is_dir():
        raise CliError(f"-o {target}: several cases are written into a folder, not a file")
    return "each", target


def cmd_report(args: argparse.Namespace) -> int:
    mode, target = _target(args)
    password = _password(args)
    with open_session(args) as session:
        level_name = args.level or settings.get(session, "report.default_level")
        if level_name not in {level.value for level in ReportLevel}:
            raise CliError(f"the report.default_level setting {level_name!r} is not a level")
        level = ReportLevel(level_name)
        options = batch.ExportOptions(level, args.lang, args.recipient or "", password)
        ids = [cases.id_for_ref(session, ref) for ref in dict.fromkeys(args.refs)]
        if mode == "combined":
            result = batch.export_combined(session, ids, target, options)
        elif mode == "one":
            if target.suffix.lower() != ".pdf":
                target = target.with_name(target.name + ".pdf")
            result = batch.export_one(session, ids[0], target, options)
        else:
            result = batch.export_each(session, ids, target, options)
    for item in result.files:
        out(f"{item.path}\t{' '.join(item.refs)}\tsha256:{item.sha256}")
    for line in result.warnings:
        err(f"casetracker: warning: {line}")
    err(batch.outside_vault_notice(protected=password is not None))
    return 0


def register(sub, common) -> None:
    p = sub.add_parser(
        "report",
        parents=[common],
        help="print case summaries as PDF for embassies and UN bodies",
        description="Write case summaries as PDF. The PDF is outside the encrypted vault.",
    )
    p.add_argument("refs", nargs="+", metavar="REF", help="case references, e.g. CT-0042")
    p.add_argument(
        "-o", "--output", required=True, metavar="OUT", help="file, or folder for several cases"
    )
    p.add_argument(
        "--level",
        choices=[level.value for level in ReportLevel],
        default=None,
        help="what the summary may show (default: the vault's report.default_level setting)",
    )
    p.add_argument("--lang", choices=list(labels.LANGUAGES), default="en")
    p.add_argument("--combined", action="store_true", help="one PDF with a cover page")
    p.add_argument("--recipient", default="", help="who the summary is for (printed and logged)")
    p.add_argument(
        "--password-env",
        metavar="VAR",
        default=None,
        help="protect the PDF with the password held in environment variable VAR (AES-256)",
    )
    p.set_defaults(func=cmd_report)
