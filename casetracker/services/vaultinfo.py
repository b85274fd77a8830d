"""Whole-vault lookups used by interchange and checks: UUID maps and id lists."""

from __future__ import annotations

from casetracker.store.records import (
    ContactRecord,
    FacilityRecord,
    InteractionRecord,
    OrganizationRecord,
    PersonRecord,
    ReporterRecord,
)

_MODELS = {
    "person": PersonRecord,
    "facility": FacilityRecord,
    "organization": OrganizationRecord,
    "contact": ContactRecord,
    "reporter": ReporterRecord,
    "interaction": InteractionRecord,
}


def uuid_maps() -> dict[str, dict]:
    """`{kind: {id: uuid}}` and `{kind_by_uuid: {uuid: id}}` for every kind of record."""
    maps: dict[str, dict] = {}
    for kind, model in _MODELS.items():
        pairs = list(model.select(model.id, model.uuid).tuples())
        maps[kind] = dict(pairs)
        maps[f"{kind}_by_uuid"] = {u: i for i, u in pairs}
    return maps


def all_person_ids() -> list[int]:
    return [
        pid for (pid,) in PersonRecord.select(PersonRecord.id).order_by(PersonRecord.ref).tuples()
    ]
