"""Entry point of ``kbfa``. Exit status: 0 clean, 1 findings, 2 bad input or usage.

Each subcommand lives in its own module ``kbfa.cli._cmd_<name>`` with
``register(subparsers)`` that adds its parser and sets ``handler``. Command
modules import what their work needs (the rules, python-docx, icalendar) inside
their handler only, so ``kbfa --help`` and ``kbfa check`` load no more than they use.

Options every command takes, before or after the command's name: ``--lang sv|en``
(or ``KBFA_LANG``) and ``-q/--quiet``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import Any

from kbfa.cli._args import Parser, argparse_language, language_of
from kbfa.cli._streams import BROKEN_PIPE, StreamError, console, silence_stdout
from kbfa.errors import KbfaError
from kbfa.i18n import LANGS

__all__ = ["build_parser", "command_of", "main"]

#: Subcommands in the order ``kbfa --help`` lists them.
COMMANDS: tuple[str, ...] = (
    "show",
    "check",
    "rules",
    "explain",
    "documents",
    "report",
    "init",
    "schema",
    "calendar",
    "overview",
    "data",
    "lagesbild",
    "uppfoljning",
)

_QUIET_HELP = "bara det viktigaste: sammanfattningar och fel, inga besked om skrivna filer"


class _Version(argparse.Action):
    """``--version``, looking the version up only when asked (importlib.metadata is slow)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        kwargs.setdefault("help", "visa kbfa:s version och avsluta")
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_: object, **__: object) -> None:
        parser.exit(message=f"kbfa {_version()}\n")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """kbfa's parser with every command, or with ``only`` that one when it is a command.

    ``main`` builds the one command the line names (:func:`command_of`): each command's
    module and its parser are then not built for every run. Without a command (``kbfa
    --help``, a misspelt name) every command is registered, so help lists them all and
    argparse names them in its "invalid choice" error.
    """
    parser = Parser(
        prog="kbfa",
        description=(
            "Kontrollera och dokumentera kommunens brottsförebyggande arbete enligt "
            "lag (2023:196) och kommunens eget styrdokument."
        ),
        epilog="Hjälp om ett kommando: kbfa KOMMANDO --help. Språk: --lang en eller KBFA_LANG=en.",
    )
    parser.add_argument("--version", action=_Version)
    parser.add_argument(
        "--lang",
        dest="global_lang",
        choices=LANGS,
        default=None,
        help="språk för utdata: sv (standard) eller en; kan också stå efter kommandot",
    )
    parser.add_argument("-q", "--quiet", dest="global_quiet", action="store_true", help=_QUIET_HELP)
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO", required=True)
    for name in (only,) if only in COMMANDS else COMMANDS:
        # __import__, as an import statement does: importlib.import_module bypasses the
        # interpreter's import timing, and `python -X importtime` would not see the module.
        module = f"kbfa.cli._cmd_{name}"
        __import__(module)
        sys.modules[module].register(sub)
    for command in _leaves(parser):
        command.add_argument("-q", "--quiet", action="store_true", help=_QUIET_HELP)
    return parser


def _leaves(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    """The parsers that end a command line (``kbfa check``, ``kbfa data fetch kolada``).

    Options every command takes go there: on an intermediate parser, argparse would let
    the inner parser's default overwrite what was given (``kbfa data -q show``).
    """
    found: list[argparse.ArgumentParser] = []
    for action in parser._actions:  # argparse offers no public way to walk subcommands
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):  # aliases share a parser
                found.extend(_leaves(child) or [child])
    return found


def command_of(argv: Sequence[str]) -> str | None:
    """The command ``argv`` names: its first word that is not an option or ``--lang``'s value.

    None when that word is no command (argparse then reports it) or there is none.
    """
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--lang":
            skip = True  # its value follows
        elif arg == "--" or not arg.startswith("-") or arg == "-":
            return arg if arg in COMMANDS else None
    return None


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("kbfa")
    except PackageNotFoundError:  # running from a source tree
        return "0+unknown"


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``kbfa`` with ``argv`` and return the exit status (never raises on bad input)."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    lang = language_of(args_list)
    with console(lang):
        try:
            with argparse_language(lang):
                args = build_parser(command_of(args_list)).parse_args(args_list)
            args.lang = getattr(args, "lang", None) or args.global_lang or lang
            args.quiet = bool(getattr(args, "quiet", False) or args.global_quiet)
            status: int = args.handler(args)
            sys.stdout.flush()
        except BrokenPipeError:  # the reader went away: `kbfa show … | head`
            if getattr(sys.stdout, "raw", None) is sys.__stdout__:
                silence_stdout()
            return BROKEN_PIPE
        except StreamError as exc:  # stdout behind `> /dev/full`: say so, once, on stderr
            if getattr(sys.stdout, "raw", None) is sys.__stdout__:
                silence_stdout()  # the unwritten rest must not fail again at exit
            print(str(exc), file=sys.stderr)
            return 2
        except SystemExit as exc:  # argparse (usage, --help, --version) or SIGTERM/SIGHUP
            code = exc.code
            return code if isinstance(code, int) else (0 if code is None else 2)
        except KbfaError as exc:
            print(str(exc), file=sys.stderr)
            return 2
        except KeyboardInterrupt:
            return 130
        except Exception as exc:
            if os.environ.get("KBFA_DEBUG"):
                raise
            print(
                f"kbfa: internt fel ({type(exc).__name__}: {exc}). Kör igen med KBFA_DEBUG=1 "
                "för detaljer och rapportera felet. (internal error; KBFA_DEBUG=1 shows "
                "details)",
                file=sys.stderr,
            )
            return 2
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
