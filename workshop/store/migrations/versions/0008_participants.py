"""Participants on their phones: note origin, a step's vote budget and reveal, and the local
tables of the participant server (settings, moderation queue, request keys, per-phone votes).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("notes") as batch:
        batch.add_column(
            sa.Column("origin", sa.String(length=16), nullable=False, server_default="")
        )
    with op.batch_alter_table("steps") as batch:
        batch.add_column(sa.Column("vote_budget", sa.Integer(), nullable=False, server_default="3"))
        batch.add_column(
            sa.Column("revealed", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    op.create_table(
        "participant_settings",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("auto_accept", sa.Boolean(), nullable=False),
        sa.Column("word_filter", sa.Boolean(), nullable=False),
        sa.Column("room_code", sa.String(length=16), nullable=False),
        sa.Column("join_token", sa.String(length=64), nullable=False),
        sa.Column("salt", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_participant_settings_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("session_id", name=op.f("pk_participant_settings")),
    )
    op.create_table(
        "pending_notes",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("step_id", sa.String(length=36), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_pending_notes_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["step_id"],
            ["steps.id"],
            name=op.f("fk_pending_notes_step_id_steps"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pending_notes")),
    )
    op.create_index(
        op.f("ix_pending_notes_session_id"), "pending_notes", ["session_id"], unique=False
    )
    op.create_table(
        "participant_keys",
        sa.Column("key_hash", sa.String(length=64), nullable=False),
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("ref", sa.String(length=36), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_participant_keys_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("key_hash", name=op.f("pk_participant_keys")),
    )
    op.create_index(op.f("ix_participant_keys_ref"), "participant_keys", ["ref"], unique=False)
    op.create_index(
        op.f("ix_participant_keys_session_id"), "participant_keys", ["session_id"], unique=False
    )
    op.create_table(
        "participant_votes",
        sa.Column("device_hash", sa.String(length=64), nullable=False),
        sa.Column("step_id", sa.String(length=36), nullable=False),
        sa.Column("note_id", sa.String(length=36), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["note_id"],
            ["notes.id"],
            name=op.f("fk_participant_votes_note_id_notes"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["step_id"],
            ["steps.id"],
            name=op.f("fk_participant_votes_step_id_steps"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "device_hash", "step_id", "note_id", name=op.f("pk_participant_votes")
        ),
    )
    op.create_index(
        op.f("ix_participant_votes_note_id"), "participant_votes", ["note_id"], unique=False
    )
    op.create_table(
        "participant_ratings",
        sa.Column("device_hash", sa.String(length=64), nullable=False),
        sa.Column("step_id", sa.String(length=36), nullable=False),
        sa.Column("rating_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["rating_id"],
            ["ratings.id"],
            name=op.f("fk_participant_ratings_rating_id_ratings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["step_id"],
            ["steps.id"],
            name=op.f("fk_participant_ratings_step_id_steps"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("device_hash", "step_id", name=op.f("pk_participant_ratings")),
    )
    op.create_index(
        op.f("ix_participant_ratings_rating_id"),
        "participant_ratings",
        ["rating_id"],
        unique=False,
    )


def downgrade() -> None:
    for table in (
        "participant_ratings",
        "participant_votes",
        "participant_keys",
        "pending_notes",
        "participant_settings",
    ):
        op.drop_table(table)
    with op.batch_alter_table("steps") as batch:
        batch.drop_column("revealed")
        batch.drop_column("vote_budget")
    with op.batch_alter_table("notes") as batch:
        batch.drop_column("origin")
