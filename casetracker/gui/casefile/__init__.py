"""The case file of one person (issue 3): header, sections and their editing rules."""

from casetracker.gui.casefile.panel import CaseFilePanel

__all__ = ["CaseFilePanel"]
