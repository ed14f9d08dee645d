"""How well and how fast does matching group postings into sessions?

Prints pairwise precision and recall (a pair is predicted when both postings
land in one session, true when they share `truthSession`) with the time
taken, for:

- batch `cluster` on the synthetic workload of `bench/matching_data.py` at
  two sizes, and on an optional labelled JSONL file (`--sample`);
- online `decide`, feeding postings one at a time in file order as the
  service would, which should be about as good as batch;
- an all-pairs baseline (every pair scored, no blocking, plain connected
  components) at a smaller size, for the time and the chaining it costs.

    python bench/matching_quality.py [--sample PATH] [--n 10000]
"""

import argparse
import itertools
import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.matching_data import generate
from services.matching import (
    CANDIDATE_WINDOW,
    MERGE_THRESHOLD,
    Posting,
    Verdict,
    clear_caches,
    cluster,
    compare,
    decide,
)

Clusterer = Callable[[Sequence[Posting]], list[list[int]]]


def postings_of(records: Sequence[dict[str, Any]]) -> tuple[list[Posting], dict[int, int]]:
    """Postings keyed by position, and each key's true session."""
    postings = []
    for key, record in enumerate(records):
        event = record["input"]
        audience = event.get("audience") or {}
        postings.append(
            Posting.build(
                key=key,
                department=record["department"],
                kind=event["kind"],
                title=event["title"],
                start=datetime.fromisoformat(event["start"]),
                end=datetime.fromisoformat(event["end"]),
                location=event.get("location"),
                online_url=event.get("onlineUrl"),
                topics=event.get("topics", ()),
                sectors=audience.get("sectors", ()),
                regions=audience.get("regions", ()),
            )
        )
    return postings, {key: record["truthSession"] for key, record in enumerate(records)}


def _pairs(sizes: Iterable[int]) -> int:
    return sum(size * (size - 1) // 2 for size in sizes)


def precision_recall(clusters: list[list[int]], truth: dict[int, int]) -> tuple[float, float]:
    predicted = _pairs(len(members) for members in clusters)
    correct = _pairs(
        count for members in clusters for count in Counter(truth[k] for k in members).values()
    )
    actual = _pairs(Counter(truth.values()).values())
    return correct / max(predicted, 1), correct / max(actual, 1)


def online(postings: Sequence[Posting]) -> list[list[int]]:
    """Feed postings one at a time through `decide`, as the service does."""
    width = CANDIDATE_WINDOW.total_seconds()
    by_slot: defaultdict[int, list[Posting]] = defaultdict(list)
    session_of: dict[int, int] = {}
    for new in postings:
        slot = int(new.start.timestamp() // width)
        nearby: defaultdict[int, list[Posting]] = defaultdict(list)
        for other in itertools.chain(*(by_slot[s] for s in (slot - 1, slot, slot + 1))):
            if abs(other.start - new.start) <= CANDIDATE_WINDOW:
                nearby[session_of[other.key]].append(other)
        decision = decide(new, nearby)
        joined = decision.session_id if decision.verdict is Verdict.MERGE else None
        session_of[new.key] = new.key if joined is None else joined
        by_slot[slot].append(new)
    members: defaultdict[int, list[int]] = defaultdict(list)
    for key, session in session_of.items():
        members[session].append(key)
    return list(members.values())


def all_pairs(postings: Sequence[Posting]) -> list[list[int]]:
    """Baseline: score every pair, join every merge-worthy one (no blocking, no chaining guard)."""
    parent = list(range(len(postings)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in itertools.combinations(range(len(postings)), 2):
        match = compare(postings[i], postings[j])
        if match.compatible and match.score >= MERGE_THRESHOLD:
            parent[find(i)] = find(j)
    members: defaultdict[int, list[int]] = defaultdict(list)
    for index, p in enumerate(postings):
        members[find(index)].append(p.key)
    return list(members.values())


def measure(label: str, method: str, run: Clusterer, records: Sequence[dict[str, Any]]) -> None:
    """One table row: quality, the largest group, feature-building time, matching time."""
    clear_caches()  # time building from cold, not from the previous row
    began = time.perf_counter()
    postings, truth = postings_of(records)
    built = time.perf_counter()
    clusters = run(postings)
    done = time.perf_counter()
    precision, recall = precision_recall(clusters, truth)
    largest = max(len(members) for members in clusters)
    print(
        f"{label:<24} {method:<10} {len(records):>8} {precision:>9.4f} {recall:>7.4f} "
        f"{largest:>7} {built - began:>7.2f}s {done - built:>7.2f}s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", type=Path, help="labelled postings JSONL (optional)")
    parser.add_argument("--n", type=int, default=10_000, help="synthetic size (default 10000)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    print(
        f"{'data':<24} {'method':<10} {'postings':>8} {'precision':>9} {'recall':>7} "
        f"{'largest':>7} {'build':>8} {'match':>8}"
    )
    if args.sample:
        records = [json.loads(line) for line in args.sample.read_text().splitlines() if line]
        measure(args.sample.name, "batch", cluster, records)
        measure(args.sample.name, "online", online, records)
    for size in (args.n, args.n * 10):
        synthetic = generate(size, seed=args.seed)
        measure(f"synthetic seed={args.seed}", "batch", cluster, synthetic)
    small = generate(max(args.n // 5, 100), seed=args.seed + 1)
    measure(f"synthetic seed={args.seed + 1}", "batch", cluster, small)
    measure(f"synthetic seed={args.seed + 1}", "online", online, small)
    measure(f"synthetic seed={args.seed + 1}", "all-pairs", all_pairs, small)


if __name__ == "__main__":
    main()
