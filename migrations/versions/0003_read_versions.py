"""read versions: when each time bucket last changed, and a stamp per session

Revision ID: 0003_read_versions
Revises: 0004_cohosting
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0003_read_versions'
down_revision: str | None = '0004_cohosting'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('read_versions',
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('changed_at', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_index('ix_read_versions_changed_at', 'read_versions', ['changed_at'], unique=False)
    with op.batch_alter_table('sessions') as batch_op:
        batch_op.add_column(sa.Column('stamp', sa.BigInteger(), server_default='0', nullable=False))


def downgrade() -> None:
    # SQLite 3.35+ drops the column in place: copying sessions would trip the foreign keys
    with op.batch_alter_table('sessions', recreate='never') as batch_op:
        batch_op.drop_column('stamp')
    op.drop_index('ix_read_versions_changed_at', table_name='read_versions')
    op.drop_table('read_versions')
