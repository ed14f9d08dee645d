"""Upgrading a database made by an older civical keeps every row and keeps it usable."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import httpx
import pytest
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, func, inspect, select, table, text

from server import create_app
from services.core.db import MIGRATIONS_DIR, Database
from services.core.models import Base
from services.core.settings import Settings
from services.demo import county
from tests.api import ADMIN_TOKEN, Api

pytestmark = pytest.mark.anyio

FIXTURES = Path(__file__).parent / "fixtures"
# Made by civical 0.1.0 (schema revision 0001): `CIVICAL_ADMIN_TOKEN=<ADMIN_TOKEN>
# python server.py demo`, then `sqlite3 civical.sqlite3 .dump`. The demo printed this token.
RELEASE_DUMP = FIXTURES / "civical-0.1.0-demo.sql"
IPO_TOKEN = "civ_h-zriRBbDM8Ooro0ImDfTo9sqKkzWH67sXpMfy0FCdM"
WIDE = {"from": "2026-01-01T00:00:00Z", "to": "2028-01-01T00:00:00Z"}


async def _rows_per_table(database: Database) -> dict[str, int]:
    async with database.reading() as db:
        names = await db.run_sync(lambda session: inspect(session.connection()).get_table_names())
        return {
            name: await db.scalar(select(func.count()).select_from(table(name))) or 0
            for name in names
            if name != "alembic_version"
        }


def _alembic(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def _head() -> str:
    head = ScriptDirectory.from_config(_alembic()).get_current_head()
    assert head is not None
    return head


HEAD = _head()


async def _downgrade(database: Database, revision: str) -> None:
    """Back to an older schema, keeping the rows that schema has room for."""
    async with database.engines[-1].begin() as connection:
        await connection.run_sync(lambda sync: command.downgrade(_alembic(sync), revision))


async def _revision(database: Database) -> str | None:
    async with database.reading() as db:
        found: str | None = await db.scalar(text("SELECT version_num FROM alembic_version"))
        return found


async def _serve(url: str) -> tuple[Any, httpx.AsyncClient]:
    application = create_app(Settings(database_url=url, admin_token=ADMIN_TOKEN))
    return application, httpx.AsyncClient(
        transport=httpx.ASGITransport(app=application), base_url="http://civical.test"
    )


async def _check_upgraded(url: str, before: dict[str, int]) -> None:
    """Starting the app upgrades the schema; every old row is there and the calendar serves."""
    application, http = await _serve(url)
    async with application.router.lifespan_context(application), http:
        database: Database = application.state.database
        after = await _rows_per_table(database)
        assert await _revision(database) == HEAD
        assert {name: after[name] for name in before} == before
        assert after["retired_tokens"] == 0
        api = Api(http)
        calendar = await api.calendar(**WIDE)
        live_sessions = before["sessions"] - await _merged_away(database)
        assert calendar["totalCount"] == live_sessions > 0
        departments = (await api.query("{ departments { slug } }"))["departments"]
        assert len(departments) == before["departments"]


async def _merged_away(database: Database) -> int:
    async with database.reading() as db:
        merged: int = (
            await db.scalar(text("SELECT count(*) FROM sessions WHERE merged_into_id IS NOT NULL"))
            or 0
        )
        return merged


async def test_a_release_database_upgrades_with_every_row(tmp_path: Path) -> None:
    path = tmp_path / "release.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.executescript(RELEASE_DUMP.read_text(encoding="utf-8"))
    url = f"sqlite+aiosqlite:///{path}"
    old = Database(url)
    try:
        assert await _revision(old) == "0001"
        before = await _rows_per_table(old)
    finally:
        await old.dispose()
    assert before["events"] > 50
    await _check_upgraded(url, before)
    application, http = await _serve(url)
    async with application.router.lifespan_context(application), http:
        api = Api(http)
        me = await api.query("{ me { department { slug } } }", token=IPO_TOKEN)
        assert me["me"]["department"] == {"slug": "ipo"}, "old tokens still sign in"
        posted = await api.post(IPO_TOKEN, externalId="after-upgrade")
        assert posted["userErrors"] == []
        await _check_vocabularies(api)


async def _check_vocabularies(api: Api) -> None:
    """The release wrote sectors as English words: they are section codes now, the regions
    and topics in use await review, and a filter by any spelling finds the same sessions."""
    calendar = await api.calendar(**WIDE, first=500)
    sectors = {s for edge in calendar["edges"] for s in edge["node"]["audience"]["sectors"]}
    assert sectors
    assert sectors <= set("ABCDEFGHIJKLMNOPQRST"), sectors
    regions = (await api.query("{ regions { name reviewed } }"))["regions"]
    assert regions
    assert not any(region["reviewed"] for region in regions)
    topics = (await api.query("{ topics(reviewed: false) { name } }"))["topics"]
    assert "增值税" in {topic["name"] for topic in topics}
    by_code = await api.calendar(**WIDE, filter={"sectors": ["C"]})
    by_word = await api.calendar(**WIDE, filter={"sectors": ["制造业"]})
    assert by_code["totalCount"] == by_word["totalCount"] > 0


@pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)
async def test_a_database_at_the_first_revision_upgrades_with_every_row(
    database_url: str,
) -> None:
    old = Database(database_url)
    try:
        await _empty_schema(old)
        await old.migrate()
        await county.load(old)
        await _downgrade(old, "0001")
        before = await _rows_per_table(old)
    finally:
        await old.dispose()
    assert "retired_tokens" not in before
    assert before["sessions"] > 0
    await _check_upgraded(database_url, before)


async def _empty_schema(database: Database) -> None:
    """Nothing from an earlier test: the database starts with no tables at all."""
    async with database.writing(bump_version=False) as db:
        await db.run_sync(lambda session: Base.metadata.drop_all(session.connection()))
        await db.execute(text("DROP TABLE IF EXISTS alembic_version"))
