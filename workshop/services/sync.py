"""Team sync: this computer's library and the team library on the municipality's server.

Each laptop keeps its own library and works offline; the team library (PostgreSQL) is merged
with it by the same merge as session files (:func:`~workshop.services.exchange.pack.merge_session`:
per-field stamps, text versions, vote counters, tombstones), session by session and in both
directions:

1. the sessions changed on either side since the last sync are found from the change marks
   (:mod:`workshop.store.changes`) — nothing else is read;
2. a session changed here is merged into the server in ONE server transaction (all or
   nothing), under that session's lock;
3. then, unless the server had nothing this laptop lacked, the server's copy is merged into
   the laptop in one local transaction;
4. what both now share is recorded per session (``team_sync``), in the same transaction as the
   merge, so a sync cut off anywhere only repeats work the next time, and an edit made here
   while a sync runs is sent by the next one.

A purged session stays purged: purged on one side, it is purged on the other. The team server's
address is remembered in the library without its password.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from workshop.errors import InvalidInputError, LibraryError, VerkstedError
from workshop.filetypes import is_url, safe_url
from workshop.services.exchange.merge import MergeSummary
from workshop.services.exchange.pack import MergeHooks, merge_session, read_content
from workshop.store.changes import (
    changed_between,
    current_mark,
    mark_touched,
    session_mark,
    touch,
)
from workshop.store.db import Library
from workshop.store.models import LibraryInfo, PurgedSession, TeamSync, WorkshopSession
from workshop.store.postgres import check_scheme, with_password
from workshop.store.sessionfile import SessionFileContent, SessionFileError, validate_content
from workshop.store.sql import Sql

TEAM_URL = "team_url"
RETRIES = 5
# A failure of the connection ends the whole sync (the next one picks up where it stopped);
# any other failure of one session is reported and the others go on.
FATAL = frozenset(
    {
        "server_connection_lost",
        "server_unreachable",
        "server_auth_failed",
        "server_refused",
        "server_no_database",
        "server_too_new",
        "server_changed_schema",
    }
)

Progress = Callable[[int, int], None]


@dataclass
class SyncSummary:
    url: str
    sent: int = 0
    received: int = 0
    purged: int = 0
    conflicts: int = 0
    looked_at: int = 0
    held: int = 0  # copies of approved sessions kept as pending revisions (here or there)
    failed: list[tuple[str, VerkstedError]] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "url": self.url,
            "sent": self.sent,
            "received": self.received,
            "purged": self.purged,
            "conflicts": self.conflicts,
            "held": self.held,
            "failed": [{"title": t, "error": e.message("en")} for t, e in self.failed],
        }


def team_url(lib: Library) -> str | None:
    """The team server this library last synced with (without a password)."""
    with lib.read() as s:
        info = s.get(LibraryInfo, TEAM_URL)
        return info.value if info is not None else None


def clean_team_url(url: str) -> str:
    """A team server's address as it may be stored: checked, and without a password."""
    url = url.strip()
    if not is_url(url):
        raise InvalidInputError("sync_not_a_server", url=url)
    check_scheme(url)
    return safe_url(url)


def sync_library(
    lib: Library,
    url: str | None = None,
    *,
    password: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SyncSummary:
    """Sync ``lib`` with the team library at ``url`` (or the one it last synced with).

    ``password``: for this sync only, when libpq's own places have none (never stored)."""
    url = (url or team_url(lib) or "").strip()
    if not url:
        raise InvalidInputError("sync_no_team")
    clean_team_url(url)
    if lib.is_server:
        raise InvalidInputError("sync_same_library")
    server = Library.open(with_password(url, password))  # creates, upgrades or refuses
    try:
        summary = _Sync(lib, server).run(progress, cancelled)
    finally:
        server.close()
    return summary


def _with_retries(work: Callable[[], MergeSummary]) -> MergeSummary:
    """Run one server transaction again after a serialization failure or a deadlock."""
    for attempt in range(RETRIES):
        try:
            return work()
        except LibraryError as error:
            if not getattr(error, "retryable", False) or attempt == RETRIES - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")  # pragma: no cover


class _Push(MergeHooks):
    """Into the server: did the server have anything this laptop lacked? And its new mark."""

    def __init__(self, sid: str, known_server_mark: int) -> None:
        self.sid = sid
        self.known = known_server_mark
        self.before_mark = 0
        self.mark = 0

    def before(self, s) -> None:
        self.before_mark = session_mark(Sql(s.connection()), self.sid)

    def after(self, s, summary: MergeSummary, wrote: bool) -> bool:
        self.mark = (mark_touched(s) if wrote else None) or self.before_mark
        return False

    @property
    def server_had_more(self) -> bool:
        return self.before_mark > self.known


class _Pull(MergeHooks):
    """Into this library: record what it now shares with the server, in the same transaction."""

    def __init__(self, team: str, sid: str, base_local: int, server_mark: int) -> None:
        self.team, self.sid = team, sid
        self.base_local = base_local  # this library's mark of the session the server has
        self.server_mark = server_mark
        self.current = 0

    def before(self, s) -> None:
        self.current = session_mark(Sql(s.connection()), self.sid)

    def after(self, s, summary: MergeSummary, wrote: bool) -> bool:
        mark = (mark_touched(s) if wrote else None) or self.current
        # An edit made here since the copy was sent is not on the server: keep it to send.
        local = mark if self.current <= self.base_local else self.base_local
        _record(s, self.team, self.sid, local, self.server_mark)
        return True


def _record(s, team: str, sid: str, local: int, server: int) -> None:
    sql = Sql(s.connection())
    sql.run(
        sql.upsert(
            "team_sync",
            ("team_id", "session_id", "local_mark", "server_mark"),
            ("team_id", "session_id"),
        ),
        (team, sid, local, server),
    )


class _Sync:
    def __init__(self, lib: Library, server: Library) -> None:
        self.lib = lib
        self.server = server
        self.team = server.library_id
        self.summary = SyncSummary(url=server.url or "")
        self.key_local = f"team:{self.team}:local_mark"
        self.key_server = f"team:{self.team}:server_mark"

    def run(self, progress: Progress | None, cancelled: Callable[[], bool] | None) -> SyncSummary:
        with self.lib.read() as s:
            sql = Sql(s.connection())
            local_now = current_mark(sql)
            seen_local = int(self._info(s, self.key_local) or 0)
            seen_server = int(self._info(s, self.key_server) or 0)
            local = changed_between(sql, seen_local, local_now)
            known = {
                row.session_id: (row.local_mark, row.server_mark)
                for row in s.query(TeamSync).filter(TeamSync.team_id == self.team)
            }
        with self.server.read() as s:
            sql = Sql(s.connection())
            server_now = current_mark(sql)
            remote = changed_between(sql, seen_server, server_now)
        work = []
        for sid in sorted(local.keys() | remote.keys()):
            k_local, k_server = known.get(sid, (0, 0))
            here, there = local.get(sid, 0) > k_local, remote.get(sid, 0) > k_server
            if here or there:
                work.append((sid, here, (k_local, k_server)))
        self.summary.looked_at = len(work)
        for done, (sid, here, known_marks) in enumerate(work):
            if progress is not None:
                progress(done, len(work))
            if cancelled is not None and cancelled():
                return self.summary
            try:
                self._one(sid, here, known_marks)
            except (LibraryError, SessionFileError) as error:
                if error.key in FATAL:
                    raise
                self.summary.failed.append((self._title(sid), error))
        if progress is not None:
            progress(len(work), len(work))
        self._finish(local_now, server_now)
        return self.summary

    @staticmethod
    def _info(s, key: str) -> str | None:
        info = s.get(LibraryInfo, key)
        return info.value if info is not None else None

    def _title(self, sid: str) -> str:
        for lib in (self.lib, self.server):
            with lib.read() as s:
                ws = s.get(WorkshopSession, sid)
                if ws is not None:
                    return ws.title
        return sid[:8]

    def _finish(self, local_now: int, server_now: int) -> None:
        with self.lib.write() as s:
            s.merge(LibraryInfo(key=TEAM_URL, value=safe_url(self.server.url or "")))
            if not self.summary.failed:  # next time, look only past what was looked at now
                s.merge(LibraryInfo(key=self.key_local, value=str(local_now)))
                s.merge(LibraryInfo(key=self.key_server, value=str(server_now)))

    # --- one session ---

    def _one(self, sid: str, here: bool, known: tuple[int, int]) -> None:
        if self._purged(sid):
            return
        k_local, k_server = known
        base_local = k_local
        if here:
            content, local_at_pack = _read(self.lib, sid)
            push = _Push(sid, k_server)
            result = _with_retries(lambda: merge_session(self.server, content, hooks=push))
            self.summary.held += int(result.pending)
            self.summary.sent += int(result.changed and not result.pending)
            self.summary.conflicts += result.conflicts
            base_local = local_at_pack
            if not push.server_had_more:
                # The server had nothing this laptop lacked: it now holds exactly this copy.
                with self.lib.write() as s:
                    _record(s, self.team, sid, local_at_pack, push.mark)
                return
            self.summary.conflicts -= result.conflicts  # counted once, from the pull below
        content, server_mark = _read(self.server, sid)
        validate_content(content, self.server.url or "")
        pull = _Pull(self.team, sid, base_local, server_mark)
        result = merge_session(self.lib, content, hooks=pull)
        self.summary.held += int(result.pending)
        self.summary.received += int(result.changed and not result.pending)
        self.summary.conflicts += result.conflicts

    def _purged(self, sid: str) -> bool:
        """Purged on either side: purge it on the other, record it; True if so."""
        here, there = _is_purged(self.lib, sid), _is_purged(self.server, sid)
        if not (here or there):
            return False
        if not there:
            _with_retries(lambda: _purge(self.server, sid))
        if not here:
            _purge(self.lib, sid)
            self.summary.purged += 1
        with self.server.read() as s:
            server_mark = session_mark(Sql(s.connection()), sid)
        with self.lib.write() as s:
            local_mark = session_mark(Sql(s.connection()), sid)
            _record(s, self.team, sid, local_mark, server_mark)
        return True


def _read(lib: Library, sid: str) -> tuple[SessionFileContent, int]:
    """A session's copy and its change mark, read in one transaction (one snapshot)."""
    with lib.read() as s:
        mark = session_mark(Sql(s.connection()), sid)
        return read_content(s, lib.device_id, sid), mark


def _is_purged(lib: Library, sid: str) -> bool:
    with lib.read() as s:
        return s.get(PurgedSession, sid) is not None


def _purge(lib: Library, sid: str) -> MergeSummary | None:
    from workshop.services.purge import purge_session

    with lib.read() as s:
        exists = s.get(WorkshopSession, sid) is not None
    if exists:
        purge_session(lib, sid)
        return None
    with lib.write(session_id=sid) as s:
        if s.get(PurgedSession, sid) is None:
            s.add(PurgedSession(id=sid))
        touch(s, sid)
    return None
