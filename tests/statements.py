"""Count the SQL statements a piece of work sends (tests that count work rather than time)."""

from __future__ import annotations

from sqlalchemy import event


class Statements:
    """``with Statements(lib) as seen:`` — ``seen`` lists each statement sent, whitespace folded."""

    def __init__(self, lib) -> None:
        self.lib = lib
        self.seen: list[str] = []

    def __enter__(self) -> list[str]:
        event.listen(self.lib.engine, "before_cursor_execute", self._seen)
        return self.seen

    def __exit__(self, *_exc) -> None:
        event.remove(self.lib.engine, "before_cursor_execute", self._seen)

    def _seen(self, _conn, _cursor, statement, *_rest) -> None:
        self.seen.append(" ".join(statement.split()))
