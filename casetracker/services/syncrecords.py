"""What a record is when it travels between laptops: its content, read and checked fast.

A record's *content* is a JSON object of its user-visible columns, references as the UUIDs of
the records they point to (a row id means nothing on another laptop), and for a person its names
and identifiers. Its version id is the hash of that content (domain/versions.py), so the content
must come out exactly the same however it is read: these readers use raw SQL rows (peewee's row
objects cost three quarters of a 750,000-record scan) and convert the few typed columns the way
peewee would (booleans, times without microseconds); tests pin version ids made by older code.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from peewee import DateTimeField

from casetracker.domain import enums
from casetracker.domain.enums import NameKind, Script
from casetracker.domain.errors import ValidationError
from casetracker.domain.names import NameVariant
from casetracker.services import validate as v
from casetracker.store import records
from casetracker.store.records import (
    AttachmentRecord,
    ContactRecord,
    FacilityRecord,
    InteractionPersonRecord,
    InteractionRecord,
    OrganizationRecord,
    PersonRecord,
    PersonReporterRecord,
    ReporterRecord,
    StatusEventRecord,
)


@dataclass(frozen=True)
class Spec:
    """How one kind of record travels: its columns by check, and its references by entity."""

    model: type
    checks: dict[str, str]
    refs: dict[str, str] = field(default_factory=dict)
    link: tuple[str, str] | None = None  # a link row is named by the UUIDs of its two ends

    @property
    def plain(self) -> list[str]:
        """The checked keys stored as columns of the record's own row."""
        return [k for k in self.checks if k not in _LISTS]


_TEXT, _LONG = "text", "long"
_LISTS = ("names", "identifiers")
SPECS: dict[str, Spec] = {
    "facility": Spec(
        FacilityRecord,
        {
            "name": "name",
            "other_names": _TEXT,
            "kind": "FacilityKind",
            "place": _TEXT,
            "notes": _LONG,
        },
    ),
    "organization": Spec(
        OrganizationRecord, {"name": "name", "kind": "OrgKind", "country": _TEXT, "notes": _LONG}
    ),
    "contact": Spec(
        ContactRecord,
        {"name": "name", "role": _TEXT, "email": _TEXT, "phone": _TEXT, "notes": _LONG},
        {"organization": "organization"},
    ),
    "reporter": Spec(
        ReporterRecord,
        {"name": "name", "phone": _TEXT, "city": _TEXT, "consent": "Consent", "notes": _LONG},
    ),
    "person": Spec(
        PersonRecord,
        {
            "sex": "Sex",
            "birth_date": "fuzzy",
            "age_min": "age",
            "age_max": "age",
            "ethnicity": _TEXT,
            "citizenship": _TEXT,
            "hometown": _TEXT,
            "occupation": _TEXT,
            "notes": _LONG,
            "request": _LONG,
            "consent": "Consent",
            "names": "names",
            "identifiers": "identifiers",
        },
    ),
    "status_event": Spec(
        StatusEventRecord,
        {
            "status": "Status",
            "date": "fuzzy",
            "place": _TEXT,
            "source_type": "SourceType",
            "confidence": "Confidence",
            "sentence": _TEXT,
            "charge": _TEXT,
            "note": _LONG,
            "recorded_at": "time",
        },
        {"person": "person", "facility": "facility"},
    ),
    "person_reporter": Spec(
        PersonReporterRecord,
        {"relationship": "Relationship"},
        {"person": "person", "reporter": "reporter"},
        ("person", "reporter"),
    ),
    "interaction": Spec(
        InteractionRecord,
        {
            "kind": "InteractionKind",
            "date": "fuzzy",
            "direction": "Direction",
            "summary": _LONG,
            "response": "Response",
            "follow_up_due": "day",
            "follow_up_done": "bool",
        },
        {"organization": "organization", "contact": "contact"},
    ),
    "interaction_person": Spec(
        InteractionPersonRecord,
        {},
        {"interaction": "interaction", "person": "person"},
        ("interaction", "person"),
    ),
    "attachment": Spec(
        AttachmentRecord,
        {
            "filename": "name",
            "mime": _TEXT,
            "sha256": "sha",
            "size": "int",
            "caption": _TEXT,
            "source_note": _TEXT,
            "is_photo": "bool",
            "added_at": "time",
        },
        {"person": "person"},
    ),
}
#: The order records travel and merge in: everything a record refers to comes before it.
ORDER = tuple(SPECS)
#: Every table a merge may insert into, in an order that satisfies the foreign keys.
FLUSH_ORDER = (
    "facility",
    "organization",
    "contact",
    "reporter",
    "person",
    "name",
    "identifier",
    "status_event",
    "person_reporter",
    "interaction",
    "interaction_person",
    "attachment",
)
#: Entities other records refer to by UUID.
REFERENCED = ("person", "reporter", "facility", "organization", "contact", "interaction")


# -- reading ------------------------------------------------------------------------------------


def _table(model) -> str:
    return model._meta.table_name


def _column(model, name: str) -> str:
    return model._meta.fields[name].column_name


def id_uuid_maps() -> dict[str, dict[int, str]]:
    """{entity: {row id: uuid}} of every record other records refer to."""
    return {
        entity: dict(records.db.execute_sql(f'SELECT "id", "uuid" FROM "{_table(model)}"'))
        for entity in REFERENCED
        for model in (SPECS[entity].model,)
    }


_TIME = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?")
_PEEWEE_TIME = DateTimeField()


def _time(value: object) -> object:
    """A stored time as content carries it: peewee's reading, without microseconds."""
    if isinstance(value, str) and _TIME.fullmatch(value):
        return value[:19]
    parsed = _PEEWEE_TIME.python_value(value)
    if isinstance(parsed, dt.datetime):
        return parsed.replace(microsecond=0).isoformat(sep=" ")
    return parsed


def _bool(value: object) -> object:
    return value if value is None else bool(value)


_READ = {"time": _time, "bool": _bool}


def read_contents(
    entity: str,
    maps: dict[str, dict[int, str]],
    uuid: str | None = None,
    only: set[str] | frozenset[str] | None = None,
) -> Iterator[tuple[str, int, dict]]:
    """(uuid, row id, content) of every live record of `entity`, of the one with `uuid`, or of
    those whose uuid is in `only` (the others are skipped before their content is built)."""
    spec = SPECS[entity]
    model = spec.model
    plain = spec.plain
    columns = ["id", *(_column(model, k) for k in plain), *(_column(model, r) for r in spec.refs)]
    if spec.link is None:
        columns.append("uuid")
    quoted = ", ".join(f'"{c}"' for c in columns)
    sql = f'SELECT {quoted} FROM "{_table(model)}"'
    params: tuple = ()
    if uuid is not None:
        sql, params = _where_uuid(spec, sql, uuid, maps)
    readers = [
        (i + 1, _READ[spec.checks[k]]) for i, k in enumerate(plain) if spec.checks[k] in _READ
    ]
    ref_maps = [(ref, maps[target]) for ref, target in spec.refs.items()]
    rows = records.db.execute_sql(sql, params)
    lists = None
    if entity == "person":
        if uuid is not None:
            rows = list(rows)
            lists = _person_lists(rows[0][0] if rows else -1)
        else:
            lists = _person_lists()
    n_plain, link = len(plain), spec.link
    ends = [list(spec.refs).index(end) for end in link] if link else []
    ref_names = [ref for ref, _ids in ref_maps]
    ref_ids = [ids for _ref, ids in ref_maps]
    for row in rows:
        # ids.get(None) is None: a reference left empty stays None
        refs = [ids.get(ref_id) for ref_id, ids in zip(row[1 + n_plain :], ref_ids, strict=False)]
        uid = row[-1] if link is None else f"{refs[ends[0]]}|{refs[ends[1]]}"
        if only is not None and uid not in only:
            continue
        if readers:
            row = list(row)
            for i, fn in readers:
                row[i] = fn(row[i])
        content = dict(zip(plain, row[1 : 1 + n_plain], strict=False))
        if refs:
            content.update(zip(ref_names, refs, strict=True))
        if lists is not None:
            content["names"] = lists[0].get(row[0], [])
            content["identifiers"] = lists[1].get(row[0], [])
        yield uid, row[0], content


def live_uuids(entity: str, maps: dict[str, dict[int, str]]) -> set[str]:
    """The uuids of every live record of `entity`, without reading their contents."""
    spec = SPECS[entity]
    if spec.link is None:
        if entity in maps:
            return set(maps[entity].values())
        return {u for (u,) in records.db.execute_sql(f'SELECT "uuid" FROM "{_table(spec.model)}"')}
    first, second = spec.link
    left, right = maps[spec.refs[first]], maps[spec.refs[second]]
    columns = f'"{_column(spec.model, first)}", "{_column(spec.model, second)}"'
    rows = records.db.execute_sql(f'SELECT {columns} FROM "{_table(spec.model)}"')
    return {f"{left.get(a)}|{right.get(b)}" for a, b in rows}


def _where_uuid(spec: Spec, sql: str, uuid: str, maps) -> tuple[str, tuple]:
    if spec.link is None:
        return sql + ' WHERE "uuid" = ?', (uuid,)
    ends = uuid.split("|")
    ids = []
    for end, value in zip(spec.link, ends, strict=False):
        target = maps[spec.refs[end]]
        ids.append(next((i for i, u in target.items() if u == value), -1))
    first, second = (_column(spec.model, end) for end in spec.link)
    return sql + f' WHERE "{first}" = ? AND "{second}" = ?', tuple(ids)


def _person_lists(only: object = None) -> tuple[dict[int, list], dict[int, list]]:
    """Names (in order) and identifiers (sorted) of every person, or of the one `only` names."""
    where, params = ("", ()) if only is None else (' WHERE "person_id" = ?', (only,))
    names: dict[int, list] = defaultdict(list)
    for pid, text, script, kind in records.db.execute_sql(
        f'SELECT "person_id", "text", "script", "kind" FROM "name_record"{where}'
        ' ORDER BY "person_id", "position", "id"',
        params,
    ):
        names[pid].append([text, script, kind])
    idents: dict[int, list] = defaultdict(list)
    for pid, kind, value in records.db.execute_sql(
        f'SELECT "person_id", "kind", "value" FROM "identifier_record"{where}'
        ' ORDER BY "person_id", "kind", "value"',
        params,
    ):
        idents[pid].append([kind, value])
    return names, idents


# -- checking what arrives -------------------------------------------------------------------


#: A check writes the columns one content value is stored in into `out`, or raises.
Check = Callable[[str, object, dict], None]


@lru_cache(maxsize=8192)
def _fuzzy_columns(where: str, prefix: str, key: str, value: str) -> tuple:
    date = v.fuzzy(where, value)
    return (
        (key, date.text if date else ""),
        (f"{prefix}_lower", v.iso(date.lower) if date else None),
        (f"{prefix}_upper", v.iso(date.upper) if date else None),
    )


def _check_fuzzy(key: str) -> Check:
    prefix = "birth" if key == "birth_date" else "date"

    def check(where: str, value: object, out: dict) -> None:
        if value is not None and not isinstance(value, str):
            value = str(value)
        out.update(_fuzzy_columns(where, prefix, key, value or ""))

    return check


def _check_text(key: str, limit: int, required: bool) -> Check:
    short = limit == v.MAX_SHORT

    def check(where: str, value: object, out: dict) -> None:
        if type(value) is str and len(value) <= limit:  # the common case, without a call
            cleaned = value.strip() if short else value
            if not required or cleaned.strip():
                out[key] = cleaned
                return
        out[key] = v.text(where, value, required=required, limit=limit)

    return check


def _check_int(key: str) -> Check:
    def check(where: str, value: object, out: dict) -> None:
        if value is not None and (
            not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 2**40
        ):
            raise ValidationError(where, "must be a whole number")
        out[key] = value

    return check


_SHA = re.compile(r"[0-9a-f]{64}")


def _check_sha(key: str) -> Check:
    def check(where: str, value: object, out: dict) -> None:
        if not isinstance(value, str) or not _SHA.fullmatch(value):
            raise ValidationError(where, "is not a sha256")
        out[key] = value

    return check


def _check_enum(key: str, enum) -> Check:
    allowed = frozenset(m.value for m in enum)

    def check(where: str, value: object, out: dict) -> None:
        ok = type(value) is str and value in allowed
        out[key] = value if ok else v.choice(where, value, enum).value

    return check


def _check_time(key: str) -> Check:
    def check(where: str, value: object, out: dict) -> None:
        # stored as text, the form SQLite keeps and change images carry
        out[key] = v.timestamp(where, value).isoformat(sep=" ")

    return check


def _check_simple(key: str, convert: Callable[[str, object], object]) -> Check:
    def check(where: str, value: object, out: dict) -> None:
        out[key] = convert(where, value)

    return check


_MAKERS: dict[str, Callable[[str], Check]] = {
    "name": lambda key: _check_text(key, v.MAX_SHORT, True),
    _TEXT: lambda key: _check_text(key, v.MAX_SHORT, False),
    _LONG: lambda key: _check_text(key, v.MAX_LONG, False),
    "fuzzy": _check_fuzzy,
    "age": _check_int,
    "int": _check_int,
    "bool": lambda key: _check_simple(key, lambda _where, value: bool(value)),
    "time": _check_time,
    "day": lambda key: _check_simple(key, lambda w, value: v.iso(v.plain_date(w, value))),
    "sha": _check_sha,
}


def _checker(key: str, kind: str) -> Check:
    if kind in _MAKERS:
        return _MAKERS[kind](key)
    return _check_enum(key, getattr(enums, kind))


_CHECKS: dict[str, list[tuple[str, str, Check]]] = {
    entity: [
        (key, f"{entity}.{key}", _checker(key, kind))
        for key, kind in spec.checks.items()
        if kind not in _LISTS
    ]
    for entity, spec in SPECS.items()
}


def check_columns(entity: str, content: dict) -> dict[str, object]:
    """A content from another laptop -> the row columns it is stored in; ValidationError for
    anything missing or off, named `entity.key`."""
    if type(content) is not dict:
        raise ValidationError(entity, "malformed record")
    values: dict[str, object] = {}
    for key, where, check in _CHECKS[entity]:
        if key not in content:
            raise ValidationError(where, "is missing")
        check(where, content[key], values)
    if entity == "person":
        for key in _LISTS:
            if key not in content:
                raise ValidationError(f"person.{key}", "is missing")
    return values


def check_names(content: dict) -> list[NameVariant]:
    try:
        names = [
            NameVariant(v.text("names", t, required=True), Script(s), NameKind(k))
            for t, s, k in content["names"]
        ]
    except (TypeError, ValueError, KeyError):
        raise ValidationError("person.names", "malformed names") from None
    if not names:
        raise ValidationError("person.names", "a case needs at least one name")
    return names


def check_identifiers(content: dict) -> list[tuple[str, str]]:
    from casetracker.domain.identifiers import IdentifierType

    try:
        return [
            (IdentifierType(k).value, v.text("identifier", val, required=True))
            for k, val in content["identifiers"]
        ]
    except (TypeError, ValueError, KeyError):
        raise ValidationError("person.identifiers", "malformed identifiers") from None
