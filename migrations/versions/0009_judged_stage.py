"""the stage of the store's learning at which each posting was last grouped

Revision ID: 0009_judged_stage
Revises: 0008_venue_sightings
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0009_judged_stage'
down_revision: str | None = '0008_venue_sightings'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('events') as events:
        events.add_column(sa.Column('judged', sa.Integer(), nullable=True))
        events.create_index('ix_events_judged', ['judged'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('events') as events:
        events.drop_index('ix_events_judged')
        events.drop_column('judged')
