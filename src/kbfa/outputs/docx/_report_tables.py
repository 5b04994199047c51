"""The report's reference tables: organisation, partners × agreements, and the rule list."""

from __future__ import annotations

from collections.abc import Sequence

from kbfa.evaluation import Finding
from kbfa.i18n import Catalogue, Lang, render
from kbfa.i18n.terms import label
from kbfa.model import Governance, Participation
from kbfa.outputs.docx._blocks import CellValue, Writer
from kbfa.outputs.docx._words import (
    cadences_text,
    member_text,
    partner_bodies,
    period_text,
    reporting_text,
)
from kbfa.outputs.names import (
    actor_name,
    org_name,
    own_shared,
    role_name,
    shared_post_text,
    shared_text,
    signatories_text,
)
from kbfa.rules import Rule

__all__ = ["organisation_table", "partner_matrix", "rule_appendix"]

T: Catalogue = {
    "col_body": {"sv": "Organ", "en": "Body"},
    "col_members": {"sv": "Deltagare (roller)", "en": "Members (roles)"},
    "col_lead": {"sv": "Ordförande / sammankallande", "en": "Chair / convener"},
    "col_cadence": {"sv": "Mötestakt", "en": "Meetings"},
    "col_reports": {"sv": "Rapporterar till", "en": "Reports to"},
    "chair": {"sv": "ordförande", "en": "chair"},
    "convener": {"sv": "sammankallande", "en": "convener"},
    "led_by": {"sv": "leds av", "en": "led by"},
    "no_bodies": {
        "sv": "Konfigurationen anger inga organ eller grupper.",
        "en": "The configuration names no bodies or groups.",
    },
    "own_shared": {
        "sv": "Kommunens egen organisation omfattar också det som delas med andra kommuner; "
        "det är inga samverkansparter:",
        "en": "The municipality's own organisation also includes what it shares with other "
        "municipalities; these are not partners:",
    },
    "col_partner": {"sv": "Samverkanspart", "en": "Partner"},
    "col_category": {"sv": "Kategori", "en": "Category"},
    "col_sits": {"sv": "Deltar i", "en": "Takes part in"},
    "col_written": {"sv": "Skriftlig överenskommelse", "en": "Written agreement"},
    "missing": {"sv": "saknas", "en": "none"},
    "no_partners": {
        "sv": "Konfigurationen anger inga samverkansparter.",
        "en": "The configuration names no cooperation partners.",
    },
    "col_agreement": {"sv": "Överenskommelse", "en": "Agreement"},
    "col_parties": {"sv": "Parter", "en": "Parties"},
    "col_purposes": {"sv": "Syften", "en": "Purposes"},
    "col_areas": {"sv": "Områden", "en": "Areas"},
    "col_period": {"sv": "Period", "en": "Period"},
    "col_content": {"sv": "Syften och områden", "en": "Purposes and areas"},
    "col_signed": {"sv": "Undertecknas av", "en": "Signed by"},
    "not_stated": {"sv": "anges inte", "en": "not stated"},
    "col_code": {"sv": "Kod", "en": "Code"},
    "col_rule": {"sv": "Regel", "en": "Rule"},
    "col_reference": {"sv": "Rättslig grund / källa", "en": "Legal basis / source"},
    "col_strength": {"sv": "Styrka", "en": "Strength"},
    "col_from": {"sv": "Gäller från", "en": "In force from"},
    "local_strength": {"sv": "ska (kommunens eget krav)", "en": "must (the municipality's own)"},
}


def _t(key: str, lang: Lang, **params: object) -> str:
    return render(T, key, lang, **params)


def organisation_table(w: Writer, g: Governance, lang: Lang) -> None:
    """One row per body: members by role, chair or convener, cadence, reporting line."""
    if not g.bodies:
        w.paragraph(_t("no_bodies", lang))
        return
    rows: list[list[CellValue]] = []
    for b in g.bodies:
        members = [
            member_text(g, b, m, lang)
            if m.participation is not Participation.MEMBER or m.substitute or m.note
            else role_name(g, m.role)
            for m in b.members
        ]
        if b.members_note:
            members.append(b.members_note)
        lead: list[str] = []
        if b.chair:
            lead.append(f"{role_name(g, b.chair)} ({_t('chair', lang)})")
        if b.convener:
            lead.append(f"{role_name(g, b.convener)} ({_t('convener', lang)})")
        if b.led_by:
            lead.append(f"{_t('led_by', lang)} {actor_name(g, b.led_by)}")
        rows.append(
            [
                [b.name, f"({label(b.kind, lang)})"],
                members or "",
                lead or "",
                cadences_text(b.cadence, lang),
                [reporting_text(g, r, lang) for r in b.reports_to] or "",
            ]
        )
    keys = ("col_body", "col_members", "col_lead", "col_cadence", "col_reports")
    w.table([_t(k, lang) for k in keys], rows, widths=[1.3, 2.7, 1.6, 1.3, 1.2])


def partner_matrix(w: Writer, g: Governance, lang: Lang) -> None:
    """Partners down, agreements across: who has signed what, and where each partner sits.

    The municipality's own shared organisation (a gemensam nämnd with its host, a
    kommunalförbund it is a member of, a shared post) is named first: it is no partner.
    """
    shared = own_shared(g)
    posts = [r for r in g.roles if r.shared_with]
    if shared or posts:
        items = [f"{o.name} ({shared_text(g, o, lang)})" for o in shared]
        items += [f"{role_name(g, r.id)} ({shared_post_text(g, r, lang)})" for r in posts]
        w.paragraph(_t("own_shared", lang))
        w.bullets(items)
    if not g.partners:
        w.paragraph(_t("no_partners", lang))
        return
    agreements = list(g.agreements)
    # One row per partner with the agreements it is party to: agreement titles as column
    # headers wrapped letter by letter (word review M4).
    headers = [_t("col_partner", lang), _t("col_category", lang), _t("col_sits", lang)]
    headers.append(_t("col_written", lang))
    rows: list[list[CellValue]] = []
    for o in g.partners:
        signed = [a.title for a in agreements if o.id in a.parties]
        rows.append(
            [
                o.name,
                ", ".join(label(c, lang) for c in o.categories) or label(o.kind, lang),
                [b.name for b in partner_bodies(g, o.id)] or "",
                signed or _t("missing", lang),
            ]
        )
    w.table(headers, rows, widths=[1.8, 1.2, 1.8, 2.0])
    if agreements:
        # Four columns, the period under the title and the areas under the purposes: six
        # (as before 0.2) held longer words together than a portrait line at the smallest
        # font, so every column was narrower than its longest word and LibreOffice broke
        # "bostadsinbrotten" letter by letter in the example's appendix, now and then.
        detail: list[list[CellValue]] = []
        ns = _t("not_stated", lang)

        def labelled(key: str, items: Sequence[str]) -> str:
            return f"{_t(key, lang)}: {'; '.join(items) if items else ns}"

        for a in agreements:
            period = period_text(a.period, lang) if a.period else ns
            detail.append(
                [
                    [a.title, f"{_t('col_period', lang)}: {period}"],
                    [org_name(g, p) for p in a.parties],
                    [labelled("col_purposes", a.purposes), labelled("col_areas", a.areas)],
                    signatories_text(g, a.parties, a.signatories) or ns,
                ]
            )
        keys = ("col_agreement", "col_parties", "col_content", "col_signed")
        w.table([_t(k, lang) for k in keys], detail, widths=[1.6, 1.4, 2.6, 1.4])


def rule_appendix(w: Writer, rules: Sequence[Rule], local: Sequence[Finding], lang: Lang) -> None:
    """Every rule checked: the law's and Brå's from the catalogue, then the municipality's own."""
    rows: list[list[CellValue]] = [
        [
            r.code,
            r.title(lang),
            r.reference.label(lang),
            label(r.strength, lang),
            r.in_force.isoformat(),
        ]
        for r in rules
    ]
    seen: set[str] = {r.code for r in rules}
    for f in local:
        if f.code in seen:
            continue
        seen.add(f.code)
        rows.append([f.code, f.title or "", f.reference, _t("local_strength", lang), ""])
    keys = ("col_code", "col_rule", "col_reference", "col_strength", "col_from")
    w.table([_t(k, lang) for k in keys], rows, widths=[0.9, 2.5, 1.6, 1.4, 1.05])
