"""Config files (layer 2): TOML in through tomllib + cattrs, TOML out through tomli-w."""

from kbfa.config._consistency import UnknownKey, unknown_path
from kbfa.config._limits import FIRST_DATE, LAST_DATE, MAX_LINE, UNSAFE_TEXT
from kbfa.config._lines import KeyPath, format_path
from kbfa.config._loader import LoadedConfig, Location, dump_text, load, loads, validate
from kbfa.config._references import ID_COLLECTIONS
from kbfa.config._versions import FORMAT_VERSION

__all__ = [
    "FIRST_DATE",
    "FORMAT_VERSION",
    "ID_COLLECTIONS",
    "LAST_DATE",
    "MAX_LINE",
    "UNSAFE_TEXT",
    "KeyPath",
    "LoadedConfig",
    "Location",
    "UnknownKey",
    "dump_text",
    "format_path",
    "load",
    "loads",
    "unknown_path",
    "validate",
]
