"""Entry point of ``kbfa``. Exit status: 0 clean, 1 findings, 2 bad input or usage.

Each subcommand lives in its own module ``kbfa.cli._cmd_<name>`` with
``register(subparsers)`` that adds its parser and sets ``handler``. Command
modules import heavy libraries (python-docx, icalendar) inside their handler
only, so ``kbfa --help`` and ``kbfa check`` stay fast.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from kbfa.errors import KbfaError

__all__ = ["build_parser", "main"]

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
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kbfa",
        description=(
            "Kontrollera och dokumentera kommunens brottsförebyggande arbete enligt "
            "lag (2023:196) och kommunens eget styrdokument."
        ),
    )
    parser.add_argument("--version", action="version", version=f"kbfa {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO", required=True)
    for name in COMMANDS:
        importlib.import_module(f"kbfa.cli._cmd_{name}").register(sub)
    return parser


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("kbfa")
    except PackageNotFoundError:  # running from a source tree
        return "0+unknown"


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``kbfa`` with ``argv`` and return the exit status (never raises on bad input)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        status: int = args.handler(args)
    except KbfaError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        if os.environ.get("KBFA_DEBUG"):
            raise
        print(
            f"kbfa: internt fel ({type(exc).__name__}: {exc}). Kör igen med KBFA_DEBUG=1 för "
            "detaljer och rapportera felet. (internal error; KBFA_DEBUG=1 shows details)",
            file=sys.stderr,
        )
        return 2
    except BrokenPipeError:  # e.g. `kbfa check ... | head`
        sys.stderr.close()
        return 0
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
