"""Replaces pyinstaller-hooks-contrib's hook for phonenumbers, which collects every submodule.

CaseTracker only parses and formats numbers (casetracker/search/fold.py): the region metadata
in phonenumbers.data and the short-number tables that the package imports itself are enough.
The geocoder, carrier and time-zone tables (43 MB) stay out of the bundle.
"""

from PyInstaller.utils.hooks import collect_submodules

_UNUSED = ("phonenumbers.geodata", "phonenumbers.carrierdata", "phonenumbers.tzdata")

hiddenimports = collect_submodules("phonenumbers", filter=lambda name: not name.startswith(_UNUSED))
