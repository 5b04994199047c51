"""Any config the loader accepts renders in every output without an internal error.

A bounded fuzz test (issue 15): hypothesis mutates the bundled configs' values and
keys, with the values that broke 0.1.0 (9999-12-31, times = 2**63, U+FFFE, a newline
in a name, 210-character names, intervals of 3000 years) among the candidates. Each
case is either a :class:`ConfigError` or renders in check (text, JSON, SARIF and
GitHub), show, the calendar (text and ICS), the overview (CSV, JSON, Word, Excel), the report
and the documents. The Word outputs are slower, so they get fewer cases.
"""

from __future__ import annotations

import datetime as dt
import random
import tomllib
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import CONFIGS
from kbfa.config import FIRST_DATE, LAST_DATE, LoadedConfig, loads
from kbfa.errors import ConfigError

SOURCES = [*sorted(CONFIGS.glob("*.toml")), CONFIGS.parent / "examples" / "exempelby.toml"]
TEXTS = {p: p.read_text(encoding="utf-8") for p in SOURCES}

NASTY_INTS = [
    0,
    1,
    2,
    7,
    8,
    12,
    31,
    32,
    50,
    51,
    53,
    92,
    123,
    184,
    365,
    366,
    367,
    600,
    601,
    1899,
    1900,
    2026,
    2999,
    3000,
    10**5,
    10**6,
    2**31,
    2**63 - 1,
]
NASTY_DATES = [
    dt.date(1, 1, 1),
    dt.date(1899, 12, 31),
    FIRST_DATE,
    dt.date(1900, 1, 7),
    dt.date(2024, 2, 29),
    dt.date(2020, 12, 31),
    dt.date(2999, 12, 28),
    LAST_DATE,
    dt.date(3000, 1, 1),
    dt.date(9999, 12, 31),
]
NASTY_TEXTS = [
    "a\nb",
    "x\ufffey",
    "\u202eabc",
    "\x85",
    "é" * 199,
    "w" * 200,
    "w" * 201,
    "q " * 5000,
    "=1+1",
    "-",
    " ",
    "Ω🙂",
    "a\tb",
    "<w:p>&amp;</w:t>]]>",
    "\u2028",
    "KBFA-L4A",
    "con",
    "../../x",
    "a" * 99,
    "'; DROP",
    "\\",
    '"',
]
AS_OF = [FIRST_DATE, dt.date(2024, 1, 1), dt.date(2026, 6, 1), LAST_DATE]


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix] if prefix else []
    if isinstance(node, dict):
        for k, v in node.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out += _paths(v, (*prefix, i))
    return out


def _mutate(rnd: random.Random, data: dict[str, Any]) -> None:
    """One edit a careless (or hostile) hand might make, mostly keeping the value's type."""
    path = rnd.choice(_paths(data))
    parent: Any = data
    for part in path[:-1]:
        parent = parent[part]
    key = path[-1]
    old = parent[key]
    roll = rnd.random()
    if isinstance(old, bool):
        parent[key] = not old
    elif isinstance(old, int):
        parent[key] = rnd.choice(NASTY_INTS)
    elif isinstance(old, dt.date):
        parent[key] = rnd.choice(NASTY_DATES)
    elif isinstance(old, str):
        parent[key] = rnd.choice([*NASTY_TEXTS, old + rnd.choice(NASTY_TEXTS)])
    elif isinstance(old, list) and old and roll < 0.5:
        parent[key] = [*old, rnd.choice(old)]  # a duplicate entry
    elif isinstance(old, list) and old:
        parent[key] = old[:-1]
    elif isinstance(parent, dict) and roll < 0.3:
        del parent[key]
    elif isinstance(parent, dict):
        parent[key + "x"] = parent.pop(key)  # a typo in a key


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, dt.date]:
    rnd = draw(st.randoms(use_true_random=False))
    source = rnd.choice(SOURCES)
    data = tomllib.loads(TEXTS[source])
    for _ in range(rnd.randint(1, 3)):
        _mutate(rnd, data)
    try:
        text = tomli_w.dumps(data)
    except (TypeError, ValueError):
        text = TEXTS[source]
    return text, rnd.choice(AS_OF)


def render_text_outputs(config: LoadedConfig, path: Path, as_of: dt.date) -> None:
    """check (text, JSON, SARIF, GitHub), show, calendar (text, ICS), overview (CSV, JSON)."""
    from kbfa.evaluation import evaluate
    from kbfa.outputs.calendar_text import citation, render_calendar
    from kbfa.outputs.findings_json import render_json
    from kbfa.outputs.findings_text import render_text
    from kbfa.outputs.github import render_github
    from kbfa.outputs.ics import build_ics
    from kbfa.outputs.overview import TABLES, collect, render_csv
    from kbfa.outputs.overview import render_json as overview_json
    from kbfa.outputs.sarif import render_sarif
    from kbfa.outputs.summary import render_summary
    from kbfa.rules import rules_for
    from kbfa.schedule import occurrences

    g = config.governance
    result = evaluate(config, as_of)
    render_text([result], "sv")
    render_text([result], "sv", quiet=True)
    render_json([result], "sv")
    render_sarif([result], "sv", rules=rules_for(g))
    render_github([result], "sv")
    render_summary(g, "sv")
    found = occurrences(g, as_of.year)
    render_calendar(g, found, as_of.year, "sv", locate=lambda p: citation(config.locate(p)))
    build_ics(g, found, as_of.year, "sv", locate=lambda p: citation(config.locate(p)))
    overview = collect([path], as_of=as_of)
    assert not overview.failed, overview.rows[0].problems
    for table in TABLES:
        render_csv(overview, table)
    overview_json(overview)


def render_word_outputs(config: LoadedConfig, path: Path, as_of: dt.date) -> None:
    """The report, the documents and the overview in Word and Excel."""
    from kbfa.outputs.docx import BuildContext, build_documents, compliance_report, document_bytes
    from kbfa.outputs.overview import collect, xlsx_bytes
    from kbfa.outputs.overview._docx import build_docx

    ctx = BuildContext(as_of=as_of)
    document_bytes(compliance_report(config, as_of, ctx).document)
    for doc in build_documents(config.governance, ctx):
        document_bytes(doc.document)
    overview = collect([path], as_of=as_of)
    document_bytes(build_docx(overview))
    xlsx_bytes(overview)


def _accepted(text: str, path: Path) -> LoadedConfig | None:
    try:
        config = loads(text, filename=str(path))
    except ConfigError as exc:
        assert exc.problems and all(p.message for p in exc.problems)
        return None
    path.write_text(text, encoding="utf-8")
    return config


class TestAnyAcceptedConfigRenders:
    @settings(
        max_examples=150,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
    @given(mutated())
    def test_text_outputs(self, tmp_path: Path, case: tuple[str, dt.date]) -> None:
        """check, show, calendar, ICS and the overview's CSV and JSON never fail on it."""
        text, as_of = case
        path = tmp_path / "k.toml"
        config = _accepted(text, path)
        if config is not None:
            render_text_outputs(config, path, as_of)

    @settings(
        max_examples=12,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
    @given(mutated())
    def test_word_outputs(self, tmp_path: Path, case: tuple[str, dt.date]) -> None:
        """The report, the documents and the Word overview never fail on it."""
        text, as_of = case
        path = tmp_path / "k.toml"
        config = _accepted(text, path)
        if config is not None:
            render_word_outputs(config, path, as_of)

    def test_the_edge_values_themselves_render(self, tmp_path: Path) -> None:
        """The extremes the loader still accepts render everywhere (not left to chance)."""
        base = TEXTS[CONFIGS / "lindesberg.toml"]
        edges = [
            base.replace("date = 2024-04-30", f"date = {LAST_DATE}", 1),
            base.replace("date = 2024-04-30", f"date = {FIRST_DATE}", 1),
            base.replace("review_after_years = 3", "review_after_years = 50", 1),
            base.replace('times = 1, per = "week"', 'times = 7, per = "week"', 1),
            base.replace('times = 1, per = "week"', 'times = 1, per = "year", interval = 50', 1),
            base.replace('name = "Lindesbergs kommun"', f'name = "{"L" * 200}"', 1),
        ]
        path = tmp_path / "k.toml"
        for text in edges:
            config = loads(text)
            path.write_text(text, encoding="utf-8")
            for as_of in (FIRST_DATE, LAST_DATE):
                render_text_outputs(config, path, as_of)
            render_word_outputs(config, path, LAST_DATE)


class TestWrongShapes:
    """A value of the wrong shape is a located problem, never a crash in a later check.

    Found by test_validate's property test after the io and formats branches met: a list
    where an indicator names its dataset reached the unit check, which hashed it.
    """

    @pytest.mark.parametrize("value", ["[]", "[1, 2]", "{}", "{ a = 1 }", "1"])
    @pytest.mark.parametrize(
        "old",
        [
            'data = { dataset = "bostadsinbrott", series',
            'denominator = { dataset = "folkmangd", series',
        ],
    )
    def test_an_indicators_dataset(self, value: str, old: str) -> None:
        base = TEXTS[CONFIGS.parent / "examples" / "exempelby.toml"]
        assert base.count(old) == 1
        text = base.replace(old, old.replace(old.split("= ")[-1].split(",")[0], value), 1)
        with pytest.raises(ConfigError) as caught:
            loads(text, filename="x.toml")
        problems = [str(p) for p in caught.value.problems]
        assert any(".dataset: " in p for p in problems), problems
