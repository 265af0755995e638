"""The layers stay apart: a Qt-free core under a GUI that never touches SQL."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "workshop"
CORE = ("domain", "store", "services", "export", "cli")
SQL = ("sqlite3", "sqlalchemy")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _files(*parts: str) -> list[Path]:
    return sorted((PACKAGE.joinpath(*parts)).rglob("*.py"))


def test_the_core_does_not_import_qt():
    core = [f for part in CORE for f in _files(part)]
    shared = ("i18n.py", "messages.py", "paths.py", "atomic.py", "filetypes.py")
    core += [PACKAGE / name for name in shared]
    assert len(core) > 30
    offenders = {
        str(f.relative_to(PACKAGE)): sorted(n for n in _imports(f) if n.startswith("PySide6"))
        for f in core
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_gui_never_touches_sql():
    """The GUI goes through services; from the store it may only name the Library type and
    shared constants."""
    allowed_store = {"workshop.store.db", "workshop.store.models", "workshop.store.sessionfile"}
    offenders = {}
    for f in _files("ui"):
        bad = sorted(
            n
            for n in _imports(f)
            if n.split(".")[0] in SQL or (n.startswith("workshop.store") and n not in allowed_store)
        )
        if bad:
            offenders[str(f.relative_to(PACKAGE))] = bad
    assert offenders == {}
