"""Display names for ids, shared by every output."""

from __future__ import annotations

from kbfa.i18n import Catalogue, Lang, render
from kbfa.i18n.terms import cadence_text
from kbfa.model import Governance, Reporting

__all__ = ["actor_name", "body_name", "org_name", "reporting_text", "role_name"]


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


_WORDS: Catalogue = {"continuous": {"sv": "kontinuerligt", "en": "continuously"}}


def reporting_text(g: Governance, r: Reporting, lang: Lang = "sv") -> str:
    """A reporting line: "Kommunstyrelsen (en gång per tertial)"."""
    how = [cadence_text(r.cadence, lang, full=True)] if r.cadence else []
    if r.continuous:
        how.append(render(_WORDS, "continuous", lang))
    if r.note:
        how.append(r.note)
    return body_name(g, r.to) + (f" ({', '.join(how)})" if how else "")
