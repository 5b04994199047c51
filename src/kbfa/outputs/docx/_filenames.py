"""File names derived from ids and titles, safe on every file system kbfa users have."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["safe_stem", "unique_stems"]

_RESERVED = {"con", "prn", "aux", "nul"} | {f"{p}{i}" for p in ("com", "lpt") for i in range(10)}
_MAX = 80  # well below every file system's limit, with room for ".docx" and a counter


def safe_stem(text: str, fallback: str = "dokument") -> str:
    """Lower-case ASCII letters, digits and single hyphens: "Fastigheter i Linde AB" →
    "fastigheter-i-linde-ab"; never empty, never a reserved Windows device name."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    stem = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:_MAX].strip("-")
    if not stem:
        stem = fallback
    if stem in _RESERVED:
        stem = f"{stem}-{fallback}"
    return stem


def unique_stems(stems: list[str]) -> list[str]:
    """The same stems in order, with "-2", "-3"... added where one would repeat an earlier one."""
    taken: set[str] = set()
    out: list[str] = []
    for stem in stems:
        candidate, n = stem, 1
        while candidate in taken:
            n += 1
            candidate = f"{stem}-{n}"
        taken.add(candidate)
        out.append(candidate)
    return out
