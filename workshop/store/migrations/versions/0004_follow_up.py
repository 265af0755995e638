"""Follow-up: innovation stories on notes and actions, and ratings of the session itself.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("notes") as batch:
        batch.add_column(
            sa.Column("story", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("actions") as batch:
        batch.add_column(
            sa.Column("story", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    op.create_table(
        "ratings",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("step_id", sa.String(length=36), nullable=True),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_ratings_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["step_id"], ["steps.id"], name=op.f("fk_ratings_step_id_steps"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ratings")),
    )
    op.create_index(op.f("ix_ratings_session_id"), "ratings", ["session_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_ratings_session_id"), table_name="ratings")
    op.drop_table("ratings")
    with op.batch_alter_table("actions") as batch:
        batch.drop_column("story")
    with op.batch_alter_table("notes") as batch:
        batch.drop_column("story")
