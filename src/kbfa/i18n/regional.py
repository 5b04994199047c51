"""A region's own words for the bodies and posts the law names after a municipality's.

Lag (2023:196) places its duties on "kommunen", "kommunstyrelsen" and
"kommunfullmäktige". Where a region carries the municipality's duties (Region
Gotland), its bodies are regionfullmäktige and regionstyrelsen and its chief
executive is the regiondirektör (kommunallagen 1 kap. 4 § and 7 kap. 1 §: fullmäktige
and styrelsen, named after the kind of authority). Everything kbfa writes for such a
config uses those words: findings, ``show``, the calendar and the Word documents.

:func:`regional` rewrites Swedish text; English text ("the executive board", "the
assembly") is already neutral and passes through. Only whole words are rewritten:
"förbundsfullmäktige" or "kommunstyrelsens" in a word that is not the municipality's
body stay as they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["regional", "words_for"]

#: "kommunstyrelse", "Kommunfullmäktige", "kommundirektören" ... as whole words.
_PREFIXED = re.compile(r"(?<![\w-])([Kk])ommun(styrelse|fullmäktige|direktör)")
#: Bare "fullmäktige" (the law's word for the assembly) as a whole word.
_ASSEMBLY = re.compile(r"(?<![\w-])([Ff])ullmäktige")


def _prefixed(m: re.Match[str]) -> str:
    return ("R" if m.group(1) == "K" else "r") + "egion" + m.group(2)


def _assembly(m: re.Match[str]) -> str:
    return ("R" if m.group(1) == "F" else "r") + "egionfullmäktige"


def regional(text: str) -> str:
    """``text`` with a region's words: regionstyrelsen, regionfullmäktige, regiondirektören."""
    if "ommun" not in text and "ullmäktige" not in text:
        return text  # the common case, no match possible: no regex run
    return _ASSEMBLY.sub(_assembly, _PREFIXED.sub(_prefixed, text))


def _same(text: str) -> str:
    return text


def words_for(region: bool) -> Callable[[str], str]:
    """The rewrite for a config: :func:`regional` for a region, else the identity."""
    return regional if region else _same
