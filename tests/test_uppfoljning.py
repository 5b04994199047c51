"""``kbfa uppfoljning``: the 6 § follow-up of Exempelby's åtgärdsplan, in Word and JSON.

Expected values are written from the example's config and fixtures: the plan was
last followed up on 2026-11-17 (KS § 151), so under 6 § ("minst vartannat år", 24
months by default) the next is due by 2028-11-17; "Grannsamverkan" is followed by
bostadsinbrott per 100 000 with baseline 155 (2023) and target 130 (2027), so its
target line is 155 − 25 × 1/4 = 148,75 in 2024, and the fixture's 2024 rate is below
it: on track. The due date is the rules' own clock: the same date KBFA-L6D states.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import docx
import pytest

from conftest import ROOT
from kbfa.cli import main
from kbfa.config import load
from kbfa.data import indicator_data
from kbfa.evaluation import evaluate
from kbfa.outputs.docx import BuildContext, build_follow_up, outline, text_of
from kbfa.outputs.follow_up import collect_follow_up, follow_up_json
from test_lagesbild import fixture_rates  # type: ignore[import-not-found]

EXAMPLE = ROOT / "examples" / "exempelby.toml"
AS_OF = "2026-11-23"


def json_of(as_of: str = AS_OF, *extra: str) -> dict[str, Any]:
    loaded = load(EXAMPLE)
    fu = collect_follow_up(loaded.governance, indicator_data(loaded), dt.date.fromisoformat(as_of))
    return json.loads(follow_up_json(fu, *extra))  # type: ignore[arg-type]


class TestJson:
    def test_shape(self) -> None:
        doc = json_of()
        assert (doc["kind"], doc["schema_version"], doc["as_of"]) == (
            "kbfa-uppfoljning",
            1,
            "2026-11-23",
        )
        assert [m["id"] for m in doc["measures"]] == [
            "grannsamverkan",
            "nattvandring",
            "trygghetsvardar",
            "skolgardar",
        ]
        assert doc["plan"] == {
            "title": "Åtgärdsplan för ett tryggare Exempelby",
            "adopted": {"date": "2026-04-15", "reference": "KS 2026-04-15 § 53"},
        }

    def test_the_6_clock(self) -> None:
        assert json_of()["follow_up_due"] == {
            "date": "2028-11-17",
            "since": "2026-11-17",
            "reference": "KS 2026-11-17 § 151",
            "first": False,
            "cycle_months": 24,
        }

    def test_before_the_first_follow_up_the_clock_runs_from_the_plan(self) -> None:
        """On 2025-11-01 the first plan (KS 2024-06-12) had not been followed up: due by
        2026-07-01, two years from 1 July 2024, the earliest a plan was required."""
        assert json_of("2025-11-01")["follow_up_due"] == {
            "date": "2026-07-01",
            "since": "2024-06-12",
            "reference": "KS 2024-06-12 § 88",
            "first": True,
            "cycle_months": 24,
        }

    def test_the_same_date_as_kbfa_l6d(self) -> None:
        (l6d,) = [
            f
            for f in evaluate(load(EXAMPLE), dt.date(2026, 11, 23)).findings
            if f.code == "KBFA-L6D"
        ]
        assert "nästa uppföljning senast 2028-11-17" in l6d.message

    def test_on_track_against_the_fixture(self) -> None:
        rate_2024 = fixture_rates()[("9999", 2024)]
        assert rate_2024 <= 148.75  # the fixture is what makes it on track
        (ind,) = json_of()["measures"][0]["indicators"]
        assert ind["id"] == "inbrott-per-invanare"
        assert ind["baseline"] == {"year": 2023, "value": 155.0, "note": None}
        assert ind["target"] == {"year": 2027, "value": 130.0, "note": None}
        assert ind["latest"]["year"] == 2024
        assert ind["latest"]["value"] == pytest.approx(rate_2024)
        assert ind["expected"] == 148.75
        assert (ind["status"], ind["status_text"], ind["reason"]) == (
            "on_track",
            "på väg mot målet",
            "ahead",
        )

    def test_no_data_says_why(self) -> None:
        measures = {m["id"]: m for m in json_of()["measures"]}
        trygghet, est = measures["nattvandring"]["indicators"]
        assert (trygghet["status"], trygghet["reason_text"]) == ("no_data", "målvärde saknas")
        assert est["latest"] == {
            "year": 2025,
            "tertial": None,
            "value": 174.0,
            "status": "incomplete",
        }
        (skola,) = measures["skolgardar"]["indicators"]
        # Baseline 2025; 2026 was under way when the EST reports were retrieved.
        assert (skola["status"], skola["reason"]) == ("no_data", "nothing_after_baseline")
        assert skola["reason_text"] == "inget värde för ett helt år efter utgångsåret 2025"

    def test_counts(self) -> None:
        assert json_of()["counts"] == {"on_track": 1, "off_track": 0, "no_data": 4}

    def test_english_texts_same_keys(self) -> None:
        (ind,) = json_of(AS_OF, "en")["measures"][0]["indicators"]
        assert (ind["status"], ind["status_text"]) == ("on_track", "on track")


@pytest.fixture(scope="module")
def built() -> Any:
    loaded = load(EXAMPLE)
    on = dt.date(2026, 11, 23)
    fu = collect_follow_up(loaded.governance, indicator_data(loaded), on)
    ctx = BuildContext(lang="sv", as_of=on)
    return build_follow_up(loaded.governance, fu, ctx).document


class TestDocument:
    def test_the_cover_names_the_due_date(self, built: Any) -> None:
        cover = next(i["table"] for i in outline(built) if "table" in i)
        assert [
            "Nästa uppföljning enligt 6 § senast",
            "2028-11-17 (minst vartannat år, räknat från 2026-11-17)",
        ] in cover
        assert ["Förra uppföljningen", "2026-11-17 (KS 2026-11-17 § 151)"] in cover

    def test_a_row_per_measure_and_indicator(self, built: Any) -> None:
        tables = [i["table"] for i in outline(built) if "table" in i]
        effect = next(t for t in tables if t[0][0] == "Åtgärd" and t[0][-1] == "Status")
        assert effect[0] == [
            "Åtgärd",
            "Orsak och problem",
            "Indikator",
            "Utgångsläge",
            "Mål",
            "Senaste värde",
            "Status",
        ]
        first = effect[1]
        assert first[0].startswith("1. Grannsamverkan och ny belysning i Norra")
        assert first[3:5] == ["155,0 (2023)", "130,0 (2027)"]
        assert first[5] == f"{fixture_rates()[('9999', 2024)]:.1f}".replace(".", ",") + "\n(2024)"
        assert first[6] == "på väg mot målet: 130,8 (2024), minst så bra som målkurvans 148,8"
        assert effect[3][0] == "2. (forts.)"

    def test_the_status_shading(self, built: Any) -> None:
        """Green for on track, grey for no data; the word says the same in black and white."""
        from docx.oxml.ns import qn

        table = next(t for t in built.tables if t.rows[0].cells[-1].text == "Status")
        fills = [
            row.cells[-1]._tc.tcPr.find(qn("w:shd")).get(qn("w:fill")) for row in table.rows[1:]
        ]
        assert fills == ["C6EFCE", "EDEDED", "EDEDED", "EDEDED", "EDEDED"]

    def test_implementation_is_left_to_the_municipality(self, built: Any) -> None:
        tables = [i["table"] for i in outline(built) if "table" in i]
        output = next(t for t in tables if t[0][-1] == "Genomförande och avvikelser")
        assert output[1][2].startswith("Grön:")
        assert all(row[3] == "" for row in output[1:])
        assert "Kommunens svar" in text_of(built)


class TestCommand:
    def test_json_to_standard_output(self, capsys: pytest.CaptureFixture[str]) -> None:
        args = ["uppfoljning", str(EXAMPLE), "--format", "json", "--as-of", AS_OF]
        assert main(args) == 0
        assert json.loads(capsys.readouterr().out)["follow_up_due"]["date"] == "2028-11-17"

    def test_json_to_a_file(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        out = tmp_path / "uppfoljning.json"
        args = ["uppfoljning", str(EXAMPLE), "--format", "json", "-o", str(out), "--as-of", AS_OF]
        assert main(args) == 0
        assert json.loads(out.read_text(encoding="utf-8"))["counts"]["on_track"] == 1

    def test_word(self, tmp_path: Path) -> None:
        out = tmp_path / "uppfoljning.docx"
        assert main(["uppfoljning", str(EXAMPLE), "-o", str(out), "--as-of", AS_OF]) == 0
        assert "2. Åtgärder och indikatorer" in text_of(docx.Document(io.BytesIO(out.read_bytes())))

    def test_word_needs_an_output(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["uppfoljning", str(EXAMPLE)]) == 2
        assert "ange -o UT.docx" in capsys.readouterr().err

    def test_wrong_suffix(self, tmp_path: Path) -> None:
        out = tmp_path / "uppfoljning.json"
        assert main(["uppfoljning", str(EXAMPLE), "-o", str(out)]) == 2
        assert not out.exists()


def test_check_and_help_load_no_chart_word_or_http_library(tmp_path: Path) -> None:
    """kbfa check of a config with statistics reads them, but loads no matplotlib,
    python-docx or HTTP library; --help loads none of them nor the data readers."""
    code = (
        "import sys; from kbfa.cli import main\n"
        f"status = main(['check', {str(EXAMPLE)!r}, '--exit-zero', '--as-of', '2026-11-23'])\n"
        "heavy = [m for m in ('matplotlib', 'docx', 'urllib3', 'http.client', 'openpyxl') "
        "if m in sys.modules]\n"
        "print(status, heavy, 'kbfa.data' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "0 [] True"


@pytest.mark.slow
def test_converts_in_libreoffice(tmp_path: Path) -> None:
    """LibreOffice lays the follow-up out, landscape, with the table's statuses."""
    from test_pdf_conversion import convert, pdf_pages, pdf_text, require  # type: ignore[import-not-found]

    require("soffice", "pdftotext")
    out = tmp_path / "uppfoljning.docx"
    assert main(["uppfoljning", str(EXAMPLE), "-o", str(out), "--as-of", AS_OF]) == 0
    convert([out], tmp_path, tmp_path / "profile")
    text = " ".join(pdf_text(tmp_path / "uppfoljning.pdf").split())
    for expected in (
        "Nästa uppföljning enligt 6 § senast 2028-11-17",
        "på väg mot målet",
        "Genomförande och avvikelser",
    ):
        assert expected in text
    # The note under the sources stays on their page: before 0.2 the last page of the
    # example's follow-up held that one sentence and nothing else.
    pdf = tmp_path / "uppfoljning.pdf"
    last = " ".join(pdf_text(pdf, pdf_pages(pdf)).split())
    assert "Värden per invånare är beräknade ur källorna" in last
    assert "5. Källor" in last and "EST-veckorapporter, hämtad 2026-02-27" in last


class TestLibrary:
    def test_the_same_as_the_command(self, tmp_path: Path) -> None:
        """kbfa.write_follow_up gives the command's bytes; kbfa.write_lagesbild a document."""
        import kbfa

        loaded = kbfa.load(EXAMPLE)
        on = dt.date(2026, 11, 23)
        stream = io.BytesIO()
        kbfa.write_follow_up(loaded, stream, format="json", as_of=on)
        out = tmp_path / "u.json"
        args = ["uppfoljning", str(EXAMPLE), "--format", "json", "-o", str(out), "--as-of", AS_OF]
        assert main(args) == 0
        assert stream.getvalue() == out.read_bytes()
        word = io.BytesIO()
        kbfa.write_lagesbild(loaded, word, as_of=on)
        assert "3. Analys" in text_of(docx.Document(io.BytesIO(word.getvalue())))
        with pytest.raises(ValueError, match="unknown follow-up format"):
            kbfa.write_follow_up(loaded, io.BytesIO(), format="pdf", as_of=on)  # type: ignore[arg-type]
