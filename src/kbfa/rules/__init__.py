"""The rules (layer 3): lag (2023:196), Brå's good practice and the municipality's own rules.

Rule codes are stable across versions:

- ``KBFA-L<§><letter>``: a duty of lag (2023:196), e.g. ``KBFA-L6A`` (6 §, the
  lägesbild is updated at least every second year); ``KBFA-LOBA`` is the
  transitional provisions (övergångsbestämmelserna).
- ``KBFA-B<nn>``: Brå's good practice (warnings only), e.g. ``KBFA-B01`` (every
  measure targets a cause).
- ``KBFA-KA``: the municipality's steering document is in force and reviewed.
- ``KBFA-K-<requirement id>``: a design check of the municipality's own
  requirement with that id; ``KBFA-KP-<requirement id>`` its practice check.
- ``KBFA-W1``/``KBFA-W2``: waivers name a known rule / have not expired.

``--select``/``--ignore`` take a code or a prefix (``KBFA-L``, ``KBFA-K``).
"""

from kbfa.rules._catalogue import SECTIONS, catalogue, find_rule, law_duties, rules_for
from kbfa.rules._context import Context
from kbfa.rules._local import local_rules
from kbfa.rules._rule import (
    LAW_IN_FORCE,
    PLAN_IN_FORCE,
    Duty,
    LegalReference,
    Outcome,
    Rule,
    RuleSource,
    Words,
)
from kbfa.rules._verdicts import Level, Severity, Verdict

__all__ = [
    "LAW_IN_FORCE",
    "PLAN_IN_FORCE",
    "SECTIONS",
    "Context",
    "Duty",
    "LegalReference",
    "Level",
    "Outcome",
    "Rule",
    "RuleSource",
    "Severity",
    "Verdict",
    "Words",
    "catalogue",
    "find_rule",
    "law_duties",
    "local_rules",
    "rules_for",
]
