"""The Swedish words for the config's keys and values, for hints in the user's own words.

A coordinator who writes ``ordforande = "kso"`` means ``chair``; ``kind = "gemensam
nämnd"`` means ``"joint_committee"``. The first word of each key is its Swedish label: the
JSON Schema shows it as the key's ``title`` and the configuration reference lists it, so
the words a user sees in the editor are the words the "menade du" hints understand.
Values take their words from :func:`kbfa.i18n.terms.label` plus the synonyms below.

Keys are ``"Class.field"`` where a field name means different things in different tables,
otherwise the bare field name (``"note"``). Words are written as a Swedish reader would;
they are compared folded (:func:`fold`): lower case, å/ä → a, ö → o, and spaces, hyphens
and underscores alike.
"""

from __future__ import annotations

import enum
import unicodedata

from kbfa.model import (
    BodyKind,
    DeliverableKind,
    DocumentKind,
    OrganisationKind,
    Participation,
    PartnerCategory,
    Per,
)

__all__ = ["FIELD_WORDS", "VALUE_WORDS", "fold", "key_label", "key_words"]

#: Swedish words per field name, the first being the label shown in the schema and docs.
FIELD_WORDS: dict[str, tuple[str, ...]] = {
    # -- Governance: the top-level tables ---------------------------------------------
    "municipality": ("kommun", "kommunen"),
    "format_version": ("formatversion", "version"),
    "steering_document": ("styrdokument",),
    "documents": ("fler styrdokument", "dokument", "styrdokumenten"),
    "organisations": ("organisationer", "samverkansparter", "parter"),
    "roles": ("roller", "befattningar"),
    "bodies": ("organ", "grupper", "råd"),
    "leadership": ("ledning", "ledningen"),
    "coordination": ("samordningsfunktion", "samordning"),
    "deliverables": ("leveranser",),
    "agreements": ("överenskommelser", "samverkansöverenskommelser", "avtal"),
    "citizen_promises": ("medborgarlöften",),
    "citizen_dialogues": ("medborgardialoger", "medborgardialog"),
    "camera_surveillance": ("kamerabevakning",),
    "requirements": ("krav", "egna krav", "regler"),
    "problems": ("problem",),
    "causes": ("orsaker",),
    "measures": ("åtgärder",),
    "indicators": ("indikatorer",),
    "evidence": ("belägg",),
    "waivers": ("undantag",),
    "explanations": ("förklaringar", "kommunens förklaringar"),
    "unknowns": ("okända uppgifter", "okänt", "okända"),
    "settings": ("inställningar",),
    # -- names and texts -----------------------------------------------------------------
    "id": ("id",),
    "name": ("namn", "benämning"),
    "title": ("titel", "rubrik", "namn"),
    "kind": ("typ", "slag", "sort"),
    "note": ("anmärkning", "notering", "kommentar"),
    "description": ("beskrivning",),
    "purpose": ("syfte", "uppdrag"),
    "purposes": ("syften",),
    "tasks": ("uppgifter",),
    "text": ("text", "lydelse"),
    "source": ("källa", "rubrik i dokumentet"),
    "organisation": ("organisation",),
    "kommunkod": ("kommunkod",),
    "lan": ("län",),
    "police_area": ("lokalpolisområde", "polisområde"),
    # -- documents and decisions ------------------------------------------------------------
    "decision": ("beslut",),
    "revisions": ("revideringar", "revisioner"),
    "versions": ("versioner", "utgåvor"),
    "version": ("version", "utgåva"),
    "document": ("dokument", "styrdokument"),
    "diarienummer": ("diarienummer", "dnr"),
    "validity": ("giltighet", "giltighetstid"),
    "review_date": ("revideringsdatum", "aktualitetsprövning"),
    "review_after_years": ("revideras efter år",),
    "owner": ("ägare", "dokumentägare"),
    "owner_role": ("ägarroll", "dokumentansvarig"),
    "responsible_body": ("ansvarigt organ",),
    "applies_to": ("gäller för",),
    "parties": ("parter",),
    "related": ("relaterade dokument",),
    "paragraph": ("paragraf",),
    "date": ("datum",),
    "period": ("period", "giltighetsperiod"),
    "start": ("start", "från", "startdatum"),
    "end": ("slut", "till", "slutdatum"),
    "open_ended": ("tills vidare",),
    "length_years": ("längd i år",),
    "length_months": ("längd i månader",),
    "mandate_period": ("mandatperiod",),
    # -- organisations and roles -----------------------------------------------------------
    "categories": ("kategorier",),
    "hosted_by": ("värdkommun", "värd", "värdorganisation"),
    "member": ("medlem", "kommunen är medlem", "part i nämnden"),
    "shared_with": ("delas med", "delad tjänst", "gemensam tjänst"),
    "unit": ("enhet", "förvaltning"),
    "senior": ("ledande befattning", "ledande"),
    "collective": ("kollektiv",),
    "role": ("roll", "befattning"),
    "participation": ("deltagande",),
    "substitute": ("ersättare",),
    # -- bodies -------------------------------------------------------------------------
    "members": ("ledamöter", "medlemmar", "deltagare", "sammansättning"),
    "members_note": ("anmärkning om sammansättningen",),
    "chair": ("ordförande", "ordf"),
    "chair_appointed_by": ("ordförande utses av",),
    "vice_chair": ("vice ordförande", "vice ordf", "viceordförande"),
    "vice_chair_appointed_by": ("vice ordförande utses av",),
    "secretary": ("sekreterare",),
    "secretary_appointed_by": ("sekreterare utses av",),
    "convener": ("sammankallande",),
    "convener_appointed_by": ("sammankallande utses av",),
    "led_by": ("leds av",),
    "cadence": ("takt", "mötestakt", "frekvens", "hur ofta"),
    "meeting_form": ("mötesform",),
    "places": ("platser", "mötesplatser", "plats"),
    "meeting_tool": ("mötesverktyg",),
    "permanent": ("permanent", "stående"),
    "any_number": ("hur många som helst",),
    "created_by": ("tillsätts av",),
    "created_per": ("en grupp per",),
    "supports": ("stödjer", "stöder"),
    "reports_to": ("rapporterar till",),
    # -- leadership, coordination ------------------------------------------------------------
    "body": ("organ",),
    "assembly": ("fullmäktige", "kommunfullmäktige"),
    "kf_decision": ("fullmäktigebeslut", "kf-beslut"),
    "reporting": ("rapportering",),
    "held_by": ("innehas av", "samordnare"),
    "placement": ("placering",),
    # -- deliverables -------------------------------------------------------------------
    "produced_by": ("tas fram av", "ansvarig"),
    "recipients": ("mottagare", "redovisas för"),
    "decided_by": ("beslutas av",),
    "anchored_in": ("förankras i",),
    "based_on": ("bygger på", "underlag"),
    "covers": ("omfattar", "innehåller"),
    "contents": ("innehåll",),
    "sources": ("källor", "underlag från"),
    "source_categories": ("källkategorier",),
    "scope": ("omfattning", "geografiskt område"),
    "integrates_with": ("integreras med", "samordnas med"),
    "territory": ("geografisk avgränsning", "avgränsning"),
    # -- agreements, promises, dialogues, cameras ------------------------------------------
    "governs": ("reglerar",),
    "written": ("skriftlig",),
    "areas": ("områden",),
    "signatories": ("undertecknare", "undertecknas av"),
    "commitments": ("åtaganden", "löften", "vi lovar"),
    "party": ("part", "vem som lovar"),
    "proposed": ("förslag", "föreslagen", "föreslås av"),
    "adopted": ("antagen", "antogs", "beslut om antagande"),
    "placement_role": ("roll i strukturen",),
    "renewal": ("förnyelse", "förnyas"),
    "follow_up": ("uppföljning", "följs upp"),
    "followed_up_by": ("följs upp av",),
    "since": ("sedan år", "sedan"),
    "method": ("metod",),
    "feeds": ("ger underlag till",),
    "principles": ("principer",),
    "legal_framework": ("regelverk", "lagstöd"),
    "follow_up_in": ("följs upp i",),
    # -- requirements ----------------------------------------------------------------------
    "target": ("gäller", "mål"),
    "to": ("till", "mottagare"),
    "organisation_kinds": ("organisationstyper",),
    "fields": ("fält", "uppgifter som ska anges"),
    "by": ("av", "utförs av"),
    "evidence_kind": ("typ av belägg",),
    "strength": ("styrka",),
    # -- the content chain -------------------------------------------------------------------
    "identified_in": ("identifierat i",),
    "prioritised": ("prioriterat",),
    "perspective": ("perspektiv",),
    "operative_goal": ("operativt mål", "mål"),
    "due": ("klart senast", "slutdatum"),
    "when": ("när", "tidpunkt"),
    "status": ("status", "läge"),
    "one_off": ("engångsåtgärd",),
    "plan": ("åtgärdsplan", "plan"),
    "baseline": ("utgångsläge", "nuläge"),
    # -- indicators and data sets ----------------------------------------------------------
    "datasets": ("dataset", "datakällor", "statistik"),
    "better": ("bättre", "riktning"),
    "part": ("del", "del av lägesbilden"),
    "data": ("data", "dataserie"),
    "denominator": ("nämnare", "per invånare"),
    "format": ("format", "filformat"),
    "file": ("fil",),
    "retrieved": ("hämtad",),
    "url": ("adress", "länk", "webbadress"),
    "attribution": ("upphov", "källhänvisning"),
    "limits": ("begränsningar",),
    "area": ("område", "områdeskod"),
    "sheet": ("blad", "flik"),
    "mapping": ("kolumner",),
    "year": ("år",),
    "value": ("värde",),
    "dataset": ("dataset", "datakälla"),
    "series": ("serie", "nyckeltal"),
    "gender": ("kön",),
    "place": ("plats",),
    "code": ("kod",),
    # -- evidence, waivers, settings --------------------------------------------------------
    "subject": ("gäller", "avser"),
    "reference": ("referens", "protokoll", "hänvisning"),
    "key": ("nyckel", "uppgift"),
    "rule": ("regel", "regelkod"),
    "justification": ("motivering", "skäl"),
    "expires": ("upphör", "gäller till"),
    "cycle_months": ("cykel i månader",),
    "report_interval_months": ("rapportintervall i månader",),
    # -- cadences --------------------------------------------------------------------------
    "times": ("gånger", "antal", "antal gånger"),
    "per": ("per", "period"),
    "interval": ("intervall", "antal perioder"),
    "minimum": ("minst",),
    "seasons": ("årstider", "säsonger"),
    "season": ("årstid", "säsong"),
    "window": ("tidsfönster", "tid på året"),
    "start_month": ("startmånad", "från månad", "månad"),
    "start_week": ("startvecka", "från vecka", "vecka"),
    "duration_minutes": ("längd i minuter", "mötestid", "minuter"),
    "dates": ("datum", "fasta datum"),
    "continuous": ("kontinuerligt", "fortlöpande"),
}

#: Where a field name means something else in one table than elsewhere.
_CLASS_WORDS: dict[str, tuple[str, ...]] = {
    "Municipality.name": ("namn", "kommunens namn"),
    "Municipality.organisation": ("organisation", "egen organisation"),
    "Role.title": ("titel", "befattning", "benämning"),
    "Organisation.collective": ("kategori av parter", "grupp av aktörer", "kollektiv"),
    "CitizenPromise.measures": ("åtgärder", "genomför åtgärder"),
    "CitizenPromise.problems": ("problem", "tar sig an problem"),
    "Commitment.text": ("text", "åtagande", "löfte"),
    "Unknown.note": ("anmärkning", "varför okänd", "förklaring"),
    "Requirement.target": ("gäller", "avser"),
    "Requirement.roles": ("roller", "undertecknare"),
    "Requirement.source": ("källa", "rubrik"),
    "Indicator.target": ("målvärde", "mål"),
    "Measure.owner": ("ansvarig", "ägare"),
    "Measure.follow_up": ("uppföljning",),
    "Measure.causes": ("orsaker",),
    "Leadership.body": ("organ", "ledande organ", "ledande nämnd"),
    "CoordinationFunction.body": ("organ", "enhet"),
    "Decision.body": ("organ", "beslutande organ"),
    "Evidence.to": ("till", "redovisat för"),
    "Reporting.to": ("till", "mottagare"),
    "CitizenPromise.based_on": ("bygger på", "underlag"),
    "Cadence.title": ("titel", "rubrik", "benämning"),
    "Indicator.unit": ("enhet", "måttenhet"),
    "Dataset.unit": ("enhet", "måttenhet"),
    "ColumnMapping.unit": ("enhet", "måttenhet"),
    "Indicator.source": ("källa",),
    "Dataset.source": ("källa", "utgivare"),
    "Dataset.areas": ("områdesnamn",),
    "Dataset.title": ("titel", "namn"),
    "ColumnMapping.period": ("period", "tidsperiod"),
}

#: Swedish words for vocabulary values beyond their labels: what documents also call them.
VALUE_WORDS: dict[enum.Enum, tuple[str, ...]] = {
    OrganisationKind.KOMMUN: ("kommunen",),
    OrganisationKind.MUNICIPAL_ASSOCIATION: ("förbund",),
    OrganisationKind.JOINT_COMMITTEE: ("gemensam nämnd", "gemensamma nämnden"),
    OrganisationKind.POLICE: ("polisen", "polismyndigheten", "lokalpolisområde"),
    OrganisationKind.COUNTY_BOARD: ("länsstyrelsen",),
    OrganisationKind.REGION: ("regionen",),
    OrganisationKind.COMPANY: ("bolag", "näringsliv"),
    OrganisationKind.AUTHORITY: ("myndigheten",),
    BodyKind.ASSEMBLY: ("kommunfullmäktige", "regionfullmäktige", "kf"),
    BodyKind.EXECUTIVE_BOARD: ("kommunstyrelse", "kommunstyrelsen", "regionstyrelse", "ks"),
    BodyKind.COMMITTEE: ("gemensam nämnd", "utskott"),
    BodyKind.STRATEGIC_COUNCIL: ("brottsförebyggande råd", "trygghetsråd", "lokalt brå"),
    BodyKind.OPERATIONAL_FORUM: ("est", "operativ grupp", "operativt forum"),
    BodyKind.PREPARATORY_GROUP: ("beredning",),
    BodyKind.UNIT: ("förvaltning", "avdelning"),
    Participation.MEMBER: ("medlem", "ordinarie"),
    Participation.OFFERED: ("erbjuden",),
    Participation.AS_NEEDED: ("vid behov", "adjungerad"),
    Participation.ATTENDS: ("deltar från förvaltningen", "närvarande", "deltar", "tjänsteperson"),
    PartnerCategory.HOUSING: ("bostadsbolag", "fastighetsbolag"),
    PartnerCategory.RESCUE_SERVICES: ("räddningstjänsten",),
    DeliverableKind.ATGARDSPLAN: ("handlingsplan",),
    DeliverableKind.LAGESBILD: ("lägesbilden",),
    DocumentKind.RIKTLINJE: ("riktlinjer",),
    Per.WEEK: ("veckor", "veckovis"),
    Per.MONTH: ("månader", "månadsvis"),
    Per.QUARTER: ("kvartalsvis",),
    Per.HALF_YEAR: ("halvårsvis",),
    Per.YEAR: ("årligen", "årlig", "årsvis"),
    Per.MANDATE_PERIOD: ("mandatperioden", "valperiod"),
}


def fold(word: str) -> str:
    """A word as the hints compare it: "Ordförande" and "ordforande" are the same."""
    plain = unicodedata.normalize("NFKD", word.strip().lower())
    ascii_only = "".join(c for c in plain if not unicodedata.combining(c))
    return "".join("_" if c in " -_." else c for c in ascii_only)


def key_words(owner: str, field: str) -> tuple[str, ...]:
    """The Swedish words for ``field`` of the table class named ``owner``, label first."""
    return _CLASS_WORDS.get(f"{owner}.{field}") or FIELD_WORDS.get(field, ())


def key_label(owner: str, field: str) -> str:
    """The Swedish label of a key: "ordförande" for ``Body.chair``."""
    words = key_words(owner, field)
    return words[0] if words else field
