"""How well and how fast does overlap detection follow the written definition?

Prints, per overlap type, pairwise precision and recall of `find_overlaps`
against the labels of `bench/overlaps_data.py` (and of an optional labelled
JSON file), then the time to analyse one month out of 10k and 20k stored
sessions at a county's density (~500 a month), and an all-pairs baseline
(the same judgement of every pair of that month, no sweep, no blocking).

    python bench/overlaps_quality.py [--labelled PATH] [--write PATH] [--seed 1]

A labelled file is `{"windowDays": 14, "sessions": [{"key", "kind", "title",
"start", "end", "topics", "sectors", "regions", "hosts", "cancelled"}],
"pairs": {"CONFLICT": [[k1, k2], ...], "REDUNDANT": [...]}}`; `--write`
saves the synthetic quality set in that shape.
"""

import argparse
import itertools
import json
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.overlaps_data import EPOCH, ZONE, Labelled, generate
from services.overlaps import Overlap, OverlapType, SessionInfo, find_overlaps
from services.overlaps.detect import Analysis

PER_MONTH = 500
Pairs = dict[OverlapType, set[tuple[int, int]]]


def predicted(overlaps: Iterable[Overlap]) -> Pairs:
    """Overlaps as pairs by type (a group counts as all its pairs)."""
    found: Pairs = {t: set() for t in OverlapType}
    for overlap in overlaps:
        found[overlap.type].update(itertools.combinations(overlap.keys, 2))
    return found


def quality(label: str, data: Labelled, window: timedelta) -> None:
    """One row per type: true pairs, precision, recall, time."""
    began = time.perf_counter()
    found = predicted(find_overlaps(data.sessions, window=window))
    took = time.perf_counter() - began
    for kind in OverlapType:
        correct = len(found[kind] & data.truth[kind])
        precision = correct / max(len(found[kind]), 1)
        recall = correct / max(len(data.truth[kind]), 1)
        print(
            f"{label:<28} {kind.value:<10} {len(data.sessions):>8} {len(data.truth[kind]):>7} "
            f"{precision:>9.4f} {recall:>7.4f} {took:>7.3f}s"
        )


def _session(record: dict[str, Any]) -> SessionInfo:
    return SessionInfo(
        key=record["key"],
        kind=record["kind"],
        title=record["title"],
        start=datetime.fromisoformat(record["start"]),
        end=datetime.fromisoformat(record["end"]),
        topics=frozenset(record.get("topics", ())),
        sectors=frozenset(record.get("sectors", ())),
        regions=frozenset(record.get("regions", ())),
        hosts=tuple(record.get("hosts", ())),
        cancelled=record.get("cancelled", False),
    )


def read(path: Path) -> tuple[Labelled, timedelta]:
    return read_document(json.loads(path.read_text()))


def read_document(document: dict[str, Any]) -> tuple[Labelled, timedelta]:
    """A labelled month in the file format above, as sessions and true pairs."""
    truth = {
        kind: {(min(pair), max(pair)) for pair in document["pairs"].get(kind.value, ())}
        for kind in OverlapType
    }
    sessions = [_session(record) for record in document["sessions"]]
    return Labelled(sessions, truth), timedelta(days=document.get("windowDays", 14))


def write(path: Path, data: Labelled, window: timedelta) -> None:
    sessions = [
        {
            "key": s.key,
            "kind": s.kind,
            "title": s.title,
            "start": s.start.isoformat(),
            "end": s.end.isoformat(),
            "topics": sorted(s.topics),
            "sectors": sorted(s.sectors),
            "regions": sorted(s.regions),
            "hosts": list(s.hosts),
            "cancelled": s.cancelled,
        }
        for s in data.sessions
    ]
    pairs = {kind.value: sorted(map(list, data.truth[kind])) for kind in OverlapType}
    document = {"windowDays": window.days, "sessions": sessions, "pairs": pairs}
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1))


def best_of(runs: int, work: Callable[[], list[Overlap]]) -> tuple[float, list[Overlap]]:
    """The fastest of a few runs, in seconds (the least disturbed by the machine), and its result."""
    times, result = [], []
    for _ in range(runs):
        began = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - began)
    return min(times), result


def month_of(months: int) -> tuple[datetime, datetime]:
    """A month in the middle of the stored span, as a caller would ask for it."""
    first = datetime.combine(EPOCH, datetime.min.time(), ZONE) + timedelta(days=30 * (months // 2))
    return first, first + timedelta(days=30)


def timed_month(stored: int, seed: int, *, baseline: bool) -> float:
    """Print one row: a month analysed out of `stored` sessions (and all its pairs)."""
    months = stored // PER_MONTH
    sessions, _ = generate(stored, months=months, seed=seed)
    start, end = month_of(months)
    seconds, found = best_of(5, partial(find_overlaps, sessions, start=start, end=end))
    month = [s for s in sessions if s.start < end and s.end > start]
    slow = f"{best_of(1, partial(_all_pairs, month))[0]:>9.3f}s" if baseline else ""
    print(f"{stored:>8} {len(month):>8} {len(found):>8} {seconds:>13.4f}s {slow:>10}")
    return seconds


def timing(seed: int) -> None:
    """One month analysed out of 10k and 20k stored sessions, and all pairs of that month."""
    print(
        f"\n{'stored':>8} {'in month':>8} {'overlaps':>8} {'find_overlaps':>14} {'all pairs':>10}"
    )
    small = timed_month(10_000, seed, baseline=True)
    large = timed_month(20_000, seed, baseline=False)
    print(f"ratio 20k / 10k: {large / small:.2f}")


def _all_pairs(sessions: Sequence[SessionInfo]) -> list[Overlap]:
    analysis = Analysis(sessions, timedelta(days=14))
    pairs = itertools.combinations(range(len(analysis.live)), 2)
    return analysis.ordered(pairs, tuple(OverlapType))


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--labelled", type=Path, help="labelled JSON file (optional)")
    parser.add_argument("--write", type=Path, help="save the synthetic quality set here")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    window = timedelta(days=14)

    print(
        f"{'data':<28} {'type':<10} {'sessions':>8} {'true':>7} {'precision':>9} "
        f"{'recall':>7} {'time':>8}"
    )
    if args.labelled:
        data, file_window = read(args.labelled)
        quality(args.labelled.name, data, file_window)
    for seed in (args.seed, args.seed + 1):
        sessions, truth = generate(2_000, months=4, seed=seed)
        data = truth.label(sessions, window)
        quality(f"synthetic seed={seed}", data, window)
        if args.write and seed == args.seed:
            write(args.write, data, window)
    timing(args.seed)


if __name__ == "__main__":
    main()
