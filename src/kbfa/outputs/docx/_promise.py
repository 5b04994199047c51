"""Medborgarlöften: the public part of the cooperation agreement, in plain words.

Brå calls the medborgarlöfte "samverkansöverenskommelsens publika och kommunikativa del"
(bra.se, "Formulera medborgarlöften"): what the municipality and the police promise the
residents, why, and how they will tell them how it went. One document per promise the
municipality's documents record; with none recorded but a police partner, one fill-in
document. Filled from the config where it holds the fact, bracketed otherwise.
"""

from __future__ import annotations

from kbfa.i18n import Catalogue, Lang, render
from kbfa.i18n.terms import cadence_text
from kbfa.model import CitizenPromise, Governance, Organisation, OrganisationKind
from kbfa.outputs.docx._blocks import CellValue, Writer
from kbfa.outputs.docx._context import (
    BuildContext,
    GeneratedDocument,
    expired_steering_notice,
    start_document,
)
from kbfa.outputs.docx._filenames import safe_stem
from kbfa.outputs.docx._words import decision_text, period_text
from kbfa.outputs.names import actor_name, role_name

__all__ = ["build_promises"]

T: Catalogue = {
    "title": {"sv": "Medborgarlöfte", "en": "Citizen promise"},
    "subtitle": {
        "sv": "{names} lovar dig som bor i {place}",
        "en": "{names} promise the residents of {place}",
    },
    "and": {"sv": " och ", "en": " and "},
    "subject": {
        "sv": "Medborgarlöfte: samverkansöverenskommelsens publika del",
        "en": "Citizen promise: the public part of the cooperation agreement",
    },
    "intro": {
        "sv": "Ett medborgarlöfte är det som kommunen och polisen tillsammans lovar att göra "
        "för att minska brott och öka tryggheten där du bor. Det är den del av "
        "samverkansöverenskommelsen som riktar sig till allmänheten.",
        "en": "A citizen promise is what the municipality and the police together promise to "
        "do to reduce crime and make you safer where you live: the public part of their "
        "cooperation agreement.",
    },
    "h_promise": {"sv": "Det här lovar vi", "en": "What we promise"},
    "promise_blank": {
        "sv": "[Skriv löftet i en eller två meningar som alla förstår]",
        "en": "[Write the promise in one or two sentences anyone understands]",
    },
    "we_do": {"sv": "{party} lovar att", "en": "{party} promises to"},
    "together": {"sv": "Tillsammans lovar vi att", "en": "Together we promise to"},
    "do_blank": {
        "sv": "[Ange vad som görs, var och när]",
        "en": "[State what is done, where and when]",
    },
    "serves_measures": {
        "sv": "Löftet genomför de här åtgärderna i åtgärdsplanen:",
        "en": "The promise carries out these measures of the action plan:",
    },
    "serves_problems": {
        "sv": "Löftet tar sig an de här problemen i lägesbilden:",
        "en": "The promise addresses these problems of the lägesbild:",
    },
    "h_decided": {"sv": "Förslag och beslut", "en": "Proposal and decision"},
    "proposed": {"sv": "Föreslaget av {who}", "en": "Proposed by {who}"},
    "adopted": {"sv": "Antaget av {who}", "en": "Adopted by {who}"},
    "h_why": {"sv": "Därför lovar vi det här", "en": "Why we promise this"},
    "why_blank": {
        "sv": "[Berätta vad lägesbilden och medborgardialogen visade]",
        "en": "[Say what the lägesbild and the dialogue with residents showed]",
    },
    "h_follow": {"sv": "Så följer vi upp och berättar", "en": "How we follow up and report"},
    "follow": {"sv": "Löftet följs upp {how}{by}.", "en": "The promise is followed up {how}{by}."},
    "by": {"sv": " av {who}", "en": " by {who}"},
    "follow_blank": {
        "sv": "[Ange när och hur löftet följs upp och hur resultatet redovisas för invånarna]",
        "en": "[State when and how the promise is followed up and reported to residents]",
    },
    "h_period": {"sv": "Period", "en": "Period"},
    "renewal": {"sv": "Löftet förnyas {how}.", "en": "The promise is renewed {how}."},
    "period_blank": {"sv": "[Ange perioden löftet gäller]", "en": "[State the period]"},
    "h_sign": {"sv": "Underskrifter", "en": "Signatures"},
    "col_title": {"sv": "Befattning", "en": "Position"},
    "col_signature": {"sv": "Underskrift", "en": "Signature"},
    "col_date": {"sv": "Ort och datum", "en": "Place and date"},
    "for": {"sv": "För {party}", "en": "For {party}"},
    "municipal_signatory": {
        "sv": "[Kommunstyrelsens ordförande]",
        "en": "[Chair of the executive board]",
    },
    "police_signatory": {
        "sv": "[Chef för lokalpolisområdet]",
        "en": "[Head of the local police area]",
    },
    "signatory_blank": {"sv": "[Behörig företrädare]", "en": "[Authorised representative]"},
}


def _t(key: str, lang: Lang, **params: object) -> str:
    return render(T, key, lang, **params)


def build_promises(g: Governance, ctx: BuildContext) -> list[GeneratedDocument]:
    """One document per recorded medborgarlöfte, or one to fill in when a police partner exists."""
    if g.citizen_promises:
        return [_build(g, p, ctx, len(g.citizen_promises) > 1) for p in g.citizen_promises]
    if any(o.kind is OrganisationKind.POLICE for o in g.organisations):
        return [_build(g, None, ctx, False)]
    return []


def _parties(g: Governance, p: CitizenPromise | None) -> list[Organisation]:
    ids = list(p.parties) if p else []
    orgs = [o for i in ids if (o := g.organisation(i)) is not None]
    if not orgs:
        own = g.own_organisation
        orgs = [own] if own else []
        orgs += [o for o in g.organisations if o.kind is OrganisationKind.POLICE][:1]
    return orgs


def _build(
    g: Governance, p: CitizenPromise | None, ctx: BuildContext, several: bool
) -> GeneratedDocument:
    lang = ctx.lang
    parties = _parties(g, p)
    place = g.municipality.name
    names = [o.name for o in parties]
    joined = (
        ", ".join(names[:-1]) + _t("and", lang) + names[-1] if len(names) > 1 else "".join(names)
    )
    title = _t("title", lang)
    w = start_document(g, ctx, title=title, subject=_t("subject", lang))
    w.title(f"{title}: {p.title}" if p and p.title else title)
    w.subtitle(_t("subtitle", lang, names=joined, place=place))
    expired_steering_notice(g, ctx, w)
    w.paragraph(_t("intro", lang))
    _promise(w, p, parties, lang)
    w.heading(_t("h_why", lang))
    if p and (p.based_on or p.problems or p.measures):
        if p.based_on:
            w.bullets(list(p.based_on))
        problems = [x.title for x in g.problems if x.id in p.problems]
        if problems:
            w.paragraph(_t("serves_problems", lang))
            w.bullets(problems)
        measures = [m.title for m in g.measures if m.id in p.measures]
        if measures:
            w.paragraph(_t("serves_measures", lang))
            w.bullets(measures)
    else:
        w.paragraph(_t("why_blank", lang))
    w.heading(_t("h_follow", lang))
    if p and p.follow_up:
        by = ", ".join(actor_name(g, x) for x in p.followed_up_by)
        w.paragraph(
            _t(
                "follow",
                lang,
                how=cadence_text(p.follow_up, lang),
                by=_t("by", lang, who=by) if by else "",
            )
        )
    else:
        w.paragraph(_t("follow_blank", lang))
    w.heading(_t("h_period", lang))
    w.paragraph(period_text(p.period, lang) if p and p.period else _t("period_blank", lang))
    if p and p.renewal:
        w.paragraph(_t("renewal", lang, how=cadence_text(p.renewal, lang)))
    if p and (p.proposed or p.adopted):
        w.heading(_t("h_decided", lang))
        items = []
        if p.proposed:
            items.append(_t("proposed", lang, who=decision_text(g, p.proposed, lang)))
        if p.adopted:
            items.append(_t("adopted", lang, who=decision_text(g, p.adopted, lang)))
        w.bullets(items)
    _signatures(w, g, p, parties, lang)
    stem = "medborgarlofte" + (f"-{p.id}" if p and several else "")
    return GeneratedDocument(safe_stem(stem, "medborgarlofte"), title, w.document)


def _promise(w: Writer, p: CitizenPromise | None, parties: list[Organisation], lang: Lang) -> None:
    """What is promised: the promise in a sentence, then per party and together.

    The recorded commitments are filled in; a party (or "together") with none recorded
    gets a bracketed line to fill in.
    """
    w.heading(_t("h_promise", lang))
    w.paragraph(p.description if p and p.description else _t("promise_blank", lang))
    commitments = list(p.commitments) if p else []
    for o in parties:
        w.heading(_t("we_do", lang, party=o.name), 2)
        own = [c.text for c in commitments if c.party == o.id]
        w.bullets(own or [_t("do_blank", lang)])
    w.heading(_t("together", lang), 2)
    together = [c.text for c in commitments if c.party is None]
    w.bullets(together or [_t("do_blank", lang)])


def _signatures(
    w: Writer, g: Governance, p: CitizenPromise | None, parties: list[Organisation], lang: Lang
) -> None:
    """A signature block per party: the recorded signatories, else a bracketed position."""
    w.heading(_t("h_sign", lang))
    headers = [_t(k, lang) for k in ("col_title", "col_signature", "col_date")]
    signing = dict(g.signatories_by_party(p.parties, p.signatories)) if p else {}
    for o in parties:
        key = {
            OrganisationKind.KOMMUN: "municipal_signatory",
            OrganisationKind.REGION: "municipal_signatory",
            OrganisationKind.POLICE: "police_signatory",
        }.get(o.kind, "signatory_blank")
        w.heading(_t("for", lang, party=o.name), 2)
        titles = [role_name(g, x, with_org=False) for x in signing.get(o.id, [])]
        rows: list[list[CellValue]] = [[x, "", ""] for x in titles or [_t(key, lang)]]
        w.table(headers, rows, widths=[1.5, 2.2, 1.3], row_height_mm=14, keep_together=True)
