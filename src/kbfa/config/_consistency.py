"""Checks across a structured model that neither types nor references can express.

They run once the file has been structured and every reference resolves, so they may
rely on the model; each problem names the key it is about:

- every ``[[documents]]`` entry has an ``id`` (requirements and evidence name it);
- a requirement's ``version`` is a version of its document;
- ``member = true`` only on a kommunalförbund or a gemensam nämnd;
- each signatory of an agreement or a medborgarlöfte signs for one of its parties
  (a role belongs to a party, or to the municipality's own organisation when the
  municipality is a party), and a commitment's ``party`` is one of the promise's;
- each ``[[unknowns]]`` key names a key of the model (:func:`unknown_path`).
"""

from __future__ import annotations

import functools
import types
import typing
from collections.abc import Iterator
from typing import Any

import attrs

from kbfa.config._lines import KeyPath
from kbfa.config._references import STEERING_DOCUMENT_SUBJECT
from kbfa.model import SHARED_KINDS, Governance, Role, SteeringDocument

__all__ = ["UnknownKey", "check_model", "unknown_path"]

Problem = tuple[KeyPath, str, dict[str, object]]


def check_model(g: Governance) -> list[Problem]:
    """Every problem as (path, message key, params); empty for a consistent model."""
    return [
        *_documents(g),
        *_versions(g),
        *_members(g),
        *_signatories(g),
        *_commitments(g),
        *_unknowns(g),
    ]


def _documents(g: Governance) -> Iterator[Problem]:
    for i, d in enumerate(g.documents):
        if d.id is None:
            yield ("documents", i), "document_id_missing", {}
        elif d.id == STEERING_DOCUMENT_SUBJECT:
            yield ("documents", i, "id"), "document_id_reserved", {"value": d.id}


def _versions(g: Governance) -> Iterator[Problem]:
    for i, r in enumerate(g.requirements):
        if r.version is None:
            continue
        doc: SteeringDocument | None = g.document(r.document)
        names = [v.name for v in doc.versions] if doc is not None else []
        if r.version not in names:
            title = doc.title if doc is not None else "-"
            known = ", ".join(f'"{n}"' for n in names) or "-"
            params: dict[str, object] = {"value": r.version, "title": title, "known": known}
            yield ("requirements", i, "version"), "unknown_version", params


def _members(g: Governance) -> Iterator[Problem]:
    for i, o in enumerate(g.organisations):
        if o.member and o.kind not in SHARED_KINDS:
            yield ("organisations", i, "member"), "member_kind", {"kind": o.kind.value}


def _signs_for(
    g: Governance, parties: tuple[str, ...], role_id: str, roles: dict[str, Role]
) -> bool:
    role = roles.get(role_id)
    if role is None:
        return True  # an unresolved reference, reported elsewhere
    own = g.municipality.organisation
    return role.organisation in parties or (own in parties and g.is_own_role(role))


def _signatories(g: Governance) -> Iterator[Problem]:
    signed: list[tuple[str, int, tuple[str, ...], tuple[str, ...]]] = [
        ("agreements", i, a.parties, a.signatories) for i, a in enumerate(g.agreements)
    ]
    signed += [
        ("citizen_promises", i, p.parties, p.signatories) for i, p in enumerate(g.citizen_promises)
    ]
    # Roles by id once: a lookup per signatory grew as roles x signatories.
    roles = {r.id: r for r in reversed(g.roles)}  # the first of a duplicate id, as g.role
    for name, i, parties, signatories in signed:
        for j, s in enumerate(signatories):
            if not _signs_for(g, parties, s, roles):
                role = roles.get(s)
                org = role.organisation if role is not None else ""
                params: dict[str, object] = {"value": s, "org": org, "parties": ", ".join(parties)}
                yield (name, i, "signatories", j), "signatory_not_party", params


def _commitments(g: Governance) -> Iterator[Problem]:
    for i, p in enumerate(g.citizen_promises):
        for j, c in enumerate(p.commitments):
            if c.party is not None and c.party not in p.parties:
                params: dict[str, object] = {"value": c.party, "parties": ", ".join(p.parties)}
                yield ("citizen_promises", i, "commitments", j, "party"), "commitment_party", params


def _unknowns(g: Governance) -> Iterator[Problem]:
    for i, u in enumerate(g.unknowns):
        try:
            unknown_path(g, u.key)
        except UnknownKey as exc:
            yield ("unknowns", i, "key"), exc.message, exc.params


class UnknownKey(ValueError):
    """An ``[[unknowns]]`` key that names nothing in the model; ``message`` is a catalogue key."""

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message)
        self.message = message
        self.params = params


def unknown_path(g: Governance, key: str) -> KeyPath:
    """The key path of an ``[[unknowns]]`` key: list items by their id, the rest by name.

    ``unknown_path(g, "agreements.polis.purposes") == ("agreements", 2, "purposes")`` when
    the agreement with id "polis" is the third. A key may stop anywhere ("leadership",
    "agreements.polis") and may name a table the file does not have ("leadership" in a
    file without [leadership]): that is what is unknown. Raises :class:`UnknownKey`.
    """
    parts = list(key.strip().split("."))
    if not parts or any(not p for p in parts):
        raise UnknownKey("unknown_key_shape", value=key)
    path: list[str | int] = []
    cls: type = Governance
    node: Any = g
    i = 0
    while i < len(parts):
        part = parts[i]
        fields = _fields(cls)
        if part not in fields:
            import difflib  # only for a mistake (kbfa check imports no difflib otherwise)

            guess = difflib.get_close_matches(part, sorted(fields), n=1)
            raise UnknownKey(
                "unknown_key_field",
                value=part,
                table=".".join(str(p) for p in path) or "-",
                guess=guess,
            )
        path.append(part)
        item_cls, is_list = fields[part]
        node = getattr(node, part) if node is not None else None
        i += 1
        if is_list:
            if i == len(parts) or item_cls is None:
                break  # the whole list is unknown (or a list of plain values)
            if "id" not in _fields(item_cls):
                break  # items without ids are named only as the whole list
            wanted = parts[i]
            items = node or ()
            ids = [getattr(x, "id", None) for x in items]
            if wanted not in ids:
                import difflib  # only for a mistake

                guess = difflib.get_close_matches(wanted, [x for x in ids if x], n=1)
                raise UnknownKey(
                    "unknown_key_id",
                    value=wanted,
                    table=".".join(str(p) for p in path),
                    guess=guess,
                )
            path.append(ids.index(wanted))
            node = items[ids.index(wanted)]
            i += 1
        if item_cls is None:
            break
        cls = item_cls
    if i < len(parts):
        raise UnknownKey("unknown_key_deeper", value=".".join(parts[i:]), table=key)
    return tuple(path)


@functools.cache
def _fields(cls: type) -> dict[str, tuple[type | None, bool]]:
    """Each field of an attrs class: (the attrs class it holds, if any; whether it is a list)."""
    hints = typing.get_type_hints(cls)
    out: dict[str, tuple[type | None, bool]] = {}
    for a in attrs.fields(cls):
        t = hints[a.name]
        is_list = False
        if typing.get_origin(t) is tuple:
            t = typing.get_args(t)[0]
            is_list = True
        if typing.get_origin(t) in (typing.Union, types.UnionType):
            args = [x for x in typing.get_args(t) if x is not type(None)]
            t = args[0] if len(args) == 1 else t
        out[a.name] = (t if isinstance(t, type) and attrs.has(t) else None, is_list)
    return out
