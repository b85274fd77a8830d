"""Every value a summary prints has words in every report language."""

from __future__ import annotations

import re

import pytest

from casetracker.domain.enums import (
    Confidence,
    Consent,
    Direction,
    Ethnicity,
    InteractionKind,
    NameKind,
    Relationship,
    ReportLevel,
    Response,
    Script,
    Sex,
    SourceType,
    Status,
)
from casetracker.domain.identifiers import IdentifierType
from casetracker.reports import labels

VOCABULARIES = (
    Status, SourceType, Confidence, Sex, Consent, ReportLevel, Relationship, InteractionKind,
    Direction, Response, IdentifierType, Ethnicity, Script,
)  # fmt: skip


@pytest.mark.parametrize("lang", list(labels.LANGUAGES))
def test_every_vocabulary_value_has_words(lang):
    for enum in VOCABULARIES:
        for member in enum:
            for sex in Sex:
                words = labels.enum_label(lang, member, sex)
                assert words and words != member.value, (lang, member)


def test_values_shared_between_vocabularies_keep_their_own_words():
    # "unknown" is a Sex and a Status, "public" a Consent and a ReportLevel
    assert labels.enum_label("en", Sex.UNKNOWN) == "Not known"
    assert labels.enum_label("en", Status.UNKNOWN) == "Unknown"
    assert labels.enum_label("en", Consent.INTERNAL) == "Internal use only"
    assert labels.enum_label("en", ReportLevel.INTERNAL) == "Internal"
    assert labels.enum_label("en", SourceType.MEDIA) == "Media"


def test_primary_names_have_no_kind_word():
    assert {labels.enum_label(lang, NameKind.PRIMARY) for lang in labels.LANGUAGES} == {""}


def test_russian_agrees_with_sex_and_kazakh_has_no_gender():
    assert labels.enum_label("ru", Status.DIED, Sex.MALE) == "Умер"
    assert labels.enum_label("ru", Status.DIED, Sex.FEMALE) == "Умерла"
    assert labels.enum_label("ru", Status.DIED, Sex.UNKNOWN) == "Умер(ла)"
    assert labels.enum_label("kk", Status.DIED, Sex.FEMALE) == "Қайтыс болған"


def test_every_language_has_the_same_phrases_and_placeholders():
    keys = set(labels._TEXT["en"])
    for lang in labels.LANGUAGES:
        assert set(labels._TEXT[lang]) == keys, lang
        assert set(labels._CONSENT[lang]) == set(labels._CONSENT["en"]), lang
        for key in keys:
            fields = set(re.findall(r"{(\w+)}", labels._TEXT[lang][key]))
            assert fields == set(re.findall(r"{(\w+)}", labels._TEXT["en"][key])), (lang, key)


def test_sizes_and_unknown_language():
    assert labels.size_label("en", 512) == "512 B"
    assert labels.size_label("ru", 4096) == "4 КБ"
    assert labels.size_label("kk", 3 * 1024 * 1024) == "3.0 МБ"
    assert labels.ethnicity_label("ru", "kazakh", Sex.FEMALE) == "казашка"
    assert labels.ethnicity_label("en", "Dungan") == "Dungan"
    with pytest.raises(ValueError):
        labels.text("de", "title")
