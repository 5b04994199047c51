"""Findings as text a coordinator can read: Swedish by default, grouped by municipality.

Each municipality gets the law's duties at a glance, one verdict for the design (what
the steering document provides for) and one for the practice (what the evidence
shows), with the strength when it is not a "ska"; then what needs doing (breaches of
the law, breaches of the municipality's own rules, warnings, things to note), each
with the rule, the legal reference, where in the file, what to do and the
municipality's own explanation; then one summary line. A file that could not be
loaded gets a block of its own listing every problem, in the loader's
``file:line: key: message`` form.
"""

from __future__ import annotations

from collections.abc import Sequence

from kbfa.errors import ConfigProblem, by_file
from kbfa.evaluation import (
    EvaluationResult,
    Finding,
    Level,
    Severity,
    Situation,
    Verdict,
    duty_verdicts,
    verdict_word,
)
from kbfa.i18n import Catalogue, Lang, render
from kbfa.i18n.regional import words_for
from kbfa.outputs.duty_cells import duty_cell, level_word
from kbfa.rules import law_duties

__all__ = ["render_not_loaded", "render_text", "summary_line", "verdict_word"]

T: Catalogue = {
    "heading": {
        "sv": "{name} ({file}), bedömd per {date}",
        "en": "{name} ({file}), assessed as of {date}",
    },
    "duties": {"sv": "Lagens krav, lag (2023:196):", "en": "Duties of the Act (2023:196):"},
    "group_breach_law": {
        "sv": "Brister mot lagen ({n})",
        "en": "Breaches of the Act ({n})",
    },
    "group_breach_local": {
        "sv": "Brister mot kommunens egna krav ({n})",
        "en": "Breaches of the municipality's own rules ({n})",
    },
    "group_warning": {
        "sv": "Varningar: verka för, lämplighet, kbfa:s tolkningar, Brås goda praxis och det som "
        "inte kan bedömas ({n})",
        "en": "Warnings: best effort, qualified duties, kbfa's readings, Brå practice and what "
        "cannot be assessed ({n})",
    },
    "explanation": {"sv": "Kommunens förklaring", "en": "The municipality's explanation"},
    "group_info": {"sv": "Att notera ({n})", "en": "To note ({n})"},
    "where": {"sv": "Var", "en": "Where"},
    "line": {"sv": "rad {n}", "en": "line {n}"},
    "fix": {"sv": "Gör så här", "en": "What to do"},
    "nothing": {
        "sv": "Inget att åtgärda på den här nivån.",
        "en": "Nothing to act on at this level.",
    },
    "summary": {
        "sv": "Sammanfattning: {breach}, {warning}, {info} att notera; "
        "{ok}, {waived} undantag, {na}.",
        "en": "Summary: {breach}, {warning}, {info} to note; {ok} met, "
        "{waived} waived, {na} not applicable.",
    },
    "unknown": {
        "sv": "{facts}: {findings} i stället för att bedömas.",
        "en": "{facts}: {findings} instead of being judged.",
    },
    "total": {
        "sv": "Totalt för {n}: {breach}, {warning}, {info} att notera.",
        "en": "Total for {n}: {breach}, {warning}, {info} to note.",
    },
    "not_loaded": {
        "sv": "{file}: kunde inte läsas ({problems})",
        "en": "{file}: could not be loaded ({problems})",
    },
    "not_loaded_hint": {
        "sv": "Rätta filen och kör kbfa check igen; de andra filerna är bedömda ändå.",
        "en": "Correct the file and run kbfa check again; the other files were assessed anyway.",
    },
    "not_loaded_fix": {
        "sv": "Rätta filen och kör kbfa check igen.",
        "en": "Correct the file and run kbfa check again.",
    },
    "total_not_loaded": {
        "sv": "{files} kunde inte läsas.",
        "en": "{files} could not be loaded.",
    },
}

# Singular and plural of the counted words: "1 brist", "2 brister".
_NOUNS: dict[str, dict[Lang, tuple[str, str]]] = {
    "breach": {"sv": ("brist", "brister"), "en": ("breach", "breaches")},
    "warning": {"sv": ("varning", "varningar"), "en": ("warning", "warnings")},
    "ok": {"sv": ("krav uppfyllt", "krav uppfyllda"), "en": ("", "")},
    "na": {"sv": ("ej tillämpligt", "ej tillämpliga"), "en": ("", "")},
    "n": {"sv": ("kommun", "kommuner"), "en": ("municipality", "municipalities")},
    "facts": {
        "sv": ("uppgift är okänd", "uppgifter är okända"),
        "en": ("fact is unknown", "facts are unknown"),
    },
    "findings": {
        "sv": ("fynd blir ej bedömbart", "fynd blir ej bedömbara"),
        "en": ("finding cannot be assessed", "findings cannot be assessed"),
    },
    "files": {"sv": ("fil", "filer"), "en": ("file", "files")},
    "problems": {"sv": ("problem", "problem"), "en": ("problem", "problems")},
}


def _counted(counts: dict[str, int], lang: Lang) -> dict[str, str]:
    """Counts as words where the noun changes with the number; bare numbers elsewhere."""
    out = {}
    for key, n in counts.items():
        one, many = _NOUNS.get(key, {}).get(lang, ("", ""))
        noun = one if n == 1 else many
        out[key] = f"{n} {noun}" if noun else str(n)
    return out


def _where(f: Finding, lang: Lang) -> str:
    loc = f.location
    if loc is None:
        return ""
    text = loc.file
    if loc.line is not None:
        text += ", " + render(T, "line", lang, n=loc.line)
    if loc.path:
        text += f" ({loc.path})"
    return text


def _finding(f: Finding, lang: Lang) -> list[str]:
    head = f"  {f.code}  {f.reference}"
    if f.title:
        head += f": {f.title}"
    lines = [head, f"    {verdict_word(f.verdict, lang).capitalize()}. {f.message}"]
    if f.explanation:
        lines.append(f"    {render(T, 'explanation', lang)}: {f.explanation}")
    where = _where(f, lang)
    if where:
        lines.append(f"    {render(T, 'where', lang)}: {where}")
    if f.fix:
        lines.append(f"    {render(T, 'fix', lang)}: {f.fix}")
    return lines


def _duties(result: EvaluationResult, lang: Lang) -> list[str]:
    verdicts = duty_verdicts(result)
    duties = [d for d in law_duties() if d.key in verdicts]
    if not duties:
        return []
    words = words_for(result.region and lang == "sv")  # before the columns are aligned
    labels = [words(f"{d.reference.short(lang)} {d.title(lang)}") for d in duties]
    width = max(len(x) for x in labels) + 2
    design = [duty_cell(verdicts[d.key].design, lang) for d in duties]
    column = max(len(x) for x in [*design, level_word(Level.DESIGN, lang)]) + 2
    head = render(T, "duties", lang)
    lines = [
        head.ljust(width + 3)
        + level_word(Level.DESIGN, lang).ljust(column)
        + level_word(Level.PRACTICE, lang)
    ]
    for d, text, cell in zip(duties, labels, design, strict=True):
        practice = duty_cell(verdicts[d.key].practice, lang)
        lines.append(f"  {text.ljust(width, '.')} {cell.ljust(column)}{practice}".rstrip())
    return lines


def _groups(result: EvaluationResult) -> list[tuple[str, list[Finding]]]:
    """What needs doing, in order: law breaches, own-rule breaches, warnings, things to note.

    Things to note include a silence the law itself fills (situation law_fills), even
    when its verdict is "uppfyllt": the reader should see that the document is silent.
    """
    open_ = result.open_findings
    breaches = [f for f in open_ if f.severity is Severity.BREACH]
    notes = [
        f
        for f in result.findings
        if (f.is_open and f.severity is Severity.INFO)
        or (not f.is_open and f.situation is Situation.LAW_FILLS)
    ]
    return [
        ("group_breach_law", [f for f in breaches if f.source == "law"]),
        ("group_breach_local", [f for f in breaches if f.source != "law"]),
        ("group_warning", [f for f in open_ if f.severity is Severity.WARNING]),
        ("group_info", notes),
    ]


def _counts(result: EvaluationResult) -> dict[str, int]:
    counts = {"breach": 0, "warning": 0, "info": 0, "ok": 0, "waived": 0, "na": 0}
    for f in result.findings:
        if f.is_open:
            counts[f.severity.value] += 1
        elif f.verdict is Verdict.UPPFYLLT:
            counts["ok"] += 1
        elif f.verdict is Verdict.UNDANTAG:
            counts["waived"] += 1
        else:
            counts["na"] += 1
    return counts


def render_result(
    result: EvaluationResult, lang: Lang = "sv", *, min_severity: Severity = Severity.INFO
) -> str:
    """One municipality's findings; open findings below ``min_severity`` are left out."""
    title = render(
        T,
        "heading",
        lang,
        name=result.municipality,
        file=result.file or "-",
        date=result.as_of.isoformat(),
    )
    lines = [title, "=" * len(title)]
    duties = _duties(result, lang)
    if duties:
        lines += ["", *duties]
    shown = 0
    for key, group in _groups(result):
        severity = group[0].severity if group else Severity.INFO
        if not group or severity.rank < min_severity.rank:
            continue
        heading = render(T, key, lang, n=len(group))
        lines += ["", heading, "-" * len(heading)]
        for f in group:
            lines += _finding(f, lang)
            shown += 1
    if not shown:
        lines += ["", render(T, "nothing", lang)]
    lines += ["", render(T, "summary", lang, **_counted(_counts(result), lang))]
    if result.unknowns:
        lines.append(unknown_line(result, lang))
    return words_for(result.region and lang == "sv")("\n".join(lines))


def unknown_line(result: EvaluationResult, lang: Lang = "sv") -> str:
    """ "2 uppgifter är okända: 3 fynd blir ej bedömbara i stället för att bedömas." """
    counts = {"facts": len(result.unknowns), "findings": len(result.unknown_findings)}
    return render(T, "unknown", lang, **_counted(counts, lang))


def summary_line(result: EvaluationResult, lang: Lang = "sv") -> str:
    """One line per municipality (``kbfa check -q``): the heading and the summary."""
    title = render(
        T, "heading", lang, name=result.municipality, file=result.file or "-", date=result.as_of
    )
    summary = render(T, "summary", lang, **_counted(_counts(result), lang))
    unknown = f" {unknown_line(result, lang)}" if result.unknowns else ""
    return f"{title}: {summary.partition(': ')[2]}{unknown}"  # without "Sammanfattning"


def render_not_loaded(
    file: str, problems: Sequence[ConfigProblem], lang: Lang = "sv", *, others: bool = False
) -> str:
    """One file that could not be loaded: a heading, then every problem on its own line.

    ``others`` says that other files were assessed all the same.
    """
    title = render(T, "not_loaded", lang, file=file, **_counted({"problems": len(problems)}, lang))
    lines = [title, "=" * len(title), ""]
    lines += [f"  {p}" for p in problems]
    lines += ["", render(T, "not_loaded_hint" if others else "not_loaded_fix", lang)]
    return "\n".join(lines)


def render_text(
    results: Sequence[EvaluationResult],
    lang: Lang = "sv",
    *,
    min_severity: Severity = Severity.INFO,
    quiet: bool = False,
    not_loaded: Sequence[ConfigProblem] = (),
) -> str:
    """Every municipality's findings, one block each, with a total when there are several.

    ``not_loaded`` are the problems of files that could not be loaded; each such file
    gets a block after the municipalities, and the total says how many there were.
    ``quiet`` gives one summary line per municipality instead of the findings, and a
    file that could not be loaded its problems, one line each.
    """
    failed = by_file(not_loaded)
    if quiet:
        lines = [summary_line(r, lang) for r in results]
        lines += [str(p) for group in failed.values() for p in group]
        blocks = ["\n".join(lines)]
    else:
        blocks = [render_result(r, lang, min_severity=min_severity) for r in results]
        others = bool(results)
        blocks += [
            render_not_loaded(file, group, lang, others=others) for file, group in failed.items()
        ]
    if len(results) + len(failed) > 1:
        total = {"breach": 0, "warning": 0, "info": 0}
        for r in results:
            c = _counts(r)
            for k in total:
                total[k] += c[k]
        total["n"] = len(results)
        line = render(T, "total", lang, **_counted(total, lang))
        if failed:
            files = _counted({"files": len(failed)}, lang)["files"]
            line += " " + render(T, "total_not_loaded", lang, files=files)
        blocks.append(line)
    return ("\n" if quiet else "\n\n\n").join(blocks) + "\n"
