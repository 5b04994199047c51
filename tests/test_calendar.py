"""The årshjul as text and as an .ics file, and the ``kbfa calendar`` command."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from pathlib import Path

import icalendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from builder import Builder, cad, reporting  # type: ignore[import-not-found]
from conftest import CONFIGS
from kbfa.cli import main
from kbfa.config import load
from kbfa.errors import OutputError
from kbfa.model import BodyKind, DeliverableKind, Governance
from kbfa.outputs.calendar_text import _FLAG_KEYS, T, group_occurrences, render_calendar
from kbfa.outputs.ics import _KIND_WORDS, build_ics, write_ics
from kbfa.schedule import Flag, OccurrenceKind, occurrences
from strategies import governances

NAMES = ("lindesberg", "nassjo", "hjo", "vetlanda")


#: The time events are stamped with in these tests (an export needs a clock reading).
NOW = dt.datetime(2026, 11, 29, 12, 0, tzinfo=dt.UTC)


def ics_for(name: str, year: int = 2027, lang: str = "sv") -> bytes:
    g = load(CONFIGS / f"{name}.toml").governance
    return build_ics(g, occurrences(g, year), year, lang, now=NOW)  # type: ignore[arg-type]


def events(data: bytes) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def by_summary(data: bytes, start: str) -> list[icalendar.Event]:
    return [e for e in events(data) if str(e["SUMMARY"]).startswith(start)]


class TestText:
    def text(self, name: str = "lindesberg", lang: str = "sv") -> str:
        g = load(CONFIGS / f"{name}.toml").governance
        return render_calendar(g, occurrences(g, 2027), 2027, lang)  # type: ignore[arg-type]

    def test_weekly_series_listed_once(self) -> None:
        """The 52 EST meetings are one line under "Varje vecka", not 52 lines."""
        text = self.text()
        assert text.count("EST (effektiv samordning för trygghet): möte") == 1
        assert "vecka 1–52" in text and "52 gånger" in text

    def test_months_in_order(self) -> None:
        """Every month of the year has its heading, January to December."""
        text = self.text()
        positions = [text.index(f"\n{m}\n") for m in ("Januari", "April", "Juli", "December")]
        assert positions == sorted(positions)

    def test_review_date_under_april(self) -> None:
        """Lindesberg's review on 2027-04-30 is listed under April, counted from the decision."""
        april = self.text().split("\nApril\n")[1].split("\nMaj\n")[0]
        assert "2027-04-30" in april and "räknat från 2024-04-30" in april

    def test_windows_named_not_dated(self) -> None:
        """Nässjö's tertial reports read "tertial 2 (maj–aug)", not an invented date."""
        may = self.text("nassjo").split("\nMaj\n")[1].split("\nJuni\n")[0]
        assert "tertial 2 (maj–aug)" in may and "Lägesrapport redovisas för Kommunstyrelsen" in may

    def test_flags_explained(self) -> None:
        """A count spread over the year says so in words."""
        assert "jämnt fördelat över året (dokumentet anger bara antal)" in self.text("nassjo")

    def test_english(self) -> None:
        """--lang en gives English headings, windows and notes."""
        text = self.text("nassjo", "en")
        assert "Annual cycle 2027: Nässjö kommun" in text
        assert "tertial 2 (May–Aug)" in text and "\nSeptember\n" in text

    def test_empty_month_says_so(self) -> None:
        """A month with nothing planned says "inget planerat"."""
        feb = self.text().split("\nFebruari\n")[1].split("\nMars\n")[0]
        assert "(inget planerat)" in feb


class TestIcs:
    @pytest.mark.parametrize("name", NAMES)
    def test_one_event_per_entry(self, name: str) -> None:
        """The file parses back with one VEVENT per occurrence, a weekly series as one."""
        g = load(CONFIGS / f"{name}.toml").governance
        expected = len(group_occurrences(occurrences(g, 2027)))
        assert len(events(ics_for(name))) == expected

    def test_lindesberg_counts(self) -> None:
        """Lindesberg: 1 weekly EST series + 2 styrgrupp + 4 LindeBRÅ + review + 3 law = 11."""
        data = ics_for("lindesberg")
        assert len(events(data)) == 11
        assert len(by_summary(data, "Styrgrupp: möte")) == 2
        assert len(by_summary(data, "LindeBRÅ: möte")) == 4

    def test_weekly_meeting_is_an_rrule(self) -> None:
        """EST is one event recurring weekly 52 times, a one-day marker on the Monday of each
        ISO week from week 1: not a week-long banner (the review's complaint)."""
        (est,) = by_summary(ics_for("lindesberg"), "EST")
        rule = est["RRULE"]
        assert rule["FREQ"] == ["WEEKLY"] and rule["COUNT"] == [52] and rule["INTERVAL"] == [1]
        assert est.decoded("DTSTART") == dt.date(2027, 1, 4)
        assert est.decoded("DTEND") == dt.date(2027, 1, 5)
        assert str(est["SUMMARY"]).endswith(" – denna vecka")
        assert "ingen veckodag" in str(est["DESCRIPTION"])

    def test_only_weekly_series_recur(self) -> None:
        """Exactly one event in Lindesberg's file has an RRULE."""
        assert sum("RRULE" in e for e in events(ics_for("lindesberg"))) == 1

    def test_window_is_one_reminder_day_at_its_start(self) -> None:
        """A vår meeting is one all-day event on 1 January (DTEND exclusive, 2 January) whose
        title names the window and whose description gives both ends of it."""
        spring = by_summary(ics_for("lindesberg"), "Styrgrupp: möte")[0]
        assert spring.decoded("DTSTART") == dt.date(2027, 1, 1)
        assert spring.decoded("DTEND") == dt.date(2027, 1, 2)
        assert str(spring["SUMMARY"]) == "Styrgrupp: möte (1/2) – våren (jan–jun)"
        description = str(spring["DESCRIPTION"])
        assert "Perioden: 2027-01-01 – 2027-06-30." in description
        assert "anger ingen dag" in description

    def test_deadline_has_reminder(self) -> None:
        """The review date is an all-day event on 2027-04-30 with a reminder 14 days ahead
        (docs/kalender.md: "En frist påminner 14 dagar i förväg"), written as RFC 5545
        3.8.6.3 has it: a negative duration before the start, ``TRIGGER:-P14D``."""
        data = ics_for("lindesberg")
        (review,) = by_summary(data, "Struktur för")
        assert review.decoded("DTSTART") == dt.date(2027, 4, 30)
        (alarm,) = review.walk("VALARM")
        assert alarm.decoded("TRIGGER") == dt.timedelta(days=-14)
        assert str(alarm["ACTION"]) == "DISPLAY"
        triggers = {line for line in data.decode("utf-8").splitlines() if "TRIGGER" in line}
        assert triggers == {"TRIGGER:-P14D"}

    def test_window_deadline_reminds_before_the_window_opens(self) -> None:
        """A tertial report reminds 14 days before its window opens, relative to the start:
        the one trigger Outlook, Thunderbird and Google read alike (no RELATED=END)."""
        report = by_summary(ics_for("nassjo"), "Lägesrapport redovisas")[0]
        (alarm,) = report.walk("VALARM")
        assert alarm.decoded("TRIGGER") == dt.timedelta(days=-14)
        assert "RELATED" not in alarm["TRIGGER"].params

    def test_meetings_and_undatable_duties_have_no_reminder(self) -> None:
        """Meetings and duties with no evidence to date them carry no VALARM."""
        data = ics_for("lindesberg")
        for e in by_summary(data, "Styrgrupp") + by_summary(data, "Lägesbilden ska uppdateras"):
            assert e.walk("VALARM") == []

    @pytest.mark.parametrize("name", NAMES)
    def test_uids_are_told_apart_without_numbering(self, name: str) -> None:
        """Every event's UID is its own by what the config says of it, never by the order it
        comes in: each has the documented form ``kind-subject[-to-…]-s<slot>-<year>-<n>``
        (or ``-<year>-w<n>`` for a weekly series) at the municipality, and none carries the
        ``-2``, ``-3`` … that build_ics appends to a repeated one. (Uniqueness alone is
        true by construction, because of that numbering: it could not see a UID losing
        the slot or the recipient, which makes re-imports depend on order.)"""
        g = load(CONFIGS / f"{name}.toml").governance
        domain = f"@{g.municipality.organisation}.kbfa"
        form = re.compile(r"^[a-z_]+-.+-s\d+-(2026|2027)-w?\d+" + re.escape(domain) + "$")
        uids = [str(e["UID"]) for e in events(ics_for(name))]
        assert len(uids) == len(set(uids))
        assert [u for u in uids if not form.match(u)] == []

    def test_two_cadences_of_one_body_are_two_uids(self) -> None:
        """A council meeting twice a year and also once a year (two cadences, slots 0 and
        1): the first meeting of each is its own event, told apart by the slot, so that
        importing the file again updates each instead of depending on their order."""
        g = (
            Builder()
            .body("radet", BodyKind.STRATEGIC_COUNCIL, "Rådet", cadence=(cad(2), cad(1)))
            .build()
        )
        data = build_ics(g, occurrences(g, 2027), 2027, now=NOW)
        meetings = sorted(str(e["UID"]) for e in events(data) if str(e["UID"]).startswith("meet"))
        assert meetings == [
            "meeting-radet-s0-2027-1@kommun.kbfa",
            "meeting-radet-s0-2027-2@kommun.kbfa",
            "meeting-radet-s1-2027-1@kommun.kbfa",
        ]

    def test_a_report_names_its_recipient_in_its_uid(self) -> None:
        """A lägesbild reported yearly to kommunstyrelsen: ``report-lb-to-ks-s0-2027-1``, the
        recipient in the UID, so that the same deliverable reported to two bodies is two
        events by what they are, not by their order."""
        g = (
            Builder()
            .body("ks", BodyKind.EXECUTIVE_BOARD, "Kommunstyrelsen")
            .deliverable("lb", DeliverableKind.LAGESBILD, recipients=[reporting("ks", cad(1))])
            .build()
        )
        data = build_ics(g, occurrences(g, 2027), 2027, now=NOW)
        reports = [str(e["UID"]) for e in events(data) if "redovisas för" in str(e["SUMMARY"])]
        assert reports == ["report-lb-to-ks-s0-2027-1@kommun.kbfa"]

    def test_uids_stable_and_output_deterministic(self) -> None:
        """The same config, year and time give byte-identical files; a new export with no
        previous one starts at SEQUENCE 0, stamped with the time of the export."""
        assert ics_for("nassjo") == ics_for("nassjo")
        (e,) = by_summary(ics_for("lindesberg"), "EST")
        assert str(e["UID"]) == "meeting-est-s0-2027-w1@lindesbergs-kommun.kbfa"
        assert e.decoded("DTSTAMP") == NOW == e.decoded("LAST-MODIFIED")
        assert e["SEQUENCE"] == 0

    def test_uids_differ_between_years(self) -> None:
        """Importing two years does not make one overwrite the other: the only UIDs two
        years share are those of dated items carried into the later year as overdue."""
        a = {str(e["UID"]): e for e in events(ics_for("nassjo", 2027))}
        b = {str(e["UID"]): e for e in events(ics_for("nassjo", 2028))}
        for shared in a.keys() & b.keys():
            assert b[shared].decoded("DTSTART").year == 2027

    def test_all_day_and_transparent(self) -> None:
        """Every event is all-day (dates, no times) and does not block free/busy time."""
        for e in events(ics_for("nassjo")):
            assert type(e.decoded("DTSTART")) is dt.date
            assert str(e["TRANSP"]) == "TRANSPARENT"

    def test_description_explains_window(self) -> None:
        """The description says when and why a window, in the chosen language."""
        (e,) = by_summary(ics_for("nassjo", lang="en"), "Citizen promises: renewal")
        assert "which year is not known" in str(e["DESCRIPTION"])


class TestWriteIcs:
    def test_writes_whole_file(self, tmp_path: Path) -> None:
        """The bytes land in the target and no temporary file is left behind."""
        target = tmp_path / "a.ics"
        write_ics(target, b"DATA")
        assert target.read_bytes() == b"DATA"
        assert os.listdir(tmp_path) == ["a.ics"]

    def test_replaces_existing(self, tmp_path: Path) -> None:
        """An existing calendar file is replaced, not appended to."""
        target = tmp_path / "a.ics"
        target.write_bytes(b"OLD OLD OLD")
        write_ics(target, b"NEW")
        assert target.read_bytes() == b"NEW"

    def test_refuses_toml(self, tmp_path: Path) -> None:
        """A .toml target is refused and left untouched."""
        target = tmp_path / "kommun.toml"
        target.write_text("x = 1\n")
        with pytest.raises(OutputError, match=r"kommun\.toml: utfilen ska sluta på \.ics"):
            write_ics(target, b"DATA")
        assert target.read_text() == "x = 1\n"

    def test_refuses_input_file(self, tmp_path: Path) -> None:
        """The input config is never overwritten, whatever its name."""
        src = tmp_path / "kommun.conf"
        src.write_text("x = 1\n")
        with pytest.raises(OutputError, match="är en av indatafilerna"):
            write_ics(src, b"DATA", inputs=[src])
        assert src.read_text() == "x = 1\n"

    def test_missing_folder_is_an_error(self, tmp_path: Path) -> None:
        """A target in a folder that does not exist raises OutputError, nothing is written."""
        with pytest.raises(OutputError, match=r"katalogen .*nej finns inte"):
            write_ics(tmp_path / "nej" / "a.ics", b"DATA")
        assert os.listdir(tmp_path) == []


class TestCli:
    def test_text(self, capsys: pytest.CaptureFixture[str]) -> None:
        """`kbfa calendar FILE --year 2027` prints the årshjul and exits 0."""
        assert main(["calendar", str(CONFIGS / "lindesberg.toml"), "--year", "2027"]) == 0
        out = capsys.readouterr().out
        assert out.startswith("Årshjul 2027: Lindesbergs kommun")
        assert "lindesberg.toml:" in out  # citations carry file and line

    def test_ics(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """--ics writes a calendar that parses back and prints its path."""
        target = tmp_path / "arshjul.ics"
        args = ["calendar", str(CONFIGS / "nassjo.toml"), "--year", "2027", "--ics", str(target)]
        assert main(args) == 0
        assert capsys.readouterr().out.strip() == str(target)
        assert len(events(target.read_bytes())) == 14

    def test_bad_year(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A year that is not a year exits 2 with the reason."""
        assert main(["calendar", str(CONFIGS / "lindesberg.toml"), "--year", "tjugo"]) == 2
        assert "ogiltigt år" in capsys.readouterr().err

    def test_missing_file(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A config that does not exist exits 2 naming the file."""
        assert main(["calendar", "finns-inte.toml", "--year", "2027"]) == 2
        assert "finns-inte.toml" in capsys.readouterr().err

    def test_broken_config(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A config with an error exits 2 with file, line and key path."""
        bad = tmp_path / "bad.toml"
        bad.write_text('[municipality]\nname = "X"\norganisation = 3\n', encoding="utf-8")
        assert main(["calendar", str(bad), "--year", "2027"]) == 2
        assert "bad.toml:3" in capsys.readouterr().err

    def test_refuses_writing_over_input(self, tmp_path: Path) -> None:
        """--ics pointing at the config itself exits 2 and leaves the config as it was."""
        src = tmp_path / "kommun.toml"
        original = (CONFIGS / "lindesberg.toml").read_text(encoding="utf-8")
        src.write_text(original, encoding="utf-8")
        assert main(["calendar", str(src), "--year", "2027", "--ics", str(src)]) == 2
        assert src.read_text(encoding="utf-8") == original

    def test_import_is_light(self) -> None:
        """Importing kbfa, the schedule and the CLI does not import icalendar."""
        code = (
            "import sys, kbfa, kbfa.schedule, kbfa.outputs.calendar_text, kbfa.cli._main;"
            "kbfa.cli._main.build_parser();"
            "sys.exit('icalendar' in sys.modules)"
        )
        assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


class TestWords:
    def test_every_flag_has_words(self) -> None:
        """Every flag is explained in both languages (no raw flag name is printed)."""
        assert set(_FLAG_KEYS) == set(Flag)
        assert all(set(T[k]) == {"sv", "en"} for k in _FLAG_KEYS.values())

    def test_every_kind_has_a_category(self) -> None:
        """Every kind of occurrence has a calendar category in both languages."""
        assert set(_KIND_WORDS) == set(OccurrenceKind)


class TestIcsAnyModel:
    @settings(max_examples=60, deadline=None)
    @given(governances(), st.integers(2000, 2040))
    def test_parses_back_with_unique_uids(self, g: Governance, year: int) -> None:
        """For any valid model the file parses back: one event per entry, unique UIDs,
        DTEND after DTSTART, and an RRULE exactly on weekly series."""
        occ = occurrences(g, year)
        entries = group_occurrences(occ)
        evs = events(build_ics(g, occ, year, now=NOW))
        assert len(evs) == len(entries)
        # Unique in the file (RFC 5545 3.8.4.7): this checks build_ics's numbering of
        # repeats, not uid() (test_uids_are_told_apart_without_numbering does that).
        assert len({str(e["UID"]) for e in evs}) == len(evs)
        for e, entry in zip(evs, entries, strict=True):
            assert e.decoded("DTEND") > e.decoded("DTSTART")
            assert ("RRULE" in e) == entry.is_series
