"""What the report kommunstyrelsen adopts and the coordinator's appendix share.

- :class:`ReportIdentity`: the report's own title, date, diarienummer, handläggare and
  status, chosen by the user (``kbfa report --dnr … --handlaggare …``), never taken
  from the steering document, whose decision and dnr are labelled as its own;
- :func:`group_findings`: the findings by duty of the law, the municipality's own
  rules, kbfa's rule on the steering document, Brå's practice and the rest;
- the law's full name and its official text (riksdagen.se) and lagen.nu.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs

from kbfa.evaluation import EvaluationResult, Finding
from kbfa.i18n import Catalogue, Lang, render
from kbfa.rules import Duty

__all__ = [
    "LAGEN_NU_URL",
    "LAW_NAME",
    "RIKSDAGEN_URL",
    "FindingGroups",
    "ReportIdentity",
    "group_findings",
    "law_links",
]

#: The law's full name, as it is written at its first mention (språklagen, legal usage).
LAW_NAME = {
    "sv": "lagen (2023:196) om kommuners ansvar för brottsförebyggande arbete",
    "en": "the Act (2023:196) on municipalities' responsibility for crime prevention",
}
#: The official consolidated text in Svensk författningssamling, at riksdagen.se.
RIKSDAGEN_URL = (
    "https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/"
    "lag-2023196-om-kommuners-ansvar-for_sfs-2023-196/"
)
#: The same text with the bill's notes per section.
LAGEN_NU_URL = "https://lagen.nu/2023:196"

T: Catalogue = {
    "title": {"sv": "Efterlevnadsrapport", "en": "Compliance report"},
    "official": {
        "sv": "författningstexten hos riksdagen",
        "en": "the official text at riksdagen.se",
    },
    "commented": {
        "sv": "lagen med propositionens kommentarer på lagen.nu",
        "en": "the Act with the bill's notes at lagen.nu",
    },
}


@attrs.frozen
class ReportIdentity:
    """The report's own identity, printed on page 1 and in the header of every page.

    ``title`` defaults to "Efterlevnadsrapport"; ``date`` (the day the report is
    written) to the evaluation date; ``dnr`` and ``handlaggare`` are left as fill-in
    brackets when not given. ``proposal`` adds a draft "Förslag till beslut".
    """

    title: str | None = None
    date: dt.date | None = None
    dnr: str | None = None
    handlaggare: str | None = None
    proposal: bool = False

    def title_or_default(self, lang: Lang) -> str:
        return self.title or render(T, "title", lang)


@attrs.frozen
class FindingGroups:
    """The findings of one evaluation in the places the report shows them."""

    by_duty: dict[str, list[Finding]]
    local: list[Finding]  # the municipality's own rules (and the waiver checks)
    admin: list[Finding]  # kbfa's rule on the steering document (KBFA-KA)
    guidance: list[Finding]  # Brå's good practice
    other_law: list[Finding]  # rules of the law with no duty (the summary L2A, 14 §)


def _duty_findings(result: EvaluationResult, d: Duty) -> list[Finding]:
    return [
        f
        for f in result.findings
        if f.duty == d.key or (f.duty is None and f.code in d.codes and f.source == "law")
    ]


def group_findings(result: EvaluationResult, duties: Sequence[Duty]) -> FindingGroups:
    by_duty = {d.key: _duty_findings(result, d) for d in duties}
    claimed = {id(f) for fs in by_duty.values() for f in fs}
    rest = [f for f in result.findings if id(f) not in claimed]
    return FindingGroups(
        by_duty=by_duty,
        local=[f for f in rest if f.source == "local"],
        admin=[f for f in rest if f.source == "kbfa"],
        guidance=[f for f in rest if f.source == "guidance"],
        other_law=[f for f in rest if f.source not in ("local", "guidance", "kbfa")],
    )


def law_links(lang: Lang) -> list[tuple[str, str]]:
    """The law's text as (words, address) pairs: the official text first, then lagen.nu."""
    return [
        (render(T, "official", lang), RIKSDAGEN_URL),
        (render(T, "commented", lang), LAGEN_NU_URL),
    ]
