"""An error of the library never quotes what participants wrote: the values of a failed
statement are left out of its text, and so out of the log file, where no purge reaches them."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from tests.conftest import BACKENDS

LIBRARY_BACKENDS = BACKENDS

SECRET = "HEMMELIG-INNSPILL fra Kari"


def test_a_failed_statement_does_not_quote_its_values(lib, session_id):
    with pytest.raises(IntegrityError) as exc, lib.write() as s:
        s.execute(
            text("INSERT INTO notes (id, session_id, text) VALUES (:id, :sid, :text)"),
            {"id": session_id, "sid": None, "text": SECRET},  # session_id NOT NULL
        )
    assert "INSERT INTO notes" in str(exc.value)  # the statement, for whoever fixes it
    assert SECRET not in str(exc.value)
    assert SECRET not in repr(exc.value)


def test_the_log_of_an_unexpected_error_holds_no_note_text(lib, session_id, tmp_path, monkeypatch):
    from workshop.ui import errors

    monkeypatch.setattr(errors, "log_path", lambda: tmp_path / "log" / "verksted.log")
    try:
        with lib.write() as s:
            s.execute(
                text("INSERT INTO notes (id, session_id, text) VALUES (:id, :sid, :text)"),
                {"id": session_id, "sid": None, "text": SECRET},
            )
    except IntegrityError as exc:
        path = errors.write_log(type(exc), exc, exc.__traceback__)
    assert path is not None
    logged = path.read_text(encoding="utf-8")
    assert "IntegrityError" in logged
    assert SECRET not in logged
