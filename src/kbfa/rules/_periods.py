"""Whether something with a period (agreement, citizen promise) is valid on the date.

Shared by 9 § (agreements), Brå's checks of citizen promises and the municipality's
own rules. ``end`` is the last valid day ("till och med"). A rolling period (in years,
months or mandate periods, :meth:`kbfa.model.Period.term_end`) counts from the latest
signing or adoption and runs out on the day before the anniversary: signed 2025-03-01
for two years, its last day is 2027-02-28.
"""

from __future__ import annotations

import datetime as dt

import attrs

from kbfa.i18n import Catalogue
from kbfa.i18n.terms import period_text, term_text
from kbfa.model import Decision, EvidenceKind, Period
from kbfa.rules._context import Context
from kbfa.rules._rule import Outcome
from kbfa.rules._verdicts import Situation, Verdict

__all__ = ["period_applies", "period_state", "period_words"]

M: Catalogue = {
    "valid": {"sv": "{what} gäller {period}.", "en": "{what} is valid {period}."},
    "expired": {
        "sv": "{what} gällde till och med {end} och har löpt ut.",
        "en": "{what} was valid until {end} and has expired.",
    },
    "future": {
        "sv": "{what} gäller först från {start}.",
        "en": "{what} only applies from {start}.",
    },
    "rolling": {
        "sv": "{what} gäller {length} från {date} ({ref}), till och med {end}.",
        "en": "{what} runs {length} from {date} ({ref}), until {end}.",
    },
    "rolling_expired": {
        "sv": "{what} gällde {length} från {date} ({ref}), till och med {end}, och har löpt ut.",
        "en": "{what} ran {length} from {date} ({ref}), until {end}, and has expired.",
    },
    "rolling_none": {
        "sv": "{what} gäller {length} åt gången, men inget registrerat undertecknande eller "
        "beslut visar när perioden började.",
        "en": "{what} runs {length} at a time, but no recorded signing or decision shows "
        "when the period began.",
    },
    "missing": {
        "sv": "Det är inte registrerat under vilken period {what_lower} gäller.",
        "en": "It is not recorded for which period {what_lower} is valid.",
    },
}


@attrs.frozen
class _Status:
    """Where the date falls in a period: the message key and what the message needs."""

    #: "missing", "expired", "future", "rolling_none", "rolling_expired", "rolling" or "valid"
    key: str
    end: dt.date | None = None
    start: dt.date | None = None
    began: dt.date | None = None
    ref: str = ""


def _status(
    ctx: Context, period: Period | None, subject: str, adopted: Decision | None = None
) -> _Status:
    if period is None or not period.stated:
        return _Status("missing")
    if period.end is not None and period.end < ctx.as_of:
        return _Status("expired", end=period.end)
    if period.start is not None and period.start > ctx.as_of:
        return _Status("future", start=period.start)
    if period.rolling:
        records = ctx.evidence(subject, EvidenceKind.SIGNED, EvidenceKind.ADOPTED)
        ref = ""
        decided = adopted.date if adopted is not None and adopted.date else None
        if decided is not None and decided > ctx.as_of:
            decided = None  # a decision after the date is not yet a fact
        if records and (decided is None or records[-1].date >= decided):
            began, ref = records[-1].date, str(records[-1].reference)
        elif decided is not None and adopted is not None:
            began, ref = decided, _decision_ref(ctx, adopted)
        elif period.start is not None:
            began = period.start
        else:
            return _Status("rolling_none")
        # The term's last day (inclusive), counted as the årshjul counts its expiry.
        end = period.term_end(began)
        assert end is not None  # a rolling period has terms
        key = "rolling_expired" if end < ctx.as_of else "rolling"
        return _Status(key, end=end, began=began, ref=ref)
    return _Status("valid")


def _decision_ref(ctx: Context, d: Decision) -> str:
    """A decision as a reference: "Kommunstyrelsen 2025-12-01 § 12"."""
    who = ctx.name(d.body) if d.body else ""
    return " ".join(x for x in (who, str(d.date) if d.date else "", d.paragraph or "") if x)


def period_applies(
    ctx: Context, period: Period | None, subject: str, adopted: Decision | None = None
) -> bool | None:
    """Whether something with ``period`` is valid on the date; None when that is not recorded.

    The same reading as :func:`period_state`, without its words.
    """
    key = _status(ctx, period, subject, adopted).key
    if key in ("missing", "rolling_none"):
        return None
    return key in ("rolling", "valid")


def period_state(
    ctx: Context,
    what: str,
    period: Period | None,
    subject: str,
    path: tuple[str | int, ...],
    adopted: Decision | None = None,
) -> Outcome:
    """Whether something with ``period`` is valid on the date.

    ``what`` names it at the start of a sentence ("Överenskommelsen "X""). A period
    not stated is "ej bedömbart" (unrecorded); one that has ended is "ej uppfyllt";
    one that starts later is "ej tillämplig" (it does not yet apply). A rolling period
    counts from the latest signing or adoption record, or from ``adopted`` (the item's
    own decision, e.g. a medborgarlöfte's) when that is later.
    """
    st = _status(ctx, period, subject, adopted)
    match st.key:
        case "missing":
            msg = ctx.say(M, "missing", what_lower=what[:1].lower() + what[1:])
            return Outcome(Verdict.EJ_BEDOMBART, path, msg, situation=Situation.UNRECORDED)
        case "expired":
            msg = ctx.say(M, "expired", what=what, end=st.end)
            path = (*path, "end")
            return Outcome(Verdict.EJ_UPPFYLLT, path, msg, situation=Situation.MISSING_STEP)
        case "future":
            msg = ctx.say(M, "future", what=what, start=st.start)
            return Outcome(Verdict.EJ_TILLAMPLIG, (*path, "start"), msg)
        case "rolling_none":
            assert period is not None
            msg = ctx.say(M, "rolling_none", what=what, length=term_text(period, ctx.lang))
            return Outcome(Verdict.EJ_BEDOMBART, path, msg, situation=Situation.UNRECORDED)
        case "rolling" | "rolling_expired":
            assert period is not None
            ref = st.ref or period_text(period, ctx.lang)
            params = {
                "what": what,
                "length": term_text(period, ctx.lang),
                "date": st.began,
                "ref": ref,
                "end": st.end,
            }
            if st.key == "rolling_expired":
                msg = ctx.say(M, "rolling_expired", **params)
                return Outcome(Verdict.EJ_UPPFYLLT, path, msg, situation=Situation.MISSING_STEP)
            return Outcome(Verdict.UPPFYLLT, path, ctx.say(M, "rolling", **params))
    assert period is not None
    return Outcome(
        Verdict.UPPFYLLT, path, ctx.say(M, "valid", what=what, period=period_words(ctx, period))
    )


def period_words(ctx: Context, period: Period) -> str:
    """A period in the reader's words (:func:`kbfa.i18n.terms.period_text`)."""
    return period_text(period, ctx.lang)
