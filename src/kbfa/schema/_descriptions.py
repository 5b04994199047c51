"""What every table and key of a config means, in Swedish and English, with its source.

One catalogue keyed by ``"Class"`` and ``"Class.field"`` (field names are the TOML
keys). The JSON Schema and the configuration reference page are both rendered from
it; a test fails when a model field has no entry here, or an entry names no field.
Sources are keys of :data:`kbfa.schema._sources.SOURCES`.

What the key refers to (``roles``, ``bodies``...) and which values a vocabulary
allows are added by the renderers from the model and the loader, not written here.
"""

from __future__ import annotations

import attrs

from kbfa.model import RequirementKind

__all__ = ["CLASSES", "FIELDS", "REQUIREMENT_KINDS", "Doc"]


@attrs.frozen
class Doc:
    """A description in both languages and the sources it rests on."""

    sv: str
    en: str
    sources: tuple[str, ...] = ()


def _d(sv: str, en: str, *sources: str) -> Doc:
    return Doc(sv, en, sources)


CLASSES: dict[str, Doc] = {
    "Governance": _d(
        "En kommuns styrning av det brottsförebyggande arbetet: organisation, leveranser, "
        "samverkan, egna regler och belägg. En fil per kommun.",
        "One municipality's governance of its crime-prevention work: organisation, "
        "deliverables, cooperation, own rules and evidence. One file per municipality.",
    ),
    "Municipality": _d(
        "Kommunen (eller regionen som har kommunens uppgifter) som filen beskriver.",
        "The municipality (or region acting as one) the file describes.",
    ),
    "SteeringDocument": _d(
        "Kommunens eget styrdokument för arbetet (plan, policy, riktlinje ...) och dess "
        "uppgifter. Dokumentets egna ”ska”-regler skrivs under [[requirements]].",
        "The municipality's own steering document (plan, policy, guideline...) and its "
        "metadata. Its own 'shall' rules go under [[requirements]].",
    ),
    "DocumentVersion": _d(
        "En version av ett styrdokument med eget datum, beslut, diarienummer och var texten "
        "finns. Ett krav anger vilken version det kommer från (version = versionens namn).",
        "One version of a steering document with its own date, decision, registration number "
        "and where its text is. A requirement names the version it comes from.",
    ),
    "RelatedDocument": _d(
        "Ett annat dokument som styrdokumentet hänvisar till.",
        "Another document the steering document refers to.",
    ),
    "Decision": _d(
        "Ett formellt beslut: vilket organ, vilket datum, vilken paragraf.",
        "A formal decision: which body, which date, which paragraph.",
    ),
    "Period": _d(
        "En giltighetsperiod. Slutdatumet ingår i perioden.",
        "A period of validity. The end date is included.",
    ),
    "Organisation": _d(
        "En organisation som roller och organ hör till. Alla utom kommunens egen räknas "
        "som samverkansparter.",
        "An organisation roles and bodies belong to. Every one but the municipality's own "
        "counts as a cooperation partner.",
        "L8",
    ),
    "Role": _d(
        "En befattning i en organisation, t.ex. kommunpolis eller kommunstyrelsens "
        "ordförande. Skriv aldrig namn på personer.",
        "A position in an organisation, e.g. community police officer or chair of the "
        "executive board. Never write people's names.",
    ),
    "Membership": _d(
        "En plats i ett organ, som en roll innehar.",
        "A seat in a body, held by a role.",
    ),
    "Reporting": _d(
        "En rapporteringsväg: till vilket organ och hur ofta (eller kontinuerligt).",
        "A reporting line: to which body and how often (or continuously).",
    ),
    "Body": _d(
        "Ett råd, en grupp, en enhet eller ett politiskt organ i arbetet: "
        "kommunfullmäktige, kommunstyrelsen, strategiskt råd, styrgrupp, arbetsgrupp ...",
        "A council, group, unit or political body in the work: assembly, executive board, "
        "strategic council, steering group, working group...",
        "L10",
        "L13",
        "BRA-org",
    ),
    "Cadence": _d(
        "Hur ofta något sker: times gånger per interval × per. Exempel: "
        '{ times = 2, per = "year" } är två gånger per år; '
        '{ times = 1, per = "year", interval = 2 } är vartannat år; '
        '{ times = 1, per = "quarter", start_month = 12 } är en gång per kvartal '
        "december–februari, mars–maj, juni–augusti och september–november; "
        '{ times = 1, per = "mandate_period" } är en gång per mandatperiod.',
        "How often something happens: times per interval × per. Example: "
        '{ times = 2, per = "year" } is twice a year; '
        '{ times = 1, per = "year", interval = 2 } is every second year; '
        '{ times = 1, per = "quarter", start_month = 12 } is once a quarter '
        "December–February, March–May, June–August and September–November; "
        '{ times = 1, per = "mandate_period" } is once a mandate period.',
    ),
    "SeasonCount": _d(
        "Hur många av tillfällena som infaller under en årstid.",
        "How many of the occurrences fall in one season.",
    ),
    "CoordinationFunction": _d(
        "Kommunens samordningsfunktion för brottsförebyggande frågor: vem som har den, "
        "var den är placerad och vilka av lagens uppgifter den har.",
        "The municipality's coordination function for crime prevention: who holds it, "
        "where it is placed and which of the law's tasks it has.",
        "L11",
        "L12",
    ),
    "Leadership": _d(
        "Vilket organ som leder arbetet och hur det rapporterar till fullmäktige.",
        "Which body leads the work and how it reports to the assembly.",
        "L13",
    ),
    "Deliverable": _d(
        "En återkommande leverans i arbetet: lägesbild, orsaksanalys, åtgärdsplan, "
        "lägesrapport, uppföljning ...",
        "A recurring product of the work: situation report, cause analysis, action plan, "
        "status report, follow-up...",
        "L4",
        "L5",
        "L6",
    ),
    "Agreement": _d(
        "En skriftlig överenskommelse om samverkan med en eller flera aktörer.",
        "A written cooperation agreement with one or more actors.",
        "L9",
        "BRA-so",
    ),
    "CitizenPromise": _d(
        "Medborgarlöfte: ett offentligt åtagande som polisen och kommunen ger tillsammans.",
        "Citizen promise: a public commitment made jointly by the police and the municipality.",
        "BRA-ml",
    ),
    "Commitment": _d(
        "Ett åtagande i ett medborgarlöfte: vad en part lovar, eller vad parterna lovar "
        "tillsammans (party utelämnad).",
        "One commitment of a citizen promise: what one party promises, or what the parties "
        "promise together (party left out).",
        "BRA-ml",
    ),
    "CitizenDialogue": _d(
        "En återkommande medborgardialog och vad den ger underlag till.",
        "A recurring citizen dialogue and what it feeds.",
        "SKR-dialog",
    ),
    "CameraSurveillance": _d(
        "Kommunens principer för kamerabevakning av platser dit allmänheten har tillträde.",
        "The municipality's principles for camera surveillance of places open to the public.",
        "L14",
    ),
    "Requirement": _d(
        "En ”ska”-regel i kommunens eget styrdokument, med hänvisning till rubriken där den "
        "står. kind avgör vad regeln gäller och vilka nycklar den behöver.",
        "A 'shall' rule of the municipality's own steering document, citing the heading it "
        "stands under. kind decides what it constrains and which keys it needs.",
    ),
    "Problem": _d(
        "Ett problem som lägesbilden har identifierat: första länken i kedjan "
        "problem → orsak → åtgärd.",
        "A problem the situation report identified: the first link of the chain "
        "problem → cause → measure.",
        "L4",
        "BRA-lagesbild",
    ),
    "Cause": _d(
        "En orsak till ett eller flera problem (orsaksanalys).",
        "A cause of one or more problems (cause analysis).",
        "BRA-orsak",
    ),
    "Measure": _d(
        "En åtgärd i åtgärdsplanen, i Brås sex kolumner: orsak, åtgärd, operativt mål, "
        "när, vem, uppföljning.",
        "A measure in the action plan, in Brå's six columns: cause, measure, operative "
        "goal, when, who, follow-up.",
        "L5",
        "BRA-atgardsplan",
    ),
    "Indicator": _d(
        "En indikator som visar om åtgärderna påverkar problemen: vad som mäts, i vilken "
        "enhet, åt vilket håll det är bättre, utgångsläge och mål, och vilken statistik "
        "som visar utvecklingen.",
        "An indicator showing whether the measures affect the problems: what is measured, "
        "in which unit, which way is better, baseline and target, and which statistics show "
        "the development.",
        "BRA-uppfoljning",
    ),
    "Benchmark": _d(
        "Ett värde ett visst år: indikatorns utgångsläge eller mål.",
        "A value in a given year: the indicator's baseline or target.",
        "BRA-uppfoljning",
    ),
    "SeriesRef": _d(
        "Vilken serie i ett dataset indikatorn läser: ett nyckeltal, en serie i en "
        "tabell eller en kategori i EST-rapporterna.",
        "Which series of a dataset the indicator reads: a KPI, a table's series or a "
        "category of the EST reports.",
    ),
    "Dataset": _d(
        "En statistikfil bredvid konfigurationen, med källa, hämtningsdatum och den "
        "källangivelse källan kräver. Läses av kbfa data show; kbfa check läser den inte.",
        "A statistics file beside the config, with its source, retrieval date and the "
        "credit the source requires. Read by kbfa data show; kbfa check does not read it.",
        "L4.1",
        "BRA-lagesbild",
    ),
    "ColumnMapping": _d(
        "Vilken kolumn i en CSV- eller XLSX-fil som innehåller vad, med kolumnens rubrik.",
        "Which column of a CSV or XLSX file holds what, by the column's heading.",
    ),
    "AreaName": _d(
        "Ett områdesnamn som filen använder och dess kod, t.ex. ”Hela landet” = ”0000”.",
        "An area name the file uses and its code, e.g. 'Hela landet' = '0000'.",
    ),
    "Evidence": _d(
        "Ett daterat belägg för att något gjorts: möte hållet, beslut fattat, leverans "
        "redovisad, med referens (t.ex. ”KS 2025-11-12 § 143”).",
        "A dated record that something was done: meeting held, decision taken, report "
        "delivered, with its reference (e.g. 'KS 2025-11-12 § 143').",
        "L6",
        "L13",
    ),
    "Waiver": _d(
        "Ett beslutat undantag från en av Brås eller kommunens egna regler, med motivering och "
        "slutdatum. En regel i lagen (KBFA-L…) kan inte undantas: ett kommunalt beslut sätter "
        "inte en lag ur spel. Använd en förklaring ([[explanations]]) i stället.",
        "A decided exception from one of Brå's or the municipality's own rules, with "
        "justification and expiry. A rule of the law (KBFA-L…) cannot be waived: no municipal "
        "decision sets a statute aside. Use an explanation ([[explanations]]) instead.",
    ),
    "Explanation": _d(
        "Kommunens egen förklaring till ett fynd, t.ex. varför rapporteringen till "
        "fullmäktige ännu inte står i styrdokumentet. Förklaringen visas bredvid fyndet; "
        "bedömningen ändras inte.",
        "The municipality's own explanation of a finding, e.g. why reporting to the assembly "
        "is not yet in the steering document. It is shown beside the finding; the verdict "
        "stays.",
    ),
    "Unknown": _d(
        "En uppgift som inte är känd eller inte gick att läsa, markerad som okänd med en "
        "förklaring. Fynd om den blir ”ej bedömbart” med förklaringen, aldrig en brist: att "
        "något är okänt är inte detsamma som att det saknas.",
        "A fact that is not known or could not be read, marked unknown with a note. Findings "
        "about it are 'cannot be assessed' with the note, never a breach: not known is not "
        "the same as not there.",
    ),
    "EvaluationSettings": _d(
        "Val som lagen lämnar öppna och som kontrollen behöver.",
        "Choices the law leaves open that the check needs.",
        "L6",
        "L13",
    ),
}

FIELDS: dict[str, Doc] = {
    # -- Governance ---------------------------------------------------------
    "Governance.format_version": _d(
        "Versionen av konfigurationsformatet som filen är skriven i. Utan nyckeln läses "
        "filen som version 1. När en nyckel byter namn höjs versionen, och kbfa säger i "
        "felmeddelandet vad nyckeln heter nu (se docs/format.md).",
        "The version of the config format the file is written in. Without the key the file "
        "is read as version 1. When a key is renamed the version is raised, and kbfa's error "
        "message names the new key (see docs/format.md).",
    ),
    "Governance.municipality": _d(
        "Kommunen som filen beskriver.", "The municipality the file describes."
    ),
    "Governance.steering_document": _d(
        "Kommunens eget styrdokument för det brottsförebyggande arbetet.",
        "The municipality's own steering document for crime prevention.",
    ),
    "Governance.documents": _d(
        "Fler styrdokument med egna regler, t.ex. ett råds egna bestämmelser eller rutiner "
        "på en webbsida, vart och ett med id, beslut, giltighet och versioner. Varje krav i "
        "[[requirements]] anger med document vilket dokument det kommer från (utan document: "
        "[steering_document]). Varje dokument gäller från sitt beslut tills det upphör.",
        "Further steering documents with rules of their own, e.g. a council's own rules or "
        "routines on a web page, each with id, decision, validity and versions. Each "
        "requirement names its document with document (without it: [steering_document]). "
        "Each document applies from its decision until it ends.",
    ),
    "Governance.organisations": _d(
        "Kommunen själv och organisationerna den samverkar med.",
        "The municipality itself and the organisations it cooperates with.",
        "L8",
    ),
    "Governance.roles": _d(
        "Befattningar som deltar i arbetet. Inga personnamn.",
        "Positions taking part in the work. No personal names.",
    ),
    "Governance.bodies": _d(
        "Politiska organ, råd och grupper i arbetet.",
        "Political bodies, councils and groups in the work.",
        "L10",
        "L13",
    ),
    "Governance.leadership": _d(
        "Vilket organ som leder arbetet och rapporterar till fullmäktige.",
        "Which body leads the work and reports to the assembly.",
        "L13",
    ),
    "Governance.coordination": _d(
        "Kommunens samordningsfunktion.", "The municipality's coordination function.", "L11"
    ),
    "Governance.deliverables": _d(
        "Lägesbild, åtgärdsplan och andra återkommande leveranser.",
        "Situation report, action plan and other recurring deliverables.",
        "L4",
        "L5",
        "L6",
    ),
    "Governance.agreements": _d(
        "Skriftliga överenskommelser om samverkan.", "Written cooperation agreements.", "L9"
    ),
    "Governance.citizen_promises": _d(
        "Medborgarlöften tillsammans med polisen.",
        "Citizen promises made with the police.",
        "BRA-ml",
    ),
    "Governance.citizen_dialogues": _d(
        "Återkommande medborgardialoger.", "Recurring citizen dialogues.", "SKR-dialog"
    ),
    "Governance.camera_surveillance": _d(
        "Principer för kommunens kamerabevakning.",
        "Principles for the municipality's camera surveillance.",
        "L14",
    ),
    "Governance.requirements": _d(
        "Styrdokumentets egna ”ska”-regler; kontrollen prövar dem som krav.",
        "The steering document's own 'shall' rules; the check tests them as requirements.",
    ),
    "Governance.problems": _d(
        "Problem som lägesbilden identifierat.",
        "Problems the situation report identified.",
        "L4.3",
        "BRA-lagesbild",
    ),
    "Governance.causes": _d(
        "Orsaker till problemen (orsaksanalys).",
        "Causes of the problems (cause analysis).",
        "BRA-orsak",
    ),
    "Governance.measures": _d(
        "Åtgärderna i åtgärdsplanen.", "The measures of the action plan.", "L5", "BRA-atgardsplan"
    ),
    "Governance.indicators": _d(
        "Indikatorer för uppföljning.", "Indicators for follow-up.", "BRA-uppfoljning"
    ),
    "Governance.datasets": _d(
        "Statistikfiler som indikatorerna och lägesbilden bygger på.",
        "Statistics files the indicators and the situation report rest on.",
        "L4.1",
        "BRA-lagesbild",
    ),
    "Governance.evidence": _d(
        "Daterade belägg för att arbetet gjorts i tid (möten, beslut, leveranser).",
        "Dated records that the work was done on time (meetings, decisions, deliveries).",
        "L6",
        "L13",
    ),
    "Governance.waivers": _d(
        "Beslutade undantag från enskilda regler (inte lagens).",
        "Decided exceptions from single rules (not the law's).",
    ),
    "Governance.explanations": _d(
        "Kommunens förklaringar till fynd, visade bredvid dem utan att ändra bedömningen.",
        "The municipality's explanations of findings, shown beside them; verdicts stay.",
    ),
    "Governance.unknowns": _d(
        "Uppgifter som inte är kända eller inte gick att läsa, var och en med sin nyckel "
        '(t.ex. "agreements.samverkan-polis.purposes") och varför. Fynd om dem blir ”ej '
        "bedömbart” och räknas för sig i sammanfattningen.",
        "Facts that are not known or could not be read, each with its key (e.g. "
        '"agreements.samverkan-polis.purposes") and why. Findings about them are '
        "'cannot be assessed' and are counted apart in the summary.",
    ),
    "Governance.settings": _d(
        "Inställningar för kontrollen där lagen lämnar utrymme.",
        "Settings for the check where the law leaves room.",
    ),
    # -- Municipality -------------------------------------------------------
    "Municipality.name": _d(
        "Kommunens namn, t.ex. ”Hjo kommun”.", "The municipality's name, e.g. 'Hjo kommun'."
    ),
    "Municipality.organisation": _d(
        "Id för kommunens egen organisation under [[organisations]].",
        "Id of the municipality's own organisation under [[organisations]].",
    ),
    "Municipality.kommunkod": _d(
        'Kommunkoden, fyra siffror (SCB), som text: "0684".',
        'The municipality code, four digits (Statistics Sweden), as text: "0684".',
    ),
    "Municipality.lan": _d("Länet kommunen ligger i.", "The county the municipality is in."),
    "Municipality.police_area": _d(
        "Lokalpolisområdet som kommunen hör till.",
        "The local police area the municipality belongs to.",
    ),
    # -- SteeringDocument ---------------------------------------------------
    "SteeringDocument.title": _d("Dokumentets titel.", "The document's title."),
    "SteeringDocument.id": _d(
        "Id för ett dokument under [[documents]] (krävs där), som krav och belägg hänvisar "
        "till. Huvuddokumentet [steering_document] behöver inget.",
        "Id of a document under [[documents]] (required there), which requirements and "
        "evidence refer to. The main [steering_document] needs none.",
    ),
    "SteeringDocument.versions": _d(
        "Dokumentets versioner, var och en med eget namn, datum, beslut, diarienummer och "
        "var texten finns.",
        "The document's versions, each with its own name, date, decision, registration "
        "number and where its text is.",
    ),
    "SteeringDocument.governs": _d(
        "Organ eller leveranser vars regler står i det här dokumentet, t.ex. rådet som ett "
        "råds egna bestämmelser gäller.",
        "Bodies or deliverables whose rules are in this document, e.g. the council a "
        "council's own rules govern.",
        "L10",
    ),
    "SteeringDocument.url": _d(
        "Var dokumentet finns publicerat (webbadress).", "Where the document is published."
    ),
    "SteeringDocument.kind": _d("Slag av styrdokument.", "Kind of steering document."),
    "SteeringDocument.decision": _d(
        "Beslutet som antog dokumentet.", "The decision that adopted the document."
    ),
    "SteeringDocument.revisions": _d(
        "Senare beslut som reviderade dokumentet.", "Later decisions that revised it."
    ),
    "SteeringDocument.diarienummer": _d("Diarienummer.", "Registration number (diarienummer)."),
    "SteeringDocument.validity": _d(
        "Perioden dokumentet gäller för.", "The period the document is valid for."
    ),
    "SteeringDocument.review_date": _d(
        "Datum då dokumentet senast ska ses över.", "Date by which it must be reviewed."
    ),
    "SteeringDocument.review_after_years": _d(
        "Antal år efter beslut då dokumentet ska ses över (aktualitetsprövning).",
        "Years after adoption when the document is due for review.",
    ),
    "SteeringDocument.owner": _d(
        "Dokumentägare, som dokumentet anger den (t.ex. en förvaltning).",
        "Document owner as the document names it (e.g. a department).",
    ),
    "SteeringDocument.owner_role": _d(
        "Rollen som äger dokumentet.", "The role that owns the document."
    ),
    "SteeringDocument.responsible_body": _d(
        "Det politiska organ som ansvarar för dokumentet.",
        "The political body responsible for the document.",
    ),
    "SteeringDocument.applies_to": _d(
        "Vilka dokumentet gäller för, t.ex. ”Hela kommunkoncernen”.",
        "Whom the document applies to, e.g. 'the whole municipal group'.",
    ),
    "SteeringDocument.parties": _d(
        "Organisationer som står bakom dokumentet, om det är gemensamt (t.ex. med polisen).",
        "Organisations behind the document when it is joint (e.g. with the police).",
    ),
    "SteeringDocument.related": _d(
        "Andra dokument som styrdokumentet hänvisar till.",
        "Other documents the steering document refers to.",
    ),
    "SteeringDocument.territory": _d(
        "Om dokumentet avgränsar arbetet till en del av kommunens område eller till vissa slags "
        "platser (limited), t.ex. ”brott som sker i offentlig miljö”, eller avser hela "
        "området (whole). Utelämnad när dokumentet inte säger något.",
        "Whether the document limits the work to a part of the area or some kinds of places "
        "(limited), e.g. 'crime in public places', or covers the whole area (whole). Left out "
        "when the document says nothing.",
        "L4",
    ),
    "SteeringDocument.integrates_with": _d(
        "Annat analys- och planeringsarbete enligt lag som styrdokumentet är en del av, t.ex. "
        "handlingsprogrammet enligt lagen (2003:778) om skydd mot olyckor.",
        "Other statutory analysis and planning the document is part of, e.g. the action "
        "programme under the Civil Protection Act (2003:778).",
        "L7",
    ),
    # -- DocumentVersion ----------------------------------------------------
    "DocumentVersion.name": _d(
        'Versionens namn, t.ex. "2.0" eller "reviderad 2026"; krav anger versionen med det.',
        'The version\'s name, e.g. "2.0" or "revised 2026"; requirements name it by this.',
    ),
    "DocumentVersion.date": _d(
        "Versionens datum (beslutad, reviderad eller publicerad).",
        "The version's date (decided, revised or published).",
    ),
    "DocumentVersion.decision": _d(
        "Beslutet som antog versionen, om den beslutades.",
        "The decision adopting the version, when it was decided.",
    ),
    "DocumentVersion.diarienummer": _d(
        "Versionens diarienummer.", "The version's registration number."
    ),
    "DocumentVersion.text": _d(
        "Var versionens text finns: en webbadress, en bilaga eller ett filnamn.",
        "Where the version's text is: a web address, an annex or a file name.",
    ),
    "DocumentVersion.note": _d("Anmärkning.", "Note."),
    # -- RelatedDocument ----------------------------------------------------
    "RelatedDocument.title": _d("Dokumentets titel.", "The document's title."),
    "RelatedDocument.kind": _d("Slag av dokument.", "Kind of document."),
    "RelatedDocument.period": _d("Period dokumentet gäller för.", "Its period of validity."),
    "RelatedDocument.governs": _d(
        "Organ eller leveranser vars regler eller innehåll finns i det här dokumentet och inte "
        "i styrdokumentet, t.ex. ett råd vars verksamhet regleras i ett separat dokument. Vad "
        "som står där bedöms som ”ej bedömbart”, inte som en brist.",
        "Bodies or deliverables whose rules or contents are in this document rather than the "
        "steering document, e.g. a council governed by a separate document. What is there is "
        "'cannot be assessed', not a breach.",
        "L10",
    ),
    # -- Decision -----------------------------------------------------------
    "Decision.body": _d("Organet som fattade beslutet.", "The body that decided."),
    "Decision.date": _d("Beslutsdatum.", "Date of the decision."),
    "Decision.paragraph": _d(
        'Paragraf i protokollet, t.ex. "§ 58".', 'Minutes paragraph, e.g. "§ 58".'
    ),
    # -- Period -------------------------------------------------------------
    "Period.start": _d("Första dagen.", "First day."),
    "Period.end": _d("Sista dagen (ingår).", "Last day (included)."),
    "Period.open_ended": _d(
        "true när perioden gäller tills vidare.", "true when the period runs until further notice."
    ),
    "Period.length_years": _d(
        "Längd i år för en rullande period, t.ex. medborgarlöften som gäller två år i taget.",
        "Length in years of a rolling period, e.g. citizen promises renewed every two years.",
    ),
    "Period.length_months": _d(
        "Längd i månader för en rullande period kortare än ett år, t.ex. ett medborgarlöfte "
        "som gäller tre månader i taget. Räknas från start (eller från senaste "
        "undertecknandet); anges i stället för length_years.",
        "Length in months of a rolling period shorter than a year, e.g. a citizen promise "
        "valid three months at a time. Counted from start (or the latest signing); given "
        "instead of length_years.",
    ),
    "Period.mandate_period": _d(
        "true när det gäller en mandatperiod i taget och förnyas efter varje val: till den "
        "14 oktober valåret (fullmäktige väljs för fyra år från den 15 oktober valåret, "
        "kommunallagen 5 kap. 9 §; val 2022, 2026, 2030 ...).",
        "true when it runs one mandate period at a time and is renewed after each election: "
        "until 14 October of the election year (the assembly is elected for four years from "
        "15 October of the election year, Local Government Act ch. 5 s. 9; elections 2022, "
        "2026, 2030...).",
    ),
    # -- Organisation -------------------------------------------------------
    "Organisation.id": _d(
        'Id som andra delar av filen hänvisar till, t.ex. "polisen".',
        'Id other parts of the file refer to, e.g. "polisen".',
    ),
    "Organisation.name": _d("Organisationens namn.", "The organisation's name."),
    "Organisation.kind": _d("Slag av organisation.", "Kind of organisation."),
    "Organisation.categories": _d(
        "Samverkanskategorier organisationen hör till, som styrdokumentet namnger dem.",
        "Partner categories the organisation belongs to, as the steering document names them.",
        "L9",
    ),
    "Organisation.hosted_by": _d(
        "Organisationen som är värd, t.ex. värdkommunen för en gemensam nämnd. En "
        "organisation som kommunen själv är värd för hör till kommunens egen organisation.",
        "The host organisation, e.g. the host municipality of a joint committee. An "
        "organisation the municipality itself hosts belongs to its own organisation.",
        "KL-gemensam",
    ),
    "Organisation.member": _d(
        "true när kommunen är medlem i kommunalförbundet eller part i den gemensamma "
        "nämnden. Då hör organisationen till kommunens egen organisation enligt lagen: "
        "samordningsfunktionen får finnas där, och den är aldrig part i en överenskommelse "
        "med kommunen. Bara för kind municipal_association och joint_committee.",
        "true when the municipality is a member of the municipal association or a party to "
        "the joint committee. The organisation then belongs to the municipality's own "
        "organisation under the law: the coordination function may sit there, and it is "
        "never a party to an agreement with the municipality. Only for kinds "
        "municipal_association and joint_committee.",
        "KL-forbund",
        "KL-gemensam",
        "L11",
    ),
    "Organisation.collective": _d(
        "true när posten står för en kategori av parter (”Fastighetsägare”, "
        "”Grannkommuner”), inte en juridisk person. En sådan kan inte skriva under: "
        "kbfa documents ger en mall att fylla i för varje verklig part.",
        "true when the entry stands for a category of partners ('Property owners', "
        "'Neighbouring municipalities'), not one legal person. It cannot sign: kbfa "
        "documents gives a template to fill in for each real party.",
        "L9",
    ),
    "Organisation.note": _d("Anmärkning.", "Note."),
    # -- Role ---------------------------------------------------------------
    "Role.id": _d(
        "Id som organ och överenskommelser hänvisar till.", "Id bodies and agreements use."
    ),
    "Role.title": _d(
        "Befattningens benämning, t.ex. ”Kommunpolis”.", "The position's title, e.g. 'Kommunpolis'."
    ),
    "Role.organisation": _d("Organisationen befattningen hör till.", "Its organisation."),
    "Role.unit": _d(
        "Förvaltning eller enhet inom organisationen.", "Department or unit within it."
    ),
    "Role.senior": _d(
        "true för en ledande befattning; kommunen ska verka för att de andra aktörerna i det "
        "strategiska rådet företräds av sådana.",
        "true for a senior position; the municipality must work for the other actors in the "
        "strategic council to be represented by such.",
        "L10",
    ),
    "Role.collective": _d(
        "true när rollen står för flera befattningshavare, t.ex. ”samtliga nämndordföranden”.",
        "true when the role stands for several office holders, e.g. 'all committee chairs'.",
    ),
    "Role.shared_with": _d(
        "En tjänst som delas mellan kommuner: de andra organisationerna (kommunerna) som "
        "tjänsten delas med, medan organisation är den som anställer. Delas den med "
        "kommunen, räknas den som kommunens egen enligt lagen.",
        "A post shared between municipalities: the other organisations (municipalities) it "
        "is shared with, while organisation employs it. Shared with the municipality, it "
        "counts as the municipality's own under the law.",
        "KL-avtal",
        "L11",
    ),
    "Role.note": _d("Anmärkning.", "Note."),
    # -- Membership ---------------------------------------------------------
    "Membership.role": _d("Rollen som har platsen.", "The role holding the seat."),
    "Membership.participation": _d(
        "Hur rollen deltar: ledamot, erbjuden plats, vid behov, eller deltar utan att vara "
        "ledamot (attends, t.ex. ”deltar från förvaltningen”). Den som bara deltar räknas "
        "inte som ledamot.",
        "How the role takes part: member, seat offered, as needed, or attends without being "
        "a member (attends, e.g. officials attending). An attendee does not count as a member.",
    ),
    "Membership.substitute": _d("Ersättare för rollen.", "The role's substitute."),
    "Membership.note": _d("Anmärkning.", "Note."),
    # -- Reporting ----------------------------------------------------------
    "Reporting.to": _d("Organet som tar emot rapporten.", "The body receiving the report."),
    "Reporting.cadence": _d("Hur ofta rapporten lämnas.", "How often the report is given."),
    "Reporting.continuous": _d(
        "true när dokumentet säger att rapporteringen sker kontinuerligt.",
        "true when the document says reporting is continuous.",
        "L13",
    ),
    "Reporting.note": _d("Anmärkning.", "Note."),
    # -- Body ---------------------------------------------------------------
    "Body.id": _d(
        'Id som andra delar av filen hänvisar till, t.ex. "ks".',
        'Id other parts of the file refer to, e.g. "ks".',
    ),
    "Body.name": _d("Organets namn.", "The body's name."),
    "Body.kind": _d(
        'Slag av organ. Det strategiska rådet har kind = "strategic_council".',
        'Kind of body. The strategic council has kind = "strategic_council".',
        "L10",
    ),
    "Body.purpose": _d(
        "Organets syfte, med dokumentets ord.", "Its purpose, in the document's words."
    ),
    "Body.tasks": _d("Organets uppgifter.", "Its tasks."),
    "Body.members": _d("Platserna i organet, per roll.", "The seats in the body, by role.", "L10"),
    "Body.members_note": _d("Anmärkning om sammansättningen.", "Note on the composition."),
    "Body.organisation": _d(
        "Organisationen organet tillhör (för enheter och förbundsorgan).",
        "The organisation the body belongs to (for units and association bodies).",
    ),
    "Body.chair": _d(
        "Rollen som leder (är ordförande i) organet. För det strategiska rådet ska det vara "
        "en kommunal roll.",
        "The role chairing the body. For the strategic council it must be a municipal role.",
        "L10",
    ),
    "Body.chair_appointed_by": _d(
        "Organet eller organisationen som utser ordföranden.",
        "The body or organisation appointing the chair.",
    ),
    "Body.vice_chair": _d("Rollen som är vice ordförande.", "The role that is vice chair."),
    "Body.vice_chair_appointed_by": _d(
        "Organet eller organisationen som utser vice ordföranden (organet självt när rådet "
        "väljer den).",
        "The body or organisation appointing the vice chair (the body itself when the "
        "council elects them).",
    ),
    "Body.secretary": _d("Rollen som är sekreterare.", "The role that is secretary."),
    "Body.secretary_appointed_by": _d(
        "Organet eller organisationen som utser sekreteraren.",
        "The body or organisation appointing the secretary.",
    ),
    "Body.convener": _d("Rollen som kallar till möten.", "The role calling the meetings."),
    "Body.convener_appointed_by": _d(
        "Organet eller organisationen som utser sammankallande.",
        "The body or organisation appointing the convener.",
    ),
    "Body.led_by": _d(
        "Ett organ (t.ex. en enhet) som leder eller samordnar detta organ.",
        "A body (e.g. a unit) that leads or coordinates this one.",
    ),
    "Body.cadence": _d(
        "Mötestakt. Bara det som dokumentet anger.",
        "Meeting cadence. Only what the document states.",
    ),
    "Body.meeting_form": _d("Mötesform.", "Meeting form."),
    "Body.places": _d("Mötesplatser.", "Meeting places."),
    "Body.meeting_tool": _d("Verktyg för digitala möten.", "Tool for online meetings."),
    "Body.permanent": _d("false för tillfälliga grupper.", "false for temporary groups."),
    "Body.any_number": _d(
        "true när det kan finnas hur många sådana grupper som helst.",
        "true when there may be any number of such groups.",
    ),
    "Body.created_by": _d("Organet som tillsätter gruppen.", "The body setting up the group."),
    "Body.created_per": _d(
        "Vad en grupp tillsätts för, t.ex. ”åtgärd” (en grupp per åtgärd).",
        "What a group is set up for, e.g. 'measure' (one group per measure).",
    ),
    "Body.supports": _d("Organ som detta organ stödjer.", "Bodies this body supports."),
    "Body.reports_to": _d("Rapporteringsvägar från organet.", "Reporting lines from the body."),
    "Body.period": _d(
        "När organet finns: inrättat (start) och avvecklat (end, sista dagen). Ett organ "
        "räknas bara de dagar det finns.",
        "When the body exists: set up (start) and abolished (end, its last day). A body only "
        "counts on the days it exists.",
    ),
    # -- Cadence ------------------------------------------------------------
    "Cadence.times": _d("Antal gånger per period.", "Number of times per period."),
    "Cadence.per": _d("Perioden som räknas.", "The period counted."),
    "Cadence.interval": _d(
        'Antal perioder; 2 med per = "year" betyder vartannat år.',
        'Number of periods; 2 with per = "year" means every second year.',
        "L6",
    ),
    "Cadence.minimum": _d(
        "true när dokumentet säger ”minst”.", "true when the document says 'at least'."
    ),
    "Cadence.seasons": _d(
        'Fördelning på vår och höst; summan ska vara times × interval (bara för per = "year").',
        'Split over spring and autumn; the sum must be times × interval (per = "year" only).',
    ),
    "Cadence.window": _d(
        "Del av året då det ska ske, när dokumentet anger den.",
        "Part of the year it falls in, when the document says so.",
    ),
    "Cadence.start_month": _d(
        "Månaden (1–12) då perioderna börjar, när dokumentet anger den: kvartal som följer "
        'årstiderna (december–februari, mars–maj ...) är per = "quarter", start_month = 12; '
        'var fjärde månad från februari är per = "month", interval = 4, start_month = 2. '
        "Perioderna måste dela året jämnt. Utan start_month räknas de från januari, och "
        "årshjulet visar tidsfönstren som antagna.",
        "The month (1–12) the periods begin in, when the document says: quarters that "
        'follow the seasons (December–February, March–May...) are per = "quarter", '
        'start_month = 12; every fourth month from February is per = "month", interval = 4, '
        "start_month = 2. The periods must divide the year evenly. Without start_month they "
        "are counted from January and the annual cycle shows the windows as assumed.",
    ),
    "Cadence.start_week": _d(
        'Första veckan (1–53) i en veckoserie, för per = "week": jämna veckor är '
        "interval = 2, start_week = 2; udda veckor interval = 2, start_week = 1. Utan den "
        "räknas varannan vecka från vecka 1 och visas som antagen.",
        'The first ISO week (1–53) of a weekly series, for per = "week": even weeks are '
        "interval = 2, start_week = 2; odd weeks interval = 2, start_week = 1. Without it, "
        "every second week is counted from week 1 and shown as assumed.",
    ),
    "Cadence.duration_minutes": _d("Mötets längd i minuter.", "Meeting length in minutes."),
    "Cadence.dates": _d(
        "Fasta datum, bara när dokumentet anger dem.",
        "Fixed dates, only when the document gives them.",
    ),
    "Cadence.title": _d(
        "Namn på just denna takt, när samma sak har flera, t.ex. ”Veckolägesbild”, "
        "”Tertiallägesbild” och ”Årlig lägesbild”. Blir rubriken i årshjulet och "
        "kalendern.",
        "The name of this rhythm when one item has several, e.g. 'Veckolägesbild', "
        "'Tertiallägesbild' and 'Årlig lägesbild'. Becomes the title in the annual cycle and "
        "the calendar.",
    ),
    "Cadence.note": _d(
        "Anmärkning med dokumentets ord; visas i årshjulet, kalendern och översikten.",
        "A remark in the document's words; shown in the annual cycle, calendar and summary.",
    ),
    # -- SeasonCount --------------------------------------------------------
    "SeasonCount.season": _d("Årstid: vår (jan–jun) eller höst (jul–dec).", "Season."),
    "SeasonCount.times": _d("Antal gånger under årstiden.", "Times in that season."),
    # -- CoordinationFunction -----------------------------------------------
    "CoordinationFunction.description": _d(
        "Beskrivning av funktionen med dokumentets ord.",
        "Description of the function in the document's words.",
    ),
    "CoordinationFunction.held_by": _d(
        "Rollerna som utgör samordningsfunktionen.",
        "The roles that make up the coordination function.",
        "L11",
    ),
    "CoordinationFunction.body": _d(
        "En enhet (under [[bodies]]) som har funktionen.",
        "A unit (under [[bodies]]) holding the function.",
        "L11",
    ),
    "CoordinationFunction.organisation": _d(
        "Organisationen där funktionen är placerad (kan vara ett kommunalförbund).",
        "Where the function is placed (may be a municipal association).",
    ),
    "CoordinationFunction.placement": _d(
        "Placering i organisationen, i ord.", "Placement in the organisation, in words."
    ),
    "CoordinationFunction.tasks": _d(
        "Vilka av lagens tre uppgifter dokumentet ger funktionen. Lagen kräver alla tre.",
        "Which of the law's three tasks the document gives the function. The law requires "
        "all three.",
        "L12.1",
        "L12.2",
        "L12.3",
    ),
    # -- Leadership ---------------------------------------------------------
    "Leadership.body": _d(
        "Organet som leder arbetet: kommunstyrelsen, eller en nämnd som fullmäktige beslutat.",
        "The body leading the work: the executive board, or a committee the assembly decided on.",
        "L13",
    ),
    "Leadership.assembly": _d(
        "Fullmäktige, som det ledande organet rapporterar till.",
        "The assembly the leading body reports to.",
        "L13",
    ),
    "Leadership.kf_decision": _d(
        "Fullmäktiges beslut om att en annan nämnd än kommunstyrelsen leder arbetet.",
        "The assembly's decision that a committee other than the executive board leads.",
        "L13",
    ),
    "Leadership.reporting": _d(
        "Hur det ledande organet rapporterar till fullmäktige (lagen: kontinuerligt).",
        "How the leading body reports to the assembly (the law: continuously).",
        "L13",
    ),
    "Leadership.description": _d(
        "Beskrivning med dokumentets ord.", "Description in the document's words."
    ),
    # -- Deliverable --------------------------------------------------------
    "Deliverable.id": _d(
        'Id som andra delar av filen hänvisar till, t.ex. "lagesbild".',
        'Id other parts of the file refer to, e.g. "lagesbild".',
    ),
    "Deliverable.kind": _d(
        "Slag av leverans. Lagen kräver en lägesbild och en åtgärdsplan.",
        "Kind of deliverable. The law requires a situation report and an action plan.",
        "L4",
        "L5",
    ),
    "Deliverable.title": _d("Leveransens namn i dokumentet.", "Its name in the document."),
    "Deliverable.produced_by": _d(
        "Organ eller roller som tar fram leveransen.", "Bodies or roles producing it."
    ),
    "Deliverable.cadence": _d(
        "Hur ofta leveransen tas fram eller uppdateras. Lägesbilden ska uppdateras och "
        "åtgärdsplanen följas upp minst vartannat år.",
        "How often it is produced or updated. The situation report must be updated and the "
        "action plan followed up at least every second year.",
        "L6",
    ),
    "Deliverable.recipients": _d(
        "Organ som leveransen redovisas för.", "Bodies it is presented to."
    ),
    "Deliverable.decided_by": _d(
        "Organet som beslutar om leveransen (åtgärdsplanen ska beslutas).",
        "The body deciding on it (the action plan must be decided).",
        "L5",
    ),
    "Deliverable.anchored_in": _d(
        "Organ där leveransen ska förankras.", "Bodies it must be anchored in."
    ),
    "Deliverable.based_on": _d(
        "Leveranser den bygger på; åtgärdsplanen ska bygga på lägesbilden.",
        "Deliverables it rests on; the action plan must rest on the situation report.",
        "L5",
    ),
    "Deliverable.covers": _d(
        "Delar som leveransen innehåller. En lägesbild ska innehålla brottslighetens "
        "omfattning och konsekvenser, annan information av betydelse och en analys.",
        "Parts it contains. A situation report must cover the extent and consequences of "
        "crime, other relevant information and an analysis.",
        "L4.1",
        "L4.2",
        "L4.3",
    ),
    "Deliverable.contents": _d(
        "Innehåll med dokumentets egna ord.", "Contents in the document's own words."
    ),
    "Deliverable.sources": _d("Källor som används.", "Sources used.", "BRA-lagesbild"),
    "Deliverable.source_categories": _d(
        "Kategorier av aktörer som lämnar underlag.",
        "Categories of actors providing input.",
    ),
    "Deliverable.scope": _d(
        "Omfattning, t.ex. ”kommunövergripande”. Lägesbilden gäller hela kommunens område.",
        "Scope, e.g. 'whole municipality'. The situation report covers the whole area.",
        "L4",
    ),
    "Deliverable.territory": _d(
        "Om leveransen avser hela kommunens geografiska område (whole) eller bara en del av "
        "det eller vissa slags platser (limited). Utelämnad när dokumentet inte säger något.",
        "Whether the deliverable covers the municipality's whole geographic area (whole) or "
        "only a part or some kinds of places (limited). Left out when not stated.",
        "L4",
    ),
    "Deliverable.validity": _d("Period leveransen gäller för.", "Its period of validity."),
    "Deliverable.integrates_with": _d(
        "Annan lagstadgad analys och planering som arbetet samordnas med, t.ex. risk- och "
        "sårbarhetsanalysen.",
        "Other statutory analysis and planning it is integrated with, e.g. the risk and "
        "vulnerability analysis.",
        "L7",
    ),
    "Deliverable.note": _d("Anmärkning.", "Note."),
    # -- Agreement ----------------------------------------------------------
    "Agreement.id": _d("Id för överenskommelsen.", "Id of the agreement."),
    "Agreement.title": _d("Överenskommelsens titel.", "Its title."),
    "Agreement.parties": _d(
        "Parterna (organisationer), minst två.", "The parties (organisations), at least two.", "L9"
    ),
    "Agreement.written": _d(
        "false om samverkan bara är muntlig; lagen avser skriftliga överenskommelser.",
        "false when the cooperation is only oral; the law means written agreements.",
        "L9",
    ),
    "Agreement.purposes": _d(
        "Syftena med samverkan; en överenskommelse ska ange dem.",
        "The purposes of the cooperation; an agreement must state them.",
        "L9",
    ),
    "Agreement.areas": _d(
        "Områdena samverkan gäller; en överenskommelse ska ange dem.",
        "The areas the cooperation covers; an agreement must state them.",
        "L9",
    ),
    "Agreement.signatories": _d(
        "Roller som undertecknar, gärna flera per part. Varje roll skriver under för den part "
        "den hör till (en roll i kommunens egen organisation för kommunen), så den måste höra "
        "till en av parterna.",
        "Roles that sign, several per party if need be. Each signs for the party it belongs "
        "to (a role of the municipality's own organisation for the municipality), so it must "
        "belong to one of the parties.",
        "BRA-so",
    ),
    "Agreement.period": _d(
        "Perioden överenskommelsen gäller för.", "The period it is valid for.", "BRA-so"
    ),
    "Agreement.placement": _d(
        "Organ där parten deltar i strukturen.", "Bodies where the partner takes part."
    ),
    "Agreement.placement_role": _d(
        "Partens roll där, i ord.", "The partner's role there, in words."
    ),
    "Agreement.note": _d("Anmärkning.", "Note."),
    # -- CitizenPromise -----------------------------------------------------
    "CitizenPromise.id": _d("Id för medborgarlöftet.", "Id of the citizen promise."),
    "CitizenPromise.parties": _d(
        "Organisationerna som ger löftet (polisen och kommunen, ibland fler).",
        "The organisations making it (police and municipality, sometimes more).",
    ),
    "CitizenPromise.title": _d(
        "Löftets rubrik, som fynd och dokument citerar, t.ex. ”Tryggare centrum”.",
        "The promise's title, which findings and documents quote.",
    ),
    "CitizenPromise.description": _d("Löftets innehåll.", "What is promised."),
    "CitizenPromise.signatories": _d(
        "Roller som undertecknar löftet; varje roll skriver under för sin part.",
        "Roles that sign the promise, each for its own party.",
        "BRA-ml",
    ),
    "CitizenPromise.commitments": _d(
        "Vad varje part lovar (party = partens id) och vad parterna lovar tillsammans "
        "(utan party).",
        "What each party promises (party = its id) and what they promise together (without party).",
        "BRA-ml",
    ),
    "CitizenPromise.measures": _d(
        "Åtgärder i åtgärdsplanen som löftet genomför.",
        "Measures of the action plan the promise carries out.",
        "BRA-ml",
    ),
    "CitizenPromise.problems": _d(
        "Problem i lägesbilden som löftet tar sig an.",
        "Problems of the situation report the promise addresses.",
        "BRA-ml",
    ),
    "CitizenPromise.proposed": _d(
        "Förslaget till löftet: vilket organ som föreslog det och när.",
        "The proposal: which body proposed the promise and when.",
    ),
    "CitizenPromise.adopted": _d(
        "Beslutet som antog löftet. En rullande period räknas från det, om inget senare "
        "undertecknande är registrerat.",
        "The decision adopting the promise. A rolling period counts from it unless a later "
        "signing is recorded.",
    ),
    "CitizenPromise.period": _d("Period löftet gäller för.", "Its period."),
    "CitizenPromise.renewal": _d("Hur ofta löftet förnyas.", "How often it is renewed."),
    "CitizenPromise.follow_up": _d("Hur ofta löftet följs upp.", "How often it is followed up."),
    "CitizenPromise.followed_up_by": _d(
        "Organ eller roller som följer upp.", "Bodies or roles following it up."
    ),
    "CitizenPromise.based_on": _d(
        "Underlag löftet bygger på (lägesbild, medborgardialog ...).",
        "What it is based on (situation report, citizen dialogue...).",
        "BRA-ml",
    ),
    "CitizenPromise.since": _d("År då medborgarlöften började användas.", "Year first used."),
    # -- Commitment ----------------------------------------------------------
    "Commitment.text": _d("Vad som lovas.", "What is promised."),
    "Commitment.party": _d(
        "Parten (organisationens id) som lovar; utelämnad när parterna lovar tillsammans.",
        "The party (organisation id) promising; left out when the parties promise together.",
    ),
    # -- CitizenDialogue ----------------------------------------------------
    "CitizenDialogue.id": _d("Id för dialogen.", "Id of the dialogue."),
    "CitizenDialogue.purpose": _d("Dialogens syfte.", "Its purpose."),
    "CitizenDialogue.method": _d("Hur dialogen genomförs.", "How it is carried out."),
    "CitizenDialogue.cadence": _d("Hur ofta dialogen hålls.", "How often it is held."),
    "CitizenDialogue.feeds": _d(
        "Leveranser eller medborgarlöften som dialogen ger underlag till.",
        "Deliverables or citizen promises it feeds.",
    ),
    "CitizenDialogue.since": _d("År då dialogen började.", "Year first held."),
    # -- CameraSurveillance -------------------------------------------------
    "CameraSurveillance.purpose": _d(
        "Syftet med kamerabevakningen.", "The purpose of the surveillance.", "L14"
    ),
    "CameraSurveillance.places": _d(
        "Var kamerabevakning får användas enligt dokumentet: platser dit allmänheten har "
        "tillträde (public, som 14 § gäller) och platser eller lokaler dit allmänheten inte har "
        "tillträde (not_public, som kräver annan rättslig grund).",
        "Where the document allows camera surveillance: places open to the public (public, "
        "covered by s. 14) and places or premises not open to the public (not_public, which "
        "need another legal basis).",
        "L14",
    ),
    "CameraSurveillance.principles": _d("Kommunens principer.", "The municipality's principles."),
    "CameraSurveillance.legal_framework": _d(
        "Lagar och regler som gäller, i ord (t.ex. kamerabevakningslagen, GDPR).",
        "Applicable laws and rules, in words (e.g. the camera surveillance act, GDPR).",
    ),
    "CameraSurveillance.decided_by": _d(
        "Organ eller roller som beslutar om kamerabevakning.",
        "Bodies or roles deciding on surveillance.",
    ),
    "CameraSurveillance.follow_up_in": _d(
        "Leveranser där kamerabevakningen ska följas upp.",
        "Deliverables that must follow it up.",
    ),
    "CameraSurveillance.reporting": _d(
        "Rapportering om kamerabevakningen.", "Reporting on the surveillance."
    ),
    # -- Requirement --------------------------------------------------------
    "Requirement.id": _d("Id för regeln.", "Id of the rule."),
    "Requirement.kind": _d(
        "Vad regeln gäller; avgör vilka andra nycklar som behövs.",
        "What the rule constrains; decides which other keys are needed.",
    ),
    "Requirement.source": _d(
        "Rubriken i styrdokumentet där regeln står.",
        "The heading of the steering document the rule stands under.",
    ),
    "Requirement.text": _d(
        "Regeln med dokumentets ord eller en nära omskrivning.",
        "The rule in the document's words or a close paraphrase.",
    ),
    "Requirement.target": _d(
        "Det regeln gäller: en leverans, ett organ, ett medborgarlöfte ...",
        "What the rule applies to: a deliverable, a body, a citizen promise...",
    ),
    "Requirement.cadence": _d(
        "Takten regeln kräver. Utelämnad i en takt-regel: målets egen takt.",
        "The cadence required. Left out of a cadence rule: the target's own cadence.",
    ),
    "Requirement.covers": _d(
        "Delar som leveransen ska innehålla.", "Parts the deliverable must contain."
    ),
    "Requirement.based_on": _d(
        "Leveranser som målet ska bygga på.", "Deliverables the target must rest on."
    ),
    "Requirement.to": _d("Organet som ska få rapporten.", "The body that must receive the report."),
    "Requirement.categories": _d(
        "Samverkanskategorier som överenskommelserna ska omfatta.",
        "Partner categories the agreements must include.",
    ),
    "Requirement.roles": _d(
        "Roller som ska delta eller underteckna.", "Roles that must take part or sign."
    ),
    "Requirement.organisation_kinds": _d(
        "Slag av organisationer som ska vara representerade.",
        "Kinds of organisations that must be represented.",
    ),
    "Requirement.fields": _d(
        'Nycklar som varje överenskommelse ska ha, t.ex. "purposes", "period".',
        'Keys every agreement must state, e.g. "purposes", "period".',
    ),
    "Requirement.by": _d(
        "Organ eller roller som ska göra uppföljningen.", "Bodies or roles that must follow up."
    ),
    "Requirement.evidence_kind": _d(
        'Slag av belägg som visar att plikten fullgjorts (för kind = "practice").',
        'Kind of evidence showing the duty was done (for kind = "practice").',
    ),
    "Requirement.strength": _d(
        'Hur bindande regeln är: "must" (ska, standard: en brist om den inte uppfylls) eller '
        '"best_effort" (när dokumentet självt mjukar upp regeln: en varning).',
        'How binding the rule is: "must" (the default: a breach when missed) or "best_effort" '
        "(where the document itself softens the rule: a warning).",
    ),
    "Requirement.document": _d(
        "Id för dokumentet under [[documents]] som regeln står i. Utelämnad: huvuddokumentet "
        "[steering_document]. Regeln gäller bara medan dokumentet gäller, och fynden citerar "
        "det dokumentet.",
        "Id of the document under [[documents]] the rule is in. Left out: the main "
        "[steering_document]. The rule applies only while that document does, and findings "
        "cite it.",
    ),
    "Requirement.version": _d(
        "Namnet på den version av dokumentet som regeln kommer från (versions[].name). Regeln "
        "gäller från versionens datum.",
        "The name of the version of the document the rule comes from (versions[].name). The "
        "rule applies from the version's date.",
    ),
    # -- Problem ------------------------------------------------------------
    "Problem.id": _d("Id för problemet.", "Id of the problem."),
    "Problem.title": _d("Problemet i korthet.", "The problem in brief."),
    "Problem.description": _d("Beskrivning.", "Description."),
    "Problem.identified_in": _d(
        "Lägesbilden där problemet identifierades.",
        "The situation report that identified it.",
        "L4.3",
    ),
    "Problem.prioritised": _d(
        "false för problem som inte prioriteras i åtgärdsplanen.",
        "false for problems not prioritised in the action plan.",
        "BRA-orsak",
    ),
    # -- Cause --------------------------------------------------------------
    "Cause.id": _d("Id för orsaken.", "Id of the cause."),
    "Cause.problems": _d("Problemen orsaken förklarar.", "The problems it explains.", "BRA-orsak"),
    "Cause.description": _d("Orsaken i ord.", "The cause in words."),
    "Cause.perspective": _d(
        "Perspektiv: situationellt, brottsoffer eller gärningsperson.",
        "Perspective: situational, victim or offender.",
        "BRA-orsak",
    ),
    # -- Measure ------------------------------------------------------------
    "Measure.id": _d("Id för åtgärden.", "Id of the measure."),
    "Measure.title": _d("Åtgärden i korthet.", "The measure in brief."),
    "Measure.causes": _d(
        "Orsakerna åtgärden riktar sig mot (Brå: varje åtgärd ska knytas till en orsak).",
        "The causes it targets (Brå: every measure is linked to a cause).",
        "BRA-atgardsplan",
    ),
    "Measure.operative_goal": _d(
        "Operativt mål för åtgärden.", "The measure's operative goal.", "BRA-atgardsplan"
    ),
    "Measure.due": _d("När åtgärden ska vara klar.", "When it is due.", "BRA-atgardsplan"),
    "Measure.when": _d(
        "När, i ord, om inget datum finns (t.ex. ”löpande”).",
        "When, in words, if there is no date (e.g. 'ongoing').",
    ),
    "Measure.owner": _d(
        "Rollen som ansvarar för åtgärden.", "The role responsible.", "BRA-atgardsplan"
    ),
    "Measure.follow_up": _d("Hur åtgärden följs upp.", "How it is followed up.", "BRA-atgardsplan"),
    "Measure.status": _d("Status vid senaste uppföljning.", "Status at the latest follow-up."),
    "Measure.one_off": _d(
        "true för en punktinsats, false för ordinarie arbete.",
        "true for a one-off effort, false for ordinary work.",
        "BRA-atgardsplan",
    ),
    "Measure.plan": _d("Åtgärdsplanen åtgärden ingår i.", "The action plan it belongs to.", "L5"),
    # -- Indicator ----------------------------------------------------------
    "Indicator.id": _d("Id för indikatorn.", "Id of the indicator."),
    "Indicator.description": _d("Vad som mäts.", "What is measured."),
    "Indicator.title": _d(
        "Kort namn i tabeller och diagram; utelämnat används description.",
        "Short name in tables and charts; description when left out.",
    ),
    "Indicator.unit": _d(
        "Enheten för indikatorns värden (utgångsläge, mål och data).",
        "The unit of the indicator's values (baseline, target and data).",
    ),
    "Indicator.source": _d(
        "Var värdena kommer ifrån, i ord (t.ex. ”Polisens anmälningsstatistik”).",
        "Where the values come from, in words (e.g. 'police-reported crime').",
        "BRA-lagesbild",
    ),
    "Indicator.measures": _d("Åtgärder indikatorn följer.", "Measures it follows."),
    "Indicator.problems": _d("Problem indikatorn följer.", "Problems it follows."),
    "Indicator.better": _d(
        "Åt vilket håll det är bättre: lower (färre brott) eller higher (mer trygghet).",
        "Which way is better: lower (fewer crimes) or higher (more safety).",
    ),
    "Indicator.baseline": _d(
        "Utgångsläge: år och värde, t.ex. { year = 2025, value = 42 }.",
        "Baseline: year and value, e.g. { year = 2025, value = 42 }.",
        "BRA-uppfoljning",
    ),
    "Indicator.target": _d(
        "Mål: år och värde, t.ex. { year = 2027, value = 30 }.",
        "Target: year and value, e.g. { year = 2027, value = 30 }.",
        "BRA-uppfoljning",
    ),
    "Indicator.data": _d(
        "Statistiken som visar indikatorns utveckling: ett dataset och en serie i det.",
        "The statistics showing the indicator's development: a dataset and a series in it.",
        "L4.1",
    ),
    "Indicator.denominator": _d(
        "Nämnare för en andel, oftast folkmängden: data delas med den och räknas om till "
        "unit (t.ex. per 100 000 invånare).",
        "Denominator for a rate, usually the population: data is divided by it and scaled "
        "to unit (e.g. per 100,000 inhabitants).",
        "BRA-lagesbild",
    ),
    "Indicator.part": _d(
        "Var i lägesbilden indikatorn visas (4 §): extent (brottslighetens omfattning, "
        "standard), consequences (konsekvenser, t.ex. otrygghet ur en trygghetsmätning) "
        "eller other_information (annan information av betydelse).",
        "Where the lägesbild shows the indicator (s. 4): extent (the default), "
        "consequences (e.g. insecurity from a survey) or other_information.",
        "L4.1",
    ),
    # -- Benchmark ----------------------------------------------------------
    "Benchmark.year": _d("Året värdet gäller.", "The year the value refers to."),
    "Benchmark.value": _d("Värdet, i indikatorns enhet.", "The value, in the indicator's unit."),
    "Benchmark.note": _d(
        "Förklaring, t.ex. källan för utgångsläget.", "Explanation, e.g. the baseline's source."
    ),
    # -- SeriesRef ----------------------------------------------------------
    "SeriesRef.dataset": _d("Datasetet serien finns i.", "The dataset holding the series."),
    "SeriesRef.series": _d(
        "Seriens namn i filen: nyckeltalets id i Kolada (t.ex. från kolada.se), "
        "ContentsCode i JSON-stat, värdet i series-kolumnen eller EST-kategorin. Utelämnas "
        "när filen har en enda serie (för EST: alla kategorier tillsammans).",
        "The series' name in the file: the KPI id in Kolada, ContentsCode in JSON-stat, the "
        "value of the series column or the EST category. Left out when the file has one "
        "series only (for EST: all categories together).",
        "KOLADA",
    ),
    "SeriesRef.gender": _d(
        "Kön som i Kolada: T totalt (standard), K kvinnor, M män.",
        "Gender as in Kolada: T total (default), K women, M men.",
        "KOLADA",
    ),
    "SeriesRef.place": _d(
        "Bara rader för denna plats (EST-rapporter).",
        "Only rows for this place (EST reports).",
        "BRA-est",
    ),
    # -- Dataset ------------------------------------------------------------
    "Dataset.id": _d("Id för datasetet.", "Id of the dataset."),
    "Dataset.format": _d(
        "Filens format: kolada (Koladas API v3, som kbfa data fetch kolada skriver den), "
        "jsonstat (JSON-stat 2.0, t.ex. SCB:s folkmängd), table (CSV eller XLSX genom "
        "mapping) eller est (kommunens egna EST-veckorapporter, summeras per tertial och år).",
        "The file's format: kolada (Kolada API v3, as kbfa data fetch kolada writes it), "
        "jsonstat (JSON-stat 2.0, e.g. SCB's population), table (CSV or XLSX through a "
        "mapping) or est (the municipality's own EST weekly reports, summed per tertial "
        "and year).",
        "KOLADA",
        "JSONSTAT",
        "BRA-est",
    ),
    "Dataset.file": _d(
        "Sökväg till filen, relativt mappen konfigurationen ligger i.",
        "Path of the file, relative to the config's folder.",
    ),
    "Dataset.source": _d(
        "Källan: vem som tagit fram statistiken (t.ex. ”Kolada (RKA), uppgifter från Brå”).",
        "The source: who produced the statistics (e.g. 'Kolada (RKA), figures from Brå').",
        "BRA-lagesbild",
    ),
    "Dataset.retrieved": _d(
        "Datum då filen hämtades från källan.", "Date the file was taken from its source."
    ),
    "Dataset.unit": _d("Vad värdena i filen räknar.", "What the file's values count."),
    "Dataset.title": _d("Datasetets namn för läsaren.", "The dataset's name for the reader."),
    "Dataset.url": _d(
        "Adress där statistiken finns eller hämtades.",
        "Address where the statistics are or were taken from.",
    ),
    "Dataset.attribution": _d(
        "Källangivelsen som källan kräver; för Kolada ”Källa: Kolada”.",
        "The credit the source requires; for Kolada 'Källa: Kolada'.",
        "KOLADA",
    ),
    "Dataset.limits": _d(
        "Källans begränsningar (t.ex. mörkertal i anmälningsstatistiken).",
        "The source's limits (e.g. unreported crime in police statistics).",
        "BRA-lagesbild",
    ),
    "Dataset.area": _d(
        "Områdeskoden för alla rader när filen saknar områdeskolumn; utelämnad är det "
        "kommunens egen kod.",
        "The area code of every row when the file has no area column; left out it is "
        "the municipality's own code.",
    ),
    "Dataset.sheet": _d(
        "Bladet i en XLSX-fil; utelämnat används det första.",
        "The sheet of an XLSX file; the first when left out.",
    ),
    "Dataset.mapping": _d(
        "Vilka kolumner som innehåller vad (för table och est).",
        "Which columns hold what (for table and est).",
    ),
    "Dataset.areas": _d(
        "Områdesnamn i filen och deras koder, när filen skriver namn i stället för koder.",
        "Area names in the file and their codes, when the file has names instead of codes.",
    ),
    # -- ColumnMapping -------------------------------------------------------
    "ColumnMapping.period": _d(
        "Kolumnen med året (för EST: rapportens datum).",
        "The column with the year (for EST: the report's date).",
    ),
    "ColumnMapping.value": _d(
        "Kolumnen med värdet (för EST: antalet). Decimalkomma och ”..”, ”–” eller tom cell "
        "för saknade eller sekretessbelagda värden hanteras.",
        "The column with the value (for EST: the count). Decimal comma and '..', '–' or an "
        "empty cell for missing or confidential values are handled.",
    ),
    "ColumnMapping.area": _d(
        "Kolumnen med områdeskod eller områdesnamn.", "The column with area code or name."
    ),
    "ColumnMapping.series": _d(
        "Kolumnen som skiljer serierna åt, t.ex. brottstyp (för EST: kategorin).",
        "The column telling series apart, e.g. crime type (for EST: the category).",
    ),
    "ColumnMapping.gender": _d(
        "Kolumnen med kön (T, K, M eller totalt/kvinnor/män).",
        "The column with gender (T, K, M or totalt/kvinnor/män).",
    ),
    "ColumnMapping.unit": _d(
        "Kolumnen med enheten; blandade enheter i en serie är ett fel.",
        "The column with the unit; mixed units in one series are an error.",
    ),
    "ColumnMapping.status": _d(
        "Kolumnen med status; ”preliminär” märker värdet som preliminärt.",
        "The column with status; 'preliminär' marks the value as preliminary.",
    ),
    "ColumnMapping.place": _d("Kolumnen med platsen (EST).", "The column with the place (EST)."),
    # -- AreaName -----------------------------------------------------------
    "AreaName.name": _d("Namnet som det står i filen.", "The name as the file writes it."),
    "AreaName.code": _d(
        "Koden: ”0000” riket, ”00NN” ett län, kommunkoden för en kommun.",
        "The code: '0000' the country, '00NN' a county, the municipal code for a municipality.",
    ),
    # -- Evidence -----------------------------------------------------------
    "Evidence.date": _d("Datum då det skedde.", "Date it happened."),
    "Evidence.kind": _d("Vad belägget visar.", "What the record attests."),
    "Evidence.subject": _d(
        "Id för det belägget gäller (ett organ, en leverans ...), eller "
        '"steering_document" för styrdokumentet.',
        'Id of what it concerns (a body, a deliverable...), or "steering_document".',
    ),
    "Evidence.reference": _d(
        "Referens, t.ex. ”KS 2025-11-12 § 143” eller ett diarienummer.",
        "Reference, e.g. 'KS 2025-11-12 § 143' or a registration number.",
    ),
    "Evidence.to": _d(
        "Organet som fick leveransen eller rapporten.",
        "The body that received the delivery or report.",
    ),
    "Evidence.note": _d("Anmärkning.", "Note."),
    # -- Waiver -------------------------------------------------------------
    "Waiver.rule": _d(
        "Koden för en av Brås eller kommunens egna regler (se kbfa rules). En regel i lagen "
        "(KBFA-L…) avvisas.",
        "The code of one of Brå's or the municipality's own rules (see kbfa rules). A rule of "
        "the law (KBFA-L…) is refused.",
    ),
    "Waiver.justification": _d("Motivering.", "Justification."),
    "Waiver.decision": _d(
        "Beslutet om undantaget, t.ex. ”KS 2025-03-04 § 31”.",
        "The decision granting it, e.g. 'KS 2025-03-04 § 31'.",
    ),
    "Waiver.expires": _d(
        "Sista dag undantaget gäller; utelämnad betyder tills vidare.",
        "Last day it applies; left out means until further notice.",
    ),
    # -- Explanation --------------------------------------------------------
    "Explanation.rule": _d(
        "Koden för regeln vars fynd förklaras (se kbfa rules), också en regel i lagen.",
        "The code of the rule whose findings are explained (see kbfa rules), a rule of the "
        "law included.",
    ),
    "Explanation.text": _d(
        "Kommunens förklaring, med dess egna ord.", "The municipality's explanation, in its words."
    ),
    "Explanation.decision": _d(
        "Beslutet bakom förklaringen, om det finns, t.ex. ”KS 2025-03-04 § 31”.",
        "The decision behind it, if any, e.g. 'KS 2025-03-04 § 31'.",
    ),
    # -- Unknown ------------------------------------------------------------
    "Unknown.key": _d(
        "Uppgiften som är okänd, som en sökväg med punkter där poster i en lista anges med "
        'sitt id: "agreements.samverkan-polis.purposes", "leadership.reporting", '
        '"steering_document.decision", "deliverables.lagesbild.covers", "leadership" (hela '
        "avsnittet).",
        "The unknown fact as a dotted path, list items named by their id: "
        '"agreements.samverkan-polis.purposes", "leadership.reporting", '
        '"steering_document.decision", "leadership" (the whole section).',
    ),
    "Unknown.note": _d(
        "Varför uppgiften är okänd, t.ex. ”Överenskommelsens sida 3 saknas i diariet”. Visas "
        "i fynden i stället för en brist.",
        "Why the fact is unknown, e.g. 'page 3 of the agreement is missing from the "
        "register'. Shown in the findings instead of a breach.",
    ),
    # -- EvaluationSettings -------------------------------------------------
    "EvaluationSettings.cycle_months": _d(
        "Hur många månader ”minst vartannat år” betyder för kontrollen (standard 24).",
        "How many months 'at least every second year' means for the check (default 24).",
        "L6",
    ),
    "EvaluationSettings.report_interval_months": _d(
        "Längsta tid i månader mellan rapporter till fullmäktige som räknas som "
        "”kontinuerligt” (standard 12).",
        "Longest gap in months between reports to the assembly that counts as "
        "'continuous' (default 12).",
        "L13",
    ),
}

#: What each kind of local requirement constrains (the loader lists the keys it needs).
REQUIREMENT_KINDS: dict[RequirementKind, Doc] = {
    RequirementKind.DELIVERABLE_CADENCE: _d(
        "en leverans takt (target, cadence)", "a deliverable's cadence (target, cadence)"
    ),
    RequirementKind.DELIVERABLE_CONTENTS: _d(
        "en leverans innehåll (target, covers)", "a deliverable's contents (target, covers)"
    ),
    RequirementKind.DELIVERABLE_BASIS: _d(
        "vad en leverans bygger på (target, based_on)",
        "what a deliverable rests on (target, based_on)",
    ),
    RequirementKind.REPORTING: _d(
        "rapportering till ett organ (target, to, cadence)",
        "reporting to a body (target, to, cadence)",
    ),
    RequirementKind.PARTNER_CATEGORIES: _d(
        "samverkanskategorier som överenskommelserna ska omfatta (categories)",
        "partner categories agreements must include (categories)",
    ),
    RequirementKind.AGREEMENT_SIGNATORIES: _d(
        "roller som undertecknar varje överenskommelse (roles)",
        "roles signing every agreement (roles)",
    ),
    RequirementKind.AGREEMENT_CONTENTS: _d(
        "nycklar varje överenskommelse ska ha (fields)", "keys every agreement states (fields)"
    ),
    RequirementKind.AGREEMENT_WRITTEN: _d(
        "att all samverkan ska vara skriftlig", "that all cooperation is written down"
    ),
    RequirementKind.REPRESENTATION: _d(
        "vilka som ska finnas i ett organ (target, roles, organisation_kinds)",
        "who must sit in a body (target, roles, organisation_kinds)",
    ),
    RequirementKind.MEETING_CADENCE: _d(
        "ett organs mötestakt (target, cadence)", "a body's meeting cadence (target, cadence)"
    ),
    RequirementKind.FOLLOW_UP: _d(
        "uppföljning av ett medborgarlöfte eller en leverans (target, cadence, by)",
        "follow-up of a promise or deliverable (target, cadence, by)",
    ),
    RequirementKind.PRACTICE: _d(
        "en plikt som bara visas av belägg (evidence_kind)",
        "a duty shown only by evidence records (evidence_kind)",
    ),
}
