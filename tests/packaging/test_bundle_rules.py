"""The PyInstaller specs share one set of exclusions, and those never hit what the app imports."""

from __future__ import annotations

import ast
import importlib.util
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPECS = (ROOT / "build.spec", ROOT / "packaging" / "hello" / "hello.spec")
COMMON = runpy.run_path(str(ROOT / "packaging" / "bundle_common.py"))
REPORT = ROOT / "packaging" / "bundle_report.py"


def imported_modules(folder: Path) -> set[str]:
    """Every module named by an import statement in the Python files under ``folder``."""
    names = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module)
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def excluded(name: str) -> bool:
    return any(name == ex or name.startswith(ex + ".") for ex in COMMON["EXCLUDES"])


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.name)
def test_both_specs_use_the_shared_rules(spec):
    text = spec.read_text(encoding="utf-8")
    assert "runpy.run_path" in text and "bundle_common.py" in text
    assert 'excludes=COMMON["EXCLUDES"]' in text
    assert 'COMMON["slim"](a)' in text
    assert 'COMMON["strip_debug_info"]' in text
    assert "EXCLUDES = [" not in text  # no private list next to the shared one


def test_the_app_imports_nothing_the_bundle_leaves_out():
    # Imports inside the catalogue tool (pyside6-lupdate) are for development only.
    used = imported_modules(ROOT / "workshop") | imported_modules(ROOT / "packaging" / "hello")
    assert sorted(name for name in used if excluded(name)) == []
    assert not any(excluded(f"PySide6.{m}") for m in COMMON["QT_MODULES"])


def test_unused_qt_modules_are_excluded():
    for module in ("PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtSql"):
        assert excluded(module)


@pytest.mark.parametrize(
    ("dest", "keep"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/lib/libQt6Core.so.6", None),
        ("workshop/resources/fonts/DejaVuSans.ttf", None),
    ],
)
def test_qt_plugin_rule(dest, keep):
    assert COMMON["keep_qt_plugin"](dest) is keep


@pytest.mark.parametrize(
    ("dest", "keep"),
    [
        ("PySide6/Qt/translations/qtbase_en.qm", True),
        ("PySide6/Qt/translations/qt_nb.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qt_help_nb.qm", False),
        ("PySide6/Qt/translations/qtbase_zh_CN.qm", False),
        ("workshop/resources/translations/verksted_nb.qm", None),
        ("workshop/resources/translations/qtbase_nb.qm", None),
    ],
)
def test_qt_translation_rule(dest, keep):
    assert COMMON["keep_qt_translation"](dest) is keep


def qt_file(*parts: str) -> Path:
    spec = importlib.util.find_spec("PySide6")
    return Path(spec.submodule_search_locations[0]).joinpath(*parts)


@pytest.mark.skipif(sys.platform != "linux", reason="ELF libraries")
def test_libraries_nothing_links_to_are_dropped():
    core = qt_file("Qt", "lib", "libQt6Core.so.6")
    network = qt_file("Qt", "lib", "libQt6Network.so.6")
    extension = qt_file("QtCore.abi3.so")
    if not (core.is_file() and network.is_file() and extension.is_file()):
        pytest.skip("PySide6 layout without the Qt libraries")
    soname, needed = COMMON["elf_dynamic"](core)
    assert soname == "libQt6Core.so.6" and needed
    binaries = [
        ("PySide6/QtCore.abi3.so", str(extension), "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Core.so.6", str(core), "BINARY"),
        ("PySide6/Qt/lib/libQt6Network.so.6", str(network), "BINARY"),
    ]
    kept, dropped = COMMON["prune_unlinked"](binaries)
    assert dropped == ["PySide6/Qt/lib/libQt6Network.so.6"]
    assert [b[0] for b in kept] == ["PySide6/QtCore.abi3.so", "PySide6/Qt/lib/libQt6Core.so.6"]


def test_nothing_is_dropped_when_a_binary_is_not_elf(tmp_path):
    odd = tmp_path / "libodd.so"
    odd.write_bytes(b"MZ not an ELF file")
    binaries = [("libodd.so", str(odd), "BINARY")]
    assert COMMON["prune_unlinked"](binaries) == (binaries, [])


def make_bundle(folder: Path, mib: float) -> Path:
    (folder / "_internal").mkdir(parents=True)
    (folder / "_internal" / "blob").write_bytes(b"\0" * int(mib * 1024 * 1024))
    return folder


@pytest.mark.parametrize(("extra_mib", "status"), [(10, 0), (70, 1)])
def test_size_report_fails_over_the_limit(tmp_path, extra_mib, status):
    hello = make_bundle(tmp_path / "hello", 1)
    app = make_bundle(tmp_path / "app", 1 + extra_mib)
    result = subprocess.run(
        [sys.executable, str(REPORT), "--app", str(app), "--hello", str(hello)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == status, result.stdout + result.stderr
    difference = next(line for line in result.stdout.splitlines() if line.startswith("difference"))
    assert difference.split()[1] == f"{extra_mib:.1f}"
