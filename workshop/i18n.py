"""A Qt-free message catalogue for text outside the GUI: CLI messages, errors and PDF labels.

The GUI uses Qt Linguist; everything below the GUI uses :func:`t`. Every key must exist in every
language (a test checks it), and placeholders must match across languages.

:data:`LANGUAGES` is the one list of languages Verksted speaks: the GUI's language setting, the
session's language in the wizard, the export dialog, the CLI's ``--language`` and the documents
all offer exactly these, named by :data:`LANGUAGE_NAMES`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Final, TypeVar

from workshop.messages import MESSAGES

LANGUAGES: Final = ("nb", "nn", "en")
DEFAULT_LANGUAGE: Final = "nb"
# Each language under its own name, as language pickers show them.
LANGUAGE_NAMES: Final = {"nb": "Norsk bokmål", "nn": "Norsk nynorsk", "en": "English"}
# BCP 47 tags for documents (PDF /Lang, XMP dc:language, HTML lang).
LANGUAGE_TAGS: Final = {"nb": "nb-NO", "nn": "nn-NO", "en": "en-GB"}
# Where a text has no version in a language, the one shown instead: nynorsk falls back to bokmål
# (a municipality's own framework or template file may have only bokmål and English).
FALLBACK: Final = {"nn": "nb"}

T = TypeVar("T")


def normalise_language(code: str | None) -> str:
    """Map a locale code to a supported language: nb and no are bokmål, nn is nynorsk."""
    if not code:
        return DEFAULT_LANGUAGE
    base = code.replace("-", "_").split("_")[0].split(".")[0].lower()
    if base in ("nb", "no"):
        return "nb"
    if base == "nn":
        return "nn"
    return "en"


def system_language() -> str:
    """The language of the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else bokmål."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return normalise_language(value.split(":")[0])
    return DEFAULT_LANGUAGE


def localised(texts: Mapping[str, T], language: str) -> T:
    """``texts[language]``, else the fallback language's (nn → nb), else bokmål's.

    For texts kept per language in files and snapshots (framework, templates, labels): a file or
    an old session without nynorsk shows its bokmål text.
    """
    for lang in (language, FALLBACK.get(language), DEFAULT_LANGUAGE):
        if lang is not None and texts.get(lang):
            return texts[lang]
    if language in texts:
        return texts[language]  # empty in every language
    return texts[DEFAULT_LANGUAGE]


def t(key: str, language: str | None = None, /, **params: object) -> str:
    """Translate ``key`` into ``language`` (default: the system language) and fill placeholders."""
    lang = language if language in LANGUAGES else system_language()
    text = localised(MESSAGES[key], lang)
    return text.format(**params) if params else text
