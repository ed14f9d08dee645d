"""Overlaps of a month the detector was never tuned on, through the service.

    python bench/overlaps_month.py [--month month_overlaps|month_valley|month_steppe|
                                            month_terrace|month_islands|month_basin|month_loess]
                                   [--seed 0] [--database-url URL]

The month (``bench/workloads/month_overlaps.py``, ``month_valley.py``, ``month_steppe.py``,
``month_terrace.py``, ``month_islands.py``, ``month_basin.py`` or ``month_loess.py``, seven
invented counties each written from the written definitions by someone who had not read
the detector; the last six came after the detector was built, and each was measured
before anything was changed for it) is posted session by session through `postEvent`,
each session by every one of its hosts, cancelled sessions cancelled through
`cancelEvent`; then `overlaps` is
asked for the whole span and its pairs are scored against the month's labels: pairwise
precision and recall per type. A cancelled posting is in no pair, as in the labels, even
where matching took it and its department's new posting at the same hour for one session
(the overlap is the live posting's).
Matching runs as it does for any posting, so sessions it wrongly merged or split show
up here too. Printed beside them: the same month judged in memory by `find_overlaps` on
the labelled sessions as written (no vocabulary, no matching), the detector alone.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from starlette.applications import Starlette

from bench.asgi import call
from bench.overlaps_quality import predicted, read_document
from bench.workloads import (
    month_basin,
    month_islands,
    month_loess,
    month_overlaps,
    month_steppe,
    month_terrace,
    month_valley,
)
from server import create_app
from services.core.settings import Settings
from services.overlaps import OverlapType, find_overlaps

TOKEN = "civ_bench_coordinator_token"
POST = """mutation($i: PostEventInput!) { postEvent(input: $i) {
  event { id } userErrors { field code message } } }"""
CANCEL = """mutation($i: CancelEventInput!) { cancelEvent(input: $i) { userErrors { code } } }"""
OVERLAPS = """query($from: DateTime!, $to: DateTime!, $after: String) {
  overlaps(from: $from, to: $to, windowDays: 14, first: 500, after: $after) {
    pageInfo { hasNextPage endCursor } nodes { type sessions { events { externalId status } } } } }"""
Pairs = dict[OverlapType, set[tuple[Any, Any]]]
MONTHS = {
    module.__name__.rpartition(".")[2]: module
    for module in (
        month_overlaps,
        month_valley,
        month_steppe,
        month_terrace,
        month_islands,
        month_basin,
        month_loess,
    )
}


async def _graphql(
    app: Starlette, query: str, variables: dict[str, Any], token: str
) -> dict[str, Any]:
    status, body, _ = await call(
        app, "POST", "/graphql", {"query": query, "variables": variables},
        {"authorization": f"Bearer {token}"},
    )  # fmt: skip
    result: dict[str, Any] = json.loads(body)
    if status != 200 or "errors" in result:
        raise RuntimeError(f"{status}: {result}")
    return result["data"]  # type: ignore[no-any-return]


async def _departments(app: Starlette, slugs: Iterable[str]) -> dict[str, str]:
    create = "mutation($i: CreateDepartmentInput!) { createDepartment(input: $i) { token } }"
    return {
        slug: (await _graphql(app, create, {"i": {"slug": slug, "name": slug}}, TOKEN))[
            "createDepartment"
        ]["token"]
        for slug in sorted(set(slugs))
    }


def _input(session: dict[str, Any]) -> dict[str, Any]:
    return {
        "externalId": str(session["key"]),
        "kind": session["kind"],
        "title": session["title"],
        "start": session["start"],
        "end": session["end"],
        "topics": session["topics"],
        "audience": {"sectors": session["sectors"], "regions": session["regions"]},
    }


async def _through_service(url: str, document: dict[str, Any]) -> Pairs:
    sessions = document["sessions"]
    app = create_app(Settings(database_url=url, admin_token=TOKEN))
    async with app.router.lifespan_context(app):
        tokens = await _departments(app, (host for s in sessions for host in s["hosts"]))
        for session in sessions:
            for host in session["hosts"]:
                posted = await _graphql(app, POST, {"i": _input(session)}, tokens[host])
                refused = posted["postEvent"]["userErrors"]
                if refused:
                    raise RuntimeError(f"session {session['key']} refused: {refused}")
                if session["cancelled"]:
                    event = posted["postEvent"]["event"]["id"]
                    await _graphql(app, CANCEL, {"i": {"id": event}}, tokens[host])
        starts = [datetime.fromisoformat(s["start"]) for s in sessions]
        ends = [datetime.fromisoformat(s["end"]) for s in sessions]
        window = {
            "from": (min(starts) - timedelta(days=1)).isoformat(),
            "to": (max(ends) + timedelta(days=1)).isoformat(),
        }
        found: Pairs = {kind: set() for kind in OverlapType}
        after = None
        while True:
            page = (await _graphql(app, OVERLAPS, window | {"after": after}, TOKEN))["overlaps"]
            for node in page["nodes"]:
                keys = [
                    {e["externalId"] for e in s["events"] if e["status"] != "CANCELLED"}
                    for s in node["sessions"]
                ]
                for left, right in itertools.combinations(keys, 2):
                    found[OverlapType(node["type"])].update(
                        (min(a, b), max(a, b)) for a in left for b in right
                    )
            if not page["pageInfo"]["hasNextPage"]:
                return found
            after = page["pageInfo"]["endCursor"]


def _scores(found: Pairs, truth: Pairs) -> dict[OverlapType, tuple[float, float]]:
    """Pairwise precision and recall per type, keys compared as the externalIds they were
    posted as (a month may key its sessions by numbers)."""
    scores = {}
    for kind in OverlapType:
        predicted, true = _as_posted(found[kind]), _as_posted(truth[kind])
        correct = len(predicted & true)
        scores[kind] = (correct / max(len(predicted), 1), correct / max(len(true), 1))
    return scores


def _as_posted(pairs: Iterable[tuple[Any, Any]]) -> set[tuple[str, str]]:
    return {(min(str(a), str(b)), max(str(a), str(b))) for a, b in pairs}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--month",
        choices=list(MONTHS),
        default="month_overlaps",
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--database-url", help="default: a fresh SQLite file")
    args = parser.parse_args()
    month = MONTHS[args.month]
    document: dict[str, Any] = dict(month.generate(args.seed))
    labelled, window = read_document(document)
    in_memory = predicted(find_overlaps(labelled.sessions, window=window))
    with tempfile.TemporaryDirectory() as folder:
        url = args.database_url or f"sqlite+aiosqlite:///{folder}/month.sqlite3"
        served = asyncio.run(_through_service(url, document))
    truth = labelled.truth
    rows: defaultdict[OverlapType, list[str]] = defaultdict(list)
    for found in (served, in_memory):
        for kind, (precision, recall) in _scores(found, truth).items():
            rows[kind].append(f"{precision:.3f} / {recall:.3f}")
    print(f"{'type':<10} {'true pairs':>10}  {'through the service':>20}  {'detector alone':>16}")
    for kind in OverlapType:
        print(f"{kind.value:<10} {len(truth[kind]):>10}  {rows[kind][0]:>20}  {rows[kind][1]:>16}")


if __name__ == "__main__":
    main()
