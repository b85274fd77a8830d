"""Migration 6: drafts, the scratch state of a form being typed (rally entry, issue 8).

One row per draft key holding the form's fields as JSON, inside the encrypted vault so that a
half-typed testimony survives a killed app or a closed lid without ever touching a plain file.
Drafts are not user data: they are not logged for undo and are deleted once the entry is saved.
"""

from __future__ import annotations

STATEMENTS = (
    """CREATE TABLE "draft_record" ("key" VARCHAR(255) NOT NULL PRIMARY KEY, "fields" TEXT NOT NULL, "updated_at" DATETIME NOT NULL)""",
)


def apply(db) -> None:
    for sql in STATEMENTS:
        db.execute_sql(sql)
