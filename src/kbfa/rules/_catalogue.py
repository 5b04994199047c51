"""The catalogue: every rule of the law, Brå, kbfa and the waiver checks, and the law's duties.

Which sections of lag (2023:196) carry a duty is stated in :mod:`kbfa.rules.law`,
section by section, so a test can hold the catalogue to it (every duty has a rule).
"""

from __future__ import annotations

from functools import cache

from kbfa.model import Governance
from kbfa.rules import bra, bra_indicators, styrdokument, waivers
from kbfa.rules._rule import Duty, Rule, Words
from kbfa.rules.law import DUTIES, LAW_RULES, SECTIONS
from kbfa.rules.local import local_rules

__all__ = ["SECTIONS", "catalogue", "find_rule", "law_duties", "rules_for"]


@cache
def catalogue() -> tuple[Rule, ...]:
    """Every fixed rule: the law by §, Brå's good practice, kbfa's own rule, the waiver checks."""
    return (*LAW_RULES, *bra.RULES, *bra_indicators.RULES, *styrdokument.RULES, *waivers.RULES)


def rules_for(governance: Governance) -> tuple[Rule, ...]:
    """All rules for one municipality: the law, its own rules, Brå, kbfa's rule, waivers."""
    fixed = catalogue()
    law_rules = tuple(r for r in fixed if r.source == "law")
    rest = tuple(r for r in fixed if r.source != "law")
    return (*law_rules, *local_rules(governance), *rest)


def find_rule(code: str, governance: Governance | None = None) -> Rule | None:
    """The rule with ``code``: a catalogue rule, or a local rule of ``governance``."""
    for r in catalogue():
        if r.code == code:
            return r
    if governance is not None:
        for r in local_rules(governance):
            if r.code == code:
                return r
    return None


@cache
def law_duties() -> tuple[Duty, ...]:
    """The duties of the law in order, each with the codes of the rules that check it."""
    rules = catalogue()
    return tuple(
        Duty(key, Words(*title), ref, tuple(r.code for r in rules if r.duty == key))
        for key, ref, title in DUTIES
    )
