"""Session templates: purpose, audience, suggested groups and an agenda of steps."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workshop.domain.validation import Checker, no_text, no_texts, read_toml
from workshop.domain.vocabulary import DEFAULT_VOTE_BUDGET, MAX_VOTE_BUDGET, STEP_KINDS
from workshop.errors import FrameworkError, NotFoundError
from workshop.paths import templates_dir, user_templates_dir


@dataclass(frozen=True, slots=True)
class TemplateStep:
    kind: str
    minutes: int  # 0 means no time box
    title: dict[str, str]
    prompt: dict[str, str]
    question: dict[str, str]
    vote_budget: int = DEFAULT_VOTE_BUDGET  # ``votes = N``: dots per person on a vote step


@dataclass(frozen=True, slots=True)
class Template:
    id: str
    name: dict[str, str]
    description: dict[str, str]
    audience: dict[str, str]
    groups: dict[str, list[str]]
    steps: tuple[TemplateStep, ...]
    path: str = ""

    @property
    def total_minutes(self) -> int:
        return sum(s.minutes for s in self.steps)

    def to_dict(self, language: str) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name[language],
            "description": self.description[language],
            "audience": self.audience[language],
            "groups": list(self.groups[language]),
            "total_minutes": self.total_minutes,
            "steps": [
                {
                    "kind": s.kind,
                    "minutes": s.minutes,
                    "title": s.title[language],
                    "prompt": s.prompt[language],
                    "question": s.question[language],
                }
                for s in self.steps
            ],
        }


def template_from_dict(data: dict[str, Any], source: str) -> Template:
    c = Checker(source)
    tpl_id = c.get(data, "id", "/", str).strip()
    if not tpl_id:
        raise c.fail("/", "problem_empty", key="id")
    steps: list[TemplateStep] = []
    raw_steps = c.get(data, "steps", "/", list)
    if not raw_steps:
        raise c.fail("steps", "problem_empty", key="steps")
    for i, raw in enumerate(raw_steps, start=1):
        where = f"steps[{i}]"
        if not isinstance(raw, dict):
            raise c.fail(where, "problem_type", key=where, expected="table")
        kind = c.get(raw, "kind", where, str)
        if kind not in STEP_KINDS:
            raise c.fail(where, "problem_step_kind", value=kind, kinds=", ".join(STEP_KINDS))
        minutes = c.get(raw, "minutes", where, int)
        if not 0 <= minutes <= 24 * 60:
            raise c.fail(where, "problem_minutes", value=minutes)
        votes = c.get(raw, "votes", where, int) if "votes" in raw else DEFAULT_VOTE_BUDGET
        if not 1 <= votes <= MAX_VOTE_BUDGET:
            raise c.fail(where, "problem_votes", value=votes, limit=MAX_VOTE_BUDGET)
        steps.append(
            TemplateStep(
                kind=kind,
                minutes=minutes,
                title=c.text(raw, "title", where),
                prompt=c.text(raw, "prompt", where, allow_empty=True),
                question=c.text(raw, "question", where, allow_empty=True),
                vote_budget=votes,
            )
        )
    groups = c.text_list(data, "groups", "/") if "groups" in data else no_texts()
    return Template(
        id=tpl_id,
        name=c.text(data, "name", "/"),
        description=c.text(data, "description", "/", allow_empty=True)
        if "description" in data
        else no_text(),
        audience=c.text(data, "audience", "/", allow_empty=True)
        if "audience" in data
        else no_text(),
        groups=groups,
        steps=tuple(steps),
        path=source,
    )


def load_template(path: Path) -> Template:
    return template_from_dict(read_toml(path), str(path))


def template_dirs() -> list[Path]:
    """Shipped templates first, then the user's own (which may override by id)."""
    return [templates_dir(), user_templates_dir()]


def load_templates(dirs: list[Path] | None = None) -> dict[str, Template]:
    """All templates by id. A broken user template raises FrameworkError naming the file."""
    result: dict[str, Template] = {}
    for directory in dirs if dirs is not None else template_dirs():
        if not directory.is_dir():
            continue
        for path in sorted(directory.glob("*.toml")):
            tpl = load_template(path)
            result[tpl.id] = tpl
    return result


def get_template(template_id: str, dirs: list[Path] | None = None) -> Template:
    templates = load_templates(dirs)
    try:
        return templates[template_id]
    except KeyError:
        raise NotFoundError(
            "template_not_found", template=template_id, known=", ".join(sorted(templates))
        ) from None


__all__ = [
    "FrameworkError",
    "Template",
    "TemplateStep",
    "get_template",
    "load_template",
    "load_templates",
]
