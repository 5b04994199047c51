"""Synthetic municipality configs for the benchmarks: realistic in shape, fictitious in fact.

Each config is built from the shapes of the four transcribed municipalities
(configs/*.toml): Nässjö's security unit that coordinates and a strategic council,
Hjo's partner categories and camera rules, Vetlanda's coordination placed in a
kommunalförbund, Lindesberg's three levels with a weekly EST. Sizes vary the way
Swedish municipalities do (a few bodies to a dozen, a handful of partners to thirty),
and evidence records cover several years of meetings, adopted documents and reports,
with realistic gaps so that evaluations produce every verdict.

The names are invented ("Syntetisk kommun 017"): fictitious facts must never be
attributed to a real municipality. Output is deterministic for a given seed, and
every file is written through :func:`kbfa.config.dump_text`, so it loads.

``scale`` multiplies the parts that grow with a municipality: bodies, partners (with
their roles and agreements) and evidence records. The scaling benchmark compares a
``scale=1`` config with a ``scale=10`` one.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path

from kbfa.config import dump_text
from kbfa.model import (
    Agreement,
    Body,
    BodyKind,
    Cadence,
    CameraSurveillance,
    Cause,
    CitizenDialogue,
    CitizenPromise,
    ContentPart,
    CoordinationFunction,
    Count,
    Decision,
    Deliverable,
    DeliverableKind,
    DocumentKind,
    Evidence,
    EvidenceKind,
    Explanation,
    Governance,
    Id,
    Indicator,
    Leadership,
    Measure,
    MeetingForm,
    Membership,
    Municipality,
    Organisation,
    OrganisationKind,
    Participation,
    PartnerCategory,
    Per,
    Period,
    Problem,
    Reporting,
    Requirement,
    RequirementKind,
    Role,
    Season,
    SeasonCount,
    SteeringDocument,
    Task12,
    Text,
)

__all__ = ["AS_OF", "SHAPES", "synth_governance", "write_configs"]

#: The evaluation date the evidence is generated around.
AS_OF = dt.date(2025, 12, 31)
#: The four real configs whose structure the synthetic ones imitate.
SHAPES = ("nassjo", "hjo", "vetlanda", "lindesberg")

# Partner organisations as the steering documents name them: (kind, categories, name pattern).
_PARTNERS: tuple[tuple[OrganisationKind, tuple[PartnerCategory, ...], str], ...] = (
    (OrganisationKind.MUNICIPAL_COMPANY, (PartnerCategory.HOUSING,), "{town}hem AB"),
    (OrganisationKind.MUNICIPAL_COMPANY, (PartnerCategory.MUNICIPAL_COMPANY,), "{town} Energi AB"),
    (
        OrganisationKind.MUNICIPAL_ASSOCIATION,
        (PartnerCategory.RESCUE_SERVICES,),
        "Räddningstjänsten {town}",
    ),
    (OrganisationKind.COMPANY, (PartnerCategory.SECURITY_COMPANY,), "Bevakningsbolaget {n}"),
    (OrganisationKind.COMPANY, (PartnerCategory.TRADE,), "Handelsföreningen i {town}"),
    (OrganisationKind.COMPANY, (PartnerCategory.PROPERTY_OWNER,), "Fastighetsägarna {town}"),
    (OrganisationKind.ASSOCIATION, (PartnerCategory.ASSOCIATION,), "{town} idrottsförening"),
    (OrganisationKind.NONPROFIT, (PartnerCategory.NONPROFIT,), "Föreningen Trygg i {town}"),
    (OrganisationKind.RELIGIOUS, (PartnerCategory.RELIGIOUS,), "Svenska kyrkan, {town} församling"),
    (OrganisationKind.REGION, (PartnerCategory.REGION,), "Region Syntetiskt län"),
    (
        OrganisationKind.COUNTY_BOARD,
        (PartnerCategory.COUNTY_BOARD,),
        "Länsstyrelsen i Syntetiskt län",
    ),
    (OrganisationKind.AUTHORITY, (PartnerCategory.AUTHORITY,), "Kriminalvården, frivården {town}"),
    (OrganisationKind.COMPANY, (PartnerCategory.TOURISM,), "Besök {town} AB"),
    (OrganisationKind.KOMMUN, (PartnerCategory.NEIGHBOURING_MUNICIPALITY,), "Grannkommun {n}"),
)
_UNITS = (
    "socialförvaltningen",
    "barn- och utbildningsförvaltningen",
    "samhällsbyggnadsförvaltningen",
    "kultur- och fritidsförvaltningen",
    "tillväxtförvaltningen",
    "vård- och omsorgsförvaltningen",
)
_THEMES = (
    "Trygg stadskärna",
    "Ungdomar i riskzon",
    "Våld i nära relationer",
    "Narkotika och alkohol",
    "Skolans trygghet",
    "Helger och evenemang",
    "Bostadsområden",
    "Ekonomisk brottslighet",
    "Landsbygdens trygghet",
    "Trafik och parkering",
)
_PROBLEMS = (
    ("Skadegörelse och klotter i centrum", "Ökande skadegörelse kvällstid."),
    ("Otrygghet vid resecentrum", "Boende uppger otrygghet kvällstid."),
    ("Narkotikaförsäljning bland unga", "Polisens underrättelser visar ökad försäljning."),
    ("Inbrott i bostäder", "Anmälda bostadsinbrott har ökat."),
    ("Våld i offentlig miljö", "Misshandel utomhus helgnätter."),
    ("Stölder i handeln", "Butikerna rapporterar fler stölder."),
)
_CAUSES = ("Dålig belysning", "Bristande vuxennärvaro", "Tillgång till narkotika", "Låg kontroll")
_PERSPECTIVES = ("situationell", "offer", "gärningsperson")


#: Bodies each district of a scaled municipality has of its own.
_DISTRICT_BODIES = (
    (BodyKind.COMMITTEE, "Stadsdelsnämnd"),
    (BodyKind.UNIT, "Stadsdelsförvaltning"),
    (BodyKind.UNIT, "Trygghetsenhet"),
)
#: The rule of lag (2023:196) that checks each 12 § task (kbfa.rules).
_TASK_RULES = {
    Task12.COORDINATE_SUPPORT: "KBFA-L12A",
    Task12.CONTACT_POINT: "KBFA-L12B",
    Task12.INFORM_PUBLIC: "KBFA-L12C",
}
#: A group before it becomes a Body: id, name, kind, cadence, member roles.
_Group = tuple[str, str, BodyKind, Cadence, list[Id]]


def _cad(times: int, per: Per, interval: int = 1, **kw: object) -> Cadence:
    return Cadence(times=Count(times), per=per, interval=Count(interval), **kw)  # type: ignore[arg-type]


def _spring_autumn(times: int) -> Cadence:
    half = times // 2
    seasons = (
        SeasonCount(Season.SPRING, Count(times - half)),
        SeasonCount(Season.AUTUMN, Count(half)),
    )
    return _cad(times, Per.YEAR, seasons=seasons)


class _Builder:
    """Builds one synthetic municipality; one instance per config."""

    def __init__(self, index: int, seed: int, scale: int) -> None:
        self.rng = random.Random(f"{seed}:{index}")
        self.seed = seed
        self.index = index
        self.scale = scale
        self.shape = SHAPES[index % len(SHAPES)]
        self.town = f"Syntetstad {index:03d}"
        self.own = Id(f"kommun-{index:03d}")
        self.organisations: list[Organisation] = []
        self.roles: list[Role] = []
        self.bodies: list[Body] = []
        self.requirements: list[Requirement] = []
        self.evidence: list[Evidence] = []

    # -- helpers ------------------------------------------------------------
    def role(self, id_: str, title: str, org: str, **kw: object) -> Id:
        self.roles.append(Role(id=Id(id_), title=Text(title), organisation=Id(org), **kw))  # type: ignore[arg-type]
        return Id(id_)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def day_in(self, year: int, first_month: int = 1, last_month: int = 12) -> dt.date:
        month = self.rng.randint(first_month, last_month)
        return dt.date(year, month, self.rng.randint(1, 28))

    def years(self) -> range:
        return range(2022, AS_OF.year + 1)

    # -- organisation ---------------------------------------------------------
    def organisations_and_roles(self) -> list[Id]:
        """The municipality, the police and the partners; returns partner representative roles."""
        self.organisations.append(
            Organisation(
                id=self.own,
                name=Text(f"Syntetisk kommun {self.index:03d}"),
                kind=OrganisationKind.KOMMUN,
            )
        )
        self.organisations.append(
            Organisation(
                id=Id("polisen"),
                name=Text(f"Polismyndigheten, lokalpolisområde {self.town}"),
                kind=OrganisationKind.POLICE,
                categories=(PartnerCategory.POLICE,),
            )
        )
        for id_, title in (
            ("kso", "Kommunstyrelsens ordförande"),
            ("kommundirektor", "Kommundirektör"),
            ("samordnare", "Brottsförebyggande samordnare"),
            ("sakerhetschef", "Säkerhetschef"),
            ("folkhalsostrateg", "Folkhälsostrateg"),
        ):
            self.role(id_, title, self.own, senior=id_ in ("kso", "kommundirektor") or None)
        for u, unit in enumerate(_UNITS[: self.rng.randint(3, len(_UNITS))]):
            self.role(f"forvaltningschef-{u}", "Förvaltningschef", self.own, unit=unit, senior=True)
            self.role(f"representant-{u}", "Representant", self.own, unit=unit)
        self.role("lpo-chef", "Lokalpolisområdeschef", "polisen", senior=True)
        self.role("kommunpolis", "Kommunpolis", "polisen")
        if self.shape == "vetlanda":
            self.organisations.append(
                Organisation(
                    id=Id("forbundet"),
                    name=Text(f"Kommunalförbundet {self.town}"),
                    kind=OrganisationKind.MUNICIPAL_ASSOCIATION,
                    categories=(PartnerCategory.RESCUE_SERVICES,),
                )
            )
            self.role("forbundets-samordnare", "Trygghetssamordnare", "forbundet")
        # A scaled municipality is a city of districts, each with its own local police area.
        for district in range(2, self.scale + 1):
            police = Id(f"polisen-d{district}")
            self.organisations.append(
                Organisation(
                    id=police,
                    name=Text(f"Polismyndigheten, lokalpolisområde {self.town} {district}"),
                    kind=OrganisationKind.POLICE,
                    categories=(PartnerCategory.POLICE,),
                )
            )
            self.role(f"kommunpolis-d{district}", "Kommunpolis", police)
        representatives: list[Id] = []
        self.base_partners = self.rng.randint(3, 14)
        for p in range(self.base_partners * self.scale):
            kind, categories, pattern = _PARTNERS[(p + self.index) % len(_PARTNERS)]
            org = Id(f"partner-{p:03d}")
            name = pattern.format(town=self.town, n=p + 1) + (
                f" ({p + 1})" if p >= len(_PARTNERS) else ""
            )
            self.organisations.append(
                Organisation(id=org, name=Text(name), kind=kind, categories=categories)
            )
            representatives.append(self.role(f"rep-{p:03d}", "Representant", org))
        return representatives

    def bodies_and_meetings(self, reps: list[Id]) -> tuple[Id, ...]:
        """Political bodies, the shape's council/groups, extra theme groups; meeting evidence."""
        local = [r.id for r in self.roles if r.organisation == self.own]
        self.bodies.append(
            Body(id=Id("kf"), name=Text("Kommunfullmäktige"), kind=BodyKind.ASSEMBLY)
        )
        self.bodies.append(
            Body(id=Id("ks"), name=Text("Kommunstyrelsen"), kind=BodyKind.EXECUTIVE_BOARD)
        )
        groups: list[_Group] = []
        if self.shape in ("nassjo", "hjo") or self.chance(0.4):
            members = [Id("kso"), Id("kommundirektor"), Id("lpo-chef"), *reps[:4]]
            groups.append(
                (
                    "strategiskt-rad",
                    "Strategiskt råd",
                    BodyKind.STRATEGIC_COUNCIL,
                    _spring_autumn(2),
                    members,
                )
            )
        if self.shape == "nassjo":
            self.bodies.append(
                Body(
                    id=Id("sakerhetsavdelningen"),
                    name=Text("Säkerhetsavdelningen"),
                    kind=BodyKind.UNIT,
                    organisation=self.own,
                    members=(Membership(Id("sakerhetschef")), Membership(Id("samordnare"))),
                )
            )
        groups.append(
            (
                "styrgrupp",
                "Styrgrupp",
                BodyKind.STEERING_GROUP,
                _spring_autumn(2),
                [Id("kso"), Id("kommundirektor"), Id("lpo-chef"), Id("samordnare")],
            )
        )
        if self.shape in ("lindesberg", "vetlanda") or self.chance(0.5):
            heads = [r for r in local if r.startswith("forvaltningschef")]
            groups.append(
                (
                    "beredningsgrupp",
                    "Beredningsgrupp",
                    BodyKind.PREPARATORY_GROUP,
                    _spring_autumn(4),
                    [Id("samordnare"), Id("kommunpolis"), *heads],
                )
            )
        if self.shape == "lindesberg" or self.chance(0.5):
            units = [r for r in local if r.startswith("representant")]
            groups.append(
                (
                    "est",
                    "EST (effektiv samordning för trygghet)",
                    BodyKind.WORKING_GROUP,
                    _cad(1, Per.WEEK, duration_minutes=Count(30)),
                    [Id("samordnare"), Id("kommunpolis"), *units, *reps[:3]],
                )
            )
        extra = max(0, self.rng.randint(6, 10) - len(groups) - len(self.bodies))
        for t in range(extra):
            theme = _THEMES[t % len(_THEMES)] + (
                f" {t // len(_THEMES) + 1}" if t >= len(_THEMES) else ""
            )
            cadence = self.rng.choice((_cad(1, Per.MONTH), _cad(1, Per.QUARTER), _spring_autumn(4)))
            members = [
                Id("samordnare"),
                *self.rng.sample(local, k=min(3, len(local))),
                *self.rng.sample(reps[: self.base_partners], k=min(2, self.base_partners)),
            ]
            groups.append(
                (f"tema-{t:03d}", f"Temagrupp {theme}", BodyKind.THEME_GROUP, cadence, members)
            )
        specs = [(group, self.rng) for group in groups]
        fixed = len(self.bodies)  # the political bodies (and a unit) the whole city shares
        for district in range(2, self.scale + 1):
            rng = self.district_rng(district)
            for k in range(fixed):
                kind, name = _DISTRICT_BODIES[k % len(_DISTRICT_BODIES)]
                self.bodies.append(
                    Body(
                        id=Id(f"{kind.value}-{k}-d{district}"),
                        name=Text(f"{name} {district}"),
                        kind=kind,
                        reports_to=(Reporting(to=Id("ks")),),
                    )
                )
            specs.extend((self.replica(group, district), rng) for group in groups)
        for (id_, name, kind, cadence, members), rng in specs:
            unique = list(dict.fromkeys(members))
            self.bodies.append(
                Body(
                    id=Id(id_),
                    name=Text(name),
                    kind=kind,
                    purpose=Text(
                        f"{name} samordnar arbetet inom sitt område "
                        "och rapporterar till kommunstyrelsen."
                    ),
                    members=tuple(
                        Membership(
                            role,
                            participation=Participation.OFFERED
                            if role.startswith("rep-") and rng.random() < 0.2
                            else Participation.MEMBER,
                        )
                        for role in unique
                    ),
                    chair=Id("kso") if kind is BodyKind.STRATEGIC_COUNCIL else None,
                    convener=Id("samordnare"),
                    cadence=(cadence,),
                    meeting_form=rng.choice(tuple(MeetingForm)),
                    reports_to=(Reporting(to=Id("ks")),),
                )
            )
            self.requirements.append(
                Requirement(
                    id=Id(f"krav-moten-{id_}"),
                    kind=RequirementKind.MEETING_CADENCE,
                    source=Text("3. Organisation"),
                    text=Text(f"{name} ska sammanträda enligt fastställd mötesplan."),
                    target=Id(id_),
                )
            )
            self.meetings(Id(id_), cadence, rng)
        return tuple(Id(spec[0][0]) for spec in specs)

    def district_rng(self, district: int) -> random.Random:
        """The random stream of a district, so a scaled config contains the unscaled one."""
        return random.Random(f"{self.seed}:{self.index}:district-{district}")

    def replica(self, group: _Group, district: int) -> _Group:
        """A group as a larger municipality has it again in another district (stadsdel)."""
        id_, name, kind, cadence, members = group
        shift = (district - 1) * self.base_partners

        def member(role: Id) -> Id:
            if role.startswith("rep-"):
                return Id(f"rep-{int(role.removeprefix('rep-')) + shift:03d}")
            if role == "kommunpolis":
                return Id(f"kommunpolis-d{district}")
            return role

        return (
            f"{id_}-d{district}",
            f"{name} (stadsdel {district})",
            kind,
            cadence,
            [member(r) for r in members],
        )

    def meetings(self, body: Id, cadence: Cadence, rng: random.Random) -> None:
        """Meeting records per the cadence, with the occasional missed meeting or missing year."""
        per_year = {Per.WEEK: 46, Per.MONTH: 11, Per.QUARTER: 4, Per.YEAR: cadence.times}.get(
            cadence.per, cadence.times
        )
        if cadence.per is Per.YEAR:
            per_year = cadence.times
        start_year = rng.choice((2022, 2023, 2024))
        for year in range(start_year, AS_OF.year + 1):
            if rng.random() < 0.05:
                continue  # a year with no minutes recorded
            held = per_year - (1 if per_year > 1 and rng.random() < 0.3 else 0)
            for k in range(held):
                month = 1 + (k * 12) // max(per_year, 1)
                day = 1 + (k * 7) % 28
                date = dt.date(year, min(month, 12), day)
                if date <= AS_OF:
                    self.evidence.append(
                        Evidence(
                            date=date,
                            kind=EvidenceKind.MEETING_HELD,
                            subject=body,
                            reference=Text(f"Minnesanteckningar {date.isoformat()}"),
                        )
                    )

    # -- the work -------------------------------------------------------------
    def deliverables(self) -> list[Deliverable]:
        lagesbild_cadence = _cad(1, Per.YEAR) if self.chance(0.6) else _cad(1, Per.YEAR, interval=2)
        covers = [
            ContentPart.EXTENT,
            ContentPart.CONSEQUENCES,
            ContentPart.OTHER_INFORMATION,
            ContentPart.ANALYSIS,
        ]
        if self.chance(0.25):
            covers.remove(self.rng.choice(covers))  # a documented gap in 4 §
        if self.chance(0.5):
            covers.append(ContentPart.CAUSE_ANALYSIS)
        producer = Id("forbundets-samordnare") if self.shape == "vetlanda" else Id("samordnare")
        out = [
            Deliverable(
                id=Id("lagesbild"),
                kind=DeliverableKind.LAGESBILD,
                title=Text("Lägesbild över brottsligheten"),
                produced_by=(producer, Id("kommunpolis")),
                cadence=(lagesbild_cadence,),
                recipients=(Reporting(to=Id("ks")),),
                decided_by=Id("ks"),
                covers=tuple(covers),
                sources=(
                    Text("Polisens statistik"),
                    Text("Trygghetsmätning"),
                    Text("Skolans enkäter"),
                ),
                source_categories=(PartnerCategory.POLICE, PartnerCategory.SCHOOL),
                scope=Text("kommunövergripande"),
                integrates_with=(Text("Risk- och sårbarhetsanalys enligt LEH"),)
                if self.chance(0.5)
                else (),
            ),
            Deliverable(
                id=Id("orsaksanalys"),
                kind=DeliverableKind.ORSAKSANALYS,
                title=Text("Orsaksanalys"),
                produced_by=(producer,),
                based_on=(Id("lagesbild"),),
                recipients=(Reporting(to=Id("styrgrupp")),),
            ),
            Deliverable(
                id=Id("atgardsplan"),
                kind=DeliverableKind.ATGARDSPLAN,
                title=Text("Åtgärdsplan för brottsförebyggande arbete"),
                produced_by=(Id("styrgrupp"),),
                cadence=(_cad(1, Per.YEAR, interval=2),),
                decided_by=Id("kf") if self.shape in ("nassjo", "hjo") else Id("ks"),
                based_on=(Id("lagesbild"),),
                covers=(ContentPart.MEASURES, ContentPart.FOLLOW_UP),
            ),
            Deliverable(
                id=Id("uppfoljning"),
                kind=DeliverableKind.UPPFOLJNING,
                title=Text("Uppföljning av åtgärdsplanen"),
                produced_by=(producer,),
                cadence=(_cad(1, Per.YEAR, window=None),),
                recipients=(Reporting(to=Id("ks")), Reporting(to=Id("kf"))),
                based_on=(Id("atgardsplan"),),
            ),
        ]
        for year in self.years():
            if year >= 2023 and not self.chance(0.1):
                d = self.day_in(year, 2, 5)
                self.evidence.append(
                    Evidence(
                        date=d,
                        kind=EvidenceKind.DELIVERED,
                        subject=Id("lagesbild"),
                        to=Id("ks"),
                        reference=Text(f"KS {d.isoformat()} § {self.rng.randint(10, 199)}"),
                    )
                )
            if year >= 2024 and not self.chance(0.15):
                d = self.day_in(year, 4, 6)
                self.evidence.append(
                    Evidence(
                        date=d,
                        kind=EvidenceKind.ADOPTED,
                        subject=Id("atgardsplan"),
                        reference=Text(f"KF {d.isoformat()} § {self.rng.randint(10, 199)}"),
                    )
                )
            if year >= 2024 and not self.chance(0.2):
                d = self.day_in(year, 9, 11)
                self.evidence.append(
                    Evidence(
                        date=d,
                        kind=EvidenceKind.FOLLOWED_UP,
                        subject=Id("atgardsplan"),
                        reference=Text(f"KS {d.isoformat()} § {self.rng.randint(10, 199)}"),
                    )
                )
            if year >= 2023 and not self.chance(0.2):
                d = self.day_in(year, 10, 12)
                self.evidence.append(
                    Evidence(
                        date=d,
                        kind=EvidenceKind.REPORTED,
                        subject=Id("uppfoljning"),
                        to=Id("kf"),
                        reference=Text(f"KF {d.isoformat()} § {self.rng.randint(10, 199)}"),
                    )
                )
        return out

    def agreements(self) -> list[Agreement]:
        out = [
            Agreement(
                id=Id("overenskommelse-polisen"),
                title=Text(
                    "Samverkansöverenskommelse mellan "
                    f"Syntetisk kommun {self.index:03d} och Polisen"
                ),
                parties=(self.own, Id("polisen")),
                purposes=(Text("Minska brottsligheten och öka tryggheten"),),
                areas=(Text("Trygg stadskärna"), Text("Ungdomar")) if not self.chance(0.15) else (),
                signatories=(Id("kso"), Id("lpo-chef")),
                period=Period(start=dt.date(2024, 1, 1), end=dt.date(2027, 12, 31)),
            )
        ]
        rngs = [self.rng]
        partners = [o for o in self.organisations if o.id.startswith("partner-")]
        per_district = max(1, self.base_partners // 3)
        for district in range(1, self.scale + 1):
            rng = self.rng if district == 1 else self.district_rng(district)
            first = (district - 1) * self.base_partners
            for org in partners[first : first + per_district]:
                rngs.append(rng)
                out.append(
                    Agreement(
                        id=Id(f"overenskommelse-{org.id}"),
                        title=Text(f"Samverkansöverenskommelse med {org.name}"),
                        parties=(self.own, org.id),
                        written=rng.random() >= 0.05,
                        purposes=(Text("Gemensamt trygghetsarbete"),)
                        if rng.random() >= 0.1
                        else (),
                        areas=(Text("Bostadsområden"),),
                        signatories=(Id("kommundirektor"),),
                        period=Period(start=dt.date(2024, 3, 1), open_ended=True),
                    )
                )
        for a, rng in zip(out, rngs, strict=True):
            if rng.random() >= 0.1:
                d = dt.date(2024, rng.randint(1, 12), rng.randint(1, 28))
                self.evidence.append(
                    Evidence(
                        date=d,
                        kind=EvidenceKind.SIGNED,
                        subject=a.id,
                        reference=Text(f"Diarienummer KS {d.year}/{rng.randint(1, 400)}"),
                    )
                )
        return out

    def content_chain(self) -> tuple[list[Problem], list[Cause], list[Measure], list[Indicator]]:
        """Brå's chain problem → cause → measure → indicator; some measures left unlinked."""
        problems, causes, measures, indicators = [], [], [], []
        for p, (title, description) in enumerate(
            self.rng.sample(_PROBLEMS, k=self.rng.randint(2, 5))
        ):
            pid = Id(f"problem-{p}")
            problems.append(
                Problem(
                    id=pid,
                    title=Text(title),
                    description=Text(description),
                    identified_in=Id("lagesbild"),
                )
            )
            cid = Id(f"orsak-{p}")
            causes.append(
                Cause(
                    id=cid,
                    problems=(pid,),
                    description=Text(self.rng.choice(_CAUSES)),
                    perspective=Text(self.rng.choice(_PERSPECTIVES)),
                )
            )
            mid = Id(f"atgard-{p}")
            linked = not self.chance(0.2)
            measures.append(
                Measure(
                    id=mid,
                    title=Text(f"Åtgärd mot {title.lower()}"),
                    causes=(cid,) if linked else (),
                    operative_goal=Text("Minska antalet anmälningar med 20 procent"),
                    due=dt.date(2026, 6, 30),
                    owner=Id("samordnare"),
                    follow_up=Text("Årlig uppföljning i styrgruppen"),
                    plan=Id("atgardsplan"),
                )
            )
            indicators.append(
                Indicator(
                    id=Id(f"indikator-{p}"),
                    description=Text(f"Antal anmälda brott: {title.lower()}"),
                    measures=(mid,),
                    problems=(pid,),
                )
            )
        return problems, causes, measures, indicators

    def local_requirements(self, groups: tuple[Id, ...]) -> None:
        self.requirements.append(
            Requirement(
                id=Id("krav-avtalets-innehall"),
                kind=RequirementKind.AGREEMENT_CONTENTS,
                source=Text("4. Samverkan"),
                text=Text("Överenskommelser ska ange syfte och områden för samverkan."),
                fields=(Text("purposes"), Text("areas")),
            )
        )
        if self.shape == "hjo":
            self.requirements.append(
                Requirement(
                    id=Id("krav-partnerkategorier"),
                    kind=RequirementKind.PARTNER_CATEGORIES,
                    source=Text("4. Samverkan"),
                    text=Text("Kommunen ska samverka med bostadsbolag, föreningar och handel."),
                    categories=(
                        PartnerCategory.HOUSING,
                        PartnerCategory.ASSOCIATION,
                        PartnerCategory.TRADE,
                    ),
                )
            )
        self.requirements.append(
            Requirement(
                id=Id("krav-rapportering"),
                kind=RequirementKind.REPORTING,
                source=Text("5. Uppföljning"),
                text=Text("Uppföljningen ska redovisas för kommunfullmäktige en gång per år."),
                target=Id("uppfoljning"),
                to=Id("kf"),
                cadence=_cad(1, Per.YEAR),
            )
        )
        if Id("est") in groups:
            self.requirements.append(
                Requirement(
                    id=Id("krav-est-polis"),
                    kind=RequirementKind.REPRESENTATION,
                    source=Text("3. Organisation"),
                    text=Text("Kommunpolisen och samordnaren ska delta i EST."),
                    target=Id("est"),
                    roles=(Id("kommunpolis"), Id("samordnare")),
                )
            )

    def build(self) -> Governance:
        reps = self.organisations_and_roles()
        groups = self.bodies_and_meetings(reps)
        deliverables = self.deliverables()
        agreements = self.agreements()
        problems, causes, measures, indicators = self.content_chain()
        self.local_requirements(groups)
        tasks = list(Task12)
        missing: Task12 | None = None
        if self.chance(0.3):
            missing = self.rng.choice(tasks)
            tasks.remove(missing)  # a documented gap in 12 §
        coordination = CoordinationFunction(
            description=Text("Samordnaren håller ihop arbetet och är kontaktpunkt."),
            held_by=(Id("forbundets-samordnare"),)
            if self.shape == "vetlanda"
            else (Id("samordnare"),),
            body=Id("sakerhetsavdelningen") if self.shape == "nassjo" else None,
            organisation=Id("forbundet") if self.shape == "vetlanda" else self.own,
            tasks=tuple(tasks),
        )
        decided = self.day_in(2024, 1, 6)
        promise = CitizenPromise(
            id=Id("medborgarloften"),
            parties=(self.own, Id("polisen")),
            description=Text("Gemensamma medborgarlöften om trygghet i centrum"),
            period=Period(start=dt.date(2024, 1, 1), end=dt.date(2025, 12, 31)),
            follow_up=_cad(1, Per.YEAR),
            followed_up_by=(Id("styrgrupp"),),
        )
        dialogue = CitizenDialogue(
            id=Id("trygghetsvandring"),
            purpose=Text("Fånga invånarnas upplevda otrygghet"),
            method=Text("Trygghetsvandringar"),
            cadence=_cad(2, Per.YEAR),
            feeds=(Id("lagesbild"),),
        )
        for year in self.years():
            if not self.chance(0.3):
                d = self.day_in(year, 4, 10)
                self.evidence.append(
                    Evidence(
                        date=d,
                        kind=EvidenceKind.DIALOGUE_HELD,
                        subject=Id("trygghetsvandring"),
                        reference=Text(f"Rapport trygghetsvandring {d.isoformat()}"),
                    )
                )
        self.evidence.append(
            Evidence(
                date=decided,
                kind=EvidenceKind.ADOPTED,
                subject=Id("steering_document"),
                reference=Text(f"KF {decided.isoformat()} § 42"),
            )
        )
        # Some municipalities explain their 12 § gap: the law cannot be waived, so the
        # explanation stands beside the finding and the verdict stays.
        explanations = (
            (
                Explanation(
                    rule=Text(_TASK_RULES[missing]),
                    text=Text("Uppgiften förs in i samordnarens uppdrag vid årsskiftet."),
                    decision=Text(f"KS {decided.isoformat()} § 12"),
                ),
            )
            if missing is not None and self.chance(0.3)
            else ()
        )
        kind = {
            "nassjo": DocumentKind.PLAN,
            "hjo": DocumentKind.POLICY,
            "vetlanda": DocumentKind.PLAN,
            "lindesberg": DocumentKind.RIKTLINJE,
        }[self.shape]
        self.evidence.sort(key=lambda e: (e.date, e.subject))
        return Governance(
            municipality=Municipality(
                name=Text(f"Syntetisk kommun {self.index:03d}"),
                organisation=self.own,
                kommunkod=Text(f"9{self.index:03d}"),
                lan=Text("Syntetiskt län"),
                police_area=Text(f"Lokalpolisområde {self.town}"),
            ),
            steering_document=SteeringDocument(
                title=Text("Styrdokument för det brottsförebyggande arbetet"),
                kind=kind,
                decision=Decision(
                    body=Id("kf") if kind is not DocumentKind.RIKTLINJE else Id("ks"),
                    date=decided,
                    paragraph=Text("§ 42"),
                ),
                diarienummer=Text(f"KS {decided.year}/{self.rng.randint(1, 300)}"),
                validity=Period(start=decided, end=dt.date(decided.year + 4, 12, 31)),
                owner_role=Id("samordnare"),
                responsible_body=Id("ks"),
            ),
            organisations=tuple(self.organisations),
            roles=tuple(self.roles),
            bodies=tuple(self.bodies),
            leadership=Leadership(
                body=Id("ks"),
                assembly=Id("kf"),
                reporting=(Reporting(to=Id("kf"), cadence=_cad(1, Per.YEAR)),)
                if not self.chance(0.2)
                else (),
            ),
            coordination=coordination,
            deliverables=tuple(deliverables),
            agreements=tuple(agreements),
            citizen_promises=(promise,),
            citizen_dialogues=(dialogue,),
            camera_surveillance=(
                CameraSurveillance(
                    purpose=Text("Öka tryggheten på allmänna platser"),
                    principles=(
                        Text("Kamerabevakning ska vara en del av ett större trygghetsarbete."),
                    ),
                    decided_by=(Id("ks"),),
                    follow_up_in=(Id("lagesbild"),),
                )
                if self.shape == "hjo"
                else None
            ),
            requirements=tuple(self.requirements),
            problems=tuple(problems),
            causes=tuple(causes),
            measures=tuple(measures),
            indicators=tuple(indicators),
            evidence=tuple(self.evidence),
            explanations=explanations,
        )


def synth_governance(index: int, *, seed: int = 2023, scale: int = 1) -> Governance:
    """The synthetic municipality number ``index`` (deterministic for a seed)."""
    return _Builder(index, seed, scale).build()


def write_configs(directory: Path, count: int, *, seed: int = 2023, scale: int = 1) -> list[Path]:
    """Write ``count`` synthetic configs into ``directory``; returns their paths in order."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        path = directory / f"syntetisk-{index:03d}.toml"
        path.write_text(
            dump_text(synth_governance(index, seed=seed, scale=scale)), encoding="utf-8"
        )
        paths.append(path)
    return paths


def iter_sizes(g: Governance) -> Iterator[tuple[str, int]]:
    """The sizes the scaling benchmark reports."""
    yield "bodies", len(g.bodies)
    yield "partners", len(g.partners)
    yield "roles", len(g.roles)
    yield "agreements", len(g.agreements)
    yield "evidence", len(g.evidence)


#: The collections :func:`multiplied` copies (with their ids and the references between them).
_MULTIPLIED = (
    "organisations",
    "roles",
    "bodies",
    "deliverables",
    "agreements",
    "citizen_promises",
    "citizen_dialogues",
    "requirements",
    "problems",
    "causes",
    "measures",
    "indicators",
    "evidence",
)


#: Local requirements about every agreement or partner of the municipality.
_GLOBAL_KINDS = {
    "partner_categories",
    "agreement_signatories",
    "agreement_contents",
    "agreement_written",
}


def multiplied(g: Governance, factor: int) -> str:
    """``g`` as TOML with every collection repeated ``factor`` times: the whole
    municipality ``factor`` times over, as if ``factor`` of them shared one file.

    Copy ``k`` suffixes every id with ``-k`` and points its references at its own copy,
    so each copy is a complete, valid municipality and the file loads. The
    municipality's own organisation stays one (copy 0), and so do the local requirements
    that speak of every agreement or partner (their number does not grow with the
    municipality; copied, each copy would rightly judge every agreement, n × n findings).
    The reliability review timed such configs at 1–3000x to find a quadratic term in
    ``check``.
    """
    import tomllib

    data = tomllib.loads(dump_text(g))
    own = data["municipality"]["organisation"]
    ids = {
        item["id"]
        for name in _MULTIPLIED
        for item in data.get(name, [])
        if isinstance(item, dict) and "id" in item and item["id"] != own
    }

    from kbfa.config._references import REFERENCES

    # Only keys that hold an id or point at one: a kind may be spelt like an id ("lagesbild").
    keys = {"id"} | {next(p for p in reversed(pattern) if p != "*") for pattern, _ in REFERENCES}

    def renamed(value: object, k: int, key: str = "") -> object:
        if isinstance(value, str):
            return f"{value}-{k}" if key in keys and value in ids else value
        if isinstance(value, list):
            return [renamed(v, k, key) for v in value]
        if isinstance(value, dict):
            return {name: renamed(v, k, name) for name, v in value.items()}
        return value

    for name in _MULTIPLIED:
        items = data.get(name, [])
        copies = list(items)
        for k in range(1, factor):
            copies.extend(
                renamed(item, k)
                for item in items
                if not (name == "organisations" and item.get("id") == own)
                and not (name == "requirements" and item.get("kind") in _GLOBAL_KINDS)
            )
        if items:
            data[name] = copies
    import tomli_w

    return tomli_w.dumps(data)
