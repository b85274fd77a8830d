"""CaseTracker: offline, encrypted case records for relatives detained in Xinjiang."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("casetracker")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+source"
