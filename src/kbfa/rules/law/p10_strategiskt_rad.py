"""10 § lag (2023:196): the strategic council (strategiskt råd).

Reference (https://lagen.nu/2023:196#P10):
- the municipality shall work towards (verka för) strategic questions being handled
  in a dedicated forum, a strategiskt råd, where the municipality and relevant actors
  take part (a duty of effort: L10A, L10C);
- "Rådet ska ledas av kommunen": once there is a council, the municipality leads it
  (a duty: L10B). Convening is not leading; a convener from the municipality is
  accepted with a note, a chair from another organisation contradicts the law;
- the municipality shall work towards the other actors taking part with senior
  representatives, "ledande befattningar" (effort: L10D).

An existing local council or a steering group with other actors can serve as the
råd (reference 3.10). Every council the municipality has is assessed, not only the
first; a forum led by the state (a body belonging to the police or the county board)
is not the municipality's council and is only named.
"""

from __future__ import annotations

from collections.abc import Iterator

from kbfa.i18n import Catalogue
from kbfa.model import Body, BodyKind
from kbfa.rules._context import Context
from kbfa.rules._rule import Outcome, Rule, law, law_rule
from kbfa.rules._verdicts import Situation, Verdict, coverage
from kbfa.rules.law._common import BEST, DESIGN, MUST, external_orgs

__all__ = ["RULES", "councils"]

M: Catalogue = {
    "council": {
        "sv": "Strategiskt råd: {names}.{state}",
        "en": "Strategic council: {names}.{state}",
    },
    "council_steering": {
        "sv": "Det finns inget organ som kallas strategiskt råd, men {names} samlar kommunen och "
        "andra aktörer kring de strategiska frågorna och bedöms fylla rådets funktion.{state}",
        "en": "No body is called a strategic council, but {names} brings the municipality and "
        "other actors together on the strategic questions and is taken to serve as the "
        "council.{state}",
    },
    "no_council": {
        "sv": "Styrdokumentet beskriver inget strategiskt råd (eller någon styrgrupp med andra "
        "aktörer) för de strategiska brottsförebyggande frågorna.{state}",
        "en": "The steering document describes no strategic council (or steering group with "
        "other actors) for the strategic crime-prevention questions.{state}",
    },
    "state_forum": {
        "sv": " {names} leds av {org} och är inte kommunens råd enligt 10 §.",
        "en": " {names} is led by {org} and is not the municipality's council under s. 10.",
    },
    "state_forums": {
        "sv": " {names} leds av {org} och är inte kommunens råd enligt 10 §.",
        "en": " {names} are led by {org} and are not the municipality's councils under s. 10.",
    },
    "needs_council": {
        "sv": "Det finns inget strategiskt råd att bedöma (se KBFA-L10A).",
        "en": "There is no strategic council to assess (see KBFA-L10A).",
    },
    "chair": {
        "sv": "{name} leds av {chair}, som företräder kommunen.",
        "en": "{name} is chaired by {chair}, who represents the municipality.",
    },
    "convener": {
        "sv": "För {name} anges ingen ordförande, men rådet sammankallas av {who}, som företräder "
        "kommunen; kbfa bedömer därför att kommunen leder det. Att sammankalla är inte "
        "detsamma som att leda: ange i styrdokumentet vem som är ordförande.",
        "en": "No chair is stated for {name}, but it is convened by {who}, who represents the "
        "municipality, so kbfa takes the municipality to lead it. Convening is not leading: "
        "state the chair in the steering document.",
    },
    "external_chair": {
        "sv": "{name} leds av {chair}, som inte företräder kommunen; rådet ska ledas av kommunen.",
        "en": "{name} is chaired by {chair}, who does not represent the municipality; the "
        "council must be led by the municipality.",
    },
    "elsewhere": {
        "sv": "Vem som leder {name} anges inte i styrdokumentet; rådets verksamhet regleras i "
        "”{document}”.",
        "en": "Who leads {name} is not stated in the steering document; the council's work is "
        "governed by “{document}”.",
    },
    "no_lead": {
        "sv": "Vem som leder {name} är inte registrerat.",
        "en": "Who leads {name} is not recorded.",
    },
    "actors": {
        "sv": "I {name} ingår även {orgs}.",
        "en": "{orgs} also take part in {name}.",
    },
    "actors_unnamed": {
        "sv": "Vilka andra aktörer som ingår i {name} är inte registrerat; styrdokumentet säger "
        "att de ingår utan att ange vilka (”{note}”).",
        "en": "Which other actors take part in {name} is not recorded; the steering document "
        "says they do without naming them (“{note}”).",
    },
    "only_own": {
        "sv": "I {name} ingår bara kommunen själv, inga andra relevanta aktörer.",
        "en": "Only the municipality itself takes part in {name}, no other relevant actors.",
    },
    "senior_all": {
        "sv": "Alla andra aktörer i {name} företräds av någon i ledande befattning.",
        "en": "Every other actor in {name} is represented by someone in a senior position.",
    },
    "senior_missing": {
        "sv": "Det anges inte att {orgs} företräds av någon i ledande befattning i {name}.",
        "en": "{orgs} are not stated to be represented by someone in a senior position in {name}.",
    },
    "senior_unrecorded": {
        "sv": "Det är inte registrerat att {orgs} företräds av någon i ledande befattning i "
        "{name}.",
        "en": "It is not recorded that {orgs} are represented by someone in a senior position in "
        "{name}.",
    },
    "senior_none_external": {
        "sv": "Inga andra aktörer än kommunen ingår i {name} (se KBFA-L10C).",
        "en": "No actors other than the municipality take part in {name} (see KBFA-L10C).",
    },
}


def _leading_org(ctx: Context, body: Body) -> str | None:
    """The other organisation a forum belongs to (the police, the county board), if any.

    An empty id (the loader refuses one; a model built in code can hold it) names no
    organisation, as no id does: such a body is the municipality's, not a forum led by
    someone the note could name.
    """
    org = body.organisation
    return org if org and not ctx.is_own(org) else None


def _state_led(ctx: Context, body: Body) -> bool:
    """A forum that belongs to another organisation (the police, the county board)."""
    return _leading_org(ctx, body) is not None


def _forums_of_others(ctx: Context) -> list[tuple[Body, str]]:
    """Strategic forums of another organisation, each with that organisation's id."""
    out: list[tuple[Body, str]] = []
    for b in ctx.active_bodies:
        org = _leading_org(ctx, b)
        if b.kind is BodyKind.STRATEGIC_COUNCIL and org is not None:
            out.append((b, org))
    return out


def councils(ctx: Context) -> tuple[list[Body], bool]:
    """The municipality's strategic councils, and whether they are councils by name.

    Every body of kind strategic_council that is not state-led; failing those, every
    steering group in which other actors than the municipality take part.
    """
    named = [
        b
        for b in ctx.active_bodies
        if b.kind is BodyKind.STRATEGIC_COUNCIL and not _state_led(ctx, b)
    ]
    if named:
        return named, True
    serving = [
        b for b in ctx.active_bodies if b.kind is BodyKind.STEERING_GROUP and external_orgs(ctx, b)
    ]
    return serving, False


def _state_note(ctx: Context) -> str:
    """The forums led by other organisations, each organisation's in a sentence of its own
    (the police's and the county board's are not one organisation's)."""
    led: dict[str, list[str]] = {}
    for b, org in _forums_of_others(ctx):
        led.setdefault(org, []).append(b.id)
    return "".join(
        ctx.say(
            M,
            "state_forum" if len(ids) == 1 else "state_forums",
            names=ctx.names(ids),
            org=ctx.name(org),
        )
        for org, ids in led.items()
    )


def _exists(ctx: Context) -> Iterator[Outcome]:
    found, named = councils(ctx)
    state = _state_note(ctx)
    if not found:
        msg = ctx.say(M, "no_council", state=state)
        yield Outcome(Verdict.EJ_UPPFYLLT, ("bodies",), msg, situation=Situation.MISSING_STEP)
        return
    key = "council" if named else "council_steering"
    names = ctx.names(b.id for b in found)
    yield Outcome(
        Verdict.UPPFYLLT, ctx.path(found[0].id), ctx.say(M, key, names=names, state=state)
    )


def _led(ctx: Context) -> Iterator[Outcome]:
    found, _ = councils(ctx)
    if not found:
        yield Outcome(Verdict.EJ_TILLAMPLIG, ("bodies",), ctx.say(M, "needs_council"))
        return
    for body in found:
        name = body.name
        if body.chair is not None:
            path = ctx.path(body.id, "chair")
            chair = ctx.in_text(body.chair)
            if ctx.is_own_role(body.chair):
                yield Outcome(Verdict.UPPFYLLT, path, ctx.say(M, "chair", name=name, chair=chair))
            else:
                msg = ctx.say(M, "external_chair", name=name, chair=chair)
                yield Outcome(Verdict.EJ_UPPFYLLT, path, msg, situation=Situation.CONTRARY)
            continue
        if body.convener is not None and ctx.is_own_role(body.convener):
            msg = ctx.say(M, "convener", name=name, who=ctx.in_text(body.convener))
            yield Outcome(Verdict.UPPFYLLT, ctx.path(body.id, "convener"), msg)
            continue
        document = ctx.governing_document(body.id)
        path = ctx.path(body.id, "chair")
        if document is not None:
            msg = ctx.say(M, "elsewhere", name=name, document=document)
            yield Outcome(Verdict.EJ_BEDOMBART, path, msg, situation=Situation.OTHER_DOCUMENT)
        else:
            msg = ctx.say(M, "no_lead", name=name)
            yield Outcome(Verdict.EJ_BEDOMBART, path, msg, situation=Situation.UNRECORDED)


def _actors(ctx: Context) -> Iterator[Outcome]:
    found, _ = councils(ctx)
    if not found:
        yield Outcome(Verdict.EJ_TILLAMPLIG, ("bodies",), ctx.say(M, "needs_council"))
        return
    for body in found:
        orgs = external_orgs(ctx, body)
        path = ctx.path(body.id, "members")
        if orgs:
            msg = ctx.say(M, "actors", name=body.name, orgs=ctx.names(orgs))
            yield Outcome(Verdict.UPPFYLLT, path, msg)
        elif body.members_note:
            msg = ctx.say(M, "actors_unnamed", name=body.name, note=body.members_note)
            yield Outcome(
                Verdict.EJ_BEDOMBART,
                ctx.path(body.id, "members_note"),
                msg,
                situation=Situation.UNRECORDED,
            )
        else:
            msg = ctx.say(M, "only_own", name=body.name)
            yield Outcome(Verdict.EJ_UPPFYLLT, path, msg, situation=Situation.MISSING_STEP)


def _senior(ctx: Context) -> Iterator[Outcome]:
    found, _ = councils(ctx)
    if not found:
        yield Outcome(Verdict.EJ_TILLAMPLIG, ("bodies",), ctx.say(M, "needs_council"))
        return
    for body in found:
        orgs = external_orgs(ctx, body)
        path = ctx.path(body.id, "members")
        if not orgs:
            msg = ctx.say(M, "senior_none_external", name=body.name)
            yield Outcome(Verdict.EJ_TILLAMPLIG, path, msg)
            continue
        senior: dict[str, bool | None] = {}
        for m in body.members:
            role = ctx.roles.get(m.role)
            if role is None or role.organisation not in orgs or not m.seat:
                continue
            known = senior.get(role.organisation)
            if role.senior is True or known is True:
                senior[role.organisation] = True
            elif role.senior is False or known is False:
                senior[role.organisation] = False
            else:
                senior[role.organisation] = None
        missing = [o for o in orgs if senior.get(o) is not True]
        if not missing:
            yield Outcome(Verdict.UPPFYLLT, path, ctx.say(M, "senior_all", name=body.name))
            continue
        # Seniority not stated (senior unset) is unrecorded; stated as not senior is a gap.
        unrecorded = all(senior.get(o) is None for o in missing)
        verdict = coverage(
            len(missing),
            len(orgs),
            absent=Verdict.EJ_BEDOMBART if unrecorded else Verdict.EJ_UPPFYLLT,
        )
        key = "senior_unrecorded" if unrecorded else "senior_missing"
        situation = Situation.UNRECORDED if unrecorded else Situation.MISSING_STEP
        msg = ctx.say(M, key, name=body.name, orgs=ctx.names(missing))
        yield Outcome(verdict, path, msg, situation=situation)


RULES: tuple[Rule, ...] = (
    law_rule(
        "KBFA-L10A",
        law(10),
        strength=BEST,
        level=DESIGN,
        duty="10",
        title=(
            "Kommunen verkar för ett strategiskt råd",
            "The municipality works towards a strategic council",
        ),
        paraphrase=(
            "Kommunen ska verka för att strategiska brottsförebyggande frågor hanteras i ett "
            "särskilt forum, ett strategiskt råd, där kommunen och relevanta aktörer ingår. Ett "
            "befintligt lokalt råd eller en styrgrupp med andra aktörer kan fylla funktionen; ett "
            "forum som leds av staten är inte kommunens råd.",
            "The municipality must work towards strategic questions being handled in a strategic "
            "council with relevant actors; an existing council or steering group can serve, a "
            "state-led forum cannot.",
        ),
        satisfied=(
            'Ett organ med kind = "strategic_council" som hör till kommunen, eller en styrgrupp '
            "där andra aktörer än kommunen ingår.",
            'A body of kind "strategic_council" of the municipality, or a steering group with '
            "other actors.",
        ),
        fix=(
            'Beskriv det strategiska rådet under [[bodies]] med kind = "strategic_council" och '
            "dess deltagare.",
            'Describe the council under [[bodies]] with kind = "strategic_council" and members.',
        ),
        action=(
            "{Lead} verkar för ett strategiskt råd för de brottsförebyggande frågorna, där "
            "kommunen och andra relevanta aktörer ingår.",
            "{Lead} works towards a strategic council for crime prevention with the "
            "municipality and other relevant actors.",
        ),
        check=_exists,
    ),
    law_rule(
        "KBFA-L10B",
        law(10),
        strength=MUST,
        level=DESIGN,
        duty="10",
        title=("Kommunen leder det strategiska rådet", "The municipality leads the council"),
        paraphrase=(
            "Det strategiska rådet ska ledas av kommunen. Att sammankalla rådet är inte detsamma "
            "som att leda det.",
            "The strategic council must be led by the municipality; convening it is not leading.",
        ),
        satisfied=(
            "Varje råds ordförande (chair) är en roll i kommunen; anges ingen ordförande godtas "
            "en sammankallande från kommunen, med en anmärkning.",
            "Each council's chair is a municipal role; lacking one, a municipal convener is "
            "accepted with a note.",
        ),
        fix=(
            "Ange i styrdokumentet, och i rådets chair, vilken roll i kommunen som leder rådet.",
            "State in the steering document, and in the council's chair, the municipal role that "
            "leads it.",
        ),
        action=(
            "{Lead} beslutar att kommunen leder det strategiska rådet och vem i kommunen som "
            "gör det.",
            "{Lead} decides that the municipality leads the strategic council, and who in "
            "the municipality does.",
        ),
        check=_led,
    ),
    law_rule(
        "KBFA-L10C",
        law(10),
        strength=BEST,
        level=DESIGN,
        duty="10",
        title=("Andra aktörer ingår i rådet", "Other actors take part in the council"),
        paraphrase=(
            "Kommunen ska verka för ett råd där kommunen och relevanta aktörer ingår. Kommunen "
            "kan inte tvinga andra aktörer att delta.",
            "The municipality must work towards a council where it and relevant actors take "
            "part; it cannot compel other actors.",
        ),
        satisfied=(
            "Minst en ledamot i rådet har en roll i en annan organisation än kommunen.",
            "At least one member of the council holds a role in another organisation.",
        ),
        fix=(
            "Verka för att andra relevanta aktörer ingår i rådet och för in deras företrädare "
            "som ledamöter.",
            "Work for other relevant actors to take part and add their representatives.",
        ),
        action=(
            "{Lead} verkar för att polisen och andra relevanta aktörer ingår i det "
            "strategiska rådet.",
            "{Lead} works towards the police and other relevant actors taking part in the "
            "strategic council.",
        ),
        check=_actors,
    ),
    law_rule(
        "KBFA-L10D",
        law(10),
        strength=BEST,
        level=DESIGN,
        duty="10",
        title=(
            "Andra aktörer företräds av någon i ledande befattning",
            "Other actors are represented at senior level",
        ),
        paraphrase=(
            "Kommunen ska verka för att de andra aktörerna i rådet deltar med företrädare som "
            "har ledande befattningar.",
            "The municipality must work for the other actors to be represented by people in "
            "senior positions.",
        ),
        satisfied=(
            "Varje annan organisation i rådet har minst en ledamot vars roll har senior = true.",
            "Every other organisation in the council has a member whose role is senior.",
        ),
        fix=(
            "Verka för att varje aktör skickar någon i ledande befattning och markera rollen "
            "med senior = true.",
            "Work for each actor to send a senior representative and mark the role senior.",
        ),
        action=(
            "{Lead} verkar för att aktörerna i det strategiska rådet företräds av personer i "
            "ledande befattning.",
            "{Lead} works towards the actors in the strategic council being represented by "
            "senior officials.",
        ),
        check=_senior,
    ),
)
