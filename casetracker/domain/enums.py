"""Controlled vocabularies of the domain.

Values are stable identifiers stored in the vault and written in JSON exports; labels for people
live in `labels.py` so that translations never change stored data.
"""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    """What is known about a detained person at one point in time (DOMAIN.md)."""

    DETAINED_CAMP = "detained_camp"
    PRETRIAL = "pretrial_detention"
    IMPRISONED = "imprisoned"
    HOUSE_ARREST = "house_arrest"
    FORCED_LABOUR = "forced_labour"
    EXIT_BANNED = "released_exit_banned"
    RELEASED = "released"
    LEFT_CHINA = "left_china"
    ARRIVED_KZ = "arrived_kazakhstan"
    DIED = "died"
    DISAPPEARED = "disappeared"
    UNKNOWN = "unknown"


#: Statuses in which the person is still held in some form; used by filters and the overview.
HELD_STATUSES = frozenset(
    {
        Status.DETAINED_CAMP,
        Status.PRETRIAL,
        Status.IMPRISONED,
        Status.HOUSE_ARREST,
        Status.FORCED_LABOUR,
    }
)


class SourceType(StrEnum):
    FAMILY = "family_testimony"
    DOCUMENT = "document"
    MEDIA = "media"
    LEAKED_LIST = "leaked_list"
    PRC_OFFICIAL = "prc_official"
    PROOF_OF_LIFE = "proof_of_life_video"
    OTHER = "other"


class Confidence(StrEnum):
    CONFIRMED = "confirmed"
    PROBABLE = "probable"
    POSSIBLE = "possible"
    UNVERIFIED = "unverified"


class Sex(StrEnum):
    MALE = "male"
    FEMALE = "female"
    UNKNOWN = "unknown"


class Script(StrEnum):
    """ISO 15924 codes of the scripts names are written in."""

    CYRL = "Cyrl"
    LATN = "Latn"
    ARAB = "Arab"
    HANI = "Hani"
    OTHER = "Zyyy"


class NameKind(StrEnum):
    PRIMARY = "primary"
    PASSPORT = "passport"
    ALIAS = "alias"


class Consent(StrEnum):
    """Which uses of a record its reporter (or the person) allowed; ordered narrowest first."""

    INTERNAL = "internal"
    EMBASSY = "embassy_un"
    PUBLIC = "public"


CONSENT_ORDER = (Consent.INTERNAL, Consent.EMBASSY, Consent.PUBLIC)


class Relationship(StrEnum):
    SPOUSE = "spouse"
    CHILD = "child"
    PARENT = "parent"
    SIBLING = "sibling"
    GRANDCHILD = "grandchild"
    GRANDPARENT = "grandparent"
    NEPHEW_NIECE = "nephew_niece"
    UNCLE_AUNT = "uncle_aunt"
    COUSIN = "cousin"
    IN_LAW = "in_law"
    OTHER_RELATIVE = "other_relative"
    FRIEND = "friend"
    SELF = "self"
    OTHER = "other"


class Ethnicity(StrEnum):
    KAZAKH = "kazakh"
    UYGHUR = "uyghur"
    KYRGYZ = "kyrgyz"
    HUI = "hui"
    UZBEK = "uzbek"
    TATAR = "tatar"
    HAN = "han"
    OTHER = "other"


class FacilityKind(StrEnum):
    CAMP = "camp"
    DETENTION_CENTRE = "detention_centre"
    PRISON = "prison"
    FACTORY = "factory"
    OTHER = "other"


class OrgKind(StrEnum):
    EMBASSY = "embassy"
    CONSULATE = "consulate"
    MINISTRY = "ministry"
    UN_BODY = "un_body"
    NGO = "ngo"
    MEDIA = "media"
    LAWYER = "lawyer"
    OTHER = "other"


class InteractionKind(StrEnum):
    LETTER = "letter"
    EMAIL = "email"
    MEETING = "meeting"
    CALL = "call"
    PETITION = "petition"
    UN_COMMUNICATION = "un_communication"
    MEDIA = "media"


class Direction(StrEnum):
    OUTGOING = "outgoing"
    INCOMING = "incoming"


class Response(StrEnum):
    NONE = "none"
    ACKNOWLEDGED = "acknowledged"
    DENIED = "denied"
    MORE_INFO = "more_info_requested"
    FAVOURABLE = "favourable"


class ReportLevel(StrEnum):
    PUBLIC = "public"
    EMBASSY = "embassy"
    INTERNAL = "internal"
