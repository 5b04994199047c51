"""11 § lag (2023:196): the municipality has a coordination function (samordningsfunktion).

Reference (https://lagen.nu/2023:196#P11): the municipality shall have a
samordningsfunktion for its crime-prevention work. It need not be a post of its
own. A function placed outside the municipality (in a kommunalförbund) is accepted
with a note: the förbundsordning or an agreement must cover the task, and the
municipality's own contact point (12 § 2 p.) remains the municipality's.
"""

from __future__ import annotations

from collections.abc import Iterator

from kbfa.i18n import Catalogue
from kbfa.rules._context import Context
from kbfa.rules._rule import Outcome, Rule, law, law_rule
from kbfa.rules._verdicts import Situation, Verdict
from kbfa.rules.law._common import DESIGN, MUST

__all__ = ["RULES"]

M: Catalogue = {
    "held": {
        "sv": "Samordningsfunktionen innehas av {who}.{outside}",
        "en": "The coordination function is held by {who}.{outside}",
    },
    "outside": {
        "sv": " Den ligger hos {org}, utanför kommunens egen organisation; det förutsätter att "
        "förbundsordningen eller ett avtal omfattar uppgiften, och kommunens kontaktpunkt "
        "(12 § 2 p.) är ändå kommunens.",
        "en": " It lies with {org}, outside the municipality's own organisation; that requires "
        "the association's charter or an agreement to cover the task, and the contact point "
        "(s. 12(2)) is still the municipality's.",
    },
    "unassigned": {
        "sv": "Styrdokumentet inrättar en samordningsfunktion men anger inte vem som har den.",
        "en": "The steering document sets up a coordination function but not who holds it.",
    },
    "none": {
        "sv": "Styrdokumentet beskriver ingen samordningsfunktion för det brottsförebyggande "
        "arbetet.",
        "en": "The steering document describes no coordination function for the work.",
    },
}


def _function(ctx: Context) -> Iterator[Outcome]:
    c = ctx.g.coordination
    if c is None:
        msg = ctx.say(M, "none")
        yield Outcome(Verdict.EJ_UPPFYLLT, ("coordination",), msg, situation=Situation.MISSING_STEP)
        return
    outside = ""
    if c.organisation is not None and not ctx.is_own(c.organisation):
        outside = ctx.say(M, "outside", org=ctx.name(c.organisation))
    holders = [*c.held_by, *([c.body] if c.body else [])]
    if holders:
        msg = ctx.say(M, "held", who=ctx.in_texts(holders), outside=outside)
        yield Outcome(Verdict.UPPFYLLT, ("coordination", "held_by"), msg)
    elif c.organisation:
        msg = ctx.say(M, "held", who=ctx.name(c.organisation), outside=outside)
        yield Outcome(Verdict.UPPFYLLT, ("coordination", "organisation"), msg)
    else:
        msg = ctx.say(M, "unassigned")
        yield Outcome(Verdict.DELVIS, ("coordination",), msg, situation=Situation.MISSING_STEP)


RULES: tuple[Rule, ...] = (
    law_rule(
        "KBFA-L11A",
        law(11),
        strength=MUST,
        level=DESIGN,
        duty="11-12",
        title=("Samordningsfunktion finns", "A coordination function exists"),
        paraphrase=(
            "Kommunen ska ha en samordningsfunktion för det brottsförebyggande arbetet. Det "
            "behöver inte vara en egen tjänst.",
            "The municipality must have a coordination function for crime prevention; it need "
            "not be a dedicated post.",
        ),
        satisfied=(
            "[coordination] anger vem som har funktionen (held_by, body eller organisation).",
            "[coordination] says who holds the function (held_by, body or organisation).",
        ),
        fix=(
            "Beskriv samordningsfunktionen i styrdokumentet och för in den under [coordination] "
            "med held_by = [rollen som har funktionen].",
            "Describe the function in the steering document and add [coordination] with "
            "held_by = [the role holding it].",
        ),
        action=(
            "{Lead} inrättar en samordningsfunktion för det brottsförebyggande arbetet och "
            "styrdokumentet anger vem som har den.",
            "{Lead} sets up a coordination function for crime prevention, and the steering "
            "document states who holds it.",
        ),
        check=_function,
    ),
)
