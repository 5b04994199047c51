"""``kbfa data fetch kolada``: download Kolada API v3 data to a file the config then names.

The only module of kbfa that touches the network, and only when this command runs:
``kbfa check`` and every other command read files. urllib3 is imported inside
:func:`fetch_kolada`, so importing kbfa (or this module) loads no HTTP library.

Why urllib3: it has no dependencies of its own and ships type hints; it has separate
connect and read timeouts, retries with backoff that honour a server's Retry-After
(Kolada asks clients to slow down with HTTP 429), streaming so a response can be
capped in size, and it verifies TLS against the operating system's certificate store,
which is where a municipal network puts the certificate of its own TLS-inspecting
proxy. A proxy named in HTTPS_PROXY (or in Windows' settings, which Python reads) is
used. pip and requests are built on it.

Paging: a v3 response holds at most 5 000 rows and names the next page in
``next_url``; every page is fetched before anything is written, and the pages are
checked with the same reader ``kbfa data show`` uses, so a partial or broken download
never replaces a good file. The API takes at most 25 ids per list (KPIs, areas,
years), so longer lists are split into several requests.
"""

from __future__ import annotations

import datetime as dt
import json
import urllib.parse
import urllib.request
from collections.abc import Sequence
from typing import Any

from kbfa.data._kolada import FETCH_KEY, read_kolada
from kbfa.data._parse import COUNTRY, Areas, Problems, county_of
from kbfa.errors import DataError, KbfaError
from kbfa.i18n import Catalogue, Lang, render

__all__ = ["KOLADA_API", "FetchError", "fetch_kolada", "kolada_urls"]

#: Kolada's API, version 3 (version 2 was retired in 2025; kolada.se/om-oss/api/).
KOLADA_API = "https://api.kolada.se/v3"
#: The API refuses more than 25 ids in one list of a URL (rKolada: R/data.R, chunk_vector).
MAX_IDS = 25
#: Rows per page; 5 000 is the API's maximum (github.com/Hypergene/kolada, README).
PER_PAGE = 5000
#: A response larger than this is not Kolada data for one municipality: refuse it.
MAX_RESPONSE_BYTES = 64 * 1024 * 1024
#: More pages than this means a loop in next_url, not data.
MAX_PAGES = 500

_M: Catalogue = {
    "offline": {
        "sv": "kan inte nå {host}: {reason}. Datorn verkar sakna nätverk, eller så stoppar en "
        "brandvägg eller proxy anropet. Försök igen senare, eller hämta filen på en dator med "
        "internet och lägg den bredvid konfigurationen.",
        "en": "cannot reach {host}: {reason}. The computer seems to be offline, or a firewall "
        "or proxy blocks the call. Try again later, or fetch the file on a computer with "
        "internet access and put it beside the config.",
    },
    "no_dns": {
        "sv": "adressen kunde inte slås upp (inget nätverk eller ingen namnserver)",
        "en": "the address could not be looked up (no network or no name server)",
    },
    "refused": {"sv": "anslutningen nekades", "en": "the connection was refused"},
    "timeout": {
        "sv": "{host} svarade inte inom {seconds} sekunder. Försök igen senare eller med en "
        "längre --timeout.",
        "en": "{host} did not answer within {seconds} seconds. Try again later or with a "
        "longer --timeout.",
    },
    "http_status": {
        "sv": "Kolada svarade {status} på {url}: {detail}",
        "en": "Kolada answered {status} to {url}: {detail}",
    },
    "not_json": {
        "sv": "Kolada svarade inte med JSON på {url} (kanske en proxys inloggningssida): {start}",
        "en": "Kolada did not answer with JSON to {url} (perhaps a proxy's login page): {start}",
    },
    "too_big": {
        "sv": "svaret från {url} är större än {limit} MB; det är inte Kolada-data",
        "en": "the response from {url} is larger than {limit} MB; it is not Kolada data",
    },
    "too_many_pages": {
        "sv": "mer än {n} sidor: next_url verkar gå i cirkel",
        "en": "more than {n} pages: next_url seems to loop",
    },
    "foreign_next": {
        "sv": "next_url pekar utanför {base}: {url}; följs inte",
        "en": "next_url points outside {base}: {url}; not followed",
    },
    "bad_response": {
        "sv": "Koladas svar gick inte att läsa, inget skrevs:\n{problems}",
        "en": "Kolada's response could not be read, nothing was written:\n{problems}",
    },
    "no_values": {
        "sv": "Kolada gav inga värden för {kpis} i {areas} åren {years}; inget skrevs. "
        "Kontrollera nyckeltalens id på kolada.se.",
        "en": "Kolada gave no values for {kpis} in {areas} in {years}; nothing was written. "
        "Check the KPI ids on kolada.se.",
    },
}


class FetchError(KbfaError):
    """Raised when a download fails (offline, timeout, an HTTP error, a bad response).

    Nothing is written when it is raised.
    """


def kolada_urls(
    kpis: Sequence[str], areas: Sequence[str], years: Sequence[int], base_url: str = KOLADA_API
) -> list[str]:
    """The data URLs for every combination, each list at most :data:`MAX_IDS` long."""

    def chunks(items: Sequence[str]) -> list[str]:
        return [",".join(items[i : i + MAX_IDS]) for i in range(0, len(items), MAX_IDS)]

    base = base_url.rstrip("/")

    def quote(text: str) -> str:
        return urllib.parse.quote(text, safe=",")  # the API separates ids with bare commas

    return [
        f"{base}/data/kpi/{quote(k)}/municipality/{quote(m)}/year/{quote(y)}?per_page={PER_PAGE}"
        for k in chunks(list(kpis))
        for m in chunks(list(areas))
        for y in chunks([str(y) for y in years])
    ]


def with_references(municipalities: Sequence[str]) -> list[str]:
    """The municipalities, their counties ("00" + länskod) and the country, once each."""
    out: list[str] = []
    for code in [*municipalities, *(county_of(m) for m in municipalities), COUNTRY]:
        if code not in out:
            out.append(code)
    return out


def fetch_kolada(
    kpis: Sequence[str],
    municipalities: Sequence[str],
    years: Sequence[int],
    *,
    base_url: str = KOLADA_API,
    timeout: float = 30.0,
    lang: Lang = "sv",
    now: dt.datetime | None = None,
) -> dict[str, Any]:
    """Fetch every page for ``kpis`` × ``municipalities`` (with county and country) × ``years``.

    Returns the document to save: ``{"kbfa": provenance, "pages": [raw pages]}``.
    Raises :class:`FetchError` on any failure; nothing is returned half.
    """
    import urllib3  # only here: `kbfa check` and `kbfa --help` load no HTTP library

    areas = with_references(municipalities)
    retrieved = (now or dt.datetime.now().astimezone()).replace(microsecond=0)
    http = _pool(urllib3, base_url, timeout)
    pages: list[Any] = []
    fetched: list[str] = []
    for first in kolada_urls(kpis, areas, years, base_url):
        url: str | None = first
        while url:
            if len(pages) >= MAX_PAGES:
                raise FetchError(render(_M, "too_many_pages", lang, n=MAX_PAGES))
            page = _get_json(http, urllib3, url, timeout, lang)
            pages.append(page)
            fetched.append(url)
            url = _next(page, base_url, lang)
    doc = {
        FETCH_KEY: {
            "source": "Kolada (RKA), API v3",
            "attribution": "Källa: Kolada",
            "terms": "https://www.kolada.se/om-oss/api/",
            "retrieved": retrieved.isoformat(),
            "kpi": list(kpis),
            "municipality": areas,
            "years": list(years),
            "urls": fetched,
        },
        "pages": pages,
    }
    _check(doc, kpis, areas, years, retrieved.date(), lang)
    return doc


def _pool(urllib3: Any, base_url: str, timeout: float) -> Any:
    from urllib3.util import Retry, Timeout

    retries = Retry(
        total=3,
        connect=1,  # offline is offline: one retry, then say so
        read=0,  # a server that did not answer in time will not on the spot: say so
        status=3,
        backoff_factor=0.5,
        status_forcelist=(429, 502, 503, 504),
        allowed_methods=frozenset({"GET"}),
        respect_retry_after_header=True,
        raise_on_status=False,
    )
    headers = {"Accept": "application/json", "User-Agent": f"kbfa/{_version()}"}
    options = {"timeout": Timeout(connect=timeout, read=timeout), "retries": retries}
    host = urllib.parse.urlsplit(base_url).hostname or ""
    proxies = urllib.request.getproxies()
    proxy = proxies.get(urllib.parse.urlsplit(base_url).scheme)
    if proxy and not urllib.request.proxy_bypass(host):
        return urllib3.ProxyManager(proxy, headers=headers, **options)
    return urllib3.PoolManager(headers=headers, **options)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("kbfa")
    except PackageNotFoundError:  # running from a source tree
        return "0+unknown"


def _get_json(http: Any, urllib3: Any, url: str, timeout: float, lang: Lang) -> Any:
    host = urllib.parse.urlsplit(url).netloc
    try:
        response = http.request("GET", url, preload_content=False)
        try:
            body = response.read(MAX_RESPONSE_BYTES + 1)
        finally:
            response.release_conn()
    except urllib3.exceptions.MaxRetryError as exc:
        raise _network_error(urllib3, exc.reason, host, timeout, lang) from None
    except urllib3.exceptions.HTTPError as exc:
        raise _network_error(urllib3, exc, host, timeout, lang) from None
    if len(body) > MAX_RESPONSE_BYTES:
        raise FetchError(render(_M, "too_big", lang, url=url, limit=MAX_RESPONSE_BYTES >> 20))
    if response.status != 200:
        detail = body[:300].decode("utf-8", "replace").strip() or response.reason or ""
        raise FetchError(
            render(_M, "http_status", lang, status=response.status, url=url, detail=detail)
        )
    try:
        return json.loads(body)
    except (ValueError, RecursionError):  # RecursionError: arrays nested a thousand deep
        start = body[:80].decode("utf-8", "replace").strip()
        raise FetchError(render(_M, "not_json", lang, url=url, start=start)) from None


def _network_error(
    urllib3: Any, reason: object, host: str, timeout: float, lang: Lang
) -> FetchError:
    # NewConnectionError derives from ConnectTimeoutError in urllib3 2, so a refused or
    # unresolvable connection must be told apart before a timeout is.
    refused = (urllib3.exceptions.NewConnectionError, urllib3.exceptions.NameResolutionError)
    if not isinstance(reason, refused) and isinstance(reason, urllib3.exceptions.TimeoutError):
        seconds = int(timeout) if float(timeout).is_integer() else timeout
        return FetchError(render(_M, "timeout", lang, host=host, seconds=seconds))
    if isinstance(reason, urllib3.exceptions.NameResolutionError):
        text = render(_M, "no_dns", lang)
    elif isinstance(reason, urllib3.exceptions.NewConnectionError) and "refused" in str(reason):
        text = render(_M, "refused", lang)
    else:
        # urllib3 puts its connection object first ("HTTPConnection(...): Failed to ..."):
        # the reader needs only the operating system's words after it.
        text = str(reason).rsplit("connection: ", 1)[-1].split(">: ", 1)[-1]
    return FetchError(render(_M, "offline", lang, host=host, reason=text))


def _next(page: Any, base_url: str, lang: Lang) -> str | None:
    url = page.get("next_url") or page.get("next_page") if isinstance(page, dict) else None
    if not url:
        return None
    if not isinstance(url, str):
        return None
    base = urllib.parse.urlsplit(base_url)
    target = urllib.parse.urlsplit(url)
    if (target.scheme, target.netloc) != (base.scheme, base.netloc):
        raise FetchError(render(_M, "foreign_next", lang, base=base_url, url=url))
    return url


def _check(
    doc: dict[str, Any],
    kpis: Sequence[str],
    areas: Sequence[str],
    years: Sequence[int],
    retrieved: dt.date,
    lang: Lang,
) -> None:
    """Read the pages as ``kbfa data show`` will; refuse what it could not read."""
    problems = Problems("Kolada", lang)
    try:
        table = read_kolada(doc, problems, Areas(None), (1950, retrieved.year), retrieved)
    except DataError as exc:
        listed = "\n".join(f"  {p}" for p in exc.problems)
        raise FetchError(render(_M, "bad_response", lang, problems=listed)) from None
    if not table.cells:
        span = f"{min(years)}–{max(years)}" if years else "–"
        raise FetchError(
            render(_M, "no_values", lang, kpis=", ".join(kpis), areas=", ".join(areas), years=span)
        )


def dumps(doc: dict[str, Any]) -> str:
    """The saved file's text: UTF-8 JSON, one page value per line, readable in a diff."""
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
