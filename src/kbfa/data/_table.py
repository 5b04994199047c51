"""A dataset once read: values by (series, area, gender) and period."""

from __future__ import annotations

from kbfa.data._values import Cell, Key, Period

__all__ = ["Table"]


class Table:
    """The values of one dataset file.

    ``cells[(series, area, gender)][(year, tertial)]`` is a :class:`Cell`. Readers fill
    it; :meth:`get` is how the indicators read it (the EST table sums on the way).
    ``provenance`` is what the file says about its own origin (a Kolada download by
    ``kbfa data fetch`` records its URLs and retrieval time).
    """

    def __init__(self) -> None:
        self.cells: dict[Key, dict[Period, Cell]] = {}
        self.provenance: dict[str, object] = {}

    def series_names(self) -> list[str]:
        return sorted({k[0] for k in self.cells})

    def areas(self, series: str) -> list[str]:
        return sorted({k[1] for k in self.cells if k[0] == series})

    def get(
        self, series: str, area: str, gender: str, place: str | None = None
    ) -> dict[Period, Cell]:
        """The values of one series for one area and gender, by period (empty if none)."""
        del place  # only EST reports have places
        return self.cells.get((series, area, gender), {})
