"""Checks of the config's own waivers and explanations (``[[waivers]]``, ``[[explanations]]``).

A waiver (undantag) is a municipal decision to depart from one of Brå's or its own
rules until a date ("gäller till och med": the expiry day is still covered). A rule
of the law cannot be waived: no municipal decision sets a statute aside. The loader
refuses such a waiver in a file; these rules also catch one in a model built in
code, and a waiver or explanation that names no rule of the municipality.

Applying a waiver (turning a finding into "undantag") and showing an explanation
beside its finding are the engine's job (:mod:`kbfa.evaluation`).
"""

from __future__ import annotations

from collections.abc import Iterator

from kbfa.i18n import Catalogue
from kbfa.model import Strength
from kbfa.rules._context import Context
from kbfa.rules._rule import LAW_IN_FORCE, LegalReference, Outcome, Rule, RuleSource, Words
from kbfa.rules._verdicts import Level, Situation, Verdict

__all__ = ["RULES", "is_law_code"]

M: Catalogue = {
    "none": {
        "sv": "Inga undantag eller förklaringar är beslutade.",
        "en": "No waivers or explanations are decided.",
    },
    "known": {
        "sv": "Undantaget avser regeln {code}.",
        "en": "The waiver concerns the rule {code}.",
    },
    "explained": {
        "sv": "Förklaringen avser regeln {code}.",
        "en": "The explanation concerns the rule {code}.",
    },
    "unknown": {
        "sv": "{what} avser ”{code}”, som inte är en regel för den här kommunen; det gäller "
        "därför ingenting. Rätta koden (se kbfa rules).",
        "en": "{what} concerns “{code}”, which is not a rule for this municipality, so it "
        "applies to nothing. Correct the code (see kbfa rules).",
    },
    "w_waiver": {"sv": "Undantaget", "en": "The waiver"},
    "w_explanation": {"sv": "Förklaringen", "en": "The explanation"},
    "law": {
        "sv": "Undantaget avser {code}, en regel i lagen; ett kommunalt beslut kan inte sätta en "
        "lag ur spel, så undantaget gäller inte. Använd en förklaring ([[explanations]]) i "
        "stället.",
        "en": "The waiver concerns {code}, a rule of the law; no municipal decision can set a "
        "statute aside, so the waiver does not apply. Use an explanation instead.",
    },
    "current": {
        "sv": "Undantaget för {code} gäller{until}.",
        "en": "The waiver for {code} is in force{until}.",
    },
    "until": {"sv": " till och med {date}", "en": " until {date}"},
    "expired": {
        "sv": "Undantaget för {code} ({decision}) gällde till och med {date} och har löpt ut; "
        "regeln bedöms nu som vanligt.",
        "en": "The waiver for {code} ({decision}) ran until {date} and has expired; the rule is "
        "assessed as usual again.",
    },
}

_REFERENCE = LegalReference(
    document="Kommunens beslut om undantag och förklaringar", heading="[[waivers]]"
)


def is_law_code(code: str) -> bool:
    """Whether ``code`` names a rule of the law (``KBFA-L…``), which cannot be waived."""
    return code.startswith("KBFA-L")


def _known(ctx: Context) -> Iterator[Outcome]:
    if not ctx.g.waivers and not ctx.g.explanations:
        yield Outcome(Verdict.EJ_TILLAMPLIG, ("waivers",), ctx.say(M, "none"))
        return
    for i, w in enumerate(ctx.g.waivers):
        path = ("waivers", i, "rule")
        if is_law_code(w.rule):
            msg = ctx.say(M, "law", code=w.rule)
            yield Outcome(Verdict.EJ_UPPFYLLT, path, msg, situation=Situation.CONTRARY)
        elif w.rule in ctx.known_codes:
            yield Outcome(Verdict.UPPFYLLT, path, ctx.say(M, "known", code=w.rule))
        else:
            what = ctx.say(M, "w_waiver")
            msg = ctx.say(M, "unknown", what=what, code=w.rule)
            yield Outcome(Verdict.EJ_UPPFYLLT, path, msg, situation=Situation.CONTRARY)
    for i, e in enumerate(ctx.g.explanations):
        path = ("explanations", i, "rule")
        if e.rule in ctx.known_codes:
            yield Outcome(Verdict.UPPFYLLT, path, ctx.say(M, "explained", code=e.rule))
        else:
            what = ctx.say(M, "w_explanation")
            msg = ctx.say(M, "unknown", what=what, code=e.rule)
            yield Outcome(Verdict.EJ_UPPFYLLT, path, msg, situation=Situation.CONTRARY)


def _current(ctx: Context) -> Iterator[Outcome]:
    if not ctx.g.waivers:
        yield Outcome(Verdict.EJ_TILLAMPLIG, ("waivers",), ctx.say(M, "none"))
        return
    for i, w in enumerate(ctx.g.waivers):
        # "Till och med": the waiver still covers its expiry day.
        if w.expires is not None and w.expires < ctx.as_of:
            msg = ctx.say(M, "expired", code=w.rule, decision=w.decision, date=w.expires)
            yield Outcome(
                Verdict.EJ_UPPFYLLT,
                ("waivers", i, "expires"),
                msg,
                situation=Situation.MISSING_STEP,
            )
        else:
            until = ctx.say(M, "until", date=w.expires) if w.expires else ""
            yield Outcome(
                Verdict.UPPFYLLT, ("waivers", i), ctx.say(M, "current", code=w.rule, until=until)
            )


RULES: tuple[Rule, ...] = (
    Rule(
        code="KBFA-W1",
        source=RuleSource.LOCAL,
        reference=_REFERENCE,
        strength=Strength.MUST,
        in_force=LAW_IN_FORCE,
        level=Level.DESIGN,
        titles=Words(
            "Undantag och förklaringar avser en känd regel",
            "Waivers and explanations name a known rule",
        ),
        paraphrases=Words(
            "Ett undantag gäller bara om det anger koden för en av Brås eller kommunens egna "
            "regler; en regel i lagen kan inte undantas, och en felstavad kod undantar "
            "ingenting. En förklaring visas bara om den anger en regel som finns för kommunen.",
            "A waiver applies only if it names one of Brå's or the municipality's own rules; a "
            "rule of the law cannot be waived and a misspelt code waives nothing. An explanation "
            "is shown only if it names a rule that exists for the municipality.",
        ),
        satisfied=Words(
            "Varje [[waivers]].rule är en regelkod för Brås eller kommunens egna regler, och "
            "varje [[explanations]].rule en regelkod som kbfa känner till.",
            "Every [[waivers]].rule is a code of Brå's or the municipality's rules, and every "
            "[[explanations]].rule a known code.",
        ),
        fixes=Words(
            "Rätta koden (kbfa rules listar koderna); för en regel i lagen, skriv en förklaring "
            "under [[explanations]] i stället för ett undantag.",
            "Correct the code (kbfa rules lists them); for a rule of the law, write an "
            "explanation under [[explanations]] instead of a waiver.",
        ),
        actions=Words(
            "{Lead} rättar beslutet om undantag: ett undantag kan avse kommunens egna krav eller "
            "Brås råd, aldrig lagen. En avvikelse från lagen förklaras i stället.",
            "{Lead} corrects the waiver decision: a waiver can cover the municipality's own "
            "rules or Brå's advice, never the law. A departure from the law is explained "
            "instead.",
        ),
        check=_known,
    ),
    Rule(
        code="KBFA-W2",
        source=RuleSource.LOCAL,
        reference=_REFERENCE,
        strength=Strength.MUST,
        in_force=LAW_IN_FORCE,
        level=Level.DESIGN,
        titles=Words("Undantaget gäller fortfarande", "The waiver is still in force"),
        paraphrases=Words(
            "Ett undantag med slutdatum gäller till och med det datumet; därefter bedöms "
            "regeln som vanligt. Rapporteras som information.",
            "A waiver with an expiry date applies until and including that date; afterwards the "
            "rule is assessed as usual. Reported as information.",
        ),
        satisfied=Words(
            "Inget undantag har passerat sitt slutdatum (expires).",
            "No waiver is past its expiry date.",
        ),
        fixes=Words(
            "Förnya undantaget genom ett nytt beslut, eller ta bort det.",
            "Renew the waiver by a new decision, or remove it.",
        ),
        actions=Words(
            "{Lead} förnyar undantaget genom ett nytt beslut, eller låter det upphöra.",
            "{Lead} renews the waiver by a new decision, or lets it end.",
        ),
        check=_current,
        informational=True,
    ),
)
