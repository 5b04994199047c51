"""The reliability review's reproductions (../shared/reviews/reliability-review.md), recast.

Each test names its finding and runs the command the reviewer ran, on the command line
kbfa users have, without touching a real device: FIFOs and device nodes are made in
a temporary folder, a full disk and a denied folder are faked where a test cannot
cause them. None may end in "internt fel", replace a file that is not a regular
file, change a file's mode, or leave part of a set written. (The loader's limits,
findings 2, 3, 8, 10 and 11, are in test_loader_limits.py; templates, 5 and 9, in
test_template_safety.py; the command line's escapes, 7, in test_cli_console.py.)
"""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

import kbfa.files._write as writer
from conftest import CONFIGS
from kbfa.cli import main

LINDESBERG = str(CONFIGS / "lindesberg.toml")
ROOT = Path(__file__).resolve().parents[1]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    assert "internt fel" not in err
    return status, out, err


def null_device(path: Path) -> Path:
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except OSError:
        pytest.skip("cannot make a device node here")
    return path


class TestFinding1Devices:
    """Writing to a device, FIFO or /dev/stdout replaced it with a regular file."""

    def test_ics_to_a_null_device(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        null = null_device(tmp_path / "null")
        status, _, _ = run(capsys, "calendar", LINDESBERG, "--year", "2027", "--ics", str(null))
        assert status == 0
        assert stat.S_ISCHR(null.stat().st_mode)

    @pytest.mark.parametrize(
        "argv",
        [
            ["report", LINDESBERG, "-o", "{fifo}.docx"],
            ["overview", LINDESBERG, "-o", "{fifo}.csv"],
            ["calendar", LINDESBERG, "--year", "2027", "--ics", "{fifo}.ics"],
        ],
    )
    def test_a_fifo_nobody_reads(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
    ) -> None:
        """No reader: a clear refusal (exit 2), and the FIFO is still a FIFO."""
        argv = [a.replace("{fifo}", str(tmp_path / "fifo")) for a in argv]
        fifo = Path(argv[-1])
        os.mkfifo(fifo)
        status, _, err = run(capsys, *argv)
        assert status == 2
        assert "FIFO som inget program läser från" in err
        assert stat.S_ISFIFO(fifo.stat().st_mode)

    def test_ics_to_dev_stdout_in_a_pipe(self) -> None:
        """`--ics /dev/stdout | ...` works and writes no file (the review: never worked)."""
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "kbfa",
                "calendar",
                LINDESBERG,
                "--year",
                "2027",
                "--ics",
                "/dev/stdout",
            ],
            capture_output=True,
            cwd=ROOT,
        )
        assert done.returncode == 0
        assert done.stdout.startswith(b"BEGIN:VCALENDAR")

    def test_ics_dash_is_standard_output(
        self, tmp_path: Path, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """`--ics -` writes the calendar to standard output, not to a file named "-"."""
        monkeypatch.chdir(tmp_path)
        assert main(["calendar", LINDESBERG, "--year", "2027", "--ics", "-"]) == 0
        assert capfd.readouterr().out.startswith("BEGIN:VCALENDAR")
        assert list(tmp_path.iterdir()) == []


def kbfa_process(
    *argv: str, stdout: object = subprocess.PIPE
) -> subprocess.CompletedProcess[bytes]:
    """``python -m kbfa ...`` with its standard output a pipe (or the given file)."""
    return subprocess.run(
        [sys.executable, "-m", "kbfa", *argv],
        stdout=stdout,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        check=False,
    )


class TestOwnStandardOutput:
    """Data sent to our own standard output by a name other than ``-`` (``/dev/stdout``,
    ``/proc/self/fd/1``, or the very file stdout is redirected to) is all that goes there:
    the "wrote PATH" line a file gets would land inside the calendar or the document."""

    @pytest.mark.parametrize("name", ["/dev/stdout", "/proc/self/fd/1", "-"])
    def test_ics_is_the_whole_output(self, name: str) -> None:
        if name != "-" and not Path(name).exists():
            pytest.skip(f"{name} does not exist here")
        done = kbfa_process("calendar", LINDESBERG, "--year", "2027", "--ics", name)
        assert done.returncode == 0, done.stderr
        assert done.stdout.startswith(b"BEGIN:VCALENDAR\r\n")
        assert done.stdout.endswith(b"END:VCALENDAR\r\n"), done.stdout[-40:]
        assert done.stderr == b""

    def test_ics_to_the_file_stdout_is_redirected_to(self, tmp_path: Path) -> None:
        """`kbfa calendar F --ics cal.ics >> cal.ics`: the file is stdout, so the calendar
        is appended to it as standard output and no path line follows it."""
        import icalendar

        cal = tmp_path / "cal.ics"
        cal.write_bytes(b"")
        with cal.open("ab") as out:
            done = kbfa_process(
                "calendar", LINDESBERG, "--year", "2027", "--ics", str(cal), stdout=out
            )
        assert done.returncode == 0, done.stderr
        data = cal.read_bytes()
        assert data.endswith(b"END:VCALENDAR\r\n"), data[-40:]
        assert icalendar.Calendar.from_ical(data).walk("VEVENT")

    def test_report_to_dev_stdout_is_only_the_document(self) -> None:
        """The Word file on stdout ends with the zip's end record (no comment): nothing
        after it, and python-docx opens it."""
        import io
        import zipfile

        import docx

        done = kbfa_process("report", LINDESBERG, "-o", "/dev/stdout", "--as-of", "2026-11-23")
        assert done.returncode == 0, done.stderr
        assert done.stdout[-22:-18] == b"PK\x05\x06", done.stdout[-40:]
        with zipfile.ZipFile(io.BytesIO(done.stdout)) as z:
            assert z.testzip() is None
        assert docx.Document(io.BytesIO(done.stdout)).paragraphs

    def test_a_report_file_is_still_named(self, tmp_path: Path) -> None:
        """A real file still gets its line (the fix is for our own stream only)."""
        out = tmp_path / "r.docx"
        done = kbfa_process("report", LINDESBERG, "-o", str(out), "--as-of", "2026-11-23")
        assert done.returncode == 0, done.stderr
        assert done.stdout.decode() == f"{out}\n"

    def test_init_to_dev_stdout_is_only_the_config(self, tmp_path: Path) -> None:
        """The starting config on stdout loads as a config; no "Skrev" lines after it, and
        no schema copy is written "beside" it (it would have been /dev/...)."""
        from kbfa.config import loads

        stray = Path("/dev/stdout").parent / "kbfa-config.schema.json"
        existed = stray.exists()
        done = subprocess.run(
            [sys.executable, "-m", "kbfa", "init", "--name", "Provkommun", "--police-area",
             "Provpolisen", "/dev/stdout"],
            capture_output=True, cwd=tmp_path, check=False,
        )  # fmt: skip
        wrote_stray = not existed and stray.exists()
        if wrote_stray:  # as root the old code could; leave no file in /dev behind
            stray.unlink()
        assert not wrote_stray
        assert done.returncode == 0, done.stderr
        text = done.stdout.decode("utf-8")
        assert "Skrev" not in text
        loads(text, filename="stdout")

    def test_init_to_the_file_stdout_is_redirected_to(self, tmp_path: Path) -> None:
        """`kbfa init ny.toml > ny.toml`: the config is stdout's content, and nothing else
        is written in the folder (no schema copy for a stream)."""
        from kbfa.config import loads

        target = tmp_path / "ny.toml"
        with target.open("wb") as out:
            done = subprocess.run(
                [sys.executable, "-m", "kbfa", "init", "--name", "Provkommun", "--police-area",
                 "Provpolisen", str(target)],
                stdout=out, stderr=subprocess.PIPE, cwd=tmp_path, check=False,
            )  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert sorted(p.name for p in tmp_path.iterdir()) == ["ny.toml"]
        loads(target.read_text(encoding="utf-8"), filename=str(target))


class TestFinding6OrdinaryFailures:
    """Read-only folders, long names and full disks were reported as kbfa bugs."""

    @pytest.mark.parametrize(
        "argv",
        [
            ["report", LINDESBERG, "-o", "{dir}/{long}.docx"],
            ["calendar", LINDESBERG, "--year", "2027", "--ics", "{dir}/{long}.ics"],
            ["overview", LINDESBERG, "-o", "{dir}/{long}.csv"],
        ],
    )
    def test_a_name_over_255_bytes(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
    ) -> None:
        argv = [a.replace("{dir}", str(tmp_path)).replace("{long}", "å" * 200) for a in argv]
        status, _, err = run(capsys, *argv)
        assert status == 2
        assert "namnet är för långt (ENAMETOOLONG)" in err
        assert list(tmp_path.iterdir()) == []

    @pytest.mark.parametrize("command", ["report", "documents", "overview"])
    def test_a_denied_folder(
        self,
        tmp_path: Path,
        capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch,
        command: str,
    ) -> None:
        """A folder kbfa may not write in (faked: root may write anywhere)."""
        real = os.open

        def denied(path: object, flags: int, *args: object) -> int:
            if str(path).startswith(str(tmp_path)) and flags & (os.O_WRONLY | os.O_RDWR):
                raise PermissionError(errno.EACCES, "Permission denied")
            return real(path, flags, *args)  # type: ignore[arg-type]

        monkeypatch.setattr(writer.os, "open", denied)
        monkeypatch.setattr(os, "open", denied)
        out = {"report": "r.docx", "documents": "dok", "overview": "o.csv"}[command]
        argv = [command, LINDESBERG, "-o", str(tmp_path / out)]
        status, _, err = run(capsys, *argv)
        assert status == 2
        assert "behörighet saknas (EACCES)" in err

    def test_check_into_a_full_disk(self) -> None:
        """`kbfa check ... > /dev/full` says the disk is full instead of "internt fel"."""
        if not Path("/dev/full").exists():
            pytest.skip("no /dev/full here")
        with open("/dev/full", "w") as full:
            done = subprocess.run(
                [sys.executable, "-m", "kbfa", "check", "--exit-zero", LINDESBERG],
                stdout=full,
                stderr=subprocess.PIPE,
                cwd=ROOT,
            )
        assert done.returncode == 2
        assert done.stderr.decode() == (
            "kbfa: kunde inte skriva till standard ut: disken är full (ENOSPC)\n"
        )


class TestFinding12Semantics:
    def test_ics_over_a_word_document(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """`--ics precious.docx` is refused; the Word file is untouched."""
        precious = tmp_path / "precious.docx"
        precious.write_bytes(b"WORD")
        status, _, err = run(
            capsys, "calendar", LINDESBERG, "--year", "2027", "--ics", str(precious)
        )
        assert status == 2
        assert "utfilen ska sluta på .ics" in err
        assert precious.read_bytes() == b"WORD"

    @pytest.mark.parametrize(
        ("argv", "name"),
        [
            (["report", LINDESBERG, "-o"], "r.docx"),
            (["overview", LINDESBERG, "-o"], "o.csv"),
            (["calendar", LINDESBERG, "--year", "2027", "--ics"], "a.ics"),
        ],
    )
    def test_a_private_output_stays_private(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], name: str
    ) -> None:
        """Overwriting a 0600 output keeps 0600 (the review saw 0644)."""
        target = tmp_path / name
        target.write_bytes(b"old")
        target.chmod(0o600)
        status, _, _ = run(capsys, *argv, str(target))
        assert status in (0, 1)
        assert target.stat().st_mode & 0o777 == 0o600
        assert target.read_bytes() != b"old"

    def test_documents_on_a_full_disk_replace_none(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """The disk fills while the set is written: every earlier document is still there,
        and the message is true (the review: one replaced, "ingenting skrevs")."""
        out = tmp_path / "dok"
        assert main(["documents", LINDESBERG, "-o", str(out)]) == 0
        capsys.readouterr()
        before = {p.name: p.read_bytes() for p in out.iterdir()}
        calls = {"n": 0}
        real = os.fsync

        def fills(fd: int) -> None:
            calls["n"] += 1
            if calls["n"] == 3:
                raise OSError(errno.ENOSPC, "No space left on device")
            real(fd)

        monkeypatch.setattr(writer.os, "fsync", fills)
        status, _, err = run(
            capsys, "documents", LINDESBERG, "-o", str(out), "--as-of", "2030-01-01"
        )
        assert status == 2
        assert f"ingen av de {len(before)} filerna skrevs" in err
        assert {p.name: p.read_bytes() for p in out.iterdir()} == before

    def test_documents_into_a_new_folder_that_fails_leave_no_folder(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        def full(fd: int) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(writer.os, "fsync", full)
        status, _, _ = run(capsys, "documents", LINDESBERG, "-o", str(tmp_path / "ny" / "dok"))
        assert status == 2
        assert list(tmp_path.iterdir()) == []
