"""Typed errors the core raises; the GUI and the CLI decide how to show them.

Every error carries a message that can be shown to a volunteer as one line.
"""

from __future__ import annotations


class CaseTrackerError(Exception):
    """Base of every error a user may see; `str(err)` is the one-line message."""


class ValidationError(CaseTrackerError):
    """Input rejected before anything was written; names the field at fault."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class NotFound(CaseTrackerError):
    """A case, contact or record that the caller named does not exist."""


class VaultError(CaseTrackerError):
    """Base for problems opening or using a vault."""


class WrongPassphrase(VaultError):
    """The key slot did not open: the passphrase (or recovery code) is wrong."""

    def __init__(self, message: str = "wrong passphrase") -> None:
        super().__init__(message)


class NotAVault(VaultError):
    """The path is damaged, truncated or not a CaseTracker vault at all."""


class VaultExists(VaultError):
    """Refusing to create a vault over an existing one."""


class NothingToUndo(CaseTrackerError):
    """Undo or redo was asked for with an empty stack."""
