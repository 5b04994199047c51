"""Errors in the user's words (issue 12): "menade du" in Swedish, TOML syntax in Swedish.

A coordinator writes Swedish words for keys and values; the hint names the key they meant,
and never a key that means something else (``vice_chair`` is not ``chair``). A TOML syntax
error says in Swedish what is wrong, on which line.
"""

from __future__ import annotations

import enum
import json
import tomllib

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kbfa.config import loads
from kbfa.config._hints import suggest_key, suggest_value
from kbfa.config._loader import _SYNTAX, syntax_reason
from kbfa.errors import ConfigError
from kbfa.i18n.keys import FIELD_WORDS, VALUE_WORDS, fold, key_label, key_words
from kbfa.model import Body, BodyKind, Cadence, Governance, Municipality, OrganisationKind, Per
from kbfa.schema import build_schema
from kbfa.schema._walk import classes, fields

BASE = """[municipality]
name = "Prov"
organisation = "prov"

[[organisations]]
id = "prov"
name = "Prov"
kind = "kommun"

[[bodies]]
id = "rad"
name = "Rådet"
kind = "strategic_council"
"""


def messages(text: str) -> list[str]:
    try:
        loads(text, filename="p.toml")
    except ConfigError as exc:
        return [str(p) for p in exc.problems]
    return []


class TestSwedishKeys:
    @pytest.mark.parametrize(
        ("written", "meant"),
        [
            ("ordforande", "chair"),
            ("ordförande", "chair"),
            ("Ordförande", "chair"),
            ("sammankallande", "convener"),
            ("ledamoter", "members"),
            ("medlemmar", "members"),
            ("motestakt", "cadence"),
            ("syfte", "purpose"),
            ("namn", "name"),
            ("cadance", "cadence"),
            ("memebrs", "members"),
            ("vice_ordforande", "vice_chair"),
            ("vice ordförande", "vice_chair"),
            ("sekreterare", "secretary"),
        ],
    )
    def test_body_keys(self, written: str, meant: str) -> None:
        """Swedish words, with or without å/ä/ö, and English slips name the key."""
        assert suggest_key(written, Body) == meant

    @pytest.mark.parametrize(
        "written",
        ["deputy_convener", "vice_sammankallande", "vice-sammankallande", "meeting_cadence"],
    )
    def test_never_the_wrong_way(self, written: str) -> None:
        """A key with a qualifier the model has no key for gets no hint, not the bare word."""
        assert suggest_key(written, Body) is None

    def test_top_level_tables(self) -> None:
        """[kommun] is municipality, [[organ]] is bodies, [[belagg]] is evidence."""
        assert suggest_key("kommun", Governance) == "municipality"
        assert suggest_key("organ", Governance) == "bodies"
        assert suggest_key("belagg", Governance) == "evidence"

    def test_table_context_decides(self) -> None:
        """The same word means the key of the table it is written in."""
        assert suggest_key("namn", Municipality) == "name"
        assert suggest_key("startmanad", Cadence) == "start_month"

    def test_in_the_message(self) -> None:
        """The loader's message carries the hint, and none for a key the model lacks."""
        found = messages(BASE + 'ordforande = "x"\ndeputy_convener = "x"\n')
        assert (
            'p.toml:14: bodies[0].ordforande: okänd nyckel "ordforande" (menade du "chair"?)'
            in found
        )
        assert 'p.toml:15: bodies[0].deputy_convener: okänd nyckel "deputy_convener"' in found

    @given(st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=25))
    @settings(max_examples=300, deadline=None)
    def test_a_hint_is_always_a_key_of_the_table(self, written: str) -> None:
        """Whatever is written, a hint is an existing key of that table, never another."""
        for cls in (Body, Governance, Cadence):
            hint = suggest_key(written, cls)
            assert hint is None or hint in {a.name for a in attrs.fields(cls)}


class TestSwedishValues:
    @pytest.mark.parametrize(
        ("written", "vocabulary", "meant"),
        [
            ("gemensam_namnd", OrganisationKind, "joint_committee"),
            ("gemensam nämnd", OrganisationKind, "joint_committee"),
            ("kommunalförbund", OrganisationKind, "municipal_association"),
            ("polisen", OrganisationKind, "police"),
            ("komun", OrganisationKind, "kommun"),
            ("kommunstyrelsen", BodyKind, "executive_board"),
            ("strategiskt_rad", BodyKind, "strategic_council"),
            ("kvartal", Per, "quarter"),
            ("mandatperiod", Per, "mandate_period"),
        ],
    )
    def test_values(self, written: str, vocabulary: type[enum.Enum], meant: str) -> None:
        """A value written in Swedish (the reader's label or a common name) names the value."""
        assert suggest_value(written, vocabulary) == meant

    def test_in_the_message(self) -> None:
        """`kind = "gemensam_namnd"` gets "menade du "joint_committee"?"."""
        text = BASE.replace('kind = "kommun"', 'kind = "gemensam_namnd"')
        (found,) = messages(text)
        assert found.endswith('fick "gemensam_namnd" (menade du "joint_committee"?)')


class TestWordCatalogue:
    def test_every_key_has_swedish_words(self) -> None:
        """Every key of every table has at least its Swedish label."""
        missing = [
            f"{cls.__name__}.{f.name}"
            for cls in classes()
            for f in fields(cls)
            if not key_words(cls.__name__, f.name)
        ]
        assert missing == []

    def test_no_word_names_two_keys_of_one_table(self) -> None:
        """Within a table a Swedish word points at one key only, so a hint is never a guess."""
        for cls in classes():
            seen: dict[str, str] = {}
            for f in fields(cls):
                for word in key_words(cls.__name__, f.name):
                    other = seen.setdefault(fold(word), f.name)
                    assert other == f.name, (cls.__name__, word, other, f.name)

    def test_no_value_word_names_two_values(self) -> None:
        """Within a vocabulary a synonym points at one value only."""
        for member, words in VALUE_WORDS.items():
            for word in words:
                assert suggest_value(word, type(member)) == member.value, (member, word)

    def test_no_unused_field_words(self) -> None:
        """Every entry of the word table is a key of some table."""
        names = {f.name for cls in classes() for f in fields(cls)}
        assert set(FIELD_WORDS) <= names

    def test_schema_titles_are_the_labels(self) -> None:
        """The Swedish schema shows each key's Swedish label as its title."""
        schema = build_schema("sv")
        chair = schema["definitions"]["Body"]["properties"]["chair"]
        assert chair["title"] == key_label("Body", "chair") == "ordförande"
        assert "title" not in json.dumps(
            build_schema("en")["definitions"]["Body"]["properties"]["chair"]
        )


class TestSyntaxInSwedish:
    def test_unclosed_string(self) -> None:
        """An unclosed string names its line and says what is missing, in Swedish."""
        (found,) = messages('[municipality]\nname = "Prov\norganisation = "prov"\n')
        assert found == (
            'p.toml:2: TOML-syntaxfel: en text saknar sitt avslutande citattecken (") före '
            "radens slut (tecken 13 på raden)"
        )

    @pytest.mark.parametrize(
        ("text", "line", "words"),
        [
            ("a = Prov\n", 1, "text skrivs inom citattecken"),
            ("a = 1 2\n", 1, "något står efter värdet"),
            ("[a]\nx = 1\n[a]\n", 3, "tabellen [a] är redan skriven"),
            ("x = 1\nx = 2\n", 2, "står två gånger"),
            ("[a\n", 1, 'saknar sin avslutande "]"'),
            ("x = {a = 1\n", 1, 'saknar sin avslutande "}"'),
            ("x = {a = 1, a = 2}\n", 1, "nyckeln a står två gånger"),
            ("x = 2024-02-30\n", 1, "ÅÅÅÅ-MM-DD"),
            ('x = "a\\q"\n', 1, "ett ensamt \\"),
            ("min nyckel = 1\n", 1, 'förväntade "="'),
            ("åäö = 1\n", 1, "bara innehålla a–z"),
            ("a.ö = 1\n", 1, "å, ä, ö och mellanslag"),
        ],
    )
    def test_common_mistakes(self, text: str, line: int, words: str) -> None:
        """Each mistake a coordinator makes is said in Swedish, on its line."""
        (found,) = messages(text)
        assert found.startswith(f"p.toml:{line}: TOML-syntaxfel: ") and words in found

    def test_english_on_request(self) -> None:
        """--lang en gives the English wording."""
        with pytest.raises(ConfigError) as caught:
            loads('name = "x\n', filename="p.toml", lang="en")
        assert "has no closing quote" in str(caught.value.problems[0])

    def test_an_unknown_reason_is_kept(self) -> None:
        """A message tomllib may add one day is shown as it is rather than guessed at."""
        assert syntax_reason("Something new", "sv") == "Something new"

    @given(st.text(st.sampled_from('ab= "[]{},.\n\\#1-:åt'), max_size=30))
    @settings(max_examples=400, deadline=None)
    def test_every_error_tomllib_gives_is_translated(self, text: str) -> None:
        """For any text tomllib rejects, the reason is one of the translated ones."""
        try:
            tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            reason = str(exc).rsplit(" (at ", 1)[0]
            assert any(p.match(reason) for p, _ in _SYNTAX), reason
