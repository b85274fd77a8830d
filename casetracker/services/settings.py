"""Vault settings: who is working on this laptop, the organisation name printed on reports.

They live inside the encrypted vault, not in QSettings, because a volunteer's or an
organisation's name can identify people too.
"""

from __future__ import annotations

from dataclasses import dataclass

from casetracker.domain.entities import Changes
from casetracker.domain.errors import ValidationError
from casetracker.services import validate as v
from casetracker.services.session import VOLUNTEER_KEY, Session
from casetracker.store.records import SettingRecord


@dataclass(frozen=True)
class Setting:
    key: str
    label: str
    default: str = ""


SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting(VOLUNTEER_KEY, "Volunteer name on this laptop"),
        Setting("report.organization", "Organisation name on reports"),
        Setting("report.default_level", "Default report level", "embassy"),
        Setting("report.marking", "Confidentiality marking", "CONFIDENTIAL"),
    )
}


def get(session: Session, key: str) -> str:
    spec = SETTINGS.get(key)
    row = SettingRecord.get_or_none(SettingRecord.key == key)
    return row.value if row else (spec.default if spec else "")


def set_value(session: Session, key: str, value: str) -> Changes:
    if key not in SETTINGS:
        raise ValidationError(key, "is not a setting")
    cleaned = v.text(SETTINGS[key].label, value)
    row = SettingRecord.get_or_none(SettingRecord.key == key)
    with session.operation("Change setting") as recorder:
        if row is None:
            recorder.insert(SettingRecord, key=key, value=cleaned)
        else:
            recorder.update(row, value=cleaned)
        op_id = recorder.operation.id
    return Changes("Change setting", op_id)


def volunteer(session: Session) -> str:
    return session.volunteer


def set_volunteer(session: Session, name: str) -> Changes:
    return set_value(session, VOLUNTEER_KEY, name)
