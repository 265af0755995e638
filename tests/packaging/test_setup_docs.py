"""The README's set-up block, the package list CI installs, and the test command CI runs agree."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
CI_RUN = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
TEST_COMMAND = (
    "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/python -m pytest"
)


def package_list() -> dict[str, set[str]]:
    sections: dict[str, set[str]] = {}
    current = None
    for line in (ROOT / "packaging" / "debian-packages.txt").read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("["):
            current = line.strip("[]")
            sections[current] = set()
        else:
            sections[current].update(line.split())
    return sections


def readme_installs() -> list[set[str]]:
    """The packages of each `apt-get install` in the README's shell blocks, in order."""
    found = []
    for block in re.findall(r"```sh\n(.*?)```", README, re.DOTALL):
        joined = block.replace("\\\n", " ")
        for line in joined.splitlines():
            if "apt-get install" in line:
                words = line.split("apt-get install", 1)[1].split()
                found.append({w for w in words if not w.startswith("-")})
    return found


def test_the_readme_installs_exactly_the_listed_packages():
    sections = package_list()
    assert set(sections) == {"run", "test", "npm"}
    assert readme_installs() == [sections["run"], sections["test"], sections["npm"]]


def test_npm_is_installed_only_where_the_machine_has_none():
    # NodeSource's nodejs carries npm and conflicts with Debian's npm package.
    assert "command -v npm >/dev/null || $SUDO apt-get install" in README
    assert "if ! command -v npm" in CI_RUN and "$(packages npm)" in CI_RUN


def test_the_set_up_works_as_root_and_as_a_user():
    # A bare Debian root has no sudo; a user needs it. The block decides, and updates first.
    assert 'SUDO=$([ "$(id -u)" -eq 0 ] || echo sudo)' in README
    blocks = [b for b in re.findall(r"```sh\n(.*?)```", README, re.DOTALL) if "apt-get" in b]
    assert "$SUDO apt-get update" in blocks[0]
    assert all("sudo apt-get" not in b for b in blocks)
    assert {"python3-venv", "git"} <= package_list()["run"]


def test_ci_installs_the_list_and_runs_the_readme_test_command():
    assert TEST_COMMAND in README
    assert f'"{TEST_COMMAND}"' in CI_RUN
    assert "packaging/debian-packages.txt" in CI_RUN
    assert "apt-get install" in CI_RUN and "$(packages run) $(packages test)" in CI_RUN


def test_ci_starts_a_throwaway_postgresql_for_the_tests():
    assert ".ci/with-postgres bash -c" in CI_RUN
    script = (ROOT / ".ci" / "with-postgres").read_text(encoding="utf-8")
    assert "runuser" in script and "trap stop EXIT" in script
