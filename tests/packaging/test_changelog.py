"""CHANGELOG.md (Keep a Changelog) has an entry for the version in pyproject.toml."""

from __future__ import annotations

import re
import tomllib
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]


def entries() -> dict[str, str]:
    """Version -> the text of its section."""
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    parts = re.split(r"^## ", text, flags=re.MULTILINE)
    return {re.match(r"\[([^\]]+)\]", part).group(1): part for part in parts[1:]}


def test_changelog_has_an_entry_for_the_project_version():
    section = entries().get(version())
    assert section is not None, f"CHANGELOG.md has no section for {version()}"
    heading = section.splitlines()[0]
    match = re.fullmatch(r"\[[^\]]+\] - (\d{4}-\d{2}-\d{2})", heading)
    assert match, f"heading should be '## [{version()}] - YYYY-MM-DD', not '## {heading}'"
    date.fromisoformat(match.group(1))
    assert "### Added" in section or "### Changed" in section or "### Fixed" in section
    assert re.search(r"^- \S", section, flags=re.MULTILINE), "the entry lists no changes"


def test_changelog_versions_are_newest_first():
    versions = [v for v in entries() if v != "Unreleased"]

    def key(v: str) -> tuple[int, ...]:
        return tuple(int(n) for n in re.findall(r"\d+", v))

    assert versions == sorted(versions, key=key, reverse=True)
