"""Writing reports (--output, the Action's SARIF file) and fixed articles (--fix) without harming what is there.

- ``-`` is standard output.
- A symlink is followed on purpose: the file it points to gets the report, the link stays.
- A device, FIFO or socket (``/dev/null``, a named pipe a dashboard reads) is written
  to directly; it is never replaced by a regular file.
- A regular file with several hard links is rewritten in place, so every name sees
  the new report (not atomic: the links would break otherwise).
- Any other regular file is replaced atomically (a temporary file beside it, then a
  rename), keeping its permission bits, and its owner where allowed; a new file gets
  the permissions of the umask, as any other program's output would.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from pathlib import Path


def current_umask() -> int:
    """The process umask, read without changing it where the system allows."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)  # elsewhere: the classic read-by-setting (not thread-safe, done once)
    os.umask(mask)
    return mask


def write_report(destination: str | Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``destination`` as described above; OSError on failure."""
    if str(destination) == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    write_bytes(destination, text.encode("utf-8"))


def write_bytes(destination: str | Path, data: bytes) -> None:
    """Write ``data`` to the file ``destination`` as described above (also --fix's writer)."""
    target = Path(os.path.realpath(destination))
    try:
        info = os.stat(target)
    except FileNotFoundError:
        info = None
    if info is not None and not stat.S_ISREG(info.st_mode):
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(21, "is a folder", str(destination))
        _write_in_place(target, data, truncate=False)
    elif info is not None and info.st_nlink > 1:
        _write_in_place(target, data, truncate=True)
    else:
        _replace_atomically(target, data, info)


def _write_in_place(target: Path, data: bytes, truncate: bool) -> None:
    flags = os.O_WRONLY | (os.O_TRUNC if truncate else 0)
    fd = os.open(target, flags)
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
    finally:
        os.close(fd)


def _replace_atomically(target: Path, data: bytes, existing: os.stat_result | None) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if existing is not None:
                os.fchmod(handle.fileno(), stat.S_IMODE(existing.st_mode))
                try:
                    os.fchown(handle.fileno(), existing.st_uid, existing.st_gid)
                except PermissionError:
                    pass  # only root may give a file away; the new one is ours
            else:
                os.fchmod(handle.fileno(), 0o666 & ~current_umask())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
