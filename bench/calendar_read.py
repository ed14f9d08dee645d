"""What a 500-session calendar page costs over HTTP, against the same bytes served static.

    python bench/calendar_read.py [--events 1000] [--rounds 30] [--database-url URL]

A civical server process (``server.py serve``, a fresh SQLite file unless a database URL
is given) receives 1,000 postings over GraphQL; then a client on the same machine asks
for a page of 500 sessions with their hosts and postings, as it does after each kind of
change, and the same bytes from a plain Starlette app under the same uvicorn (the
floor). Each figure is the median of ``rounds`` requests on one keep-alive connection,
timed from sending the request to reading the last byte; the writes between rounds are
not timed.

- repeated read: nothing changed since the last read;
- first read after a write outside the page's window (a posting into the next year);
- first read after a write inside it (one posting on the page changed);
- cold read: a selection asked for the first time, so nothing of it is cached.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.serving import civical, static

TOKEN = "civ_bench_coordinator_token"
ZONE = ZoneInfo("Asia/Shanghai")
WINDOW = {"from": "2027-01-01T00:00:00+08:00", "to": "2028-01-01T00:00:00+08:00"}
PAGE = """query($from: DateTime!, $to: DateTime!) {
  calendar(from: $from, to: $to, first: 500) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id uid kind title description start end timezone location topics
      audience { sectors regions } status hosts { slug name }
      events { id externalId title sequence status department { slug } %s } }
  }
}"""
POST = "mutation($i: PostEventInput!) { postEvent(input: $i) { event { id } userErrors { code } } }"


class Client:
    """GraphQL over one keep-alive connection."""

    def __init__(self, base: str) -> None:
        self.http = httpx.Client(base_url=base, timeout=60)

    def graphql(self, query: str, variables: dict[str, Any], token: str = TOKEN) -> bytes:
        response = self.http.post(
            "/graphql",
            json={"query": query, "variables": variables},
            headers={"authorization": f"Bearer {token}"} if token else {},
        )
        assert response.status_code == 200, response.text
        assert b'"errors"' not in response.content, response.text[:500]
        return response.content

    def page(self, extra: str = "") -> bytes:
        return self.graphql(PAGE % extra, WINDOW, token="")


def _event(index: int, *, day: datetime | None = None, note: str = "") -> dict[str, Any]:
    start = day or datetime(2027, 3, 1, 9, tzinfo=ZONE) + timedelta(hours=3 * (index // 2))
    return {
        "externalId": f"b{index}", "kind": "TRAINING", "title": f"增值税留抵退税政策解读会 第{index}期",
        "start": start.isoformat(), "end": (start + timedelta(hours=2)).isoformat(),
        "location": "石湾镇政务服务中心三楼报告厅", "topics": ["增值税", "留抵退税"],
        "audience": {"sectors": ["manufacturing"], "regions": ["石湾镇"]},
        "description": "面向企业的政策说明与现场答疑。" + note,
    }  # fmt: skip


def post_events(client: Client, count: int) -> tuple[list[str], float]:
    tokens = []
    for index in range(6):
        created = json.loads(
            client.graphql(
                "mutation($i: CreateDepartmentInput!) { createDepartment(input: $i) { token } }",
                {"i": {"slug": f"dept{index}", "name": f"第{index}局"}},
            )
        )
        tokens.append(created["data"]["createDepartment"]["token"])
    began = time.perf_counter()
    for index in range(count):
        answer = client.graphql(POST, {"i": _event(index)}, tokens[index % 6])
        assert b'"userErrors":[]' in answer, answer
    return tokens, count / (time.perf_counter() - began)


def _ms(request: Callable[[], object]) -> float:
    began = time.perf_counter()
    request()
    return (time.perf_counter() - began) * 1000


def medians(
    read: Callable[[int], object],
    floor: Callable[[], object],
    before: Callable[[int], object],
    rounds: int,
) -> tuple[float, float]:
    """Median milliseconds of ``read`` and of the floor, each round after ``before`` (not
    timed), after one warm-up round."""
    before(-1)
    read(-1)
    samples, floors = [], []
    for round_number in range(rounds):
        before(round_number)
        samples.append(_ms(lambda: read(round_number)))  # noqa: B023 - called at once
        floors.append(_ms(floor))
    return statistics.median(samples), statistics.median(floors)


def run(events: int, rounds: int, database_url: str) -> None:
    with civical(database_url, TOKEN) as base:
        client = Client(base)
        tokens, rate = post_events(client, events)
        body = client.page()

        def nothing(_round: int) -> None:
            pass

        def elsewhere(round_number: int) -> None:
            day = datetime(2028, 5, 1, 9, tzinfo=ZONE) + timedelta(days=round_number + 2)
            client.graphql(POST, {"i": _event(100_000 + round_number, day=day)}, tokens[0])

        def inside(round_number: int) -> None:
            note = f" 第{round_number + 2}次更新。"
            client.graphql(POST, {"i": _event(6, note=note)}, tokens[0])

        with static(body) as floor_base:
            floor_page = Client(floor_base).page

            def floor() -> bytes:
                return floor_page()

            figures = [
                ("repeated read (ms)", medians(lambda _: client.page(), floor, nothing, rounds)),
                (
                    "first read after a write outside its window (ms)",
                    medians(lambda _: client.page(), floor, elsewhere, rounds),
                ),
                (
                    "first read after a write inside its window (ms)",
                    medians(lambda _: client.page(), floor, inside, rounds),
                ),
                (
                    "cold read, nothing cached (ms)",
                    medians(lambda n: client.page(f"r{n + 1}: sequence"), floor, nothing, rounds),
                ),
            ]
    kind = database_url.split(":")[0].split("+")[0]
    print(
        f"civical calendar bench: {events} events posted, a page of 500 sessions "
        f"({len(body) / 1000:.0f} kB), medians of {rounds}, over HTTP, {kind}"
    )
    print(f"{'measure':<58}{'value':>10}{'ratio to floor':>16}")
    print(f"{'postEvent throughput (events/s)':<58}{rate:>10.0f}")
    floor_ms = statistics.median(floor_of for _, (_, floor_of) in figures)
    print(f"{'Starlette, same bytes (floor, ms)':<58}{floor_ms:>10.2f}{1:>16.2f}")
    for label, (value, floor_of) in figures:
        print(f"{label:<58}{value:>10.2f}{value / floor_of:>16.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--database-url", help="default: a fresh SQLite file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.database_url or f"sqlite+aiosqlite:///{folder}/bench.sqlite3"
        run(args.events, args.rounds, url)


if __name__ == "__main__":
    main()
