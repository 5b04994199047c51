"""The files in the repository that are generated, and how each is made.

``python -m kbfa.docs`` rewrites them; ``python -m kbfa.docs --check`` (and the tests)
fail when one is stale. Paths are relative to the repository root.
"""

from __future__ import annotations

from collections.abc import Callable

from kbfa.schema import schema_text

__all__ = ["REGEN_COMMAND", "generated"]

#: The command that rewrites every generated file; stale-file messages name it.
REGEN_COMMAND = "python -m kbfa.docs"


def _pages() -> dict[str, Callable[[], str]]:
    # Imported here so that `kbfa schema` does not load the page renderers.
    from kbfa.docs._reference import reference_page
    from kbfa.docs._rules import rules_page

    return {"docs/konfiguration.md": reference_page, "docs/regler.md": rules_page}


def _export_schema() -> str:
    from kbfa.outputs.overview import export_schema_text

    return export_schema_text()


def generated() -> dict[str, Callable[[], str]]:
    """Repository path → function returning the file's exact text."""
    return {
        "schema/kbfa-config.schema.json": schema_text,
        "docs/export-schema.json": _export_schema,
        **_pages(),
    }
