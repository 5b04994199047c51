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

In practice (L4F, L4G) the latest recorded lägesbild is judged on what kbfa can see
of it. Statistics that cover the year it maps are evidence of the kartläggning of
crime's extent (1 p.): a lägesbild of 2026-03-17 maps 2025, so values for 2025 (or
2026) count. They are never evidence of the analysis (3 p.): only a recorded
lägesbild that contains one, or a cause analysis recorded after it, is. Neither rule
is ever "ej uppfyllt": what kbfa cannot see is "ej bedömbart", and a late update is
6 §'s (L6C).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from kbfa.i18n import Catalogue
from kbfa.model import (
    ContentPart,
    Deliverable,
    DeliverableKind,
    Evidence,
    EvidenceKind,
    IndicatorPart,
    Territory,
)
from kbfa.rules._context import Context
from kbfa.rules._rule import Outcome, Rule, law, law_rule
from kbfa.rules._verdicts import Situation, Verdict
from kbfa.rules.law._common import DESIGN, MUST, PRACTICE, lagesbilder, parts_text, plans

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
    "lb_unrecorded": {
        "sv": "Ingen framtagen lägesbild är registrerad, så det finns ingen lägesbild att "
        "bedöma innehållet i (se KBFA-L6C).",
        "en": "No produced lägesbild is recorded, so there is no lägesbild whose content "
        "could be assessed (see KBFA-L6C).",
    },
    "lb_no_year": {
        "sv": "Ingen framtagen lägesbild är registrerad, så det finns inget år att jämföra "
        "statistiken med (se KBFA-L6C).",
        "en": "No produced lägesbild is recorded, so there is no year to compare the "
        "statistics with (see KBFA-L6C).",
    },
    "extent_shown": {
        "sv": "Lägesbilden från {date} ({ref}) kartlägger {year}, och statistiken för {names} "
        "har värden för {years}. Det är underlag för kartläggningen av brottslighetens "
        "omfattning (4 § 1 p.), men ersätter inte analysen (4 § 3 p.).",
        "en": "The lägesbild of {date} ({ref}) maps {year}, and the statistics of {names} have "
        "values for {years}. That is a basis for mapping the extent of crime (s. 4(1)), but "
        "does not replace the analysis (s. 4(3)).",
    },
    "extent_not_shown": {
        "sv": "Lägesbilden från {date} ({ref}) kartlägger {year}, men ingen registrerad "
        "statistik om brottslighetens omfattning har värden för {year} eller {next}{newest}. "
        "Kartläggningen kan bygga på annat underlag; det framgår i så fall av lägesbilden "
        "själv.",
        "en": "The lägesbild of {date} ({ref}) maps {year}, but no recorded statistics on the "
        "extent of crime have values for {year} or {next}{newest}. The mapping may rest on "
        "other sources; the lägesbild itself would show it.",
    },
    "newest": {"sv": " (den senaste är för {year})", "en": " (the latest is for {year})"},
    "no_statistics": {
        "sv": "Lägesbilden från {date} ({ref}) kartlägger {year}; ingen statistik om "
        "brottslighetens omfattning är registrerad i filen, så kartläggningens underlag framgår "
        "bara av lägesbilden själv.",
        "en": "The lägesbild of {date} ({ref}) maps {year}; no statistics on the extent of crime "
        "are recorded in the file, so the mapping's basis is shown by the lägesbild alone.",
    },
    "unread": {
        "sv": " Statistiken för {names} kunde inte läsas: {problem}",
        "en": " The statistics of {names} could not be read: {problem}",
    },
    "extent_fix": {
        "sv": "Registrera statistiken som lägesbilden bygger på under [[datasets]] och "
        "[[indicators]] (data), t.ex. med kbfa data fetch kolada.",
        "en": "Record the statistics the lägesbild rests on under [[datasets]] and "
        "[[indicators]] (data), e.g. with kbfa data fetch kolada.",
    },
    "analysis_in_lb": {
        "sv": "Lägesbilden från {date} ({ref}) är {name}, som enligt styrdokumentet innehåller "
        "{parts}.",
        "en": "The lägesbild of {date} ({ref}) is {name}, which according to the steering "
        "document contains {parts}.",
    },
    "analysis_after": {
        "sv": "Efter lägesbilden från {lb_date} ({lb}) registrerades {name} {date} ({ref}).",
        "en": "After the lägesbild of {lb_date} ({lb}), {name} was recorded on {date} ({ref}).",
    },
    "analysis_unrecorded": {
        "sv": "Att lägesbilden från {date} ({ref}) innehåller en analys är inte registrerat: "
        "styrdokumentet anger inte att {name} innehåller en analys, och ingen orsaksanalys "
        "är registrerad efter den.{data}",
        "en": "That the lägesbild of {date} ({ref}) contains an analysis is not recorded: the "
        "steering document does not state that {name} contains one, and no cause analysis "
        "is recorded after it.{data}",
    },
    "data_no_analysis": {
        "sv": " Statistiken om brottsligheten är underlag för analysen, inte analysen själv.",
        "en": " Statistics on crime are a basis for the analysis, not the analysis itself.",
    },
    "analysis_fix": {
        "sv": "Registrera lägesbildens analys, t.ex. en orsaksanalys (en leverans med kind = "
        '"orsaksanalys") med ett belägg "delivered" efter lägesbilden, eller ange "analysis" '
        "i lägesbildens covers när den innehåller en analys.",
        "en": 'Record the lägesbild\'s analysis, e.g. a cause analysis (kind = "orsaksanalys") '
        'with a "delivered" record after the lägesbild, or list "analysis" in its covers.',
    },
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


def _point(point: str, ctx: Context) -> Iterator[Outcome]:
    # Bound per point with functools.partial, not built in a closure at import, so the
    # check is code that runs when a rule is evaluated (and mutation testing reaches it).
    wanted = POINTS[point]
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
        yield Outcome(Verdict.UPPFYLLT, path, ctx.say(M, "parts_all", parts=parts_text(ctx, have)))
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


_PRODUCED = (EvidenceKind.DELIVERED, EvidenceKind.ADOPTED)
#: What a deliverable must be stated to contain for its delivery to show an analysis (3 p.).
_ANALYSING = frozenset({ContentPart.ANALYSIS, ContentPart.CAUSE_ANALYSIS})


def _latest_lagesbild(ctx: Context) -> tuple[Evidence, Deliverable] | None:
    """The latest recorded production of a lägesbild on the date, with its deliverable."""
    records = [(e, d) for d in lagesbilder(ctx) for e in ctx.evidence(d.id, *_PRODUCED)]
    return max(records, key=lambda r: r[0].date, default=None)


def _extent_in_practice(ctx: Context) -> Iterator[Outcome]:
    """Statistics are one kind of evidence, and an optional one: with no lägesbild
    recorded, or no statistics registered, this rule has nothing to apply to (ej
    tillämplig); L4G and L6C carry the practice of 4 § then."""
    found = lagesbilder(ctx)
    latest = _latest_lagesbild(ctx)
    extent = [
        (j, ind)
        for j, ind in enumerate(ctx.g.indicators)
        if ind.data is not None and ind.part in (None, IndicatorPart.EXTENT)
    ]
    if not found or latest is None:
        key = "needs_lagesbild" if not found else "lb_no_year"
        path = ctx.path(found[0].id) if found else ("deliverables",)
        msg = ctx.say(M, key)
        yield Outcome(Verdict.EJ_TILLAMPLIG, path, msg)
        return
    record, _ = latest
    # A lägesbild maps the year before it is made; one made late in a year may map that year.
    mapped = record.date.year - 1
    params = {"ref": record.reference, "date": record.date, "year": mapped}
    if not extent:
        msg = ctx.say(M, "no_statistics", **params)
        yield Outcome(Verdict.EJ_TILLAMPLIG, ("indicators",), msg)
        return
    wanted = {mapped, mapped + 1}
    covering: list[tuple[int, str, int]] = []  # (indicator index, name, latest year covered)
    newest: int | None = None
    unread: list[tuple[str, str]] = []
    stats = ctx.statistics()
    for j, ind in extent:
        data = stats.data.get(ind.id) if stats is not None else None
        if data is None:
            problems = stats.problems.get(ind.id, ()) if stats is not None else ()
            if problems:
                unread.append((f'"{ind.name}"', str(problems[0])))
            continue
        if any(s.retrieved > ctx.as_of for s in data.sources):
            continue  # retrieved after the date: not yet a fact on it
        years = {o.year for o in data.municipality.observations if o.value is not None}
        if years:
            newest = max(newest or 0, max(years))
        hit = years & wanted
        if hit:
            covering.append((j, f'"{ind.name}"', max(hit)))
    if covering:
        j = covering[0][0]
        years_text = _and(ctx, [str(y) for y in sorted({c[2] for c in covering})])
        names = _and(ctx, [c[1] for c in covering])
        msg = ctx.say(M, "extent_shown", names=names, years=years_text, **params)
        yield Outcome(Verdict.UPPFYLLT, ("indicators", j, "data"), msg)
        return
    extra = ctx.say(M, "newest", year=newest) if newest is not None else ""
    msg = ctx.say(M, "extent_not_shown", next=mapped + 1, newest=extra, **params)
    if unread:
        names = _and(ctx, [u[0] for u in unread])
        msg += ctx.say(M, "unread", names=names, problem=unread[0][1])
    fix = ctx.say(M, "extent_fix")
    path = ctx.evidence_path(record)
    yield Outcome(Verdict.EJ_BEDOMBART, path, msg, fix, situation=Situation.UNRECORDED)


def _and(ctx: Context, items: list[str]) -> str:
    """ "a, b och c" """
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + (" och " if ctx.lang == "sv" else " and ") + items[-1]


def _analysis_in_practice(ctx: Context) -> Iterator[Outcome]:
    if not lagesbilder(ctx):
        msg = ctx.say(M, "needs_lagesbild")
        yield Outcome(
            Verdict.EJ_BEDOMBART, ("deliverables",), msg, situation=Situation.MISSING_STEP
        )
        return
    latest = _latest_lagesbild(ctx)
    if latest is None:
        path = ctx.path(lagesbilder(ctx)[0].id)
        msg = ctx.say(M, "lb_unrecorded")
        yield Outcome(Verdict.EJ_BEDOMBART, path, msg, situation=Situation.UNRECORDED)
        return
    record, lagesbild = latest
    path = ctx.evidence_path(record)
    stated = tuple(p for p in lagesbild.covers if p in _ANALYSING)
    if stated:
        parts = parts_text(ctx, stated)
        name = ctx.name(lagesbild.id)
        msg = ctx.say(
            M, "analysis_in_lb", ref=record.reference, date=record.date, name=name, parts=parts
        )
        yield Outcome(Verdict.UPPFYLLT, path, msg)
        return
    analyses = [
        (e, d)
        for d in ctx.g.deliverables
        if d.kind is DeliverableKind.ORSAKSANALYS
        or (d.kind is DeliverableKind.LAGESBILD and _ANALYSING & set(d.covers))
        for e in ctx.evidence(d.id, *_PRODUCED)
        if e.date >= record.date
    ]
    if analyses:
        e, d = min(analyses, key=lambda a: a[0].date)
        msg = ctx.say(
            M,
            "analysis_after",
            lb=record.reference,
            lb_date=record.date,
            name=ctx.name(d.id),
            ref=e.reference,
            date=e.date,
        )
        yield Outcome(Verdict.UPPFYLLT, ctx.evidence_path(e), msg)
        return
    data = ctx.say(M, "data_no_analysis") if any(i.data for i in ctx.g.indicators) else ""
    msg = ctx.say(
        M,
        "analysis_unrecorded",
        ref=record.reference,
        date=record.date,
        name=ctx.name(lagesbild.id),
        data=data,
    )
    fix = ctx.say(M, "analysis_fix")
    yield Outcome(Verdict.EJ_BEDOMBART, path, msg, fix, situation=Situation.UNRECORDED)


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
        check=partial(_point, "1"),
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
        check=partial(_point, "2"),
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
        check=partial(_point, "3"),
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
    law_rule(
        "KBFA-L4F",
        law(4, "1"),
        strength=MUST,
        level=PRACTICE,
        duty="4",
        title=(
            "Statistik om brottslighetens omfattning finns för lägesbildens år",
            "Statistics on the extent of crime cover the lägesbild's year",
        ),
        paraphrase=(
            "Kartläggningen av brottslighetens omfattning (4 § 1 p.) i praktiken: den senast "
            "framtagna lägesbilden har statistik för det år den kartlägger (året före "
            "lägesbilden, eller dess eget). Statistiken visar underlag för omfattningen, "
            "aldrig analysen (3 p.). Täcker den registrerade statistiken inte året är delen ej "
            "bedömbar, aldrig en brist; utan registrerad statistik är regeln inte tillämplig.",
            "The mapping of the extent of crime (s. 4(1)) in practice: the latest lägesbild has "
            "statistics for the year it maps (the year before it, or its own). Statistics show "
            "a basis for the extent, never the analysis (s. 4(3)). Statistics that miss the "
            "year leave the part unassessable, never a breach; with none recorded the rule "
            "does not apply.",
        ),
        satisfied=(
            'Ett belägg ("delivered" eller "adopted") för en lägesbild och en indikator med '
            "data (part = extent eller utelämnad) som har ett värde för kommunen för året före "
            "belägget eller beläggets år, hämtad senast bedömningsdagen.",
            'A "delivered" or "adopted" record of a lägesbild and an indicator with data '
            "(part extent or left out) with a value for the municipality for the year before "
            "the record or its own year, retrieved by the date.",
        ),
        fix=(
            "Registrera statistiken som lägesbilden bygger på under [[datasets]] och "
            "[[indicators]] (data).",
            "Record the statistics the lägesbild rests on under [[datasets]] and [[indicators]].",
        ),
        action=(
            "{Lead} ser till att lägesbilden bygger på statistik om brottsligheten för det år "
            "den beskriver, till exempel anmälda brott per 100 000 invånare.",
            "{Lead} sees to it that the situation report rests on crime statistics for the "
            "year it describes, such as reported crimes per 100,000 inhabitants.",
        ),
        check=_extent_in_practice,
    ),
    law_rule(
        "KBFA-L4G",
        law(4, "3"),
        strength=MUST,
        level=PRACTICE,
        duty="4",
        title=(
            "Lägesbildens analys är registrerad",
            "The lägesbild's analysis is recorded",
        ),
        paraphrase=(
            "Analysen av kartläggningen och informationen (4 § 3 p.) i praktiken: den senast "
            "framtagna lägesbilden innehåller enligt styrdokumentet en analys, eller en "
            "orsaksanalys är registrerad efter den. Statistik räknas aldrig som analys. "
            "Annars är delen ej bedömbar, aldrig en brist.",
            "The analysis (s. 4(3)) in practice: the latest lägesbild contains one according "
            "to the steering document, or a cause analysis is recorded after it. Statistics "
            "never count as an analysis; otherwise the part cannot be assessed, never a breach.",
        ),
        satisfied=(
            'Den senast registrerade lägesbilden har "analysis" eller "cause_analysis" i covers, '
            'eller en orsaksanalys har ett belägg ("delivered" eller "adopted") samma dag eller '
            "senare.",
            'The latest recorded lägesbild covers "analysis" or "cause_analysis", or a cause '
            "analysis is recorded on or after its day.",
        ),
        fix=(
            "Registrera lägesbildens analys, t.ex. en orsaksanalys med ett belägg efter "
            "lägesbilden.",
            "Record the lägesbild's analysis, e.g. a cause analysis recorded after it.",
        ),
        action=(
            "{Lead} ser till att den färdiga lägesbilden och dess analys diarieförs, så att "
            "det går att visa att analysen är gjord (till exempel en orsaksanalys).",
            "{Lead} sees to it that the finished situation report and its analysis are "
            "registered, so that it can be shown that the analysis was made (e.g. a cause "
            "analysis).",
        ),
        check=_analysis_in_practice,
    ),
)
