"""A Qt-free message catalogue for text outside the GUI: CLI messages, errors and PDF labels.

The GUI uses Qt Linguist; everything below the GUI uses :func:`t`. Every key must exist in every
language (a test checks it), and placeholders must match across languages.
"""

from __future__ import annotations

import os
from typing import Final

from workshop.messages import MESSAGES

LANGUAGES: Final = ("nb", "en")
DEFAULT_LANGUAGE: Final = "nb"


def normalise_language(code: str | None) -> str:
    """Map a locale code to a supported language: nb, nn and no become bokmål."""
    if not code:
        return DEFAULT_LANGUAGE
    base = code.replace("-", "_").split("_")[0].split(".")[0].lower()
    if base in ("nb", "nn", "no"):
        return "nb"
    if base in ("en", "c", "posix"):
        return "en"
    return "en"


def system_language() -> str:
    """The language of the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else bokmål."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return normalise_language(value.split(":")[0])
    return DEFAULT_LANGUAGE


def t(key: str, language: str | None = None, /, **params: object) -> str:
    """Translate ``key`` into ``language`` (default: the system language) and fill placeholders."""
    lang = language if language in LANGUAGES else system_language()
    entry = MESSAGES[key]
    text = entry[lang]
    return text.format(**params) if params else text
