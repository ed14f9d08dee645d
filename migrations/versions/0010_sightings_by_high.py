"""venue sightings found by either spelling: an index on the higher one

Revision ID: 0010_sightings_by_high
Revises: 0009_judged_stage
"""

from collections.abc import Sequence

from alembic import op


revision: str = '0010_sightings_by_high'
down_revision: str | None = '0009_judged_stage'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index('ix_venue_sightings_high', 'venue_sightings', ['high'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_venue_sightings_high', table_name='venue_sightings')
