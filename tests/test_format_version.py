"""``format_version``: old files load, newer ones are refused, renamed keys are named."""

from __future__ import annotations

from pathlib import Path

import pytest

import kbfa
from kbfa.config import FORMAT_VERSION, _versions, loads
from kbfa.config._versions import Renamed
from kbfa.errors import ConfigError
from kbfa.schema import build_schema

ROOT = Path(__file__).resolve().parents[1]
BODY = """
[municipality]
name = "Exempelby"
organisation = "kommun"

[[organisations]]
id = "kommun"
name = "Exempelby"
kind = "kommun"

[[roles]]
id = "kso"
title = "KSO"
organisation = "kommun"

[[bodies]]
id = "rad"
name = "Rådet"
kind = "strategic_council"
{chair_key} = "kso"
"""


def problems(text: str, lang: str = "sv") -> list[str]:
    with pytest.raises(ConfigError) as exc:
        loads(text, filename="x.toml", lang=lang)  # type: ignore[arg-type]
    return [str(p) for p in exc.value.problems]


class TestVersions:
    def test_current_is_one(self) -> None:
        assert FORMAT_VERSION == 1

    def test_without_the_key_is_version_one(self) -> None:
        config = loads(BODY.format(chair_key="chair"))
        assert config.governance.format_version is None
        assert config.format_version == 1

    def test_the_current_version_loads(self) -> None:
        config = loads(f"format_version = {FORMAT_VERSION}\n" + BODY.format(chair_key="chair"))
        assert config.format_version == FORMAT_VERSION

    def test_a_newer_version_is_refused_with_one_message(self) -> None:
        """A file for a newer kbfa gets one message, not the noise of keys this kbfa lacks."""
        text = f"format_version = {FORMAT_VERSION + 1}\n" + BODY.format(chair_key="vice_chair")
        assert problems(text) == [
            f"x.toml:1: format_version: filen är skriven för format_version {FORMAT_VERSION + 1}, "
            f"men den här kbfa läser till och med version {FORMAT_VERSION}; uppdatera kbfa"
        ]

    @pytest.mark.parametrize("value", ["0", '"1"', "1.0", "true"])
    def test_not_a_version(self, value: str) -> None:
        (message,) = problems(f"format_version = {value}\n" + BODY.format(chair_key="chair"))
        assert message.startswith("x.toml:1: format_version: förväntade ett heltal större än noll")

    @pytest.mark.parametrize(
        "path",
        sorted([*ROOT.glob("configs/*.toml"), *ROOT.glob("examples/*.toml")]),
        ids=lambda p: p.name,
    )
    def test_bundled_configs_declare_the_current_version(self, path: Path) -> None:
        assert kbfa.load(path).governance.format_version == FORMAT_VERSION

    def test_in_the_schema_for_editors(self) -> None:
        prop = build_schema()["properties"]["format_version"]
        assert prop["type"] == "integer" and prop["minimum"] == 1


class TestRenamedKeys:
    """The mechanism the next rename will use, with a made-up one: "chair" was "leader"."""

    @pytest.fixture(autouse=True)
    def _renamed(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(_versions, "FORMAT_VERSION", 2)
        monkeypatch.setattr("kbfa.config._loader.FORMAT_VERSION", 2)
        monkeypatch.setattr(_versions, "RENAMED", (Renamed("Body", "leader", "chair", 2),))

    def test_an_old_file_is_told_the_new_key_and_the_version(self) -> None:
        assert problems(BODY.format(chair_key="leader")) == [
            'x.toml:20: bodies[0].leader: nyckeln "leader" heter "chair" sedan format_version 2, '
            "och filen är skriven för version 1; byt namn på nyckeln och sätt format_version = 2 "
            "(se docs/format.md)"
        ]

    def test_a_new_file_with_the_old_key(self) -> None:
        text = "format_version = 2\n" + BODY.format(chair_key="leader")
        assert problems(text, "en") == [
            'x.toml:21: bodies[0].leader: the key "leader" is called "chair" since '
            "format_version 2; rename the key (see docs/format.md)"
        ]

    def test_the_new_key_loads_in_either_version(self) -> None:
        assert loads(BODY.format(chair_key="chair")).governance.bodies[0].chair == "kso"
        text = "format_version = 2\n" + BODY.format(chair_key="chair")
        assert loads(text).format_version == 2

    def test_other_unknown_keys_still_get_a_guess(self) -> None:
        (message,) = problems(BODY.format(chair_key="chiar"))
        assert message.endswith('okänd nyckel "chiar" (menade du "chair"?)')

    def test_validate_reports_it_the_same_way(self) -> None:
        """A model built in code cannot hold an unknown key, so only files meet renames;
        validate still refuses a version newer than kbfa."""
        g = kbfa.Governance(
            municipality=kbfa.load(ROOT / "examples" / "exempelby.toml").governance.municipality,
            format_version=3,
        )
        with pytest.raises(ConfigError, match="format_version 3"):
            kbfa.validate(g)
