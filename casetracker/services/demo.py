"""Deterministic synthetic demo vaults: realistic in shape, invented in every detail.

Scales to 100,000 people and 500,000 events by writing in bulk inside one transaction; the
result is one (not undoable) audit line "Create demo data".
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import struct
import uuid as uuidlib
import zlib
from dataclasses import dataclass

from casetracker.domain.enums import Status
from casetracker.domain.fuzzydate import FuzzyDate
from casetracker.services import demo_data as data
from casetracker.services.demo_scripts import patronymic, to_arabic, to_latin
from casetracker.services.session import Session
from casetracker.store import bulk, namekeys, records

BASE_TIME = dt.datetime(2024, 1, 15, 10, 0, 0)


@dataclass(frozen=True)
class DemoSummary:
    people: int
    events: int
    reporters: int
    interactions: int


#: Typical paths through the statuses, with their weights (DOMAIN.md).
_HISTORIES = (
    ((Status.DETAINED_CAMP,), 18),
    ((Status.DETAINED_CAMP, Status.IMPRISONED), 20),
    ((Status.PRETRIAL, Status.IMPRISONED), 8),
    ((Status.DETAINED_CAMP, Status.HOUSE_ARREST), 8),
    ((Status.DETAINED_CAMP, Status.FORCED_LABOUR), 6),
    ((Status.DETAINED_CAMP, Status.EXIT_BANNED), 12),
    ((Status.DETAINED_CAMP, Status.EXIT_BANNED, Status.LEFT_CHINA), 6),
    ((Status.DETAINED_CAMP, Status.RELEASED, Status.LEFT_CHINA, Status.ARRIVED_KZ), 5),
    ((Status.DETAINED_CAMP, Status.DIED), 3),
    ((Status.DISAPPEARED,), 8),
    ((Status.UNKNOWN,), 6),
)
_SOURCES = ("family_testimony",) * 6 + ("document", "media", "leaked_list", "prc_official")
_CONFIDENCE = ("confirmed", "probable", "probable", "possible", "unverified")
_RELATIONS = ("child", "child", "spouse", "sibling", "sibling", "parent", "nephew_niece")
_ETHNICITY = ("kazakh",) * 15 + ("uyghur",) * 3 + ("kyrgyz", "hui")


def _fuzzy_text(rng: random.Random, year: int) -> str:
    kind = rng.random()
    if kind < 0.35:
        return str(year)
    if kind < 0.55:
        return f"{year}-{rng.randint(1, 12):02d}"
    if kind < 0.65:
        return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if kind < 0.8:
        return f"{year}-{rng.choice((21, 22, 23, 24))}"
    if kind < 0.9:
        return f"{year}~"
    return f"../{year + 1}"


def _bounds(text: str) -> tuple[str | None, str | None]:
    date = FuzzyDate.parse(text)
    return (
        date.lower.isoformat() if date.lower else None,
        date.upper.isoformat() if date.upper else None,
    )


def _sort_key(text: str) -> str:
    return FuzzyDate.parse(text).sort_key.isoformat()


def _png_avatar(seed: int) -> bytes:
    """A small portrait placeholder drawn by code: coloured background, head and shoulders."""
    rng = random.Random(seed)
    w, h = 96, 120
    bg = (rng.randint(150, 220), rng.randint(150, 220), rng.randint(150, 220))
    fg = (rng.randint(40, 90), rng.randint(40, 90), rng.randint(60, 110))
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            head = (x - 48) ** 2 + (y - 45) ** 2 < 22**2
            body = y > 78 and (x - 48) ** 2 + (y - 125) ** 2 < 46**2
            row += bytes(fg if head or body else bg)
        rows.append(bytes(row))

    def chunk(tag: bytes, payload: bytes) -> bytes:
        return (
            struct.pack(">I", len(payload))
            + tag
            + payload
            + struct.pack(">I", zlib.crc32(tag + payload) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + chunk(b"IEND", b"")
    )


class _Builder:
    """Accumulates rows with explicit ids, then writes them in bulk."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.rows: dict[str, list[dict]] = {name: [] for name in records.TRACKED}
        self.next = {name: bulk.next_id(name) for name in records.TRACKED if name != "setting"}

    def add(self, entity: str, **row) -> int:
        row_id = self.next[entity]
        self.next[entity] += 1
        self.rows[entity].append({"id": row_id, **row})
        return row_id

    def uuid(self) -> str:
        return str(uuidlib.UUID(int=self.rng.getrandbits(128), version=4))


def _names(b: _Builder, person_id: int, female: bool) -> None:
    given, given_zh = b.rng.choice(data.FEMALE if female else data.MALE)
    father, father_zh = b.rng.choice(data.MALE)
    cyr = f"{given} {patronymic(father, female)}"
    forms = [
        (cyr, "Cyrl", "primary"),
        (to_latin(cyr), "Latn", "passport"),
        (to_arabic(cyr), "Arab", "primary"),
        (f"{given_zh}·{father_zh}", "Hani", "primary"),
    ]
    if b.rng.random() < 0.3:
        forms.append((f"{to_latin(given)} {to_latin(father)}", "Latn", "alias"))
    for position, (text, script, kind) in enumerate(forms):
        b.add("name", person=person_id, text=text, script=script, kind=kind, position=position)
    return to_latin(cyr).casefold()


def _events(b: _Builder, person_id: int, facilities: list[int]) -> tuple[str, str, str | None]:
    path = b.rng.choices([h for h, _ in _HISTORIES], [w for _, w in _HISTORIES])[0]
    year = b.rng.choice((2017, 2017, 2018, 2018, 2018, 2019))
    last = ("unknown", "", None)
    for index, status in enumerate(path):
        text = _fuzzy_text(b.rng, min(year + index, 2024))
        lower, upper = _bounds(text)
        held = status in (Status.DETAINED_CAMP, Status.PRETRIAL, Status.IMPRISONED)
        b.add(
            "status_event",
            uuid=b.uuid(),
            person=person_id,
            status=status.value,
            date=text,
            date_lower=lower,
            date_upper=upper,
            facility=b.rng.choice(facilities) if held and b.rng.random() < 0.7 else None,
            place="",
            source_type=b.rng.choice(_SOURCES),
            confidence=b.rng.choice(_CONFIDENCE),
            sentence=f"{b.rng.randint(5, 20)} years" if status is Status.IMPRISONED else "",
            charge=b.rng.choice(data.CHARGES) if status is Status.IMPRISONED else "",
            note="",
            recorded_at=BASE_TIME + dt.timedelta(minutes=person_id * 3 + index),
        )
        last = (status.value, text, _sort_key(text))
    return last


def generate(session: Session, people: int = 300, seed: int = 1, photos: int = 12) -> DemoSummary:
    """Add `people` synthetic cases (same seed, same data) with reporters and advocacy."""
    rng = random.Random(seed)
    b = _Builder(rng)
    with records.db.atomic():
        facilities = [
            b.add("facility", uuid=b.uuid(), name=n, other_names="", kind=k, place=p, notes="")
            for n, k, p in data.FACILITIES
        ]
        orgs = [
            b.add("organization", uuid=b.uuid(), name=n, kind=k, country=c, notes="")
            for n, k, c in data.ORGANIZATIONS
        ]
        contacts = [
            b.add(
                "contact",
                uuid=b.uuid(),
                organization=org,
                name=f"Officer {i + 1}",
                role="Desk officer",
                email="",
                phone="",
                notes="",
            )
            for i, org in enumerate(orgs)
        ]
        first_ref = bulk.next_id("person")
        reporter_ids: list[int] = []
        for n in range(people):
            _person(b, first_ref + n, facilities, orgs, contacts, reporter_ids)
        photo_rows = _photos(b, first_ref, min(photos, people))
        for entity in (
            "facility",
            "organization",
            "contact",
            "person",
            "name",
            "status_event",
            "reporter",
            "person_reporter",
            "interaction",
            "interaction_person",
            "attachment",
        ):
            bulk.insert(entity, b.rows[entity])
        for sha, png in photo_rows:
            bulk.insert_blob(sha, png)
        namekeys.reindex_persons(range(first_ref, first_ref + people))
        bulk.record_batch_operation(f"Create demo data ({people} cases)", session.volunteer)
    return DemoSummary(
        people, len(b.rows["status_event"]), len(b.rows["reporter"]), len(b.rows["interaction"])
    )


def _person(b: _Builder, pid: int, facilities, orgs, contacts, reporter_ids) -> None:
    rng = b.rng
    female = rng.random() < 0.35
    b.next["person"] = pid
    sort_name = ""
    birth_year = rng.randint(1945, 2000)
    birth = str(birth_year) if rng.random() < 0.6 else f"{birth_year}~"
    lower, upper = _bounds(birth)
    person_row = {
        "uuid": b.uuid(),
        "ref": f"CT-{pid:04d}",
        "sex": "female" if female else "male",
        "birth_date": birth,
        "birth_lower": lower,
        "birth_upper": upper,
        "ethnicity": rng.choice(_ETHNICITY),
        "citizenship": rng.choice(
            ("PRC citizen", "PRC citizen, Kazakhstan residence permit", "Kazakhstan citizen")
        ),
        "hometown": rng.choice(data.HOMETOWNS),
        "occupation": rng.choice(
            ("herder", "teacher", "farmer", "trader", "imam", "driver", "student", "")
        ),
        "notes": rng.choice(data.NOTES),
        "consent": rng.choice(("embassy_un",) * 3 + ("public",)),
        "request": "Please raise this case and ask for proof of life and release.",
        # spread over the two years before BASE_TIME, so "new cases over time" has a shape
        "created_at": (created := BASE_TIME - dt.timedelta(minutes=rng.randint(0, 2 * 525_600))),
        "updated_at": created + dt.timedelta(minutes=2),
    }
    b.add("person", **person_row)
    sort_name = _names(b, pid, female)
    status, date_text, sort_key = _events(b, pid, facilities)
    b.rows["person"][-1].update(
        sort_name=sort_name, current_status=status, status_date=date_text, status_sort=sort_key
    )
    # reporters: usually a new family member, sometimes one who reports several relatives
    if reporter_ids and rng.random() < 0.15:
        reporter = rng.choice(reporter_ids)
    else:
        given, _zh = rng.choice(data.FEMALE + data.MALE)
        reporter = b.add(
            "reporter",
            uuid=b.uuid(),
            name=f"{given} (relative)",
            phone=f"+7 70{rng.randint(0, 9)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
            city=rng.choice(data.REPORTER_CITIES),
            consent=rng.choice(("internal", "embassy_un", "embassy_un", "public")),
            notes="",
        )
        reporter_ids.append(reporter)
    b.add("person_reporter", person=pid, reporter=reporter, relationship=rng.choice(_RELATIONS))
    for _ in range(rng.choice((0, 1, 1, 2, 3))):
        org_index = rng.randrange(len(orgs))
        year = rng.randint(2019, 2025)
        text = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        lower, upper = _bounds(text)
        due = None
        if rng.random() < 0.4:
            due = (dt.date.fromisoformat(text) + dt.timedelta(days=rng.randint(14, 60))).isoformat()
        iid = b.add(
            "interaction",
            uuid=b.uuid(),
            kind=rng.choice(
                ("letter", "email", "meeting", "petition", "un_communication", "media")
            ),
            date=text,
            date_lower=lower,
            date_upper=upper,
            direction="outgoing",
            organization=orgs[org_index],
            contact=contacts[org_index],
            summary=rng.choice(data.SUMMARIES),
            response=rng.choice(
                ("none", "none", "acknowledged", "denied", "more_info_requested", "favourable")
            ),
            follow_up_due=due,
            follow_up_done=bool(due) and rng.random() < 0.3,
            updated_at=BASE_TIME,
        )
        b.add("interaction_person", interaction=iid, person=pid)


def _photos(b: _Builder, first_pid: int, count: int) -> list[tuple[str, bytes]]:
    blobs = []
    for n in range(count):
        png = _png_avatar(first_pid + n)
        sha = hashlib.sha256(png).hexdigest()
        blobs.append((sha, png))
        b.add(
            "attachment",
            uuid=b.uuid(),
            person=first_pid + n,
            filename=f"photo-{n + 1}.png",
            mime="image/png",
            sha256=sha,
            size=len(png),
            caption="Portrait (synthetic demo image)",
            source_note="Drawn by the demo generator",
            is_photo=True,
            added_at=BASE_TIME,
        )
    return blobs
