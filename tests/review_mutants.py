"""Re-run the mutation review's rules/ and evaluation/ mutants against today's code.

``python tests/review_mutants.py`` applies each mutant below, one at a time, runs the
test that is meant to kill it (tests/README.md has the table), and restores the file.
A mutant that the named test does not kill is reported and the script exits 1.
``--discover`` instead runs the rule-level test files (no golden files) and lists every
test that fails under each mutant.

The ids are the review's (../shared/reviews/mutation-review.md); the files and lines
moved when the rules were laid out by section of the law, so each mutant is written
against the new code but changes the same behaviour. Ids with a trailing "+" are the
review's kills that only a regenerated golden file gave; they must now be killed
directly. "N"-ids are new mutants of this task's own clocks and aggregation.

Not collected by pytest (the file name does not start with ``test_``).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "kbfa"

#: (id, file under src/kbfa, text, replacement, killing test)
MUTANTS: list[tuple[str, str, str, str, str]] = [
    (
        "T1",
        "rules/_time.py",
        "if first <= d <= last",
        "if first < d <= last",
        "tests/test_local_rules.py::TestPracticeWindows::test_a_yearly_meeting_in_the_last_12_months",
    ),
    (
        "T2",
        "rules/_time.py",
        "months = max(cadence_months(c), 12.0)",
        "months = cadence_months(c)",
        "tests/test_local_rules.py::TestPracticeWindows::test_a_quarterly_cadence_counts_over_12_months",
    ),
    (
        "T4",
        "rules/_time.py",
        "Per.TERTIAL: 4.0,",
        "Per.TERTIAL: 3.0,",
        "tests/test_local_rules.py::TestPracticeWindows::test_a_tertial_cadence_needs_three_a_year",
    ),
    (
        "P3",
        "rules/_practice.py",
        "return per_year(actual) >= per_year(wanted) - 1e-9",
        "return per_year(actual) <= per_year(wanted) + 1e-9",
        "tests/test_local_rules.py::TestCadenceDesign::test_meeting_cadence",
    ),
    (
        "LP1",
        "rules/law/ob_overgangsbestammelser.py",
        "if date <= PLAN_IN_FORCE:",
        "if date < PLAN_IN_FORCE:",
        "tests/test_law_p02_p14_ob.py::TestLOBAFirstPlan::test_the_first_plan_by_1_july_2024",
    ),
    (
        "LP3",
        "rules/law/p06_uppdatering.py",
        "due = add_months(max(date, PLAN_IN_FORCE), months)",
        "due = add_months(date, months)",
        "tests/test_law_p06_uppdatering.py::TestL6DFollowedUpOnTime::test_clock_from_the_first_plan",
    ),
    (
        "LP6",
        "rules/law/p06_uppdatering.py",
        "cadence, name, path = max(timed, key=lambda t: per_year(t[0]))",
        "cadence, name, path = min(timed, key=lambda t: per_year(t[0]))",
        "tests/test_law_p06_uppdatering.py::TestL6BFollowUpCycle::test_the_fastest_of_several_ways_counts",
    ),
    (
        "LP7",
        "rules/law/p05_atgardsplan.py",
        "if lb[0] <= date]",
        "if lb[0] < date]",
        "tests/test_law_p05_atgardsplan.py::TestL5DAdopted::test_lagesbild_on_the_day_of_adoption_counts",
    ),
    (
        "LC2",
        "rules/_periods.py",
        "if period.end is not None and period.end < ctx.as_of:",
        "if period.end is not None and period.end <= ctx.as_of:",
        "tests/test_law_p09_overenskommelser.py::TestL9CInForce::test_the_last_day_is_in_force",
    ),
    (
        "LC3",
        "model/_governance.py",
        "return 12 * self.length_years",
        "return 12",
        "tests/test_law_p09_overenskommelser.py::TestL9CInForce::test_a_two_year_rolling_period",
    ),
    (
        "LC6+",
        "rules/law/p02_sammanfattning.py",
        "severities = {severity for verdict, severity in results if verdict.is_open}",
        "severities = {s for v, s in results if v.is_open and v is not Verdict.DELVIS}",
        "tests/test_law_p02_p14_ob.py::TestL2ASummary::test_a_partly_met_breach_counts_too",
    ),
    (
        "LC7",
        "rules/law/p02_sammanfattning.py",
        "or rule.duty is None or not rule.binding:",
        'or rule.duty is None or not rule.binding or code == "KBFA-L6D":',
        "tests/test_law_p02_p14_ob.py::TestL2ASummary::test_a_breach_of_any_binding_duty_makes_it_partly_met",
    ),
    (
        "LC8",
        "rules/law/p13_ledning.py",
        "if ctx.as_of <= due:",
        "if ctx.as_of < due:",
        "tests/test_law_p11_p13.py::TestL13DReported::test_the_next_report_within_12_months",
    ),
    (
        "LO1",
        "rules/_document.py",
        "elif end is not None and end < as_of:",
        "elif end is not None and end <= as_of:",
        "tests/test_governance_in_time.py::TestKBFAKA::test_expiry_after_the_last_day",
    ),
    (
        "LO3",
        "rules/styrdokument.py",
        "e.date >= due for e in",
        "e.date > due for e in",
        "tests/test_governance_in_time.py::TestKBFAKA::test_a_review_recorded_on_the_due_date",
    ),
    (
        "LO4",
        "rules/local/design.py",
        "verdict = coverage(len(missing), len(r.covers), absent=Verdict.EJ_BEDOMBART)",
        "verdict = coverage(len(missing), len(d.covers), absent=Verdict.EJ_BEDOMBART)",
        "tests/test_local_rules.py::TestContents::test_deliverable_contents_are_graded_by_the_required_parts",
    ),
    (
        "LO5",
        "rules/local/practice.py",
        "records = [e for e in records if e.to in (None, r.to)]",
        "records = [e for e in records if e.to == r.to]",
        "tests/test_local_rules.py::TestPracticeWindows::test_a_record_without_recipient_counts_for_a_reporting_line",
    ),
    (
        "LO6+",
        "rules/local/__init__.py",
        "in_force=since or dt.date.min,",
        "in_force=dt.date.min,",
        "tests/test_governance_in_time.py::TestBeforeTheDecision::test_its_own_rules_say_they_apply_from_the_decision",
    ),
    (
        "LO8",
        "rules/local/design.py",
        "loose = [x for x in r.roles if x in seats and seats[x] is not Participation.MEMBER]",
        "loose: list[str] = []",
        "tests/test_local_rules.py::TestRepresentation::test_offered_and_as_needed_seats_are_not_members",
    ),
    (
        "W1",
        "rules/waivers.py",
        "if w.expires is not None and w.expires < ctx.as_of:",
        "if w.expires is not None and w.expires <= ctx.as_of:",
        "tests/test_waivers_explanations.py::TestWaiverExpiry::test_the_expiry_day_is_covered",
    ),
    (
        "E3",
        "evaluation/_engine.py",
        "if w.expires is None or day <= w.expires:",
        "if w.expires is None or day < w.expires:",
        "tests/test_waivers_explanations.py::TestWaiverExpiry::test_the_expiry_day_is_covered",
    ),
    (
        "E4",
        "evaluation/_engine.py",
        "if is_law_code(w.rule) or w.rule in out:",
        "if is_law_code(w.rule):",
        "tests/test_waivers_explanations.py::TestWaiverExpiry::test_the_first_waiver_written_wins",
    ),
    (
        "E6+",
        "evaluation/_engine.py",
        "if waiver is not None and verdict.is_open:",
        "if waiver is not None:",
        "tests/test_waivers_explanations.py::TestWaiverExpiry::test_a_waiver_leaves_met_findings_alone",
    ),
    (
        "R2+",
        "rules/_rule.py",
        "LAW_IN_FORCE = dt.date(2023, 7, 1)",
        "LAW_IN_FORCE = dt.date(2024, 7, 1)",
        "tests/test_law_p04_lagesbild.py::TestL4ALagesbildExists::test_applies_from_the_law_entering_into_force",
    ),
    # New clocks and aggregation of issue 10.
    (
        "N1",
        "rules/_rule.py",
        "CAMERA_IN_FORCE = dt.date(2025, 4, 1)",
        "CAMERA_IN_FORCE = dt.date(2025, 5, 1)",
        "tests/test_law_p02_p14_ob.py::TestL14ACamera::test_not_in_force_before_1_april_2025",
    ),
    (
        "N2",
        "rules/law/p09_overenskommelser.py",
        "if when is not None and when < LAW_IN_FORCE:",
        "if when is not None and when <= LAW_IN_FORCE:",
        "tests/test_law_p09_overenskommelser.py::TestL9BContent::test_applies_to_agreements_concluded_from_1_july_2023",
    ),
    (
        "N3",
        "rules/_document.py",
        "elif start is not None and as_of < start:",
        "elif start is not None and as_of <= start:",
        "tests/test_governance_in_time.py::TestDocumentState::test_from_decision_to_the_end_of_validity",
    ),
    (
        "N4",
        "evaluation/_duties.py",
        "basis = binding or parts",
        "basis = parts",
        "tests/test_duty_verdicts.py::TestCoverage::test_the_ska_parts_decide_over_verka_for",
    ),
    (
        "N5",
        "evaluation/_duties.py",
        "if any(v in (Verdict.UPPFYLLT, Verdict.DELVIS) for v in verdicts):",
        "if any(v is Verdict.UPPFYLLT for v in verdicts):",
        "tests/test_duty_verdicts.py::TestCoverage::test_a_partly_met_part_is_some",
    ),
    (
        "N6",
        "rules/_rule.py",
        "        if situation is Situation.LAW_FILLS:\n            return Severity.INFO\n",
        "",
        "tests/test_law_p11_p13.py::TestL12Tasks::test_an_unstated_task_follows_from_the_law",
    ),
]

#: Rule-level test files run with --discover: no golden file among them.
RULE_TESTS = [
    *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "tests").glob("test_law_*.py")),
    "tests/test_local_rules.py",
    "tests/test_governance_in_time.py",
    "tests/test_waivers_explanations.py",
    "tests/test_duty_verdicts.py",
    "tests/test_rules_checks.py",
    "tests/test_rules_catalogue.py",
    "tests/test_review_verdicts.py",
]


def run(args: list[str]) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", "-p", "no:cacheprovider"]
    return subprocess.run(
        [*cmd, "--hypothesis-seed=0", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def main(argv: list[str]) -> int:
    discover = "--discover" in argv
    only = [a for a in argv if not a.startswith("--")]
    survived: list[str] = []
    for ident, file, old, new, test in MUTANTS:
        if only and ident not in only:
            continue
        path = SRC / file
        original = path.read_text(encoding="utf-8")
        if original.count(old) != 1:
            print(f"{ident}: the text to mutate occurs {original.count(old)} times in {file}")
            survived.append(ident)
            continue
        path.write_text(original.replace(old, new), encoding="utf-8")
        try:
            if discover:
                out = run(["-rf", *RULE_TESTS])
                failed = [
                    line.split(" ", 1)[1].split(" - ")[0]
                    for line in out.stdout.splitlines()
                    if line.startswith("FAILED ")
                ]
                print(f"{ident}: {len(failed)} failing")
                for name in failed:
                    print(f"    {name}")
                if not failed:
                    survived.append(ident)
            else:
                out = run(["-x", test])
                killed = out.returncode != 0
                print(f"{ident}: {'killed' if killed else 'SURVIVED'} by {test}")
                if not killed:
                    survived.append(ident)
        finally:
            path.write_text(original, encoding="utf-8")
    if survived:
        print("survived:", ", ".join(survived))
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
