"""argparse in the user's language: usage lines, headings and errors in Swedish.

argparse takes its own words (``usage:``, ``options``, ``the following arguments are
required``) from :mod:`gettext`; kbfa supplies them per ``--lang`` while it parses.
The language is known before parsing (``--lang`` may stand anywhere on the command
line, or come from ``KBFA_LANG``), so even a usage error is in Swedish.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator, Sequence

from kbfa.i18n import LANGS, Lang

__all__ = ["ENV_LANG", "Parser", "argparse_language", "language_of"]

#: The environment variable that sets the language when ``--lang`` is not given.
ENV_LANG = "KBFA_LANG"

# argparse's messages (Python 3.11–3.13) and their Swedish wording.
_SV: dict[str, str] = {
    "usage: ": "användning: ",
    "positional arguments": "argument",
    "options": "flaggor",
    "optional arguments": "flaggor",
    "show this help message and exit": "visa den här hjälptexten och avsluta",
    "show program's version number and exit": "visa kbfa:s version och avsluta",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fel: %(message)s\n",
    "the following arguments are required: %s": "följande argument saknas: %s",
    "unrecognized arguments: %s": "okända argument: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ogiltigt val: %(value)r (välj bland %(choices)s)"
    ),
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "expected one argument": "ett värde behövs",
    "expected at most one argument": "högst ett värde",
    "expected at least one argument": "minst ett värde behövs",
    "ambiguous option: %(option)s could match %(matches)s": (
        "tvetydig flagga: %(option)s kan betyda %(matches)s"
    ),
    "invalid %(type)s value: %(value)r": "ogiltigt värde: %(value)r",
    "not allowed with argument %s": "kan inte kombineras med %s",
    "ignored explicit argument %r": "värdet %r används inte",
    "one of the arguments %s is required": "ett av argumenten %s behövs",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "okänt kommando %(parser_name)r (välj bland %(choices)s)"
    ),
    "can't open '%(filename)s': %(error)s": "kan inte öppna '%(filename)s': %(error)s",
    "unexpected option string: %s": "oväntad flagga: %s",
    "option %(option)s is deprecated": "flaggan %(option)s är föråldrad",
    "argument %(argument_name)s is deprecated": "argumentet %(argument_name)s är föråldrat",
}
_SV_PLURAL: dict[str, tuple[str, str]] = {
    "expected %s argument": ("%s värde behövs", "%s värden behövs"),
}


class _Formatter(argparse.HelpFormatter):
    """argparse's help formatter, without importing shutil (and bz2, lzma) for the width.

    argparse builds a formatter for every ``add_argument``; its own looks the terminal
    width up through shutil, 3 ms of every command's start-up. The same width here.
    """

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        if width is None:
            width = _columns() - 2
        super().__init__(prog, indent_increment, max_help_position, width)


def _columns() -> int:
    """shutil.get_terminal_size().columns: $COLUMNS, else the terminal's, else 80."""
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class Parser(argparse.ArgumentParser):
    """kbfa's argument parser: the light help formatter unless another is asked for.

    Subcommands' parsers are of the same class (argparse's default for add_subparsers).
    """

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]


def language_of(argv: Sequence[str]) -> Lang:
    """The language asked for: the last ``--lang X``/``--lang=X``, else ``KBFA_LANG``, else sv."""
    found: str | None = None
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            found = argv[i + 1]
        elif arg.startswith("--lang="):
            found = arg.partition("=")[2]
    if found is None:
        found = os.environ.get(ENV_LANG, "").strip().lower() or None
    for lang in LANGS:
        if found == lang:
            return lang
    return "sv"


@contextlib.contextmanager
def argparse_language(lang: Lang) -> Iterator[None]:
    """argparse speaks ``lang`` inside the ``with`` block (it looks its words up per call)."""
    if lang == "en":
        yield
        return
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]

    def gettext(message: str) -> str:
        return _SV.get(message, message)

    def ngettext(singular: str, plural: str, n: int) -> str:
        words = _SV_PLURAL.get(singular)
        if words is None:
            return singular if n == 1 else plural
        return words[0] if n == 1 else words[1]

    argparse._ = gettext  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
