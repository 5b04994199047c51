"""Swedish and English labels for the model's vocabularies and for cadences.

One place, so the text summary, the check, the Word documents and the calendar
all call a steering group "styrgrupp" and a tertial "tertial".
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

from kbfa.i18n import Catalogue, Lang, render
from kbfa.model import (
    BodyKind,
    Cadence,
    CameraPlace,
    ContentPart,
    DataFormat,
    DeliverableKind,
    Direction,
    DocumentKind,
    EvidenceKind,
    IndicatorPart,
    MeetingForm,
    OrganisationKind,
    Participation,
    PartnerCategory,
    Per,
    Period,
    Season,
    Strength,
    Task12,
    Territory,
    Unit,
    Window,
)

__all__ = ["cadence_text", "cadences_text", "label", "number_text", "period_text", "term_text"]

_PAIRS: tuple[tuple[enum.Enum, tuple[str, str]], ...] = (
    (OrganisationKind.KOMMUN, ("kommun", "municipality")),
    (OrganisationKind.REGION, ("region", "region")),
    (OrganisationKind.POLICE, ("polis", "police")),
    (OrganisationKind.MUNICIPAL_COMPANY, ("kommunalt bolag", "municipal company")),
    (OrganisationKind.MUNICIPAL_ASSOCIATION, ("kommunalförbund", "municipal association")),
    (OrganisationKind.JOINT_COMMITTEE, ("gemensam nämnd", "joint committee")),
    (OrganisationKind.COMPANY, ("företag", "company")),
    (OrganisationKind.AUTHORITY, ("myndighet", "public authority")),
    (OrganisationKind.COUNTY_BOARD, ("länsstyrelse", "county administrative board")),
    (OrganisationKind.ASSOCIATION, ("förening", "association")),
    (OrganisationKind.NONPROFIT, ("ideell organisation", "non-profit organisation")),
    (OrganisationKind.RELIGIOUS, ("trossamfund", "religious community")),
    (OrganisationKind.OTHER, ("annan", "other")),
    (PartnerCategory.POLICE, ("polis", "police")),
    (PartnerCategory.TRADE, ("handel", "retail trade")),
    (PartnerCategory.INDUSTRY, ("industri", "industry")),
    (PartnerCategory.BUSINESS, ("näringsliv", "business")),
    (PartnerCategory.HOUSING, ("bostadsbolag", "housing companies")),
    (PartnerCategory.PROPERTY_OWNER, ("fastighetsägare", "property owners")),
    (PartnerCategory.ASSOCIATION, ("föreningar", "associations")),
    (PartnerCategory.NONPROFIT, ("ideella organisationer", "non-profit organisations")),
    (PartnerCategory.AUTHORITY, ("myndigheter", "public authorities")),
    (PartnerCategory.NEIGHBOURING_MUNICIPALITY, ("grannkommuner", "neighbouring municipalities")),
    (PartnerCategory.COUNTY_BOARD, ("länsstyrelse", "county administrative board")),
    (PartnerCategory.SECURITY_COMPANY, ("vaktbolag", "security companies")),
    (PartnerCategory.MUNICIPAL_COMPANY, ("kommunala bolag", "municipal companies")),
    (PartnerCategory.RESCUE_SERVICES, ("räddningstjänst", "rescue services")),
    (PartnerCategory.TOURISM, ("besöksnäring", "tourism")),
    (PartnerCategory.REGION, ("region", "region")),
    (PartnerCategory.SCHOOL, ("skola", "schools")),
    (PartnerCategory.RELIGIOUS, ("trossamfund", "religious communities")),
    (PartnerCategory.RESIDENTS, ("medborgare", "residents")),
    (PartnerCategory.MUNICIPAL_SERVICES, ("kommunal verksamhet", "municipal services")),
    (PartnerCategory.OTHER, ("övriga", "others")),
    (BodyKind.ASSEMBLY, ("fullmäktige", "assembly")),
    (BodyKind.EXECUTIVE_BOARD, ("styrelse", "executive board")),
    (BodyKind.COMMITTEE, ("nämnd", "committee")),
    (BodyKind.PRESIDIUM, ("presidium", "presidium")),
    (BodyKind.MANAGEMENT_GROUP, ("ledningsgrupp", "management group")),
    (BodyKind.STRATEGIC_COUNCIL, ("strategiskt råd", "strategic council")),
    (BodyKind.STEERING_GROUP, ("styrgrupp", "steering group")),
    (BodyKind.PREPARATORY_GROUP, ("beredningsgrupp", "preparatory group")),
    (BodyKind.WORKING_GROUP, ("arbetsgrupp", "working group")),
    (BodyKind.OPERATIONAL_FORUM, ("operativt forum", "operational forum")),
    (BodyKind.REFERENCE_GROUP, ("referensgrupp", "reference group")),
    (BodyKind.THEME_GROUP, ("temagrupp", "theme group")),
    (BodyKind.UNIT, ("enhet", "unit")),
    (BodyKind.OTHER, ("annat organ", "other body")),
    (Participation.MEMBER, ("ledamot", "member")),
    (Participation.OFFERED, ("erbjuden plats", "seat offered")),
    (Participation.AS_NEEDED, ("vid behov", "as needed")),
    (Participation.ATTENDS, ("deltar utan att vara ledamot", "attends, not a member")),
    (MeetingForm.PHYSICAL, ("fysiskt", "in person")),
    (MeetingForm.DIGITAL, ("digitalt", "online")),
    (MeetingForm.HYBRID, ("fysiskt och digitalt", "hybrid")),
    (Per.WEEK, ("vecka", "week")),
    (Per.MONTH, ("månad", "month")),
    (Per.QUARTER, ("kvartal", "quarter")),
    (Per.TERTIAL, ("tertial", "four-month period")),
    (Per.HALF_YEAR, ("halvår", "half-year")),
    (Per.YEAR, ("år", "year")),
    (Per.MANDATE_PERIOD, ("mandatperiod", "mandate period")),
    (Season.SPRING, ("våren", "spring")),
    (Season.AUTUMN, ("hösten", "autumn")),
    (Window.SPRING, ("våren (jan–jun)", "spring (Jan–Jun)")),
    (Window.AUTUMN, ("hösten (jul–dec)", "autumn (Jul–Dec)")),
    (Window.TERTIAL_1, ("tertial 1 (jan–apr)", "first tertial (Jan–Apr)")),
    (Window.TERTIAL_2, ("tertial 2 (maj–aug)", "second tertial (May–Aug)")),
    (Window.TERTIAL_3, ("tertial 3 (sep–dec)", "third tertial (Sep–Dec)")),
    (Window.QUARTER_1, ("kvartal 1", "first quarter")),
    (Window.QUARTER_2, ("kvartal 2", "second quarter")),
    (Window.QUARTER_3, ("kvartal 3", "third quarter")),
    (Window.QUARTER_4, ("kvartal 4", "fourth quarter")),
    (Window.YEAR_END, ("årets slut (december)", "year end (December)")),
    (DeliverableKind.LAGESBILD, ("lägesbild", "situation report (lägesbild)")),
    (DeliverableKind.ORSAKSANALYS, ("orsaksanalys", "cause analysis")),
    (DeliverableKind.LAGESRAPPORT, ("lägesrapport", "status report")),
    (DeliverableKind.ATGARDSPLAN, ("åtgärdsplan", "action plan (åtgärdsplan)")),
    (DeliverableKind.ARSANALYS, ("årsanalys", "annual analysis")),
    (DeliverableKind.TRYGGHETSBOKSLUT, ("trygghetsbokslut", "annual safety account")),
    (DeliverableKind.UPPFOLJNING, ("uppföljning", "follow-up")),
    (DeliverableKind.OTHER, ("annan leverans", "other deliverable")),
    (ContentPart.EXTENT, ("brottslighetens omfattning", "extent of crime")),
    (ContentPart.CONSEQUENCES, ("brottslighetens konsekvenser", "consequences of crime")),
    (
        ContentPart.OTHER_INFORMATION,
        ("annan information av betydelse", "other relevant information"),
    ),
    (ContentPart.ANALYSIS, ("analys", "analysis")),
    (ContentPart.CAUSE_ANALYSIS, ("orsaksanalys", "cause analysis")),
    (ContentPart.INSECURITY, ("upplevd otrygghet", "perceived insecurity")),
    (ContentPart.MEASURES, ("åtgärder", "measures")),
    (ContentPart.FOLLOW_UP, ("uppföljning", "follow-up")),
    (ContentPart.CONCLUSIONS, ("slutsatser", "conclusions")),
    (ContentPart.CAMERA_SURVEILLANCE, ("kamerabevakning", "camera surveillance")),
    (DocumentKind.PLAN, ("plan", "plan")),
    (DocumentKind.POLICY, ("policy", "policy")),
    (DocumentKind.RIKTLINJE, ("riktlinje", "guideline")),
    (DocumentKind.PROGRAM, ("program", "programme")),
    (DocumentKind.STRATEGI, ("strategi", "strategy")),
    (DocumentKind.REGLER, ("regler", "rules")),
    (DocumentKind.HANDLINGSPROGRAM, ("handlingsprogram", "action programme")),
    (DocumentKind.AGREEMENT, ("överenskommelse", "agreement")),
    (DocumentKind.OTHER, ("annat dokument", "other document")),
    (
        Task12.COORDINATE_SUPPORT,
        (
            "samordna och stödja genomförandet av arbetet (12 § 1 p.)",
            "coordinate and support the work (s. 12(1))",
        ),
    ),
    (
        Task12.CONTACT_POINT,
        (
            "vara kommunens kontaktpunkt för externa aktörer (12 § 2 p.)",
            "be the contact point for external actors (s. 12(2))",
        ),
    ),
    (
        Task12.INFORM_PUBLIC,
        (
            "bidra till att information sprids till invånarna (12 § 3 p.)",
            "help spread information to residents (s. 12(3))",
        ),
    ),
    (Territory.WHOLE, ("hela kommunens geografiska område", "the whole municipal area")),
    (
        Territory.LIMITED,
        (
            "en del av området eller vissa slags platser",
            "a part of the area or some kinds of places",
        ),
    ),
    (CameraPlace.PUBLIC, ("platser dit allmänheten har tillträde", "places open to the public")),
    (
        CameraPlace.NOT_PUBLIC,
        (
            "platser och lokaler dit allmänheten inte har tillträde",
            "places and premises not open to the public",
        ),
    ),
    (EvidenceKind.MEETING_HELD, ("möte hållet", "meeting held")),
    (EvidenceKind.ADOPTED, ("beslutad/antagen", "adopted")),
    (EvidenceKind.DELIVERED, ("levererad/redovisad", "delivered")),
    (EvidenceKind.FOLLOWED_UP, ("uppföljd", "followed up")),
    (EvidenceKind.SIGNED, ("undertecknad", "signed")),
    (EvidenceKind.REPORTED, ("rapporterad till fullmäktige", "reported to the assembly")),
    (EvidenceKind.DIALOGUE_HELD, ("medborgardialog hållen", "citizen dialogue held")),
    (EvidenceKind.PUBLISHED, ("publicerad", "published")),
    (EvidenceKind.REVIEWED, ("översedd", "reviewed")),
    (Strength.MUST, ("ska (brist om det saknas)", "must (a breach when missed)")),
    (Strength.BEST_EFFORT, ("verka för (varning)", "work towards (warning)")),
    (
        Strength.QUALIFIED,
        ("i den utsträckning det är lämpligt (varning)", "to the extent suitable (warning)"),
    ),
    (Strength.GOOD_PRACTICE, ("god praxis enligt Brå (varning)", "Brå good practice (warning)")),
    (Unit.COUNT, ("antal", "number")),
    (Unit.PER_100000, ("per 100 000 invånare", "per 100,000 inhabitants")),
    (Unit.PER_1000, ("per 1 000 invånare", "per 1,000 inhabitants")),
    (Unit.PERCENT, ("procent", "per cent")),
    (Unit.INDEX, ("index", "index")),
    (Unit.SEK, ("kronor", "SEK")),
    (IndicatorPart.EXTENT, ("brottslighetens omfattning", "extent of crime")),
    (IndicatorPart.CONSEQUENCES, ("brottslighetens konsekvenser", "consequences of crime")),
    (
        IndicatorPart.OTHER_INFORMATION,
        ("annan information av betydelse", "other relevant information"),
    ),
    (Direction.LOWER, ("lägre är bättre", "lower is better")),
    (Direction.HIGHER, ("högre är bättre", "higher is better")),
    (DataFormat.KOLADA, ("Kolada (API v3)", "Kolada (API v3)")),
    (DataFormat.JSONSTAT, ("JSON-stat 2.0", "JSON-stat 2.0")),
    (DataFormat.TABLE, ("tabell (CSV/XLSX)", "table (CSV/XLSX)")),
    (DataFormat.EST, ("EST-veckorapporter", "EST weekly reports")),
)
# Keyed by (type, value): StrEnums of different vocabularies compare equal when
# their values do (Season.SPRING == Window.SPRING), so the type must be part of the key.
_LABELS: dict[tuple[type, str], tuple[str, str]] = {(type(k), k.value): v for k, v in _PAIRS}


def label(value: enum.Enum, lang: Lang = "sv") -> str:
    """The reader's word for a vocabulary value."""
    sv, en = _LABELS.get((type(value), value.value), (str(value.value), str(value.value)))
    return sv if lang == "sv" else en


def number_text(value: float, lang: Lang = "sv", decimals: int | None = None) -> str:
    """A number as a reader writes it: "1 234,5" in Swedish, "1,234.5" in English.

    Whole numbers have no decimals; others get ``decimals`` (one by default), which is
    what statistics per 100 000 inhabitants and percentages are shown with.
    """
    if decimals is None:
        decimals = 0 if float(value).is_integer() else 1
    text = f"{value:,.{decimals}f}"
    if lang == "sv":
        # A no-break space keeps "1 234" on one line (fonts lack the narrow one, U+202F).
        text = text.replace(",", "\u00a0").replace(".", ",").replace("-", "−")
    return text


_TIMES_SV = {1: "en gång", 2: "två gånger", 3: "tre gånger", 4: "fyra gånger"}
_TIMES_EN = {1: "once", 2: "twice", 3: "three times", 4: "four times"}
_PER_SV = {
    Per.WEEK: "per vecka",
    Per.MONTH: "per månad",
    Per.QUARTER: "per kvartal",
    Per.TERTIAL: "per tertial",
    Per.HALF_YEAR: "per halvår",
    Per.YEAR: "per år",
    Per.MANDATE_PERIOD: "per mandatperiod",
}
_EVERY_SV = {
    Per.WEEK: "veckor",
    Per.MONTH: "månader",
    Per.QUARTER: "kvartal",
    Per.TERTIAL: "tertial",
    Per.HALF_YEAR: "halvår",
    Per.YEAR: "år",
    Per.MANDATE_PERIOD: "mandatperioder",
}


_MONTH_NAMES: dict[Lang, tuple[str, ...]] = {
    "sv": (
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}
_PER_MONTHS = {Per.MONTH: 1, Per.QUARTER: 3, Per.TERTIAL: 4, Per.HALF_YEAR: 6, Per.YEAR: 12}


def _start_text(c: Cadence, lang: Lang) -> str:
    """Where the counted periods begin: "(december–februari, mars–maj, ...)", "udda veckor"."""
    if c.start_week is not None:
        if c.interval == 2 and c.start_week in (1, 2):
            odd = c.start_week == 1
            if lang == "sv":
                return "udda veckor" if odd else "jämna veckor"
            return "odd-numbered weeks" if odd else "even-numbered weeks"
        return f"från vecka {c.start_week}" if lang == "sv" else f"from week {c.start_week}"
    if c.start_month is None or c.per not in _PER_MONTHS:
        return ""
    names = _MONTH_NAMES[lang]
    length = _PER_MONTHS[c.per] * (c.interval if c.per is not Per.YEAR else 1)
    if length < 3 or 12 % length:
        start = names[c.start_month - 1]
        return f"räknat från {start}" if lang == "sv" else f"counted from {start}"
    spans = [
        f"{names[(c.start_month - 1 + k) % 12]}–{names[(c.start_month - 2 + k + length) % 12]}"
        for k in range(0, 12, length)
    ]
    return "(" + ", ".join(spans) + ")"


def cadence_text(c: Cadence, lang: Lang = "sv", *, full: bool = False) -> str:
    """A cadence in plain words: "två gånger per år (en på våren, en på hösten), 30 minuter".

    ``full`` adds what a listing of the item's rhythms needs: the cadence's own
    ``title`` before it and its ``note`` after it.
    """
    text = _cadence_words(c, lang)
    start = _start_text(c, lang)
    if start:
        text += (" " if start.startswith("(") else ", ") + start
    if c.duration_minutes:
        unit = "minuter" if lang == "sv" else "minutes"
        text += f", {c.duration_minutes} {unit}"
    if c.dates:
        text += ", " + ", ".join(d.isoformat() for d in c.dates)
    if full and c.title:
        text = f"{c.title}: {text}"
    if full and c.note:
        text += f" ({c.note})"
    return text


def _cadence_words(c: Cadence, lang: Lang) -> str:
    if lang == "sv":
        times = _TIMES_SV.get(c.times, f"{c.times} gånger")
        if c.interval == 2 and c.per is Per.YEAR:
            per = "vartannat år"
        elif c.interval > 1:
            per = f"per {c.interval} {_EVERY_SV[c.per]}"
        else:
            per = _PER_SV[c.per]
        text = ("minst " if c.minimum else "") + f"{times} {per}"
        if c.seasons:
            parts = [f"{s.times} på {label(s.season)}" for s in c.seasons]
            text += " (" + ", ".join(parts) + ")"
        if c.window:
            text += f", {label(c.window)}"
        return text
    times = _TIMES_EN.get(c.times, f"{c.times} times")
    per = (
        f"every {c.interval} {label(c.per, 'en')}s" if c.interval > 1 else f"a {label(c.per, 'en')}"
    )
    text = ("at least " if c.minimum else "") + f"{times} {per}"
    if c.seasons:
        text += " (" + ", ".join(f"{s.times} in {label(s.season, 'en')}" for s in c.seasons) + ")"
    if c.window:
        text += f", {label(c.window, 'en')}"
    return text


def cadences_text(cs: Iterable[Cadence], lang: Lang = "sv") -> str:
    """Several cadences of one thing, each with its title and note:
    "Veckolägesbild: en gång per vecka; Tertiallägesbild: en gång per tertial"."""
    return "; ".join(cadence_text(c, lang, full=True) for c in cs)


_PERIOD: Catalogue = {
    "from": {"sv": "från {start}", "en": "from {start}"},
    "until": {"sv": "till och med {end}", "en": "until {end}"},
    "open_ended": {"sv": "tills vidare", "en": "until further notice"},
    "rolling": {"sv": "löper i {n}-årsperioder", "en": "runs in {n}-year periods"},
    "rolling_months": {
        "sv": "löper i {n}-månadersperioder",
        "en": "runs in {n}-month periods",
    },
    "mandate_period": {
        "sv": "en mandatperiod i taget (till den 14 oktober valåret)",
        "en": "one mandate period at a time (until 14 October of the election year)",
    },
}


def period_text(p: Period, lang: Lang = "sv") -> str:
    """A period in words: "2020-01-01 – 2023-12-31", "från 2024-04-30, tills vidare".

    Empty when the period states nothing; the caller decides what to say then.
    """
    parts: list[str] = []
    if p.start and p.end:
        parts.append(f"{p.start.isoformat()} – {p.end.isoformat()}")
    elif p.start:
        parts.append(render(_PERIOD, "from", lang, start=p.start.isoformat()))
    elif p.end:
        parts.append(render(_PERIOD, "until", lang, end=p.end.isoformat()))
    if p.open_ended:
        parts.append(render(_PERIOD, "open_ended", lang))
    if p.length_years:
        parts.append(render(_PERIOD, "rolling", lang, n=p.length_years))
    if p.length_months:
        parts.append(render(_PERIOD, "rolling_months", lang, n=p.length_months))
    if p.mandate_period:
        parts.append(render(_PERIOD, "mandate_period", lang))
    return ", ".join(parts)


def term_text(p: Period, lang: Lang = "sv") -> str:
    """How long one term of a rolling period is: "2 år", "3 månader", "en mandatperiod"."""
    if p.length_months:
        unit = ("månad", "månader") if lang == "sv" else ("month", "months")
        return f"{p.length_months} {unit[p.length_months != 1]}"
    if p.length_years:
        unit = ("år", "år") if lang == "sv" else ("year", "years")
        return f"{p.length_years} {unit[p.length_years != 1]}"
    if p.mandate_period:
        return "en mandatperiod" if lang == "sv" else "one mandate period"
    return ""
