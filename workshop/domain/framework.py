"""Frameworks: the principles and focus areas a municipality maps its inputs to.

Gran's *Innovasjonsplakaten* ships as the default; another municipality can load its own file.
A session keeps a snapshot (``to_dict``) of the framework it was created with.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workshop.domain.formatting import echoed
from workshop.domain.validation import Checker, no_text, no_texts, read_toml
from workshop.domain.vocabulary import (
    FRAMEWORK_MAX_FOCUS_AREAS,
    FRAMEWORK_MAX_ID,
    FRAMEWORK_MAX_ITEMS,
    FRAMEWORK_MAX_NUMBER,
    FRAMEWORK_MAX_PRINCIPLES,
    FRAMEWORK_MAX_TEXT,
    FRAMEWORK_MAX_TITLE,
)
from workshop.paths import frameworks_dir

DEFAULT_FRAMEWORK_ID = "gran-innovasjonsplakaten"


@dataclass(frozen=True, slots=True)
class Principle:
    number: int
    title: dict[str, str]
    text: dict[str, str]
    keywords: dict[str, list[str]]


@dataclass(frozen=True, slots=True)
class FocusArea:
    id: str
    title: dict[str, str]
    theme: dict[str, str]
    focus: dict[str, list[str]]
    principles: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Framework:
    id: str
    version: int
    name: dict[str, str]
    principles: tuple[Principle, ...]
    focus_areas: tuple[FocusArea, ...]
    source: dict[str, str] | None = None

    def principle(self, number: int) -> Principle:
        for p in self.principles:
            if p.number == number:
                return p
        raise KeyError(number)

    def focus_area(self, area_id: str) -> FocusArea:
        for fa in self.focus_areas:
            if fa.id == area_id:
                return fa
        raise KeyError(area_id)

    @property
    def principle_numbers(self) -> tuple[int, ...]:
        return tuple(p.number for p in self.principles)

    @property
    def focus_area_ids(self) -> tuple[str, ...]:
        return tuple(fa.id for fa in self.focus_areas)

    def to_dict(self) -> dict[str, Any]:
        """A plain, JSON-ready snapshot that :func:`framework_from_dict` reads back."""
        data: dict[str, Any] = {
            "id": self.id,
            "version": self.version,
            "name": dict(self.name),
            "principles": [
                {
                    "number": p.number,
                    "title": dict(p.title),
                    "text": dict(p.text),
                    "keywords": {k: list(v) for k, v in p.keywords.items()},
                }
                for p in self.principles
            ],
            "focus_areas": [
                {
                    "id": fa.id,
                    "title": dict(fa.title),
                    "theme": dict(fa.theme),
                    "focus": {k: list(v) for k, v in fa.focus.items()},
                    "principles": list(fa.principles),
                }
                for fa in self.focus_areas
            ],
        }
        if self.source:
            data["source"] = dict(self.source)
        return data


def framework_from_dict(data: dict[str, Any], source: str = "<snapshot>") -> Framework:
    """Validate parsed data and build a Framework; errors name ``source`` and the place."""
    c = Checker(source)
    if not isinstance(data, dict):
        raise c.fail("/", "problem_type", key="/", expected="table")
    fw_id = c.ident(data, "id", "/", FRAMEWORK_MAX_ID)
    version = c.get(data, "version", "/", int) if "version" in data else 1
    name = c.text(data, "name", "/", limit=FRAMEWORK_MAX_TITLE)
    source_text = (
        c.text(data, "source", "/", limit=FRAMEWORK_MAX_TEXT) if "source" in data else None
    )
    items = (FRAMEWORK_MAX_ITEMS, FRAMEWORK_MAX_TEXT)

    # Every check below is linear: sets of what was seen, never a search through the list.
    principles: list[Principle] = []
    numbers: set[int] = set()
    raw_principles = c.get(data, "principles", "/", list)
    if not raw_principles:
        raise c.fail("principles", "problem_empty", key="principles")
    c.at_most(raw_principles, FRAMEWORK_MAX_PRINCIPLES, "/", "principles")
    for i, raw in enumerate(raw_principles, start=1):
        where = f"principles[{i}]"
        if not isinstance(raw, dict):
            raise c.fail(where, "problem_type", key=where, expected="table")
        number = c.get(raw, "number", where, int)
        if not 1 <= number <= FRAMEWORK_MAX_NUMBER:
            raise c.fail(
                where,
                "problem_number",
                key="number",
                value=echoed(number),
                limit=FRAMEWORK_MAX_NUMBER,
            )
        if number in numbers:
            raise c.fail(where, "problem_duplicate", key="number", value=number)
        numbers.add(number)
        keywords = no_texts()
        if "keywords" in raw:
            keywords = c.text_list(raw, "keywords", where, same_length=False, limit=items)
        principles.append(
            Principle(
                number=number,
                title=c.text(raw, "title", where, limit=FRAMEWORK_MAX_TITLE),
                text=c.text(raw, "text", where, limit=FRAMEWORK_MAX_TEXT),
                keywords={k: [w.lower() for w in v] for k, v in keywords.items()},
            )
        )

    areas: list[FocusArea] = []
    area_ids: set[str] = set()
    raw_areas = c.get(data, "focus_areas", "/", list) if "focus_areas" in data else []
    c.at_most(raw_areas, FRAMEWORK_MAX_FOCUS_AREAS, "/", "focus_areas")
    for i, raw in enumerate(raw_areas, 1):
        where = f"focus_areas[{i}]"
        if not isinstance(raw, dict):
            raise c.fail(where, "problem_type", key=where, expected="table")
        area_id = c.ident(raw, "id", where, FRAMEWORK_MAX_ID)
        if area_id in area_ids:
            raise c.fail(where, "problem_duplicate", key="id", value=echoed(area_id))
        area_ids.add(area_id)
        linked = c.get(raw, "principles", where, list) if "principles" in raw else []
        for n in linked:
            if isinstance(n, bool) or not isinstance(n, int) or n not in numbers:
                raise c.fail(where, "problem_unknown_principle", value=echoed(n))
        areas.append(
            FocusArea(
                id=area_id,
                title=c.text(raw, "title", where, limit=FRAMEWORK_MAX_TITLE),
                # optional: a missing theme is stored as empty texts in the session snapshot
                theme=c.text(raw, "theme", where, allow_empty=True, limit=FRAMEWORK_MAX_TEXT)
                if "theme" in raw
                else no_text(),
                focus=c.text_list(raw, "focus", where, same_length=False, limit=items)
                if "focus" in raw
                else no_texts(),
                principles=tuple(linked),
            )
        )
    return Framework(
        id=fw_id,
        version=version,
        name=name,
        principles=tuple(sorted(principles, key=lambda p: p.number)),
        focus_areas=tuple(areas),
        source=source_text,
    )


def load_framework(path: Path) -> Framework:
    """Load and validate a framework file; a broken file raises FrameworkError naming it."""
    return framework_from_dict(read_toml(path), source=str(path))


def default_framework_path() -> Path:
    return frameworks_dir() / f"{DEFAULT_FRAMEWORK_ID}.toml"


def load_default_framework() -> Framework:
    return load_framework(default_framework_path())
