"""Who an agreement can be made with: real counterparts, categories, and the municipality itself.

Three kinds of organisation in a config must not get an ordinary agreement draft:

- **the municipality's own organisation** (:meth:`kbfa.model.Governance.is_own`): the
  municipality itself, an organisation it hosts, and a gemensam nämnd or
  kommunalförbund it is a member of (``member = true``): under the law it is part of
  the municipality's own organisation, so it may hold the samordningsfunktion but is
  never a party the municipality agrees with;
- **a category** of partners (``collective = true``), such as "Grannkommuner",
  "Kommunala bolag" or "Vaktbolag": it cannot sign; it gets one fill-in template, to be
  copied for each real counterpart;
- every other organisation is a **counterpart** that can sign.

:func:`agreement_plan` turns a config into the list of agreement documents to write:
one per recorded agreement (with all its parties), then one draft for each counterpart
that has none, then one template per category.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from kbfa.model import Agreement, Governance, Organisation, OrganisationKind

__all__ = ["AgreementDraft", "agreement_plan", "is_category", "is_own"]


def is_own(g: Governance, org: Organisation | str) -> bool:
    """The municipality itself, an organisation it hosts, or a joint body it is a member of."""
    return g.is_own(org)


def is_category(org: Organisation) -> bool:
    """An organisation that stands for a kind of partner ("Grannkommuner"), not a legal person."""
    return org.collective


@attrs.frozen
class AgreementDraft:
    """One agreement document: its parties (the municipality first), what is recorded of it."""

    stem: str
    parties: tuple[Organisation, ...]
    recorded: Agreement | None = None
    #: The category this is a template for ("Kommunala bolag"), or None.
    category: Organisation | None = None


def agreement_plan(g: Governance) -> list[AgreementDraft]:
    """Every agreement document to write for ``g``, in a stable order."""
    own = g.own_organisation or Organisation(
        g.municipality.organisation, g.municipality.name, OrganisationKind.KOMMUN
    )
    drafts: list[AgreementDraft] = []
    covered: set[str] = set()
    for a in g.agreements:
        others = [o for p in a.parties if (o := g.organisation(p)) is not None and not is_own(g, o)]
        if not others:
            continue  # an agreement of the municipality with itself is no agreement
        covered.update(o.id for o in others)
        stem = "-".join(["samverkansoverenskommelse", *(o.id for o in others)])
        drafts.append(AgreementDraft(stem, (own, *others), a))
    for o in _counterparts(g):
        if o.id in covered:
            continue
        if is_category(o):
            drafts.append(AgreementDraft(f"samverkansoverenskommelse-mall-{o.id}", (own,), None, o))
        else:
            drafts.append(AgreementDraft(f"samverkansoverenskommelse-{o.id}", (own, o)))
    return drafts


def _counterparts(g: Governance) -> Sequence[Organisation]:
    return [o for o in g.organisations if not is_own(g, o)]
