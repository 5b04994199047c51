"""Writing output files: whole or not at all, never over an input, never over a device.

Every file kbfa writes (Word documents, the calendar, the overview, the schema, the
starting config) goes through :func:`write_output` or, for a set of files that
belong together, :func:`write_outputs`. What they promise:

- ``-`` is standard output. A path that *is* standard output or standard error
  (``/dev/stdout``, ``/proc/self/fd/1``, ``/dev/fd/2``) is written to that stream.
- A FIFO or a character device (``/dev/null``, a terminal) is written in place, never
  replaced by a regular file; a FIFO nobody reads from is refused instead of waited
  on. A block device, a socket or a directory is refused.
- A regular file is replaced through a new file in the same directory and one
  ``rename``: a reader sees the old file or the new one, never half of one. The new
  file keeps the mode (and, where allowed, the owner) of the file it replaces; a
  symbolic link is followed, so the link stays a link.
- On Linux the new file is created without a name (``O_TMPFILE``) and named only
  for the instant before the rename, so even ``kill -9`` leaves no stray file.
- A name is checked against the suffixes the output may have (``.ics``, ``.docx``),
  so a calendar never replaces a Word document by mistake. Devices are exempt.
- An input file (by identity, so a hard link or a symbolic link to it counts) is
  never written.
- Every failure is an :class:`~kbfa.errors.OutputError` naming the path and the
  reason in the user's language; a failed write leaves the earlier file as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

from kbfa.errors import OutputError
from kbfa.files._reasons import os_reason
from kbfa.i18n import Catalogue, Lang, render

__all__ = [
    "STDOUT",
    "Target",
    "check_output",
    "is_own_stream",
    "write_output",
    "write_outputs",
]

#: The name that means standard output.
STDOUT = "-"

PathLike = str | os.PathLike[str]

T: Catalogue = {
    "suffix": {
        "sv": "{path}: utfilen ska sluta på {suffixes}",
        "en": "{path}: the output file must end in {suffixes}",
    },
    "is_input": {
        "sv": "{path}: är en av indatafilerna och skrivs inte över; välj ett annat namn",
        "en": "{path}: is one of the input files and is not overwritten; choose another name",
    },
    "is_dir": {
        "sv": "{path}: är en katalog; ange ett filnamn",
        "en": "{path}: is a directory; give a file name",
    },
    "not_dir": {
        "sv": "{path}: finns redan och är inte en katalog",
        "en": "{path}: exists and is not a directory",
    },
    "no_dir": {
        "sv": "{path}: katalogen {dir} finns inte",
        "en": "{path}: the directory {dir} does not exist",
    },
    "exists": {
        "sv": "{path}: filen finns redan och skrivs inte över",
        "en": "{path}: the file already exists and is not overwritten",
    },
    "dangling": {
        "sv": "{path}: är en symbolisk länk till något som inte finns; ange en annan fil",
        "en": "{path}: is a symbolic link to something that does not exist; give another file",
    },
    "block_device": {
        "sv": "{path}: är en blockenhet (en disk); kbfa skriver inte dit",
        "en": "{path}: is a block device (a disk); kbfa does not write there",
    },
    "not_regular": {
        "sv": "{path}: är inte en vanlig fil, en FIFO eller en teckenenhet; kbfa skriver inte dit",
        "en": "{path}: is not a regular file, a FIFO or a character device; kbfa does not "
        "write there",
    },
    "no_reader": {
        "sv": "{path}: är en FIFO som inget program läser från; starta läsaren först",
        "en": "{path}: is a FIFO no program reads from; start the reader first",
    },
    "terminal": {
        "sv": "{path}: skriver inte ett Word-dokument till terminalen; ange en fil eller "
        "omdirigera standard ut (> fil)",
        "en": "{path}: will not write a Word document to the terminal; give a file or "
        "redirect standard output (> file)",
    },
    "bad_name": {
        "sv": "{path}: ogiltigt filnamn",
        "en": "{path}: invalid file name",
    },
    "failed": {
        "sv": "{path}: kunde inte skriva filen: {reason}; ingenting skrevs",
        "en": "{path}: could not write the file: {reason}; nothing was written",
    },
    "failed_set": {
        "sv": "{path}: kunde inte skriva filen: {reason}; ingen av de {n} filerna skrevs",
        "en": "{path}: could not write the file: {reason}; none of the {n} files was written",
    },
    "failed_stream": {
        "sv": "{path}: kunde inte skriva: {reason}",
        "en": "{path}: could not write: {reason}",
    },
    "partial": {
        "sv": "{path}: kunde inte skriva filen: {reason}. Skrevs: {written}. "
        "Skrevs inte (tidigare version kvar): {left}",
        "en": "{path}: could not write the file: {reason}. Written: {written}. "
        "Not written (earlier version kept): {left}",
    },
    "mkdir": {
        "sv": "{path}: katalogen kan inte skapas: {reason}",
        "en": "{path}: the directory cannot be created: {reason}",
    },
}


class Kind:
    """How a target is written. (Plain constants: this module is on `kbfa check`'s import
    path, where every class built at import time costs start-up.)"""

    NEW = "new"  # no file yet: create it (whole or not at all)
    REPLACE = "replace"  # a regular file: replace it whole
    STDOUT = "stdout"  # our standard output (or error), by name or by identity
    STDERR = "stderr"
    IN_PLACE = "in_place"  # a FIFO or a character device: write to it, never replace it


class Target(NamedTuple):
    """A checked output path: what it is shown as, where the bytes go, and how."""

    shown: str
    kind: str  # a Kind
    path: Path | None = None  # the file written (a symbolic link resolved)
    mode: int | None = None  # the mode to keep (REPLACE)
    owner: tuple[int, int] | None = None  # (uid, gid) to keep (REPLACE)
    fifo: bool = False

    @property
    def is_file(self) -> bool:
        """Whether the output becomes a file of its own (new or replaced), not a stream,
        a FIFO or a device."""
        return self.kind in (Kind.NEW, Kind.REPLACE)

    @property
    def replaces(self) -> Path | None:
        """The regular file this output replaces (so its earlier version can be read
        first), or None: a new file, standard output, a FIFO or a device."""
        return self.path if self.kind == Kind.REPLACE else None


def _fail(key: str, lang: Lang, **params: object) -> OutputError:
    return OutputError(render(T, key, lang, **params))


def _suffix_ok(name: str, suffixes: Sequence[str]) -> bool:
    return not suffixes or Path(name).suffix.lower() in suffixes


def _same_stream(st: os.stat_result, fd: int) -> bool:
    try:
        other = os.fstat(fd)
    except (OSError, ValueError):
        return False
    return (st.st_dev, st.st_ino) == (other.st_dev, other.st_ino)


def _stream_fd(stream: object) -> int | None:
    try:
        return int(stream.fileno())  # type: ignore[attr-defined]
    except (AttributeError, OSError, ValueError):
        return None


def _own_stream(st: os.stat_result) -> tuple[int, str] | None:
    """The descriptor and kind of this process's standard output or error, if ``st`` is it."""
    for fd, kind in ((_stream_fd(sys.stdout), Kind.STDOUT), (_stream_fd(sys.stderr), Kind.STDERR)):
        if fd is not None and _same_stream(st, fd):
            return fd, kind
    return None


def is_own_stream(path: PathLike) -> bool:
    """Whether ``path`` is ``-`` or names this process's standard output or error
    (``/dev/stdout``, ``/proc/self/fd/1``, ``/dev/fd/2``, or the very file they are
    redirected to).

    Writing there shows the data itself, so a command does not follow it with the
    "wrote PATH" line it prints for a file: on standard output that line would end up
    inside the data (an .ics or a Word document piped on to another program).
    """
    name = os.fspath(path)
    if name == STDOUT:
        return True
    try:
        st = os.stat(name)
    except (OSError, ValueError):
        return False
    return _own_stream(st) is not None


def _identities(paths: Iterable[PathLike]) -> set[tuple[int, int]]:
    found: set[tuple[int, int]] = set()
    for p in paths:
        if os.fspath(p) == STDOUT:
            continue
        with contextlib.suppress(OSError, ValueError):
            st = os.stat(p)
            found.add((st.st_dev, st.st_ino))
    return found


def check_output(
    path: PathLike,
    *,
    suffixes: Sequence[str] = (),
    protected: Iterable[PathLike] = (),
    overwrite: bool = True,
    binary: bool = False,
    directory_will_exist: bool = False,
    lang: Lang = "sv",
) -> Target:
    """Check ``path`` as an output without writing anything; raise :class:`OutputError`.

    Call it before long work, so a bad ``-o`` is reported at once. ``suffixes`` are the
    lower-case endings the file may have (empty: any). ``binary`` output (a Word
    document) is refused when it would go to a terminal.
    """
    name = os.fspath(path)
    shown = name
    suffixes = tuple(s.lower() for s in suffixes)
    shown_suffixes = ", ".join(suffixes)
    if name == STDOUT:
        fd = _stream_fd(sys.stdout)
        if binary and fd is not None and os.isatty(fd):
            raise _fail("terminal", lang, path=shown)
        return Target(shown, Kind.STDOUT)
    try:
        st = os.stat(name)
    except FileNotFoundError:
        if os.path.islink(name):
            raise _fail("dangling", lang, path=shown) from None
        if not _suffix_ok(name, suffixes):
            raise _fail("suffix", lang, path=shown, suffixes=shown_suffixes) from None
        parent = Path(name).parent
        if not directory_will_exist and not parent.is_dir():
            raise _fail("no_dir", lang, path=shown, dir=parent) from None
        return Target(shown, Kind.NEW, path=Path(name))
    except ValueError:  # an embedded NUL
        raise _fail("bad_name", lang, path=shown) from None
    except OSError as exc:
        raise _fail("failed", lang, path=shown, reason=os_reason(exc, lang)) from None
    own = _own_stream(st)
    if own is not None:
        fd, kind = own
        if binary and os.isatty(fd):
            raise _fail("terminal", lang, path=shown)
        return Target(shown, kind)
    if (st.st_dev, st.st_ino) in _identities(protected):
        raise _fail("is_input", lang, path=shown)
    mode = st.st_mode
    if stat.S_ISDIR(mode):
        raise _fail("is_dir", lang, path=shown)
    if stat.S_ISREG(mode):
        real = Path(os.path.realpath(name))
        if not (_suffix_ok(name, suffixes) and _suffix_ok(real.name, suffixes)):
            raise _fail("suffix", lang, path=shown, suffixes=shown_suffixes)
        if not overwrite:
            raise _fail("exists", lang, path=shown)
        keep = stat.S_IMODE(mode) & ~(stat.S_ISUID | stat.S_ISGID)
        return Target(shown, Kind.REPLACE, real, keep, (st.st_uid, st.st_gid))
    if stat.S_ISFIFO(mode) or stat.S_ISCHR(mode):
        if binary and stat.S_ISCHR(mode) and _is_terminal(name):
            raise _fail("terminal", lang, path=shown)
        return Target(shown, Kind.IN_PLACE, Path(name), fifo=stat.S_ISFIFO(mode))
    if stat.S_ISBLK(mode):
        raise _fail("block_device", lang, path=shown)
    raise _fail("not_regular", lang, path=shown)


def _is_terminal(name: str) -> bool:
    try:
        fd = os.open(name, os.O_WRONLY | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False
    try:
        return os.isatty(fd)
    finally:
        os.close(fd)


def write_output(
    path: PathLike,
    data: bytes | str,
    *,
    suffixes: Sequence[str] = (),
    protected: Iterable[PathLike] = (),
    overwrite: bool = True,
    binary: bool = False,
    lang: Lang = "sv",
) -> str:
    """Write ``data`` (text is written as UTF-8) to ``path``; return the path as shown.

    See the module docstring for what is promised. ``overwrite=False`` never replaces an
    existing file, even one created while this call runs. Raises :class:`OutputError`.
    """
    target = check_output(
        path,
        suffixes=suffixes,
        protected=protected,
        overwrite=overwrite,
        binary=binary,
        lang=lang,
    )
    raw = _as_bytes(data)
    if target.kind in (Kind.STDOUT, Kind.STDERR, Kind.IN_PLACE):
        _write_stream(target, raw, lang)
        return target.shown
    assert target.path is not None
    tmp: _Temp | None = None
    try:
        tmp = _Temp.create(target.path.parent, target.path.name, target)
        tmp.write(raw)
        if target.kind == Kind.NEW and not overwrite:
            tmp.link_to(target.path, lang, shown=target.shown)
        else:
            tmp.replace(target.path)
    except OSError as exc:
        raise _fail("failed", lang, path=target.shown, reason=os_reason(exc, lang)) from None
    finally:
        if tmp is not None:
            tmp.discard()
    _sync_directory(target.path.parent)
    return target.shown


def write_outputs(
    items: Sequence[tuple[PathLike, bytes | str]],
    *,
    suffixes: Sequence[str] = (),
    protected: Iterable[PathLike] = (),
    directory: PathLike | None = None,
    lang: Lang = "sv",
) -> list[str]:
    """Write several files that belong together: all of them, or none.

    ``directory`` (created with its parents if missing, and removed again if nothing
    could be written) is where the files go. Every target is checked and every file's
    bytes are on disk before the first one replaces an earlier version; the replacing
    renames come last. Should one of those renames still fail, the message names
    exactly which files were written and which kept their earlier version.
    """
    protected = list(protected)
    made: list[Path] = []
    if directory is not None:
        folder = Path(directory)
        if folder.exists() and not folder.is_dir():
            raise _fail("not_dir", lang, path=folder)
    targets = [
        check_output(
            p,
            suffixes=suffixes,
            protected=protected,
            directory_will_exist=directory is not None,
            lang=lang,
        )
        for p, _ in items
    ]
    if directory is not None:
        made = _make_directories(Path(directory), lang)
    temps: list[_Temp | None] = []
    written: list[str] = []
    try:
        _prepare(targets, items, temps, lang)
        for target, temp, (_, data) in zip(targets, temps, items, strict=True):
            try:
                if temp is None:
                    _write_stream(target, _as_bytes(data), lang)
                else:
                    assert target.path is not None
                    temp.replace(target.path)
            except (OSError, OutputError) as exc:
                reason = os_reason(exc, lang) if isinstance(exc, OSError) else str(exc)
                left = [t.shown for t in targets[len(written) :]]
                raise _fail(
                    "partial",
                    lang,
                    path=target.shown,
                    reason=reason,
                    written=", ".join(written) or "-",
                    left=", ".join(left),
                ) from None
            written.append(target.shown)
    finally:
        for temp in temps:
            if temp is not None:
                temp.discard()
        if not written:
            for folder in reversed(made):
                with contextlib.suppress(OSError):
                    folder.rmdir()
    for folder in {t.path.parent for t in targets if t.path is not None}:
        _sync_directory(folder)
    return written


def _prepare(
    targets: Sequence[Target],
    items: Sequence[tuple[PathLike, bytes | str]],
    temps: list[_Temp | None],
    lang: Lang,
) -> None:
    """Put every new file's bytes on disk under a hidden name; nothing is replaced yet.

    The temporary files are appended to ``temps`` as they are made, so the caller can
    remove them whatever happens.
    """
    failing = targets[0] if targets else None
    try:
        for target, (_, data) in zip(targets, items, strict=True):
            failing = target
            if target.kind not in (Kind.NEW, Kind.REPLACE):
                temps.append(None)
                continue
            assert target.path is not None
            temp = _Temp.create(target.path.parent, target.path.name, target)
            temps.append(temp)
            temp.write(_as_bytes(data))
        for target, made in zip(targets, temps, strict=True):
            failing = target
            if made is not None:
                made.materialise()
    except OSError as exc:
        reason = os_reason(exc, lang)
        shown = failing.shown if failing is not None else ""
        raise _fail("failed_set", lang, path=shown, reason=reason, n=len(targets)) from None


def _as_bytes(data: bytes | str) -> bytes:
    return data.encode("utf-8") if isinstance(data, str) else data


def _make_directories(directory: Path, lang: Lang) -> list[Path]:
    """Create ``directory`` and missing parents; return the ones created, outermost first."""
    missing: list[Path] = []
    probe = directory
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    made: list[Path] = []
    for folder in reversed(missing):
        try:
            folder.mkdir()
        except FileExistsError:
            continue
        except OSError as exc:
            for done in reversed(made):
                with contextlib.suppress(OSError):
                    done.rmdir()
            raise _fail("mkdir", lang, path=folder, reason=os_reason(exc, lang)) from None
        made.append(folder)
    return made


def _write_stream(target: Target, raw: bytes, lang: Lang) -> None:
    """Write to standard output/error or in place to a FIFO or a device."""
    if target.kind in (Kind.STDOUT, Kind.STDERR):
        stream = sys.stdout if target.kind == Kind.STDOUT else sys.stderr
        stream.flush()
        buffer = getattr(stream, "buffer", None)
        if buffer is None:  # a text-only stream (e.g. a test's StringIO)
            stream.write(raw.decode("utf-8", "replace"))
        else:
            buffer.write(raw)
            buffer.flush()
        return
    assert target.path is not None
    flags = os.O_WRONLY | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    if target.fifo:
        flags |= os.O_NONBLOCK  # so a FIFO without a reader fails at once (ENXIO)
    try:
        fd = os.open(target.path, flags)
    except OSError as exc:
        if target.fifo and exc.errno == errno.ENXIO:
            raise _fail("no_reader", lang, path=target.shown) from None
        raise _fail("failed_stream", lang, path=target.shown, reason=os_reason(exc, lang)) from None
    try:
        if target.fifo:
            os.set_blocking(fd, True)
        _write_all(fd, raw)
    except OSError as exc:
        raise _fail("failed_stream", lang, path=target.shown, reason=os_reason(exc, lang)) from None
    finally:
        os.close(fd)


def _write_all(fd: int, raw: bytes) -> None:
    view = memoryview(raw)
    while view:
        n = os.write(fd, view)
        view = view[n:]


def _sync_directory(directory: Path) -> None:
    """Make the rename durable (best effort: not every system can open a directory)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# O_TMPFILE needs /proc to give the file a name afterwards (linkat through /proc/self/fd).
_TMPFILE = getattr(os, "O_TMPFILE", 0) if os.path.isdir("/proc/self/fd") else 0
# File systems without O_TMPFILE say so in one of these ways (old kernels: EISDIR).
_NO_TMPFILE_ERRNOS = {errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL}


def _chmod(fd: int, name: str | None, mode: int) -> None:
    if hasattr(os, "fchmod"):
        os.fchmod(fd, mode)
    elif name is not None:  # Windows before Python 3.13
        os.chmod(name, mode)


class _Temp:
    """The new file's content, written before it is put in place.

    With ``O_TMPFILE`` (Linux) it has no name until :meth:`materialise`, just before the
    rename, so a killed run leaves nothing behind. Elsewhere it is a hidden
    ``.<name>.<random>.tmp`` file beside the target, removed on every failure.
    """

    def __init__(self, fd: int, directory: Path, stem: str, name: str | None) -> None:
        self.fd: int | None = fd
        self.directory = directory
        self.stem = stem
        self.name = name

    @classmethod
    def create(cls, directory: Path, stem: str, target: Target) -> _Temp:
        fd: int | None = None
        if _TMPFILE:
            try:
                fd = os.open(directory, _TMPFILE | os.O_WRONLY | os.O_CLOEXEC, 0o666)
            except OSError as exc:
                if exc.errno not in _NO_TMPFILE_ERRNOS:
                    raise
        if fd is not None:
            tmp = cls(fd, directory, stem, None)
        else:
            import tempfile  # only where there is no O_TMPFILE: it costs `kbfa check` 5 ms

            fd, name = tempfile.mkstemp(prefix=f".{stem}.", suffix=".tmp", dir=directory)
            tmp = cls(fd, directory, stem, name)
        try:
            if (
                target.owner is not None
                and hasattr(os, "fchown")
                and target.owner != (os.getuid(), os.getgid())
            ):
                with contextlib.suppress(OSError):  # only root may give a file away
                    os.fchown(fd, *target.owner)
            if target.mode is not None:
                _chmod(fd, tmp.name, target.mode)
            elif tmp.name is not None:
                # mkstemp makes the file private; a new output is an ordinary file.
                _chmod(fd, tmp.name, 0o666 & ~_umask())
        except BaseException:
            tmp.discard()
            raise
        return tmp

    def write(self, raw: bytes) -> None:
        assert self.fd is not None
        _write_all(self.fd, raw)
        os.fsync(self.fd)

    def materialise(self) -> None:
        """Give an unnamed file a (hidden, random) name in its directory."""
        if self.name is not None:
            return
        import secrets

        while True:
            name = f".{self.stem}.{secrets.token_hex(4)}.tmp"
            try:
                self._link_unnamed(name)
            except FileExistsError:
                continue
            self.name = os.fspath(self.directory / name)
            return

    def _link_unnamed(self, name: str) -> None:
        """linkat(2) through /proc/self/fd with AT_SYMLINK_FOLLOW, as open(2) documents.

        Python calls plain link(2), which does not follow the magic link, unless a
        directory descriptor is given: hence ``dst_dir_fd``.
        """
        folder = os.open(self.directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.link(f"/proc/self/fd/{self.fd}", name, dst_dir_fd=folder, follow_symlinks=True)
        finally:
            os.close(folder)

    def replace(self, target: Path) -> None:
        self.materialise()
        assert self.name is not None
        os.replace(self.name, target)
        self.name = None

    def link_to(self, target: Path, lang: Lang, *, shown: str) -> None:
        """Put the file at ``target`` only if nothing is there (no clobbering, even in a race)."""
        try:
            if self.name is not None:
                os.link(self.name, target)
            else:
                assert target.parent == self.directory
                self._link_unnamed(target.name)
        except FileExistsError:
            raise _fail("exists", lang, path=shown) from None
        except OSError:
            # Some file systems (FAT, some network shares) have no hard links; the check
            # before leaves only a tiny window in which another writer could slip in.
            if target.exists():
                raise _fail("exists", lang, path=shown) from None
            self.replace(target)

    def discard(self) -> None:
        if self.fd is not None:
            with contextlib.suppress(OSError):
                os.close(self.fd)
            self.fd = None
        if self.name is not None:
            with contextlib.suppress(OSError):
                os.unlink(self.name)
            self.name = None
