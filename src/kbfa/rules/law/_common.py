"""What the law's rule modules share: lookups, words, and the rule shorthands.

Nothing here is a rule; each section's module (``p04_lagesbild.py`` ...) holds its
rules, their messages and their checks.
"""

from __future__ import annotations

from kbfa.i18n.terms import label
from kbfa.model import (
    Body,
    Cadence,
    ContentPart,
    Deliverable,
    DeliverableKind,
    RequirementKind,
    Strength,
)
from kbfa.rules._context import Context
from kbfa.rules._time import per_year
from kbfa.rules._verdicts import Level

__all__ = [
    "BEST",
    "DESIGN",
    "MUST",
    "PRACTICE",
    "QUALIFIED",
    "external_orgs",
    "lagesbilder",
    "parts_text",
    "plans",
    "required_cadences",
    "stated_cadences",
    "within",
]

MUST = Strength.MUST
BEST = Strength.BEST_EFFORT
QUALIFIED = Strength.QUALIFIED
DESIGN = Level.DESIGN
PRACTICE = Level.PRACTICE


def lagesbilder(ctx: Context) -> list[Deliverable]:
    """The deliverables that make up the lägesbild (a kartläggning and an analys may be two)."""
    return ctx.of_kind(DeliverableKind.LAGESBILD)


def plans(ctx: Context) -> list[Deliverable]:
    """The åtgärdsplaner the governance describes."""
    return ctx.of_kind(DeliverableKind.ATGARDSPLAN)


def parts_text(ctx: Context, parts: tuple[ContentPart, ...] | list[ContentPart]) -> str:
    """Content parts in words: "brottslighetens omfattning och brottslighetens konsekvenser"."""
    joiner = " och " if ctx.lang == "sv" else " and "
    return joiner.join(label(p, ctx.lang) for p in parts)


def external_orgs(ctx: Context, body: Body) -> list[str]:
    """Organisations other than the municipality with a seat in ``body``, in order of seats.

    One who only attends ("deltar från förvaltningen") has no seat.
    """
    out: dict[str, None] = {}  # ordered, and "seen?" at once: linear in the seats
    for m in body.members:
        org = ctx.role_org(m.role)
        if org is not None and not ctx.is_own_role(m.role) and m.seat:
            out.setdefault(org, None)
    return list(out)


def required_cadences(ctx: Context) -> dict[str, list[Cadence]]:
    """The cadences the municipality's own requirements set, by deliverable: built once per
    rule, so that asking per deliverable is not deliverables × requirements."""
    out: dict[str, list[Cadence]] = {}
    for r in ctx.g.requirements:
        if r.kind is RequirementKind.DELIVERABLE_CADENCE and r.target and r.cadence:
            out.setdefault(r.target, []).append(r.cadence)
    return out


def stated_cadences(d: Deliverable, required: dict[str, list[Cadence]]) -> list[Cadence]:
    """A deliverable's own cadences and those a local requirement sets for it."""
    return [*d.cadence, *required.get(d.id, ())]


def within(cadence: Cadence, months: int) -> bool:
    """Whether ``cadence`` happens at least once in every ``months`` (6 §: minst vartannat år)."""
    return per_year(cadence) * months / 12 >= 1 - 1e-9
