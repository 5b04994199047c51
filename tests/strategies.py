"""Hypothesis strategies for valid governance models (every reference resolves)."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from kbfa.config import UNSAFE_TEXT
from kbfa.model import (
    Agreement,
    Body,
    BodyKind,
    Cadence,
    ContentPart,
    Count,
    Deliverable,
    DeliverableKind,
    Evidence,
    EvidenceKind,
    Governance,
    Id,
    Membership,
    Municipality,
    Organisation,
    OrganisationKind,
    Participation,
    PartnerCategory,
    Per,
    Period,
    Reporting,
    Role,
    Season,
    SeasonCount,
    Text,
)

# Printable text without control characters, bidi overrides or non-characters, never
# blank: what the loader accepts.
texts = (
    st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cs")), min_size=1, max_size=30)
    .filter(lambda s: s.strip() != "" and not UNSAFE_TEXT.search(s))
    .map(Text)
)
counts = st.integers(min_value=1, max_value=60).map(Count)
dates = st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2035, 12, 31))


#: Months in one period of each ``per`` that may start in any month (the loader's rule).
PER_MONTHS = {Per.MONTH: 1, Per.QUARTER: 3, Per.TERTIAL: 4, Per.HALF_YEAR: 6, Per.YEAR: 12}


def start_fields(
    draw: st.DrawFn, per: Per, interval: int, *, free: bool = True
) -> dict[str, Count]:
    """A ``start_month`` or ``start_week`` the loader accepts for ``per`` and ``interval``
    (sometimes none); ``free=False`` leaves out the combinations with seasons or a window."""
    if not free or not draw(st.booleans()):
        return {}
    if per is Per.WEEK:
        return {"start_week": Count(draw(st.integers(1, 53)))}
    size = PER_MONTHS.get(per)
    if size is None:
        return {}
    span = size * (interval if per is not Per.YEAR else 1)
    if span == 1 or 12 % span:
        return {}
    return {"start_month": Count(draw(st.integers(1, 12)))}


@st.composite
def cadences(draw: st.DrawFn) -> Cadence:
    per = draw(st.sampled_from(Per))
    times = draw(st.integers(1, 6))
    interval = 1 if per is Per.MANDATE_PERIOD else draw(st.integers(1, 3))
    seasons: tuple[SeasonCount, ...] = ()
    if per is Per.YEAR and draw(st.booleans()):
        total = times * interval
        spring = draw(st.integers(0, total))
        seasons = tuple(
            SeasonCount(s, Count(n))
            for s, n in ((Season.SPRING, spring), (Season.AUTUMN, total - spring))
            if n > 0
        )
    return Cadence(
        times=Count(times),
        per=per,
        interval=Count(interval),
        minimum=draw(st.booleans()),
        seasons=seasons,
        duration_minutes=draw(st.none() | counts),
        title=draw(st.none() | texts),
        note=draw(st.none() | texts),
        **start_fields(draw, per, interval, free=not seasons),
    )


@st.composite
def periods(draw: st.DrawFn) -> Period:
    """A period of every shape the loader accepts: dated, rolling in years or months, or
    one mandate period at a time."""
    start = draw(dates)
    shape = draw(st.sampled_from(["dated", "years", "months", "mandate", "open"]))
    if shape == "dated":
        return Period(start=start, end=start + dt.timedelta(days=draw(st.integers(0, 2000))))
    if shape == "years":
        return Period(
            start=draw(st.none() | st.just(start)), length_years=Count(draw(st.integers(1, 4)))
        )
    if shape == "months":
        return Period(
            start=draw(st.none() | st.just(start)), length_months=Count(draw(st.integers(1, 30)))
        )
    if shape == "mandate":
        return Period(start=draw(st.none() | st.just(start)), mandate_period=True)
    return Period(start=start, open_ended=True)


@st.composite
def governances(draw: st.DrawFn) -> Governance:
    """A valid, varied Governance whose ids are unique and references resolve."""
    n_orgs = draw(st.integers(1, 4))
    orgs = tuple(
        Organisation(
            id=Id(f"org-{i}"),
            name=draw(texts),
            kind=OrganisationKind.KOMMUN if i == 0 else draw(st.sampled_from(OrganisationKind)),
            categories=tuple(
                draw(st.lists(st.sampled_from(PartnerCategory), max_size=3, unique=True))
            ),
        )
        for i in range(n_orgs)
    )
    roles = tuple(
        Role(
            id=Id(f"role-{i}"),
            title=draw(texts),
            organisation=orgs[draw(st.integers(0, n_orgs - 1))].id,
            senior=draw(st.none() | st.booleans()),
        )
        for i in range(draw(st.integers(1, 5)))
    )
    n_bodies = draw(st.integers(1, 4))
    bodies = tuple(
        Body(
            id=Id(f"body-{i}"),
            name=draw(texts),
            kind=draw(st.sampled_from(BodyKind)),
            members=tuple(
                Membership(role=r.id, participation=draw(st.sampled_from(Participation)))
                for r in draw(st.lists(st.sampled_from(roles), max_size=3, unique=True))
            ),
            cadence=tuple(draw(st.lists(cadences(), max_size=2))),
            permanent=draw(st.booleans()),
            reports_to=tuple(
                Reporting(to=Id(f"body-{j}"), continuous=draw(st.booleans()))
                for j in draw(st.lists(st.integers(0, n_bodies - 1), max_size=2, unique=True))
            ),
        )
        for i in range(n_bodies)
    )
    deliverables = tuple(
        Deliverable(
            id=Id(f"del-{i}"),
            kind=draw(st.sampled_from(DeliverableKind)),
            title=draw(texts),
            produced_by=(bodies[0].id,),
            cadence=tuple(draw(st.lists(cadences(), max_size=2))),
            covers=tuple(draw(st.lists(st.sampled_from(ContentPart), max_size=4, unique=True))),
        )
        for i in range(draw(st.integers(0, 3)))
    )
    agreements: tuple[Agreement, ...] = ()
    if n_orgs >= 2:
        agreements = (
            Agreement(
                id=Id("agr-0"),
                title=draw(texts),
                parties=(orgs[0].id, orgs[1].id),
                purposes=tuple(draw(st.lists(texts, max_size=2))),
                period=draw(periods()),
            ),
        )
    subjects = [b.id for b in bodies] + [d.id for d in deliverables]
    evidence = tuple(
        Evidence(
            date=draw(dates),
            kind=draw(st.sampled_from(EvidenceKind)),
            subject=draw(st.sampled_from(subjects)),
            reference=draw(texts),
        )
        for _ in range(draw(st.integers(0, 4)))
    )
    return Governance(
        municipality=Municipality(name=draw(texts), organisation=orgs[0].id),
        organisations=orgs,
        roles=roles,
        bodies=bodies,
        deliverables=deliverables,
        agreements=agreements,
        evidence=evidence,
    )
