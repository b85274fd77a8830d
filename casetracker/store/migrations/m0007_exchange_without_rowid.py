"""Migration 7: the exchange state table keyed by (entity, uuid) alone, WITHOUT ROWID.

As a rowid table, every state row was written twice: into the table and into the index of its
primary key. A 50,000-person exchange writes 375,000 state rows of about 240 bytes each (the
merge base), on export and on merge; clustered on its key the table is written once, which took
a second off each merge of that size. Rows are copied in key order, so the copy appends.
"""

from __future__ import annotations

_COLUMNS = '"entity", "uuid", "head", "ancestors", "base_hash", "base", "deleted", "changed_at"'

STATEMENTS = (
    """CREATE TABLE "exchange_record_new" ("entity" VARCHAR(255) NOT NULL, "uuid" VARCHAR(255) NOT NULL, "head" VARCHAR(255) NOT NULL, "ancestors" TEXT NOT NULL, "base_hash" VARCHAR(255), "base" TEXT, "deleted" INTEGER NOT NULL DEFAULT 0, "changed_at" DATETIME NOT NULL, PRIMARY KEY ("entity", "uuid")) WITHOUT ROWID""",
    f"""INSERT INTO "exchange_record_new" ({_COLUMNS}) SELECT {_COLUMNS} FROM "exchange_record" ORDER BY "entity", "uuid\"""",
    """DROP TABLE "exchange_record\"""",
    """ALTER TABLE "exchange_record_new" RENAME TO "exchange_record\"""",
)


def apply(db) -> None:
    for sql in STATEMENTS:
        db.execute_sql(sql)
