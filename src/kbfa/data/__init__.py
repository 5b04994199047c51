"""Statistics behind the lägesbild and the follow-up (issue 14): datasets in, series out.

Layer 2 beside :mod:`kbfa.config`: it reads the files a config's ``[[datasets]]`` name
(Kolada API v3 JSON, JSON-stat 2.0, CSV/XLSX through a column mapping, EST weekly
reports) and gives, per indicator, the municipality's, the county's and the country's
series with each value's status (:func:`indicator_data`). It never touches the
network; ``kbfa data fetch`` (:mod:`kbfa.data.fetch`) does, and only when asked.
"""

from kbfa.data._indicators import Area, AreaSeries, IndicatorData, SourceNote, indicator_data
from kbfa.data._read import dataset_path, read_dataset
from kbfa.data._table import Table
from kbfa.data._values import Observation, Status

__all__ = [
    "Area",
    "AreaSeries",
    "IndicatorData",
    "Observation",
    "SourceNote",
    "Status",
    "Table",
    "dataset_path",
    "indicator_data",
    "read_dataset",
]
