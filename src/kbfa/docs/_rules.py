"""The rule catalogue page (docs/regler.md), rendered from the rules themselves.

Each rule's code, legal reference (with its link), strength, in-force date, level,
paraphrase, what satisfies it and how to fix it come from the rule objects in
:mod:`kbfa.rules`, the same ones ``kbfa check`` and ``kbfa explain`` use.
"""

from __future__ import annotations

from kbfa.config._converter import REQUIREMENT_FIELDS
from kbfa.docs._markdown import GENERATED_NOTE, cell, table
from kbfa.i18n.terms import label
from kbfa.model import Governance, Id, Municipality, RequirementKind, Text
from kbfa.rules import Level, Rule, RuleSource, catalogue, local_rules
from kbfa.schema import REQUIREMENT_KINDS

__all__ = ["rules_page"]

_LEVEL = {Level.DESIGN: "utformning", Level.PRACTICE: "praktik"}

_INTRO = """\
# Regelkatalog

Det här är reglerna som `kbfa check` prövar en kommun mot: lagens (2023:196) plikter,
Brås goda praxis och kommunens egna "ska"-regler. Varje regel har en **kod** som aldrig
ändras, ett **lagrum** eller en källa, en **styrka** och ett datum den **gäller från**.
`kbfa rules` listar samma regler och `kbfa explain KOD` visar en av dem.

- **Styrka.** En missad "ska"-regel är en **brist**. Det lagen säger att kommunen ska
  "verka för", det som gäller "i den utsträckning som det är lämpligt" och Brås råd är
  **varningar**.
- **Nivå.** *Utformning*: uppfyller styrningen som den är beskriven lagen och kommunens
  egna regler? *Praktik*: visar de daterade beläggen (`[[evidence]]`) att arbetet gjordes
  i tid? Utan belägg blir svaret "ej bedömbart", aldrig tyst "uppfyllt".
- **Utfall.** uppfyllt, delvis, ej uppfyllt, ej bedömbart, undantag (ett beslutat
  undantag som inte har gått ut) eller ej tillämplig (regeln gällde inte ännu, eller
  det finns inget att pröva).

Lagtexten finns på [lagen.nu](https://lagen.nu/2023:196); omskrivningarna nedan är
kbfa:s egna ord, inte lagens."""

_LOCAL = """\
## Kommunens egna regler

Kommunens egna "ska"-regler skrivs i konfigurationen under `[[requirements]]`, var och
en med rubriken i styrdokumentet där den står (se
[konfigurationsreferensen](konfiguration.md#requirement)). Varje krav blir en regel
med koden `KBFA-K-<id>` (utformning), och krav som gäller något som ska göras över tid
även en regel `KBFA-KP-<id>` (praktik). Alla egna regler är "ska"-regler: en missad är
en brist.

{kinds}

{document}"""


def _rule_section(rule: Rule) -> str:
    ref = rule.reference.label("sv")
    ref_text = f"[{ref}]({rule.url})" if rule.url else ref
    facts = [
        ("Källa", ref_text),
        ("Styrka", label(rule.strength)),
        ("Gäller från", rule.in_force.isoformat()),
        ("Nivå", _LEVEL[rule.level]),
    ]
    if rule.informational:
        facts.append(("Rapporteras", "som information (sammanfattar eller påminner)"))
    lines = [f"### {rule.code}: {rule.title('sv')}", ""]
    lines += [f"- **{k}:** {v}" for k, v in facts]
    lines += [
        "",
        rule.paraphrase("sv"),
        "",
        f"**Uppfyllt när:** {rule.satisfied_by('sv')}",
        "",
        f"**Så åtgärdar du:** {rule.how_to_fix('sv')}",
    ]
    return "\n".join(lines)


def _overview(rules: tuple[Rule, ...]) -> str:
    rows = [
        (
            f"[{r.code}](#{_anchor(r)})",
            cell(r.title("sv")),
            cell(r.reference.label("sv")),
            cell(label(r.strength)),
        )
        for r in rules
    ]
    return table(("Kod", "Regel", "Källa", "Styrka"), rows)


def _anchor(rule: Rule) -> str:
    """GitHub's anchor for the rule's heading."""
    text = f"{rule.code}: {rule.title('sv')}".lower()
    kept = "".join(c for c in text if c.isalnum() or c in " -_")
    return kept.replace(" ", "-")


def _kinds() -> str:
    rows = [
        (
            f'`"{k.value}"`',
            cell(REQUIREMENT_KINDS[k].sv),
            ", ".join(f"`{f}`" for f in REQUIREMENT_FIELDS[k]) or "–",
        )
        for k in RequirementKind
    ]
    return table(("kind", "Regeln gäller", "Måste anges"), rows)


def _document_rule() -> Rule:
    # The steering-document rule is the same for every municipality; any model yields it.
    bare = Governance(Municipality(name=Text("-"), organisation=Id("-")))
    return local_rules(bare)[0]


def rules_page() -> str:
    """The text of docs/regler.md."""
    rules = catalogue()
    groups = (
        ("Lagen (2023:196)", [r for r in rules if r.source is RuleSource.LAW]),
        ("Brås goda praxis", [r for r in rules if r.source is RuleSource.GUIDANCE]),
        ("Undantag", [r for r in rules if r.source is RuleSource.LOCAL]),
    )
    note = GENERATED_NOTE.format(source="från regelkatalogen (src/kbfa/rules)")
    parts = [note, _INTRO, "## Översikt\n\n" + _overview(rules)]
    for title, members in groups:
        parts.append(f"## {title}")
        parts += [_rule_section(r) for r in members]
    document = _document_rule()
    parts.append(_LOCAL.format(kinds=_kinds(), document=_rule_section(document)))
    return "\n\n".join(parts) + "\n"
