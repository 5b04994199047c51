"""The config loader: every problem in one pass, located the way the user wrote it."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from kbfa.config import dump_text, load, loads
from kbfa.errors import ConfigError
from kbfa.model import BodyKind, Per

MINIMAL = """\
[municipality]
name = "Provkommun"
organisation = "kommun"

[[organisations]]
id = "kommun"
name = "Provkommun"
kind = "kommun"
"""


def problems(text: str) -> list[str]:
    with pytest.raises(ConfigError) as info:
        loads(text, filename="prov.toml")
    return [str(p) for p in info.value.problems]


class TestValidInput:
    def test_minimal_config_loads(self) -> None:
        """A file with only the municipality and its organisation is a valid config."""
        g = loads(MINIMAL).governance
        assert g.municipality.name == "Provkommun"
        assert g.own_organisation is not None and g.own_organisation.name == "Provkommun"

    def test_cadence_with_seasons(self) -> None:
        """Seasons that add up to the number of times are accepted and kept in order."""
        text = MINIMAL + (
            '[[bodies]]\nid = "rad"\nname = "Råd"\nkind = "strategic_council"\n'
            'cadence = [{ times = 2, per = "year", seasons = [{ season = "spring", times = 1 },'
            ' { season = "autumn", times = 1 }] }]\n'
        )
        body = loads(text).governance.bodies[0]
        assert body.kind is BodyKind.STRATEGIC_COUNCIL
        assert body.cadence[0].per is Per.YEAR
        assert [s.season.value for s in body.cadence[0].seasons] == ["spring", "autumn"]

    def test_byte_order_mark_is_ignored(self) -> None:
        """A UTF-8 byte-order mark written by a Windows editor does not break loading."""
        assert loads("\ufeff" + MINIMAL).governance.municipality.name == "Provkommun"

    def test_locate_gives_line_and_path(self) -> None:
        """A loaded config locates a key path at the line it is written on."""
        cfg = loads(MINIMAL, filename="prov.toml")
        loc = cfg.locate(("organisations", 0, "kind"))
        assert (loc.file, loc.line, loc.path) == ("prov.toml", 8, "organisations[0].kind")
        assert str(loc) == "prov.toml:8: organisations[0].kind"


class TestProblems:
    def test_unknown_key_with_hint(self) -> None:
        """An unknown key is rejected with its line, path and a did-you-mean hint."""
        out = problems(MINIMAL.replace('name = "Provkommun"\norg', 'namn = "Provkommun"\norg'))
        assert 'prov.toml:2: municipality.namn: okänd nyckel "namn" (menade du "name"?)' in out

    def test_missing_required_key(self) -> None:
        """A missing required key is named with the path of the table it belongs in."""
        out = problems(MINIMAL.replace('kind = "kommun"\n', ""))
        assert out == ["prov.toml:5: organisations[0].kind: obligatorisk nyckel saknas"]

    def test_wrong_type_says_expected_and_given(self) -> None:
        """A value of the wrong type says what was expected and what was given."""
        text = MINIMAL + '[[roles]]\nid = "r"\ntitle = 5\norganisation = "kommun"\n'
        assert problems(text) == [
            "prov.toml:11: roles[0].title: förväntade en text, fick 5",
        ]

    def test_empty_string(self) -> None:
        """An empty required string is an error."""
        out = problems(MINIMAL.replace('name = "Provkommun"\norg', 'name = "  "\norg'))
        assert out == [
            'prov.toml:2: municipality.name: förväntade en text som inte är tom, fick "  "'
        ]

    def test_control_character(self) -> None:
        """A string with a control character is an error that shows the character escaped."""
        out = problems(MINIMAL.replace('name = "Provkommun"\norg', 'name = "Prov\\u0007"\norg'))
        assert len(out) == 1
        assert "styrtecken" in out[0] and "\\x07" in out[0]

    def test_zero_and_negative_cadence(self) -> None:
        """Cadences must be counted in positive integers."""
        text = MINIMAL + (
            '[[bodies]]\nid = "g"\nname = "G"\nkind = "working_group"\n'
            'cadence = [{ times = 0, per = "year" }, { times = 1, per = "year", interval = -2 }]\n'
        )
        assert problems(text) == [
            "prov.toml:13: bodies[0].cadence[0].times: förväntade ett heltal större än noll, fick 0",
            "prov.toml:13: bodies[0].cadence[1].interval: förväntade ett heltal större än noll, fick -2",
        ]

    def test_impossible_date_is_a_syntax_error_with_line(self) -> None:
        """An impossible TOML date (30 February) is reported with its line."""
        text = (
            MINIMAL + '[steering_document]\ntitle = "P"\nkind = "plan"\nreview_date = 2024-02-30\n'
        )
        out = problems(text)
        assert len(out) == 1 and out[0].startswith("prov.toml:12:") and "TOML-syntaxfel" in out[0]

    def test_date_in_quotes(self) -> None:
        """A date written as a string asks for a TOML date without quotes."""
        text = (
            MINIMAL
            + '[steering_document]\ntitle = "P"\nkind = "plan"\nreview_date = "2024-02-01"\n'
        )
        assert problems(text) == [
            "prov.toml:12: steering_document.review_date: förväntade ett TOML-datum utan "
            'citattecken, t.ex. 2024-03-21, fick "2024-02-01"'
        ]

    def test_enum_with_hint(self) -> None:
        """A misspelt vocabulary value lists the choices and suggests the closest."""
        out = problems(MINIMAL.replace('kind = "kommun"', 'kind = "komun"'))
        assert len(out) == 1
        assert out[0].startswith('prov.toml:8: organisations[0].kind: förväntade ett av "kommun"')
        assert out[0].endswith('fick "komun" (menade du "kommun"?)')

    def test_unresolved_reference(self) -> None:
        """A reference to an id that does not exist is an error with a hint."""
        text = MINIMAL + '[[roles]]\nid = "r"\ntitle = "T"\norganisation = "komun"\n'
        assert problems(text) == [
            'prov.toml:12: roles[0].organisation: "komun" finns inte bland organisations '
            '(menade du "kommun"?)'
        ]

    def test_duplicate_id(self) -> None:
        """Ids are unique across the whole file."""
        text = MINIMAL + '[[roles]]\nid = "kommun"\ntitle = "T"\norganisation = "kommun"\n'
        assert problems(text) == ['prov.toml:10: roles[0].id: id "kommun" används redan på rad 6']

    def test_seasons_must_add_up(self) -> None:
        """Seasons that do not add up to the cadence's count are an error."""
        text = MINIMAL + (
            '[[bodies]]\nid = "g"\nname = "G"\nkind = "working_group"\n'
            'cadence = [{ times = 4, per = "year", seasons = [{ season = "spring", times = 1 }] }]\n'
        )
        assert problems(text) == [
            "prov.toml:13: bodies[0].cadence[0].seasons: säsongerna summerar till 1 men times är 4"
        ]

    def test_agreement_needs_two_parties(self) -> None:
        """An agreement with one party is an error."""
        text = MINIMAL + '[[agreements]]\nid = "a"\ntitle = "A"\nparties = ["kommun"]\n'
        assert problems(text) == [
            "prov.toml:12: agreements[0].parties: en överenskommelse behöver minst två parter"
        ]

    def test_requirement_needs_its_fields(self) -> None:
        """A local requirement lacking the key its kind needs is an error naming the key."""
        text = MINIMAL + (
            '[[requirements]]\nid = "k"\nkind = "agreement_signatories"\nsource = "Rubrik"\n'
            'text = "Avtal ska signeras."\n'
        )
        assert problems(text) == [
            'prov.toml:9: requirements[0].roles: ett krav av typen "agreement_signatories" '
            'behöver nyckeln "roles"'
        ]

    def test_all_problems_in_one_pass(self) -> None:
        """Type errors, unknown keys and broken references are all reported together, in file order."""
        text = MINIMAL.replace('kind = "kommun"', 'kind = "x"\ncolour = 1') + (
            '[[roles]]\nid = "r"\ntitle = ""\norganisation = "nowhere"\n'
        )
        out = problems(text)
        assert [o.split(": ")[0] + ": " + o.split(": ")[1] for o in out] == [
            "prov.toml:8: organisations[0].kind",
            "prov.toml:9: organisations[0].colour",
            "prov.toml:12: roles[0].title",
            "prov.toml:13: roles[0].organisation",
        ]

    def test_syntax_error(self) -> None:
        """A TOML syntax error names its line."""
        out = problems(MINIMAL + "[[bodies]\n")
        assert len(out) == 1 and out[0].startswith("prov.toml:9: TOML-syntaxfel")

    def test_english_messages(self) -> None:
        """Messages are available in English."""
        with pytest.raises(ConfigError) as info:
            loads(MINIMAL.replace('kind = "kommun"\n', ""), filename="x.toml", lang="en")
        assert str(info.value) == "x.toml:5: organisations[0].kind: required key is missing"


class TestFiles:
    def test_missing_file(self, tmp_path: Path) -> None:
        """A file that does not exist is a ConfigError naming it."""
        with pytest.raises(ConfigError) as info:
            load(tmp_path / "nej.toml")
        assert str(info.value).endswith("nej.toml: filen finns inte")

    def test_not_utf8(self, tmp_path: Path) -> None:
        """A Latin-1 file is reported with the first line that is not UTF-8."""
        path = tmp_path / "latin1.toml"
        path.write_bytes(MINIMAL.replace("Provkommun", "Malmö").encode("latin-1"))
        with pytest.raises(ConfigError) as info:
            load(path)
        assert str(info.value) == f"{path}:2: filen är inte UTF-8-kodad (spara den som UTF-8)"


class TestWriting:
    def test_dump_round_trips(self) -> None:
        """Writing a config and loading it again gives an equal model."""
        g = loads(
            MINIMAL + '[steering_document]\ntitle = "P"\nkind = "plan"\n'
            'decision = { date = 2024-03-21, paragraph = "§ 39" }\n'
        ).governance
        again = loads(dump_text(g)).governance
        assert again == g
        assert again.steering_document is not None
        assert again.steering_document.decision is not None
        assert again.steering_document.decision.date == dt.date(2024, 3, 21)

    def test_dump_omits_defaults(self) -> None:
        """Written configs hold only what was said, not every default."""
        text = dump_text(loads(MINIMAL).governance)
        assert "permanent" not in text and "settings" not in text


class TestCommandLine:
    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "kbfa", *args], capture_output=True, text=True, check=False
        )

    def test_bad_config_exits_2_without_traceback(self, tmp_path: Path) -> None:
        """Bad input exits with status 2 and the located message, never a traceback."""
        path = tmp_path / "bad.toml"
        path.write_text(MINIMAL.replace('kind = "kommun"', "kind = 3"), encoding="utf-8")
        result = self.run("show", str(path))
        assert result.returncode == 2
        assert f"{path}:8: organisations[0].kind: förväntade ett av" in result.stderr
        assert "Traceback" not in result.stderr and result.stdout == ""

    def test_problems_from_several_files_together(self, tmp_path: Path) -> None:
        """With several bad files, the problems of all of them are reported."""
        a, b = tmp_path / "a.toml", tmp_path / "b.toml"
        a.write_text("x = ", encoding="utf-8")
        b.write_text(MINIMAL.replace('kind = "kommun"\n', ""), encoding="utf-8")
        result = self.run("show", str(a), str(b))
        assert result.returncode == 2
        assert str(a) in result.stderr and str(b) in result.stderr

    def test_usage_error_exits_2(self) -> None:
        """A command line kbfa does not understand exits with status 2."""
        assert self.run("show").returncode == 2


class TestShownValues:
    def test_swedish_letters_shown_as_written(self) -> None:
        """A wrong value with å, ä, ö is shown as the user wrote it, not escaped."""
        text = MINIMAL + (
            '[[bodies]]\nid = "g"\nname = "G"\nkind = "working_group"\n'
            'cadence = [{ times = "två", per = "year" }]\n'
        )
        assert problems(text) == [
            'prov.toml:13: bodies[0].cadence[0].times: förväntade ett heltal större än noll, fick "två"'
        ]
