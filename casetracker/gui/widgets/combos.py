"""Combo boxes over (label, value) choices, as every editor of the case file builds them."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QComboBox


def choice_combo(
    pairs: Iterable[tuple[str, object]],
    accessible: str,
    *,
    icon_for: Callable[[object], QIcon] | None = None,
    current: object = None,
) -> QComboBox:
    """A combo of (label, value) pairs with an accessible name, optionally an icon per value."""
    combo = QComboBox()
    combo.setAccessibleName(accessible)
    for text, value in pairs:
        if icon_for is not None:
            combo.addItem(icon_for(value), text, value)
        else:
            combo.addItem(text, value)
    if current is not None:
        select_data(combo, current)
    return combo


def select_data(combo: QComboBox, value: object) -> None:
    """Make the item holding `value` current; an unknown value leaves the combo as it is."""
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
