"""The build step: what each level and each consent lets into a summary, tested without a PDF."""

from __future__ import annotations

import datetime as dt

import pytest

from casetracker.domain.enums import Consent, ReportLevel, Status
from casetracker.domain.errors import ValidationError
from casetracker.reports import consent, data, labels, sample, scripttext
from casetracker.services import cases, reporters, statuses
from tests.reports.conftest import ORG, RECIPIENT

SENSITIVE_AT = {
    # value -> the narrowest level it may appear at
    sample.PRC_ID: ReportLevel.EMBASSY,
    sample.KZ_IIN: ReportLevel.EMBASSY,
    sample.DAUGHTER["name"]: ReportLevel.EMBASSY,
    sample.WIFE["name"]: ReportLevel.EMBASSY,
    sample.SON["name"]: ReportLevel.INTERNAL,  # his consent: internal only
    sample.DAUGHTER["phone"]: ReportLevel.INTERNAL,
    sample.WIFE["phone"]: ReportLevel.INTERNAL,
    "A. Schmidt": ReportLevel.INTERNAL,  # an official's name
    "WhatsApp": ReportLevel.INTERNAL,  # background notes
    "Family photo sent by the daughter": ReportLevel.EMBASSY,  # a source note
    "Taken from home at night": ReportLevel.EMBASSY,  # an event note
}
ORDER = [ReportLevel.PUBLIC, ReportLevel.EMBASSY, ReportLevel.INTERNAL]


def everything(report: data.CaseReport) -> str:
    """Every string of the report, labels included, as one text."""
    parts = [report.title, report.subject, *report.user_texts(), *report.consent_statement]
    parts += [fact.label for fact in report.facts]
    for row in report.timeline:
        parts += [row.date, row.status_label, row.source, row.confidence]
    for member in report.family:
        parts += [member.relationship, member.consent]
    return "\n".join(parts)


@pytest.mark.parametrize("level", ORDER)
def test_each_value_appears_exactly_from_its_level_on(session, long_case, level):
    report = data.build(session, long_case, level, "en", recipient=RECIPIENT)
    text = everything(report)
    for value, narrowest in SENSITIVE_AT.items():
        allowed = ORDER.index(level) >= ORDER.index(narrowest)
        assert (value in text) is allowed, (value, level)


def test_public_shows_relationships_of_consenting_relatives_only(session, long_case):
    report = data.build(session, long_case, "public", "en")
    assert [m.relationship for m in report.family] == ["Spouse"]  # the wife consented to public
    assert all(not (m.name or m.phone or m.city) for m in report.family)
    assert report.family_withheld
    assert "identifiers" in report.withheld and "family names" in report.withheld


def test_embassy_names_relatives_without_contacts(session, long_case):
    report = data.build(session, long_case, "embassy", "en")
    assert [(m.name, m.relationship) for m in report.family] == [
        (sample.DAUGHTER["name"], "Son or daughter"),
        (sample.WIFE["name"], "Spouse"),
    ]
    assert all(not (m.phone or m.city or m.consent) for m in report.family)
    assert {f.value for f in report.facts} >= {sample.PRC_ID, sample.KZ_IIN, "E1234567"}


def test_internal_has_everything(session, long_case):
    report = data.build(session, long_case, "internal", "en")
    assert [m.name for m in report.family] == [
        sample.DAUGHTER["name"],
        sample.SON["name"],
        sample.WIFE["name"],
    ]
    assert report.family[1].phone == sample.SON["phone"]
    assert report.family[1].consent == "Internal use only"
    assert report.background == sample.NOTES
    assert not report.withheld


def test_public_birth_date_is_only_the_year(session, long_case):
    public = {f.label: f.value for f in data.build(session, long_case, "public", "en").facts}
    embassy = {f.label: f.value for f in data.build(session, long_case, "embassy", "en").facts}
    assert public["Born"] == "1975"
    assert embassy["Born"] == "14 March 1975"


def test_person_consent_refuses_a_wider_level(session, long_case):
    cases.update(session, long_case, consent="embassy_un")
    with pytest.raises(ValidationError) as err:
        data.build(session, long_case, "public", "en")
    assert err.value.field == "level"
    assert "embassy" in err.value.message and "CT-" in err.value.message
    assert data.build(session, long_case, "embassy", "en").level is ReportLevel.EMBASSY
    cases.update(session, long_case, consent="internal")
    with pytest.raises(ValidationError):
        data.build(session, long_case, "embassy", "en")
    assert data.build(session, long_case, "internal", "en")
    assert data.refused(session, [long_case], "public")


@pytest.mark.parametrize(
    ("consent", "widest"),
    [
        (Consent.INTERNAL, ReportLevel.INTERNAL),
        (Consent.EMBASSY, ReportLevel.EMBASSY),
        (Consent.PUBLIC, ReportLevel.PUBLIC),
    ],
)
def test_widest_level(consent, widest):
    assert data.widest_level(consent) is widest


def test_prc_claim_is_shown_beside_the_family_account_never_instead(session, long_case):
    report = data.build(session, long_case, "embassy", "en")
    assert report.current is not None and not report.current.official
    assert report.current.status is Status.IMPRISONED
    assert report.current.as_of == "about 2023"
    assert report.current.source == "Family testimony"
    assert report.official is not None and report.official.official
    assert report.official.status is Status.EXIT_BANNED
    assert report.official.source == "PRC official statement"
    official_rows = [row.source for row in report.timeline if row.official]
    assert official_rows == [
        "PRC official statement",
        'PRC "proof-of-life" video',
        "PRC official statement",
    ]
    assert report.current_status_label == "Sentenced / in prison"


def test_only_prc_claims_give_no_family_account(session):
    pid = cases.create(session, names=["Тест Тестұлы"], consent="public").created_ids[0]
    statuses.add_event(session, pid, "released", date="2019", source_type="prc_official")
    report = data.build(session, pid, "public", "en")
    assert report.current is None
    assert report.official is not None and report.official.status is Status.RELEASED
    older = cases.create(session, names=["Екінші"], consent="public").created_ids[0]
    statuses.add_event(session, older, "released", date="2018", source_type="prc_official")
    statuses.add_event(session, older, "detained_camp", date="2019")
    assert data.build(session, older, "public", "en").official is None  # older claim: timeline


def test_names_latin_first_then_cyrillic_arabic_chinese_then_aliases(session, long_case):
    report = data.build(session, long_case, "public", "en")
    assert [n.text for n in report.names] == [n["text"] for n in sample.NAMES]
    assert [n.script for n in report.names][:4] == ["Latin", "Cyrillic", "Arabic script", "Chinese"]
    assert [n.kind for n in report.names] == ["passport", "", "", "", "alias", "alias"]
    assert [n.rtl for n in report.names] == [False, False, True, False, False, False]
    assert report.display_name == "Qaliolla Tursynuly"


def test_names_order_does_not_depend_on_entry_order(session):
    pid = cases.create(
        session, names=["哈力奥拉", "قالىوللا", "Qaliolla", "Қалиолла"], consent="public"
    ).created_ids[0]
    report = data.build(session, pid, "public", "en")
    assert [n.text for n in report.names] == ["Qaliolla", "Қалиолла", "قالىوللا", "哈力奥拉"]


def test_free_text_is_scrubbed_of_withheld_values(session, long_case):
    cases.update(
        session,
        long_case,
        request=f"Call {sample.SON['name']} on 8 (705) 555-0199 or see ID {sample.PRC_ID}.",
    )
    public = data.build(session, long_case, "public", "en").request
    embassy = data.build(session, long_case, "embassy", "en").request
    internal = data.build(session, long_case, "internal", "en").request
    assert public == "Call [withheld] on [withheld] or see ID [withheld]."
    assert embassy == f"Call [withheld] on [withheld] or see ID {sample.PRC_ID}."
    assert sample.SON["name"] in internal and "555-0199" in internal


def test_scrubber_leaves_dates_and_short_numbers_alone():
    scrub = consent.Scrubber(["+7 701 205 2018", "Ali"], "[x]")
    assert scrub("Letter of 12.05.2018, case 42, Alibek") == "Letter of 12.05.2018, case 42, Alibek"
    assert scrub("tel. 8-701-205-20-18") == "tel. [x]"


@pytest.mark.parametrize("lang", list(labels.LANGUAGES))
def test_languages_change_labels_and_dates_not_names(session, long_case, lang):
    report = data.build(session, long_case, "embassy", lang, today=dt.date(2025, 3, 12))
    first = {"en": "autumn 2017", "ru": "осень 2017\u00a0г.", "kk": "2017\u00a0ж. күзі"}[lang]
    assert report.timeline[0].date == first
    assert (
        report.prepared_words
        == {
            "en": "12 March 2025",
            "ru": "12 марта 2025\u00a0г.",
            "kk": "2025\u00a0ж. 12 наурыз",
        }[lang]
    )
    assert [n.text for n in report.names] == [n["text"] for n in sample.NAMES]
    assert report.title.endswith("CT-0001")


def test_russian_status_words_agree_with_sex(session, long_case):
    assert data.build(session, long_case, "embassy", "ru").current.label == "Осуждён, в заключении"
    cases.update(session, long_case, sex="female")
    report = data.build(session, long_case, "embassy", "ru")
    assert report.current.label == "Осуждена, в заключении"
    assert {f.value for f in report.facts} >= {"казашка"}


def test_report_holds_its_context(session, long_case):
    report = data.build(
        session, long_case, "embassy", "en", recipient=f"  {RECIPIENT} ", today=dt.date(2025, 1, 2)
    )
    assert report.organization == ORG
    assert report.marking == "CONFIDENTIAL"
    assert report.recipient == RECIPIENT
    assert report.level_label == "Embassies and UN bodies"
    assert report.title == "Case summary CT-0001"
    assert report.subject == "Level: Embassies and UN bodies; Prepared: 2025-01-02"
    assert report.photo is not None and report.photo.data.startswith(b"\x89PNG")
    assert report.annex[0].filename == "portrait.png"
    assert all(len(a.sha256) == 64 for a in report.annex)
    assert len(report.steps) == len(sample._STEPS)
    assert scripttext.unsupported_chars("\n".join(report.user_texts())) == ""


def test_reporter_consent_wider_than_person_still_capped_by_level(session, long_case):
    reporter_id = reporters.add_to_person(
        session, long_case, name="Public Cousin", relationship="cousin", consent="public"
    ).created_ids[0]
    assert reporter_id
    public = data.build(session, long_case, "public", "en")
    assert "Cousin" in [m.relationship for m in public.family]
    assert "Public Cousin" not in everything(public)


def test_unknown_language_is_a_validation_error(session, long_case):
    with pytest.raises(ValidationError) as err:
        data.build(session, long_case, "embassy", "de")
    assert err.value.field == "lang"
