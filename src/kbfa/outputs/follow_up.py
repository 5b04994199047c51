"""The 6 § follow-up of the åtgärdsplan as data: what ``kbfa uppfoljning`` writes.

Per measure: its causes and problems, the indicators that follow it (its own, else
those of the problem it targets) with their baseline, target and latest value, and a
status (:class:`kbfa.data.ProgressStatus`): on its way to the target, not, or no data.
The date the next follow-up is due under 6 § comes from the rules' own clock
(:func:`kbfa.rules.follow_up_due`, the one KBFA-L6D judges by), never from a second
computation. The Word document (``outputs/docx/_follow_up.py``) and the JSON export
(:func:`follow_up_json`) render this one :class:`FollowUp`, so they cannot disagree.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

import attrs

from kbfa.data import (
    IndicatorData,
    Observation,
    Progress,
    ProgressStatus,
    SourceNote,
    completed,
    progress,
)
from kbfa.i18n import Catalogue, Lang, render
from kbfa.i18n.terms import label, number_text
from kbfa.model import (
    Benchmark,
    Cause,
    DeliverableKind,
    Evidence,
    EvidenceKind,
    Governance,
    Indicator,
    Measure,
    Problem,
    Unit,
)
from kbfa.rules import FollowUpClock, follow_up_due

__all__ = [
    "SCHEMA_VERSION",
    "FollowUp",
    "IndicatorFollowUp",
    "MeasureFollowUp",
    "collect_follow_up",
    "follow_up_json",
    "reason_text",
    "status_text",
    "value_text",
]

#: The version of the JSON export's shape; raised when a key changes meaning or goes.
SCHEMA_VERSION = 1

T: Catalogue = {
    "on_track": {"sv": "på väg mot målet", "en": "on track"},
    "off_track": {"sv": "inte på väg mot målet", "en": "not on track"},
    "no_data": {"sv": "ingen data", "en": "no data"},
    "r_no_target": {"sv": "målvärde saknas", "en": "no target"},
    "r_no_baseline": {"sv": "utgångsläge saknas", "en": "no baseline"},
    "r_no_direction": {
        "sv": "det framgår inte åt vilket håll det är bättre",
        "en": "it is not stated which way is better",
    },
    "r_no_series": {"sv": "ingen statistik är registrerad", "en": "no statistics are recorded"},
    "r_nothing_after_baseline": {
        "sv": "inget värde för ett helt år efter utgångsåret {year}",
        "en": "no value for a whole year after the baseline year {year}",
    },
    "r_reached": {
        "sv": "målvärdet är nått: {value} ({year})",
        "en": "the target is reached: {value} ({year})",
    },
    "r_ahead": {
        "sv": "{value} ({year}), minst så bra som målkurvans {expected}",
        "en": "{value} ({year}), at least as good as the target line's {expected}",
    },
    "r_behind": {
        "sv": "{value} ({year}), sämre än målkurvans {expected}",
        "en": "{value} ({year}), worse than the target line's {expected}",
    },
}


@attrs.frozen
class IndicatorFollowUp:
    """One indicator of a measure: where it stands against its target.

    ``via_problem`` is true for an indicator of the problem the measure targets (the
    measure has none of its own); ``data`` is its statistics, if any.
    """

    indicator: Indicator
    via_problem: bool
    progress: Progress
    data: IndicatorData | None = attrs.field(default=None, eq=False, repr=False)

    @property
    def unit(self) -> Unit | None:
        return self.data.unit if self.data is not None else self.indicator.unit

    @property
    def latest(self) -> Observation | None:
        """The value the status rests on, else the municipality's latest value for a year
        (or a tertial) that had ended when the data was retrieved."""
        if self.progress.latest is not None:
            return self.progress.latest
        if self.data is None:
            return None
        # Baselines and targets are for years: a year's value reads beside them, a
        # tertial's only when there is no year.
        own = completed(self.data).municipality
        years = [o for o in own.observations if o.value is not None and o.tertial is None]
        return years[-1] if years else own.latest


@attrs.frozen
class MeasureFollowUp:
    """A measure with its causes, problems and indicators."""

    measure: Measure
    causes: tuple[Cause, ...]
    problems: tuple[Problem, ...]
    indicators: tuple[IndicatorFollowUp, ...]


@attrs.frozen
class FollowUp:
    """The follow-up of the åtgärdsplan on ``as_of``."""

    municipality: str
    as_of: dt.date
    plan_title: str | None
    adopted: Evidence | None
    clock: FollowUpClock | None
    cycle_months: int
    measures: tuple[MeasureFollowUp, ...]
    sources: tuple[SourceNote, ...]

    def counts(self) -> dict[ProgressStatus, int]:
        """How many indicator rows have each status."""
        out = dict.fromkeys(ProgressStatus, 0)
        for m in self.measures:
            for i in m.indicators:
                out[i.progress.status] += 1
        return out


def collect_follow_up(
    g: Governance, statistics: Sequence[IndicatorData], as_of: dt.date
) -> FollowUp:
    """The follow-up of ``g``'s plan as of ``as_of``, from the indicators' ``statistics``."""
    by_id = {d.indicator.id: d for d in statistics}
    causes = {c.id: c for c in g.causes}
    problems = {p.id: p for p in g.problems}
    measures = []
    for m in g.measures:
        mine = [c for c in (causes.get(i) for i in m.causes) if c is not None]
        targeted = [
            problems[p] for p in dict.fromkeys(p for c in mine for p in c.problems) if p in problems
        ]
        own = [i for i in g.indicators if m.id in i.measures]
        via = [] if own else [i for i in g.indicators if set(i.problems) & {p.id for p in targeted}]
        followed = tuple(
            IndicatorFollowUp(i, not own, progress(i, by_id.get(i.id)), by_id.get(i.id))
            for i in own or via
        )
        measures.append(MeasureFollowUp(m, tuple(mine), tuple(targeted), followed))
    plans = g.deliverables_of(DeliverableKind.ATGARDSPLAN)
    plan_ids = {p.id for p in plans}
    adopted = [
        e
        for e in g.evidence
        if e.subject in plan_ids and e.kind is EvidenceKind.ADOPTED and e.date <= as_of
    ]
    sources: dict[str, SourceNote] = {}
    for d in statistics:
        for s in d.sources:
            sources.setdefault(s.dataset, s)
    return FollowUp(
        municipality=g.municipality.name,
        as_of=as_of,
        plan_title=plans[0].title if plans else None,
        adopted=max(adopted, key=lambda e: e.date, default=None),
        clock=follow_up_due(g, as_of),
        cycle_months=g.settings.cycle_months,
        measures=tuple(measures),
        sources=tuple(sources.values()),
    )


def status_text(status: ProgressStatus, lang: Lang = "sv") -> str:
    return render(T, status.value, lang)


def value_text(value: float | None, unit: Unit | None, lang: Lang = "sv") -> str:
    """A value in the indicator's unit, as tables show it ("130,8", "42")."""
    if value is None:
        return "–"
    rate = unit is not None and unit is not Unit.COUNT and unit is not Unit.SEK
    return number_text(value, lang, 1 if rate else None)


def benchmark_text(b: Benchmark | None, unit: Unit | None, lang: Lang = "sv") -> str:
    """A baseline or target: "155 (2023)"."""
    return f"{value_text(b.value, unit, lang)} ({b.year})" if b is not None else "–"


def reason_text(item: IndicatorFollowUp, lang: Lang = "sv") -> str:
    """Why the status is what it is, in words."""
    p = item.progress
    unit = item.unit
    params: dict[str, object] = {}
    if p.latest is not None:
        params = {
            "value": value_text(p.latest.value, unit, lang),
            "year": p.latest.label,
            "expected": value_text(p.expected, unit, lang),
        }
    if p.reason == "nothing_after_baseline" and item.indicator.baseline is not None:
        params = {"year": item.indicator.baseline.year}
    return render(T, f"r_{p.reason}", lang, **params)


def _benchmark(b: Benchmark | None) -> dict[str, Any] | None:
    return {"year": b.year, "value": b.value, "note": b.note} if b is not None else None


def follow_up_json(fu: FollowUp, lang: Lang = "sv") -> str:
    """The follow-up as versioned JSON (keys in English, texts in ``lang``); see
    docs/uppfoljning-json.md."""
    clock = fu.clock
    doc: dict[str, Any] = {
        "kind": "kbfa-uppfoljning",
        "schema_version": SCHEMA_VERSION,
        "municipality": fu.municipality,
        "as_of": fu.as_of.isoformat(),
        "plan": {
            "title": fu.plan_title,
            "adopted": {"date": fu.adopted.date.isoformat(), "reference": fu.adopted.reference}
            if fu.adopted
            else None,
        },
        "follow_up_due": {
            "date": clock.due.isoformat(),
            "since": clock.since.isoformat(),
            "reference": clock.reference,
            "first": clock.first,
            "cycle_months": fu.cycle_months,
        }
        if clock
        else None,
        "counts": {s.value: n for s, n in fu.counts().items()},
        "measures": [
            {
                "id": m.measure.id,
                "title": m.measure.title,
                "causes": [{"id": c.id, "description": c.description} for c in m.causes],
                "problems": [{"id": p.id, "title": p.title} for p in m.problems],
                "owner": m.measure.owner,
                "due": m.measure.due.isoformat() if m.measure.due else None,
                "when": m.measure.when,
                "status": m.measure.status,
                "follow_up": m.measure.follow_up,
                "indicators": [
                    {
                        "id": i.indicator.id,
                        "name": i.indicator.name,
                        "unit": i.unit.value if i.unit else None,
                        "via_problem": i.via_problem,
                        "baseline": _benchmark(i.indicator.baseline),
                        "target": _benchmark(i.indicator.target),
                        "latest": {
                            "year": i.latest.year,
                            "tertial": i.latest.tertial,
                            "value": i.latest.value,
                            "status": i.latest.status.value,
                        }
                        if i.latest
                        else None,
                        "expected": i.progress.expected,
                        "status": i.progress.status.value,
                        "status_text": status_text(i.progress.status, lang),
                        "reason": i.progress.reason,
                        "reason_text": reason_text(i, lang),
                    }
                    for i in m.indicators
                ],
            }
            for m in fu.measures
        ],
        "sources": [
            {
                "dataset": s.dataset,
                "title": s.title,
                "source": s.source,
                "retrieved": s.retrieved.isoformat(),
                "url": s.url,
                "attribution": s.attribution,
            }
            for s in fu.sources
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def unit_label(unit: Unit | None, lang: Lang = "sv") -> str:
    return label(unit, lang) if unit is not None else ""
