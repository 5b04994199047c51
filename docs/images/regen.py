"""Regenerate the pictures the README shows: ``python docs/images/regen.py``.

From the fictitious example (examples/exempelby.toml) as of 2026-11-29:

- ``arshjul-grid.png``: page 1 of the årshjul document (the 12-month grid), laid out by
  LibreOffice and rendered by pdftoppm, as a reader's machine shows it;
- ``arshjul-hjul.png``: the årshjul wheel, as it is placed in the document;
- ``organisationsschema.png``: the organisation chart of the structure document.

Needs LibreOffice (soffice) and poppler (pdftoppm) for the grid page.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import tempfile
from pathlib import Path

from kbfa.config import load
from kbfa.outputs.annual_grid import annual_grid
from kbfa.outputs.docx import BuildContext, build_documents, document_bytes
from kbfa.outputs.pictures import org_chart_png, wheel_png
from kbfa.schedule import occurrences

HERE = Path(__file__).resolve().parent
CONFIG = HERE.parents[1] / "examples" / "exempelby.toml"
AS_OF = dt.date(2026, 11, 29)


def main() -> None:
    g = load(CONFIG).governance
    levels = annual_grid(g, occurrences(g, AS_OF.year), AS_OF.year, as_of=AS_OF)
    (HERE / "arshjul-hjul.png").write_bytes(wheel_png(levels, AS_OF.year, g.municipality.name))
    (HERE / "organisationsschema.png").write_bytes(org_chart_png(g))
    docs = {d.stem: d for d in build_documents(g, BuildContext(as_of=AS_OF))}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        docx = work / "arshjul.docx"
        docx.write_bytes(document_bytes(docs["arshjul"].document))
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
                str(work / "arshjul.pdf"),
                str(HERE / "arshjul-grid"),
            ],
            check=True,
        )
    for name in ("arshjul-grid.png", "arshjul-hjul.png", "organisationsschema.png"):
        print(HERE / name)


if __name__ == "__main__":
    main()
