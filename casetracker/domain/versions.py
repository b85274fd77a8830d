"""Merging one record from another laptop: versions, ancestry and a three-way field merge.

Every exchanged record has a *version*: the hash of its content. A record remembers the versions
it descends from (its ancestors) and the content of the version it last exchanged (its base).
With that, a bundle needs no clock and no server, and any number of laptops can exchange in any
order (the approach of CouchDB revisions and Unison's archive):

- same version on both sides: nothing to do;
- our version is an ancestor of theirs: they changed it, we did not: take theirs;
- their version is an ancestor of ours: we already have their change: keep ours;
- otherwise both changed it since they last agreed: three-way merge field by field against the
  base. A field changed on one side only takes that change; a field changed on both sides to
  different values is a *conflict*, listed for the user, and ours is kept. Until every conflict of
  a record is decided, their version is not counted as seen, so the other laptop lists it too.

Deletion is a version too (content None). Deleting a record the other side changed since the
base is a conflict, never a silent loss. This module is pure: no vault, no I/O (the vault side
is services/syncstate.py and services/syncmerge.py; the file format interchange/bundle.py).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field

import orjson

MAX_ANCESTORS = 64
DELETED = "_deleted"


def canonical(content: dict) -> str:
    """The one JSON text of a content that its version hashes; also what bundles carry and what
    a record's merge base is stored as, so it is serialised once per record.

    orjson writes exactly what `json.dumps(sort_keys=True, ensure_ascii=False, compact)` writes
    (tests pin this), about ten times faster; values it refuses (lone surrogates, integers past
    64 bits) take the standard library's path, so every version id stays what it always was."""
    try:
        return orjson.dumps(content, option=orjson.OPT_SORT_KEYS).decode()
    except TypeError:
        return json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def version_of_text(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=10).hexdigest()


def version_of(content: dict | None, previous: str = "") -> str:
    """The version id of a content: a hash, so the same content is the same version anywhere.
    A deletion's id derives from the version deleted, so two laptops deleting agree."""
    if content is None:
        return "x" + hashlib.blake2b(previous.encode(), digest_size=10).hexdigest()
    return version_of_text(canonical(content))


@dataclass
class Version:
    """A record as one side has it (content None: deleted)."""

    head: str
    ancestors: list[str]
    content: dict | None
    base_hash: str | None = None
    base: dict | None = None

    def knows(self, version: str) -> bool:
        return version == self.head or version in self.ancestors


@dataclass(frozen=True)
class Conflict:
    field: str
    local: object
    remote: object


@dataclass
class Outcome:
    """What to do with a record: `action` is one of same, keep, take, new, merge."""

    action: str
    content: dict | None = None
    head: str = ""
    ancestors: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)


def union(*lists: Iterable[str]) -> list[str]:
    """Version ids in first-seen order, the newest MAX_ANCESTORS kept."""
    seen: dict[str, None] = {}
    for items in lists:
        for item in items:
            seen.setdefault(item, None)
    return list(seen)[-MAX_ANCESTORS:]


def _base(local: Version, remote: Version) -> dict | None:
    """The content both sides last agreed on, when one of them still has it."""
    for version, content in ((local.base_hash, local.base), (remote.base_hash, remote.base)):
        if version and content is not None and local.knows(version) and remote.knows(version):
            return content
    return None


def _fields(base: dict | None, local: dict, remote: dict) -> tuple[dict, list[Conflict]]:
    merged = dict(local)
    conflicts: list[Conflict] = []
    for key in sorted(set(local) | set(remote)):
        mine, theirs = local.get(key), remote.get(key)
        if mine == theirs:
            continue
        if base is not None and mine == base.get(key):
            merged[key] = theirs
        elif base is not None and theirs == base.get(key):
            continue
        else:
            conflicts.append(Conflict(key, mine, theirs))
    return merged, conflicts


def merge(local: Version | None, remote: Version) -> Outcome:
    """Decide what happens to our copy of a record when their version arrives."""
    if local is None:
        return Outcome("new", remote.content, remote.head, list(remote.ancestors))
    seen = union(local.ancestors, [local.head], remote.ancestors)
    if local.head == remote.head:
        return Outcome("same", local.content, local.head, union(seen))
    if remote.knows(local.head):
        return Outcome("take", remote.content, remote.head, union(seen, [local.head]))
    if local.knows(remote.head):
        return Outcome("keep", local.content, local.head, local.ancestors)
    base = _base(local, remote)
    if local.content is None or remote.content is None:
        return _deletion(local, remote, base, seen)
    merged, conflicts = _fields(base, local.content, remote.content)
    if not conflicts:
        if merged == remote.content:
            return Outcome("take", remote.content, remote.head, union(seen, [remote.head]))
        head = version_of(merged)
        return Outcome("merge", merged, head, union(seen, [local.head, remote.head]))
    head = version_of(merged)
    # their head is deliberately not marked as seen while conflicts are open
    return Outcome("merge", merged, head, union(seen, [local.head]), conflicts)


def _deletion(local: Version, remote: Version, base: dict | None, seen: list[str]) -> Outcome:
    if local.content is None and remote.content is None:
        return Outcome("same", None, local.head, union(seen, [remote.head]))
    alive = local.content if local.content is not None else remote.content
    if base is not None and alive == base:
        # the side that kept the record did not change it: the deletion wins
        if remote.content is None:
            return Outcome("take", None, remote.head, union(seen, [local.head]))
        return Outcome("keep", None, local.head, union(seen, [remote.head]))
    conflict = Conflict(DELETED, local.content is None, remote.content is None)
    if local.content is None:
        # deleted here, changed there: keep it deleted until the user decides
        return Outcome("keep", None, local.head, seen, [conflict])
    return Outcome("keep", local.content, local.head, seen, [conflict])


def resolved(local: Version, remote_head: str) -> list[str]:
    """Ancestors once every conflict with `remote_head` is decided: their version is seen."""
    return union(local.ancestors, [remote_head])
