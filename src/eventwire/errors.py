"""One exception tree for the whole package.

Every error a user can cause is an `EventwireError`; the CLI prints its message as one line
and exits non-zero, and the API maps it to its JSON error shape.
"""

from __future__ import annotations


class EventwireError(Exception):
    """Base of every domain error: the message is meant for the user, as one line."""

    exit_code = 1


class InputError(EventwireError):
    """An input is not a readable article (empty, binary, bad encoding, malformed line...)."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


class DateError(EventwireError):
    """A publication date that cannot be parsed as YYYY-MM-DD."""


class LedgerError(EventwireError):
    """The ledger cannot be opened, migrated or written."""


class ModelError(EventwireError):
    """A packaged model or resource is missing or unusable."""


class GazetteerError(ModelError):
    """The place index is missing or cannot be built."""


class EvaluationError(EventwireError):
    """Gold data for an evaluation is missing or malformed."""


class ConfigError(EventwireError):
    """A setting has a value that cannot be used."""
