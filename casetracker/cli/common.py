"""What every command needs: the vault path, the passphrase, opening, printing errors."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

import platformdirs

from casetracker.cli import err  # noqa: F401 (re-exported for the commands)
from casetracker.domain.errors import CaseTrackerError
from casetracker.services.session import (  # noqa: F401 (re-exported for the commands)
    DEMO_PASSPHRASE,
    PASSPHRASE_ENV,
    Session,
    kdf_for_new_vault,
    open_vault,
)
from casetracker.store.vault import normalize_vault_path

RECOVERY_ENV = "CASETRACKER_RECOVERY_CODE"


class CliError(CaseTrackerError):
    """A usage problem found by the command line itself."""


def default_vault() -> Path:
    return Path(platformdirs.user_data_dir("CaseTracker", appauthor=False)) / "CaseTracker.ctvault"


def vault_path(args) -> Path:
    return normalize_vault_path(getattr(args, "vault", None) or default_vault())


def ask_secret(prompt: str) -> str:
    if not sys.stdin or not sys.stdin.isatty():
        raise CliError(f"no passphrase: set {PASSPHRASE_ENV} or run in a terminal")
    return getpass.getpass(prompt)


def passphrase(prompt: str = "Passphrase: ") -> str:
    value = os.environ.get(PASSPHRASE_ENV)
    return value if value is not None else ask_secret(prompt)


def new_passphrase(*, from_env: bool = True) -> str:
    value = os.environ.get(PASSPHRASE_ENV) if from_env else None
    if value is not None:
        return value
    first = ask_secret("New passphrase: ")
    if first != ask_secret("Repeat the passphrase: "):
        raise CliError("the two passphrases differ")
    return first


def open_session(args) -> Session:
    path = vault_path(args)
    code = os.environ.get(RECOVERY_ENV)
    if code and PASSPHRASE_ENV not in os.environ:
        return open_vault(path, recovery_code=code)
    return open_vault(path, passphrase=passphrase())


def out(text: str = "") -> None:
    sys.stdout.write(text + "\n")
