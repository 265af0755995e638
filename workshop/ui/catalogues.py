"""Update and compile the GUI's Qt Linguist catalogues: ``python -m workshop.ui.catalogues``.

When to run it: after adding, changing or removing any user-visible string in ``workshop/ui``
(a ``self.tr("…")`` or ``QCoreApplication.translate("Context", "…")`` call), and after editing
a translation. What it does:

1. ``lupdate`` (from the PySide6 wheel) reads every ``.py`` under ``workshop/ui`` and updates
   ``resources/translations/verksted_nb.ts`` (bokmål) and ``verksted_nn.ts`` (nynorsk) with all
   strings (existing translations are kept, strings no longer in the code are dropped), and
   ``verksted_en.ts`` (plural strings only: English needs a catalogue just for "1 note" /
   "2 notes"; everything else shows the English source).
2. ``lrelease`` compiles them into ``verksted_nb.qm``, ``verksted_nn.qm`` and ``verksted_en.qm``,
   and the hand-written ``qtbase_nb.ts`` and ``qtbase_nn.ts`` (bokmål and nynorsk for Qt's own
   buttons and dialogs) into ``qtbase_nb.qm`` and ``qtbase_nn.qm``. Unfinished entries are left
   out of the ``.qm`` files, so they show the English source text.

A new string appears in ``verksted_nb.ts`` and ``verksted_nn.ts`` as ``type="unfinished"``:
translate it in both (Qt Linguist, ``pyside6-linguist resources/translations/verksted_nn.ts``, or
a text editor), then run the command again to compile. ``tests/gui/test_translations.py`` fails
while a string is missing or untranslated. The ``.qm`` files are committed: the app and the wheel
use them as they are.

``--check`` changes nothing: it exits with 1 when the catalogues miss strings of the code, keep
strings the code no longer has, have unfinished bokmål or nynorsk entries, or the ``.qm`` files
are stale.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

UI_DIR = Path(__file__).resolve().parent
CATALOGUES = {"nb": "verksted_nb", "nn": "verksted_nn", "en": "verksted_en"}
QT_CATALOGUES = ("qtbase_nb", "qtbase_nn")
# lupdate's target language per catalogue; English keeps only the plural strings
TARGET_LANGUAGE = {"nb": "nb_NO", "nn": "nn_NO", "en": "en"}
FULL = ("nb", "nn")  # catalogues that translate every string


class CatalogueError(Exception):
    """A problem the command reports in one line before exiting with 1."""


def translations_dir() -> Path:
    from workshop.paths import translations_dir as resource_translations

    return resource_translations()


def find_tool(name: str) -> Path:
    """``lupdate`` or ``lrelease`` from the PySide6 wheel (or the venv's ``pyside6-*`` script)."""
    exe = ".exe" if os.name == "nt" else ""
    candidates = []
    try:
        import PySide6

        candidates.append(Path(PySide6.__file__).parent / f"{name}{exe}")
    except ImportError:
        pass
    scripts = Path(sys.executable).parent
    candidates.append(scripts / f"pyside6-{name}{exe}")
    for found in (shutil.which(f"pyside6-{name}"), shutil.which(name)):
        if found:
            candidates.append(Path(found))
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    raise CatalogueError(
        f"{name} not found (looked next to the PySide6 package and for pyside6-{name}); "
        "install the project's dependencies (PySide6-Essentials ships lupdate and lrelease)"
    )


def ui_sources() -> list[Path]:
    """Every Python file of the GUI, in a stable order."""
    return sorted(p for p in UI_DIR.rglob("*.py") if "__pycache__" not in p.parts)


def _run(command: list[str | Path]) -> str:
    result = subprocess.run(
        [str(c) for c in command], capture_output=True, text=True, encoding="utf-8", check=False
    )
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip()
        raise CatalogueError(f"{Path(command[0]).name} failed ({result.returncode}): {detail}")
    return result.stdout + result.stderr


def run_lupdate(ts_file: Path, language: str, sources: list[Path] | None = None) -> str:
    """Update ``ts_file`` from the GUI sources; obsolete entries are dropped."""
    command: list[str | Path] = [
        find_tool("lupdate"),
        "-no-obsolete",
        "-locations",
        "relative",
        "-source-language",
        "en",
        "-target-language",
        TARGET_LANGUAGE[language],
    ]
    if language == "en":
        command.append("-pluralonly")
    command += [*(sources or ui_sources()), "-ts", ts_file]
    return _run(command)


def run_lrelease(ts_file: Path, qm_file: Path) -> str:
    """Compile ``ts_file``; unfinished entries are left out (the source text shows)."""
    return _run([find_tool("lrelease"), "-nounfinished", "-silent", ts_file, "-qm", qm_file])


# --- reading .ts files ---
@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    comment: str
    numerus: bool
    kind: str  # "" (finished), "unfinished", "obsolete" or "vanished"
    translations: tuple[str, ...]

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def read_ts(path: Path) -> list[Entry]:
    entries = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            forms = translation.findall("numerusform") if translation is not None else []
            texts = (
                tuple(f.text or "" for f in forms)
                if forms
                else ((translation.text or "",) if translation is not None else ("",))
            )
            entries.append(
                Entry(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=message.get("numerus") == "yes",
                    kind=kind,
                    translations=texts,
                )
            )
    return entries


def describe(entry: Entry) -> str:
    comment = f" ({entry.comment})" if entry.comment else ""
    return f"{entry.context}: {entry.source!r}{comment}"


def qm_problems(ts_file: Path, qm_file: Path) -> list[str]:
    """Entries of ``ts_file`` that ``qm_file`` does not translate as written (empty: current).

    Compares what Qt reads from the ``.qm`` (not its bytes, which may differ between lrelease
    versions). Plurals are read for 1 and 2: bokmål, nynorsk and English all have two forms.
    """
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not qm_file.is_file() or not translator.load(str(qm_file)):
        return [f"{qm_file.name} is missing or unreadable"]
    problems = []
    for entry in read_ts(ts_file):
        if entry.kind in ("obsolete", "vanished"):
            continue
        for n, form in ((1, 0), (2, 1)) if entry.numerus else ((-1, 0),):
            expected = entry.translations[form] if entry.kind == "" else ""
            if translator.translate(entry.context, entry.source, entry.comment, n) != expected:
                problems.append(f"{qm_file.name} is older than {ts_file.name}: {describe(entry)}")
                break
    return problems


# --- the command ---
def update(directory: Path) -> list[str]:
    """Run lupdate and lrelease; returns the lines to print."""
    lines = []
    sources = ui_sources()
    for language, name in CATALOGUES.items():
        ts_file = directory / f"{name}.ts"
        run_lupdate(ts_file, language, sources)
        entries = read_ts(ts_file)
        unfinished = [e for e in entries if e.kind == "unfinished"]
        what = "plural strings" if language == "en" else "strings"
        lines.append(
            f"lupdate: {ts_file.name}: {len(entries)} {what} from {len(sources)} files, "
            f"{len(entries) - len(unfinished)} translated, {len(unfinished)} unfinished"
        )
        if language in FULL:
            lines += [f"  unfinished: {describe(e)}" for e in unfinished]
    for name in [*CATALOGUES.values(), *QT_CATALOGUES]:
        ts_file, qm_file = directory / f"{name}.ts", directory / f"{name}.qm"
        if not ts_file.is_file():
            raise CatalogueError(f"{ts_file} is missing")
        run_lrelease(ts_file, qm_file)
        lines.append(f"lrelease: {ts_file.name} -> {qm_file.name} ({qm_file.stat().st_size} bytes)")
    return lines


def check(directory: Path) -> list[str]:
    """The problems found without changing anything (empty: all is current)."""
    problems = []
    sources = ui_sources()
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        for language, name in CATALOGUES.items():
            committed = directory / f"{name}.ts"
            if not committed.is_file():
                problems.append(f"{committed.name} is missing")
                continue
            current = read_ts(committed)
            fresh_file = scratch / committed.name
            run_lupdate(fresh_file, language, sources)
            fresh_keys = {e.key for e in read_ts(fresh_file)}
            keys = {e.key for e in current if e.kind not in ("obsolete", "vanished")}
            for entry in read_ts(fresh_file):
                if entry.key not in keys:
                    problems.append(f"{committed.name}: not in the catalogue: {describe(entry)}")
            for entry in current:
                if entry.kind in ("obsolete", "vanished") or entry.key not in fresh_keys:
                    problems.append(f"{committed.name}: no longer in the code: {describe(entry)}")
                elif language in FULL and entry.kind == "unfinished":
                    problems.append(f"{committed.name}: unfinished: {describe(entry)}")
    for name in [*CATALOGUES.values(), *QT_CATALOGUES]:
        ts_file, qm_file = directory / f"{name}.ts", directory / f"{name}.qm"
        if ts_file.is_file():
            problems += qm_problems(ts_file, qm_file)
        else:
            problems.append(f"{ts_file.name} is missing")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m workshop.ui.catalogues",
        description="Update the GUI's catalogues (lupdate) and compile them (lrelease).",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="change nothing; exit with 1 when a catalogue or a .qm file is not current",
    )
    args = parser.parse_args(argv)
    directory = translations_dir()
    try:
        if args.check:
            problems = check(directory)
            for problem in problems:
                print(problem)
            if problems:
                print("Run: python -m workshop.ui.catalogues, translate, run it again.")
                return 1
            print(f"catalogues in {directory} are current")
            return 0
        for line in update(directory):
            print(line)
    except CatalogueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
