"""What Verksted's PyInstaller bundles leave out, shared by every spec file.

``build.spec`` (the app) and ``packaging/hello/hello.spec`` (a minimal Qt program used as the
size baseline) both load this file with ``runpy.run_path`` and apply the same rules:

- ``EXCLUDES``: Python modules that are never used at run time (unused Qt modules, test and
  debugging tools, network encryption, optional image codecs, lxml parts pikepdf does not use).
- ``slim(analysis)``: drops Qt plugins and Qt translations the app does not need, then every
  shared library that no remaining binary links to (found from the ELF ``DT_NEEDED`` entries).
- ``strip_debug_info(folder)``: removes debug sections (a Python built from source carries
  ~16 MB of them in ``libpython``) from the collected libraries.

Kept Qt plugins: the X11 (``xcb``) and ``offscreen`` platforms, the desktop portal theme, the
compose and IBus input methods (dead keys, input methods), JPEG and SVG images and SVG icons,
and the X11 GL integrations. Wayland (about 4 MB with its libraries) is left out on purpose: in a
Wayland session Qt then uses ``xcb`` through XWayland, where the saved window position is
restored; native Wayland leaves window placement to the compositor.
"""

from __future__ import annotations

import importlib.util
import shutil
import struct
import subprocess
from pathlib import Path, PurePosixPath

# The Qt modules Verksted imports; every other PySide6 module is excluded.
QT_MODULES = ("QtCore", "QtGui", "QtWidgets")


def _unused_qt_modules() -> list[str]:
    """Every PySide6 module of the installed version that is not in ``QT_MODULES``."""
    names = set()
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        for folder in spec.submodule_search_locations:
            for stub in Path(folder).glob("Qt*.pyi"):
                names.add(stub.name.removesuffix(".pyi"))
    return sorted(f"PySide6.{name}" for name in names if name not in QT_MODULES)


EXCLUDES = [
    *_unused_qt_modules(),
    # Debugging, documentation and test tools of the standard library.
    "tkinter",
    "_tkinter",
    "unittest",
    "doctest",
    "pdb",
    "pydoc",
    "pydoc_data",
    "readline",
    "lib2to3",
    "xmlrpc",
    # hashlib uses Python's own md5/sha code. (Python's ssl stays: psycopg imports it to set up
    # libcrypto before libpq does, for the team library's TLS connections.)
    "_hashlib",
    # Syntax highlighting for Mako (Alembic's templates); only an optional plug-in uses it.
    "pygments",
    "IPython",
    "numpy",
    # Pillow: only JPEG and PNG photos and the ICC profile are used; no fonts, AVIF, WebP, Tk.
    "PIL._avif",
    "PIL._webp",
    "PIL._imagingft",
    "PIL._imagingtk",
    "PIL.ImageTk",
    "PIL.ImageQt",
    # lxml: pikepdf only uses lxml.etree.
    "lxml.objectify",
    "lxml.html",
    "lxml.isoschematron",
    "lxml.sax",
    "lxml.builder",
    "lxml.cssselect",
    "lxml.doctestcompare",
    "lxml.usedoctest",
]

# Qt plugins kept, by plugin folder; folders not listed are left out completely.
QT_PLUGINS = {
    "platforms": {"libqxcb.so", "libqoffscreen.so"},
    "platformthemes": {"libqxdgdesktopportal.so"},
    "platforminputcontexts": {
        "libcomposeplatforminputcontextplugin.so",
        "libibusplatforminputcontextplugin.so",
    },
    "imageformats": {"libqjpeg.so", "libqsvg.so"},
    "iconengines": {"libqsvgicon.so"},
    "xcbglintegrations": {"libqxcb-glx-integration.so", "libqxcb-egl-integration.so"},
}

# Qt's own translation catalogues kept (Verksted ships its bokmål ones in resources/).
QT_TRANSLATION_LANGUAGES = ("en", "nb")


def keep_qt_plugin(dest: str) -> bool | None:
    """True/False for a file in a Qt plugin folder, None for any other file."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if "plugins" not in parts:
        return None
    at = parts.index("plugins")
    if at == 0 or parts[at - 1] != "Qt" or len(parts) < at + 3:
        return None
    return parts[-1] in QT_PLUGINS.get(parts[at + 1], ())


def keep_qt_translation(dest: str) -> bool | None:
    """True/False for one of Qt's translation catalogues, None for any other file."""
    path = PurePosixPath(dest.replace("\\", "/"))
    if path.suffix != ".qm" or path.parent.name != "translations" or "Qt" not in path.parts:
        return None
    # e.g. qt_nb, qtbase_en, qt_help_de, qtbase_zh_CN
    catalogue, _, language = path.stem.rpartition("_")
    return catalogue in ("qt", "qtbase") and language in QT_TRANSLATION_LANGUAGES


# --- ELF dynamic section -------------------------------------------------------------------


def elf_dynamic(path: str | Path) -> tuple[str | None, list[str]] | None:
    """``(soname, needed)`` of a 64-bit little-endian ELF file, None if it is not one."""
    try:
        data = Path(path).read_bytes()
    except OSError:
        return None
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return None
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)
    ]
    for _name, sh_type, _f, _a, offset, size, link, _i, _al, _es in sections:
        if sh_type != 6:  # SHT_DYNAMIC
            continue
        strtab = sections[link][4]
        soname, needed = None, []
        for at in range(offset, offset + size, 16):
            tag, value = struct.unpack_from("<qQ", data, at)
            if tag == 0:
                break
            if tag in (1, 14):  # DT_NEEDED, DT_SONAME
                end = data.index(b"\0", strtab + value)
                name = data[strtab + value : end].decode()
                if tag == 1:
                    needed.append(name)
                else:
                    soname = name
        return soname, needed
    return None, []


def elf_has_debug_info(path: str | Path) -> bool:
    try:
        data = Path(path).read_bytes()
    except OSError:
        return False
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return False
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3A)
    if not shoff or shstrndx >= shnum:
        return False
    names_at = struct.unpack_from("<IIQQQ", data, shoff + shstrndx * shentsize)[4]
    for i in range(shnum):
        name_offset = struct.unpack_from("<I", data, shoff + i * shentsize)[0]
        start = names_at + name_offset
        if data[start : data.index(b"\0", start)] == b".debug_info":
            return True
    return False


def _is_root(entry: tuple) -> bool:
    """Python extensions, Qt plugins and libpython are needed whether linked to or not."""
    dest = PurePosixPath(entry[0].replace("\\", "/"))
    if entry[2] == "EXTENSION" or "plugins" in dest.parts:
        return True
    return not (dest.name.startswith("lib") and ".so" in dest.name) or dest.name.startswith(
        "libpython"
    )


def prune_unlinked(binaries: list[tuple]) -> tuple[list[tuple], list[str]]:
    """Drop shared libraries no kept binary links to; returns the kept entries and dropped names.

    A library is kept when a root or a kept library names it (by file name or soname) in
    ``DT_NEEDED``. If any binary cannot be read as ELF, nothing is dropped.
    """
    info = {}
    for entry in binaries:
        dynamic = elf_dynamic(entry[1])
        if dynamic is None:
            return binaries, []
        info[entry[0]] = dynamic
    by_name: dict[str, list[str]] = {}
    for dest, (soname, _needed) in info.items():
        for name in {PurePosixPath(dest.replace("\\", "/")).name, soname}:
            if name:
                by_name.setdefault(name, []).append(dest)
    keep = {entry[0] for entry in binaries if _is_root(entry)}
    todo = list(keep)
    while todo:
        for needed in info[todo.pop()][1]:
            for dest in by_name.get(needed, ()):
                if dest not in keep:
                    keep.add(dest)
                    todo.append(dest)
    kept = [entry for entry in binaries if entry[0] in keep]
    return kept, sorted(dest for dest in info if dest not in keep)


def slim(analysis) -> None:
    """Apply the plugin, translation and library rules to a PyInstaller ``Analysis``."""
    binaries = [b for b in analysis.binaries if keep_qt_plugin(b[0]) is not False]
    dropped_plugins = len(analysis.binaries) - len(binaries)
    binaries, dropped_libraries = prune_unlinked(binaries)
    gone = {PurePosixPath(b[0]).as_posix() for b in analysis.binaries} - {
        PurePosixPath(b[0]).as_posix() for b in binaries
    }

    def keep_data(entry: tuple) -> bool:
        dest, source, kind = entry
        if kind == "SYMLINK":  # e.g. libQt6Core.so.6 -> PySide6/Qt/lib/libQt6Core.so.6
            beside = (PurePosixPath(dest).parent / source).as_posix()
            return source not in gone and beside not in gone
        return keep_qt_plugin(dest) is not False and keep_qt_translation(dest) is not False

    datas = [d for d in analysis.datas if keep_data(d)]
    dropped_datas = len(analysis.datas) - len(datas)
    analysis.binaries[:] = binaries
    analysis.datas[:] = datas
    print(
        f"bundle_common: left out {dropped_plugins} Qt plugins, {len(dropped_libraries)} unlinked "
        f"libraries and {dropped_datas} data files (Qt translations, symlinks)"
    )


def strip_debug_info(folder: str | Path) -> None:
    """``strip --strip-debug`` every collected library that carries debug sections."""
    strip = shutil.which("strip")
    internal = Path(folder) / "_internal"
    if strip is None:
        print("bundle_common: no `strip` found (binutils); debug sections are kept")
        return
    if not internal.is_dir():
        raise FileNotFoundError(f"no bundle at {folder}")
    files = [
        path
        for path in sorted(internal.rglob("*"))
        if path.is_file() and not path.is_symlink() and elf_has_debug_info(path)
    ]
    for path in files:
        subprocess.run([strip, "--strip-debug", str(path)], check=True)
    print(f"bundle_common: stripped debug sections from {len(files)} libraries")
