"""kbfa: municipal crime-prevention governance (lag 2023:196) as checked, documented code.

Importing kbfa is light: each public name below is imported the first time it is
used (PEP 562), so ``kbfa --help`` and ``kbfa check`` load only what they need, and
Word and calendar libraries load only when a document or calendar is produced.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # what type checkers and editors see; at run time see __getattr__
    from kbfa.config import LoadedConfig, dump_text, load, loads
    from kbfa.errors import ConfigError, KbfaError
    from kbfa.evaluation import evaluate
    from kbfa.model import Governance

__all__ = [
    "ConfigError",
    "Governance",
    "KbfaError",
    "LoadedConfig",
    "dump_text",
    "evaluate",
    "load",
    "loads",
]

#: Where each public name lives.
_HOME: dict[str, str] = {
    "ConfigError": "kbfa.errors",
    "Governance": "kbfa.model",
    "KbfaError": "kbfa.errors",
    "LoadedConfig": "kbfa.config",
    "dump_text": "kbfa.config",
    "evaluate": "kbfa.evaluation",
    "load": "kbfa.config",
    "loads": "kbfa.config",
}


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module 'kbfa' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value  # the next access is a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
