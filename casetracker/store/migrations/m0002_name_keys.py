"""Migration 2: folded search keys per name variant, filled from the names already stored."""

from __future__ import annotations

STATEMENTS = (
    """CREATE TABLE "name_key_record" ("id" INTEGER NOT NULL PRIMARY KEY, "person_id" INTEGER NOT NULL, "name_id" INTEGER, "key" VARCHAR(255) NOT NULL, FOREIGN KEY ("person_id") REFERENCES "person_record" ("id") ON DELETE CASCADE, FOREIGN KEY ("name_id") REFERENCES "name_record" ("id") ON DELETE CASCADE)""",
    """CREATE INDEX "name_key_record_person_id" ON "name_key_record" ("person_id")""",
    """CREATE INDEX "name_key_record_name_id" ON "name_key_record" ("name_id")""",
    """CREATE INDEX "name_key_record_key" ON "name_key_record" ("key")""",
)


def apply(db) -> None:
    for sql in STATEMENTS:
        db.execute_sql(sql)
    # Local import: the index code may change over time, the table shape above may not.
    from casetracker.store.namekeys import rebuild_all

    rebuild_all()
