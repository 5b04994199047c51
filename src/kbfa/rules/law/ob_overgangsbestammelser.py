"""Övergångsbestämmelserna till lag (2023:196): in force 2023-07-01, the first plan by 2024-07-01.

References (https://lagen.nu/2023:196#overgang):
- 1 p.: the law enters into force on 2023-07-01 (every rule of the law applies
  from then; ``LAW_IN_FORCE``);
- 2 p.: a municipality need not decide an åtgärdsplan under 5 § before 2024-07-01;
  the first plan was due by that day ("senast", so 2024-07-01 itself is on time).

A first plan adopted late is history once it is adopted: the gap is remedied and
is reported as information, not as a breach that can never be fixed.
"""

from __future__ import annotations

from collections.abc import Iterator

from kbfa.i18n import Catalogue
from kbfa.rules._context import Context
from kbfa.rules._rule import PLAN_IN_FORCE, Outcome, Rule, law, law_rule
from kbfa.rules._verdicts import Situation, Verdict
from kbfa.rules.law._common import MUST, PRACTICE, plans
from kbfa.rules.law.p05_atgardsplan import adoptions

__all__ = ["RULES"]

M: Catalogue = {
    "no_plan": {
        "sv": "Styrdokumentet beskriver ingen åtgärdsplan (se KBFA-L5A), så någon första "
        "åtgärdsplan har inte beslutats senast den 1 juli 2024.",
        "en": "The steering document describes no åtgärdsplan (see KBFA-L5A), so no first plan "
        "was decided by 1 July 2024.",
    },
    "no_adoption": {
        "sv": "Inget beslut om den första åtgärdsplanen är registrerat.",
        "en": "No decision adopting the first åtgärdsplan is recorded.",
    },
    "on_time": {
        "sv": "Den första åtgärdsplanen beslutades {date} ({ref}), senast den 1 juli 2024 som "
        "övergångsbestämmelserna kräver.",
        "en": "The first åtgärdsplan was adopted on {date} ({ref}), by 1 July 2024 as the "
        "transitional provisions require.",
    },
    "late": {
        "sv": "Den första åtgärdsplanen beslutades {date} ({ref}), efter den 1 juli 2024 "
        "(övergångsbestämmelserna 2 p.). Bristen är avhjälpt genom det beslutet.",
        "en": "The first åtgärdsplan was adopted on {date} ({ref}), after 1 July 2024 "
        "(transitional provisions, point 2). The gap was remedied by that decision.",
    },
}


def _first_plan(ctx: Context) -> Iterator[Outcome]:
    found = plans(ctx)
    if not found:
        msg = ctx.say(M, "no_plan")
        yield Outcome(Verdict.EJ_UPPFYLLT, ("deliverables",), msg, situation=Situation.MISSING_STEP)
        return
    recorded = adoptions(ctx)
    if not recorded:
        msg = ctx.say(M, "no_adoption")
        yield Outcome(
            Verdict.EJ_BEDOMBART, ctx.path(found[0].id), msg, situation=Situation.UNRECORDED
        )
        return
    date, ref, path, _ = recorded[0]
    if date <= PLAN_IN_FORCE:
        yield Outcome(Verdict.UPPFYLLT, path, ctx.say(M, "on_time", date=date, ref=ref))
    else:
        # Historical: nothing can be done about a missed deadline once the plan exists.
        msg = ctx.say(M, "late", date=date, ref=ref)
        yield Outcome(
            Verdict.DELVIS, path, msg, situation=Situation.MISSING_STEP, informational=True
        )


RULES: tuple[Rule, ...] = (
    law_rule(
        "KBFA-LOBA",
        law(None, transitional=True),
        strength=MUST,
        level=PRACTICE,
        duty="OB",
        in_force=PLAN_IN_FORCE,
        title=("Första åtgärdsplanen senast 2024-07-01", "First action plan by 2024-07-01"),
        paraphrase=(
            "Enligt övergångsbestämmelserna behövde kommunen inte besluta en åtgärdsplan enligt "
            "5 § före den 1 juli 2024; då skulle den första vara beslutad. En sen första plan är "
            "en historisk uppgift när planen väl är beslutad.",
            "Under the transitional provisions the first action plan under s. 5 was due by 1 July "
            "2024; a late first plan is history once it is adopted.",
        ),
        satisfied=(
            'Det tidigaste belägget "adopted" för en åtgärdsplan är daterat senast 2024-07-01.',
            'The earliest "adopted" record for a plan is dated on or before 2024-07-01.',
        ),
        fix=(
            "Registrera beslutet om kommunens första åtgärdsplan under [[evidence]].",
            "Record the decision on the municipality's first plan under [[evidence]].",
        ),
        action=(
            "Det organ som beslutar åtgärdsplanen beslutar kommunens första åtgärdsplan utan "
            "dröjsmål (den skulle ha beslutats senast den 1 juli 2024), och beslutet "
            "diarieförs.",
            "The body that decides the action plan decides the municipality's first action "
            "plan without delay (it was due by 1 July 2024), and the decision is registered.",
        ),
        check=_first_plan,
    ),
)
