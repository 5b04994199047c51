"""Display names for ids, shared by every output."""

from __future__ import annotations

from kbfa.i18n import Catalogue, Lang, render
from kbfa.i18n.terms import cadence_text, label
from kbfa.model import Governance, Organisation, OrganisationKind, Reporting, Role

__all__ = [
    "actor_name",
    "body_name",
    "item_name",
    "org_name",
    "own_shared",
    "reporting_text",
    "role_name",
    "shared_post_text",
    "shared_text",
    "signatories_text",
]


def org_name(g: Governance, id_: str) -> str:
    o = g.organisation(id_)
    return o.name if o else id_


def role_name(g: Governance, id_: str, *, with_org: bool = True) -> str:
    """A role's title, with its organisation when that is not the municipality itself."""
    r = g.role(id_)
    if r is None:
        return id_
    title = r.title + (f", {r.unit}" if r.unit else "")
    if with_org and r.organisation != g.municipality.organisation:
        return f"{title} ({org_name(g, r.organisation)})"
    return title


def body_name(g: Governance, id_: str) -> str:
    b = g.body(id_)
    return b.name if b else id_


def actor_name(g: Governance, id_: str) -> str:
    """A body's or a role's name."""
    if g.body(id_) is not None:
        return body_name(g, id_)
    return role_name(g, id_)


def item_name(g: Governance, id_: str) -> str:
    """A deliverable's title, else a body's or a role's name."""
    d = g.deliverable(id_)
    return d.title if d is not None else actor_name(g, id_)


_WORDS: Catalogue = {"continuous": {"sv": "kontinuerligt", "en": "continuously"}}


def reporting_text(g: Governance, r: Reporting, lang: Lang = "sv") -> str:
    """A reporting line: "Kommunstyrelsen (en gång per tertial)"."""
    how = [cadence_text(r.cadence, lang, full=True)] if r.cadence else []
    if r.continuous:
        how.append(render(_WORDS, "continuous", lang))
    if r.note:
        how.append(r.note)
    return body_name(g, r.to) + (f" ({', '.join(how)})" if how else "")


_SHARED: Catalogue = {
    "joint": {
        "sv": "gemensam nämnd där kommunen är part",
        "en": "joint committee the municipality is party to",
    },
    "association": {
        "sv": "kommunalförbund där kommunen är medlem",
        "en": "municipal association the municipality is a member of",
    },
    "hosted_here": {"sv": "kommunen är värd", "en": "hosted by the municipality"},
    "host": {"sv": "värdkommun: {host}", "en": "host municipality: {host}"},
    "post": {
        "sv": "tjänst som delas med {others}; anställd av {employer}",
        "en": "post shared with {others}; employed by {employer}",
    },
    "and": {"sv": " och ", "en": " and "},
}


def own_shared(g: Governance) -> list[Organisation]:
    """The organisations besides the municipality itself that are its own for the law:
    a gemensam nämnd or kommunalförbund it is a member of, one it hosts."""
    own = g.municipality.organisation
    return [o for o in g.organisations if o.id != own and g.is_own(o)]


def shared_text(g: Governance, o: Organisation, lang: Lang = "sv") -> str:
    """Why an organisation is the municipality's own, with its host:
    "gemensam nämnd där kommunen är part; värdkommun: Grannås kommun"."""
    parts: list[str] = []
    if o.member and o.kind is OrganisationKind.JOINT_COMMITTEE:
        parts.append(render(_SHARED, "joint", lang))
    elif o.member and o.kind is OrganisationKind.MUNICIPAL_ASSOCIATION:
        parts.append(render(_SHARED, "association", lang))
    else:
        parts.append(label(o.kind, lang))
    if o.hosted_by == g.municipality.organisation:
        parts.append(render(_SHARED, "hosted_here", lang))
    elif o.hosted_by:
        parts.append(render(_SHARED, "host", lang, host=org_name(g, o.hosted_by)))
    return "; ".join(parts)


def shared_post_text(g: Governance, r: Role, lang: Lang = "sv") -> str:
    """A post shared between municipalities: "tjänst som delas med X; anställd av Y"."""
    others = [
        org_name(g, x) for x in (r.organisation, *r.shared_with) if x != g.municipality.organisation
    ]
    joiner = render(_SHARED, "and", lang)
    text = joiner.join(others) if len(others) < 3 else ", ".join(others[:-1]) + joiner + others[-1]
    return render(_SHARED, "post", lang, others=text, employer=org_name(g, r.organisation))


def signatories_text(
    g: Governance, parties: tuple[str, ...], signatories: tuple[str, ...]
) -> list[str]:
    """Who signs for each party: "Exempelby kommun: Kommunstyrelsens ordförande"."""
    return [
        f"{org_name(g, party)}: " + ", ".join(role_name(g, x, with_org=False) for x in roles)
        for party, roles in g.signatories_by_party(parties, signatories)
        if roles
    ]
