"""A library is checked whole (``PRAGMA quick_check``) once a day, and again whenever the file is
not exactly as Verksted left it: changed in place, put there from elsewhere, copied, or left by a
process that stopped without closing."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from workshop.errors import LibraryError
from workshop.services import notes
from workshop.services.sessions import create_session
from workshop.store.db import Library
from workshop.store.inspection import CheckMark

PAGE = 4096


def make_library(path: Path) -> str:
    with Library.open(path) as lib:
        sid = create_session(lib, "library-evening", "Kveld")
        for i in range(40):
            notes.add_note(lib, sid, f"Innspill {i}: flere benker langs elva")
    return sid


def damage_in_place(path: Path, *, keep_time: bool = False) -> None:
    """Overwrite one page of the file, leaving its size (and, if asked, its time) as it was."""
    before = path.stat()
    data = bytearray(path.read_bytes())
    data[2 * PAGE : 3 * PAGE] = random.Random(3).randbytes(PAGE)
    with path.open("r+b") as fh:
        fh.write(bytes(data))
    if keep_time:
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def refused(path: Path) -> str:
    with pytest.raises(LibraryError) as caught:
        Library.open(path)
    return caught.value.key


def test_a_clean_close_marks_the_library_as_checked_today(tmp_path):
    path = tmp_path / "lib.sqlite"
    sid = make_library(path)
    assert CheckMark(path).holds()
    assert not CheckMark(path).holds(today=date.today() + timedelta(days=1))
    with Library.open(path) as lib:  # opened without reading every page, and still sound
        assert len(notes.list_notes(lib, sid)) == 40
    assert CheckMark(path).holds()


def test_damage_written_in_place_after_a_clean_close_is_refused(tmp_path):
    path = tmp_path / "lib.sqlite"
    make_library(path)
    damage_in_place(path)
    assert not CheckMark(path).holds()
    assert refused(path) == "library_corrupt"


def test_damage_that_leaves_size_and_time_alone_is_found_by_the_next_days_check(tmp_path):
    path = tmp_path / "lib.sqlite"
    make_library(path)
    damage_in_place(path, keep_time=True)  # a medium that decays, telling nobody
    assert CheckMark(path).holds()  # today: as Verksted left it, as far as anyone can tell
    mark = CheckMark(path)._file
    day, state = mark.read_text(encoding="ascii").split()
    yesterday = (date.fromisoformat(day) - timedelta(days=1)).isoformat()
    mark.write_text(f"{yesterday} {state}\n", encoding="ascii")
    assert refused(path) == "library_corrupt"


def test_a_damaged_file_put_in_the_librarys_place_is_refused(tmp_path):
    path = tmp_path / "lib.sqlite"
    make_library(path)
    other = tmp_path / "other.sqlite"
    shutil.copy2(path, other)
    damage_in_place(other, keep_time=True)
    os.utime(other, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns))
    os.replace(other, path)  # the same size and time, another file (a sync tool's copy)
    assert not CheckMark(path).holds()
    assert refused(path) == "library_corrupt"


def test_a_copy_at_another_place_is_checked_there(tmp_path):
    path = tmp_path / "lib.sqlite"
    make_library(path)
    copy = tmp_path / "copy.sqlite"
    shutil.copy2(path, copy)
    assert not CheckMark(copy).holds()
    damage_in_place(copy, keep_time=True)
    assert refused(copy) == "library_corrupt"


def test_after_a_process_stopped_without_closing_the_next_open_checks_whole(tmp_path):
    path = tmp_path / "lib.sqlite"
    sid = make_library(path)
    code = (
        "import os, sys\n"
        "from workshop.services import notes\n"
        "from workshop.store.db import Library\n"
        "lib = Library.open(sys.argv[1])\n"
        "notes.add_note(lib, sys.argv[2], 'Skrevet rett før strømmen gikk')\n"
        "lib.checkpoint()  # the log moved into the file\n"
        "os._exit(0)  # no close\n"
    )
    subprocess.run([sys.executable, "-c", code, str(path), sid], check=True, timeout=60)
    assert not CheckMark(path).holds()
    with Library.open(path) as lib:  # checked whole, sound, and marked again
        assert len(notes.list_notes(lib, sid)) == 41
    assert CheckMark(path).holds()


def test_a_file_written_by_others_meanwhile_is_not_marked_at_the_close(tmp_path):
    path = tmp_path / "lib.sqlite"
    make_library(path)
    lib = Library.open(path)
    other = tmp_path / "other.sqlite"
    shutil.copy2(path, other)
    os.replace(other, path)  # another file in its place while the library is open
    lib.close()
    assert not CheckMark(path).holds()
