"""qa-lint: a misinformation and translation-error QA linter for news content."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("qa-lint")
except PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0.0.0+source"
