"""Sources a config key can be grounded in: sections of lag (2023:196) and Brå's guidance.

Keys are short and stable (``"L10"``, ``"L12.2"``, ``"BRA-atgardsplan"``) so the
description catalogue can cite them without repeating the text; each source has a
Swedish and an English label and a link. Paraphrases of the law are in
/work/shared/reference/lag-2023-196.md; here only the citations live.
"""

from __future__ import annotations

import attrs

from kbfa.i18n import Lang

__all__ = ["SOURCES", "Source", "source_label", "sources_text"]

_SFS = "https://lagen.nu/2023:196"


@attrs.frozen
class Source:
    """One citable source: a § (and punkt) of the law, or a part of Brå's guidance.

    For the law, ``sv``/``en`` are the section alone ("4 § 1 p."); :func:`source_label`
    adds the act, so that several sections can share one mention of it.
    """

    sv: str
    en: str
    url: str
    law: bool = False


_ACT: dict[Lang, str] = {"sv": "lag (2023:196)", "en": "Act (2023:196)"}


def _law(section: int, point: int | None = None) -> Source:
    url = f"{_SFS}#P{section}"
    if point is None:
        return Source(f"{section} §", f"s. {section}", url, law=True)
    return Source(f"{section} § {point} p.", f"s. {section}({point})", url, law=True)


_BRA = "https://bra.se/forebygga-brott/arbeta-brottsforebyggande"

SOURCES: dict[str, Source] = {
    "L4": _law(4),
    "L4.1": _law(4, 1),
    "L4.2": _law(4, 2),
    "L4.3": _law(4, 3),
    "L5": _law(5),
    "L6": _law(6),
    "L7": _law(7),
    "L8": _law(8),
    "L9": _law(9),
    "L10": _law(10),
    "L11": _law(11),
    "L12": _law(12),
    "L12.1": _law(12, 1),
    "L12.2": _law(12, 2),
    "L12.3": _law(12, 3),
    "L13": _law(13),
    "L14": _law(14),
    "OB": Source("övergångsbestämmelserna", "transitional provisions", _SFS, law=True),
    "BRA-org": Source(
        "Brå: skapa en organisation för arbetet",
        "Brå: organising the work",
        "https://bra.se/forebygga-brott/samverkan/initiera-samverkan/"
        "skapa-en-organisation-for-arbetet.html",
    ),
    "BRA-lagesbild": Source(
        "Brå: kartläggning och lägesbild",
        "Brå: mapping and situation report",
        f"{_BRA}/egna-forberedelser/ta-fram-en-kartlaggning-och-lagesbild.html",
    ),
    "BRA-orsak": Source(
        "Brå: orsaksanalys",
        "Brå: cause analysis",
        f"{_BRA}/gemensamma-forberedelser/gor-en-orsaksanalys.html",
    ),
    "BRA-atgardsplan": Source(
        "Brå: åtgärdsplanens sex kolumner",
        "Brå: the action plan's six columns",
        f"{_BRA}/genomforande/uppratta-atgardsplan.html",
    ),
    "BRA-so": Source(
        "Brå: samverkansöverenskommelse",
        "Brå: cooperation agreement",
        f"{_BRA}/gemensamma-forberedelser/teckna-samverkansoverenskommelse.html",
    ),
    "BRA-ml": Source(
        "Brå: medborgarlöften",
        "Brå: citizen promises",
        "https://www.bra.se/forebygga-brott/samverkan/genomforande/formulera-medborgarloften.html",
    ),
    "BRA-uppfoljning": Source(
        "Brå: följ upp arbetet",
        "Brå: following up the work",
        "https://bra.se/forebygga-brott/samverkan/uppfoljning/folj-upp-arbetet.html",
    ),
    "BRA-est": Source(
        "Brå: genomför åtgärderna (EST)",
        "Brå: carrying out the measures (EST)",
        "https://bra.se/forebygga-brott/samverkan/genomforande/genomfor-atgarderna.html",
    ),
    "KOLADA": Source(
        "Kolada: API och användarvillkor",
        "Kolada: API and terms of use",
        "https://www.kolada.se/om-oss/api/",
    ),
    "JSONSTAT": Source(
        "JSON-stat 2.0",
        "JSON-stat 2.0",
        "https://json-stat.org/format/",
    ),
    "KL-forbund": Source(
        "kommunalförbund: 3 kap. 8 § och 9 kap. 1–18 §§ kommunallagen (2017:725)",
        "municipal association: ch. 3 s. 8 and ch. 9 ss. 1–18 of the Local Government Act "
        "(2017:725)",
        "https://lagen.nu/2017:725#K9P1",
    ),
    "KL-gemensam": Source(
        "gemensam nämnd: 9 kap. 19 § kommunallagen (2017:725)",
        "joint committee: ch. 9 s. 19 of the Local Government Act (2017:725)",
        "https://lagen.nu/2017:725#K9P19",
    ),
    "KL-avtal": Source(
        "avtalssamverkan: 9 kap. 37 § kommunallagen (2017:725)",
        "contractual cooperation: ch. 9 s. 37 of the Local Government Act (2017:725)",
        "https://lagen.nu/2017:725#K9P37",
    ),
    "SKR-dialog": Source(
        "SKR: medborgardialog",
        "SKR: citizen dialogue",
        "https://skr.se/skr/demokratiledningstyrning/medborgardialogdelaktighet/medborgardialog/"
        "medborgardialogikomplexafragor.26316.html",
    ),
}


def source_label(key: str, lang: Lang = "sv") -> str:
    """The citation of source ``key`` in ``lang``: "10 § lag (2023:196)", "Brå: medborgarlöften"."""
    s = SOURCES[key]
    text = s.sv if lang == "sv" else s.en
    return f"{text} {_ACT[lang]}" if s.law else text


def sources_text(keys: tuple[str, ...], lang: Lang = "sv") -> str:
    """Several citations, the act named once: "4 §, 5 § lag (2023:196); Brå: orsaksanalys"."""
    law = [SOURCES[k] for k in keys if SOURCES[k].law]
    other = [source_label(k, lang) for k in keys if not SOURCES[k].law]
    parts = []
    if law:
        parts.append(", ".join(s.sv if lang == "sv" else s.en for s in law) + " " + _ACT[lang])
    return "; ".join(parts + other)
