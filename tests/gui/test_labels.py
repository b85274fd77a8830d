"""Every vocabulary value has its own label, also where two enums share a stored value."""

from __future__ import annotations

from casetracker.domain.enums import Ethnicity, Sex, Status
from casetracker.gui.labels import ethnicity_label, label


def test_values_shared_between_vocabularies_keep_their_own_label(qapp):
    assert label(Status.UNKNOWN) == "Unknown"
    assert label(Sex.UNKNOWN) == "Not known"


def test_every_status_has_a_label(qapp):
    assert all(label(s) != s.value for s in Status)


def test_ethnicity_labels(qapp):
    assert ethnicity_label("uyghur") == "Uyghur"
    assert ethnicity_label(Ethnicity.KAZAKH) == "Kazakh"
    assert ethnicity_label("Dungan") == "Dungan"
    assert ethnicity_label("") == "Not recorded"
