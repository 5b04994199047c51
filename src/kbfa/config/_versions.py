"""The config format's version, and what changed between versions.

A config file may say which version of the format it is written in::

    format_version = 1

A file without the key is version 1 (the format before the key existed) and loads as
before. The policy (docs/format.md):

- Adding an optional key, or a new value to a vocabulary, keeps the version.
- Renaming or removing a key, or changing what a key means, raises
  :data:`FORMAT_VERSION` and adds a :class:`Renamed` record below in the same commit,
  with a migration note in docs/format.md.
- The loader then tells old from new: a file that uses a renamed key gets an error at
  that key naming the new key and the version it changed in, and, when the file
  declares an older version (or none), says so; a file written for a newer version
  than this kbfa knows is refused with one message to upgrade kbfa.
- kbfa never renames keys in a user's file by itself: the error says what to change.
"""

from __future__ import annotations

import attrs

__all__ = ["FORMAT_VERSION", "RENAMED", "Renamed", "renamed"]

#: The newest format this kbfa reads and writes.
FORMAT_VERSION = 1


@attrs.frozen
class Renamed:
    """A key of ``table`` (a model class name, e.g. ``"Body"``) called ``old`` up to
    ``version - 1`` and ``new`` from ``version`` on."""

    table: str
    old: str
    new: str
    version: int


#: Every rename since format 1, oldest first. Empty while the format is at version 1.
RENAMED: tuple[Renamed, ...] = ()


def renamed(table: str, key: str) -> Renamed | None:
    """The rename that retired ``key`` in ``table``, if any."""
    return next((r for r in RENAMED if r.table == table and r.old == key), None)
