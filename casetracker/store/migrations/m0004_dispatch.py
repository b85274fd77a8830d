"""Migration 4: the dispatch log, one row per case summary exported as a PDF (issue 4)."""

from __future__ import annotations

STATEMENTS = (
    """CREATE TABLE "dispatch_record" ("id" INTEGER NOT NULL PRIMARY KEY, "person_id" INTEGER NOT NULL, "at" DATETIME NOT NULL, "level" VARCHAR(255) NOT NULL, "lang" VARCHAR(255) NOT NULL, "recipient" VARCHAR(255) NOT NULL, "sha256" VARCHAR(255) NOT NULL, "filename" VARCHAR(255) NOT NULL, FOREIGN KEY ("person_id") REFERENCES "person_record" ("id") ON DELETE CASCADE)""",
    """CREATE INDEX "dispatch_record_person_id" ON "dispatch_record" ("person_id")""",
)


def apply(db) -> None:
    for sql in STATEMENTS:
        db.execute_sql(sql)
