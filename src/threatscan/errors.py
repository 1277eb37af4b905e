"""The threatscan exception tree.

Every error raised by the public API is a ``ThreatscanError``; each class
carries a stable ``code`` (used in error rows and API problem+json), the HTTP
status an API maps it to, and the CLI exit code::

    ThreatscanError                   code          http  exit
    ├── ConfigError                   config          500     5
    ├── InputError                    input           422     7
    │   └── TextTooLongError          text_too_long   413     7
    ├── SourceError                   source          400     3
    │   ├── SourceNotFoundError       not_found       404     3
    │   ├── UnsupportedFormatError    format          415     4
    │   └── DataError                 data            422     3
    └── MissingDependencyError        dependency      500     6

A message always says how to fix the problem.
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "DataError",
    "InputError",
    "MissingDependencyError",
    "SourceError",
    "SourceNotFoundError",
    "TextTooLongError",
    "ThreatscanError",
    "UnsupportedFormatError",
]


class ThreatscanError(Exception):
    """Base class of every threatscan error."""

    code = "error"
    http_status = 500
    exit_code = 70


class ConfigError(ThreatscanError):
    """A configuration or policy file is invalid; raised when a Scanner is built."""

    code = "config"
    http_status = 500
    exit_code = 5


class InputError(ThreatscanError):
    """One input text cannot be scanned (not a string, invalid, binary)."""

    code = "input"
    http_status = 422
    exit_code = 7


class TextTooLongError(InputError):
    """A text is longer than ``ScanConfig.max_chars``."""

    code = "text_too_long"
    http_status = 413


class SourceError(ThreatscanError):
    """An input source (file, stream) cannot be read at all."""

    code = "source"
    http_status = 400
    exit_code = 3


class SourceNotFoundError(SourceError):
    """An input file does not exist."""

    code = "not_found"
    http_status = 404


class UnsupportedFormatError(SourceError):
    """A file format is not one threatscan reads or writes."""

    code = "format"
    http_status = 415
    exit_code = 4


class DataError(SourceError):
    """Labelled data (evaluation or tuning) is invalid: a bad row, value or split."""

    code = "data"
    http_status = 422


class MissingDependencyError(ThreatscanError):
    """An optional extra is needed for this feature but not installed."""

    code = "dependency"
    http_status = 500
    exit_code = 6
