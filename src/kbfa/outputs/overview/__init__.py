"""The overview across many municipalities: one row each, one column per duty of the law."""

from kbfa.outputs.overview._collect import Progress, collect, collect_configs, duty_columns
from kbfa.outputs.overview._csv import overview_rows, render_csv
from kbfa.outputs.overview._json import EXPORT_FORMAT, EXPORT_VERSION, export_data, render_json
from kbfa.outputs.overview._messages import counted, verdict_word
from kbfa.outputs.overview._table import (
    VERDICT_ORDER,
    DutyColumn,
    Overview,
    Row,
    Totals,
    first_problem,
)
from kbfa.outputs.overview._write import FORMATS, check_output_path, write_overview

__all__ = [
    "EXPORT_FORMAT",
    "EXPORT_VERSION",
    "FORMATS",
    "VERDICT_ORDER",
    "DutyColumn",
    "Overview",
    "Progress",
    "Row",
    "Totals",
    "check_output_path",
    "collect",
    "collect_configs",
    "counted",
    "duty_columns",
    "export_data",
    "first_problem",
    "overview_rows",
    "render_csv",
    "render_json",
    "verdict_word",
    "write_overview",
]
