"""kbfa: municipal crime-prevention governance (lag 2023:196) as checked, documented code.

Importing kbfa is light: Word and calendar libraries load only when a document or
calendar is produced.
"""

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
