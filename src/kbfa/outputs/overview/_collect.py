"""Load and evaluate many config files into one :class:`Overview`.

A file that cannot be loaded (missing, a folder, a FIFO, not TOML, too big) becomes
a row carrying its problems; it never stops the others from being evaluated. Not
even a bug in kbfa does: a file whose evaluation fails becomes a row that says so.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence

import attrs

from kbfa.config import LoadedConfig, load
from kbfa.errors import ConfigError, ConfigProblem
from kbfa.evaluation import evaluate
from kbfa.i18n import Catalogue, Lang, render
from kbfa.model import Governance
from kbfa.outputs.overview._indicators import IndicatorColumn, indicator_columns, indicator_values
from kbfa.outputs.overview._table import DutyColumn, Overview, Row
from kbfa.rules import law_duties

__all__ = ["Progress", "collect", "collect_configs", "duty_columns"]

#: Called after each file with (files done, files in all, the file just done).
Progress = Callable[[int, int, str], None]

T: Catalogue = {
    "internal": {
        "sv": "kunde inte bedömas: internt fel i kbfa ({error}); rapportera felet",
        "en": "could not be assessed: internal error in kbfa ({error}); please report it",
    },
}


def duty_columns(lang: Lang) -> tuple[DutyColumn, ...]:
    """The law's duties as overview columns, in the law's order."""
    return tuple(
        DutyColumn(
            key=d.key,
            section=d.reference.short(lang),
            title=d.title(lang),
            reference=d.reference.label(lang),
            url=d.reference.url,
            codes=tuple(d.codes),
        )
        for d in law_duties()
    )


def collect(
    paths: Sequence[str | os.PathLike[str]],
    *,
    as_of: dt.date,
    lang: Lang = "sv",
    progress: Progress | None = None,
    indicators: Sequence[str] = (),
) -> Overview:
    """Evaluate every file as of ``as_of``; rows keep the order of ``paths``.

    ``indicators`` adds, per key, each municipality's latest value of the statistic
    (``kbfa overview --indikator``; see :mod:`kbfa.outputs.overview._indicators`).
    """
    rows: list[Row] = []
    for done, path in enumerate(paths, start=1):
        rows.append(_row(os.fspath(path), as_of, lang))
        if progress is not None:
            progress(done, len(paths), os.fspath(path))
    return _overview(as_of, lang, rows, indicators)


def collect_configs(
    configs: Sequence[LoadedConfig | Governance],
    *,
    as_of: dt.date,
    lang: Lang = "sv",
    indicators: Sequence[str] = (),
) -> Overview:
    """The overview of configs already loaded, or of models built in code (check those
    with :func:`kbfa.validate` first); rows keep the order of ``configs``.
    ``indicators`` as for :func:`collect`."""
    rows = [_evaluated(c, as_of, lang) for c in configs]
    return _overview(as_of, lang, rows, indicators)


def _overview(as_of: dt.date, lang: Lang, rows: list[Row], keys: Sequence[str]) -> Overview:
    columns = indicator_columns(keys, [r.config for r in rows]) if keys else ()
    if columns:
        rows = [_with_indicators(r, columns, lang) for r in rows]
    return Overview(
        as_of=as_of, lang=lang, duties=duty_columns(lang), rows=tuple(rows), indicators=columns
    )


def _with_indicators(row: Row, columns: tuple[IndicatorColumn, ...], lang: Lang) -> Row:
    if row.result is None or row.config is None:
        return row
    values = indicator_values(row.config, row.result, columns, lang)
    return attrs.evolve(row, indicators=values)


def _row(path: str, as_of: dt.date, lang: Lang) -> Row:
    municipality_name: str | None = None
    try:
        config = load(path, lang=lang)
        municipality_name = config.governance.municipality.name
        return _evaluated(config, as_of, lang)
    except ConfigError as exc:
        return Row(file=path, municipality=None, problems=tuple(exc.problems))
    except Exception as exc:  # noqa: BLE001 - one file's failure must not cost the others
        message = render(T, "internal", lang, error=f"{type(exc).__name__}: {exc}")
        problem = ConfigProblem(path, None, "", message)
        return Row(file=path, municipality=municipality_name, problems=(problem,))


def _evaluated(config: LoadedConfig | Governance, as_of: dt.date, lang: Lang) -> Row:
    return Row.evaluated(evaluate(config, as_of, lang=lang), config)
