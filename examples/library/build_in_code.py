"""Build a municipality's governance in code, check it, evaluate it, write the report.

A fictitious municipality (Exempelköping), written the way a developer would use kbfa
as a library. It type-checks under ``mypy --strict`` without a cast
(tests/test_api.py runs both mypy and the script).

    python examples/library/build_in_code.py rapport.docx
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

import kbfa
from kbfa.model import (
    Body,
    BodyKind,
    Cadence,
    CoordinationFunction,
    Deliverable,
    DeliverableKind,
    Leadership,
    Membership,
    Municipality,
    Organisation,
    OrganisationKind,
    Per,
    Role,
    Task12,
)


def governance() -> kbfa.Governance:
    """Exempelköping kommun (made up): a council, a coordinator, a lägesbild, an åtgärdsplan."""
    return kbfa.Governance(
        municipality=Municipality(name="Exempelköpings kommun (påhittad)", organisation="kommun"),
        organisations=(
            Organisation(id="kommun", name="Exempelköpings kommun", kind=OrganisationKind.KOMMUN),
            Organisation(id="polisen", name="Polisen", kind=OrganisationKind.POLICE),
        ),
        roles=(
            Role(id="kso", title="Kommunstyrelsens ordförande", organisation="kommun", senior=True),
            Role(id="samordnare", title="Brottsförebyggande samordnare", organisation="kommun"),
            Role(id="lpo-chef", title="Lokalpolisområdeschef", organisation="polisen", senior=True),
        ),
        bodies=(
            Body(id="kf", name="Kommunfullmäktige", kind=BodyKind.ASSEMBLY),
            Body(id="ks", name="Kommunstyrelsen", kind=BodyKind.EXECUTIVE_BOARD),
            Body(
                id="radet",
                name="Brottsförebyggande rådet",
                kind=BodyKind.STRATEGIC_COUNCIL,
                chair="kso",
                members=(Membership(role="kso"), Membership(role="lpo-chef")),
                cadence=(Cadence(times=4, per=Per.YEAR),),
            ),
        ),
        leadership=Leadership(body="ks", assembly="kf"),
        coordination=CoordinationFunction(
            held_by=("samordnare",),
            tasks=(Task12.COORDINATE_SUPPORT, Task12.CONTACT_POINT, Task12.INFORM_PUBLIC),
        ),
        deliverables=(
            Deliverable(
                id="lagesbild",
                kind=DeliverableKind.LAGESBILD,
                title="Lägesbild",
                produced_by=("samordnare",),
                cadence=(Cadence(times=1, per=Per.YEAR),),
            ),
            Deliverable(
                id="atgardsplan",
                kind=DeliverableKind.ATGARDSPLAN,
                title="Åtgärdsplan",
                decided_by="ks",
                based_on=("lagesbild",),
                cadence=(Cadence(times=1, per=Per.YEAR, interval=2),),
            ),
        ),
    )


def main(argv: list[str]) -> int:
    try:
        g = kbfa.validate(governance())  # the loader's checks: ids resolve, values are valid
    except kbfa.ConfigError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 2
    as_of = dt.date(2026, 11, 23)
    result = kbfa.evaluate(g, as_of)
    breaches = [f for f in result.open_findings if f.severity is kbfa.Severity.BREACH]
    for f in breaches:
        print(f"{f.code} {f.reference}: {f.message}")
    report = io.BytesIO()
    kbfa.write_report(g, report, as_of=as_of)
    if argv:
        Path(argv[0]).write_bytes(report.getvalue())
    print(f"{len(breaches)} brister; rapporten är {len(report.getvalue())} byte")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
