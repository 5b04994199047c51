"""Design checks of the municipality's own requirements, one per kind (``KBFA-K-<id>``).

Each ``[[requirements]]`` entry is a "ska" of the municipality's own steering
document, cited to its heading; the check asks whether the governance as the
document describes it meets it. As with the law: a cadence slower than required
contradicts the document; a step not provided for is missing; what a deliverable or
an agreement contains lives in that deliverable or agreement, so what is not recorded
is "ej bedömbart", not a breach.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from kbfa.i18n import Catalogue
from kbfa.i18n.terms import cadence_text, label
from kbfa.model import (
    Agreement,
    Cadence,
    Participation,
    PartnerCategory,
    Requirement,
    RequirementKind,
)
from kbfa.rules._context import Context
from kbfa.rules._practice import rate_ok
from kbfa.rules._rule import Check, Outcome
from kbfa.rules._time import per_year
from kbfa.rules._verdicts import Situation, Verdict, coverage

__all__ = ["DESIGN_CHECKS", "FIELD_NAMES", "fastest", "reporting_line"]

M: Catalogue = {
    "wrong_target": {
        "sv": "Kravet avser {target}, som inte är {expected}; kravet kan inte bedömas.",
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
        "sv": "Det anges inte att {name} innehåller {missing}; det framgår i så fall av "
        "leveransen själv.",
        "en": "{name} is not stated to contain {missing}; the deliverable itself would show it.",
    },
    "contents_stated": {
        "sv": "Innehållet i {name} anges.",
        "en": "The contents of {name} are stated.",
    },
    "contents_missing": {
        "sv": "Det anges inte vad {name} ska innehålla; det framgår i så fall av leveransen själv.",
        "en": "It is not stated what {name} is to contain; the deliverable itself would show it.",
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
        "sv": "{name} {verb} {to}{how}.",
        "en": "{name} {verb} {to}{how}.",
    },
    "reporting_slow": {
        "sv": "{name} {verb} {to} {actual}, men kravet är {wanted}.",
        "en": "{name} {verb} {to} {actual}, but the requirement is {wanted}.",
    },
    "reporting_missing": {
        "sv": "Det anges inte att {name} {verb} {to}.",
        "en": "It is not stated that {name} {verb} {to}.",
    },
    "v_presented": {"sv": "redovisas för", "en": "is presented to"},
    "v_reports": {"sv": "rapporterar till", "en": "reports to"},
    "categories_ok": {
        "sv": "Överenskommelser finns med {cats}.",
        "en": "There are agreements with {cats}.",
    },
    "categories_missing": {
        "sv": "Ingen skriftlig överenskommelse med {missing} är registrerad.",
        "en": "No written agreement with {missing} is recorded.",
    },
    "no_agreements": {
        "sv": "Inga överenskommelser är registrerade.",
        "en": "No agreements are recorded.",
    },
    "signed_ok": {
        "sv": "Överenskommelsen {name} undertecknas av {roles}.",
        "en": "The agreement {name} is signed by {roles}.",
    },
    "signed_missing": {
        "sv": "Det är inte registrerat att överenskommelsen {name} undertecknas av {missing}; "
        "det framgår i så fall av överenskommelsen själv.",
        "en": "It is not recorded that the agreement {name} is signed by {missing}; the "
        "agreement itself would show it.",
    },
    "fields_ok": {
        "sv": "Överenskommelsen {name} anger {fields}.",
        "en": "The agreement {name} states {fields}.",
    },
    "fields_missing": {
        "sv": "För överenskommelsen {name} är {missing} inte registrerat; det framgår i så fall "
        "av överenskommelsen själv.",
        "en": "For the agreement {name}, {missing} is not recorded; the agreement itself would "
        "show it.",
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
        "sv": "Ingen skriftlig överenskommelse med {orgs}, som deltar i samverkan, är registrerad.",
        "en": "No written agreement with {orgs}, who take part in the cooperation, is recorded.",
    },
    "no_partners": {
        "sv": "Inga andra aktörer än kommunen deltar i strukturen, och inga överenskommelser "
        "är registrerade.",
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
        "sv": "{Name} följs upp {actual}{by}.",
        "en": "{Name} is followed up {actual}{by}.",
    },
    "promise_fu_slow": {
        "sv": "{Name} följs upp {actual}, men kravet är {wanted}.",
        "en": "{Name} is followed up {actual}, but the requirement is {wanted}.",
    },
    "promise_fu_missing": {
        "sv": "Det anges inte hur ofta {name} följs upp.",
        "en": "It is not stated how often {name} is followed up.",
    },
    "promise_fu_by": {
        "sv": "Det anges inte att {who} följer upp {name}.",
        "en": "{who} are not stated to follow up {name}.",
    },
    "w_by": {"sv": " av {who}", "en": " by {who}"},
}


def fastest(cadences: tuple[Cadence, ...]) -> Cadence | None:
    """The most frequent of several cadences (None when there is none)."""
    return max(cadences, key=per_year) if cadences else None


def _cadence_design(
    ctx: Context,
    name: str,
    verb: str,
    own: tuple[Cadence, ...],
    wanted: Cadence | None,
    path: tuple[str | int, ...],
) -> Outcome:
    actual = fastest(own)
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
        msg = ctx.say(M, "cad_slow", **params)
        return Outcome(Verdict.EJ_UPPFYLLT, path, msg, situation=Situation.CONTRARY)
    if wanted is not None:
        msg = ctx.say(M, "cad_from_req", name=name, wanted=cadence_text(wanted, ctx.lang))
        return Outcome(Verdict.UPPFYLLT, path, msg)
    if actual is not None:
        msg = ctx.say(M, "cad_own", name=name, verb=verb, actual=cadence_text(actual, ctx.lang))
        return Outcome(Verdict.UPPFYLLT, path, msg)
    msg = ctx.say(M, "cad_missing", name=name, verb=verb)
    return Outcome(Verdict.EJ_UPPFYLLT, path, msg, situation=Situation.MISSING_STEP)


def _wrong(ctx: Context, r: Requirement, expected: str) -> Outcome:
    target = r.target or "?"
    msg = ctx.say(M, "wrong_target", target=ctx.name(target), expected=ctx.say(M, expected))
    return Outcome(
        Verdict.EJ_BEDOMBART, ctx.path(r.id, "target"), msg, situation=Situation.UNRECORDED
    )


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
            if d.covers or d.contents:
                yield Outcome(Verdict.UPPFYLLT, path, ctx.say(M, "contents_stated", name=name))
            else:
                msg = ctx.say(M, "contents_missing", name=name)
                yield Outcome(Verdict.EJ_BEDOMBART, path, msg, situation=Situation.OTHER_DOCUMENT)
            return
        missing = [p for p in r.covers if p not in d.covers]
        if not missing:
            msg = ctx.say(M, "covers_ok", name=name, parts=_parts_text(ctx, r.covers))
            yield Outcome(Verdict.UPPFYLLT, path, msg)
            return
        # What the deliverable contains lives in the deliverable: unstated is not absent.
        verdict = coverage(len(missing), len(r.covers), absent=Verdict.EJ_BEDOMBART)
        msg = ctx.say(M, "covers_missing", name=name, missing=_parts_text(ctx, missing))
        yield Outcome(verdict, path, msg, situation=Situation.OTHER_DOCUMENT)

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
            msg = ctx.say(M, "basis_ok", name=ctx.name(d.id), basis=ctx.names(r.based_on))
            yield Outcome(Verdict.UPPFYLLT, path, msg)
        else:
            verdict = coverage(len(missing), len(r.based_on))
            msg = ctx.say(M, "basis_missing", name=ctx.name(d.id), missing=ctx.names(missing))
            yield Outcome(verdict, path, msg, situation=Situation.MISSING_STEP)

    return check


def reporting_line(
    ctx: Context, r: Requirement
) -> tuple[str, tuple[str | int, ...], Cadence | None, bool, str] | None:
    """The target's line to ``r.to``: (name, path, cadence, found, verb); None if no target."""
    target = r.target or ""
    if target in ctx.deliverables:
        d = ctx.deliverables[target]
        for i, line in enumerate(d.recipients):
            if line.to == r.to:
                cadence = line.cadence or fastest(d.cadence)
                return ctx.name(d.id), ctx.path(d.id, "recipients", i), cadence, True, "v_presented"
        return ctx.name(d.id), ctx.path(d.id, "recipients"), None, False, "v_presented"
    if target in ctx.bodies:
        b = ctx.bodies[target]
        for i, line in enumerate(b.reports_to):
            if line.to == r.to:
                return b.name, ctx.path(b.id, "reports_to", i), line.cadence, True, "v_reports"
        return b.name, ctx.path(b.id, "reports_to"), None, False, "v_reports"
    return None


def _reporting(r: Requirement) -> Check:
    def check(ctx: Context) -> Iterator[Outcome]:
        line = reporting_line(ctx, r)
        if line is None:
            yield _wrong(ctx, r, "t_actor")
            return
        name, path, cadence, found, verb_key = line
        to = ctx.in_text(r.to or "")
        verb = ctx.say(M, verb_key)
        if not found:
            msg = ctx.say(M, "reporting_missing", name=name, verb=verb, to=to)
            yield Outcome(Verdict.EJ_UPPFYLLT, path, msg, situation=Situation.MISSING_STEP)
            return
        if r.cadence is not None and cadence is not None and not rate_ok(cadence, r.cadence):
            msg = ctx.say(
                M,
                "reporting_slow",
                name=name,
                verb=verb,
                to=to,
                actual=cadence_text(cadence, ctx.lang),
                wanted=cadence_text(r.cadence, ctx.lang),
            )
            yield Outcome(Verdict.EJ_UPPFYLLT, path, msg, situation=Situation.CONTRARY)
            return
        shown = r.cadence or cadence
        how = f" ({cadence_text(shown, ctx.lang)})" if shown else ""
        msg = ctx.say(M, "reporting_ok", name=name, verb=verb, to=to, how=how)
        yield Outcome(Verdict.UPPFYLLT, path, msg)

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
            msg = ctx.say(M, "categories_ok", cats=_parts_text(ctx, have))
            yield Outcome(Verdict.UPPFYLLT, path, msg)
            return
        # An agreement not recorded is not an agreement that does not exist.
        verdict = coverage(len(missing), len(r.categories), absent=Verdict.EJ_BEDOMBART)
        msg = ctx.say(M, "categories_missing", missing=_parts_text(ctx, missing))
        yield Outcome(verdict, path, msg, situation=Situation.UNRECORDED)

    return check


def _agreement_signatories(r: Requirement) -> Check:
    def check(ctx: Context) -> Iterator[Outcome]:
        if not ctx.g.agreements:
            yield Outcome(Verdict.EJ_TILLAMPLIG, ctx.path(r.id), ctx.say(M, "no_agreements"))
            return
        for a in ctx.g.agreements:
            missing = [x for x in r.roles if x not in a.signatories]
            path = ctx.path(a.id, "signatories")
            name = ctx.name(a.id)
            if not missing:
                msg = ctx.say(M, "signed_ok", name=name, roles=ctx.in_texts(r.roles))
                yield Outcome(Verdict.UPPFYLLT, path, msg)
            else:
                verdict = coverage(len(missing), len(r.roles), absent=Verdict.EJ_BEDOMBART)
                msg = ctx.say(M, "signed_missing", name=name, missing=ctx.in_texts(missing))
                yield Outcome(verdict, path, msg, situation=Situation.OTHER_DOCUMENT)

    return check


#: What an agreement can be required to state: every field but its id and title.
FIELD_NAMES = tuple(f.name for f in attrs.fields(Agreement) if f.name not in ("id", "title"))


def _fields(ctx: Context, fields: list[str]) -> str:
    """The agreement fields in the reader's words: "syften, områden och period" in Swedish."""
    if ctx.lang != "sv":
        return ", ".join(fields)
    from kbfa.i18n.keys import key_label  # the word lists load only when a rule needs them

    words = [key_label("Agreement", f) for f in fields]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " och " + words[-1]


def _agreement_contents(r: Requirement) -> Check:
    def check(ctx: Context) -> Iterator[Outcome]:
        unknown = [(i, f) for i, f in enumerate(r.fields) if f not in FIELD_NAMES]
        for i, f in unknown:
            msg = ctx.say(M, "unknown_field", field=f, valid=", ".join(FIELD_NAMES))
            yield Outcome(
                Verdict.EJ_BEDOMBART,
                ctx.path(r.id, "fields", i),
                msg,
                situation=Situation.UNRECORDED,
            )
        fields = [f for f in r.fields if f in FIELD_NAMES]
        if not fields:
            return
        if not ctx.g.agreements:
            yield Outcome(Verdict.EJ_TILLAMPLIG, ctx.path(r.id), ctx.say(M, "no_agreements"))
            return
        for a in ctx.g.agreements:
            missing = [f for f in fields if getattr(a, f) in (None, (), "")]
            if not missing:
                msg = ctx.say(M, "fields_ok", name=ctx.name(a.id), fields=_fields(ctx, fields))
                yield Outcome(Verdict.UPPFYLLT, ctx.path(a.id), msg)
            else:
                verdict = coverage(len(missing), len(fields), absent=Verdict.EJ_BEDOMBART)
                missing_words = _fields(ctx, missing)
                msg = ctx.say(M, "fields_missing", name=ctx.name(a.id), missing=missing_words)
                path = ctx.path(a.id, missing[0])
                yield Outcome(verdict, path, msg, situation=Situation.OTHER_DOCUMENT)

    return check


def _agreement_written(r: Requirement) -> Check:
    def check(ctx: Context) -> Iterator[Outcome]:
        for a in ctx.g.agreements:
            if not a.written:
                msg = ctx.say(M, "not_written", name=ctx.name(a.id))
                yield Outcome(
                    Verdict.EJ_UPPFYLLT,
                    ctx.path(a.id, "written"),
                    msg,
                    situation=Situation.CONTRARY,
                )
        covered = {p for a in ctx.g.agreements if a.written for p in a.parties}
        # Every other organisation with a seat somewhere in the structure cooperates.
        # A dict keeps the order of first seat and answers "seen?" at once (a list made this
        # bodies × members × partners at 1000x the content, reliability review 13).
        taking_part: dict[str, None] = {}
        for b in ctx.active_bodies:
            for m in b.members:
                org = ctx.role_org(m.role)
                if org is not None and not ctx.is_own_role(m.role):
                    taking_part.setdefault(org, None)
        missing = [o for o in taking_part if o not in covered]
        if missing:
            verdict = coverage(len(missing), len(taking_part), absent=Verdict.EJ_BEDOMBART)
            path = ("agreements",) if ctx.g.agreements else ctx.path(r.id)
            msg = ctx.say(M, "written_missing", orgs=ctx.names(missing))
            yield Outcome(verdict, path, msg, situation=Situation.UNRECORDED)
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
            msg = ctx.say(M, "rep_none", name=b.name)
            yield Outcome(Verdict.EJ_BEDOMBART, ctx.path(r.id), msg, situation=Situation.UNRECORDED)
            return
        absent = [x for x in r.roles if x not in seats]
        # An offered seat, or one taken only when needed, is not a member's seat.
        loose = [x for x in r.roles if x in seats and seats[x] is not Participation.MEMBER]
        member_kinds = {
            ctx.org_kind(ctx.role_org(role))
            for role, how in seats.items()
            if how is Participation.MEMBER
        }
        kinds_missing = [k for k in r.organisation_kinds if k not in member_kinds]
        if absent or kinds_missing:
            if absent:
                msg = ctx.say(M, "rep_missing", name=b.name, who=ctx.names(absent))
                yield Outcome(Verdict.EJ_UPPFYLLT, path, msg, situation=Situation.MISSING_STEP)
            if kinds_missing:
                kinds = _parts_text(ctx, kinds_missing)
                msg = ctx.say(M, "rep_kind_missing", name=b.name, kinds=kinds)
                yield Outcome(Verdict.EJ_UPPFYLLT, path, msg, situation=Situation.MISSING_STEP)
        elif loose:
            how = ", ".join(label(seats[x], ctx.lang) for x in loose)
            msg = ctx.say(M, "rep_partial", name=b.name, who=ctx.names(loose), how=how)
            yield Outcome(Verdict.DELVIS, path, msg, situation=Situation.MISSING_STEP)
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
        name = ctx.name(p.id)
        big = name[:1].upper() + name[1:]
        path = ctx.path(p.id, "follow_up")
        missing_by = [x for x in r.by if x not in p.followed_up_by]
        if missing_by:
            msg = ctx.say(M, "promise_fu_by", name=name, who=ctx.in_texts(missing_by))
            yield Outcome(
                Verdict.EJ_UPPFYLLT,
                ctx.path(p.id, "followed_up_by"),
                msg,
                situation=Situation.MISSING_STEP,
            )
            return
        if p.follow_up is None:
            msg = ctx.say(M, "promise_fu_missing", name=name)
            yield Outcome(Verdict.EJ_UPPFYLLT, path, msg, situation=Situation.MISSING_STEP)
            return
        actual = cadence_text(p.follow_up, ctx.lang)
        if r.cadence is not None and not rate_ok(p.follow_up, r.cadence):
            wanted = cadence_text(r.cadence, ctx.lang)
            msg = ctx.say(M, "promise_fu_slow", Name=big, actual=actual, wanted=wanted)
            yield Outcome(Verdict.EJ_UPPFYLLT, path, msg, situation=Situation.CONTRARY)
            return
        by = ctx.say(M, "w_by", who=ctx.in_texts(p.followed_up_by)) if p.followed_up_by else ""
        yield Outcome(
            Verdict.UPPFYLLT, path, ctx.say(M, "promise_fu_ok", Name=big, actual=actual, by=by)
        )

    return check


#: The design check of each kind of requirement (practice-only kinds have none).
DESIGN_CHECKS = {
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
