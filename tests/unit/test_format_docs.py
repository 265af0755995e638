"""The documented session-file format matches what Verksted writes and reads."""

from __future__ import annotations

from pathlib import Path

from workshop.store import sessionfile

DOC = (Path(__file__).resolve().parents[2] / "docs" / "session-file.md").read_text(encoding="utf-8")


def test_the_document_names_every_table_in_merge_order():
    positions = [DOC.index(f"`{name}`") for name in sessionfile.TABLES]
    # note_principles and note_focus_areas share a row, as do actions and action_notes.
    assert positions == sorted(positions)


def test_the_document_states_the_container_constants():
    assert f"0x{sessionfile.FILE_APPLICATION_ID:08X}" in DOC
    assert f"`PRAGMA user_version` = `{sessionfile.FILE_FORMAT}`" in DOC
    assert f"(format {sessionfile.FILE_FORMAT})" in DOC
    assert f"{sessionfile.MAX_FILE_BYTES // (1024 * 1024)} MB" in DOC
    assert sessionfile.SUFFIX in DOC
