"""Stamps, text versions, vote counters and tombstones, so copies of a session can be merged.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

TRACKED = (
    "sessions",
    "steps",
    "clusters",
    "notes",
    "note_principles",
    "note_focus_areas",
    "actions",
    "ratings",
    "action_notes",
    "attachments",
)


def upgrade() -> None:
    for table in TRACKED:
        op.add_column(table, sa.Column("stamps", sa.JSON(), nullable=True))
    op.create_table(
        "note_versions",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("note_id", sa.String(length=36), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("parents", sa.JSON(), nullable=False),
        sa.Column("stamp", sa.String(length=80), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["note_id"],
            ["notes.id"],
            name=op.f("fk_note_versions_note_id_notes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note_versions")),
    )
    op.create_index(op.f("ix_note_versions_note_id"), "note_versions", ["note_id"], unique=False)
    op.create_table(
        "note_votes",
        sa.Column("note_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("adds", sa.Integer(), nullable=False),
        sa.Column("removes", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["note_id"],
            ["notes.id"],
            name=op.f("fk_note_votes_note_id_notes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("note_id", "device_id", name=op.f("pk_note_votes")),
    )
    op.create_table(
        "tombstones",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_key", sa.String(length=200), nullable=False),
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("stamps", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_tombstones_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("table_name", "row_key", name=op.f("pk_tombstones")),
    )
    op.create_index(op.f("ix_tombstones_session_id"), "tombstones", ["session_id"], unique=False)

    # Every existing note gets its text as a first version (same id as the note, so two copies
    # of one old library agree), and its votes as a counter of the library's own device.
    from workshop.store.replication import legacy_stamp

    conn = op.get_bind()
    device = conn.exec_driver_sql("SELECT value FROM library_info WHERE key = 'device_id'").scalar()
    rows = conn.exec_driver_sql("SELECT id, text, updated_at, device_id, votes FROM notes").all()
    if rows:
        conn.exec_driver_sql(
            "INSERT INTO note_versions (id, note_id, text, parents, stamp, device_id) "
            "VALUES (?, ?, ?, '[]', ?, ?)",
            [(r[0], r[0], r[1], legacy_stamp(r[2], r[3]), r[3]) for r in rows],
        )
    votes = [(r[0], device or r[3], r[4]) for r in rows if r[4]]
    if votes:
        conn.exec_driver_sql(
            "INSERT INTO note_votes (note_id, device_id, adds, removes) VALUES (?, ?, ?, 0)",
            votes,
        )


def downgrade() -> None:
    op.drop_index(op.f("ix_tombstones_session_id"), table_name="tombstones")
    op.drop_table("tombstones")
    op.drop_table("note_votes")
    op.drop_index(op.f("ix_note_versions_note_id"), table_name="note_versions")
    op.drop_table("note_versions")
    for table in TRACKED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("stamps")
