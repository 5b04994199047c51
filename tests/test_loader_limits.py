"""The loader refuses what the outputs cannot carry, with file, line and key.

Each test recasts a reproduction from the reliability review (findings 2, 3, 7, 8,
10 and 11): a value the loader used to accept and a later output crashed on.
"""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest

from conftest import CONFIGS
from kbfa.config import load, loads
from kbfa.config._limits import FIRST_DATE, LAST_DATE, MAX_ID, MAX_LINE, SINGLE_LINE
from kbfa.errors import ConfigError
from kbfa.files import MAX_INPUT_BYTES

LINDESBERG = (CONFIGS / "lindesberg.toml").read_text(encoding="utf-8")


def problems(text: str, lang: str = "sv") -> list[str]:
    with pytest.raises(ConfigError) as caught:
        loads(text, filename="k.toml", lang=lang)  # type: ignore[arg-type]
    return [str(p) for p in caught.value.problems]


def edited(old: str, new: str) -> str:
    assert LINDESBERG.count(old) >= 1, old
    return LINDESBERG.replace(old, new, 1)


def line_of(text: str, needle: str) -> int:
    """The line the edit is on (so the tests do not depend on the config's header)."""
    assert needle in text, needle
    return text[: text.index(needle)].count("\n") + 1


class TestDates:
    """Finding 3: 9999-12-31 crashed check, report, calendar and documents."""

    def test_a_date_past_the_range(self) -> None:
        """The "no end" sentinel 9999-12-31 is refused where it is written."""
        text = edited("date = 2024-04-30", "date = 9999-12-31")
        line = line_of(text, "date = 9999-12-31")
        assert problems(text) == [
            f"k.toml:{line}: steering_document.decision.date: förväntade ett datum från "
            "1900-01-01 till 2999-12-31, fick 9999-12-31"
        ]

    def test_an_end_date_gets_advice(self) -> None:
        """A period end of 9999-12-31 points at open_ended, the way to say "tills vidare"."""
        text = edited(
            "validity = { start = 2024-04-30 }",
            "validity = { start = 2024-04-30, end = 9999-12-31 }",
        )
        (message,) = problems(text)
        line = line_of(text, "end = 9999-12-31")
        assert message.startswith(
            f"k.toml:{line}: steering_document.validity.end: förväntade ett datum"
        )
        assert "open_ended = true" in message

    @pytest.mark.parametrize("date", [FIRST_DATE, LAST_DATE])
    def test_the_ends_of_the_range_are_accepted(self, date: object) -> None:
        """1900-01-01 and 2999-12-31 are taken (and every output handles them)."""
        loads(edited("date = 2024-04-30", f"date = {date}"))

    def test_year_one_is_refused(self) -> None:
        assert "fick 0001-01-01" in problems(edited("date = 2024-04-30", "date = 0001-01-01"))[0]


class TestCounts:
    """Findings 2 and 3: times = 100000 took 49 s and 2.7 GiB; review_after_years = 10000 crashed."""

    def test_review_after_more_than_fifty_years(self) -> None:
        text = edited("review_after_years = 3", "review_after_years = 10000")
        line = line_of(text, "review_after_years = 10000")
        assert problems(text) == [
            f"k.toml:{line}: steering_document.review_after_years: förväntade ett heltal från 1 "
            "till 50 (år), fick 10000"
        ]

    def test_times_a_week_beyond_one_a_day(self) -> None:
        """A weekly cadence holds at most seven occurrences."""
        text = edited('times = 1, per = "week"', 'times = 100000, per = "week"')
        line = line_of(text, "times = 100000")
        assert problems(text) == [
            f"k.toml:{line}: bodies[3].cadence[0].times: förväntade högst 7 tillfällen per vecka "
            "(ungefär ett om dagen), fick 100000"
        ]

    def test_times_scales_with_the_interval(self) -> None:
        """Every second year, 732 occurrences is the bound (366 a year)."""
        ok = edited('times = 1, per = "week"', 'times = 700, per = "year", interval = 2')
        loads(ok)
        text = edited('times = 1, per = "week"', 'times = 733, per = "year", interval = 2')
        assert "förväntade högst 732 tillfällen per 2 år" in problems(text)[0]

    @pytest.mark.parametrize("huge", [2**31, 2**63 - 1])
    def test_huge_times(self, huge: int) -> None:
        text = edited('times = 1, per = "week"', f'times = {huge}, per = "week"')
        assert f"fick {huge}" in problems(text)[0]

    def test_an_interval_reaching_before_year_one(self) -> None:
        """interval ≥ 2026 years made the look-back go before year 1."""
        text = edited('times = 1, per = "week"', 'times = 1, per = "year", interval = 2026')
        line = line_of(text, "interval = 2026")
        assert problems(text) == [
            f"k.toml:{line}: bodies[3].cadence[0].interval: förväntade ett intervall från 1 till "
            "50 (50 år), fick 2026"
        ]

    def test_a_meeting_longer_than_a_week(self) -> None:
        text = edited("duration_minutes = 30", "duration_minutes = 20000")
        assert (
            "förväntade ett heltal från 1 till 10080 (minuter, högst en vecka)" in problems(text)[0]
        )

    def test_the_settings_months(self) -> None:
        text = LINDESBERG + "\n[settings]\ncycle_months = 100000\n"
        assert (
            "settings.cycle_months: förväntade ett heltal från 1 till 600 (månader)"
            in problems(text)[0]
        )


class TestText:
    """Findings 7 and 8: U+FFFE crashed Word; a newline crashed ICS; 210 characters crashed documents."""

    @pytest.mark.parametrize(
        ("char", "words"),
        [
            ("\\uFFFE", "icke-tecken"),
            ("\\uFFFF", "icke-tecken"),
            ("\\uFDD0", "icke-tecken"),
            ("\\U0010FFFF", "icke-tecken"),
            ("\\u202E", "vänder textens riktning"),
            ("\\u2066", "vänder textens riktning"),
            ("\\u009B", "styrtecken"),
            ("\\u0085", "styrtecken"),
            ("\\u001B", "styrtecken"),
        ],
    )
    def test_characters_no_output_can_carry(self, char: str, words: str) -> None:
        """Non-characters, C1 controls and bidi overrides are refused with their position."""
        text = edited('name = "Lindesbergs kommun"', f'name = "Lindes{char}bergs kommun"')
        (message,) = problems(text)
        line = line_of(text, f'name = "Lindes{char}')
        assert message.startswith(f"k.toml:{line}: municipality.name: förväntade en text utan")
        assert words in message
        assert "på plats 7" in message
        assert "\x9b" not in message and "\u202e" not in message  # shown escaped, never raw

    def test_a_newline_in_a_name(self) -> None:
        text = edited('name = "Lindesbergs kommun"', 'name = "Lindesbergs\\nkommun"')
        line = line_of(text, "Lindesbergs\\nkommun")
        assert problems(text) == [
            f"k.toml:{line}: municipality.name: förväntade en text på en rad, utan radbrytning"
        ]

    def test_a_newline_in_a_description_is_fine(self) -> None:
        """Longer texts may have several lines."""
        loads(edited('name = "Lindesbergs kommun"', 'name = "Lindesbergs kommun"') + "\n")
        text = LINDESBERG.replace(
            "[[organisations]]", '[[organisations]]\nnote = "rad 1\\nrad 2"', 1
        )
        loads(text)

    def test_a_name_over_the_limit(self) -> None:
        long = "L" * (MAX_LINE + 1)
        text = edited('name = "Lindesbergs kommun"', f'name = "{long}"')
        line = line_of(text, long)
        assert problems(text) == [
            f"k.toml:{line}: municipality.name: förväntade en text på högst {MAX_LINE} tecken, "
            f"fick {MAX_LINE + 1} tecken"
        ]

    def test_the_single_line_fields_exist_in_the_model(self) -> None:
        """Every (class, field) named as one-line is a real field, so none is silently unchecked."""
        import attrs

        import kbfa.model as model

        for cls_name, field in SINGLE_LINE:
            cls = getattr(model, cls_name)
            assert field in attrs.fields_dict(cls), (cls_name, field)

    def test_english(self) -> None:
        text = edited('name = "Lindesbergs kommun"', 'name = "Lindesbergs\\nkommun"')
        line = line_of(text, "Lindesbergs\\nkommun")
        assert problems(text, "en") == [
            f"k.toml:{line}: municipality.name: expected a text on one line, without a line break"
        ]


class TestIds:
    def test_an_id_over_the_limit(self) -> None:
        """Ids become parts of calendar UIDs and file names: at most MAX_ID characters."""
        long = "p" * (MAX_ID + 1)
        text = LINDESBERG.replace('"polisen"', f'"{long}"')
        line = line_of(text, f'id = "{long}"')
        found = problems(text)
        assert found[0] == (
            f"k.toml:{line}: organisations[1].id: förväntade ett id på högst {MAX_ID} tecken, "
            f"fick {MAX_ID + 1} tecken"
        )
        assert all(f"förväntade ett id på högst {MAX_ID} tecken" in p for p in found)  # refs too


class TestThePlan:
    """Text, Id and Count are Annotated aliases of str and int: the walk must still tell
    them apart (read as plain str and int, every count and id went unchecked)."""

    def test_constrained_fields_get_their_checks(self) -> None:
        from kbfa.config._limits import _plan
        from kbfa.model import Municipality, Organisation, SteeringDocument

        assert _plan(SteeringDocument)[1]["review_after_years"] == (
            "count",
            ("SteeringDocument", "review_after_years"),
        )
        assert _plan(Organisation)[1]["id"] == ("id",)
        assert _plan(Municipality)[1]["name"] == ("text", ("Municipality", "name"))


class TestParserLimits:
    """Finding 10: deep nesting and huge integers escaped ConfigError."""

    @pytest.mark.parametrize("opener", ["[", "{a = "])
    def test_deep_nesting(self, opener: str) -> None:
        closer = "]" if opener == "[" else "}"
        text = LINDESBERG + "\nx = " + opener * 600 + "1" + closer * 600 + "\n"
        (message,) = problems(text)
        assert message.startswith("k.toml:")
        assert "för djupt nästlade tabeller eller listor" in message

    def test_moderate_nesting_is_an_ordinary_problem(self) -> None:
        """Nesting tomllib can parse is reported by what it is: here an unknown key."""
        text = "x = " + "[" * 40 + "1" + "]" * 40 + "\n" + LINDESBERG
        assert problems(text) == ['k.toml:1: x: okänd nyckel "x"']

    def test_an_integer_of_5000_digits(self) -> None:
        text = LINDESBERG.replace("review_after_years = 3", "review_after_years = " + "9" * 5000)
        line = line_of(text, "review_after_years = 999")
        assert problems(text) == [f"k.toml:{line}: ett heltal med för många siffror"]

    def test_loads_of_not_a_string(self) -> None:
        """loads(None) is a TypeError saying what it takes (the review: AttributeError)."""
        with pytest.raises(TypeError, match="takes the config as a str"):
            loads(None)  # type: ignore[arg-type]


class TestInputFiles:
    """Finding 11: /dev/zero grew to 11 GiB; a FIFO blocked forever."""

    def test_a_fifo_is_refused_without_waiting(self, tmp_path: Path) -> None:
        fifo = tmp_path / "x.toml"
        os.mkfifo(fifo)
        started = time.monotonic()
        with pytest.raises(ConfigError, match=r"x\.toml: är inte en vanlig fil"):
            load(fifo)
        assert time.monotonic() - started < 2

    def test_a_zero_device_is_refused(self, tmp_path: Path) -> None:
        zero = tmp_path / "zero"
        try:
            os.mknod(zero, stat.S_IFCHR | 0o666, os.makedev(1, 5))
        except OSError:
            pytest.skip("cannot make a device node here")
        with pytest.raises(ConfigError, match="är inte en vanlig fil"):
            load(zero)

    def test_a_file_too_large(self, tmp_path: Path) -> None:
        """A sparse file over the limit is refused by its size, without reading it."""
        big = tmp_path / "big.toml"
        with big.open("wb") as f:
            f.truncate(MAX_INPUT_BYTES + 1)
        with pytest.raises(ConfigError, match="filen är för stor"):
            load(big)

    def test_a_folder(self, tmp_path: Path) -> None:
        with pytest.raises(ConfigError, match="är en katalog, inte en fil"):
            load(tmp_path)

    def test_a_nul_in_the_file_name(self) -> None:
        """load("a\\0b") is a ConfigError, not a ValueError."""
        with pytest.raises(ConfigError, match="nolltecken"):
            load("a\0b")


class TestDatasetFiles:
    """A statistics file named by [[datasets]] is an input too: never a FIFO or a device."""

    def test_a_fifo_dataset_is_refused_without_waiting(self, tmp_path: Path) -> None:
        import datetime as dt

        from kbfa.data import read_dataset
        from kbfa.errors import DataError
        from kbfa.model import DataFormat, Dataset, Id, Text, Unit

        os.mkfifo(tmp_path / "k.json")
        dataset = Dataset(
            Id("d"),
            DataFormat.KOLADA,
            Text("k.json"),
            Text("Test"),
            unit=Unit.COUNT,
            retrieved=dt.date(2026, 3, 2),
        )
        started = time.monotonic()
        with pytest.raises(DataError, match="kan inte läsa filen: är inte en vanlig fil"):
            read_dataset(dataset, tmp_path / "c.toml", "0685")
        assert time.monotonic() - started < 2
