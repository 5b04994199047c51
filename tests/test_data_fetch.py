"""kbfa data fetch kolada against a local HTTP server serving responses in Kolada's v3 format.

The server answers on 127.0.0.1 only. Its pages have the structure of a real v3 data
response (see tests/test_data_readers.py for the sources); the figures are fictitious.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from kbfa.cli import main
from kbfa.data._kolada import read_kolada
from kbfa.data._parse import Areas, Problems
from kbfa.data.fetch import kolada_urls

Handler = Callable[[BaseHTTPRequestHandler], None]


def row(area: str, year: int, value: float | None, status: str = "") -> dict[str, object]:
    return {
        "kpi": "X00001",
        "municipality": area,
        "period": year,
        "values": [{"gender": "T", "count": 1, "status": status, "value": value}],
    }


class Kolada:
    """A stand-in for api.kolada.se/v3: routes by path, records what was asked."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, str, bytes] | Handler] = {}
        self.asked: list[str] = []
        outer = self

        class Handle(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                outer.asked.append(self.path)
                route = outer.routes.get(self.path.split("?")[0] + ("?page=2" if "page=2" in self.path else ""))
                if callable(route):
                    route(self)
                    return
                status, kind, body = route or (404, "text/html", b"<html>Not Found</html>")
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handle)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}/v3"

    def json(self, path: str, doc: object, status: int = 200) -> None:
        self.routes[path] = (status, "application/json", json.dumps(doc).encode())


@pytest.fixture
def kolada() -> Iterator[Kolada]:
    k = Kolada()
    thread = threading.Thread(target=k.server.serve_forever, daemon=True)
    thread.start()
    try:
        yield k
    finally:
        k.server.shutdown()
        k.server.server_close()


DATA_PATH = "/v3/data/kpi/X00001/municipality/0685,0006,0000/year/2023,2024"


def two_pages(k: Kolada) -> None:
    first = [row("0685", 2023, 12.5), row("0685", 2024, None, "Missing"), row("0006", 2023, 20.0)]
    second = [row("0006", 2024, 21.0), row("0000", 2023, 30.0), row("0000", 2024, 31.0)]
    k.json(DATA_PATH, {"count": 3, "next_url": f"{k.base}{DATA_PATH[3:]}?page=2&per_page=3", "previous_url": None, "values": first})
    k.json(DATA_PATH + "?page=2", {"count": 3, "next_url": None, "previous_url": None, "values": second})


def fetch(k: Kolada, out: Path, *extra: str) -> int:
    argv = ["data", "fetch", "kolada", "--kpi", "X00001", "--kommun", "0685", "--years", "2023-2024"]
    return main([*argv, "-o", str(out), "--base-url", k.base, *extra])


class TestFetch:
    def test_follows_paging_and_writes_pages_with_provenance(
        self, kolada: Kolada, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Both pages are saved raw, with the URLs and the time they were fetched."""
        two_pages(kolada)
        out = tmp_path / "kolada.json"
        assert fetch(kolada, out) == 0
        doc = json.loads(out.read_text(encoding="utf-8"))
        assert len(doc["pages"]) == 2
        assert doc["kbfa"]["attribution"] == "Källa: Kolada"
        assert doc["kbfa"]["municipality"] == ["0685", "0006", "0000"]
        assert len(doc["kbfa"]["urls"]) == 2
        table = read_kolada(doc, Problems("f", "sv"), Areas("0685"), (1950, 2100), __import__("datetime").date(2026, 1, 1))
        assert table.get("X00001", "0000", "T")[(2024, 0)].value == 31.0
        printed = capsys.readouterr().out
        assert "Skrev" in printed and 'attribution = "Källa: Kolada"' in printed
        assert kolada.asked[0].endswith("?per_page=5000")

    def test_to_standard_output_the_guidance_goes_to_stderr(
        self, kolada: Kolada, capfd: pytest.CaptureFixture[str]
    ) -> None:
        """`-o -`: standard output is the JSON alone (it can be piped on); what was written
        and the snippet to paste are on standard error."""
        two_pages(kolada)
        assert fetch(kolada, Path("-")) == 0
        out, err = capfd.readouterr()
        assert len(json.loads(out)["pages"]) == 2
        assert "Skrev -" in err and 'attribution = "Källa: Kolada"' in err

    def test_an_error_page_writes_nothing_and_says_what_kolada_said(
        self, kolada: Kolada, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """HTTP 400 with an HTML body: exit 2, the status and the start of the body."""
        kolada.routes[DATA_PATH] = (400, "text/html", b"<html><h1>Bad Request</h1></html>")
        out = tmp_path / "kolada.json"
        assert fetch(kolada, out) == 2
        err = capsys.readouterr().err
        assert "Kolada svarade 400 på" in err and "Bad Request" in err
        assert not out.exists()

    def test_a_failed_second_page_leaves_the_good_file_alone(
        self, kolada: Kolada, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Page 1 arrives, page 2 fails: the existing file is byte for byte as before."""
        two_pages(kolada)
        kolada.routes[DATA_PATH + "?page=2"] = (400, "application/json", b'{"error": "bad page"}')
        out = tmp_path / "kolada.json"
        out.write_text('{"kbfa": {"retrieved": "2025-01-01"}, "pages": []}', encoding="utf-8")
        before = out.read_bytes()
        assert fetch(kolada, out, "--overwrite") == 2
        assert out.read_bytes() == before
        assert [p.name for p in tmp_path.iterdir()] == ["kolada.json"]  # no temporary file left

    def test_an_existing_file_is_kept_unless_overwrite(
        self, kolada: Kolada, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Without --overwrite, nothing is even downloaded."""
        out = tmp_path / "kolada.json"
        out.write_text("{}", encoding="utf-8")
        assert fetch(kolada, out) == 2
        assert "filen finns redan och skrivs inte över" in capsys.readouterr().err
        assert kolada.asked == []

    def test_a_proxy_login_page_is_not_saved_as_data(
        self, kolada: Kolada, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A 200 answer that is not JSON (a captive portal) is refused."""
        kolada.routes[DATA_PATH] = (200, "text/html", b"<html>Logga in</html>")
        assert fetch(kolada, tmp_path / "k.json") == 2
        assert "Kolada svarade inte med JSON" in capsys.readouterr().err

    def test_an_answer_nested_too_deeply_is_not_json_not_a_crash(
        self, kolada: Kolada, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A hostile or broken server's answer of arrays nested 100 000 deep: json's
        RecursionError was an "internt fel" before 0.2; now it is refused as not JSON."""
        body = b"[" * 100_000 + b"]" * 100_000
        kolada.routes[DATA_PATH] = (200, "application/json", body)
        assert fetch(kolada, tmp_path / "k.json") == 2
        err = capsys.readouterr().err
        assert "Kolada svarade inte med JSON" in err and "internt fel" not in err
        assert not (tmp_path / "k.json").exists()

    def test_no_values_is_an_error(self, kolada: Kolada, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A KPI id Kolada does not know gives an empty answer: say so, write nothing."""
        kolada.json(DATA_PATH, {"count": 0, "next_url": None, "values": []})
        assert fetch(kolada, tmp_path / "k.json") == 2
        assert "Kolada gav inga värden för X00001" in capsys.readouterr().err

    def test_a_next_url_elsewhere_is_not_followed(
        self, kolada: Kolada, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Paging stays on the API it started on."""
        kolada.json(DATA_PATH, {"count": 1, "next_url": "http://127.0.0.2:1/v3/x", "values": [row("0685", 2023, 1.0)]})
        assert fetch(kolada, tmp_path / "k.json") == 2
        assert "next_url pekar utanför" in capsys.readouterr().err

    def test_offline_gives_a_clear_swedish_error(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """Nothing listens on the port: no traceback, a sentence a coordinator can act on."""
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        argv = ["data", "fetch", "kolada", "--kpi", "X00001", "--kommun", "0685", "--years", "2024"]
        status = main([*argv, "-o", str(tmp_path / "k.json"), "--base-url", f"http://127.0.0.1:{port}/v3"])
        err = capsys.readouterr().err
        assert status == 2
        assert err.startswith(f"kan inte nå 127.0.0.1:{port}: anslutningen nekades. ")
        assert "Datorn verkar sakna nätverk, eller så stoppar en brandvägg eller proxy anropet." in err
        assert "Traceback" not in err and "HTTPConnection" not in err

    def test_a_server_that_does_not_answer_times_out(
        self, kolada: Kolada, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """--timeout bounds the wait; the message says how long was waited."""

        def slow(handler: BaseHTTPRequestHandler) -> None:
            time.sleep(2.5)

        kolada.routes[DATA_PATH.replace("2023,2024", "2024")] = slow
        argv = ["data", "fetch", "kolada", "--kpi", "X00001", "--kommun", "0685", "--years", "2024"]
        start = time.monotonic()
        status = main([*argv, "-o", str(tmp_path / "k.json"), "--base-url", kolada.base, "--timeout", "0.5"])
        assert status == 2
        assert time.monotonic() - start < 2.4
        assert "svarade inte inom 0.5 sekunder" in capsys.readouterr().err

    def test_bad_arguments(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A municipal code of three digits is refused before any network use."""
        argv = ["data", "fetch", "kolada", "--kpi", "X1", "--kommun", "685", "--years", "2024"]
        assert main([*argv, "-o", str(tmp_path / "k.json")]) == 2
        assert "ogiltig kommunkod '685'" in capsys.readouterr().err


def test_long_lists_are_split_at_25() -> None:
    """The API takes at most 25 ids per list: 30 years become two requests."""
    urls = kolada_urls(["N1"], ["0685"], list(range(1990, 2020)), "https://api.kolada.se/v3")
    assert len(urls) == 2
    assert urls[0].count(",") == 24 and urls[1].count(",") == 4
