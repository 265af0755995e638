"""The layers stay apart: a Qt-free core under a GUI that never touches the store."""

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
    """The GUI goes through services: it imports nothing from the store, not even the Library
    type (that comes from :mod:`workshop.services.library`) or the vocabulary (from domain)."""
    offenders = {}
    for f in _files("ui"):
        bad = sorted(
            n for n in _imports(f) if n.split(".")[0] in SQL or n.startswith("workshop.store")
        )
        if bad:
            offenders[str(f.relative_to(PACKAGE))] = bad
    assert offenders == {}


def test_services_import_neither_export_nor_the_gui():
    """Deferred imports count too: the services sit under the exporters and the GUI."""
    above = ("workshop.export", "workshop.ui", "workshop.cli", "workshop.app")
    offenders = {}
    for f in _files("services") + _files("domain"):
        bad = sorted(n for n in _imports(f) if n.startswith(above))
        if bad:
            offenders[str(f.relative_to(PACKAGE))] = bad
    assert offenders == {}


def _sets_row_device(target: ast.expr) -> bool:
    """``row.device_id = …`` (an object's own ``self.device_id`` is not a row's)."""
    return (
        isinstance(target, ast.Attribute)
        and target.attr == "device_id"
        and not (isinstance(target.value, ast.Name) and target.value.id == "self")
    )


def test_only_the_stamper_sets_device_ids():
    """Rows get this device's id in one place (``store/replication.py``), never by hand."""
    offenders = []
    for f in _files("services") + _files("domain"):
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                if any(_sets_row_device(t) for t in targets):
                    offenders.append(f"{f.relative_to(PACKAGE)}:{node.lineno}")
            elif isinstance(node, ast.Call) and any(k.arg == "device_id" for k in node.keywords):
                offenders.append(f"{f.relative_to(PACKAGE)}:{node.lineno}")
    assert offenders == []
