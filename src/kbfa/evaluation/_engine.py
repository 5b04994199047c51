"""Run the rules over one municipality as of a date (layer 4).

The engine knows no rule by name. For every rule it:

1. applies the rule's in-force date (before it, "ej tillämplig");
2. applies the steering document's time (:mod:`kbfa.rules._document`): the
   municipality's own rules apply only while the document does; what the law's and
   Brå's design rules credit to a document that does not apply is "ej bedömbart:
   inget gällande styrdokument", and before the document's decision no design
   finding at all is drawn from it;
3. applies the municipality's unexpired waivers, but never to a rule of the law;
4. attaches the municipality's explanation of the rule's findings, verdict unchanged;
5. derives each finding's severity from the rule and the outcome's situation
   (:meth:`kbfa.rules.Rule.severity`), and sorts the findings;
6. for a region acting as the municipality, writes the region's words (regionstyrelsen,
   regionfullmäktige: :mod:`kbfa.i18n.regional`) in what it says.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING

from kbfa.config import LoadedConfig, Location
from kbfa.evaluation._finding import EvaluationResult, Finding, Severity, Verdict
from kbfa.i18n import Catalogue, Lang, render
from kbfa.model import Explanation, Governance, Waiver
from kbfa.rules import (
    Context,
    DocumentState,
    Level,
    Outcome,
    Rule,
    Situation,
    action_text,
    is_law_code,
    lead_in_text,
    rules_for,
)

if TYPE_CHECKING:
    from kbfa.data import Statistics

__all__ = ["evaluate", "matches", "severity_of"]

#: A key path into the config, as the loader locates it: ("deliverables", 1, "covers").
KeyPath = tuple[str | int, ...]

T: Catalogue = {
    "not_in_force": {
        "sv": "Regeln gäller från {date}; den bedöms inte före dess.",
        "en": "The rule applies from {date}; it is not assessed before then.",
    },
    "document_off": {
        "sv": "{why} Kommunens egna regler i det tillämpas därför inte.",
        "en": "{why} The municipality's own rules in it therefore do not apply.",
    },
    "not_credited": {
        "sv": "{why} Det som dokumentet anger kan därför inte tillgodoräknas: {message}",
        "en": "{why} What the document states can therefore not be credited: {message}",
    },
    "not_credited_plain": {
        "sv": "{title}: kan inte tillgodoräknas, eftersom styrdokumentet inte gäller.",
        "en": "{title}: cannot be credited, since the steering document does not apply.",
    },
    "also": {
        "sv": "{message} (Inget styrdokument gäller per {as_of}; se KBFA-KA.)",
        "en": "{message} (No steering document applies on {as_of}; see KBFA-KA.)",
    },
    "no_document_fix": {
        "sv": "Besluta ett gällande styrdokument och för in det, med beslut och giltighetstid, "
        "i konfigurationen.",
        "en": "Decide a steering document that applies and enter it, with its decision and "
        "validity, in the config.",
    },
    "no_document_action": {
        "sv": "Fullmäktige eller kommunstyrelsen beslutar ett nytt styrdokument för det "
        "brottsförebyggande arbetet, med giltighetstid.",
        "en": "The assembly or the executive board decides a new steering document for the "
        "crime-prevention work, with a period of validity.",
    },
    "waived": {
        "sv": "{message} Undantag beslutat ({decision}){until}: {why}",
        "en": "{message} Waived by decision ({decision}){until}: {why}",
    },
    "until": {"sv": ", gäller till och med {date}", "en": ", in force until {date}"},
    "unknown": {
        "sv": "Uppgiften är okänd: {note} Därför bedöms inte: {message}",
        "en": "The fact is unknown: {note} So this is not assessed: {message}",
    },
    "unknown_fix": {
        "sv": "Ta reda på uppgiften och för in den; ta sedan bort den ur listan över okända "
        "uppgifter ([[unknowns]]).",
        "en": "Find out the fact and enter it; then remove it from the unknown facts "
        "([[unknowns]]).",
    },
    "unknown_action": {
        "sv": "{Lead} ser till att uppgiften tas fram, så att den kan bedömas: {note}",
        "en": "{Lead} sees to it that the fact is found out, so that it can be assessed: {note}",
    },
    "explained": {"sv": "{text} ({decision})", "en": "{text} ({decision})"},
}


def matches(code: str, patterns: Iterable[str]) -> bool:
    """Whether ``code`` is one of ``patterns`` or starts with one (``KBFA-L`` selects all law)."""
    return any(code == p or code.startswith(p) for p in patterns)


def severity_of(
    rule: Rule, verdict: Verdict, situation: Situation | None = None, informational: bool = False
) -> Severity:
    """The severity of one outcome of ``rule`` (see :meth:`kbfa.rules.Rule.severity`)."""
    return rule.severity(verdict, situation, informational)


def evaluate(
    config: LoadedConfig | Governance,
    as_of: dt.date | None = None,
    *,
    lang: Lang = "sv",
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
) -> EvaluationResult:
    """Every finding for one municipality as of ``as_of`` (default today), in ``lang``.

    ``config`` is a loaded config (findings are then located by file and line) or a
    bare :class:`~kbfa.model.Governance` (findings carry the key path only).
    ``select``/``ignore`` keep or drop findings by code or code prefix; every
    rule still runs, so summary rules see the whole picture.
    """
    locate: Callable[[KeyPath], Location] | None = None
    if isinstance(config, LoadedConfig):
        g, file, locate = config.governance, config.file, config.locate
    else:
        g, file = config, ""
    day = as_of or dt.date.today()
    rules = rules_for(g)
    ctx = Context(g, day, lang, frozenset(r.code for r in rules), _statistics(config, lang))
    lead = lead_in_text(ctx)  # whom the actions address (13 §), found once
    waivers = _waivers(g.waivers, day)
    explanations = _explanations(g.explanations, lang)
    # Informational rules run last, so a summary can read the verdicts of the others.
    order = [r for r in rules if not r.informational] + [r for r in rules if r.informational]
    produced: dict[str, list[Finding]] = {}
    for rule in order:
        produced[rule.code] = _run(rule, ctx, locate, waivers, explanations.get(rule.code), lead)
    # A bare string is one code, not a sequence of one-letter prefixes.
    keep = (select,) if isinstance(select, str) else tuple(select or ())
    drop = (ignore,) if isinstance(ignore, str) else tuple(ignore or ())
    findings = tuple(
        f
        for rule in rules
        for f in produced[rule.code]
        if (not keep or matches(f.code, keep)) and not matches(f.code, drop)
    )
    m = g.municipality
    return EvaluationResult(
        m.name,
        file,
        day,
        findings,
        m.kommunkod,
        m.lan,
        g.format_version or 1,
        ctx.statistics_read,
        region=g.is_region,
        unknowns=g.unknowns,
    )


def _statistics(config: LoadedConfig | Governance, lang: Lang) -> Callable[[], Statistics]:
    """How the rules that need them read the indicators' data files, on first use.

    A model built in code has no file: its datasets' files are read relative to the
    current directory, as a relative path is anywhere else.
    """

    def read() -> Statistics:
        from kbfa.data import read_statistics

        return read_statistics(config, lang=lang)

    return read


def _waivers(waivers: tuple[Waiver, ...], day: dt.date) -> Mapping[str, Waiver]:
    """The unexpired waiver for each rule code; the first one written wins.

    A waiver covers its expiry day ("till och med"). A waiver of a rule of the law is
    never applied: no municipal decision sets a statute aside (KBFA-W1 reports it).
    """
    out: dict[str, Waiver] = {}
    for w in waivers:
        if is_law_code(w.rule) or w.rule in out:
            continue
        if w.expires is None or day <= w.expires:
            out[w.rule] = w
    return out


def _explanations(explanations: tuple[Explanation, ...], lang: Lang) -> Mapping[str, str]:
    """Each rule's explanation as shown beside its findings (several are joined)."""
    out: dict[str, list[str]] = {}
    for e in explanations:
        text = (
            render(T, "explained", lang, text=e.text, decision=e.decision) if e.decision else e.text
        )
        out.setdefault(e.rule, []).append(text)
    return {code: " ".join(texts) for code, texts in out.items()}


def _in_time(rule: Rule, ctx: Context, outcome: Outcome) -> Outcome:
    """The outcome as the steering document's time allows (see the module docstring)."""
    time = ctx.document
    if time.applies or not rule.rests_on_document:
        return outcome
    why = time.why(ctx.lang)
    fix = render(T, "no_document_fix", ctx.lang)
    action = render(T, "no_document_action", ctx.lang)
    if time.state is DocumentState.NOT_YET:
        # The config describes governance that did not exist yet: draw nothing from it.
        if outcome.verdict is Verdict.EJ_TILLAMPLIG:
            return outcome
        return Outcome(
            Verdict.EJ_BEDOMBART,
            outcome.path,
            why,
            fix,
            situation=Situation.NO_DOCUMENT,
            action=action,
        )
    # Undecided or expired: nothing can be credited to it (the law's own default can).
    if outcome.verdict is Verdict.UPPFYLLT and outcome.situation is not Situation.LAW_FILLS:
        message = render(T, "not_credited", ctx.lang, why=why, message=outcome.message)
        return Outcome(
            Verdict.EJ_BEDOMBART,
            outcome.path,
            message,
            fix,
            situation=Situation.NO_DOCUMENT,
            action=action,
        )
    if outcome.verdict.is_open and not rule.informational:
        message = render(T, "also", ctx.lang, message=outcome.message, as_of=ctx.as_of)
        return Outcome(
            outcome.verdict,
            outcome.path,
            message,
            outcome.fix,
            situation=outcome.situation,
            informational=outcome.informational,
            action=outcome.action,
        )
    return outcome


def _if_unknown(rule: Rule, ctx: Context, outcome: Outcome) -> Outcome:
    """An open outcome about a fact marked unknown: ej bedömbart with the note, no breach.

    The fact's key path and the outcome's are compared: the outcome is at or below the
    unknown key, or (for a design rule, which judges what is written) it is about the
    item or table that holds the unknown key (an agreement, [leadership]), never about a
    whole list of items. A practice rule judges dated records, so only an outcome at or
    below the unknown key is about it.
    """
    if not outcome.verdict.is_open or outcome.informational:
        return outcome
    design = rule.level is Level.DESIGN
    for path, unknown in ctx.unknowns:
        if _about(outcome.path, path, ctx.tables, holder=design):
            note = unknown.note.rstrip()
            note = note if note.endswith((".", "!", "?")) else note + "."
            message = render(T, "unknown", ctx.lang, note=note, message=outcome.message)
            fix = render(T, "unknown_fix", ctx.lang)
            action = render(T, "unknown_action", ctx.lang, Lead="{Lead}", note=note)
            return Outcome(
                Verdict.EJ_BEDOMBART,
                outcome.path,
                message,
                fix,
                situation=Situation.UNKNOWN,
                action=action,
            )
    return outcome


def _about(found: KeyPath, unknown: KeyPath, tables: frozenset[str], *, holder: bool) -> bool:
    """Whether an outcome at ``found`` is about the fact at ``unknown`` (``holder``: also
    when ``found`` is the item or table holding it)."""
    if not found:
        return False
    if found[: len(unknown)] == unknown:
        return True
    if not holder or unknown[: len(found)] != found:
        return False
    return len(found) >= 2 or found[0] in tables


def _run(
    rule: Rule,
    ctx: Context,
    locate: Callable[[KeyPath], Location] | None,
    waivers: Mapping[str, Waiver],
    explanation: str | None,
    lead: str,
) -> list[Finding]:
    lang = ctx.lang
    words = ctx.words
    reference = rule.reference.label(lang)
    strength_words = rule.strength_words(lang)
    title = words(rule.title(lang))
    source = str(rule.source)

    general_action = rule.action(lang, lead)

    def finding(
        outcome: Outcome, verdict: Verdict, message: str, fix: str | None, said: str | None
    ) -> Finding:
        action = action_text(outcome.action, lang, lead) if outcome.action else general_action
        return Finding(
            code=rule.code,
            verdict=verdict,
            severity=rule.severity(verdict, outcome.situation, outcome.informational),
            level=rule.level,
            reference=reference,
            url=rule.reference.url,
            location=_locate(locate, outcome.path),
            message=words(message),
            fix=words(fix) if fix is not None and verdict.is_open else None,
            title=title,
            source=source,
            duty=rule.duty,
            situation=outcome.situation,
            strength=rule.strength,
            interpretation=rule.interpretation,
            informational=rule.informational,
            explanation=explanation,
            strength_words=strength_words,
            action=words(action) if action is not None and verdict.is_open else None,
            said=words(said) if said is not None else None,
        )

    results: list[tuple[Verdict, Severity]] = []
    ctx.results[rule.code] = (rule, results)
    if ctx.as_of < rule.in_force:
        msg = render(T, "not_in_force", lang, date=rule.in_force)
        results.append((Verdict.EJ_TILLAMPLIG, Severity.INFO))
        outcome = Outcome(Verdict.EJ_TILLAMPLIG, (), msg)
        return [finding(outcome, Verdict.EJ_TILLAMPLIG, msg, None, None)]
    own_document = ctx.documents.get(rule.document, ctx.document)
    if rule.document_rule and not own_document.applies:
        msg = render(T, "document_off", lang, why=own_document.why(lang))
        where = ("steering_document",) if rule.document is None else ctx.path(rule.document)
        outcome = Outcome(Verdict.EJ_TILLAMPLIG, where, msg)
        results.append((Verdict.EJ_TILLAMPLIG, Severity.INFO))
        return [finding(outcome, Verdict.EJ_TILLAMPLIG, msg, None, None)]
    out: list[Finding] = []
    waiver = waivers.get(rule.code)
    in_time = ctx.document.applies or not rule.rests_on_document
    for o in rule.check(ctx):
        said: str | None = None
        if not in_time:
            timed = _in_time(rule, ctx, o)
            if timed.message.startswith(o.message) and timed.message != o.message:
                # Only a note was added to the rule's own words: keep them for the plain
                # report, which says once that no steering document applied.
                said = o.message
            elif timed.verdict is not o.verdict and o.verdict is Verdict.UPPFYLLT:
                # What the document says, not credited: the plain report names the reason
                # in a word (it states the document's state once, on page 1).
                said = render(T, "not_credited_plain", lang, title=title)
            o = timed
        if ctx.unknowns:
            known = o
            o = _if_unknown(rule, ctx, o)
            if o is not known:
                said = None  # the note on the unknown fact is what the reader needs
        verdict, message, fix = o.verdict, o.message, o.fix or rule.how_to_fix(lang)
        if waiver is not None and verdict.is_open:
            until = render(T, "until", lang, date=waiver.expires) if waiver.expires else ""
            message = render(
                T,
                "waived",
                lang,
                message=message,
                decision=waiver.decision,
                until=until,
                why=waiver.justification,
            )
            verdict, said = Verdict.UNDANTAG, None
        f = finding(o, verdict, message, fix, said)
        results.append((f.verdict, f.severity))
        out.append(f)
    out.sort(key=lambda f: _place(f.location))
    return out


def _locate(
    locate: Callable[[KeyPath], Location] | None, path: tuple[str | int, ...]
) -> Location | None:
    if locate is None:
        return None
    return locate(path)


def _place(location: Location | None) -> tuple[int, str]:
    if location is None:
        return (0, "")
    return (location.line or 0, location.path)
