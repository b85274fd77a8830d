"""English words that reach the screen from the core and from libraries, in the UI language.

Undo steps are labelled in the data layer ("Add status event"), because the same labels go
into the vault's audit history and the command line; zxcvbn, the passphrase meter, gives its
advice in English. Both are fixed vocabularies, so they are listed here once, marked for
translation, and shown through `operation_label()` and `tr("zxcvbn", advice)`. A label that is
not listed is shown as the core wrote it; add it here and run `make translations`.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP

from casetracker.gui.i18n import tr

_OPERATIONS = (
    QT_TRANSLATE_NOOP("Operations", "Add case"),
    QT_TRANSLATE_NOOP("Operations", "Edit case"),
    QT_TRANSLATE_NOOP("Operations", "Edit names"),
    QT_TRANSLATE_NOOP("Operations", "Add identifier"),
    QT_TRANSLATE_NOOP("Operations", "Remove identifier"),
    QT_TRANSLATE_NOOP("Operations", "Delete case"),
    QT_TRANSLATE_NOOP("Operations", "Import case"),
    QT_TRANSLATE_NOOP("Operations", "Update case"),
    QT_TRANSLATE_NOOP("Operations", "Merge cases"),
    QT_TRANSLATE_NOOP("Operations", "Resolve merge conflict"),
    QT_TRANSLATE_NOOP("Operations", "Add status event"),
    QT_TRANSLATE_NOOP("Operations", "Edit status event"),
    QT_TRANSLATE_NOOP("Operations", "Delete status event"),
    QT_TRANSLATE_NOOP("Operations", "Add reporter"),
    QT_TRANSLATE_NOOP("Operations", "Edit reporter"),
    QT_TRANSLATE_NOOP("Operations", "Edit relationship"),
    QT_TRANSLATE_NOOP("Operations", "Remove reporter"),
    QT_TRANSLATE_NOOP("Operations", "Add organisation"),
    QT_TRANSLATE_NOOP("Operations", "Edit organisation"),
    QT_TRANSLATE_NOOP("Operations", "Add contact"),
    QT_TRANSLATE_NOOP("Operations", "Edit contact"),
    QT_TRANSLATE_NOOP("Operations", "Add interaction"),
    QT_TRANSLATE_NOOP("Operations", "Edit interaction"),
    QT_TRANSLATE_NOOP("Operations", "Delete interaction"),
    QT_TRANSLATE_NOOP("Operations", "Add attachment"),
    QT_TRANSLATE_NOOP("Operations", "Edit attachment"),
    QT_TRANSLATE_NOOP("Operations", "Remove attachment"),
    QT_TRANSLATE_NOOP("Operations", "Add facility"),
    QT_TRANSLATE_NOOP("Operations", "Edit facility"),
    QT_TRANSLATE_NOOP("Operations", "Delete facility"),
    QT_TRANSLATE_NOOP("Operations", "Change setting"),
    QT_TRANSLATE_NOOP("Operations", "Export case summary"),
    QT_TRANSLATE_NOOP("Operations", "Rally entry"),
    QT_TRANSLATE_NOOP("Operations", "Add testimony"),
    QT_TRANSLATE_NOOP("Operations", "Change passphrase"),
    QT_TRANSLATE_NOOP("Operations", "New recovery code"),
)

#: Labels with a variable part: (pattern, template with the same named placeholders).
_SHAPED = (
    (r"Undo (?P<label>.+)", QT_TRANSLATE_NOOP("Operations", "Undo {label}")),
    (r"Redo (?P<label>.+)", QT_TRANSLATE_NOOP("Operations", "Redo {label}")),
    (
        r"Create demo data \((?P<n>\d+) cases\)",
        QT_TRANSLATE_NOOP("Operations", "Create demo data ({n})"),
    ),
    (r"Import (?P<n>\d+) cases", QT_TRANSLATE_NOOP("Operations", "Import cases ({n})")),
    (
        r"Import cases from (?P<name>.+)",
        QT_TRANSLATE_NOOP("Operations", "Import cases from {name}"),
    ),
    (r"Import PFIF (?P<name>.+)", QT_TRANSLATE_NOOP("Operations", "Import PFIF {name}")),
    (
        r"Merge bundle from (?P<name>.+)",
        QT_TRANSLATE_NOOP("Operations", "Merge bundle from {name}"),
    ),
)
_COMPILED = tuple((re.compile(p, re.DOTALL), t) for p, t in _SHAPED)
#: Audit-history kinds the services put in front of a label ("Security Change passphrase").
_KIND_PREFIX = re.compile(r"(?:Security|Bulk) (?=.)")


def operation_label(label: str) -> str:
    """An undo step or audit entry label in the interface language."""
    label = _KIND_PREFIX.sub("", label, count=1)
    for pattern, template in _COMPILED:
        match = pattern.fullmatch(label)
        if match is not None:
            parts = match.groupdict()
            if "label" in parts:
                parts["label"] = operation_label(parts["label"])
            return tr("Operations", template).format(**parts)
    return tr("Operations", label)


#: zxcvbn's advice, word for word as the library writes it (zxcvbn/feedback.py).
_ZXCVBN = (
    QT_TRANSLATE_NOOP("zxcvbn", "Use a few words, avoid common phrases."),
    QT_TRANSLATE_NOOP("zxcvbn", "No need for symbols, digits, or uppercase letters."),
    QT_TRANSLATE_NOOP("zxcvbn", "Add another word or two. Uncommon words are better."),
    QT_TRANSLATE_NOOP("zxcvbn", "Straight rows of keys are easy to guess."),
    QT_TRANSLATE_NOOP("zxcvbn", "Short keyboard patterns are easy to guess."),
    QT_TRANSLATE_NOOP("zxcvbn", "Use a longer keyboard pattern with more turns."),
    QT_TRANSLATE_NOOP("zxcvbn", 'Repeats like "aaa" are easy to guess.'),
    QT_TRANSLATE_NOOP(
        "zxcvbn", 'Repeats like "abcabcabc" are only slightly harder to guess than "abc".'
    ),
    QT_TRANSLATE_NOOP("zxcvbn", "Avoid repeated words and characters."),
    QT_TRANSLATE_NOOP("zxcvbn", 'Sequences like "abc" or "6543" are easy to guess.'),
    QT_TRANSLATE_NOOP("zxcvbn", "Avoid sequences."),
    QT_TRANSLATE_NOOP("zxcvbn", "Recent years are easy to guess."),
    QT_TRANSLATE_NOOP("zxcvbn", "Avoid recent years."),
    QT_TRANSLATE_NOOP("zxcvbn", "Avoid years that are associated with you."),
    QT_TRANSLATE_NOOP("zxcvbn", "Dates are often easy to guess."),
    QT_TRANSLATE_NOOP("zxcvbn", "Avoid dates and years that are associated with you."),
    QT_TRANSLATE_NOOP("zxcvbn", "This is a top-10 common password."),
    QT_TRANSLATE_NOOP("zxcvbn", "This is a top-100 common password."),
    QT_TRANSLATE_NOOP("zxcvbn", "This is a very common password."),
    QT_TRANSLATE_NOOP("zxcvbn", "This is similar to a commonly used password."),
    QT_TRANSLATE_NOOP("zxcvbn", "A word by itself is easy to guess."),
    QT_TRANSLATE_NOOP("zxcvbn", "Names and surnames by themselves are easy to guess."),
    QT_TRANSLATE_NOOP("zxcvbn", "Common names and surnames are easy to guess."),
    QT_TRANSLATE_NOOP("zxcvbn", "Capitalization doesn't help very much."),
    QT_TRANSLATE_NOOP("zxcvbn", "All-uppercase is almost as easy to guess as all-lowercase."),
    QT_TRANSLATE_NOOP("zxcvbn", "Reversed words aren't much harder to guess."),
    QT_TRANSLATE_NOOP(
        "zxcvbn", "Predictable substitutions like '@' instead of 'a' don't help very much."
    ),
)
