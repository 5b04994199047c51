"""12 § lag (2023:196): the tasks of the coordination function.

Reference (https://lagen.nu/2023:196#P12): the samordningsfunktion shall in
particular
- 1 p.: coordinate and support the municipality's implementation of its work under
  the law;
- 2 p.: be the municipality's contact point for external actors;
- 3 p.: help spread information about crime prevention to residents and others
  who may want or need it ("bidra till att information ... sprids").

The tasks attach to the function by law. A steering document that does not restate
one breaches nothing: the law fills the silence, and kbfa only notes that the
document does not show how the task is carried out.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from kbfa.i18n import Catalogue
from kbfa.model import Task12
from kbfa.rules._context import Context
from kbfa.rules._rule import Outcome, Rule, law, law_rule
from kbfa.rules._verdicts import Situation, Verdict
from kbfa.rules.law._common import DESIGN, MUST

__all__ = ["RULES"]

M: Catalogue = {
    "needs_function": {
        "sv": "Det finns ingen samordningsfunktion att bedöma (se KBFA-L11A).",
        "en": "There is no coordination function to assess (see KBFA-L11A).",
    },
    "stated": {
        "sv": "Samordningsfunktionen ska enligt styrdokumentet {task}.",
        "en": "According to the steering document the coordination function is to {task}.",
    },
    "by_law": {
        "sv": "Styrdokumentet anger inte att samordningsfunktionen ska {task}; uppgiften följer "
        "direkt av 12 § {point} p. Hur den fullgörs framgår inte av styrdokumentet.",
        "en": "The steering document does not state that the coordination function is to "
        "{task}; the task follows directly from s. 12({point}). How it is carried out is not "
        "shown.",
    },
    "fix": {
        "sv": "Förtydliga i styrdokumentet hur samordningsfunktionen ska {task} (uppgiften följer "
        'redan av 12 § {point} p.), och lägg till "{key}" i [coordination].tasks.',
        "en": "Make clear in the steering document how the function is to {task} (the task "
        'already follows from s. 12({point})), and add "{key}" to [coordination].tasks.',
    },
}

_POINT = {Task12.COORDINATE_SUPPORT: "1", Task12.CONTACT_POINT: "2", Task12.INFORM_PUBLIC: "3"}
#: Each task as the law words it, to follow "ska" in a sentence.
_TASK: dict[Task12, tuple[str, str]] = {
    Task12.COORDINATE_SUPPORT: (
        "samordna och stödja genomförandet av kommunens arbete enligt lagen",
        "coordinate and support the municipality's work under the law",
    ),
    Task12.CONTACT_POINT: (
        "utgöra kommunens kontaktpunkt för externa aktörer",
        "be the municipality's contact point for external actors",
    ),
    Task12.INFORM_PUBLIC: (
        "bidra till att information om det brottsförebyggande arbetet sprids till invånarna och "
        "andra som kan vilja eller behöva ta del av den",
        "help information about the work to be spread to residents and others",
    ),
}


def _task(task: Task12, ctx: Context) -> Iterator[Outcome]:
    # Bound per task with functools.partial (see 4 §'s _point).
    point = _POINT[task]
    c = ctx.g.coordination
    if c is None:
        msg = ctx.say(M, "needs_function")
        yield Outcome(
            Verdict.EJ_BEDOMBART, ("coordination",), msg, situation=Situation.MISSING_STEP
        )
        return
    sv, en = _TASK[task]
    words = sv if ctx.lang == "sv" else en
    path = ("coordination", "tasks")
    if task in c.tasks:
        yield Outcome(Verdict.UPPFYLLT, path, ctx.say(M, "stated", task=words))
        return
    msg = ctx.say(M, "by_law", task=words, point=point)
    fix = ctx.say(M, "fix", task=words, point=point, key=task.value)
    yield Outcome(Verdict.EJ_BEDOMBART, path, msg, fix, situation=Situation.LAW_FILLS)


#: Kommunstyrelsen's action per task: the task follows from the law, so at most the
#: steering document is made clearer.
_ACTIONS: dict[Task12, tuple[str, str]] = {
    Task12.COORDINATE_SUPPORT: (
        "{Lead} förtydligar i styrdokumentet att samordningsfunktionen samordnar och stödjer "
        "arbetet (uppgiften följer redan av 12 § 1 p.).",
        "{Lead} makes clear in the steering document that the coordination function "
        "coordinates and supports the work (the task already follows from s. 12(1)).",
    ),
    Task12.CONTACT_POINT: (
        "{Lead} förtydligar i styrdokumentet att samordningsfunktionen är kommunens "
        "kontaktpunkt för externa aktörer (uppgiften följer redan av 12 § 2 p.).",
        "{Lead} makes clear in the steering document that the coordination function is the "
        "municipality's contact point for external actors (already s. 12(2)).",
    ),
    Task12.INFORM_PUBLIC: (
        "{Lead} förtydligar i styrdokumentet att samordningsfunktionen bidrar till att "
        "information om arbetet sprids till invånarna (uppgiften följer redan av 12 § 3 p.).",
        "{Lead} makes clear in the steering document that the coordination function helps "
        "information about the work reach residents (already s. 12(3)).",
    ),
}


def _rule(code: str, task: Task12, title: tuple[str, str], para: tuple[str, str]) -> Rule:
    return law_rule(
        code,
        law(12, _POINT[task]),
        strength=MUST,
        level=DESIGN,
        duty="11-12",
        title=title,
        paraphrase=para,
        satisfied=(
            f'[coordination].tasks innehåller "{task.value}". Anges uppgiften inte följer den '
            "ändå av lagen; det noteras, men är ingen brist.",
            f'[coordination].tasks includes "{task.value}"; if not, the task still follows from '
            "the law, which is noted, not a breach.",
        ),
        fix=(
            "Förtydliga uppgiften i styrdokumentet och lägg till "
            f'"{task.value}" i [coordination].tasks.',
            f'Make the task clear in the steering document and add "{task.value}" to '
            "[coordination].tasks.",
        ),
        action=_ACTIONS[task],
        check=partial(_task, task),
    )


RULES: tuple[Rule, ...] = (
    _rule(
        "KBFA-L12A",
        Task12.COORDINATE_SUPPORT,
        ("Samordningsfunktionen samordnar och stödjer", "The function coordinates and supports"),
        (
            "Samordningsfunktionen ska särskilt samordna och stödja genomförandet av kommunens "
            "arbete enligt lagen.",
            "The function must coordinate and support the municipality's work under the law.",
        ),
    ),
    _rule(
        "KBFA-L12B",
        Task12.CONTACT_POINT,
        ("Samordningsfunktionen är kontaktpunkt", "The function is the contact point"),
        (
            "Samordningsfunktionen ska särskilt utgöra kommunens kontaktpunkt för externa aktörer.",
            "The function must be the municipality's contact point for external actors.",
        ),
    ),
    _rule(
        "KBFA-L12C",
        Task12.INFORM_PUBLIC,
        (
            "Samordningsfunktionen bidrar till att information sprids",
            "The function helps information to be spread",
        ),
        (
            "Samordningsfunktionen ska särskilt bidra till att information om det "
            "brottsförebyggande arbetet sprids till invånarna och andra som kan vilja eller "
            "behöva ta del av den.",
            "The function must help information about the work to be spread to residents and "
            "others who may want or need it.",
        ),
    ),
)
