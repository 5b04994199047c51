"""9 § lag (2023:196): written cooperation agreements.

References (https://lagen.nu/2023:196#P9):
- 9 § 1 st.: the municipality shall work towards (verka för) written agreements on
  cooperation with relevant actors: a duty of effort, not of result;
- 9 § 2 st.: such an agreement shall state at least for which purposes and in which
  areas the cooperation takes place. The content rule applies to written agreements
  concluded on or after 2023-07-01 (when the law entered into force) that are still
  in force; an oral arrangement is no 9 § agreement, but no breach either.

What an agreement says lives in the agreement. Purposes or areas that are not
recorded are "ej bedömbart", naming the agreement, not a breach.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from kbfa.i18n import Catalogue
from kbfa.model import Agreement, EvidenceKind, RequirementKind
from kbfa.rules._context import Context
from kbfa.rules._periods import period_applies, period_state
from kbfa.rules._rule import LAW_IN_FORCE, Outcome, Rule, law, law_rule
from kbfa.rules._verdicts import Situation, Verdict, coverage
from kbfa.rules.law._common import BEST, DESIGN, MUST, PRACTICE

__all__ = ["RULES", "agreement_applies", "concluded"]

M: Catalogue = {
    "agreements": {
        "sv": "Skriftliga överenskommelser om samverkan: {names}.",
        "en": "Written cooperation agreements: {names}.",
    },
    "effort": {
        "sv": "Styrdokumentet ställer krav på skriftliga överenskommelser om samverkan (avsnitt "
        "{heading}); det visar att kommunen verkar för sådana.",
        "en": "The steering document sets requirements on written cooperation agreements "
        "(section {heading}); that shows the municipality works towards them.",
    },
    "lapsed": {
        "sv": "Ingen skriftlig överenskommelse om samverkan gäller per {as_of} ({names} gäller "
        "inte längre), och styrdokumentet ställer inga krav på sådana.",
        "en": "No written cooperation agreement applies on {as_of} ({names} no longer apply), "
        "and the steering document sets no requirements on them.",
    },
    "none": {
        "sv": "Styrdokumentet visar inte att kommunen verkar för skriftliga överenskommelser om "
        "samverkan: inga överenskommelser är registrerade och inga krav på dem anges.",
        "en": "The steering document does not show that the municipality works towards written "
        "cooperation agreements: none is recorded and no requirement on them is stated.",
    },
    "no_items": {
        "sv": "Ingen skriftlig överenskommelse om samverkan är registrerad.",
        "en": "No written cooperation agreement is recorded.",
    },
    "no_items_action": {
        "sv": "{Lead} verkar för skriftliga överenskommelser om samverkan och ser till att de "
        "som ingås diarieförs med sin giltighetstid.",
        "en": "{Lead} works towards written cooperation agreements and sees to it that those "
        "concluded are registered with their period.",
    },
    "content_ok": {
        "sv": "Överenskommelsen {name} anger för vilka syften och inom vilka områden samverkan "
        "ska ske.",
        "en": "The agreement {name} states the purposes and areas of the cooperation.",
    },
    "content_unrecorded": {
        "sv": "För överenskommelsen {name} är {what} inte registrerade; de framgår i så fall av "
        "överenskommelsen själv. Enligt 9 § ska den ange för vilka syften och inom vilka "
        "områden samverkan ska ske.",
        "en": "For the agreement {name}, {what} are not recorded; the agreement itself would "
        "show them. Under s. 9 it must state the purposes and areas of the cooperation.",
    },
    "content_fix": {
        "sv": "För in överenskommelsens syften och områden ur överenskommelsen själv; saknas de "
        "där, komplettera överenskommelsen.",
        "en": "Enter the agreement's purposes and areas from the agreement itself; if it lacks "
        "them, complete the agreement.",
    },
    "not_written": {
        "sv": "Överenskommelsen {name} är inte skriftlig och är därför ingen överenskommelse "
        "enligt 9 §.",
        "en": "The agreement {name} is not written and is therefore no agreement under s. 9.",
    },
    "before_law": {
        "sv": "Överenskommelsen {name} ingicks {date}, före lagens ikraftträdande den 1 juli "
        "2023; innehållskravet i 9 § gäller inte den.",
        "en": "The agreement {name} was concluded on {date}, before the law entered into force "
        "on 1 July 2023; the content rule of s. 9 does not apply to it.",
    },
    "not_in_force": {
        "sv": "Överenskommelsen {name} gäller inte per {as_of}.",
        "en": "The agreement {name} does not apply on {as_of}.",
    },
    "w_purposes": {"sv": "syften", "en": "purposes"},
    "w_areas": {"sv": "områden", "en": "areas"},
    "w_and": {"sv": " och ", "en": " and "},
    "w_agreement": {"sv": "Överenskommelsen {name}", "en": "The agreement {name}"},
}

_AGREEMENT_KINDS = frozenset(
    {
        RequirementKind.AGREEMENT_WRITTEN,
        RequirementKind.AGREEMENT_CONTENTS,
        RequirementKind.AGREEMENT_SIGNATORIES,
        RequirementKind.PARTNER_CATEGORIES,
    }
)


def concluded(ctx: Context, a: Agreement) -> dt.date | None:
    """When the agreement was concluded: its first recorded signing, else its period's start."""
    signed = ctx.evidence(a.id, EvidenceKind.SIGNED)
    if signed:
        return signed[0].date
    return a.period.start if a.period is not None else None


def agreement_applies(ctx: Context, a: Agreement) -> bool | None:
    """Whether the agreement is in force on the date; None when its period is not recorded."""
    return period_applies(ctx, a.period, a.id)


def _effort(ctx: Context) -> Iterator[Outcome]:
    written = [
        a for a in ctx.g.agreements if a.written and any(not ctx.is_own(p) for p in a.parties)
    ]
    current = [a for a in written if agreement_applies(ctx, a) is not False]
    if current:
        names = ctx.names(a.id for a in current)
        yield Outcome(
            Verdict.UPPFYLLT, ctx.path(current[0].id), ctx.say(M, "agreements", names=names)
        )
        return
    effort = [r for r in ctx.g.requirements if r.kind in _AGREEMENT_KINDS]
    if effort:
        msg = ctx.say(M, "effort", heading=f'"{effort[0].source}"')
        yield Outcome(Verdict.UPPFYLLT, ctx.path(effort[0].id), msg)
        return
    if written:
        msg = ctx.say(M, "lapsed", as_of=ctx.as_of, names=ctx.names(a.id for a in written))
        path = ctx.path(written[0].id, "period")
        yield Outcome(Verdict.EJ_UPPFYLLT, path, msg, situation=Situation.MISSING_STEP)
        return
    msg = ctx.say(M, "none")
    yield Outcome(Verdict.EJ_UPPFYLLT, ("agreements",), msg, situation=Situation.MISSING_STEP)


def _contents(ctx: Context) -> Iterator[Outcome]:
    if not ctx.g.agreements:
        yield Outcome(Verdict.EJ_TILLAMPLIG, ("agreements",), ctx.say(M, "no_items"))
        return
    for a in ctx.g.agreements:
        name = ctx.name(a.id)
        path = ctx.path(a.id)
        if not a.written:
            yield Outcome(
                Verdict.EJ_TILLAMPLIG,
                ctx.path(a.id, "written"),
                ctx.say(M, "not_written", name=name),
            )
            continue
        when = concluded(ctx, a)
        if when is not None and when < LAW_IN_FORCE:
            yield Outcome(
                Verdict.EJ_TILLAMPLIG, path, ctx.say(M, "before_law", name=name, date=when)
            )
            continue
        if agreement_applies(ctx, a) is False:
            msg = ctx.say(M, "not_in_force", name=name, as_of=ctx.as_of)
            yield Outcome(Verdict.EJ_TILLAMPLIG, ctx.path(a.id, "period"), msg)
            continue
        lacks = [k for k, v in (("purposes", a.purposes), ("areas", a.areas)) if not v]
        if not lacks:
            yield Outcome(Verdict.UPPFYLLT, path, ctx.say(M, "content_ok", name=name))
            continue
        what = ctx.say(M, "w_and").join(ctx.say(M, f"w_{k}") for k in lacks)
        yield Outcome(
            coverage(len(lacks), 2, absent=Verdict.EJ_BEDOMBART),
            ctx.path(a.id, lacks[0]),
            ctx.say(M, "content_unrecorded", name=name, what=what),
            ctx.say(M, "content_fix"),
            situation=Situation.OTHER_DOCUMENT,
        )


def _in_force(ctx: Context) -> Iterator[Outcome]:
    written = [a for a in ctx.g.agreements if a.written]
    if not written:
        msg = ctx.say(M, "no_items")
        yield Outcome(
            Verdict.EJ_BEDOMBART,
            ("agreements",),
            msg,
            situation=Situation.UNRECORDED,
            action=ctx.say(M, "no_items_action"),
        )
        return
    for a in written:
        what = ctx.say(M, "w_agreement", name=ctx.name(a.id))
        yield period_state(ctx, what, a.period, a.id, ctx.path(a.id, "period"))


RULES: tuple[Rule, ...] = (
    law_rule(
        "KBFA-L9A",
        law(9),
        strength=BEST,
        level=DESIGN,
        duty="9",
        title=(
            "Kommunen verkar för skriftliga överenskommelser om samverkan",
            "The municipality works towards written cooperation agreements",
        ),
        paraphrase=(
            "Kommunen ska verka för att skriftliga överenskommelser om samverkan ingås med "
            "relevanta aktörer. Skyldigheten avser kommunens ansträngningar, inte att en "
            "överenskommelse faktiskt ingås.",
            "The municipality must work towards written cooperation agreements with relevant "
            "actors. The duty concerns its efforts, not that an agreement is actually made.",
        ),
        satisfied=(
            "Minst en gällande skriftlig överenskommelse med en annan aktör, eller krav i "
            "styrdokumentet på sådana överenskommelser (ansträngningen).",
            "At least one written agreement in force with another actor, or requirements on "
            "such agreements in the steering document (the effort).",
        ),
        fix=(
            "Beskriv i styrdokumentet hur kommunen verkar för skriftliga överenskommelser och "
            "för in de överenskommelser som finns under [[agreements]].",
            "Describe in the steering document how the municipality works towards written "
            "agreements and enter those that exist under [[agreements]].",
        ),
        action=(
            "{Lead} verkar för skriftliga överenskommelser om samverkan med polisen och "
            "andra relevanta aktörer.",
            "{Lead} works towards written cooperation agreements with the police and other "
            "relevant actors.",
        ),
        check=_effort,
    ),
    law_rule(
        "KBFA-L9B",
        law(9),
        strength=MUST,
        level=DESIGN,
        duty="9",
        title=(
            "En skriftlig överenskommelse anger syften och områden",
            "A written agreement states purposes and areas",
        ),
        paraphrase=(
            "En skriftlig överenskommelse om samverkan ska innehålla åtminstone uppgifter om för "
            "vilka syften och inom vilka områden samverkan ska ske. Kravet gäller "
            "överenskommelser som ingåtts den 1 juli 2023 eller senare och som fortfarande gäller.",
            "A written cooperation agreement must state at least the purposes and areas of the "
            "cooperation; this applies to agreements concluded on or after 1 July 2023 and "
            "still in force.",
        ),
        satisfied=(
            "Varje gällande skriftlig överenskommelse som ingåtts från 2023-07-01 har minst ett "
            "syfte (purposes) och ett område (areas).",
            "Every written agreement in force and concluded from 2023-07-01 has purposes and "
            "areas.",
        ),
        fix=(
            "För in överenskommelsens syften och områden; saknas de i överenskommelsen, "
            "komplettera den.",
            "Enter the agreement's purposes and areas; if it lacks them, complete it.",
        ),
        action=(
            "{Lead} verkar för att överenskommelsen anger för vilka syften och inom vilka "
            "områden samverkan sker, vid nästa revidering eller i en ny överenskommelse.",
            "{Lead} works towards the agreement stating the purposes and areas of "
            "cooperation, at its next revision or in a new agreement.",
        ),
        check=_contents,
    ),
    law_rule(
        "KBFA-L9C",
        law(9),
        strength=BEST,
        level=PRACTICE,
        duty="9",
        interpretation=True,
        title=("Överenskommelserna gäller", "The agreements are in force"),
        paraphrase=(
            "kbfa:s tolkning: en överenskommelse som har löpt ut är inte längre en "
            "överenskommelse om samverkan, och kommunen ska verka för en ny. En period som "
            "förnyas (t.ex. vartannat år) räknas från senaste undertecknande och löper ut dagen "
            "före årsdagen.",
            "kbfa's reading: an expired agreement no longer counts, and the municipality should "
            "work for a new one. A rolling period counts from the latest signing and ends on "
            "the day before the anniversary.",
        ),
        satisfied=(
            "Bedömningsdagen ligger inom varje skriftlig överenskommelses period (eller den "
            "gäller tills vidare, eller ett undertecknande ligger inom den löpande perioden).",
            "The evaluation date lies within each written agreement's period.",
        ),
        fix=(
            "Verka för en ny överenskommelse och ange dess period, eller registrera "
            'undertecknandet under [[evidence]] (kind = "signed").',
            "Work for a new agreement and state its period, or record its signing as evidence.",
        ),
        action=(
            "{Lead} ser till att varje överenskommelse om samverkan anger hur länge den gäller, "
            "och verkar för en ny när en har upphört att gälla.",
            "{Lead} sees to it that every cooperation agreement states how long it applies, and "
            "works towards a new one when one has ended.",
        ),
        check=_in_force,
    ),
)
