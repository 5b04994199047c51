"""A document's bytes: the same bytes for the same input.

The document is serialised in memory, its core properties fixed (no author from the
machine, no clock time) and its zip entries dated 1980-01-01. Writing the bytes is
:mod:`kbfa.files`' job (whole or not at all).
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from kbfa.i18n import Lang
from kbfa.outputs._zip import stable_zip

__all__ = ["FIXED_TIME", "MAX_PROPERTY", "document_bytes", "set_core_properties"]

#: Creation time stamped on documents that have no date of their own: the day
#: lag (2023:196) came into force, so it is recognisably not a clock reading.
FIXED_TIME = dt.datetime(2023, 7, 1, tzinfo=dt.UTC)

#: The longest core property (title, subject) Word and python-docx accept.
MAX_PROPERTY = 255


def _property(text: str) -> str:
    return text if len(text) <= MAX_PROPERTY else text[: MAX_PROPERTY - 1] + "…"


def set_core_properties(
    document: Any, *, title: str, subject: str, lang: Lang, when: dt.datetime
) -> None:
    """Fix every core property, so nothing about the machine or the clock ends up inside."""
    props = document.core_properties
    props.title = _property(title)
    props.subject = _property(subject)
    props.author = "kbfa"
    props.last_modified_by = "kbfa"
    props.comments = ""
    props.keywords = ""
    props.category = ""
    props.content_status = ""
    props.identifier = ""
    props.version = ""
    props.language = {"sv": "sv-SE", "en": "en-GB"}[lang]
    props.created = when
    props.modified = when
    props.revision = 1
    # A template may carry the date it was last printed; python-docx cannot unset it.
    element = props._element
    for child in list(element):
        if child.tag.endswith("}lastPrinted"):
            element.remove(child)


def document_bytes(document: Any) -> bytes:
    """The .docx bytes with every zip entry dated alike (python-docx stamps the clock)."""
    raw = io.BytesIO()
    document.save(raw)
    return stable_zip(raw.getvalue())
