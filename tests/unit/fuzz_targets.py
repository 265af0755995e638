"""Fuzzing every reader of outside data: CSV files, session files, framework files, photos.

Each target feeds one input to the reader exactly as the command line and the GUI do; the
reader must either accept it or refuse it with a :class:`~workshop.errors.VerkstedError` (a
clean one-line message). Anything else escaping is a finding. The strategies mix inputs built
from the format's own parts (so that the checks deep inside are reached) with mutations of a
valid file and plain random bytes.

Used by ``tests/unit/test_fuzz_readers.py`` (a short derandomised profile in the suite) and by
``tests/benchmarks/fuzz_readers.py`` (the long profile, 100,000 inputs per reader and more).
"""

from __future__ import annotations

import functools
import io
import json
import sqlite3
import tomllib
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from workshop.errors import VerkstedError

# --- the harness -------------------------------------------------------------------------------


@dataclass
class Findings:
    """Unexpected exceptions, one entry per distinct (type, place in the code)."""

    inputs: int = 0
    refused: int = 0
    accepted: int = 0
    seen: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)

    def record(self, exc: BaseException, example: Any) -> None:
        frames = traceback.extract_tb(exc.__traceback__)
        ours = [f for f in frames if "/workshop/" in f.filename] or frames
        where = f"{Path(ours[-1].filename).name}:{ours[-1].lineno}" if ours else "?"
        key = (type(exc).__name__, where)
        entry = self.seen.setdefault(key, {"count": 0, "message": str(exc)[:200], "example": None})
        entry["count"] += 1
        if entry["example"] is None:
            entry["example"] = repr(example)[:300]

    @property
    def count(self) -> int:
        return sum(e["count"] for e in self.seen.values())


def feed(target: Callable[[Any], object], example: Any, findings: Findings | None) -> None:
    """One input: accepted, refused cleanly, or (raised when ``findings`` is None) a finding."""
    if findings is not None:
        findings.inputs += 1
    try:
        target(example)
    except VerkstedError as exc:
        message = exc.message("en")
        if "\n" in message or "Traceback" in message:
            problem = AssertionError(f"a refusal of more than one line: {message[:200]!r}")
            if findings is None:
                raise problem from exc
            findings.record(problem, example)
        elif findings is not None:
            findings.refused += 1
    except Exception as exc:
        if findings is None:
            raise
        findings.record(exc, example)
    else:
        if findings is not None:
            findings.accepted += 1


# --- CSV files ---------------------------------------------------------------------------------

COLUMNS = ["text", "tekst", "innspill", "principles", "prinsipper", "group", "gruppe", "step",
           "steg", "Text", " TEXT ", "other", ""]  # fmt: skip
NUMBERS = ["1", "2", "10", "0", "-1", "²", "١", "1e3", "1.5", "9" * 30, "1" * 4301, " 3 ", "3;7",
           "3,7", "3/7", "01", "+1", "0x1", ""]  # fmt: skip
cells = st.one_of(
    st.sampled_from(NUMBERS),
    st.text(max_size=40),
    st.text(st.sampled_from('";,\n\r\t\x00 aæ=+-@'), max_size=12),
    st.builds(lambda n: "x" * n, st.integers(4990, 5010)),
)


@st.composite
def csv_files(draw) -> bytes:
    delimiter = draw(st.sampled_from([";", ",", "\t", "|"]))
    header = draw(st.lists(st.sampled_from(COLUMNS), min_size=1, max_size=5))
    rows = draw(st.lists(st.lists(cells, max_size=len(header) + 2), max_size=8))

    def line(values: list[str]) -> str:
        out = []
        for v in values:
            if draw(st.booleans()) and any(c in v for c in f'{delimiter}"\n'):
                v = '"' + v.replace('"', '""') + '"'
            out.append(v)
        return delimiter.join(out)

    text = "\r\n".join([line(header), *(line(r) for r in rows)]) + draw(st.sampled_from(["", "\n"]))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "latin-1"]))
    raw = text.encode(encoding, errors="replace")
    if draw(st.integers(0, 9)) == 0:  # a byte or two changed
        data = bytearray(raw)
        for _ in range(draw(st.integers(1, 3))):
            if data:
                data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        raw = bytes(data)
    return raw


any_csv = st.one_of(csv_files(), csv_files(), st.binary(max_size=300))


def csv_target(workdir: Path) -> Callable[[bytes], object]:
    from workshop.services.csv_import import import_csv
    from workshop.services.sessions import create_session
    from workshop.store.db import Library

    lib = Library.open(workdir / "csv-library.sqlite")
    session_id = create_session(lib, "focus-group", "Fuzz")
    path = workdir / "input.csv"

    def run(raw: bytes) -> object:
        path.write_bytes(raw)
        return import_csv(lib, session_id, path)

    run.close = lib.close
    return run


# --- framework files ---------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


@functools.cache
def _default_framework_json() -> str:
    from workshop.domain.framework import default_framework_path

    return json.dumps(tomllib.loads(default_framework_path().read_text(encoding="utf-8")))


@st.composite
def mutated_frameworks(draw) -> dict[str, Any]:
    """The default framework with a few values replaced, removed or duplicated."""
    data = json.loads(_default_framework_json())
    for _ in range(draw(st.integers(1, 4))):
        node = data
        for _depth in range(draw(st.integers(0, 4))):
            if isinstance(node, dict) and node:
                child = node[draw(st.sampled_from(sorted(node)))]
            elif isinstance(node, list) and node:
                child = node[draw(st.integers(0, len(node) - 1))]
            else:
                break
            if not isinstance(child, dict | list):
                break
            node = child
        action = draw(st.sampled_from(["replace", "delete", "duplicate"]))
        if isinstance(node, dict) and node:
            key = draw(st.sampled_from(sorted(node)))
            if action == "delete":
                del node[key]
            else:
                node[key] = draw(json_values) if action == "replace" else node[key]
        elif isinstance(node, list) and node:
            i = draw(st.integers(0, len(node) - 1))
            if action == "delete":
                del node[i]
            elif action == "duplicate":
                node.append(node[i])
            else:
                node[i] = draw(json_values)
    return data


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value if v is not None) + "]"
    if isinstance(value, dict):
        inner = ", ".join(
            f"{json.dumps(k)} = {_toml(v)}" for k, v in value.items() if v is not None
        )
        return "{ " + inner + " }"
    return '""'


def toml_of(data: Any) -> bytes:
    if not isinstance(data, dict):
        return _toml(data).encode()
    return "\n".join(
        f"{json.dumps(k)} = {_toml(v)}" for k, v in data.items() if v is not None
    ).encode()


any_framework = st.one_of(
    mutated_frameworks().map(toml_of),
    mutated_frameworks().map(toml_of),
    json_values.map(toml_of),
    st.binary(max_size=200),
    st.text(max_size=200).map(str.encode),
)
any_snapshot = st.one_of(mutated_frameworks(), json_values)  # a session file's framework JSON


def framework_target(workdir: Path) -> Callable[[bytes], object]:
    from workshop.domain.framework import load_framework

    path = workdir / "framework.toml"

    def run(raw: bytes) -> object:
        path.write_bytes(raw)
        return load_framework(path)

    return run


def snapshot_target(_workdir: Path) -> Callable[[Any], object]:
    from workshop.domain.framework import framework_from_dict

    return lambda data: framework_from_dict(data, "<snapshot>")


# --- photos ------------------------------------------------------------------------------------


def _image_bytes(fmt: str, size: tuple[int, int], mode: str) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    image = Image.new(mode, size, "white" if mode != "P" else 0)
    if fmt == "JPEG" and mode not in ("RGB", "L", "CMYK"):
        image = image.convert("RGB")
    image.save(out, fmt)
    return out.getvalue()


@st.composite
def photos(draw) -> bytes:
    fmt = draw(st.sampled_from(["PNG", "JPEG"]))
    mode = draw(st.sampled_from(["RGB", "RGBA", "L", "P", "LA", "I;16", "1", "CMYK"]))
    if fmt == "PNG" and mode == "CMYK":
        mode = "RGB"
    size = (draw(st.integers(1, 40)), draw(st.integers(1, 40)))
    raw = bytearray(_image_bytes(fmt, size, mode))
    kind = draw(st.sampled_from(["flip", "cut", "header", "as is"]))
    if kind == "flip":
        for _ in range(draw(st.integers(1, 8))):
            raw[draw(st.integers(0, len(raw) - 1))] = draw(st.integers(0, 255))
    elif kind == "cut":
        raw = raw[: draw(st.integers(0, len(raw)))]
    elif kind == "header" and fmt == "PNG" and len(raw) > 24:
        # a huge width and height in IHDR (the CRC then fails, or not, as a hostile file would)
        raw[16:24] = draw(st.integers(0, 2**31 - 1)).to_bytes(4, "big") + draw(
            st.integers(0, 2**31 - 1)
        ).to_bytes(4, "big")
    return bytes(raw)


any_photo = st.one_of(
    photos(),
    photos(),
    st.binary(max_size=200).map(lambda b: b"\x89PNG\r\n\x1a\n" + b),
    st.binary(max_size=200).map(lambda b: b"\xff\xd8\xff" + b),
    st.binary(max_size=100),
)


def photo_target(_workdir: Path) -> Callable[[bytes], object]:
    from workshop.services.attachments import prepare_image

    return lambda raw: prepare_image(raw, "fuzz.png")


# --- session files -----------------------------------------------------------------------------


def valid_session_file(workdir: Path) -> bytes:
    """A packed session with a little of everything a session file carries (steps, notes with
    tags and votes, an edited text, a cluster, an action, ratings, a photo, a deleted note, a
    tombstone) to mutate: small, so that each input is quick to read."""
    from PIL import Image

    from workshop.services.actions import add_action
    from workshop.services.attachments import add_photo
    from workshop.services.board import create_cluster
    from workshop.services.evaluation import add_ratings
    from workshop.services.exchange import pack_session
    from workshop.services.notes import NoteDraft, add_notes, edit_note, set_notes_deleted
    from workshop.services.sessions import create_session
    from workshop.services.tags import set_tags
    from workshop.store.db import Library

    target = workdir / "valid.verksted"
    if not target.exists():
        with Library.open(workdir / "source.sqlite") as lib:
            session_id = create_session(lib, "focus-group", "Fuzz", place="Gran")
            cluster = create_cluster(lib, session_id, "Klynge", x=10.0, y=20.0)
            ids = add_notes(
                lib,
                session_id,
                [
                    NoteDraft("Første", group="Innbyggere", principles=[1, 3], votes=2),
                    NoteDraft("Andre", step_position=1, cluster_id=cluster),
                    NoteDraft("Tredje", colour="blue", author="Kari"),
                ],
            )
            edit_note(lib, session_id, ids[0], "Første, endret")
            set_tags(lib, session_id, {ids[1]: True}, focus_areas=["aktive-innovasjonspolitikere"])
            set_tags(lib, session_id, {ids[0]: False}, principles=[3])  # leaves a tombstone
            set_notes_deleted(lib, session_id, [ids[2]], True)
            add_action(lib, session_id, "Gjøre noe", note_ids=[ids[0]])
            add_ratings(lib, session_id, [4, 5])
            photo = io.BytesIO()
            Image.new("RGB", (16, 12), "white").save(photo, "PNG")
            add_photo(lib, session_id, photo.getvalue(), caption="Veggen")
            pack_session(lib, session_id, target)
    return target.read_bytes()


SQL_VALUES = st.one_of(
    st.none(),
    st.integers(-(2**63), 2**63 - 1),
    st.floats(),
    st.text(max_size=30),
    st.binary(max_size=30),
    st.sampled_from(
        [
            "",
            "{}",
            "[]",
            '{"*": "9999999999999.9999.x"}',
            "null",
            "[[[[[[[[[[]]]]]]]]]]",
            "2026-13-45",
            "0000000000000.0000.",
            '{"number": 1}',
            "x" * 6000,
        ]
    ),
)


@st.composite
def session_file_edits(draw) -> tuple[str, list]:
    """("bytes", [(offset, byte)…]), ("cut", [length]) or ("sql", [(table, column, value)…])."""
    kind = draw(st.sampled_from(["bytes", "cut", "sql", "sql"]))
    if kind == "bytes":
        return kind, draw(st.lists(st.tuples(st.integers(0, 2**20), st.integers(0, 255)),
                                   min_size=1, max_size=6))  # fmt: skip
    if kind == "cut":
        return kind, [draw(st.integers(0, 2**20))]
    return kind, draw(st.lists(st.tuples(st.integers(0, 1000), st.integers(0, 1000), SQL_VALUES),
                               min_size=1, max_size=3))  # fmt: skip


def apply_edit(valid: bytes, edit: tuple[str, list], path: Path) -> None:
    kind, what = edit
    if kind == "bytes":
        data = bytearray(valid)
        for offset, byte in what:
            data[offset % len(data)] = byte
        path.write_bytes(bytes(data))
        return
    if kind == "cut":
        path.write_bytes(valid[: what[0] % (len(valid) + 1)])
        return
    path.write_bytes(valid)
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for t_index, c_index, value in what:
            table = tables[t_index % len(tables)]
            names = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            column = names[c_index % len(names)]
            try:
                conn.execute(
                    f'UPDATE "{table}" SET "{column}" = ? WHERE rowid IN '
                    f'(SELECT rowid FROM "{table}" ORDER BY rowid LIMIT 1 OFFSET ?)',
                    (value, c_index % 3),
                )
            except sqlite3.IntegrityError:
                continue  # the file's own constraints refuse this edit: a file cannot hold it
        conn.commit()
    finally:
        conn.close()


def session_file_target(workdir: Path) -> Callable[[tuple[str, list]], object]:
    from workshop.services.exchange import unpack_session
    from workshop.store.db import Library
    from workshop.store.sessionfile import read_session_file

    valid = valid_session_file(workdir)
    lib = Library.open(workdir / "unpack-library.sqlite")
    path = workdir / "input.verksted"

    def run(edit: tuple[str, list]) -> object:
        apply_edit(valid, edit, path)
        read_session_file(path)  # the reader alone, then the merge it feeds (rolled back)
        return unpack_session(lib, path, dry_run=True)

    run.close = lib.close
    return run


TARGETS: dict[str, tuple[Callable[[Path], Callable[[Any], object]], st.SearchStrategy]] = {
    "csv": (csv_target, any_csv),
    "session-file": (session_file_target, session_file_edits()),
    "framework": (framework_target, any_framework),
    "framework-snapshot": (snapshot_target, any_snapshot),
    "photo": (photo_target, any_photo),
}
