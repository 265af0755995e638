"""Errors a user can cause and must be told about in their own language."""

from __future__ import annotations

from workshop.i18n import t


class VerkstedError(Exception):
    """An error with a catalogue key; ``message(lang)`` renders it for the user."""

    exit_code = 1

    def __init__(self, key: str, /, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(self.message("en"))

    def message(self, language: str | None = None) -> str:
        return t(self.key, language, **self.params)


class NotFoundError(VerkstedError):
    """A session, note, template, backup… that does not exist."""


class InvalidInputError(VerkstedError):
    """A value the user gave that cannot be used."""


class LibraryError(VerkstedError):
    """The library file cannot be opened or used."""


class FrameworkError(VerkstedError):
    """A framework or template file is broken."""


class ImportFileError(VerkstedError):
    """A file to import is refused as a whole."""


class SessionLockedError(VerkstedError):
    """A change to a session whose minutes are approved (reopen it first)."""
