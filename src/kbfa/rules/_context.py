"""The evaluation context every check receives: the model, the date, and indexes built once.

Checks look items up by id and find where they are written through this object,
so a whole evaluation does each lookup in constant time (no scans per rule).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING

from kbfa.config import ID_COLLECTIONS, KeyPath, UnknownKey, unknown_path
from kbfa.i18n import Catalogue, Lang, render
from kbfa.i18n.regional import words_for
from kbfa.model import (
    Agreement,
    Body,
    BodyKind,
    Cause,
    CitizenPromise,
    Deliverable,
    DeliverableKind,
    Evidence,
    EvidenceKind,
    Governance,
    Measure,
    Organisation,
    OrganisationKind,
    Period,
    Problem,
    Requirement,
    Role,
    Unknown,
)
from kbfa.rules._document import DocumentTime, document_times, in_period
from kbfa.rules._verdicts import Severity, Verdict

if TYPE_CHECKING:
    from kbfa.data import Statistics
    from kbfa.rules._rule import Rule

__all__ = ["Context"]


class Context:
    """One evaluation: the governance, the date, the reader's language, and lookups."""

    def __init__(
        self,
        governance: Governance,
        as_of: dt.date,
        lang: Lang = "sv",
        known_codes: frozenset[str] = frozenset(),
        statistics: Callable[[], Statistics] | None = None,
    ) -> None:
        self.g = governance
        self.as_of = as_of
        self.lang: Lang = lang
        self.known_codes = known_codes
        #: The rules evaluated so far and their (verdict, severity) pairs, by code, for
        #: summary rules; the engine fills it in as it goes.
        self.results: dict[str, tuple[Rule, list[tuple[Verdict, Severity]]]] = {}
        #: Whether each steering document applies on the date (see kbfa.rules._document), by
        #: id; None is the main one, which :attr:`document` also holds.
        self.documents: dict[str | None, DocumentTime] = document_times(governance, as_of)
        self.document: DocumentTime = self.documents[None]
        g = governance
        self.paths: dict[str, KeyPath] = {}
        for name in ID_COLLECTIONS:
            for i, item in enumerate(getattr(g, name)):
                self.paths.setdefault(item.id, (name, i))
        self.orgs: dict[str, Organisation] = {o.id: o for o in g.organisations}
        self.roles: dict[str, Role] = {r.id: r for r in g.roles}
        self.bodies: dict[str, Body] = {b.id: b for b in g.bodies}
        #: The bodies that exist on the date (a body's period: created, abolished).
        self.active_bodies: tuple[Body, ...] = tuple(
            b for b in g.bodies if _exists(b.period, as_of)
        )
        self.deliverables: dict[str, Deliverable] = {d.id: d for d in g.deliverables}
        self.agreements: dict[str, Agreement] = {a.id: a for a in g.agreements}
        self.promises: dict[str, CitizenPromise] = {p.id: p for p in g.citizen_promises}
        self.dialogues = frozenset(d.id for d in g.citizen_dialogues)
        self.problems: dict[str, Problem] = {p.id: p for p in g.problems}
        self.causes: dict[str, Cause] = {c.id: c for c in g.causes}
        self.measures: dict[str, Measure] = {m.id: m for m in g.measures}
        self.requirements: dict[str, Requirement] = {r.id: r for r in g.requirements}
        evidence: dict[tuple[str, EvidenceKind], list[Evidence]] = defaultdict(list)
        for e in g.evidence:
            if e.date <= as_of:  # a record dated after the evaluation date is not yet a fact
                evidence[(e.subject, e.kind)].append(e)
        for records in evidence.values():
            records.sort(key=lambda e: e.date)
        self._evidence: Mapping[tuple[str, EvidenceKind], list[Evidence]] = evidence
        self.subjects_with_evidence = frozenset(s for s, _ in evidence)
        by_kind: dict[EvidenceKind, list[Evidence]] = defaultdict(list)
        for records in evidence.values():
            for e in records:
                by_kind[e.kind].append(e)
        for records in by_kind.values():
            records.sort(key=lambda e: e.date)
        self._by_kind: Mapping[EvidenceKind, list[Evidence]] = by_kind
        self._evidence_index = {id(e): i for i, e in enumerate(g.evidence)}
        self.own = g.municipality.organisation
        self._read_statistics = statistics
        self._statistics: Statistics | None = None
        #: The facts marked unknown, each at its key path (see kbfa.config.unknown_path).
        self.unknowns: list[tuple[KeyPath, Unknown]] = []
        for u in g.unknowns:
            try:
                self.unknowns.append((unknown_path(g, u.key), u))
            except UnknownKey:
                continue  # the loader reports it; a model built in code may hold anything
        #: The top-level keys that are single tables ([leadership]), not lists of items.
        self.tables = _TABLES
        #: The municipality's words: a region's (regionstyrelse ...) when a region acts as it.
        self.words = words_for(g.is_region and lang == "sv")
        self._own_orgs = frozenset({self.own} | {o.id for o in g.organisations if g.is_own(o)})
        # Governance.is_own_role, from the set above: looking each role's organisation up
        # by id made this roles x organisations (quadratic as a config grows, benchmark (f)).
        self._own_roles = frozenset(
            r.id
            for r in g.roles
            if r.organisation in self._own_orgs or any(x in self._own_orgs for x in r.shared_with)
        )

    # -- statistics ---------------------------------------------------------
    def statistics(self) -> Statistics | None:
        """The indicators' statistics, read from their files the first time a rule asks.

        ``None`` when no indicator names data (nothing is read, :mod:`kbfa.data` is not
        even imported) or the evaluation was given no way to read files. Only the
        rules that need the values ask, so ``kbfa check`` opens a data file only for
        a config whose indicators have data.
        """
        if self._read_statistics is None or not any(i.data for i in self.g.indicators):
            return None
        if self._statistics is None:
            self._statistics = self._read_statistics()
        return self._statistics

    @property
    def statistics_read(self) -> Statistics | None:
        """The statistics if a rule has read them, else ``None`` (reads nothing)."""
        return self._statistics

    # -- words ------------------------------------------------------------
    def say(self, catalogue: Catalogue, key: str, /, **params: object) -> str:
        """A message in the reader's language; ``{Lead}``/``{lead}`` are left for the engine
        to fill in with the body that leads the work (an action, :class:`~kbfa.rules.Rule`)."""
        return render(catalogue, key, self.lang, **{"Lead": "{Lead}", "lead": "{lead}", **params})

    # -- lookups ----------------------------------------------------------
    def path(self, id_: str, *rest: str | int) -> KeyPath:
        """Where the item with ``id_`` is written, with ``rest`` appended."""
        return (*self.paths.get(id_, ()), *rest)

    def evidence(self, subject: str, *kinds: EvidenceKind) -> list[Evidence]:
        """Records about ``subject`` of any of ``kinds`` dated on or before the evaluation date."""
        out: list[Evidence] = []
        for kind in kinds:
            out.extend(self._evidence.get((subject, kind), ()))
        out.sort(key=lambda e: e.date)
        return out

    def evidence_of_kind(self, kind: EvidenceKind) -> list[Evidence]:
        """Every record of ``kind`` dated on or before the evaluation date, oldest first."""
        return list(self._by_kind.get(kind, ()))

    def evidence_path(self, record: Evidence) -> KeyPath:
        index = self._evidence_index.get(id(record))
        return ("evidence", index) if index is not None else ("evidence",)

    def of_kind(self, kind: DeliverableKind) -> list[Deliverable]:
        return [d for d in self.g.deliverables if d.kind is kind]

    def is_own(self, org_id: str | None) -> bool:
        """Whether an organisation is the municipality's own for the law
        (:meth:`kbfa.model.Governance.is_own`: itself, hosted by it, or a kommunalförbund or
        gemensam nämnd it is a member of)."""
        return org_id is not None and org_id in self._own_orgs

    def is_own_role(self, role_id: str | None) -> bool:
        """Whether a role is a post of the municipality's own organisation, or one shared
        with it (:meth:`kbfa.model.Governance.is_own_role`)."""
        return role_id is not None and role_id in self._own_roles

    def governing_document(self, item_id: str) -> str | None:
        """The title of the document that holds the rules of a body or deliverable, if any:
        a further steering document that ``governs`` it, or a related document that does."""
        for doc in self.g.all_documents:
            if item_id in doc.governs and doc is not self.g.steering_document:
                return doc.title
            for related in doc.related:
                if item_id in related.governs:
                    return related.title
        return None

    def role_org(self, role_id: str) -> str | None:
        role = self.roles.get(role_id)
        return role.organisation if role else None

    def org_kind(self, org_id: str | None) -> OrganisationKind | None:
        org = self.orgs.get(org_id) if org_id else None
        return org.kind if org else None

    def basis_closure(self, deliverable_id: str) -> set[str]:
        """Every deliverable ``deliverable_id`` builds on, directly or through others."""
        seen: set[str] = set()
        stack = (
            list(self.deliverables[deliverable_id].based_on)
            if (deliverable_id in self.deliverables)
            else []
        )
        while stack:
            d = stack.pop()
            if d in seen:
                continue
            seen.add(d)
            if d in self.deliverables:
                stack.extend(self.deliverables[d].based_on)
        return seen

    def member_roles(self, body: Body) -> Iterator[str]:
        for m in body.members:
            yield m.role

    def name(self, id_: str) -> str:
        """The name people know an item by, quoted where it is a title."""
        if id_ in self.bodies:
            return self.bodies[id_].name
        if id_ in self.roles:
            role = self.roles[id_]
            title = role.title + (f", {role.unit}" if role.unit else "")
            if role.organisation != self.own and role.organisation in self.orgs:
                title += f" ({self.orgs[role.organisation].name})"
            return title
        if id_ in self.orgs:
            return self.orgs[id_].name
        if id_ in self.deliverables:
            return f'"{self.deliverables[id_].title}"'
        if id_ in self.agreements:
            return f'"{self.agreements[id_].title}"'
        if id_ in self.problems:
            return f'"{self.problems[id_].title}"'
        if id_ in self.measures:
            return f'"{self.measures[id_].title}"'
        if id_ in self.dialogues:
            return "medborgardialogen" if self.lang == "sv" else "the citizen dialogue"
        if id_ in self.promises:
            promise = self.promises[id_]
            head = "medborgarlöftet" if self.lang == "sv" else "the citizen promise"
            if promise.title:
                return f'{head} "{promise.title}"'
            parties = [self.orgs[p].name for p in promise.parties if p in self.orgs]
            joiner = " och " if self.lang == "sv" else " and "
            return f"{head} ({joiner.join(parties)})" if parties else head
        return id_

    def names(self, ids: Iterable[str]) -> str:
        return ", ".join(self.name(i) for i in ids)

    def in_text(self, id_: str) -> str:
        """The item's name as it reads inside a Swedish sentence.

        Political and administrative bodies are common nouns in legal Swedish
        ("kommunstyrelsen", "kommunens ledningsgrupp"); a role takes its definite
        form ("säkerhetschefen", "chefen för lokalpolisområde Lindesberg"). Proper
        names (LindeBRÅ, Trygghetsrådet) and everything else stay as written.
        """
        if self.lang != "sv":
            return self.name(id_)
        if id_ in self.bodies:
            body = self.bodies[id_]
            if body.kind in _COMMON_NOUN_BODIES or body.name.startswith("Kommunens "):
                return _lower_first(body.name)
            return body.name
        if id_ in self.roles:
            return _definite(self.name(id_), self.roles[id_].collective)
        return self.name(id_)

    def in_texts(self, ids: Iterable[str]) -> str:
        """Several names inside a sentence: "a, b och c"."""
        names = [self.in_text(i) for i in ids]
        if len(names) < 2:
            return "".join(names)
        last = " och " if self.lang == "sv" else " and "
        return ", ".join(names[:-1]) + last + names[-1]


#: The top-level keys of a config that are one table each, not a list of items.
_TABLES = frozenset(
    {
        "municipality",
        "steering_document",
        "leadership",
        "coordination",
        "camera_surveillance",
        "settings",
    }
)

#: Bodies whose names are common nouns in running Swedish text (kommunstyrelsen, nämnden).
_COMMON_NOUN_BODIES = frozenset(
    {
        BodyKind.ASSEMBLY,
        BodyKind.EXECUTIVE_BOARD,
        BodyKind.COMMITTEE,
        BodyKind.PRESIDIUM,
        BodyKind.MANAGEMENT_GROUP,
    }
)


def _lower_first(text: str) -> str:
    """Lower-case the first letter unless the first word is an acronym ("LindeBRÅ", "EST")."""
    rest = text.split(" ", 1)[0][1:]
    if rest != rest.lower():
        return text
    return text[:1].lower() + text[1:]


#: Words that end the noun phrase of a role title: "Chef för lokalpolisområde X".
_PHRASE_END = frozenset({"för", "i", "från", "inom", "vid", "på", "med"})


def _definite(title: str, collective: bool) -> str:
    """A role title in its definite form inside a sentence: "Säkerhetschef" → "säkerhetschefen".

    The head noun is the last word before a preposition, a comma or a bracket; it
    takes the definite ending (-n after a vowel, "samordnare" → "samordnaren", else
    -en, "chef" → "chefen"), and an adjective before it takes "den" ("den
    brottsförebyggande samordnaren"). A title that starts with a genitive ("Kommunens
    brottsförebyggande samordnare") or stands for several office holders ("Samtliga
    nämndordföranden") is only lower-cased.
    """
    text = _lower_first(title)
    words = text.split(" ")
    phrase: list[str] = []
    for w in words:
        if w in _PHRASE_END or w.startswith("("):
            break
        phrase.append(w)
        if w.endswith(","):
            break
    if not phrase:
        return text
    genitive = phrase[0].endswith("s") and len(words) > 1
    head = phrase[-1].rstrip(",")
    if collective or genitive or head.endswith("na") or not head.isalpha():
        return text
    rest = words[len(phrase) :]
    definite = head + ("n" if head[-1] in "aeiouyåäö" else "en")
    phrase[-1] = phrase[-1].replace(head, definite, 1)
    article = ["den"] if len(phrase) > 1 else []
    return " ".join([*article, *phrase, *rest])


def _exists(period: Period | None, day: dt.date) -> bool:
    """Whether something with ``period`` exists on ``day`` (no period: always)."""
    return period is None or in_period(period.start, period.end, day)
