"""CaseTracker: offline, encrypted case records for relatives detained in Xinjiang."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # `__version__` is looked up on first use: importlib.metadata pulls in email and zipfile,
    # about 40 ms that every start of the app and of each command used to pay up front.
    if name != "__version__":
        raise AttributeError(f"module 'casetracker' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("casetracker")
    except PackageNotFoundError:  # running from a source tree that is not installed
        found = "0.0.0+source"
    globals()["__version__"] = found
    return found
