"""Change marks per session and what a laptop shares with a team server (team sync).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03

The first revision that also runs on PostgreSQL (a team library is created at this revision or
later): plain Alembic operations and SQLAlchemy Core, no SQLite-only SQL.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "session_changes",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("mark", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("session_id", name=op.f("pk_session_changes")),
    )
    op.create_index(op.f("ix_session_changes_mark"), "session_changes", ["mark"], unique=False)
    op.create_table(
        "team_sync",
        sa.Column("team_id", sa.String(length=36), nullable=False),
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("local_mark", sa.BigInteger(), nullable=False),
        sa.Column("server_mark", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("team_id", "session_id", name=op.f("pk_team_sync")),
    )
    # Every session already here is a change not yet sent to any team server.
    conn = op.get_bind()
    sessions = sa.table("sessions", sa.column("id", sa.String))
    changes = sa.table(
        "session_changes", sa.column("session_id", sa.String), sa.column("mark", sa.BigInteger)
    )
    info = sa.table("library_info", sa.column("key", sa.String), sa.column("value", sa.Text))
    ids = [row[0] for row in conn.execute(sa.select(sessions.c.id))]
    if ids:
        conn.execute(changes.insert(), [{"session_id": i, "mark": 1} for i in ids])
        conn.execute(info.delete().where(info.c.key == "change_mark"))
        conn.execute(info.insert().values(key="change_mark", value="1"))


def downgrade() -> None:
    op.drop_table("team_sync")
    op.drop_index(op.f("ix_session_changes_mark"), table_name="session_changes")
    op.drop_table("session_changes")
