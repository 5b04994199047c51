"""Display names for ids, shared by every output."""

from __future__ import annotations

from kbfa.model import Governance

__all__ = ["actor_name", "body_name", "org_name", "role_name"]


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
