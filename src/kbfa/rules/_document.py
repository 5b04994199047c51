"""Whether a steering document applies on the evaluation date: governance in time.

A steering document counts from its decision (and from the start of its validity,
if later) until the end of its validity; "tills vidare" has no end. One that was
never decided is not decided governance. Each document counts on its own: the main
``[steering_document]`` and every further one under ``[[documents]]``. The evaluation
judges the governance that applied on the date asked about:

- the municipality's own rules (``KBFA-K-…``) apply only while the document they are
  in does;
- what the law's and Brå's design rules credit to the document ("uppfyllt") is
  "ej bedömbart: inget gällande styrdokument" when it does not apply;
- before the decision the config describes governance that did not yet exist, so
  no design finding at all is drawn from it.

The engine applies this to every rule; no check has to know about it.
"""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from kbfa.i18n import Catalogue, Lang, render
from kbfa.i18n.terms import period_text
from kbfa.model import Governance, SteeringDocument

__all__ = [
    "DocumentState",
    "DocumentTime",
    "document_time",
    "document_times",
    "in_period",
    "time_of",
]


class DocumentState(enum.StrEnum):
    """Whether the steering document applies on a date."""

    NONE = "none"  # the config has no steering document: nothing to date
    IN_FORCE = "in_force"
    NOT_YET = "not_yet"  # decided (or valid) only after the date
    UNDECIDED = "undecided"  # no decision is recorded: not decided governance
    EXPIRED = "expired"  # its validity ended before the date


M: Catalogue = {
    "not_yet": {
        "sv": 'Inget gällande styrdokument per {as_of}: "{title}" beslutades {date} och gäller '
        "från {start}.",
        "en": 'No steering document applied on {as_of}: "{title}" was decided on {date} and '
        "applies from {start}.",
    },
    "not_yet_start": {
        "sv": 'Inget gällande styrdokument per {as_of}: "{title}" gäller från {start}.',
        "en": 'No steering document applied on {as_of}: "{title}" applies from {start}.',
    },
    "undecided": {
        "sv": 'Inget gällande styrdokument: inget beslut om "{title}" är registrerat, och ett '
        "dokument som inte är beslutat är inte beslutad styrning.",
        "en": 'No steering document applies: no decision on "{title}" is recorded, and a '
        "document never decided is not decided governance.",
    },
    "undecided_expired": {
        "sv": 'Inget gällande styrdokument per {as_of}: inget beslut om "{title}" är registrerat, '
        "och dess period {period} har löpt ut.",
        "en": 'No steering document applied on {as_of}: no decision on "{title}" is recorded, '
        "and its period {period} has ended.",
    },
    "other_undecided": {
        "sv": 'Inget beslut om "{title}" är registrerat; ett dokument som inte är beslutat är '
        "inte beslutad styrning, så dess krav gäller inte.",
        "en": 'No decision on "{title}" is recorded; a document never decided is not decided '
        "governance, so its requirements do not apply.",
    },
    "other_undecided_expired": {
        "sv": 'Inget beslut om "{title}" är registrerat, och dess period {period} har löpt ut per '
        "{as_of}; dess krav gäller inte.",
        "en": 'No decision on "{title}" is recorded, and its period {period} had ended on '
        "{as_of}; its requirements do not apply.",
    },
    "other_expired": {
        "sv": '"{title}" gällde {period} och har löpt ut per {as_of}; dess krav gäller inte.',
        "en": '"{title}" was valid {period} and had expired on {as_of}; its requirements do not '
        "apply.",
    },
    "expired": {
        "sv": 'Inget gällande styrdokument per {as_of}: "{title}" gällde {period} och har löpt ut.',
        "en": 'No steering document applied on {as_of}: "{title}" was valid {period} and has '
        "expired.",
    },
}


@attrs.frozen
class DocumentTime:
    """The steering document's state on one date, with the sentence that explains it."""

    state: DocumentState
    as_of: dt.date
    title: str = ""
    decided: dt.date | None = None
    start: dt.date | None = None  # the first day it applies
    end: dt.date | None = None  # the last day it applies (inclusive)
    document: SteeringDocument | None = attrs.field(default=None, eq=False, repr=False)
    #: The main ``[steering_document]`` (False: one of ``[[documents]]``, whose lapse
    #: leaves the rest of the governance standing).
    main: bool = True
    #: Whether the config's governance applies on the date (a document in force, or none);
    #: read for every finding, so computed once.
    applies: bool = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        applies = self.state in (DocumentState.IN_FORCE, DocumentState.NONE)
        object.__setattr__(self, "applies", applies)

    def why(self, lang: Lang = "sv") -> str:
        """Why no steering document applies on the date ("" when one does)."""
        d = self.document
        if self.applies or d is None:
            return ""
        if self.state is DocumentState.NOT_YET:
            if self.decided is not None:
                return render(
                    M,
                    "not_yet",
                    lang,
                    as_of=self.as_of,
                    title=self.title,
                    date=self.decided,
                    start=self.start,
                )
            return render(
                M, "not_yet_start", lang, as_of=self.as_of, title=self.title, start=self.start
            )
        period = period_text(d.validity, lang) if d.validity else str(self.end)
        other = "" if self.main else "other_"
        if self.state is DocumentState.UNDECIDED:
            if self.end is not None and self.end < self.as_of:
                key = f"{other}undecided_expired"
                return render(M, key, lang, as_of=self.as_of, title=self.title, period=period)
            return render(M, f"{other}undecided", lang, title=self.title)
        key = f"{other}expired"
        return render(M, key, lang, as_of=self.as_of, title=self.title, period=period)


def in_period(start: dt.date | None, end: dt.date | None, day: dt.date) -> bool:
    """Whether ``day`` lies in [start, end]; a missing bound is open. ``end`` is included."""
    return (start is None or start <= day) and (end is None or day <= end)


def document_time(g: Governance, as_of: dt.date) -> DocumentTime:
    """The state of ``g``'s main steering document on ``as_of``."""
    return time_of(g.steering_document, as_of)


def document_times(g: Governance, as_of: dt.date) -> dict[str | None, DocumentTime]:
    """The state of every steering document on ``as_of``, by id (None: the main one).

    Each document counts on its own, from its decision until its validity ends: a
    council's own rules may apply while an older plan has expired.
    """
    out: dict[str | None, DocumentTime] = {None: time_of(g.steering_document, as_of)}
    for d in g.documents:
        out[d.id] = time_of(d, as_of, main=False)
    return out


def time_of(d: SteeringDocument | None, as_of: dt.date, *, main: bool = True) -> DocumentTime:
    """The state of one steering document on ``as_of`` (None: there is none)."""
    if d is None:
        return DocumentTime(DocumentState.NONE, as_of)
    decided = d.decision.date if d.decision is not None else None
    validity = d.validity
    starts = [x for x in (decided, validity.start if validity else None) if x is not None]
    start = max(starts) if starts else None
    end = validity.end if validity is not None else None
    if d.decision is None:
        state = DocumentState.UNDECIDED
    elif start is not None and as_of < start:
        state = DocumentState.NOT_YET
    elif end is not None and end < as_of:
        state = DocumentState.EXPIRED
    else:
        state = DocumentState.IN_FORCE
    return DocumentTime(
        state,
        as_of,
        title=d.title,
        decided=decided,
        start=start,
        end=end,
        document=d,
        main=main,
    )
