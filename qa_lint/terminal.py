"""The terminal's manners: colour when it is a terminal, a progress bar on stderr for
long runs, nothing of either when output is piped or NO_COLOR is set."""

from __future__ import annotations

import os
import sys
import time
from typing import Any

# A run shorter than this shows no progress bar at all.
PROGRESS_AFTER_SECONDS = 0.5


def is_terminal(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def use_colour(choice: str, stream=None) -> bool:
    """--color auto|always|never; auto: a terminal, NO_COLOR unset (https://no-color.org), TERM not dumb."""
    if choice == "always":
        return True
    if choice == "never":
        return False
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return is_terminal(stream or sys.stdout) and os.environ.get("TERM") != "dumb"


def same_terminal(a, b) -> bool:
    try:
        return os.path.samestat(os.fstat(a.fileno()), os.fstat(b.fileno()))
    except (AttributeError, ValueError, OSError):
        return False


class Progress:
    """A progress bar on stderr (rich), shown once a run has lasted PROGRESS_AFTER_SECONDS
    with files still to go, and only when stderr is a terminal. Lines printed while it is
    shown go above it."""

    def __init__(self, enabled: bool, colour: bool = True):
        self.enabled = enabled and is_terminal(sys.stderr)
        self.colour = colour
        self.started = time.monotonic()
        self._bar: Any = None  # rich.progress.Progress, imported only when shown
        self._task: Any = None

    def advance(self, done: int, total: int, path: str) -> None:
        if not self.enabled or total <= 1:
            return
        if self._bar is None:
            if done >= total or time.monotonic() - self.started < PROGRESS_AFTER_SECONDS:
                return
            self._start(total)
        self._bar.update(self._task, completed=done, total=total, description=_short(path))

    def _start(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
        from rich.progress import Progress as Bar

        console = Console(file=sys.stderr, no_color=not self.colour, highlight=False)
        self._bar = Bar(TextColumn("checking"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                        TextColumn("{task.description}"), console=console, transient=True,
                        redirect_stdout=False, redirect_stderr=False)
        self._task = self._bar.add_task("", total=total)
        self._bar.start()

    def write(self, text: str) -> None:
        """Output for stdout: above the bar when both are the same terminal."""
        if self._bar is not None and same_terminal(sys.stdout, sys.stderr):
            from rich.text import Text

            # Through the bar's console, which draws the bar again below; our ANSI colours kept.
            self._bar.console.print(Text.from_ansi(text.rstrip("\n")), soft_wrap=True, highlight=False)
        else:
            sys.stdout.write(text)
            sys.stdout.flush()

    def stop(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None


def _short(path: str, width: int = 40) -> str:
    return path if len(path) <= width else "…" + path[-(width - 1):]


TEXT_FORMATS = ("text", "concise", "grouped")


class View:
    """What `qa-lint check` shows while it runs: each file's findings as soon as the file
    is done (the text formats on stdout), a progress bar on stderr, --diff's diffs.

    The text format is grouped by file on a terminal and concise when piped or written
    to a file, so scripts and editors' error parsers always get one finding per line
    with its path."""

    def __init__(self, fmt: str, color: str = "auto", quiet: bool = False, progress: bool = True,
                 to_file: bool = False, listing: bool = True):
        text = fmt in TEXT_FORMATS and not to_file
        self.colour = text and use_colour(color, sys.stdout)
        self.style = "grouped" if fmt == "grouped" or (fmt == "text" and not to_file and is_terminal(sys.stdout)) else "concise"
        self.streamed = text and listing and not quiet
        self.quiet = quiet
        self.progress = Progress(progress and not quiet, colour=use_colour(color, sys.stderr))

    def file_done(self, file_result, context, done: int, total: int, diff: str = "") -> None:
        from .reporters import text

        if self.streamed:
            lines = text.file_lines(file_result, context)
            if lines:
                self.progress.write("\n".join(lines) + "\n")
        if diff and not self.quiet:
            self.progress.write(diff)
        self.progress.advance(done, total, file_result.path)

    def stop(self) -> None:
        self.progress.stop()
