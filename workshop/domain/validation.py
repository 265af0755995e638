"""Small helpers that check parsed TOML data and say exactly what is wrong and where."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from workshop.errors import FrameworkError
from workshop.i18n import FALLBACK, LANGUAGES
from workshop.incoming import NotAFileError, TooLargeError, read_limited

# A framework or template file is a few dozen kilobytes (the Innovation poster's is 35 kB); one
# at the validator's upper limits stays far below this. Never read past it.
MAX_TOML_BYTES = 8 * 1024 * 1024

# Every text of a framework or template file has bokmål and English; nynorsk is optional, and a
# text without it takes the bokmål one (FALLBACK), so a parsed text has every language.


def no_text() -> dict[str, str]:
    """An optional text that is absent: empty in every language."""
    return dict.fromkeys(LANGUAGES, "")


def no_texts() -> dict[str, list[str]]:
    """An optional list of texts that is absent: empty in every language."""
    return {lang: [] for lang in LANGUAGES}


class InvalidFileError(FrameworkError):
    """``file_invalid``: the problem is rendered in the language the message is asked for."""

    def __init__(self, source: str, where: str, problem_key: str, /, **problem_params: object):
        self.problem_key = problem_key
        self.problem_params = problem_params
        super().__init__("file_invalid", file=source, where=where)

    def message(self, language: str | None = None) -> str:
        from workshop.i18n import t

        problem = t(self.problem_key, language, **self.problem_params)
        return t(self.key, language, problem=problem, **self.params)


class Checker:
    """Reads values out of a parsed mapping, raising FrameworkError naming file and place."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, problem_key: str, **params: object) -> FrameworkError:
        return InvalidFileError(self.source, where, problem_key, **params)

    def get(self, data: dict[str, Any], key: str, where: str, kind: type | tuple[type, ...]):
        if key not in data:
            raise self.fail(where, "problem_missing", key=key)
        value = data[key]
        if kind is int and isinstance(value, bool):
            raise self.fail(where, "problem_type", key=key, expected="integer")
        if not isinstance(value, kind):
            expected = (
                kind.__name__ if isinstance(kind, type) else "/".join(k.__name__ for k in kind)
            )
            raise self.fail(where, "problem_type", key=key, expected=expected)
        return value

    def text(
        self,
        data: dict[str, Any],
        key: str,
        where: str,
        *,
        allow_empty: bool = False,
        limit: int | None = None,
    ):
        """A ``{nb = "...", nn = "...", en = "..."}`` table; without ``nn``, nynorsk is bokmål.

        ``limit``: the most characters a text may have in any language."""
        pair = self.get(data, key, where, dict)
        result: dict[str, str] = {}
        for lang in LANGUAGES:
            if lang not in pair and lang in FALLBACK:
                result[lang] = result[FALLBACK[lang]]
                continue
            value = self.get(pair, lang, f"{where}.{key}", str)
            if not value.strip() and not allow_empty:
                raise self.fail(f"{where}.{key}", "problem_empty", key=lang)
            if limit is not None and len(value) > limit:
                raise self.fail(f"{where}.{key}", "problem_too_long", key=lang, limit=limit)
            result[lang] = value
        return result

    def text_list(
        self,
        data: dict[str, Any],
        key: str,
        where: str,
        *,
        same_length: bool = True,
        limit: tuple[int, int] | None = None,
    ):
        """Lists per language (``nn`` optional, as in :meth:`text`); same length when asked.

        ``limit``: (most items, most characters of an item)."""
        pair = self.get(data, key, where, dict)
        result: dict[str, list[str]] = {}
        for lang in LANGUAGES:
            if lang not in pair and lang in FALLBACK:
                result[lang] = list(result[FALLBACK[lang]])
                continue
            items = self.get(pair, lang, f"{where}.{key}", list)
            if not all(isinstance(i, str) and i.strip() for i in items):
                raise self.fail(f"{where}.{key}.{lang}", "problem_list_of_text")
            if limit is not None:
                self.at_most(items, limit[0], f"{where}.{key}", lang)
                if any(len(i) > limit[1] for i in items):
                    raise self.fail(f"{where}.{key}", "problem_too_long", key=lang, limit=limit[1])
            result[lang] = list(items)
        if same_length and len({len(items) for items in result.values()}) > 1:
            raise self.fail(f"{where}.{key}", "problem_lengths_differ")
        return result

    def at_most(self, items: list, limit: int, where: str, key: str) -> None:
        if len(items) > limit:
            raise self.fail(where, "problem_too_many", key=key, limit=limit)

    def ident(self, data: dict[str, Any], key: str, where: str, limit: int) -> str:
        """A non-empty one-line id of at most ``limit`` characters."""
        value = self.get(data, key, where, str).strip()
        if not value:
            raise self.fail(where, "problem_empty", key=key)
        if len(value) > limit:
            raise self.fail(where, "problem_too_long", key=key, limit=limit)
        return value


def read_toml(path: Path) -> dict[str, Any]:
    """Parse a TOML file or raise FrameworkError naming the file and the parser's complaint.

    An ordinary file only (not a folder, ``/dev/zero`` or a FIFO, which would be read without
    end or wait for a writer), never read past :data:`MAX_TOML_BYTES`.
    """
    try:
        return tomllib.loads(read_limited(path, MAX_TOML_BYTES).decode("utf-8"))
    except FileNotFoundError:
        raise FrameworkError("file_not_found", file=str(path)) from None
    except NotAFileError as exc:
        key = "file_is_folder" if exc.kind == "directory" else "file_not_regular"
        raise FrameworkError(key, file=str(path)) from None
    except TooLargeError:
        raise FrameworkError(
            "file_too_large", file=str(path), limit=MAX_TOML_BYTES // (1024 * 1024)
        ) from None
    except UnicodeDecodeError:
        raise FrameworkError("file_not_utf8", file=str(path)) from None
    except tomllib.TOMLDecodeError as exc:
        raise FrameworkError("file_not_toml", file=str(path), detail=str(exc)) from None
    except OSError as exc:
        raise FrameworkError("file_unreadable", file=str(path), detail=exc.strerror or "") from None
