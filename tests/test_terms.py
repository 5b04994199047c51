"""Shared wording used by every output and by the rules' messages."""

from __future__ import annotations

import datetime as dt

from kbfa.config import loads
from kbfa.i18n.terms import cadences_text, period_text
from kbfa.model import Cadence, Count, Id, Per, Period, Reporting
from kbfa.outputs.names import reporting_text

D1, D2 = dt.date(2020, 1, 1), dt.date(2023, 12, 31)


class TestPeriodText:
    def test_closed_period(self) -> None:
        """A period with both ends reads "start – end"."""
        assert period_text(Period(start=D1, end=D2)) == "2020-01-01 – 2023-12-31"

    def test_open_start_and_until_further_notice(self) -> None:
        """A start alone reads "från", and "tills vidare" is added after a comma."""
        assert period_text(Period(start=D1, open_ended=True)) == "från 2020-01-01, tills vidare"

    def test_end_only_and_rolling(self) -> None:
        """An end alone reads "till och med"; rolling periods say their length."""
        assert period_text(Period(end=D2)) == "till och med 2023-12-31"
        assert period_text(Period(length_years=Count(2))) == "löper i 2-årsperioder"

    def test_english(self) -> None:
        """English is available."""
        assert period_text(Period(start=D1, open_ended=True), "en") == (
            "from 2020-01-01, until further notice"
        )

    def test_empty_period_is_empty(self) -> None:
        """A period that states nothing gives no words; callers say "anges inte"."""
        assert period_text(Period()) == ""


class TestCadencesAndReporting:
    def test_several_cadences(self) -> None:
        """Several cadences of one thing are joined with semicolons."""
        cs = (Cadence(Count(1), Per.WEEK), Cadence(Count(1), Per.TERTIAL))
        assert cadences_text(cs) == "en gång per vecka; en gång per tertial"

    def test_reporting_line(self) -> None:
        """A reporting line names the body, then how often, continuously and any note."""
        g = loads(
            '[municipality]\nname = "K"\norganisation = "k"\n'
            '[[organisations]]\nid = "k"\nname = "K"\nkind = "kommun"\n'
            '[[bodies]]\nid = "ks"\nname = "Kommunstyrelsen"\nkind = "executive_board"\n'
        ).governance
        r = Reporting(
            to="ks", cadence=Cadence(Count(1), Per.TERTIAL), continuous=True, note="muntligt"
        )
        assert reporting_text(g, r) == (
            "Kommunstyrelsen (en gång per tertial, kontinuerligt, muntligt)"
        )
        assert reporting_text(g, Reporting(to=Id("ks"))) == "Kommunstyrelsen"
