"""The governance model: immutable attrs classes, no I/O.

Field names are the TOML keys. Cross-references are by ``Id`` (a role's
``organisation``, a body's ``reports_to``...); the config loader checks that
every reference resolves, so code that holds a :class:`Governance` may rely on it.
"""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from kbfa.model._dates import (
    FIRST_FOUR_YEAR_ELECTION,
    FIRST_MANDATE_START,
    add_months,
    is_election_year,
    mandate_period,
)
from kbfa.model._types import (
    BodyKind,
    CameraPlace,
    ContentPart,
    Count,
    DataFormat,
    DeliverableKind,
    Direction,
    DocumentKind,
    EvidenceKind,
    Gender,
    Id,
    IndicatorPart,
    MeetingForm,
    OrganisationKind,
    Participation,
    PartnerCategory,
    Per,
    Season,
    Strength,
    Task12,
    Territory,
    Text,
    Unit,
    Window,
    Year,
)

__all__ = [
    "SHARED_KINDS",
    "Agreement",
    "AreaName",
    "Benchmark",
    "Body",
    "Cadence",
    "CameraSurveillance",
    "Cause",
    "CitizenDialogue",
    "CitizenPromise",
    "ColumnMapping",
    "Commitment",
    "CoordinationFunction",
    "Dataset",
    "Decision",
    "Deliverable",
    "DocumentVersion",
    "EvaluationSettings",
    "Evidence",
    "Explanation",
    "Governance",
    "Indicator",
    "Leadership",
    "Measure",
    "Membership",
    "Municipality",
    "Organisation",
    "Period",
    "Problem",
    "RelatedDocument",
    "Reporting",
    "Requirement",
    "RequirementKind",
    "Role",
    "SeasonCount",
    "SeriesRef",
    "SteeringDocument",
    "Unknown",
    "Waiver",
]


@attrs.frozen
class SeasonCount:
    """How many of a cadence's occurrences fall in one season."""

    season: Season
    times: Count


@attrs.frozen
class Cadence:
    """How often something happens: ``times`` per ``interval`` × ``per``.

    ``times=2, per=year`` is twice a year; ``times=1, per=year, interval=2`` is every
    second year. ``seasons`` splits the occurrences over spring and autumn,
    ``window`` names the part of the period it falls in when the document says so,
    ``dates`` are fixed dates, only when the source document gives them.
    ``minimum`` marks "minst" (at least).

    ``start_month`` is the month the counted periods begin in, when the document gives
    it: quarters that follow the seasons (december–februari, mars–maj ...) are
    ``per=quarter, start_month=12``; "var fjärde månad från februari" is ``per=month,
    interval=4, start_month=2``; a year from September is ``per=year, start_month=9``.
    ``start_week`` is the first ISO week of a weekly series ("jämna veckor":
    ``per=week, interval=2, start_week=2``). Without them, periods longer than the
    ``per`` unit are counted from January (or week 1), and the schedule marks those
    windows as assumed.

    ``title`` names this rhythm when one item has several (a weekly, a per-tertial and
    a yearly lägesbild); ``note`` is the document's own remark about it.
    """

    times: Count
    per: Per
    interval: Count = 1
    minimum: bool = False
    seasons: tuple[SeasonCount, ...] = ()
    window: Window | None = None
    start_month: Count | None = None
    start_week: Count | None = None
    duration_minutes: Count | None = None
    dates: tuple[dt.date, ...] = ()
    title: Text | None = None
    note: Text | None = None


@attrs.frozen
class Period:
    """A period of validity; ``end`` is inclusive. ``open_ended`` is "tills vidare".

    A rolling period has no ``end``: it runs in terms of ``length_years`` or
    ``length_months`` counted from ``start`` (or from the latest signing), or one
    ``mandate_period`` at a time ("gäller mandatperioden ut", renewed after each
    election). The arithmetic is here, so the schedule and the rules agree on it.

    The same shape serves every dated item: a steering document's validity, an
    agreement's or a citizen promise's period, a body's existence (created on
    ``start``, abolished after ``end``).
    """

    start: dt.date | None = None
    end: dt.date | None = None
    open_ended: bool = False
    length_years: Count | None = None  # a rolling period, e.g. medborgarlöften per two years
    length_months: Count | None = None  # a rolling period shorter than a year, e.g. 3 months
    mandate_period: bool = False  # one mandate period at a time

    @property
    def stated(self) -> bool:
        """Whether the period says anything at all about when it applies."""
        return bool(
            self.start
            or self.end
            or self.open_ended
            or self.length_years
            or self.length_months
            or self.mandate_period
        )

    @property
    def term_months(self) -> int | None:
        """The length of one term of a rolling period in months (None: not in months)."""
        if self.length_months:
            return int(self.length_months)
        if self.length_years:
            return 12 * self.length_years
        return None

    @property
    def rolling(self) -> bool:
        """True for a period that runs in terms (no end date, not "tills vidare")."""
        return (
            self.end is None
            and not self.open_ended
            and (self.term_months is not None or self.mandate_period)
        )

    def term_end(self, began: dt.date) -> dt.date | None:
        """The last day (inclusive) of the term that began on ``began``.

        Three months from 1 December end on 28 (or 29) February; two years from
        2024-03-01 end on 2026-02-28; a mandate-period term ends on 14 October of the
        next election year. None when the period does not run in terms.
        """
        months = self.term_months
        if months is not None:
            return add_months(began, months) - dt.timedelta(days=1)
        if self.mandate_period:
            if began < FIRST_MANDATE_START:
                # Three-year terms before 1994 are not modelled; any of them had ended when
                # the first four-year period began.
                return FIRST_MANDATE_START - dt.timedelta(days=1)
            return mandate_period(began)[1]
        return None

    def ends_in(self, year: int) -> tuple[dt.date, ...]:
        """The last days of the period, or of each of its terms, that fall in ``year``.

        A dated ``end`` is the only end. Terms in months are counted from ``start``: a
        rolling period without a start has no known ends. Mandate periods end on
        14 October of each election year (on or after ``start``, when given).
        """
        if self.end is not None:
            return (self.end,) if self.end.year == year else ()
        months = self.term_months
        if months is not None:
            return self._term_ends(months, year) if self.start is not None else ()
        if self.mandate_period and is_election_year(year) and year > FIRST_FOUR_YEAR_ELECTION:
            end = mandate_period(dt.date(year, 1, 1))[1]
            if self.start is None or end >= self.start:
                return (end,)
        return ()

    def _term_ends(self, months: int, year: int) -> tuple[dt.date, ...]:
        assert self.start is not None
        start = self.start
        # The first term that can end in the year, then every later one until past it.
        n = max(1, ((year - start.year) * 12 - start.month) // months)
        out: list[dt.date] = []
        while True:
            end = add_months(start, n * months) - dt.timedelta(days=1)
            if end.year > year:
                return tuple(out)
            if end.year == year:
                out.append(end)
            n += 1


@attrs.frozen
class Decision:
    """A formal decision: which body, when, which paragraph (§), the reference text."""

    body: Id | None = None
    date: dt.date | None = None
    paragraph: Text | None = None


@attrs.frozen
class RelatedDocument:
    """Another document the steering document refers to.

    ``governs`` names the bodies or deliverables whose rules or contents are in that
    document rather than in the steering document (e.g. a council's own rules).
    """

    title: Text
    kind: DocumentKind | None = None
    period: Period | None = None
    governs: tuple[Id, ...] = ()


@attrs.frozen
class DocumentVersion:
    """One version of a steering document, with its own date, decision, dnr and text.

    ``name`` is how the version is known ("2.0", "reviderad 2026"); requirements name
    the version they come from by it. ``date`` is the version's own date (decided,
    revised or published); a decided version also has its ``decision``. ``text`` says
    where its text is (a web address, an annex, a file name).
    """

    name: Text
    date: dt.date | None = None
    decision: Decision | None = None
    diarienummer: Text | None = None
    text: Text | None = None
    note: Text | None = None

    @property
    def starts(self) -> dt.date | None:
        """The day the version's wording applies from: its decision, else its own date."""
        if self.decision is not None and self.decision.date is not None:
            return self.decision.date
        return self.date


@attrs.frozen
class SteeringDocument:
    """A steering document (styrdokument) of the municipality and its metadata.

    ``[steering_document]`` is the municipality's main document for the work; further
    documents with rules of their own (a council's "Bestämmelser", a web page with
    routines) are ``[[documents]]``, each with an ``id`` that requirements name. Every
    document counts from its decision until its validity ends, on its own.
    ``decision.body`` is the adopting body; ``owner``/``owner_role`` the owner
    (dokumentansvarig), who need not be the same.
    """

    title: Text
    kind: DocumentKind
    id: Id | None = None  # required in [[documents]]: what requirements and evidence name
    decision: Decision | None = None
    revisions: tuple[Decision, ...] = ()
    versions: tuple[DocumentVersion, ...] = ()
    diarienummer: Text | None = None
    validity: Period | None = None
    review_date: dt.date | None = None
    review_after_years: Count | None = None
    owner: Text | None = None
    owner_role: Id | None = None
    responsible_body: Id | None = None
    applies_to: Text | None = None
    parties: tuple[Id, ...] = ()
    related: tuple[RelatedDocument, ...] = ()
    territory: Territory | None = None  # whom the work concerns, when the document says (4 §)
    integrates_with: tuple[Text, ...] = ()  # other statutory planning it is part of (7 §)
    governs: tuple[Id, ...] = ()  # bodies or deliverables whose rules are in this document
    url: Text | None = None  # where the document is published

    def version(self, name: str | None) -> DocumentVersion | None:
        """The version called ``name`` (None: no version named)."""
        return next((v for v in self.versions if v.name == name), None) if name else None

    def decisions(self) -> tuple[Decision, ...]:
        """Every decision on the document: the first, each revision, each decided version."""
        return (
            *((self.decision,) if self.decision is not None else ()),
            *self.revisions,
            *(v.decision for v in self.versions if v.decision is not None),
        )


@attrs.frozen
class Municipality:
    """The municipality (or region acting as one) the config describes."""

    name: Text
    organisation: Id
    kommunkod: Text | None = None
    lan: Text | None = None
    police_area: Text | None = None


@attrs.frozen
class Organisation:
    """An organisation roles belong to.

    The municipality's own organisation, for the law, is the municipality itself, an
    organisation it hosts (``hosted_by`` the municipality), and a kommunalförbund or
    gemensam nämnd it takes part in (``member = true``): the samordningsfunktion may
    sit there, and it is never an agreement partner. Every other organisation is a
    partner. ``hosted_by`` names the värdkommun of a gemensam nämnd (or whoever
    employs a shared organisation). ``collective`` marks an entry that stands for a
    category of partners ("Fastighetsägare", "Grannkommuner"), not one legal person:
    it cannot sign, so its agreements are templates.
    """

    id: Id
    name: Text
    kind: OrganisationKind
    categories: tuple[PartnerCategory, ...] = ()
    hosted_by: Id | None = None  # e.g. a joint committee hosted by a neighbouring municipality
    member: bool = False  # the municipality is a member (kommunalförbund) or party (gemensam nämnd)
    collective: bool = False  # a category of partners, not one legal person
    note: Text | None = None


@attrs.frozen
class Role:
    """A position (befattning) in an organisation. Never a named person."""

    id: Id
    title: Text
    organisation: Id
    unit: Text | None = None
    senior: bool | None = None  # "ledande befattning" (10 §)
    collective: bool = False  # stands for several office holders, e.g. "samtliga nämndordföranden"
    #: A post shared between municipalities: the others it serves (``organisation`` employs
    #: it). Shared with the municipality, it is the municipality's own post for the law.
    shared_with: tuple[Id, ...] = ()
    note: Text | None = None


@attrs.frozen
class Membership:
    """A seat in a body, held by a role; or attendance without a seat (``attends``)."""

    role: Id
    participation: Participation = Participation.MEMBER
    substitute: Id | None = None
    note: Text | None = None

    @property
    def seat(self) -> bool:
        """Whether the role has a seat: everyone but one who only attends."""
        return self.participation is not Participation.ATTENDS


@attrs.frozen
class Reporting:
    """A reporting line: to which body, how often (or continuously), in which window."""

    to: Id
    cadence: Cadence | None = None
    continuous: bool = False
    note: Text | None = None


@attrs.frozen
class Body:
    """A council, group, unit or political body taking part in the work."""

    id: Id
    name: Text
    kind: BodyKind
    purpose: Text | None = None
    tasks: tuple[Text, ...] = ()
    members: tuple[Membership, ...] = ()
    members_note: Text | None = None
    organisation: Id | None = None  # the organisation the body belongs to, for units
    chair: Id | None = None
    chair_appointed_by: Id | None = None
    vice_chair: Id | None = None
    vice_chair_appointed_by: Id | None = None
    convener: Id | None = None
    convener_appointed_by: Id | None = None
    secretary: Id | None = None
    secretary_appointed_by: Id | None = None
    led_by: Id | None = None  # a body (e.g. a unit) that leads or coordinates this one
    cadence: tuple[Cadence, ...] = ()
    meeting_form: MeetingForm | None = None
    places: tuple[Text, ...] = ()
    meeting_tool: Text | None = None
    permanent: bool = True
    any_number: bool = False  # "antalet temporära arbetsgrupper kan vara hur många som helst"
    created_by: Id | None = None
    created_per: Text | None = None  # e.g. "åtgärd": one group per measure
    supports: tuple[Id, ...] = ()
    reports_to: tuple[Reporting, ...] = ()
    period: Period | None = None  # when the body exists: created (start), abolished (end)


@attrs.frozen
class CoordinationFunction:
    """The samordningsfunktion of 11–12 §: who holds it and where it is placed."""

    description: Text | None = None
    held_by: tuple[Id, ...] = ()  # role ids
    body: Id | None = None  # a unit body that holds it
    organisation: Id | None = None  # where it is placed (may be a kommunalförbund)
    placement: Text | None = None
    tasks: tuple[Task12, ...] = ()


@attrs.frozen
class Leadership:
    """13 §: the body leading the work and its reporting to the assembly."""

    body: Id
    assembly: Id | None = None
    kf_decision: Text | None = None  # the KF decision naming a nämnd other than KS
    reporting: tuple[Reporting, ...] = ()
    description: Text | None = None


@attrs.frozen
class Deliverable:
    """A recurring product of the work: lägesbild, åtgärdsplan, lägesrapport..."""

    id: Id
    kind: DeliverableKind
    title: Text
    produced_by: tuple[Id, ...] = ()  # bodies or roles
    cadence: tuple[Cadence, ...] = ()
    recipients: tuple[Reporting, ...] = ()
    decided_by: Id | None = None
    anchored_in: tuple[Id, ...] = ()  # bodies it must be anchored in (förankras)
    based_on: tuple[Id, ...] = ()  # deliverables
    covers: tuple[ContentPart, ...] = ()
    contents: tuple[Text, ...] = ()
    sources: tuple[Text, ...] = ()
    source_categories: tuple[PartnerCategory, ...] = ()
    scope: Text | None = None  # e.g. "kommunövergripande"
    territory: Territory | None = None  # the whole municipal area or a part of it (4 §)
    validity: Period | None = None
    integrates_with: tuple[Text, ...] = ()  # other statutory planning (7 §)
    note: Text | None = None


@attrs.frozen
class Agreement:
    """A written cooperation agreement (samverkansöverenskommelse), 9 §."""

    id: Id
    title: Text
    parties: tuple[Id, ...]  # organisations; two or more
    written: bool = True
    purposes: tuple[Text, ...] = ()
    areas: tuple[Text, ...] = ()
    signatories: tuple[Id, ...] = ()  # roles
    period: Period | None = None
    placement: tuple[Id, ...] = ()  # bodies where the partner takes part
    placement_role: Text | None = None
    note: Text | None = None


@attrs.frozen
class Commitment:
    """One commitment of a medborgarlöfte: what a party (or the parties together) will do.

    ``party`` is the organisation that commits; left out, the parties commit together.
    """

    text: Text
    party: Id | None = None


@attrs.frozen
class CitizenPromise:
    """Medborgarlöften: joint public commitments of police and municipality.

    ``title`` is what findings and documents quote. ``commitments`` split the promise
    per party (kommunen, polisen) and together; ``measures`` and ``problems`` are
    those of the åtgärdsplan and lägesbild it serves. ``proposed`` and ``adopted``
    are the proposal and the decision; the adoption starts a rolling ``period``.
    """

    id: Id
    parties: tuple[Id, ...]
    title: Text | None = None
    description: Text | None = None
    period: Period | None = None
    signatories: tuple[Id, ...] = ()  # roles, each signing for its own party
    commitments: tuple[Commitment, ...] = ()
    measures: tuple[Id, ...] = ()
    problems: tuple[Id, ...] = ()
    proposed: Decision | None = None
    adopted: Decision | None = None
    renewal: Cadence | None = None
    follow_up: Cadence | None = None
    followed_up_by: tuple[Id, ...] = ()  # bodies or roles
    based_on: tuple[Text, ...] = ()
    since: Count | None = None  # year first used


@attrs.frozen
class CitizenDialogue:
    id: Id
    purpose: Text | None = None
    method: Text | None = None
    cadence: Cadence | None = None
    feeds: tuple[Id, ...] = ()  # deliverables or promises it feeds
    since: Count | None = None


@attrs.frozen
class CameraSurveillance:
    """Principles for camera surveillance (14 §, and the municipality's own rules)."""

    purpose: Text | None = None
    places: tuple[CameraPlace, ...] = ()  # where it may be used (14 §: places open to the public)
    principles: tuple[Text, ...] = ()
    legal_framework: tuple[Text, ...] = ()
    decided_by: tuple[Id, ...] = ()
    follow_up_in: tuple[Id, ...] = ()  # deliverables that must include it
    reporting: tuple[Reporting, ...] = ()


class RequirementKind(enum.StrEnum):
    """What a municipality's own "ska"-rule constrains; each kind has its check."""

    DELIVERABLE_CADENCE = "deliverable_cadence"  # target deliverable, cadence
    DELIVERABLE_CONTENTS = "deliverable_contents"  # target deliverable, covers
    DELIVERABLE_BASIS = "deliverable_basis"  # target deliverable, based_on
    REPORTING = "reporting"  # target deliverable or body, to, cadence
    PARTNER_CATEGORIES = "partner_categories"  # categories agreements must include
    AGREEMENT_SIGNATORIES = "agreement_signatories"  # roles that sign every agreement
    AGREEMENT_CONTENTS = "agreement_contents"  # fields every agreement states
    AGREEMENT_WRITTEN = "agreement_written"  # all cooperation in written agreements
    REPRESENTATION = "representation"  # target body must include roles/org kinds
    MEETING_CADENCE = "meeting_cadence"  # target body, cadence
    FOLLOW_UP = "follow_up"  # target (promise, deliverable), cadence, by
    PRACTICE = "practice"  # a duty shown only by evidence records of `evidence_kind`


@attrs.frozen
class Requirement:
    """One of the municipality's own "ska"-rules, cited to its document, version and heading."""

    id: Id
    kind: RequirementKind
    source: Text  # the heading of the steering document the rule is under
    text: Text  # the rule in the document's words or a close paraphrase
    #: The document the rule is in: a ``[[documents]]`` id; left out, the main
    #: ``[steering_document]``. ``version`` names the version of it (``versions[].name``).
    document: Id | None = None
    version: Text | None = None
    target: Id | None = None
    cadence: Cadence | None = None
    covers: tuple[ContentPart, ...] = ()
    based_on: tuple[Id, ...] = ()
    to: Id | None = None
    categories: tuple[PartnerCategory, ...] = ()
    roles: tuple[Id, ...] = ()
    organisation_kinds: tuple[OrganisationKind, ...] = ()
    fields: tuple[Text, ...] = ()
    by: tuple[Id, ...] = ()
    evidence_kind: EvidenceKind | None = None
    # "ska" by default; "best_effort" where the document itself softens the rule
    # (Hjo: written agreements are voluntary for private and non-profit actors).
    strength: Strength = Strength.MUST


@attrs.frozen
class Problem:
    """A problem identified in a lägesbild (the first link of Brå's chain)."""

    id: Id
    title: Text
    description: Text | None = None
    identified_in: Id | None = None  # deliverable id
    prioritised: bool = True


@attrs.frozen
class Cause:
    id: Id
    problems: tuple[Id, ...]
    description: Text
    perspective: Text | None = None  # situational, victim, offender


@attrs.frozen
class Measure:
    """A measure in an åtgärdsplan, in Brå's six columns."""

    id: Id
    title: Text
    causes: tuple[Id, ...] = ()
    operative_goal: Text | None = None
    due: dt.date | None = None
    when: Text | None = None
    owner: Id | None = None  # role
    follow_up: Text | None = None
    status: Text | None = None
    one_off: bool | None = None
    plan: Id | None = None  # deliverable (åtgärdsplan)


@attrs.frozen
class Benchmark:
    """A value an indicator had or should have in a year: its baseline or its target."""

    year: Year
    value: float
    note: Text | None = None  # e.g. "enligt trygghetsmätningen hösten 2025"


@attrs.frozen
class SeriesRef:
    """Which series of a dataset an indicator reads: a KPI, a table's series, an EST category.

    ``series`` may be left out when the dataset holds one series only (for EST: all
    categories together). ``place`` narrows EST reports to one place.
    """

    dataset: Id
    series: Text | None = None
    gender: Gender = Gender.TOTAL
    place: Text | None = None


@attrs.frozen
class Indicator:
    """An indicator that follows a problem or a measure (Brå: problem → orsak → åtgärd → indikator).

    ``description`` says what is measured; ``title`` is a short name for tables and
    charts (the description when left out). ``data`` names the statistics behind it
    and ``denominator`` a population to turn counts into a rate (``unit``).
    """

    id: Id
    description: Text
    title: Text | None = None
    unit: Unit | None = None
    source: Text | None = None
    measures: tuple[Id, ...] = ()
    problems: tuple[Id, ...] = ()
    better: Direction | None = None
    baseline: Benchmark | None = None
    target: Benchmark | None = None
    data: SeriesRef | None = None
    denominator: SeriesRef | None = None
    part: IndicatorPart | None = None  # where in the lägesbild; extent when left out

    @property
    def name(self) -> str:
        """What a reader calls the indicator: its title, else its description."""
        return self.title or self.description


@attrs.frozen
class ColumnMapping:
    """Which column of a CSV or XLSX file holds what, by the column's heading.

    For EST reports ``period`` is the report's date, ``series`` the category,
    ``place`` the place and ``value`` the count.
    """

    period: Text
    value: Text
    area: Text | None = None
    series: Text | None = None
    gender: Text | None = None
    unit: Text | None = None
    status: Text | None = None
    place: Text | None = None


@attrs.frozen
class AreaName:
    """An area as a data file names it ("Hela landet") and its code ("0000")."""

    name: Text
    code: Text


@attrs.frozen
class Dataset:
    """A statistics file beside the config, with where it came from (provenance).

    ``file`` is relative to the config's folder. ``retrieved`` is when it was taken
    from its source; ``attribution`` is the credit the source requires (Kolada:
    "Källa: Kolada"). ``area`` is the area code of every row when the file has no
    area column (the municipality's own code when left out).
    """

    id: Id
    format: DataFormat
    file: Text
    source: Text
    retrieved: dt.date
    unit: Unit
    title: Text | None = None
    url: Text | None = None
    attribution: Text | None = None
    limits: Text | None = None  # the source's limits, for the lägesbild's source section
    area: Text | None = None
    sheet: Text | None = None
    mapping: ColumnMapping | None = None
    areas: tuple[AreaName, ...] = ()


@attrs.frozen
class Evidence:
    """A dated fact showing work was done, with its reference (e.g. "KS 2025-11-12 § 143")."""

    date: dt.date
    kind: EvidenceKind
    subject: Id
    reference: Text
    to: Id | None = None
    note: Text | None = None


@attrs.frozen
class Waiver:
    """A decided exception from one of Brå's or the municipality's own rules, until ``expires``.

    A rule of the law (``KBFA-L…``) cannot be waived: no municipal decision sets a
    statute aside, and the loader refuses such a waiver. See :class:`Explanation`.
    """

    rule: Text
    justification: Text
    decision: Text
    expires: dt.date | None = None


@attrs.frozen
class Explanation:
    """The municipality's own explanation of a finding, shown beside it; the verdict stays.

    The way to answer a finding under the law, which cannot be waived: e.g. why
    reporting to fullmäktige is not yet in the steering document and when it will be.
    """

    rule: Text
    text: Text
    decision: Text | None = None


@attrs.frozen
class Unknown:
    """A fact that is not known, or could not be read, marked as such with why.

    ``key`` names the fact as a dotted path, list items by their id:
    ``"agreements.samverkan-polis.purposes"``, ``"leadership.reporting"``,
    ``"steering_document.decision"``. A finding about it is "ej bedömbart" with the
    note, never a breach: not known is not the same as not there.
    """

    key: Text
    note: Text


@attrs.frozen
class EvaluationSettings:
    """Choices the law leaves open, per municipality (lag-2023-196.md § 4)."""

    cycle_months: Count = 24  # 6 §: "minst vartannat år"
    report_interval_months: Count = 12  # 13 §: "kontinuerligt"


@attrs.frozen
class Governance:
    """Everything one config file says about one municipality.

    ``format_version`` is the version of the config format the file is written in
    (``kbfa.config.FORMAT_VERSION`` is the newest; a file without it is version 1).
    """

    municipality: Municipality
    format_version: Count | None = None
    steering_document: SteeringDocument | None = None
    documents: tuple[SteeringDocument, ...] = ()
    organisations: tuple[Organisation, ...] = ()
    roles: tuple[Role, ...] = ()
    bodies: tuple[Body, ...] = ()
    leadership: Leadership | None = None
    coordination: CoordinationFunction | None = None
    deliverables: tuple[Deliverable, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    citizen_promises: tuple[CitizenPromise, ...] = ()
    citizen_dialogues: tuple[CitizenDialogue, ...] = ()
    camera_surveillance: CameraSurveillance | None = None
    requirements: tuple[Requirement, ...] = ()
    problems: tuple[Problem, ...] = ()
    causes: tuple[Cause, ...] = ()
    measures: tuple[Measure, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    datasets: tuple[Dataset, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    waivers: tuple[Waiver, ...] = ()
    explanations: tuple[Explanation, ...] = ()
    unknowns: tuple[Unknown, ...] = ()
    settings: EvaluationSettings = attrs.field(factory=EvaluationSettings)

    # Lookups used across layers; cheap enough to rebuild per call.
    def body(self, id_: str) -> Body | None:
        return next((b for b in self.bodies if b.id == id_), None)

    def role(self, id_: str) -> Role | None:
        return next((r for r in self.roles if r.id == id_), None)

    def organisation(self, id_: str) -> Organisation | None:
        return next((o for o in self.organisations if o.id == id_), None)

    def deliverable(self, id_: str) -> Deliverable | None:
        return next((d for d in self.deliverables if d.id == id_), None)

    def dataset(self, id_: str) -> Dataset | None:
        return next((d for d in self.datasets if d.id == id_), None)

    def deliverables_of(self, kind: DeliverableKind) -> tuple[Deliverable, ...]:
        return tuple(d for d in self.deliverables if d.kind is kind)

    def bodies_of(self, kind: BodyKind) -> tuple[Body, ...]:
        return tuple(b for b in self.bodies if b.kind is kind)

    def document(self, id_: str | None) -> SteeringDocument | None:
        """The steering document with ``id_``; None names the main ``[steering_document]``."""
        if id_ is None:
            return self.steering_document
        return next((d for d in self.documents if d.id == id_), None)

    @property
    def all_documents(self) -> tuple[SteeringDocument, ...]:
        """The main steering document (if any), then every further one."""
        main = (self.steering_document,) if self.steering_document is not None else ()
        return (*main, *self.documents)

    @property
    def own_organisation(self) -> Organisation | None:
        return self.organisation(self.municipality.organisation)

    @property
    def is_region(self) -> bool:
        """Whether a region acts as the municipality (its own organisation is a region)."""
        own = self.own_organisation
        return own is not None and own.kind is OrganisationKind.REGION

    def is_own(self, org: str | Organisation | None) -> bool:
        """Whether an organisation is the municipality's own for the law.

        The municipality itself, an organisation it hosts, and a kommunalförbund or
        gemensam nämnd it is a member of (``member = true``). Such an organisation may
        hold the samordningsfunktion; it is never a party the municipality agrees with.
        """
        o = self.organisation(org) if isinstance(org, str) else org
        if o is None:
            return False
        own = self.municipality.organisation
        return o.id == own or o.hosted_by == own or (o.member and o.kind in SHARED_KINDS)

    def is_own_role(self, role: str | Role | None) -> bool:
        """Whether a role is a post of the municipality's own organisation for the law.

        A post of an own organisation, or a post shared with the municipality (its
        ``shared_with``) that another municipality employs.
        """
        r = self.role(role) if isinstance(role, str) else role
        if r is None:
            return False
        if self.is_own(r.organisation):
            return True
        return any(self.is_own(x) for x in r.shared_with)

    def host_of(self, org: str | Organisation | None) -> Organisation | None:
        """The värdkommun of a shared organisation hosted by someone else, else None."""
        o = self.organisation(org) if isinstance(org, str) else org
        if o is None or o.hosted_by is None or o.hosted_by == self.municipality.organisation:
            return None
        return self.organisation(o.hosted_by)

    @property
    def partners(self) -> tuple[Organisation, ...]:
        """Every organisation that is not the municipality's own (see :meth:`is_own`)."""
        return tuple(o for o in self.organisations if not self.is_own(o))

    def signatories_by_party(
        self, parties: tuple[str, ...], signatories: tuple[str, ...]
    ) -> list[tuple[str, list[str]]]:
        """Each party with the roles that sign for it, in the parties' order.

        A role signs for the party that is its organisation; a post of the
        municipality's own organisation (a gemensam nämnd, a shared post) signs for the
        municipality when the municipality is a party.
        """
        out: list[tuple[str, list[str]]] = [(p, []) for p in parties]
        own = self.municipality.organisation
        for s in signatories:
            role = self.role(s)
            if role is None:
                continue
            for party, roles in out:
                if role.organisation == party or (party == own and self.is_own_role(role)):
                    roles.append(s)
                    break
        return out


#: Joint organisations a municipality can be a member of (``Organisation.member``).
SHARED_KINDS = frozenset({OrganisationKind.JOINT_COMMITTEE, OrganisationKind.MUNICIPAL_ASSOCIATION})
