"""Checks of the config's own waivers ([[waivers]]): they must name a rule that exists.

Applying a waiver (turning a finding into "undantag") is the engine's job; these
rules report waivers that cannot apply: an unknown rule code, or an expired waiver.
"""

from __future__ import annotations

from collections.abc import Iterator

from kbfa.i18n import Catalogue
from kbfa.model import Strength
from kbfa.rules._context import Context
from kbfa.rules._rule import LAW_IN_FORCE, LegalReference, Outcome, Rule, RuleSource, Words
from kbfa.rules._verdicts import Level, Verdict

__all__ = ["WAIVER_RULES"]

M: Catalogue = {
    "none": {"sv": "Inga undantag är beslutade.", "en": "No waivers are decided."},
    "known": {
        "sv": "Undantaget avser regeln {code}.",
        "en": "The waiver concerns the rule {code}.",
    },
    "unknown": {
        "sv": 'Undantaget avser "{code}", som inte är en regel för den här kommunen; det '
        "gäller därför ingenting. Rätta koden (se kbfa rules).",
        "en": 'The waiver concerns "{code}", which is not a rule for this municipality, so it '
        "waives nothing. Correct the code (see kbfa rules).",
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

_REFERENCE = LegalReference(document="Kommunens beslut om undantag", heading="[[waivers]]")


def _known(ctx: Context) -> Iterator[Outcome]:
    if not ctx.g.waivers:
        yield Outcome(Verdict.EJ_TILLAMPLIG, ("waivers",), ctx.say(M, "none"))
        return
    for i, w in enumerate(ctx.g.waivers):
        path = ("waivers", i, "rule")
        if w.rule in ctx.known_codes:
            yield Outcome(Verdict.UPPFYLLT, path, ctx.say(M, "known", code=w.rule))
        else:
            yield Outcome(Verdict.EJ_UPPFYLLT, path, ctx.say(M, "unknown", code=w.rule))


def _current(ctx: Context) -> Iterator[Outcome]:
    if not ctx.g.waivers:
        yield Outcome(Verdict.EJ_TILLAMPLIG, ("waivers",), ctx.say(M, "none"))
        return
    for i, w in enumerate(ctx.g.waivers):
        if w.expires is not None and w.expires < ctx.as_of:
            msg = ctx.say(M, "expired", code=w.rule, decision=w.decision, date=w.expires)
            yield Outcome(Verdict.EJ_UPPFYLLT, ("waivers", i, "expires"), msg)
        else:
            until = ctx.say(M, "until", date=w.expires) if w.expires else ""
            yield Outcome(
                Verdict.UPPFYLLT, ("waivers", i), ctx.say(M, "current", code=w.rule, until=until)
            )


WAIVER_RULES: tuple[Rule, ...] = (
    Rule(
        code="KBFA-W1",
        source=RuleSource.LOCAL,
        reference=_REFERENCE,
        strength=Strength.MUST,
        in_force=LAW_IN_FORCE,
        level=Level.DESIGN,
        titles=Words("Undantag avser en känd regel", "A waiver names a known rule"),
        paraphrases=Words(
            "Ett undantag gäller bara om det anger koden för en regel som finns för kommunen "
            "(lagens, Brås eller kommunens egna). En felstavad kod undantar ingenting.",
            "A waiver only applies if it names the code of a rule that exists for the "
            "municipality; a misspelt code waives nothing.",
        ),
        satisfied=Words(
            "Varje [[waivers]].rule är en regelkod som kbfa känner till.",
            "Every [[waivers]].rule is a known rule code.",
        ),
        fixes=Words(
            "Rätta koden i [[waivers]].rule; kbfa rules listar koderna.",
            "Correct the code in [[waivers]].rule; kbfa rules lists them.",
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
            "Ett undantag med slutdatum gäller bara till och med det datumet; därefter bedöms "
            "regeln som vanligt. Rapporteras som information.",
            "A waiver with an expiry date applies until that date; afterwards the rule is "
            "assessed as usual. Reported as information.",
        ),
        satisfied=Words(
            "Inget undantag har passerat sitt slutdatum (expires).",
            "No waiver is past its expiry date.",
        ),
        fixes=Words(
            "Förnya undantaget genom ett nytt beslut, eller ta bort det.",
            "Renew the waiver by a new decision, or remove it.",
        ),
        check=_current,
        informational=True,
    ),
)
