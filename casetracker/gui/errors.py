"""Service error messages in the interface language.

The core raises typed errors with one-line English messages (`ValidationError("name",
"is required")`), because it is shared with the command line and must not import Qt. This
table is where the GUI turns the messages a volunteer can meet into words of their language:
each known message shape is a regular expression whose named groups fill the `{placeholders}`
of a translatable template. A message the table does not know is shown as the core wrote it
(still readable, in English), so a new service error never breaks a dialog; add its shape
here and run `make translations`.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP

from casetracker.domain.errors import CaseTrackerError, ValidationError
from casetracker.gui.i18n import tr

_C = "ServiceErrors"

#: Field names as the services spell them -> words (fields not listed are shown humanised).
_FIELDS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("ServiceErrors", "Name"),
    "names": QT_TRANSLATE_NOOP("ServiceErrors", "Names"),
    "person.names": QT_TRANSLATE_NOOP("ServiceErrors", "Names"),
    "ref": QT_TRANSLATE_NOOP("ServiceErrors", "Reference"),
    "sex": QT_TRANSLATE_NOOP("ServiceErrors", "Sex"),
    "ethnicity": QT_TRANSLATE_NOOP("ServiceErrors", "Ethnicity"),
    "citizenship": QT_TRANSLATE_NOOP("ServiceErrors", "Citizenship"),
    "hometown": QT_TRANSLATE_NOOP("ServiceErrors", "Hometown"),
    "occupation": QT_TRANSLATE_NOOP("ServiceErrors", "Occupation"),
    "notes": QT_TRANSLATE_NOOP("ServiceErrors", "Notes"),
    "request": QT_TRANSLATE_NOOP("ServiceErrors", "Request"),
    "consent": QT_TRANSLATE_NOOP("ServiceErrors", "Consent"),
    "birth": QT_TRANSLATE_NOOP("ServiceErrors", "Date of birth"),
    "date": QT_TRANSLATE_NOOP("ServiceErrors", "Date"),
    "status": QT_TRANSLATE_NOOP("ServiceErrors", "Status"),
    "facility": QT_TRANSLATE_NOOP("ServiceErrors", "Facility"),
    "identifier": QT_TRANSLATE_NOOP("ServiceErrors", "Identity document"),
    "phone": QT_TRANSLATE_NOOP("ServiceErrors", "Phone"),
    "email": QT_TRANSLATE_NOOP("ServiceErrors", "E-mail"),
    "reporter": QT_TRANSLATE_NOOP("ServiceErrors", "Reporter"),
    "reporter_name": QT_TRANSLATE_NOOP("ServiceErrors", "Reporter's name"),
    "relationship": QT_TRANSLATE_NOOP("ServiceErrors", "Relationship"),
    "photo": QT_TRANSLATE_NOOP("ServiceErrors", "Photo"),
    "file": QT_TRANSLATE_NOOP("ServiceErrors", "File"),
    "filename": QT_TRANSLATE_NOOP("ServiceErrors", "File name"),
    "passphrase": QT_TRANSLATE_NOOP("ServiceErrors", "Passphrase"),
    "password": QT_TRANSLATE_NOOP("ServiceErrors", "Password"),
    "persons": QT_TRANSLATE_NOOP("ServiceErrors", "Cases"),
    "cases": QT_TRANSLATE_NOOP("ServiceErrors", "Cases"),
    "level": QT_TRANSLATE_NOOP("ServiceErrors", "Level"),
    "mapping": QT_TRANSLATE_NOOP("ServiceErrors", "Columns"),
    "format": QT_TRANSLATE_NOOP("ServiceErrors", "Format"),
    "bundle": QT_TRANSLATE_NOOP("ServiceErrors", "Transfer bundle"),
    "output": QT_TRANSLATE_NOOP("ServiceErrors", "Output file"),
    "organization": QT_TRANSLATE_NOOP("ServiceErrors", "Organisation"),
    "contact": QT_TRANSLATE_NOOP("ServiceErrors", "Contact"),
    "summary": QT_TRANSLATE_NOOP("ServiceErrors", "Summary"),
    "kind": QT_TRANSLATE_NOOP("ServiceErrors", "Kind"),
    "source_type": QT_TRANSLATE_NOOP("ServiceErrors", "Source"),
    "confidence": QT_TRANSLATE_NOOP("ServiceErrors", "Confidence"),
    "follow_up_due": QT_TRANSLATE_NOOP("ServiceErrors", "Follow-up date"),
}

#: (English message as the core writes it, as a regular expression; translatable template).
_MESSAGES: tuple[tuple[str, str], ...] = (
    (r"is required", QT_TRANSLATE_NOOP("ServiceErrors", "is required")),
    (r"must be text", QT_TRANSLATE_NOOP("ServiceErrors", "must be text")),
    (
        r"is too long \((?P<length>\d+) characters, at most (?P<limit>\d+)\)",
        QT_TRANSLATE_NOOP("ServiceErrors", "is too long ({length} characters, at most {limit})"),
    ),
    (
        r"'(?P<value>.*)' is not a date \(use YYYY-MM-DD\)",
        QT_TRANSLATE_NOOP("ServiceErrors", "“{value}” is not a date (use YYYY-MM-DD)"),
    ),
    (
        r"'(?P<value>.*)' is not one of: (?P<allowed>.*)",
        QT_TRANSLATE_NOOP("ServiceErrors", "“{value}” is not one of: {allowed}"),
    ),
    (
        r"not a date: '(?P<value>.*)' \((?P<reason>.*)\)",
        QT_TRANSLATE_NOOP("ServiceErrors", "“{value}” is not a date ({reason})"),
    ),
    (
        r"use at least (?P<n>\d+) characters",
        QT_TRANSLATE_NOOP("ServiceErrors", "use at least {n} characters"),
    ),
    (
        r"use at least (?P<n>\d+) characters for a protected PDF",
        QT_TRANSLATE_NOOP("ServiceErrors", "use at least {n} characters for a protected PDF"),
    ),
    (
        r"a case needs at least one name",
        QT_TRANSLATE_NOOP("ServiceErrors", "a case needs at least one name"),
    ),
    (
        r"(?P<ref>.+) is already used by another case",
        QT_TRANSLATE_NOOP("ServiceErrors", "{ref} is already used by another case"),
    ),
    (r"already reports this case", QT_TRANSLATE_NOOP("ServiceErrors", "already reports this case")),
    (
        r"an interaction concerns at least one case",
        QT_TRANSLATE_NOOP("ServiceErrors", "an advocacy step concerns at least one case"),
    ),
    (
        r"is required: ask the family which uses they allow",
        QT_TRANSLATE_NOOP("ServiceErrors", "is required: ask the family which uses they allow"),
    ),
    (
        r"'(?P<value>.*)' is not a phone number",
        QT_TRANSLATE_NOOP("ServiceErrors", "“{value}” is not a phone number"),
    ),
    (
        r"is required with a phone number",
        QT_TRANSLATE_NOOP("ServiceErrors", "is required with a phone number"),
    ),
    (
        r"is required to add a testimony",
        QT_TRANSLATE_NOOP("ServiceErrors", "is required to add a testimony"),
    ),
    (r"the photo is empty", QT_TRANSLATE_NOOP("ServiceErrors", "the photo is empty")),
    (r"the photo is too large", QT_TRANSLATE_NOOP("ServiceErrors", "the photo is too large")),
    (
        r"(?P<value>.+) is not a plausible birth date",
        QT_TRANSLATE_NOOP("ServiceErrors", "{value} is not a plausible birth date"),
    ),
    (r"(?P<name>.+) is empty", QT_TRANSLATE_NOOP("ServiceErrors", "{name} is empty")),
    (
        r"(?P<name>.+) is larger than (?P<n>\d+) MB",
        QT_TRANSLATE_NOOP("ServiceErrors", "{name} is larger than {n} MB"),
    ),
    (
        r"cannot read (?P<path>.+?): (?P<reason>.+)",
        QT_TRANSLATE_NOOP("ServiceErrors", "cannot read {path}: {reason}"),
    ),
    (r"no such file: (?P<path>.+)", QT_TRANSLATE_NOOP("ServiceErrors", "no such file: {path}")),
    (r"choose at least one case", QT_TRANSLATE_NOOP("ServiceErrors", "choose at least one case")),
    (
        r"a case cannot be merged with itself",
        QT_TRANSLATE_NOOP("ServiceErrors", "a case cannot be merged with itself"),
    ),
    (r"wrong passphrase", QT_TRANSLATE_NOOP("ServiceErrors", "Wrong passphrase.")),
    (r"wrong recovery code", QT_TRANSLATE_NOOP("ServiceErrors", "Wrong recovery code.")),
    (
        r"wrong bundle passphrase \(or a damaged bundle header\)",
        QT_TRANSLATE_NOOP(
            "ServiceErrors", "Wrong passphrase for this bundle (or the bundle is damaged)."
        ),
    ),
    (r"a vault needs a passphrase", QT_TRANSLATE_NOOP("ServiceErrors", "choose a passphrase")),
    (r"a bundle needs a passphrase", QT_TRANSLATE_NOOP("ServiceErrors", "choose a passphrase")),
    (r"nothing to undo", QT_TRANSLATE_NOOP("ServiceErrors", "Nothing to undo.")),
    (r"nothing to redo", QT_TRANSLATE_NOOP("ServiceErrors", "Nothing to redo.")),
    (
        r"(?:.+ )?(?:was )?made by a newer CaseTracker; please update",
        QT_TRANSLATE_NOOP(
            "ServiceErrors", "This was made by a newer version of CaseTracker: please update."
        ),
    ),
    (
        r"another vault is already open in this program; lock it first",
        QT_TRANSLATE_NOOP(
            "ServiceErrors", "Another vault is already open in this window: lock it first."
        ),
    ),
    (
        r"a vault already exists at (?P<path>.+)",
        QT_TRANSLATE_NOOP("ServiceErrors", "A vault already exists at {path}."),
    ),
    (
        r"not a readable CaseTracker vault: (?P<path>.+)",
        QT_TRANSLATE_NOOP("ServiceErrors", "{path} is not a readable CaseTracker vault."),
    ),
    (
        r"not a readable CaseTracker vault \(its key file is damaged\)",
        QT_TRANSLATE_NOOP(
            "ServiceErrors", "This is not a readable CaseTracker vault: its key file is damaged."
        ),
    ),
    (r"no case with id \d+", QT_TRANSLATE_NOOP("ServiceErrors", "This case no longer exists.")),
    (
        r"no case with reference (?P<ref>.+)",
        QT_TRANSLATE_NOOP("ServiceErrors", "There is no case with the reference {ref}."),
    ),
    (
        r"this reporter is not linked to this case",
        QT_TRANSLATE_NOOP("ServiceErrors", "This reporter is not linked to this case."),
    ),
    (
        r"the attachment's content is missing from the vault",
        QT_TRANSLATE_NOOP(
            "ServiceErrors", "The content of this attachment is missing from the vault."
        ),
    ),
    (
        r"(?P<name>.+) is not a (?:text \(CSV\)|readable XLSX|readable ODS|CaseTracker JSON) "
        r"(?:file|export)(?: \(.*\))?",
        QT_TRANSLATE_NOOP("ServiceErrors", "{name} cannot be read as this kind of file."),
    ),
    (
        r"(?P<name>.+) has no header row",
        QT_TRANSLATE_NOOP("ServiceErrors", "{name} has no header row."),
    ),
    (r"no column holds a name", QT_TRANSLATE_NOOP("ServiceErrors", "no column holds a name")),
)


@cache
def _compiled() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Compiled when the first error is shown: 44 patterns were 5-9 ms of every start-up."""
    return tuple((re.compile(pattern, re.DOTALL), template) for pattern, template in _MESSAGES)


def field_text(field: str) -> str:
    """A service field name in words ("reporter_name" -> "Reporter's name")."""
    known = _FIELDS.get(field)
    if known is not None:
        return tr(_C, known)
    return field.rsplit(".", 1)[-1].replace("_", " ").capitalize()


def message_text(message: str) -> str:
    """A core message in the interface language (as written when its shape is unknown)."""
    for pattern, template in _compiled():
        match = pattern.fullmatch(message.strip())
        if match is not None:
            return tr(_C, template).format(**match.groupdict())
    return message


def error_text(exc: CaseTrackerError) -> str:
    """What a dialog says about a typed error: "Name: is required" in the volunteer's words."""
    if isinstance(exc, ValidationError):
        return tr("Errors", "{field}: {message}").format(
            field=field_text(exc.field), message=message_text(exc.message)
        )
    return message_text(str(exc))
