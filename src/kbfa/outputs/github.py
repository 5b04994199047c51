"""Findings as GitHub Actions workflow commands: annotations on the config's lines.

``kbfa check --format github configs/*.toml`` in a workflow step puts each open
finding on its line of the pull request's diff, the way ``ruff --output-format
github`` does for code::

    ::error file=configs/hjo.toml,line=111,title=KBFA-L10B 10 § lag (2023:196)::Ej uppfyllt. ...

A breach is an ``error``, a warning a ``warning``, something to note a ``notice``; a
file that could not be loaded gives an ``error`` per problem. Values are escaped as
the Actions toolkit escapes them (``%``, CR and LF everywhere; ``:`` and ``,`` in
properties too), so a message can never end the command early.
"""

from __future__ import annotations

from collections.abc import Sequence

from kbfa.errors import ConfigProblem
from kbfa.evaluation import EvaluationResult, Finding, Severity, verdict_word
from kbfa.i18n import Catalogue, Lang, render

__all__ = ["annotation", "render_github"]

_COMMAND: dict[Severity, str] = {
    Severity.BREACH: "error",
    Severity.WARNING: "warning",
    Severity.INFO: "notice",
}

T: Catalogue = {
    "fix": {"sv": "Gör så här: {fix}", "en": "What to do: {fix}"},
    "config_error": {
        "sv": "kbfa: konfigurationen kan inte läsas",
        "en": "kbfa: the configuration cannot be loaded",
    },
}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(
    command: str, message: str, *, file: str = "", line: int | None = None, title: str = ""
) -> str:
    """One workflow command line, e.g. ``::warning file=x.toml,line=3,title=T::message``."""
    props = []
    if file:
        props.append(f"file={_property(file)}")
        if line is not None:
            props.append(f"line={line}")
    if title:
        props.append(f"title={_property(title)}")
    head = f"::{command} {','.join(props)}" if props else f"::{command}"
    return f"{head}::{_data(message)}"


def _finding(f: Finding, lang: Lang) -> str:
    text = f"{verdict_word(f.verdict, lang).capitalize()}. {f.message}"
    if f.fix:
        text += "\n" + render(T, "fix", lang, fix=f.fix)
    title = f"{f.code} {f.reference}" + (f": {f.title}" if f.title else "")
    loc = f.location
    return annotation(
        _COMMAND[f.severity],
        text,
        file=loc.file if loc is not None else "",
        line=loc.line if loc is not None else None,
        title=title,
    )


def _problem(p: ConfigProblem, lang: Lang) -> str:
    message = f"{p.path}: {p.message}" if p.path else p.message
    return annotation(
        "error", message, file=p.file, line=p.line, title=render(T, "config_error", lang)
    )


def render_github(
    results: Sequence[EvaluationResult],
    lang: Lang = "sv",
    *,
    not_loaded: Sequence[ConfigProblem] = (),
) -> str:
    """One annotation per open finding and per load problem, one per line."""
    lines = [_finding(f, lang) for r in results for f in r.open_findings]
    lines += [_problem(p, lang) for p in not_loaded]
    return "".join(line + "\n" for line in lines)
