"""Hints ("menade du ...?"): the key or value a user most likely meant, English or Swedish.

Three sources, in order: a Swedish word for a key or value (``ordforande`` → ``chair``,
``gemensam nämnd`` → ``joint_committee``, see :mod:`kbfa.i18n.keys`); a close spelling of
an English key or value (``cadance`` → ``cadence``); a close spelling of a Swedish word.

A hint never points the wrong way: a candidate whose words are only part of what the user
wrote is not offered, since the extra word changes the meaning (``vice_chair`` is not
``chair``, ``vice_ordforande`` is not ``ordförande``). No hint is better than a wrong one.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Iterable

import attrs

# difflib and the word lists (kbfa.i18n.keys, kbfa.i18n.terms) are imported by the
# functions that use them: a hint is only needed when a config has a mistake, and a
# config that loads (every `kbfa check` of a good file) should not pay for them.

__all__ = ["suggest_key", "suggest_value"]

#: How alike two spellings must be (difflib's ratio) to count as a slip of the keyboard.
_ENGLISH_CUTOFF = 0.6
_SWEDISH_CUTOFF = 0.8


def _tokens(word: str) -> frozenset[str]:
    from kbfa.i18n.keys import fold

    return frozenset(t for t in fold(word).split("_") if t)


def _narrower(candidate: str, given: str) -> bool:
    """True when ``given`` says more than ``candidate``: all its words and another one."""
    wanted, offered = _tokens(given), _tokens(candidate)
    return offered < wanted


def _closest(given: str, words: dict[str, str], cutoff: float) -> str | None:
    """The target of the word in ``words`` (folded word → target) closest to ``given``."""
    import difflib

    from kbfa.i18n.keys import fold

    folded = fold(given)
    if folded in words:
        return words[folded]
    for match in difflib.get_close_matches(folded, list(words), n=5, cutoff=cutoff):
        if not _narrower(match, folded):
            return words[match]
    return None


def _pick(given: str, english: Iterable[str], swedish: dict[str, str]) -> str | None:
    from kbfa.i18n.keys import fold

    names = {fold(name): name for name in english}
    exact = names.get(fold(given)) or swedish.get(fold(given))
    if exact is not None:
        return exact
    return _closest(given, names, _ENGLISH_CUTOFF) or _closest(given, swedish, _SWEDISH_CUTOFF)


@functools.cache
def _key_words(cls: type) -> tuple[tuple[str, ...], dict[str, str]]:
    from kbfa.i18n.keys import fold, key_words

    names = tuple(a.name for a in attrs.fields(cls))
    swedish: dict[str, str] = {}
    for name in names:
        for word in key_words(cls.__name__, name):
            swedish.setdefault(fold(word), name)
    return names, swedish


def suggest_key(given: str, cls: type) -> str | None:
    """The key of table class ``cls`` that ``given`` most likely meant, or None."""
    if not attrs.has(cls):
        return None
    names, swedish = _key_words(cls)
    if given in names:
        return None
    return _pick(given, names, swedish)


@functools.cache
def _value_words(cls: type[enum.Enum]) -> tuple[tuple[str, ...], dict[str, str]]:
    from kbfa.i18n.keys import VALUE_WORDS, fold
    from kbfa.i18n.terms import label

    values = tuple(str(m.value) for m in cls)
    swedish: dict[str, str] = {}
    for member in cls:
        for word in (label(member, "sv"), label(member, "en"), *VALUE_WORDS.get(member, ())):
            swedish.setdefault(fold(word), str(member.value))
    return values, swedish


def suggest_value(given: str, cls: type[enum.Enum]) -> str | None:
    """The value of vocabulary ``cls`` that ``given`` most likely meant, or None."""
    values, swedish = _value_words(cls)
    return _pick(given, values, swedish)
