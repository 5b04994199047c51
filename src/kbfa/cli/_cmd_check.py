"""``kbfa check FILE...``: findings for each municipality, as text, JSON, SARIF or
GitHub annotations.

Every file is evaluated; a file that cannot be loaded is reported in the same output
(its own block in text, ``not_loaded`` in JSON, ``config-error`` results in SARIF,
``::error`` annotations for GitHub) while the others are still assessed.

Exit status, the worst of all files: 2 when a file could not be loaded (or on bad
usage), else 1 when an open finding is at or above ``--fail-level`` (default breach),
else 0. "Open" means ej uppfyllt, delvis or ej bedömbart: uppfyllt, undantag and ej
tillämpligt never fail a run. ``--exit-zero`` turns 1 into 0, never 2.
"""

from __future__ import annotations

import argparse
from typing import Any

from kbfa.cli._common import add_lang, as_of_date, load_each
from kbfa.errors import KbfaError
from kbfa.i18n import Catalogue, render

#: The severities --fail-level takes (kbfa.evaluation.Severity's values; a test keeps them
#: equal). Spelt out so that registering the command does not load the rule catalogue.
FAIL_LEVELS = ("info", "warning", "breach")

#: The output formats of ``--format``.
FORMATS: tuple[str, ...] = ("text", "json", "sarif", "github")

T: Catalogue = {
    "no_such_code": {
        "sv": "{option} {code}: ingen regel har den koden eller det prefixet; se kbfa rules",
        "en": "{option} {code}: no rule has that code or prefix; see kbfa rules",
    },
}


class UnknownCode(KbfaError):
    """Raised when --select or --ignore names a code no rule of the given configs has."""


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "check",
        help="kontrollera kommunens arbete mot lagen, styrdokumentet och Brås goda praxis",
        description=(
            "Kontrollera varje kommuns konfiguration mot lag (2023:196), kommunens eget "
            "styrdokument och Brås goda praxis, per ett datum. Slutstatus 0: inget på eller "
            "över --fail-level; 1: fynd; 2: felaktig indata."
        ),
    )
    p.add_argument("files", nargs="+", metavar="FIL", help="kommunens konfiguration (.toml)")
    p.add_argument(
        "--as-of",
        type=as_of_date,
        default=None,
        metavar="DATUM",
        help="bedöm per detta datum (ÅÅÅÅ-MM-DD); standard är dagens datum",
    )
    p.add_argument(
        "--format",
        choices=FORMATS,
        default="text",
        help="utdataformat: text (standard), json (samma export som kbfa overview -o x.json), "
        "sarif (SARIF 2.1.0 för kodgranskning, "
        "t.ex. GitHub code scanning) eller github (anteckningar i GitHub Actions)",
    )
    p.add_argument(
        "--select",
        action="append",
        default=[],
        metavar="KOD",
        help="visa bara regler med denna kod eller detta prefix (t.ex. KBFA-L6 eller KBFA-K); "
        "kan upprepas",
    )
    p.add_argument(
        "--ignore",
        action="append",
        default=[],
        metavar="KOD",
        help="hoppa över regler med denna kod eller detta prefix; kan upprepas",
    )
    p.add_argument(
        "--fail-level",
        choices=FAIL_LEVELS,
        default="breach",
        help="lägsta allvarlighetsgrad som ger slutstatus 1: breach (brist, standard), "
        "warning (varning) eller info",
    )
    p.add_argument(
        "--exit-zero",
        action="store_true",
        help="slutstatus 0 även när det finns fynd (för att bara läsa resultatet); "
        "felaktig indata ger fortfarande 2",
    )
    add_lang(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from kbfa.evaluation import Severity, evaluate, matches
    from kbfa.rules import rules_for

    configs, not_loaded = load_each(args.files, args.lang)
    rules = [r for c in configs for r in rules_for(c.governance)]
    known = {r.code for r in rules}
    for option, patterns in (("--select", args.select), ("--ignore", args.ignore)):
        for code in patterns:
            # A typo would silently select nothing (exit 0): refuse it instead. With no
            # file loaded there is nothing to compare with; the load problems are the news.
            if configs and not any(matches(k, [code]) for k in known):
                raise UnknownCode(render(T, "no_such_code", args.lang, option=option, code=code))
    results = [
        evaluate(c, args.as_of, lang=args.lang, select=args.select, ignore=args.ignore)
        for c in configs
    ]
    if args.format == "json":
        from kbfa.outputs.findings_json import render_json

        text = render_json(results, args.lang, not_loaded=not_loaded, as_of=args.as_of)
    elif args.format == "sarif":
        from kbfa.outputs.sarif import render_sarif

        text = render_sarif(results, args.lang, rules=rules, not_loaded=not_loaded)
    elif args.format == "github":
        from kbfa.outputs.github import render_github

        text = render_github(results, args.lang, not_loaded=not_loaded)
    else:
        from kbfa.outputs.findings_text import render_text

        text = render_text(results, args.lang, quiet=args.quiet, not_loaded=not_loaded)
    print(text, end="")
    if not_loaded:
        return 2
    if args.exit_zero:
        return 0
    fail = Severity(args.fail_level)
    return 1 if any(r.at_or_above(fail) for r in results) else 0
