"""Named exceptions, each with a message that says what to do."""

from __future__ import annotations


class KabarError(Exception):
    """Base class: every error kabar raises on purpose."""


class InputError(KabarError):
    """An input could not be read or used (missing, binary, undecodable, empty, too large, malformed)."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class StoreError(KabarError):
    """The store could not be opened or written."""


class NotFound(KabarError):
    """A story or article id that is not in the store."""


class MissingDependency(KabarError):
    def __init__(self, package: str, extra: str):
        super().__init__(
            f"this feature needs the optional package '{package}': pip install 'kabar[{extra}]'"
        )
