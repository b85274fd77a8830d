"""Translated labels and colours for the domain's vocabularies.

Stored values never change with the language; this table is the only place a status or a
relationship becomes words. Status colours come from the Okabe-Ito palette, chosen to stay
distinguishable with the common forms of colour blindness, and every badge also carries text.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor

from casetracker.domain.enums import (
    Confidence,
    Consent,
    Direction,
    Ethnicity,
    FacilityKind,
    InteractionKind,
    OrgKind,
    Relationship,
    Response,
    Sex,
    SourceType,
    Status,
)
from casetracker.gui.i18n import tr

CONTEXT = "Labels"

_LABEL_PAIRS: tuple[tuple[StrEnum, str], ...] = (
    (Status.DETAINED_CAMP, QT_TRANSLATE_NOOP("Labels", "Detained in a camp")),
    (Status.PRETRIAL, QT_TRANSLATE_NOOP("Labels", "Pre-trial detention")),
    (Status.IMPRISONED, QT_TRANSLATE_NOOP("Labels", "Sentenced / in prison")),
    (Status.HOUSE_ARREST, QT_TRANSLATE_NOOP("Labels", "House arrest")),
    (Status.FORCED_LABOUR, QT_TRANSLATE_NOOP("Labels", "Forced labour")),
    (Status.EXIT_BANNED, QT_TRANSLATE_NOOP("Labels", "Released, cannot leave China")),
    (Status.RELEASED, QT_TRANSLATE_NOOP("Labels", "Released")),
    (Status.LEFT_CHINA, QT_TRANSLATE_NOOP("Labels", "Allowed to leave China")),
    (Status.ARRIVED_KZ, QT_TRANSLATE_NOOP("Labels", "Arrived in Kazakhstan")),
    (Status.DIED, QT_TRANSLATE_NOOP("Labels", "Died")),
    (Status.DISAPPEARED, QT_TRANSLATE_NOOP("Labels", "Disappeared")),
    (Status.UNKNOWN, QT_TRANSLATE_NOOP("Labels", "Unknown")),
    (SourceType.FAMILY, QT_TRANSLATE_NOOP("Labels", "Family testimony")),
    (SourceType.DOCUMENT, QT_TRANSLATE_NOOP("Labels", "Document")),
    (SourceType.MEDIA, QT_TRANSLATE_NOOP("Labels", "Media")),
    (SourceType.LEAKED_LIST, QT_TRANSLATE_NOOP("Labels", "Leaked official list")),
    (SourceType.PRC_OFFICIAL, QT_TRANSLATE_NOOP("Labels", "PRC official statement")),
    (SourceType.PROOF_OF_LIFE, QT_TRANSLATE_NOOP("Labels", "Proof-of-life video")),
    (SourceType.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
    (Confidence.CONFIRMED, QT_TRANSLATE_NOOP("Labels", "Confirmed")),
    (Confidence.PROBABLE, QT_TRANSLATE_NOOP("Labels", "Probable")),
    (Confidence.POSSIBLE, QT_TRANSLATE_NOOP("Labels", "Possible")),
    (Confidence.UNVERIFIED, QT_TRANSLATE_NOOP("Labels", "Unverified")),
    (Sex.MALE, QT_TRANSLATE_NOOP("Labels", "Male")),
    (Sex.FEMALE, QT_TRANSLATE_NOOP("Labels", "Female")),
    (Sex.UNKNOWN, QT_TRANSLATE_NOOP("Labels", "Not known")),
    (Consent.INTERNAL, QT_TRANSLATE_NOOP("Labels", "Internal use only")),
    (Consent.EMBASSY, QT_TRANSLATE_NOOP("Labels", "Embassies and UN")),
    (Consent.PUBLIC, QT_TRANSLATE_NOOP("Labels", "Public")),
    (Relationship.SPOUSE, QT_TRANSLATE_NOOP("Labels", "Spouse")),
    (Relationship.CHILD, QT_TRANSLATE_NOOP("Labels", "Son or daughter")),
    (Relationship.PARENT, QT_TRANSLATE_NOOP("Labels", "Parent")),
    (Relationship.SIBLING, QT_TRANSLATE_NOOP("Labels", "Brother or sister")),
    (Relationship.GRANDCHILD, QT_TRANSLATE_NOOP("Labels", "Grandchild")),
    (Relationship.GRANDPARENT, QT_TRANSLATE_NOOP("Labels", "Grandparent")),
    (Relationship.NEPHEW_NIECE, QT_TRANSLATE_NOOP("Labels", "Nephew or niece")),
    (Relationship.UNCLE_AUNT, QT_TRANSLATE_NOOP("Labels", "Uncle or aunt")),
    (Relationship.COUSIN, QT_TRANSLATE_NOOP("Labels", "Cousin")),
    (Relationship.IN_LAW, QT_TRANSLATE_NOOP("Labels", "In-law")),
    (Relationship.OTHER_RELATIVE, QT_TRANSLATE_NOOP("Labels", "Other relative")),
    (Relationship.FRIEND, QT_TRANSLATE_NOOP("Labels", "Friend or neighbour")),
    (Relationship.SELF, QT_TRANSLATE_NOOP("Labels", "The person themself")),
    (Relationship.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
    (FacilityKind.CAMP, QT_TRANSLATE_NOOP("Labels", "Camp")),
    (FacilityKind.DETENTION_CENTRE, QT_TRANSLATE_NOOP("Labels", "Detention centre")),
    (FacilityKind.PRISON, QT_TRANSLATE_NOOP("Labels", "Prison")),
    (FacilityKind.FACTORY, QT_TRANSLATE_NOOP("Labels", "Factory")),
    (FacilityKind.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
    (OrgKind.EMBASSY, QT_TRANSLATE_NOOP("Labels", "Embassy")),
    (OrgKind.CONSULATE, QT_TRANSLATE_NOOP("Labels", "Consulate")),
    (OrgKind.MINISTRY, QT_TRANSLATE_NOOP("Labels", "Ministry")),
    (OrgKind.UN_BODY, QT_TRANSLATE_NOOP("Labels", "UN body")),
    (OrgKind.NGO, QT_TRANSLATE_NOOP("Labels", "NGO")),
    (OrgKind.MEDIA, QT_TRANSLATE_NOOP("Labels", "Media")),
    (OrgKind.LAWYER, QT_TRANSLATE_NOOP("Labels", "Lawyer")),
    (OrgKind.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
    (InteractionKind.LETTER, QT_TRANSLATE_NOOP("Labels", "Letter")),
    (InteractionKind.EMAIL, QT_TRANSLATE_NOOP("Labels", "E-mail")),
    (InteractionKind.MEETING, QT_TRANSLATE_NOOP("Labels", "Meeting")),
    (InteractionKind.CALL, QT_TRANSLATE_NOOP("Labels", "Phone call")),
    (InteractionKind.PETITION, QT_TRANSLATE_NOOP("Labels", "Petition")),
    (InteractionKind.UN_COMMUNICATION, QT_TRANSLATE_NOOP("Labels", "UN communication")),
    (InteractionKind.MEDIA, QT_TRANSLATE_NOOP("Labels", "Media")),
    (Direction.OUTGOING, QT_TRANSLATE_NOOP("Labels", "Sent")),
    (Direction.INCOMING, QT_TRANSLATE_NOOP("Labels", "Received")),
    (Response.NONE, QT_TRANSLATE_NOOP("Labels", "No response")),
    (Response.ACKNOWLEDGED, QT_TRANSLATE_NOOP("Labels", "Acknowledged")),
    (Response.DENIED, QT_TRANSLATE_NOOP("Labels", "Denied")),
    (Response.MORE_INFO, QT_TRANSLATE_NOOP("Labels", "Asked for more information")),
    (Response.FAVOURABLE, QT_TRANSLATE_NOOP("Labels", "Favourable")),
    (Ethnicity.KAZAKH, QT_TRANSLATE_NOOP("Labels", "Kazakh")),
    (Ethnicity.UYGHUR, QT_TRANSLATE_NOOP("Labels", "Uyghur")),
    (Ethnicity.KYRGYZ, QT_TRANSLATE_NOOP("Labels", "Kyrgyz")),
    (Ethnicity.HUI, QT_TRANSLATE_NOOP("Labels", "Hui")),
    (Ethnicity.UZBEK, QT_TRANSLATE_NOOP("Labels", "Uzbek")),
    (Ethnicity.TATAR, QT_TRANSLATE_NOOP("Labels", "Tatar")),
    (Ethnicity.HAN, QT_TRANSLATE_NOOP("Labels", "Han")),
    (Ethnicity.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
)
#: Keyed by (enum class, value): StrEnum members of different vocabularies that share a value
#: ("unknown" is both a Status and a Sex) are equal as strings and would collide as plain keys.
_BY_TYPE: dict[tuple[type, str], str] = {(type(k), k.value): v for k, v in _LABEL_PAIRS}

#: Okabe-Ito based; held statuses warm, released cool, died black, unknown grey.
STATUS_COLOURS: dict[Status, str] = {
    Status.DETAINED_CAMP: "#D55E00",
    Status.PRETRIAL: "#E69F00",
    Status.IMPRISONED: "#CC79A7",
    Status.HOUSE_ARREST: "#F0E442",
    Status.FORCED_LABOUR: "#B8860B",
    Status.EXIT_BANNED: "#56B4E9",
    Status.RELEASED: "#0072B2",
    Status.LEFT_CHINA: "#009E73",
    Status.ARRIVED_KZ: "#007A5A",
    Status.DIED: "#222222",
    Status.DISAPPEARED: "#7F3C8D",
    Status.UNKNOWN: "#999999",
}


def label(value: StrEnum) -> str:
    """The translated label of any vocabulary value (falls back to the stored value)."""
    text = _BY_TYPE.get((type(value), value.value))
    return tr(CONTEXT, text) if text else str(value)


def ethnicity_label(value: str) -> str:
    """Standard ethnicities in words; anything a volunteer typed is shown as typed."""
    if not value:
        return tr(CONTEXT, "Not recorded")
    try:
        return label(Ethnicity(value.casefold()))
    except ValueError:
        return value


def choices(enum: type[StrEnum]) -> list[tuple[str, StrEnum]]:
    """(label, value) pairs in the enum's order, for combo boxes."""
    return [(label(member), member) for member in enum]


def status_colour(status: Status) -> QColor:
    return QColor(STATUS_COLOURS.get(status, "#999999"))


def text_colour_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on the badge colour."""
    luminance = 0.299 * background.red() + 0.587 * background.green() + 0.114 * background.blue()
    return QColor("#000000" if luminance > 140 else "#FFFFFF")
