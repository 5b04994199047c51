"""Build the API reference from the docstrings with pdoc: ``python docs/build_api.py [OUT]``.

Writes HTML to OUT (default ``site/api``, which git ignores); open ``OUT/kbfa.html``.
Needs the test tools (``pip install -e ".[test]"``, which brings pdoc). The reference
covers the public API: the ``kbfa`` package and the modules listed in :data:`MODULES`.
The command line (``kbfa.cli``) and the generators of the Markdown pages (``kbfa.docs``)
are tools, not API.
``tests/test_api.py`` builds it on every test run, so a broken docstring reference
or an import error fails CI.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: What the reference covers, in the order of its navigation.
MODULES: tuple[str, ...] = (
    "kbfa",
    "kbfa.model",
    "kbfa.config",
    "kbfa.errors",
    "kbfa.evaluation",
    "kbfa.rules",
    "kbfa.schedule",
    "kbfa.outputs",
    "kbfa.outputs.findings_text",
    "kbfa.outputs.findings_json",
    "kbfa.outputs.sarif",
    "kbfa.outputs.github",
    "kbfa.outputs.calendar_text",
    "kbfa.outputs.ics",
    "kbfa.outputs.docx",
    "kbfa.outputs.overview",
    "kbfa.schema",
    "kbfa.i18n",
)


def build(out: Path) -> list[Path]:
    """Render the reference into ``out``; returns the HTML pages written."""
    import pdoc
    import pdoc.render

    # The docstrings use reStructuredText roles (:func:`load`) and Markdown code spans.
    pdoc.render.configure(docformat="restructuredtext", footer_text="kbfa", show_source=False)
    pdoc.pdoc(*MODULES, output_directory=out)
    return sorted(out.rglob("*.html"))


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "site" / "api"
    pages = build(out)
    print(f"{len(pages)} sidor i {out}; öppna {out / 'kbfa.html'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
