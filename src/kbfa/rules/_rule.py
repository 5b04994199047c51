"""What a rule is: a legal reference, words for people, a strength, and one check.

Rules are data plus one small pure function (``check``); the evaluation engine
runs any rule the same way and knows none by name.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import attrs

from kbfa.i18n import Lang
from kbfa.model import Strength
from kbfa.rules._verdicts import Level, Severity, Situation, Verdict

if TYPE_CHECKING:
    from kbfa.config import KeyPath
    from kbfa.rules._context import Context

__all__ = [
    "CAMERA_IN_FORCE",
    "LAW_IN_FORCE",
    "PLAN_IN_FORCE",
    "SFS",
    "Check",
    "Duty",
    "LegalReference",
    "Outcome",
    "Rule",
    "RuleSource",
    "Words",
    "action_text",
    "law",
    "law_rule",
    "strength_words",
]

SFS = "2023:196"
#: The law entered into force on 2023-07-01 (övergångsbestämmelserna, 1 p.).
LAW_IN_FORCE = dt.date(2023, 7, 1)
#: The first åtgärdsplan under 5 § was due by 2024-07-01 (övergångsbestämmelserna, 2 p.).
PLAN_IN_FORCE = dt.date(2024, 7, 1)
#: 14 § (kamerabevakning) was added by SFS 2025:223 from 2025-04-01 (bet. 2024/25:JuU27).
CAMERA_IN_FORCE = dt.date(2025, 4, 1)


class RuleSource(enum.StrEnum):
    """Where a rule comes from: the law, the municipality's own document, Brå, or kbfa itself.

    ``KBFA`` is kbfa's own administrative rule about the steering document (KBFA-KA):
    not the law, not the municipality's words, so it can only warn.
    """

    LAW = "law"
    LOCAL = "local"
    GUIDANCE = "guidance"
    KBFA = "kbfa"


@attrs.frozen
class Words:
    """One text in Swedish and English."""

    sv: str
    en: str

    def __call__(self, lang: Lang = "sv") -> str:
        return self.sv if lang == "sv" else self.en


@attrs.frozen
class LegalReference:
    """Where a rule is written down.

    For the law: ``sfs`` ("2023:196"), ``section`` (6) and ``point`` ("1"), or
    ``transitional`` for the övergångsbestämmelser. For a municipality's own rule:
    ``document`` (the steering document's title) and ``heading`` (the clause).
    For Brå's guidance: ``document`` (the page or handbook) and ``heading``.
    ``url`` links to the text, e.g. https://lagen.nu/2023:196#P6.
    """

    sfs: str | None = None
    section: int | None = None
    last_section: int | None = None  # a range such as 11–12 §§
    point: str | None = None
    transitional: bool = False
    document: str | None = None
    heading: str | None = None
    url: str | None = None

    def short(self, lang: Lang = "sv") -> str:
        """The section alone, for tables: "4 §", "11–12 §§", "övergångsbest."; else the label."""
        if self.sfs is None:
            return self.label(lang)
        if self.transitional:
            return "övergångsbest." if lang == "sv" else "transitional"
        if self.last_section is not None:
            return (
                f"{self.section}–{self.last_section} §§"
                if lang == "sv"
                else (f"ss. {self.section}–{self.last_section}")
            )
        return f"{self.section} §" if lang == "sv" else f"s. {self.section}"

    def label(self, lang: Lang = "sv") -> str:
        """The reference as people cite it: "6 § lag (2023:196)", "4 § 1 p. lag (2023:196)"."""
        if self.sfs is not None:
            if self.transitional:
                return (
                    f"övergångsbestämmelserna till lag ({self.sfs})"
                    if lang == "sv"
                    else f"transitional provisions, Act ({self.sfs})"
                )
            if lang == "sv":
                where = f"{self.section} §" if self.section is not None else ""
                if self.last_section is not None:
                    where = f"{self.section}–{self.last_section} §§"
                if self.point:
                    where += f" {self.point} p."
                return f"{where} lag ({self.sfs})".strip()
            where = f"s. {self.section}" if self.section is not None else ""
            if self.last_section is not None:
                where = f"ss. {self.section}–{self.last_section}"
            if self.point:
                where += f"({self.point})"
            return f"{where}, Act ({self.sfs})".lstrip(", ")
        parts = [p for p in (self.document, self.heading) if p]
        if self.document and self.heading:
            return (
                f'{self.document}, avsnitt "{self.heading}"'
                if lang == "sv"
                else (f'{self.document}, section "{self.heading}"')
            )
        return ", ".join(parts)


def law(
    section: int | None, point: str | None = None, *, transitional: bool = False
) -> LegalReference:
    """A reference into lag (2023:196) with its lagen.nu link."""
    anchor = "#overgang" if transitional else (f"#P{section}" if section is not None else "")
    return LegalReference(
        sfs=SFS,
        section=section,
        point=point,
        transitional=transitional,
        url=f"https://lagen.nu/{SFS}{anchor}",
    )


def _situation_given(
    instance: Outcome, _: attrs.Attribute[Situation | None], value: Situation | None
) -> None:
    if value is None and instance.verdict.is_open:
        raise ValueError(
            f"an open outcome ({instance.verdict}) must say its situation: {instance.message}"
        )


@attrs.frozen
class Outcome:
    """What a check says about one item: verdict, where in the config, why (in the reader's words).

    ``situation`` says why something is missing (:class:`Situation`); every open
    outcome must give one, so that outputs can tell a breach from a silence the law
    fills or a fact that is only unrecorded. ``fix`` replaces the rule's general
    advice when the check can be more specific. ``informational`` reports the
    outcome as information whatever its verdict (a remedied, historical gap).
    """

    verdict: Verdict
    path: KeyPath
    message: str
    fix: str | None = None
    situation: Situation | None = attrs.field(default=None, validator=_situation_given)
    informational: bool = False
    #: Kommunstyrelsen's action when the check can say more than the rule's general one
    #: (may use ``{Lead}``/``{lead}``, as :attr:`Rule.actions`).
    action: str | None = None


Check = Callable[["Context"], Iterable[Outcome]]


@attrs.frozen
class Rule:
    """One requirement: of the law, of the municipality's own document, or of Brå's guidance.

    ``code`` is stable across versions (see :mod:`kbfa.rules` for the scheme).
    ``check`` is one small pure function from the evaluation context to outcomes;
    it yields at least one outcome, uppfyllt included, so every rule leaves a trace.
    ``informational`` rules are reported at info severity whatever their verdict:
    a rule that sums up others (so a breach is counted once, under the rule that
    found it) or one that only draws attention (an expired waiver, 14 §).
    ``interpretation`` marks a rule that applies kbfa's reading of an open term
    (13 §: "kontinuerligt" as at least every 12 months): it can only warn.
    ``document_rule`` marks the municipality's own rules, which apply only while
    the steering document they are in is decided and in force; ``document`` is that
    document's id under ``[[documents]]`` (None: the main ``[steering_document]``).

    Two kinds of advice for an open finding: ``fixes`` tells the coordinator what to
    change in the steering document or the config file; ``actions`` tells
    kommunstyrelsen, in plain Swedish, what the municipality's organs do about it
    ("Kommunstyrelsen beslutar …", "Fullmäktige …", "Diarieför beslutet"). The report
    kommunstyrelsen adopts shows only the action. ``{Lead}`` and ``{lead}`` in an
    action stand for the body that leads the work under 13 § (capitalised, or as
    inside a sentence): kommunstyrelsen unless fullmäktige decided on a nämnd
    (:func:`action_text`).
    """

    code: str
    source: RuleSource
    reference: LegalReference
    strength: Strength
    in_force: dt.date
    level: Level
    titles: Words
    paraphrases: Words
    satisfied: Words
    fixes: Words
    check: Check = attrs.field(eq=False, repr=False)
    duty: str | None = None  # key of the law duty the rule belongs to (see law_duties())
    informational: bool = False
    interpretation: bool = False
    document_rule: bool = False
    document: str | None = None
    actions: Words = attrs.field(kw_only=True)

    @property
    def binding(self) -> bool:
        """Whether a missed verdict can be a breach: a "ska" in the statute's or document's text."""
        return self.strength is Strength.MUST and not self.interpretation and not self.informational

    @property
    def rests_on_document(self) -> bool:
        """Whether the rule judges what the steering document provides (law and Brå, design).

        Such a rule can credit nothing to a document that does not apply on the date.
        """
        return self.level is Level.DESIGN and self.source in (RuleSource.LAW, RuleSource.GUIDANCE)

    def severity(
        self, verdict: Verdict, situation: Situation | None = None, informational: bool = False
    ) -> Severity:
        """How serious one outcome of this rule is.

        A breach is a missed binding "ska" (:attr:`binding`) where the document
        contradicts the law or a required step is missing (:attr:`Situation.can_breach`).
        A silence the law fills is information. What cannot be assessed under a binding
        rule, and every other open outcome of "verka för", lämplighet, Brå's practice,
        kbfa's readings and kbfa's own rule, is a warning; what cannot be assessed
        under those is information. Verdicts that ask for nothing are information.
        """
        if not verdict.is_open or self.informational or informational:
            return Severity.INFO
        if situation is Situation.LAW_FILLS:
            return Severity.INFO
        if verdict is Verdict.EJ_BEDOMBART:
            return Severity.WARNING if self.binding else Severity.INFO
        if self.binding and situation is not None and situation.can_breach:
            return Severity.BREACH
        return Severity.WARNING

    def strength_words(self, lang: Lang = "sv") -> str:
        """The rule's strength as a reader needs it: "ska", "verka för", "kbfa:s tolkning"..."""
        if self.informational:
            return (
                "information (aldrig en brist)" if lang == "sv" else "information (never a breach)"
            )
        return strength_words(self.strength, self.interpretation, self.source, lang)

    def title(self, lang: Lang = "sv") -> str:
        return self.titles(lang)

    def paraphrase(self, lang: Lang = "sv") -> str:
        return self.paraphrases(lang)

    def satisfied_by(self, lang: Lang = "sv") -> str:
        return self.satisfied(lang)

    def how_to_fix(self, lang: Lang = "sv") -> str:
        return self.fixes(lang)

    def action(self, lang: Lang = "sv", lead: str | None = None) -> str:
        """The organisational action for kommunstyrelsen, with the leading body named
        (``lead`` as inside a sentence; default kommunstyrelsen, the law's own)."""
        return action_text(self.actions(lang), lang, lead)

    @property
    def url(self) -> str | None:
        return self.reference.url


#: The body that leads the work when fullmäktige has decided nothing else (13 §).
_DEFAULT_LEAD = ("kommunstyrelsen", "the executive board")


def action_text(text: str, lang: Lang = "sv", lead: str | None = None) -> str:
    """An action with ``{Lead}``/``{lead}`` replaced by the leading body (see :class:`Rule`)."""
    name = lead or (_DEFAULT_LEAD[0] if lang == "sv" else _DEFAULT_LEAD[1])
    return text.replace("{Lead}", name[:1].upper() + name[1:]).replace("{lead}", name)


_STRENGTH_WORDS: dict[Strength, tuple[str, str]] = {
    Strength.MUST: ("ska (brist om det saknas)", "must (a breach when missed)"),
    Strength.BEST_EFFORT: ("verka för (varning)", "work towards (warning)"),
    Strength.QUALIFIED: (
        "i den utsträckning det är lämpligt (varning)",
        "to the extent suitable (warning)",
    ),
    Strength.GOOD_PRACTICE: ("god praxis enligt Brå (varning)", "Brå good practice (warning)"),
}


@functools.cache  # a handful of combinations, asked for once per rule and evaluation
def strength_words(
    strength: Strength, interpretation: bool = False, source: str = "law", lang: Lang = "sv"
) -> str:
    """A strength in the reader's words; kbfa's readings and kbfa's own rule say so."""
    if interpretation:
        return "kbfa:s tolkning (varning)" if lang == "sv" else "kbfa's reading (warning)"
    if source == RuleSource.KBFA:
        return (
            "kbfa:s förvaltningsregel (varning)"
            if lang == "sv"
            else "kbfa's administrative rule (warning)"
        )
    sv, en = _STRENGTH_WORDS[strength]
    return sv if lang == "sv" else en


@attrs.frozen
class Duty:
    """One duty of the law as the report's summary table lists it (e.g. 8–9 §)."""

    key: str
    titles: Words
    reference: LegalReference
    codes: tuple[str, ...]

    def title(self, lang: Lang = "sv") -> str:
        return self.titles(lang)


def law_rule(
    code: str,
    reference: LegalReference,
    *,
    strength: Strength,
    level: Level,
    duty: str | None,
    title: tuple[str, str],
    paraphrase: tuple[str, str],
    satisfied: tuple[str, str],
    fix: tuple[str, str],
    action: tuple[str, str],
    check: Check,
    in_force: dt.date = LAW_IN_FORCE,
    source: RuleSource = RuleSource.LAW,
    informational: bool = False,
    interpretation: bool = False,
) -> Rule:
    """A catalogue rule from (Swedish, English) pairs; keeps rule tables readable.

    ``fix`` is the coordinator's advice, ``action`` kommunstyrelsen's (see :class:`Rule`).
    """
    return Rule(
        code=code,
        source=source,
        reference=reference,
        strength=strength,
        in_force=in_force,
        level=level,
        titles=Words(*title),
        paraphrases=Words(*paraphrase),
        satisfied=Words(*satisfied),
        fixes=Words(*fix),
        actions=Words(*action),
        check=check,
        duty=duty,
        informational=informational,
        interpretation=interpretation,
    )
