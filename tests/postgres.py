"""A real PostgreSQL for the tests: the throwaway server of ``.ci/with-postgres``.

``VERKSTED_TEST_POSTGRES`` is the URL of a superuser on it; the fixtures in ``tests/conftest.py``
make a database per test (``new_database``) or share one emptied before each test (the
``postgresql`` side of the ``lib`` fixture), and skip with :data:`NO_POSTGRES` without a server.
"""

from __future__ import annotations

NO_POSTGRES = "no PostgreSQL (run the tests under .ci/with-postgres)"


def admin_connection(url: str):
    import psycopg

    return psycopg.connect(url, autocommit=True)


def database_url(admin: str, name: str, user: str | None = None, password: str | None = None):
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(admin)
    netloc = parts.netloc
    if user is not None:
        host = netloc.rpartition("@")[2]
        netloc = f"{user}:{password}@{host}" if password else f"{user}@{host}"
    return urlunsplit((parts.scheme, netloc, "/" + name, parts.query, parts.fragment))


def drop_database(admin: str, name: str) -> None:
    with admin_connection(admin) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def empty_team_database(url: str) -> None:
    """Every table emptied; the library's own facts as on a new team library."""
    from workshop.store.models import Base, new_id

    names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with admin_connection(url.replace("postgresql+psycopg://", "postgresql://")) as conn:
        conn.execute(f"TRUNCATE {names} CASCADE")
        conn.execute(
            "INSERT INTO library_info (key, value) VALUES ('library_id', %s), ('device_id', %s)",
            (new_id(), new_id()),
        )
