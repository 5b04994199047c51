"""``kbfa data show FILE`` and ``kbfa data fetch kolada ...``: the statistics behind indicators.

``show`` reads the files the config's ``[[datasets]]`` name and prints each indicator's
series for the municipality, its county and the country, with each value's status;
bad data exits 2 with file, row and column. ``fetch`` is the only command that uses the
network: it downloads Kolada data to a file, whole or not at all.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

from kbfa.cli._common import add_lang, load_all
from kbfa.i18n import Catalogue, Lang, render

__all__ = ["register"]

_T: Catalogue = {
    "heading": {
        "sv": "{name}: indikatorernas statistik",
        "en": "{name}: the indicators' statistics",
    },
    "none": {
        "sv": "Ingen indikator har data (ange data = {{ dataset = ... }} under [[indicators]]).",
        "en": "No indicator has data (give data = {{ dataset = ... }} under [[indicators]]).",
    },
    "year": {"sv": "period", "en": "period"},
    "county": {"sv": "länet", "en": "county"},
    "country": {"sv": "riket", "en": "country"},
    "source": {
        "sv": "Källa: {source}, hämtad {retrieved}.",
        "en": "Source: {source}, retrieved {retrieved}.",
    },
    "derived": {
        "sv": "Värdena är kbfa:s beräkning ur källorna ovan (inte källornas egna siffror).",
        "en": "The values are kbfa's computation from the sources above (not their own figures).",
    },
    "legend": {
        "sv": "p = preliminär, o = ofullständig, .. = ej tillgänglig/sekretess, – = saknas",
        "en": "p = preliminary, o = incomplete, .. = not available/confidential, – = missing",
    },
    "wrote": {
        "sv": "Skrev {path}: {values} värden för {kpis} i {areas} ({pages} sidor).",
        "en": "Wrote {path}: {values} values for {kpis} in {areas} ({pages} pages).",
    },
    "paste": {
        "sv": "Lägg till i konfigurationen (file räknas från konfigurationens mapp, och unit "
        "är vad nyckeltalet räknar):",
        "en": "Add to the config (file is relative to the config's folder, and unit is what "
        "the KPI counts):",
    },
    "bad_years": {
        "sv": "ogiltiga år {text!r}: skriv t.ex. 2015-2024 eller 2020,2022",
        "en": "invalid years {text!r}: write e.g. 2015-2024 or 2020,2022",
    },
    "bad_kommun": {
        "sv": "ogiltig kommunkod {text!r}: fyra siffror, t.ex. 0685",
        "en": "invalid municipal code {text!r}: four digits, e.g. 0685",
    },
    "bad_kpi": {
        "sv": "ogiltigt nyckeltal {text!r}: Koladas id, t.ex. från kolada.se",
        "en": "invalid KPI {text!r}: Kolada's id, e.g. from kolada.se",
    },
}

_MARK = {"preliminary": " p", "incomplete": " o"}


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "data",
        help="statistik för indikatorerna: visa (show) eller hämta från Kolada (fetch)",
        description=(
            "Statistiken bakom lägesbilden och uppföljningen. 'show' läser filerna som "
            "[[datasets]] pekar på; 'fetch' hämtar data från Kolada till en fil."
        ),
    )
    verbs = p.add_subparsers(dest="verb", metavar="ÅTGÄRD", required=True)
    show = verbs.add_parser(
        "show",
        help="visa indikatorernas serier för kommunen, länet och riket",
        description=(
            "Läs datasetens filer och visa varje indikators värden för kommunen, länet och "
            "riket, med status (preliminär, ofullständig, saknas). Använder inte nätverket."
        ),
    )
    show.add_argument("file", metavar="FIL", help="kommunens konfiguration (.toml)")
    show.add_argument("--format", choices=("text", "json"), default="text", help="utdataformat")
    add_lang(show)
    show.set_defaults(handler=_show)

    fetch = verbs.add_parser(
        "fetch",
        help="hämta statistik från Kolada till en fil",
        description=(
            "Hämta nyckeltal från Koladas API (v3) för kommunen, dess län och riket, och "
            "skriv svaret med proveniens till en fil som konfigurationen sedan pekar på. "
            "Filen skrivs hel eller inte alls. Data från Kolada ska anges med 'Källa: Kolada'."
        ),
    )
    sources = fetch.add_subparsers(dest="source", metavar="KÄLLA", required=True)
    kolada = sources.add_parser(
        "kolada",
        help="Koladas API v3",
        description="Hämta nyckeltal från Koladas API v3 (https://api.kolada.se/v3).",
    )
    kolada.add_argument(
        "--kpi", required=True, help="nyckeltalens id i Kolada, kommaseparerade (från kolada.se)"
    )
    kolada.add_argument(
        "--kommun",
        required=True,
        help="kommunkod(er), kommaseparerade; länet och riket tas med för jämförelse",
    )
    kolada.add_argument("--years", required=True, help="år, t.ex. 2015-2024 eller 2020,2022")
    kolada.add_argument("-o", "--output", required=True, metavar="FIL", help="filen att skriva")
    kolada.add_argument(
        "--overwrite", action="store_true", help="ersätt en befintlig fil (när allt hämtats)"
    )
    kolada.add_argument(
        "--timeout", type=float, default=30.0, help="sekunder att vänta på svar (standard 30)"
    )
    kolada.add_argument("--base-url", default=None, help=argparse.SUPPRESS)  # tests, mirrors
    add_lang(kolada)
    kolada.set_defaults(handler=_fetch_kolada)


# -- show -----------------------------------------------------------------------------


def _show(args: argparse.Namespace) -> int:
    from kbfa.data import indicator_data

    (loaded,) = load_all([args.file], args.lang)
    results = indicator_data(loaded, lang=args.lang)
    if args.format == "json":
        json.dump(
            _as_json(loaded.governance.municipality.name, results),
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        sys.stdout.write("\n")
        return 0
    print(_as_text(loaded.governance.municipality.name, results, args.lang))
    return 0


def _as_json(name: str, results: Any) -> dict[str, Any]:
    return {
        "municipality": name,
        "indicators": [
            {
                "id": r.indicator.id,
                "name": r.indicator.name,
                "unit": r.unit.value,
                "derived": r.derived,
                "areas": [
                    {
                        "area": a.area.value,
                        "code": a.code,
                        "observations": [
                            {
                                "year": o.year,
                                "tertial": o.tertial,
                                "value": o.value,
                                "status": o.status.value,
                                "note": o.note,
                            }
                            for o in a.observations
                        ],
                    }
                    for a in r.areas
                ],
                "sources": [
                    {
                        "dataset": s.dataset,
                        "source": s.source,
                        "retrieved": s.retrieved.isoformat(),
                        "url": s.url,
                        "attribution": s.attribution,
                    }
                    for s in r.sources
                ],
            }
            for r in results
        ],
    }


def _cell(o: Any, decimals: int | None, lang: Lang) -> str:
    from kbfa.i18n.terms import number_text

    if o is None:
        return ""
    if o.value is None:
        return ".." if o.status.value == "suppressed" else "–"
    return number_text(o.value, lang, decimals) + _MARK.get(o.status.value, "")


def _as_text(name: str, results: Any, lang: Lang) -> str:
    from kbfa.i18n.terms import label

    title = render(_T, "heading", lang, name=name)
    lines = [title, "=" * len(title), ""]
    if not results:
        return "\n".join([*lines, render(_T, "none", lang)])
    for r in results:
        lines.append(f"{r.indicator.name} ({label(r.unit, lang)})")
        periods = sorted({o.period for a in r.areas for o in a.observations})
        own = name.removesuffix(" kommun")
        heads = [
            render(_T, "year", lang),
            own,
            render(_T, "county", lang),
            render(_T, "country", lang),
        ]
        rows = [heads]
        # Rates and shares get one decimal throughout, so a column lines up.
        decimals = 1 if r.unit.value in ("per_100000", "per_1000", "percent") else None
        for period in periods:
            label_ = f"{period[0]} T{period[1]}" if period[1] else str(period[0])
            rows.append([label_, *(_cell(a.at(*period), decimals, lang) for a in r.areas)])
        widths = [max(len(row[i]) for row in rows) for i in range(4)]
        for row in rows:
            cells = [
                row[0].ljust(widths[0]),
                *(c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)),
            ]
            lines.append("  " + "   ".join(cells).rstrip())
        for s in r.sources:
            text = render(_T, "source", lang, source=s.source, retrieved=s.retrieved.isoformat())
            lines.append("  " + text + (f" {s.attribution}" if s.attribution else ""))
        if r.derived:
            lines.append("  " + render(_T, "derived", lang))
        lines.append("")
    lines.append(render(_T, "legend", lang))
    return "\n".join(lines)


# -- fetch ----------------------------------------------------------------------------


def _list(text: str, pattern: str, key: str, lang: Lang) -> list[str]:
    items = [t.strip() for t in text.split(",") if t.strip()]
    bad = [t for t in items if not re.fullmatch(pattern, t)]
    if bad or not items:
        raise _usage(render(_T, key, lang, text=bad[0] if bad else text))
    return items


def _years(text: str, lang: Lang) -> list[int]:
    out: list[int] = []
    for part in (p.strip() for p in text.split(",") if p.strip()):
        m = re.fullmatch(r"(\d{4})(?:\s*[-–]\s*(\d{4}))?", part)
        if not m:
            raise _usage(render(_T, "bad_years", lang, text=text))
        first, last = int(m.group(1)), int(m.group(2) or m.group(1))
        if last < first or last - first > 100:
            raise _usage(render(_T, "bad_years", lang, text=text))
        out.extend(y for y in range(first, last + 1) if y not in out)
    if not out:
        raise _usage(render(_T, "bad_years", lang, text=text))
    return out


def _usage(message: str) -> Exception:
    from kbfa.errors import KbfaError

    return KbfaError(f"kbfa data fetch: {message}")


def _fetch_kolada(args: argparse.Namespace) -> int:
    from kbfa.data.fetch import KOLADA_API, dumps, fetch_kolada
    from kbfa.files import check_output, is_own_stream, write_output

    lang: Lang = args.lang
    kpis = _list(args.kpi, r"[A-Za-z0-9]{1,20}", "bad_kpi", lang)
    municipalities = _list(args.kommun, r"[0-9]{4}", "bad_kommun", lang)
    years = _years(args.years, lang)
    out = Path(args.output)
    # Say what is wrong with the target before the download, not after it.
    check_output(out, suffixes=(".json",), overwrite=args.overwrite, lang=lang)
    base = args.base_url or KOLADA_API
    doc = fetch_kolada(kpis, municipalities, years, base_url=base, timeout=args.timeout, lang=lang)
    write_output(out, dumps(doc), suffixes=(".json",), overwrite=args.overwrite, lang=lang)
    meta = doc["kbfa"]
    values = sum(len(row.get("values", ())) for page in doc["pages"] for row in page["values"])
    # With the data on our own standard output (-, /dev/stdout) the guidance goes to
    # standard error, so the JSON stays JSON.
    guide = sys.stderr if is_own_stream(out) else sys.stdout
    print(
        render(
            _T,
            "wrote",
            lang,
            path=out,
            values=values,
            kpis=", ".join(kpis),
            areas=", ".join(meta["municipality"]),
            pages=len(doc["pages"]),
        ),
        file=guide,
    )
    print(file=guide)
    print(render(_T, "paste", lang), file=guide)
    print(file=guide)
    print(_snippet(out, meta, kpis, years), file=guide)
    return 0


def _snippet(out: Path, meta: dict[str, Any], kpis: list[str], years: list[int]) -> str:
    first = meta["urls"][0].split("?")[0] if meta["urls"] else ""
    return "\n".join(
        [
            "[[datasets]]",
            f'id = "kolada-{kpis[0].lower()}"',
            'format = "kolada"',
            f'file = "{out.as_posix()}"',
            'source = "Kolada (RKA)"',
            f'url = "{first}"',
            f"retrieved = {meta['retrieved'][:10]}",
            'attribution = "Källa: Kolada"',
            '# unit = "per_100000"   # count, per_100000, per_1000, percent, index eller sek',
        ]
    )
