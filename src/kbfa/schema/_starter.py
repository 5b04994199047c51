"""The starting config ``kbfa init`` writes: what every municipality has, nothing more.

It holds only what the user typed in and what kommunallagen gives every municipality:
the municipality, its own organisation, kommunfullmäktige and kommunstyrelsen. Nothing
that changes a verdict is pre-filled: the leading body (13 §: kommunstyrelsen unless
fullmäktige chose a nämnd, which only the municipality's decision says), the
coordination function, a strategic council and the deliverables are the
municipality's own facts. An empty section would turn "not stated" into a breach, and
a pre-written council or lägesbild would count as one the municipality has. They are
commented examples instead, each a line of TOML after "# ", which together load and
meet the law's design duties once uncommented (and adapted).

The comments are Swedish: the file is for the municipality's coordinator.
"""

from __future__ import annotations

import re
import unicodedata

import tomli_w

from kbfa.config import FORMAT_VERSION, MAX_LINE, UNSAFE_TEXT
from kbfa.i18n import Catalogue, Lang, render

__all__ = ["StarterInput", "municipality_id", "problems", "starter_text"]

_KOMMUNKOD = re.compile(r"[0-9]{4}\Z")
# One line, and nothing the loader refuses in a text (C1 controls, bidi overrides, U+FFFE).
_CONTROL = re.compile(rf"[\x00-\x1f\x7f]|{UNSAFE_TEXT.pattern}")
# The police area also becomes "Polismyndigheten, <area>", a one-line name.
_POLICE_PREFIX = "Polismyndigheten, "

_MESSAGES: Catalogue = {
    "blank": {"sv": "{what} får inte vara tomt", "en": "{what} must not be empty"},
    "control": {
        "sv": "{what} får bara vara en rad utan styrtecken",
        "en": "{what} must be a single line without control characters",
    },
    "too_long": {
        "sv": "{what} får vara högst {n} tecken",
        "en": "{what} must be at most {n} characters",
    },
    "kommunkod": {
        "sv": 'kommunkoden ska vara fyra siffror, t.ex. 0684 (fick "{got}")',
        "en": 'the municipality code must be four digits, e.g. 0684 (got "{got}")',
    },
    "name": {"sv": "namnet", "en": "the name"},
    "police_area": {"sv": "lokalpolisområdet", "en": "the local police area"},
}


class StarterInput:
    """What the user tells ``kbfa init``: name, lokalpolisområde and, if there is one, the
    kommunkod (empty: none is written; a region acting as a municipality has none)."""

    def __init__(self, name: str, kommunkod: str, police_area: str) -> None:
        self.name = name.strip()
        self.kommunkod = kommunkod.strip()
        self.police_area = police_area.strip()


def problems(given: StarterInput, lang: Lang = "sv") -> list[str]:
    """Everything wrong with ``given``, as messages; empty when it can be written."""
    out = []
    for key, value in (("name", given.name), ("police_area", given.police_area)):
        what = render(_MESSAGES, key, lang)
        if not value:
            out.append(render(_MESSAGES, "blank", lang, what=what))
        elif _CONTROL.search(value):
            out.append(render(_MESSAGES, "control", lang, what=what))
        elif len(value) > (most := MAX_LINE - (len(_POLICE_PREFIX) if key == "police_area" else 0)):
            out.append(render(_MESSAGES, "too_long", lang, what=what, n=most))
    if given.kommunkod and not _KOMMUNKOD.match(given.kommunkod):
        out.append(render(_MESSAGES, "kommunkod", lang, got=given.kommunkod))
    return out


def municipality_id(name: str) -> str:
    """An id for the municipality's own organisation: "Nässjö kommun" → "nassjo-kommun"."""
    ascii_name = unicodedata.normalize("NFKD", name.lower()).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-")
    return slug or "kommun"


def _s(value: str) -> str:
    """A TOML basic string."""
    return tomli_w.dumps({"v": value})[len("v = ") : -1]


def starter_text(given: StarterInput, schema_ref: str, filename: str) -> str:
    """The config text for ``given``; ``schema_ref`` is the ``#:schema`` path or URL and
    ``filename`` the name the file is written under (for the ``kbfa check`` hint)."""
    org = municipality_id(given.name)
    return _TEMPLATE.format(
        schema=schema_ref,
        filename=filename,
        name=given.name,
        name_s=_s(given.name),
        org=org,
        org_s=_s(org),
        kommunkod_word=", kommunkod" if given.kommunkod else "",
        kommunkod_line=(
            f"kommunkod = {_s(given.kommunkod)}"
            if given.kommunkod
            else '# kommunkod = "0000"  # kommunkoden, fyra siffror (SCB), om det finns en'
        ),
        police_area_s=_s(given.police_area),
        police_name_s=_s(f"{_POLICE_PREFIX}{given.police_area}"),
        format_version=FORMAT_VERSION,
    )


# Braces that belong to TOML are doubled: this is a str.format template.
# Every commented example is one line of TOML after "# " (a heading or key = value), so
# that removing "# " gives a working line; together they load and meet the law's design
# duties (tests/test_init.py uncomments them all).
_TEMPLATE = """\
#:schema {schema}
# {name}: det brottsförebyggande arbetet enligt lag (2023:196), som kbfa läser det.
#
# Filen skapades med `kbfa init`. Den innehåller bara det som gäller varje kommun:
# kommunen, fullmäktige och kommunstyrelsen. Allt annat är kommunens egna beslut och
# står som exempel med # framför.
# Så här fyller du i den:
#   1. Gå igenom avsnitten nedan och fyll i det som kommunens beslutade dokument säger
#      (styrdokument, delegationsordning, överenskommelser, protokoll).
#   2. Skriv bara det som står i ett dokument. Det som inget dokument säger lämnar du
#      tomt: då visar kontrollen luckan i stället för att den döljs.
#   3. Kör `kbfa check {filename}` och läs vad som saknas.
#
# Rader som börjar med # är kommentarer. Ta bort "# " framför en exempelrad för att använda
# den, och ändra den så att den säger det som ert dokument säger. Exemplen hänvisar till
# varandra (t.ex. rollen "kso"): tar du med ett exempel, ta med rollerna det nämner.
# Ett id (t.ex. "ks") är ett kort namn som andra avsnitt hänvisar till: gemena a–z,
# siffror, _ och -. Skriv befattningar (roller), aldrig namn på personer.
# Datum skrivs utan citattecken: 2025-03-31. Text skrivs inom citattecken.

# Konfigurationsformatets version: byter en nyckel namn i en senare kbfa, säger
# felmeddelandet vad den heter nu (docs/format.md).
format_version = {format_version}

# ─── Kommunen ───────────────────────────────────────────────────────────────────
# Namn{kommunkod_word} och lokalpolisområde som du angav. Lägg gärna till länet.
[municipality]
name = {name_s}
organisation = {org_s}  # id för kommunens egen organisation, se [[organisations]]
{kommunkod_line}
police_area = {police_area_s}
# lan = "Exempellän"

# ─── Styrdokument ───────────────────────────────────────────────────────────────
# Kommunens eget styrdokument för arbetet (plan, policy, riktlinje, program).
# Fyll i när det finns ett beslutat dokument. Dokumentets egna "ska"-regler skrivs
# under [[requirements]] längre ned, så att kontrollen prövar även dem.
# [steering_document]
# title = "Plan för det brottsförebyggande arbetet"
# kind = "plan"
# decision = {{ body = "kf", date = 2025-01-31, paragraph = "§ 1" }}
# validity = {{ start = 2025-01-31, end = 2027-12-31 }}

# ─── Organisationer ─────────────────────────────────────────────────────────────
# Kommunen själv. Lägg till polisen och andra samverkansparter (8–9 §) med ett
# eget [[organisations]]-avsnitt var, när de deltar i arbetet.
[[organisations]]
id = {org_s}
name = {name_s}
kind = "kommun"

# [[organisations]]
# id = "polisen"
# name = {police_name_s}
# kind = "police"
# categories = ["police"]

# ─── Roller ─────────────────────────────────────────────────────────────────────
# Befattningar som deltar i arbetet, t.ex. samordnaren, kommunstyrelsens ordförande
# (KSO) och lokalpolisområdets chef. Organ och samordningsfunktionen hänvisar till dem.
# En ledande befattning (10 §) markeras med senior = true.
# [[roles]]
# id = "samordnare"
# title = "Brottsförebyggande samordnare"
# organisation = {org_s}

# [[roles]]
# id = "kso"
# title = "Kommunstyrelsens ordförande"
# organisation = {org_s}
# senior = true

# [[roles]]
# id = "lpo-chef"
# title = "Lokalpolisområdeschef"
# organisation = "polisen"
# senior = true

# ─── Politiska organ ────────────────────────────────────────────────────────────
# Fullmäktige och kommunstyrelsen. Ändra namnen om de heter annat hos er. Lägg till
# nämnder, styrgrupper och arbetsgrupper som egna [[bodies]]-avsnitt.
[[bodies]]
id = "kf"
name = "Kommunfullmäktige"
kind = "assembly"

[[bodies]]
id = "ks"
name = "Kommunstyrelsen"
kind = "executive_board"

# ─── Strategiskt råd (10 §) ─────────────────────────────────────────────────────
# Kommunen ska verka för ett strategiskt råd där strategiska frågor hanteras, med
# andra aktörer företrädda på ledande nivå. Finns rådet ska kommunen leda det.
# Finns det ett råd hos er: fyll i vem som leder det (chair), vilka som är med och
# hur ofta det möts. Heter det något annat, ändra name.
# [[bodies]]
# id = "strategiskt-rad"
# name = "Strategiskt råd"
# kind = "strategic_council"
# chair = "kso"
# members = [{{ role = "kso" }}, {{ role = "lpo-chef" }}, {{ role = "samordnare" }}]
# cadence = [{{ times = 2, per = "year" }}]

# ─── Ledningen av arbetet (13 §) ────────────────────────────────────────────────
# Kommunstyrelsen leder arbetet, om inte fullmäktige har beslutat att en annan nämnd
# gör det (skriv då nämndens id i body och beslutet i kf_decision). Det ledande
# organet ska rapportera kontinuerligt till fullmäktige: skriv hur ofta enligt
# kommunens beslut.
# [leadership]
# body = "ks"
# assembly = "kf"
# reporting = [{{ to = "kf", cadence = {{ times = 1, per = "year" }} }}]

# ─── Samordningsfunktion (11–12 §) ──────────────────────────────────────────────
# Kommunen ska ha en samordningsfunktion. Skriv vilka roller (held_by) eller vilken
# enhet (body) som har den, var den är placerad och vilka av lagens tre uppgifter
# kommunens beslut ger den: coordinate_support (samordna och stödja arbetet, 12 § 1),
# contact_point (kontaktpunkt för externa aktörer, 12 § 2) och inform_public (sprida
# information till invånarna, 12 § 3).
# [coordination]
# held_by = ["samordnare"]
# organisation = {org_s}
# tasks = ["coordinate_support", "contact_point", "inform_public"]

# ─── Lägesbild (4 och 6 §) ──────────────────────────────────────────────────────
# Lägesbilden gäller hela kommunens område och ska innehålla en kartläggning av
# brottslighetens omfattning och konsekvenser, annan information av betydelse och en
# analys. Den ska uppdateras minst vartannat år.
# [[deliverables]]
# id = "lagesbild"
# kind = "lagesbild"
# title = "Lägesbild"
# produced_by = ["samordnare"]
# covers = ["extent", "consequences", "other_information", "analysis"]
# scope = "Hela kommunen"
# cadence = [{{ times = 1, per = "year" }}]
# integrates_with = ["Risk- och sårbarhetsanalys"]

# ─── Åtgärdsplan (5 och 6 §) ────────────────────────────────────────────────────
# Kommunen ska besluta om en åtgärdsplan med lägesbilden som grund och följa upp den
# minst vartannat år. Skriv vilket organ som beslutar den.
# [[deliverables]]
# id = "atgardsplan"
# kind = "atgardsplan"
# title = "Åtgärdsplan"
# based_on = ["lagesbild"]
# decided_by = "ks"
# cadence = [{{ times = 1, per = "year" }}]

# Uppföljningen av åtgärdsplanen (6 §): hur och hur ofta den görs.
# [[deliverables]]
# id = "uppfoljning"
# kind = "uppfoljning"
# title = "Uppföljning av åtgärdsplanen"
# based_on = ["atgardsplan"]
# cadence = [{{ times = 1, per = "year" }}]

# ─── Samverkansöverenskommelser (9 §) ───────────────────────────────────────────
# Kommunen ska verka för skriftliga överenskommelser med relevanta aktörer. Varje
# överenskommelse ska ange syftena med samverkan och vilka områden den gäller.
# [[agreements]]
# id = "overenskommelse-polisen"
# title = "Samverkansöverenskommelse med polisen"
# parties = [{org_s}, "polisen"]
# purposes = ["Minska brottsligheten och öka tryggheten"]
# areas = ["Trygghet i offentlig miljö"]
# period = {{ start = 2025-01-01, end = 2026-12-31 }}

# ─── Kommunens egna regler ──────────────────────────────────────────────────────
# Varje "ska" i kommunens styrdokument blir ett krav, med rubriken där det står.
# [[requirements]]
# id = "lagesbild-varje-ar"
# kind = "deliverable_cadence"
# source = "3. Lägesbild"
# text = "Lägesbilden ska uppdateras varje år."
# target = "lagesbild"
# cadence = {{ times = 1, per = "year" }}

# ─── Belägg ─────────────────────────────────────────────────────────────────────
# Daterade belägg visar att arbetet gjorts i tid (möten, beslut, leveranser), med
# hänvisning till protokollet. Utan belägg kan kontrollen inte bedöma om det gjorts.
# [[evidence]]
# date = 2024-05-15
# kind = "delivered"
# subject = "lagesbild"
# reference = "KS 2024-05-15 § 61"

# [[evidence]]
# date = 2024-06-12
# kind = "adopted"
# subject = "atgardsplan"
# reference = "KS 2024-06-12 § 80"

# [[evidence]]
# date = 2025-11-19
# kind = "delivered"
# subject = "lagesbild"
# reference = "KS 2025-11-19 § 140"

# [[evidence]]
# date = 2025-12-10
# kind = "followed_up"
# subject = "atgardsplan"
# reference = "KS 2025-12-10 § 152"

# [[evidence]]
# date = 2025-12-15
# kind = "reported"
# subject = "ks"
# to = "kf"
# reference = "KF 2025-12-15 § 98"
"""
