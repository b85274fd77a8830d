"""Undo, redo and the audit log, all read from the operation log in the store."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from casetracker.domain.entities import AuditEntry, Changes
from casetracker.services.session import Session
from casetracker.store import oplog
from casetracker.store.records import ChangeRecord, OperationRecord

#: Columns that are bookkeeping, not something a volunteer changed.
_QUIET_FIELDS = {"id", "updated_at", "sort_name", "status_sort", "position"}


def _reindex(persons) -> None:
    # imported here: the name folding it loads (30 ms) is not needed to start the app, whose
    # undo menu item imports this module
    from casetracker.store import namekeys

    namekeys.reindex_persons(persons)


def undo(session: Session) -> Changes:
    label, persons = oplog.undo(session.volunteer)
    _reindex(persons)
    return Changes(
        f"Undo {label}", None, frozenset(persons), list_changed=True, directory_changed=True
    )


def redo(session: Session) -> Changes:
    label, persons = oplog.redo(session.volunteer)
    _reindex(persons)
    return Changes(
        f"Redo {label}", None, frozenset(persons), list_changed=True, directory_changed=True
    )


def undo_label(session: Session) -> str | None:
    return oplog.undo_label()


def redo_label(session: Session) -> str | None:
    return oplog.redo_label()


@dataclass(frozen=True)
class AuditFilter:
    person_id: int | None = None
    volunteer: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None


def _field_diffs(change: ChangeRecord) -> list[tuple[str, object, object]]:
    before = json.loads(change.before) if change.before else {}
    after = json.loads(change.after) if change.after else {}
    fields = [k for k in {**before, **after} if k not in _QUIET_FIELDS]
    if not before or not after:
        # created or deleted: one line for the row, with its most telling field
        shown = next(
            (
                k
                for k in ("text", "name", "status", "filename", "value", "ref")
                if k in (after or before)
            ),
            "",
        )
        return [(shown, before.get(shown), after.get(shown))]
    return [(k, before.get(k), after.get(k)) for k in fields if before.get(k) != after.get(k)]


def audit(
    session: Session, flt: AuditFilter = AuditFilter(), limit: int = 500, offset: int = 0
) -> list[AuditEntry]:
    """Newest first; one entry per changed field."""
    query = (
        ChangeRecord.select(ChangeRecord, OperationRecord)
        .join(OperationRecord)
        .order_by(ChangeRecord.id.desc())
    )
    if flt.person_id is not None:
        query = query.where(ChangeRecord.person_id == flt.person_id)
    if flt.volunteer:
        query = query.where(OperationRecord.volunteer == flt.volunteer)
    if flt.since:
        query = query.where(OperationRecord.at >= dt.datetime.combine(flt.since, dt.time()))
    if flt.until:
        query = query.where(
            OperationRecord.at < dt.datetime.combine(flt.until + dt.timedelta(days=1), dt.time())
        )
    entries: list[AuditEntry] = []
    for change in query.limit(limit).offset(offset):
        op = change.operation
        label = op.label if op.kind == "do" else f"{op.kind.capitalize()} {op.label}"
        for field, before, after in _field_diffs(change):
            entries.append(
                AuditEntry(
                    op.id,
                    label,
                    op.volunteer,
                    op.at,
                    change.entity,
                    int(change.row_id) if change.row_id.isdigit() else 0,
                    change.person_id,
                    field,
                    before,
                    after,
                )
            )
    return entries
