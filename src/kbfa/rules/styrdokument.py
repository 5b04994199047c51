"""KBFA-KA: kbfa's own administrative rule about the steering document (not the law's).

The law does not require a steering document, and KBFA-KA is not a rule of the
municipality either: it is kbfa's rule of good administration (god förvaltningssed),
so it can only warn. It checks what the rest of the evaluation builds on, for each
steering document on its own (the main ``[steering_document]``, then every one under
``[[documents]]``):

- the document is decided, on or before the date (one never decided is not decided
  governance; one decided later did not yet apply);
- its validity has not ended ("tills vidare" has no end, so it stays valid);
- a review the document itself sets (a date, or years after the latest decision)
  is not overdue; the document still applies while a review is overdue;
- the config holds the document's latest wording: when the date precedes a
  revision or a version, the wording that applied then may differ, and KA says so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from kbfa.i18n import Catalogue
from kbfa.model import EvidenceKind, SteeringDocument, Strength
from kbfa.rules._context import Context
from kbfa.rules._document import DocumentState
from kbfa.rules._periods import period_words
from kbfa.rules._rule import LAW_IN_FORCE, LegalReference, Outcome, Rule, RuleSource, Words
from kbfa.rules._time import add_months
from kbfa.rules._verdicts import Level, Situation, Verdict

__all__ = ["DOCUMENT_CODE", "RULES"]

DOCUMENT_CODE = "KBFA-KA"
#: The subject name evidence uses for the steering document (it has no id).
_DOC_SUBJECT = "steering_document"

M: Catalogue = {
    "none": {
        "sv": "Inget styrdokument är registrerat.",
        "en": "No steering document is recorded.",
    },
    "review_overdue": {
        "sv": 'Styrdokumentet "{title}" gäller, men enligt dokumentet självt skulle det ha '
        "aktualitetsprövats senast {due}.",
        "en": 'The steering document "{title}" applies, but by its own terms it was due for '
        "review by {due}.",
    },
    "ok": {
        "sv": 'Styrdokumentet "{title}" beslutades {decided} och gäller {validity}{review}.',
        "en": 'The steering document "{title}" was decided on {decided} and applies {validity}'
        "{review}.",
    },
    "ok_undated": {
        "sv": 'Styrdokumentet "{title}" är beslutat och gäller {validity}{review}.',
        "en": 'The steering document "{title}" is decided and applies {validity}{review}.',
    },
    "open": {"sv": "tills vidare", "en": "until further notice"},
    "review_due": {
        "sv": "; det ska aktualitetsprövas senast {due}",
        "en": "; it is due for review by {due}",
    },
    "no_review": {
        "sv": "; ingen tidpunkt för aktualitetsprövning anges (god förvaltningssed: ange en)",
        "en": "; no review date is stated (good administration: state one)",
    },
    "fix_other": {
        "sv": 'Besluta "{title}" och för in beslut och giltighetstid under [[documents]], eller '
        'registrera aktualitetsprövningen under [[evidence]] (kind = "reviewed", subject = '
        '"{id}").',
        "en": 'Decide "{title}" and record its decision and validity under [[documents]], or '
        'record the review under [[evidence]] (kind = "reviewed", subject = "{id}").',
    },
    "action_other": {
        "sv": '{Lead} ser till att "{title}" beslutas, med giltighetstid, av det organ som ska '
        "anta det, eller att det aktualitetsprövas; beslutet diarieförs.",
        "en": '{Lead} sees to it that "{title}" is decided, with a period of validity, by the '
        "body that is to adopt it, or that it is reviewed; the decision is registered.",
    },
    "fix_revised_later": {
        "sv": "Jämför med lydelsen som gällde {as_of}. Skiljer den sig i något som bedöms här, "
        "gör bedömningen för den tiden med en kopia av konfigurationen som återger den lydelsen.",
        "en": "Compare with the wording that applied on {as_of}. If it differs in anything "
        "assessed here, assess that time with a copy of the config that transcribes it.",
    },
    "action_revised_later": {
        "sv": "{Lead} tar del av att bedömningen per {as_of} bygger på en senare lydelse "
        'av "{title}".',
        "en": '{Lead} notes that the assessment on {as_of} rests on a later wording of "{title}".',
    },
    "revised_later": {
        "sv": 'Bedömningen bygger på "{title}" i lydelsen efter revideringen {date}{para}. Per '
        "{as_of} gällde den tidigare lydelsen, som kan skilja sig.",
        "en": 'The assessment rests on "{title}" as revised on {date}{para}. On {as_of} the '
        "earlier wording applied, which may differ.",
    },
}


def _documents(ctx: Context) -> Iterator[Outcome]:
    """Each steering document on its own: the main one, then every one under [[documents]]."""
    g = ctx.g
    if not g.all_documents:
        yield Outcome(Verdict.EJ_TILLAMPLIG, (), ctx.say(M, "none"))
        return
    if g.steering_document is not None:
        yield from _document(ctx, g.steering_document, ("steering_document",), _DOC_SUBJECT)
    for i, d in enumerate(g.documents):
        yield from _document(ctx, d, ("documents", i), d.id or _DOC_SUBJECT)


def _document(
    ctx: Context, d: SteeringDocument, where: tuple[str | int, ...], subject: str
) -> Iterator[Outcome]:
    time = ctx.documents.get(d.id if where[0] == "documents" else None, ctx.document)
    why = time.why(ctx.lang)
    path: tuple[str | int, ...]
    if time.state is DocumentState.NOT_YET:
        path = (*where, "decision") if d.decision else where
        yield Outcome(Verdict.EJ_TILLAMPLIG, path, why)
        return
    fix = action = None
    if subject != _DOC_SUBJECT:
        # A further document: the advice names it (the rule's own speaks of the main one).
        fix = ctx.say(M, "fix_other", title=d.title, id=subject)
        action = ctx.say(M, "action_other", title=d.title)
    missing = Situation.MISSING_STEP
    if time.state is DocumentState.UNDECIDED:
        yield Outcome(Verdict.EJ_UPPFYLLT, where, why, fix, situation=missing, action=action)
        return
    if time.state is DocumentState.EXPIRED:
        path = (*where, "validity", "end")
        yield Outcome(Verdict.EJ_UPPFYLLT, path, why, fix, situation=missing, action=action)
        return
    due = d.review_date
    if due is None and d.review_after_years:
        # Only decisions taken by the date count (records after it are already left out).
        decided = [x.date for x in d.decisions() if x.date and x.date <= ctx.as_of]
        reviewed = [
            e.date for e in ctx.evidence(subject, EvidenceKind.REVIEWED, EvidenceKind.ADOPTED)
        ]
        base = max(decided + reviewed, default=None)
        if base is not None:
            due = add_months(base, 12 * d.review_after_years)
    elif due is not None and any(
        e.date >= due for e in ctx.evidence(subject, EvidenceKind.REVIEWED)
    ):
        # A review recorded on or after the stated date satisfies it until a new date is set.
        due = None
    if due is not None and due < ctx.as_of:
        path = (*where, "review_date" if d.review_date else "review_after_years")
        msg = ctx.say(M, "review_overdue", title=d.title, due=due)
        yield Outcome(Verdict.EJ_UPPFYLLT, path, msg, fix, situation=missing, action=action)
    else:
        # A document with no end to its validity applies until it is replaced: "tills vidare".
        validity = (period_words(ctx, d.validity) if d.validity else "") or ctx.say(M, "open")
        review = ctx.say(M, "review_due", due=due) if due else ctx.say(M, "no_review")
        if time.decided is not None:
            msg = ctx.say(
                M, "ok", title=d.title, decided=time.decided, validity=validity, review=review
            )
        else:
            msg = ctx.say(M, "ok_undated", title=d.title, validity=validity, review=review)
        yield Outcome(Verdict.UPPFYLLT, where, msg)
    later = _later_wordings(ctx, d, where)
    if later is not None:
        path, date, para = later
        msg = ctx.say(M, "revised_later", title=d.title, date=date, para=para, as_of=ctx.as_of)
        # The note's own advice (the rule's, or a further document's "decide it", would have
        # the coordinator decide a document that is decided).
        yield Outcome(
            Verdict.EJ_BEDOMBART,
            path,
            msg,
            ctx.say(M, "fix_revised_later", as_of=ctx.as_of),
            situation=Situation.OTHER_DOCUMENT,
            informational=True,
            action=ctx.say(M, "action_revised_later", as_of=ctx.as_of, title=d.title),
        )


def _later_wordings(
    ctx: Context, d: SteeringDocument, where: tuple[str | int, ...]
) -> tuple[tuple[str | int, ...], dt.date, str] | None:
    """The first revision or version decided after the date, if any: (path, date, "(§ n)")."""
    later: list[tuple[dt.date, tuple[str | int, ...], str]] = []
    for i, r in enumerate(d.revisions):
        if r.date is not None and r.date > ctx.as_of:
            para = f" ({r.paragraph})" if r.paragraph else ""
            later.append((r.date, (*where, "revisions", i), para))
    for i, v in enumerate(d.versions):
        if v.starts is not None and v.starts > ctx.as_of:
            paragraph = v.decision.paragraph if v.decision is not None else None
            label = ", ".join(x for x in (f"version {v.name}", paragraph) if x)
            later.append((v.starts, (*where, "versions", i), f" ({label})"))
    if not later:
        return None
    date, path, para = min(later, key=lambda x: x[0])
    return path, date, para


RULES: tuple[Rule, ...] = (
    Rule(
        code=DOCUMENT_CODE,
        source=RuleSource.KBFA,
        reference=LegalReference(document="kbfa:s förvaltningsregel om styrdokumentet"),
        strength=Strength.GOOD_PRACTICE,
        in_force=LAW_IN_FORCE,
        level=Level.DESIGN,
        titles=Words(
            "Styrdokumentet är beslutat och gäller",
            "The steering document is decided and applies",
        ),
        paraphrases=Words(
            "kbfa:s egen förvaltningsregel, inte lagens och inte kommunens: styrdokumentet ska "
            "vara beslutat senast på bedömningsdagen, dess giltighetstid får inte ha löpt ut "
            "(”tills vidare” löper inte ut), och en aktualitetsprövning som dokumentet självt "
            "anger får inte vara försenad. Bara varningar: konsekvenserna av ett dokument som "
            "inte gäller syns i lagens krav.",
            "kbfa's own administrative rule, neither the law's nor the municipality's: the "
            "document is decided on or before the date, its validity has not ended ('until "
            "further notice' does not end), and a review it sets is not overdue. Warnings only.",
        ),
        satisfied=Words(
            "Ett beslut (decision) daterat senast bedömningsdagen, en giltighetstid som omfattar "
            "dagen, och ingen försenad aktualitetsprövning (eller ett belägg "
            '"reviewed" för steering_document).',
            "A decision dated on or before the date, a validity covering it, and no overdue "
            'review (or a "reviewed" record).',
        ),
        fixes=Words(
            "Besluta ett nytt eller reviderat styrdokument och för in beslut och giltighetstid, "
            'eller registrera aktualitetsprövningen under [[evidence]] (kind = "reviewed", '
            'subject = "steering_document").',
            "Decide a new or revised steering document and record its decision and validity, "
            'or record the review under [[evidence]] (kind = "reviewed").',
        ),
        actions=Words(
            "Det organ som antog styrdokumentet aktualitetsprövar det och beslutar ett nytt "
            "eller reviderat styrdokument med giltighetstid; beslutet diarieförs.",
            "The body that adopted the steering document reviews it and decides a new or "
            "revised one with a period of validity; the decision is registered.",
        ),
        check=_documents,
    ),
)
