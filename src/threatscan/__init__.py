"""threatscan: find threats, solicitations of violence and doxxing in text.

The smallest use is one line::

    >>> import threatscan
    >>> threatscan.scan("I'd kill for a coffee right now").decision.value
    'pass'

Build a ``Scanner`` once to scan many texts with one configuration.
"""

from __future__ import annotations

from functools import lru_cache

from threatscan.config import ScanConfig, Thresholds
from threatscan.errors import (
    ConfigError,
    InputError,
    MissingDependencyError,
    SourceError,
    SourceNotFoundError,
    TextTooLongError,
    ThreatscanError,
    UnsupportedFormatError,
)
from threatscan.pipeline import Scanner
from threatscan.types import (
    SCHEMA_VERSION,
    Cue,
    Decision,
    Evidence,
    Label,
    LabelResult,
    Report,
    Severity,
)

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "ConfigError",
    "Cue",
    "Decision",
    "Evidence",
    "InputError",
    "Label",
    "LabelResult",
    "MissingDependencyError",
    "Report",
    "ScanConfig",
    "Scanner",
    "Severity",
    "SourceError",
    "SourceNotFoundError",
    "TextTooLongError",
    "ThreatscanError",
    "Thresholds",
    "UnsupportedFormatError",
    "__version__",
    "scan",
]


@lru_cache(maxsize=1)
def _default_scanner() -> Scanner:
    return Scanner()


def scan(text: str, *, id: str | None = None) -> Report:
    """Scan one text with the default configuration.

    Raises:
        InputError: ``text`` is not a string or is too long.
    """
    return _default_scanner().scan(text, id=id)
