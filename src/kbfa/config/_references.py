"""Cross-reference and id checks, run on the parsed TOML data.

They run on the raw data rather than the model so that a file with type errors
still gets its broken references reported in the same pass. Every value is
checked defensively: anything of the wrong shape is the converter's to report.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kbfa.config._lines import KeyPath

__all__ = ["ID_COLLECTIONS", "REFERENCES", "check_data_links", "check_references"]

#: Collections whose items carry an ``id`` that others refer to.
ID_COLLECTIONS: tuple[str, ...] = (
    "documents",
    "organisations",
    "roles",
    "bodies",
    "deliverables",
    "agreements",
    "citizen_promises",
    "citizen_dialogues",
    "requirements",
    "problems",
    "causes",
    "measures",
    "indicators",
    "datasets",
)

_ACTORS = ("bodies", "roles")
_APPOINTERS = ("bodies", "organisations")
_ANY = ID_COLLECTIONS
#: The steering document has no id of its own; evidence refers to it by this name.
STEERING_DOCUMENT_SUBJECT = "steering_document"

#: (pattern, namespaces): "*" stands for every element of a list.
REFERENCES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("municipality", "organisation"), ("organisations",)),
    *(
        pattern
        for doc in (("steering_document",), ("documents", "*"))
        for pattern in (
            ((*doc, "decision", "body"), ("bodies",)),
            ((*doc, "revisions", "*", "body"), ("bodies",)),
            ((*doc, "versions", "*", "decision", "body"), ("bodies",)),
            ((*doc, "owner_role"), ("roles",)),
            ((*doc, "responsible_body"), ("bodies",)),
            ((*doc, "parties"), ("organisations",)),
            ((*doc, "related", "*", "governs"), ("bodies", "deliverables")),
            ((*doc, "governs"), ("bodies", "deliverables")),
        )
    ),
    (("organisations", "*", "hosted_by"), ("organisations",)),
    (("roles", "*", "organisation"), ("organisations",)),
    (("roles", "*", "shared_with"), ("organisations",)),
    (("bodies", "*", "members", "*", "role"), ("roles",)),
    (("bodies", "*", "members", "*", "substitute"), ("roles",)),
    (("bodies", "*", "organisation"), ("organisations",)),
    (("bodies", "*", "chair"), ("roles",)),
    (("bodies", "*", "convener"), ("roles",)),
    (("bodies", "*", "vice_chair"), ("roles",)),
    (("bodies", "*", "secretary"), ("roles",)),
    (("bodies", "*", "chair_appointed_by"), _APPOINTERS),
    (("bodies", "*", "vice_chair_appointed_by"), _APPOINTERS),
    (("bodies", "*", "convener_appointed_by"), _APPOINTERS),
    (("bodies", "*", "secretary_appointed_by"), _APPOINTERS),
    (("bodies", "*", "led_by"), ("bodies",)),
    (("bodies", "*", "created_by"), ("bodies",)),
    (("bodies", "*", "supports"), ("bodies",)),
    (("bodies", "*", "reports_to", "*", "to"), ("bodies",)),
    (("leadership", "body"), ("bodies",)),
    (("leadership", "assembly"), ("bodies",)),
    (("leadership", "reporting", "*", "to"), ("bodies",)),
    (("coordination", "held_by"), ("roles",)),
    (("coordination", "body"), ("bodies",)),
    (("coordination", "organisation"), ("organisations",)),
    (("deliverables", "*", "produced_by"), _ACTORS),
    (("deliverables", "*", "recipients", "*", "to"), ("bodies",)),
    (("deliverables", "*", "decided_by"), ("bodies",)),
    (("deliverables", "*", "anchored_in"), ("bodies",)),
    (("deliverables", "*", "based_on"), ("deliverables",)),
    (("agreements", "*", "parties"), ("organisations",)),
    (("agreements", "*", "signatories"), ("roles",)),
    (("agreements", "*", "placement"), ("bodies",)),
    (("citizen_promises", "*", "parties"), ("organisations",)),
    (("citizen_promises", "*", "followed_up_by"), _ACTORS),
    (("citizen_promises", "*", "signatories"), ("roles",)),
    (("citizen_promises", "*", "commitments", "*", "party"), ("organisations",)),
    (("citizen_promises", "*", "measures"), ("measures",)),
    (("citizen_promises", "*", "problems"), ("problems",)),
    (("citizen_promises", "*", "proposed", "body"), ("bodies",)),
    (("citizen_promises", "*", "adopted", "body"), ("bodies",)),
    (("citizen_dialogues", "*", "feeds"), ("deliverables", "citizen_promises")),
    (("camera_surveillance", "decided_by"), _ACTORS),
    (("camera_surveillance", "follow_up_in"), ("deliverables",)),
    (("camera_surveillance", "reporting", "*", "to"), ("bodies",)),
    (("requirements", "*", "target"), _ANY),
    (("requirements", "*", "document"), ("documents",)),
    (("requirements", "*", "to"), ("bodies",)),
    (("requirements", "*", "roles"), ("roles",)),
    (("requirements", "*", "based_on"), ("deliverables",)),
    (("requirements", "*", "by"), _ACTORS),
    (("problems", "*", "identified_in"), ("deliverables",)),
    (("causes", "*", "problems"), ("problems",)),
    (("measures", "*", "causes"), ("causes",)),
    (("measures", "*", "owner"), ("roles",)),
    (("measures", "*", "plan"), ("deliverables",)),
    (("indicators", "*", "measures"), ("measures",)),
    (("indicators", "*", "problems"), ("problems",)),
    (("indicators", "*", "data", "dataset"), ("datasets",)),
    (("indicators", "*", "denominator", "dataset"), ("datasets",)),
    (("evidence", "*", "subject"), (*_ANY, STEERING_DOCUMENT_SUBJECT)),
    (("evidence", "*", "to"), ("bodies",)),
)


def _walk(node: Any, pattern: tuple[str, ...], path: KeyPath) -> Iterator[tuple[KeyPath, Any]]:
    if not pattern:
        yield path, node
        return
    head, rest = pattern[0], pattern[1:]
    if head == "*":
        if isinstance(node, list):
            for i, item in enumerate(node):
                yield from _walk(item, rest, (*path, i))
    elif isinstance(node, dict) and head in node:
        yield from _walk(node[head], rest, (*path, head))


def collect_ids(data: dict[str, Any]) -> dict[str, dict[str, KeyPath]]:
    """Ids per collection, each with the path of its first definition."""
    out: dict[str, dict[str, KeyPath]] = {name: {} for name in ID_COLLECTIONS}
    for name in ID_COLLECTIONS:
        for path, value in _walk(data, (name, "*", "id"), ()):
            if isinstance(value, str):
                out[name].setdefault(value, path)
    return out


def check_references(data: dict[str, Any]) -> list[tuple[KeyPath, str, dict[str, object]]]:
    """Problems as (path, message key, params): duplicate ids, unresolved references."""
    problems: list[tuple[KeyPath, str, dict[str, object]]] = []
    seen: dict[str, KeyPath] = {}
    for name in ID_COLLECTIONS:
        for path, value in _walk(data, (name, "*", "id"), ()):
            if not isinstance(value, str):
                continue
            if value in seen:
                problems.append((path, "duplicate_id", {"value": value, "first": seen[value]}))
            else:
                seen[value] = path
    ids = collect_ids(data)
    for pattern, namespaces in REFERENCES:
        known: set[str] = set()
        for ns in namespaces:
            known |= set(ids.get(ns, ())) | ({ns} if ns == STEERING_DOCUMENT_SUBJECT else set())
        for path, value in _walk(data, pattern, ()):
            values = list(enumerate(value)) if isinstance(value, list) else [(None, value)]
            for index, item in values:
                if not isinstance(item, str) or item in known:
                    continue
                where = path if index is None else (*path, index)
                import difflib  # only for a reference that resolves to nothing

                guess = difflib.get_close_matches(item, sorted(known), n=1)
                problems.append(
                    (where, "unresolved", {"value": item, "namespaces": namespaces, "guess": guess})
                )
    return problems


def check_data_links(data: dict[str, Any]) -> list[tuple[KeyPath, str, dict[str, object]]]:
    """Unit clashes between an indicator and the datasets it reads (path, message key, params).

    Without a denominator the dataset's values are the indicator's values, so the units
    must agree; with one, the numerator and the denominator must both be counts.
    """
    units: dict[str, object] = {}
    for _, item in _walk(data, ("datasets", "*"), ()):
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            units.setdefault(item["id"], item.get("unit"))
    problems: list[tuple[KeyPath, str, dict[str, object]]] = []
    for path, ind in _walk(data, ("indicators", "*"), ()):
        if not isinstance(ind, dict):
            continue
        rate = isinstance(ind.get("denominator"), dict)
        for key in ("data", "denominator"):
            ref = ind.get(key)
            name = ref.get("dataset") if isinstance(ref, dict) else None
            # Not an id (a list, a table): the converter reports the type; never hash it here.
            if not isinstance(name, str) or name not in units:
                continue
            unit = units[name]
            if not isinstance(unit, str):
                continue
            own = ind.get("unit")
            if rate and unit != "count":
                params: dict[str, object] = {"dataset": name, "data": unit}
                problems.append(((*path, key, "dataset"), "unit_clash_rate", params))
            elif not rate and key == "data" and isinstance(own, str) and own != unit:
                params = {"unit": own, "dataset": name, "data": unit}
                problems.append(((*path, "unit"), "unit_clash", params))
    return problems
