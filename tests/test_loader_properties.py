"""Properties of loading and writing configs that must hold for any input."""

from __future__ import annotations

import random
import tomllib
from pathlib import Path
from typing import Any

import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kbfa.config import dump_text, loads
from kbfa.errors import ConfigError
from kbfa.model import Governance
from strategies import governances

CONFIGS = Path(__file__).resolve().parents[1] / "configs"

toml_values = st.recursive(
    st.booleans() | st.integers(-3, 3) | st.text(max_size=8) | st.dates(),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.text("abcz_", min_size=1, max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix] if prefix else []
    if isinstance(node, dict):
        for k, v in node.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out += _paths(v, (*prefix, i))
    return out


def _parent(data: Any, path: tuple[Any, ...]) -> Any:
    for part in path[:-1]:
        data = data[part]
    return data


class TestRoundTrip:
    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(governances())
    def test_model_to_toml_to_model(self, g: Governance) -> None:
        """Any valid model written as TOML loads back as an equal model."""
        assert loads(dump_text(g)).governance == g

    def test_bundled_configs_round_trip(self) -> None:
        """Every bundled config survives a write and a load unchanged."""
        for path in sorted(CONFIGS.glob("*.toml")):
            g = loads(path.read_text(encoding="utf-8"), filename=str(path)).governance
            assert loads(dump_text(g)).governance == g, path.name


class TestNeverCrashes:
    @settings(max_examples=300, deadline=None)
    @given(st.text(max_size=200))
    def test_arbitrary_text(self, text: str) -> None:
        """Any text either loads or raises ConfigError, never anything else."""
        try:
            loads(text)
        except ConfigError as exc:
            assert exc.problems

    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        st.randoms(use_true_random=False),
        toml_values,
        st.sampled_from(["replace", "delete", "add"]),
    )
    def test_mutated_bundled_config(self, rnd: random.Random, value: Any, action: str) -> None:
        """Replacing, deleting or adding any one key in a real config never crashes the loader."""
        source = rnd.choice(sorted(CONFIGS.glob("*.toml")))
        data = tomllib.loads(source.read_text(encoding="utf-8"))
        path = rnd.choice(_paths(data))
        parent = _parent(data, path)
        key = path[-1]
        if action == "replace":
            parent[key] = value
        elif action == "delete":
            del parent[key]
        elif isinstance(parent, dict):
            parent["zz_" + str(key)] = value
        else:
            parent.append(value)
        try:
            text = tomli_w.dumps(data)
        except (TypeError, ValueError):  # e.g. a mixed list tomli-w cannot write
            return
        try:
            loads(text)
        except ConfigError as exc:
            assert all(p.message for p in exc.problems)
