"""Build the plain data of a case summary, with every redaction applied here and only here.

The renderer lays out whatever this module gives it; it never sees a value the level or the
consent withholds, so nothing withheld can reach the PDF, its text layer or its metadata (the
Gramps "privacy proxy" idea, done once on plain data and tested without any PDF).

What each level prints (issue 4, DOMAIN.md):

============================  ========  =========  =========
                              public    embassy    internal
============================  ========  =========  =========
names, photo, identity facts  yes       yes        yes
birth date                    year      as known   as known
identifiers (ID numbers)      no        yes        yes
status history, steps taken   yes       yes        yes
event notes, source notes     no        yes        yes
family: relationship          yes       yes        yes
family: name                  no        yes        yes
family: phone, city, consent  no        no         yes
officials' names (contacts)   no        no         yes
background notes              no        no         yes
============================  ========  =========  =========

Consent narrows this further and wins over the level asked for:

* The **person's** consent is the widest level the summary may have. Asking for more is refused
  with a ``ValidationError`` rather than printing a "minimal" version: the fact of the case and
  the name *are* what the family did not agree to share that widely, so no redacted summary
  would be both useful and respectful of the consent. The error names the widest level allowed.
* A **reporter** who did not consent to the level is left out entirely (not even the
  relationship), and the consent statement says that some relatives are not listed.

Free text that is printed (the request, step summaries) is scrubbed of withheld values that it
quotes verbatim (a reporter's name or phone number, an ID number): a safety net, not a promise,
since a text may mention a relative in words no program can recognise.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from casetracker.domain.entities import Interaction, Person, ReporterLink, StatusEvent
from casetracker.domain.enums import Direction, NameKind, ReportLevel, SourceType, Status
from casetracker.domain.errors import ValidationError
from casetracker.domain.fuzzydate import FuzzyDate
from casetracker.domain.names import REPORT_SCRIPT_ORDER, NameVariant, is_rtl_script
from casetracker.reports import labels
from casetracker.reports.consent import (
    LEVEL_ORDER,
    REQUIRED_CONSENT,
    Scrubber,
    check_level,
    consent_allows,
    widest_level,
)
from casetracker.reports.model import (
    CREATOR,
    AnnexRow,
    CaseReport,
    Fact,
    FamilyRow,
    NameLine,
    Photo,
    StatusView,
    StepRow,
    TimelineRow,
)
from casetracker.services import advocacy, attachments, cases, settings
from casetracker.services.session import Session

__all__ = [
    "CREATOR",
    "LEVEL_ORDER",
    "REQUIRED_CONSENT",
    "AnnexRow",
    "CaseReport",
    "Fact",
    "FamilyRow",
    "NameLine",
    "Photo",
    "StatusView",
    "StepRow",
    "TimelineRow",
    "build",
    "check_level",
    "consent_allows",
    "refused",
    "widest_level",
]

#: Sources whose claims are the PRC state's: shown as such, beside the family's account.
OFFICIAL_SOURCES = frozenset({SourceType.PRC_OFFICIAL, SourceType.PROOF_OF_LIFE})


# --- helpers --------------------------------------------------------------------------------


_UNIT_SPACES = (" гг.", " г.", " жж.", " ж.")


def _keep_units(text: str) -> str:
    """No line break between a year and its "г." / "ж." (a no-break space, as typeset)."""
    for unit in _UNIT_SPACES:
        text = text.replace(unit, "\u00a0" + unit[1:])
    return text


def _words(date: FuzzyDate | None, lang: str) -> str:
    return _keep_units(date.words(lang)) if date else labels.text(lang, "date_unknown")


def _year_only(date: FuzzyDate) -> FuzzyDate:
    """A birth date reduced to its year for public summaries (a full date helps find the ID)."""
    if date.lower and date.upper and date.lower.year == date.upper.year:
        suffix = "~" if "~" in date.text or "%" in date.text else ""
        return FuzzyDate.parse(f"{date.lower.year}{suffix}")
    return date


def _sorted_names(names: Sequence[NameVariant]) -> list[NameVariant]:
    """Latin, Cyrillic, Arabic script, Chinese; aliases after every other name."""
    order = {script: i for i, script in enumerate(REPORT_SCRIPT_ORDER)}
    indexed = list(enumerate(names))
    indexed.sort(key=lambda p: (p[1].kind is NameKind.ALIAS, order.get(p[1].script, 99), p[0]))
    return [name for _, name in indexed]


@dataclass(frozen=True)
class _Context:
    person: Person
    level: ReportLevel
    lang: str

    def label(self, value) -> str:
        return labels.enum_label(self.lang, value, self.person.sex)

    def text(self, key: str) -> str:
        return labels.text(self.lang, key)

    @property
    def above_public(self) -> bool:
        return self.level is not ReportLevel.PUBLIC

    @property
    def internal(self) -> bool:
        return self.level is ReportLevel.INTERNAL


# --- sections -------------------------------------------------------------------------------


def _names(ctx: _Context) -> tuple[NameLine, ...]:
    return tuple(
        NameLine(
            text=n.text,
            script=ctx.label(n.script),
            kind=ctx.label(n.kind),
            rtl=is_rtl_script(n.script),
        )
        for n in _sorted_names(ctx.person.names)
    )


def _facts(ctx: _Context) -> tuple[Fact, ...]:
    p, lang = ctx.person, ctx.lang
    facts = [Fact(ctx.text("sex"), ctx.label(p.sex))]
    if p.birth_date:
        born = p.birth_date if ctx.above_public else _year_only(p.birth_date)
        facts.append(Fact(ctx.text("born"), _words(born, lang)))
    if p.age_range:
        facts.append(Fact(ctx.text("age"), p.age_range.words(lang)))
    for key, value in (
        ("ethnicity", labels.ethnicity_label(lang, p.ethnicity, p.sex) if p.ethnicity else ""),
        ("citizenship", p.citizenship),
        ("hometown", p.hometown),
        ("occupation", p.occupation),
    ):
        if value:
            facts.append(Fact(ctx.text(key), value))
    if ctx.above_public:
        facts += [Fact(ctx.label(i.kind), i.value) for i in p.identifiers]
    return tuple(facts)


def _photo(session: Session, ctx: _Context) -> Photo | None:
    photos = [a for a in ctx.person.attachments if a.is_photo]
    if not photos:
        return None
    chosen = photos[0]  # the first photo added is the portrait the case file shows
    note = chosen.source_note if ctx.above_public else ""
    return Photo(attachments.read(session, chosen.id), note)


def _place(event: StatusEvent) -> str:
    return ", ".join(part for part in (event.facility_name, event.place) if part)


def _view(ctx: _Context, event: StatusEvent) -> StatusView:
    return StatusView(
        status=event.status,
        label=ctx.label(event.status),
        as_of=_words(event.date, ctx.lang),
        source=ctx.label(event.source_type),
        confidence=ctx.label(event.confidence),
        place=_place(event),
        sentence=event.sentence,
        charge=event.charge,
        official=event.source_type in OFFICIAL_SOURCES,
    )


def _status(ctx: _Context) -> tuple[StatusView | None, StatusView | None]:
    """(headline account, PRC claim beside it): a PRC claim never replaces the family's
    account; it is shown beside it when it is the newer of the two."""
    events = ctx.person.events
    own = [i for i, e in enumerate(events) if e.source_type not in OFFICIAL_SOURCES]
    official = [i for i, e in enumerate(events) if e.source_type in OFFICIAL_SOURCES]
    headline = _view(ctx, events[own[-1]]) if own else None
    claim = None
    if official and (not own or official[-1] > own[-1]):
        claim = _view(ctx, events[official[-1]])
    return headline, claim


def _timeline(ctx: _Context) -> tuple[TimelineRow, ...]:
    rows = []
    for e in ctx.person.events:
        details = [
            f"{ctx.text('sentence')}: {e.sentence}" if e.sentence else "",
            f"{ctx.text('charge')}: {e.charge}" if e.charge else "",
            e.note if ctx.above_public else "",
        ]
        rows.append(
            TimelineRow(
                date=_words(e.date, ctx.lang),
                status=e.status,
                status_label=ctx.label(e.status),
                place=_place(e),
                details="\n".join(d for d in details if d),
                source=ctx.label(e.source_type),
                confidence=ctx.label(e.confidence),
                official=e.source_type in OFFICIAL_SOURCES,
            )
        )
    return tuple(rows)


def _family(ctx: _Context) -> tuple[tuple[FamilyRow, ...], bool]:
    shown: list[FamilyRow] = []
    withheld = False
    for r in ctx.person.reporters:
        if not consent_allows(r.consent, ctx.level):
            withheld = True
            continue
        row = FamilyRow(relationship=ctx.label(r.relationship))
        if ctx.above_public:
            row = FamilyRow(row.relationship, name=r.name)
        if ctx.internal:
            row = FamilyRow(row.relationship, r.name, r.phone, r.city, ctx.label(r.consent))
        shown.append(row)
    return tuple(shown), withheld


def _step_kind(ctx: _Context, item: Interaction) -> str:
    """ "Letter"; "Letter (received)" only for the rarer incoming steps, to keep cells short."""
    kind = ctx.label(item.kind)
    return kind if item.direction is Direction.OUTGOING else f"{kind} ({ctx.label(item.direction)})"


def _steps(ctx: _Context, items: Sequence[Interaction], scrub: Scrubber) -> tuple[StepRow, ...]:
    rows = []
    for item in items:
        organisation = item.organization_name
        if ctx.internal and item.contact_name:
            organisation = f"{organisation}\n{item.contact_name}".strip()
        rows.append(
            StepRow(
                date=_words(item.date, ctx.lang),
                kind=_step_kind(ctx, item),
                organisation=organisation,
                summary=scrub(item.summary),
                response=ctx.label(item.response),
            )
        )
    return tuple(rows)


def _annex(ctx: _Context) -> tuple[AnnexRow, ...]:
    rows = []
    for number, a in enumerate(ctx.person.attachments, start=1):
        parts = [a.caption]
        if ctx.above_public and a.source_note:
            parts.append(f"{ctx.text('source')}: {a.source_note}")
        rows.append(
            AnnexRow(
                number=number,
                filename=a.filename,
                description="\n".join(p for p in parts if p),
                size=labels.size_label(ctx.lang, a.size),
                sha256=a.sha256,
            )
        )
    return tuple(rows)


def _consent_statement(ctx: _Context, family_withheld: bool, has_official: bool) -> tuple:
    lang = ctx.lang
    lines = [
        labels.consent_text(lang, f"person.{ctx.person.consent.value}"),
        labels.consent_text(lang, f"level.{ctx.level.value}"),
    ]
    if family_withheld:
        lines.append(labels.consent_text(lang, "withheld_reporters"))
    if has_official:
        lines.append(labels.consent_text(lang, "prc"))
    lines.append(labels.consent_text(lang, "risk"))
    return tuple(lines)


def _secrets(ctx: _Context) -> list[str]:
    """Values this level withholds, to scrub from printed free text."""
    hidden: list[ReporterLink] = [
        r
        for r in ctx.person.reporters
        if not consent_allows(r.consent, ctx.level) or not ctx.above_public
    ]
    out = [r.name for r in hidden]
    if not ctx.internal:
        out += [r.phone for r in ctx.person.reporters]
    if not ctx.above_public:
        out += [i.value for i in ctx.person.identifiers]
    return out


def _withheld(ctx: _Context, family_withheld: bool) -> tuple[str, ...]:
    out = []
    if not ctx.above_public and ctx.person.identifiers:
        out.append("identifiers")
    if not ctx.above_public and ctx.person.reporters:
        out.append("family names")
    if not ctx.internal and ctx.person.reporters:
        out.append("family contacts")
    if family_withheld:
        out.append("family members without consent")
    if not ctx.internal and ctx.person.notes:
        out.append("background notes")
    return tuple(out)


# --- entry points ---------------------------------------------------------------------------


def build(
    session: Session,
    person_id: int,
    level: ReportLevel | str,
    lang: str = "en",
    *,
    recipient: str = "",
    today: dt.date | None = None,
) -> CaseReport:
    """The redacted data of one case summary; raises ValidationError for a refused level."""
    level = ReportLevel(level)
    try:
        labels.check_language(lang)
    except ValueError as exc:
        raise ValidationError("lang", str(exc)) from None
    person = cases.get(session, person_id)
    check_level(person, level)
    ctx = _Context(person, level, lang)
    scrub = Scrubber(_secrets(ctx), ctx.text("withheld"))
    prepared = today or dt.date.today()
    names = _names(ctx)
    family, family_withheld = _family(ctx)
    current, official = _status(ctx)
    headline = current or official
    timeline = _timeline(ctx)
    return CaseReport(
        person_id=person.id,
        ref=person.ref,
        level=level,
        lang=lang,
        prepared_on=prepared,
        prepared_words=_words(FuzzyDate.parse(prepared.isoformat()), lang),
        organization=settings.get(session, "report.organization"),
        marking=settings.get(session, "report.marking"),
        recipient=recipient.strip(),
        level_label=labels.enum_label(lang, level),
        display_name=names[0].text if names else person.ref,
        names=names,
        facts=_facts(ctx),
        photo=_photo(session, ctx),
        current=current,
        official=official,
        timeline=timeline,
        family=family,
        family_withheld=family_withheld,
        steps=_steps(ctx, advocacy.interactions_for_person(session, person.id), scrub),
        request=scrub(person.request),
        background=person.notes if ctx.internal else "",
        annex=_annex(ctx),
        consent_statement=_consent_statement(
            ctx, family_withheld, any(r.official for r in timeline)
        ),
        current_status_label=headline.label if headline else ctx.label(Status.UNKNOWN),
        withheld=_withheld(ctx, family_withheld),
    )


def refused(session: Session, person_ids: Sequence[int], level: ReportLevel | str) -> list[str]:
    """One line per case whose consent does not allow ``level`` (checked before a batch)."""
    level = ReportLevel(level)
    out = []
    for pid in person_ids:
        try:
            check_level(cases.get(session, pid), level)
        except ValidationError as exc:
            out.append(exc.message)
    return out
