"""Numbered schema migrations. Each runs in one transaction after a verified backup.

A migration is never edited once released: add a new one instead. `PRAGMA user_version` holds
the number of the last migration applied. Tests keep vaults made at every version as fixtures.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from casetracker.store.migrations import (
    m0001_initial,
    m0002_name_keys,
    m0003_search_index,
    m0004_dispatch,
    m0005_exchange,
    m0006_drafts,
)


@dataclass(frozen=True)
class Migration:
    number: int
    title: str
    apply: Callable[[object], None]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema", m0001_initial.apply),
    Migration(2, "search keys for names", m0002_name_keys.apply),
    Migration(3, "search index by key, lookup indexes", m0003_search_index.apply),
    Migration(4, "dispatch log of exported summaries", m0004_dispatch.apply),
    Migration(5, "transfer bundles: exchange state, conflicts, log", m0005_exchange.apply),
    Migration(6, "drafts of forms being typed", m0006_drafts.apply),
)
LATEST = MIGRATIONS[-1].number
