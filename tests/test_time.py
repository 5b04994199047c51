"""Time words beyond "once a year" (issue 12): months, weeks, mandate periods, titled rhythms.

One behaviour per test, on the model's date arithmetic, the loader's checks, the schedule,
the calendar text, the .ics file, the årshjul in Word, `kbfa show`, and the existing rules
that read periods. The fictitious examples/exempelas.toml pins what a reader sees.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import icalendar
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kbfa.config import load, loads
from kbfa.errors import ConfigError
from kbfa.evaluation import Finding, Verdict, evaluate
from kbfa.i18n.terms import cadence_text, cadences_text, period_text, term_text
from kbfa.model import (
    Cadence,
    Count,
    EvidenceKind,
    Governance,
    Per,
    Period,
    Text,
    add_months,
    election_day,
    is_election_year,
    mandate_period,
)
from kbfa.outputs.calendar_text import arshjul_rows, render_calendar, when
from kbfa.outputs.docx import BuildContext, outline
from kbfa.outputs.docx._annual_cycle import build_annual_cycle
from kbfa.outputs.ics import build_ics
from kbfa.outputs.summary import render_summary
from kbfa.rules._time import per_year
from kbfa.schedule import Flag, OccurrenceKind, SpanUnit, occurrences
from kbfa.schedule._cadence import expand
from kbfa.schedule._spans import periods

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "exempelas.toml"
D = dt.date


def cad(times: int, per: Per, **kw: object) -> Cadence:
    return Cadence(Count(times), per, **kw)


def example() -> Governance:
    return load(EXAMPLE).governance


# -- the model's date arithmetic -------------------------------------------------------


class TestElectionsAndMandatePeriods:
    @pytest.mark.parametrize(
        ("year", "day"),
        [
            (2014, D(2014, 9, 14)),
            (2018, D(2018, 9, 9)),
            (2022, D(2022, 9, 11)),
            (2026, D(2026, 9, 13)),
        ],
    )
    def test_election_day_is_the_second_sunday_of_september(self, year: int, day: dt.date) -> None:
        """The real election days 2014–2026 (Valmyndigheten)."""
        assert election_day(year) == day

    def test_2030_election(self) -> None:
        """1 September 2030 is a Sunday, so the election is on the 8th."""
        assert election_day(2030) == D(2030, 9, 8)

    @pytest.mark.parametrize("year", [2023, 2024, 2025, 2027, 2010])
    def test_no_ordinary_election(self, year: int) -> None:
        """Years between elections, and 2010 (third Sunday then), are refused, not guessed."""
        with pytest.raises(ValueError):
            election_day(year)

    def test_election_years(self) -> None:
        """Every fourth year from 1994: 2022, 2026, 2030; not 2024 or 1990."""
        assert [y for y in range(1990, 2032) if is_election_year(y)] == list(range(1994, 2031, 4))

    @pytest.mark.parametrize(
        ("on", "expected"),
        [
            (D(2026, 10, 14), (D(2022, 10, 15), D(2026, 10, 14))),
            (D(2026, 10, 15), (D(2026, 10, 15), D(2030, 10, 14))),
            (D(2023, 2, 1), (D(2022, 10, 15), D(2026, 10, 14))),
            (D(2026, 9, 13), (D(2022, 10, 15), D(2026, 10, 14))),
        ],
    )
    def test_mandate_period_runs_15_october_to_14_october(
        self, on: dt.date, expected: tuple[dt.date, dt.date]
    ) -> None:
        """Kommunallagen 5 kap. 9 §: four years from 15 October of the election year; the
        election day itself still belongs to the old period."""
        assert mandate_period(on) == expected

    @given(st.dates(min_value=D(1994, 10, 15), max_value=D(2200, 12, 31)))
    def test_every_day_is_in_exactly_its_period(self, day: dt.date) -> None:
        """The period contains the day, lasts four years, and starts in an election year."""
        start, end = mandate_period(day)
        assert start <= day <= end
        assert is_election_year(start.year) and end == D(start.year + 4, 10, 14)


class TestPeriodTerms:
    def test_three_month_terms_end_at_each_season(self) -> None:
        """From 1 December, three months at a time: end of February, May, August, November."""
        p = Period(start=D(2025, 12, 1), length_months=Count(3))
        assert p.ends_in(2027) == (D(2027, 2, 28), D(2027, 5, 31), D(2027, 8, 31), D(2027, 11, 30))
        assert p.ends_in(2028)[0] == D(2028, 2, 29)  # a leap year

    def test_term_end_is_inclusive(self) -> None:
        """Two years from 2024-03-01 end on 2026-02-28 (the last day the term covers)."""
        p = Period(length_years=Count(2))
        assert p.term_end(D(2024, 3, 1)) == D(2026, 2, 28)

    def test_mandate_period_terms(self) -> None:
        """A mandate-period term signed in 2023 ends 14 October 2026; one signed after the
        election runs to 2030."""
        p = Period(mandate_period=True)
        assert p.term_end(D(2023, 2, 1)) == D(2026, 10, 14)
        assert p.term_end(D(2026, 11, 10)) == D(2030, 10, 14)
        assert p.ends_in(2026) == (D(2026, 10, 14),) and p.ends_in(2027) == ()

    def test_a_signing_before_1994_does_not_crash(self) -> None:
        """Three-year terms before 1994 are not modelled: such a term had ended by the first
        four-year period, and the rules get that date instead of an exception."""
        assert Period(mandate_period=True).term_end(D(1990, 5, 1)) == D(1994, 10, 14)
        with pytest.raises(ValueError):
            mandate_period(D(1990, 5, 1))

    def test_mandate_ends_not_before_the_start(self) -> None:
        """A period that starts after an election year's 14 October has no end in that year."""
        assert Period(start=D(2026, 11, 1), mandate_period=True).ends_in(2026) == ()

    @given(
        st.dates(min_value=D(2000, 1, 1), max_value=D(2060, 12, 31)),
        st.integers(1, 30),
        st.integers(2000, 2065),
    )
    def test_ends_in_matches_counting_term_by_term(
        self, start: dt.date, months: int, year: int
    ) -> None:
        """ends_in(year) is exactly the term ends counted one by one from the start."""
        # A differential check, kept on purpose: ends_in jumps to the year, the loop below
        # counts every term with add_months, whose month arithmetic is pinned by literal
        # dates elsewhere (2026-08-31 + 6 months = 2027-02-28, test_schedule.py).
        p = Period(start=start, length_months=Count(months))
        brute = []
        n = 1
        while (end := add_months(start, n * months) - dt.timedelta(days=1)).year <= year:
            if end.year == year:
                brute.append(end)
            n += 1
        assert p.ends_in(year) == tuple(brute)

    def test_stated_and_rolling(self) -> None:
        """A length in months or a mandate period says when it applies and makes it rolling."""
        for p in (Period(length_months=Count(3)), Period(mandate_period=True)):
            assert p.stated and p.rolling
        assert not Period().stated
        assert not Period(end=D(2027, 1, 1), length_months=Count(3)).rolling


# -- the loader --------------------------------------------------------------------------

BASE = """
[municipality]
name = "Prov"
organisation = "prov"

[[organisations]]
id = "prov"
name = "Prov"
kind = "kommun"

[[bodies]]
id = "rad"
name = "Rådet"
kind = "strategic_council"
"""


def problems(cadence: str = "", period: str = "") -> list[str]:
    text = BASE + (f"cadence = [{cadence}]\n" if cadence else "")
    if period:
        text += (
            f'\n[[agreements]]\nid = "a"\ntitle = "A"\nparties = ["prov", "x"]\nperiod = {period}\n'
        )
        text += '\n[[organisations]]\nid = "x"\nname = "X"\nkind = "police"\n'
    try:
        loads(text, filename="p.toml")
    except ConfigError as exc:
        return [str(p) for p in exc.problems]
    return []


class TestLoaderChecks:
    @pytest.mark.parametrize(
        "cadence",
        [
            '{ times = 1, per = "quarter", start_month = 12 }',
            '{ times = 1, per = "month", interval = 4, start_month = 2 }',
            '{ times = 1, per = "year", start_month = 9 }',
            '{ times = 1, per = "week", interval = 2, start_week = 2 }',
            '{ times = 1, per = "mandate_period", title = "Översyn", note = "Efter valet." }',
        ],
    )
    def test_accepts(self, cadence: str) -> None:
        """Quarters from December, every fourth month from February, a year from September,
        even weeks, once a mandate period."""
        assert problems(cadence) == []

    @pytest.mark.parametrize(
        ("cadence", "words"),
        [
            ('{ times = 1, per = "quarter", start_month = 13 }', "1–12"),
            ('{ times = 1, per = "week", start_month = 2 }', "start_week"),
            ('{ times = 1, per = "month", start_month = 2 }', "längre än en månad"),
            ('{ times = 1, per = "month", interval = 5, start_month = 2 }', "5 månader"),
            ('{ times = 1, per = "year", window = "spring", start_month = 2 }', "window"),
            ('{ times = 1, per = "quarter", start_week = 2 }', 'per = "week"'),
            ('{ times = 1, per = "week", start_week = 54 }', "1–53"),
            ('{ times = 1, per = "mandate_period", interval = 2 }', "interval"),
            ('{ times = 1, per = "mandate_period", start_month = 10 }', "15 oktober"),
        ],
    )
    def test_refuses_with_the_key_and_why(self, cadence: str, words: str) -> None:
        """Each impossible combination is one problem at the offending key, in Swedish."""
        (found,) = problems(cadence)
        assert found.startswith("p.toml:") and words in found
        assert "bodies[0].cadence[0]." in found

    def test_two_lengths_refused(self) -> None:
        """A period has its length in years or in months, not both."""
        (found,) = problems(period="{ length_years = 1, length_months = 3 }")
        assert "agreements[0].period.length_months" in found and "inte båda" in found

    def test_mandate_and_length_refused(self) -> None:
        """mandate_period sets the length itself."""
        (found,) = problems(period="{ mandate_period = true, length_years = 4 }")
        assert "period.length_years" in found and "mandate_period = true" in found


# -- the schedule ------------------------------------------------------------------------


class TestSeasonQuarters:
    def test_quarters_from_december(self) -> None:
        """Quarters aligned to December: the ones that start in 2027, the last into 2028."""
        spans = periods(2027, Per.QUARTER, 1, 12)
        assert [(s.start, s.end) for s in spans] == [
            (D(2027, 3, 1), D(2027, 5, 31)),
            (D(2027, 6, 1), D(2027, 8, 31)),
            (D(2027, 9, 1), D(2027, 11, 30)),
            (D(2027, 12, 1), D(2028, 2, 29)),
        ]
        assert spans[-1].label() == "december 2027–februari 2028"
        assert spans[0].label() == "mars–maj"

    def test_not_assumed(self) -> None:
        """Months the document gives are not marked assumed."""
        slots = expand(cad(1, Per.QUARTER, start_month=Count(12)), 2027)
        assert len(slots) == 4 and not any(Flag.ASSUMED in s.flags for s in slots)

    def test_january_start_is_the_calendar_quarter(self) -> None:
        """start_month = 1 (or 4, 7, 10) is the ordinary quarters, named as such."""
        assert periods(2027, Per.QUARTER, 1, 4)[0].label() == "kvartal 1"

    def test_every_fourth_month_from_february(self) -> None:
        """February–May, June–September, October–January."""
        spans = periods(2027, Per.MONTH, 4, 2)
        assert [s.label() for s in spans] == [
            "februari–maj",
            "juni–september",
            "oktober 2027–januari 2028",
        ]

    def test_year_from_september(self) -> None:
        """A year counted from September is September–August."""
        (slot,) = expand(cad(1, Per.YEAR, start_month=Count(9)), 2027)
        assert slot.window is not None
        assert (slot.window.start, slot.window.end) == (D(2027, 9, 1), D(2028, 8, 31))


class TestAssumed:
    def test_every_fourth_month_without_months_is_assumed(self) -> None:
        """ "Var fjärde månad" with no months: January–April ..., each window marked."""
        slots = expand(cad(1, Per.MONTH, interval=Count(4)), 2027)
        assert len(slots) == 3 and all(Flag.ASSUMED in s.flags for s in slots)

    def test_every_second_week_without_a_week_is_assumed(self) -> None:
        """ "Varannan vecka" with no week: two-week windows from week 1, marked."""
        slots = expand(cad(1, Per.WEEK, interval=Count(2)), 2027)
        assert all(Flag.ASSUMED in s.flags for s in slots)

    def test_spread_evenly_is_assumed(self) -> None:
        """Four times a year with no months is spread over quarters, and marked as assumed."""
        slots = expand(cad(4, Per.YEAR), 2027)
        assert all({Flag.ASSUMED, Flag.SPREAD_EVENLY} <= s.flags for s in slots)

    @pytest.mark.parametrize(
        "c",
        [
            cad(1, Per.MONTH),
            cad(1, Per.QUARTER),
            cad(1, Per.TERTIAL),
            cad(1, Per.YEAR, window=None),
            cad(1, Per.WEEK),
            cad(1, Per.YEAR, interval=Count(2)),
        ],
    )
    def test_named_periods_are_not_assumed(self, c: Cadence) -> None:
        """A month, a quarter, a tertial, a week, the whole year: the document's own words."""
        assert not any(Flag.ASSUMED in s.flags for s in expand(c, 2027, D(2025, 1, 1)))


class TestWeeks:
    def test_even_weeks(self) -> None:
        """Jämna veckor: weeks 2, 4 ... 52, each a single ISO week, one RRULE of 26."""
        slots = expand(cad(1, Per.WEEK, interval=Count(2), start_week=Count(2)), 2027)
        assert [s.window.first for s in slots if s.window] == list(range(2, 53, 2))
        assert all(s.window and s.window.days == 7 for s in slots)
        rec = slots[0].recurrence
        assert rec is not None and (rec.interval, rec.count) == (2, 26)
        assert rec.first == D(2027, 1, 11)

    def test_odd_weeks_in_a_53_week_year(self) -> None:
        """In 2026 (53 weeks) odd weeks are 1, 3 ... 53: 27 meetings, as week numbers run."""
        slots = expand(cad(1, Per.WEEK, interval=Count(2), start_week=Count(1)), 2026)
        assert len(slots) == 27 and slots[-1].window and slots[-1].window.first == 53


class TestMandatePeriodCadence:
    def test_once_per_mandate_period_in_the_election_year(self) -> None:
        """The window is the mandate period starting in the election year; none otherwise."""
        (slot,) = expand(cad(1, Per.MANDATE_PERIOD), 2026)
        assert slot.window is not None and slot.window.unit is SpanUnit.MANDATE_PERIOD
        assert (slot.window.start, slot.window.end) == (D(2026, 10, 15), D(2030, 10, 14))
        assert slot.window.label() == "mandatperioden 2026–2030"
        assert expand(cad(1, Per.MANDATE_PERIOD), 2027) == ()

    def test_rate_for_the_rules(self) -> None:
        """The rules count a mandate period as four years: once per period is 0.25 a year."""
        assert per_year(cad(1, Per.MANDATE_PERIOD)) == pytest.approx(0.25)


# -- words ------------------------------------------------------------------------------


class TestWords:
    def test_quarters_from_december(self) -> None:
        """The cadence names its windows."""
        text = cadence_text(cad(1, Per.QUARTER, start_month=Count(12)))
        assert text == (
            "en gång per kvartal (december–februari, mars–maj, juni–augusti, september–november)"
        )

    def test_even_weeks_and_mandate(self) -> None:
        assert cadence_text(cad(1, Per.WEEK, interval=Count(2), start_week=Count(2))).endswith(
            "jämna veckor"
        )
        assert cadence_text(cad(1, Per.MANDATE_PERIOD)) == "en gång per mandatperiod"

    def test_listing_gives_titles_and_notes(self) -> None:
        """Several rhythms of one item are told apart by their titles; notes are printed."""
        cs = (
            cad(1, Per.WEEK, title=Text("Veckolägesbild"), note=Text("Inför EST.")),
            cad(1, Per.YEAR, title=Text("Årlig lägesbild")),
        )
        assert cadences_text(cs) == (
            "Veckolägesbild: en gång per vecka (Inför EST.); Årlig lägesbild: en gång per år"
        )

    def test_periods(self) -> None:
        assert period_text(Period(length_months=Count(3))) == "löper i 3-månadersperioder"
        assert term_text(Period(length_months=Count(1))) == "1 månad"
        assert "mandatperiod" in period_text(Period(mandate_period=True))


# -- the fictitious example as a reader sees it -------------------------------------------


class TestExampleCalendar:
    def text(self, year: int = 2027) -> str:
        g = example()
        return render_calendar(g, occurrences(g, year), year)

    def test_december_february_window_in_the_text(self) -> None:
        """The winter renewal of the medborgarlöfte is listed under December 2027."""
        december = self.text().split("\nDecember\n")[1]
        assert "december 2027–februari 2028" in december
        assert "Medborgarlöften (Årstidslöftet): förnyas" in december

    def test_three_month_promise_ends_each_season(self) -> None:
        """Its three-month terms end on the last day of February, May, August, November."""
        text = self.text()
        for day in ("2027-02-28", "2027-05-31", "2027-08-31", "2027-11-30"):
            assert f"{day}  " in text or f"{day} " in text

    def test_three_titled_lagesbild_rhythms(self) -> None:
        """Veckolägesbild, Tertiallägesbild and Årlig lägesbild, each under its own title."""
        text = self.text()
        for title in ("Veckolägesbild", "Tertiallägesbild", "Årlig lägesbild"):
            assert f"{title} ska tas fram" in text
        assert "Lägesbild för Exempelås ska tas fram" not in text

    def test_every_note_printed(self) -> None:
        """Each cadence's note appears in the calendar."""
        text = self.text()
        for note in ("Kort lägesbild inför EST-mötet", "Digitalt möte måndag förmiddag"):
            assert f"anmärkning: {note}" in text

    def test_assumed_windows_marked(self) -> None:
        """ "Var fjärde månad" without months reads "januari–april (antaget)" with a reason."""
        january = self.text().split("\nJanuari\n")[1].split("\nFebruari\n")[0]
        assert "januari–april (antaget)" in january
        assert "tidsfönstret är antaget" in january

    def test_mandate_period_in_the_election_year(self) -> None:
        """2026: the council's review for the mandate period, and the agreement's term end."""
        text = self.text(2026)
        assert "mandatperioden 2026–2030" in text and "Översyn av rådets uppdrag" in text
        assert "2026-10-14" in text
        assert "Översyn av rådets uppdrag" not in self.text(2027)


class TestExampleIcs:
    def events(self) -> list[icalendar.Event]:
        g = example()
        data = build_ics(g, occurrences(g, 2027), 2027)
        return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))

    def test_december_february_event(self) -> None:
        """The winter quarter's event starts on 1 December 2027 and says its window,
        December 2027 – February 2028 (the event's own length is the .ics event model's)."""
        (winter,) = [
            e
            for e in self.events()
            if str(e["SUMMARY"]).startswith("Medborgarlöften (Årstidslöftet): förnyas")
            and e.decoded("DTSTART") == D(2027, 12, 1)
        ]
        assert "december 2027–februari 2028" in str(winter["DESCRIPTION"])
        assert winter.decoded("DTEND") <= D(2028, 3, 1)

    def test_three_titled_rhythms(self) -> None:
        """Each lägesbild rhythm has its own event title; the weekly one recurs. (A window's
        title ends in the window, "– denna vecka", "– under året": kbfa.outputs.ics.)"""
        summaries = [str(e["SUMMARY"]) for e in self.events()]
        weekly = [
            e for e in self.events() if str(e["SUMMARY"]).startswith("Veckolägesbild ska tas fram")
        ]
        assert len(weekly) == 1 and weekly[0]["RRULE"]["COUNT"] == [52]
        assert sum(s.startswith("Tertiallägesbild ska tas fram") for s in summaries) == 3
        assert sum(s.startswith("Årlig lägesbild ska tas fram") for s in summaries) == 1

    def test_assumed_in_the_summary(self) -> None:
        """An assumed window says so where the calendar shows it, at the end of the title."""
        reports = [
            str(e["SUMMARY"]) for e in self.events() if "Trygghetsrapport" in str(e["SUMMARY"])
        ]
        assert len(reports) == 3 and all(s.endswith("(antaget)") for s in reports)
        assert not any(
            "(antaget)" in str(e["SUMMARY"])
            for e in self.events()
            if "Årstidslöftet" in str(e["SUMMARY"])
        )


class TestExampleDocuments:
    def test_arshjul_shows_titles_and_assumed(self) -> None:
        """The Word årshjul has the titled rhythms and the assumed windows in its tables."""
        (doc,) = build_annual_cycle(example(), BuildContext(as_of=D(2027, 1, 15)))
        cells = [
            c for i in outline(doc.document) if "table" in i for row in i["table"] for c in row
        ]
        for title in ("Veckolägesbild ska tas fram", "Tertiallägesbild ska tas fram"):
            assert title in cells
        assert "januari–april (antaget)" in cells
        assert "december 2027–februari 2028" in cells

    def test_show_lists_titles_notes_and_periods(self) -> None:
        """`kbfa show` names each rhythm, prints its note, and says how the periods run."""
        text = render_summary(example())
        assert "Veckolägesbild: en gång per vecka (Kort lägesbild inför EST-mötet.)" in text
        assert "Rapporterar till: Kommunstyrelsen (Trygghetsrapport: en gång per 4 månader)" in text
        assert "löper i 3-månadersperioder" in text
        assert "en mandatperiod i taget" in text

    def test_rows_say_the_same_as_the_text(self) -> None:
        """The årshjul's rows use the calendar's words for when."""
        g = example()
        occ = occurrences(g, 2027)
        rows = [r.when for s in arshjul_rows(g, occ, 2027) for r in s.rows]
        assert "december 2027–februari 2028" in rows
        assert when(next(o for o in occ if Flag.ASSUMED in o.flags)).endswith("(antaget)")


# -- the existing rules read the new periods ------------------------------------------------


class TestRulesHonourTheNewPeriods:
    def findings(
        self, as_of: dt.date, g: Governance | None = None
    ) -> dict[tuple[str, str], Finding]:
        loaded = load(EXAMPLE)
        if g is not None:
            loaded = attrs.evolve(loaded, governance=g)
        result = evaluate(loaded, as_of)
        return {(f.code, f.location.path if f.location else ""): f for f in result.findings}

    def test_three_month_promise_current(self) -> None:
        """Signed 2026-09-01 for three months: valid on 2026-11-23, to 2026-11-30."""
        f = self.findings(D(2026, 11, 23))[("KBFA-B15", "citizen_promises[0].period")]
        assert f.verdict is Verdict.UPPFYLLT
        assert "3 månader" in f.message and "2026-11-30" in f.message

    def test_three_month_promise_lapsed(self) -> None:
        """The next day after its last day without a new signing, it has lapsed."""
        f = self.findings(D(2026, 12, 1))[("KBFA-B15", "citizen_promises[0].period")]
        assert f.verdict is Verdict.EJ_UPPFYLLT
        assert "har löpt ut" in f.message

    def test_agreement_lapses_at_the_end_of_the_mandate_period(self) -> None:
        """Without the signing after the 2026 election, the agreement signed in 2023 has
        lapsed on 2026-10-15; with it, it runs to 2030-10-14."""
        g = example()
        earlier = tuple(
            e
            for e in g.evidence
            if not (
                e.kind is EvidenceKind.SIGNED
                and e.date.year == 2026
                and e.subject == "polis-kommun"
            )
        )
        lapsed = self.findings(D(2026, 10, 15), attrs.evolve(g, evidence=earlier))
        assert lapsed[("KBFA-L9C", "agreements[0].period")].verdict is Verdict.EJ_UPPFYLLT
        held = self.findings(D(2026, 10, 14), attrs.evolve(g, evidence=earlier))
        assert held[("KBFA-L9C", "agreements[0].period")].verdict is Verdict.UPPFYLLT
        renewed = self.findings(D(2026, 11, 23))[("KBFA-L9C", "agreements[0].period")]
        assert "2030-10-14" in renewed.message


def test_occurrence_kinds_cover_renewals() -> None:
    """The promise's renewals are renewals, its follow-ups follow-ups (not meetings)."""
    g = example()
    kinds = {o.kind for o in occurrences(g, 2027) if o.subject == "arstidslofte"}
    assert kinds == {OccurrenceKind.RENEWAL, OccurrenceKind.FOLLOW_UP, OccurrenceKind.EXPIRY}
