"""kbfa: municipal crime-prevention governance (lag 2023:196) as checked, documented code.

The public API is what this module exports::

    import datetime as dt
    import io
    import kbfa

    config = kbfa.load("configs/hjo.toml")              # or kbfa.validate(Governance(...))
    result = kbfa.evaluate(config, dt.date(2026, 11, 23))
    breaches = [f for f in result.findings if f.severity is kbfa.Severity.BREACH]
    report = io.BytesIO()
    kbfa.write_report(config, report, as_of=dt.date(2026, 11, 23))

- Loading and checking: :func:`load`, :func:`loads`, :func:`validate` (a model built
  in code gets the loader's problems), :func:`dump_text`; errors derive from
  :class:`KbfaError`, a config's problems come as :class:`ConfigError` with
  :class:`ConfigProblem` values.
- The model: :class:`Governance` and the classes in :mod:`kbfa.model`.
- Evaluation: :func:`evaluate` gives an :class:`EvaluationResult` of :class:`Finding`
  values with a :class:`Verdict`, a :class:`Severity` and a :class:`Level`.
- Outputs, each for a loaded config or a :class:`Governance` built in code, written to
  a stream you open: :func:`write_findings` (text, JSON, SARIF, GitHub annotations),
  :func:`write_report` (Word), :func:`write_documents` (Word),
  :func:`write_calendar` (iCalendar), :func:`write_overview` (CSV, JSON, Word).

``kbfa.__version__`` is the installed version. Importing kbfa is light: Word and
calendar libraries load only when a document or calendar is produced.
"""

from typing import TYPE_CHECKING

from kbfa.config import LoadedConfig, Location, dump_text, load, loads, validate
from kbfa.errors import ConfigError, ConfigProblem, KbfaError, OutputError, TemplateError
from kbfa.evaluation import EvaluationResult, Finding, Level, Severity, Verdict, evaluate
from kbfa.model import Governance
from kbfa.outputs import (
    write_calendar,
    write_documents,
    write_findings,
    write_overview,
    write_report,
)

if TYPE_CHECKING:
    #: The installed version of kbfa, e.g. "0.2.0".
    __version__: str

__all__ = [
    "ConfigError",
    "ConfigProblem",
    "EvaluationResult",
    "Finding",
    "Governance",
    "KbfaError",
    "Level",
    "LoadedConfig",
    "Location",
    "OutputError",
    "Severity",
    "TemplateError",
    "Verdict",
    "dump_text",
    "evaluate",
    "load",
    "loads",
    "validate",
    "write_calendar",
    "write_documents",
    "write_findings",
    "write_overview",
    "write_report",
]


def __getattr__(name: str) -> str:
    # Read on first use: importlib.metadata alone costs about 10 ms at startup.
    if name == "__version__":
        from kbfa._version import version

        return version()
    raise AttributeError(f"module 'kbfa' has no attribute {name!r}")
