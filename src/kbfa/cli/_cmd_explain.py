"""``kbfa explain CODE [FILE...]``: a rule's legal reference, paraphrase and how to comply.

Catalogue codes (``KBFA-L…``, ``KBFA-B…``, ``KBFA-W…``) need no file. A
municipality's own codes (``KBFA-K…``) are derived from its config, so give
the config file(s) to look them up in.
"""

from __future__ import annotations

import argparse
from typing import Any

from kbfa.cli._common import add_lang, load_all
from kbfa.errors import KbfaError
from kbfa.i18n import Catalogue, render

T: Catalogue = {
    "unknown": {
        "sv": 'okänd regelkod "{code}"{hint}; se kbfa rules',
        "en": 'unknown rule code "{code}"{hint}; see kbfa rules',
    },
    "local_hint": {
        "sv": " (kommunens egna regler KBFA-K… kräver konfigurationen: kbfa explain {code} FIL)",
        "en": " (local rules KBFA-K… need the config: kbfa explain {code} FILE)",
    },
    "did_you_mean": {"sv": " (menade du {guess}?)", "en": " (did you mean {guess}?)"},
}


class UnknownRule(KbfaError):
    """Raised when ``kbfa explain`` is given a code no rule has."""


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "explain",
        help="förklara en regel: lagrum, innebörd, vad som uppfyller den och hur man åtgärdar",
        description=(
            "Förklara en regel. Kommunens egna regler (KBFA-K…) slås upp i de konfigurationer "
            "som anges efter koden."
        ),
    )
    p.add_argument("code", metavar="KOD", help="regelkod, t.ex. KBFA-L6A")
    p.add_argument("files", nargs="*", metavar="FIL", help="kommunens konfiguration (.toml)")
    add_lang(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    import difflib

    from kbfa.outputs.rules_text import render_rule
    from kbfa.rules import catalogue, find_rule, local_rules

    code = args.code.strip()
    configs = load_all(args.files, args.lang)
    rule = find_rule(code)
    owner = None
    for c in configs:
        if rule is not None:
            break
        rule = find_rule(code, c.governance)
        owner = c
    if rule is None:
        if code.startswith("KBFA-K") and not configs:
            hint = render(T, "local_hint", args.lang, code=code)
        else:
            known = [r.code for r in catalogue()]
            for c in configs:
                known += [r.code for r in local_rules(c.governance)]
            # A prefix such as KBFA-L6 names a family; list it rather than guess one member.
            family = [k for k in known if k.startswith(code.upper())]
            guess = family[:6] or difflib.get_close_matches(code.upper(), known, n=1)
            hint = render(T, "did_you_mean", args.lang, guess=", ".join(guess)) if guess else ""
        raise UnknownRule(render(T, "unknown", args.lang, code=code, hint=hint))
    municipality = owner.governance.municipality.name if owner else None
    print(render_rule(rule, args.lang, municipality=municipality), end="")
    return 0
