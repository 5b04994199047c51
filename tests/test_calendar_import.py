"""The .ics as a calendar program imports it: every RRULE expanded with
``recurring-ical-events`` (an independent RFC 5545 implementation) and compared with
what ``kbfa calendar`` lists; no banners; re-importing updates instead of duplicating."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import icalendar
import pytest
import recurring_ical_events

from kbfa.cli import main
from kbfa.config import load
from kbfa.model import Governance
from kbfa.outputs.calendar_text import group_occurrences
from kbfa.outputs.ics import build_ics
from kbfa.schedule import Occurrence, occurrences

ROOT = Path(__file__).resolve().parents[1]
FILES = sorted([*ROOT.glob("configs/*.toml"), ROOT / "examples" / "exempelby.toml"])
YEARS = (2026, 2027, 2032)  # 2026 and 2032 have an ISO week 53
T1 = dt.datetime(2026, 11, 29, 12, 0, tzinfo=dt.UTC)
T2 = dt.datetime(2027, 2, 3, 8, 30, tzinfo=dt.UTC)


def calendar(g: Governance, year: int, **kw: object) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(build_ics(g, occurrences(g, year), year, **kw))  # type: ignore[arg-type]


def expanded(cal: icalendar.Calendar, year: int) -> list[icalendar.Event]:
    """Every instance a client would show, overdue items from earlier years included."""
    window = (dt.date(year - 10, 1, 1), dt.date(year + 2, 1, 1))
    instances: list[icalendar.Event] = recurring_ical_events.of(cal).between(*window)
    return sorted(instances, key=lambda e: (e.decoded("DTSTART"), str(e["UID"])))


def _day(o: Occurrence) -> dt.date:
    """The day kbfa puts an occurrence on: its date, or the first day of its window."""
    return o.start


@pytest.mark.parametrize("year", YEARS)
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
class TestExpansion:
    def test_instances_are_what_kbfa_calendar_lists(self, path: Path, year: int) -> None:
        """One instance per occurrence of the årshjul, on its day, with its title: a weekly
        series expands to exactly the weeks `kbfa calendar` lists."""
        g = load(path).governance
        found = occurrences(g, year)
        instances = expanded(calendar(g, year, now=T1), year)
        got = sorted((e.decoded("DTSTART"), str(e["SUMMARY"])) for e in instances)
        want = sorted(
            (_day(o), o.title) for entry in group_occurrences(found) for o in entry.occurrences
        )
        assert [d for d, _ in got] == [d for d, _ in want]
        for (_, summary), (_, title) in zip(got, want, strict=True):
            assert summary.startswith(title)

    def test_series_match_their_weeks(self, path: Path, year: int) -> None:
        """Each RRULE expands to the Mondays of the ISO weeks of its occurrences."""
        g = load(path).governance
        cal = calendar(g, year, now=T1)
        by_uid: dict[str, list[dt.date]] = {}
        for e in expanded(cal, year):
            by_uid.setdefault(str(e["UID"]), []).append(e.decoded("DTSTART"))
        series = [e for e in group_occurrences(occurrences(g, year)) if e.is_series]
        recurring = [ev for ev in cal.walk("VEVENT") if "RRULE" in ev]
        assert len(recurring) == len(series)
        for ev, entry in zip(recurring, series, strict=True):
            mondays = [o.start for o in entry.occurrences]
            assert all(d.isoweekday() == 1 for d in mondays)
            assert by_uid[str(ev["UID"])] == mondays

    def test_no_banners(self, path: Path, year: int) -> None:
        """No all-day event is longer than 7 days; in fact every one is a single day."""
        for e in expanded(calendar(load(path).governance, year, now=T1), year):
            start, end = e.decoded("DTSTART"), e.decoded("DTEND")
            assert type(start) is dt.date and type(end) is dt.date
            assert (end - start).days == 1


class TestReimport:
    def lindesberg(self) -> Governance:
        return load(ROOT / "configs" / "lindesberg.toml").governance

    def events(self, data: bytes) -> dict[str, icalendar.Event]:
        cal = icalendar.Calendar.from_ical(data)
        return {str(e["UID"]): e for e in cal.walk("VEVENT")}

    def test_unchanged_export_is_byte_identical(self) -> None:
        """Re-exporting with no change keeps every SEQUENCE and time: the same bytes."""
        g = self.lindesberg()
        first = build_ics(g, occurrences(g, 2027), 2027, now=T1)
        again = build_ics(g, occurrences(g, 2027), 2027, previous=first, now=T2)
        assert again == first

    def test_a_change_keeps_uids_and_raises_sequence(self) -> None:
        """Rename the styrgrupp and move the review date: every UID stays, the changed
        events get SEQUENCE 1 and the new time, the others keep 0 and the old time."""
        g = self.lindesberg()
        first = build_ics(g, occurrences(g, 2027), 2027, now=T1)
        bodies = tuple(
            attrs.evolve(b, name="Styrgruppen för trygghet") if b.name == "Styrgrupp" else b
            for b in g.bodies
        )
        assert bodies != g.bodies
        doc = g.steering_document
        assert doc is not None  # reviewed 2027-04-30: three years after its decision
        changed = attrs.evolve(
            g,
            bodies=bodies,
            steering_document=attrs.evolve(doc, review_date=dt.date(2027, 5, 20)),
        )
        second = build_ics(changed, occurrences(changed, 2027), 2027, previous=first, now=T2)
        before, after = self.events(first), self.events(second)
        assert before.keys() == after.keys()
        raised = {u for u, e in after.items() if e["SEQUENCE"] == 1}
        titles = {str(after[u]["SUMMARY"]).split(":")[0] for u in raised}
        assert titles == {
            "Styrgruppen för trygghet",
            "Struktur för det brottsförebyggande arbetet i Lindesbergs kommun",
        }
        for u, e in after.items():
            stamp = T2 if u in raised else T1
            assert e.decoded("LAST-MODIFIED") == stamp == e.decoded("DTSTAMP")
            assert e["SEQUENCE"] == (1 if u in raised else 0)
        review = next(e for u, e in after.items() if u.startswith("review-"))
        assert review.decoded("DTSTART") == dt.date(2027, 5, 20)

    def test_overdue_item_keeps_its_uid_in_later_years(self) -> None:
        """The review due 2027-04-30, shown as overdue in 2032's file, has the UID it had in
        2027's: importing both years gives one event, not two."""
        g = self.lindesberg()
        in_2027 = [
            u
            for u in self.events(build_ics(g, occurrences(g, 2027), 2027, now=T1))
            if u.startswith("review-")
        ]
        in_2032 = [
            u
            for u in self.events(build_ics(g, occurrences(g, 2032), 2032, now=T1))
            if u.startswith("review-")
        ]
        assert in_2027 and in_2027 == in_2032

    def test_cli_reads_the_file_it_replaces(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """`kbfa calendar --ics FILE` twice, the config changed between: SEQUENCE rises."""
        src = tmp_path / "lindesberg.toml"
        text = (ROOT / "configs" / "lindesberg.toml").read_text(encoding="utf-8")
        src.write_text(text, encoding="utf-8")
        target = tmp_path / "arshjul.ics"
        args = ["calendar", str(src), "--year", "2027", "--ics", str(target)]
        assert main(args) == 0
        first = self.events(target.read_bytes())
        assert "review_after_years = 3" in text
        src.write_text(
            text.replace("review_after_years = 3", "review_date = 2027-05-20"), encoding="utf-8"
        )
        assert main(args) == 0
        capsys.readouterr()
        second = self.events(target.read_bytes())
        assert first.keys() == second.keys()
        assert sorted(e["SEQUENCE"] for e in second.values()).count(1) == 1

    def _bumped(self, tmp_path: Path) -> tuple[Path, bytes]:
        """A config and an earlier export of it in which every event is at SEQUENCE 5."""
        src = tmp_path / "lindesberg.toml"
        text = (ROOT / "configs" / "lindesberg.toml").read_text(encoding="utf-8")
        src.write_text(text, encoding="utf-8")
        first = tmp_path / "first.ics"
        assert main(["-q", "calendar", str(src), "--year", "2027", "--ics", str(first)]) == 0
        cal = icalendar.Calendar.from_ical(first.read_bytes())
        first.unlink()
        for ev in cal.walk("VEVENT"):
            ev["SEQUENCE"] = 5
        data: bytes = cal.to_ical()
        return src, data

    def test_cli_to_standard_output_has_no_earlier_export(
        self,
        tmp_path: Path,
        capfd: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        """`--ics -` writes to standard output; a file that happens to be named "-" is
        neither read as the earlier export nor written."""
        src, earlier = self._bumped(tmp_path)
        monkeypatch.chdir(tmp_path)
        (tmp_path / "-").write_bytes(earlier)
        assert main(["calendar", str(src), "--year", "2027", "--ics", "-"]) == 0
        out = capfd.readouterr().out.encode("utf-8")
        assert {e["SEQUENCE"] for e in self.events(out).values()} == {0}
        assert (tmp_path / "-").read_bytes() == earlier

    def test_cli_reads_an_earlier_export_through_a_link(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """`--ics FILE` where FILE is a symbolic link: the file it points to is the earlier
        export (unchanged events keep SEQUENCE 5), and the link stays a link."""
        src, earlier = self._bumped(tmp_path)
        real = tmp_path / "real.ics"
        real.write_bytes(earlier)
        link = tmp_path / "arshjul.ics"
        link.symlink_to(real)
        assert main(["calendar", str(src), "--year", "2027", "--ics", str(link)]) == 0
        capsys.readouterr()
        assert link.is_symlink()
        assert {e["SEQUENCE"] for e in self.events(real.read_bytes()).values()} == {5}
