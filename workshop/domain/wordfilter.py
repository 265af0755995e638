"""The optional word filter for notes from phones: a short bokmål list of abuse and slurs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from workshop.paths import resource

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class WordFilter:
    words: frozenset[str]
    stems: tuple[str, ...]

    @classmethod
    def from_lines(cls, lines: list[str]) -> WordFilter:
        words: set[str] = set()
        stems: list[str] = []
        for line in lines:
            entry = line.split("#", 1)[0].strip().casefold()
            if not entry:
                continue
            if entry.endswith("*"):
                stems.append(entry[:-1])
            else:
                words.add(entry)
        return cls(frozenset(words), tuple(sorted(set(stems))))

    def matches(self, text: str) -> bool:
        """True when a word of ``text`` is on the list (case and accents as written)."""
        for word in _WORD.findall(text.casefold()):
            if word in self.words or word.startswith(self.stems):
                return True
        return False


@cache
def nb_word_filter(path: Path | None = None) -> WordFilter:
    source = path or resource("participant", "wordfilter-nb.txt")
    return WordFilter.from_lines(source.read_text(encoding="utf-8").splitlines())
