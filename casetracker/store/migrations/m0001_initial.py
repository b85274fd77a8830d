"""Migration 1: the initial schema, as released. Frozen: never edit, add a migration instead."""

from __future__ import annotations

STATEMENTS = (
    """CREATE TABLE "person_record" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(255) NOT NULL, "ref" VARCHAR(255) NOT NULL, "sex" VARCHAR(255) NOT NULL, "birth_date" VARCHAR(255) NOT NULL, "birth_lower" VARCHAR(255), "birth_upper" VARCHAR(255), "age_min" INTEGER, "age_max" INTEGER, "ethnicity" VARCHAR(255) NOT NULL, "citizenship" VARCHAR(255) NOT NULL, "hometown" VARCHAR(255) NOT NULL, "occupation" VARCHAR(255) NOT NULL, "notes" TEXT NOT NULL, "request" TEXT NOT NULL, "consent" VARCHAR(255) NOT NULL, "sort_name" VARCHAR(255) NOT NULL, "current_status" VARCHAR(255) NOT NULL, "status_date" VARCHAR(255) NOT NULL, "status_sort" VARCHAR(255), "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL)""",
    """CREATE UNIQUE INDEX "person_record_uuid" ON "person_record" ("uuid")""",
    """CREATE UNIQUE INDEX "person_record_ref" ON "person_record" ("ref")""",
    """CREATE INDEX "person_record_sort_name" ON "person_record" ("sort_name")""",
    """CREATE INDEX "person_record_current_status" ON "person_record" ("current_status")""",
    """CREATE INDEX "person_record_status_sort" ON "person_record" ("status_sort")""",
    """CREATE TABLE "name_record" ("id" INTEGER NOT NULL PRIMARY KEY, "person_id" INTEGER NOT NULL, "text" VARCHAR(255) NOT NULL, "script" VARCHAR(255) NOT NULL, "kind" VARCHAR(255) NOT NULL, "position" INTEGER NOT NULL, FOREIGN KEY ("person_id") REFERENCES "person_record" ("id") ON DELETE CASCADE)""",
    """CREATE INDEX "name_record_person_id" ON "name_record" ("person_id")""",
    """CREATE TABLE "identifier_record" ("id" INTEGER NOT NULL PRIMARY KEY, "person_id" INTEGER NOT NULL, "kind" VARCHAR(255) NOT NULL, "value" VARCHAR(255) NOT NULL, FOREIGN KEY ("person_id") REFERENCES "person_record" ("id") ON DELETE CASCADE)""",
    """CREATE INDEX "identifier_record_person_id" ON "identifier_record" ("person_id")""",
    """CREATE TABLE "facility_record" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(255) NOT NULL, "name" VARCHAR(255) NOT NULL, "other_names" VARCHAR(255) NOT NULL, "kind" VARCHAR(255) NOT NULL, "place" VARCHAR(255) NOT NULL, "notes" TEXT NOT NULL, "updated_at" DATETIME NOT NULL)""",
    """CREATE UNIQUE INDEX "facility_record_uuid" ON "facility_record" ("uuid")""",
    """CREATE TABLE "status_event_record" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(255) NOT NULL, "person_id" INTEGER NOT NULL, "status" VARCHAR(255) NOT NULL, "date" VARCHAR(255) NOT NULL, "date_lower" VARCHAR(255), "date_upper" VARCHAR(255), "facility_id" INTEGER, "place" VARCHAR(255) NOT NULL, "source_type" VARCHAR(255) NOT NULL, "confidence" VARCHAR(255) NOT NULL, "sentence" VARCHAR(255) NOT NULL, "charge" VARCHAR(255) NOT NULL, "note" TEXT NOT NULL, "recorded_at" DATETIME NOT NULL, FOREIGN KEY ("person_id") REFERENCES "person_record" ("id") ON DELETE CASCADE, FOREIGN KEY ("facility_id") REFERENCES "facility_record" ("id") ON DELETE SET NULL)""",
    """CREATE UNIQUE INDEX "status_event_record_uuid" ON "status_event_record" ("uuid")""",
    """CREATE INDEX "status_event_record_person_id" ON "status_event_record" ("person_id")""",
    """CREATE INDEX "status_event_record_facility_id" ON "status_event_record" ("facility_id")""",
    """CREATE TABLE "reporter_record" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(255) NOT NULL, "name" VARCHAR(255) NOT NULL, "phone" VARCHAR(255) NOT NULL, "city" VARCHAR(255) NOT NULL, "consent" VARCHAR(255) NOT NULL, "notes" TEXT NOT NULL, "updated_at" DATETIME NOT NULL)""",
    """CREATE UNIQUE INDEX "reporter_record_uuid" ON "reporter_record" ("uuid")""",
    """CREATE TABLE "person_reporter_record" ("id" INTEGER NOT NULL PRIMARY KEY, "person_id" INTEGER NOT NULL, "reporter_id" INTEGER NOT NULL, "relationship" VARCHAR(255) NOT NULL, FOREIGN KEY ("person_id") REFERENCES "person_record" ("id") ON DELETE CASCADE, FOREIGN KEY ("reporter_id") REFERENCES "reporter_record" ("id") ON DELETE CASCADE)""",
    """CREATE INDEX "person_reporter_record_person_id" ON "person_reporter_record" ("person_id")""",
    """CREATE INDEX "person_reporter_record_reporter_id" ON "person_reporter_record" ("reporter_id")""",
    """CREATE TABLE "organization_record" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(255) NOT NULL, "name" VARCHAR(255) NOT NULL, "kind" VARCHAR(255) NOT NULL, "country" VARCHAR(255) NOT NULL, "notes" TEXT NOT NULL, "updated_at" DATETIME NOT NULL)""",
    """CREATE UNIQUE INDEX "organization_record_uuid" ON "organization_record" ("uuid")""",
    """CREATE TABLE "contact_record" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(255) NOT NULL, "organization_id" INTEGER, "name" VARCHAR(255) NOT NULL, "role" VARCHAR(255) NOT NULL, "email" VARCHAR(255) NOT NULL, "phone" VARCHAR(255) NOT NULL, "notes" TEXT NOT NULL, "updated_at" DATETIME NOT NULL, FOREIGN KEY ("organization_id") REFERENCES "organization_record" ("id") ON DELETE SET NULL)""",
    """CREATE UNIQUE INDEX "contact_record_uuid" ON "contact_record" ("uuid")""",
    """CREATE INDEX "contact_record_organization_id" ON "contact_record" ("organization_id")""",
    """CREATE TABLE "interaction_record" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(255) NOT NULL, "kind" VARCHAR(255) NOT NULL, "date" VARCHAR(255) NOT NULL, "date_lower" VARCHAR(255), "date_upper" VARCHAR(255), "direction" VARCHAR(255) NOT NULL, "organization_id" INTEGER, "contact_id" INTEGER, "summary" TEXT NOT NULL, "response" VARCHAR(255) NOT NULL, "follow_up_due" VARCHAR(255), "follow_up_done" INTEGER NOT NULL, "updated_at" DATETIME NOT NULL, FOREIGN KEY ("organization_id") REFERENCES "organization_record" ("id") ON DELETE SET NULL, FOREIGN KEY ("contact_id") REFERENCES "contact_record" ("id") ON DELETE SET NULL)""",
    """CREATE UNIQUE INDEX "interaction_record_uuid" ON "interaction_record" ("uuid")""",
    """CREATE INDEX "interaction_record_organization_id" ON "interaction_record" ("organization_id")""",
    """CREATE INDEX "interaction_record_contact_id" ON "interaction_record" ("contact_id")""",
    """CREATE INDEX "interaction_record_follow_up_due" ON "interaction_record" ("follow_up_due")""",
    """CREATE TABLE "interaction_person_record" ("id" INTEGER NOT NULL PRIMARY KEY, "interaction_id" INTEGER NOT NULL, "person_id" INTEGER NOT NULL, FOREIGN KEY ("interaction_id") REFERENCES "interaction_record" ("id") ON DELETE CASCADE, FOREIGN KEY ("person_id") REFERENCES "person_record" ("id") ON DELETE CASCADE)""",
    """CREATE INDEX "interaction_person_record_interaction_id" ON "interaction_person_record" ("interaction_id")""",
    """CREATE INDEX "interaction_person_record_person_id" ON "interaction_person_record" ("person_id")""",
    """CREATE TABLE "attachment_record" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(255) NOT NULL, "person_id" INTEGER NOT NULL, "filename" VARCHAR(255) NOT NULL, "mime" VARCHAR(255) NOT NULL, "sha256" VARCHAR(255) NOT NULL, "size" INTEGER NOT NULL, "caption" VARCHAR(255) NOT NULL, "source_note" VARCHAR(255) NOT NULL, "is_photo" INTEGER NOT NULL, "added_at" DATETIME NOT NULL, FOREIGN KEY ("person_id") REFERENCES "person_record" ("id") ON DELETE CASCADE)""",
    """CREATE UNIQUE INDEX "attachment_record_uuid" ON "attachment_record" ("uuid")""",
    """CREATE INDEX "attachment_record_person_id" ON "attachment_record" ("person_id")""",
    """CREATE INDEX "attachment_record_sha256" ON "attachment_record" ("sha256")""",
    """CREATE TABLE "setting_record" ("key" VARCHAR(255) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL)""",
    """CREATE TABLE "operation_record" ("id" INTEGER NOT NULL PRIMARY KEY, "label" VARCHAR(255) NOT NULL, "volunteer" VARCHAR(255) NOT NULL, "at" DATETIME NOT NULL, "kind" VARCHAR(255) NOT NULL, "target" INTEGER, "undone" INTEGER NOT NULL, "redoable" INTEGER NOT NULL)""",
    """CREATE TABLE "change_record" ("id" INTEGER NOT NULL PRIMARY KEY, "operation_id" INTEGER NOT NULL, "seq" INTEGER NOT NULL, "entity" VARCHAR(255) NOT NULL, "row_id" VARCHAR(255) NOT NULL, "person_id" INTEGER, "before" TEXT, "after" TEXT, FOREIGN KEY ("operation_id") REFERENCES "operation_record" ("id") ON DELETE CASCADE)""",
    """CREATE INDEX "change_record_operation_id" ON "change_record" ("operation_id")""",
    """CREATE INDEX "change_record_person_id" ON "change_record" ("person_id")""",
)


def apply(db) -> None:
    for sql in STATEMENTS:
        db.execute_sql(sql)
