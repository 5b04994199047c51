"""Write a new municipality's starting config (``kbfa init``), never over an existing file."""

from __future__ import annotations

import os
from pathlib import Path

import attrs

from kbfa.config import loads
from kbfa.errors import OutputError
from kbfa.files import check_output, os_reason, write_output
from kbfa.i18n import Catalogue, Lang, render
from kbfa.schema._jsonschema import schema_text
from kbfa.schema._starter import StarterInput, starter_text

__all__ = ["SCHEMA_FILENAME", "InitResult", "describe", "write_starter"]

#: The schema's file name, in the repository's schema/ and beside a new config.
SCHEMA_FILENAME = "kbfa-config.schema.json"


@attrs.frozen
class InitResult:
    """What ``kbfa init`` wrote: the config, and the schema file if it wrote one."""

    config: Path
    schema: Path | None
    schema_ref: str


def _find_schema(directory: Path) -> Path | None:
    """The repository's committed schema, looked for in ``directory`` and its parents."""
    for folder in (directory, *directory.parents):
        candidate = folder / "schema" / SCHEMA_FILENAME
        if candidate.is_file():
            return candidate
    return None


def write_starter(
    path: str | os.PathLike[str],
    given: StarterInput,
    *,
    schema_ref: str | None = None,
    lang: Lang = "sv",
) -> InitResult:
    """Write the starting config for ``given`` to ``path``; raise :class:`OutputError`
    if the file exists (nothing is written then).

    Without ``schema_ref``, the ``#:schema`` line points at the repository's committed
    schema when the config is written inside a kbfa checkout, and otherwise at a copy
    of the schema written beside the config (unless one is there already).
    """
    target = Path(path)
    # First, so that nothing at all is written, not even the schema.
    checked = check_output(
        target, suffixes=(".toml",), overwrite=False, directory_will_exist=True, lang=lang
    )
    # Standard output by any name (-, /dev/stdout), a FIFO or a device: no folder to make
    # and no schema copy beside it (never a kbfa-config.schema.json in /dev).
    to_stdout = not checked.is_file
    # A new municipality's folder (e.g. configs/) may not exist yet: make it, as the user
    # asked for a file there; a folder that cannot be made is an OutputError.
    if not to_stdout:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            reason = os_reason(exc, lang)
            raise OutputError(f"{target.parent}: {reason}") from None
    directory = Path.cwd() if to_stdout else target.parent.resolve()
    schema_file: Path | None = None
    if schema_ref is None:
        found = _find_schema(directory)
        if found is not None:
            schema_ref = Path(os.path.relpath(found, directory)).as_posix()
        else:
            schema_ref = SCHEMA_FILENAME
            schema_file = None if to_stdout else target.parent / SCHEMA_FILENAME
    safe_name = "".join(c for c in target.name if c.isprintable())
    text = starter_text(given, schema_ref, safe_name)
    # The starter must always load; if it ever did not, fail before writing anything.
    loads(text, filename=str(target), lang=lang)
    write_output(path, text, suffixes=(".toml",), overwrite=False, lang=lang)
    if schema_file is not None:
        if schema_file.exists():
            schema_file = None
        else:
            try:
                schema = schema_text(lang)
                write_output(schema_file, schema, suffixes=(".json",), overwrite=False, lang=lang)
            except OutputError:
                schema_file = None  # raced with another writer: theirs serves as well
    return InitResult(target, schema_file, schema_ref)


def describe(result: InitResult, lang: Lang = "sv") -> str:
    """What was written and what to do next, for the person who ran ``kbfa init``."""
    lines = [render(_MESSAGES, "wrote", lang, path=result.config)]
    if result.schema is not None:
        lines.append(render(_MESSAGES, "wrote_schema", lang, path=result.schema))
    lines.append(render(_MESSAGES, "next", lang, path=result.config))
    return "\n".join(lines)


_MESSAGES: Catalogue = {
    "wrote": {"sv": "Skrev {path}.", "en": "Wrote {path}."},
    "wrote_schema": {
        "sv": "Skrev {path} (schemat som ger hjälp och kontroll i editorn).",
        "en": "Wrote {path} (the schema that gives help and checks in the editor).",
    },
    "next": {
        "sv": "Fyll i det kommunens dokument säger och kör sedan: kbfa check {path}",
        "en": "Fill in what the municipality's documents say, then run: kbfa check {path}",
    },
}
