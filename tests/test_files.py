"""kbfa.files: every output is written whole or not at all, and never over what it must not touch.

The reliability review's reproductions (findings 1, 6 and 12) are recast here without
touching a real device: FIFOs, device nodes made in a temporary folder, and fakes for
the errors a test cannot cause for real (a full disk, a denied permission).
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import kbfa.files._write as writer
from kbfa.errors import OutputError
from kbfa.files import STDOUT, check_output, read_input, write_output, write_outputs
from kbfa.files._read import InputRefused


@pytest.fixture(params=["tmpfile", "named"])
def temp_mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run a test with O_TMPFILE (Linux) and with the portable named temporary file."""
    if request.param == "named":
        monkeypatch.setattr(writer, "_TMPFILE", 0)
    elif not writer._TMPFILE:
        pytest.skip("no O_TMPFILE here")
    return str(request.param)


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@contextlib.contextmanager
def umask(mask: int) -> Iterator[None]:
    old = os.umask(mask)
    try:
        yield
    finally:
        os.umask(old)


def make_node(path: Path, kind: int, device: int = 0) -> None:
    try:
        os.mknod(path, kind | 0o666, device)
    except (PermissionError, OSError) as exc:
        pytest.skip(f"cannot make a device node here: {exc}")


@pytest.mark.usefixtures("temp_mode")
class TestNewFile:
    def test_writes_the_bytes_and_leaves_nothing_else(self, tmp_path: Path) -> None:
        """A new file holds exactly the data and no temporary file is left beside it."""
        assert write_output(tmp_path / "a.ics", b"DATA") == str(tmp_path / "a.ics")
        assert (tmp_path / "a.ics").read_bytes() == b"DATA"
        assert listing(tmp_path) == ["a.ics"]

    def test_text_is_written_as_utf8(self, tmp_path: Path) -> None:
        """A str is written as UTF-8, whatever the locale."""
        write_output(tmp_path / "a.json", "Nässjö → Hjo\n")
        assert (tmp_path / "a.json").read_bytes() == "Nässjö → Hjo\n".encode()

    def test_new_file_gets_ordinary_permissions(self, tmp_path: Path) -> None:
        """A new file is readable by others per the umask, not owner-only like a temp file."""
        with umask(0o022):
            write_output(tmp_path / "a.docx", b"x")
        assert (tmp_path / "a.docx").stat().st_mode & 0o777 == 0o644

    def test_missing_directory_is_refused(self, tmp_path: Path) -> None:
        """A file in a folder that does not exist is an OutputError naming the folder."""
        with pytest.raises(OutputError, match=r"a\.ics: katalogen .*nej finns inte"):
            write_output(tmp_path / "nej" / "a.ics", b"x")
        assert listing(tmp_path) == []

    def test_no_overwrite_refuses_an_existing_file(self, tmp_path: Path) -> None:
        """overwrite=False leaves an existing file byte for byte as it was."""
        path = tmp_path / "f.toml"
        path.write_text("gammal", encoding="utf-8")
        with pytest.raises(OutputError, match="finns redan och skrivs inte över"):
            write_output(path, "ny", overwrite=False)
        assert path.read_text(encoding="utf-8") == "gammal"
        assert listing(tmp_path) == ["f.toml"]

    def test_no_overwrite_loses_a_race_without_clobbering(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A file created by someone else while kbfa writes is kept: the link fails, not them."""
        path = tmp_path / "f.toml"
        real_write = writer._Temp.write

        def racing(self: writer._Temp, raw: bytes) -> None:
            real_write(self, raw)
            path.write_text("deras", encoding="utf-8")

        monkeypatch.setattr(writer._Temp, "write", racing)
        with pytest.raises(OutputError, match="finns redan"):
            write_output(path, "vår", overwrite=False)
        assert path.read_text(encoding="utf-8") == "deras"
        assert listing(tmp_path) == ["f.toml"]


@pytest.mark.usefixtures("temp_mode")
class TestReplace:
    def test_replaces_whole(self, tmp_path: Path) -> None:
        """An existing file is replaced, not appended to or truncated in place."""
        path = tmp_path / "a.ics"
        path.write_bytes(b"OLD OLD OLD")
        write_output(path, b"NEW")
        assert path.read_bytes() == b"NEW"
        assert listing(tmp_path) == ["a.ics"]

    @pytest.mark.parametrize("mode", [0o600, 0o640, 0o604])
    def test_keeps_the_mode_of_the_file_it_replaces(self, tmp_path: Path, mode: int) -> None:
        """A restricted report stays restricted (the review saw 0600 become 0644)."""
        path = tmp_path / "r.docx"
        path.write_bytes(b"old")
        path.chmod(mode)
        with umask(0o022):
            write_output(path, b"new")
        assert path.stat().st_mode & 0o777 == mode

    def test_follows_a_symbolic_link_and_keeps_it(self, tmp_path: Path) -> None:
        """Writing through a link replaces the file it points at; the link stays a link."""
        real = tmp_path / "real.ics"
        real.write_bytes(b"old")
        link = tmp_path / "link.ics"
        link.symlink_to(real)
        write_output(link, b"new")
        assert link.is_symlink()
        assert real.read_bytes() == b"new"

    def test_refuses_a_file_with_another_suffix(self, tmp_path: Path) -> None:
        """`--ics precious.docx` no longer replaces a Word document with a calendar."""
        precious = tmp_path / "precious.docx"
        precious.write_bytes(b"WORD")
        with pytest.raises(OutputError, match=r"precious\.docx: utfilen ska sluta på \.ics"):
            write_output(precious, b"BEGIN:VCALENDAR", suffixes=(".ics",))
        assert precious.read_bytes() == b"WORD"

    def test_the_suffix_is_checked_on_a_link_target_too(self, tmp_path: Path) -> None:
        """A link named .ics that points at a .docx does not get the Word file replaced."""
        precious = tmp_path / "precious.docx"
        precious.write_bytes(b"WORD")
        (tmp_path / "cal.ics").symlink_to(precious)
        with pytest.raises(OutputError, match="ska sluta på"):
            write_output(tmp_path / "cal.ics", b"x", suffixes=(".ics",))
        assert precious.read_bytes() == b"WORD"

    def test_suffix_is_case_insensitive(self, tmp_path: Path) -> None:
        """RAPPORT.DOCX is a .docx."""
        write_output(tmp_path / "RAPPORT.DOCX", b"x", suffixes=(".docx",))
        assert (tmp_path / "RAPPORT.DOCX").read_bytes() == b"x"

    @pytest.mark.parametrize("how", ["same", "hard", "symbolic"])
    def test_never_writes_an_input(self, tmp_path: Path, how: str) -> None:
        """The input, a hard link to it or a symbolic link to it is refused and left intact."""
        config = tmp_path / "kommun.toml"
        config.write_text("x = 1\n", encoding="utf-8")
        target = {"same": config, "hard": tmp_path / "h.toml", "symbolic": tmp_path / "s.toml"}[how]
        if how == "hard":
            os.link(config, target)
        elif how == "symbolic":
            target.symlink_to(config)
        with pytest.raises(OutputError, match="är en av indatafilerna"):
            write_output(target, b"x", protected=[config])
        assert config.read_text(encoding="utf-8") == "x = 1\n"

    def test_a_directory_is_refused(self, tmp_path: Path) -> None:
        """-o naming a folder says so."""
        with pytest.raises(OutputError, match="är en katalog; ange ett filnamn"):
            write_output(tmp_path, b"x")

    def test_a_dangling_link_is_refused(self, tmp_path: Path) -> None:
        """A link to nothing is refused rather than replaced by a regular file."""
        (tmp_path / "x.ics").symlink_to(tmp_path / "gone.ics")
        with pytest.raises(OutputError, match="symbolisk länk"):
            write_output(tmp_path / "x.ics", b"x")
        assert (tmp_path / "x.ics").is_symlink()


class TestNotARegularFile:
    """Finding 1: a device, a FIFO or /dev/stdout was replaced by a regular file."""

    def test_a_fifo_with_a_reader_is_written_in_place(self, tmp_path: Path) -> None:
        """The reader gets the bytes and the FIFO is still a FIFO afterwards."""
        fifo = tmp_path / "cal.fifo"
        os.mkfifo(fifo)
        got: list[bytes] = []
        reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
        reader.start()
        deadline = time.monotonic() + 5
        while True:  # the reader may not have opened its end yet
            try:
                write_output(fifo, b"BEGIN:VCALENDAR", suffixes=(".ics",))
                break
            except OutputError:
                assert time.monotonic() < deadline
                time.sleep(0.01)
        reader.join(5)
        assert got == [b"BEGIN:VCALENDAR"]
        assert stat.S_ISFIFO(fifo.stat().st_mode)

    def test_a_fifo_without_a_reader_is_refused_at_once(self, tmp_path: Path) -> None:
        """No hang: a FIFO nobody reads from is an error naming it, and stays a FIFO."""
        fifo = tmp_path / "o.csv"
        os.mkfifo(fifo)
        started = time.monotonic()
        with pytest.raises(OutputError, match="FIFO som inget program läser från"):
            write_output(fifo, b"x")
        assert time.monotonic() - started < 2
        assert stat.S_ISFIFO(fifo.stat().st_mode)

    def test_a_character_device_is_written_in_place(self, tmp_path: Path) -> None:
        """A null device made in the test folder stays a device (as /dev/null must)."""
        null = tmp_path / "null"
        make_node(null, stat.S_IFCHR, os.makedev(1, 3))
        write_output(null, b"x" * 10_000, suffixes=(".ics",))
        assert stat.S_ISCHR(null.stat().st_mode)
        assert listing(tmp_path) == ["null"]

    def test_a_full_device_is_a_clean_error(self, tmp_path: Path) -> None:
        """A device that reports a full disk (like /dev/full) gives the reason, in Swedish."""
        full = tmp_path / "full"
        make_node(full, stat.S_IFCHR, os.makedev(1, 7))
        with pytest.raises(OutputError, match=r"disken är full \(ENOSPC\)"):
            write_output(full, b"x")
        assert stat.S_ISCHR(full.stat().st_mode)

    def test_a_block_device_is_refused(self, tmp_path: Path) -> None:
        """kbfa never writes to a disk device."""
        disk = tmp_path / "disk"
        make_node(disk, stat.S_IFBLK, os.makedev(7, 250))
        with pytest.raises(OutputError, match="blockenhet"):
            write_output(disk, b"x")
        assert stat.S_ISBLK(disk.stat().st_mode)

    def test_a_socket_is_refused(self) -> None:
        """A Unix socket is not a file to write."""
        folder = Path(tempfile.mkdtemp())  # socket paths must be short
        try:
            path = folder / "s"
            with socket.socket(socket.AF_UNIX) as s:
                s.bind(str(path))
                with pytest.raises(OutputError, match="inte en vanlig fil"):
                    write_output(path, b"x")
            assert stat.S_ISSOCK(path.stat().st_mode)
        finally:
            shutil.rmtree(folder)

    def test_dash_is_standard_output(self, capfd: pytest.CaptureFixture[str]) -> None:
        """`-` writes to standard output and creates no file named "-"."""
        assert write_output(STDOUT, b"BEGIN:VCALENDAR\r\n", suffixes=(".ics",)) == "-"
        assert capfd.readouterr().out == "BEGIN:VCALENDAR\r\n"
        assert not Path("-").exists()

    def test_binary_output_to_a_terminal_is_refused(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A Word document is not sprayed over the terminal."""
        monkeypatch.setattr(os, "isatty", lambda fd: True)
        with pytest.raises(OutputError, match="terminalen"):
            check_output(STDOUT, binary=True)

    @pytest.mark.parametrize("name", ["/dev/stdout", "/proc/self/fd/1", "/dev/fd/1"])
    def test_a_path_that_is_standard_output_writes_to_it(self, tmp_path: Path, name: str) -> None:
        """With stdout appended to a log, `--ics /dev/stdout` appends; the log is not replaced."""
        if not Path(name).exists():
            pytest.skip(f"{name} does not exist here")
        log = tmp_path / "log.txt"
        log.write_text("tidigare\n", encoding="utf-8")
        code = (
            "from kbfa.files import write_output\n"
            f"write_output({name!r}, b'NY\\n', suffixes=('.ics',))\n"
        )
        with log.open("a", encoding="utf-8") as out:
            subprocess.run([sys.executable, "-c", code], stdout=out, check=True)
        assert log.read_text(encoding="utf-8") == "tidigare\nNY\n"

    def test_standard_output_as_a_pipe(self) -> None:
        """`--ics /dev/stdout | reader` works for an ordinary user (the review: never did)."""
        code = "from kbfa.files import write_output\nwrite_output('/dev/stdout', b'NY')\n"
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True)
        assert out.stdout == b"NY"


@pytest.mark.usefixtures("temp_mode")
class TestFailures:
    """Finding 6: ordinary write failures are the user's problem, said in Swedish, exit 2."""

    def test_a_full_disk_leaves_the_earlier_file(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """ENOSPC while writing: the old file is intact, no temporary file, reason in Swedish."""
        path = tmp_path / "r.docx"
        path.write_bytes(b"tidigare")

        def full(fd: int, data: object) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(writer.os, "write", full)
        with pytest.raises(OutputError) as caught:
            write_output(path, b"ny")
        assert str(caught.value) == (
            f"{path}: kunde inte skriva filen: disken är full (ENOSPC); ingenting skrevs"
        )
        assert path.read_bytes() == b"tidigare"
        assert listing(tmp_path) == ["r.docx"]

    def test_english_reason_with_lang_en(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """--lang en gives the reason in English."""

        def full(fd: int) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(writer.os, "fsync", full)
        with pytest.raises(OutputError, match=r"no space left on the device \(ENOSPC\)"):
            write_output(tmp_path / "r.docx", b"ny", lang="en")

    def test_a_denied_folder_is_a_clean_error(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """No permission to create the file: the path and "behörighet saknas", nothing left."""
        real_open = os.open

        def denied(path: object, flags: int, *args: object) -> int:
            if Path(str(path)) == tmp_path or str(path).startswith(str(tmp_path)):
                raise PermissionError(errno.EACCES, "Permission denied")
            return real_open(path, flags, *args)  # type: ignore[arg-type]

        monkeypatch.setattr(writer.os, "open", denied)
        monkeypatch.setattr(os, "open", denied)  # tempfile.mkstemp uses os.open too
        with pytest.raises(OutputError, match=r"behörighet saknas \(EACCES\); ingenting skrevs"):
            write_output(tmp_path / "r.docx", b"x")
        monkeypatch.undo()
        assert listing(tmp_path) == []

    def test_a_name_too_long_is_a_clean_error(self, tmp_path: Path) -> None:
        """A file name over 255 bytes is the user's problem, not an internal error."""
        with pytest.raises(OutputError, match=r"namnet är för långt \(ENAMETOOLONG\)"):
            write_output(tmp_path / ("å" * 200 + ".ics"), b"x")
        assert listing(tmp_path) == []

    def test_a_failed_rename_keeps_the_earlier_file(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """If the final rename fails, the earlier version is there, untouched, alone."""
        path = tmp_path / "r.docx"
        path.write_bytes(b"tidigare")

        def denied(src: object, dst: object) -> None:
            raise PermissionError(errno.EACCES, "Permission denied")

        monkeypatch.setattr(writer.os, "replace", denied)
        with pytest.raises(OutputError, match="ingenting skrevs"):
            write_output(path, b"ny")
        assert path.read_bytes() == b"tidigare"
        assert listing(tmp_path) == ["r.docx"]

    def test_ctrl_c_cleans_up(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """Ctrl-C during the write leaves neither the target nor a temporary file."""

        def interrupted(fd: int) -> None:
            raise KeyboardInterrupt

        monkeypatch.setattr(writer.os, "fsync", interrupted)
        with pytest.raises(KeyboardInterrupt):
            write_output(tmp_path / "x.docx", b"data")
        assert listing(tmp_path) == []

    def test_a_really_read_only_folder(self, tmp_path: Path) -> None:
        """A folder the process may not write to (made immutable when running as root)."""
        folder = tmp_path / "ro"
        folder.mkdir()
        if os.geteuid() == 0:
            if shutil.which("chattr") is None:
                pytest.skip("no chattr")
            made = subprocess.run(["chattr", "+i", str(folder)], capture_output=True)
            if made.returncode != 0:
                pytest.skip("cannot make a folder immutable here")
        else:
            folder.chmod(0o555)
        try:
            with pytest.raises(OutputError, match=r"r\.docx: kunde inte skriva filen: "):
                write_output(folder / "r.docx", b"x")
        finally:
            if os.geteuid() == 0:
                subprocess.run(["chattr", "-i", str(folder)], check=True)
            else:
                folder.chmod(0o755)
        assert listing(folder) == []


class TestKilled:
    def test_kill_9_during_the_write_leaves_no_stray_file(self, tmp_path: Path) -> None:
        """SIGKILL in the middle of writing: the old file intact, no hidden temp file (Linux)."""
        if not writer._TMPFILE:
            pytest.skip("unnamed temporary files need Linux O_TMPFILE")
        target = tmp_path / "r.docx"
        target.write_bytes(b"tidigare")
        ready = tmp_path / "ready"
        code = (
            "import os, time, pathlib\n"
            "import kbfa.files._write as w\n"
            "real = w._write_all\n"
            "def slow(fd, raw):\n"
            "    real(fd, raw[:1000])\n"
            f"    pathlib.Path({str(ready)!r}).touch()\n"
            "    time.sleep(60)\n"
            "w._write_all = slow\n"
            f"w.write_output({str(target)!r}, b'x' * 100000)\n"
        )
        child = subprocess.Popen([sys.executable, "-c", code])
        try:
            deadline = time.monotonic() + 30
            while not ready.exists():
                assert time.monotonic() < deadline and child.poll() is None
                time.sleep(0.02)
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait()
        assert listing(tmp_path) == ["r.docx", "ready"]
        assert target.read_bytes() == b"tidigare"


@pytest.mark.usefixtures("temp_mode")
class TestSet:
    """`kbfa documents`: all files or none; on disk full no file may be replaced."""

    def items(self, folder: Path, n: int = 4) -> list[tuple[Path, bytes]]:
        return [(folder / f"d{i}.docx", f"ny {i}".encode()) for i in range(n)]

    def test_writes_every_file(self, tmp_path: Path) -> None:
        """Every file is written and listed, in order."""
        items = self.items(tmp_path)
        assert write_outputs(items) == [str(p) for p, _ in items]
        assert [p.read_bytes() for p, _ in items] == [d for _, d in items]
        assert listing(tmp_path) == ["d0.docx", "d1.docx", "d2.docx", "d3.docx"]

    def test_a_full_disk_replaces_none(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """The disk fills at the third file: the earlier versions of all four stay."""
        items = self.items(tmp_path)
        for p, _ in items:
            p.write_bytes(b"tidigare")
        calls = {"n": 0}
        real_fsync = os.fsync

        def fills(fd: int) -> None:
            calls["n"] += 1
            if calls["n"] == 3:
                raise OSError(errno.ENOSPC, "No space left on device")
            real_fsync(fd)

        monkeypatch.setattr(writer.os, "fsync", fills)
        with pytest.raises(OutputError) as caught:
            write_outputs(items)
        assert "d2.docx: kunde inte skriva filen: disken är full (ENOSPC)" in str(caught.value)
        assert "ingen av de 4 filerna skrevs" in str(caught.value)
        assert [p.read_bytes() for p, _ in items] == [b"tidigare"] * 4
        assert listing(tmp_path) == ["d0.docx", "d1.docx", "d2.docx", "d3.docx"]

    def test_a_failure_among_the_renames_is_reported_exactly(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """If a rename fails after others succeeded, the message names which were written."""
        items = self.items(tmp_path, 3)
        for p, _ in items:
            p.write_bytes(b"tidigare")
        real_replace = os.replace

        def second_fails(src: str, dst: str) -> None:
            if str(dst).endswith("d1.docx"):
                raise PermissionError(errno.EACCES, "Permission denied")
            real_replace(src, dst)

        monkeypatch.setattr(writer.os, "replace", second_fails)
        with pytest.raises(OutputError) as caught:
            write_outputs(items)
        message = str(caught.value)
        assert f"Skrevs: {items[0][0]}." in message
        assert f"Skrevs inte (tidigare version kvar): {items[1][0]}, {items[2][0]}" in message
        assert [p.read_bytes() for p, _ in items] == [b"ny 0", b"tidigare", b"tidigare"]
        assert listing(tmp_path) == ["d0.docx", "d1.docx", "d2.docx"]

    def test_the_folder_is_made_only_when_files_are_written(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A new output folder that ends up empty is removed again (the review: left behind)."""
        folder = tmp_path / "ny" / "dok"

        def full(fd: int) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(writer.os, "fsync", full)
        with pytest.raises(OutputError):
            write_outputs(self.items(folder), directory=folder)
        assert listing(tmp_path) == []

    def test_a_refused_target_creates_no_folder(self, tmp_path: Path) -> None:
        """Targets are checked before the folder is made."""
        folder = tmp_path / "ny"
        with pytest.raises(OutputError, match="ska sluta på"):
            write_outputs([(folder / "a.txt", b"x")], suffixes=(".docx",), directory=folder)
        assert listing(tmp_path) == []

    def test_a_folder_that_is_a_file_is_refused(self, tmp_path: Path) -> None:
        """-o naming an existing file is refused and the file left alone."""
        path = tmp_path / "fil.txt"
        path.write_text("orörd", encoding="utf-8")
        with pytest.raises(OutputError, match="finns redan och är inte en katalog"):
            write_outputs([(path / "a.docx", b"x")], directory=path)
        assert path.read_text(encoding="utf-8") == "orörd"


class TestReadInput:
    """Finding 11: unbounded and blocking inputs."""

    def test_reads_a_regular_file(self, tmp_path: Path) -> None:
        path = tmp_path / "k.toml"
        path.write_bytes(b"x = 1\n")
        assert read_input(path) == b"x = 1\n"

    def test_a_missing_file(self, tmp_path: Path) -> None:
        with pytest.raises(InputRefused, match="filen finns inte") as caught:
            read_input(tmp_path / "nej.toml")
        assert caught.value.missing

    def test_a_folder(self, tmp_path: Path) -> None:
        with pytest.raises(InputRefused, match="är en katalog"):
            read_input(tmp_path)

    def test_a_fifo_without_a_writer_does_not_block(self, tmp_path: Path) -> None:
        """A FIFO is refused at once instead of waiting forever for a writer."""
        fifo = tmp_path / "x.toml"
        os.mkfifo(fifo)
        started = time.monotonic()
        with pytest.raises(InputRefused, match="inte en vanlig fil"):
            read_input(fifo)
        assert time.monotonic() - started < 2

    def test_an_endless_device_is_refused(self, tmp_path: Path) -> None:
        """A zero device (like /dev/zero, which grew to 11 GiB) is not read at all."""
        zero = tmp_path / "zero"
        make_node(zero, stat.S_IFCHR, os.makedev(1, 5))
        with pytest.raises(InputRefused, match="inte en vanlig fil"):
            read_input(zero)

    def test_a_file_over_the_limit(self, tmp_path: Path) -> None:
        """A file larger than the limit is refused before it is read."""
        path = tmp_path / "big.toml"
        path.write_bytes(b"#" * 2048)
        with pytest.raises(InputRefused, match="filen är för stor"):
            read_input(path, limit=1024)

    def test_standard_input_is_bounded_too(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """`-` reads standard input, and refuses more than the limit."""
        import io

        class Stdin:
            buffer = io.BytesIO(b"#" * 5000)

        monkeypatch.setattr(sys, "stdin", Stdin)
        with pytest.raises(InputRefused, match="mer än"):
            read_input("-", limit=1024)

    def test_a_nul_in_the_name(self) -> None:
        """A NUL in a path is a refused name, not a ValueError."""
        with pytest.raises(InputRefused, match="nolltecken"):
            read_input("a\0b")
