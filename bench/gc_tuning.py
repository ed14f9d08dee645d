"""Garbage collection on the read path: Python's defaults against what the server sets.

    python bench/gc_tuning.py [--events 1000] [--rounds 40]

Each setting runs in a fresh interpreter (the collector's state is per process and
``gc.freeze`` cannot be undone): the app is started in process on a fresh SQLite file,
1,000 postings go in through GraphQL, and then, ``rounds`` times, one posting, one
calendar page of 500 sessions asked for the first time (nothing of it cached, so every
session is built) and ten repeated reads. The table shows the collector's pauses over
those rounds (from ``gc.callbacks``), how many full collections ran, and the medians and
99th percentiles of the first reads; the first row is Python's own settings.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.asgi import call
from bench.calendar_read import PAGE, POST, TOKEN, WINDOW, _event
from server import create_app
from services.core.settings import Settings
from web.memory import THRESHOLDS, settle_after_start_up

SETTINGS: dict[str, tuple[int, int, int] | None] = {
    "Python's defaults (700, 10, 10)": None,
    "frozen after start-up, (700, 10, 10)": (700, 10, 10),
    "frozen, (10000, 20, 100)": (10_000, 20, 100),
    f"frozen, {THRESHOLDS} (the server's)": THRESHOLDS,
    "frozen, (200000, 50, 1000)": (200_000, 50, 1000),
}


class Pauses:
    """The collector's pauses, from gc.callbacks."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.full = 0
        self._began = 0.0
        gc.callbacks.append(self._heard)

    def _heard(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self._began = time.perf_counter()
            return
        self.seconds += time.perf_counter() - self._began
        self.full += info["generation"] == 2


async def _measure(
    events: int, rounds: int, thresholds: tuple[int, int, int] | None
) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite+aiosqlite:///{folder}/gc.sqlite3"
        app = create_app(Settings(database_url=url, admin_token=TOKEN))
        async with app.router.lifespan_context(app):
            if thresholds is not None:
                settle_after_start_up(thresholds)
            created = await call(
                app, "POST", "/graphql",
                {"query": "mutation($i: CreateDepartmentInput!) { createDepartment(input: $i) { token } }",
                 "variables": {"i": {"slug": "tax", "name": "税务局"}}},
                {"authorization": f"Bearer {TOKEN}"},
            )  # fmt: skip
            token = json.loads(created.body)["data"]["createDepartment"]["token"]
            headers = {"authorization": f"Bearer {token}"}
            for index in range(events):
                await call(
                    app,
                    "POST",
                    "/graphql",
                    {"query": POST, "variables": {"i": _event(index)}},
                    headers,
                )
            pauses, first_reads = Pauses(), []
            for round_number in range(rounds):
                moved = {"i": _event(events + round_number)}
                await call(app, "POST", "/graphql", {"query": POST, "variables": moved}, headers)
                page = {"query": PAGE % f"r{round_number}: sequence", "variables": WINDOW}
                began = time.perf_counter()
                await call(app, "POST", "/graphql", page)
                first_reads.append((time.perf_counter() - began) * 1000)
                for _ in range(10):
                    await call(app, "POST", "/graphql", page)
    ordered = sorted(first_reads)
    return {
        "pause_ms": pauses.seconds * 1000,
        "full": pauses.full,
        "p50": statistics.median(first_reads),
        "p99": ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))],
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--setting", help=argparse.SUPPRESS)  # one setting, in a child process
    args = parser.parse_args()
    if args.setting is not None:
        print(json.dumps(asyncio.run(_measure(args.events, args.rounds, SETTINGS[args.setting]))))
        return
    print(
        f"civical collector bench: {args.events} postings, then {args.rounds} rounds of a posting,"
        " a first read of a 500-session page and ten repeated reads; in process, SQLite"
    )
    print(f"{'setting':<40}{'GC pauses ms':>14}{'full GCs':>10}{'first read p50':>16}{'p99':>8}")
    for name in SETTINGS:
        child = subprocess.run(
            [sys.executable, __file__, "--events", str(args.events), "--rounds", str(args.rounds),
             "--setting", name],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        found = json.loads(child.stdout.strip().splitlines()[-1])
        print(
            f"{name:<40}{found['pause_ms']:>14.1f}{found['full']:>10}"
            f"{found['p50']:>16.1f}{found['p99']:>8.1f}"
        )


if __name__ == "__main__":
    main()
