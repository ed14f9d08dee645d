"""Matching as the service does it: through GraphQL and a real database.

    python bench/matching_system.py [--sample PATH] [--database-url URL]

Prints, in one run:
- pairwise precision and recall of the calendar's merges after posting each labelled
  workload through `postEvent` into a fresh store, with the model civical ships (the
  project's generator, the counties of ``bench/workloads/``, and a labelled JSONL
  file such as the sample city when given); the ship's model is fitted on three of the
  counties, so their rows are in-sample here; ``bench/matching_counties.py`` holds each
  one out;
- `rematch` time for 10k and 100k stored postings (loaded as one session each, so
  rematch does all the merging);
- `postEvent` latency (p50, p99) with 1k and with 100k postings already stored, for
  postings held out at random from the same workload, so they land among the stored.

Scale comes from ``county_river``, whose calendar keeps its density as it grows (100k
postings span decades, not a denser month): a bigger county, not a different one.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import random
import re
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert
from starlette.applications import Starlette

from bench.asgi import call
from bench.matching_counties import precision_recall, workloads
from bench.workloads import county_river
from server import create_app
from services import matching
from services.calendar import sessions
from services.core.auth import digest, new_token
from services.core.clock import now
from services.core.db import Database
from services.core.models import Department, Event, Session, SessionTag
from services.core.settings import Settings
from services.matching import rematch

TOKEN = "civ_bench_coordinator_token"
SECTORS = ("input", "audience", "sectors")
ONLINE_URL = ("input", "onlineUrl")
POST = """mutation($i: PostEventInput!) {
  postEvent(input: $i) { userErrors { field code message } } }"""
PAGE = """query($after: String) { calendar(from: "1990-01-01T00:00:00Z", to: "2100-01-01T00:00:00Z",
  first: 500, after: $after) { pageInfo { hasNextPage endCursor } nodes { events { externalId } } } }"""


async def _graphql(
    app: Starlette, query: str, variables: dict[str, Any], token: str | None = None
) -> dict[str, Any]:
    status, body, _ = await call(app, "POST", "/graphql", {"query": query, "variables": variables},
                              {"authorization": f"Bearer {token}"} if token else {})  # fmt: skip
    assert status == 200, body
    result: dict[str, Any] = json.loads(body)
    assert "errors" not in result, result
    return result["data"]  # type: ignore[no-any-return]


async def _department_tokens(app: Starlette, records: Sequence[dict[str, Any]]) -> dict[str, str]:
    """Each department created under its name ("县农业农村局"), with a slug of its own when
    the name is no slug; its token, by name."""
    tokens = {}
    for number, name in enumerate(sorted({record["department"] for record in records})):
        slug = name if _SLUG.fullmatch(name) else f"department-{number}"
        created = await _graphql(
            app, "mutation($i: CreateDepartmentInput!) { createDepartment(input: $i) { token } }",
            {"i": {"slug": slug, "name": name}}, TOKEN,
        )  # fmt: skip
        tokens[name] = created["createDepartment"]["token"]
    return tokens


_SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,62}")


async def _post_all(
    app: Starlette, records: Sequence[dict[str, Any]], tokens: dict[str, str], prefix: str = "r"
) -> list[float]:
    """Post each record as its department; the latency of each post in milliseconds. A
    posting the service refuses is posted again as a department reading the refusal
    would: for every sector where its sectors are no GB/T 4754 section ("种植大户和合作社"),
    and with an app's link ("wemeet://…") in the location rather than as the online URL."""
    latencies = []
    for index, record in enumerate(records):
        event = record["input"] | {"externalId": f"{prefix}{index}"}
        began = time.perf_counter()
        data = await _graphql(app, POST, {"i": event}, tokens[record["department"]])
        latencies.append((time.perf_counter() - began) * 1000)
        refused = {tuple(e["field"]) for e in data["postEvent"]["userErrors"]}
        if refused and refused <= {SECTORS, ONLINE_URL}:
            data = await _graphql(
                app, POST, {"i": _mended(event, refused)}, tokens[record["department"]]
            )
        assert data["postEvent"]["userErrors"] == [], data
    return latencies


def _mended(event: dict[str, Any], refused: set[tuple[str, ...]]) -> dict[str, Any]:
    if SECTORS in refused:
        event = event | {"audience": event["audience"] | {"sectors": []}}
    if ONLINE_URL in refused:
        place = " ".join(filter(None, (event.get("location"), event["onlineUrl"])))
        event = event | {"location": place, "onlineUrl": None}
    return event


async def _calendar_clusters(app: Starlette) -> list[list[int]]:
    clusters, after = [], None
    while True:
        page = (await _graphql(app, PAGE, {"after": after}))["calendar"]
        clusters += [[int(e["externalId"][1:]) for e in node["events"]] for node in page["nodes"]]
        if not page["pageInfo"]["hasNextPage"]:
            return clusters
        after = page["pageInfo"]["endCursor"]


async def _bulk_load(
    database: Database, records: Sequence[dict[str, Any]], departments: set[str]
) -> dict[str, str]:
    """Store postings straight into the tables, one session each, as if never matched;
    returns each department's token."""
    moment = now()
    tokens = {slug: new_token() for slug in sorted(departments)}
    async with database.writing() as db:
        slugs = list(tokens)
        await db.execute(insert(Department), [
            {"id": i + 1, "slug": s, "name": s, "token_hash": digest(tokens[s]), "created_at": moment}
            for i, s in enumerate(slugs)
        ])  # fmt: skip
        department_of = {slug: i + 1 for i, slug in enumerate(slugs)}
        session_rows, event_rows, tag_rows = [], [], []
        for index, record in enumerate(records):
            raw = record["input"]
            audience = raw.get("audience") or {}
            event = Event(
                id=index + 1, department_id=department_of[record["department"]], external_id=f"r{index}",
                session_id=index + 1, kind=raw["kind"], title=raw["title"], description=raw.get("description"),
                start=datetime.fromisoformat(raw["start"]), end=datetime.fromisoformat(raw["end"]),
                timezone=raw.get("timezone", "Asia/Shanghai"), location=raw.get("location"),
                online_url=raw.get("onlineUrl"), topics=raw.get("topics", []), sectors=audience.get("sectors", []),
                regions=audience.get("regions", []), capacity=None, registration_url=None, sequence=0,
                status="CONFIRMED", pinned=False, created_at=moment, updated_at=moment,
            )  # fmt: skip
            fields = sessions.derive([event], {event.department_id: record["department"]})
            session_rows.append({"id": index + 1, "uid": f"{uuid.uuid4()}@civical", "sequence": 0,
                                 "created_at": moment, "updated_at": moment, **fields})  # fmt: skip
            event_rows.append({c.key: getattr(event, c.key) for c in Event.__table__.columns})
            tag_rows += sessions.tags_of(index + 1, fields)
        for table, rows in ((Session, session_rows), (Event, event_rows), (SessionTag, tag_rows)):
            for offset in range(0, len(rows), 5000):
                await db.execute(insert(table), rows[offset : offset + 5000])
    return tokens


async def _rematch_seconds(database: Database) -> float:
    began = time.perf_counter()
    async with database.writing() as db:
        await rematch.rematch(db)
    return time.perf_counter() - began


def _percentiles(latencies: list[float]) -> tuple[float, float]:
    ordered = sorted(latencies)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def _county(postings: int, seed: int) -> list[dict[str, Any]]:
    """About ``postings`` labelled postings of one county, at the county's own density."""
    return county_river.generate(seed, sessions=max(1, round(postings / 1.34)))[:postings]


async def _scenario(url: str, stored: int, posted: int) -> tuple[float, tuple[float, float]]:
    """Rematch time with ``stored`` postings, then postEvent latency for ``posted`` more."""
    records = _county(stored + posted, seed=3)
    random.Random(3).shuffle(records)
    held_out, records = records[:posted], records[posted:]
    app = create_app(Settings(database_url=url, admin_token=TOKEN))
    async with app.router.lifespan_context(app):
        database: Database = app.state.database
        departments = {record["department"] for record in records + held_out}
        tokens = await _bulk_load(database, records, departments)
        del records  # a server does not hold the workload: keep the collector's walks honest
        gc.collect()
        seconds = await _rematch_seconds(database)
        matching.clear_caches()  # rematch runs as its own command; a server's caches never saw it
        gc.collect()
        latencies = await _post_all(app, held_out, tokens, prefix="h")
    return seconds, _percentiles(latencies)


async def _quality(url: str, records: Sequence[dict[str, Any]]) -> tuple[float, float]:
    app = create_app(Settings(database_url=url, admin_token=TOKEN))
    async with app.router.lifespan_context(app):
        await _post_all(app, records, await _department_tokens(app, records))
        clusters = await _calendar_clusters(app)
    return precision_recall(clusters, [record["truth"]["session"] for record in records])


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sample", type=Path, help="a labelled JSONL file to score as well")
    parser.add_argument("--database-url", help="default: fresh SQLite files")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:

        def url(name: str) -> str:
            return args.database_url or f"sqlite+aiosqlite:///{folder}/{name}.sqlite3"

        width = 52
        print(f"{'measure':<{width}}{'value':>16}")
        for name, records in workloads(args.sample, seed=0).items():
            precision, recall = asyncio.run(_quality(url(f"quality-{name}"), records))
            label = f"P / R through postEvent: {name} ({len(records):,})"
            print(f"{label:<{width}}{precision:>9.4f} / {recall:.4f}")
        results = {
            stored: asyncio.run(_scenario(url(f"s{stored}"), stored, 300))
            for stored in (1_000, 10_000, 100_000)
        }
        for stored in (10_000, 100_000):
            print(f"{f'rematch of {stored:,} postings (s)':<{width}}{results[stored][0]:>16.2f}")
        growth = results[100_000][0] / results[10_000][0]
        print(f"{'rematch growth 10k -> 100k (x)':<{width}}{growth:>16.2f}")
        for stored in (1_000, 100_000):
            p50, p99 = results[stored][1]
            label = f"postEvent p50 / p99 with {stored:,} stored (ms)"
            print(f"{label:<{width}}{p50:>9.2f} / {p99:.2f}")
        p50_ratio = results[100_000][1][0] / results[1_000][1][0]
        p99_ratio = results[100_000][1][1] / results[1_000][1][1]
        print(f"{'postEvent 100k / 1k (p50, p99)':<{width}}{p50_ratio:>9.2f} / {p99_ratio:.2f}")


if __name__ == "__main__":
    main()
