"""Per indicator: its series for the municipality, its county and the country.

This is what the lägesbild and the follow-up are drawn from (issue 14, items 4–6):
:func:`indicator_data` reads every dataset the indicators name, once, and returns an
:class:`IndicatorData` per indicator with data. Values keep their status: a missing
value stays ``None``, a preliminary one stays preliminary, and a rate computed from
a count and a population is as trustworthy as the worse of the two (:func:`combine`).

Kolada's terms of use (kolada.se/om-oss/api/) ask for "Källa: Kolada" when its data is
shown, and forbid naming Kolada as the source of one's own processing of it. So a
series shown as Kolada gives it is credited with the dataset's ``attribution``; a rate
kbfa computes from it is marked ``derived``, and its source notes say which datasets
it was computed from instead.
"""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from kbfa.config import LoadedConfig
from kbfa.config._lines import LineMap
from kbfa.data._mapped import EstTable
from kbfa.data._messages import MESSAGES
from kbfa.data._parse import COUNTRY, county_of
from kbfa.data._read import dataset_path, read_dataset
from kbfa.data._table import Table
from kbfa.data._values import Cell, Observation, Period, Status, combine
from kbfa.errors import ConfigProblem, DataError, DataProblem
from kbfa.i18n import Lang, render
from kbfa.model import Dataset, Governance, Indicator, SeriesRef, Unit

__all__ = [
    "Area",
    "AreaSeries",
    "IndicatorData",
    "SourceNote",
    "Statistics",
    "indicator_data",
    "read_statistics",
]

#: What a rate is per: a count per 100 000 inhabitants is count / population × 100 000.
_SCALE = {Unit.PER_100000: 100_000.0, Unit.PER_1000: 1_000.0, Unit.PERCENT: 100.0}


class Area(enum.StrEnum):
    """The three areas a lägesbild compares (Brå: comparison with county and country)."""

    MUNICIPALITY = "municipality"
    COUNTY = "county"
    COUNTRY = "country"


@attrs.frozen
class AreaSeries:
    """One area's values of an indicator, oldest first; empty when the data has none."""

    area: Area
    code: str
    observations: tuple[Observation, ...] = ()

    @property
    def latest(self) -> Observation | None:
        """The most recent observation that has a value (``None`` if none has)."""
        return next((o for o in reversed(self.observations) if o.value is not None), None)

    def at(self, year: int, tertial: int | None = None) -> Observation | None:
        return next((o for o in self.observations if o.period == (year, tertial or 0)), None)


@attrs.frozen
class SourceNote:
    """Where an indicator's values come from, for the lägesbild's list of sources."""

    dataset: str
    title: str | None
    source: str
    retrieved: dt.date
    url: str | None
    attribution: str | None  # None for kbfa's own processing (see the module docstring)
    limits: str | None


@attrs.frozen
class IndicatorData:
    """An indicator with its statistics: the municipality's, the county's, the country's.

    ``derived`` is true when kbfa computed the values (a rate from a count and a
    population): they are then kbfa's processing of the sources, not the sources' own
    figures. ``unit`` is the unit of the values.
    """

    indicator: Indicator
    unit: Unit
    municipality: AreaSeries
    county: AreaSeries
    country: AreaSeries
    sources: tuple[SourceNote, ...]
    derived: bool

    @property
    def areas(self) -> tuple[AreaSeries, ...]:
        return (self.municipality, self.county, self.country)


@attrs.frozen
class Statistics:
    """Every indicator's statistics as far as they could be read, and what could not.

    ``data`` holds the indicators whose series were read, in the config's order;
    ``problems`` the problems that kept an indicator from being read (its datasets'
    problems, or its own), by indicator id. A reader that needs all or nothing
    (``kbfa data show``, the lägesbild) raises :attr:`error`; the rules of ``kbfa
    check`` judge each indicator on what could be read and name what could not.
    """

    data: dict[str, IndicatorData] = attrs.field(factory=dict)
    problems: dict[str, tuple[DataProblem | ConfigProblem, ...]] = attrs.field(factory=dict)
    #: Every problem once, in the order :func:`indicator_data` reports them.
    all_problems: tuple[DataProblem | ConfigProblem, ...] = ()

    @property
    def error(self) -> DataError | None:
        return DataError(self.all_problems) if self.all_problems else None


def indicator_data(
    config: LoadedConfig | Governance, *, lang: Lang = "sv"
) -> tuple[IndicatorData, ...]:
    """Read the datasets behind ``config``'s indicators; one result per indicator with data.

    Never touches the network: it reads the files the config names (for a model built
    in code, relative to the current directory). Raises :class:`kbfa.errors.DataError`
    listing every problem: in a data file with file, row and column; in the config with
    file, line and key.
    """
    stats = read_statistics(config, lang=lang)
    if stats.error is not None:
        raise stats.error
    return tuple(stats.data.values())


def read_statistics(config: LoadedConfig | Governance, *, lang: Lang = "sv") -> Statistics:
    """Read every dataset ``config``'s indicators name, once, and keep what could be read.

    Like :func:`indicator_data` but never raises for bad data: an indicator whose
    dataset cannot be read, or does not fit the config, gets its problems in
    :attr:`Statistics.problems` and the others are read all the same. A model built
    in code (a :class:`~kbfa.model.Governance`) has no file: its datasets' files are
    read relative to the current directory.
    """
    loaded = config if isinstance(config, LoadedConfig) else LoadedConfig(config, "", LineMap({}))
    g = loaded.governance
    with_data = [(j, ind) for j, ind in enumerate(g.indicators) if ind.data is not None]
    if not with_data:
        return Statistics()
    own = g.municipality.kommunkod
    if not own or len(own) != 4 or not own.isdigit():
        where = loaded.locate(("municipality", "kommunkod"))
        problem = ConfigProblem(
            where.file, where.line, where.path, render(MESSAGES, "no_kommunkod", lang)
        )
        return Statistics({}, {ind.id: (problem,) for _, ind in with_data}, (problem,))
    tables: dict[str, Table] = {}
    by_dataset: dict[str, list[DataProblem | ConfigProblem]] = {}
    for i, ds in enumerate(g.datasets):
        if not any(_uses(ind, ds.id) for _, ind in with_data):
            continue
        found: list[DataProblem | ConfigProblem] = []
        try:
            table = read_dataset(ds, loaded.file, own, own_name=g.municipality.name, lang=lang)
        except DataError as exc:
            found.extend(exc.problems)
        else:
            found.extend(_provenance_problems(loaded, i, ds, table, lang))
            if not found:
                tables[ds.id] = table
        if found:
            by_dataset[ds.id] = found
    data: dict[str, IndicatorData] = {}
    problems: dict[str, tuple[DataProblem | ConfigProblem, ...]] = {}
    own_problems: list[DataProblem | ConfigProblem] = []
    for j, ind in with_data:
        refs = [r.dataset for r in (ind.data, ind.denominator) if r is not None]
        broken = [p for d in dict.fromkeys(refs) for p in by_dataset.get(d, ())]
        if broken:
            problems[ind.id] = tuple(broken)
            continue
        mine: list[DataProblem | ConfigProblem] = []
        result = _one(loaded, j, ind, tables, own, mine, lang)
        if mine:
            problems[ind.id] = tuple(mine)
            own_problems.extend(mine)
        elif result is not None:
            data[ind.id] = result
    # A dataset that cannot be read hides what the indicators built on the others say.
    first = [p for found in by_dataset.values() for p in found] or own_problems
    return Statistics(data, problems, tuple(first))


def _uses(ind: Indicator, dataset: str) -> bool:
    return any(ref is not None and ref.dataset == dataset for ref in (ind.data, ind.denominator))


def _provenance_problems(
    loaded: LoadedConfig, i: int, ds: Dataset, table: Table, lang: Lang
) -> list[DataProblem | ConfigProblem]:
    """The config's retrieval date must be the one the downloaded file records."""
    recorded = table.provenance.get("retrieved")
    if not isinstance(recorded, str):
        return []
    try:
        day = dt.date.fromisoformat(recorded[:10])
    except ValueError:
        return []
    if day == ds.retrieved:
        return []
    where = loaded.locate(("datasets", i, "retrieved"))
    msg = render(MESSAGES, "retrieved_differs", lang, file=day, config=ds.retrieved)
    return [ConfigProblem(where.file, where.line, where.path, msg)]


def _config_problem(
    loaded: LoadedConfig, path: tuple[str | int, ...], key: str, lang: Lang, **params: object
) -> ConfigProblem:
    where = loaded.locate(path)
    return ConfigProblem(where.file, where.line, where.path, render(MESSAGES, key, lang, **params))


def _series_name(
    loaded: LoadedConfig,
    path: tuple[str | int, ...],
    ref: SeriesRef,
    table: Table,
    problems: list[DataProblem | ConfigProblem],
    lang: Lang,
) -> str | None:
    names = table.series_names()
    found = ", ".join(n for n in names if n) or "–"
    if ref.series is None and isinstance(table, EstTable):
        return ""  # all categories together
    if ref.series is not None:
        if ref.series in names or not any(names):
            return ref.series if ref.series in names else ""
        problems.append(
            _config_problem(
                loaded, (*path, "series"), "no_series", lang, series=ref.series, found=found
            )
        )
        return None
    if len(names) > 1:
        problems.append(_config_problem(loaded, path, "which_series", lang, found=found))
        return None
    return names[0] if names else ""


def _one(
    loaded: LoadedConfig,
    j: int,
    ind: Indicator,
    tables: dict[str, Table],
    own: str,
    problems: list[DataProblem | ConfigProblem],
    lang: Lang,
) -> IndicatorData | None:
    g = loaded.governance
    assert ind.data is not None
    data_ds = g.dataset(ind.data.dataset)
    assert data_ds is not None  # the loader resolved the reference
    table = tables[data_ds.id]
    series = _series_name(loaded, ("indicators", j, "data"), ind.data, table, problems, lang)
    denominator: tuple[Table, str, SeriesRef] | None = None
    den_ds: Dataset | None = None
    if ind.denominator is not None:
        den_ds = g.dataset(ind.denominator.dataset)
        assert den_ds is not None
        den_table = tables[den_ds.id]
        den_series = _series_name(
            loaded, ("indicators", j, "denominator"), ind.denominator, den_table, problems, lang
        )
        if den_series is None:
            return None
        denominator = (den_table, den_series, ind.denominator)
    if series is None:
        return None
    codes = {Area.MUNICIPALITY: own, Area.COUNTY: county_of(own), Area.COUNTRY: COUNTRY}
    own_cells = table.get(series, own, ind.data.gender.value, ind.data.place)
    if not own_cells:
        path = str(dataset_path(data_ds, loaded.file))
        found = ", ".join(table.areas(series)) or "–"
        problems.append(
            DataProblem(
                path,
                None,
                None,
                render(MESSAGES, "no_own_area", lang, code=own, series=series or "–", found=found),
            )
        )
        return None
    result: dict[Area, AreaSeries] = {}
    for area, code in codes.items():
        cells = table.get(series, code, ind.data.gender.value, ind.data.place)
        if denominator is not None:
            den_table, den_series, den_ref = denominator
            pop = den_table.get(den_series, code, den_ref.gender.value, den_ref.place)
            cells = _rate(cells, pop, _SCALE[ind.unit] if ind.unit else 1.0, lang)
        result[area] = AreaSeries(area, code, _observations(cells))
    if ind.baseline is not None:
        years = [o.year for o in result[Area.MUNICIPALITY].observations if o.value is not None]
        if years and not min(years) <= ind.baseline.year <= max(years):
            problems.append(
                _config_problem(
                    loaded,
                    ("indicators", j, "baseline", "year"),
                    "baseline_outside",
                    lang,
                    year=ind.baseline.year,
                    first=min(years),
                    last=max(years),
                )
            )
    derived = denominator is not None
    sources = tuple(_note(ds, derived) for ds in (data_ds, den_ds) if ds is not None)
    unit = ind.unit or data_ds.unit
    return IndicatorData(
        ind,
        unit,
        result[Area.MUNICIPALITY],
        result[Area.COUNTY],
        result[Area.COUNTRY],
        sources,
        derived,
    )


def _note(ds: Dataset, derived: bool) -> SourceNote:
    return SourceNote(
        dataset=ds.id,
        title=ds.title,
        source=ds.source,
        retrieved=ds.retrieved,
        url=ds.url,
        attribution=None if derived else ds.attribution,
        limits=ds.limits,
    )


def _rate(
    counts: dict[Period, Cell], population: dict[Period, Cell], scale: float, lang: Lang
) -> dict[Period, Cell]:
    """count / population × scale per period; a tertial is divided by its year's population."""
    out: dict[Period, Cell] = {}
    for period, c in counts.items():
        p = population.get(period) or population.get((period[0], 0))
        if p is None:
            out[period] = Cell(None, Status.MISSING, c.note)
            continue
        status = combine([c.status, p.status])
        if c.value is None or p.value is None:
            out[period] = Cell(
                None, status if not status.has_value else Status.MISSING, c.note or p.note
            )
        elif p.value == 0:
            out[period] = Cell(None, Status.MISSING, render(MESSAGES, "zero_denominator", lang))
        else:
            notes = "; ".join(n for n in (c.note, p.note) if n) or None
            out[period] = Cell(c.value / p.value * scale, status, notes)
    return out


def _observations(cells: dict[Period, Cell]) -> tuple[Observation, ...]:
    return tuple(
        Observation(year, tertial or None, c.value, c.status, c.note)
        for (year, tertial), c in sorted(cells.items())
    )
