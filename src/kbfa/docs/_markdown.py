"""Small Markdown helpers shared by the generated pages."""

from __future__ import annotations

from collections.abc import Sequence

from kbfa.i18n import Lang
from kbfa.schema import SOURCES

__all__ = ["GENERATED_NOTE", "cell", "sources_links", "table"]

#: First line of every generated page, so nobody edits one by hand.
GENERATED_NOTE = (
    "<!-- Genererad av `python -m kbfa.docs`: {source}. Ändra där och kör kommandot, inte här. -->"
)

_ACT: dict[Lang, str] = {"sv": "lag (2023:196)", "en": "Act (2023:196)"}


def cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def table(header: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def sources_links(keys: tuple[str, ...], lang: Lang = "sv") -> str:
    """Citations as links, the act named once: "[4 §](…), [5 §](…) lag (2023:196); [Brå: …](…)"."""
    law = [SOURCES[k] for k in keys if SOURCES[k].law]
    other = [SOURCES[k] for k in keys if not SOURCES[k].law]
    parts = []
    if law:
        links = ", ".join(f"[{s.sv if lang == 'sv' else s.en}]({s.url})" for s in law)
        parts.append(f"{links} {_ACT[lang]}")
    parts += [f"[{s.sv if lang == 'sv' else s.en}]({s.url})" for s in other]
    return "; ".join(parts)
