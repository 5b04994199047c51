"""11 § lag (2023:196): the municipality has a coordination function (samordningsfunktion).

Reference (https://lagen.nu/2023:196#P11): the municipality shall have a
samordningsfunktion for its crime-prevention work. It need not be a post of its
own. It may sit in the municipality's own organisation as the law sees it: a
gemensam nämnd or kommunalförbund the municipality takes part in (kommunallagen
9 kap. 19 §, 3 kap. 8 §), or a post shared with another municipality (9 kap. 37 §);
the finding then names where it sits and, for a kommunalförbund, that the
förbundsordning must cover the task. A function placed with an organisation outside
the municipality's own is accepted with a note: an agreement must cover the task,
and the municipality's own contact point (12 § 2 p.) remains the municipality's.
"""

from __future__ import annotations

from collections.abc import Iterator

from kbfa.i18n import Catalogue
from kbfa.model import OrganisationKind
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
    "joint": {
        "sv": " Den ligger hos {org}, en gemensam nämnd som kommunen är part i{host}; den hör "
        "till kommunens egen organisation.",
        "en": " It lies with {org}, a joint committee the municipality is party to{host}; it "
        "belongs to the municipality's own organisation.",
    },
    "host": {"sv": " med {host} som värdkommun", "en": ", hosted by {host}"},
    "association": {
        "sv": " Den ligger hos {org}, ett kommunalförbund som kommunen är medlem i; "
        "förbundsordningen ska omfatta uppgiften.",
        "en": " It lies with {org}, a municipal association the municipality is a member of; "
        "the association's charter must cover the task.",
    },
    "shared_post": {
        "sv": " {Who} är en tjänst som kommunen delar med {others}; den räknas som kommunens egen.",
        "en": " {Who} is a post the municipality shares with {others}; it counts as its own.",
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
    outside = _where(ctx, c.organisation) + "".join(_shared(ctx, r) for r in c.held_by)
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


def _where(ctx: Context, org_id: str | None) -> str:
    """Where the function sits, when that is not the municipality itself ("" when it is)."""
    if org_id is None or org_id == ctx.own:
        return ""
    org = ctx.orgs.get(org_id)
    if not ctx.is_own(org_id) or org is None:
        return ctx.say(M, "outside", org=ctx.name(org_id))
    if org.kind is OrganisationKind.JOINT_COMMITTEE:
        host = ctx.g.host_of(org)
        return ctx.say(
            M, "joint", org=org.name, host=ctx.say(M, "host", host=host.name) if host else ""
        )
    if org.kind is OrganisationKind.MUNICIPAL_ASSOCIATION:
        return ctx.say(M, "association", org=org.name)
    return ""


def _shared(ctx: Context, role_id: str) -> str:
    """A note for a holder whose post is shared with other municipalities."""
    role = ctx.roles.get(role_id)
    if role is None or not role.shared_with:
        return ""
    others = [o for o in (role.organisation, *role.shared_with) if o != ctx.own]
    who = ctx.in_text(role_id)
    return ctx.say(M, "shared_post", Who=who[:1].upper() + who[1:], others=ctx.in_texts(others))


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
