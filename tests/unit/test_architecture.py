"""The layers stay apart: a Qt-free core under a GUI that never touches the store.

The import rules are import-linter contracts in ``pyproject.toml`` (``[tool.importlinter]``:
layers, Qt only in the GUI, the GUI never importing the store or SQL, no import circles between
files — imports inside functions and under ``TYPE_CHECKING`` count). This test runs them; the
rule on device ids is not about imports and is checked here on the code itself.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "workshop"


def _files(*parts: str) -> list[Path]:
    return sorted((PACKAGE.joinpath(*parts)).rglob("*.py"))


def test_the_import_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    assert lint.is_file(), "import-linter is in the test extra: pip install -e '.[test]'"
    result = subprocess.run(
        [str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout


def test_the_contracts_name_every_top_level_module():
    """A new top-level module must be placed in the layers (else no rule covers it)."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    layers = config["tool"]["importlinter"]["contracts"][0]["layers"]
    named = {m.strip(" ()") for layer in layers for m in layer.split("|")}
    present = {
        f"workshop.{p.stem if p.is_file() else p.name}"
        for p in PACKAGE.iterdir()
        if (p.suffix == ".py" and p.stem not in ("__init__", "__main__"))
        or (p.is_dir() and (p / "__init__.py").is_file())
    }
    assert present <= named, sorted(present - named)


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
