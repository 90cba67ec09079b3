"""Keeps a LanguageTool server from outliving the qa-lint that started it.

    python -m qa_lint.languagetool.watchdog --remove FILE ... -- java -cp ... HTTPServer ...

Started by LocalServer with a pipe on its standard input. It runs the command,
then waits: when the pipe closes - qa-lint stopped the server, exited, crashed or
was killed with SIGKILL, which no signal handler can catch - it stops the server
and removes the server's temporary files. When the server exits by itself, the
watchdog exits with its code, so LocalServer sees why it is gone.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading

GRACE_SECONDS = 5.0


def main(argv: list[str]) -> int:
    if "--" not in argv:
        print("usage: watchdog [--remove FILE ...] -- COMMAND ...", file=sys.stderr)
        return 2
    split = argv.index("--")
    options, command = argv[:split], argv[split + 1:]
    removable = [options[i + 1] for i, arg in enumerate(options[:-1]) if arg == "--remove"]
    # qa-lint's Ctrl-C or SIGTERM to the whole group reaches the server directly; the
    # watchdog itself goes on until the server is gone and the files are removed.
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, signal.SIG_IGN)
    server = subprocess.Popen(command, stdin=subprocess.DEVNULL, restore_signals=True,
                              preexec_fn=_default_signals)
    threading.Thread(target=_watch_parent, args=(server,), daemon=True).start()
    code = server.wait()
    for path in removable:
        try:
            os.unlink(path)
        except OSError:
            pass
    return code if code >= 0 else 128 - code


def _default_signals() -> None:
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, signal.SIG_DFL)


def _watch_parent(server: subprocess.Popen) -> None:
    """Block until qa-lint's end of the pipe closes, then stop the server."""
    try:
        while sys.stdin.buffer.read(4096):
            pass
    except OSError:
        pass
    if server.poll() is None:
        server.terminate()
        try:
            server.wait(timeout=GRACE_SECONDS)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
