"""The TOML line scanner that lets errors name the line of a key path."""

from __future__ import annotations

import tomllib

from hypothesis import given, settings
from hypothesis import strategies as st

from kbfa.config._lines import format_path, scan_lines

TEXT = '''\
# kommentar
[municipality]
name = "Hjo" # inline kommentar
organisation = "hjo"

[[bodies]]
id = "a"
cadence = [
  { times = 2, per = "year", seasons = [{ season = "spring", times = 1 }] },
  { times = 1, per = "week" },
]
[[bodies.members]]
role = "x"
[[bodies.members]]
role = "y"

[[bodies]]
id = "b"
text = """två
rader"""
[[bodies.members]]
role = "z"
"dotted.key" = 1
'''


class TestScanLines:
    def test_tables_keys_and_elements(self) -> None:
        """Tables, keys, inline tables and array elements get the line they start on."""
        tomllib.loads(TEXT)
        lines = scan_lines(TEXT)
        assert lines.exact(("municipality", "name")) == 3
        assert lines.exact(("bodies", 0, "cadence", 0, "seasons", 0, "season")) == 9
        assert lines.exact(("bodies", 0, "cadence", 1, "per")) == 10
        assert lines.exact(("bodies", 0, "members", 1, "role")) == 15

    def test_nested_arrays_of_tables_restart_per_parent(self) -> None:
        """A nested [[bodies.members]] counts from 0 again under the next [[bodies]]."""
        lines = scan_lines(TEXT)
        assert lines.exact(("bodies", 1, "members", 0, "role")) == 22
        assert lines.exact(("bodies", 1, "members", 0, "dotted.key")) == 23

    def test_multiline_string_advances_lines(self) -> None:
        """Keys after a multi-line string are on the right line."""
        assert scan_lines(TEXT).exact(("bodies", 1, "members")) == 21

    def test_missing_key_falls_back_to_parent(self) -> None:
        """A path not written in the file is located at its nearest written ancestor."""
        assert scan_lines(TEXT).line(("bodies", 1, "kind")) == 17

    def test_format_path(self) -> None:
        """Key paths print in TOML notation with 0-based indices and quoted odd keys."""
        assert format_path(("bodies", 2, "cadence", 0, "times")) == "bodies[2].cadence[0].times"
        assert format_path(("a", "dotted.key")) == 'a."dotted.key"'


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(
        st.from_regex(r"[a-z][a-z_]{0,8}", fullmatch=True),
        st.one_of(
            st.integers(),
            st.text(max_size=20),
            st.lists(st.integers(), max_size=3),
            st.dictionaries(
                st.from_regex(r"[a-z]{1,5}", fullmatch=True), st.booleans(), max_size=3
            ),
        ),
        max_size=6,
    )
)
def test_every_top_level_key_is_found(data: dict[str, object]) -> None:
    """For any TOML document tomli-w writes, every top-level key is found on a line that has it."""
    import tomli_w

    text = tomli_w.dumps(data)
    lines = scan_lines(text)
    source = text.split("\n")  # not splitlines(): TOML lines end only at \n
    for key in data:
        line = lines.exact((key,))
        assert line is not None
        assert key in source[line - 1]
