"""The årshjul as an RFC 5545 calendar file (.ics) for the coordinator's mail client.

Written with the ``icalendar`` library (imported here, and this module only by the
``calendar`` command, so ``import kbfa`` stays light). Choices:

- Every event is all-day: no document gives a time of day. A window (vår, tertial 2,
  vecka 7) is one event spanning the window, ``DTEND`` exclusive (the day after).
- A weekly series is one event with ``RRULE:FREQ=WEEKLY;COUNT=n`` spanning its ISO week,
  since no document gives the weekday; the description says so.
- Deadlines (everything but meetings and dialogues) carry a ``VALARM`` 14 days ahead: of
  the date, or of the end of the window (``RELATED=END``). Deadlines that cannot be dated
  (no evidence, year unknown) and overdue ones get no reminder.
- Events are ``TRANSP:TRANSPARENT``: a window is not busy time.
- ``UID`` is built from the year, the municipality, the kind, the subject, the recipient,
  the slot and the number in the year, never from a clock or a random source, so
  importing a regenerated file updates events instead of duplicating them.
- ``DTSTAMP`` is 1 January of the year, 00:00 UTC: the same input gives byte-identical
  output. (Clients that insist on a newer ``DTSTAMP``/``SEQUENCE`` to accept a change
  may keep an old copy; delete and re-import in that case.)
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence

import icalendar

from kbfa.files import write_output
from kbfa.i18n import Catalogue, Lang, render
from kbfa.model import Governance
from kbfa.outputs.calendar_text import Entry, Locate, group_occurrences, notes, when
from kbfa.schedule import Flag, Occurrence, OccurrenceKind

__all__ = ["REMINDER_DAYS", "build_ics", "uid", "write_ics"]

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
    """A stable identifier: same config and year, same UID; no clock, no randomness."""
    parts = [str(year), o.kind.value, o.subject]
    if o.to:
        parts.append("to-" + "-".join(o.to))
    parts.append(f"s{o.slot}")
    parts.append(f"w{o.recurrence.slot}" if series and o.recurrence else str(o.index))
    return "-".join(parts) + f"@{g.municipality.organisation}.kbfa"


def _summary(o: Occurrence, e: Entry, lang: Lang) -> str:
    title = o.title_in(lang)
    if not e.is_series and o.count > 1:
        title += f" ({o.index}/{o.count})"
    if Flag.ASSUMED in o.flags:  # the window is the engine's choice: say so where it shows
        title += " " + render(T, "assumed", lang)
    return title


def _event(
    g: Governance,
    e: Entry,
    lang: Lang,
    locate: Locate | None,
    stamp: dt.datetime,
    event_uid: str,
) -> icalendar.Event:
    o = e.first
    ev = icalendar.Event()
    ev.add("uid", event_uid)
    ev.add("dtstamp", stamp)
    ev.add("summary", _summary(o, e, lang))
    ev.add("dtstart", o.start)
    ev.add("dtend", o.end + dt.timedelta(days=1))  # exclusive, RFC 5545 3.6.1
    if e.is_series and o.recurrence is not None:
        rec = o.recurrence
        ev.add("rrule", {"freq": rec.freq, "interval": rec.interval, "count": rec.count})
    text = [render(T, "when", lang, when=when(e, lang)), *notes(g, e, lang, locate)]
    ev.add("description", "\n".join([*text, render(T, "made_by", lang)]))
    words = _KIND_WORDS[o.kind]
    ev.add("categories", [words[0] if lang == "sv" else words[1]])
    ev.add("transp", "TRANSPARENT")
    if o.kind not in _NOT_DEADLINES and not (o.flags & _NO_REMINDER):
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", render(T, "reminder", lang, title=o.title_in(lang)))
        params = {} if o.date is not None else {"RELATED": "END"}
        alarm.add("trigger", dt.timedelta(days=-REMINDER_DAYS), parameters=params)
        ev.add_component(alarm)
    return ev


def build_ics(
    g: Governance,
    occurrences: Sequence[Occurrence],
    year: int,
    lang: Lang = "sv",
    *,
    locate: Locate | None = None,
) -> bytes:
    """The calendar file's bytes: one event per occurrence, one per weekly series."""
    cal = icalendar.Calendar()
    cal.add("prodid", "-//kbfa//årshjul//SV")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    name = render(T, "calname", lang, year=year, name=g.municipality.name)
    cal.add("x-wr-calname", name)
    stamp = dt.datetime(year, 1, 1, tzinfo=dt.UTC)
    seen: dict[str, int] = {}
    for e in group_occurrences(occurrences):
        base = uid(g, year, e.first, series=e.is_series)
        # Two items the config cannot tell apart (e.g. the same report written in two
        # places) would share a UID and overwrite each other: number the repeats.
        seen[base] = seen.get(base, 0) + 1
        local, _, domain = base.partition("@")
        event_uid = base if seen[base] == 1 else f"{local}-{seen[base]}@{domain}"
        cal.add_component(_event(g, e, lang, locate, stamp, event_uid))
    data: bytes = cal.to_ical()
    return data


def write_ics(
    path: str | os.PathLike[str],
    data: bytes,
    *,
    inputs: Sequence[str | os.PathLike[str]] = (),
    lang: Lang = "sv",
) -> str:
    """Write ``data`` to ``path`` (an ``.ics`` file, or ``-`` for standard output) whole
    or not at all, never over one of ``inputs``: see :func:`kbfa.files.write_output`.
    """
    return write_output(path, data, suffixes=(".ics",), protected=inputs, lang=lang)
