"""peewee records: the rows of the vault's tables.

Names end in `Record` so they are never confused with Qt item models. Enum columns store the
enum's value; fuzzy dates store their EDTF text plus ISO lower/upper bounds for sorting and
filtering in SQL. Records bind to `db` (the case database) or `blobs` (the attachment store),
proxies that `store.vault` points at the open vault.

The schema itself is created by numbered migrations, never by `create_tables`, so that a vault
made by any released version opens in this one.
"""

from __future__ import annotations

import datetime as dt

from peewee import (
    AutoField,
    BlobField,
    BooleanField,
    CharField,
    CompositeKey,
    DatabaseProxy,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

db = DatabaseProxy()
blobs = DatabaseProxy()


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


class BaseRecord(Model):
    class Meta:
        database = db
        legacy_table_names = False


class PersonRecord(BaseRecord):
    id = AutoField()
    uuid = CharField(unique=True)
    ref = CharField(unique=True)
    sex = CharField(default="unknown")
    birth_date = CharField(default="")
    birth_lower = CharField(null=True)
    birth_upper = CharField(null=True)
    age_min = IntegerField(null=True)
    age_max = IntegerField(null=True)
    ethnicity = CharField(default="")
    citizenship = CharField(default="")
    hometown = CharField(default="")
    occupation = CharField(default="")
    notes = TextField(default="")
    request = TextField(default="")
    consent = CharField(default="embassy_un")
    # Derived from names and status events by the services, kept for sorting 100,000 rows in SQL.
    sort_name = CharField(default="", index=True)
    current_status = CharField(default="unknown", index=True)
    status_date = CharField(default="")
    status_sort = CharField(null=True, index=True)
    created_at = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow)


class NameRecord(BaseRecord):
    id = AutoField()
    person = ForeignKeyField(PersonRecord, backref="names", on_delete="CASCADE")
    text = CharField()
    script = CharField()
    kind = CharField(default="primary")
    position = IntegerField(default=0)


class IdentifierRecord(BaseRecord):
    id = AutoField()
    person = ForeignKeyField(PersonRecord, backref="identifiers", on_delete="CASCADE")
    kind = CharField()
    value = CharField()


class FacilityRecord(BaseRecord):
    id = AutoField()
    uuid = CharField(unique=True)
    name = CharField()
    other_names = CharField(default="")
    kind = CharField(default="camp")
    place = CharField(default="")
    notes = TextField(default="")
    updated_at = DateTimeField(default=utcnow)


class StatusEventRecord(BaseRecord):
    id = AutoField()
    uuid = CharField(unique=True)
    person = ForeignKeyField(PersonRecord, backref="events", on_delete="CASCADE")
    status = CharField()
    date = CharField(default="")
    date_lower = CharField(null=True)
    date_upper = CharField(null=True)
    facility = ForeignKeyField(FacilityRecord, null=True, on_delete="SET NULL")
    place = CharField(default="")
    source_type = CharField(default="family_testimony")
    confidence = CharField(default="unverified")
    sentence = CharField(default="")
    charge = CharField(default="")
    note = TextField(default="")
    recorded_at = DateTimeField(default=utcnow)


class ReporterRecord(BaseRecord):
    id = AutoField()
    uuid = CharField(unique=True)
    name = CharField()
    phone = CharField(default="")
    city = CharField(default="")
    consent = CharField(default="embassy_un")
    notes = TextField(default="")
    updated_at = DateTimeField(default=utcnow)


class PersonReporterRecord(BaseRecord):
    id = AutoField()
    person = ForeignKeyField(PersonRecord, on_delete="CASCADE")
    reporter = ForeignKeyField(ReporterRecord, on_delete="CASCADE")
    relationship = CharField(default="other_relative")


class OrganizationRecord(BaseRecord):
    id = AutoField()
    uuid = CharField(unique=True)
    name = CharField()
    kind = CharField(default="embassy")
    country = CharField(default="")
    notes = TextField(default="")
    updated_at = DateTimeField(default=utcnow)


class ContactRecord(BaseRecord):
    id = AutoField()
    uuid = CharField(unique=True)
    organization = ForeignKeyField(OrganizationRecord, null=True, on_delete="SET NULL")
    name = CharField()
    role = CharField(default="")
    email = CharField(default="")
    phone = CharField(default="")
    notes = TextField(default="")
    updated_at = DateTimeField(default=utcnow)


class InteractionRecord(BaseRecord):
    id = AutoField()
    uuid = CharField(unique=True)
    kind = CharField()
    date = CharField(default="")
    date_lower = CharField(null=True)
    date_upper = CharField(null=True)
    direction = CharField(default="outgoing")
    organization = ForeignKeyField(OrganizationRecord, null=True, on_delete="SET NULL")
    contact = ForeignKeyField(ContactRecord, null=True, on_delete="SET NULL")
    summary = TextField(default="")
    response = CharField(default="none")
    follow_up_due = CharField(null=True, index=True)
    follow_up_done = BooleanField(default=False)
    updated_at = DateTimeField(default=utcnow)


class InteractionPersonRecord(BaseRecord):
    id = AutoField()
    interaction = ForeignKeyField(InteractionRecord, on_delete="CASCADE")
    person = ForeignKeyField(PersonRecord, on_delete="CASCADE")


class AttachmentRecord(BaseRecord):
    id = AutoField()
    uuid = CharField(unique=True)
    person = ForeignKeyField(PersonRecord, backref="attachments", on_delete="CASCADE")
    filename = CharField()
    mime = CharField()
    sha256 = CharField(index=True)
    size = IntegerField()
    caption = CharField(default="")
    source_note = CharField(default="")
    is_photo = BooleanField(default=False)
    added_at = DateTimeField(default=utcnow)


class DispatchRecord(BaseRecord):
    """One case summary that left the vault as a PDF: to whom, at which level, which file."""

    id = AutoField()
    person = ForeignKeyField(PersonRecord, backref="dispatches", on_delete="CASCADE")
    at = DateTimeField(default=utcnow)
    level = CharField()
    lang = CharField()
    recipient = CharField(default="")
    sha256 = CharField()
    filename = CharField(default="")


class SettingRecord(BaseRecord):
    key = CharField(primary_key=True)
    value = TextField()


class OperationRecord(BaseRecord):
    """One user action: the unit of undo and of the audit log."""

    id = AutoField()
    label = CharField()
    volunteer = CharField(default="")
    at = DateTimeField(default=utcnow)
    kind = CharField(default="do")  # do | undo | redo
    target = IntegerField(null=True)  # for undo/redo: the operation replayed
    undone = BooleanField(default=False)
    redoable = BooleanField(default=False)


class ChangeRecord(BaseRecord):
    """Before/after image of one row touched by an operation; replayed by undo and redo."""

    id = AutoField()
    operation = ForeignKeyField(OperationRecord, backref="changes", on_delete="CASCADE")
    seq = IntegerField()
    entity = CharField()
    row_id = CharField()
    person_id = IntegerField(null=True, index=True)
    before = TextField(null=True)
    after = TextField(null=True)


class BlobRecord(Model):
    """Attachment bytes, in the separate encrypted attachment store, deduplicated by sha256."""

    sha256 = CharField(primary_key=True)
    data = BlobField()

    class Meta:
        database = blobs
        legacy_table_names = False


#: Records whose changes are logged for undo, by entity name used in ChangeRecord.entity.
TRACKED: dict[str, type[BaseRecord]] = {
    "person": PersonRecord,
    "name": NameRecord,
    "identifier": IdentifierRecord,
    "facility": FacilityRecord,
    "status_event": StatusEventRecord,
    "reporter": ReporterRecord,
    "person_reporter": PersonReporterRecord,
    "organization": OrganizationRecord,
    "contact": ContactRecord,
    "interaction": InteractionRecord,
    "interaction_person": InteractionPersonRecord,
    "attachment": AttachmentRecord,
    "setting": SettingRecord,
    "dispatch": DispatchRecord,
}
ENTITY_OF: dict[type[BaseRecord], str] = {cls: name for name, cls in TRACKED.items()}


class DraftRecord(BaseRecord):
    """A form being typed (rally entry), kept so a killed app loses nothing; not undoable."""

    key = CharField(primary_key=True)
    fields = TextField()  # JSON object of field name -> text
    updated_at = DateTimeField(default=utcnow)


# -- transfer bundles (migration 5): version state, not user data, so not logged for undo ------


class ExchangeRecord(BaseRecord):
    """The version one exchanged record is at, the versions it descends from, and the content
    of the version last exchanged (the base of a three-way merge), as canonical JSON."""

    entity = CharField()
    uuid = CharField()
    head = CharField()
    ancestors = TextField()
    base_hash = CharField(null=True)
    base = TextField(null=True)
    deleted = BooleanField(default=False)
    changed_at = DateTimeField(default=utcnow)

    class Meta:
        primary_key = CompositeKey("entity", "uuid")


class ExchangeConflict(BaseRecord):
    """A field changed on both laptops since they last agreed, open until the user decides."""

    id = AutoField()
    entity = CharField()
    uuid = CharField()
    field = CharField()
    local_value = TextField(null=True)
    remote_value = TextField(null=True)
    remote_head = CharField()
    source = CharField()
    label = CharField()
    created_at = DateTimeField(default=utcnow)
    resolved = CharField(null=True)  # None while open, "mine" or "theirs"


class ExchangeLog(BaseRecord):
    """Which laptop each bundle came from or went to, and the operation that merged it."""

    id = AutoField()
    direction = CharField()
    bundle_id = CharField()
    laptop_id = CharField()
    laptop_name = CharField()
    at = DateTimeField(default=utcnow)
    records = IntegerField()
    operation_id = IntegerField(null=True)
    touched = TextField(null=True)
    rolled_back = BooleanField(default=False)


class ExchangeMeta(BaseRecord):
    key = CharField(primary_key=True)
    value = TextField()
