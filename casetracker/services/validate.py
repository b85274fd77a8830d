"""Input checks shared by the service modules; every failure names the field at fault."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import TypeVar

from casetracker.domain.errors import ValidationError
from casetracker.domain.fuzzydate import AgeRange, FuzzyDate
from casetracker.domain.fuzzydate import from_user as fuzzy_from_user

E = TypeVar("E", bound=StrEnum)
MAX_SHORT = 500
MAX_LONG = 100_000


def text(field: str, value: object, *, required: bool = False, limit: int = MAX_SHORT) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(field, "must be text")
    cleaned = value.strip() if limit == MAX_SHORT else value
    if required and not cleaned.strip():
        raise ValidationError(field, "is required")
    if len(cleaned) > limit:
        raise ValidationError(field, f"is too long ({len(cleaned)} characters, at most {limit})")
    return cleaned


def long_text(field: str, value: object) -> str:
    return text(field, value, limit=MAX_LONG)


def choice(field: str, value: object, enum: type[E]) -> E:
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(m.value for m in enum)
        raise ValidationError(field, f"'{value}' is not one of: {allowed}") from None


def fuzzy(field: str, value: object) -> FuzzyDate | None:
    """Accepts EDTF or the forms volunteers type ('spring 2018', '12.04.2018', 'до 2019')."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, FuzzyDate):
        return value
    try:
        return fuzzy_from_user(str(value))
    except ValueError as exc:
        raise ValidationError(field, str(exc)) from None


def age_range(field: str, value: object) -> AgeRange | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, AgeRange):
        return value
    try:
        return AgeRange.parse(str(value))
    except ValueError as exc:
        raise ValidationError(field, str(exc)) from None


def plain_date(field: str, value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(field, f"'{value}' is not a date (use YYYY-MM-DD)") from None


def iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def timestamp(field: str, value: object) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None, microsecond=0)
    try:
        return dt.datetime.fromisoformat(str(value)).replace(tzinfo=None, microsecond=0)
    except ValueError:
        raise ValidationError(field, f"'{value}' is not a date and time") from None


def apply_rules(rules: dict, fields: dict, what: str) -> dict:
    """Validate `fields` with a table of per-field validators; unknown names are refused."""
    unknown = set(fields) - set(rules)
    if unknown:
        raise ValidationError(sorted(unknown)[0], f"is not a field of {what}")
    return {name: rules[name](value) for name, value in fields.items()}
