"""Run the rules over one municipality as of a date (layer 4).

The engine knows no rule by name: it runs every rule's check, applies the
in-force date and the municipality's waivers, derives each finding's severity
from the rule's strength and the verdict, and sorts the findings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from kbfa.config import LoadedConfig, Location
from kbfa.evaluation._finding import EvaluationResult, Finding, Severity, Verdict
from kbfa.i18n import Catalogue, Lang, render
from kbfa.model import Governance, Strength, Waiver
from kbfa.rules import Context, Rule, law_duties, rules_for

__all__ = ["duty_verdicts", "evaluate", "matches", "severity_of"]

T: Catalogue = {
    "not_in_force": {
        "sv": "Regeln gäller från {date}; den bedöms inte före dess.",
        "en": "The rule applies from {date}; it is not assessed before then.",
    },
    "waived": {
        "sv": "{message} Undantag beslutat ({decision}){until}: {why}",
        "en": "{message} Waived by decision ({decision}){until}: {why}",
    },
    "until": {"sv": ", gäller till och med {date}", "en": ", in force until {date}"},
}


def matches(code: str, patterns: Iterable[str]) -> bool:
    """Whether ``code`` is one of ``patterns`` or starts with one (``KBFA-L`` selects all law)."""
    return any(code == p or code.startswith(p) for p in patterns)


def severity_of(rule: Rule, verdict: Verdict) -> Severity:
    """A missed "ska" is a breach; "verka för", qualified duties and Brå are warnings.

    Verdicts that ask for nothing (uppfyllt, undantag, ej tillämplig) are info, and
    so is a rule marked informational. Missing evidence ("ej bedömbart") is a
    warning for a "ska"-rule and info for the rest.
    """
    if not verdict.is_open or rule.informational:
        return Severity.INFO
    must = rule.strength is Strength.MUST
    if verdict is Verdict.EJ_BEDOMBART:
        return Severity.WARNING if must else Severity.INFO
    return Severity.BREACH if must else Severity.WARNING


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
    if isinstance(config, LoadedConfig):
        g, file, locate = config.governance, config.file, config.locate
    else:
        g, file, locate = config, "", None
    day = as_of or dt.date.today()
    rules = rules_for(g)
    ctx = Context(g, day, lang, frozenset(r.code for r in rules))
    waivers = _waivers(g.waivers, day)
    # Informational rules run last, so a summary can read the verdicts of the others.
    order = [r for r in rules if not r.informational] + [r for r in rules if r.informational]
    produced: dict[str, list[Finding]] = {}
    for rule in order:
        produced[rule.code] = _run(rule, ctx, locate, waivers)
    # A bare string is one code, not a sequence of one-letter prefixes.
    keep = (select,) if isinstance(select, str) else tuple(select or ())
    drop = (ignore,) if isinstance(ignore, str) else tuple(ignore or ())
    findings = tuple(
        f
        for rule in rules
        for f in produced[rule.code]
        if (not keep or matches(f.code, keep)) and not matches(f.code, drop)
    )
    return EvaluationResult(g.municipality.name, file, day, findings)


def _waivers(waivers: tuple[Waiver, ...], day: dt.date) -> Mapping[str, Waiver]:
    """The unexpired waiver for each rule code (the first one written wins)."""
    out: dict[str, Waiver] = {}
    for w in waivers:
        if (w.expires is None or w.expires >= day) and w.rule not in out:
            out[w.rule] = w
    return out


def _run(
    rule: Rule,
    ctx: Context,
    locate: object,
    waivers: Mapping[str, Waiver],
) -> list[Finding]:
    lang = ctx.lang
    reference = rule.reference.label(lang)

    def finding(
        verdict: Verdict, path: tuple[str | int, ...], message: str, fix: str | None
    ) -> Finding:
        location = _locate(locate, path)
        return Finding(
            code=rule.code,
            verdict=verdict,
            severity=severity_of(rule, verdict),
            level=rule.level,
            reference=reference,
            url=rule.reference.url,
            location=location,
            message=message,
            fix=fix if verdict.is_open else None,
            title=rule.title(lang),
            source=str(rule.source),
            duty=rule.duty,
        )

    if ctx.as_of < rule.in_force:
        msg = render(T, "not_in_force", lang, date=rule.in_force)
        ctx.verdicts[rule.code].append(Verdict.EJ_TILLAMPLIG)
        return [finding(Verdict.EJ_TILLAMPLIG, (), msg, None)]
    out: list[Finding] = []
    waiver = waivers.get(rule.code)
    for o in rule.check(ctx):
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
            verdict = Verdict.UNDANTAG
        ctx.verdicts[rule.code].append(verdict)
        out.append(finding(verdict, o.path, message, fix))
    out.sort(key=lambda f: _place(f.location))
    return out


def _locate(locate: object, path: tuple[str | int, ...]) -> Location | None:
    if locate is None:
        return None
    return locate(path)  # type: ignore[operator, no-any-return]


def _place(location: Location | None) -> tuple[int, str]:
    if location is None:
        return (0, "")
    return (location.line or 0, location.path)


def duty_verdicts(result: EvaluationResult) -> dict[str, Verdict]:
    """The worst verdict per law duty (keys as in :func:`kbfa.rules.law_duties`), in order.

    A duty none of whose rules produced a finding (e.g. all filtered out) is left out.
    """
    worst: dict[str, Verdict] = {}
    for f in result.findings:
        if f.duty is None:
            continue
        if f.duty not in worst or f.verdict.rank > worst[f.duty].rank:
            worst[f.duty] = f.verdict
    return {d.key: worst[d.key] for d in law_duties() if d.key in worst}
