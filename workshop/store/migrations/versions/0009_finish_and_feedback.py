"""A session's actual end (finished_at), and keep/change as a note's own field (feedback).

Keep/change notes of evaluate steps were marked by a participant group named "Behold"/"Endre"
(or "Behald", "Keep", "Change"); those notes get the field and lose the pseudo group.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# The group names that meant keep or change (every language, as the catalogue had them).
FEEDBACK_GROUPS = {
    "keep": ("behold", "behald", "beholde", "behalde", "keep"),
    "change": ("endre", "change"),
}


def upgrade() -> None:
    with op.batch_alter_table("sessions") as batch:
        batch.add_column(sa.Column("finished_at", sa.DateTime(), nullable=True))
    with op.batch_alter_table("notes") as batch:
        batch.add_column(
            sa.Column("feedback", sa.String(length=8), nullable=False, server_default="")
        )
    for kind, groups in FEEDBACK_GROUPS.items():
        names = ", ".join(f"'{g}'" for g in groups)
        op.execute(
            f"UPDATE notes SET feedback = '{kind}', participant_group = '' "
            f"WHERE lower(trim(participant_group)) IN ({names}) "
            "AND step_id IN (SELECT id FROM steps WHERE kind = 'evaluate')"
        )


def downgrade() -> None:
    with op.batch_alter_table("notes") as batch:
        batch.drop_column("feedback")
    with op.batch_alter_table("sessions") as batch:
        batch.drop_column("finished_at")
