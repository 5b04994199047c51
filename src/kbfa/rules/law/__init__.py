"""Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete, one module per section.

Where is 6 § checked? In ``p06_uppdatering.py``; every section with a rule has its
module, named by its number and subject, holding its rules, their messages and
their checks:

- ``p02_sammanfattning`` 2 § (the general duty, summed up: KBFA-L2A)
- ``p04_lagesbild`` 4 § (KBFA-L4A–L4E)
- ``p05_atgardsplan`` 5 § (KBFA-L5A–L5D)
- ``p06_uppdatering`` 6 § (KBFA-L6A–L6D)
- ``p07_integrering`` 7 § (KBFA-L7A)
- ``p08_samordning`` 8 § (KBFA-L8A)
- ``p09_overenskommelser`` 9 § (KBFA-L9A–L9C)
- ``p10_strategiskt_rad`` 10 § (KBFA-L10A–L10D)
- ``p11_samordningsfunktion`` 11 § (KBFA-L11A)
- ``p12_uppgifter`` 12 § 1–3 p. (KBFA-L12A–L12C)
- ``p13_ledning`` 13 § (KBFA-L13A–L13D)
- ``p14_kamerabevakning`` 14 § (KBFA-L14A, information only)
- ``ob_overgangsbestammelser`` the transitional provisions (KBFA-LOBA)

1 and 3 §§ carry no duty and have no module; :data:`SECTIONS` says why for every
section, and ``kbfa rules`` and docs/regler.md print it.
"""

from __future__ import annotations

from kbfa.rules._rule import LegalReference, Rule, law
from kbfa.rules.law import (
    ob_overgangsbestammelser,
    p02_sammanfattning,
    p04_lagesbild,
    p05_atgardsplan,
    p06_uppdatering,
    p07_integrering,
    p08_samordning,
    p09_overenskommelser,
    p10_strategiskt_rad,
    p11_samordningsfunktion,
    p12_uppgifter,
    p13_ledning,
    p14_kamerabevakning,
)

__all__ = ["DUTIES", "LAW_RULES", "SECTIONS"]

#: Every rule of the law, in the order of the law.
LAW_RULES: tuple[Rule, ...] = (
    *p02_sammanfattning.RULES,
    *p04_lagesbild.RULES,
    *p05_atgardsplan.RULES,
    *p06_uppdatering.RULES,
    *p07_integrering.RULES,
    *p08_samordning.RULES,
    *p09_overenskommelser.RULES,
    *p10_strategiskt_rad.RULES,
    *p11_samordningsfunktion.RULES,
    *p12_uppgifter.RULES,
    *p13_ledning.RULES,
    *p14_kamerabevakning.RULES,
    *ob_overgangsbestammelser.RULES,
)

#: Each section of the law (and "ÖB", the transitional provisions): None when it carries
#: a duty the catalogue checks, else why it has no breach rule (in Swedish and English).
SECTIONS: dict[str, tuple[str, str] | None] = {
    "1": ("anger lagens innehåll; ingen skyldighet", "states what the law covers; no duty"),
    "2": None,  # the general duty, carried out through 4–13 §§ (summary rule KBFA-L2A)
    "3": ("anger lagens syfte; ingen skyldighet", "states the law's purpose; no duty"),
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
    "14": (
        "ger kommunen rätt att bedriva kamerabevakning av platser dit allmänheten har tillträde "
        "(från 2025-04-01, SFS 2025:223); en rättighet, ingen skyldighet, så KBFA-L14A "
        "informerar bara",
        "gives the municipality the right to run camera surveillance of places open to the "
        "public (from 2025-04-01, SFS 2025:223); a right, not a duty, so KBFA-L14A only informs",
    ),
    "ÖB": None,
}

#: The duties of the law as outputs list them: key, reference, title (sv, en).
DUTIES: tuple[tuple[str, LegalReference, tuple[str, str]], ...] = (
    ("4", law(4), ("Lägesbild", "Situation report (lägesbild)")),
    ("5", law(5), ("Åtgärdsplan", "Action plan")),
    (
        "6",
        law(6),
        (
            "Uppdatering och uppföljning minst vartannat år",
            "Update and follow-up at least every second year",
        ),
    ),
    (
        "7",
        law(7),
        ("Integrering med annan analys och planering", "Integration with other planning"),
    ),
    ("8", law(8), ("Samordningsansvar", "Coordination responsibility")),
    ("9", law(9), ("Överenskommelser om samverkan", "Cooperation agreements")),
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
