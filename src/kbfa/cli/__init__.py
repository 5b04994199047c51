"""The ``kbfa`` command line (layer 6): parse arguments, call the library, choose the exit code."""

from kbfa.cli._main import main

__all__ = ["main"]
