"""Golden findings of the four municipalities (and the example) as of 2026-11-23.

Every open finding (ej uppfyllt, delvis, ej bedömbart) is pinned with a one-line
justification citing the seed document (../shared/seeds, by heading) or the § of
lag (2023:196). The full JSON output is pinned in tests/golden/findings/; after an
intended change, run ``python tests/regen_golden.py`` and review the diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kbfa.config import load
from kbfa.evaluation import evaluate
from regen_golden import AS_OF, GOLDEN, ROOT, render, sources  # type: ignore[import-not-found]

# Seeds: Lindesberg 004 (riktlinje, KS 2024-04-30), Nässjö 000/001 (plan, KF 2024-03-21),
# Hjo 002 (policy, KF 2024-05-16), Vetlanda 003 (plan 2020–2023 with the police).
NO_EVIDENCE = "no [[evidence]] records are in the config, so practice is ej bedömbart, never met"
NO_MEASURES = "the document describes the plan's process, not its measures: no [[measures]]"
NO_LAGESBILD = "003 has no lägesbild (KBFA-L4A), so this cannot be assessed"
NO_PLAN = "003 has no åtgärdsplan (KBFA-L5A), so this cannot be assessed"
NO_KF = "no reporting line to fullmäktige (KBFA-L13B), so its frequency cannot be assessed (info)"

PINNED: dict[str, dict[tuple[str, str], str]] = {
    "lindesberg": {
        ("KBFA-L2A", ""): "2 § summary: the 4, 5, 6, 12 and 13 § breaches below",
        (
            "KBFA-L4B",
            "deliverables[0].covers",
        ): "004 '2. Struktur': 'kartläggning och analys', crime's consequences never named (4 § 1 p.)",
        (
            "KBFA-L4C",
            "deliverables[0].covers",
        ): "004 '2. Struktur': no 'annan information av betydelse' stated for the kartläggning (4 § 2 p.)",
        (
            "KBFA-L5A",
            "deliverables[3].decided_by",
        ): "004 '2. Struktur': 'förslag på åtgärdsplaner' go to LindeBRÅ and styrgruppen; who decides is not said (5 §)",
        ("KBFA-L5C", "deliverables[3]"): NO_MEASURES,
        ("KBFA-L5D", "deliverables[3]"): NO_EVIDENCE + " (no adoption of a plan recorded)",
        (
            "KBFA-L6A",
            "deliverables[0].cadence",
        ): "004 says nothing on how often the kartläggning/lägesbild is updated (6 §)",
        (
            "KBFA-L6B",
            "deliverables[3]",
        ): "004 names no follow-up of the åtgärdsplan, let alone every second year (6 §)",
        ("KBFA-L6C", "deliverables[0]"): NO_EVIDENCE,
        ("KBFA-L6D", "deliverables[3]"): NO_EVIDENCE,
        (
            "KBFA-L7A",
            "deliverables[0].integrates_with",
        ): "004 links the work to no other statutory planning (7 §, warning)",
        (
            "KBFA-L9A",
            "requirements[0]",
        ): "004 '2. Struktur' demands written agreements but none is entered: effort only (9 §, warning)",
        (
            "KBFA-L12B",
            "coordination.tasks",
        ): "004 '2. Struktur': samordnaren's remit omits being the contact point for external actors (12 § 2 p.)",
        ("KBFA-L13B", "leadership"): "004 says nothing about reporting to kommunfullmäktige (13 §)",
        ("KBFA-L13D", "leadership"): NO_EVIDENCE + " (info: 'kontinuerligt' is an interpretation)",
        ("KBFA-L13C", "leadership"): NO_KF,
        ("KBFA-LOBA", "deliverables[3]"): NO_EVIDENCE + " (first plan by 2024-07-01)",
        (
            "KBFA-K-lb-skriftliga-avtal",
            "requirements[0]",
        ): "004 '2. Struktur': all cooperation in written agreements; police, Besök Linde, Fastigheter i Linde and Securitas sit in EST/styrgrupp without one",
        ("KBFA-KP-lb-styrgrupp-moten", "requirements[3]"): NO_EVIDENCE
        + " (styrgruppen twice a year)",
        ("KBFA-KP-lb-lindebra-moten", "requirements[4]"): NO_EVIDENCE
        + " (LindeBRÅ four times a year)",
        ("KBFA-KP-lb-est-moten", "requirements[5]"): NO_EVIDENCE + " (EST weekly)",
        ("KBFA-B01", "deliverables[3]"): NO_MEASURES + " (Brå chain, info)",
    },
    "nassjo": {
        ("KBFA-L2A", ""): "2 § summary: the 4, 5, 6, 12 and 13 § breaches below",
        (
            "KBFA-L4B",
            "deliverables[1].covers",
        ): "000 'Kartläggning – lägesrapport och lägesbild': a lägesbild 'med orsaksanalys', extent and consequences not stated (4 § 1 p.)",
        (
            "KBFA-L4C",
            "deliverables[1].covers",
        ): "000 same heading: no 'annan information av betydelse' stated (4 § 2 p.)",
        (
            "KBFA-L5A",
            "deliverables[2].decided_by",
        ): "000 'Analys och åtgärdsplan': who decides the åtgärdsplan is not stated (5 §)",
        ("KBFA-L5C", "deliverables[2]"): NO_MEASURES,
        ("KBFA-L5D", "deliverables[2]"): NO_EVIDENCE,
        (
            "KBFA-L6B",
            "requirements[6]",
        ): "000 'Uppföljning': 'Åtgärder och aktiviteter ska följas upp' with no interval (6 §: delvis)",
        ("KBFA-L6C", "deliverables[1]"): NO_EVIDENCE,
        ("KBFA-L6D", "deliverables[2]"): NO_EVIDENCE,
        (
            "KBFA-L7A",
            "deliverables[1].integrates_with",
        ): "000 ties the lägesbild to no other statutory planning (7 §, warning)",
        (
            "KBFA-L9A",
            "requirements[10]",
        ): "000 'Samverkansavtal' sets contents for agreements but none is entered (9 §, warning)",
        (
            "KBFA-L12B",
            "coordination.tasks",
        ): "000 'Organisation och ansvar': säkerhetsavdelningen 'samordna och operativt leda', no contact point (12 § 2 p.)",
        ("KBFA-L12C", "coordination.tasks"): "000 same: no task of informing residents (12 § 3 p.)",
        (
            "KBFA-L13B",
            "leadership.reporting",
        ): "000 'Organisation och ansvar': KS leads, reporting to fullmäktige not stated (13 §)",
        ("KBFA-L13D", "leadership"): NO_EVIDENCE + " (info)",
        ("KBFA-L13C", "leadership"): NO_KF,
        ("KBFA-LOBA", "deliverables[2]"): NO_EVIDENCE,
        (
            "KBFA-KA",
            "steering_document",
        ): "000 document head: no validity and no review date ('Senast reviderad' blank)",
        ("KBFA-KP-ns-lagesrapport-takt", "requirements[1]"): NO_EVIDENCE
        + " (lägesrapport three times a year)",
        ("KBFA-KP-ns-lagesbild-takt", "requirements[2]"): NO_EVIDENCE
        + " (lägesbild at least yearly)",
        ("KBFA-KP-ns-atgarder-foljs-upp", "requirements[6]"): NO_EVIDENCE,
        ("KBFA-KP-ns-lagesrapport-till-ks", "requirements[7]"): NO_EVIDENCE
        + " (to KS each tertial)",
        ("KBFA-KP-ns-lagesbild-till-ks", "requirements[8]"): NO_EVIDENCE + " (to KS in tertial 3)",
        ("KBFA-KP-ns-medborgarlofte-aktiviteter", "requirements[9]"): NO_EVIDENCE,
        ("KBFA-KP-ns-medborgardialog", "requirements[11]"): NO_EVIDENCE,
        ("KBFA-KP-ns-medborgarlofte-uppfoljning", "requirements[12]"): NO_EVIDENCE
        + " (twice a year)",
        ("KBFA-KP-ns-medborgarlofte-fornyelse", "requirements[13]"): NO_EVIDENCE
        + " (every second year)",
        ("KBFA-B01", "deliverables[2]"): NO_MEASURES + " (Brå chain, info)",
        (
            "KBFA-B13",
            "bodies",
        ): "000: two working groupings and a råd, no beredningsgrupp (Brå organisation, warning)",
        (
            "KBFA-B15",
            "citizen_promises[0].period",
        ): "000 'Medborgarlöfte': renewed every second year, but no period is stated (info)",
    },
    "hjo": {
        ("KBFA-L2A", ""): "2 § summary: the 4, 5, 10, 12 and 13 § breaches below",
        (
            "KBFA-L4B",
            "deliverables[0].covers",
        ): "002 'Lägesbild och åtgärdsplan': crime and insecurity compiled, consequences not named (4 § 1 p.)",
        (
            "KBFA-L4D",
            "deliverables[0].covers",
        ): "002 same heading: the lägesbild 'sammanställer', no analysis stated (4 § 3 p.)",
        (
            "KBFA-L5A",
            "deliverables[1].decided_by",
        ): "002: the plan is 'förankras i förvaltningsledningen'; which body decides is not said (5 §)",
        ("KBFA-L5C", "deliverables[1]"): NO_MEASURES,
        ("KBFA-L5D", "deliverables[1]"): NO_EVIDENCE,
        ("KBFA-L6C", "deliverables[0]"): NO_EVIDENCE,
        ("KBFA-L6D", "deliverables[1]"): NO_EVIDENCE,
        (
            "KBFA-L7A",
            "deliverables[0].integrates_with",
        ): "002 only 'andra relaterade områden'; no other statute's planning named (7 §, warning)",
        (
            "KBFA-L8A",
            "bodies[3].members_note",
        ): "002 'Återkoppling och strategiskt råd': partners sit in the råd but are not named, so cannot be assessed",
        (
            "KBFA-L9A",
            "requirements[0]",
        ): "002 'Samverkan' demands agreements with six categories; none is entered (9 §, warning)",
        (
            "KBFA-L10B",
            "bodies[3].chair",
        ): "002: the råd's leadership is left to a separate document; who leads is not stated (10 §)",
        (
            "KBFA-L10C",
            "bodies[3].members_note",
        ): "002: 'representanter från samverkansparterna återfinns' but unnamed, so cannot be assessed",
        (
            "KBFA-L12B",
            "coordination.tasks",
        ): "002 'Kommunens samordningsansvar': the function coordinates; contact point not stated (12 § 2 p.)",
        ("KBFA-L12C", "coordination.tasks"): "002 same: informing residents not stated (12 § 3 p.)",
        ("KBFA-L13A", "leadership"): "002 names no leading body (KS or nämnd) for the work (13 §)",
        (
            "KBFA-L13B",
            "leadership",
        ): "002 says nothing about reporting the work to kommunfullmäktige (13 §)",
        ("KBFA-L13D", "leadership"): NO_EVIDENCE + " (info)",
        ("KBFA-L13C", "leadership"): NO_KF,
        ("KBFA-LOBA", "deliverables[1]"): NO_EVIDENCE,
        (
            "KBFA-K-hjo-partnerkategorier",
            "requirements[0].categories",
        ): "002 'Samverkan': agreements 'minst inkludera' six categories; none entered; a warning, not a breach: 'frivilligt för privata och ideella aktörer' (strength best_effort)",
        ("KBFA-KP-hjo-lagesbild-arlig", "requirements[2]"): NO_EVIDENCE + " (lägesbild yearly)",
        ("KBFA-KP-hjo-atgardsplan-arlig", "requirements[3]"): NO_EVIDENCE
        + " (plan each calendar year)",
        ("KBFA-KP-hjo-arsanalys", "requirements[5]"): NO_EVIDENCE + " (årsanalys at year end)",
        ("KBFA-KP-hjo-lagesbild-arsskifte", "requirements[6]"): NO_EVIDENCE,
        ("KBFA-KP-hjo-atgardsplan-uppfoljning", "requirements[7]"): NO_EVIDENCE,
        ("KBFA-KP-hjo-kamera-dataskydd-till-ks", "requirements[12]"): NO_EVIDENCE
        + " (camera data protection to KS yearly)",
        ("KBFA-KP-hjo-mal-arsanalyser", "requirements[13]"): NO_EVIDENCE + " ('Mål' 1)",
        ("KBFA-KP-hjo-mal-atgardsplaner", "requirements[14]"): NO_EVIDENCE + " ('Mål' 3)",
        ("KBFA-B01", "deliverables[1]"): NO_MEASURES + " (Brå chain, info)",
        ("KBFA-B10", "deliverables"): "002 mentions no orsaksanalys (Brå, warning)",
        (
            "KBFA-B12",
            "bodies",
        ): "002 has no steering group with police and municipal leadership (Brå, warning)",
        ("KBFA-B13", "bodies"): "002 has no beredningsgrupp (Brå, warning)",
    },
    "vetlanda": {
        ("KBFA-L2A", ""): "2 § summary: the 4, 5, 9, 12 and 13 § breaches below",
        (
            "KBFA-L4A",
            "deliverables",
        ): "003 predates the law: no lägesbild is described, only temagruppens aktiviteter (4 §)",
        ("KBFA-L5A", "deliverables"): "003: no åtgärdsplan decided on a lägesbild (5 §)",
        ("KBFA-L4B", "deliverables"): NO_LAGESBILD,
        ("KBFA-L4C", "deliverables"): NO_LAGESBILD,
        ("KBFA-L4D", "deliverables"): NO_LAGESBILD,
        ("KBFA-L5B", "deliverables"): NO_PLAN,
        ("KBFA-L5C", "deliverables"): NO_PLAN,
        ("KBFA-L5D", "deliverables"): NO_PLAN,
        ("KBFA-L6A", "deliverables"): NO_LAGESBILD,
        ("KBFA-L6B", "deliverables"): NO_PLAN,
        ("KBFA-L6C", "deliverables"): NO_LAGESBILD,
        ("KBFA-L6D", "deliverables"): NO_PLAN,
        (
            "KBFA-L7A",
            "deliverables",
        ): "003 has neither lägesbild nor åtgärdsplan to integrate (info)",
        ("KBFA-LOBA", "deliverables"): NO_PLAN,
        (
            "KBFA-L9B",
            "agreements[0].areas",
        ): "003 'Struktur': the agreement's purpose is given, its areas are in the agreement, not the plan (9 §)",
        (
            "KBFA-L9C",
            "agreements[0].period.end",
        ): "003: the samverkansöverenskommelse ran 2020–2023 and has expired (9 §, warning)",
        (
            "KBFA-L10A",
            "bodies",
        ): "003: a temagrupp and the ledningsgrupp as styrgrupp, no strategic council with partners (10 §, warning)",
        (
            "KBFA-L12B",
            "coordination.tasks",
        ): "003: coordination 'på kommunens uppdrag' by Höglandets Räddningstjänstförbund; contact point not stated (12 § 2 p.)",
        ("KBFA-L12C", "coordination.tasks"): "003 same: informing residents not stated (12 § 3 p.)",
        ("KBFA-L13A", "leadership"): "003 names no leading body (KS or nämnd) (13 §)",
        (
            "KBFA-L13B",
            "leadership",
        ): "003: reporting goes to the ledningsgrupp, not to fullmäktige (13 §)",
        ("KBFA-L13D", "leadership"): NO_EVIDENCE + " (info)",
        ("KBFA-L13C", "leadership"): NO_KF,
        (
            "KBFA-KA",
            "steering_document.validity.end",
        ): "003 'Plan för brottsförebyggande arbete 2020–2023': its period ended 2023-12-31",
        ("KBFA-KP-vt-trygghetsbokslut", "requirements[0]"): NO_EVIDENCE
        + " (trygghetsbokslut yearly)",
        ("KBFA-KP-vt-temagrupp-rapporterar", "requirements[1]"): NO_EVIDENCE,
        ("KBFA-KP-vt-medborgardialog", "requirements[3]"): NO_EVIDENCE,
        ("KBFA-KP-vt-medborgarlofte-tvaar", "requirements[4]"): NO_EVIDENCE
        + " (every second year)",
        ("KBFA-B01", "measures"): NO_MEASURES + " (Brå chain, info)",
        ("KBFA-B10", "deliverables"): "003 mentions no orsaksanalys (Brå, warning)",
        ("KBFA-B12", "bodies"): "003: the ledningsgrupp has no police leadership (Brå, warning)",
        ("KBFA-B13", "bodies"): "003 has no beredningsgrupp (Brå, warning)",
        (
            "KBFA-B14",
            "citizen_promises[0].follow_up",
        ): "003 'Medborgardialog och medborgarlöften': no follow-up of the löfte stated (Brå, warning)",
        (
            "KBFA-B15",
            "citizen_promises[0].period",
        ): "003: two-year löften, but no signing recorded to count from (info)",
    },
    "exempelas": {
        (
            "KBFA-L5C",
            "deliverables[1]",
        ): "left out on purpose: Exempelås shows time (rhythms, quarters, mandate periods); "
        "the content chain problem → cause → measure is shown in exempelby",
        ("KBFA-L2A", ""): "follows KBFA-L5C: every 'ska' that can be assessed is met (info)",
        ("KBFA-B01", "deliverables[1]"): "same as KBFA-L5C: no measures to link (info)",
    },
    "exempelby": {
        (
            "KBFA-B03",
            "problems[2].identified_in",
        ): "made up on purpose: a measure aims at a problem the lägesbild never identified",
        (
            "KBFA-B07",
            "measures[2].follow_up",
        ): "made up on purpose: a measure without a follow-up column",
    },
}


@pytest.mark.parametrize("relative", sources(), ids=lambda p: Path(p).stem)
class TestGolden:
    def test_json_matches_golden(self, relative: str) -> None:
        """The JSON findings equal the reviewed golden file (regenerate with tests/regen_golden.py)."""
        golden = GOLDEN / (Path(relative).stem + ".json")
        assert render(relative) == golden.read_text(encoding="utf-8")

    def test_every_open_finding_is_justified(self, relative: str) -> None:
        """The open findings are exactly the pinned ones, each with a justification."""
        result = evaluate(load(ROOT / relative), AS_OF)
        got = {(f.code, f.location.path if f.location else "") for f in result.open_findings}
        pinned = PINNED[Path(relative).stem]
        assert got == set(pinned)
        assert all(why.strip() for why in pinned.values())


def test_every_config_is_pinned() -> None:
    """Each config and example has its justifications."""
    assert {Path(s).stem for s in sources()} == set(PINNED)
