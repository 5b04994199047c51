"""Outputs (layer 5): findings as text, JSON, SARIF and GitHub annotations; Word documents;
the årshjul as text and iCalendar; the overview across municipalities.

The functions here are the library's way to every output. Each takes a loaded config
(:func:`kbfa.load`) or a :class:`~kbfa.model.Governance` built in code (check it with
:func:`kbfa.validate` first), and writes to a stream the caller opens: ``sys.stdout``,
an ``open(..., "wb")`` file, an ``io.BytesIO``. Text outputs write ``str``; Word and
calendar files write ``bytes``. A model built in code has no file, so its findings
name key paths without lines.

The renderers behind them live in the submodules (``findings_text``,
``findings_json``, ``sarif``, ``github``, ``ics``, ``docx``, ``overview``). Heavy
libraries (python-docx, icalendar) are imported only when their output is made.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol

from kbfa.config import LoadedConfig
from kbfa.errors import ConfigProblem
from kbfa.evaluation import EvaluationResult
from kbfa.i18n import Lang
from kbfa.model import Governance

if TYPE_CHECKING:
    from kbfa.rules import Rule

__all__ = [
    "BinaryWriter",
    "FindingsFormat",
    "TextWriter",
    "document_files",
    "write_calendar",
    "write_documents",
    "write_findings",
    "write_follow_up",
    "write_lagesbild",
    "write_overview",
    "write_report",
]

#: The formats of :func:`write_findings` (and ``kbfa check --format``).
FindingsFormat = Literal["text", "json", "sarif", "github"]


class TextWriter(Protocol):
    """Anything with ``write(str)``: ``sys.stdout``, ``io.StringIO``, a file opened in text mode."""

    def write(self, text: str, /) -> object: ...


class BinaryWriter(Protocol):
    """Anything with ``write(bytes)``: ``io.BytesIO``, a file opened with ``"wb"``."""

    def write(self, data: bytes, /) -> object: ...


def _governance(config: LoadedConfig | Governance) -> Governance:
    return config.governance if isinstance(config, LoadedConfig) else config


def write_findings(
    results: EvaluationResult | Sequence[EvaluationResult],
    out: TextWriter,
    *,
    format: FindingsFormat = "text",
    lang: Lang = "sv",
    rules: Iterable[Rule] | None = None,
    not_loaded: Sequence[ConfigProblem] = (),
) -> None:
    """Write the findings of one or more evaluations, as ``kbfa check`` prints them.

    ``format`` is ``"text"`` (Swedish by default), ``"json"`` (the versioned export of
    docs/export.md, the shape ``kbfa overview -o x.json`` writes too),
    ``"sarif"`` (SARIF 2.1.0) or ``"github"`` (GitHub Actions annotations).
    ``not_loaded`` are the problems of files that could not be loaded
    (:attr:`kbfa.ConfigError.problems`), reported beside the results. ``rules``
    describe the rules in SARIF (default: the catalogue; a municipality's own rules are
    then described from their findings; pass ``kbfa.rules.rules_for(governance)`` for
    their full text).
    """
    batch = [results] if isinstance(results, EvaluationResult) else list(results)
    if format == "json":
        from kbfa.outputs.findings_json import render_json

        out.write(render_json(batch, lang, not_loaded=not_loaded))
    elif format == "sarif":
        from kbfa.outputs.sarif import render_sarif
        from kbfa.rules import catalogue

        described = catalogue() if rules is None else rules
        out.write(render_sarif(batch, lang, rules=described, not_loaded=not_loaded))
    elif format == "github":
        from kbfa.outputs.github import render_github

        out.write(render_github(batch, lang, not_loaded=not_loaded))
    elif format == "text":
        from kbfa.outputs.findings_text import render_text

        out.write(render_text(batch, lang, not_loaded=not_loaded))
    else:
        raise ValueError(f"unknown findings format {format!r}")


def write_report(
    config: LoadedConfig | Governance,
    out: BinaryWriter,
    *,
    as_of: dt.date | None = None,
    lang: Lang = "sv",
    template: str | os.PathLike[str] | None = None,
    appendix: bool = False,
    title: str | None = None,
    date: dt.date | None = None,
    dnr: str | None = None,
    handlaggare: str | None = None,
    proposal: bool = False,
) -> None:
    """Evaluate ``config`` as of ``as_of`` (default today) and write the compliance report
    (efterlevnadsrapport, .docx) kommunstyrelsen adopts to ``out``; with ``appendix``,
    the coordinator's appendix instead (rule codes, places in the config, the law in
    plain words, the rule catalogue). ``template`` is the municipality's Word template
    (.docx/.dotx), whose styles, headers and footers are kept.

    The report's own identity: ``title`` (default "Efterlevnadsrapport"), ``date`` (the
    day it is written; default ``as_of``), ``dnr`` and ``handlaggare`` (fill-in brackets
    when not given); ``proposal`` adds a draft "Förslag till beslut".

    Raises :class:`~kbfa.errors.TemplateError` for a template that lacks a style the
    report needs. The same input gives the same bytes.
    """
    from kbfa.outputs.docx import (
        BuildContext,
        ReportIdentity,
        compliance_report,
        coordinator_appendix,
        document_bytes,
        load_template,
    )

    ctx = BuildContext(
        lang=lang,
        template=load_template(Path(template), lang) if template is not None else None,
        as_of=as_of,
    )
    identity = ReportIdentity(
        title=title, date=date, dnr=dnr, handlaggare=handlaggare, proposal=proposal
    )
    build = coordinator_appendix if appendix else compliance_report
    report = build(config, as_of or dt.date.today(), ctx, identity)
    out.write(document_bytes(report.document))


def document_files(
    config: LoadedConfig | Governance,
    *,
    as_of: dt.date | None = None,
    lang: Lang = "sv",
    template: str | os.PathLike[str] | None = None,
    year: int | None = None,
) -> dict[str, bytes]:
    """The governance documents ``kbfa documents`` writes, as file name → .docx bytes:
    the structure document, the åtgärdsplan, one draft agreement per partner and the
    årshjul of ``year`` (default the year of ``as_of``, today, or the next year from
    1 October on)."""
    from kbfa.outputs.docx import BuildContext, build_documents, document_bytes, load_template

    ctx = BuildContext(
        lang=lang,
        template=load_template(Path(template), lang) if template is not None else None,
        as_of=as_of,
        year=year,
    )
    docs = build_documents(_governance(config), ctx)
    return {f"{d.stem}.docx": document_bytes(d.document) for d in docs}


def write_documents(
    config: LoadedConfig | Governance,
    open_file: _Opener,
    *,
    as_of: dt.date | None = None,
    lang: Lang = "sv",
    template: str | os.PathLike[str] | None = None,
    year: int | None = None,
) -> list[str]:
    """Write each governance document to the stream ``open_file(name)`` returns (``name``
    is its file name, e.g. ``"struktur.docx"``); returns the names in order. ``year`` is
    the årshjul's (see :func:`document_files`).

    Every document is built before the first is written, so a failure writes nothing.
    """
    files = document_files(config, as_of=as_of, lang=lang, template=template, year=year)
    for name, data in files.items():
        open_file(name).write(data)
    return list(files)


class _Opener(Protocol):
    def __call__(self, name: str, /) -> BinaryWriter: ...


def write_lagesbild(
    config: LoadedConfig | Governance,
    out: BinaryWriter,
    *,
    as_of: dt.date | None = None,
    lang: Lang = "sv",
    template: str | os.PathLike[str] | None = None,
) -> None:
    """Write the draft lägesbild (.docx) as ``kbfa lagesbild`` does: Brå's structure, a
    chart and a table per indicator from the files ``[[datasets]]`` name, and Brå's
    analysis questions for the municipality to answer.

    A model built in code has no file: its datasets are read relative to the current
    directory. Raises :class:`~kbfa.errors.DataError` (file, row, column) for bad data.
    """
    from kbfa.data import indicator_data
    from kbfa.outputs.docx import BuildContext, build_lagesbild, document_bytes, load_template

    ctx = BuildContext(
        lang=lang,
        template=load_template(Path(template), lang) if template is not None else None,
        as_of=as_of or dt.date.today(),
    )
    statistics = indicator_data(config, lang=lang)
    out.write(document_bytes(build_lagesbild(_governance(config), statistics, ctx).document))


def write_follow_up(
    config: LoadedConfig | Governance,
    out: BinaryWriter,
    *,
    format: Literal["docx", "json"] = "docx",
    as_of: dt.date | None = None,
    lang: Lang = "sv",
    template: str | os.PathLike[str] | None = None,
) -> None:
    """Write the 6 § follow-up of the åtgärdsplan as ``kbfa uppfoljning`` does: Word, or the
    same data as JSON (UTF-8 bytes, docs/uppfoljning-json.md). The next follow-up's due
    date is the rules' own clock (:func:`kbfa.rules.follow_up_due`)."""
    from kbfa.data import indicator_data
    from kbfa.outputs.follow_up import collect_follow_up, follow_up_json

    day = as_of or dt.date.today()
    g = _governance(config)
    follow_up = collect_follow_up(g, indicator_data(config, lang=lang), day)
    if format == "json":
        out.write(follow_up_json(follow_up, lang).encode("utf-8"))
        return
    if format != "docx":
        raise ValueError(f"unknown follow-up format {format!r}")
    from kbfa.outputs.docx import BuildContext, build_follow_up, document_bytes, load_template

    ctx = BuildContext(
        lang=lang,
        template=load_template(Path(template), lang) if template is not None else None,
        as_of=day,
    )
    out.write(document_bytes(build_follow_up(g, follow_up, ctx).document))


def write_calendar(
    config: LoadedConfig | Governance,
    out: BinaryWriter,
    *,
    year: int | None = None,
    lang: Lang = "sv",
    previous: bytes | None = None,
    now: dt.datetime | None = None,
) -> None:
    """Write the årshjul of ``year`` (default this year) as an iCalendar file (.ics).

    ``previous`` is the export this one replaces: events whose content changed get a
    higher SEQUENCE, so importing the new file updates them (see :mod:`kbfa.outputs.ics`).
    ``now`` stamps new and changed events (default: the clock, or ``SOURCE_DATE_EPOCH``).
    """
    from kbfa.outputs.calendar_text import citation
    from kbfa.outputs.ics import build_ics
    from kbfa.schedule import occurrences

    g = _governance(config)
    the_year = year or dt.date.today().year
    locate = None
    if isinstance(config, LoadedConfig):
        loaded = config

        def locate(path: tuple[str | int, ...]) -> str:
            return citation(loaded.locate(path))

    data = build_ics(
        g, occurrences(g, the_year), the_year, lang, locate=locate, previous=previous, now=now
    )
    out.write(data)


def write_overview(
    configs: Sequence[LoadedConfig | Governance],
    out: BinaryWriter,
    *,
    format: Literal["csv", "json", "docx", "xlsx"] = "csv",
    as_of: dt.date | None = None,
    lang: Lang = "sv",
    table: Literal["municipalities", "findings", "totals"] = "municipalities",
    indicators: Sequence[str] = (),
) -> None:
    """Write the overview of several municipalities (one row each, one column per duty of
    the law and level) as ``kbfa overview`` does: the Excel workbook (``xlsx``: a sheet
    per municipality and duty, one per finding, one of totals), CSV for Excel (UTF-8
    with BOM, ``;``; one ``table`` per stream: ``municipalities``, ``findings`` or
    ``totals``), the versioned JSON export (the shape of ``kbfa check --format json``),
    or Word. Files that could not be loaded are for ``kbfa overview``, which takes
    paths; here every config is already loaded or built. ``indicators`` adds each
    municipality's latest value of those statistics per 100 000 inhabitants (``kbfa
    overview --indikator``; a series such as a Kolada KPI, or an indicator id)."""
    from kbfa.outputs.overview import collect_configs

    overview = collect_configs(
        configs, as_of=as_of or dt.date.today(), lang=lang, indicators=indicators
    )
    if format == "csv":
        from kbfa.outputs.overview import render_csv

        out.write(render_csv(overview, table).encode("utf-8-sig"))
    elif format == "json":
        from kbfa.outputs.overview import render_json

        out.write(render_json(overview).encode("utf-8"))
    elif format == "xlsx":
        from kbfa.outputs.overview import xlsx_bytes

        out.write(xlsx_bytes(overview))
    elif format == "docx":
        from kbfa.outputs.overview._docx import docx_bytes

        out.write(docx_bytes(overview))
    else:
        raise ValueError(f"unknown overview format {format!r}")
