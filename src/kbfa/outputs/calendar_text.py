"""``kbfa calendar``: the årshjul as text, month by month, and the words every calendar
output (text, .ics, Word) uses for one occurrence.

Weekly series are listed once, before the months ("Varje vecka"); every other occurrence
is listed under the month its date or window starts in (a window that began the year
before under January). Deadlines that passed before the year without evidence come first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

from kbfa.config import KeyPath, Location
from kbfa.i18n import Catalogue, Lang, render
from kbfa.i18n.regional import words_for
from kbfa.i18n.terms import cadence_text
from kbfa.model import Governance
from kbfa.outputs.names import actor_name, org_name
from kbfa.schedule import Flag, Occurrence, OccurrenceKind, Span, month_name

__all__ = [
    "Entry",
    "Locate",
    "Row",
    "Section",
    "arshjul_rows",
    "citation",
    "group_occurrences",
    "notes",
    "render_calendar",
    "responsible",
    "when",
]

#: Turns a key path into "file:line" (``LoadedConfig.locate`` and ``str``) for citations.
Locate = Callable[[KeyPath], str]

T: Catalogue = {
    "title": {"sv": "Årshjul {year}: {name}", "en": "Annual cycle {year}: {name}"},
    "source": {"sv": "Underlag: {doc}", "en": "Source: {doc}"},
    "explain": {
        "sv": "Tidsfönster (vår, tertial, vecka) står där styrdokumentet bara anger en tid på "
        "året eller ett antal; ett datum står bara där konfigurationen anger det. "
        "”(antaget)” betyder att dokumentet inte anger månaderna eller veckorna: antalet är "
        "fördelat jämnt, eller perioderna räknade från januari (vecka 1).",
        "en": "Windows (spring, tertial, week) are given where the steering document states "
        "only a part of the year or a count; a date only where the config states one. "
        "'(assumed)' means the document does not give the months or weeks: the count is "
        "spread evenly, or the periods are counted from January (week 1).",
    },
    "weekly": {"sv": "Varje vecka", "en": "Every week"},
    "overdue_section": {
        "sv": "Försenat från tidigare år",
        "en": "Overdue from earlier years",
    },
    "nothing": {"sv": "inget planerat", "en": "nothing planned"},
    "of": {"sv": "{i} av {n}", "en": "{i} of {n}"},
    "times": {"sv": "{n} gånger", "en": "{n} times"},
    "to": {"sv": "till {names}", "en": "to {names}"},
    "by": {"sv": "ansvar: {names}", "en": "responsible: {names}"},
    "counted_from": {"sv": "räknat från {date}", "en": "counted from {date}"},
    "overdue": {
        "sv": "försenad: inget belägg för att det gjordes",
        "en": "overdue: no evidence that it was done",
    },
    "no_evidence": {
        "sv": "inga belägg registrerade: tidpunkten kan inte räknas fram (lägg in senaste "
        "tillfället under [[evidence]])",
        "en": "no evidence recorded: the date cannot be worked out (add the latest one under "
        "[[evidence]])",
    },
    "year_not_known": {
        "sv": "vilket år framgår inte: lägg in senaste tillfället under [[evidence]]",
        "en": "which year is not known: add the latest one under [[evidence]]",
    },
    "spread_evenly": {
        "sv": "jämnt fördelat över året (dokumentet anger bara antal)",
        "en": "spread evenly over the year (the document gives only a count)",
    },
    "weekday_not_stated": {
        "sv": "veckodag anges inte i styrdokumentet",
        "en": "the steering document gives no weekday",
    },
    "at_least": {"sv": "minst", "en": "at least"},
    "assumed": {
        "sv": "tidsfönstret är antaget: dokumentet anger inte vilka månader eller veckor",
        "en": "the window is assumed: the document does not say which months or weeks",
    },
    "assumed_mark": {"sv": "{when} (antaget)", "en": "{when} (assumed)"},
    "note": {"sv": "anmärkning: {note}", "en": "note: {note}"},
    "source_at": {"sv": "källa: {where}", "en": "source: {where}"},
    "law_6_cycle": {
        "sv": "senast {months} månader efter förra gången",
        "en": "at most {months} months after the last time",
    },
}

_FLAG_KEYS: dict[Flag, str] = {
    Flag.OVERDUE: "overdue",
    Flag.NO_EVIDENCE: "no_evidence",
    Flag.YEAR_NOT_KNOWN: "year_not_known",
    Flag.SPREAD_EVENLY: "spread_evenly",
    Flag.WEEKDAY_NOT_STATED: "weekday_not_stated",
    Flag.AT_LEAST: "at_least",
    Flag.ASSUMED: "assumed",
}


def _t(key: str, lang: Lang, **kw: object) -> str:
    return render(T, key, lang, **kw)


@attrs.frozen
class Entry:
    """One line of the årshjul: a single occurrence or a whole weekly series."""

    occurrences: tuple[Occurrence, ...]

    @property
    def first(self) -> Occurrence:
        return self.occurrences[0]

    @property
    def is_series(self) -> bool:
        return self.first.recurrence is not None

    @property
    def window(self) -> Span | None:
        """For a series, one span from the first window to the last."""
        first, last = self.first.window, self.occurrences[-1].window
        if first is None or last is None:
            return first
        return attrs.evolve(first, end=last.end, last=last.last)


def group_occurrences(occurrences: Sequence[Occurrence]) -> tuple[Entry, ...]:
    """Occurrences as entries: a weekly series (same source and slot) becomes one entry."""
    series: dict[tuple[object, ...], list[Occurrence]] = {}
    order: list[tuple[object, ...]] = []
    for o in occurrences:
        key: tuple[object, ...] = (
            (o.kind, o.subject, o.source, o.recurrence.slot) if o.recurrence else (id(o),)
        )
        if key not in series:
            series[key] = []
            order.append(key)
        series[key].append(o)
    return tuple(Entry(tuple(series[k])) for k in order)


def when(entry: Entry | Occurrence, lang: Lang = "sv") -> str:
    """The date ("2027-04-30") or the window ("våren (jan–jun)", "vecka 1–52"); a window
    the engine chose because the document gives no months is marked "(antaget)"."""
    o = entry.first if isinstance(entry, Entry) else entry
    window = entry.window if isinstance(entry, Entry) else o.window
    if o.date is not None:
        return o.date.isoformat()
    assert window is not None
    if Flag.ASSUMED in o.flags:
        return _t("assumed_mark", lang, when=window.label(lang))
    return window.label(lang)


def notes(
    g: Governance,
    entry: Entry | Occurrence,
    lang: Lang = "sv",
    locate: Locate | None = None,
    *,
    with_by: bool = True,
) -> tuple[str, ...]:
    """What a reader needs beside the title: count, cadence, who, flags, source."""
    o = entry.first if isinstance(entry, Entry) else entry
    out: list[str] = []
    if isinstance(entry, Entry) and entry.is_series:
        out.append(_t("times", lang, n=len(entry.occurrences)))
    elif o.count > 1:
        out.append(_t("of", lang, i=o.index, n=o.count))
    if o.cadence is not None:
        out.append(cadence_text(o.cadence, lang))
    if o.kind is OccurrenceKind.LAW_DEADLINE and Flag.NO_EVIDENCE not in o.flags:
        out.append(_t("law_6_cycle", lang, months=g.settings.cycle_months))
    if o.counted_from is not None:
        out.append(_t("counted_from", lang, date=o.counted_from.isoformat()))
    if o.to and o.kind is not OccurrenceKind.REPORT:
        out.append(_t("to", lang, names=", ".join(_who(g, x) for x in o.to)))
    if o.by and with_by:
        out.append(_t("by", lang, names=responsible(g, o)))
    if o.cadence is not None and o.cadence.note:
        # The notes are joined with "; ", so a sentence's own full stop is left off.
        out.append(_t("note", lang, note=o.cadence.note.strip().rstrip(".")))
    # "minst" is already in the cadence text; other flags are said here. A window spread
    # evenly is assumed for that reason, which its own note says.
    out += [
        _t(_FLAG_KEYS[f], lang)
        for f in Flag
        if f in o.flags
        and not (f is Flag.AT_LEAST and o.cadence is not None)
        and not (f is Flag.ASSUMED and Flag.SPREAD_EVENLY in o.flags)
    ]
    if locate is not None and o.source:
        out.append(_t("source_at", lang, where=locate(o.source)))
    return tuple(out)


def responsible(g: Governance, o: Occurrence) -> str:
    """The names of the bodies, roles or organisations responsible ("" when none is named)."""
    return ", ".join(_who(g, x) for x in o.by)


def _who(g: Governance, id_: str) -> str:
    """A body's, role's or organisation's name (renewals are made by the parties)."""
    if g.body(id_) is None and g.role(id_) is None:
        return org_name(g, id_)
    return actor_name(g, id_)


def _month(e: Entry, year: int) -> int:
    start = e.first.start
    return 1 if start.year < year else start.month


@attrs.frozen
class Row:
    """One line of the årshjul as a reader sees it."""

    when: str
    what: str
    who: str
    notes: tuple[str, ...]


@attrs.frozen
class Section:
    """A part of the årshjul: ``kind`` is "overdue", "weekly" or "month" (with ``month``)."""

    kind: str
    title: str
    rows: tuple[Row, ...]
    month: int | None = None


def arshjul_rows(
    g: Governance,
    occurrences: Sequence[Occurrence],
    year: int,
    lang: Lang = "sv",
    *,
    locate: Locate | None = None,
) -> tuple[Section, ...]:
    """The årshjul as table data: overdue duties (if any), weekly series (if any), then
    every month January to December (empty months included)."""
    entries = group_occurrences(occurrences)

    def rows(items: Sequence[Entry]) -> tuple[Row, ...]:
        return tuple(
            Row(
                when(e, lang),
                e.first.title_in(lang),
                responsible(g, e.first),
                notes(g, e, lang, locate, with_by=False),
            )
            for e in items
        )

    out: list[Section] = []
    overdue = [e for e in entries if Flag.OVERDUE in e.first.flags]
    if overdue:
        out.append(Section("overdue", _t("overdue_section", lang), rows(overdue)))
    weekly = [e for e in entries if e.is_series]
    if weekly:
        out.append(Section("weekly", _t("weekly", lang), rows(weekly)))
    rest = [e for e in entries if not e.is_series and Flag.OVERDUE not in e.first.flags]
    for month in range(1, 13):
        items = [e for e in rest if _month(e, year) == month]
        title = month_name(month, lang).capitalize()
        out.append(Section("month", title, rows(items), month))
    return tuple(out)


def render_calendar(
    g: Governance,
    occurrences: Sequence[Occurrence],
    year: int,
    lang: Lang = "sv",
    *,
    locate: Locate | None = None,
) -> str:
    """The årshjul of ``year`` as plain text; ``locate`` adds "file:line" citations."""
    title = _t("title", lang, year=year, name=g.municipality.name)
    lines = [title, "=" * len(title)]
    if g.steering_document is not None:
        lines.append(_t("source", lang, doc=g.steering_document.title))
    lines += [_t("explain", lang), ""]
    sections = arshjul_rows(g, occurrences, year, lang, locate=locate)
    width = max((len(r.when) for s in sections for r in s.rows), default=10)
    for section in sections:
        lines.extend([section.title, "-" * len(section.title)])
        if not section.rows:
            lines.append(f"  ({_t('nothing', lang)})")
        for r in section.rows:
            lines.append(f"  {r.when:<{width}}  {r.what}")
            extra = [*([_t("by", lang, names=r.who)] if r.who else []), *r.notes]
            if extra:
                lines.append(f"  {'':<{width}}  " + "; ".join(extra))
        lines.append("")
    return words_for(g.is_region and lang == "sv")("\n".join(lines).rstrip() + "\n")


def citation(loc: Location) -> str:
    """ "configs/hjo.toml:42 (bodies[2].cadence[0])"; without the line when it is unknown."""
    where = f"{loc.file}:{loc.line}" if loc.line is not None else loc.file
    return f"{where} ({loc.path})" if loc.path else where
