"""Writing a set of built documents into a directory, each whole or not at all."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from kbfa.errors import OutputError
from kbfa.i18n import Catalogue, Lang, render
from kbfa.outputs.docx._context import GeneratedDocument
from kbfa.outputs.docx._save import check_target, document_bytes, write_atomically

__all__ = ["write_documents"]

T: Catalogue = {
    "not_dir": {
        "sv": "{path}: finns redan och är inte en katalog; ange en katalog med -o",
        "en": "{path}: exists and is not a directory; give a directory with -o",
    },
    "mkdir": {
        "sv": "{path}: katalogen kan inte skapas ({reason})",
        "en": "{path}: the directory cannot be created ({reason})",
    },
}


def write_documents(
    docs: Sequence[GeneratedDocument],
    directory: Path,
    *,
    protected: Iterable[Path] = (),
    lang: Lang = "sv",
) -> list[Path]:
    """Write ``docs`` as ``directory/<stem>.docx``, checking every target before writing any."""
    protected = list(protected)
    if directory.exists() and not directory.is_dir():
        raise OutputError(render(T, "not_dir", lang, path=directory))
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(render(T, "mkdir", lang, path=directory, reason=exc.strerror)) from None
    targets = [directory / f"{d.stem}.docx" for d in docs]
    for target in targets:
        check_target(target, protected, lang)
    payloads = [document_bytes(d.document) for d in docs]
    for data, target in zip(payloads, targets, strict=True):
        write_atomically(data, target, protected=protected, lang=lang)
    return targets
