"""The municipality's own "ska"-rules, derived per config from its [[requirements]].

Each requirement becomes a design rule ``KBFA-K-<id>`` (does the governance as
written meet it?) and, where the requirement is about doing something over time,
a practice rule ``KBFA-KP-<id>`` (do the dated records show it was done?). Every
rule cites the steering document's title and the heading the requirement is under.
``KBFA-KA`` checks the steering document itself is within its validity and review date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs

from kbfa.i18n import Catalogue
from kbfa.i18n.terms import cadence_text, label
from kbfa.model import (
    Agreement,
    Cadence,
    EvidenceKind,
    Governance,
    Participation,
    PartnerCategory,
    Requirement,
    RequirementKind,
    Strength,
)
from kbfa.rules._context import Context
from kbfa.rules._law_coordination import period_words
from kbfa.rules._practice import cadence_kept, rate_ok
from kbfa.rules._rule import LAW_IN_FORCE, Check, LegalReference, Outcome, Rule, RuleSource, Words
from kbfa.rules._time import add_months, per_year
from kbfa.rules._verdicts import Level, Verdict, coverage

__all__ = ["DESIGN_PREFIX", "DOCUMENT_CODE", "PRACTICE_PREFIX", "local_rules"]

DESIGN_PREFIX = "KBFA-K-"
PRACTICE_PREFIX = "KBFA-KP-"
DOCUMENT_CODE = "KBFA-KA"

#: The subject name evidence uses for the steering document (it has no id).
_DOC_SUBJECT = "steering_document"

#: Kinds whose requirement is about doing something over time: they get a practice rule.
_PRACTICE_KINDS = frozenset(
    {
        RequirementKind.DELIVERABLE_CADENCE,
        RequirementKind.MEETING_CADENCE,
        RequirementKind.REPORTING,
        RequirementKind.FOLLOW_UP,
        RequirementKind.PRACTICE,
    }
)

M: Catalogue = {
    "wrong_target": {
        "sv": "Kravet pekar på {target}, som inte är {expected}; kravet kan inte bedömas.",
        "en": "The requirement points at {target}, which is not {expected}; it cannot be assessed.",
    },
    "t_deliverable": {"sv": "en leverans", "en": "a deliverable"},
    "t_body": {"sv": "ett organ", "en": "a body"},
    "t_actor": {"sv": "en leverans eller ett organ", "en": "a deliverable or a body"},
    "t_promise": {"sv": "ett medborgarlöfte", "en": "a citizen promise"},
    "cad_ok": {
        "sv": "{name} {verb} {actual}; kravet är {wanted}.",
        "en": "{name} {verb} {actual}; the requirement is {wanted}.",
    },
    "cad_slow": {
        "sv": "{name} {verb} {actual}, men kravet är {wanted}.",
        "en": "{name} {verb} {actual}, but the requirement is {wanted}.",
    },
    "cad_from_req": {
        "sv": "{name}: takten anges av kravet ({wanted}).",
        "en": "{name}: the cadence is set by the requirement ({wanted}).",
    },
    "cad_own": {
        "sv": "{name} {verb} {actual}.",
        "en": "{name} {verb} {actual}.",
    },
    "cad_missing": {
        "sv": "Det anges inte hur ofta {name} {verb}.",
        "en": "It is not stated how often {name} {verb}.",
    },
    "v_meets": {"sv": "möts", "en": "meets"},
    "v_produced": {"sv": "tas fram", "en": "is produced"},
    "no_cadence_practice": {
        "sv": "{name}: ingen takt anges, så det går inte att bedöma om det sker i tid.",
        "en": "{name}: no cadence is stated, so timeliness cannot be assessed.",
    },
    "covers_ok": {
        "sv": "{name} omfattar {parts}.",
        "en": "{name} covers {parts}.",
    },
    "covers_missing": {
        "sv": "{name} anges inte omfatta {missing}.",
        "en": "{name} is not stated to cover {missing}.",
    },
    "contents_stated": {
        "sv": "Innehållet i {name} anges.",
        "en": "The contents of {name} are stated.",
    },
    "contents_missing": {
        "sv": "Det anges inte vad {name} ska innehålla.",
        "en": "It is not stated what {name} is to contain.",
    },
    "basis_ok": {
        "sv": "{name} bygger på {basis}.",
        "en": "{name} is based on {basis}.",
    },
    "basis_missing": {
        "sv": "{name} anges inte bygga på {missing}.",
        "en": "{name} is not stated to be based on {missing}.",
    },
    "reporting_ok": {
        "sv": "{name} redovisas för {to}{how}.",
        "en": "{name} is presented to {to}{how}.",
    },
    "reporting_slow": {
        "sv": "{name} redovisas för {to} {actual}, men kravet är {wanted}.",
        "en": "{name} is presented to {to} {actual}, but the requirement is {wanted}.",
    },
    "reporting_missing": {
        "sv": "Det anges inte att {name} redovisas för {to}.",
        "en": "{name} is not stated to be presented to {to}.",
    },
    "categories_ok": {
        "sv": "Överenskommelser finns med {cats}.",
        "en": "There are agreements with {cats}.",
    },
    "categories_missing": {
        "sv": "Det saknas överenskommelser med {missing}.",
        "en": "There are no agreements with {missing}.",
    },
    "no_agreements": {
        "sv": "Det finns inga överenskommelser att bedöma.",
        "en": "There are no agreements to assess.",
    },
    "signed_ok": {
        "sv": "Överenskommelsen {name} undertecknas av {roles}.",
        "en": "The agreement {name} is signed by {roles}.",
    },
    "signed_missing": {
        "sv": "Överenskommelsen {name} anges inte undertecknas av {missing}.",
        "en": "The agreement {name} is not stated to be signed by {missing}.",
    },
    "fields_ok": {
        "sv": "Överenskommelsen {name} anger {fields}.",
        "en": "The agreement {name} states {fields}.",
    },
    "fields_missing": {
        "sv": "Överenskommelsen {name} anger inte {missing}.",
        "en": "The agreement {name} does not state {missing}.",
    },
    "unknown_field": {
        "sv": 'Kravet nämner fältet "{field}", som en överenskommelse inte har; giltiga fält: '
        "{valid}.",
        "en": 'The requirement names the field "{field}", which agreements do not have; valid '
        "fields: {valid}.",
    },
    "written_ok": {
        "sv": "Alla aktörer som deltar i samverkan har skriftliga överenskommelser.",
        "en": "Every actor taking part in the cooperation has a written agreement.",
    },
    "not_written": {
        "sv": "Överenskommelsen {name} är inte skriftlig.",
        "en": "The agreement {name} is not written.",
    },
    "written_missing": {
        "sv": "Det finns ingen skriftlig överenskommelse med {orgs}, som deltar i samverkan.",
        "en": "There is no written agreement with {orgs}, who take part in the cooperation.",
    },
    "no_partners": {
        "sv": "Inga andra aktörer än kommunen deltar i strukturen, och inga överenskommelser "
        "finns.",
        "en": "No actors besides the municipality take part, and there are no agreements.",
    },
    "rep_ok": {
        "sv": "{name} har {who} som ledamöter.",
        "en": "{name} has {who} as members.",
    },
    "rep_partial": {
        "sv": "{name}: {who} är inte fasta ledamöter ({how}).",
        "en": "{name}: {who} are not regular members ({how}).",
    },
    "rep_missing": {
        "sv": "{name} har inte {who} bland deltagarna.",
        "en": "{name} does not have {who} among its members.",
    },
    "rep_kind_missing": {
        "sv": "I {name} deltar ingen från {kinds}.",
        "en": "Nobody from {kinds} takes part in {name}.",
    },
    "rep_none": {
        "sv": "Kravet anger varken roller eller organisationsslag, så det finns inget att "
        "jämföra {name} med.",
        "en": "The requirement names neither roles nor organisation kinds to compare {name} with.",
    },
    "promise_fu_ok": {
        "sv": "Medborgarlöftet {name} följs upp {actual}{by}.",
        "en": "The citizen promise {name} is followed up {actual}{by}.",
    },
    "promise_fu_slow": {
        "sv": "Medborgarlöftet {name} följs upp {actual}, men kravet är {wanted}.",
        "en": "The citizen promise {name} is followed up {actual}, but the requirement is "
        "{wanted}.",
    },
    "promise_fu_missing": {
        "sv": "Det anges inte hur ofta medborgarlöftet {name} följs upp.",
        "en": "It is not stated how often the citizen promise {name} is followed up.",
    },
    "promise_fu_by": {
        "sv": "Det anges inte att {who} följer upp medborgarlöftet {name}.",
        "en": "{who} are not stated to follow up the citizen promise {name}.",
    },
    "w_by": {"sv": " av {who}", "en": " by {who}"},
    "practice_any": {
        "sv": "{what}: senast registrerat {date} ({ref}).",
        "en": "{what}: last recorded {date} ({ref}).",
    },
    "practice_none_since": {
        "sv": "{what}: inget registrerat sedan {since} (senast {date}).",
        "en": "{what}: nothing recorded since {since} (latest {date}).",
    },
    "practice_none": {
        "sv": "{what}: inga belägg finns registrerade.",
        "en": "{what}: no records are entered.",
    },
    "doc_none": {
        "sv": "Konfigurationen har inget styrdokument.",
        "en": "The config has no steering document.",
    },
    "doc_expired": {
        "sv": 'Styrdokumentet "{title}" gällde {period} och har löpt ut.',
        "en": 'The steering document "{title}" was valid {period} and has expired.',
    },
    "doc_future": {
        "sv": 'Styrdokumentet "{title}" börjar gälla först {start}.',
        "en": 'The steering document "{title}" only takes effect on {start}.',
    },
    "doc_review_overdue": {
        "sv": 'Styrdokumentet "{title}" skulle ha aktualitetsprövats senast {due}.',
        "en": 'The steering document "{title}" was due for review by {due}.',
    },
    "doc_ok": {
        "sv": 'Styrdokumentet "{title}" gäller{what}.',
        "en": 'The steering document "{title}" is in force{what}.',
    },
    "doc_review": {
        "sv": "; aktualitetsprövas senast {due}",
        "en": "; review due by {due}",
    },
    "doc_validity": {
        "sv": " ({period})",
        "en": " ({period})",
    },
    "doc_unknown": {
        "sv": 'Styrdokumentet "{title}" anger varken giltighetstid eller när det ska '
        "aktualitetsprövas.",
        "en": 'The steering document "{title}" states neither its validity nor a review date.',
    },
}


def _doc_title(g: Governance) -> str:
    return g.steering_document.title if g.steering_document else "kommunens styrdokument"


def _doc_start(g: Governance) -> dt.date | None:
    """When the steering document began to apply: its decision, else the start of its validity."""
    d = g.steering_document
    if d is None:
        return None
    if d.decision is not None and d.decision.date is not None:
        return d.decision.date
    if d.validity is not None and d.validity.start is not None:
        return d.validity.start
    return None


# -- cadence helpers ---------------------------------------------------------


def _fastest(cadences: tuple[Cadence, ...]) -> Cadence | None:
    return max(cadences, key=per_year) if cadences else None


def _cadence_design(
    ctx: Context,
    name: str,
    verb: str,
    own: tuple[Cadence, ...],
    wanted: Cadence | None,
    path: tuple[str | int, ...],
) -> Outcome:
    actual = _fastest(own)
    verb = ctx.say(M, verb)
    if wanted is not None and actual is not None:
        params = {
            "name": name,
            "verb": verb,
            "actual": cadence_text(actual, ctx.lang),
            "wanted": cadence_text(wanted, ctx.lang),
        }
        if rate_ok(actual, wanted):
            return Outcome(Verdict.UPPFYLLT, path, ctx.say(M, "cad_ok", **params))
        return Outcome(Verdict.EJ_UPPFYLLT, path, ctx.say(M, "cad_slow", **params))
    if wanted is not None:
        return Outcome(
            Verdict.UPPFYLLT,
            path,
            ctx.say(M, "cad_from_req", name=name, wanted=cadence_text(wanted, ctx.lang)),
        )
    if actual is not None:
        return Outcome(
            Verdict.UPPFYLLT,
            path,
            ctx.say(M, "cad_own", name=name, verb=verb, actual=cadence_text(actual, ctx.lang)),
        )
    return Outcome(Verdict.EJ_UPPFYLLT, path, ctx.say(M, "cad_missing", name=name, verb=verb))


def _wrong(ctx: Context, r: Requirement, expected: str) -> Outcome:
    target = r.target or "?"
    msg = ctx.say(M, "wrong_target", target=ctx.name(target), expected=ctx.say(M, expected))
    return Outcome(Verdict.EJ_BEDOMBART, ctx.path(r.id, "target"), msg)


# -- design checks per kind ------------------------------------------------------


def _deliverable_cadence(r: Requirement) -> Check:
    def check(ctx: Context) -> Iterator[Outcome]:
        d = ctx.deliverables.get(r.target or "")
        if d is None:
            yield _wrong(ctx, r, "t_deliverable")
            return
        yield _cadence_design(
            ctx, ctx.name(d.id), "v_produced", d.cadence, r.cadence, ctx.path(d.id, "cadence")
        )

    return check


def _meeting_cadence(r: Requirement) -> Check:
    def check(ctx: Context) -> Iterator[Outcome]:
        b = ctx.bodies.get(r.target or "")
        if b is None:
            yield _wrong(ctx, r, "t_body")
            return
        yield _cadence_design(
            ctx, b.name, "v_meets", b.cadence, r.cadence, ctx.path(b.id, "cadence")
        )

    return check


def _parts_text(ctx: Context, parts: object) -> str:
    return ", ".join(label(p, ctx.lang) for p in parts)  # type: ignore[attr-defined]


def _deliverable_contents(r: Requirement) -> Check:
    def check(ctx: Context) -> Iterator[Outcome]:
        d = ctx.deliverables.get(r.target or "")
        if d is None:
            yield _wrong(ctx, r, "t_deliverable")
            return
        name = ctx.name(d.id)
        path = ctx.path(d.id, "covers")
        if not r.covers:
            ok = bool(d.covers or d.contents)
            key = "contents_stated" if ok else "contents_missing"
            yield Outcome(
                Verdict.UPPFYLLT if ok else Verdict.EJ_UPPFYLLT, path, ctx.say(M, key, name=name)
            )
            return
        missing = [p for p in r.covers if p not in d.covers]
        if not missing:
            yield Outcome(
                Verdict.UPPFYLLT,
                path,
                ctx.say(M, "covers_ok", name=name, parts=_parts_text(ctx, r.covers)),
            )
            return
        verdict = coverage(len(missing), len(r.covers))
        yield Outcome(
            verdict,
            path,
            ctx.say(M, "covers_missing", name=name, missing=_parts_text(ctx, missing)),
        )

    return check


def _deliverable_basis(r: Requirement) -> Check:
    def check(ctx: Context) -> Iterator[Outcome]:
        d = ctx.deliverables.get(r.target or "")
        if d is None:
            yield _wrong(ctx, r, "t_deliverable")
            return
        basis = ctx.basis_closure(d.id)
        missing = [b for b in r.based_on if b not in basis]
        path = ctx.path(d.id, "based_on")
        if not missing:
            yield Outcome(
                Verdict.UPPFYLLT,
                path,
                ctx.say(M, "basis_ok", name=ctx.name(d.id), basis=ctx.names(r.based_on)),
            )
        else:
            verdict = coverage(len(missing), len(r.based_on))
            yield Outcome(
                verdict,
                path,
                ctx.say(M, "basis_missing", name=ctx.name(d.id), missing=ctx.names(missing)),
            )

    return check


def _reporting_line(
    ctx: Context, r: Requirement
) -> tuple[str, tuple[str | int, ...], Cadence | None, bool] | None:
    """The target's reporting line to ``r.to``: (name, path, cadence, found); None if no target."""
    target = r.target or ""
    if target in ctx.deliverables:
        d = ctx.deliverables[target]
        for i, line in enumerate(d.recipients):
            if line.to == r.to:
                return (
                    ctx.name(d.id),
                    ctx.path(d.id, "recipients", i),
                    line.cadence or _fastest(d.cadence),
                    True,
                )
        return ctx.name(d.id), ctx.path(d.id, "recipients"), None, False
    if target in ctx.bodies:
        b = ctx.bodies[target]
        for i, line in enumerate(b.reports_to):
            if line.to == r.to:
                return b.name, ctx.path(b.id, "reports_to", i), line.cadence, True
        return b.name, ctx.path(b.id, "reports_to"), None, False
    return None


def _reporting(r: Requirement) -> Check:
    def check(ctx: Context) -> Iterator[Outcome]:
        line = _reporting_line(ctx, r)
        if line is None:
            yield _wrong(ctx, r, "t_actor")
            return
        name, path, cadence, found = line
        to = ctx.name(r.to or "")
        if not found:
            yield Outcome(
                Verdict.EJ_UPPFYLLT, path, ctx.say(M, "reporting_missing", name=name, to=to)
            )
            return
        if r.cadence is not None and cadence is not None and not rate_ok(cadence, r.cadence):
            msg = ctx.say(
                M,
                "reporting_slow",
                name=name,
                to=to,
                actual=cadence_text(cadence, ctx.lang),
                wanted=cadence_text(r.cadence, ctx.lang),
            )
            yield Outcome(Verdict.EJ_UPPFYLLT, path, msg)
            return
        shown = r.cadence or cadence
        how = f" ({cadence_text(shown, ctx.lang)})" if shown else ""
        yield Outcome(Verdict.UPPFYLLT, path, ctx.say(M, "reporting_ok", name=name, to=to, how=how))

    return check


def _partner_categories(r: Requirement) -> Check:
    def check(ctx: Context) -> Iterator[Outcome]:
        covered: set[PartnerCategory] = set()
        for a in ctx.g.agreements:
            if not a.written:
                continue
            for p in a.parties:
                org = ctx.orgs.get(p)
                if org is not None and not ctx.is_own(p):
                    covered.update(org.categories)
        have = [c for c in r.categories if c in covered]
        missing = [c for c in r.categories if c not in covered]
        path = ("agreements",) if ctx.g.agreements else ctx.path(r.id, "categories")
        if not missing:
            yield Outcome(
                Verdict.UPPFYLLT, path, ctx.say(M, "categories_ok", cats=_parts_text(ctx, have))
            )
            return
        verdict = Verdict.DELVIS if have else Verdict.EJ_UPPFYLLT
        yield Outcome(
            verdict, path, ctx.say(M, "categories_missing", missing=_parts_text(ctx, missing))
        )

    return check


def _agreement_signatories(r: Requirement) -> Check:
    def check(ctx: Context) -> Iterator[Outcome]:
        if not ctx.g.agreements:
            yield Outcome(Verdict.EJ_TILLAMPLIG, ctx.path(r.id), ctx.say(M, "no_agreements"))
            return
        for a in ctx.g.agreements:
            missing = [x for x in r.roles if x not in a.signatories]
            path = ctx.path(a.id, "signatories")
            if not missing:
                yield Outcome(
                    Verdict.UPPFYLLT,
                    path,
                    ctx.say(M, "signed_ok", name=ctx.name(a.id), roles=ctx.names(r.roles)),
                )
            else:
                verdict = coverage(len(missing), len(r.roles))
                yield Outcome(
                    verdict,
                    path,
                    ctx.say(M, "signed_missing", name=ctx.name(a.id), missing=ctx.names(missing)),
                )

    return check


#: What an agreement can be required to state: every field but its id and title.
_FIELD_NAMES = tuple(f.name for f in attrs.fields(Agreement) if f.name not in ("id", "title"))


def _agreement_contents(r: Requirement) -> Check:
    def check(ctx: Context) -> Iterator[Outcome]:
        unknown = [(i, f) for i, f in enumerate(r.fields) if f not in _FIELD_NAMES]
        for i, f in unknown:
            msg = ctx.say(M, "unknown_field", field=f, valid=", ".join(_FIELD_NAMES))
            yield Outcome(Verdict.EJ_BEDOMBART, ctx.path(r.id, "fields", i), msg)
        fields = [f for f in r.fields if f in _FIELD_NAMES]
        if not fields:
            return
        if not ctx.g.agreements:
            yield Outcome(Verdict.EJ_TILLAMPLIG, ctx.path(r.id), ctx.say(M, "no_agreements"))
            return
        for a in ctx.g.agreements:
            missing = [f for f in fields if getattr(a, f) in (None, (), "")]
            if not missing:
                yield Outcome(
                    Verdict.UPPFYLLT,
                    ctx.path(a.id),
                    ctx.say(M, "fields_ok", name=ctx.name(a.id), fields=", ".join(fields)),
                )
            else:
                verdict = coverage(len(missing), len(fields))
                msg = ctx.say(M, "fields_missing", name=ctx.name(a.id), missing=", ".join(missing))
                yield Outcome(verdict, ctx.path(a.id, missing[0]), msg)

    return check


def _agreement_written(r: Requirement) -> Check:
    def check(ctx: Context) -> Iterator[Outcome]:
        for a in ctx.g.agreements:
            if not a.written:
                yield Outcome(
                    Verdict.EJ_UPPFYLLT,
                    ctx.path(a.id, "written"),
                    ctx.say(M, "not_written", name=ctx.name(a.id)),
                )
        covered = {p for a in ctx.g.agreements if a.written for p in a.parties}
        # Every other organisation with a seat somewhere in the structure cooperates.
        # A dict keeps the order of first seat and answers "seen?" at once (a list made
        # this bodies × members × partners: 16 of 17.6 s of `check` at 1000x, review finding 13).
        taking_part: dict[str, None] = {}
        for b in ctx.g.bodies:
            for m in b.members:
                org = ctx.role_org(m.role)
                if org is not None and not ctx.is_own(org):
                    taking_part.setdefault(org, None)
        missing = [o for o in taking_part if o not in covered]
        if missing:
            verdict = coverage(len(missing), len(taking_part))
            path = ("agreements",) if ctx.g.agreements else ctx.path(r.id)
            yield Outcome(verdict, path, ctx.say(M, "written_missing", orgs=ctx.names(missing)))
        elif taking_part or ctx.g.agreements:
            if all(a.written for a in ctx.g.agreements):
                yield Outcome(Verdict.UPPFYLLT, ("agreements",), ctx.say(M, "written_ok"))
        else:
            yield Outcome(Verdict.EJ_TILLAMPLIG, ctx.path(r.id), ctx.say(M, "no_partners"))

    return check


def _representation(r: Requirement) -> Check:
    def check(ctx: Context) -> Iterator[Outcome]:
        b = ctx.bodies.get(r.target or "")
        if b is None:
            yield _wrong(ctx, r, "t_body")
            return
        path = ctx.path(b.id, "members")
        seats = {m.role: m.participation for m in b.members}
        if not r.roles and not r.organisation_kinds:
            yield Outcome(Verdict.EJ_BEDOMBART, ctx.path(r.id), ctx.say(M, "rep_none", name=b.name))
            return
        absent = [x for x in r.roles if x not in seats]
        loose = [x for x in r.roles if x in seats and seats[x] is not Participation.MEMBER]
        member_kinds = {
            ctx.org_kind(ctx.role_org(role))
            for role, how in seats.items()
            if how is Participation.MEMBER
        }
        kinds_missing = [k for k in r.organisation_kinds if k not in member_kinds]
        if absent or kinds_missing:
            if absent:
                yield Outcome(
                    Verdict.EJ_UPPFYLLT,
                    path,
                    ctx.say(M, "rep_missing", name=b.name, who=ctx.names(absent)),
                )
            if kinds_missing:
                kinds = _parts_text(ctx, kinds_missing)
                yield Outcome(
                    Verdict.EJ_UPPFYLLT,
                    path,
                    ctx.say(M, "rep_kind_missing", name=b.name, kinds=kinds),
                )
        elif loose:
            how = ", ".join(label(seats[x], ctx.lang) for x in loose)
            yield Outcome(
                Verdict.DELVIS,
                path,
                ctx.say(M, "rep_partial", name=b.name, who=ctx.names(loose), how=how),
            )
        else:
            who = ctx.names(r.roles) if r.roles else _parts_text(ctx, r.organisation_kinds)
            yield Outcome(Verdict.UPPFYLLT, path, ctx.say(M, "rep_ok", name=b.name, who=who))

    return check


def _follow_up_design(r: Requirement) -> Check:
    def check(ctx: Context) -> Iterator[Outcome]:
        p = ctx.promises.get(r.target or "")
        if p is None:
            yield _wrong(ctx, r, "t_promise")
            return
        name = f'"{p.description}"' if p.description else p.id
        path = ctx.path(p.id, "follow_up")
        missing_by = [x for x in r.by if x not in p.followed_up_by]
        if missing_by:
            yield Outcome(
                Verdict.EJ_UPPFYLLT,
                ctx.path(p.id, "followed_up_by"),
                ctx.say(M, "promise_fu_by", name=name, who=ctx.names(missing_by)),
            )
            return
        if p.follow_up is None:
            yield Outcome(Verdict.EJ_UPPFYLLT, path, ctx.say(M, "promise_fu_missing", name=name))
            return
        actual = cadence_text(p.follow_up, ctx.lang)
        if r.cadence is not None and not rate_ok(p.follow_up, r.cadence):
            yield Outcome(
                Verdict.EJ_UPPFYLLT,
                path,
                ctx.say(
                    M,
                    "promise_fu_slow",
                    name=name,
                    actual=actual,
                    wanted=cadence_text(r.cadence, ctx.lang),
                ),
            )
            return
        by = ctx.say(M, "w_by", who=ctx.names(p.followed_up_by)) if p.followed_up_by else ""
        yield Outcome(
            Verdict.UPPFYLLT, path, ctx.say(M, "promise_fu_ok", name=name, actual=actual, by=by)
        )

    return check


_DESIGN_CHECKS = {
    RequirementKind.DELIVERABLE_CADENCE: _deliverable_cadence,
    RequirementKind.DELIVERABLE_CONTENTS: _deliverable_contents,
    RequirementKind.DELIVERABLE_BASIS: _deliverable_basis,
    RequirementKind.REPORTING: _reporting,
    RequirementKind.PARTNER_CATEGORIES: _partner_categories,
    RequirementKind.AGREEMENT_SIGNATORIES: _agreement_signatories,
    RequirementKind.AGREEMENT_CONTENTS: _agreement_contents,
    RequirementKind.AGREEMENT_WRITTEN: _agreement_written,
    RequirementKind.REPRESENTATION: _representation,
    RequirementKind.MEETING_CADENCE: _meeting_cadence,
    RequirementKind.FOLLOW_UP: _follow_up_design,
}


# -- practice checks -----------------------------------------------------------

#: Which records show each kind of requirement was kept.
_EVIDENCE: dict[RequirementKind, tuple[EvidenceKind, ...]] = {
    RequirementKind.DELIVERABLE_CADENCE: (EvidenceKind.DELIVERED, EvidenceKind.ADOPTED),
    RequirementKind.MEETING_CADENCE: (EvidenceKind.MEETING_HELD,),
    RequirementKind.REPORTING: (EvidenceKind.DELIVERED, EvidenceKind.REPORTED),
    RequirementKind.FOLLOW_UP: (EvidenceKind.FOLLOWED_UP,),
}


def _practice_cadence(ctx: Context, r: Requirement) -> Cadence | None:
    """The cadence a practice check holds the records to: the requirement's, else the target's."""
    if r.cadence is not None:
        return r.cadence
    target = r.target or ""
    if r.kind is RequirementKind.REPORTING:
        line = _reporting_line(ctx, r)
        return line[2] if line else None
    if target in ctx.deliverables:
        return _fastest(ctx.deliverables[target].cadence)
    if target in ctx.bodies:
        return _fastest(ctx.bodies[target].cadence)
    if target in ctx.promises:
        return ctx.promises[target].follow_up
    return None


def _practice(r: Requirement, since: dt.date | None) -> Check:
    def check(ctx: Context) -> Iterator[Outcome]:
        kinds = _EVIDENCE.get(r.kind) or ((r.evidence_kind,) if r.evidence_kind else ())
        if r.kind is RequirementKind.PRACTICE and r.evidence_kind is not None:
            kinds = (r.evidence_kind,)
        if r.target:
            records = ctx.evidence(r.target, *kinds)
        else:
            records = [e for k in kinds for e in ctx.evidence_of_kind(k)]
            records.sort(key=lambda e: e.date)
        if r.kind is RequirementKind.REPORTING and r.to:
            # A record naming another recipient does not show this reporting line.
            records = [e for e in records if e.to in (None, r.to)]
        what = ctx.name(r.target) if r.target else label(r.evidence_kind or kinds[0], ctx.lang)
        cadence = _practice_cadence(ctx, r)
        path = ctx.path(r.id)
        if cadence is not None:
            yield cadence_kept(ctx, what, records, cadence, since, path)
            return
        if not records:
            yield Outcome(Verdict.EJ_BEDOMBART, path, ctx.say(M, "practice_none", what=what))
            return
        last = records[-1]
        if since is not None and last.date < since:
            msg = ctx.say(M, "practice_none_since", what=what, since=since, date=last.date)
            yield Outcome(Verdict.EJ_UPPFYLLT, ctx.evidence_path(last), msg)
            return
        msg = ctx.say(M, "practice_any", what=what, date=last.date, ref=last.reference)
        yield Outcome(Verdict.UPPFYLLT, ctx.evidence_path(last), msg)

    return check


# -- the steering document itself ----------------------------------------------


def _document(ctx: Context) -> Iterator[Outcome]:
    d = ctx.g.steering_document
    if d is None:
        yield Outcome(Verdict.EJ_TILLAMPLIG, (), ctx.say(M, "doc_none"))
        return
    title = d.title
    v = d.validity
    if v is not None and v.end is not None and v.end < ctx.as_of:
        msg = ctx.say(M, "doc_expired", title=title, period=period_words(ctx, v))
        yield Outcome(Verdict.EJ_UPPFYLLT, ("steering_document", "validity", "end"), msg)
        return
    if v is not None and v.start is not None and v.start > ctx.as_of:
        yield Outcome(
            Verdict.EJ_UPPFYLLT,
            ("steering_document", "validity", "start"),
            ctx.say(M, "doc_future", title=title, start=v.start),
        )
        return
    due = d.review_date
    if due is None and d.review_after_years:
        decided = [x.date for x in (d.decision, *d.revisions) if x is not None and x.date]
        reviewed = [
            e.date for e in ctx.evidence(_DOC_SUBJECT, EvidenceKind.REVIEWED, EvidenceKind.ADOPTED)
        ]
        base = max(decided + reviewed, default=None)
        if base is not None:
            due = add_months(base, 12 * d.review_after_years)
    elif due is not None:
        # A recorded review after the stated date satisfies it until a new date is set.
        reviewed = [
            e.date for e in ctx.evidence(_DOC_SUBJECT, EvidenceKind.REVIEWED) if e.date >= due
        ]
        if reviewed:
            due = None
    if due is not None and due < ctx.as_of:
        path = ("steering_document", "review_date" if d.review_date else "review_after_years")
        yield Outcome(
            Verdict.EJ_UPPFYLLT, path, ctx.say(M, "doc_review_overdue", title=title, due=due)
        )
        return
    what = ""
    if v is not None and (v.end or v.open_ended):
        what += ctx.say(M, "doc_validity", period=period_words(ctx, v))
    if due is not None:
        what += ctx.say(M, "doc_review", due=due)
    if not what:
        yield Outcome(
            Verdict.EJ_BEDOMBART, ("steering_document",), ctx.say(M, "doc_unknown", title=title)
        )
        return
    yield Outcome(
        Verdict.UPPFYLLT, ("steering_document",), ctx.say(M, "doc_ok", title=title, what=what)
    )


# -- building the rules ----------------------------------------------------------

_KIND_TITLES: dict[RequirementKind, tuple[str, str]] = {
    RequirementKind.DELIVERABLE_CADENCE: ("Takt för leverans", "Deliverable cadence"),
    RequirementKind.DELIVERABLE_CONTENTS: ("Innehåll i leverans", "Deliverable contents"),
    RequirementKind.DELIVERABLE_BASIS: ("Underlag för leverans", "Deliverable basis"),
    RequirementKind.REPORTING: ("Redovisning", "Reporting"),
    RequirementKind.PARTNER_CATEGORIES: ("Samverkansparter", "Partner categories"),
    RequirementKind.AGREEMENT_SIGNATORIES: (
        "Undertecknare av överenskommelser",
        "Agreement signatories",
    ),
    RequirementKind.AGREEMENT_CONTENTS: ("Innehåll i överenskommelser", "Agreement contents"),
    RequirementKind.AGREEMENT_WRITTEN: ("Skriftliga överenskommelser", "Written agreements"),
    RequirementKind.REPRESENTATION: ("Representation", "Representation"),
    RequirementKind.MEETING_CADENCE: ("Mötestakt", "Meeting cadence"),
    RequirementKind.FOLLOW_UP: ("Uppföljning", "Follow-up"),
    RequirementKind.PRACTICE: ("Genomförande", "Practice"),
}

_SATISFIED: dict[RequirementKind, tuple[str, str]] = {
    RequirementKind.DELIVERABLE_CADENCE: (
        "Leveransen tas fram minst så ofta som kravet anger.",
        "The deliverable is produced at least as often as required.",
    ),
    RequirementKind.DELIVERABLE_CONTENTS: (
        "Leveransens covers innehåller alla delar kravet räknar upp.",
        "The deliverable's covers include every part the requirement lists.",
    ),
    RequirementKind.DELIVERABLE_BASIS: (
        "Leveransen bygger (direkt eller indirekt) på de leveranser kravet anger.",
        "The deliverable builds (directly or indirectly) on the required ones.",
    ),
    RequirementKind.REPORTING: (
        "Målet har en redovisning till mottagaren, minst så ofta som kravet anger.",
        "The target reports to the recipient at least as often as required.",
    ),
    RequirementKind.PARTNER_CATEGORIES: (
        "Det finns skriftliga överenskommelser med parter av varje kategori som kravet anger.",
        "There are written agreements with partners of every required category.",
    ),
    RequirementKind.AGREEMENT_SIGNATORIES: (
        "Varje överenskommelse undertecknas av alla roller som kravet anger.",
        "Every agreement is signed by all the required roles.",
    ),
    RequirementKind.AGREEMENT_CONTENTS: (
        "Varje överenskommelse anger alla uppgifter som kravet räknar upp.",
        "Every agreement states all the fields the requirement lists.",
    ),
    RequirementKind.AGREEMENT_WRITTEN: (
        "Varje aktör som deltar i strukturen har en skriftlig överenskommelse med kommunen.",
        "Every actor taking part has a written agreement with the municipality.",
    ),
    RequirementKind.REPRESENTATION: (
        "Organet har de roller (och organisationsslag) som kravet anger som ledamöter.",
        "The body has the required roles (and organisation kinds) as members.",
    ),
    RequirementKind.MEETING_CADENCE: (
        "Organet möts minst så ofta som kravet anger.",
        "The body meets at least as often as required.",
    ),
    RequirementKind.FOLLOW_UP: (
        "Medborgarlöftet följs upp minst så ofta som kravet anger, av dem kravet anger.",
        "The promise is followed up as often as required, by those required.",
    ),
    RequirementKind.PRACTICE: (
        "Belägg av rätt slag finns registrerade i den takt kravet anger.",
        "Records of the right kind are entered at the required cadence.",
    ),
}

_FIX: dict[RequirementKind, tuple[str, str]] = {
    RequirementKind.DELIVERABLE_CADENCE: (
        "Ändra leveransens cadence (eller styrdokumentet) så att de stämmer överens.",
        "Align the deliverable's cadence with the requirement.",
    ),
    RequirementKind.DELIVERABLE_CONTENTS: (
        "Se till att leveransen innehåller delarna och ange dem i covers.",
        "Make the deliverable contain the parts and list them in covers.",
    ),
    RequirementKind.DELIVERABLE_BASIS: (
        "Ange i based_on vilka leveranser den bygger på.",
        "List in based_on the deliverables it builds on.",
    ),
    RequirementKind.REPORTING: (
        "Lägg till redovisningen (recipients eller reports_to) med mottagare och takt.",
        "Add the reporting line (recipients or reports_to) with recipient and cadence.",
    ),
    RequirementKind.PARTNER_CATEGORIES: (
        "Ingå skriftliga överenskommelser med de saknade kategorierna och för in dem som "
        "[[agreements]] (med parternas categories).",
        "Conclude written agreements with the missing categories and enter them.",
    ),
    RequirementKind.AGREEMENT_SIGNATORIES: (
        "Låt överenskommelsen undertecknas av de roller kravet anger och för in dem i signatories.",
        "Have the agreement signed by the required roles and list them in signatories.",
    ),
    RequirementKind.AGREEMENT_CONTENTS: (
        "Komplettera överenskommelsen med de uppgifter som saknas.",
        "Add the missing fields to the agreement.",
    ),
    RequirementKind.AGREEMENT_WRITTEN: (
        "Ingå skriftliga överenskommelser med de aktörer som deltar och för in dem som "
        "[[agreements]].",
        "Conclude written agreements with the actors taking part and enter them.",
    ),
    RequirementKind.REPRESENTATION: (
        "Lägg till rollerna som ledamöter i organet (members).",
        "Add the roles as members of the body.",
    ),
    RequirementKind.MEETING_CADENCE: (
        "Ändra organets cadence (eller styrdokumentet) så att de stämmer överens.",
        "Align the body's cadence with the requirement.",
    ),
    RequirementKind.FOLLOW_UP: (
        "Ange medborgarlöftets uppföljning (follow_up och followed_up_by).",
        "State the promise's follow-up (follow_up and followed_up_by).",
    ),
    RequirementKind.PRACTICE: (
        "Registrera det som gjorts som [[evidence]] med datum och referens.",
        "Record what was done as [[evidence]] with date and reference.",
    ),
}

_PRACTICE_FIX = (
    "Registrera varje genomfört tillfälle som [[evidence]] (datum, slag, subject, referens), "
    "eller se till att det blir gjort i den takt styrdokumentet kräver.",
    "Record each occasion as [[evidence]] (date, kind, subject, reference), or make sure it "
    "happens at the cadence the steering document requires.",
)


def _title(names: dict[str, str], r: Requirement, practice: bool) -> Words:
    sv, en = _KIND_TITLES[r.kind]
    target = names.get(r.target, r.target) if r.target else ""
    if practice and r.kind is not RequirementKind.PRACTICE:
        sv, en = f"{sv} i praktiken", f"{en} in practice"
    return Words(f"{sv}: {target}" if target else sv, f"{en}: {target}" if target else en)


def _requirement_rule(g: Governance, names: dict[str, str], r: Requirement, practice: bool) -> Rule:
    reference = LegalReference(document=_doc_title(g), heading=r.source)
    since = _doc_start(g)
    if practice:
        code, check, fix = PRACTICE_PREFIX + r.id, _practice(r, since), _PRACTICE_FIX
        satisfied = _SATISFIED[RequirementKind.PRACTICE]
    else:
        code, check, fix = DESIGN_PREFIX + r.id, _DESIGN_CHECKS[r.kind](r), _FIX[r.kind]
        satisfied = _SATISFIED[r.kind]
    return Rule(
        code=code,
        source=RuleSource.LOCAL,
        reference=reference,
        strength=r.strength,
        in_force=since or dt.date.min,
        level=Level.PRACTICE if practice else Level.DESIGN,
        titles=_title(names, r, practice),
        # The document's own words; the English text says so rather than guessing a translation.
        paraphrases=Words(r.text, f"(the document's words, in Swedish) {r.text}"),
        satisfied=Words(*satisfied),
        fixes=Words(*fix),
        check=check,
    )


def _document_rule(g: Governance) -> Rule:
    return Rule(
        code=DOCUMENT_CODE,
        source=RuleSource.LOCAL,
        reference=LegalReference(document=_doc_title(g), heading="dokumentets giltighet"),
        strength=Strength.MUST,
        in_force=LAW_IN_FORCE,
        level=Level.PRACTICE,
        titles=Words(
            "Styrdokumentet gäller och är aktualitetsprövat",
            "The steering document is in force and reviewed",
        ),
        paraphrases=Words(
            "Styrdokumentet ska gälla på bedömningsdagen: dess giltighetstid får inte ha löpt ut "
            "och dess aktualitetsprövning (datum, eller antal år efter senaste beslut) får inte "
            "vara försenad.",
            "The steering document must be in force on the evaluation date: its validity not "
            "expired and its review (date, or years after the latest decision) not overdue.",
        ),
        satisfied=Words(
            "Giltighetstiden omfattar bedömningsdagen och aktualitetsprövningen är inte "
            'förfallen (eller ett belägg "reviewed" för steering_document finns).',
            'The validity covers the date and the review is not overdue (or a "reviewed" '
            "record exists).",
        ),
        fixes=Words(
            "Revidera eller förläng styrdokumentet och ange den nya giltighetstiden, eller "
            'registrera aktualitetsprövningen som [[evidence]] (kind = "reviewed", subject = '
            '"steering_document").',
            "Revise or extend the document and state its new validity, or record the review as "
            'evidence (kind = "reviewed", subject = "steering_document").',
        ),
        check=_document,
    )


def local_rules(governance: Governance) -> tuple[Rule, ...]:
    """The municipality's own rules: its document's validity, then each requirement in order.

    A requirement gets a design rule unless it is only about practice (kind
    ``practice``) or a follow-up of something other than a citizen promise (a
    deliverable's follow-up is shown by records alone); it gets a practice rule
    when it is about doing something over time.
    """
    out = [_document_rule(governance)]
    promises = {p.id for p in governance.citizen_promises}
    names: dict[str, str] = {b.id: b.name for b in governance.bodies}
    names.update({d.id: d.title for d in governance.deliverables})
    for r in governance.requirements:
        design = r.kind is not RequirementKind.PRACTICE and not (
            r.kind is RequirementKind.FOLLOW_UP and r.target not in promises
        )
        if design:
            out.append(_requirement_rule(governance, names, r, practice=False))
        if r.kind in _PRACTICE_KINDS:
            out.append(_requirement_rule(governance, names, r, practice=True))
    return tuple(out)
