"""The overview's indicator columns: one statistic, the same for every municipality (issue 14).

``kbfa overview FILES --indikator KEY`` adds, for each KEY, four columns to the
municipalities table: the latest value per 100 000 inhabitants, the year it is for,
its position against the country, and its source with the credit the source requires
(Kolada's terms ask for "Källa: Kolada" wherever its data is shown). KEY names the
statistic the municipalities share: the series an indicator reads (``data = {
dataset = "kolada", series = "N…" }``: a Kolada KPI, a table's series) or, when the
municipalities use the same ids, the indicator's own id. Each municipality's config
decides where its data is; the overview reuses what the check's rules read from it.

The value is the one the rules and the lägesbild read (:func:`kbfa.data.read_statistics`,
kept on :attr:`kbfa.evaluation.EvaluationResult.statistics`): the latest whole year
that had ended when the data was retrieved and has a value, rounded to one decimal
as statistics per 100 000 inhabitants are published. A missing or confidential
value stays empty, never 0, and the record says why (``missing``). A rate per 1 000
is shown per 100 000; a count, a share or an index is not per inhabitant and is left
out (a count is never compared between municipalities of different size).

Nothing here is computed unless an indicator is asked for: without ``--indikator``
the overview's records carry an empty ``indicators`` and no data file is opened for
the overview (the rules of ``kbfa check`` read a config's data only when its
indicators name some).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import attrs

from kbfa.config import LoadedConfig
from kbfa.i18n import Catalogue, Lang, render
from kbfa.i18n.terms import number_text
from kbfa.model import Governance, Indicator, Unit

if TYPE_CHECKING:
    from kbfa.data import IndicatorData, Statistics
    from kbfa.evaluation import EvaluationResult

__all__ = [
    "IndicatorColumn",
    "IndicatorValue",
    "Missing",
    "column_headers",
    "indicator_columns",
    "indicator_values",
    "legend_texts",
    "matching_indicator",
    "not_loaded_text",
    "position_text",
    "year_text",
]

#: What each rate unit is multiplied by to be per 100 000 inhabitants.
_TO_PER_100000 = {Unit.PER_100000: 1.0, Unit.PER_1000: 100.0}

T: Catalogue = {
    "value": {"sv": "{title}: per 100 000 inv.", "en": "{title}: per 100,000 inh."},
    "latest": {"sv": "{title}: senaste värdet", "en": "{title}: latest value"},
    "year": {"sv": "{title}: år", "en": "{title}: year"},
    "position": {"sv": "{title}: jämfört med riket", "en": "{title}: against the country"},
    "preliminary": {"sv": "{year}, preliminärt", "en": "{year}, preliminary"},
    "lower": {"sv": "{share} % lägre än riket", "en": "{share}% lower than the country"},
    "higher": {"sv": "{share} % högre än riket", "en": "{share}% higher than the country"},
    "same": {"sv": "samma nivå som riket", "en": "the same level as the country"},
    "no_country": {
        "sv": "riket saknar värde för {year}",
        "en": "the country has no value for {year}",
    },
    "no_indicator": {
        "sv": "uppgift saknas: kommunen har inte indikatorn",
        "en": "no data: the municipality does not have the indicator",
    },
    "not_read": {
        "sv": "uppgift saknas: statistiken kunde inte läsas (se kbfa check)",
        "en": "no data: the statistics could not be read (see kbfa check)",
    },
    "not_a_rate": {
        "sv": "uppgift saknas: indikatorn anges inte per invånare",
        "en": "no data: the indicator is not per inhabitant",
    },
    "no_value": {
        "sv": "uppgift saknas: inget värde för ett helt år",
        "en": "no data: no value for a whole year",
    },
    "not_loaded": {"sv": "kunde inte läsas", "en": "could not be read"},
    "legend_heading": {"sv": "Indikatorerna", "en": "The indicators"},
    "legend": {
        "sv": "Fyra kolumner på bladet Kommuner: det senaste hela året med ett värde per "
        "100 000 invånare (ett år som var slut när statistiken hämtades), året, läget "
        "jämfört med riket samma år (inom en halv procent är samma nivå) och källan. En "
        "tom cell betyder att uppgift saknas, aldrig 0; skälet står i kolumnen om riket.",
        "en": "Four columns on the Municipalities sheet: the latest whole year with a value "
        "per 100,000 inhabitants (a year that had ended when the data was retrieved), the "
        "year, the position against the country that year (within half a percent is the "
        "same level) and the source. An empty cell means no data, never 0; the column "
        "about the country says why.",
    },
    "source_col": {"sv": "{title}: källa", "en": "{title}: source"},
    "source": {"sv": "{source}, hämtad {retrieved}", "en": "{source}, retrieved {retrieved}"},
    "derived": {
        "sv": "beräknat av kbfa ur {sources}",
        "en": "computed by kbfa from {sources}",
    },
}


class Missing(enum.StrEnum):
    """Why a municipality's indicator cell is empty."""

    NO_INDICATOR = "no_indicator"  # no indicator of the config reads this statistic
    NOT_READ = "not_read"  # its data file could not be read (kbfa check names the problem)
    NOT_A_RATE = "not_a_rate"  # a count, a share or an index: not per inhabitant
    NO_VALUE = "no_value"  # no ended whole year with a value (missing, confidential)


@attrs.frozen
class IndicatorColumn:
    """An indicator asked for: the key it was asked by, and the title its columns show
    (the first matching indicator's title, else the key)."""

    key: str
    title: str


@attrs.frozen
class IndicatorValue:
    """One municipality's latest value of an indicator asked for, per 100 000 inhabitants.

    ``value`` is ``None`` exactly when ``missing`` says why. ``position`` is ``lower``,
    ``same`` or ``higher`` against the country's value for the same year (within half a
    percent is the same level, as in the lägesbild), ``relative`` (own − country) /
    country; both ``None`` when the country has no value that year.
    """

    indicator: str | None = None  # the config's indicator id that matched
    value: float | None = None
    year: int | None = None
    value_status: str | None = None  # final, preliminary or incomplete (kbfa.data.Status)
    country: float | None = None
    position: str | None = None
    relative: float | None = None
    missing: Missing | None = None
    #: Where the value comes from, with the retrieval date and the credit the source
    #: requires ("Källa: Kolada"); a rate kbfa computed names the files it came from.
    source: str | None = None

    def data(self) -> dict[str, object]:
        """As a record of the JSON export (keys in this order)."""
        return {
            "indicator": self.indicator,
            "value": self.value,
            "year": self.year,
            "value_status": self.value_status,
            "country": self.country,
            "position": self.position,
            "relative": self.relative,
            "missing": self.missing.value if self.missing is not None else None,
            "source": self.source,
        }


def _governance(config: LoadedConfig | Governance) -> Governance:
    return config.governance if isinstance(config, LoadedConfig) else config


def matching_indicator(g: Governance, key: str) -> Indicator | None:
    """The first indicator with data whose series or id is ``key``."""
    for ind in g.indicators:
        if ind.data is not None and key in (ind.data.series, ind.id):
            return ind
    return None


def indicator_columns(
    keys: Sequence[str], configs: Sequence[LoadedConfig | Governance | None]
) -> tuple[IndicatorColumn, ...]:
    """The columns for ``keys`` (each once, in the order asked), titled from the first
    config that has the indicator."""
    out = []
    for key in dict.fromkeys(keys):
        title = key
        for config in configs:
            found = matching_indicator(_governance(config), key) if config is not None else None
            if found is not None:
                title = found.name
                break
        out.append(IndicatorColumn(key, title))
    return tuple(out)


def indicator_values(
    config: LoadedConfig | Governance,
    result: EvaluationResult,
    columns: Sequence[IndicatorColumn],
    lang: Lang = "sv",
) -> dict[str, IndicatorValue]:
    """Per column, the municipality's value (see the module docstring).

    The statistics are those the evaluation read; they are read here only if no rule
    read them (a config whose indicator with data no rule needed).
    """
    g = _governance(config)
    stats: Statistics | None = result.statistics
    out: dict[str, IndicatorValue] = {}
    for column in columns:
        ind = matching_indicator(g, column.key)
        if ind is None:
            out[column.key] = IndicatorValue(missing=Missing.NO_INDICATOR)
            continue
        if stats is None:
            from kbfa.data import read_statistics

            stats = read_statistics(config, lang=lang)
        found = stats.data.get(ind.id)
        if found is None:
            out[column.key] = IndicatorValue(ind.id, missing=Missing.NOT_READ)
            continue
        out[column.key] = _value(ind.id, found, lang)
    return out


def _source(found: IndicatorData, lang: Lang) -> str:
    notes = [
        render(T, "source", lang, source=n.source, retrieved=n.retrieved.isoformat())
        + (f". {n.attribution}" if n.attribution else "")
        for n in found.sources
    ]
    if found.derived:
        return render(T, "derived", lang, sources="; ".join(notes))
    return "; ".join(notes)


def _value(indicator: str, found: IndicatorData, lang: Lang) -> IndicatorValue:
    from kbfa.data import completed, position

    scale = _TO_PER_100000.get(found.unit)
    if scale is None:
        return IndicatorValue(indicator, missing=Missing.NOT_A_RATE)
    data = completed(found)
    years = [o for o in data.municipality.observations if o.tertial is None and o.value is not None]
    if not years:
        return IndicatorValue(indicator, missing=Missing.NO_VALUE)
    last = years[-1]
    assert last.value is not None
    country = data.country.at(last.year)
    where = position(last, data.country, found.unit)
    return IndicatorValue(
        indicator,
        value=round(last.value * scale, 1),
        year=last.year,
        value_status=last.status.value,
        country=(
            round(country.value * scale, 1)
            if country is not None and country.value is not None
            else None
        ),
        position=where.level if where is not None else None,
        relative=(
            round(where.relative, 4) if where is not None and where.relative is not None else None
        ),
        source=_source(found, lang),
    )


def column_headers(title: str, lang: Lang) -> tuple[str, str, str, str]:
    """The four columns' headings for an indicator titled ``title`` (a title that says
    "per 100 000" already is not told so twice)."""
    said = any(f"100{space}000" in title for space in (" ", "\u00a0", ","))
    return (
        render(T, "latest" if said else "value", lang, title=title),
        render(T, "year", lang, title=title),
        render(T, "position", lang, title=title),
        render(T, "source_col", lang, title=title),
    )


def year_text(record: Mapping[str, object], lang: Lang) -> str | None:
    """The year cell: "2024", "2024, preliminärt"; ``None`` when there is no value."""
    year = record.get("year")
    if year is None:
        return None
    if record.get("value_status") == "preliminary":
        return render(T, "preliminary", lang, year=year)
    return str(year)


def position_text(record: Mapping[str, object], lang: Lang) -> str:
    """The position cell: "12,3 % lägre än riket", or why there is no value."""
    missing = record.get("missing")
    if missing is not None:
        return render(T, str(missing), lang)
    level, relative = record.get("position"), record.get("relative")
    if level is None:
        return render(T, "no_country", lang, year=record.get("year"))
    if level == "same" or not isinstance(relative, float | int):
        return render(T, "same", lang)
    share = number_text(abs(float(relative)) * 100, lang, 1)
    return render(T, str(level), lang, share=share)


def not_loaded_text(lang: Lang) -> str:
    return render(T, "not_loaded", lang)


def legend_texts(lang: Lang) -> tuple[str, str]:
    """The workbook legend's heading and explanation of the indicator columns."""
    return render(T, "legend_heading", lang), render(T, "legend", lang)
