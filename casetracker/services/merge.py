"""Merge two cases recorded for the same person into one, as one undoable operation.

Everything the dropped case owns moves to the kept case, except rows the kept case already
has (the same name in the same script, the same identifier, the same reporter ...). Single
fields that both cases fill differently are conflicts the user decides (`conflicts` lists them
for the GUI); a field only the dropped case fills is taken over without asking. The dropped
reference keeps working in search (a `merged_ref.` setting points it at the kept case), and
the whole merge is one labelled operation, so the audit log shows it and Undo restores both
cases exactly.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from casetracker.domain.entities import Changes
from casetracker.domain.errors import CaseTrackerError, ValidationError
from casetracker.services import derived, readers
from casetracker.services.searching import MERGED_REF_PREFIX
from casetracker.services.session import Session
from casetracker.store import namekeys
from casetracker.store.oplog import Recorder
from casetracker.store.records import (
    TRACKED,
    AttachmentRecord,
    BaseRecord,
    DispatchRecord,
    IdentifierRecord,
    InteractionPersonRecord,
    NameRecord,
    PersonRecord,
    PersonReporterRecord,
    SettingRecord,
    StatusEventRecord,
    utcnow,
)

__all__ = ["FIELDS", "PERSON_OWNED", "Conflict", "OwnedTable", "conflicts", "merge"]

LABEL = "Merge cases"


@dataclass(frozen=True)
class OwnedTable:
    """Rows that belong to one person and move to the kept case.

    ``same``: columns that make a row of the dropped case a copy of one the kept case already
    has; such a row is deleted instead of moved. Empty: every row moves.
    """

    model: type[BaseRecord]
    same: tuple[str, ...] = ()


#: An event of the dropped case equal to one of the kept case in all of these is a copy.
_EVENT_COLUMNS = (
    *("status", "date", "facility", "place", "source_type"),
    *("confidence", "sentence", "charge", "note"),
)
#: Every table whose rows belong to a person. A table added later must be listed here: merge
#: refuses to run while the dropped case still owns rows of a table it does not know, rather
#: than let the database cascade them away where undo cannot see them.
PERSON_OWNED: tuple[OwnedTable, ...] = (
    OwnedTable(NameRecord, ("text", "script")),
    OwnedTable(IdentifierRecord, ("kind", "value")),
    OwnedTable(StatusEventRecord, _EVENT_COLUMNS),
    OwnedTable(PersonReporterRecord, ("reporter",)),
    OwnedTable(InteractionPersonRecord, ("interaction",)),
    OwnedTable(AttachmentRecord, ("sha256",)),
    OwnedTable(DispatchRecord),  # every exported summary stays in the log
)

#: Single fields decided by the user when both cases fill them differently: field -> columns.
FIELDS: dict[str, tuple[str, ...]] = {
    "sex": ("sex",),
    "birth_date": ("birth_date", "birth_lower", "birth_upper"),
    "age_range": ("age_min", "age_max"),
    "hometown": ("hometown",),
    "ethnicity": ("ethnicity",),
    "citizenship": ("citizenship",),
    "occupation": ("occupation",),
    "notes": ("notes",),
    "request": ("request",),
    "consent": ("consent",),
}
#: Free-text fields that may also keep both texts ("both"), the kept case's first.
_JOINABLE = frozenset({"notes", "request"})
_EMPTY = (None, "", "unknown")


@dataclass(frozen=True)
class Conflict:
    """A single field both cases fill differently; values as stored (for display)."""

    field: str
    keep: str
    drop: str


def _values(person: PersonRecord, field: str) -> tuple:
    return tuple(getattr(person, column) for column in FIELDS[field])


def _is_empty(values: tuple) -> bool:
    return all(value in _EMPTY for value in values)


def _shown(field: str, values: tuple) -> str:
    if field == "age_range":
        return "–".join("" if v is None else str(v) for v in values)
    return str(values[0])  # birth_date: its EDTF text, not the derived bounds


def _conflicts(keep: PersonRecord, drop: PersonRecord) -> list[Conflict]:
    found = []
    for field in FIELDS:
        mine, theirs = _values(keep, field), _values(drop, field)
        if mine != theirs and not _is_empty(mine) and not _is_empty(theirs):
            found.append(Conflict(field, _shown(field, mine), _shown(field, theirs)))
    return found


def conflicts(session: Session, keep_id: int, drop_id: int) -> list[Conflict]:
    """Single fields the user must decide before merging (the GUI shows one choice each)."""
    keep, drop = _pair(keep_id, drop_id)
    return _conflicts(keep, drop)


def _pair(keep_id: int, drop_id: int) -> tuple[PersonRecord, PersonRecord]:
    if keep_id == drop_id:
        raise ValidationError("drop_id", "a case cannot be merged with itself")
    return readers.person_record(keep_id), readers.person_record(drop_id)


def _check_choices(choices: Mapping[str, str]) -> None:
    for field, choice in choices.items():
        if field not in FIELDS:
            raise ValidationError(field, "is not a field that merging decides")
        allowed = ("keep", "drop", "both") if field in _JOINABLE else ("keep", "drop")
        if choice not in allowed:
            raise ValidationError(field, f"choose one of {', '.join(allowed)}")


def _merged_fields(keep: PersonRecord, drop: PersonRecord, choices: Mapping[str, str]) -> dict:
    values: dict = {}
    for field, columns in FIELDS.items():
        mine, theirs = _values(keep, field), _values(drop, field)
        if mine == theirs or _is_empty(theirs):
            continue
        choice = "drop" if _is_empty(mine) else choices.get(field, "keep")
        if choice == "drop":
            values.update(zip(columns, theirs, strict=True))
        elif choice == "both":
            values[columns[0]] = f"{mine[0]}\n\n{theirs[0]}"
    return values


def _row_key(row: BaseRecord, table: OwnedTable) -> tuple:
    return tuple(row.__data__.get(column) for column in table.same)  # foreign keys as ids


def _move_rows(recorder: Recorder, table: OwnedTable, keep_id: int, drop_id: int) -> None:
    model = table.model
    kept = set()
    if table.same:
        kept = {_row_key(row, table) for row in model.select().where(model.person == keep_id)}
    position = _next_position(keep_id) if model is NameRecord else None
    for row in model.select().where(model.person == drop_id).order_by(model.id):
        key = _row_key(row, table)
        if table.same and key in kept:
            recorder.delete(row)
            continue
        kept.add(key)
        if position is None:
            recorder.update(row, person=keep_id)
        else:
            recorder.update(row, person=keep_id, position=position)
            position += 1


def _next_position(person_id: int) -> int:
    positions = [r.position for r in NameRecord.select().where(NameRecord.person == person_id)]
    return max(positions, default=-1) + 1


def _check_nothing_left(drop_id: int) -> None:
    known = {table.model for table in PERSON_OWNED}
    for entity, model in TRACKED.items():
        person = model._meta.fields.get("person")
        if model is PersonRecord or model in known or person is None:
            continue
        if model.select().where(person == drop_id).exists():
            raise CaseTrackerError(
                f"cannot merge: the case still owns {entity} rows that merge does not move "
                "(add the table to merge.PERSON_OWNED)"
            )


def _redirect_refs(recorder: Recorder, keep: PersonRecord, drop: PersonRecord) -> None:
    """Old references of the dropped case (and of cases merged into it) find the kept one."""
    for row in SettingRecord.select().where(
        SettingRecord.key.startswith(MERGED_REF_PREFIX) & (SettingRecord.value == drop.uuid)
    ):
        recorder.update(row, value=keep.uuid)
    key = MERGED_REF_PREFIX + drop.ref
    existing = SettingRecord.get_or_none(SettingRecord.key == key)
    if existing is None:
        recorder.insert(SettingRecord, key=key, value=keep.uuid)
    else:
        recorder.update(existing, value=keep.uuid)


def merge(
    session: Session, keep_id: int, drop_id: int, choices: Mapping[str, str] | None = None
) -> Changes:
    """Move everything of ``drop_id`` to ``keep_id`` and delete ``drop_id``; undoable.

    ``choices`` decides conflicting single fields: field -> "keep" (the default) or "drop";
    notes and request also take "both".
    """
    choices = dict(choices or {})
    _check_choices(choices)
    keep, drop = _pair(keep_id, drop_id)
    with session.operation(LABEL) as recorder:
        values = _merged_fields(keep, drop, choices)
        for table in PERSON_OWNED:
            _move_rows(recorder, table, keep_id, drop_id)
        _check_nothing_left(drop_id)
        _redirect_refs(recorder, keep, drop)
        recorder.delete(drop)
        recorder.update(keep, **values)
        derived.refresh(recorder, keep)
        recorder.update(keep, updated_at=utcnow())
        namekeys.reindex_persons([keep_id, drop_id])
        op_id = recorder.operation.id
    return Changes(LABEL, op_id, frozenset({keep_id, drop_id}), list_changed=True)
