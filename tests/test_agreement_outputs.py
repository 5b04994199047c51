"""One agreement with any number of parties, one agreement in every output (issue 12).

Exempeldal's (fictitious) "Överenskommelse om samverkan för ett tryggare Exempeldal" has
three parties, the municipality, the police area and the länsstyrelse, and two
signatories for the municipality. It is one agreement in ``check``, ``show``, the
structure document, the report and the agreement documents: never two bilateral
drafts. Each signatory signs for the party it belongs to (9 §: the agreement is the
parties'; Brå, "Teckna samverkansöverenskommelse": signed by each party's leadership).
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kbfa.config import load, loads
from kbfa.errors import ConfigError
from kbfa.outputs.docx import BuildContext, build_documents, coordinator_appendix
from kbfa.outputs.summary import render_summary

ROOT = Path(__file__).resolve().parents[1]
DAL = ROOT / "examples" / "exempeldal.toml"
AS_OF = dt.date(2026, 11, 29)
TITLE = "Överenskommelse om samverkan för ett tryggare Exempeldal"
PARTIES = [
    "Exempeldal kommun",
    "Polismyndigheten, lokalpolisområde Exempeldal",
    "Länsstyrelsen i Exempellän",
]


def tables(doc: Any) -> list[list[list[str]]]:
    return [[[c.text for c in r.cells] for r in t.rows] for t in doc.tables]


@pytest.fixture(scope="module")
def docs() -> dict[str, Any]:
    g = load(DAL).governance
    return {d.stem: d.document for d in build_documents(g, BuildContext(as_of=AS_OF))}


def test_check_names_the_agreement_once() -> None:
    """The findings about it are per agreement: 9 § effort (L9A), content (L9B), period (L9C),
    Brå's period (B11) and the programme's own content requirement (K-avtal-innehall, in
    Swedish words, not config keys), once each."""
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "kbfa",
            "check",
            str(DAL),
            "--as-of",
            "2026-11-29",
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    findings = json.loads(out)["findings"]
    about = [f for f in findings if (f["path"] or "").startswith("agreements[0]")]
    assert sorted(f["code"] for f in about) == [
        "KBFA-B11",
        "KBFA-K-avtal-innehall",
        "KBFA-L9A",
        "KBFA-L9B",
        "KBFA-L9C",
    ]
    (own,) = [f for f in about if f["code"] == "KBFA-K-avtal-innehall"]
    assert own["message"] == f'Överenskommelsen "{TITLE}" anger syften, områden och period.'
    (content,) = [f for f in about if f["code"] == "KBFA-L9B"]
    assert (content["verdict"], content["message"]) == (
        "uppfyllt",
        f'Överenskommelsen "{TITLE}" anger för vilka syften och inom vilka områden samverkan ska '
        "ske.",
    )


def test_show_lists_it_once_with_all_parties_and_signatories_per_party() -> None:
    text = render_summary(load(DAL).governance)
    assert text.count(TITLE) == 1
    assert f"* {TITLE}: " + ", ".join(PARTIES) in text
    assert (
        "    Undertecknas av: Exempeldal kommun: Kommunstyrelsens ordförande, Kommundirektör; "
        "Polismyndigheten, lokalpolisområde Exempeldal: Lokalpolisområdeschef; Länsstyrelsen i "
        "Exempellän: Landshövding"
    ) in text


def test_structure_document_has_one_row(docs: dict[str, Any]) -> None:
    rows = [
        t for t in tables(docs["struktur"]) if t[0][:2] == ["Skriftlig överenskommelse", "Parter"]
    ]
    assert rows == [
        [
            ["Skriftlig överenskommelse", "Parter", "Undertecknas av", "Period"],
            [
                TITLE,
                "\n".join(PARTIES),
                "Exempeldal kommun: Kommunstyrelsens ordförande, Kommundirektör\n"
                "Polismyndigheten, lokalpolisområde Exempeldal: Lokalpolisområdeschef\n"
                "Länsstyrelsen i Exempellän: Landshövding",
                "2025-01-01 – 2027-12-31",
            ],
        ]
    ]


def test_report_has_one_row() -> None:
    """The report's detail on agreements is in the coordinator's appendix (kbfa report
    --bilaga): one row for the agreement, all parties, signatories per party."""
    report = coordinator_appendix(load(DAL), AS_OF, BuildContext()).document
    detail = [t for t in tables(report) if t[0][0] == "Överenskommelse"]
    (table,) = detail
    assert [r[0].splitlines()[0] for r in table[1:]] == [TITLE]  # the period below it
    assert table[1][1] == "\n".join(PARTIES)
    assert table[1][3].startswith("Exempeldal kommun: Kommunstyrelsens ordförande, Kommundirektör")


def test_agreement_documents_one_with_every_party(docs: dict[str, Any]) -> None:
    """One document, a signature block per party, two positions signing for the municipality."""
    assert "samverkansoverenskommelse-polisen-lansstyrelsen" in docs
    assert "samverkansoverenskommelse-polisen" not in docs
    assert "samverkansoverenskommelse-lansstyrelsen" not in docs
    doc = docs["samverkansoverenskommelse-polisen-lansstyrelsen"]
    blocks = [p.text for p in doc.paragraphs if p.text.startswith("För ")]
    assert blocks == [f"För {p}" for p in PARTIES]
    signers = [t[1:] for t in tables(doc) if t[0][0] == "Befattning"]
    assert [[r[0] for r in t] for t in signers] == [
        ["Kommunstyrelsens ordförande", "Kommundirektör"],
        ["Lokalpolisområdeschef"],
        ["Landshövding"],
    ]
    assert "Överenskommelsen har upprättats i 3 likalydande exemplar" in "\n".join(
        p.text for p in doc.paragraphs
    )


BASE = """\
[municipality]
name = "Provkommun"
organisation = "kommun"

[[organisations]]
id = "kommun"
name = "Provkommun"
kind = "kommun"

[[organisations]]
id = "polisen"
name = "Polisen"
kind = "police"

[[organisations]]
id = "lst"
name = "Länsstyrelsen"
kind = "county_board"

[[roles]]
id = "lst-chef"
title = "Landshövding"
organisation = "lst"
"""


def test_a_signatory_signs_for_a_party() -> None:
    """A role of an organisation that is no party cannot sign: the loader says which."""
    text = BASE + (
        '[[agreements]]\nid = "a"\ntitle = "A"\nparties = ["kommun", "polisen"]\n'
        'signatories = ["lst-chef"]\n'
    )
    with pytest.raises(ConfigError) as e:
        loads(text, filename="p.toml")
    (problem,) = e.value.problems
    assert problem.path == "agreements[0].signatories[0]"
    assert problem.message == (
        'rollen "lst-chef" hör till "lst", som inte är part (kommun, polisen); en roll skriver '
        "under för den part den hör till"
    )


@pytest.mark.parametrize(
    ("collective", "stem"), [(True, "mall-fastighetsagare"), (False, "fastighetsagare")]
)
def test_a_category_is_explicit_not_read_from_the_name(collective: bool, stem: str) -> None:
    """ "Fastighetsägare" gets a fill-in template only when the config says it is a category."""
    text = BASE + (
        '[[organisations]]\nid = "fastighetsagare"\nname = "Fastighetsägare"\nkind = "company"\n'
        f"collective = {'true' if collective else 'false'}\n"
    )
    g = loads(text).governance
    stems = [d.stem for d in build_documents(g, BuildContext()) if "fastighet" in d.stem]
    assert stems == [f"samverkansoverenskommelse-{stem}"]
