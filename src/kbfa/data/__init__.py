"""Statistics behind the lägesbild and the follow-up (issue 14): datasets in, series out.

Layer 2 beside :mod:`kbfa.config`: it reads the files a config's ``[[datasets]]`` name
(Kolada API v3 JSON, JSON-stat 2.0, CSV/XLSX through a column mapping, EST weekly
reports) and gives, per indicator, the municipality's, the county's and the country's
series with each value's status (:func:`indicator_data`, or :func:`read_statistics`
to keep what can be read when some cannot). :mod:`kbfa.data._summary` gives the
latest value, its change, its position against the references and the progress
towards a target. It never touches the network; ``kbfa data fetch``
(:mod:`kbfa.data.fetch`) does, and only when asked.
"""

from kbfa.data._indicators import (
    Area,
    AreaSeries,
    IndicatorData,
    SourceNote,
    Statistics,
    indicator_data,
    read_statistics,
)
from kbfa.data._read import dataset_path, read_dataset
from kbfa.data._summary import (
    COMPARABLE_UNITS,
    Change,
    Position,
    Progress,
    ProgressStatus,
    change,
    completed,
    latest,
    position,
    progress,
    running,
)
from kbfa.data._table import Table
from kbfa.data._values import Observation, Status, period_label

__all__ = [
    "COMPARABLE_UNITS",
    "Area",
    "AreaSeries",
    "Change",
    "IndicatorData",
    "Observation",
    "Position",
    "Progress",
    "ProgressStatus",
    "SourceNote",
    "Statistics",
    "Status",
    "Table",
    "change",
    "completed",
    "dataset_path",
    "indicator_data",
    "latest",
    "period_label",
    "position",
    "progress",
    "read_dataset",
    "read_statistics",
    "running",
]
