"""shared vocabularies, administration, named feeds

Revision ID: 0005_vocabularies
Revises: 0002

Sectors written as free text become GB/T 4754 section codes wherever they are stored
(postings, sessions and their tags, enterprises, subscriptions, feed sources, series
templates); a sector no section knows is kept as written and reported in the log, so
the coordinator can map it with addSectorSynonym. Every region and topic already in
use becomes an unreviewed entry: the county's lists start as what postings said.
"""

import logging
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from services.vocabularies.sections import SECTIONS, key, spellings

revision: str = '0005_vocabularies'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger("alembic.runtime.migration")

_LISTS = {
    "events": ("id", "topics", "sectors", "regions"),
    "sessions": ("id", "topics", "sectors", "regions"),
    "enterprises": ("id", None, "sectors", "regions"),
    "subscriptions": ("id", "topics", "sectors", "regions"),
    "feed_sources": ("id", "default_topics", "default_sectors", "default_regions"),
}


def _code_of() -> dict[str, str]:
    return {key(spelling): s.code for s in SECTIONS for spelling in spellings(s)}


def upgrade() -> None:
    op.add_column('departments', sa.Column('disabled', sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column('enterprises', sa.Column('disabled', sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column('subscriptions', sa.Column('name', sa.String(length=200), nullable=True))
    op.add_column('feed_sources', sa.Column('last_error_zh', sa.Text(), nullable=True))
    op.create_table('regions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=True),
    sa.Column('synonyms', sa.JSON(), nullable=False),
    sa.Column('reviewed', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('code'),
    sa.UniqueConstraint('name')
    )
    op.create_table('topics',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('synonyms', sa.JSON(), nullable=False),
    sa.Column('reviewed', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    op.create_table('sector_synonyms',
    sa.Column('synonym', sa.String(length=100), nullable=False),
    sa.Column('sector', sa.String(length=1), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('synonym')
    )
    _map_free_text(op.get_bind())


def _map_free_text(bind: sa.Connection) -> None:
    codes = _code_of()
    unknown: Counter[str] = Counter()
    topics: dict[str, None] = {}
    regions: dict[str, None] = {}

    def canonical(values: list[str]) -> list[str]:
        mapped = []
        for value in values:
            code = codes.get(key(value))
            if code is None:
                unknown[value] += 1
            mapped.append(code or value)
        return list(dict.fromkeys(mapped))

    for name, (id_column, topic_column, sector_column, region_column) in _LISTS.items():
        columns = [c for c in (id_column, topic_column, sector_column, region_column) if c]
        table = sa.table(name, *(sa.column(c, sa.JSON() if c != id_column else sa.Integer()) for c in columns))
        for row in bind.execute(sa.select(*table.c)).mappings().all():
            sectors = row[sector_column] or []
            mapped = canonical(sectors)
            topics.update(dict.fromkeys(row[topic_column] or [] if topic_column else []))
            regions.update(dict.fromkeys(row[region_column] or []))
            if mapped != sectors:
                bind.execute(
                    table.update().where(table.c[id_column] == row[id_column]).values({sector_column: mapped})
                )
    _map_session_tags(bind)
    _map_series(bind, canonical)
    moment = datetime.now(UTC).replace(tzinfo=None)
    for name, values in (("topics", topics), ("regions", regions)):
        entries = sa.table(name, sa.column("name", sa.String()), sa.column("synonyms", sa.JSON()),
                           sa.column("reviewed", sa.Boolean()), sa.column("created_at", sa.DateTime()))
        rows = [{"name": value, "synonyms": [], "reviewed": False, "created_at": moment}
                for value in values if value and len(value) <= 100]
        if rows:
            bind.execute(entries.insert(), rows)
    for value, count in sorted(unknown.items()):
        log.warning(
            "sector %r (%d times) is no GB/T 4754 section: kept as written; "
            "addSectorSynonym maps it to one", value, count,
        )


def _map_session_tags(bind: sa.Connection) -> None:
    """A session's sector tags again, from its sectors now codes (two spellings become one)."""
    sessions = sa.table("sessions", sa.column("id", sa.Integer()), sa.column("sectors", sa.JSON()))
    tags = sa.table("session_tags", sa.column("session_id", sa.Integer()), sa.column("facet", sa.String()),
                    sa.column("value", sa.String()))
    bind.execute(tags.delete().where(tags.c.facet == "sector"))
    rows = [
        {"session_id": row.id, "facet": "sector", "value": value}
        for row in bind.execute(sa.select(sessions.c.id, sessions.c.sectors))
        for value in (row.sectors or ["*"])
    ]
    for start in range(0, len(rows), 1000):
        bind.execute(tags.insert(), rows[start:start + 1000])


def _map_series(bind: sa.Connection, canonical: Callable[[list[str]], list[str]]) -> None:
    series = sa.table("series", sa.column("id", sa.Integer()), sa.column("template", sa.JSON()))
    for row in bind.execute(sa.select(series.c.id, series.c.template)).all():
        template = dict(row.template or {})
        sectors = list(template.get("sectors") or [])
        mapped = canonical(sectors)
        if mapped != sectors:
            template["sectors"] = mapped
            bind.execute(series.update().where(series.c.id == row.id).values(template=template))


def downgrade() -> None:
    op.drop_table('sector_synonyms')
    op.drop_table('topics')
    op.drop_table('regions')
    # plain DROP COLUMN (SQLite 3.35 and later have it): a batch copy of these tables
    # would break the foreign keys that point at them
    op.drop_column('feed_sources', 'last_error_zh')
    op.drop_column('subscriptions', 'name')
    op.drop_column('enterprises', 'disabled')
    op.drop_column('departments', 'disabled')
