"""Commands about the vault as a whole: init, demo, check, backup, restore, undo, redo."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from casetracker.cli.common import (
    DEMO_PASSPHRASE,
    PASSPHRASE_ENV,
    CliError,
    err,
    kdf_for_new_vault,
    new_passphrase,
    open_session,
    out,
    passphrase,
    vault_path,
)
from casetracker.services import demo, history, maintenance, security
from casetracker.services.session import create_vault

NEW_PASSPHRASE_ENV = "CASETRACKER_NEW_PASSPHRASE"


def cmd_init(args: argparse.Namespace) -> int:
    path = vault_path(args)
    secret = new_passphrase()
    session, code = create_vault(path, secret, kdf=kdf_for_new_vault())
    session.close()
    out(f"Created the encrypted vault {path}")
    out("")
    out(f"Recovery code: {code}")
    out("")
    out("Write this code down and keep it somewhere safe, away from this laptop. It is shown")
    out("only now. Without the passphrase or this code nobody can open the vault, not even us.")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    path = vault_path(args)
    if path.exists():
        raise CliError(f"{path} already exists; choose another --vault or delete it first")
    session, _code = create_vault(path, DEMO_PASSPHRASE, kdf=kdf_for_new_vault())
    with session:
        summary = demo.generate(session, people=args.people, seed=args.seed)
    out(f"Created the demo vault {path} with {summary.people} synthetic cases.")
    out(f'Its passphrase is "{DEMO_PASSPHRASE}" (set {PASSPHRASE_ENV} to it to skip the prompt).')
    out("All names and facts in it are invented.")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        problems = maintenance.check(session)
    if problems:
        for problem in problems:
            err(problem)
        err(f"{len(problems)} problem(s) found in {vault_path(args)}")
        return 1
    out(f"{vault_path(args)}: all integrity checks passed")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        path = maintenance.backup_to(session, Path(args.output))
    out(f"Backup written to {path} (encrypted; opens with the current passphrase)")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    target = vault_path(args)
    kept = maintenance.restore(Path(args.file), target, passphrase=passphrase())
    out(f"Restored {args.file} into {target}")
    if kept:
        out(f"The vault that was there is kept as {kept}")
    return 0


def cmd_undo(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        changes = history.undo(session)
    out(changes.label)
    return 0


def cmd_redo(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        changes = history.redo(session)
    out(changes.label)
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        new = os.environ.get(NEW_PASSPHRASE_ENV)
        if new is None:
            new = new_passphrase(from_env=False)
        security.change_passphrase(session, new, kdf=kdf_for_new_vault())
    out("Passphrase changed. The recovery code still works.")
    return 0


def cmd_recovery_code(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        code = security.renew_recovery_code(session, kdf=kdf_for_new_vault())
    out(f"New recovery code: {code}")
    out("The old recovery code no longer works. Write this one down and keep it safe.")
    return 0


def cmd_erase(args: argparse.Namespace) -> int:
    path = vault_path(args)
    if not args.yes:
        raise CliError("erase destroys the vault and its backups; add --yes to confirm")
    if not path.exists():
        raise CliError(f"no vault at {path}")
    removed = security.erase_vault(path)
    for item in removed:
        out(f"erased {item}")
    err(
        "Files were overwritten and deleted. On SSDs and some file systems old copies of the "
        "encrypted blocks may remain; without the passphrase they cannot be read."
    )
    return 0


def register(sub, common) -> None:
    p = sub.add_parser("init", parents=[common], help="create a new encrypted vault")
    p.set_defaults(func=cmd_init)
    p = sub.add_parser("demo", parents=[common], help="create a demo vault of synthetic cases")
    p.add_argument("--people", type=int, default=300, help="number of cases (default 300)")
    p.add_argument("--seed", type=int, default=1, help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_demo)
    p = sub.add_parser("check", parents=[common], help="run the integrity checks")
    p.set_defaults(func=cmd_check)
    p = sub.add_parser("backup", parents=[common], help="write a verified encrypted backup")
    p.add_argument("-o", "--output", required=True, help="backup file to write")
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("restore", parents=[common], help="restore a backup as the vault")
    p.add_argument("file", help="a .ctbackup file")
    p.set_defaults(func=cmd_restore)
    p = sub.add_parser("passwd", parents=[common], help="change the passphrase")
    p.set_defaults(func=cmd_passwd)
    p = sub.add_parser("recovery-code", parents=[common], help="replace the recovery code")
    p.set_defaults(func=cmd_recovery_code)
    p = sub.add_parser("erase", parents=[common], help="destroy the vault and its backups")
    p.add_argument("--yes", action="store_true", help="confirm")
    p.set_defaults(func=cmd_erase)
    p = sub.add_parser("undo", parents=[common], help="undo the last change")
    p.set_defaults(func=cmd_undo)
    p = sub.add_parser("redo", parents=[common], help="redo the last undone change")
    p.set_defaults(func=cmd_redo)
