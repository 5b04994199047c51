"""2 § lag (2023:196): the general duty, carried out through the tasks of 4–13 §§.

Reference (https://lagen.nu/2023:196#P2): the municipality shall contribute to
society's combined crime-prevention work being effective by carrying out the tasks
of the law. The section has no artefact of its own; KBFA-L2A sums up the breaches of
the law's "ska"-rules in 4–13 §§ and the transitional provisions, as information, so
that each breach is counted once, under the section that found it.

The summary reads the rules evaluated before it (the engine runs informational rules
last); it knows no rule by name, only which of them are the law's binding duties.
"""

from __future__ import annotations

from collections.abc import Iterator

from kbfa.i18n import Catalogue
from kbfa.rules._context import Context
from kbfa.rules._rule import Outcome, Rule, RuleSource, law, law_rule
from kbfa.rules._verdicts import Severity, Situation, Verdict
from kbfa.rules.law._common import DESIGN, MUST

__all__ = ["RULES"]

M: Catalogue = {
    "ok": {
        "sv": "Alla ska-krav i 4–13 §§ som kan bedömas är uppfyllda.",
        "en": "Every must-duty of ss. 4–13 that can be assessed is met.",
    },
    "gaps": {
        "sv": "Styrdokumentet visar inte att alla uppgifter i lagen fullgörs; se {codes}.",
        "en": "The steering document does not show that every task of the law is carried out; "
        "see {codes}.",
    },
    "unknown": {
        "sv": "Alla ska-krav som kan bedömas är uppfyllda, men {codes} kan inte bedömas.",
        "en": "Every assessable must-duty is met, but {codes} cannot be assessed.",
    },
}


def _general(ctx: Context) -> Iterator[Outcome]:
    gaps: list[str] = []
    unknown: list[str] = []
    for code, (rule, results) in ctx.results.items():
        if rule.source is not RuleSource.LAW or rule.duty is None or not rule.binding:
            continue
        severities = {severity for verdict, severity in results if verdict.is_open}
        if Severity.BREACH in severities:
            gaps.append(code)
        elif severities:
            unknown.append(code)
    if gaps:
        msg = ctx.say(M, "gaps", codes=", ".join(gaps))
        yield Outcome(Verdict.DELVIS, (), msg, situation=Situation.MISSING_STEP)
    elif unknown:
        msg = ctx.say(M, "unknown", codes=", ".join(unknown))
        yield Outcome(Verdict.EJ_BEDOMBART, (), msg, situation=Situation.UNRECORDED)
    else:
        yield Outcome(Verdict.UPPFYLLT, (), ctx.say(M, "ok"))


RULES: tuple[Rule, ...] = (
    law_rule(
        "KBFA-L2A",
        law(2),
        strength=MUST,
        level=DESIGN,
        duty=None,
        informational=True,
        source=RuleSource.LAW,
        title=(
            "Kommunen fullgör lagens uppgifter",
            "The municipality carries out the law's tasks",
        ),
        paraphrase=(
            "Kommunen ska bidra till att samhällets samlade brottsförebyggande arbete bedrivs på "
            "ett effektivt sätt genom att fullgöra de uppgifter som följer av lagen. "
            "Skyldigheten fullgörs genom 4–13 §§; regeln sammanfattar deras brister och "
            "rapporteras som information, så att varje brist räknas en gång, under sin egen "
            "paragraf.",
            "The municipality must help make crime prevention effective by carrying out the "
            "law's tasks; this sums up the breaches of ss. 4–13 (reported as information so each "
            "breach is counted once).",
        ),
        satisfied=(
            "Ingen ska-regel i 4–13 §§ eller övergångsbestämmelserna är en brist.",
            "No must-rule of ss. 4–13 or the transitional provisions is a breach.",
        ),
        fix=(
            "Åtgärda bristerna under de paragrafer som anges.",
            "Remedy the breaches under the sections listed.",
        ),
        action=(
            "{Lead} ser till att bristerna under de paragrafer som anges åtgärdas.",
            "{Lead} sees to it that the gaps under the sections named are remedied.",
        ),
        check=_general,
    ),
)
