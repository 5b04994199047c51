"""The overview across many municipalities: one row each, one column per duty of the law.

Made once (:func:`collect`), written as Word, CSV, JSON or .xlsx. The JSON export is
also what ``kbfa check --format json`` writes; its tables and their columns are
defined in :mod:`kbfa.outputs.overview._columns` (add a column group there), its
schema is generated from them (:func:`export_schema`), and CSV and .xlsx show the
same tables (:func:`sheets`).
"""

from kbfa.outputs.overview._collect import Progress, collect, collect_configs, duty_columns
from kbfa.outputs.overview._columns import GROUPS, ColumnGroup, FieldGroup
from kbfa.outputs.overview._csv import csv_paths, overview_rows, render_csv
from kbfa.outputs.overview._json import EXPORT_FORMAT, EXPORT_VERSION, export_data, render_json
from kbfa.outputs.overview._messages import counted, verdict_word
from kbfa.outputs.overview._schema import export_schema, export_schema_text
from kbfa.outputs.overview._sheet import Field, Sheet, SheetCell, SheetColumn, SheetContext
from kbfa.outputs.overview._sheets import TABLES, sheets
from kbfa.outputs.overview._table import (
    VERDICT_ORDER,
    DutyColumn,
    Overview,
    Row,
    Totals,
    first_problem,
)
from kbfa.outputs.overview._write import (
    FORMATS,
    check_output_path,
    output_paths,
    write_overview,
)
from kbfa.outputs.overview._xlsx import xlsx_bytes

__all__ = [
    "EXPORT_FORMAT",
    "EXPORT_VERSION",
    "FORMATS",
    "GROUPS",
    "TABLES",
    "VERDICT_ORDER",
    "ColumnGroup",
    "DutyColumn",
    "Field",
    "FieldGroup",
    "Overview",
    "Progress",
    "Row",
    "Sheet",
    "SheetCell",
    "SheetColumn",
    "SheetContext",
    "Totals",
    "check_output_path",
    "collect",
    "collect_configs",
    "counted",
    "csv_paths",
    "duty_columns",
    "export_data",
    "export_schema",
    "export_schema_text",
    "first_problem",
    "output_paths",
    "overview_rows",
    "render_csv",
    "render_json",
    "sheets",
    "verdict_word",
    "write_overview",
    "xlsx_bytes",
]
