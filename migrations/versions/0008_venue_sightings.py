"""days on which two spellings of a building were seen as one building, or as two; each
posting's building as matching spells it

Revision ID: 0008_venue_sightings
Revises: 0007_participation
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0008_venue_sightings'
down_revision: str | None = '0007_participation'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('venue_sightings',
    sa.Column('low', sa.String(length=100), nullable=False),
    sa.Column('high', sa.String(length=100), nullable=False),
    sa.Column('day', sa.Integer(), nullable=False),
    sa.Column('agrees', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('low', 'high', 'day', 'agrees')
    )
    with op.batch_alter_table('events') as events:
        events.add_column(sa.Column('building', sa.String(length=100), nullable=True))
        events.create_index('ix_events_building', ['building'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('events') as events:
        events.drop_index('ix_events_building')
        events.drop_column('building')
    op.drop_table('venue_sightings')
