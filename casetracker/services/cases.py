"""Cases: create, edit and delete a detained person's record, names and identifiers."""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Iterable, Mapping
from typing import Any

from peewee import Cast, fn

from casetracker.domain.entities import Changes, Person
from casetracker.domain.enums import Consent, Ethnicity, NameKind, Script, Sex
from casetracker.domain.errors import ValidationError
from casetracker.domain.identifiers import IdentifierType, validate_identifier
from casetracker.domain.names import NameVariant, clean_name, detect_script
from casetracker.services import derived, readers
from casetracker.services import validate as v
from casetracker.services.session import Session
from casetracker.store import namekeys
from casetracker.store.oplog import Recorder
from casetracker.store.records import (
    AttachmentRecord,
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

REF_PREFIX = "CT-"

#: Editable single fields of a case: field name -> validator returning the stored value.
_FIELD_RULES = {
    "sex": lambda value: v.choice("sex", value, Sex).value,
    "ethnicity": lambda value: v.text("ethnicity", value),
    "citizenship": lambda value: v.text("citizenship", value),
    "hometown": lambda value: v.text("hometown", value),
    "occupation": lambda value: v.text("occupation", value),
    "notes": lambda value: v.long_text("notes", value),
    "request": lambda value: v.long_text("request", value),
    "consent": lambda value: v.choice("consent", value, Consent).value,
}


def get(session: Session, person_id: int) -> Person:
    return readers.person(person_id)


def get_by_ref(session: Session, ref: str) -> Person:
    return readers.person(readers.person_id_for_ref(ref))


def id_for_ref(session: Session, ref: str) -> int:
    return readers.person_id_for_ref(ref)


_REF_MARK = "cases.highest_ref"


def next_ref() -> str:
    """The next free reference: CT- and at least four digits, never reused after a delete."""
    highest = (
        PersonRecord.select(fn.MAX(Cast(fn.SUBSTR(PersonRecord.ref, 4), "INTEGER")))
        .where(PersonRecord.ref.startswith(REF_PREFIX))
        .scalar()
    )
    mark = SettingRecord.get_or_none(SettingRecord.key == _REF_MARK)
    number = max(highest or 0, int(mark.value) if mark else 0) + 1
    return f"{REF_PREFIX}{number:04d}"


def ref_taken(ref: str) -> bool:
    return PersonRecord.select().where(PersonRecord.ref == ref.strip().upper()).exists()


def remember_ref(recorder: Recorder, ref: str) -> None:
    digits = ref.removeprefix(REF_PREFIX)
    if not digits.isdigit():
        return
    mark = SettingRecord.get_or_none(SettingRecord.key == _REF_MARK)
    if mark is None:
        recorder.insert(SettingRecord, key=_REF_MARK, value=digits)
    elif int(mark.value) < int(digits):
        recorder.update(mark, value=digits)


def _name_variants(names: Iterable[NameVariant | str | Mapping[str, str]]) -> list[NameVariant]:
    result: list[NameVariant] = []
    for index, item in enumerate(names):
        field = f"names[{index}]"
        if isinstance(item, NameVariant):
            variant = NameVariant(clean_name(item.text), item.script, item.kind)
        elif isinstance(item, str):
            variant = NameVariant.of(item)
        else:
            text = clean_name(str(item.get("text", "")))
            script = item.get("script") or detect_script(text).value
            variant = NameVariant(
                text,
                v.choice(f"{field}.script", script, Script),
                v.choice(f"{field}.kind", item.get("kind", "primary"), NameKind),
            )
        v.text(field, variant.text, required=True)
        result.append(variant)
    return result


def check_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, value in fields.items():
        if name == "birth_date":
            date = v.fuzzy("birth_date", value)
            values.update(
                birth_date=date.text if date else "",
                birth_lower=v.iso(date.lower) if date else None,
                birth_upper=v.iso(date.upper) if date else None,
            )
        elif name == "age_range":
            ages = v.age_range("age_range", value)
            values.update(age_min=ages.min if ages else None, age_max=ages.max if ages else None)
        elif name in _FIELD_RULES:
            values[name] = _FIELD_RULES[name](value)
        else:
            raise ValidationError(name, "is not a field of a case")
    return values


def _write_names(recorder: Recorder, person_id: int, names: list[NameVariant]) -> None:
    for position, variant in enumerate(names):
        recorder.insert(
            NameRecord,
            person=person_id,
            text=variant.text,
            script=variant.script.value,
            kind=variant.kind.value,
            position=position,
        )


def _write_identifier(recorder: Recorder, person_id: int, kind: object, value: object) -> None:
    ident_kind = v.choice("identifier.kind", kind, IdentifierType)
    try:
        normalized = validate_identifier(ident_kind, str(value))
    except ValueError as exc:
        raise ValidationError("identifier", str(exc)) from None
    recorder.insert(IdentifierRecord, person=person_id, kind=ident_kind.value, value=normalized)


def create(
    session: Session,
    *,
    names: Iterable[NameVariant | str | Mapping[str, str]],
    identifiers: Iterable[tuple[str, str]] = (),
    ref: str | None = None,
    uuid: str | None = None,
    **fields: Any,
) -> Changes:
    """A new case with at least one name; other fields as in `update`."""
    variants = _name_variants(names)
    if not variants:
        raise ValidationError("names", "a case needs at least one name")
    values = check_fields(fields)
    if ref is not None:
        ref = v.text("ref", ref, required=True).upper()
        if PersonRecord.get_or_none(PersonRecord.ref == ref):
            raise ValidationError("ref", f"{ref} is already used by another case")
    with session.operation("Add case") as recorder:
        person = recorder.insert(
            PersonRecord,
            uuid=uuid or str(uuidlib.uuid4()),
            ref=ref or next_ref(),
            **values,
        )
        remember_ref(recorder, person.ref)
        _write_names(recorder, person.id, variants)
        for kind, value in identifiers:
            _write_identifier(recorder, person.id, kind, value)
        derived.refresh(recorder, person)
        namekeys.reindex_persons([person.id])
        op_id = recorder.operation.id
    return Changes("Add case", op_id, frozenset({person.id}), (person.id,), list_changed=True)


def update(session: Session, person_id: int, **fields: Any) -> Changes:
    """Change single fields of a case (autosave calls this for one field at a time)."""
    values = check_fields(fields)
    person = readers.person_record(person_id)
    with session.operation("Edit case") as recorder:
        changed = recorder.update(person, touch="updated_at", **values)
        op_id = recorder.operation.id if changed else None
    return Changes("Edit case", op_id, frozenset({person_id}), list_changed=changed)


def set_names(
    session: Session, person_id: int, names: Iterable[NameVariant | str | Mapping[str, str]]
) -> Changes:
    """Replace the list of name variants (the Identity section edits them as one list)."""
    variants = _name_variants(names)
    if not variants:
        raise ValidationError("names", "a case needs at least one name")
    person = readers.person_record(person_id)
    if list(readers.names_of(person_id)) == variants:
        return Changes("Edit names", None, frozenset({person_id}))
    with session.operation("Edit names") as recorder:
        for row in NameRecord.select().where(NameRecord.person == person_id):
            recorder.delete(row)
        _write_names(recorder, person_id, variants)
        derived.refresh(recorder, person)
        recorder.update(person, updated_at=utcnow())
        namekeys.reindex_persons([person_id])
        op_id = recorder.operation.id
    return Changes("Edit names", op_id, frozenset({person_id}), list_changed=True)


def add_identifier(session: Session, person_id: int, kind: str, value: str) -> Changes:
    person = readers.person_record(person_id)
    with session.operation("Add identifier") as recorder:
        _write_identifier(recorder, person_id, kind, value)
        recorder.update(person, updated_at=utcnow())
        op_id = recorder.operation.id
    return Changes("Add identifier", op_id, frozenset({person_id}))


def remove_identifier(session: Session, identifier_id: int) -> Changes:
    row = IdentifierRecord.get_or_none(IdentifierRecord.id == identifier_id)
    if row is None:
        raise ValidationError("identifier", f"no identifier with id {identifier_id}")
    with session.operation("Remove identifier") as recorder:
        person_id = row.person_id
        recorder.delete(row)
        op_id = recorder.operation.id
    return Changes("Remove identifier", op_id, frozenset({person_id}))


def delete(session: Session, person_id: int) -> Changes:
    """Remove a case and everything that belongs only to it (undoable)."""
    person = readers.person_record(person_id)
    with session.operation("Delete case") as recorder:
        for model in (
            NameRecord,
            IdentifierRecord,
            StatusEventRecord,
            PersonReporterRecord,
            InteractionPersonRecord,
            AttachmentRecord,
            DispatchRecord,
        ):
            for row in model.select().where(model.person == person_id):
                recorder.delete(row)
        recorder.delete(person)
        namekeys.reindex_persons([person_id])
        op_id = recorder.operation.id
    return Changes("Delete case", op_id, frozenset({person_id}), list_changed=True)


def all_ethnicities() -> list[str]:
    """Values used in the vault first, then the standard list, for pickers and filters."""
    used = [e for (e,) in PersonRecord.select(PersonRecord.ethnicity).distinct().tuples() if e]
    standard = [e.value for e in Ethnicity]
    return sorted(set(used) | set(standard))


def set_timestamps(
    session: Session, person_id: int, created_at: object, updated_at: object
) -> None:
    """Keep a case's own times when it comes from an export or another laptop (interchange)."""
    person = readers.person_record(person_id)
    with session.operation("Import case") as recorder:
        recorder.update(
            person,
            created_at=v.timestamp("created_at", created_at),
            updated_at=v.timestamp("updated_at", updated_at),
        )
