"""The config's JSON Schema: current, conservative, described, and in step with the loader."""

from __future__ import annotations

import copy
import datetime as dt
import json
import tomllib
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from kbfa.cli import main
from kbfa.config import dump_text, loads
from kbfa.config._converter import Invalid, make_converter
from kbfa.errors import ConfigError
from kbfa.model import Id, RequirementKind, Text
from kbfa.schema import (
    CLASSES,
    FIELDS,
    ID_PATTERN,
    REQUIREMENT_KINDS,
    SOURCES,
    TEXT_PATTERN,
    build_schema,
    schema_text,
)
from kbfa.schema._walk import classes, fields
from strategies import governances

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_FILE = ROOT / "schema" / "kbfa-config.schema.json"
REGEN = "python -m kbfa.docs"
# The municipalities' configs and the tutorial's file point editors at the schema.
WITH_SCHEMA_LINE = [
    *sorted((ROOT / "configs").glob("*.toml")),
    *sorted((ROOT / "docs" / "tutorial").glob("*.toml")),
]
BUNDLED = [*WITH_SCHEMA_LINE, *sorted((ROOT / "examples").glob("*.toml"))]

# Keywords whose meaning is the same in drafts 4 to 7 and that Taplo understands.
ALLOWED_KEYWORDS = {
    "$schema",
    "$ref",
    "title",
    "description",
    "type",
    "properties",
    "required",
    "additionalProperties",
    "items",
    "enum",
    "minimum",
    "maximum",  # same meaning in drafts 4–7 (only exclusiveMaximum changed)
    "minItems",
    "minLength",
    "pattern",
    "format",
    "default",
    "definitions",
}


def as_json(value: Any) -> Any:
    """TOML data as Taplo hands it to the validator: dates become ISO strings."""
    if isinstance(value, dict):
        return {k: as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_json(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def validator() -> jsonschema.Draft4Validator:
    # FormatChecker() knows "date" (draft 4's own checker would skip it).
    return jsonschema.Draft4Validator(build_schema(), format_checker=jsonschema.FormatChecker())


def schema_errors(data: dict[str, Any]) -> list[str]:
    return [
        f"{'.'.join(map(str, e.absolute_path))}: {e.message}"
        for e in validator().iter_errors(as_json(data))
    ]


def keywords(node: Any, under_properties: bool = False) -> set[str]:
    """Every schema keyword used anywhere (property names and definition names excluded)."""
    found: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if not under_properties:
                found.add(key)
            if key in ("properties", "definitions") and not under_properties:
                for sub in value.values():
                    found |= keywords(sub)
            elif key not in ("enum", "required", "default") or under_properties:
                found |= keywords(value)
    elif isinstance(node, list):
        for item in node:
            found |= keywords(item)
    return found


def property_schemas(schema: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    tables = [("", schema), *schema["definitions"].items()]
    return [
        (f"{owner}.{name}", prop)
        for owner, table in tables
        for name, prop in table["properties"].items()
    ]


class TestCommittedSchema:
    def test_committed_file_is_current(self) -> None:
        """schema/kbfa-config.schema.json equals what the model generates now."""
        # A comparison with the code on purpose: the committed file is what editors read, so it
        # must not drift; what it says is checked against the loader in the tests below.
        committed = SCHEMA_FILE.read_text(encoding="utf-8") if SCHEMA_FILE.exists() else ""
        assert committed == schema_text(), (
            f"{SCHEMA_FILE.relative_to(ROOT)} är inaktuell (stale): kör `{REGEN}`"
        )

    def test_is_a_valid_draft_4_schema(self) -> None:
        """The schema is itself valid under the draft 4 meta-schema it declares."""
        schema = build_schema()
        assert schema["$schema"] == "http://json-schema.org/draft-04/schema#"
        jsonschema.Draft4Validator.check_schema(schema)

    def test_is_also_a_valid_draft_7_schema(self) -> None:
        """Editors that assume draft 7 read the same schema without complaint."""
        jsonschema.Draft7Validator.check_schema(build_schema())

    def test_uses_only_the_conservative_keywords(self) -> None:
        """No keyword outside the subset shared by drafts 4–7 (no $defs, if/then, const...)."""
        assert keywords(build_schema()) <= ALLOWED_KEYWORDS

    def test_required_is_never_empty(self) -> None:
        """Draft 4 forbids an empty "required" array, so none is written."""
        schema = build_schema()
        tables = [schema, *schema["definitions"].values()]
        assert all(t.get("required", ["x"]) for t in tables)

    def test_every_table_forbids_unknown_keys(self) -> None:
        """Every table says additionalProperties false, as the loader rejects unknown keys."""
        schema = build_schema()
        tables = [schema, *schema["definitions"].values()]
        assert all(t["additionalProperties"] is False for t in tables)

    def test_every_reference_resolves(self) -> None:
        """Every $ref names a definition that exists."""
        text = schema_text()
        schema = build_schema()
        for name in {part.split('"')[0] for part in text.split('"#/definitions/')[1:]}:
            assert name in schema["definitions"]

    def test_generation_is_deterministic(self) -> None:
        """Two generations give identical text (the committed file diffs cleanly)."""
        assert schema_text() == schema_text()


class TestDescriptions:
    def test_every_model_field_has_a_description(self) -> None:
        """A field added to the model without a catalogue entry fails here."""
        missing = [f.key for cls in classes() for f in fields(cls) if f.key not in FIELDS]
        assert missing == [], f"add these to kbfa/schema/_descriptions.py FIELDS: {missing}"

    def test_every_catalogue_entry_names_a_model_field(self) -> None:
        """No description is left behind for a field that no longer exists."""
        known = {f.key for cls in classes() for f in fields(cls)}
        assert sorted(set(FIELDS) - known) == []

    def test_every_table_class_has_a_description(self) -> None:
        """Every class reachable from Governance has a class-level description, and no more."""
        assert {cls.__name__ for cls in classes()} == set(CLASSES)

    def test_every_requirement_kind_is_described(self) -> None:
        """Each kind of local requirement has words for the schema and the reference page."""
        assert set(REQUIREMENT_KINDS) == set(RequirementKind)

    def test_every_cited_source_exists(self) -> None:
        """Descriptions cite only sources in the source table."""
        cited = {s for doc in [*FIELDS.values(), *CLASSES.values()] for s in doc.sources}
        assert cited <= set(SOURCES)

    def test_both_languages_are_written(self) -> None:
        """Every description has non-empty Swedish and English text."""
        docs = [*FIELDS.values(), *CLASSES.values(), *REQUIREMENT_KINDS.values()]
        assert all(d.sv.strip() and d.en.strip() for d in docs)

    def test_every_key_in_the_schema_carries_a_description(self) -> None:
        """Every property of every table in the schema has a description."""
        for where, prop in property_schemas(build_schema()):
            assert prop.get("description"), where

    def test_legal_reference_is_in_the_description(self) -> None:
        """A key grounded in the law names the § in its schema description (10 § → råd)."""
        props = dict(property_schemas(build_schema()))
        assert "10 § lag (2023:196)" in props["Role.senior"]["description"]
        assert "12 § 2 p." in props["CoordinationFunction.tasks"]["description"]
        assert "13 § lag (2023:196)" in props["Leadership.body"]["description"]

    def test_references_and_vocabularies_are_spelled_out(self) -> None:
        """An id key says where its ids come from; an enum key lists values with their words."""
        props = dict(property_schemas(build_schema()))
        assert "Id bland: roles." in props["Membership.role"]["description"]
        assert '"strategic_council" = strategiskt råd' in props["Body.kind"]["description"]
        kind = props["Requirement.kind"]["description"]
        assert '"follow_up" = ' in kind and "kräver target, cadence" in kind

    def test_english_schema_has_english_descriptions(self) -> None:
        """--lang en gives the same schema with English descriptions."""
        sv, en = build_schema("sv"), build_schema("en")
        assert en["properties"].keys() == sv["properties"].keys()
        assert en["properties"]["leadership"]["description"].startswith("Which body leads")


class TestBundledConfigs:
    @pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.name)
    def test_validates_against_the_schema(self, path: Path) -> None:
        """Every bundled config passes the schema (dates as ISO strings, as Taplo passes them)."""
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        assert schema_errors(data) == []

    @pytest.mark.parametrize("path", WITH_SCHEMA_LINE, ids=lambda p: p.name)
    def test_starts_with_the_schema_line(self, path: Path) -> None:
        """The first line points editors at the committed schema, by a path that resolves."""
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("#:schema ")
        assert (path.parent / first.removeprefix("#:schema ")).resolve() == SCHEMA_FILE


# A small valid config of its own, so the mutations below do not depend on how the
# bundled configs are written.
_BASE = """
[municipality]
name = "Provby kommun"
organisation = "provby"

[steering_document]
title = "Plan"
kind = "plan"
decision = { body = "ks", date = 2024-04-30 }

[[organisations]]
id = "provby"
name = "Provby kommun"
kind = "kommun"

[[organisations]]
id = "polisen"
name = "Polisen"
kind = "police"

[[roles]]
id = "samordnare"
title = "Samordnare"
organisation = "provby"

[[bodies]]
id = "ks"
name = "Kommunstyrelsen"
kind = "executive_board"

[[bodies]]
id = "rad"
name = "Råd"
kind = "strategic_council"
places = ["Kommunhuset"]
permanent = true
cadence = [{ times = 2, per = "year" }]

[[agreements]]
id = "avtal"
title = "Avtal"
parties = ["provby", "polisen"]
"""


def _base() -> dict[str, Any]:
    return tomllib.loads(_BASE)


def _loader_rejects(data: dict[str, Any]) -> bool:
    import tomli_w

    try:
        loads(tomli_w.dumps(data))
    except ConfigError:
        return True
    return False


def _set(data: dict[str, Any], path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    out = copy.deepcopy(data)
    node = out
    for part in path[:-1]:
        node = node[part]
    if value is _DELETE:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return out


_DELETE = object()

MUTATIONS = {
    "unknown key": (("municipality", "kommun_kod"), "0000"),
    "missing required key": (("bodies", 0, "kind"), _DELETE),
    "value outside vocabulary": (("bodies", 0, "kind"), "council"),
    "zero count": (("bodies", 1, "cadence", 0, "times"), 0),
    "boolean for a count": (("bodies", 1, "cadence", 0, "times"), True),
    "string for a boolean": (("bodies", 1, "permanent"), "nej"),
    "blank text": (("municipality", "name"), "   "),
    "control character": (("municipality", "name"), "Prov\x07by"),
    "upper-case id": (("roles", 0, "id"), "Samordnare"),
    "table for a list": (("bodies", 1, "places"), {"a": "b"}),
    "text that is no date": (("steering_document", "decision", "date"), "30 april"),
    "single-party agreement": (("agreements", 0, "parties"), ["polisen"]),
}


class TestSchemaAgreesWithLoader:
    @pytest.mark.parametrize("name", sorted(MUTATIONS))
    def test_schema_rejects_what_the_loader_rejects(self, name: str) -> None:
        """Each structural mistake is caught by both the loader and the editor's schema."""
        path, value = MUTATIONS[name]
        data = _set(_base(), path, value)
        assert _loader_rejects(data)
        assert schema_errors(data) != []

    def test_the_unmutated_base_passes_both(self) -> None:
        """The base config the mutations start from is valid for the loader and the schema."""
        assert not _loader_rejects(_base())
        assert schema_errors(_base()) == []

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(governances())
    def test_every_model_the_loader_writes_validates(self, governance: Any) -> None:
        """Whatever valid model is written out as TOML, the schema accepts it."""
        data = tomllib.loads(dump_text(governance))
        assert schema_errors(data) == []

    @given(st.text(max_size=12))
    def test_text_pattern_matches_the_loader(self, value: str) -> None:
        """A string passes the Text schema exactly when the loader's Text check accepts it.

        (Non-characters beyond the first plane, U+1FFFE and the like, are the loader's
        alone: the regex syntax JSON Schema, Python and Rust share cannot name them.)
        """
        assume(not any(ord(c) > 0xFFFF and (ord(c) & 0xFFFE) == 0xFFFE for c in value))
        hook = make_converter().get_structure_hook(Text)
        try:
            hook(value, Text)
            accepted = True
        except Invalid:
            accepted = False
        text_schema = {"type": "string", "minLength": 1, "pattern": TEXT_PATTERN}
        assert jsonschema.Draft4Validator(text_schema).is_valid(value) == accepted

    @given(st.text(alphabet="abcAZ09_-.\n é", max_size=8))
    def test_id_pattern_matches_the_loader(self, value: str) -> None:
        """A string passes the Id schema exactly when the loader's Id check accepts it.

        Python's ``$`` also matches before one final newline, which ECMA-262 (the dialect
        JSON Schema specifies, and editors use) does not; that one case is left out.
        """
        if value.endswith("\n"):
            return
        hook = make_converter().get_structure_hook(Id)
        try:
            hook(value, Id)
            accepted = True
        except Invalid:
            accepted = False
        id_schema = {"type": "string", "pattern": ID_PATTERN}
        assert jsonschema.Draft4Validator(id_schema).is_valid(value) == accepted

    def test_dates_must_be_dates(self) -> None:
        """A date key holding an impossible date string fails the schema's date format."""
        data = _set(_base(), ("steering_document", "decision", "date"), "2024-02-30")
        assert schema_errors(data) != []

    def test_required_keys_are_the_fields_without_defaults(self) -> None:
        """Each table requires exactly the model's fields that have no default."""
        schema = build_schema()
        for cls in classes():
            table = schema if cls.__name__ == "Governance" else schema["definitions"][cls.__name__]
            expected = [a.name for a in attrs.fields(cls) if a.default is attrs.NOTHING]
            assert table.get("required", []) == expected, cls.__name__


class TestSchemaCommand:
    def test_prints_the_schema(self, capsys: pytest.CaptureFixture[str]) -> None:
        """`kbfa schema` prints the same text as the committed file."""
        assert main(["schema"]) == 0
        assert capsys.readouterr().out == schema_text()

    def test_writes_the_schema_to_a_file(self, tmp_path: Path) -> None:
        """`kbfa schema -o FILE` writes JSON that parses to the schema."""
        out = tmp_path / "s.json"
        assert main(["schema", "-o", str(out)]) == 0
        assert json.loads(out.read_text(encoding="utf-8")) == build_schema()

    def test_missing_directory_is_exit_2(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Writing into a directory that does not exist is bad input, not a traceback."""
        assert main(["schema", "-o", str(tmp_path / "nope" / "s.json")]) == 2
        assert "finns inte" in capsys.readouterr().err
