"""Brå's practice for indicators and their statistics: KBFA-B16–B18 (warnings, never breaches).

The chain problem → cause → measure → indicator ends in numbers. Brå asks three
things of them, each a rule here:

- KBFA-B16: every measure is followed by an indicator, its own or one of the problem
  it targets (through its cause). Brå's follow-up of a measure compares "the
  situation before and after" (BRA-produktion below); without an indicator there is
  nothing to compare.
- KBFA-B17: every indicator has data newer than two years (``settings.cycle_months``,
  the 6 § cycle): a follow-up every second year needs values from the cycle it
  follows up. A value for a year counts until two years after the year's end: a
  2023 value is current through 2025-12-30 and no longer on 2025-12-31.
- KBFA-B18: every prioritised problem is compared with a reference. A lägesbild is
  "hur situationen ser ut jämfört med referensdata och hur utvecklingen sett ut
  över tid" (BRA-lagesbild): an indicator of the problem with the county's or the
  country's values for a year the municipality has one. A count is never compared
  between areas of different size. A problem whose indicators have no statistics
  recorded is "ej bedömbart" (the lägesbild itself may compare); one with no
  indicator at all, or whose statistics cannot compare, is "ej uppfyllt".

B17 and B18 read the indicators' data files (:meth:`kbfa.rules.Context.statistics`),
and only for a config whose indicators name data. A file that cannot be read makes
its indicator "ej bedömbart" with the file's problem, so ``kbfa check`` still judges
everything else.

References:
- BRA-produktion: https://bra.se/forebygga-brott/arbeta-brottsforebyggande/uppfoljning/folj-upp-om-atagandena-har-genomforts.html
- BRA-uppfoljning: https://bra.se/forebygga-brott/samverkan/uppfoljning/folj-upp-arbetet.html
- BRA-lagesbild: https://bra.se/forebygga-brott/arbeta-brottsforebyggande/egna-forberedelser/ta-fram-en-kartlaggning-och-lagesbild.html
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from kbfa.i18n import Catalogue
from kbfa.model import Indicator, period_end
from kbfa.rules._context import Context
from kbfa.rules._rule import Outcome, Rule
from kbfa.rules._time import add_months
from kbfa.rules._verdicts import Level, Situation, Verdict
from kbfa.rules.bra import _BRA, _FU_URL, _LB_URL, _bra, _rule

__all__ = ["RULES"]

_OUTPUT_URL = (
    _BRA + "arbeta-brottsforebyggande/uppfoljning/folj-upp-om-atagandena-har-genomforts.html"
)

#: Units whose values can be compared between areas of different size (as in kbfa.data).
_COMPARABLE = frozenset({"per_100000", "per_1000", "percent", "index"})

M: Catalogue = {
    "no_measures": {
        "sv": "Det finns inga åtgärder att granska.",
        "en": "There are no measures to review.",
    },
    "measure_direct": {
        "sv": "Åtgärden {name} följs av indikatorn {ind}.",
        "en": "The measure {name} is followed by the indicator {ind}.",
    },
    "measure_via_problem": {
        "sv": "Åtgärden {name} följs genom indikatorn {ind} för problemet {problem} som den "
        "riktas mot.",
        "en": "The measure {name} is followed through the indicator {ind} of the problem "
        "{problem} it targets.",
    },
    "measure_none": {
        "sv": "Ingen indikator följer åtgärden {name}.",
        "en": "No indicator follows the measure {name}.",
    },
    "no_indicators": {
        "sv": "Det finns inga indikatorer att granska.",
        "en": "There are no indicators to review.",
    },
    "fresh": {
        "sv": "Indikatorn {ind} har ett värde för {period}{how}, inte äldre än två år.",
        "en": "The indicator {ind} has a value for {period}{how}, not older than two years.",
    },
    "stale": {
        "sv": "Indikatorns {ind} senaste värde är för {period}{how}; det är äldre än två år "
        "(det räknas till och med {until}).",
        "en": "The latest value of the indicator {ind} is for {period}{how}; it is older than "
        "two years (it counted until {until}).",
    },
    "how_data": {"sv": " i statistiken", "en": " in the statistics"},
    "how_baseline": {"sv": " (utgångsläget)", "en": " (the baseline)"},
    "how_preliminary": {"sv": " (preliminärt)", "en": " (preliminary)"},
    "no_values": {
        "sv": "Statistiken för indikatorn {ind} har inga värden för kommunen.",
        "en": "The statistics of the indicator {ind} have no values for the municipality.",
    },
    "unrecorded": {
        "sv": "Inga värden för indikatorn {ind} är registrerade (varken data eller utgångsläge).",
        "en": "No values of the indicator {ind} are recorded (neither data nor a baseline).",
    },
    "unrecorded_fix": {
        "sv": "Registrera indikatorns statistik (ett dataset och data), eller åtminstone dess "
        "utgångsläge (baseline) med år och värde.",
        "en": "Record the indicator's statistics (a dataset and data), or at least its "
        "baseline with a year and a value.",
    },
    "unread": {
        "sv": "Statistiken för indikatorn {ind} kunde inte läsas: {problem}",
        "en": "The statistics of the indicator {ind} could not be read: {problem}",
    },
    "more_problems": {
        "sv": " (och {n} problem till; kbfa data show visar alla)",
        "en": " (and {n} more problems; kbfa data show lists them all)",
    },
    "stale_fix": {
        "sv": "Hämta nyare statistik (t.ex. kbfa data fetch kolada) eller uppdatera filen och "
        "retrieved under [[datasets]].",
        "en": "Fetch newer statistics (e.g. kbfa data fetch kolada) or update the file and "
        "retrieved under [[datasets]].",
    },
    "no_prioritised": {
        "sv": "Inga prioriterade problem är registrerade.",
        "en": "No prioritised problems are recorded.",
    },
    "compared": {
        "sv": "Problemet {name} jämförs med {refs} genom indikatorn {ind} ({period}).",
        "en": "The problem {name} is compared with {refs} through the indicator {ind} ({period}).",
    },
    "w_county": {"sv": "länet", "en": "the county"},
    "w_country": {"sv": "riket", "en": "the country"},
    "w_and": {"sv": " och ", "en": " and "},
    "not_compared": {
        "sv": "Problemet {name} följs av {inds}, men ingen av dem jämför kommunen med länet "
        "eller riket{why}.",
        "en": "The problem {name} is followed by {inds}, but none compares the municipality "
        "with the county or the country{why}.",
    },
    "why_counts": {
        "sv": " (ett antal kan inte jämföras mellan områden av olika storlek; ange en nämnare, "
        "denominator)",
        "en": " (a count cannot be compared between areas of different size; give a denominator)",
    },
    "no_data": {
        "sv": "Problemet {name} följs av {inds}, men ingen statistik för dem är registrerad; "
        "om lägesbilden jämför med länet eller riket framgår av den själv.",
        "en": "The problem {name} is followed by {inds}, but no statistics are recorded for "
        "them; whether the lägesbild compares with the county or the country it shows itself.",
    },
    "problem_no_indicator": {
        "sv": "Problemet {name} följs inte av någon indikator, så det jämförs inte med länet "
        "eller riket (se KBFA-B09).",
        "en": "The problem {name} is followed by no indicator, so it is not compared with the "
        "county or the country (see KBFA-B09).",
    },
    "compare_unread": {
        "sv": "Om problemet {name} jämförs med länet eller riket kan inte bedömas: statistiken "
        "för {ind} kunde inte läsas ({problem}).",
        "en": "Whether the problem {name} is compared with the county or the country cannot be "
        "assessed: the statistics of {ind} could not be read ({problem}).",
    },
}


def _quoted(ind: Indicator) -> str:
    return f'"{ind.name}"'


def _measure_indicator(ctx: Context) -> Iterator[Outcome]:
    if not ctx.g.measures:
        yield Outcome(Verdict.EJ_TILLAMPLIG, ("measures",), ctx.say(M, "no_measures"))
        return
    direct: dict[str, Indicator] = {}
    by_problem: dict[str, Indicator] = {}
    for ind in ctx.g.indicators:
        for mid in ind.measures:
            direct.setdefault(mid, ind)
        for pid in ind.problems:
            by_problem.setdefault(pid, ind)
    for i, m in enumerate(ctx.g.measures):
        name = f'"{m.title}"'
        path = ("measures", i)
        if m.id in direct:
            msg = ctx.say(M, "measure_direct", name=name, ind=_quoted(direct[m.id]))
            yield Outcome(Verdict.UPPFYLLT, path, msg)
            continue
        problems = [
            p
            for c in m.causes
            if c in ctx.causes
            for p in ctx.causes[c].problems
            if p in by_problem
        ]
        if problems:
            pid = problems[0]
            msg = ctx.say(
                M,
                "measure_via_problem",
                name=name,
                ind=_quoted(by_problem[pid]),
                problem=ctx.name(pid),
            )
            yield Outcome(Verdict.UPPFYLLT, path, msg)
            continue
        msg = ctx.say(M, "measure_none", name=name)
        yield Outcome(Verdict.EJ_UPPFYLLT, path, msg, situation=Situation.MISSING_STEP)


def _unread(ctx: Context, ind: Indicator) -> str | None:
    """The first problem that kept ``ind``'s data from being read, with a count of the rest."""
    stats = ctx.statistics()
    problems = stats.problems.get(ind.id, ()) if stats is not None else ()
    if not problems:
        return None
    more = ctx.say(M, "more_problems", n=len(problems) - 1) if len(problems) > 1 else ""
    return str(problems[0]) + more


def _current_data(ctx: Context) -> Iterator[Outcome]:
    if not ctx.g.indicators:
        yield Outcome(Verdict.EJ_TILLAMPLIG, ("indicators",), ctx.say(M, "no_indicators"))
        return
    cutoff = add_months(ctx.as_of, -ctx.g.settings.cycle_months)
    stats = ctx.statistics()
    for j, ind in enumerate(ctx.g.indicators):
        name = _quoted(ind)
        path = ("indicators", j)
        # The newest value kbfa knows: (end of its period, label, how it is known).
        known: list[tuple[dt.date, str, str]] = []
        if ind.data is not None:
            data = stats.data.get(ind.id) if stats is not None else None
            problem = _unread(ctx, ind)
            if data is None and problem is not None:
                msg = ctx.say(M, "unread", ind=name, problem=problem)
                yield Outcome(
                    Verdict.EJ_BEDOMBART, (*path, "data"), msg, situation=Situation.UNRECORDED
                )
                continue
            last = data.municipality.latest if data is not None else None
            if last is not None:
                how = ctx.say(M, "how_data")
                if last.status.value == "preliminary":
                    how += ctx.say(M, "how_preliminary")
                known.append((period_end(last.year, last.tertial), last.label, how))
        if ind.baseline is not None:
            known.append(
                (period_end(ind.baseline.year), str(ind.baseline.year), ctx.say(M, "how_baseline"))
            )
        if not known:
            if ind.data is not None:
                msg = ctx.say(M, "no_values", ind=name)
                fix = ctx.say(M, "stale_fix")
                yield Outcome(
                    Verdict.EJ_UPPFYLLT,
                    (*path, "data"),
                    msg,
                    fix,
                    situation=Situation.MISSING_STEP,
                )
            else:
                msg = ctx.say(M, "unrecorded", ind=name)
                fix = ctx.say(M, "unrecorded_fix")
                yield Outcome(Verdict.EJ_BEDOMBART, path, msg, fix, situation=Situation.UNRECORDED)
            continue
        end, label, how = max(known)
        if end > cutoff:  # newer than two years: the value's period ended after the cutoff
            msg = ctx.say(M, "fresh", ind=name, period=label, how=how)
            yield Outcome(Verdict.UPPFYLLT, path, msg)
        else:
            until = add_months(end, ctx.g.settings.cycle_months) - dt.timedelta(days=1)
            msg = ctx.say(M, "stale", ind=name, period=label, how=how, until=until)
            fix = ctx.say(M, "stale_fix")
            yield Outcome(Verdict.EJ_UPPFYLLT, path, msg, fix, situation=Situation.MISSING_STEP)


def _reaching(ctx: Context) -> dict[str, list[int]]:
    """Problem id → indexes of the indicators that follow it, directly or through a measure."""
    out: dict[str, list[int]] = {}
    for j, ind in enumerate(ctx.g.indicators):
        reached = dict.fromkeys(ind.problems)
        for mid in ind.measures:
            measure = ctx.measures.get(mid)
            for c in measure.causes if measure else ():
                cause = ctx.causes.get(c)
                reached.update(dict.fromkeys(cause.problems if cause else ()))
        for p in reached:
            out.setdefault(p, []).append(j)
    return out


def _compared(ctx: Context) -> Iterator[Outcome]:
    prioritised = [(i, p) for i, p in enumerate(ctx.g.problems) if p.prioritised]
    if not prioritised:
        yield Outcome(Verdict.EJ_TILLAMPLIG, ("problems",), ctx.say(M, "no_prioritised"))
        return
    reaching = _reaching(ctx)
    stats = ctx.statistics()
    for i, problem in prioritised:
        name = f'"{problem.title}"'
        path = ("problems", i)
        found = reaching.get(problem.id, [])
        if not found:
            msg = ctx.say(M, "problem_no_indicator", name=name)
            yield Outcome(Verdict.EJ_UPPFYLLT, path, msg, situation=Situation.MISSING_STEP)
            continue
        compared: tuple[int, str, str] | None = None
        unread: tuple[Indicator, str] | None = None
        counts = False
        with_data = [j for j in found if ctx.g.indicators[j].data is not None]
        if not with_data:
            inds = ", ".join(_quoted(ctx.g.indicators[j]) for j in found)
            msg = ctx.say(M, "no_data", name=name, inds=inds)
            yield Outcome(Verdict.EJ_BEDOMBART, path, msg, situation=Situation.UNRECORDED)
            continue
        for j in found:
            ind = ctx.g.indicators[j]
            data = stats.data.get(ind.id) if stats is not None else None
            if data is None:
                problem_text = _unread(ctx, ind) if ind.data is not None else None
                if problem_text is not None and unread is None:
                    unread = (ind, problem_text)
                continue
            if data.unit.value not in _COMPARABLE:
                counts = True
                continue
            own = {o.period: o for o in data.municipality.observations if o.value is not None}
            refs = []
            shared_periods: list[tuple[int, int]] = []
            for ref, word in ((data.county, "w_county"), (data.country, "w_country")):
                shared = [
                    o.period for o in ref.observations if o.value is not None and o.period in own
                ]
                if shared:
                    refs.append(ctx.say(M, word))
                    shared_periods.extend(shared)
            if refs:
                compared = (j, ctx.say(M, "w_and").join(refs), own[max(shared_periods)].label)
                break
        if compared is not None:
            j, refs_text, period = compared
            msg = ctx.say(
                M,
                "compared",
                name=name,
                refs=refs_text,
                ind=_quoted(ctx.g.indicators[j]),
                period=period,
            )
            yield Outcome(Verdict.UPPFYLLT, ("indicators", j, "data"), msg)
        elif unread is not None:
            ind, problem_text = unread
            msg = ctx.say(M, "compare_unread", name=name, ind=_quoted(ind), problem=problem_text)
            yield Outcome(Verdict.EJ_BEDOMBART, path, msg, situation=Situation.UNRECORDED)
        else:
            inds = ", ".join(_quoted(ctx.g.indicators[j]) for j in found)
            why = ctx.say(M, "why_counts") if counts else ""
            msg = ctx.say(M, "not_compared", name=name, inds=inds, why=why)
            yield Outcome(Verdict.EJ_UPPFYLLT, path, msg, situation=Situation.MISSING_STEP)


RULES: tuple[Rule, ...] = (
    _rule(
        "KBFA-B16",
        _bra("Följ upp om åtagandena har genomförts", _OUTPUT_URL),
        Level.PRACTICE,
        ("Varje åtgärd följs av en indikator", "Every measure is followed by an indicator"),
        (
            "Brå: en åtgärds effekt kan uppskattas genom att jämföra situationen före och "
            "efter. Det kräver en indikator, för åtgärden själv eller för problemet den riktas "
            "mot.",
            "Brå: a measure's effect can be estimated by comparing the situation before and "
            "after. That needs an indicator, of the measure itself or of the problem it "
            "targets.",
        ),
        (
            "Varje [[measures]] nämns i measures hos en [[indicators]], eller riktas (genom sin "
            "orsak) mot ett problem som en indikator följer.",
            "Every [[measures]] entry is named by an indicator, or targets (through its cause) a "
            "problem an indicator follows.",
        ),
        (
            "Lägg till en indikator som följer åtgärden (measures = [åtgärdens id]), med "
            "utgångsläge och mål.",
            "Add an indicator that follows the measure (measures = [its id]), with a baseline "
            "and a target.",
        ),
        _measure_indicator,
        (
            "{Lead} låter förvaltningen bestämma hur varje åtgärds effekt ska mätas, med ett "
            "utgångsläge och ett mål (Brås råd).",
            "{Lead} has the administration decide how each measure's effect is measured, with "
            "a baseline and a target (Brå's advice).",
        ),
    ),
    _rule(
        "KBFA-B17",
        _bra("Följ upp arbetet", _FU_URL),
        Level.PRACTICE,
        (
            "Varje indikator har data som inte är äldre än två år",
            "Every indicator has data not older than two years",
        ),
        (
            "Brå: uppföljningen jämför med ett utgångsläge. Lägesbilden uppdateras och planen "
            "följs upp minst vartannat år (6 §), så indikatorns senaste värde får inte vara "
            "äldre än två år (settings.cycle_months) räknat från periodens slut.",
            "Brå: follow-up compares with a baseline. The lägesbild is updated and the plan "
            "followed up at least every second year (s. 6), so the indicator's latest value "
            "must not be older than two years from the end of its period.",
        ),
        (
            "Indikatorns senaste värde för kommunen (i data eller utgångsläget) gäller en period "
            "som slutade för mindre än cycle_months sedan.",
            "The indicator's latest value for the municipality (in data or the baseline) is for "
            "a period that ended less than cycle_months ago.",
        ),
        (
            "Hämta nyare statistik och uppdatera datasetet.",
            "Fetch newer statistics and update the dataset.",
        ),
        _current_data,
        (
            "{Lead} ser till att uppföljningen bygger på statistik som inte är äldre än två år "
            "(Brås råd).",
            "{Lead} sees to it that the follow-up rests on statistics no older than two years "
            "(Brå's advice).",
        ),
    ),
    _rule(
        "KBFA-B18",
        _bra("Ta fram en kartläggning och lägesbild", _LB_URL),
        Level.PRACTICE,
        (
            "Varje prioriterat problem jämförs med länet eller riket",
            "Every prioritised problem is compared with the county or the country",
        ),
        (
            "Brå: lägesbilden visar hur situationen ser ut jämfört med referensdata och hur "
            "utvecklingen sett ut över tid. En indikator för problemet har länets eller rikets "
            "värden för ett år då kommunen har ett; ett antal jämförs aldrig mellan områden.",
            "Brå: the lägesbild shows the situation against reference data and over time. An "
            "indicator of the problem has the county's or the country's values for a year the "
            "municipality has one; a count is never compared between areas.",
        ),
        (
            "En indikator som följer problemet (direkt eller genom en åtgärd) har data med "
            "länets eller rikets värden i en enhet som kan jämföras (per invånare, procent, "
            "index).",
            "An indicator following the problem has data with the county's or the country's "
            "values in a comparable unit (per inhabitants, percent, index).",
        ),
        (
            "Lägg till en indikator för problemet med statistik för kommunen, länet och riket, "
            "t.ex. ur Kolada (kbfa data fetch kolada), per 100 000 invånare.",
            "Add an indicator for the problem with statistics for the municipality, the county "
            "and the country, e.g. from Kolada, per 100,000 inhabitants.",
        ),
        _compared,
        (
            "{Lead} låter förvaltningen jämföra varje prioriterat problem med länet eller hela "
            "landet, till exempel per 100 000 invånare (Brås råd).",
            "{Lead} has the administration compare each prioritised problem with the county or "
            "the whole country, e.g. per 100,000 inhabitants (Brå's advice).",
        ),
    ),
)
