"""The suite tests everything it has, on any machine: every test folder is collected and no
test reads a file from outside the repository."""

from __future__ import annotations

import ast
import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TESTS = ROOT / "tests"
# Folders that hold no tests the suite runs (benchmarks run on their own; data are fixtures).
NOT_COLLECTED = {TESTS / "benchmarks", TESTS / "data"}
# Folders whose files belong to one machine or user (system programs under /usr are fine).
MACHINE_FOLDERS = ("/work/", "/home/", "/root/", "/mnt/", "/srv/", "/media/")
# Made-up paths that a test only shows in a dialog; nothing is read from them.
SHOWN_ONLY = ("/home/kari/",)


def _norecursedirs() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return config["tool"]["pytest"]["ini_options"]["norecursedirs"]


def _skipped_by_pytest(folder: Path, patterns: list[str]) -> bool:
    # pytest matches a pattern with a slash against the whole path, others against the name.
    for pattern in patterns:
        if "/" in pattern:
            if fnmatch.fnmatch(str(folder), "*/" + pattern) or fnmatch.fnmatch(
                str(folder), pattern
            ):
                return True
        elif fnmatch.fnmatch(folder.name, pattern):
            return True
    return False


def test_every_folder_with_tests_is_collected():
    patterns = _norecursedirs()
    folders = {p.parent for p in TESTS.rglob("test_*.py")}
    assert TESTS / "packaging" in folders
    skipped = sorted(
        str(f.relative_to(ROOT))
        for f in folders
        if not any(f == d or d in f.parents for d in NOT_COLLECTED)
        and any(_skipped_by_pytest(p, patterns) for p in (f, *f.parents) if TESTS in p.parents)
    )
    assert skipped == []


def test_no_test_reads_a_file_outside_the_repository():
    """A test that reads a file of one machine skips everywhere else, so it checks nothing."""
    offenders = []
    for path in TESTS.rglob("*.py"):
        if path == Path(__file__).resolve():
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
                continue
            if node.value.startswith(MACHINE_FOLDERS) and not node.value.startswith(SHOWN_ONLY):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value}")
    assert offenders == []


def test_the_strategy_text_is_kept_with_the_tests():
    assert (TESTS / "data" / "innovasjonsstrategi-gran-2017.md").is_file()
