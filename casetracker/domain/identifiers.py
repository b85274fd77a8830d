"""Identity document numbers: checked when typed, because a mistyped ID finds nobody.

A PRC resident ID or a Kazakhstan IIN carries the birth date, the sex and a check digit, so
most typing mistakes can be caught on entry and the message can say exactly what is wrong.
Numbers are stored normalised (no spaces or dashes, upper case) so that the same document
typed twice compares equal.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date
from enum import StrEnum

from casetracker.domain.enums import Sex


class IdentifierType(StrEnum):
    """Kinds of identifier; the values are stored in the vault and in exports."""

    PRC_RESIDENT_ID = "prc_resident_id"
    PASSPORT = "passport"
    KZ_IIN = "kz_iin"
    OTHER = "other"


_SEPARATORS = re.compile(r"[\s\-‐‑‒–—―]+")
MAX_OTHER_LENGTH = 100


def _compact(value: str) -> str:
    """NFKC (full-width digits from a Chinese keyboard become ASCII), no separators, upper."""
    return _SEPARATORS.sub("", unicodedata.normalize("NFKC", value)).upper()


def _birth_date(digits: str) -> date:
    """The YYYYMMDD date in `digits`, refused if it is not a real day or lies in the future."""
    try:
        born = date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        raise ValueError(f"birth date {digits} is not a date") from None
    if born > date.today():
        raise ValueError(f"birth date {digits} is in the future")
    return born


def _sex(digit: str) -> Sex:
    return Sex.MALE if int(digit) % 2 else Sex.FEMALE


# --------------------------------------------------------------------------------------------
# PRC resident identity card (GB 11643-1999)

_PRC_FORMAT = re.compile(r"\d{17}[\dX]")
_PRC_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_PRC_CHECK = "10X98765432"  # indexed by the weighted sum mod 11 (ISO 7064 MOD 11-2)


def prc_check_character(first17: str) -> str:
    """The check character for the first 17 digits of a PRC resident ID."""
    return _PRC_CHECK[sum(int(d) * w for d, w in zip(first17, _PRC_WEIGHTS, strict=True)) % 11]


def _validate_prc(value: str) -> str:
    """Area (6) + birth date YYYYMMDD (8) + sequence (3, odd for men) + check character."""
    number = _compact(value)
    if len(number) != 18:
        raise ValueError(f"PRC resident ID must have 18 characters (got {len(number)})")
    if not _PRC_FORMAT.fullmatch(number):
        raise ValueError("PRC resident ID must be 17 digits followed by a digit or X")
    _birth_date(number[6:14])
    expected = prc_check_character(number[:17])
    if number[17] != expected:
        raise ValueError(f"check digit should be {expected}, not {number[17]}")
    return number


def prc_id_facts(value: str) -> tuple[date, Sex]:
    """Birth date and sex ("male"/"female") written in a PRC resident ID; validates it first."""
    number = _validate_prc(value)
    return _birth_date(number[6:14]), _sex(number[16])


# --------------------------------------------------------------------------------------------
# Kazakhstan individual identification number (IIN)

_IIN_FORMAT = re.compile(r"\d{12}")
#: Second weights are used when the first give remainder 10; a second 10 means no valid IIN.
_IIN_WEIGHTS = ((1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2))
#: 7th digit -> century of birth; odd digits are men, even digits women.
_IIN_CENTURY = {"1": "18", "2": "18", "3": "19", "4": "19", "5": "20", "6": "20"}


def kz_iin_check_digit(first11: str) -> int | None:
    """The IIN check digit for the first 11 digits, or None if no check digit can exist."""
    for weights in _IIN_WEIGHTS:
        remainder = sum(int(d) * w for d, w in zip(first11, weights, strict=True)) % 11
        if remainder != 10:
            return remainder
    return None


def _iin_birth_digits(number: str) -> str:
    century = _IIN_CENTURY.get(number[6])
    if century is None:
        raise ValueError(f"7th digit must be 1–6 (century of birth and sex), not {number[6]}")
    return century + number[:6]


def _validate_iin(value: str) -> str:
    """YYMMDD + century/sex digit + 4-digit registration number + check digit."""
    number = _compact(value)
    if not number.isascii() or not number.isdigit():
        raise ValueError("Kazakhstan IIN must contain only digits")
    if not _IIN_FORMAT.fullmatch(number):
        raise ValueError(f"Kazakhstan IIN must have 12 digits (got {len(number)})")
    _birth_date(_iin_birth_digits(number))
    expected = kz_iin_check_digit(number[:11])
    if expected is None:
        raise ValueError("no IIN can start with these 11 digits (its check digit would be 10)")
    if int(number[11]) != expected:
        raise ValueError(f"check digit should be {expected}, not {number[11]}")
    return number


def kz_iin_facts(value: str) -> tuple[date, Sex]:
    """Birth date and sex written in a Kazakhstan IIN; validates it first."""
    number = _validate_iin(value)
    return _birth_date(_iin_birth_digits(number)), _sex(number[6])


# --------------------------------------------------------------------------------------------
# Passports and anything else


def _validate_passport(value: str) -> str:
    """Passport numbers differ by country; we only insist on 5-20 letters or digits."""
    number = _compact(value)
    if not number.isalnum():
        raise ValueError("passport number may contain only letters and digits")
    if not 5 <= len(number) <= 20:
        raise ValueError(f"passport number must have 5–20 letters or digits (got {len(number)})")
    return number


def _validate_other(value: str) -> str:
    """Kept as typed (trimmed): we cannot know its rules."""
    text = " ".join(value.split())
    if not text:
        raise ValueError("identifier is empty")
    if len(text) > MAX_OTHER_LENGTH:
        raise ValueError(f"identifier is longer than {MAX_OTHER_LENGTH} characters")
    return text


_VALIDATORS: dict[IdentifierType, Callable[[str], str]] = {
    IdentifierType.PRC_RESIDENT_ID: _validate_prc,
    IdentifierType.KZ_IIN: _validate_iin,
    IdentifierType.PASSPORT: _validate_passport,
    IdentifierType.OTHER: _validate_other,
}


def validate_identifier(kind: IdentifierType, value: str) -> str:
    """The normalised number, or ValueError saying what is wrong with it."""
    if not isinstance(value, str):
        raise ValueError(f"identifier must be text, not {type(value).__name__}")
    return _VALIDATORS[IdentifierType(kind)](value)
