"""``kbfa.validate``: a model built in code gets the loader's problems and messages."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

import attrs
import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kbfa
from kbfa.config import load, loads
from kbfa.config._loader import _as_data
from kbfa.errors import ConfigError
from kbfa.model import (
    Body,
    BodyKind,
    Cadence,
    Governance,
    Membership,
    Municipality,
    Organisation,
    OrganisationKind,
    Per,
    Role,
)
from strategies import governances

ROOT = Path(__file__).resolve().parents[1]
FILES = sorted([*ROOT.glob("configs/*.toml"), *ROOT.glob("examples/*.toml")])


def problems(exc: ConfigError) -> list[tuple[str, str]]:
    return sorted((p.path, p.message) for p in exc.problems)


def loader_problems(data: dict[str, Any]) -> list[tuple[str, str]]:
    with pytest.raises(ConfigError) as exc:
        loads(tomli_w.dumps(data))
    return problems(exc.value)


class TestValidModels:
    @pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
    def test_bundled_configs_pass_unchanged(self, path: Path) -> None:
        g = load(path).governance
        assert kbfa.validate(g) == g

    @settings(max_examples=50, deadline=None)
    @given(governances())
    def test_generated_models_pass_unchanged(self, g: Governance) -> None:
        assert kbfa.validate(g) == g

    def test_plain_values_come_back_as_the_loader_builds_them(self) -> None:
        """Enum values given as strings and lists for tuples come back as members and tuples."""
        g = Governance(
            municipality=Municipality(name="Exempelby", organisation="kommun"),
            organisations=[Organisation(id="kommun", name="Exempelby", kind="kommun")],  # type: ignore[arg-type]
        )
        checked = kbfa.validate(g)
        (org,) = checked.organisations
        assert org.kind is OrganisationKind.KOMMUN
        assert isinstance(checked.organisations, tuple)


class TestSameProblemsAsTheLoader:
    def test_a_model_and_the_same_file(self) -> None:
        """The review's two silent mistakes (a dangling id, times = "två") and a bad id,
        in a model built in code and in the TOML file a coordinator would write:
        the same key paths and the same messages."""
        g = Governance(
            municipality=Municipality(name="Exempelby", organisation="nope"),
            organisations=(
                Organisation(id="kommun", name="Exempelby", kind=OrganisationKind.KOMMUN),
            ),
            roles=(Role(id="KSO", title="KSO", organisation="kommun"),),
            bodies=(
                Body(
                    id="rad",
                    name="Rådet",
                    kind=BodyKind.STRATEGIC_COUNCIL,
                    members=(Membership(role="kso"),),
                    cadence=(Cadence(times="två", per=Per.YEAR),),  # type: ignore[arg-type]
                ),
            ),
        )
        toml = """
[municipality]
name = "Exempelby"
organisation = "nope"

[[organisations]]
id = "kommun"
name = "Exempelby"
kind = "kommun"

[[roles]]
id = "KSO"
title = "KSO"
organisation = "kommun"

[[bodies]]
id = "rad"
name = "Rådet"
kind = "strategic_council"
members = [{ role = "kso" }]
cadence = [{ times = "två", per = "year" }]
"""
        with pytest.raises(ConfigError) as from_model:
            kbfa.validate(g)
        with pytest.raises(ConfigError) as from_file:
            loads(toml, filename="x.toml")
        assert problems(from_model.value) == problems(from_file.value)
        assert problems(from_model.value) == [
            ("bodies[0].cadence[0].times", 'förväntade ett heltal större än noll, fick "två"'),
            ("bodies[0].members[0].role", '"kso" finns inte bland roles'),
            ("municipality.organisation", '"nope" finns inte bland organisations'),
            (
                "roles[0].id",
                'förväntade ett id av gemena bokstäver a–z, siffror, _ och -, fick "KSO"',
            ),
        ]

    def test_no_file_no_line(self) -> None:
        """The problems name the model, not a file, and carry no line."""
        g = Governance(municipality=Municipality(name="X", organisation="nope"))
        with pytest.raises(ConfigError) as exc:
            kbfa.validate(g)
        (p,) = exc.value.problems
        assert (p.file, p.line) == ("<governance>", None)
        assert (
            str(p)
            == '<governance>: municipality.organisation: "nope" finns inte bland organisations'
        )

    def test_missing_required_value(self) -> None:
        """None in a required field is a missing key, as in a file."""
        g = Governance(municipality=Municipality(name=None, organisation="k"))  # type: ignore[arg-type]
        with pytest.raises(ConfigError) as exc:
            kbfa.validate(g, lang="en")
        assert ("municipality.name", "required key is missing") in problems(exc.value)

    def test_duplicate_ids_name_the_first_key(self) -> None:
        org = Organisation(id="kommun", name="X", kind=OrganisationKind.KOMMUN)
        g = Governance(
            municipality=Municipality(name="X", organisation="kommun"), organisations=(org, org)
        )
        with pytest.raises(ConfigError) as exc:
            kbfa.validate(g)
        assert problems(exc.value) == [
            ("organisations[1].id", 'id "kommun" används redan i organisations[0].id')
        ]


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every attribute and tuple element of a model, as paths."""
    out = [prefix] if prefix else []
    if attrs.has(type(value)):
        for a in attrs.fields(type(value)):
            out += _paths(getattr(value, a.name), (*prefix, a.name))
    elif isinstance(value, tuple):
        for i, v in enumerate(value):
            out += _paths(v, (*prefix, i))
    return out


def _replace(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(head, int):
        items = list(value)
        items[head] = _replace(items[head], rest, new)
        return tuple(items)
    return attrs.evolve(value, **{head: _replace(getattr(value, head), rest, new)})


wrong_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 3),
    st.text(max_size=8),
    st.just(dt.date(2026, 2, 1)),
    st.just(()),
    st.just(("x", 3)),
    st.sampled_from(["kommun", "year", "nope", "Ej Ett Id"]),
)


class TestProperty:
    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.randoms(use_true_random=False), wrong_values)
    def test_any_one_wrong_value(self, rnd: random.Random, value: Any) -> None:
        """Put any value anywhere in a real config's model: validate either accepts it or
        reports exactly what the loader reports for the same content written as TOML."""
        g = load(rnd.choice(FILES)).governance
        path = rnd.choice(_paths(g))
        bad = _replace(g, path, value)
        try:
            text = tomli_w.dumps(_as_data(bad))
        except (TypeError, ValueError):  # e.g. a mixed list tomli-w cannot write
            return
        try:
            checked = kbfa.validate(bad)
        except ConfigError as exc:
            assert problems(exc) == loader_problems(_as_data(bad))
        else:
            assert checked == loads(text).governance
