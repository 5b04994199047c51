"""4 § lag (2023:196): the lägesbild over crime in the municipality's whole area.

References (https://lagen.nu/2023:196#P4):
- 4 §: the municipality produces a lägesbild of crime within its geographic area;
- 4 § 1 p.: a kartläggning of crime, its extent (omfattning) and consequences;
- 4 § 2 p.: other information of relevance (annan information av betydelse);
- 4 § 3 p.: an analysis of the kartläggning and the information.

What a steering document says the lägesbild contains is a description; the content
itself lives in the lägesbild. A part the document does not name is therefore
"ej bedömbart" (it may well be in the lägesbild), never a breach. Only a steering
document with no lägesbild at all misses the step 4 § demands.
"""

from __future__ import annotations

from collections.abc import Iterator

from kbfa.i18n import Catalogue
from kbfa.model import ContentPart, Territory
from kbfa.rules._context import Context
from kbfa.rules._rule import Check, Outcome, Rule, law, law_rule
from kbfa.rules._verdicts import Situation, Verdict
from kbfa.rules.law._common import DESIGN, MUST, lagesbilder, parts_text, plans

__all__ = ["RULES"]

M: Catalogue = {
    "no_lagesbild": {
        "sv": "Styrdokumentet beskriver ingen lägesbild över brottsligheten i kommunen.",
        "en": "The steering document describes no lägesbild of crime in the municipality.",
    },
    "lagesbild": {"sv": "Lägesbild: {names}.", "en": "Lägesbild: {names}."},
    "needs_lagesbild": {
        "sv": "Det finns ingen lägesbild att bedöma (se KBFA-L4A).",
        "en": "There is no lägesbild to assess (see KBFA-L4A).",
    },
    "parts_all": {
        "sv": "Enligt styrdokumentet innehåller lägesbilden {parts}.",
        "en": "According to the steering document the lägesbild contains {parts}.",
    },
    "parts_some": {
        "sv": "Enligt styrdokumentet innehåller lägesbilden {have}; att den också innehåller "
        "{missing} anges inte. Det framgår i så fall av lägesbilden {name} själv.",
        "en": "According to the steering document the lägesbild contains {have}; that it also "
        "contains {missing} is not stated. The lägesbild {name} itself would show it.",
    },
    "parts_none": {
        "sv": "Styrdokumentet anger inte att lägesbilden innehåller {missing}; det kan bara "
        "bedömas i lägesbilden {name} själv.",
        "en": "The steering document does not state that the lägesbild contains {missing}; only "
        "the lägesbild {name} itself can show it.",
    },
    "parts_fix": {
        "sv": "Kontrollera i lägesbilden {name} att den innehåller {parts}, och ange det i covers "
        "({keys}) när den gör det.",
        "en": "Check in the lägesbild {name} that it contains {parts}, and list it in covers "
        "({keys}) once it does.",
    },
    "scope_whole": {
        "sv": "{what} avser hela kommunens geografiska område.",
        "en": "{what} concerns the municipality's whole geographic area.",
    },
    "scope_limited": {
        "sv": "{what} avgränsas till en del av kommunens område eller till vissa slags platser, "
        "men lägesbilden ska avse brottsligheten i hela kommunens geografiska område.",
        "en": "{what} is limited to a part of the municipality's area or to some kinds of "
        "places, but the lägesbild must cover crime in the whole geographic area.",
    },
    "scope_limited_document": {
        "sv": "Styrdokumentet avgränsar arbetet till en del av kommunens område eller till vissa "
        "slags platser, men lägesbilden ska avse brottsligheten i hela kommunens geografiska "
        "område.",
        "en": "The steering document limits the work to a part of the municipality's area or to "
        "some kinds of places, but the lägesbild must cover crime in the whole geographic area.",
    },
    "scope_default": {
        "sv": "Styrdokumentet avgränsar inte lägesbilden till en del av kommunen; enligt 4 § "
        "avser den brottsligheten i hela kommunens geografiska område.",
        "en": "The steering document does not limit the lägesbild to a part of the municipality; "
        "under s. 4 it covers crime in the whole geographic area.",
    },
    "w_document": {"sv": "Styrdokumentet", "en": "The steering document"},
}

#: The parts of 4 § per point, in the order the law names them.
POINTS: dict[str, tuple[ContentPart, ...]] = {
    "1": (ContentPart.EXTENT, ContentPart.CONSEQUENCES),
    "2": (ContentPart.OTHER_INFORMATION,),
    "3": (ContentPart.ANALYSIS,),
}


def _exists(ctx: Context) -> Iterator[Outcome]:
    found = lagesbilder(ctx)
    if not found:
        msg = ctx.say(M, "no_lagesbild")
        yield Outcome(Verdict.EJ_UPPFYLLT, ("deliverables",), msg, situation=Situation.MISSING_STEP)
        return
    names = ctx.names(d.id for d in found)
    yield Outcome(Verdict.UPPFYLLT, ctx.path(found[0].id), ctx.say(M, "lagesbild", names=names))


def _point(point: str) -> Check:
    wanted = POINTS[point]

    def check(ctx: Context) -> Iterator[Outcome]:
        found = lagesbilder(ctx)
        if not found:
            msg = ctx.say(M, "needs_lagesbild")
            yield Outcome(
                Verdict.EJ_BEDOMBART, ("deliverables",), msg, situation=Situation.MISSING_STEP
            )
            return
        # Several deliverables may together make up the lägesbild (kartläggning + analys).
        covered = {p for d in found for p in d.covers}
        if ContentPart.CAUSE_ANALYSIS in covered:
            # A cause analysis of the mapped problems is an analysis in the sense of 3 p.
            covered.add(ContentPart.ANALYSIS)
        have = tuple(p for p in wanted if p in covered)
        missing = tuple(p for p in wanted if p not in covered)
        first = found[0]
        name = ctx.name(first.id)
        path = ctx.path(first.id, "covers")
        if not missing:
            yield Outcome(
                Verdict.UPPFYLLT, path, ctx.say(M, "parts_all", parts=parts_text(ctx, have))
            )
            return
        keys = ", ".join(f'"{p.value}"' for p in missing)
        fix = ctx.say(M, "parts_fix", name=name, parts=parts_text(ctx, missing), keys=keys)
        # Named parts count; an unnamed one may well be in the lägesbild: ej bedömbart.
        verdict = Verdict.EJ_BEDOMBART
        if have:
            msg = ctx.say(
                M,
                "parts_some",
                have=parts_text(ctx, have),
                missing=parts_text(ctx, missing),
                name=name,
            )
        else:
            msg = ctx.say(M, "parts_none", missing=parts_text(ctx, missing), name=name)
        yield Outcome(verdict, path, msg, fix, situation=Situation.OTHER_DOCUMENT)

    return check


def _territory(ctx: Context) -> Iterator[Outcome]:
    doc = ctx.g.steering_document
    stated: list[tuple[str, tuple[str | int, ...], Territory]] = []
    if doc is not None and doc.territory is not None:
        stated.append((ctx.say(M, "w_document"), ("steering_document", "territory"), doc.territory))
    for d in (*lagesbilder(ctx), *plans(ctx)):
        if d.territory is not None:
            what = ctx.name(d.id)
            stated.append((what[:1].upper() + what[1:], ctx.path(d.id, "territory"), d.territory))
    limited = [s for s in stated if s[2] is Territory.LIMITED]
    if limited:
        what, path, _ = limited[0]
        if path == ("steering_document", "territory"):
            msg = ctx.say(M, "scope_limited_document")
        else:
            msg = ctx.say(M, "scope_limited", what=what)
        yield Outcome(Verdict.EJ_UPPFYLLT, path, msg, situation=Situation.CONTRARY)
        return
    if stated:
        what, path, _ = stated[0]
        yield Outcome(Verdict.UPPFYLLT, path, ctx.say(M, "scope_whole", what=what))
        return
    found = lagesbilder(ctx)
    if not found:
        msg = ctx.say(M, "needs_lagesbild")
        yield Outcome(Verdict.EJ_TILLAMPLIG, ("deliverables",), msg)
        return
    # Nothing narrower is stated: the lägesbild covers what 4 § says, the whole area.
    yield Outcome(Verdict.UPPFYLLT, ctx.path(found[0].id), ctx.say(M, "scope_default"))


RULES: tuple[Rule, ...] = (
    law_rule(
        "KBFA-L4A",
        law(4),
        strength=MUST,
        level=DESIGN,
        duty="4",
        title=("Lägesbild finns", "A lägesbild exists"),
        paraphrase=(
            "Kommunen ska ta fram en lägesbild över brottsligheten inom kommunens geografiska "
            "område.",
            "The municipality must produce a situation report (lägesbild) on crime within its "
            "geographic area.",
        ),
        satisfied=(
            'Styrdokumentet beskriver en lägesbild (en leverans med kind = "lagesbild").',
            'The steering document describes a lägesbild (a deliverable of kind "lagesbild").',
        ),
        fix=(
            "Beskriv i styrdokumentet hur kommunen tar fram sin lägesbild: vem som tar fram den, "
            "hur ofta och vad den innehåller, och för in den under [[deliverables]] (kind = "
            '"lagesbild").',
            "Describe in the steering document how the municipality produces its lägesbild: who, "
            "how often and what it contains, and enter it under [[deliverables]] (kind = "
            '"lagesbild").',
        ),
        action=(
            "{Lead} ger förvaltningen i uppdrag att ta fram en lägesbild över brottsligheten "
            "i kommunen, och styrdokumentet anger vem som tar fram den och hur ofta.",
            "{Lead} instructs the administration to produce a situation report on crime in "
            "the municipality, and the steering document states who produces it and how "
            "often.",
        ),
        check=_exists,
    ),
    law_rule(
        "KBFA-L4B",
        law(4, "1"),
        strength=MUST,
        level=DESIGN,
        duty="4",
        title=(
            "Lägesbilden kartlägger brottslighetens omfattning och konsekvenser",
            "The lägesbild maps the extent and consequences of crime",
        ),
        paraphrase=(
            "Lägesbilden ska innehålla en kartläggning av brottsligheten, dess omfattning och "
            "konsekvenser.",
            "The lägesbild must contain a mapping of crime, its extent and its consequences.",
        ),
        satisfied=(
            'Styrdokumentet anger att lägesbilden innehåller både "extent" och "consequences" '
            "(covers). Anges det inte är delen ej bedömbar: innehållet finns i lägesbilden själv.",
            'The steering document states that the lägesbild contains both "extent" and '
            '"consequences" (covers); otherwise the part cannot be assessed from the document.',
        ),
        fix=(
            "Kontrollera att lägesbilden beskriver både hur mycket brott som förekommer och "
            "vilka konsekvenser brotten får, och ange det i covers.",
            "Check that the lägesbild describes both how much crime there is and its "
            "consequences, and list them in covers.",
        ),
        action=(
            "{Lead} ser till att lägesbilden kartlägger både brottslighetens omfattning och "
            "dess konsekvenser.",
            "{Lead} sees to it that the situation report maps both the extent of crime and "
            "its consequences.",
        ),
        check=_point("1"),
    ),
    law_rule(
        "KBFA-L4C",
        law(4, "2"),
        strength=MUST,
        level=DESIGN,
        duty="4",
        title=(
            "Lägesbilden innehåller annan information av betydelse",
            "The lägesbild contains other relevant information",
        ),
        paraphrase=(
            "Lägesbilden ska också innehålla annan information av betydelse i sammanhanget.",
            "The lägesbild must also contain other information of relevance in the context.",
        ),
        satisfied=(
            'Styrdokumentet anger att lägesbilden innehåller "other_information" (covers).',
            'The steering document states that the lägesbild contains "other_information".',
        ),
        fix=(
            "Kontrollera att lägesbilden tar med annan information av betydelse (t.ex. "
            "otrygghet, uppgifter från näringsliv och invånare, omvärldsbevakning) och ange "
            '"other_information" i covers.',
            "Check that the lägesbild includes other relevant information (e.g. insecurity, "
            'input from business and residents, horizon scanning) and list "other_information".',
        ),
        action=(
            "{Lead} ser till att lägesbilden tar med annan information av betydelse, till "
            "exempel otrygghet och uppgifter från invånare, näringsliv och föreningar.",
            "{Lead} sees to it that the situation report includes other relevant "
            "information, such as insecurity and information from residents, businesses and "
            "associations.",
        ),
        check=_point("2"),
    ),
    law_rule(
        "KBFA-L4D",
        law(4, "3"),
        strength=MUST,
        level=DESIGN,
        duty="4",
        title=("Lägesbilden innehåller en analys", "The lägesbild contains an analysis"),
        paraphrase=(
            "Lägesbilden ska innehålla en analys av kartläggningen och informationen.",
            "The lägesbild must contain an analysis of the mapping and the information.",
        ),
        satisfied=(
            'Styrdokumentet anger att lägesbilden innehåller "analysis" eller "cause_analysis" '
            "(en orsaksanalys av det kartlagda är också en analys).",
            'The steering document states that the lägesbild contains "analysis" or '
            '"cause_analysis".',
        ),
        fix=(
            "Kontrollera att lägesbilden innehåller en analys av kartläggningen och "
            'informationen, och ange "analysis" i covers.',
            'Check that the lägesbild contains an analysis and list "analysis" in covers.',
        ),
        action=(
            "{Lead} ser till att lägesbilden innehåller en analys av kartläggningen och "
            "informationen.",
            "{Lead} sees to it that the situation report contains an analysis of the mapping "
            "and the information.",
        ),
        check=_point("3"),
    ),
    law_rule(
        "KBFA-L4E",
        law(4),
        strength=MUST,
        level=DESIGN,
        duty="4",
        interpretation=True,
        title=(
            "Lägesbilden avser hela kommunens geografiska område",
            "The lägesbild covers the whole municipal area",
        ),
        paraphrase=(
            "Lägesbilden ska avse brottsligheten inom kommunens geografiska område, inte bara "
            "en del av det eller vissa slags platser. kbfa läser styrdokumentets avgränsning "
            "(territory); en avgränsning är en varning, eftersom den är kbfa:s tolkning av "
            "dokumentets syfte.",
            "The lägesbild must cover crime in the municipality's geographic area, not only a "
            "part of it or some kinds of places. kbfa reads the document's delimitation "
            "(territory); a limit is a warning, as it is kbfa's reading of the document.",
        ),
        satisfied=(
            'Varken styrdokumentet, lägesbilden eller åtgärdsplanen har territory = "limited".',
            'Neither the steering document, the lägesbild nor the plan has territory = "limited".',
        ),
        fix=(
            "Låt lägesbilden avse brottsligheten i hela kommunens geografiska område.",
            "Let the lägesbild cover crime in the municipality's whole geographic area.",
        ),
        action=(
            "{Lead} ser till att lägesbilden avser brottsligheten i hela kommunens "
            "geografiska område.",
            "{Lead} sees to it that the situation report covers crime in the whole municipal area.",
        ),
        check=_territory,
    ),
)
