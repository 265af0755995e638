"""Packaging: every sub-package is listed, resources are found, the entry point picks CLI or GUI."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from workshop.app import wants_cli
from workshop.cli import COMMANDS, build_parser
from workshop.cli.parser import declared
from workshop.paths import resources_dir

ROOT = Path(__file__).resolve().parents[2]


def test_every_subpackage_is_listed_in_pyproject():
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "workshop").rglob("__init__.py")
    }
    assert found | {"workshop.resources"} == listed


def test_resources_are_found_from_the_source_tree():
    assert (resources_dir() / "frameworks" / "gran-innovasjonsplakaten.toml").is_file()
    assert (resources_dir() / "fonts" / "DejaVuSans.ttf").is_file()


def test_cli_commands_match_the_parser():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert set(sub.choices) == set(COMMANDS)
    assert len(COMMANDS) == len(set(COMMANDS)) == len(declared())  # each declared once


@pytest.mark.parametrize(
    ("argv", "cli"),
    [
        ([], False),
        (["--library", "x.sqlite"], False),
        (["--library=x.sqlite", "--run", "abcd"], False),
        (["--version"], True),
        (["--library", "x.sqlite", "sessions"], True),
        (["templates", "--json"], True),
        (["no-such-command"], True),
    ],
)
def test_entry_point_chooses_cli_or_gui(argv, cli):
    assert wants_cli(argv) is cli
