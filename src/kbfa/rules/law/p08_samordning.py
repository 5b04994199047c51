"""8 § lag (2023:196): the municipality's responsibility for coordination.

Reference (https://lagen.nu/2023:196#P8): within its geographic area the
municipality is responsible for coordinating crime prevention "enligt 9 och 10 §§".
The section has no content of its own beyond 9 and 10 §§, which are duties to work
towards (verka för) agreements and a strategic council; its rule therefore has their
strength and can only warn.
"""

from __future__ import annotations

from collections.abc import Iterator

from kbfa.i18n import Catalogue
from kbfa.rules._context import Context
from kbfa.rules._rule import Outcome, Rule, law, law_rule
from kbfa.rules._verdicts import Situation, Verdict
from kbfa.rules.law._common import BEST, DESIGN, external_orgs

__all__ = ["RULES"]

M: Catalogue = {
    "forums": {
        "sv": "Kommunen samordnar arbetet med andra aktörer i {names}.",
        "en": "The municipality coordinates the work with other actors in {names}.",
    },
    "unnamed": {
        "sv": "Vilka andra aktörer som deltar i {name} är inte registrerat; styrdokumentet säger "
        "att de deltar utan att ange vilka (”{note}”).",
        "en": "Which other actors take part in {name} is not recorded; the steering document "
        "says they do without naming them (“{note}”).",
    },
    "no_forums": {
        "sv": "Styrdokumentet beskriver inget organ eller någon grupp där kommunen samordnar "
        "arbetet med andra aktörer, t.ex. polisen.",
        "en": "The steering document describes no body or group where the municipality "
        "coordinates the work with other actors, e.g. the police.",
    },
}


def _coordinates(ctx: Context) -> Iterator[Outcome]:
    forums = [b for b in ctx.active_bodies if external_orgs(ctx, b)]
    if forums:
        names = ctx.names(b.id for b in forums)
        yield Outcome(Verdict.UPPFYLLT, ctx.path(forums[0].id), ctx.say(M, "forums", names=names))
        return
    # A document may say partners take part without naming them (members_note).
    noted = [b for b in ctx.active_bodies if b.members_note]
    if noted:
        b = noted[0]
        msg = ctx.say(M, "unnamed", name=b.name, note=b.members_note)
        yield Outcome(
            Verdict.EJ_BEDOMBART,
            ctx.path(b.id, "members_note"),
            msg,
            situation=Situation.UNRECORDED,
        )
        return
    msg = ctx.say(M, "no_forums")
    yield Outcome(Verdict.EJ_UPPFYLLT, ("bodies",), msg, situation=Situation.MISSING_STEP)


RULES: tuple[Rule, ...] = (
    law_rule(
        "KBFA-L8A",
        law(8),
        strength=BEST,
        level=DESIGN,
        duty="8",
        title=("Kommunen samordnar arbetet i kommunen", "The municipality coordinates the work"),
        paraphrase=(
            "Kommunen ansvarar för samordningen av det brottsförebyggande arbetet inom sitt "
            "geografiska område enligt 9 och 10 §§. Paragrafen har inget eget krav utöver dem, "
            "så regeln har deras styrka (verka för).",
            "The municipality is responsible for coordinating crime prevention in its area under "
            "ss. 9 and 10; the section adds nothing of its own, so the rule has their strength "
            "(work towards).",
        ),
        satisfied=(
            "Minst ett organ eller en grupp där roller från andra organisationer än kommunen "
            "(t.ex. polisen) deltar.",
            "At least one body in which roles from organisations other than the municipality "
            "(e.g. the police) take part.",
        ),
        fix=(
            "Beskriv under [[bodies]] de forum där kommunen samordnar arbetet med polisen och "
            "andra aktörer, med deras deltagare.",
            "Describe under [[bodies]] the forums where the municipality coordinates with the "
            "police and other actors, with their members.",
        ),
        action=(
            "{Lead} ser till att styrdokumentet beskriver i vilka forum kommunen samordnar "
            "arbetet med polisen och andra lokala aktörer.",
            "{Lead} sees to it that the steering document describes the forums in which the "
            "municipality coordinates the work with the police and other local actors.",
        ),
        check=_coordinates,
    ),
)
