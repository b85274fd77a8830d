"""The command line: `casetracker [--vault PATH] [SUBCOMMAND ...]`.

A public interface that scripts depend on: extend it, never rename or break it. Every error is
one line on stderr and a non-zero exit code, never a traceback (set CASETRACKER_DEBUG=1 to see one).
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback

from casetracker import __version__
from casetracker.cli import (
    bundle_commands,
    case_commands,
    report_commands,
    search_commands,
    vault_commands,
)
from casetracker.cli.common import err
from casetracker.domain.errors import CaseTrackerError, NotAVault, ValidationError, WrongPassphrase

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, not argparse's usage block
        err(f"casetracker: {message} (see --help)")
        sys.exit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--vault", default=argparse.SUPPRESS, metavar="PATH", help="the vault folder (.ctvault)"
    )
    parser = _Parser(
        prog="casetracker",
        description="Encrypted case records for relatives detained in Xinjiang.",
    )
    parser.add_argument("--vault", default=None, metavar="PATH", help="the vault folder")
    parser.add_argument("--version", action="version", version=f"casetracker {__version__}")
    parser.add_argument("--rally", action="store_true", help="open the quick rally entry screen")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    vault_commands.register(sub, common)
    case_commands.register(sub, common)
    bundle_commands.register(sub, common)
    report_commands.register(sub, common)
    search_commands.register(sub, common)
    return parser


def run(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from casetracker.app import run_gui

        return run_gui(args)
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
