"""A small builder for governance models in code, for tests of single rules.

The bundled configs cover four real documents; rules must hold for every shape a
municipality may write. The builder makes a fictitious municipality ("Provkommun",
no real facts) with only what a test names, so a table of cases can vary one thing
at a time: a slower or faster cadence, a tertial, an offered seat, two ways of
following up a plan, a record without a recipient, a rolling period of several years.

    g = (
        Builder()
        .body("ks", BodyKind.EXECUTIVE_BOARD)
        .deliverable("lb", DeliverableKind.LAGESBILD, cadence=[cad(1, Per.YEAR)])
        .evidence("2024-03-17", EvidenceKind.DELIVERED, "lb")
        .build()
    )

Dates may be written as ISO strings. Nothing here computes an expected verdict:
tests write those by hand, from the law or the seed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from kbfa.config import LoadedConfig
from kbfa.config._lines import LineMap
from kbfa.evaluation import Finding, Severity, Situation, Verdict, evaluate
from kbfa.model import (
    Agreement,
    Benchmark,
    Body,
    BodyKind,
    Cadence,
    CameraSurveillance,
    Cause,
    CitizenDialogue,
    CitizenPromise,
    ColumnMapping,
    CoordinationFunction,
    Count,
    DataFormat,
    Dataset,
    Decision,
    Deliverable,
    DeliverableKind,
    DocumentKind,
    EvaluationSettings,
    Evidence,
    EvidenceKind,
    Explanation,
    Governance,
    Id,
    Indicator,
    Leadership,
    Measure,
    Membership,
    Municipality,
    Organisation,
    OrganisationKind,
    Participation,
    Per,
    Period,
    Problem,
    RelatedDocument,
    Reporting,
    Requirement,
    RequirementKind,
    Role,
    SeriesRef,
    SteeringDocument,
    Text,
    Unit,
    Unknown,
    Waiver,
)

__all__ = [
    "Builder",
    "cad",
    "day",
    "findings",
    "in_folder",
    "one",
    "period",
    "reporting",
    "shape",
    "verdicts",
]

OWN = "kommun"


def day(value: str | dt.date) -> dt.date:
    """A date from "2024-07-01" (or a date, unchanged)."""
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


def cad(times: int, per: Per = Per.YEAR, interval: int = 1, **kw: Any) -> Cadence:
    """A cadence: ``cad(3, Per.YEAR)`` is three times a year, ``cad(1, Per.YEAR, 2)`` every second."""
    return Cadence(Count(times), per, Count(interval), **kw)


def period(
    start: str | None = None,
    end: str | None = None,
    *,
    open_ended: bool = False,
    years: int | None = None,
) -> Period:
    """A period from ISO dates; ``years`` makes a rolling period."""
    return Period(
        start=day(start) if start else None,
        end=day(end) if end else None,
        open_ended=open_ended,
        length_years=Count(years) if years else None,
    )


def _ids(values: Any) -> tuple[Id, ...]:
    return tuple(Id(v) for v in values)


class Builder:
    """A fictitious municipality built item by item; :meth:`build` gives the model."""

    def __init__(self, name: str = "Provkommun (påhittad)") -> None:
        self.municipality = Municipality(Text(name), Id(OWN))
        self.organisations: list[Organisation] = [
            Organisation(Id(OWN), Text("Provkommun"), OrganisationKind.KOMMUN)
        ]
        self.roles: list[Role] = []
        self.bodies: list[Body] = []
        self.deliverables: list[Deliverable] = []
        self.agreements: list[Agreement] = []
        self.promises: list[CitizenPromise] = []
        self.dialogues: list[CitizenDialogue] = []
        self.requirements: list[Requirement] = []
        self.measures: list[Measure] = []
        self.problems: list[Problem] = []
        self.causes: list[Cause] = []
        self.indicators: list[Indicator] = []
        self.datasets: list[Dataset] = []
        self.evidence_records: list[Evidence] = []
        self.waivers: list[Waiver] = []
        self.explanations: list[Explanation] = []
        self.steering_document: SteeringDocument | None = None
        self.documents: list[SteeringDocument] = []
        self.unknowns: list[Unknown] = []
        self.leadership_: Leadership | None = None
        self.coordination_: CoordinationFunction | None = None
        self.camera_: CameraSurveillance | None = None
        self.settings = EvaluationSettings()

    # -- the organisation ----------------------------------------------------------
    def org(self, id_: str, kind: OrganisationKind, name: str | None = None, **kw: Any) -> Builder:
        self.organisations.append(Organisation(Id(id_), Text(name or id_), kind, **kw))
        return self

    def police(self, id_: str = "polisen") -> Builder:
        return self.org(id_, OrganisationKind.POLICE, "Polismyndigheten")

    def role(self, id_: str, org: str = OWN, title: str | None = None, **kw: Any) -> Builder:
        self.roles.append(Role(Id(id_), Text(title or id_.capitalize()), Id(org), **kw))
        return self

    def body(
        self,
        id_: str,
        kind: BodyKind,
        name: str | None = None,
        *,
        members: Any = (),
        **kw: Any,
    ) -> Builder:
        seats = tuple(m if isinstance(m, Membership) else Membership(Id(m)) for m in members)
        for key in ("chair", "convener", "organisation", "led_by", "created_by"):
            if kw.get(key) is not None:
                kw[key] = Id(kw[key])
        self.bodies.append(Body(Id(id_), Text(name or id_.capitalize()), kind, members=seats, **kw))
        return self

    def seat(self, role: str, participation: Participation) -> Membership:
        """A seat that is not a plain membership (offered, as needed)."""
        return Membership(Id(role), participation)

    # -- deliverables and the work ---------------------------------------------------
    def deliverable(
        self, id_: str, kind: DeliverableKind, title: str | None = None, **kw: Any
    ) -> Builder:
        for key in ("based_on", "anchored_in", "produced_by"):
            if key in kw:
                kw[key] = _ids(kw[key])
        if kw.get("decided_by") is not None:
            kw["decided_by"] = Id(kw["decided_by"])
        for key in ("cadence", "covers", "integrates_with", "recipients"):
            if key in kw:
                kw[key] = tuple(kw[key])
        self.deliverables.append(Deliverable(Id(id_), kind, Text(title or id_.capitalize()), **kw))
        return self

    def agreement(self, id_: str, parties: Any, **kw: Any) -> Builder:
        for key in ("purposes", "areas"):
            if key in kw:
                kw[key] = tuple(Text(x) for x in kw[key])
        if "signatories" in kw:
            kw["signatories"] = _ids(kw["signatories"])
        self.agreements.append(
            Agreement(Id(id_), Text(f"Överenskommelse {id_}"), _ids(parties), **kw)
        )
        return self

    def promise(self, id_: str, parties: Any, **kw: Any) -> Builder:
        for key in ("followed_up_by", "signatories", "measures", "problems"):
            if key in kw:
                kw[key] = _ids(kw[key])
        if "commitments" in kw:
            kw["commitments"] = tuple(kw["commitments"])
        self.promises.append(CitizenPromise(Id(id_), _ids(parties), **kw))
        return self

    def dialogue(self, id_: str, **kw: Any) -> Builder:
        self.dialogues.append(CitizenDialogue(Id(id_), **kw))
        return self

    def requirement(self, id_: str, kind: RequirementKind, **kw: Any) -> Builder:
        for key in ("based_on", "roles", "by"):
            if key in kw:
                kw[key] = _ids(kw[key])
        for key in ("target", "to"):
            if kw.get(key) is not None:
                kw[key] = Id(kw[key])
        for key in ("covers", "categories", "organisation_kinds"):
            if key in kw:
                kw[key] = tuple(kw[key])
        if "fields" in kw:
            kw["fields"] = tuple(Text(f) for f in kw["fields"])
        self.requirements.append(
            Requirement(Id(id_), kind, Text("Rubrik"), Text(f"Kravet {id_}."), **kw)
        )
        return self

    def measure(self, id_: str, plan: str | None = None, **kw: Any) -> Builder:
        self.measures.append(
            Measure(Id(id_), Text(id_.capitalize()), plan=Id(plan) if plan else None, **kw)
        )
        return self

    def problem(self, id_: str, title: str | None = None, **kw: Any) -> Builder:
        if kw.get("identified_in") is not None:
            kw["identified_in"] = Id(kw["identified_in"])
        self.problems.append(Problem(Id(id_), Text(title or id_.capitalize()), **kw))
        return self

    def cause(self, id_: str, problems: Any, description: str | None = None) -> Builder:
        self.causes.append(Cause(Id(id_), _ids(problems), Text(description or f"Orsak {id_}")))
        return self

    def indicator(
        self,
        id_: str,
        *,
        data: str | None = None,
        series: str | None = None,
        baseline: tuple[int, float] | None = None,
        target: tuple[int, float] | None = None,
        **kw: Any,
    ) -> Builder:
        """An indicator; ``data`` names a dataset (its ``series`` too), ``baseline`` and
        ``target`` are (year, value)."""
        for key in ("measures", "problems"):
            if key in kw:
                kw[key] = _ids(kw[key])
        self.indicators.append(
            Indicator(
                Id(id_),
                Text(f"Indikatorn {id_}"),
                data=SeriesRef(Id(data), Text(series) if series else None) if data else None,
                baseline=Benchmark(baseline[0], baseline[1]) if baseline else None,
                target=Benchmark(target[0], target[1]) if target else None,
                **kw,
            )
        )
        return self

    def table(
        self, id_: str, file: str, retrieved: str, *, unit: Unit = Unit.PER_100000, **kw: Any
    ) -> Builder:
        """A CSV dataset in the table format: columns Region;År;Serie;Värde, the areas
        written as codes (the municipality is "1234", its county "0012", the country "0000")."""
        self.datasets.append(
            Dataset(
                Id(id_),
                DataFormat.TABLE,
                Text(file),
                Text("Påhittad statistik för tester"),
                day(retrieved),
                unit,
                mapping=ColumnMapping(
                    Text("År"), Text("Värde"), area=Text("Region"), series=Text("Serie")
                ),
                **kw,
            )
        )
        return self

    def kommunkod(self, code: str = "1234") -> Builder:
        self.municipality = attrs.evolve(self.municipality, kommunkod=Text(code))
        return self

    def evidence(
        self,
        date: str | dt.date,
        kind: EvidenceKind,
        subject: str,
        *,
        to: str | None = None,
        reference: str | None = None,
    ) -> Builder:
        when = day(date)
        self.evidence_records.append(
            Evidence(
                when,
                kind,
                Id(subject),
                Text(reference or f"Protokoll {when.isoformat()}"),
                to=Id(to) if to else None,
            )
        )
        return self

    # -- leadership, coordination, camera, the document -------------------------------
    def leadership(self, body: str, **kw: Any) -> Builder:
        if "reporting" in kw:
            kw["reporting"] = tuple(kw["reporting"])
        if kw.get("assembly") is not None:
            kw["assembly"] = Id(kw["assembly"])
        self.leadership_ = Leadership(Id(body), **kw)
        return self

    def coordination(self, **kw: Any) -> Builder:
        if "held_by" in kw:
            kw["held_by"] = _ids(kw["held_by"])
        for key in ("body", "organisation"):
            if kw.get(key) is not None:
                kw[key] = Id(kw[key])
        if "tasks" in kw:
            kw["tasks"] = tuple(kw["tasks"])
        self.coordination_ = CoordinationFunction(**kw)
        return self

    def camera(self, **kw: Any) -> Builder:
        for key in ("places", "legal_framework", "principles"):
            if key in kw:
                kw[key] = tuple(kw[key])
        self.camera_ = CameraSurveillance(**kw)
        return self

    def document(
        self,
        decided: str | None = "2024-01-15",
        *,
        body: str | None = None,
        validity: Period | None = None,
        revisions: Any = (),
        related: Any = (),
        **kw: Any,
    ) -> Builder:
        """The steering document; ``decided=None`` leaves its decision out (never decided)."""
        decision = Decision(Id(body) if body else None, day(decided)) if decided else None
        self.steering_document = SteeringDocument(
            Text("Riktlinje för brottsförebyggande arbete"),
            DocumentKind.RIKTLINJE,
            decision=decision,
            validity=validity,
            revisions=tuple(Decision(None, day(r), Text("§ 9")) for r in revisions),
            related=tuple(
                r if isinstance(r, RelatedDocument) else RelatedDocument(Text(r)) for r in related
            ),
            **kw,
        )
        return self

    def other_document(
        self,
        id_: str,
        decided: str | None = "2024-01-15",
        *,
        title: str | None = None,
        validity: Period | None = None,
        versions: Any = (),
        **kw: Any,
    ) -> Builder:
        """A further steering document under [[documents]]; ``decided=None``: never decided."""
        decision = Decision(None, day(decided)) if decided else None
        self.documents.append(
            SteeringDocument(
                Text(title or f"Dokumentet {id_}"),
                DocumentKind.REGLER,
                id=Id(id_),
                decision=decision,
                validity=validity,
                versions=tuple(versions),
                **kw,
            )
        )
        return self

    def unknown(self, key: str, note: str = "Gick inte att läsa.") -> Builder:
        self.unknowns.append(Unknown(Text(key), Text(note)))
        return self

    def waiver(self, rule: str, expires: str | None = None, decision: str = "KS § 1") -> Builder:
        self.waivers.append(
            Waiver(Text(rule), Text("Skäl."), Text(decision), day(expires) if expires else None)
        )
        return self

    def explanation(self, rule: str, text: str, decision: str | None = None) -> Builder:
        self.explanations.append(
            Explanation(Text(rule), Text(text), Text(decision) if decision else None)
        )
        return self

    def settings_(self, **kw: Any) -> Builder:
        self.settings = attrs.evolve(self.settings, **kw)
        return self

    def build(self) -> Governance:
        return Governance(
            municipality=self.municipality,
            steering_document=self.steering_document,
            documents=tuple(self.documents),
            organisations=tuple(self.organisations),
            roles=tuple(self.roles),
            bodies=tuple(self.bodies),
            leadership=self.leadership_,
            coordination=self.coordination_,
            deliverables=tuple(self.deliverables),
            agreements=tuple(self.agreements),
            citizen_promises=tuple(self.promises),
            citizen_dialogues=tuple(self.dialogues),
            camera_surveillance=self.camera_,
            requirements=tuple(self.requirements),
            problems=tuple(self.problems),
            causes=tuple(self.causes),
            measures=tuple(self.measures),
            indicators=tuple(self.indicators),
            datasets=tuple(self.datasets),
            evidence=tuple(self.evidence_records),
            waivers=tuple(self.waivers),
            explanations=tuple(self.explanations),
            unknowns=tuple(self.unknowns),
            settings=self.settings,
        )


def in_folder(g: Governance, folder: Any) -> LoadedConfig:
    """``g`` as if loaded from ``folder/kommun.toml``: its datasets' files are read from
    ``folder``, and findings have key paths but no lines."""
    return LoadedConfig(g, str(folder / "kommun.toml"), LineMap({}))


def reporting(to: str, c: Cadence | None = None, **kw: Any) -> Reporting:
    return Reporting(Id(to), c, **kw)


def findings(g: Governance | LoadedConfig, code: str, as_of: str | dt.date) -> list[Finding]:
    """The findings of one rule on a date."""
    return [f for f in evaluate(g, day(as_of)).findings if f.code == code]


def verdicts(g: Governance | LoadedConfig, code: str, as_of: str | dt.date) -> list[Verdict]:
    return [f.verdict for f in findings(g, code, as_of)]


def one(g: Governance | LoadedConfig, code: str, as_of: str | dt.date) -> Finding:
    """The one finding of a rule on a date (the test fails if there are several)."""
    (f,) = findings(g, code, as_of)
    return f


def shape(f: Finding) -> tuple[Verdict, Situation | None, Severity]:
    """What a table of cases compares: verdict, situation, severity."""
    return f.verdict, f.situation, f.severity
