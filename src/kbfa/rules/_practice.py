"""Practice checks shared by rules: did the dated records keep a cadence?"""

from __future__ import annotations

import datetime as dt
import math

from kbfa.i18n import Catalogue
from kbfa.i18n.terms import cadence_text
from kbfa.model import Cadence, Evidence
from kbfa.rules._context import Context
from kbfa.rules._rule import Outcome
from kbfa.rules._time import cadence_months, count_in_window, per_year, window_start
from kbfa.rules._verdicts import Situation, Verdict

__all__ = ["cadence_kept", "rate_ok"]

M: Catalogue = {
    "kept": {
        "sv": "{what}: {n} registrerade {since}–{as_of}, minst {expected} behövs ({how}).",
        "en": "{what}: {n} recorded {since}–{as_of}, at least {expected} needed ({how}).",
    },
    "partly": {
        "sv": "{what}: bara {n} registrerade {since}–{as_of}, minst {expected} behövs ({how}).",
        "en": "{what}: only {n} recorded {since}–{as_of}, at least {expected} needed ({how}).",
    },
    "none_in_window": {
        "sv": "{what}: inga registrerade {since}–{as_of} (senast {last}), minst {expected} "
        "behövs ({how}).",
        "en": "{what}: none recorded {since}–{as_of} (latest {last}), at least {expected} "
        "needed ({how}).",
    },
    "not_due": {
        "sv": "{what}: inget har ännu hunnit bli förfallet ({how}, räknat från {since}).",
        "en": "{what}: nothing has fallen due yet ({how}, counted from {since}).",
    },
    "no_records": {
        "sv": "{what}: inga belägg är registrerade, så det går inte att se att det sker {how}.",
        "en": "{what}: no records are entered, so it cannot be seen to happen {how}.",
    },
}


def rate_ok(actual: Cadence, wanted: Cadence) -> bool:
    """Whether ``actual`` happens at least as often as ``wanted``."""
    return per_year(actual) >= per_year(wanted) - 1e-9


def cadence_kept(
    ctx: Context,
    what: str,
    records: list[Evidence],
    cadence: Cadence,
    since: dt.date | None,
    path: tuple[str | int, ...],
) -> Outcome:
    """Whether ``records`` show ``cadence`` kept over the look-back window ending on the date.

    The window (see :func:`kbfa.rules._time.window_start`) never starts before
    ``since`` (when the rule began to apply); the number expected is pro-rated to it.
    No records at all is "ej bedömbart", never "uppfyllt".
    """
    how = cadence_text(cadence, ctx.lang)
    start, span_months = window_start(cadence, ctx.as_of)
    if since is not None and since > start:
        # The rule began to apply inside the window: expect only the part since then.
        start = since
        span_months = max((ctx.as_of - start).days, 0) / (365.25 / 12)
    expected = math.floor(cadence.times * span_months / cadence_months(cadence) + 1e-9)
    params = {"what": what, "how": how, "since": start, "as_of": ctx.as_of, "expected": expected}
    if not records:
        msg = ctx.say(M, "no_records", **params)
        return Outcome(Verdict.EJ_BEDOMBART, path, msg, situation=Situation.UNRECORDED)
    dates = [r.date for r in records]
    n = count_in_window(dates, start, ctx.as_of)
    last_path = ctx.evidence_path(records[-1])
    if expected == 0:
        return Outcome(Verdict.UPPFYLLT, last_path, ctx.say(M, "not_due", **params))
    if n >= expected:
        return Outcome(Verdict.UPPFYLLT, last_path, ctx.say(M, "kept", n=n, **params))
    if n > 0:
        msg = ctx.say(M, "partly", n=n, **params)
        return Outcome(Verdict.DELVIS, last_path, msg, situation=Situation.MISSING_STEP)
    msg = ctx.say(M, "none_in_window", last=max(dates), **params)
    return Outcome(Verdict.EJ_UPPFYLLT, last_path, msg, situation=Situation.MISSING_STEP)
