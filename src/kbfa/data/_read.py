"""Read one ``[[datasets]]`` entry's file, whatever its format, into a :class:`Table`."""

from __future__ import annotations

from pathlib import Path

from kbfa.data._jsonstat import read_jsonstat
from kbfa.data._kolada import read_kolada_bytes
from kbfa.data._mapped import read_est, read_table
from kbfa.data._parse import Areas, Problems, read_bytes
from kbfa.data._table import Table
from kbfa.i18n import Lang
from kbfa.model import DataFormat, Dataset

__all__ = ["FIRST_YEAR", "dataset_path", "read_dataset"]

#: No statistics kbfa reads are older than this; a year before it is a typing error.
FIRST_YEAR = 1950


def dataset_path(dataset: Dataset, config_file: str | Path) -> Path:
    """The dataset's file: its ``file`` relative to the config's folder (or absolute)."""
    return Path(config_file).parent / dataset.file


def read_dataset(
    dataset: Dataset,
    config_file: str | Path,
    own: str | None,
    *,
    own_name: str | None = None,
    lang: Lang = "sv",
) -> Table:
    """Read ``dataset``'s file. Raises :class:`kbfa.errors.DataError` with every problem.

    ``own`` is the municipality's code (the area of rows with none, and a code always
    accepted); ``own_name`` its name, which a file may write instead of the code. Years
    must lie between :data:`FIRST_YEAR` and the retrieval year: no statistics are about
    a year after they were retrieved.
    """
    path = dataset_path(dataset, config_file)
    problems = Problems(str(path), lang)
    names: dict[str, str] = {a.name: a.code for a in dataset.areas}
    if own and own_name:
        for name in (own_name, own_name.removesuffix(" kommun")):
            names.setdefault(name, own)
    areas = Areas(own, names)
    years = (FIRST_YEAR, dataset.retrieved.year)
    area = dataset.area or own or ""
    fmt = dataset.format
    if fmt is DataFormat.KOLADA:
        return read_kolada_bytes(
            read_bytes(path, problems), problems, areas, years, dataset.retrieved
        )
    if fmt is DataFormat.JSONSTAT:
        return read_jsonstat(read_bytes(path, problems), problems, areas, years, dataset.retrieved)
    assert dataset.mapping is not None  # the loader requires it for table and est
    if fmt is DataFormat.TABLE:
        return read_table(
            path,
            dataset.mapping,
            dataset.sheet,
            dataset.unit,
            area,
            problems,
            areas,
            years,
            dataset.retrieved,
        )
    return read_est(path, dataset.mapping, dataset.sheet, problems, years, dataset.retrieved, area)
