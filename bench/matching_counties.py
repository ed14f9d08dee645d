"""Matching on workloads it was not fitted on: leave-one-out, online and in batch.

    python bench/matching_counties.py [--sample PATH] [--seed N] [--write-defaults]

Workloads (each a labelled generator, or a labelled JSONL file):
- ``generator``: the project's first generator (``bench/matching_data.py``);
- ``county_hills``, ``county_river``, ``county_delta``: three counties written from
  the phenomena of real counties by people who had not read the matcher
  (``bench/workloads/``; each docstring names its conventions and hard negatives);
- ``county_gorge``, ``county_plain``, ``county_coast``, ``county_border``, ``county_isle``,
  ``county_tulou``, ``county_oasis``, ``county_lakes``, ``county_kiln``, ``county_coal``,
  ``county_banner``, ``county_forest``, ``county_bay``, ``county_plateau``, ``county_canal``:
  fifteen more, written the same way later, which no model is ever fitted on
  (``NEVER_FITTED``);
- ``sample-city``: the labelled sample (``--sample``), when given.

For each workload the model is fitted on the *other* counties' labelled pairs only
(``FITTED_ON``), then the held-out workload is matched as a new county would be:
online, postings arriving one at a time in three random orders (the store learning
from its identical postings, and its buildings' other names, as it goes, as the service
does), and in one batch (as ``rematch`` does). Printed: pairwise precision and recall,
and how far the three orders agree. ``--write-defaults`` fits on all of ``FITTED_ON`` and writes the model
civical ships (``services/matching/defaults.json``).
"""

from __future__ import annotations

import argparse
import importlib
import itertools
import json
import random
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.matching_data import generate as generate_generator
from services.matching.aliases import Sighting, aliases, compared
from services.matching.anchors import AGAIN_PER_POSTING, Anchors, Judge, adapt, count, weigh
from services.matching.cluster import cluster
from services.matching.compare import Comparison
from services.matching.model import DEFAULTS, Model, encode, from_labels
from services.matching.places import buildings_named, spelling
from services.matching.posting import Posting
from services.vocabularies.terms import vocabulary

FITTED_ON = ("county_hills", "county_river", "county_delta")
NEVER_FITTED = (
    "county_gorge",
    "county_plain",
    "county_coast",
    "county_border",
    "county_isle",
    "county_tulou",
    "county_oasis",
    "county_lakes",
    "county_kiln",
    "county_coal",
    "county_banner",
    "county_forest",
    "county_bay",
    "county_plateau",
    "county_canal",
)
ORDERS = 3
Record = dict[str, Any]


def workloads(sample: Path | None, seed: int) -> dict[str, list[Record]]:
    """Every workload as records ``{"department", "input", "truth": {"session", …}}``."""
    found: dict[str, list[Record]] = {
        "generator": [
            {**record, "truth": {"session": record["truthSession"]}}
            for record in generate_generator(1500, seed=seed + 1)
        ]
    }
    for name in FITTED_ON + NEVER_FITTED:
        module = importlib.import_module(f"bench.workloads.{name}")
        found[name] = module.generate(seed)
    if sample is not None:
        found["sample-city"] = [
            {**record, "truth": {"session": record["truthSession"]}}
            for record in map(json.loads, sample.read_text(encoding="utf-8").splitlines())
        ]
    return found


def postings(records: Sequence[Record]) -> list[Posting]:
    """The records as matching reads them, keyed by position."""
    found = []
    for key, record in enumerate(records):
        event = record["input"]
        audience = event.get("audience") or {}
        found.append(
            Posting.build(
                key=key,
                department=record["department"],
                department_name=record["department"],  # the service knows both
                kind=event["kind"],
                title=event["title"],
                start=_instant(event["start"], event.get("timezone")),
                end=_instant(event["end"], event.get("timezone")),
                location=event.get("location"),
                online_url=event.get("onlineUrl"),
                topics=event.get("topics") or (),
                sectors=audience.get("sectors") or (),
                regions=_regions(audience.get("regions") or ()),
            )
        )
    return found


_OPEN_REGIONS = vocabulary({}, [], []).regions


def _regions(written: Iterable[str]) -> list[str]:
    """Regions as a store with no towns registered keeps them: "全县" restricts nothing."""
    return [region for region in map(_OPEN_REGIONS.resolve, written) if region]


def _instant(text: str, zone: str | None) -> datetime:
    """A time as the service reads it: without an offset, in the posting's own time zone."""
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        return moment.replace(tzinfo=ZoneInfo(zone or "Asia/Shanghai"))
    return moment


def fitted(records: Iterable[Sequence[Record]]) -> Model:
    """m and u counted on the candidate pairs of labelled workloads."""
    rows, labels = [], []
    for workload in records:
        found = postings(workload)
        truth = [record["truth"]["session"] for record in workload]
        for (i, j), comparison in compared(found)[0].items():
            rows.append(comparison.levels)  # every candidate pair, the rules' ones too (their u)
            labels.append(truth[i] == truth[j])
    return from_labels(encode(rows), labels)


def precision_recall(
    groups: Iterable[Iterable[int]], truth: Sequence[object]
) -> tuple[float, float]:
    """Pairwise: a pair is predicted when both keys share a group, true when they share a session."""
    listed = [list(group) for group in groups]
    predicted = sum(len(group) * (len(group) - 1) // 2 for group in listed)
    hits = sum(
        n * (n - 1) // 2 for group in listed for n in Counter(truth[k] for k in group).values()
    )
    true = sum(n * (n - 1) // 2 for n in Counter(truth).values())
    return hits / max(predicted, 1), hits / max(true, 1)


def online(found: Sequence[Posting], order: Sequence[int], model: Model) -> list[list[int]]:
    """Postings placed one at a time as the service places them: the sessions with a posting
    whose times meet the new one's are grouped again with it, by the batch rule; the store
    learns from its twins and its buildings' other names as they arrive, groups a
    building's postings again when it learns the building's other name, and groups again
    the neighbourhoods of postings last grouped at an earlier stage of its learning."""
    store = _Store(found, model)
    for index in order:
        store.place(found[index])
    return list(members_by(store.session_of).values())


class _Store:
    """The sessions of the postings placed so far, as the service's tables hold them."""

    def __init__(self, found: Sequence[Posting], model: Model) -> None:
        self.found, self.model = found, model
        self.session_of: dict[int, int] = {}
        self.members: dict[int, list[Posting]] = {}
        self.by_day: defaultdict[int, set[int]] = defaultdict(set)  # day -> its sessions
        self.anchors: Anchors = Counter()
        self.seen: set[Sighting] = set()
        self.judged: dict[int, int] = {}  # key -> the store's stage when last grouped

    def place(self, new: Posting) -> None:
        judge = adapt(self.model, self.anchors)  # as the posting arrives
        learnt_before = aliases(self.seen)
        comparisons = self._group_around(new, judge)
        mine = [c for (i, j), c in comparisons.items() if new.key in (i, j)]
        self.anchors.update(count(mine) + weigh(mine, judge.model))
        learnt = aliases(self.seen) - learnt_before
        names = buildings_named(learnt)
        for key in sorted(self.session_of):
            posting = self.found[key]
            if key != new.key and posting.venue.onsite and spelling(posting.venue) in names:
                self._group_around(posting, judge)
        for _ in range(AGAIN_PER_POSTING):
            stale = min(
                ((stage, key) for key, stage in self.judged.items() if stage < judge.stage),
                default=None,
            )
            if stale is None:
                break
            self._group_around(self.found[stale[1]], judge)

    def _group_around(self, posting: Posting, judge: Judge) -> dict[tuple[int, int], Comparison]:
        """Group the sessions meeting the posting's times again with it; the comparisons, by
        the postings' keys."""
        nearby = {s for day in _days(posting) for s in self.by_day[day]}
        touched = [
            s for s in sorted(nearby)
            if any(p.start < posting.end and p.end > posting.start for p in self.members[s])
        ]  # fmt: skip
        local = [p for s in touched for p in self.members.pop(s) if p is not posting] + [posting]
        comparisons, sightings = compared(local, self.seen)
        self.seen |= sightings
        spanned = range(min(map(min, map(_days, local))), max(map(max, map(_days, local))) + 1)
        for day in spanned:
            self.by_day[day].difference_update(touched)
        for group in cluster(local, judge, comparisons=comparisons):
            target = min(group)
            self.members[target] = [self.found[key] for key in group]
            for key in group:
                self.session_of[key] = target
                self.judged[key] = judge.stage
                for day in _days(self.found[key]):
                    self.by_day[day].add(target)
        return {(local[i].key, local[j].key): c for (i, j), c in comparisons.items()}


def _days(posting: Posting) -> range:
    epoch = datetime(2000, 1, 1, tzinfo=posting.start.tzinfo)
    return range(
        (posting.start - epoch) // timedelta(days=1), (posting.end - epoch) // timedelta(days=1) + 1
    )


def members_by(session_of: dict[int, int]) -> dict[int, list[int]]:
    found: defaultdict[int, list[int]] = defaultdict(list)
    for key, session in session_of.items():
        found[session].append(key)
    return dict(found)


def agreement(left: Iterable[Iterable[int]], right: Iterable[Iterable[int]]) -> float:
    """Share of the pairs grouped together by either partition that both group together."""

    def pairs(groups: Iterable[Iterable[int]]) -> set[tuple[int, int]]:
        return {pair for group in groups for pair in itertools.combinations(sorted(group), 2)}

    a, b = pairs(left), pairs(right)
    return len(a & b) / max(len(a | b), 1)


def batch(found: Sequence[Posting], model: Model) -> list[list[int]]:
    comparisons, _ = compared(found)
    anchors = count(comparisons.values())
    anchors += weigh(comparisons.values(), adapt(model, anchors).model)
    return cluster(found, adapt(model, anchors), comparisons=comparisons)


def measure(name: str, records: list[Record], model: Model, seed: int) -> list[str]:
    found = postings(records)
    truth = [record["truth"]["session"] for record in records]
    rng = random.Random(seed)
    partitions = []
    started = time.perf_counter()
    for _ in range(ORDERS):
        order = list(range(len(found)))
        rng.shuffle(order)
        partitions.append(online(found, order, model))
    per_order = (time.perf_counter() - started) / ORDERS
    scores = [precision_recall(groups, truth) for groups in partitions]
    worst = min(agreement(a, b) for a, b in itertools.combinations(partitions, 2))
    p_batch, r_batch = precision_recall(batch(found, model), truth)
    return [
        name,
        str(len(records)),
        f"{min(p for p, _ in scores):.3f}",
        f"{min(r for _, r in scores):.3f}",
        f"{worst:.3f}",
        f"{p_batch:.3f}",
        f"{r_batch:.3f}",
        f"{per_order:.1f}",
    ]


def table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    rows = [list(header), *map(list, rows)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = [
        "| " + " | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) + " |"
        for row in rows
    ]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", type=Path, help="a labelled JSONL file, e.g. the sample city")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--write-defaults", action="store_true")
    args = parser.parse_args(argv)
    loads = workloads(args.sample, args.seed)
    if args.write_defaults:
        model = fitted(loads[name] for name in FITTED_ON)
        DEFAULTS.write_text(model.to_json() + "\n", encoding="utf-8")
        print(f"wrote {DEFAULTS.name}, fitted on {', '.join(FITTED_ON)}")
    rows = []
    for name, records in loads.items():
        model = fitted(loads[other] for other in FITTED_ON if other != name)
        rows.append(measure(name, records, model, args.seed))
    print(
        table(
            ["held out", "postings", "online P (worst of 3)", "online R (worst of 3)",
             "orders agree", "batch P", "batch R", "s per order"],
            rows,
        )
    )  # fmt: skip


if __name__ == "__main__":
    main()
