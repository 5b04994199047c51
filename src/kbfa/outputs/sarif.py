"""Findings as SARIF 2.1.0, for code review of configs kept in git.

SARIF (OASIS Static Analysis Results Interchange Format) is what GitHub code
scanning, Azure DevOps and the VS Code SARIF viewer read. The log has one run:

- ``tool.driver.rules`` describes every rule that ran, from the rule catalogue (and
  each municipality's own rules): its title, what the law or document says, what
  satisfies it, how to comply, the legal reference and the link to the text
  (``helpUri``). A rule's ``defaultConfiguration.level`` follows its strength: a
  "ska"-duty is an error, the rest warnings, informational rules notes.
- ``results`` are the open findings (ej uppfyllt, delvis, ej bedömbart), as
  ``kbfa check`` text shows them: ``level`` error for a breach, warning for a
  warning, note for something to note; the verdict, severity and design/practice
  level are in ``properties``. The location is the config file (a relative path as
  given, or a ``file:`` URI) and its line. ``partialFingerprints`` hash the rule,
  file and TOML key path, so a finding keeps its identity when lines move.
- A file that could not be loaded gives one result per problem under the rule
  ``config-error`` (level error), at the problem's line: in a pull request the
  broken line is annotated like any finding.

The log is deterministic: no timestamps, no absolute paths that were not given.
"""

from __future__ import annotations

import hashlib
import json
import urllib.parse
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePath
from typing import Any

from kbfa.errors import ConfigProblem
from kbfa.evaluation import EvaluationResult, Finding, Severity
from kbfa.i18n import Catalogue, Lang, render
from kbfa.model import Strength
from kbfa.rules import Rule

__all__ = ["CONFIG_ERROR", "SARIF_SCHEMA", "SARIF_VERSION", "render_sarif", "sarif_data"]

SARIF_VERSION = "2.1.0"
#: The OASIS URI of the SARIF 2.1.0 schema (errata 01, the approved standard).
SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
#: The rule id of "this file could not be loaded".
CONFIG_ERROR = "config-error"

_LEVEL: dict[Severity, str] = {
    Severity.BREACH: "error",
    Severity.WARNING: "warning",
    Severity.INFO: "note",
}
_LANGUAGE: dict[Lang, str] = {"sv": "sv-SE", "en": "en-GB"}

T: Catalogue = {
    "config_error": {
        "sv": "Konfigurationen kan inte läsas",
        "en": "The configuration cannot be loaded",
    },
    "config_error_full": {
        "sv": "Filen kan inte läsas som en kbfa-konfiguration (TOML-syntax, okänd nyckel, fel "
        "typ eller ett id som inte finns). Ingen regel har bedömts för den.",
        "en": "The file cannot be read as a kbfa configuration (TOML syntax, an unknown key, a "
        "wrong type or an id that does not exist). No rule was assessed for it.",
    },
    "config_error_help": {
        "sv": "Rätta det meddelandet pekar på och kör kbfa check igen.",
        "en": "Correct what the message points to and run kbfa check again.",
    },
    "help": {
        "sv": "{paraphrase}\n\nUppfylls när: {satisfied}\n\nSå åtgärdar du: {fix}\n\n"
        "Källa: {reference}",
        "en": "{paraphrase}\n\nSatisfied when: {satisfied}\n\nHow to comply: {fix}\n\n"
        "Source: {reference}",
    },
    "fix": {"sv": "Gör så här: {fix}", "en": "What to do: {fix}"},
}


def _uri(file: str) -> str:
    """A file as a SARIF artifact URI: relative paths stay relative (percent-encoded)."""
    path = PurePath(file)
    if path.is_absolute():
        return Path(file).as_uri()
    return urllib.parse.quote(path.as_posix())


def _location(file: str, line: int | None) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": _uri(file)}}
    if line is not None and line >= 1:
        physical["region"] = {"startLine": line}
    return {"physicalLocation": physical}


def _default_level(rule: Rule) -> str:
    if rule.informational:
        return "note"
    return "error" if rule.strength is Strength.MUST else "warning"


def _descriptor(rule: Rule, lang: Lang) -> dict[str, Any]:
    reference = rule.reference.label(lang)
    out: dict[str, Any] = {
        "id": rule.code,
        "shortDescription": {"text": rule.title(lang)},
        "fullDescription": {"text": rule.paraphrase(lang)},
        "help": {
            "text": render(
                T,
                "help",
                lang,
                paraphrase=rule.paraphrase(lang),
                satisfied=rule.satisfied_by(lang),
                fix=rule.how_to_fix(lang),
                reference=reference,
            )
        },
        "defaultConfiguration": {"level": _default_level(rule)},
        "properties": {
            "reference": reference,
            "source": str(rule.source),
            "strength": str(rule.strength),
            "level": str(rule.level),
            "tags": [str(rule.source), str(rule.level)],
        },
    }
    if rule.reference.url:
        out["helpUri"] = rule.reference.url
    return out


def _descriptor_from_finding(f: Finding) -> dict[str, Any]:
    """For a rule the caller did not describe: what the finding itself says of it."""
    out: dict[str, Any] = {"id": f.code, "shortDescription": {"text": f.title or f.code}}
    out["properties"] = {"reference": f.reference, "level": str(f.level)}
    if f.url:
        out["helpUri"] = f.url
    return out


def _config_error_descriptor(lang: Lang) -> dict[str, Any]:
    return {
        "id": CONFIG_ERROR,
        "shortDescription": {"text": render(T, "config_error", lang)},
        "fullDescription": {"text": render(T, "config_error_full", lang)},
        "help": {"text": render(T, "config_error_help", lang)},
        "defaultConfiguration": {"level": "error"},
    }


def _fingerprint(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def _result(f: Finding, index: int, municipality: str, lang: Lang) -> dict[str, Any]:
    text = f.message if not f.fix else f"{f.message} {render(T, 'fix', lang, fix=f.fix)}"
    loc = f.location
    out: dict[str, Any] = {
        "ruleId": f.code,
        "ruleIndex": index,
        "kind": "fail",
        "level": _LEVEL[f.severity],
        "message": {"text": text},
    }
    if loc is not None and loc.file:
        out["locations"] = [_location(loc.file, loc.line)]
        out["partialFingerprints"] = {
            "kbfaFindingKey/v1": _fingerprint(f.code, loc.file, loc.path, f.message)
        }
    out["properties"] = {
        "municipality": municipality,
        "verdict": f.verdict.value,
        "severity": f.severity.value,
        "level": f.level.value,
        "reference": f.reference,
        **({"duty": f.duty} if f.duty else {}),
        **({"path": loc.path} if loc is not None and loc.path else {}),
    }
    return out


def _problem_result(p: ConfigProblem, index: int) -> dict[str, Any]:
    out: dict[str, Any] = {
        "ruleId": CONFIG_ERROR,
        "ruleIndex": index,
        "kind": "fail",
        "level": "error",
        "message": {"text": f"{p.path}: {p.message}" if p.path else p.message},
        "locations": [_location(p.file, p.line)],
        "partialFingerprints": {
            "kbfaFindingKey/v1": _fingerprint(CONFIG_ERROR, p.file, p.path, p.message)
        },
    }
    if p.path:
        out["properties"] = {"path": p.path}
    return out


def sarif_data(
    results: Sequence[EvaluationResult],
    lang: Lang = "sv",
    *,
    rules: Iterable[Rule] = (),
    not_loaded: Sequence[ConfigProblem] = (),
    version: str | None = None,
) -> dict[str, Any]:
    """The SARIF log as Python data.

    ``rules`` describe the rules that ran (``kbfa.rules.rules_for(governance)`` of
    each municipality; the first description of a code wins). A finding whose rule is
    not among them is described from the finding itself. ``not_loaded`` are the
    problems of files that could not be loaded. ``version`` is kbfa's version for
    ``tool.driver`` (default: the installed one).
    """
    descriptors: list[dict[str, Any]] = []
    index: dict[str, int] = {}

    def add(descriptor: dict[str, Any]) -> None:
        if descriptor["id"] not in index:
            index[descriptor["id"]] = len(descriptors)
            descriptors.append(descriptor)

    for rule in rules:
        add(_descriptor(rule, lang))
    out: list[dict[str, Any]] = []
    for r in results:
        for f in r.open_findings:
            add(_descriptor_from_finding(f))
            out.append(_result(f, index[f.code], r.municipality, lang))
    if not_loaded:
        add(_config_error_descriptor(lang))
        out += [_problem_result(p, index[CONFIG_ERROR]) for p in not_loaded]
    driver: dict[str, Any] = {
        "name": "kbfa",
        "version": version or _installed_version(),
        "language": _LANGUAGE[lang],
        "rules": descriptors,
    }
    run: dict[str, Any] = {
        "tool": {"driver": driver},
        "invocations": [{"executionSuccessful": True}],
        "language": _LANGUAGE[lang],
        "columnKind": "unicodeCodePoints",
        "results": out,
    }
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def render_sarif(
    results: Sequence[EvaluationResult],
    lang: Lang = "sv",
    *,
    rules: Iterable[Rule] = (),
    not_loaded: Sequence[ConfigProblem] = (),
    version: str | None = None,
) -> str:
    """The SARIF log as JSON text (UTF-8, trailing newline)."""
    data = sarif_data(results, lang, rules=rules, not_loaded=not_loaded, version=version)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _installed_version() -> str:
    from kbfa._version import version

    return version()
