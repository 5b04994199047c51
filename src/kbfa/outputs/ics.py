"""The årshjul as an RFC 5545 calendar file (.ics) for the coordinator's mail client.

Written with the ``icalendar`` library (imported here, and this module only when a
calendar file is produced, so ``import kbfa`` stays light). The choices, and why
(docs/kalender.md says the same for the coordinator):

- **A dated item is a real event** on its day: all-day, because no steering document
  gives a time of day (none of the bundled ones does, and the model has no field for
  one). Deadlines among them remind ``REMINDER_DAYS`` (14) days ahead.
- **An item with only a window** (vår, tertial 2, vecka 7) is **one all-day reminder
  event on the window's first day**, never a banner across the window: its title
  names the window ("… – våren (jan–jun)") and its description gives both ends and
  says that the document names no day. A VTODO (task) would be the other way to say
  "some time in this period", but Outlook ignores VTODO in an imported calendar
  (Mozilla's Calendar formats notes; Wikipedia's iCalendar article), Google Calendar
  does not import tasks from .ics (nextcloud/server#38036), and only Thunderbird
  would show them: an event reaches all three. A window deadline reminds 14 days
  before the window opens: a negative duration relative to the start is the one
  trigger every client reads alike (Outlook takes the absolute value of a duration
  and ignores ``RELATED=END``, MS-OXCICAL 2.1.3.1.1.20.x VALARM).
- **A weekly series** (no weekday in the document) is one event with
  ``RRULE:FREQ=WEEKLY;COUNT=n``: a one-day marker on the Monday of each ISO week,
  not a week-long banner. Its description says the weekday is not given.
- Events are ``TRANSP:TRANSPARENT``: a reminder is not busy time.
- **UIDs** never contain the clock or a random value, nor the year exported: a dated
  item is identified by the year of its date and its number in that year, a window
  or weekly series by the year it belongs to. So an item carried over as overdue
  into a later year's file keeps its UID, and importing both years gives one event.
- **SEQUENCE, LAST-MODIFIED and DTSTAMP** make a re-import an update: given the
  previous export (``previous``; ``kbfa calendar --ics FILE`` reads FILE before
  replacing it, see :func:`previous_export`; ``--ics -`` has none), an event whose
  content is unchanged keeps its SEQUENCE and times, a changed one gets SEQUENCE + 1
  and the time of this export. Without a previous
  export every event starts at SEQUENCE 0. ``DTSTAMP`` equals ``LAST-MODIFIED``
  (RFC 5545 3.8.7.2: without a METHOD it is the time of the last revision). The
  time is ``now`` (default: ``SOURCE_DATE_EPOCH`` if set, else the clock), so the
  same input and previous file give byte-identical output.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping, Sequence

import attrs
import icalendar

from kbfa.files import InputRefused, check_output, read_input, write_output
from kbfa.i18n import Catalogue, Lang, render
from kbfa.i18n.regional import words_for
from kbfa.model import Governance
from kbfa.outputs.calendar_text import Entry, Locate, group_occurrences, notes, when
from kbfa.schedule import Flag, Occurrence, OccurrenceKind

__all__ = [
    "REMINDER_DAYS",
    "SUFFIXES",
    "Revision",
    "build_ics",
    "export_time",
    "previous_export",
    "revisions",
    "uid",
    "write_ics",
]

#: Days before a deadline (or the end of its window) that the reminder fires.
REMINDER_DAYS = 14

T: Catalogue = {
    "calname": {"sv": "Årshjul {year}: {name}", "en": "Annual cycle {year}: {name}"},
    "when": {"sv": "När: {when}", "en": "When: {when}"},
    "made_by": {
        "sv": "Skapad av kbfa ur kommunens konfiguration.",
        "en": "Made by kbfa from the municipality's config.",
    },
    "reminder": {"sv": "Påminnelse: {title}", "en": "Reminder: {title}"},
    "assumed": {"sv": "(antaget)", "en": "(assumed)"},
    "window_days": {
        "sv": "Perioden: {start} – {end}.",
        "en": "The period: {start} – {end}.",
    },
    "marker": {
        "sv": "Styrdokumentet anger ingen dag: posten står på periodens första dag som påminnelse.",
        "en": "The steering document gives no day: the item stands on the first day of the "
        "period as a reminder.",
    },
    "marker_week": {
        "sv": "Styrdokumentet anger ingen veckodag: posten står på veckans måndag som påminnelse.",
        "en": "The steering document gives no weekday: the item stands on the Monday of the "
        "week as a reminder.",
    },
    "this_week": {"sv": "denna vecka", "en": "this week"},
}

_KIND_WORDS: dict[OccurrenceKind, tuple[str, str]] = {
    OccurrenceKind.LAW_DEADLINE: ("lagstadgad frist", "statutory deadline"),
    OccurrenceKind.REVIEW: ("aktualitetsprövning", "review"),
    OccurrenceKind.EXPIRY: ("giltighet upphör", "expiry"),
    OccurrenceKind.RENEWAL: ("förnyelse", "renewal"),
    OccurrenceKind.DELIVERABLE: ("leverans", "deliverable"),
    OccurrenceKind.REPORT: ("redovisning", "report"),
    OccurrenceKind.FOLLOW_UP: ("uppföljning", "follow-up"),
    OccurrenceKind.MEASURE_DUE: ("åtgärd", "measure"),
    OccurrenceKind.DIALOGUE: ("medborgardialog", "citizen dialogue"),
    OccurrenceKind.MEETING: ("möte", "meeting"),
}
_NOT_DEADLINES = {OccurrenceKind.MEETING, OccurrenceKind.DIALOGUE}
_NO_REMINDER = {Flag.NO_EVIDENCE, Flag.YEAR_NOT_KNOWN, Flag.OVERDUE}


def uid(g: Governance, year: int, o: Occurrence, *, series: bool = False) -> str:
    """A stable identifier: no clock, no randomness, and not the year exported.

    A dated item is named by its date's year and its number in that year (a moved date
    keeps its UID; an overdue item shown in a later year's file keeps it too); a window
    or a weekly series by ``year``, the year it belongs to.
    """
    parts = [o.kind.value, o.subject]
    if o.to:
        parts.append("to-" + "-".join(o.to))
    parts.append(f"s{o.slot}")
    if series and o.recurrence:
        parts.append(f"{year}-w{o.recurrence.slot}")
    else:
        parts.append(f"{o.date.year if o.date is not None else year}-{o.index}")
    return "-".join(parts) + f"@{g.municipality.organisation}.kbfa"


def _summary(o: Occurrence, e: Entry, lang: Lang) -> str:
    title = o.title_in(lang)
    if not e.is_series and o.count > 1:
        title += f" ({o.index}/{o.count})"
    if e.is_series:
        title += " – " + render(T, "this_week", lang)
    elif o.date is None and o.window is not None:
        title += " – " + o.window.label(lang)
    if Flag.ASSUMED in o.flags:  # the window is the engine's choice: say so where it shows
        title += " " + render(T, "assumed", lang)
    return title


def _event(
    g: Governance,
    e: Entry,
    lang: Lang,
    locate: Locate | None,
    event_uid: str,
) -> icalendar.Event:
    """The event without its revision stamps (DTSTAMP, SEQUENCE, LAST-MODIFIED)."""
    o = e.first
    words = words_for(g.is_region and lang == "sv")
    ev = icalendar.Event()
    ev.add("uid", event_uid)
    ev.add("summary", words(_summary(o, e, lang)))
    # Every event is one all-day day: the date, or the first day of the window.
    ev.add("dtstart", o.start)
    ev.add("dtend", o.start + dt.timedelta(days=1))  # exclusive, RFC 5545 3.6.1
    if e.is_series and o.recurrence is not None:
        rec = o.recurrence
        ev.add("rrule", {"freq": rec.freq, "interval": rec.interval, "count": rec.count})
    text = [render(T, "when", lang, when=when(e, lang))]
    if o.date is None and o.window is not None:
        window = e.window or o.window
        text.append(
            render(
                T, "window_days", lang, start=window.start.isoformat(), end=window.end.isoformat()
            )
        )
        text.append(render(T, "marker_week" if e.is_series else "marker", lang))
    text += notes(g, e, lang, locate)
    ev.add("description", words("\n".join([*text, render(T, "made_by", lang)])))
    kind = _KIND_WORDS[o.kind]
    ev.add("categories", [kind[0] if lang == "sv" else kind[1]])
    ev.add("transp", "TRANSPARENT")
    if o.kind not in _NOT_DEADLINES and not (o.flags & _NO_REMINDER):
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", words(render(T, "reminder", lang, title=o.title_in(lang))))
        alarm.add("trigger", dt.timedelta(days=-REMINDER_DAYS))
        ev.add_component(alarm)
    return ev


@attrs.frozen
class Revision:
    """What an earlier export said of one event: its revision and its content."""

    sequence: int
    modified: dt.datetime
    content: bytes


_STAMPS = ("DTSTAMP", "SEQUENCE", "LAST-MODIFIED")


def _content(ev: icalendar.Component) -> bytes:
    """The event as text without its revision stamps, to compare two exports."""
    copy = icalendar.Event.from_ical(ev.to_ical())
    for name in _STAMPS:
        copy.pop(name, None)
    data: bytes = copy.to_ical()
    return data


def revisions(previous: bytes) -> dict[str, Revision]:
    """The events of an earlier export by UID; nothing when it is not a calendar."""
    try:
        cal = icalendar.Calendar.from_ical(previous)
    except ValueError:
        return {}
    out: dict[str, Revision] = {}
    for ev in cal.walk("VEVENT"):
        try:
            modified = ev.decoded("LAST-MODIFIED")
            sequence = int(ev.get("SEQUENCE", 0))
        except (KeyError, ValueError, TypeError):
            continue
        if isinstance(modified, dt.datetime):
            out[str(ev["UID"])] = Revision(sequence, modified, _content(ev))
    return out


def export_time() -> dt.datetime:
    """Now, in whole seconds, UTC; ``SOURCE_DATE_EPOCH`` instead when it is set."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _stamp(ev: icalendar.Event, before: Revision | None, now: dt.datetime) -> None:
    if before is not None and before.content == _content(ev):
        sequence, modified = before.sequence, before.modified
    else:
        sequence = before.sequence + 1 if before is not None else 0
        modified = now
    ev.add("dtstamp", modified)
    ev.add("last-modified", modified)
    ev.add("sequence", sequence)


def build_ics(
    g: Governance,
    occurrences: Sequence[Occurrence],
    year: int,
    lang: Lang = "sv",
    *,
    locate: Locate | None = None,
    previous: bytes | Mapping[str, Revision] | None = None,
    now: dt.datetime | None = None,
) -> bytes:
    """The calendar file's bytes: one event per occurrence, one per weekly series.

    ``previous`` is the file this one replaces (its bytes, or :func:`revisions` of
    them): unchanged events keep their SEQUENCE and LAST-MODIFIED, changed ones are
    raised. ``now`` is the time a new or changed event is stamped with (default
    :func:`export_time`).
    """
    before = revisions(previous) if isinstance(previous, bytes) else dict(previous or {})
    stamp = now or export_time()
    cal = icalendar.Calendar()
    cal.add("prodid", "-//kbfa//årshjul//SV")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    name = render(T, "calname", lang, year=year, name=g.municipality.name)
    cal.add("x-wr-calname", name)
    seen: dict[str, int] = {}
    for e in group_occurrences(occurrences):
        base = uid(g, year, e.first, series=e.is_series)
        # Two items the config cannot tell apart (e.g. the same report written in two
        # places) would share a UID and overwrite each other: number the repeats.
        seen[base] = seen.get(base, 0) + 1
        local, _, domain = base.partition("@")
        event_uid = base if seen[base] == 1 else f"{local}-{seen[base]}@{domain}"
        ev = _event(g, e, lang, locate, event_uid)
        _stamp(ev, before.get(event_uid), stamp)
        cal.add_component(ev)
    data: bytes = cal.to_ical()
    return data


#: The names a calendar file may have.
SUFFIXES = (".ics",)


def previous_export(
    path: str | os.PathLike[str],
    *,
    inputs: Sequence[str | os.PathLike[str]] = (),
    lang: Lang = "sv",
) -> bytes | None:
    """The earlier export that writing to ``path`` would replace, or None if there is none.

    Only a regular file at ``path`` is an earlier export: ``-`` (standard output), a
    FIFO, a device or a path with no file yet has none, and an unreadable or oversized
    file counts as none (every event then starts afresh). A target :func:`write_ics`
    would refuse (not ``.ics``, one of ``inputs``) raises
    :class:`~kbfa.errors.OutputError` here already, before the work.
    """
    target = check_output(path, suffixes=SUFFIXES, protected=inputs, lang=lang)
    if target.replaces is None:
        return None
    try:
        return read_input(target.replaces, lang=lang)
    except InputRefused:
        return None


def write_ics(
    path: str | os.PathLike[str],
    data: bytes,
    *,
    inputs: Sequence[str | os.PathLike[str]] = (),
    lang: Lang = "sv",
) -> str:
    """Write ``data`` to ``path`` (an ``.ics`` file, or ``-`` for standard output) whole
    or not at all, never over one of ``inputs``: see :func:`kbfa.files.write_output`.
    Returns the path as shown.
    """
    return write_output(path, data, suffixes=SUFFIXES, protected=inputs, lang=lang)
