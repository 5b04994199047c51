"""Rules as text: the catalogue list (``kbfa rules``) and one rule explained (``kbfa explain``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from kbfa.i18n import Catalogue, Lang, render
from kbfa.model import Governance
from kbfa.rules import SECTIONS, Rule, catalogue, local_rules

__all__ = ["render_catalogue", "render_rule"]

T: Catalogue = {
    "law": {"sv": "Lag (2023:196)", "en": "Act (2023:196)"},
    "no_rule": {
        "sv": "Paragrafer utan regel som kan ge en brist",
        "en": "Sections without a rule that can be a breach",
    },
    "section": {"sv": "  {n} §: {why}", "en": "  s. {n}: {why}"},
    "guidance": {"sv": "Brås goda praxis (varningar)", "en": "Brå good practice (warnings)"},
    "kbfa": {
        "sv": "kbfa:s egen förvaltningsregel (varningar)",
        "en": "kbfa's own administrative rule (warnings)",
    },
    "local": {"sv": "Undantag och förklaringar", "en": "Waivers and explanations"},
    "own": {"sv": "{name}: egna regler", "en": "{name}: own rules"},
    "legend": {
        "sv": "Kod, nivå (design = styrningen som den är skriven, praktik = belägg), lagrum och "
        "rubrik. kbfa explain KOD visar en regel i detalj.",
        "en": "Code, level (design = governance as written, practice = evidence), reference and "
        "title. kbfa explain CODE shows one rule in full.",
    },
    "design": {"sv": "design", "en": "design"},
    "practice": {"sv": "praktik", "en": "practice"},
    "reference": {"sv": "Lagrum/källa", "en": "Reference"},
    "strength": {"sv": "Styrka", "en": "Strength"},
    "level": {"sv": "Nivå", "en": "Level"},
    "in_force": {"sv": "Gäller från", "en": "In force from"},
    "unknown_date": {
        "sv": "styrdokumentets beslut (datum anges inte)",
        "en": "the steering document's decision (date not stated)",
    },
    "link": {"sv": "Länk", "en": "Link"},
    "meaning": {"sv": "Innebörd", "en": "Meaning"},
    "satisfied": {"sv": "Uppfylls när", "en": "Satisfied when"},
    "fix": {"sv": "Så åtgärdar du", "en": "How to comply"},
    "municipality": {"sv": "Kommun", "en": "Municipality"},
    "design_long": {
        "sv": "design (styrningen som den är skriven)",
        "en": "design (governance as written)",
    },
    "practice_long": {"sv": "praktik (daterade belägg)", "en": "practice (dated evidence)"},
}


def _line(rule: Rule, lang: Lang) -> str:
    level = render(T, rule.level.value, lang)
    return f"  {rule.code:<28} {level:<8} {rule.reference.label(lang)}: {rule.title(lang)}"


def render_catalogue(governances: Sequence[Governance] = (), lang: Lang = "sv") -> str:
    """Every catalogue rule grouped by source, then each municipality's own rules."""
    rules = catalogue()
    lines = [render(T, "legend", lang)]
    for source in ("law", "guidance", "kbfa", "local"):
        group = [r for r in rules if r.source == source]
        title = render(T, source, lang)
        lines += ["", title, "-" * len(title), *(_line(r, lang) for r in group)]
        if source == "law":
            title = render(T, "no_rule", lang)
            lines += ["", title, "-" * len(title), *_sections(lang)]
    for g in governances:
        title = render(T, "own", lang, name=g.municipality.name)
        lines += ["", title, "-" * len(title), *(_line(r, lang) for r in local_rules(g))]
    return "\n".join(lines) + "\n"


def _sections(lang: Lang) -> list[str]:
    """The sections that carry no duty (1, 3 and 14 §§), each with the reason."""
    return [
        render(T, "section", lang, n=n, why=why[0] if lang == "sv" else why[1])
        for n, why in SECTIONS.items()
        if why is not None
    ]


def render_rule(rule: Rule, lang: Lang = "sv", *, municipality: str | None = None) -> str:
    """One rule in full: reference, link, strength, level, in force, meaning, satisfied, fix."""
    head = f"{rule.code}: {rule.title(lang)}"
    since = (
        render(T, "unknown_date", lang)
        if rule.in_force == dt.date.min
        else rule.in_force.isoformat()
    )
    lines = [head, "=" * len(head)]
    if municipality:
        lines.append(f"{render(T, 'municipality', lang)}: {municipality}")
    lines.append(f"{render(T, 'reference', lang)}: {rule.reference.label(lang)}")
    if rule.url:
        lines.append(f"{render(T, 'link', lang)}: {rule.url}")
    lines += [
        f"{render(T, 'strength', lang)}: {rule.strength_words(lang)}",
        f"{render(T, 'level', lang)}: {render(T, rule.level.value + '_long', lang)}",
        f"{render(T, 'in_force', lang)}: {since}",
        "",
        f"{render(T, 'meaning', lang)}: {rule.paraphrase(lang)}",
        "",
        f"{render(T, 'satisfied', lang)}: {rule.satisfied_by(lang)}",
        "",
        f"{render(T, 'fix', lang)}: {rule.how_to_fix(lang)}",
    ]
    return "\n".join(lines) + "\n"
