"""The schedule engine: calendar conventions, cadence expansion and the årshjul of a model."""

from __future__ import annotations

import datetime as dt
import math

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from builder import Builder, reporting  # type: ignore[import-not-found]
from kbfa.model import (
    Agreement,
    Body,
    BodyKind,
    Cadence,
    CameraSurveillance,
    CitizenDialogue,
    CitizenPromise,
    Count,
    Decision,
    Deliverable,
    DeliverableKind,
    DocumentKind,
    EvaluationSettings,
    Evidence,
    EvidenceKind,
    Governance,
    Id,
    Leadership,
    Measure,
    Municipality,
    Organisation,
    OrganisationKind,
    Per,
    Period,
    RelatedDocument,
    Reporting,
    Requirement,
    RequirementKind,
    Season,
    SeasonCount,
    SteeringDocument,
    Text,
    Waiver,
    Window,
)
from kbfa.schedule import (
    LAW_6_ATGARDSPLAN,
    LAW_6_LAGESBILD,
    LAW_13,
    Flag,
    Occurrence,
    OccurrenceKind,
    Recurrence,
    SpanUnit,
    iso_weeks,
    occurrences,
)
from kbfa.schedule._cadence import expand
from kbfa.schedule._spans import (
    Span,
    add_months,
    add_years,
    month_name,
    periods,
    week_series,
    window_span,
    year_from,
)
from strategies import governances, start_fields

K = OccurrenceKind


def gov(**fields: object) -> Governance:
    """A minimal municipality with ``fields`` added."""
    base = Governance(
        municipality=Municipality(name=Text("Provkommun"), organisation=Id("prov")),
        organisations=(Organisation(Id("prov"), Text("Provkommun"), OrganisationKind.KOMMUN),),
        bodies=(Body(Id("ks"), Text("Kommunstyrelsen"), BodyKind.EXECUTIVE_BOARD),),
    )
    return attrs.evolve(base, **fields)


def body(cadence: Cadence, id_: str = "grupp") -> Body:
    return Body(Id(id_), Text("Gruppen"), BodyKind.WORKING_GROUP, cadence=(cadence,))


def cad(times: int, per: Per, **kw: object) -> Cadence:
    return Cadence(Count(times), per, **kw)  # type: ignore[arg-type]


def of(
    occ: tuple[Occurrence, ...], kind: OccurrenceKind, subject: str | None = None
) -> list[Occurrence]:
    return [o for o in occ if o.kind is kind and (subject is None or o.subject == subject)]


def ev(date: str, kind: EvidenceKind, subject: str, to: str | None = None) -> Evidence:
    return Evidence(
        dt.date.fromisoformat(date), kind, Id(subject), Text("ref"), to=Id(to) if to else None
    )


class TestSpans:
    def test_tertials_are_four_months(self) -> None:
        """Tertial 1 is January–April, 2 May–August, 3 September–December."""
        got = [(s.start, s.end) for s in periods(2027, Per.TERTIAL)]
        assert got == [
            (dt.date(2027, 1, 1), dt.date(2027, 4, 30)),
            (dt.date(2027, 5, 1), dt.date(2027, 8, 31)),
            (dt.date(2027, 9, 1), dt.date(2027, 12, 31)),
        ]

    def test_spring_and_autumn_are_half_years(self) -> None:
        """Vår is January–June and höst July–December."""
        assert window_span(2027, Window.SPRING).end == dt.date(2027, 6, 30)
        assert window_span(2027, Window.AUTUMN).start == dt.date(2027, 7, 1)

    def test_year_end_is_december(self) -> None:
        """ "I slutet på varje kalenderår" is the month of December."""
        s = window_span(2027, Window.YEAR_END)
        assert (s.start, s.end) == (dt.date(2027, 12, 1), dt.date(2027, 12, 31))

    def test_quarter_windows(self) -> None:
        """Quarter 3 is July–September."""
        s = window_span(2027, Window.QUARTER_3)
        assert (s.start, s.end) == (dt.date(2027, 7, 1), dt.date(2027, 9, 30))

    def test_weeks_are_iso_weeks(self) -> None:
        """Week 1 of 2027 starts on Monday 4 January; 2027 has 52 weeks, 2026 has 53."""
        weeks = periods(2027, Per.WEEK)
        assert weeks[0].start == dt.date(2027, 1, 4)
        assert len(weeks) == 52 and iso_weeks(2026) == 53

    def test_interval_joins_consecutive_periods(self) -> None:
        """Every second month is January–February, March–April, ... (six windows)."""
        spans = periods(2027, Per.MONTH, 2)
        assert len(spans) == 6
        assert (spans[0].start, spans[0].end) == (dt.date(2027, 1, 1), dt.date(2027, 2, 28))

    def test_labels_in_swedish_and_english(self) -> None:
        """Windows are named the way Swedish municipalities name them, and in English."""
        t2 = window_span(2027, Window.TERTIAL_2)
        assert t2.label("sv") == "tertial 2 (maj–aug)"
        assert t2.label("en") == "tertial 2 (May–Aug)"
        assert periods(2027, Per.WEEK)[6].label() == "vecka 7"
        assert window_span(2027, Window.SPRING).label() == "våren (jan–jun)"

    def test_add_months_keeps_month_end(self) -> None:
        """31 August plus six months is the last day of February."""
        assert add_months(dt.date(2026, 8, 31), 6) == dt.date(2027, 2, 28)

    def test_add_years_from_leap_day(self) -> None:
        """29 February plus one year is 28 February."""
        assert add_years(dt.date(2024, 2, 29), 1) == dt.date(2025, 2, 28)


class TestExpand:
    def test_weekly_is_one_series_of_week_windows(self) -> None:
        """Once a week gives one window per ISO week, one RRULE series, no weekday."""
        slots = expand(cad(1, Per.WEEK), 2027)
        assert len(slots) == 52
        assert all(s.window is not None and s.window.days == 7 for s in slots)
        assert {s.recurrence for s in slots} == {slots[0].recurrence}
        assert slots[0].recurrence is not None and slots[0].recurrence.count == 52
        assert all(Flag.WEEKDAY_NOT_STATED in s.flags for s in slots)

    def test_twice_weekly_is_two_series(self) -> None:
        """Twice a week gives two series of 52, told apart by their slot."""
        slots = expand(cad(2, Per.WEEK), 2027)
        assert len(slots) == 104
        assert {s.recurrence.slot for s in slots if s.recurrence} == {1, 2}

    def test_uneven_weeks_are_no_series(self) -> None:
        """Every second week in a 53-week year ends with a one-week window: no RRULE."""
        slots = expand(cad(1, Per.WEEK, interval=Count(2)), 2026)
        assert len(slots) == 27 and all(s.recurrence is None for s in slots)

    def test_seasons_split_the_count(self) -> None:
        """Two in spring and two in autumn give two vår windows and two höst windows."""
        c = cad(
            4,
            Per.YEAR,
            seasons=(SeasonCount(Season.SPRING, Count(2)), SeasonCount(Season.AUTUMN, Count(2))),
        )
        slots = expand(c, 2027)
        assert [s.window.unit for s in slots if s.window] == [SpanUnit.HALF_YEAR] * 4
        assert [s.window.first for s in slots if s.window] == [1, 1, 2, 2]

    def test_count_without_window_is_spread_and_flagged(self) -> None:
        """Three times a year is one per tertial, flagged as spread evenly."""
        slots = expand(cad(3, Per.YEAR), 2027)
        labels = [s.window.label() for s in slots if s.window]
        assert labels == ["tertial 1 (jan–apr)", "tertial 2 (maj–aug)", "tertial 3 (sep–dec)"]
        assert all(Flag.SPREAD_EVENLY in s.flags for s in slots)

    def test_odd_count_gets_the_whole_year(self) -> None:
        """Five times a year does not divide the year: five whole-year windows."""
        slots = expand(cad(5, Per.YEAR), 2027)
        assert len(slots) == 5 and all(s.window and s.window.unit is SpanUnit.YEAR for s in slots)
        assert not any(Flag.SPREAD_EVENLY in s.flags for s in slots)

    def test_window_places_every_occurrence(self) -> None:
        """Once a year at year end is December."""
        (slot,) = expand(cad(1, Per.YEAR, window=Window.YEAR_END), 2027)
        assert slot.window is not None and slot.window.start == dt.date(2027, 12, 1)

    def test_window_filters_shorter_periods(self) -> None:
        """Once a month in autumn is July to December: six occurrences."""
        slots = expand(cad(1, Per.MONTH, window=Window.AUTUMN), 2027)
        assert [s.window.first for s in slots if s.window] == [7, 8, 9, 10, 11, 12]

    def test_fixed_dates_win_in_their_year(self) -> None:
        """Dates given in the config are the occurrences of their year, nothing invented."""
        c = cad(2, Per.YEAR, dates=(dt.date(2027, 3, 2), dt.date(2027, 10, 5)))
        assert [s.date for s in expand(c, 2027)] == [dt.date(2027, 3, 2), dt.date(2027, 10, 5)]

    def test_other_years_fall_back_to_windows(self) -> None:
        """A year the dates do not cover is expanded from the count."""
        c = cad(2, Per.YEAR, dates=(dt.date(2027, 3, 2),))
        assert [s.window.label() for s in expand(c, 2028) if s.window] == [
            "våren (jan–jun)",
            "hösten (jul–dec)",
        ]

    def test_every_second_year_counts_from_anchor(self) -> None:
        """Renewed in 2025 and every second year: due in 2027, not in 2028."""
        c = cad(1, Per.YEAR, interval=Count(2))
        assert len(expand(c, 2027, dt.date(2025, 3, 1))) == 1
        assert expand(c, 2028, dt.date(2025, 3, 1)) == ()

    def test_every_second_year_without_anchor_says_so(self) -> None:
        """With nothing to count from, the year is listed but flagged as not known."""
        (slot,) = expand(cad(1, Per.YEAR, interval=Count(2)), 2027)
        assert Flag.YEAR_NOT_KNOWN in slot.flags

    def test_minimum_is_flagged(self) -> None:
        """ "Minst en gång per år" carries the at-least flag."""
        (slot,) = expand(cad(1, Per.YEAR, minimum=True), 2027)
        assert Flag.AT_LEAST in slot.flags


_PERIODS_PER_YEAR = {Per.MONTH: 12, Per.QUARTER: 4, Per.TERTIAL: 3, Per.HALF_YEAR: 2, Per.YEAR: 1}


@st.composite
def stated_cadences(draw: st.DrawFn) -> Cadence:
    per = draw(st.sampled_from(Per))
    times = draw(st.integers(1, 6))
    interval = 1 if per is Per.MANDATE_PERIOD else draw(st.integers(1, 3))
    seasons: tuple[SeasonCount, ...] = ()
    if per is Per.YEAR and draw(st.booleans()):
        spring = draw(st.integers(0, times))
        seasons = tuple(
            SeasonCount(s, Count(n))
            for s, n in ((Season.SPRING, spring), (Season.AUTUMN, times - spring))
            if n
        )
    start = start_fields(draw, per, interval, free=not seasons)
    return cad(times, per, interval=Count(interval), seasons=seasons, **start)


class TestCadenceProperty:
    @given(stated_cadences(), st.integers(1990, 2100))
    def test_count_is_what_the_cadence_states(self, c: Cadence, year: int) -> None:
        """Times per period × the periods of the year (n consecutive periods per interval n)."""
        anchor = dt.date(year - 2 * c.interval, 6, 1)  # an active year for "every n-th year"
        got = len(expand(c, year, anchor))
        # The expected counts from the definitions, not from kbfa's helpers: ISO 8601 (28
        # December is always in the year's last week) and the Riksdag's four-year term
        # (ordinary elections 1994, 1998 ... every fourth year, RF 3 kap. 3 §).
        weeks_in_year = dt.date(year, 12, 28).isocalendar().week
        election_year = year >= 1994 and year % 4 == 2
        if c.per is Per.WEEK and c.start_week is not None:
            weeks = range(c.start_week, weeks_in_year + 1, c.interval)
            assert got == c.times * len(weeks)
        elif c.per is Per.WEEK:
            assert got == c.times * math.ceil(weeks_in_year / c.interval)
        elif c.per is Per.MANDATE_PERIOD:
            assert got == (c.times if election_year else 0)
        elif c.per is Per.YEAR:
            assert got == c.times
        else:
            assert got == c.times * math.ceil(_PERIODS_PER_YEAR[c.per] / c.interval)

    @given(stated_cadences().filter(lambda c: c.per is Per.YEAR), st.integers(1990, 2100))
    def test_every_nth_year_adds_up_over_n_years(self, c: Cadence, year: int) -> None:
        """Over ``interval`` consecutive years an anchored cadence occurs ``times`` times."""
        anchor = dt.date(2001, 5, 5)
        total = sum(len(expand(c, y, anchor)) for y in range(year, year + c.interval))
        assert total == c.times

    @given(stated_cadences(), st.integers(1990, 2100))
    def test_seasons_split_as_stated(self, c: Cadence, year: int) -> None:
        """Each season gets exactly the count the cadence gives it, inside the season."""
        slots = expand(c, year, dt.date(year, 1, 1))
        for sc in c.seasons:
            months = range(1, 7) if sc.season is Season.SPRING else range(7, 13)
            inside = [
                s
                for s in slots
                if s.window
                and s.window.unit is SpanUnit.HALF_YEAR
                and s.window.start.month in months
                and s.window.end.month in months
            ]
            assert len(inside) == sc.times

    @given(stated_cadences(), st.integers(1990, 2100))
    def test_windows_lie_in_the_year(self, c: Cadence, year: int) -> None:
        """Every window but an ISO week's lies inside the calendar year, unless the document
        counts its periods from another month (december–februari) or by mandate period:
        those start in the year and may end in a later one."""
        shifted = c.start_month is not None and c.start_month != 1
        for s in expand(c, year, dt.date(year, 1, 1)):
            assert s.window is not None
            if s.window.unit is SpanUnit.WEEK:
                continue
            assert s.window.start.year == year
            if shifted or c.per is Per.MANDATE_PERIOD:
                assert s.window.end > s.window.start
            else:
                assert s.window.end.year == year

    @given(stated_cadences(), st.integers(1990, 2100))
    def test_numbered_from_one_to_count(self, c: Cadence, year: int) -> None:
        """Occurrences are numbered 1..count in time order."""
        slots = expand(c, year, dt.date(year, 1, 1))
        assert [s.index for s in slots] == list(range(1, len(slots) + 1))
        assert all(s.count == len(slots) for s in slots)


class TestOccurrence:
    def test_date_or_window(self) -> None:
        """An occurrence with neither a date nor a window is refused."""
        with pytest.raises(ValueError, match="either a date or a window"):
            Occurrence(K.MEETING, "x", "t", "t")

    def test_year_out_of_range(self) -> None:
        """The engine refuses years it cannot compute ISO weeks for."""
        with pytest.raises(ValueError, match="year out of range"):
            occurrences(gov(), 99999)


class TestMeetings:
    def test_weekly_body(self) -> None:
        """A weekly body meets 52 times in 2027, each carrying its source key path."""
        occ = of(
            occurrences(gov(bodies=(body(cad(1, Per.WEEK, duration_minutes=Count(30))),)), 2027),
            K.MEETING,
        )
        assert len(occ) == 52
        assert occ[0].source == ("bodies", 0, "cadence", 0)
        assert occ[0].duration_minutes == 30

    def test_every_second_year_counts_from_meeting_evidence(self) -> None:
        """A meeting held 2025 and every second year falls in 2027, counted from that record."""
        g = gov(
            bodies=(body(cad(1, Per.YEAR, interval=Count(2))),),
            evidence=(ev("2025-04-01", EvidenceKind.MEETING_HELD, "grupp"),),
        )
        (o,) = of(occurrences(g, 2027), K.MEETING)
        assert o.counted_from == dt.date(2025, 4, 1) and not o.flags
        assert of(occurrences(g, 2028), K.MEETING) == []

    def test_sorted_by_start_kind_subject(self) -> None:
        """The result is sorted by start, then kind, then subject."""
        g = gov(bodies=(body(cad(1, Per.MONTH), "b"), body(cad(1, Per.MONTH), "a")))
        occ = occurrences(g, 2027)
        assert list(occ) == sorted(occ, key=Occurrence.sort_key)
        jan = [o.subject for o in occ if o.kind is K.MEETING][:2]
        assert jan == ["a", "b"]


class TestDeliverables:
    def test_recipient_cadence_is_a_report(self) -> None:
        """A deliverable presented to a body each tertial gives three reports to that body."""
        d = Deliverable(
            Id("rapport"),
            DeliverableKind.LAGESRAPPORT,
            Text("Lägesrapport"),
            recipients=(Reporting(Id("ks"), cadence=cad(1, Per.TERTIAL)),),
        )
        reports = of(occurrences(gov(deliverables=(d,)), 2027), K.REPORT, "rapport")
        assert [o.to for o in reports] == [("ks",)] * 3
        assert reports[0].title == "Lägesrapport redovisas för Kommunstyrelsen"
        assert reports[0].title_en == "Lägesrapport presented to Kommunstyrelsen"

    def test_follow_up_rule_for_a_deliverable(self) -> None:
        """A "ska följas upp" rule on a deliverable schedules the follow-up it states."""
        d = Deliverable(Id("plan"), DeliverableKind.ATGARDSPLAN, Text("Åtgärdsplan"))
        r = Requirement(
            Id("r"),
            RequirementKind.FOLLOW_UP,
            Text("Årsanalys"),
            Text("följs upp"),
            target=Id("plan"),
            cadence=cad(1, Per.YEAR, window=Window.YEAR_END),
        )
        (o,) = of(occurrences(gov(deliverables=(d,), requirements=(r,)), 2027), K.FOLLOW_UP)
        assert o.window is not None and o.window.start == dt.date(2027, 12, 1)
        assert o.source == ("requirements", 0, "cadence")

    def test_other_rules_do_not_double_items(self) -> None:
        """A rule restating a deliverable's cadence adds nothing."""
        d = Deliverable(
            Id("lb"), DeliverableKind.LAGESBILD, Text("Lägesbild"), cadence=(cad(1, Per.YEAR),)
        )
        r = Requirement(
            Id("r"),
            RequirementKind.DELIVERABLE_CADENCE,
            Text("X"),
            Text("årligen"),
            target=Id("lb"),
            cadence=cad(1, Per.YEAR),
        )
        assert (
            len(of(occurrences(gov(deliverables=(d,), requirements=(r,)), 2027), K.DELIVERABLE))
            == 1
        )

    def test_camera_report_carried_by_its_deliverable_is_listed_once(self) -> None:
        """The same yearly report stated on camera surveillance and its follow-up is one."""
        every_year = cad(1, Per.YEAR)
        d = Deliverable(
            Id("kamera"),
            DeliverableKind.UPPFOLJNING,
            Text("Kamerauppföljning"),
            recipients=(Reporting(Id("ks"), cadence=every_year),),
        )
        cam = CameraSurveillance(
            follow_up_in=(Id("kamera"),), reporting=(Reporting(Id("ks"), cadence=every_year),)
        )
        reports = of(occurrences(gov(deliverables=(d,), camera_surveillance=cam), 2027), K.REPORT)
        assert [o.subject for o in reports if o.subject != LAW_13] == ["kamera"]


class TestPromises:
    def test_follow_up_twice_a_year(self) -> None:
        """Twice a year with no season named is vår and höst, flagged as spread."""
        p = CitizenPromise(Id("ml"), (Id("prov"),), follow_up=cad(2, Per.YEAR))
        occ = of(occurrences(gov(citizen_promises=(p,)), 2027), K.FOLLOW_UP)
        assert [o.window.label() for o in occ if o.window] == [
            "våren (jan–jun)",
            "hösten (jul–dec)",
        ]
        assert all(Flag.SPREAD_EVENLY in o.flags for o in occ)

    def test_renewal_counts_from_signed_evidence(self) -> None:
        """Signed 2025 and renewed every second year: renewal in 2027."""
        p = CitizenPromise(Id("ml"), (Id("prov"),), renewal=cad(1, Per.YEAR, interval=Count(2)))
        g = gov(citizen_promises=(p,), evidence=(ev("2025-02-01", EvidenceKind.SIGNED, "ml"),))
        (o,) = of(occurrences(g, 2027), K.RENEWAL)
        assert o.counted_from == dt.date(2025, 2, 1)
        assert of(occurrences(g, 2026), K.RENEWAL) == []

    def test_renewal_counts_from_period_start(self) -> None:
        """Without evidence, the start of the promise's period is counted from."""
        p = CitizenPromise(
            Id("ml"),
            (Id("prov"),),
            renewal=cad(1, Per.YEAR, interval=Count(2)),
            period=Period(start=dt.date(2024, 1, 1), length_years=Count(2)),
        )
        g = gov(citizen_promises=(p,))
        assert of(occurrences(g, 2025), K.RENEWAL) == []
        assert len(of(occurrences(g, 2026), K.RENEWAL)) == 1

    def test_rolling_period_ends(self) -> None:
        """A two-year period from 2024-01-01 ends 2025-12-31, 2027-12-31, ..."""
        p = CitizenPromise(
            Id("ml"), (Id("prov"),), period=Period(start=dt.date(2024, 1, 1), length_years=Count(2))
        )
        g = gov(citizen_promises=(p,))
        assert [o.date for o in of(occurrences(g, 2027), K.EXPIRY)] == [dt.date(2027, 12, 31)]
        assert of(occurrences(g, 2026), K.EXPIRY) == []


class TestLawCycle:
    lb = Deliverable(Id("lb"), DeliverableKind.LAGESBILD, Text("Lägesbild"))
    plan = Deliverable(Id("plan"), DeliverableKind.ATGARDSPLAN, Text("Åtgärdsplan"))

    def cycle(self, year: int, *evidence: Evidence, months: int = 24) -> dict[str, Occurrence]:
        g = gov(
            deliverables=(self.lb, self.plan),
            evidence=evidence,
            settings=EvaluationSettings(cycle_months=Count(months)),
        )
        return {o.subject: o for o in of(occurrences(g, year), K.LAW_DEADLINE)}

    def test_due_two_years_after_last_update(self) -> None:
        """A lägesbild delivered 2025-03-01 must be updated by 2027-03-01 (6 §)."""
        got = self.cycle(2027, ev("2025-03-01", EvidenceKind.DELIVERED, "lb"))
        assert got[LAW_6_LAGESBILD].date == dt.date(2027, 3, 1)
        assert got[LAW_6_LAGESBILD].counted_from == dt.date(2025, 3, 1)

    def test_plan_follow_up_counts_from_adoption_or_follow_up(self) -> None:
        """The plan's follow-up is due 24 months after the later of adoption and follow-up."""
        got = self.cycle(
            2027,
            ev("2024-06-01", EvidenceKind.ADOPTED, "plan"),
            ev("2025-09-15", EvidenceKind.FOLLOWED_UP, "plan"),
        )
        assert got[LAW_6_ATGARDSPLAN].date == dt.date(2027, 9, 15)

    def test_no_evidence_is_said(self) -> None:
        """With no records the duty is listed for the year, flagged as not datable."""
        got = self.cycle(2027)
        assert got[LAW_6_LAGESBILD].window is not None
        assert Flag.NO_EVIDENCE in got[LAW_6_LAGESBILD].flags

    def test_overdue_is_listed_in_later_years(self) -> None:
        """Last updated 2023: the 2025 deadline is shown as overdue in 2027."""
        got = self.cycle(2027, ev("2023-05-10", EvidenceKind.DELIVERED, "lb"))
        assert got[LAW_6_LAGESBILD].date == dt.date(2025, 5, 10)
        assert Flag.OVERDUE in got[LAW_6_LAGESBILD].flags

    def test_not_due_this_year(self) -> None:
        """Updated in 2026: nothing is due in 2027."""
        assert LAW_6_LAGESBILD not in self.cycle(
            2027, ev("2026-02-01", EvidenceKind.DELIVERED, "lb")
        )

    def test_cycle_months_setting(self) -> None:
        """A municipality choosing a 12-month cycle gets its deadline a year after."""
        got = self.cycle(2027, ev("2026-04-01", EvidenceKind.DELIVERED, "lb"), months=12)
        assert got[LAW_6_LAGESBILD].date == dt.date(2027, 4, 1)

    def test_later_evidence_does_not_count_for_an_earlier_year(self) -> None:
        """The 2027 schedule ignores a record dated 2028."""
        got = self.cycle(
            2027,
            ev("2025-03-01", EvidenceKind.DELIVERED, "lb"),
            ev("2028-01-10", EvidenceKind.DELIVERED, "lb"),
        )
        assert got[LAW_6_LAGESBILD].date == dt.date(2027, 3, 1)


class TestLeadershipReporting:
    def test_reporting_cadence(self) -> None:
        """A leading body reporting to KF each tertial gives three reports and no 13 § gap."""
        kf = Body(Id("kf"), Text("Kommunfullmäktige"), BodyKind.ASSEMBLY)
        lead = Leadership(
            Id("ks"),
            assembly=Id("kf"),
            reporting=(Reporting(Id("kf"), cadence=cad(1, Per.TERTIAL)),),
        )
        g = gov(bodies=(*gov().bodies, kf), leadership=lead)
        reports = of(occurrences(g, 2027), K.REPORT)
        assert len(reports) == 3 and not any(o.flags for o in reports)

    def test_continuous_reporting_dated_from_last_report(self) -> None:
        """Reported 2026-06-01 with a 12-month setting: next report by 2027-06-01 (13 §)."""
        kf = Body(Id("kf"), Text("Kommunfullmäktige"), BodyKind.ASSEMBLY)
        lead = Leadership(Id("ks"), assembly=Id("kf"))
        g = gov(
            bodies=(*gov().bodies, kf),
            leadership=lead,
            evidence=(ev("2026-06-01", EvidenceKind.REPORTED, "ks", to="kf"),),
        )
        (o,) = of(occurrences(g, 2027), K.REPORT)
        assert o.date == dt.date(2027, 6, 1)
        assert o.title == "Kommunstyrelsen rapporterar till Kommunfullmäktige (13 §)"

    def test_without_leadership_the_law_still_asks(self) -> None:
        """With no leading body in the config, 13 § reporting is listed as undatable."""
        (o,) = of(occurrences(gov(), 2027), K.REPORT)
        assert o.subject == LAW_13 and Flag.NO_EVIDENCE in o.flags


class TestDocument:
    def doc(self, **kw: object) -> SteeringDocument:
        return SteeringDocument(
            Text("Riktlinje"),
            DocumentKind.RIKTLINJE,  # type: ignore[arg-type]
            decision=Decision(Id("ks"), dt.date(2024, 4, 30)),
            **kw,
        )

    def test_review_after_years(self) -> None:
        """Review three years after adoption on 2024-04-30 is 2027-04-30."""
        (o,) = of(
            occurrences(gov(steering_document=self.doc(review_after_years=Count(3))), 2027),
            K.REVIEW,
        )
        assert o.date == dt.date(2027, 4, 30) and o.counted_from == dt.date(2024, 4, 30)

    def test_revision_restarts_the_clock(self) -> None:
        """A revision is a new adoption: review three years after it."""
        d = self.doc(
            review_after_years=Count(3), revisions=(Decision(Id("ks"), dt.date(2025, 2, 1)),)
        )
        g = gov(steering_document=d)
        assert of(occurrences(g, 2027), K.REVIEW) == []
        assert of(occurrences(g, 2028), K.REVIEW)[0].date == dt.date(2028, 2, 1)

    def test_overdue_review(self) -> None:
        """An unreviewed document is overdue in the years after its review date."""
        g = gov(steering_document=self.doc(review_after_years=Count(3)))
        (o,) = of(occurrences(g, 2029), K.REVIEW)
        assert Flag.OVERDUE in o.flags

    def test_recorded_review_restarts_the_clock(self) -> None:
        """A review recorded as evidence moves the next one three years on."""
        g = gov(
            steering_document=self.doc(review_after_years=Count(3)),
            evidence=(ev("2027-03-01", EvidenceKind.REVIEWED, "steering_document"),),
        )
        assert of(occurrences(g, 2029), K.REVIEW) == []
        assert of(occurrences(g, 2030), K.REVIEW)[0].date == dt.date(2030, 3, 1)

    def test_fixed_review_date(self) -> None:
        """A review date in the config is used as given."""
        g = gov(steering_document=self.doc(review_date=dt.date(2027, 11, 1)))
        assert of(occurrences(g, 2027), K.REVIEW)[0].date == dt.date(2027, 11, 1)


class TestExpiry:
    def test_agreement_and_related_document_listed_once(self) -> None:
        """An agreement also named as a related document with the same period ends once."""
        period = Period(start=dt.date(2020, 1, 1), end=dt.date(2023, 12, 31))
        a = Agreement(Id("avtal"), Text("Avtal"), (Id("prov"), Id("prov")), period=period)
        d = SteeringDocument(
            Text("Plan"),
            DocumentKind.PLAN,
            validity=period,
            related=(RelatedDocument(Text("Avtal"), period=period),),
        )
        occ = of(occurrences(gov(agreements=(a,), steering_document=d), 2023), K.EXPIRY)
        assert sorted(o.subject for o in occ) == ["avtal", "steering_document"]

    def test_only_in_its_year(self) -> None:
        """An agreement that ended in 2023 is not listed in 2027."""
        period = Period(end=dt.date(2023, 12, 31))
        a = Agreement(Id("avtal"), Text("Avtal"), (Id("prov"), Id("prov")), period=period)
        assert of(occurrences(gov(agreements=(a,)), 2027), K.EXPIRY) == []

    def test_measure_due_date(self) -> None:
        """A measure's due date in the year is listed on that date."""
        m = Measure(Id("m1"), Text("Belysning"), due=dt.date(2027, 9, 30))
        (o,) = of(occurrences(gov(measures=(m,)), 2027), K.MEASURE_DUE)
        assert o.date == dt.date(2027, 9, 30) and o.title == "Åtgärd klar: Belysning"


class TestAnyModel:
    @settings(max_examples=150, deadline=None)
    @given(governances(), st.integers(2000, 2040))
    def test_sorted_and_in_the_year(self, g: Governance, year: int) -> None:
        """For any valid model: sorted, and everything but an overdue duty touches the year."""
        occ = occurrences(g, year)
        assert list(occ) == sorted(occ, key=Occurrence.sort_key)
        for o in occ:
            assert o.start <= dt.date(year, 12, 31)
            if Flag.OVERDUE not in o.flags:
                assert o.end >= dt.date(year, 1, 1)

    @settings(max_examples=100, deadline=None)
    @given(governances(), st.integers(2000, 2040))
    def test_meetings_follow_each_cadence(self, g: Governance, year: int) -> None:
        """Each body has as many meetings as its cadences expand to, no more, no fewer."""
        occ = occurrences(g, year)
        for b in g.bodies:
            got = [o for o in occ if o.kind is K.MEETING and o.subject == b.id]
            assert len(got) == sum(len(o) for o in _body_slots(g, b, year))


def _body_slots(g: Governance, b: Body, year: int) -> list[tuple[object, ...]]:
    """Independent of the engine's anchoring: the latest meeting record up to year end."""
    held = [
        e.date
        for e in g.evidence
        if e.subject == b.id
        and e.kind is EvidenceKind.MEETING_HELD
        and e.date <= dt.date(year, 12, 31)
    ]
    anchor = max(held, default=None)
    return [expand(c, year, anchor) for c in b.cadence]


def dated(o: Occurrence) -> tuple[object, ...]:
    """What a dated occurrence carries for the reader and the calendar: the day, both
    titles, who is responsible, the key path it is cited by and its slot (the UID's
    ``s<n>``)."""
    return (o.date, o.title, o.title_en, o.by, o.source, o.slot, o.counted_from)


class TestWhatADatedOccurrenceCarries:
    """Dates the config gives (a measure's due date, the end of a period, a waiver's
    expiry) in the words of kbfa's titles (schedule/_titles.py), cited by their own key
    path, told apart by their slot as the ICS UIDs document (``kind-subject-s<slot>-…``):
    the first or only entry of an item is slot 0, the k-th related document slot k."""

    def test_a_measure_due(self) -> None:
        m = Measure(Id("m1"), Text("Belysning"), due=dt.date(2027, 9, 30), owner=Id("samordnare"))
        (o,) = of(occurrences(gov(measures=(m,)), 2027), K.MEASURE_DUE)
        assert dated(o) == (
            dt.date(2027, 9, 30),
            "Åtgärd klar: Belysning",
            "Measure due: Belysning",
            ("samordnare",),
            ("measures", 0, "due"),
            0,
            None,
        )

    def test_a_citizen_promise_period_ends(self) -> None:
        p = CitizenPromise(
            Id("mbl"), (Id("prov"), Id("polisen")), period=Period(end=dt.date(2027, 6, 30))
        )
        (o,) = of(occurrences(gov(citizen_promises=(p,)), 2027), K.EXPIRY)
        assert dated(o) == (
            dt.date(2027, 6, 30),
            "Medborgarlöften: perioden slutar",
            "Citizen promises: period ends",
            (),
            ("citizen_promises", 0, "period"),
            0,
            None,
        )

    def test_the_second_related_document_is_slot_two(self) -> None:
        """The steering document is slot 0 of its subject; its related documents 1, 2 ..."""
        d = SteeringDocument(
            Text("Plan"),
            DocumentKind.PLAN,
            related=(
                RelatedDocument(Text("Avtal"), period=Period(end=dt.date(2028, 12, 31))),
                RelatedDocument(Text("Rutin"), period=Period(end=dt.date(2027, 3, 31))),
            ),
        )
        (o,) = of(occurrences(gov(steering_document=d), 2027), K.EXPIRY)
        assert (o.subject, *dated(o)) == (
            "steering_document",
            dt.date(2027, 3, 31),
            "Rutin: giltighetstiden går ut",
            "Rutin: validity ends",
            (),
            ("steering_document", "related", 1, "period"),
            2,
            None,
        )

    def test_the_second_waiver_is_slot_one(self) -> None:
        w = [
            Waiver(Text("KBFA-K1"), Text("Skäl"), Text("KS 2026-01-12 § 3")),
            Waiver(Text("KBFA-B4"), Text("Skäl"), Text("KS 2026-01-12 § 4"), dt.date(2027, 5, 31)),
        ]
        (o,) = of(occurrences(gov(waivers=tuple(w)), 2027), K.EXPIRY)
        assert (o.subject, *dated(o)) == (
            "KBFA-B4",
            dt.date(2027, 5, 31),
            "Undantaget från KBFA-B4 upphör",
            "Waiver from KBFA-B4 expires",
            (),
            ("waivers", 1, "expires"),
            1,
            None,
        )

    def test_a_titled_report_names_itself_first(self) -> None:
        """A body's report with a titled cadence ("Årsrapport", once a year): the cadence's
        own name before the item's title, in each language its own title."""
        radet = Body(
            Id("radet"),
            Text("Rådet"),
            BodyKind.STRATEGIC_COUNCIL,
            reports_to=(Reporting(Id("ks"), cad(1, Per.YEAR, title=Text("Årsrapport"))),),
        )
        ks = Body(Id("ks"), Text("Kommunstyrelsen"), BodyKind.EXECUTIVE_BOARD)
        (o,) = of(occurrences(gov(bodies=(ks, radet)), 2027), K.REPORT, "radet")
        assert (o.title, o.title_en) == (
            "Årsrapport: Rådet rapporterar till Kommunstyrelsen",
            "Årsrapport: Rådet reports to Kommunstyrelsen",
        )


class TestSpansNamedAsTheDocumentsDo:
    """The spans the årshjul places occurrences in, each with its unit and numbers (which
    make its label): ISO weeks as Swedish calendars print them, a year from a given month."""

    def test_month_names_default_to_swedish(self) -> None:
        assert [month_name(1), month_name(12)] == ["januari", "december"]
        assert [month_name(3, "en"), month_name(12, "en")] == ["March", "December"]

    def test_even_weeks_are_single_iso_weeks(self) -> None:
        """ "Jämna veckor" in 2026: week 2 is Monday 5 – Sunday 11 January (1 January
        2026 is a Thursday, so week 1 began on 29 December 2025); 2026 has 53 weeks, so
        the last even week is 52."""
        weeks = week_series(2026, 2, 2)
        assert weeks[0] == Span(dt.date(2026, 1, 5), dt.date(2026, 1, 11), SpanUnit.WEEK, 2, 2)
        assert weeks[0].label() == "vecka 2"
        assert weeks[-1].label("en") == "week 52"
        assert len(weeks) == 26

    def test_a_year_from_january_is_the_calendar_year(self) -> None:
        assert year_from(2027, 1) == Span(dt.date(2027, 1, 1), dt.date(2027, 12, 31), SpanUnit.YEAR)
        assert year_from(2027, None).label() == "under året"

    @pytest.mark.parametrize(
        ("start_month", "end", "last", "sv", "en"),
        [
            (
                2,
                dt.date(2028, 1, 31),
                1,
                "februari 2027–januari 2028",
                "February 2027–January 2028",
            ),
            (
                9,
                dt.date(2028, 8, 31),
                8,
                "september 2027–augusti 2028",
                "September 2027–August 2028",
            ),
        ],
    )
    def test_a_year_from_another_month(
        self, start_month: int, end: dt.date, last: int, sv: str, en: str
    ) -> None:
        """Twelve whole months from the first of the month, belonging to the year it starts in."""
        s = year_from(2027, start_month)
        assert s == Span(dt.date(2027, start_month, 1), end, SpanUnit.MONTH, start_month, last)
        assert (s.label(), s.label("en")) == (sv, en)


class TestDatesTheDocumentGives:
    def test_numbered_in_time_order_with_the_minimum(self) -> None:
        """ "Minst" on 2 October and 3 March 2027 (and once in 2028): in 2027 two dated
        occurrences, 1 of 2 in March and 2 of 2 in October, each marked "at least"."""
        c = cad(
            2,
            Per.YEAR,
            minimum=True,
            dates=(dt.date(2027, 10, 2), dt.date(2027, 3, 3), dt.date(2028, 3, 1)),
        )
        got = [(s.date, s.window, s.index, s.count, s.flags) for s in expand(c, 2027)]
        assert got == [
            (dt.date(2027, 3, 3), None, 1, 2, {Flag.AT_LEAST}),
            (dt.date(2027, 10, 2), None, 2, 2, {Flag.AT_LEAST}),
        ]


def wheel() -> Governance:
    """Provkommun's årshjul (fictitious): kommunstyrelsen leads and reports to fullmäktige
    continuously and, titled "Årsredovisning", in the spring; a council meeting twice a year
    and, titled "Planeringsdag", in the autumn, with a convener and a chair, reporting to
    kommunstyrelsen in December; a lägesbild in tertial 1, sent to the council and presented
    to kommunstyrelsen in quarter 2 (which camera surveillance's report to kommunstyrelsen
    restates, so it is listed once); camera surveillance reported to fullmäktige in quarter
    4; an åtgärdsplan a "ska"-rule has followed up in December; two citizen promises, one
    followed up twice a year by the council, one renewed every second year from its period
    (2025-01-01 – 2027-12-31) and followed up in quarter 3 at a "Dialogmöte"; a citizen
    dialogue in the autumn; a lägesbild delivered 2025-04-20."""
    return (
        Builder()
        .role("samordnare", title="Samordnare")
        .role("ordf", title="Ordförande")
        .body("kf", BodyKind.ASSEMBLY, "Kommunfullmäktige")
        .body("ks", BodyKind.EXECUTIVE_BOARD, "Kommunstyrelsen")
        .body(
            "radet",
            BodyKind.STRATEGIC_COUNCIL,
            "Rådet",
            convener="samordnare",
            chair="ordf",
            cadence=(
                cad(2, Per.YEAR),
                cad(1, Per.YEAR, title=Text("Planeringsdag"), window=Window.AUTUMN),
            ),
            reports_to=(reporting("ks"), reporting("ks", cad(1, Per.YEAR, window=Window.YEAR_END))),
        )
        .leadership(
            "ks",
            assembly="kf",
            reporting=[
                reporting("kf", continuous=True),
                reporting(
                    "kf", cad(1, Per.YEAR, title=Text("Årsredovisning"), window=Window.SPRING)
                ),
            ],
        )
        .deliverable(
            "lb",
            DeliverableKind.LAGESBILD,
            "Lägesbild",
            produced_by=["samordnare"],
            cadence=[cad(1, Per.YEAR, window=Window.TERTIAL_1)],
            recipients=[
                reporting("radet"),
                reporting("ks", cad(1, Per.YEAR, window=Window.QUARTER_2)),
            ],
        )
        .deliverable("ap", DeliverableKind.ATGARDSPLAN, "Åtgärdsplan")
        .requirement(
            "fu",
            RequirementKind.FOLLOW_UP,
            target="ap",
            cadence=cad(1, Per.YEAR, window=Window.YEAR_END),
            by=["samordnare"],
        )
        .evidence("2025-04-20", EvidenceKind.DELIVERED, "lb")
        .dialogue("dialog", cadence=cad(1, Per.YEAR, window=Window.AUTUMN))
        .police()
        .camera(
            follow_up_in=(Id("lb"),),
            reporting=(
                reporting("ks", cad(1, Per.YEAR, window=Window.QUARTER_2)),
                reporting("kf", cad(1, Per.YEAR, window=Window.QUARTER_4)),
            ),
        )
        .promise("mbl", ["kommun", "polisen"], follow_up=cad(2, Per.YEAR), followed_up_by=["radet"])
        .promise(
            "mbl2",
            ["kommun", "polisen"],
            renewal=cad(1, Per.YEAR, interval=Count(2), window=Window.SPRING),
            period=Period(dt.date(2025, 1, 1), dt.date(2027, 12, 31)),
            follow_up=cad(1, Per.YEAR, title=Text("Dialogmöte"), window=Window.QUARTER_3),
        )
        .build()
    )


class TestTheWholeYearOfAModel:
    """Every occurrence of :func:`wheel` in 2027 with all it carries: what, whose, the
    titles in both languages (schedule/_titles.py), when (a date, or the window by the
    name the reader sees), its number of the count, to and by whom, the key path it is
    cited by, its slot (the UID's s<n>) and what a date is counted from, and its flags.

    Worked out by hand from the module's rules: 6 § counts 24 months from the lägesbild
    delivered 2025-04-20 (2027-04-20) and has no record of the plan (the whole year, no
    evidence); the renewal every second year counts from the period's start (2025, so
    2027); twice a year is spread over vår and höst (assumed); the first of several
    reports or cadences is slot 0, the second slot 1; the 13 § report has a cadence, so
    no deadline of 13 § is added."""

    def test_every_occurrence_in_2027(self) -> None:
        F = Flag
        got = [
            (
                o.kind.value,
                o.subject,
                o.title,
                o.title_en,
                o.date or (o.window.label() if o.window else None),
                o.index,
                o.count,
                o.to,
                o.by,
                o.source,
                o.slot,
                o.counted_from,
                o.flags,
            )
            for o in occurrences(wheel(), 2027)
        ]
        assert got == [
            (
                "law_deadline",
                "lag-6-atgardsplan",
                "Åtgärdsplanen ska följas upp (6 §, minst vartannat år)",
                "Follow up the åtgärdsplan (s. 6, at least every second year)",
                "under året",
                1,
                1,
                (),
                ("ks",),
                ("settings", "cycle_months"),
                0,
                None,
                {F.NO_EVIDENCE},
            ),
            (
                "renewal",
                "mbl2",
                "Medborgarlöften (mbl2): förnyas",
                "Citizen promises (mbl2): renewal",
                "våren (jan–jun)",
                1,
                1,
                (),
                ("kommun", "polisen"),
                ("citizen_promises", 1, "renewal"),
                0,
                dt.date(2025, 1, 1),
                set(),
            ),
            (
                "deliverable",
                "lb",
                "Lägesbild ska tas fram",
                "Lägesbild due",
                "tertial 1 (jan–apr)",
                1,
                1,
                ("radet",),
                ("samordnare",),
                ("deliverables", 0, "cadence", 0),
                0,
                None,
                set(),
            ),
            (
                "report",
                "ks",
                "Årsredovisning: Kommunstyrelsen rapporterar till Kommunfullmäktige (13 §)",
                "Årsredovisning: Kommunstyrelsen reports to Kommunfullmäktige (s. 13)",
                "våren (jan–jun)",
                1,
                1,
                ("kf",),
                ("ks",),
                ("leadership", "reporting", 1, "cadence"),
                1,
                None,
                set(),
            ),
            (
                "follow_up",
                "mbl",
                "Medborgarlöften (mbl): uppföljning",
                "Citizen promises (mbl): follow-up",
                "våren (jan–jun)",
                1,
                2,
                (),
                ("radet",),
                ("citizen_promises", 0, "follow_up"),
                0,
                None,
                {F.ASSUMED, F.SPREAD_EVENLY},
            ),
            (
                "meeting",
                "radet",
                "Rådet: möte",
                "Rådet: meeting",
                "våren (jan–jun)",
                1,
                2,
                (),
                ("samordnare", "ordf"),
                ("bodies", 2, "cadence", 0),
                0,
                None,
                {F.ASSUMED, F.SPREAD_EVENLY},
            ),
            (
                "report",
                "lb",
                "Lägesbild redovisas för Kommunstyrelsen",
                "Lägesbild presented to Kommunstyrelsen",
                "kvartal 2",
                1,
                1,
                ("ks",),
                ("samordnare",),
                ("deliverables", 0, "recipients", 1, "cadence"),
                1,
                None,
                set(),
            ),
            (
                "law_deadline",
                "lag-6-lagesbild",
                "Lägesbilden ska uppdateras (6 §, minst vartannat år)",
                "Update the lägesbild (s. 6, at least every second year)",
                dt.date(2027, 4, 20),
                1,
                1,
                (),
                ("ks",),
                ("settings", "cycle_months"),
                0,
                dt.date(2025, 4, 20),
                set(),
            ),
            (
                "follow_up",
                "mbl",
                "Medborgarlöften (mbl): uppföljning",
                "Citizen promises (mbl): follow-up",
                "hösten (jul–dec)",
                2,
                2,
                (),
                ("radet",),
                ("citizen_promises", 0, "follow_up"),
                0,
                None,
                {F.ASSUMED, F.SPREAD_EVENLY},
            ),
            (
                "follow_up",
                "mbl2",
                "Medborgarlöften (Dialogmöte): uppföljning",
                "Citizen promises (Dialogmöte): follow-up",
                "kvartal 3",
                1,
                1,
                (),
                (),
                ("citizen_promises", 1, "follow_up"),
                0,
                None,
                set(),
            ),
            (
                "dialogue",
                "dialog",
                "Medborgardialog",
                "Citizen dialogue",
                "hösten (jul–dec)",
                1,
                1,
                (),
                (),
                ("citizen_dialogues", 0, "cadence"),
                0,
                None,
                set(),
            ),
            (
                "meeting",
                "radet",
                "Rådet: möte",
                "Rådet: meeting",
                "hösten (jul–dec)",
                2,
                2,
                (),
                ("samordnare", "ordf"),
                ("bodies", 2, "cadence", 0),
                0,
                None,
                {F.ASSUMED, F.SPREAD_EVENLY},
            ),
            (
                "meeting",
                "radet",
                "Rådet: Planeringsdag",
                "Rådet: Planeringsdag",
                "hösten (jul–dec)",
                1,
                1,
                (),
                ("samordnare", "ordf"),
                ("bodies", 2, "cadence", 1),
                1,
                None,
                set(),
            ),
            (
                "report",
                "camera_surveillance",
                "Kamerabevakningen redovisas för Kommunfullmäktige",
                "Camera surveillance reported to Kommunfullmäktige",
                "kvartal 4",
                1,
                1,
                ("kf",),
                (),
                ("camera_surveillance", "reporting", 1, "cadence"),
                1,
                None,
                set(),
            ),
            (
                "report",
                "radet",
                "Rådet rapporterar till Kommunstyrelsen",
                "Rådet reports to Kommunstyrelsen",
                "årets slut (december)",
                1,
                1,
                ("ks",),
                ("radet",),
                ("bodies", 2, "reports_to", 1, "cadence"),
                1,
                None,
                set(),
            ),
            (
                "follow_up",
                "ap",
                "Åtgärdsplan: uppföljning",
                "Åtgärdsplan: follow-up",
                "årets slut (december)",
                1,
                1,
                (),
                ("samordnare",),
                ("requirements", 0, "cadence"),
                0,
                None,
                set(),
            ),
            (
                "expiry",
                "mbl2",
                "Medborgarlöften (mbl2): perioden slutar",
                "Citizen promises (mbl2): period ends",
                dt.date(2027, 12, 31),
                1,
                1,
                (),
                (),
                ("citizen_promises", 1, "period"),
                0,
                None,
                set(),
            ),
        ]


class TestThe13ReportCountsFromTheLastReport:
    """13 §: with no cadence for the leading body's reporting, the next report to
    fullmäktige is due report_interval_months (12 unless set) after the last recorded
    report. A record naming no recipient counts for any; one to another body does not."""

    def model(self, *evidence: Evidence, assembly: str | None = "kf") -> Governance:
        kf = Body(Id("kf"), Text("Kommunfullmäktige"), BodyKind.ASSEMBLY)
        lead = Leadership(Id("ks"), assembly=Id(assembly) if assembly else None)
        return gov(bodies=(*gov().bodies, kf), leadership=lead, evidence=evidence)

    def report(self, g: Governance) -> tuple[object, ...]:
        (o,) = of(occurrences(g, 2027), K.REPORT)
        return (o.date, o.title, o.to, o.by, o.source, o.counted_from, o.flags)

    def test_a_report_naming_no_recipient_counts(self) -> None:
        g = self.model(
            ev("2026-06-01", EvidenceKind.REPORTED, "ks"),
            ev("2026-09-01", EvidenceKind.REPORTED, "ks", to="radet"),
        )
        assert self.report(g) == (
            dt.date(2027, 6, 1),
            "Kommunstyrelsen rapporterar till Kommunfullmäktige (13 §)",
            ("kf",),
            ("ks",),
            ("leadership",),
            dt.date(2026, 6, 1),
            frozenset(),
        )

    def test_without_a_named_assembly_any_report_counts(self) -> None:
        """No assembly named: "fullmäktige" in the title, and the report recorded to
        Kommunfullmäktige 2026-06-01 dates the next one."""
        g = self.model(ev("2026-06-01", EvidenceKind.REPORTED, "ks", to="kf"), assembly=None)
        assert self.report(g) == (
            dt.date(2027, 6, 1),
            "Kommunstyrelsen rapporterar till fullmäktige (13 §)",
            (),
            ("ks",),
            ("leadership",),
            dt.date(2026, 6, 1),
            frozenset(),
        )


class TestWhatADeadlineIsCountedFrom:
    def test_a_deliverable_every_second_year_counts_from_its_validity(self) -> None:
        """A trygghetsmätning every second year, valid from 2025-01-01 and never recorded:
        due in 2027 (counted from 2025-01-01), not in 2026, and its year is known."""
        d = Deliverable(
            Id("tm"),
            DeliverableKind.OTHER,
            Text("Trygghetsmätning"),
            cadence=(cad(1, Per.YEAR, interval=Count(2)),),
            validity=Period(start=dt.date(2025, 1, 1)),
        )
        g = gov(deliverables=(d,))
        (o,) = of(occurrences(g, 2027), K.DELIVERABLE)
        assert (o.counted_from, o.flags) == (dt.date(2025, 1, 1), frozenset())
        assert of(occurrences(g, 2026), K.DELIVERABLE) == []

    def test_6_counts_only_the_lagesbild_records(self) -> None:
        """6 §: the lägesbild delivered 2025-04-20 is due again 2027-04-20; a lägesrapport
        delivered 2026-03-01 is another deliverable and does not move that date."""
        lb = Deliverable(Id("lb"), DeliverableKind.LAGESBILD, Text("Lägesbild"))
        lr = Deliverable(Id("lr"), DeliverableKind.LAGESRAPPORT, Text("Lägesrapport"))
        g = gov(
            deliverables=(lb, lr),
            evidence=(
                ev("2025-04-20", EvidenceKind.DELIVERED, "lb"),
                ev("2026-03-01", EvidenceKind.DELIVERED, "lr"),
            ),
        )
        (o,) = of(occurrences(g, 2027), K.LAW_DEADLINE, LAW_6_LAGESBILD)
        assert (o.date, o.counted_from) == (dt.date(2027, 4, 20), dt.date(2025, 4, 20))


def d(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


class TestTheYearCutIntoSpans:
    """periods(): the year in the parts Swedish municipalities name (tertial 1 = jan–apr,
    vår = jan–jun, ISO weeks), ``interval`` parts joined from the start of the year (the
    last one shorter when they do not divide it), counted from ``start_month`` as whole
    spans that start in the year, and a mandate period (15 October of an election year to
    14 October four years later) in its election year only."""

    @pytest.mark.parametrize(
        ("year", "per", "interval", "start_month", "spans"),
        [
            (
                2027,
                Per.QUARTER,
                1,
                None,
                [
                    ("2027-01-01", "2027-03-31", SpanUnit.QUARTER, 1, 1),
                    ("2027-04-01", "2027-06-30", SpanUnit.QUARTER, 2, 2),
                    ("2027-07-01", "2027-09-30", SpanUnit.QUARTER, 3, 3),
                    ("2027-10-01", "2027-12-31", SpanUnit.QUARTER, 4, 4),
                ],
            ),
            (
                2027,
                Per.QUARTER,
                2,
                None,
                [
                    ("2027-01-01", "2027-06-30", SpanUnit.QUARTER, 1, 2),
                    ("2027-07-01", "2027-12-31", SpanUnit.QUARTER, 3, 4),
                ],
            ),
            (
                2027,
                Per.MONTH,
                5,
                None,
                [
                    ("2027-01-01", "2027-05-31", SpanUnit.MONTH, 1, 5),
                    ("2027-06-01", "2027-10-31", SpanUnit.MONTH, 6, 10),
                    ("2027-11-01", "2027-12-31", SpanUnit.MONTH, 11, 12),
                ],
            ),
            (
                2027,
                Per.QUARTER,
                1,
                12,
                [
                    ("2027-03-01", "2027-05-31", SpanUnit.MONTH, 3, 5),
                    ("2027-06-01", "2027-08-31", SpanUnit.MONTH, 6, 8),
                    ("2027-09-01", "2027-11-30", SpanUnit.MONTH, 9, 11),
                    ("2027-12-01", "2028-02-29", SpanUnit.MONTH, 12, 2),
                ],
            ),
            (
                2027,
                Per.QUARTER,
                1,
                4,
                [
                    ("2027-01-01", "2027-03-31", SpanUnit.QUARTER, 1, 1),
                    ("2027-04-01", "2027-06-30", SpanUnit.QUARTER, 2, 2),
                    ("2027-07-01", "2027-09-30", SpanUnit.QUARTER, 3, 3),
                    ("2027-10-01", "2027-12-31", SpanUnit.QUARTER, 4, 4),
                ],
            ),
            (2027, Per.YEAR, 1, 9, [("2027-09-01", "2028-08-31", SpanUnit.MONTH, 9, 8)]),
            (2027, Per.YEAR, 2, None, [("2027-01-01", "2027-12-31", SpanUnit.YEAR, 1, 1)]),
            (
                2027,
                Per.HALF_YEAR,
                1,
                None,
                [
                    ("2027-01-01", "2027-06-30", SpanUnit.HALF_YEAR, 1, 1),
                    ("2027-07-01", "2027-12-31", SpanUnit.HALF_YEAR, 2, 2),
                ],
            ),
            (2027, Per.TERTIAL, 3, None, [("2027-01-01", "2027-12-31", SpanUnit.TERTIAL, 1, 3)]),
            (
                2026,
                Per.MANDATE_PERIOD,
                1,
                None,
                [("2026-10-15", "2030-10-14", SpanUnit.MANDATE_PERIOD, 2026, 2030)],
            ),
            (2027, Per.MANDATE_PERIOD, 1, None, []),
        ],
    )
    def test_spans(
        self,
        year: int,
        per: Per,
        interval: int,
        start_month: int | None,
        spans: list[tuple[str, str, SpanUnit, int, int]],
    ) -> None:
        expected = [Span(d(a), d(b), unit, first, last) for a, b, unit, first, last in spans]
        assert list(periods(year, per, interval, start_month)) == expected

    @pytest.mark.parametrize(
        ("per", "interval", "start_month", "spans"),
        [
            (
                Per.MONTH,
                4,
                3,
                [
                    ("2027-03-01", "2027-06-30", 3, 6),
                    ("2027-07-01", "2027-10-31", 7, 10),
                    ("2027-11-01", "2028-02-29", 11, 2),
                ],
            ),
            (
                Per.MONTH,
                5,
                3,
                [("2027-03-01", "2027-07-31", 3, 7), ("2027-08-01", "2027-12-31", 8, 12)],
            ),
            (Per.YEAR, 2, 9, [("2027-09-01", "2028-08-31", 9, 8)]),
        ],
    )
    def test_joined_periods_from_a_start_month(
        self, per: Per, interval: int, start_month: int, spans: list[tuple[str, str, int, int]]
    ) -> None:
        """ "Var fjärde månad" from March: March–June, July–October, November–February.
        Five-month spans from March: the two that start in 2027. A year is twelve months
        whatever its interval (every second year is a year in the years it falls in)."""
        expected = [Span(d(a), d(b), SpanUnit.MONTH, f, la) for a, b, f, la in spans]
        assert list(periods(2027, per, interval, start_month)) == expected

    def test_iso_weeks_in_a_year(self) -> None:
        """2025 ends on a Wednesday and has 52 weeks (29 December 2025 is in week 1 of
        2026); 2026 ends on a Thursday and has 53; 2020, a leap year ending on a Thursday, 53."""
        assert [iso_weeks(2025), iso_weeks(2026), iso_weeks(2020)] == [52, 53, 53]

    def test_every_second_week_of_a_53_week_year(self) -> None:
        """2026 has 53 ISO weeks: weeks 1–2 begin on Monday 29 December 2025, and week 53
        (28 December 2026 – 3 January 2027) is a span of its own."""
        spans = periods(2026, Per.WEEK, 2)
        assert len(spans) == 27
        assert spans[0] == Span(d("2025-12-29"), d("2026-01-11"), SpanUnit.WEEK, 1, 2)
        assert spans[-1] == Span(d("2026-12-28"), d("2027-01-03"), SpanUnit.WEEK, 53, 53)

    @pytest.mark.parametrize(
        ("window", "span"),
        [
            (Window.SPRING, ("2027-01-01", "2027-06-30", SpanUnit.HALF_YEAR, 1, 1)),
            (Window.AUTUMN, ("2027-07-01", "2027-12-31", SpanUnit.HALF_YEAR, 2, 2)),
            (Window.YEAR_END, ("2027-12-01", "2027-12-31", SpanUnit.YEAR_END, 12, 12)),
            (Window.TERTIAL_3, ("2027-09-01", "2027-12-31", SpanUnit.TERTIAL, 3, 3)),
            (Window.QUARTER_2, ("2027-04-01", "2027-06-30", SpanUnit.QUARTER, 2, 2)),
            (Window.QUARTER_4, ("2027-10-01", "2027-12-31", SpanUnit.QUARTER, 4, 4)),
        ],
    )
    def test_windows(self, window: Window, span: tuple[str, str, SpanUnit, int, int]) -> None:
        a, b, unit, first, last = span
        assert window_span(2027, window) == Span(d(a), d(b), unit, first, last)


class TestSpanLabels:
    """The name a reader sees for each kind of span, in Swedish and English (the words
    of schedule/_spans.py)."""

    @pytest.mark.parametrize(
        ("span", "sv", "en"),
        [
            (("2027-02-15", "2027-02-21", SpanUnit.WEEK, 7, 7), "vecka 7", "week 7"),
            (("2027-01-04", "2027-01-17", SpanUnit.WEEK, 1, 2), "vecka 1–2", "weeks 1–2"),
            (("2027-03-01", "2027-03-31", SpanUnit.MONTH, 3, 3), "mars", "March"),
            (
                ("2027-01-01", "2027-02-28", SpanUnit.MONTH, 1, 2),
                "januari–februari",
                "January–February",
            ),
            (
                ("2027-12-01", "2028-02-29", SpanUnit.MONTH, 12, 2),
                "december 2027–februari 2028",
                "December 2027–February 2028",
            ),
            (
                ("2026-10-15", "2030-10-14", SpanUnit.MANDATE_PERIOD, 2026, 2030),
                "mandatperioden 2026–2030",
                "the mandate period 2026–2030",
            ),
            (("2027-04-01", "2027-06-30", SpanUnit.QUARTER, 2, 2), "kvartal 2", "quarter 2"),
            (
                ("2027-01-01", "2027-06-30", SpanUnit.QUARTER, 1, 2),
                "kvartal 1–2",
                "quarters 1–2",
            ),
            (
                ("2027-01-01", "2027-04-30", SpanUnit.TERTIAL, 1, 1),
                "tertial 1 (jan–apr)",
                "tertial 1 (Jan–Apr)",
            ),
            (
                ("2027-09-01", "2027-12-31", SpanUnit.TERTIAL, 3, 3),
                "tertial 3 (sep–dec)",
                "tertial 3 (Sep–Dec)",
            ),
            (
                ("2027-01-01", "2027-08-31", SpanUnit.TERTIAL, 1, 2),
                "tertial 1–2",
                "tertials 1–2",
            ),
            (
                ("2027-01-01", "2027-06-30", SpanUnit.HALF_YEAR, 1, 1),
                "våren (jan–jun)",
                "spring (Jan–Jun)",
            ),
            (
                ("2027-07-01", "2027-12-31", SpanUnit.HALF_YEAR, 2, 2),
                "hösten (jul–dec)",
                "autumn (Jul–Dec)",
            ),
            (
                ("2027-01-01", "2027-12-31", SpanUnit.HALF_YEAR, 1, 2),
                "under året",
                "during the year",
            ),
            (
                ("2027-12-01", "2027-12-31", SpanUnit.YEAR_END, 12, 12),
                "årets slut (december)",
                "year end (December)",
            ),
            (("2027-01-01", "2027-12-31", SpanUnit.YEAR, 1, 1), "under året", "during the year"),
        ],
    )
    def test_label(self, span: tuple[str, str, SpanUnit, int, int], sv: str, en: str) -> None:
        a, b, unit, first, last = span
        s = Span(d(a), d(b), unit, first, last)
        assert (s.label(), s.label("sv"), s.label("en")) == (sv, sv, en)


def riktlinje(**kw: object) -> SteeringDocument:
    """A riktlinje adopted by kommunstyrelsen on 2024-01-15."""
    return SteeringDocument(
        Text("Riktlinje"),
        DocumentKind.RIKTLINJE,
        decision=Decision(Id("ks"), dt.date(2024, 1, 15)),
        **kw,  # type: ignore[arg-type]
    )


class TestReviewsAndEndsOfValidity:
    def test_a_review_date_passed_unreviewed_stays_due(self) -> None:
        """Review by 2026-11-01, no review recorded: listed in 2027 on its date, overdue,
        cited by the review date's key."""
        g = gov(steering_document=riktlinje(review_date=dt.date(2026, 11, 1)))
        (o,) = of(occurrences(g, 2027), K.REVIEW)
        assert (o.date, o.title, o.source, o.flags) == (
            dt.date(2026, 11, 1),
            "Riktlinje: aktualitetsprövning",
            ("steering_document", "review_date"),
            {Flag.OVERDUE},
        )

    def test_a_review_names_the_documents_owner(self) -> None:
        """The role the document names as its owner is who does the review."""
        g = gov(steering_document=riktlinje(review_date=dt.date(2027, 5, 1), owner_role=Id("bfs")))
        (o,) = of(occurrences(g, 2027), K.REVIEW)
        assert (o.date, o.by) == (dt.date(2027, 5, 1), ("bfs",))

    def test_a_review_recorded_on_new_years_eve_counts_for_that_year(self) -> None:
        """Review due 2025-11-01, done 2026-12-31: the årshjul for 2026 runs to and with
        31 December, so the review is done and no longer listed as overdue."""
        g = gov(
            steering_document=riktlinje(review_date=dt.date(2025, 11, 1)),
            evidence=(ev("2026-12-31", EvidenceKind.REVIEWED, "steering_document"),),
        )
        assert of(occurrences(g, 2026), K.REVIEW) == []
        late = gov(
            steering_document=riktlinje(review_date=dt.date(2025, 11, 1)),
            evidence=(ev("2027-01-01", EvidenceKind.REVIEWED, "steering_document"),),
        )
        assert [o.flags for o in of(occurrences(late, 2026), K.REVIEW)] == [{Flag.OVERDUE}]

    def test_a_review_date_met_by_a_recorded_review_is_done(self) -> None:
        """Reviewed 2026-12-01, after the adoption: nothing due in 2027."""
        g = gov(
            steering_document=riktlinje(review_date=dt.date(2026, 11, 1)),
            evidence=(ev("2026-12-01", EvidenceKind.REVIEWED, "steering_document"),),
        )
        assert of(occurrences(g, 2027), K.REVIEW) == []

    def test_each_end_of_validity_cited_by_its_own_key(self) -> None:
        """A deliverable, an agreement and the steering document each valid until a day in
        2027: three ends, each at the key path its period is written under."""
        g = gov(
            deliverables=(
                Deliverable(
                    Id("ap"),
                    DeliverableKind.ATGARDSPLAN,
                    Text("Åtgärdsplan"),
                    validity=Period(end=dt.date(2027, 3, 31)),
                ),
            ),
            agreements=(
                Agreement(
                    Id("avtal"),
                    Text("Avtal"),
                    (Id("prov"), Id("polisen")),
                    period=Period(end=dt.date(2027, 6, 30)),
                ),
            ),
            steering_document=riktlinje(validity=Period(end=dt.date(2027, 12, 31))),
        )
        got = [(o.subject, o.title, o.date, o.source) for o in of(occurrences(g, 2027), K.EXPIRY)]
        assert got == [
            (
                "ap",
                "Åtgärdsplan: giltighetstiden går ut",
                dt.date(2027, 3, 31),
                ("deliverables", 0, "validity"),
            ),
            (
                "avtal",
                "Avtal: giltighetstiden går ut",
                dt.date(2027, 6, 30),
                ("agreements", 0, "period"),
            ),
            (
                "steering_document",
                "Riktlinje: giltighetstiden går ut",
                dt.date(2027, 12, 31),
                ("steering_document", "validity"),
            ),
        ]

    def test_several_dialogues_are_told_apart_by_id(self) -> None:
        dialogues = tuple(
            CitizenDialogue(Id(i), cadence=cad(1, Per.YEAR, window=Window.AUTUMN))
            for i in ("trygghetsvandring", "enkat")
        )
        got = [o.title for o in of(occurrences(gov(citizen_dialogues=dialogues), 2027), K.DIALOGUE)]
        assert sorted(got) == ["Medborgardialog (enkat)", "Medborgardialog (trygghetsvandring)"]

    def test_a_report_every_second_year_counts_from_its_own_recipient(self) -> None:
        """A lägesbild presented to kommunstyrelsen every second year, last to kommunstyrelsen
        in 2025 (and to the council in 2026, which is another report): due again in 2027."""
        lb = Deliverable(
            Id("lb"),
            DeliverableKind.LAGESBILD,
            Text("Lägesbild"),
            recipients=(Reporting(Id("ks"), cad(1, Per.YEAR, interval=Count(2))),),
        )
        g = gov(
            deliverables=(lb,),
            evidence=(
                ev("2025-03-01", EvidenceKind.REPORTED, "lb", to="ks"),
                ev("2026-03-01", EvidenceKind.REPORTED, "lb", to="radet"),
            ),
        )
        (o,) = of(occurrences(g, 2027), K.REPORT, "lb")
        assert o.counted_from == dt.date(2025, 3, 1)


class TestPeriodicCadences:
    def test_at_least_every_fourth_month_keeps_both_flags(self) -> None:
        """ "Minst var fjärde månad" with no start month: January–April, May–August,
        September–December, each "at least" and with months of the engine's choosing."""
        got = [
            (s.window.label() if s.window else None, s.flags)
            for s in expand(cad(1, Per.MONTH, interval=Count(4), minimum=True), 2027)
        ]
        both = {Flag.AT_LEAST, Flag.ASSUMED}
        assert got == [
            ("januari–april", both),
            ("maj–augusti", both),
            ("september–december", both),
        ]

    def test_a_weekly_series_is_an_rfc_5545_weekly_rule(self) -> None:
        """Every second week from week 2 of 2026 ("jämna veckor"): FREQ=WEEKLY, INTERVAL=2,
        26 weeks from Monday 5 January 2026."""
        slots = expand(cad(1, Per.WEEK, interval=Count(2), start_week=Count(2)), 2026)
        assert slots[0].recurrence == Recurrence("WEEKLY", 2, 26, dt.date(2026, 1, 5), 1)
