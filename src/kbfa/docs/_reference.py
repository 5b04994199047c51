"""The configuration reference page (docs/konfiguration.md), rendered from the model.

Every table class reachable from ``Governance`` gets a section with one row per
key: its type as the loader checks it, whether it is required, its description
and its sources from the key catalogue, the ids it refers to and the words for
each vocabulary value. Nothing here is written by hand, so the page cannot drift
from what ``kbfa check`` accepts.
"""

from __future__ import annotations

from kbfa.config._converter import REQUIREMENT_FIELDS
from kbfa.docs._markdown import GENERATED_NOTE, cell, sources_links, table
from kbfa.i18n.keys import key_words
from kbfa.i18n.terms import label
from kbfa.model import Governance, RequirementKind
from kbfa.schema import CLASSES, FIELDS, REQUIREMENT_KINDS
from kbfa.schema._walk import FieldInfo, Shape, classes, fields, key_paths, references

__all__ = ["reference_page"]

_INTRO = """\
# Konfigurationsreferens

En kommuns konfiguration är en TOML-fil med nycklarna nedan, en fil per kommun
(se [Kom igång](kom-igang.md) och [handledningen](tutorial.md)). Nycklarna är engelska
och desamma som i kbfa:s modell; värdena – namn, syften, uppgifter – skriver du på
svenska med det egna dokumentets ord. Skriv bara det som ett beslutat dokument säger:
det som saknas visar `kbfa check` som en lucka. Kolumnen *På svenska* ger de svenska
orden för varje nyckel: skriver du ett av dem (t.ex. `ordforande`) i stället för
nyckeln, svarar `kbfa check` med den engelska nyckeln ("menade du "chair"?").

Samma beskrivningar finns i JSON-schemat
[`schema/kbfa-config.schema.json`](../schema/kbfa-config.schema.json). En editor med
TOML-stöd (t.ex. VS Code med tillägget Even Better TOML) visar dem och markerar fel
medan du skriver, om filen börjar med raden `#:schema` och sökvägen till schemat.

## Typer

| Typ | Så skrivs den |
|---|---|
| text | inom citattecken, inte tom: `"Kommunstyrelsen"`; flera rader inom `\"\"\"` |
| id | gemena a–z, siffror, `_` och `-`: `"ks"`, `"lpo-chef"`; pekar på en post i en samling |
| heltal ≥ 1 | utan citattecken: `2` |
| true/false | utan citattecken: `true` |
| datum | utan citattecken: `2024-03-21` |
| lista | inom hakparenteser: `["police", "housing"]` |
| tabell | en rubrik `[namn]`, eller hela tabellen på en rad: `{ times = 2, per = "year" }` |
| lista av tabeller | en rubrik `[[namn]]` per post |

Nycklar markerade **krävs** måste finnas när tabellen finns; övriga kan utelämnas.
"""


def _type_words(shape: Shape, refs: tuple[str, ...] | None) -> str:
    kind = shape.kind
    if kind == "array":
        assert shape.item is not None
        return "lista av " + _type_words(shape.item, refs)
    if kind == "table":
        assert shape.table is not None
        name = shape.table.__name__
        return f"tabell [{name}](#{name.lower()})"
    if kind == "id":
        if refs:
            spaces = " eller ".join(f"`{r}`" for r in refs if r != "steering_document")
            extra = ' eller `"steering_document"`' if "steering_document" in refs else ""
            return f"id i {spaces}{extra}"
        return "id"
    if kind == "enum":
        return "värde (se beskrivningen)"
    words = {"text": "text", "count": "heltal ≥ 1", "year": "årtal", "number": "tal"}
    return {**words, "bool": "true/false", "date": "datum"}[kind]


def _default_words(f: FieldInfo) -> str:
    if f.required:
        return "**krävs**"
    value = f.default
    if isinstance(value, bool):
        return f"standard `{'true' if value else 'false'}`"
    if isinstance(value, int):
        return f"standard `{value}`"
    if hasattr(value, "value") and isinstance(getattr(value, "value", None), str):
        return f'standard `"{value.value}"`'
    return ""


def _values_words(shape: Shape) -> str:
    leaf = shape.item if shape.kind == "array" and shape.item is not None else shape
    if leaf.vocabulary is None:
        return ""
    if leaf.vocabulary is RequirementKind:
        return "Värden: se [Egna regler](#egna-regler-kind-och-nycklar)."
    words = ", ".join(f'`"{v.value}"` ({label(v)})' for v in leaf.vocabulary)
    return f"Värden: {words}."


def _row(f: FieldInfo, refs: dict[str, tuple[str, ...]]) -> tuple[str, str, str, str]:
    doc = FIELDS[f.key]
    type_text = _type_words(f.shape, refs.get(f.key))
    default = _default_words(f)
    if default:
        type_text += f", {default}"
    parts = [doc.sv]
    values = _values_words(f.shape)
    if values:
        parts.append(values)
    if doc.sources:
        parts.append("Källa: " + sources_links(doc.sources) + ".")
    words = ", ".join(key_words(f.owner.__name__, f.name))
    return (f"`{f.name}`", cell(words), cell(type_text), cell(" ".join(parts)))


def _used_as(cls: type) -> list[str]:
    """Where a table class appears, in TOML spelling: [[bodies]], bodies[].cadence[]."""
    out: list[str] = []
    for path, owner, name in key_paths():
        shape = next(f.shape for f in fields(owner) if f.name == name)
        leaf = shape.item if shape.kind == "array" and shape.item is not None else shape
        if leaf.table is not cls:
            continue
        if len(path) == 1:
            spelled = f"[[{name}]]" if shape.kind == "array" else f"[{name}]"
        else:
            spelled = ".".join(p for p in path).replace(".*", "[]")
            if shape.kind == "array":
                spelled += "[]"
        if spelled not in out:
            out.append(spelled)
    return out


def _section(cls: type, refs: dict[str, tuple[str, ...]]) -> str:
    name = cls.__name__
    doc = CLASSES[name]
    lines = [f"## {name}", ""]
    if cls is Governance:
        lines.append("Filens översta nivå. " + doc.sv)
    else:
        lines.append(doc.sv)
        used = _used_as(cls)
        lines += ["", "Skrivs som: " + ", ".join(f"`{u}`" for u in used) + "."]
    if doc.sources:
        lines += ["", "Källa: " + sources_links(doc.sources) + "."]
    rows = [_row(f, refs) for f in fields(cls)]
    lines += ["", table(("Nyckel", "På svenska", "Typ", "Beskrivning"), rows)]
    return "\n".join(lines)


def _requirement_kinds() -> str:
    rows = []
    for kind in RequirementKind:
        needs = ", ".join(f"`{k}`" for k in REQUIREMENT_FIELDS[kind]) or "–"
        rows.append((f'`"{kind.value}"`', cell(REQUIREMENT_KINDS[kind].sv), needs))
    return "\n".join(
        [
            "## Egna regler: kind och nycklar",
            "",
            "Varje krav under `[[requirements]]` har en `kind` som säger vad regeln gäller. "
            "Kontrollen läser då de nycklar som hör till det slaget; de som står under "
            "”Måste anges” måste finnas, annars avvisas filen.",
            "",
            table(("kind", "Vad regeln gäller", "Måste anges"), rows),
        ]
    )


def reference_page() -> str:
    """The text of docs/konfiguration.md."""
    refs = references()
    order = classes()
    toc = "\n".join(f"- [{c.__name__}](#{c.__name__.lower()})" for c in order)
    toc += "\n- [Egna regler: kind och nycklar](#egna-regler-kind-och-nycklar)"
    note = GENERATED_NOTE.format(
        source="från modellen (src/kbfa/model) och nyckelkatalogen "
        "(src/kbfa/schema/_descriptions.py)"
    )
    parts = [note, _INTRO.strip(), "## Innehåll\n\n" + toc]
    parts += [_section(c, refs) for c in order]
    parts.append(_requirement_kinds())
    return "\n\n".join(parts) + "\n"
