"""Build tests/data/library-v1.sqlite: a small library frozen at schema revision 0001.

The file is committed. Tests copy it and open it with the current code, so a later schema change
must migrate it (and keep its data readable). Do not regenerate it after the schema has moved on;
a new frozen file gets a new name (library-v2.sqlite, ...).

    python tests/data/make_library_v1.py [--force]
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from datetime import date
from pathlib import Path

from workshop.domain.templates import load_template
from workshop.paths import templates_dir
from workshop.services.actions import add_action
from workshop.services.notes import add_note, create_cluster, delete_note, step_id_at, vote_note
from workshop.services.sessions import create_session, update_session
from workshop.store.db import Library
from workshop.store.inspection import APPLICATION_ID, HEAD_REVISION

DEST = Path(__file__).resolve().parent / "library-v1.sqlite"
REVISION = "0001"


def build(dest: Path) -> None:
    if HEAD_REVISION != REVISION:
        sys.exit(f"this script writes schema {REVISION}, but the code is at {HEAD_REVISION}")
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{dest}{suffix}").unlink(missing_ok=True)

    lib = Library.open(dest)
    try:
        # the shipped template file, so a user's own templates cannot change the result
        template = load_template(templates_dir() / "politician-workshop.toml")
        session_id = create_session(
            lib,
            template,
            "Politikerverksted om innovasjonstrykket",
            session_date=date(2026, 3, 4),
            place="Gran rådhus",
            facilitators=["Kari Nordmann"],
            participants={"Politikere": 20, "Administrasjon": 5},
            archive_ref="2026/123",
        )
        update_session(lib, session_id, participants_actual={"Politikere": 18}, status="finished")
        stories = step_id_at(lib, session_id, 2)
        challenges = step_id_at(lib, session_id, 3)
        n1 = add_note(
            lib,
            session_id,
            "Frivilligsentralen og biblioteket samarbeider om leksehjelp.",
            step_id=stories,
            group="Politikere",
            principles=[9],
            focus_areas=["samskaping-og-involvering"],
        )
        n2 = add_note(
            lib,
            session_id,
            "Digital søknad om plass i SFO – færre telefoner.",
            step_id=stories,
            group="Administrasjon",
            colour="blue",
            principles=[8, 10],
        )
        n3 = add_note(
            lib,
            session_id,
            "Tør vi prøve ut et kommunestyremøte utenfor rådhuset?",
            step_id=challenges,
            group="Politikere",
            colour="pink",
            author="Ola",
            principles=[5],
            focus_areas=["aktive-innovasjonspolitikere"],
        )
        n4 = add_note(lib, session_id, "Lapp som ble slettet.", step_id=challenges)
        delete_note(lib, session_id, n4)
        vote_note(lib, session_id, n3, 3)
        create_cluster(lib, session_id, "Samarbeid og digitalt", [n1, n2], x=0.0, y=0.0)
        add_action(
            lib,
            session_id,
            "Legge ett kommunestyremøte til Brandbu i høst.",
            owner="Ordføreren",
            due=date(2026, 10, 1),
            note_ids=[n3],
            principles=[5],
        )
    finally:
        lib.close()

    conn = sqlite3.connect(dest)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("VACUUM")
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(REVISION,)]
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    for suffix in ("-wal", "-shm", "-journal"):
        assert not Path(f"{dest}{suffix}").exists(), suffix
    print(f"wrote {dest} ({dest.stat().st_size} bytes)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="overwrite an existing file")
    parser.add_argument("--dest", type=Path, default=DEST)
    args = parser.parse_args(argv)
    if args.dest.exists() and not args.force:
        sys.exit(f"{args.dest} exists; it is a frozen test file (use --force to rebuild it)")
    build(args.dest)


if __name__ == "__main__":
    main()
