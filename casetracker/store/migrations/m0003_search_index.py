"""Migration 3: the search index in the shape measured for issue 5, and indexes for lookups.

* ``search_key`` replaces ``name_key_record``: one row per (key, person), clustered on the key
  (WITHOUT ROWID), about a third of the old rows (one per name variant and key); it is read
  in key order into memory once per session (store/searchcache.py) and kept for reindexing.
* ``search_name`` holds each name variant folded (fold.name_groups, encoded by
  search/keys.py), so ranking and the duplicate scan compare names without transliterating
  them again: folding a Chinese or Arabic-script name costs more than comparing it.
* ``search_vocab`` lists each distinct key once with its kind, so that a running program knows
  which keys are name tokens (the ones expanded by edit distance) without folding any name.
* ``search_meta`` says which folding rules built the index and counts its rebuilds and
  updates (a generation a running program compares with the one it loaded). Bookkeeping, not
  user data: kept out of ``setting_record``, which undo and the audit log cover.
* Indexes for the other things a search box is asked for: identifier values, hometowns, and
  the last nine digits of reporter phones (+7 701 123 45 67, 8 701 1234567 and 7011234567
  all end in 011234567) as an expression index, so phones match however they were typed.

The keys themselves are built by ``namekeys.ensure_current`` when the vault is opened, after
all migrations ran (``search_meta`` starts empty, so they are built then); this migration
also deletes the version mark migration 2 kept among the settings.
"""

from __future__ import annotations

#: Digits of reporter_record.phone without the usual separators; must match searchindex.py.
PHONE_DIGITS = (
    "replace(replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '(', ''),"
    " ')', ''), '.', ''), '+', '')"
)

STATEMENTS = (
    'DROP TABLE IF EXISTS "name_key_record"',
    """CREATE TABLE "search_key" ("key" TEXT NOT NULL, "person_id" INTEGER NOT NULL, PRIMARY KEY ("key", "person_id"), FOREIGN KEY ("person_id") REFERENCES "person_record" ("id") ON DELETE CASCADE) WITHOUT ROWID""",
    """CREATE INDEX "search_key_person_id" ON "search_key" ("person_id")""",
    """CREATE TABLE "search_name" ("name_id" INTEGER NOT NULL PRIMARY KEY, "person_id" INTEGER NOT NULL, "folded" TEXT NOT NULL, FOREIGN KEY ("name_id") REFERENCES "name_record" ("id") ON DELETE CASCADE, FOREIGN KEY ("person_id") REFERENCES "person_record" ("id") ON DELETE CASCADE)""",
    """CREATE INDEX "search_name_person_id" ON "search_name" ("person_id")""",
    """CREATE TABLE "search_vocab" ("key" TEXT NOT NULL PRIMARY KEY, "kind" INTEGER NOT NULL) WITHOUT ROWID""",
    """CREATE TABLE "search_meta" ("key" TEXT NOT NULL PRIMARY KEY, "value" TEXT NOT NULL) WITHOUT ROWID""",
    """CREATE INDEX "identifier_record_value" ON "identifier_record" ("value")""",
    """CREATE INDEX "person_record_hometown" ON "person_record" ("hometown")""",
    f"""CREATE INDEX "reporter_record_phone_tail" ON "reporter_record" (substr({PHONE_DIGITS}, -9))""",
    """DELETE FROM "setting_record" WHERE "key" IN ('search.fold_version', 'search.index_version')""",
)


def apply(db) -> None:
    for sql in STATEMENTS:
        db.execute_sql(sql)
