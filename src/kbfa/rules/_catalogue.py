"""The catalogue: every rule of the law and of Brå's guidance, and the law's duties.

Which sections of lag (2023:196) carry a duty is stated here, section by
section, so a test can hold the catalogue to it (every duty has a rule).
"""

from __future__ import annotations

from functools import cache

from kbfa.model import Governance
from kbfa.rules._guidance import GUIDANCE_RULES
from kbfa.rules._law_coordination import COORDINATION_RULES, SUMMARY_RULES
from kbfa.rules._law_plan import PLAN_RULES
from kbfa.rules._local import local_rules
from kbfa.rules._rule import Duty, LegalReference, Rule, Words, law
from kbfa.rules._waivers import WAIVER_RULES

__all__ = ["SECTIONS", "catalogue", "find_rule", "law_duties", "rules_for"]

#: Each section of the law (and "ÖB", the transitional provisions): None when it
#: carries a duty the catalogue must check, else why it carries none.
SECTIONS: dict[str, str | None] = {
    "1": "anger lagens innehåll; ingen skyldighet",
    "2": None,  # the general duty, carried out through 4–13 §§ (summary rule KBFA-L2A)
    "3": "anger lagens syfte; ingen skyldighet",
    "4": None,
    "5": None,
    "6": None,
    "7": None,
    "8": None,
    "9": None,
    "10": None,
    "11": None,
    "12": None,
    "13": None,
    "14": "ger kommunen rätt att bedriva kamerabevakning (från 2025-04-01); en befogenhet, "
    "ingen skyldighet",
    "ÖB": None,
}


@cache
def catalogue() -> tuple[Rule, ...]:
    """Every fixed rule: the law by §, Brå's good practice, then the waiver checks."""
    return (
        *SUMMARY_RULES,
        *PLAN_RULES[:-1],
        *COORDINATION_RULES,
        PLAN_RULES[-1],
        *GUIDANCE_RULES,
        *WAIVER_RULES,
    )


def rules_for(governance: Governance) -> tuple[Rule, ...]:
    """All rules for one municipality: the law, its own rules, Brå's practice, waivers."""
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


_DUTIES: tuple[tuple[str, LegalReference, tuple[str, str]], ...] = (
    ("4", law(4), ("Lägesbild", "Situation report (lägesbild)")),
    ("5", law(5), ("Åtgärdsplan", "Action plan")),
    (
        "6",
        law(6),
        ("Uppdatering och uppföljning vartannat år", "Update and follow-up every second year"),
    ),
    ("7", law(7), ("Samordning med annan planering", "Integration with other planning")),
    ("8", law(8), ("Samordningsansvar", "Coordination responsibility")),
    ("9", law(9), ("Samverkansöverenskommelser", "Cooperation agreements")),
    ("10", law(10), ("Strategiskt råd", "Strategic council")),
    (
        "11-12",
        LegalReference(
            sfs="2023:196", section=11, last_section=12, url="https://lagen.nu/2023:196#P11"
        ),
        ("Samordningsfunktion", "Coordination function"),
    ),
    (
        "13",
        law(13),
        ("Ledning och rapportering till fullmäktige", "Leadership and reporting to the assembly"),
    ),
    (
        "OB",
        law(None, transitional=True),
        ("Första åtgärdsplanen senast 2024-07-01", "First action plan by 2024-07-01"),
    ),
)


@cache
def law_duties() -> tuple[Duty, ...]:
    """The duties of the law in order, each with the codes of the rules that check it."""
    rules = catalogue()
    return tuple(
        Duty(key, Words(*title), ref, tuple(r.code for r in rules if r.duty == key))
        for key, ref, title in _DUTIES
    )
