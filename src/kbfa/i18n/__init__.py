"""Words people read, in Swedish (default) and English.

Each layer keeps its own catalogue (a ``dict`` of message key → ``{"sv": ..., "en": ...}``)
next to its code and renders it through :func:`render`; labels for the model's
vocabularies live in :mod:`kbfa.i18n.terms`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, get_args

__all__ = ["LANGS", "Catalogue", "Lang", "render"]

Lang = Literal["sv", "en"]
LANGS: tuple[Lang, ...] = get_args(Lang)
Catalogue = Mapping[str, Mapping[Lang, str]]


def render(catalogue: Catalogue, key: str, lang: Lang = "sv", /, **params: object) -> str:
    """The message ``key`` from ``catalogue`` in ``lang``, with ``params`` filled in."""
    return catalogue[key][lang].format(**params)
