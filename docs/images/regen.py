"""Regenerate the pictures the README shows: ``python docs/images/regen.py``.

From the fictitious example (examples/exempelby.toml) as of 2026-11-29:

- ``arshjul-grid.png``: page 1 of the årshjul document (the 12-month grid), laid out by
  LibreOffice and rendered by pdftoppm, as a reader's machine shows it;
- ``arshjul-hjul.png``: the årshjul wheel, as it is placed in the document;
- ``organisationsschema.png``: the organisation chart of the structure document;

and from the bundled configs:

- ``report-page1.png``: page 1 of Lindesberg's efterlevnadsrapport as of 2026-11-29 (with a
  diarienummer and a handläggare filled in), laid out by LibreOffice;
- ``oversikt-staplar.png``: the overview's stacked bars per duty for the four municipalities
  and the example.

Needs LibreOffice (soffice) and poppler (pdftoppm) for the pages.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import tempfile
from pathlib import Path

from kbfa.config import load
from kbfa.outputs.annual_grid import annual_grid
from kbfa.outputs.docx import (
    BuildContext,
    ReportIdentity,
    build_documents,
    compliance_report,
    document_bytes,
)
from kbfa.outputs.overview import collect
from kbfa.outputs.overview._docx import bar_panels
from kbfa.outputs.pictures import org_chart_png, stacked_bars_png, wheel_png
from kbfa.schedule import occurrences

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CONFIG = ROOT / "examples" / "exempelby.toml"
AS_OF = dt.date(2026, 11, 29)
#: The årshjul pictures show the year the example is being planned for.
YEAR = 2026
PICTURES = (
    "arshjul-grid.png",
    "arshjul-hjul.png",
    "organisationsschema.png",
    "report-page1.png",
    "oversikt-staplar.png",
)


def page_one(docx: Path, png_stem: Path) -> None:
    """Page 1 of ``docx`` as LibreOffice lays it out, as a PNG at 80 dpi."""
    work = docx.parent
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(work / 'profil').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(work),
            str(docx),
        ],
        check=True,
        capture_output=True,
    )
    pdf = docx.with_suffix(".pdf")
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "80",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(pdf),
            str(png_stem),
        ],
        check=True,
    )


def main() -> None:
    g = load(CONFIG).governance
    levels = annual_grid(g, occurrences(g, YEAR), YEAR, as_of=AS_OF)
    (HERE / "arshjul-hjul.png").write_bytes(wheel_png(levels, YEAR, g.municipality.name))
    (HERE / "organisationsschema.png").write_bytes(org_chart_png(g))
    docs = {d.stem: d for d in build_documents(g, BuildContext(as_of=AS_OF, year=YEAR))}
    lindesberg = load(ROOT / "configs" / "lindesberg.toml")
    identity = ReportIdentity(dnr="KS 2026/123", handlaggare="Kommunens samordnare")
    report = compliance_report(lindesberg, AS_OF, BuildContext(as_of=AS_OF), identity)
    configs = [*sorted((ROOT / "configs").glob("*.toml")), CONFIG]
    categories, panels = bar_panels(collect(configs, as_of=AS_OF), "sv")
    (HERE / "oversikt-staplar.png").write_bytes(stacked_bars_png(panels, categories))
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "arshjul.docx").write_bytes(document_bytes(docs["arshjul"].document))
        page_one(work / "arshjul.docx", HERE / "arshjul-grid")
        (work / "rapport.docx").write_bytes(document_bytes(report.document))
        page_one(work / "rapport.docx", HERE / "report-page1")
    for name in PICTURES:
        print(HERE / name)


if __name__ == "__main__":
    main()
