"""Constrained scalar types and closed vocabularies of the governance model.

``Text``, ``Id``, ``Count`` and ``Year`` are ``str``/``int`` annotated with what the loader
checks (:func:`kbfa.validate` checks the same for a model built in code). To a type
checker they are plain ``str`` and ``int``, so ``Role(id="kso", title="KSO", ...)``
type-checks without wrapping every string; to the loader, the JSON Schema and the
docs they are distinct kinds of value. ``Id("kso")`` still works (it returns
the string). Enum values are the TOML spellings.
"""

from __future__ import annotations

import enum
from typing import Annotated, Final

import attrs

__all__ = [
    "COUNT",
    "ID",
    "TEXT",
    "YEAR",
    "BodyKind",
    "CameraPlace",
    "Constraint",
    "ContentPart",
    "Count",
    "DataFormat",
    "DeliverableKind",
    "Direction",
    "DocumentKind",
    "EvidenceKind",
    "Gender",
    "Id",
    "MeetingForm",
    "OrganisationKind",
    "Participation",
    "PartnerCategory",
    "Per",
    "Season",
    "Strength",
    "Task12",
    "Territory",
    "Text",
    "Unit",
    "Window",
    "Year",
]


@attrs.frozen
class Constraint:
    """What the loader checks about a scalar: the marker inside ``Annotated[...]``."""

    name: str


TEXT: Final = Constraint("text")
ID: Final = Constraint("id")
COUNT: Final = Constraint("count")
YEAR: Final = Constraint("year")

#: A non-empty, single-line-or-multi-line human text with no control characters
#: other than newline and tab.
Text = Annotated[str, TEXT]
#: An identifier other items refer to: lower-case letters, digits, ``_`` and ``-``.
Id = Annotated[str, ID]
#: A strictly positive integer (times, intervals, minutes, years).
Count = Annotated[int, COUNT]
#: A calendar year (1900–2100), e.g. of a baseline or a target.
Year = Annotated[int, YEAR]


class OrganisationKind(enum.StrEnum):
    """What kind of organisation a role or a partner belongs to."""

    KOMMUN = "kommun"
    REGION = "region"
    POLICE = "police"
    MUNICIPAL_COMPANY = "municipal_company"
    MUNICIPAL_ASSOCIATION = "municipal_association"  # kommunalförbund
    JOINT_COMMITTEE = "joint_committee"  # gemensam nämnd
    COMPANY = "company"
    AUTHORITY = "authority"
    COUNTY_BOARD = "county_board"
    ASSOCIATION = "association"
    NONPROFIT = "nonprofit"
    RELIGIOUS = "religious"
    OTHER = "other"


class PartnerCategory(enum.StrEnum):
    """Categories of cooperation partners, as steering documents name them."""

    POLICE = "police"
    TRADE = "trade"  # handel
    INDUSTRY = "industry"
    BUSINESS = "business"  # näringsliv
    HOUSING = "housing"  # bostadsbolag
    PROPERTY_OWNER = "property_owner"
    ASSOCIATION = "association"  # föreningar
    NONPROFIT = "nonprofit"  # ideella organisationer
    AUTHORITY = "authority"  # myndigheter
    NEIGHBOURING_MUNICIPALITY = "neighbouring_municipality"
    COUNTY_BOARD = "county_board"
    SECURITY_COMPANY = "security_company"  # vaktbolag
    MUNICIPAL_COMPANY = "municipal_company"
    RESCUE_SERVICES = "rescue_services"
    TOURISM = "tourism"
    REGION = "region"
    SCHOOL = "school"
    RELIGIOUS = "religious"
    RESIDENTS = "residents"  # medborgare
    MUNICIPAL_SERVICES = "municipal_services"  # kommunal verksamhet
    OTHER = "other"


class BodyKind(enum.StrEnum):
    """Kinds of councils, groups and decision bodies."""

    ASSEMBLY = "assembly"  # kommunfullmäktige / regionfullmäktige
    EXECUTIVE_BOARD = "executive_board"  # kommunstyrelse / regionstyrelse
    COMMITTEE = "committee"  # nämnd, also a gemensam nämnd
    PRESIDIUM = "presidium"
    MANAGEMENT_GROUP = "management_group"  # ledningsgrupp
    STRATEGIC_COUNCIL = "strategic_council"
    STEERING_GROUP = "steering_group"
    PREPARATORY_GROUP = "preparatory_group"
    WORKING_GROUP = "working_group"
    OPERATIONAL_FORUM = "operational_forum"  # e.g. EST
    REFERENCE_GROUP = "reference_group"
    THEME_GROUP = "theme_group"
    UNIT = "unit"  # an administrative unit doing the work, e.g. a security department
    OTHER = "other"


class Participation(enum.StrEnum):
    """How a role takes part in a body."""

    MEMBER = "member"
    OFFERED = "offered"  # a seat offered to a partner, not taken for granted
    AS_NEEDED = "as_needed"  # included when needed
    #: Takes part without being a member ("deltar från förvaltningen"): no seat, no vote.
    ATTENDS = "attends"


class MeetingForm(enum.StrEnum):
    PHYSICAL = "physical"
    DIGITAL = "digital"
    HYBRID = "hybrid"


class Per(enum.StrEnum):
    """The period a cadence counts in."""

    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    TERTIAL = "tertial"
    HALF_YEAR = "half_year"
    YEAR = "year"
    #: Fullmäktige's four-year term, 15 October of an election year to 14 October four
    #: years later (kommunallagen 5 kap. 9 §; see :mod:`kbfa.model._dates`).
    MANDATE_PERIOD = "mandate_period"


class Season(enum.StrEnum):
    """Seasons as Swedish municipalities use them: vår = Jan–Jun, höst = Jul–Dec."""

    SPRING = "spring"
    AUTUMN = "autumn"


class Window(enum.StrEnum):
    """A named part of the year in which something falls due, when no date is given."""

    SPRING = "spring"  # Jan–Jun
    AUTUMN = "autumn"  # Jul–Dec
    TERTIAL_1 = "tertial_1"  # Jan–Apr
    TERTIAL_2 = "tertial_2"  # May–Aug
    TERTIAL_3 = "tertial_3"  # Sep–Dec
    QUARTER_1 = "quarter_1"
    QUARTER_2 = "quarter_2"
    QUARTER_3 = "quarter_3"
    QUARTER_4 = "quarter_4"
    YEAR_END = "year_end"  # "i slutet på varje kalenderår": December


class DeliverableKind(enum.StrEnum):
    LAGESBILD = "lagesbild"
    ORSAKSANALYS = "orsaksanalys"
    LAGESRAPPORT = "lagesrapport"
    ATGARDSPLAN = "atgardsplan"
    ARSANALYS = "arsanalys"
    TRYGGHETSBOKSLUT = "trygghetsbokslut"
    UPPFOLJNING = "uppfoljning"
    OTHER = "other"


class ContentPart(enum.StrEnum):
    """Parts a deliverable is stated to contain; the first four are those of 4 §."""

    EXTENT = "extent"  # 4 § 1 p: kartläggning av brottslighetens omfattning
    CONSEQUENCES = "consequences"  # 4 § 1 p: ... och konsekvenser
    OTHER_INFORMATION = "other_information"  # 4 § 2 p
    ANALYSIS = "analysis"  # 4 § 3 p
    CAUSE_ANALYSIS = "cause_analysis"  # Brå: orsaksanalys
    INSECURITY = "insecurity"  # upplevd otrygghet
    MEASURES = "measures"
    FOLLOW_UP = "follow_up"
    CONCLUSIONS = "conclusions"
    CAMERA_SURVEILLANCE = "camera_surveillance"


class DocumentKind(enum.StrEnum):
    PLAN = "plan"
    POLICY = "policy"
    RIKTLINJE = "riktlinje"
    PROGRAM = "program"
    STRATEGI = "strategi"
    REGLER = "regler"
    HANDLINGSPROGRAM = "handlingsprogram"
    AGREEMENT = "agreement"
    OTHER = "other"


class Task12(enum.StrEnum):
    """The tasks of the coordination function in 12 §."""

    COORDINATE_SUPPORT = "coordinate_support"  # 1 p
    CONTACT_POINT = "contact_point"  # 2 p
    INFORM_PUBLIC = "inform_public"  # 3 p


class EvidenceKind(enum.StrEnum):
    """What a dated evidence record attests."""

    MEETING_HELD = "meeting_held"
    ADOPTED = "adopted"  # a deliverable or document decided/adopted
    DELIVERED = "delivered"  # a deliverable produced/updated or reported to a body
    FOLLOWED_UP = "followed_up"
    SIGNED = "signed"
    REPORTED = "reported"  # a report from the leading body to the assembly (13 §)
    DIALOGUE_HELD = "dialogue_held"
    PUBLISHED = "published"
    REVIEWED = "reviewed"


class Strength(enum.StrEnum):
    """How binding a rule is: a missed "ska" is a breach, the rest are warnings."""

    MUST = "must"
    BEST_EFFORT = "best_effort"  # "verka för"
    QUALIFIED = "qualified"  # "i den utsträckning som det är lämpligt"
    GOOD_PRACTICE = "good_practice"  # Brå guidance


class DataFormat(enum.StrEnum):
    """The file formats a ``[[datasets]]`` entry can be read from."""

    KOLADA = "kolada"  # Kolada API v3 JSON, as `kbfa data fetch kolada` writes it or a page
    JSONSTAT = "jsonstat"  # JSON-stat 2.0, e.g. SCB's PxWeb API (population)
    TABLE = "table"  # a CSV or XLSX export through a declared column mapping
    EST = "est"  # the municipality's own EST weekly reports (CSV or XLSX), summed per tertial


class Unit(enum.StrEnum):
    """What the values of a dataset or an indicator count."""

    COUNT = "count"  # antal
    PER_100000 = "per_100000"  # per 100 000 invånare
    PER_1000 = "per_1000"  # per 1 000 invånare
    PERCENT = "percent"  # procent, andel
    INDEX = "index"  # ett index eller medelbetyg, t.ex. i en trygghetsmätning
    SEK = "sek"  # kronor


class Direction(enum.StrEnum):
    """Which way an indicator is better: fewer crimes (lower) or more trust (higher)."""

    LOWER = "lower"
    HIGHER = "higher"


class IndicatorPart(enum.StrEnum):
    """Where in the lägesbild (4 §) an indicator belongs; its values are ContentPart's."""

    EXTENT = "extent"  # 4 § 1 p: brottslighetens omfattning (the default)
    CONSEQUENCES = "consequences"  # 4 § 1 p: konsekvenser, e.g. otrygghet from a survey
    OTHER_INFORMATION = "other_information"  # 4 § 2 p: annan information av betydelse


class Gender(enum.StrEnum):
    """Kolada's gender split of a value: T total, K women (kvinnor), M men (män)."""

    TOTAL = "T"
    WOMEN = "K"
    MEN = "M"


class Territory(enum.StrEnum):
    """How much of the municipality's geographic area something concerns (4 §)."""

    WHOLE = "whole"  # kommunens hela geografiska område
    LIMITED = "limited"  # a part of the area, or only some kinds of places (e.g. offentlig miljö)


class CameraPlace(enum.StrEnum):
    """Where camera surveillance may be used, in the terms of 14 § and kamerabevakningslagen."""

    PUBLIC = "public"  # platser dit allmänheten har tillträde (14 §)
    NOT_PUBLIC = "not_public"  # platser och lokaler dit allmänheten inte har tillträde
