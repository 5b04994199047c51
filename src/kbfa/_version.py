"""kbfa's own version, read once from the installed package metadata.

``importlib.metadata`` costs about 10 ms to import, so it is imported only when the
version is asked for (``kbfa.__version__``, ``--version``, the JSON export, SARIF).
"""

from __future__ import annotations

import functools

__all__ = ["version"]


@functools.cache
def version() -> str:
    """The installed version of kbfa ("0+unknown" when run from a bare source tree)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed("kbfa")
    except PackageNotFoundError:
        return "0+unknown"
