"""Reads while a department posts into another month: misses and latencies, beside baselines.

    python bench/mixed.py [--duration 10] [--rounds 4] [--read-rate 20] [--post-rate 1]
                          [--database-url URL]

One civical server process (``server.py serve``; a fresh SQLite file unless a database
URL is given) holds six months of sessions from four departments. Five callers
(anonymous, two departments, the coordinator, an enterprise) each read calendar pages
of March and April in turn, ``read-rate`` times a second each, while a fifth department
posts new sessions into May ``post-rate`` times a second. Three phases of ``duration``
seconds each, in one run: posting alone (postEvent's idle latency), reading alone (the
read-only baseline) and both at once. Misses are the server's own count of queries it
computed rather than answered from kept bytes (``/metrics``); latencies are the client's,
from sending a request to reading its last byte.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
from prometheus_client.parser import text_string_to_metric_families

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.serving import civical

TOKEN = "civ_bench_coordinator_token"
ZONE = ZoneInfo("Asia/Shanghai")
MONTHS = {
    "March": {"from": "2027-03-01T00:00:00+08:00", "to": "2027-04-01T00:00:00+08:00"},
    "April": {"from": "2027-04-01T00:00:00+08:00", "to": "2027-05-01T00:00:00+08:00"},
}
PAGE = """query($from: DateTime!, $to: DateTime!) {
  calendar(from: $from, to: $to, first: 200) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id uid kind title start end location topics audience { sectors regions }
      status hosts { slug name } events { id externalId title sequence department { slug } } }
  }
}"""
POST = "mutation($i: PostEventInput!) { postEvent(input: $i) { event { id } userErrors { code } } }"
TITLES = ("增值税留抵退税政策解读会", "安全生产培训", "稳岗补贴申领说明会", "出口退税辅导")


def _event(external_id: str, title: str, start: datetime) -> dict[str, Any]:
    return {
        "externalId": external_id, "kind": "TRAINING", "title": title,
        "start": start.isoformat(), "end": (start + timedelta(hours=2)).isoformat(),
        "location": f"{title}会场", "topics": ["增值税"],
        "audience": {"sectors": ["manufacturing"], "regions": ["石湾镇"]},
    }  # fmt: skip


async def _graphql(
    http: httpx.AsyncClient, query: str, variables: dict[str, Any], token: str | None
) -> dict[str, Any]:
    headers = {"authorization": f"Bearer {token}"} if token else {}
    response = await http.post(
        "/graphql", json={"query": query, "variables": variables}, headers=headers
    )
    body: dict[str, Any] = response.json()
    assert response.status_code == 200, response.text[:300]
    assert "errors" not in body, response.text[:300]
    return body["data"]  # type: ignore[no-any-return]


async def _callers(http: httpx.AsyncClient) -> tuple[list[str], dict[str, str | None]]:
    """Five departments (four to fill the calendar, one to post into May) and five readers."""
    made = []
    for index in range(5):
        data = await _graphql(
            http,
            "mutation($i: CreateDepartmentInput!) { createDepartment(input: $i) { token } }",
            {"i": {"slug": f"dept{index}", "name": f"第{index}局"}},
            TOKEN,
        )
        made.append(data["createDepartment"]["token"])
    enterprise = await _graphql(
        http,
        'mutation { createEnterprise(input: {name: "石湾陶瓷"}) { token } }',
        {},
        None,
    )
    readers = {
        "anonymous": None,
        "department 0": made[0],
        "department 1": made[1],
        "coordinator": TOKEN,
        "enterprise": enterprise["createEnterprise"]["token"],
    }
    return made, readers


async def _fill(http: httpx.AsyncClient, tokens: list[str]) -> int:
    """Two sessions a day from January to June, from four departments."""
    count = 0
    day = datetime(2027, 1, 1, 9, tzinfo=ZONE)
    while day.month <= 6:
        for slot in range(2):
            index = count % 4
            start = day + timedelta(hours=5 * slot)
            await _graphql(
                http, POST, {"i": _event(f"fill-{count}", TITLES[index], start)}, tokens[index]
            )
            count += 1
        day += timedelta(days=1)
    return count


@dataclass
class Phase:
    reads: list[float] = field(default_factory=list)
    posts: list[float] = field(default_factory=list)
    misses: int = 0
    answered: int = 0

    def add(self, other: Phase) -> None:
        self.reads += other.reads
        self.posts += other.posts
        self.misses += other.misses
        self.answered += other.answered


async def _timed(samples: list[float], request: Any) -> None:
    began = time.perf_counter()
    await request
    samples.append((time.perf_counter() - began) * 1000)


async def _at_rate(rate: float, until: float, act: Any, offset: float = 0.0) -> None:
    """``act()`` ``rate`` times a second until ``until``, the first after ``offset`` of an
    interval (so callers do not all ask at once); late ones start at once."""
    interval = 1 / rate
    due = time.monotonic() + offset * interval
    for number in itertools.count():
        if due >= until:
            return
        await asyncio.sleep(max(0.0, due - time.monotonic()))
        await act(number)
        due += interval


async def _cache_counts(http: httpx.AsyncClient) -> dict[str, float]:
    text = (await http.get("/metrics")).text
    return {
        sample.labels["result"]: sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
        if sample.name == "civical_read_cache_total"
    }


async def _phase(
    base: str,
    readers: dict[str, str | None],
    poster: str | None,
    seconds: float,
    read_rate: float,
    post_rate: float,
    posted: itertools.count[int],
) -> Phase:
    phase = Phase()
    async with httpx.AsyncClient(base_url=base, timeout=60) as control:
        clients = [httpx.AsyncClient(base_url=base, timeout=60) for _ in readers]
        try:
            for client, token in zip(clients, readers.values(), strict=True):
                for window in MONTHS.values():  # warm: the baseline is the steady state
                    await _graphql(client, PAGE, window, token)
            before = await _cache_counts(control)
            until = time.monotonic() + seconds
            months = list(MONTHS.values())

            def reader(client: httpx.AsyncClient, token: str | None) -> Any:
                async def read(number: int) -> None:
                    window = months[number % len(months)]
                    await _timed(phase.reads, _graphql(client, PAGE, window, token))

                return read

            async def post(_number: int) -> None:
                number = next(posted)
                start = datetime(2027, 5, 1, 8, tzinfo=ZONE) + timedelta(minutes=37 * number)
                variables = {"i": _event(f"may-{number}", f"五月专场 第{number}期", start)}
                await _timed(phase.posts, _graphql(control, POST, variables, poster))

            work = [
                _at_rate(read_rate, until, reader(client, token), offset=index / len(clients))
                for index, (client, token) in enumerate(zip(clients, readers.values(), strict=True))
            ]
            if poster is not None:
                work.append(_at_rate(post_rate, until, post))
            await asyncio.gather(*work)
            after = await _cache_counts(control)
        finally:
            for client in clients:
                await client.aclose()
    counted = {key: after.get(key, 0) - before.get(key, 0) for key in ("HIT", "MISS", "SHARED")}
    phase.misses = int(counted["MISS"])
    phase.answered = int(sum(counted.values()))
    return phase


def _percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


async def run(args: argparse.Namespace, database_url: str) -> None:
    with civical(database_url, TOKEN) as base:
        async with httpx.AsyncClient(base_url=base, timeout=60) as http:
            tokens, readers = await _callers(http)
            sessions = await _fill(http, tokens[:4])
        posted = itertools.count()
        plan = {
            "posting alone": ({}, tokens[4]),
            "reading alone": (readers, None),
            "reading while posting": (readers, tokens[4]),
        }
        figures = {name: Phase() for name in plan}
        for _ in range(args.rounds):
            for name, (who_reads, poster) in plan.items():
                figures[name].add(
                    await _phase(
                        base,
                        who_reads,
                        poster,
                        args.duration,
                        args.read_rate,
                        args.post_rate,
                        posted,
                    )
                )
    kind = database_url.split(":")[0].split("+")[0]
    print(
        f"civical mixed load: {sessions} sessions (January to June); {len(readers)} callers "
        f"({', '.join(readers)}) reading March and April at {args.read_rate:g}/s each; one "
        f"department posting into May at {args.post_rate:g}/s; {args.rounds} rounds of "
        f"{args.duration:g} s per phase, {kind}"
    )
    print(
        f"{'phase':<24}{'reads':>7}{'misses':>9}{'read p50':>10}{'p90':>8}{'p99':>8}"
        f"{'posts':>7}{'postEvent p50':>15}   (ms)"
    )
    for name, phase in figures.items():
        reads = (
            f"{len(phase.reads):>7}{phase.misses / max(phase.answered, 1):>9.1%}"
            f"{statistics.median(phase.reads):>10.2f}{_percentile(phase.reads, 0.9):>8.2f}"
            f"{_percentile(phase.reads, 0.99):>8.2f}"
            if phase.reads
            else f"{'':>42}"
        )
        posts = (
            f"{len(phase.posts):>7}{statistics.median(phase.posts):>15.1f}" if phase.posts else ""
        )
        print(f"{name:<24}{reads}{posts}")
    idle, read_only, mixed = figures.values()
    print(
        f"read p90 while posting / reading alone: "
        f"{_percentile(mixed.reads, 0.9) / _percentile(read_only.reads, 0.9):.2f}; "
        f"postEvent p50 while reading / posting alone: "
        f"{statistics.median(mixed.posts) / statistics.median(idle.posts):.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--duration", type=float, default=10, help="seconds per phase and round")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--read-rate", type=float, default=20, help="reads per second per caller")
    parser.add_argument("--post-rate", type=float, default=1, help="postings per second")
    parser.add_argument("--database-url", help="default: a fresh SQLite file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.database_url or f"sqlite+aiosqlite:///{folder}/mixed.sqlite3"
        asyncio.run(run(args, url))


if __name__ == "__main__":
    main()
