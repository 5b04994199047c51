"""7 § lag (2023:196): integrate the work with analysis and planning under other statutes.

Reference (https://lagen.nu/2023:196#P7): the work on the lägesbild and the
åtgärdsplan shall, "i den utsträckning som det är lämpligt", be integrated
(integreras) with analysis and planning under other statutes, e.g. the risk and
vulnerability analysis under lagen (2006:544) or the handlingsprogram under lagen
(2003:778) om skydd mot olyckor. A qualified duty: a gap is a warning.
"""

from __future__ import annotations

from collections.abc import Iterator

from kbfa.i18n import Catalogue
from kbfa.rules._context import Context
from kbfa.rules._rule import Outcome, Rule, law, law_rule
from kbfa.rules._verdicts import Situation, Verdict
from kbfa.rules.law._common import DESIGN, QUALIFIED, lagesbilder, plans

__all__ = ["RULES"]

M: Catalogue = {
    "integrates": {
        "sv": "Arbetet med lägesbild och åtgärdsplan integreras med {what}.",
        "en": "The work on the lägesbild and the plan is integrated with {what}.",
    },
    "not_integrated": {
        "sv": "Det anges inte att arbetet med lägesbild och åtgärdsplan integreras med analys- "
        "och planeringsarbete enligt andra författningar (t.ex. risk- och sårbarhetsanalysen "
        "enligt lagen (2006:544) eller handlingsprogrammet enligt lagen (2003:778) om skydd mot "
        "olyckor). Skyldigheten gäller i den utsträckning det är lämpligt.",
        "en": "The work on the lägesbild and the plan is not stated to be integrated with "
        "analysis and planning under other statutes (e.g. the risk and vulnerability analysis "
        "under Act 2006:544). The duty applies to the extent suitable.",
    },
    "nothing": {
        "sv": "Det finns varken lägesbild eller åtgärdsplan att integrera (se KBFA-L4A och "
        "KBFA-L5A).{also}",
        "en": "There is neither a lägesbild nor a plan to integrate (see KBFA-L4A and "
        "KBFA-L5A).{also}",
    },
    "also": {
        "sv": " Styrdokumentet självt är en del av {what}.",
        "en": " The steering document itself is part of {what}.",
    },
}


def _integration(ctx: Context) -> Iterator[Outcome]:
    doc = ctx.g.steering_document
    of_document = doc.integrates_with if doc is not None else ()
    items = lagesbilder(ctx) + plans(ctx)
    if not items:
        also = ctx.say(M, "also", what="; ".join(of_document)) if of_document else ""
        msg = ctx.say(M, "nothing", also=also)
        yield Outcome(
            Verdict.EJ_BEDOMBART, ("deliverables",), msg, situation=Situation.MISSING_STEP
        )
        return
    for d in items:
        if d.integrates_with:
            what = "; ".join(d.integrates_with)
            path = ctx.path(d.id, "integrates_with")
            yield Outcome(Verdict.UPPFYLLT, path, ctx.say(M, "integrates", what=what))
            return
    if of_document:
        # The steering document as a whole is part of the other planning, and with it the work.
        path = ("steering_document", "integrates_with")
        yield Outcome(Verdict.UPPFYLLT, path, ctx.say(M, "integrates", what="; ".join(of_document)))
        return
    yield Outcome(
        Verdict.EJ_UPPFYLLT,
        ctx.path(items[0].id, "integrates_with"),
        ctx.say(M, "not_integrated"),
        situation=Situation.MISSING_STEP,
    )


RULES: tuple[Rule, ...] = (
    law_rule(
        "KBFA-L7A",
        law(7),
        strength=QUALIFIED,
        level=DESIGN,
        duty="7",
        title=(
            "Integrering med annan analys och planering",
            "Integration with other analysis and planning",
        ),
        paraphrase=(
            "Arbetet med lägesbild och åtgärdsplan ska, i den utsträckning det är lämpligt, "
            "integreras med analys- och planeringsarbete enligt andra författningar.",
            "Work on the lägesbild and the plan must be integrated, to the extent suitable, with "
            "analysis and planning under other statutes.",
        ),
        satisfied=(
            "Lägesbilden, åtgärdsplanen eller styrdokumentet anger integrates_with (t.ex. "
            "risk- och sårbarhetsanalysen enligt lagen (2006:544), handlingsprogrammet enligt "
            "lagen (2003:778) om skydd mot olyckor).",
            "The lägesbild, the plan or the steering document lists integrates_with.",
        ),
        fix=(
            "Ange i integrates_with vilket annat analys- och planeringsarbete enligt lag som "
            "arbetet integreras med, där det är lämpligt.",
            "List in integrates_with the other statutory analysis and planning the work is "
            "integrated with, where suitable.",
        ),
        action=(
            "{Lead} prövar i vilken utsträckning arbetet kan integreras med kommunens "
            "analys- och planeringsarbete enligt andra lagar, till exempel krisberedskap och "
            "socialtjänst, och styrdokumentet anger det.",
            "{Lead} considers to what extent the work can be integrated with the "
            "municipality's analysis and planning under other Acts, such as emergency "
            "preparedness and social services, and the steering document states it.",
        ),
        check=_integration,
    ),
)
