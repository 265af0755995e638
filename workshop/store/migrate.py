"""Alembic glue: upgrade an existing library to the head revision."""

from __future__ import annotations

from sqlalchemy import Engine

from workshop.paths import migrations_dir


def alembic_config():
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations in one transaction, with foreign keys off while tables are rebuilt.

    SQLite's batch migrations copy a table and drop the old one; with foreign keys on, dropping
    ``sessions`` would cascade into every note. Integrity is checked before the commit.
    """
    from alembic import command

    from workshop.errors import LibraryError

    cfg = alembic_config()
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection  # a pragma outside SQLAlchemy's transaction
        raw.execute("PRAGMA foreign_keys = OFF")  # (inside a transaction it does nothing)
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise LibraryError(
                        "library_upgrade_failed",
                        path=str(engine.url.database),
                        detail=f"foreign key check: {problems[0]}",
                    )
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def script_revisions() -> list[str]:
    """All revisions in the shipped scripts, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def prepare_server(engine: Engine, url: str) -> None:
    """Create the schema on an empty team database, or upgrade an older one to the head.

    Under the library's advisory lock, in one transaction (PostgreSQL's DDL is transactional):
    two laptops doing it at once find it done, and a failure leaves the database as it was.
    """
    from alembic import command

    from workshop.store import postgres
    from workshop.store.inspection import HEAD_REVISION
    from workshop.store.models import Base, LibraryInfo, new_id

    with engine.connect() as conn, conn.begin():
        conn.exec_driver_sql("SELECT pg_advisory_xact_lock(%s)", (postgres.LIBRARY_LOCK,))
        found = postgres.revision(conn)
        postgres.check_revision(found, url)
        if found == HEAD_REVISION:
            return
        if found is None:
            Base.metadata.create_all(conn)
            conn.exec_driver_sql(
                "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
            )
            conn.exec_driver_sql(
                "INSERT INTO alembic_version (version_num) VALUES (%s)", (HEAD_REVISION,)
            )
            info = LibraryInfo.__table__
            conn.execute(info.insert().values(key="library_id", value=new_id()))
            conn.execute(info.insert().values(key="device_id", value=new_id()))
            return
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
