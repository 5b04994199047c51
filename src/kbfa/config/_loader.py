"""Load a municipality's config (TOML) into the model; write it back.

Every problem in a file is reported at once, each with file, line, TOML key
path, what was expected and what was given (:class:`kbfa.errors.ConfigError`).
"""

from __future__ import annotations

import enum
import os
import re
import tomllib
from typing import Any

import attrs
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError

from kbfa.config._consistency import check_model
from kbfa.config._converter import Invalid, describe, make_converter
from kbfa.config._hints import suggest_key
from kbfa.config._limits import MAX_DEPTH, check_limits
from kbfa.config._lines import KeyPath, LineMap, format_path, scan_lines
from kbfa.config._messages import MESSAGES
from kbfa.config._references import check_data_links, check_references
from kbfa.config._versions import FORMAT_VERSION, Renamed, renamed
from kbfa.errors import ConfigError, ConfigProblem
from kbfa.files import MAX_INPUT_BYTES, STDIN, InputRefused, read_input
from kbfa.i18n import Lang, render
from kbfa.model import Governance

__all__ = ["LoadedConfig", "Location", "dump_text", "load", "loads", "validate"]

_CONVERTER = make_converter()


@attrs.frozen
class Location:
    """Where in a config file something is written."""

    file: str
    line: int | None
    path: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        return f"{where}: {self.path}" if self.path else where


@attrs.frozen
class LoadedConfig:
    """A validated model together with where it came from, to locate findings."""

    governance: Governance
    file: str
    lines: LineMap = attrs.field(eq=False, repr=False)

    def locate(self, path: KeyPath) -> Location:
        return Location(self.file, self.lines.line(path), format_path(path))

    @property
    def format_version(self) -> int:
        """The config format the file is written in (1 when it does not say)."""
        return self.governance.format_version or 1


#: How standard input is named in messages when a config is read from ``-``.
STDIN_NAME = "<stdin>"


def load(path: str | os.PathLike[str], *, lang: Lang = "sv") -> LoadedConfig:
    """Read and validate the config file at ``path`` (``-`` reads standard input).

    Only a regular file of at most :data:`kbfa.files.MAX_INPUT_BYTES` is read: a
    folder, a FIFO or a device is refused without blocking. Raises
    :class:`ConfigError` listing every problem found.
    """
    name = os.fspath(path)
    try:
        raw = read_input(name, lang=lang)
    except InputRefused as exc:
        raise ConfigError([_problem(name, None, (), str(exc))]) from None
    if name == STDIN:
        name = STDIN_NAME
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        bad = _first_bad_utf8_line(raw)
        raise ConfigError([_problem(name, bad, (), render(MESSAGES, "not_utf8", lang))]) from None
    return loads(text, filename=name, lang=lang)


_LONG_NUMBER = re.compile(r"[0-9_]{1000,}")


def _first_line_matching(text: str, pattern: re.Pattern[str]) -> int | None:
    found = pattern.search(text)
    return text.count("\n", 0, found.start()) + 1 if found else None


def _first_deep_line(text: str, limit: int) -> int | None:
    """The line where brackets outside strings and comments first nest deeper than ``limit``.

    Only run when tomllib has given up on the nesting, so it may be simple and slow.
    """
    depth, line, quote = 0, 1, ""
    i = 0
    while i < len(text):
        c = text[i]
        if c == "\n":
            line += 1
        elif quote:
            if c == "\\" and quote == '"':
                i += 1
            elif c == quote:
                quote = ""
        elif c in "\"'":
            quote = c
        elif c == "#":
            end = text.find("\n", i)
            i = len(text) if end < 0 else end
            continue
        elif c in "[{":
            depth += 1
            if depth > limit:
                return line
        elif c in "]}":
            depth -= 1
        i += 1
    return None


def _first_bad_utf8_line(raw: bytes) -> int | None:
    for number, line in enumerate(raw.split(b"\n"), start=1):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            return number
    return None


def loads(text: str, *, filename: str = "<config>", lang: Lang = "sv") -> LoadedConfig:
    """Validate config ``text``; ``filename`` is used in error messages only."""
    if not isinstance(text, str):
        raise TypeError(f"loads() takes the config as a str, not {type(text).__name__}")
    if len(text) > MAX_INPUT_BYTES:
        raise ConfigError([_problem(filename, None, (), render(MESSAGES, "too_big", lang))])
    text = text.removeprefix("\ufeff")  # a byte-order mark from a Windows editor
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError([_syntax_problem(filename, str(exc), lang)]) from None
    except RecursionError:  # tomllib recurses per nested inline table or array
        line = _first_deep_line(text, MAX_DEPTH)
        message = render(MESSAGES, "too_deep", lang, high=MAX_DEPTH)
        raise ConfigError([ConfigProblem(filename, line, "", message)]) from None
    except ValueError:  # an integer of more digits than Python converts (4300)
        line = _first_line_matching(text, _LONG_NUMBER)
        message = render(MESSAGES, "long_number", lang)
        raise ConfigError([ConfigProblem(filename, line, "", message)]) from None
    lines = scan_lines(text)
    return LoadedConfig(_build(data, filename, lines, lang), filename, lines)


def validate(
    governance: Governance, *, lang: Lang = "sv", name: str = "<governance>"
) -> Governance:
    """Check a model built in code the way :func:`load` checks a file.

    Returns the model as the loader would have built it (enum members for their
    values, tuples for lists), so ``g = validate(g)`` is safe to evaluate. Raises
    :class:`ConfigError` listing every problem with the same key paths and messages
    as the loader gives for the same content in a file; ``name`` stands in for the
    file name and there are no line numbers.
    """
    return _build(_as_data(governance), name, _NO_LINES, lang)


_NO_LINES = LineMap({})


def _build(data: dict[str, Any], filename: str, lines: LineMap, lang: Lang) -> Governance:
    """Structure and cross-check parsed data; every problem at once as one ConfigError."""
    version = data.get("format_version", 1)
    if type(version) is int and version > FORMAT_VERSION:
        # Written for a newer kbfa: its other "problems" would only be that format's news.
        path: KeyPath = ("format_version",)
        msg = render(MESSAGES, "newer_format", lang, version=version, current=FORMAT_VERSION)
        raise ConfigError([_problem(filename, lines.line(path), path, msg)])
    file_version = version if type(version) is int and version >= 1 else 1
    found: list[tuple[KeyPath, str]] = check_limits(data, lang)
    governance: Governance | None = None
    try:
        governance = _CONVERTER.structure(data, Governance)
    except Exception as exc:  # noqa: BLE001 - every structuring failure becomes a problem
        found.extend(_flatten(exc, (), lang, file_version))
    for path, key, params in check_references(data):
        found.append((path, _reference_message(key, params, lines, lang)))
    for path, key, params in check_data_links(data):
        found.append((path, render(MESSAGES, key, lang, **params)))
    if not found and governance is not None:
        for path, key, params in check_model(governance):
            found.append((path, _model_message(key, params, lang)))
    if found:
        problems = [_problem(filename, lines.line(p), p, m) for p, m in found]
        problems.sort(key=lambda p: (p.line or 0, p.path))
        raise ConfigError(_dedupe(problems))
    assert governance is not None
    return governance


def _as_data(value: Any) -> Any:
    """A model as the data a TOML file would hold: tables, arrays and scalars.

    ``None`` is left out (TOML has no null: an unset optional key is absent, an unset
    required one is then reported missing), enum members become their values. Values
    of the wrong type pass through unchanged, for the converter to report.
    """
    if attrs.has(type(value)):
        out = {}
        for a in attrs.fields(type(value)):
            item = getattr(value, a.name)
            if item is not None:
                out[a.name] = _as_data(item)
        return out
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple | list):
        return [_as_data(v) for v in value]
    if isinstance(value, dict):
        return {k: _as_data(v) for k, v in value.items()}
    return value


def dump_text(governance: Governance) -> str:
    """The config as TOML text; :func:`loads` of it gives an equal model."""
    import tomli_w  # writing TOML is not part of loading or checking

    data = _CONVERTER.unstructure(governance)
    return tomli_w.dumps(_drop_empty(data))


def _drop_empty(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _drop_empty(v) for k, v in value.items() if v is not None and v != []}
    if isinstance(value, list):
        return [_drop_empty(v) for v in value]
    return value


# -- turning exceptions into problems --------------------------------------


def _problem(file: str, line: int | None, path: KeyPath, message: str) -> ConfigProblem:
    return ConfigProblem(file, line, format_path(path), message)


def _dedupe(problems: list[ConfigProblem]) -> list[ConfigProblem]:
    seen: set[ConfigProblem] = set()
    out = []
    for p in problems:
        if p not in seen:
            seen.add(p)
            out.append(p)
    return out


def _syntax_problem(filename: str, message: str, lang: Lang) -> ConfigProblem:
    # tomllib: "Invalid value (at line 3, column 9)", "... (at end of document)"
    line = column = None
    reason = message
    found = _WHERE.search(message)
    if found:
        reason = message[: found.start()]
        if found.group("line"):
            line, column = int(found.group("line")), int(found.group("column"))
    text = render(MESSAGES, "syntax", lang, reason=syntax_reason(reason, lang))
    if column is not None:
        text += render(MESSAGES, "syntax_column", lang, column=column)
    return ConfigProblem(filename, line, "", text)


_WHERE = re.compile(r" \(at (?:line (?P<line>\d+), column (?P<column>\d+)|end of document)\)$")

#: tomllib's messages (Python 3.11–3.14) and what they mean for someone editing a config.
_SYNTAX: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern + r"\Z"), key)
    for pattern, key in (
        (r"Illegal character '\\[nr]'", "syntax_unclosed_string"),
        (r"Unterminated string", "syntax_unterminated_string"),
        (r"Illegal character (?P<char>.+)", "syntax_illegal_character"),
        (r"Found invalid character (?P<char>.+)", "syntax_illegal_character"),
        (r"Invalid value", "syntax_invalid_value"),
        (r"Expected '=' after a key in a key/value pair", "syntax_expected_equals"),
        (r"Invalid statement", "syntax_invalid_statement"),
        (r"Expected newline or end of document after a statement", "syntax_trailing"),
        (r"Cannot declare (?P<key>.+) twice", "syntax_declared_twice"),
        (r"Cannot overwrite a value", "syntax_overwrite"),
        (r"Expected ']' at the end of a table declaration", "syntax_table_bracket"),
        (r"Expected ']]' at the end of an array declaration", "syntax_array_bracket"),
        (r"Cannot (?:mutate immutable|redefine) namespace (?P<key>.+)", "syntax_namespace"),
        (r"Invalid initial character for a key part", "syntax_key_character"),
        (r"Unclosed array", "syntax_unclosed_array"),
        (r"Duplicate inline table key (?P<key>.+)", "syntax_inline_duplicate"),
        (r"Unclosed inline table", "syntax_unclosed_inline_table"),
        (r"Unescaped '\\' in a string", "syntax_backslash"),
        (r"Invalid hex value|Escaped character is not a Unicode scalar value", "syntax_escape"),
        (r"Invalid date or datetime", "syntax_date"),
        (r"Expected (?P<char>.+)", "syntax_expected"),
    )
)


def syntax_reason(reason: str, lang: Lang) -> str:
    """tomllib's English reason in the user's words; unknown ones are kept as they are."""
    for pattern, key in _SYNTAX:
        match = pattern.match(reason)
        if match:
            params = {k: _toml_key(v) for k, v in match.groupdict().items()}
            return render(MESSAGES, key, lang, **params)
    return reason


def _toml_key(text: str) -> str:
    """tomllib names a key as a Python tuple, "('bodies', 'cadence')": write it bodies.cadence."""
    if text.startswith("(") and text.endswith(")"):
        parts = re.findall(r"'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\"", text)
        if parts:
            return ".".join(a or b for a, b in parts)
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1]
    return text


def _flatten(
    exc: BaseException, path: KeyPath, lang: Lang, version: int = FORMAT_VERSION
) -> list[tuple[KeyPath, str]]:
    out: list[tuple[KeyPath, str]] = []
    if isinstance(exc, ClassValidationError | IterableValidationError):
        for sub in exc.exceptions:
            out.extend(_flatten(sub, (*path, *_note_path(sub)), lang, version))
        return out
    if isinstance(exc, ForbiddenExtraKeysError):
        for key in sorted(exc.extra_fields):
            moved = renamed(exc.cl.__name__, key) if exc.cl else None
            if moved is not None:
                out.append(((*path, key), _renamed_message(moved, version, lang)))
                continue
            guess = suggest_key(key, exc.cl) if exc.cl else None
            hint = render(MESSAGES, "did_you_mean", lang, guess=guess) if guess else ""
            out.append(((*path, key), render(MESSAGES, "unknown_key", lang, key=key, hint=hint)))
        return out
    if isinstance(exc, KeyError):
        return [(path, render(MESSAGES, "missing", lang))]
    if isinstance(exc, Invalid):
        if exc.message:
            target = (*path, exc.key) if exc.key else path
            params = {k: v for k, v in exc.params.items() if k != "guess"}
            return [(target, render(MESSAGES, exc.message, lang, **params))]
        params = {k: v for k, v in exc.params.items() if k != "guess"}
        expected = render(MESSAGES, exc.expected, lang, **params)
        msg = render(MESSAGES, "expected", lang, expected=expected, got=describe(exc.got))
        guesses = exc.params.get("guess")
        if isinstance(guesses, list) and guesses:
            msg += render(MESSAGES, "did_you_mean", lang, guess=guesses[0])
        return [(path, msg)]
    # Anything else from cattrs is still a shape problem at this path.
    return [(path, render(MESSAGES, "expected", lang, expected="?", got=str(exc)))]


def _renamed_message(moved: Renamed, version: int, lang: Lang) -> str:
    params: dict[str, object] = {"old": moved.old, "new": moved.new, "version": moved.version}
    if version < moved.version:
        key = "renamed_key_old_file"
        params |= {"file": version, "current": FORMAT_VERSION}
    else:
        key = "renamed_key"
    return render(MESSAGES, key, lang, **params)


def _note_path(exc: BaseException) -> KeyPath:
    for note in getattr(exc, "__notes__", ()):
        name = getattr(note, "name", None)
        if isinstance(name, str):
            return (name,)
        index = getattr(note, "index", None)
        if isinstance(index, int):
            return (index,)
    return ()


def _model_message(key: str, params: dict[str, object], lang: Lang) -> str:
    guess = params.pop("guess", None)
    if isinstance(guess, list):
        params["hint"] = render(MESSAGES, "did_you_mean", lang, guess=guess[0]) if guess else ""
    return render(MESSAGES, key, lang, **params)


def _reference_message(key: str, params: dict[str, Any], lines: LineMap, lang: Lang) -> str:
    if key == "duplicate_id":
        first = lines.line(params["first"])
        if first is None:  # a model built in code has no lines: name the first key instead
            where = format_path(params["first"])
            return render(MESSAGES, "duplicate_id_at", lang, value=params["value"], first=where)
        return render(MESSAGES, key, lang, value=params["value"], first=first)
    namespaces = " / ".join(params["namespaces"][:3])
    if len(params["namespaces"]) > 3:
        namespaces += " / ..."
    guess = params["guess"]
    hint = render(MESSAGES, "did_you_mean", lang, guess=guess[0]) if guess else ""
    return render(MESSAGES, key, lang, value=params["value"], namespace=namespaces, hint=hint)
