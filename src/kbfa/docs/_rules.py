"""The rule catalogue page (docs/regler.md), rendered from the rules themselves.

Each rule's code, legal reference (with its link), strength, in-force date, level,
paraphrase, what satisfies it and how to fix it come from the rule objects in
:mod:`kbfa.rules`, the same ones ``kbfa check`` and ``kbfa explain`` use.
"""

from __future__ import annotations

from kbfa.config._converter import REQUIREMENT_FIELDS
from kbfa.docs._markdown import GENERATED_NOTE, cell, table
from kbfa.model import RequirementKind
from kbfa.rules import SECTIONS, Level, Rule, RuleSource, catalogue
from kbfa.schema import REQUIREMENT_KINDS

__all__ = ["rules_page"]

_LEVEL = {Level.DESIGN: "utformning", Level.PRACTICE: "praktik"}

_INTRO = """\
# Regelkatalog

Det här är reglerna som `kbfa check` prövar en kommun mot: lagens (2023:196) plikter,
Brås goda praxis och kommunens egna "ska"-regler. Varje regel har en **kod** som aldrig
ändras, ett **lagrum** eller en källa, en **styrka** och ett datum den **gäller från**.
`kbfa rules` listar samma regler och `kbfa explain KOD` visar en av dem.

- **Styrka.** En "ska"-regel i lagens eller kommunens ord kan ge en **brist**. Det lagen
  säger att kommunen ska "verka för", det som gäller "i den utsträckning som det är
  lämpligt", kbfa:s tolkningar av öppna begrepp (som "kontinuerligt"), kbfa:s egen
  förvaltningsregel och Brås råd ger **varningar**.
- **Nivå.** *Utformning*: uppfyller styrningen som den är beskriven lagen och kommunens
  egna regler? *Genomförande* (praktik): visar de daterade beläggen (`[[evidence]]`) att
  arbetet gjordes i tid? Utan belägg blir svaret "ej bedömbart", aldrig tyst "uppfyllt".
- **Utfall.** uppfyllt, delvis, ej uppfyllt, ej bedömbart, undantag (ett beslutat
  undantag som inte har gått ut) eller ej tillämplig (regeln gällde inte ännu, eller
  det finns inget att pröva).
- **Varför något saknas.** Varje fynd säger vilken situation det gäller: styrdokumentet
  *strider mot* lagen (t.ex. en ledningsgrupp av tjänstepersoner styr arbetet); *lagen
  fyller* dokumentets tystnad (kommunstyrelsen leder enligt 13 § om fullmäktige inte
  beslutat annat); innehållet finns i *ett annat dokument* (lägesbilden själv, rådets egna
  regler, en överenskommelse); ett *steg* som lagen kräver saknas (vem som beslutar
  åtgärdsplanen, 6 §-cykeln, rapporteringen till fullmäktige); en uppgift är bara *inte
  registrerad* (vilket inte är detsamma som att den inte finns); eller *inget
  styrdokument gällde* på dagen. Bara de två första slagen av brist, att dokumentet strider
  mot lagen och att ett steg saknas, kan vara brister.
- **Tid.** Styrdokumentet gäller från sitt beslut till slutet av sin giltighetstid.
  Kommunens egna regler gäller bara under den tiden. Gäller inget styrdokument på dagen
  kan inget tillgodoräknas det (lagens och Brås regler för utformning blir "ej bedömbart:
  inget gällande styrdokument"), och före beslutet dras inga slutsatser alls ur det.
- **Skyldigheter.** `kbfa check`, rapporten och översikten visar för varje skyldighet i
  lagen ett utfall för utformningen och ett för genomförandet: täckningen av skyldighetens
  ska-regler (alla uppfyllda ger uppfyllt, några delvis, inga ej uppfyllt, inget bedömbart
  ej bedömbart). Vilar utfallet bara på "verka för", lämplighet eller kbfa:s tolkning står
  det inom parentes.
- **Undantag.** Ett kommunalt beslut kan undanta en av Brås eller kommunens egna regler,
  aldrig en regel i lagen; en förklaring (`[[explanations]]`) kan däremot visas bredvid
  vilket fynd som helst.

Lagtexten finns på [lagen.nu](https://lagen.nu/2023:196); omskrivningarna nedan är
kbfa:s egna ord, inte lagens."""

_LOCAL = """\
## Kommunens egna regler

Kommunens egna "ska"-regler skrivs i konfigurationen under `[[requirements]]`, var och
en med rubriken i styrdokumentet där den står (se
[konfigurationsreferensen](konfiguration.md#requirement)). Varje krav blir en regel
med koden `KBFA-K-<id>` (utformning), och krav som gäller något som ska göras över tid
även en regel `KBFA-KP-<id>` (praktik). Egna regler är "ska"-regler, utom där dokumentet
självt mildrar dem (`strength = "best_effort"`): en missad är en brist. De gäller bara så
länge styrdokumentet gäller.

{kinds}"""


def _rule_section(rule: Rule) -> str:
    ref = rule.reference.label("sv")
    ref_text = f"[{ref}]({rule.url})" if rule.url else ref
    facts = [
        ("Källa", ref_text),
        ("Styrka", rule.strength_words("sv")),
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
        "",
        f"**I rapporten till kommunstyrelsen:** {rule.action('sv')}",
    ]
    return "\n".join(lines)


def _overview(rules: tuple[Rule, ...]) -> str:
    rows = [
        (
            f"[{r.code}](#{_anchor(r)})",
            cell(r.title("sv")),
            cell(r.reference.label("sv")),
            cell(r.strength_words("sv")),
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


def _sections() -> str:
    rows = [(f"{n} §", cell(why[0])) for n, why in SECTIONS.items() if why is not None]
    return (
        "## Paragrafer utan regel som kan ge en brist\n\n"
        "Lagens övriga paragrafer har var sin modul under `src/kbfa/rules/law/` "
        "(`p06_uppdatering.py` är 6 §).\n\n" + table(("Paragraf", "Varför ingen brist"), rows)
    )


def rules_page() -> str:
    """The text of docs/regler.md."""
    rules = catalogue()
    groups = (
        ("Lagen (2023:196)", [r for r in rules if r.source is RuleSource.LAW]),
        ("Brås goda praxis", [r for r in rules if r.source is RuleSource.GUIDANCE]),
        ("kbfa:s egen förvaltningsregel", [r for r in rules if r.source is RuleSource.KBFA]),
        ("Undantag och förklaringar", [r for r in rules if r.source is RuleSource.LOCAL]),
    )
    note = GENERATED_NOTE.format(source="från regelkatalogen (src/kbfa/rules)")
    parts = [note, _INTRO, "## Översikt\n\n" + _overview(rules)]
    for title, members in groups:
        parts.append(f"## {title}")
        parts += [_rule_section(r) for r in members]
        if members and members[0].source is RuleSource.LAW:
            parts.append(_sections())
    parts.append(_LOCAL.format(kinds=_kinds()))
    return "\n\n".join(parts) + "\n"
