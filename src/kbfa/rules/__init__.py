"""The rules (layer 3): lag (2023:196), Brå's good practice and the municipality's own rules.

Rule codes are stable across versions:

- ``KBFA-L<§><letter>``: a duty of lag (2023:196), e.g. ``KBFA-L6A`` (6 §, the
  lägesbild is updated at least every second year); ``KBFA-LOBA`` is the
  transitional provisions (övergångsbestämmelserna).
- ``KBFA-B<nn>``: Brå's good practice (warnings only), e.g. ``KBFA-B01`` (every
  measure targets a cause).
- ``KBFA-KA``: kbfa's own administrative rule: the steering document is decided,
  applies on the date and is reviewed when it says (warnings only).
- ``KBFA-K-<requirement id>``: a design check of the municipality's own
  requirement with that id; ``KBFA-KP-<requirement id>`` its practice check.
- ``KBFA-W1``/``KBFA-W2``: waivers and explanations name a known rule / waivers
  have not expired.

Where the rules live: ``law/`` holds one module per section of the law
(``law/p06_uppdatering.py`` is 6 §), ``bra.py`` Brå's practice, ``local/`` the
municipality's own rules, ``styrdokument.py`` KBFA-KA and ``waivers.py`` W1–W2.

``--select``/``--ignore`` take a code or a prefix (``KBFA-L``, ``KBFA-K``).

:func:`follow_up_due` is the 6 § clock of the plan's follow-up, for outputs that
show the date (the follow-up document): the same clock KBFA-L6D judges by.
"""

import datetime as _dt

from kbfa.model import Governance
from kbfa.rules._catalogue import SECTIONS, catalogue, find_rule, law_duties, rules_for
from kbfa.rules._context import Context
from kbfa.rules._document import DocumentState, DocumentTime, document_time
from kbfa.rules._rule import (
    CAMERA_IN_FORCE,
    LAW_IN_FORCE,
    PLAN_IN_FORCE,
    Duty,
    LegalReference,
    Outcome,
    Rule,
    RuleSource,
    Words,
    action_text,
    strength_words,
)
from kbfa.rules._verdicts import Level, Severity, Situation, Verdict
from kbfa.rules.law.p06_uppdatering import FollowUpClock
from kbfa.rules.law.p13_ledning import Lead, LeadBasis, lead_in_text, who_leads
from kbfa.rules.local import local_rules
from kbfa.rules.waivers import is_law_code

__all__ = [
    "CAMERA_IN_FORCE",
    "LAW_IN_FORCE",
    "PLAN_IN_FORCE",
    "SECTIONS",
    "Context",
    "DocumentState",
    "DocumentTime",
    "Duty",
    "FollowUpClock",
    "Lead",
    "LeadBasis",
    "LegalReference",
    "Level",
    "Outcome",
    "Rule",
    "RuleSource",
    "Severity",
    "Situation",
    "Verdict",
    "Words",
    "action_text",
    "catalogue",
    "document_time",
    "find_rule",
    "follow_up_due",
    "is_law_code",
    "law_duties",
    "lead_in_text",
    "local_rules",
    "rules_for",
    "strength_words",
    "who_leads",
]


def follow_up_due(governance: Governance, as_of: _dt.date) -> FollowUpClock | None:
    """When the åtgärdsplan's next follow-up under 6 § is due, as of ``as_of``.

    ``None`` when nothing is recorded to start the clock (no plan, no adoption, no
    follow-up). It is the clock KBFA-L6D judges by, not a second computation.
    """
    from kbfa.rules.law.p06_uppdatering import follow_up_clock

    return follow_up_clock(Context(governance, as_of))
