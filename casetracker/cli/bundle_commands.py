"""Transfer bundles between laptops: `bundle export`, `bundle import`, `bundle conflicts`.

The bundle passphrase is the one volunteers agree on for the exchange (not the vault's); it comes
from CASETRACKER_BUNDLE_PASSPHRASE or a hidden prompt.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from pathlib import Path

from casetracker.cli.common import CliError, err, open_session, out
from casetracker.domain.fuzzydate import from_user
from casetracker.interchange import bundle
from casetracker.services import maintenance, syncmerge

BUNDLE_PASSPHRASE_ENV = "CASETRACKER_BUNDLE_PASSPHRASE"
_TEST_KDF_ENV = "CASETRACKER_INSECURE_TEST_KDF"


def _passphrase(confirm: bool) -> str:
    value = os.environ.get(BUNDLE_PASSPHRASE_ENV)
    if value is not None:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise CliError(f"no bundle passphrase: set {BUNDLE_PASSPHRASE_ENV} or run in a terminal")
    first = getpass.getpass("Bundle passphrase: ")
    if confirm and first != getpass.getpass("Repeat the bundle passphrase: "):
        raise CliError("the two passphrases differ")
    return first


def _since(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    try:
        date = from_user(text)
    except ValueError as exc:
        raise CliError(f"--since: {exc}") from None
    if date.lower is None:
        raise CliError("--since needs a start date, e.g. 2024-05-01")
    return dt.datetime.combine(date.lower, dt.time())


def cmd_export(args: argparse.Namespace) -> int:
    kdf = bundle.TEST_KDF if os.environ.get(_TEST_KDF_ENV) == "1" else bundle.DEFAULT_KDF
    secret = _passphrase(confirm=True)
    with open_session(args) as session:
        meta = bundle.export_bundle(
            session, Path(args.output), secret, since=_since(args.since), kdf=kdf
        )
    count = meta.get("records", 0)
    out(f"Wrote {count} records to {args.output} (encrypted with the bundle passphrase)")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    if not Path(args.file).is_file():
        raise CliError(f"no such file: {args.file}")
    secret = _passphrase(confirm=False)
    with open_session(args) as session:
        bundle.open_bundle(Path(args.file), secret)  # verify before taking a backup
        maintenance.auto_backup(session, "before-merge")
        report = bundle.import_bundle(session, Path(args.file), secret)
    out(report.summary())
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        if args.resolve:
            conflict_id, _, choice = args.resolve.partition("=")
            if not conflict_id.isdigit():
                raise CliError("--resolve takes ID=mine or ID=theirs")
            syncmerge.resolve(session, int(conflict_id), choice)
        items = syncmerge.conflicts(session)
    for c in items:
        out(f"{c.id}\t{c.label}\t{c.field}\tmine: {c.local!r}\ttheirs: {c.remote!r}\t({c.source})")
    if not items:
        err("no open conflicts")
    return 0


def register(sub, common) -> None:
    p = sub.add_parser("bundle", help="exchange records with another laptop (encrypted file)")
    bsub = p.add_subparsers(dest="bundle_command", required=True, parser_class=type(p))
    e = bsub.add_parser("export", parents=[common], help="write a transfer bundle")
    e.add_argument("-o", "--output", required=True, help="the bundle file to write")
    e.add_argument("--since", help="only records changed since this date")
    e.set_defaults(func=cmd_export)
    i = bsub.add_parser("import", parents=[common], help="merge a transfer bundle")
    i.add_argument("file")
    i.set_defaults(func=cmd_import)
    c = bsub.add_parser("conflicts", parents=[common], help="list (and decide) merge conflicts")
    c.add_argument("--resolve", metavar="ID=mine|theirs", help="decide one conflict")
    c.set_defaults(func=cmd_conflicts)
