"""An unexpected error in the GUI is logged and shown in a dialog, never a crash."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from workshop.ui import errors


def test_an_unexpected_error_is_logged_and_shown(qapp, monkeypatch, tmp_path):
    shown: list[str] = []
    monkeypatch.setattr(errors, "log_path", lambda: tmp_path / "logs" / "verksted.log")
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    try:
        raise ValueError("the disk went away")
    except ValueError as exc:
        errors.handle_exception(ValueError, exc, exc.__traceback__)
    assert len(shown) == 1 and "the disk went away" in shown[0]
    assert str(tmp_path / "logs" / "verksted.log") in shown[0]
    log = (tmp_path / "logs" / "verksted.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "ValueError: the disk went away" in log
