"""Rally mode (issue 8): the quick-entry screen, its duplicate suggestions and today's review."""

from casetracker.gui.rally.panel import RallyPanel

__all__ = ["RallyPanel"]
