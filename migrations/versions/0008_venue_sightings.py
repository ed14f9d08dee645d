"""days on which two spellings of a building were seen as one building, or as two

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


def downgrade() -> None:
    op.drop_table('venue_sightings')
