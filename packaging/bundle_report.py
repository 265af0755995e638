"""Compare the size of Verksted's bundle with the hello-world Qt bundle built the same way.

    python packaging/bundle_report.py [--app DIR] [--hello DIR] [--limit-mib 60]

Both folders come from PyInstaller (``pyinstaller build.spec`` and
``pyinstaller packaging/hello/hello.spec``; defaults ``dist/verksted-<version>`` and
``dist/hello``). Prints both sizes, the difference and what makes it up, and exits with 1 when
Verksted's bundle is more than the limit larger than hello-world (2 when a folder is missing).
"""

from __future__ import annotations

import argparse
import os
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MIB = 1024 * 1024
LIMIT_MIB = 60


def folder_size(folder: Path) -> int:
    """Bytes in the regular files under ``folder`` (symbolic links count as nothing)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def entry_sizes(bundle: Path) -> dict[str, int]:
    """Size of every top-level entry of a bundle and of its ``_internal`` folder.

    The executable (which carries the compiled Python code) is named ``<executable>`` so that
    the two bundles' executables are compared with each other.
    """
    sizes = {}
    inner = bundle / "_internal"
    for base in (bundle, inner) if inner.is_dir() else (bundle,):
        for entry in base.iterdir():
            if entry.is_symlink() or entry == inner:
                continue
            if entry.is_dir():
                sizes[entry.name] = folder_size(entry)
            elif base == bundle and os.access(entry, os.X_OK) and entry.suffix == "":
                sizes["<executable>"] = sizes.get("<executable>", 0) + entry.stat().st_size
            else:
                sizes[entry.name] = entry.stat().st_size
    return sizes


def default_app_dir() -> Path:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return ROOT / "dist" / f"verksted-{project['version']}"


def report(app: Path, hello: Path, limit_mib: float) -> tuple[int, list[str]]:
    app_size, hello_size = folder_size(app), folder_size(hello)
    extra = app_size - hello_size
    lines = [
        f"hello-world bundle  {hello_size / MIB:8.1f} MiB  {hello}",
        f"Verksted bundle     {app_size / MIB:8.1f} MiB  {app}",
        f"difference          {extra / MIB:8.1f} MiB  (limit {limit_mib:g} MiB)",
    ]
    hello_entries = entry_sizes(hello)
    grown = sorted(
        ((size - hello_entries.get(name, 0), name) for name, size in entry_sizes(app).items()),
        reverse=True,
    )
    lines.append("largest additions:")
    lines += [f"  {size / MIB:8.1f} MiB  {name}" for size, name in grown[:10] if size > 0]
    over = extra > limit_mib * MIB
    if over:
        lines.append(
            f"FAILED: the Verksted bundle is {extra / MIB:.1f} MiB larger than hello-world, "
            f"more than {limit_mib:g} MiB"
        )
    return (1 if over else 0), lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", type=Path, default=None, help="Verksted's bundle folder")
    parser.add_argument("--hello", type=Path, default=ROOT / "dist" / "hello")
    parser.add_argument("--limit-mib", type=float, default=LIMIT_MIB)
    args = parser.parse_args(argv)
    app = args.app or default_app_dir()
    for folder in (app, args.hello):
        if not folder.is_dir():
            print(f"bundle_report: no bundle at {folder}; build it first", file=sys.stderr)
            return 2
    status, lines = report(app, args.hello, args.limit_mib)
    print("\n".join(lines))
    return status


if __name__ == "__main__":
    raise SystemExit(main())
