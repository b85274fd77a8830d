"""Identity numbers: PRC resident ID (GB 11643-1999), Kazakhstan IIN, passports."""

from __future__ import annotations

import contextlib
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casetracker.domain.enums import Sex
from casetracker.domain.identifiers import (
    IdentifierType,
    kz_iin_check_digit,
    kz_iin_facts,
    prc_check_character,
    prc_id_facts,
    validate_identifier,
)

PRC = IdentifierType.PRC_RESIDENT_ID
IIN = IdentifierType.KZ_IIN


def test_identifier_type_values():
    assert [t.value for t in IdentifierType] == ["prc_resident_id", "passport", "kz_iin", "other"]


# --------------------------------------------------------------------------------------------
# PRC resident ID

# The two examples printed in the standard itself, then one built for these tests:
# 650102 (Ürümqi, Tianshan district) + 19800101 + sequence 123 (odd: male). Its check character:
# weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 over 6 5 0 1 0 2 1 9 8 0 0 1 0 1 1 2 3 give
# 42+45+0+5+0+8+2+9+48+0+0+9+0+5+8+8+6 = 195; 195 mod 11 = 8, and 8 maps to "4".
PRC_VALID = [
    ("11010519491231002X", date(1949, 12, 31), Sex.FEMALE),
    ("440524188001010014", date(1880, 1, 1), Sex.MALE),
    ("650102198001011234", date(1980, 1, 1), Sex.MALE),
]


@pytest.mark.parametrize(("number", "born", "sex"), PRC_VALID)
def test_prc_valid(number, born, sex):
    assert validate_identifier(PRC, number) == number
    assert prc_id_facts(number) == (born, sex)
    assert prc_check_character(number[:17]) == number[17]


def test_prc_facts_sex_is_plain_text():
    assert prc_id_facts("11010519491231002X")[1] == "female"
    assert prc_id_facts("650102198001011234")[1] == "male"


@pytest.mark.parametrize(
    "typed",
    [
        "110105 19491231 002x",
        "110105-19491231-002X",
        " 11010519491231002x ",
        "１１０１０５１９４９１２３１００２Ｘ",
    ],
)
def test_prc_normalised(typed):
    assert validate_identifier(PRC, typed) == "11010519491231002X"


@pytest.mark.parametrize(
    ("number", "message"),
    [
        ("11010519491231002", "PRC resident ID must have 18 characters (got 17)"),
        ("1101051949123100211", "PRC resident ID must have 18 characters (got 19)"),
        ("", "PRC resident ID must have 18 characters (got 0)"),
        ("11010519491231002Y", "PRC resident ID must be 17 digits followed by a digit or X"),
        ("X10105194912310021", "PRC resident ID must be 17 digits followed by a digit or X"),
        ("110105199913400012", "birth date 19991340 is not a date"),
        ("110105201902290012", "birth date 20190229 is not a date"),
        ("650102209901011238", "birth date 20990101 is in the future"),
        ("110105194912310021", "check digit should be X, not 1"),
        ("11010519491231003X", "check digit should be 8, not X"),
        ("650102198001011235", "check digit should be 4, not 5"),
    ],
)
def test_prc_invalid(number, message):
    with pytest.raises(ValueError) as caught:
        validate_identifier(PRC, number)
    assert str(caught.value) == message


def test_prc_facts_validates():
    with pytest.raises(ValueError, match="check digit"):
        prc_id_facts("110105194912310021")


@given(st.dates(date(1900, 1, 1), date(2020, 12, 31)), st.integers(0, 999))
def test_prc_any_single_digit_typo_is_caught(born, sequence):
    first17 = f"650102{born:%Y%m%d}{sequence:03d}"
    number = first17 + prc_check_character(first17)
    assert prc_id_facts(number) == (born, Sex.MALE if sequence % 2 else Sex.FEMALE)
    for position in range(17):
        digit = int(number[position])
        typo = number[:position] + str((digit + 1) % 10) + number[position + 1 :]
        with pytest.raises(ValueError):
            validate_identifier(PRC, typo)


# --------------------------------------------------------------------------------------------
# Kazakhstan IIN

# Worked by hand:
# 800101300125: 8*1 + 0*2 + 0*3 + 1*4 + 0*5 + 1*6 + 3*7 + 0*8 + 0*9 + 1*10 + 2*11 = 71;
#   71 mod 11 = 5. 7th digit 3: 1900s, male.
# 010225504566: 0+2+0+8+10+30+35+0+36+50+66 = 237; 237 mod 11 = 6. Digit 5: 2000s, male.
# 850630400903: the first weights give 8+10+0+24+15+0+28+0+0+90+0 = 175, mod 11 = 10, so the
#   second weights 3 4 5 6 7 8 9 10 11 1 2 give 24+20+0+36+21+0+36+0+0+9+0 = 146, mod 11 = 3.
#   Digit 4: 1900s, female.
IIN_VALID = [
    ("800101300125", date(1980, 1, 1), Sex.MALE),
    ("010225504566", date(2001, 2, 25), Sex.MALE),
    ("850630400903", date(1985, 6, 30), Sex.FEMALE),
]


@pytest.mark.parametrize(("number", "born", "sex"), IIN_VALID)
def test_iin_valid(number, born, sex):
    assert validate_identifier(IIN, number) == number
    assert kz_iin_facts(number) == (born, sex)
    assert kz_iin_check_digit(number[:11]) == int(number[11])


@pytest.mark.parametrize(
    ("digit", "year", "sex"),
    [
        ("1", 1801, Sex.MALE),
        ("2", 1801, Sex.FEMALE),
        ("3", 1901, Sex.MALE),
        ("4", 1901, Sex.FEMALE),
        ("5", 2001, Sex.MALE),
        ("6", 2001, Sex.FEMALE),
    ],
)
def test_iin_centuries(digit, year, sex):
    """7th digit: 1-2 born in the 1800s, 3-4 in the 1900s, 5-6 in the 2000s; odd is male."""
    first11 = next(
        first11
        for serial in range(10000)
        if kz_iin_check_digit(first11 := f"010101{digit}{serial:04d}") is not None
    )
    number = first11 + str(kz_iin_check_digit(first11))
    assert kz_iin_facts(number) == (date(year, 1, 1), sex)


def test_iin_normalised():
    assert validate_identifier(IIN, " 800101 300125 ") == "800101300125"
    assert validate_identifier(IIN, "800101-300-125") == "800101300125"


def test_iin_without_any_check_digit():
    # 85063040099: both weightings give remainder 10 (first 274, second 164), so no IIN
    # begins with these digits.
    assert kz_iin_check_digit("85063040099") is None
    with pytest.raises(ValueError, match="no IIN can start with these 11 digits"):
        validate_identifier(IIN, "850630400990")


@pytest.mark.parametrize(
    ("number", "message"),
    [
        ("80010130012", "Kazakhstan IIN must have 12 digits (got 11)"),
        ("8001013001255", "Kazakhstan IIN must have 12 digits (got 13)"),
        ("80010130012X", "Kazakhstan IIN must contain only digits"),
        ("800101000125", "7th digit must be 1–6 (century of birth and sex), not 0"),
        ("800101700125", "7th digit must be 1–6 (century of birth and sex), not 7"),
        ("801301300125", "birth date 19801301 is not a date"),
        ("800230300125", "birth date 19800230 is not a date"),
        ("800101500125", "birth date 20800101 is in the future"),
        ("800101300124", "check digit should be 5, not 4"),
    ],
)
def test_iin_invalid(number, message):
    with pytest.raises(ValueError) as caught:
        validate_identifier(IIN, number)
    assert str(caught.value) == message


# --------------------------------------------------------------------------------------------
# Passport and other


@pytest.mark.parametrize(
    ("typed", "normalised"),
    [("e12345678", "E12345678"), ("N 1234 5678", "N12345678"), ("AB-12345", "AB12345")],
)
def test_passport_valid(typed, normalised):
    assert validate_identifier(IdentifierType.PASSPORT, typed) == normalised


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("E123", "passport number must have 5–20 letters or digits (got 4)"),
        ("E" * 21, "passport number must have 5–20 letters or digits (got 21)"),
        ("E1234/5678", "passport number may contain only letters and digits"),
    ],
)
def test_passport_invalid(typed, message):
    with pytest.raises(ValueError) as caught:
        validate_identifier(IdentifierType.PASSPORT, typed)
    assert str(caught.value) == message


def test_other_is_kept_as_typed_but_trimmed():
    assert validate_identifier(IdentifierType.OTHER, "  hukou  no. 123 ") == "hukou no. 123"
    with pytest.raises(ValueError, match="identifier is empty"):
        validate_identifier(IdentifierType.OTHER, "   ")
    with pytest.raises(ValueError, match="longer than 100"):
        validate_identifier(IdentifierType.OTHER, "x" * 101)


def test_kind_may_be_given_as_text():
    assert validate_identifier("kz_iin", "800101300125") == "800101300125"  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        validate_identifier("driving_licence", "123")  # type: ignore[arg-type]


@given(st.sampled_from(list(IdentifierType)), st.text(max_size=30))
def test_validate_raises_only_value_error(kind, text):
    with contextlib.suppress(ValueError):
        validate_identifier(kind, text)
