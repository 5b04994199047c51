"""What a document builder gets and what it returns."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

import attrs

from kbfa.i18n import Catalogue, Lang, render
from kbfa.model import Governance
from kbfa.outputs.docx._base import new_document
from kbfa.outputs.docx._blocks import Writer
from kbfa.outputs.docx._properties import set_document_properties
from kbfa.outputs.docx._save import FIXED_TIME
from kbfa.outputs.docx._template import Template

__all__ = [
    "BuildContext",
    "Builder",
    "GeneratedDocument",
    "annual_year",
    "expired_steering_notice",
    "start_document",
]


@attrs.frozen
class BuildContext:
    """Choices of the run: language, the municipality's template, the date it is made for."""

    lang: Lang = "sv"
    template: Template | None = None
    #: The date the documents are made for (an annual cycle needs its year); builders
    #: that do not depend on a date ignore it.
    as_of: dt.date | None = None
    #: The årshjul's year; None: :func:`annual_year` of ``as_of``.
    year: int | None = None


#: From this day of the year an årshjul is made for the next year (word review m13): late
#: in the year, the year that is almost over is not the one to plan.
NEXT_YEAR_FROM = (10, 1)


def annual_year(ctx: BuildContext) -> int:
    """The year an årshjul is made for: the chosen one, else the year of the context's
    date (today), or the next year from 1 October on."""
    if ctx.year is not None:
        return ctx.year
    on = ctx.as_of or dt.date.today()
    return on.year + 1 if (on.month, on.day) >= NEXT_YEAR_FROM else on.year


_NOTICE: Catalogue = {
    "lead": {"sv": "Observera", "en": "Note"},
    "expired": {
        "sv": "Styrdokumentet ”{title}” gällde till {end}. Det behöver ses över och beslutas "
        "på nytt. Det här dokumentet bygger på det som står i det gamla styrdokumentet.",
        "en": "The steering document “{title}” was valid until {end}. It needs to be "
        "reviewed and decided again. This document rests on what the old document says.",
    },
}


def expired_steering_notice(g: Governance, ctx: BuildContext, w: Writer) -> None:
    """A framed notice on page 1 when the steering document expired before the date."""
    doc = g.steering_document
    end = doc.validity.end if doc and doc.validity else None
    on = ctx.as_of or dt.date.today()
    if doc is None or end is None or end >= on:
        return
    w.notice(
        render(_NOTICE, "lead", ctx.lang),
        render(_NOTICE, "expired", ctx.lang, title=doc.title, end=end.isoformat()),
    )


@attrs.frozen
class GeneratedDocument:
    """One built document: file name stem (unique in the run), title, python-docx object."""

    stem: str
    title: str
    document: Any = attrs.field(repr=False, eq=False)


#: A document builder: everything it needs comes from the config and the context.
Builder = Callable[[Governance, BuildContext], Sequence[GeneratedDocument]]


def start_document(
    g: Governance,
    ctx: BuildContext,
    *,
    title: str,
    subject: str,
    landscape: bool = False,
    when: dt.datetime = FIXED_TIME,
    header: str | None = None,
) -> Writer:
    """A new document with its core properties fixed and a header naming the municipality
    (``header`` replaces the usual "municipality · title")."""
    document = new_document(
        ctx.template,
        lang=ctx.lang,
        header=header or f"{g.municipality.name} · {title}",
        landscape=landscape,
    )
    set_document_properties(
        document,
        title=title,
        subject=subject,
        municipality=g.municipality.name,
        lang=ctx.lang,
        when=when,
    )
    return Writer(document, ctx.lang, region=g.is_region)
