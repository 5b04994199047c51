"""The schedule (årshjul): what a municipality's config plans for a year, as data.

A layer on the model with no I/O: :func:`occurrences` walks a :class:`~kbfa.model.Governance`
and returns every planned meeting, deadline, report, follow-up, renewal, review and
expiry of one year, each dated only when the config gives a date and otherwise placed in
a window (vår, tertial 2, vecka 7). The calendar text, the .ics file and the årshjul
document render these values.
"""

from kbfa.schedule._engine import (
    LAW_6_ATGARDSPLAN,
    LAW_6_LAGESBILD,
    LAW_13,
    STEERING_DOCUMENT,
    occurrences,
)
from kbfa.schedule._occurrence import Flag, Occurrence, OccurrenceKind, Recurrence
from kbfa.schedule._spans import Span, SpanUnit, iso_weeks, month_name

__all__ = [
    "LAW_6_ATGARDSPLAN",
    "LAW_6_LAGESBILD",
    "LAW_13",
    "STEERING_DOCUMENT",
    "Flag",
    "Occurrence",
    "OccurrenceKind",
    "Recurrence",
    "Span",
    "SpanUnit",
    "iso_weeks",
    "month_name",
    "occurrences",
]
