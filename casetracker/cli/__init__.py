"""The command line: `casetracker [--vault PATH] [SUBCOMMAND ...]`.

A public interface that scripts depend on: extend it, never rename or break it. Every error is
one line on stderr and a non-zero exit code, never a traceback (set CASETRACKER_DEBUG=1 to see one).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import traceback

from casetracker.domain.errors import CaseTrackerError, NotAVault, ValidationError, WrongPassphrase
from casetracker.launch import read_start

#: Modules registering subcommands, and the names they register. The desktop app starts without
#: importing them (reportlab, spreadsheets...): they cost most of a second at start-up.
COMMAND_MODULES = {
    "casetracker.cli.vault_commands": (
        "init",
        "demo",
        "check",
        "backup",
        "restore",
        "passwd",
        "recovery-code",
        "erase",
        "undo",
        "redo",
    ),
    "casetracker.cli.case_commands": ("search", "show", "export", "import"),
    "casetracker.cli.bundle_commands": ("bundle",),
    "casetracker.cli.report_commands": ("report",),
    "casetracker.cli.search_commands": ("duplicates",),
}
COMMANDS = frozenset(name for names in COMMAND_MODULES.values() for name in names)
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3


def err(text: str) -> None:
    """One line on stderr. Defined here, not in `cli.common` (which re-exports it): the desktop
    app does not load that module (vault paths, platformdirs) before it starts deriving the key.
    """
    sys.stderr.write(text + "\n")


class _VersionAction(argparse.Action):
    """`--version`, reading the installed version only when asked (importlib.metadata is slow
    to import, and every start of the app goes through this parser)."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, **kw):
        super().__init__(option_strings, dest=dest, default=default, nargs=0, **kw)

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        from casetracker import __version__

        print(f"casetracker {__version__}")  # stdout, as argparse's own version action does
        parser.exit()


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, not argparse's usage block
        err(f"casetracker: {message} (see --help)")
        sys.exit(EXIT_USAGE)


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--vault", default=argparse.SUPPRESS, metavar="PATH", help="the vault folder (.ctvault)"
    )
    parser = _Parser(
        prog="casetracker",
        description="Encrypted case records for relatives detained in Xinjiang.",
    )
    parser.add_argument("--vault", default=None, metavar="PATH", help="the vault folder")
    parser.add_argument(
        "--version", action=_VersionAction, help="show program's version number and exit"
    )
    parser.add_argument("--rally", action="store_true", help="open the quick rally entry screen")
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    for module in COMMAND_MODULES:
        importlib.import_module(module).register(sub, common)
    return parser


def _wants_gui(argv: list[str]) -> bool:
    """No subcommand and no help asked: the desktop app (parsed without the command modules)."""
    return read_start(argv)[0]


def run(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser(with_commands=not _wants_gui(argv)).parse_args(argv)
    if args.command is None:
        # The desktop app. With the passphrase in the environment, key derivation starts now,
        # on a thread, while Qt and the windows load (services/opening.py).
        from casetracker.services.opening import open_from_environment

        opening = open_from_environment(getattr(args, "vault", None))
        from casetracker.app import run_gui

        return run_gui(args, opening)
    return args.func(args)


def main(argv: list[str] | None = None) -> int:
    try:
        return run(argv)
    except WrongPassphrase as exc:
        err(f"casetracker: {exc}")
    except (NotAVault, ValidationError, CaseTrackerError) as exc:
        err(f"casetracker: {exc}")
    except KeyboardInterrupt:
        err("casetracker: interrupted; nothing was changed by the unfinished step")
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:
        err(f"casetracker: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "))
    except Exception as exc:  # the last line of defence: never a traceback for users
        if os.environ.get("CASETRACKER_DEBUG") == "1":
            traceback.print_exc()
        err(f"casetracker: internal error ({type(exc).__name__}: {exc})")
        return EXIT_INTERNAL
    return EXIT_ERROR
