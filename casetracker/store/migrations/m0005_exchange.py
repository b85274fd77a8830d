"""Migration 5: what transfer bundles need to merge laptops without a server.

`exchange_record` holds, per exchanged record (entity + UUID), the version it is at (a content
hash), the versions it descends from, and the content of the version last exchanged (the base of
a three-way merge). `exchange_conflict` lists fields changed on both sides for the user to decide;
`exchange_log` says which laptop each bundle came from or went to, and which operation merged it.
`exchange_meta` holds this laptop's exchange id and small markers. None of these rows are user
data: they are not logged for undo (the exchange service reconciles them after an undo).
"""

from __future__ import annotations

STATEMENTS = (
    """CREATE TABLE IF NOT EXISTS "exchange_record" ("entity" VARCHAR(255) NOT NULL, "uuid" VARCHAR(255) NOT NULL, "head" VARCHAR(255) NOT NULL, "ancestors" TEXT NOT NULL, "base_hash" VARCHAR(255), "base" TEXT, "deleted" INTEGER NOT NULL DEFAULT 0, "changed_at" DATETIME NOT NULL, PRIMARY KEY ("entity", "uuid"))""",
    """CREATE TABLE IF NOT EXISTS "exchange_conflict" ("id" INTEGER NOT NULL PRIMARY KEY, "entity" VARCHAR(255) NOT NULL, "uuid" VARCHAR(255) NOT NULL, "field" VARCHAR(255) NOT NULL, "local_value" TEXT, "remote_value" TEXT, "remote_head" VARCHAR(255) NOT NULL, "source" VARCHAR(255) NOT NULL, "label" VARCHAR(255) NOT NULL, "created_at" DATETIME NOT NULL, "resolved" VARCHAR(255))""",
    """CREATE INDEX IF NOT EXISTS "exchange_conflict_record" ON "exchange_conflict" ("entity", "uuid")""",
    """CREATE TABLE IF NOT EXISTS "exchange_log" ("id" INTEGER NOT NULL PRIMARY KEY, "direction" VARCHAR(255) NOT NULL, "bundle_id" VARCHAR(255) NOT NULL, "laptop_id" VARCHAR(255) NOT NULL, "laptop_name" VARCHAR(255) NOT NULL, "at" DATETIME NOT NULL, "records" INTEGER NOT NULL, "operation_id" INTEGER, "touched" TEXT, "rolled_back" INTEGER NOT NULL DEFAULT 0)""",
    """CREATE TABLE IF NOT EXISTS "exchange_meta" ("key" VARCHAR(255) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL)""",
)


def apply(db) -> None:
    for sql in STATEMENTS:
        db.execute_sql(sql)
