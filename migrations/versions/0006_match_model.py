"""matching models learnt by rematch, and what a store's identical postings show

Revision ID: 0006_match_model
Revises: 0005_vocabularies
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0006_match_model'
down_revision: str | None = '0005_vocabularies'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('match_models',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('parameters', sa.Text(), nullable=False),
    sa.Column('pairs', sa.Integer(), nullable=False),
    sa.Column('labelled', sa.Integer(), nullable=False),
    sa.Column('fitted_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('match_anchors',
    sa.Column('among', sa.String(length=8), nullable=False),
    sa.Column('field', sa.String(length=16), nullable=False),
    sa.Column('level', sa.String(length=24), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('among', 'field', 'level')
    )


def downgrade() -> None:
    op.drop_table('match_anchors')
    op.drop_table('match_models')
