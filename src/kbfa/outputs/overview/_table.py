"""The overview as data: one row per config file, one column per duty of the law and level.

Each municipality's cell for a duty is its :class:`~kbfa.evaluation.DutyVerdict`: a
design verdict and a practice verdict, each the coverage of the duty's parts (see
:func:`kbfa.evaluation.duty_verdicts`). Writers (CSV, JSON, Word) render this one
structure, so the three formats always agree on cells and totals.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import attrs

from kbfa.config import LoadedConfig
from kbfa.errors import ConfigProblem
from kbfa.evaluation import (
    DutyVerdict,
    EvaluationResult,
    Level,
    LevelVerdict,
    Severity,
    Verdict,
    duty_verdicts,
)
from kbfa.i18n import Lang
from kbfa.model import Governance
from kbfa.outputs.overview._indicators import IndicatorColumn, IndicatorValue
from kbfa.outputs.overview._messages import text

__all__ = ["VERDICT_ORDER", "DutyColumn", "Overview", "Row", "Totals", "first_problem"]

#: The order verdicts are counted and listed in: best first, then the unassessable.
VERDICT_ORDER: tuple[Verdict, ...] = (
    Verdict.UPPFYLLT,
    Verdict.DELVIS,
    Verdict.EJ_UPPFYLLT,
    Verdict.EJ_BEDOMBART,
    Verdict.UNDANTAG,
    Verdict.EJ_TILLAMPLIG,
)


@attrs.frozen
class DutyColumn:
    """A duty of the law as a column: stable key, reader's title, legal reference."""

    @property
    def heading(self) -> str:
        """The column heading: "4 § Lägesbild"."""
        return f"{self.section} {self.title}"

    key: str
    section: str  # "4 §", "11–12 §§"
    title: str
    reference: str
    url: str | None
    codes: tuple[str, ...]


@attrs.frozen
class Row:
    """One config file: its verdict per duty, or the problems that kept it from loading.

    ``config`` is what was evaluated (a loaded config or a model built in code), for a
    column group that needs more of it than the findings (see ``_columns.py``).
    """

    file: str
    municipality: str | None  # None when the file could not be loaded
    kommunkod: str | None = None
    lan: str | None = None
    verdicts: Mapping[str, DutyVerdict] = attrs.field(factory=dict)
    result: EvaluationResult | None = None
    problems: tuple[ConfigProblem, ...] = ()
    format_version: int | None = None  # the config format the file is written in
    config: LoadedConfig | Governance | None = attrs.field(default=None, eq=False, repr=False)
    #: Per indicator asked for (:attr:`Overview.indicators`, by key), the municipality's
    #: latest value; empty when none was asked for or the file was not evaluated.
    indicators: Mapping[str, IndicatorValue] = attrs.field(factory=dict)

    @classmethod
    def evaluated(
        cls, result: EvaluationResult, config: LoadedConfig | Governance | None = None
    ) -> Row:
        """The row of an evaluated municipality."""
        return cls(
            file=result.file,
            municipality=result.municipality,
            kommunkod=result.kommunkod,
            lan=result.lan,
            verdicts=duty_verdicts(result),
            result=result,
            format_version=result.format_version,
            config=config,
        )

    @property
    def failed(self) -> bool:
        return self.result is None

    def verdict(self, duty: str, level: Level) -> LevelVerdict | None:
        """The row's verdict for a duty on a level (None: no rule there, or not evaluated)."""
        found = self.verdicts.get(duty)
        return found.level(level) if found is not None else None

    @property
    def breaches(self) -> int:
        """Open findings of severity breach, what fails ``kbfa check`` (0 when not loaded)."""
        if self.result is None:
            return 0
        return len(self.result.at_or_above(Severity.BREACH))

    @property
    def warnings(self) -> int:
        """Open findings of severity warning (0 when not loaded)."""
        if self.result is None:
            return 0
        return sum(f.severity is Severity.WARNING for f in self.result.open_findings)


@attrs.frozen
class Totals:
    """Per duty and level: how many municipalities got each verdict, how many not read."""

    #: Per verdict. ``EJ_UPPFYLLT`` counts only breaches of a binding "ska"; an unmet
    #: level that rests only on "verka för", lämplighet or kbfa's reading is a warning
    #: and is counted in ``warnings`` instead, so totals never overstate non-compliance
    #: (issue 10: such a level is "never printed as a failure of a ska").
    counts: Mapping[Verdict, int]
    not_read: int
    no_verdict: int  # evaluated, but no rule of the duty gave a verdict on the level
    warnings: int = 0

    def __getitem__(self, verdict: Verdict) -> int:
        return self.counts.get(verdict, 0)

    def count(self, kind: str) -> int:
        """The count of one of :data:`TOTAL_KINDS` (a verdict's value, or ``"warning"``)."""
        return self.warnings if kind == WARNING_KIND else self[Verdict(kind)]


#: The key of the totals' warning column: an unmet level that rests only on "verka för",
#: lämplighet or kbfa's reading, counted apart from a breach of a "ska".
WARNING_KIND = "warning"

#: The totals' count columns in order (export keys): "ej uppfyllt" as two, the breach
#: and the warning beside it, never added together (issue 10).
TOTAL_KINDS: tuple[str, ...] = tuple(
    kind
    for v in VERDICT_ORDER
    for kind in ((v.value, WARNING_KIND) if v is Verdict.EJ_UPPFYLLT else (v.value,))
)


@attrs.frozen
class Overview:
    """Everything an overview shows, in the order the files were given."""

    as_of: dt.date
    lang: Lang
    duties: tuple[DutyColumn, ...]
    rows: tuple[Row, ...]
    #: The indicators asked for (``kbfa overview --indikator``): four columns each.
    indicators: tuple[IndicatorColumn, ...] = ()

    @property
    def failed(self) -> tuple[Row, ...]:
        return tuple(r for r in self.rows if r.failed)

    @property
    def evaluated(self) -> tuple[Row, ...]:
        return tuple(r for r in self.rows if not r.failed)

    def totals(self, level: Level = Level.DESIGN) -> dict[str, Totals]:
        """Counts per duty key on ``level``; every row is counted exactly once in each column."""
        out: dict[str, Totals] = {}
        for duty in self.duties:
            counts = dict.fromkeys(VERDICT_ORDER, 0)
            not_read = no_verdict = warnings = 0
            for row in self.rows:
                verdict = row.verdict(duty.key, level)
                if row.failed:
                    not_read += 1
                elif verdict is None:
                    no_verdict += 1
                elif verdict.verdict is Verdict.EJ_UPPFYLLT and not verdict.binding:
                    warnings += 1
                else:
                    counts[verdict.verdict] += 1
            out[duty.key] = Totals(counts, not_read, no_verdict, warnings)
        return out

    @property
    def any_breach(self) -> bool:
        """True when a municipality has a breach or a file could not be evaluated at all."""
        return any(r.failed or r.breaches for r in self.rows)


def first_problem(row: Row, lang: Lang) -> str:
    """The first problem of a file that could not be loaded, and how many more there are."""
    if not row.problems:
        return ""
    first = str(row.problems[0])
    more = len(row.problems) - 1
    return first + (text("more_problems", lang, n=more) if more else "")
