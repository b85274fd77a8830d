"""Consent rules of the summaries, and the scrubber that keeps withheld values out of free text.

A person's or reporter's consent is one of ``internal`` < ``embassy_un`` < ``public``; a summary
level needs the matching consent (:data:`REQUIRED_CONSENT`). Kept apart from the build step so
the GUI can grey out levels and a batch can pre-check cases with the same rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from casetracker.domain.entities import Person
from casetracker.domain.enums import CONSENT_ORDER, Consent, ReportLevel
from casetracker.domain.errors import ValidationError

#: The consent a person or reporter must have given for a level.
REQUIRED_CONSENT: dict[ReportLevel, Consent] = {
    ReportLevel.PUBLIC: Consent.PUBLIC,
    ReportLevel.EMBASSY: Consent.EMBASSY,
    ReportLevel.INTERNAL: Consent.INTERNAL,
}
LEVEL_ORDER = (ReportLevel.INTERNAL, ReportLevel.EMBASSY, ReportLevel.PUBLIC)  # narrowest first


def consent_allows(consent: Consent, level: ReportLevel) -> bool:
    """True if someone who gave ``consent`` agreed to appear at ``level``."""
    return CONSENT_ORDER.index(consent) >= CONSENT_ORDER.index(REQUIRED_CONSENT[level])


def widest_level(consent: Consent) -> ReportLevel:
    """The widest level a summary of a person with ``consent`` may have."""
    return next(lvl for lvl in reversed(LEVEL_ORDER) if consent_allows(consent, lvl))


def check_level(person: Person, level: ReportLevel) -> None:
    """Refuse a level wider than the person's consent (reports/data.py says why)."""
    if not consent_allows(person.consent, level):
        widest = widest_level(person.consent)
        raise ValidationError(
            "level",
            f"{person.ref}: the family's consent ({person.consent.value}) does not allow a "
            f"{level.value} summary; export at the {widest.value} level instead",
        )


class Scrubber:
    """Masks withheld values that printed free text quotes verbatim."""

    def __init__(self, secrets: Sequence[str], mask: str) -> None:
        self.mask = mask
        words = sorted({s.strip() for s in secrets if len(s.strip()) >= 4}, key=len, reverse=True)
        self._words = re.compile("|".join(map(re.escape, words)), re.I) if words else None
        # Phone numbers are compared by their last nine digits, so "+7 701 123 4567" also
        # matches "8 (701) 1234567"; shorter numbers must match whole.
        digits = {re.sub(r"\D", "", s)[-9:] for s in secrets}
        self._numbers = {d for d in digits if len(d) >= 6}

    def __call__(self, text: str) -> str:
        if not text:
            return text
        if self._words is not None:
            text = self._words.sub(self.mask, text)
        if self._numbers:
            text = re.sub(r"\+?\d[\d ()\-.]{4,}\d", self._mask_number, text)
        return text

    def _mask_number(self, match: re.Match[str]) -> str:
        digits = re.sub(r"\D", "", match.group())
        return self.mask if any(n in digits for n in self._numbers) else match.group()
