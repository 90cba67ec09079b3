"""`qa-lint serve`: the pre-publish HTTP service and the editor page.

FastAPI and uvicorn are imported only when the server starts, so
`qa-lint check` neither pays for them nor needs them installed.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import sys

from ..i18n import notice as _

DEFAULT_MAX_BYTES = 1_000_000
REQUEST_SECONDS = 20.0


def add_parser(subparsers) -> None:
    serve = subparsers.add_parser("serve", help="run the pre-publish HTTP service and the editor page")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    serve.add_argument("--port", type=_port, default=8000, help="port to listen on; 0 picks a free one (default: 8000)")
    serve.add_argument("--max-bytes", type=_positive_int, default=DEFAULT_MAX_BYTES, metavar="N",
                       help=f"largest request body accepted, in bytes (default: {DEFAULT_MAX_BYTES})")
    serve.add_argument("--token", default=None,
                       help="require 'Authorization: Bearer TOKEN' on /v1/ (default: $QA_LINT_TOKEN; none = open)")
    serve.add_argument("--workers", type=_positive_int, default=None, metavar="N",
                       help="check requests on N processes at once, one set of rules each (default: one per core; "
                            "1, in the server's process, where processes cannot fork)")
    serve.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    # The server keeps the sources that backends (LanguageTool) create for its whole lifetime.
    from ..cli import add_lint_options

    # An editor waits for the answer: a request's rules get less time than a batch run's.
    add_lint_options(serve, fail_on_help="default blocking threshold (default: config, else warning)", backends=True,
                     timeout=REQUEST_SECONDS)
    serve.set_defaults(handler=run)


def _port(value: str) -> int:
    if not value.isdigit() or int(value) > 65535:
        raise argparse.ArgumentTypeError(f"a port is a number from 0 to 65535, not {value!r}")
    return int(value)


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number <= 0:
        raise argparse.ArgumentTypeError("must be greater than 0")
    return number


def default_workers() -> int:
    """One worker per core this process may run on, so that concurrent requests are checked
    at once (8 clients on one worker queued: p95 191 ms); 1 where processes cannot fork."""
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # macOS: no affinity
        cores = os.cpu_count() or 1
    return max(1, cores)


def run(args) -> int:
    """Load the packs once, bind the socket, serve until Ctrl-C."""
    try:
        import uvicorn

        from .app import create_app
    except ImportError as exc:
        print("qa-lint: " + _("the server needs FastAPI and uvicorn ({missing} is missing): {command}").format(
            missing=exc.name, command="pip install 'qa-lint[server]'"), file=sys.stderr)
        return 2
    from ..cli import make_linter

    token = args.token if args.token is not None else os.environ.get("QA_LINT_TOKEN") or None
    linter = make_linter(args)
    app = None
    try:
        workers = args.workers if args.workers is not None else default_workers()
        app = create_app(linter, max_bytes=args.max_bytes, token=token, workers=workers)
        # Binding ourselves gives a clear message for a busy port and lets
        # --port 0 report the port it actually got.
        try:
            sock = _bind(args.host, args.port)
        except OSError as exc:
            print("qa-lint: " + _("cannot listen on {address}: {reason}").format(address=f"{args.host}:{args.port}",
                                                                               reason=exc.strerror or exc), file=sys.stderr)
            return 2
        host, port = sock.getsockname()[:2]
        shown = f"[{host}]" if ":" in host else host
        # Not translated: scripts and tests read the address from this line.
        print(f"qa-lint: serving on http://{shown}:{port}/ (Ctrl-C to stop)", file=sys.stderr, flush=True)
        config = uvicorn.Config(app, log_level=args.log_level, access_log=args.log_level == "debug", server_header=False)
        server = uvicorn.Server(config)
        # uvicorn catches SIGINT/SIGTERM, stops accepting, finishes open
        # requests, then re-raises the signal; both end here as a clean stop.
        previous = signal.signal(signal.SIGTERM, _stop)
        try:
            server.run(sockets=[sock])
        except (KeyboardInterrupt, _Stopped):
            pass
        finally:
            signal.signal(signal.SIGTERM, previous)
            sock.close()
    finally:
        pool = getattr(app.state, "pool", None) if app is not None else None
        if pool is not None:
            pool.close()
        linter.close()
    print("qa-lint: " + _("server stopped"), file=sys.stderr)
    return 0


class _Stopped(Exception):
    pass


def _stop(signum, frame):
    raise _Stopped()


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY on accepted connections only when the
    # socket says it is TCP; without it each answer waits for the client's delayed ACK (~40 ms).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        sock.bind((host, port))
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock
