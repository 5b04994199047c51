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
  values with a :class:`Verdict`, a :class:`Severity`, a :class:`Level` and, for an open
  finding, the :class:`Situation` that says why; :func:`duty_verdicts` sums them up into
  one :class:`DutyVerdict` per duty of the law, a :class:`LevelVerdict` for the design
  and one for the practice.
- Outputs, each for a loaded config or a :class:`Governance` built in code, written to
  a stream you open: :func:`write_findings` (text, JSON, SARIF, GitHub annotations),
  :func:`write_report` (Word), :func:`write_documents` (Word),
  :func:`write_calendar` (iCalendar), :func:`write_overview` (CSV, JSON, Word),
  :func:`write_lagesbild` (a draft lägesbild in Word) and :func:`write_follow_up` (the
  6 § follow-up in Word or JSON).

``kbfa.__version__`` is the installed version. Importing kbfa is light: each public name
is imported the first time it is used (PEP 562), so ``kbfa --help`` and ``kbfa check``
load only what they need, and Word and calendar libraries load only when a document or
calendar is produced.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # what type checkers and editors see; at run time see __getattr__
    from kbfa.config import LoadedConfig, Location, dump_text, load, loads, validate
    from kbfa.errors import ConfigError, ConfigProblem, KbfaError, OutputError, TemplateError
    from kbfa.evaluation import (
        DutyVerdict,
        EvaluationResult,
        Finding,
        Level,
        LevelVerdict,
        Severity,
        Situation,
        Verdict,
        duty_verdicts,
        evaluate,
    )
    from kbfa.model import Governance
    from kbfa.outputs import (
        write_calendar,
        write_documents,
        write_findings,
        write_follow_up,
        write_lagesbild,
        write_overview,
        write_report,
    )

    #: The installed version of kbfa, e.g. "0.2.0".
    __version__: str

__all__ = [
    "ConfigError",
    "ConfigProblem",
    "DutyVerdict",
    "EvaluationResult",
    "Finding",
    "Governance",
    "KbfaError",
    "Level",
    "LevelVerdict",
    "LoadedConfig",
    "Location",
    "OutputError",
    "Severity",
    "Situation",
    "TemplateError",
    "Verdict",
    "dump_text",
    "duty_verdicts",
    "evaluate",
    "load",
    "loads",
    "validate",
    "write_calendar",
    "write_documents",
    "write_findings",
    "write_follow_up",
    "write_lagesbild",
    "write_overview",
    "write_report",
]

#: Where each public name lives.
_HOME: dict[str, str] = {
    "ConfigError": "kbfa.errors",
    "ConfigProblem": "kbfa.errors",
    "DutyVerdict": "kbfa.evaluation",
    "EvaluationResult": "kbfa.evaluation",
    "Finding": "kbfa.evaluation",
    "Governance": "kbfa.model",
    "KbfaError": "kbfa.errors",
    "Level": "kbfa.evaluation",
    "LevelVerdict": "kbfa.evaluation",
    "LoadedConfig": "kbfa.config",
    "Location": "kbfa.config",
    "OutputError": "kbfa.errors",
    "Severity": "kbfa.evaluation",
    "Situation": "kbfa.evaluation",
    "TemplateError": "kbfa.errors",
    "Verdict": "kbfa.evaluation",
    "dump_text": "kbfa.config",
    "duty_verdicts": "kbfa.evaluation",
    "evaluate": "kbfa.evaluation",
    "load": "kbfa.config",
    "loads": "kbfa.config",
    "validate": "kbfa.config",
    "write_calendar": "kbfa.outputs",
    "write_documents": "kbfa.outputs",
    "write_findings": "kbfa.outputs",
    "write_follow_up": "kbfa.outputs",
    "write_lagesbild": "kbfa.outputs",
    "write_overview": "kbfa.outputs",
    "write_report": "kbfa.outputs",
}


def __getattr__(name: str) -> Any:
    if name == "__version__":  # importlib.metadata alone costs about 10 ms: read on use
        from kbfa._version import version

        return version()
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module 'kbfa' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value  # the next access is a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
